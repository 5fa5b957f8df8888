"""A build leaves the row groups as the loads wrote them (no rewrite of the raw tables, no blocks freed by one); a
build's warehouse with many free blocks is put in place rewritten without them: the same schemas, tables,
constraints, views and rows, in a smaller file; when the rewrite fails, the warehouse is put in place as built."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from tqdm import tqdm

from loaders import cli, compact, warehouse
from loaders.compact import Blocks
from loaders.load import load
from tests.conftest import SEEDS
from tests.robustness.corpus import make_copies
from tests.robustness.helpers import ctrl_c_heard

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


def _blocks(db: Path) -> Blocks:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return compact.blocks(con)
    finally:
        con.close()


def _sparse_copy(seed_warehouse: Path, db: Path) -> Path:
    """A copy of the seed warehouse with most of its blocks free: a large table written, a small one after it (so
    that the file cannot just be cut short), then the large one dropped."""
    shutil.copy(seed_warehouse, db)
    con = duckdb.connect(str(db))
    try:
        con.execute("create table main.filler as select repeat(md5(i::varchar), 40) as t from range(60000) r(i)")
        con.execute("checkpoint")
        con.execute("create table main.kept as select i, md5(i::varchar) as h from range(1000) r(i)")
        con.execute("checkpoint")
        con.execute("drop table main.filler")
        con.execute("checkpoint")
    finally:
        con.close()
    assert _blocks(db).sparse
    return db


def test_a_warehouse_with_many_free_blocks_is_put_in_place_rewritten_without_them(
    seed_warehouse: Path, tmp_path: Path
) -> None:
    (tmp_path / "build").mkdir()
    staged = _sparse_copy(seed_warehouse, tmp_path / "build" / seed_warehouse.name)
    before, size = _described(staged), staged.stat().st_size
    told: list[tuple[str, int]] = []
    written: list[int] = []

    def progress(what: str, total: int) -> Callable[[int], None]:
        told.append((what, total))
        return written.append

    db = tmp_path / seed_warehouse.name
    warehouse.publish(staged, db, progress, warn=pytest.fail)
    assert _described(db) == before
    assert db.stat().st_size < size / 2 and _blocks(db).free == 0
    assert [what for what, _ in told] == ["compacting the warehouse"]
    assert sum(written) == db.stat().st_size  # the file's growth, as it was written
    assert list(staged.parent.iterdir()) == []  # the rewrite replaced the staged file


def test_a_rewrite_that_fails_leaves_the_warehouse_as_built(
    seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "build").mkdir()
    staged = _sparse_copy(seed_warehouse, tmp_path / "build" / seed_warehouse.name)
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
    db = _sparse_copy(seed_warehouse, tmp_path / seed_warehouse.name)
    result = CliRunner().invoke(cli.main, ["build", str(SEEDS), "--db", str(db), "--rehash", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert shown_bars["compacting the warehouse"].n == db.stat().st_size and _blocks(db).free == 0
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


INTERRUPTED_QUERY = """
import sys, duckdb
con = duckdb.connect()
print("running", flush=True)
try:
    con.execute("select sum(hash(i)) from range(10000000000) t(i)")
except BaseException as exc:
    print(type(exc).__name__, exc, sep=": ")
"""


def test_duckdb_stops_a_query_on_ctrl_c_with_the_error_the_command_line_expects() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_QUERY], stdout=subprocess.PIPE, text=True, preexec_fn=ctrl_c_heard
    )
    assert proc.stdout is not None and proc.stdout.readline() == "running\n"
    time.sleep(0.5)  # into the query
    for _press in range(10):  # DuckDB takes about one Ctrl-C in two that come during a query without acting on it
        proc.send_signal(signal.SIGINT)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=1)
            break
    out, _ = proc.communicate(timeout=60)
    assert out.strip() == f"RuntimeError: {warehouse.DUCKDB_INTERRUPTED}"


def test_ctrl_c_during_the_rewrite_stops_the_build_and_leaves_the_warehouse(
    seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _sparse_copy(seed_warehouse, tmp_path / seed_warehouse.name)
    before = db.read_bytes()

    def interrupted(con: duckdb.DuckDBPyConnection, target: Path, progress: object = None) -> None:
        raise RuntimeError(warehouse.DUCKDB_INTERRUPTED)  # as DuckDB stops a query on SIGINT (test above)

    monkeypatch.setattr(warehouse, "compact_into", interrupted)
    result = CliRunner().invoke(cli.main, ["build", str(SEEDS), "--db", str(db), "--rehash", "--jobs", "1", "-q"])
    assert result.exit_code == 130, result.output
    assert "Interrupted: the warehouse" in result.output and "was left as it was" in result.output
    assert db.read_bytes() == before and not warehouse.build_dir(db).exists()
