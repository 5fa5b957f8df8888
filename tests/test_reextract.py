"""Which extraction found a document's facts (raw.documents.extracted_by), what load and build say of documents
another version extracted, and `build --reextract`, which extracts them again."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from loaders import cli
from loaders.config import SEEDS_DIR
from loaders.dbt_runner import dbt_args, dbt_cwd, dbt_env
from loaders.extraction_version import (
    DECIDING_MODULES,
    LOADERS,
    UNDECIDING_MODULES,
    extraction_version,
    fingerprint,
)
from loaders.land import FACT_TABLES
from tests.conftest import REAL_DOCS, REPO_ROOT, query

# A few real documents of other publishers and formats.
REAL = (
    "ai_2022-05-06-fluoroscopy-equipment-market-to-grow-at-a-cagr-of-47.md",
    "ai_2023-07-07-service-robotics-market-to-grow-at-a-cagr-of-22.md",
)
MARTS = (
    "dim_sources",
    "dim_markets",
    "dim_segments",
    "dim_companies",
    "fct_estimates",
    "fct_company_mentions",
    "fct_segment_mentions",
    "fct_region_mentions",
)
OTHER_VERSION = re.compile(r"^  (\d+) loaded documents? (?:was|were) extracted by another version", re.M)


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli.main, [*args, "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def _other_version(output: str) -> int:
    """The number of documents another version extracted, as the output tells it (0 when it says nothing)."""
    found = OTHER_VERSION.findall(output)
    assert len(found) <= 1, output
    return int(found[0]) if found else 0


@pytest.fixture
def folders(seed_docs: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two folders: the seed documents and two real ones, and one real document on its own."""
    for name in REAL:
        shutil.copy(REAL_DOCS / name, seed_docs / name)
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(REAL_DOCS / "bulwark_125021301487.en.md", alone)
    return seed_docs, alone


def _rows(db: Path, sql: str) -> list[tuple]:
    return sorted(query(db, sql), key=repr)


def _facts(db: Path) -> dict[str, list[tuple]]:
    return {table: _rows(db, f"select * from raw.{table}") for table in FACT_TABLES.values()}


def _marts(db: Path) -> dict[str, list[tuple]]:
    return {
        mart: _rows(db, f"select * exclude (loaded_at, extracted_by) from marts.{mart}")
        if mart == "dim_sources"
        else _rows(db, f"select * from marts.{mart}")
        for mart in MARTS
    }


def _as_another_version(db: Path, where: str = "true") -> None:
    """Make the documents `where` picks look extracted by another version: another fingerprint, fewer facts and
    other ones (before the marts are built from them, as such a version's load would)."""
    con = duckdb.connect(str(db))
    try:
        picked = f"select document_id from raw.documents where {where}"
        con.execute(f"update raw.documents set extracted_by = 'a0b1c2d3e4f5' where document_id in ({picked})")
        con.execute(f"delete from raw.market_size_mentions where document_id in ({picked})")
        con.execute(f"update raw.company_mentions set company_name = 'Someone Else' where document_id in ({picked})")
    finally:
        con.close()


def _loaded_before_the_column(docs: Path, tmp_path: Path) -> Path:
    """A warehouse of `docs` as a version that recorded no fingerprint wrote it: no extracted_by column."""
    db = tmp_path / "w.duckdb"
    _invoke("load", str(docs), "--db", str(db))
    con = duckdb.connect(str(db))
    con.execute("alter table raw.documents drop column extracted_by")
    con.close()
    return db


def test_the_fingerprint_follows_the_code_seeds_and_libraries_that_decide_the_facts(tmp_path: Path) -> None:
    code, seeds = tmp_path / "loaders", tmp_path / "seeds"
    shutil.copytree(LOADERS, code, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(SEEDS_DIR, seeds)
    assert re.fullmatch(r"[0-9a-f]{12}", extraction_version())
    assert fingerprint(code, seeds) == extraction_version()
    changed = []
    for path in (code / "extract" / "money.py", code / "clean.py", seeds / "region_aliases.csv"):
        before = path.read_bytes()
        path.write_bytes(before + b"\n")
        changed.append(fingerprint(code, seeds))
        path.write_bytes(before)
    assert extraction_version() not in changed and len(set(changed)) == 3
    (code / "land.py").write_text("# the writer of rows, which finds no fact\n")
    (code / "cli.py").unlink()
    assert fingerprint(code, seeds) == extraction_version()


def test_every_module_the_pipeline_reads_a_document_with_is_in_the_fingerprint() -> None:
    listed = "import sys, loaders.pipeline; print(' '.join(sorted(m for m in sys.modules if m.startswith('loaders.'))))"
    imported = subprocess.run([sys.executable, "-c", listed], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    modules = {m.split(".", 1)[1] + ".py" for m in imported.stdout.split() if not m.startswith("loaders.extract")}
    assert "clean.py" in modules and "columns.py" in modules
    assert modules - set(UNDECIDING_MODULES) == set(DECIDING_MODULES)


def test_every_document_records_the_extraction_that_found_its_facts(folders: tuple[Path, Path], tmp_path: Path) -> None:
    docs, _ = folders
    db = tmp_path / "w.duckdb"
    first = _invoke("build", str(docs), "--db", str(db))
    assert _other_version(first) == 0
    assert query(db, "select distinct extracted_by from raw.documents") == [(extraction_version(),)]
    assert query(db, "select distinct extracted_by from marts.dim_sources") == [(extraction_version(),)]


@pytest.mark.usefixtures("no_racy_window")
def test_load_and_build_count_the_documents_another_version_extracted(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    docs, _ = folders
    db = _loaded_before_the_column(docs, tmp_path)  # the next load adds the column, empty
    assert _other_version(_invoke("load", str(docs), "--db", str(db))) == 4
    assert query(db, "select count(*) from raw.documents where extracted_by is null") == [(4,)]
    _as_another_version(db, "file_name like 'ai_%'")
    built = _invoke("build", str(docs), "--db", str(db))
    assert _other_version(built) == 4 and "--reextract" in built
    again = _invoke("build", str(docs), "--db", str(db))
    assert "nothing to build" in again and _other_version(again) == 4


def test_reextract_extracts_every_document_of_the_folders_again_and_keeps_the_others(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    docs, alone = folders
    db, fresh = tmp_path / "w.duckdb", tmp_path / "fresh.duckdb"
    _invoke("load", str(docs), str(alone), "--db", str(db))
    _invoke("build", str(docs), str(alone), "--db", str(fresh))
    assert _facts(db) == _facts(fresh)
    alone_id = query(db, "select document_id from raw.documents where file_name like 'bulwark%'")[0][0]
    _as_another_version(db)  # as another version loaded them
    _invoke("build", str(docs), str(alone), "--db", str(db))
    kept = _facts(db)
    stale = _marts(db)
    runs = query(db, "select count(*) from raw.load_runs")[0][0]

    output = _invoke("build", str(docs), "--db", str(db), "--reextract")

    assert "documents: 4 loaded, 0 skipped" in output, output
    assert "  1 document was not found under the folders: kept as it was, facts and all" in output
    assert _other_version(output) == 1
    facts, expected = _facts(db), _facts(fresh)
    for table in FACT_TABLES.values():  # the folder's documents as a first load finds them, the other one as it was
        assert [r for r in facts[table] if r[1] != alone_id] == [r for r in expected[table] if r[1] != alone_id]
        assert [r for r in facts[table] if r[1] == alone_id] == [r for r in kept[table] if r[1] == alone_id]
    assert query(db, "select extracted_by, count(*) from raw.documents group by all order by 2") == [
        ("a0b1c2d3e4f5", 1),
        (extraction_version(), 4),
    ]
    assert query(db, "select count(*) from raw.document_files") == [(5,)]
    assert query(db, "select count(*) from raw.load_runs") == [(runs + 1,)]
    assert query(db, "select count(*) from information_schema.tables where table_name like 'earlier%'") == [(0,)]
    marts = _marts(db)
    assert marts != stale  # rebuilt in full: the incremental marts had every source already

    _invoke("build", str(docs), str(alone), "--db", str(db), "--reextract")
    assert _facts(db) == _facts(fresh)
    assert _marts(db) == _marts(fresh)
    assert _other_version(_invoke("build", str(docs), str(alone), "--db", str(db))) == 0


def test_reextract_keeps_no_rejection_of_a_file_it_reads_again(folders: tuple[Path, Path], tmp_path: Path) -> None:
    docs, _ = folders
    db = tmp_path / "w.duckdb"
    rejected = _invoke("load", str(docs), "--db", str(db), "--max-bytes", "1000")
    assert "0 loaded" in rejected and "4 rejected" in rejected, rejected
    output = _invoke("build", str(docs), "--db", str(db), "--reextract")
    assert "documents: 4 loaded, 0 skipped" in output and "not found under the folders" not in output, output
    assert query(db, "select status, count(*) from raw.documents group by all") == [("loaded", 4)]
    assert query(db, "select count(*), count(distinct source_path) from raw.document_files") == [(4, 4)]


@pytest.mark.usefixtures("no_racy_window")
def test_reextract_reads_only_the_documents_another_version_extracted(
    folders: tuple[Path, Path], tmp_path: Path, reads: list[str]
) -> None:
    docs, _ = folders
    db, fresh = tmp_path / "w.duckdb", tmp_path / "fresh.duckdb"
    _invoke("load", str(docs), "--db", str(db))
    _invoke("build", str(docs), "--db", str(fresh))
    _as_another_version(db, "file_name like 'ai_2023%'")  # one document of the four
    reads.clear()
    output = _invoke("build", str(docs), "--db", str(db), "--reextract")
    assert reads == ["ai_2023-07-07-service-robotics-market-to-grow-at-a-cagr-of-22.md"]
    assert "documents: 1 loaded, 3 skipped (already loaded; 3 of them unchanged, not read again)" in output, output
    assert _other_version(output) == 0 and "not found under the folders" not in output
    assert _facts(db) == _facts(fresh)
    assert _marts(db) == _marts(fresh)
    assert query(db, "select count(*), count(distinct source_path) from raw.document_files") == [(4, 4)]


def test_dbt_build_by_hand_builds_a_warehouse_an_earlier_version_loaded(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    docs, _ = folders
    db = _loaded_before_the_column(docs, tmp_path)
    proc = subprocess.run(
        dbt_args("build", tmp_path / "target"), cwd=dbt_cwd(db), env=dbt_env(db), capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert query(db, "select count(*), count(extracted_by) from marts.dim_sources") == [(4, 0)]
    assert _other_version(_invoke("load", str(docs), "--db", str(db))) == 4  # the next load adds the column
