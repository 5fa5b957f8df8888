"""An incremental build gives the same marts as building everything in one go with --full-refresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from loaders.dbt_runner import dbt_build
from tests.conftest import REAL_DOCS, SEEDS, query, run_cli

# Columns that say when a row was landed, not what it holds: they differ between two warehouses.
LANDING_COLUMNS = {"loaded_at"}


def split_corpus(target: Path) -> tuple[Path, Path]:
    """The seed and real documents copied into two folders: a first half and the rest."""
    files = sorted(p for p in [*SEEDS.iterdir(), *REAL_DOCS.iterdir()] if p.is_file())
    first, rest = target / "first", target / "rest"
    for folder, part in ((first, files[::2]), (rest, files[1::2])):
        folder.mkdir(parents=True)
        for path in part:
            shutil.copy(path, folder / path.name)
    return first, rest


def mart_tables(db: Path) -> list[str]:
    rows = query(db, "select table_name from information_schema.tables where table_schema = 'marts' order by 1")
    return [name for (name,) in rows]


def differences(left: Path, right: Path, table: str) -> tuple[int, int, int]:
    """(rows, rows only in left, rows only in right) of marts.<table>, comparing every column but landing times."""
    con = duckdb.connect()
    try:
        con.execute(f"attach '{left}' as l (read_only)")
        con.execute(f"attach '{right}' as r (read_only)")
        columns = [
            name
            for (name,) in con.execute(
                "select column_name from information_schema.columns"
                " where table_catalog = 'l' and table_schema = 'marts' and table_name = ? order by ordinal_position",
                [table],
            ).fetchall()
            if name not in LANDING_COLUMNS
        ]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = con.execute(f"select count(*) from l.marts.{table}").fetchone()
        only_left = con.execute(
            f"select count(*) from (select {names} from l.marts.{table} except all select {names} from r.marts.{table})"
        ).fetchone()
        only_right = con.execute(
            f"select count(*) from (select {names} from r.marts.{table} except all select {names} from l.marts.{table})"
        ).fetchone()
        assert rows and only_left and only_right
        return rows[0], only_left[0], only_right[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def two_warehouses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same documents built twice: in two steps (the first half, then incrementally the rest), and in
    one --full-refresh over the same raw tables with no marts at all, so only the dbt path differs."""
    if not SEEDS.is_dir() or not REAL_DOCS.is_dir():
        pytest.fail(f"shared corpus not found at {SEEDS.parent}: put shared/ beside the checkout")
    root = tmp_path_factory.mktemp("incremental")
    first, rest = split_corpus(root / "docs")
    stepwise, at_once = root / "stepwise.duckdb", root / "at_once.duckdb"
    run_cli("build", str(first), db=stepwise)
    run_cli("build", str(first), str(rest), db=stepwise)
    shutil.copy(stepwise, at_once)
    con = duckdb.connect(str(at_once))
    try:
        for schema in ("marts", "intermediate", "staging"):
            con.execute(f"drop schema if exists {schema} cascade")
    finally:
        con.close()
    outcome = dbt_build(at_once, ["--full-refresh"])
    assert outcome.success, outcome.failures
    return stepwise, at_once


def test_incremental_run_adds_only_the_new_documents(two_warehouses: tuple[Path, Path]) -> None:
    stepwise, _ = two_warehouses
    runs = query(stepwise, "select loaded, rejected, skipped from raw.load_runs order by started_at")
    assert len(runs) == 2
    (first_loaded, first_rejected, first_skipped), (second_loaded, _, second_skipped) = runs
    assert first_skipped == 0 and first_loaded > 0
    assert second_skipped == first_loaded + first_rejected and second_loaded > 0


def test_incremental_and_full_refresh_give_identical_marts(two_warehouses: tuple[Path, Path]) -> None:
    stepwise, at_once = two_warehouses
    tables = mart_tables(at_once)
    assert mart_tables(stepwise) == tables
    assert {"fct_estimates", "fct_company_mentions", "fct_segment_mentions", "fct_region_mentions"} <= set(tables)
    mismatched = {}
    for table in tables:
        rows, only_stepwise, only_at_once = differences(stepwise, at_once, table)
        assert rows > 0, f"marts.{table} is empty: the comparison would prove nothing"
        if only_stepwise or only_at_once:
            mismatched[table] = (only_stepwise, only_at_once)
    assert not mismatched, f"rows only in the incremental / only in the full-refresh warehouse: {mismatched}"
