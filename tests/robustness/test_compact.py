"""A build leaves the row groups as the loads wrote them (no rewrite of the raw tables, no blocks freed by one); a
build's warehouse with many free blocks is put in place rewritten without them: the same schemas, tables,
constraints, views and rows, in a smaller file; when the rewrite fails, the warehouse is put in place as built."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from tqdm import tqdm

from loaders import cli, warehouse
from loaders.compact import Blocks
from loaders.load import load
from tests.conftest import SEEDS
from tests.robustness.corpus import make_copies
from tests.robustness.helpers import blocks_of, sparse_copy

CATALOG = [
    "select schema_name, table_name, column_count, has_primary_key, index_count, check_constraint_count, sql "
    "from duckdb_tables()",
    "select schema_name, view_name, sql from duckdb_views() where not internal",
    "select schema_name, table_name, constraint_type, constraint_text from duckdb_constraints()",
    "select schema_name, index_name, table_name, sql from duckdb_indexes()",
    "select schema_name, sequence_name, start_value, increment_by from duckdb_sequences()",
    "select schema_name, function_name, function_type, macro_definition from duckdb_functions() where not internal",
    "select schema_name, type_name, logical_type from duckdb_types() where not internal",
]


def _described(db: Path) -> dict[str, list[tuple]]:
    """The catalog of a warehouse and the rows of every table (sorted), compared whole."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = {query: sorted(con.execute(query).fetchall(), key=repr) for query in CATALOG}
        for schema, table in con.execute("select schema_name, table_name from duckdb_tables()").fetchall():
            name = f'"{schema}"."{table}"'
            found[name] = sorted(con.execute(f"select * from {name}").fetchall(), key=repr)
        for schema, view in con.execute(
            "select schema_name, view_name from duckdb_views() where not internal"
        ).fetchall():
            name = f'"{schema}"."{view}"'
            found[name] = sorted(con.execute(f"select * from {name}").fetchall(), key=repr)
        return found
    finally:
        con.close()


def test_a_warehouse_with_many_free_blocks_is_put_in_place_rewritten_without_them(
    seed_warehouse: Path, tmp_path: Path
) -> None:
    (tmp_path / "build").mkdir()
    staged = sparse_copy(seed_warehouse, tmp_path / "build" / seed_warehouse.name)
    before, size = _described(staged), staged.stat().st_size
    told: list[tuple[str, int]] = []
    written: list[int] = []

    def progress(what: str, total: int) -> Callable[[int], None]:
        told.append((what, total))
        return written.append

    db = tmp_path / seed_warehouse.name
    warehouse.publish(staged, db, progress, warn=pytest.fail)
    assert _described(db) == before
    assert db.stat().st_size < size / 2 and blocks_of(db).free == 0
    assert [what for what, _ in told] == ["compacting the warehouse"]
    assert sum(written) == db.stat().st_size  # the file's growth, as it was written
    assert list(staged.parent.iterdir()) == []  # the rewrite replaced the staged file


def test_a_rewrite_that_fails_leaves_the_warehouse_as_built(
    seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "build").mkdir()
    staged = sparse_copy(seed_warehouse, tmp_path / "build" / seed_warehouse.name)
    before, size = _described(staged), staged.stat().st_size

    def out_of_room(con: duckdb.DuckDBPyConnection, target: Path, progress: object = None) -> None:
        con.execute(f"attach '{target}' as half_written")  # a file begun, then the disk full
        con.execute("detach half_written")
        raise duckdb.IOException("could not write file: No space left on device")

    monkeypatch.setattr(warehouse, "compact_into", out_of_room)
    warned: list[str] = []
    db = tmp_path / seed_warehouse.name
    warehouse.publish(staged, db, warn=warned.append)
    assert _described(db) == before and db.stat().st_size == size
    assert len(warned) == 1 and "No space left on device" in warned[0] and "in place as built" in warned[0]
    assert list(staged.parent.iterdir()) == []  # the half-written file removed


def test_a_rewritten_warehouse_builds_again(seed_warehouse: Path, tmp_path: Path, shown_bars: dict[str, tqdm]) -> None:
    """End to end: a build of a sparse warehouse shows the rewrite; the next build, of one more document, runs dbt on
    the rewritten file (incremental models included) and passes its tests."""
    db = sparse_copy(seed_warehouse, tmp_path / seed_warehouse.name)
    result = CliRunner().invoke(cli.main, ["build", str(SEEDS), "--db", str(db), "--rehash", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert shown_bars["compacting the warehouse"].n == db.stat().st_size and blocks_of(db).free == 0
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    first = next(path for path in sorted(docs.iterdir()) if path.is_file())
    first.with_name("again " + first.name).write_text(first.read_text() + "\nOne more line.\n")
    result = CliRunner().invoke(cli.main, ["build", str(docs), "--db", str(db), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert "dbt tests:" in result.output and "1 loaded" in result.output


@pytest.mark.parametrize(("free", "sparse"), [(24, False), (25, True), (90, True)])
def test_a_quarter_of_the_blocks_free_makes_a_warehouse_sparse(free: int, sparse: bool) -> None:
    assert Blocks(total=100, free=free, size=262144).sparse is sparse
    assert not Blocks(total=0, free=0, size=262144).sparse


def _row_groups(db: Path, table: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(f"select count(distinct row_group_id) from pragma_storage_info('{table}')").fetchone()
        return row[0] if row else 0
    finally:
        con.close()


def test_a_build_leaves_the_row_groups_as_the_loads_wrote_them(tmp_path: Path) -> None:
    """Two loads write a row group each; a build adding one document writes one more and merges none (a merge
    rewrites the raw tables elsewhere in the file and leaves their old blocks free)."""
    paths = make_copies(tmp_path / "all", 7)
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder, part in zip(folders, (paths[:3], paths[3:6], paths[6:]), strict=True):
        folder.mkdir()
        for path in part:
            path.rename(folder / path.name)
    db = tmp_path / "w.duckdb"
    load(folders[:1], db, jobs=1)
    load(folders[:2], db, jobs=1)
    before = _row_groups(db, "raw.documents")
    assert before >= 2
    result = CliRunner().invoke(cli.main, ["build", *map(str, folders), "--db", str(db), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert _row_groups(db, "raw.documents") == before + 1
