"""Loading the same folder twice adds nothing; a changed file is a new version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders import cli
from loaders.land import TABLES
from tests.conftest import SEEDS, query, run_cli
from tests.loaders.stand_ins import PNG, PNG_REASON


def row_counts(db: Path) -> dict[str, int]:
    counts = {t: query(db, f"select count(*) from raw.{t}")[0][0] for t in TABLES if t != "load_runs"}
    for (table,) in query(db, "select table_name from information_schema.tables where table_schema = 'marts'"):
        counts[f"marts.{table}"] = query(db, f"select count(*) from marts.{table}")[0][0]
    return counts


def test_second_build_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    run_cli("build", str(SEEDS), db=db)
    first, file = row_counts(db), db.stat()
    second = run_cli("build", str(SEEDS), db=db)
    # the seed files are older than the racy window: their status was noted, and they were not read again
    assert "2 skipped (already loaded; 2 of them unchanged, not read again)" in second.stdout
    assert "nothing to build" in second.stdout and "dbt build skipped" not in second.stdout
    assert (db.stat().st_ino, db.stat().st_mtime_ns) == (file.st_ino, file.st_mtime_ns)  # not replaced, not written
    assert row_counts(db) == first
    third = run_cli("build", str(SEEDS), "--rehash", db=db)  # every file read again: a load, which lands nothing
    assert "2 skipped (already loaded)" in third.stdout
    assert "dbt build skipped" in third.stdout  # the marts were built from the same rows: dbt not run again
    assert row_counts(db) == first
    runs = query(db, "select status, loaded, skipped from raw.load_runs order by started_at")
    assert runs == [("completed", 2, 0), ("completed", 0, 2)]


@pytest.mark.usefixtures("no_racy_window")
def test_a_folder_with_a_rejected_file_has_nothing_to_build_the_second_time(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    shutil.copytree(SEEDS, docs)
    (docs / "picture.md").write_bytes(PNG)
    (docs / "report.pdf").write_bytes(b"%PDF-1.7")  # not a document: not read, said so by both builds
    outputs, counts, files = [], [], []
    for _ in range(2):
        result = CliRunner().invoke(cli.main, ["build", str(docs), "--db", str(db), "-q", "--jobs", "1"])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
        counts.append(row_counts(db))
        files.append((db.stat().st_ino, db.stat().st_mtime_ns))
    assert "1 rejected (3 files seen)" in outputs[0] and "nothing to build" not in outputs[0]
    assert "2 skipped (already loaded; 2 of them unchanged, not read again)" in outputs[1]
    assert f"1 rejected (3 files seen)\n  rejected {docs / 'picture.md'}: {PNG_REASON}" in outputs[1]
    assert "nothing to build" in outputs[1]
    assert all("\n  1 other file not read (.pdf 1): documents are " in output for output in outputs)
    assert query(db, "select count(*) from raw.load_runs") == [(1,)]  # no run recorded by the second
    assert files[0] == files[1] and counts[0] == counts[1]  # not replaced, not written


def test_changed_file_is_a_new_version(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    source = next(SEEDS.iterdir())
    shutil.copy(source, docs / source.name)
    db = tmp_path / "w.duckdb"
    run_cli("load", str(docs), db=db)
    (docs / source.name).write_bytes(source.read_bytes() + b"\n<p>Updated.</p>")
    run_cli("load", str(docs), db=db)
    assert query(db, "select count(*) from raw.documents where status = 'loaded'")[0][0] == 2
