"""`build` skips dbt when the marts were built from the same raw rows by the same dbt project, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from loaders import build_state
from loaders.load import load
from tests.conftest import REAL_DOCS, REPO_ROOT, SEEDS, query, run_cli

SKIPPED = "dbt build skipped"


def _builds(db: Path) -> int:
    return query(db, "select count(*) from raw.builds")[0][0]


def test_dbt_runs_only_when_the_marts_would_change(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, db)
    marts = query(db, "select count(*) from marts.fct_estimates")
    rehashed = run_cli("build", str(SEEDS), "--rehash", db=db)  # loads (reading every file), lands nothing new
    assert SKIPPED in rehashed.stdout and "dbt tests:" not in rehashed.stdout
    assert query(db, "select count(*) from marts.fct_estimates") == marts and _builds(db) == 1

    forced = run_cli("build", str(SEEDS), "--full-refresh", db=db)
    assert SKIPPED not in forced.stdout and "dbt tests:" in forced.stdout and _builds(db) == 2

    with duckdb.connect(str(db)) as con:
        con.execute("drop table marts.dim_regions")
    rebuilt = run_cli("build", str(SEEDS), db=db)
    assert SKIPPED not in rebuilt.stdout and query(db, "select count(*) from marts.dim_regions")[0][0] > 0

    regions = query(db, "select count(*) from marts.fct_region_mentions")
    with duckdb.connect(str(db)) as con:  # rows deleted by hand
        con.execute(
            "delete from marts.fct_region_mentions where region_mention_key in"
            " (select min(region_mention_key) from marts.fct_region_mentions)"
        )
    repaired = run_cli("build", str(SEEDS), db=db)
    assert SKIPPED not in repaired.stdout and "nothing to build" not in repaired.stdout
    assert "marts changed since the last build (fct_region_mentions: " in repaired.stdout
    assert query(db, "select count(*) from marts.fct_region_mentions") == regions

    more = tmp_path / "more"
    more.mkdir()
    shutil.copy(next(path for path in sorted(REAL_DOCS.iterdir()) if path.suffix == ".md"), more)
    load([more], db, jobs=1)  # landed by a load between two builds
    after_load = run_cli("build", str(SEEDS), db=db)
    assert SKIPPED not in after_load.stdout and "dbt tests:" in after_load.stdout
    assert query(db, "select count(*) from marts.dim_sources") == query(db, "select count(*) from raw.documents")


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    load([SEEDS], db, jobs=1)
    return db


def _raw(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return build_state.raw_fingerprint(con)


def test_the_raw_fingerprint_follows_every_row_the_models_read(loaded: Path) -> None:
    before = _raw(loaded)
    load([SEEDS], loaded, jobs=1)  # a load that lands nothing but its run
    assert _raw(loaded) == before
    changes = [
        "update raw.documents set document_id = 'x' || document_id where file_name = "
        "(select min(file_name) from raw.documents)",  # a rekeyed rejection (loaders.upgrade) changes an id only
        "insert into raw.document_files select document_id, source_path || '.copy', file_name, 'duplicate', run_id,"
        " seen_at from raw.document_files limit 1",
        "insert into raw.region_mentions select * from raw.region_mentions limit 1",
    ]
    for sql in changes:
        with duckdb.connect(str(loaded)) as con:
            con.execute(sql)
        after = _raw(loaded)
        assert after != before, sql
        before = after
    with duckdb.connect(str(loaded)) as con:  # read by no model: a status noted, a build recorded
        con.execute("insert into raw.file_stats values ('/x', 'y', 1, 2, 3, 4, 'z')")
        con.execute("insert into raw.builds values (now(), 'a', 'b', 'c')")
    assert _raw(loaded) == before


def test_the_project_fingerprint_follows_every_file_of_the_dbt_project(tmp_path: Path) -> None:
    root = tmp_path / "project"
    for folder in build_state.PROJECT_FOLDERS:
        shutil.copytree(REPO_ROOT / folder, root / folder)
    for name in build_state.PROJECT_FILES:
        shutil.copy(REPO_ROOT / name, root / name)
    assert build_state.project_fingerprint(root) == build_state.project_fingerprint(REPO_ROOT)
    before = build_state.project_fingerprint(root)
    model = next((root / "models" / "marts").glob("*.sql"))
    model.write_text(model.read_text() + "\n")
    edited = build_state.project_fingerprint(root)
    (root / "seeds" / "new.csv").write_text("a\n1\n")
    added = build_state.project_fingerprint(root)
    (root / "profiles.yml").write_text((root / "profiles.yml").read_text().replace("threads: 2", "threads: 1"))
    profile = build_state.project_fingerprint(root)
    assert len({before, edited, added, profile}) == 4


def test_a_build_recorded_without_the_marts_row_counts_makes_dbt_run_once(seed_warehouse: Path, tmp_path: Path) -> None:
    """A warehouse whose builds were recorded by an earlier version, without the marts' row counts: the load adds
    the column, and dbt runs once to record them."""
    db = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, db)
    with duckdb.connect(str(db)) as con:
        con.execute("alter table raw.builds drop column mart_rows")
    assert not build_state.state_of(db).current
    first = run_cli("build", str(SEEDS), db=db)
    assert SKIPPED not in first.stdout and "dbt tests:" in first.stdout
    assert query(db, "select count(*) from raw.builds where mart_rows like 'dim_sources 2, %'") == [(1,)]
    assert "nothing to build" in run_cli("build", str(SEEDS), db=db).stdout
