"""A warehouse that cannot be written (a full disk, an I/O error) stops a load with a clear message, keeps every
batch landed before and records the run as failed; the same command run again goes on from there. A build
leaves the warehouse as it was. A run cut short records what it landed."""

from __future__ import annotations

import errno
import os
import signal
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from loaders import land, warehouse
from loaders.cli import main
from loaders.load import load
from loaders.warehouse import WarehouseWriteError
from tests.conftest import query
from tests.robustness.corpus import make_copies

DISK_FULL = 'Could not write file "w.duckdb.wal": No space left on device'


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    make_copies(folder, 30)
    return folder


def _fail_from_batch(monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """Batches from the `failing`-th on fail inside their transaction, as a write to a full disk does."""
    real = land._insert
    seen: list[int] = []

    def insert(con: duckdb.DuckDBPyConnection, table: str, *args: object, **kwargs: object) -> None:
        if table == "documents":
            seen.append(1)
        if len(seen) >= failing:
            raise duckdb.IOException(DISK_FULL)
        real(con, table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(land, "_insert", insert)


def test_a_load_that_cannot_write_stops_clearly_keeps_its_batches_and_goes_on_when_run_again(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    _fail_from_batch(monkeypatch, failing=2)
    with pytest.raises(WarehouseWriteError, match=r"could not write to the warehouse: .*No space left on device"):
        load([docs], db, jobs=1, batch_size=10)
    assert query(db, "select count(*) from raw.documents") == [(10,)]
    assert query(db, "select status, files_seen, loaded from raw.load_runs") == [("failed", 30, 10)]
    monkeypatch.undo()
    again = load([docs], db, jobs=1, batch_size=10)
    assert (again.counts["loaded"], again.counts["skipped"]) == (20, 10)
    assert query(db, "select count(*) from raw.documents") == [(30,)]


def test_a_commit_that_fails_is_the_error_raised(tmp_path: Path) -> None:
    """A failed commit ends the transaction: the rollback after it must not hide why the commit failed."""

    class CommitFails:
        def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
            self.con = con

        def execute(self, sql: str, *args: object) -> object:
            if sql == "commit":
                self.con.execute("rollback")
                raise duckdb.TransactionException(f"Failed to commit: {DISK_FULL}")
            return self.con.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self.con, name)

    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        land.ensure_schema(con)
        record = land.prepare(land.DocumentRecord("id", "/a.txt", "a.txt", "rejected", reject_reason="empty file"))
        with pytest.raises(duckdb.TransactionException, match="Failed to commit"):
            land.land_batch(CommitFails(con), [record], "run")  # type: ignore[arg-type]
        assert con.execute("select count(*) from raw.documents").fetchone() == (0,)


def test_the_command_line_says_what_happened_and_what_to_do(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    _fail_from_batch(monkeypatch, failing=1)
    result = CliRunner().invoke(main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert result.exit_code == 1
    assert "could not write to the warehouse" in result.output and "No space left on device" in result.output
    assert "run the same command again" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback


def test_a_warehouse_that_cannot_be_written_as_the_load_opens_it_is_said_so(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writes before the run (its tables, the end of runs killed before, rejections of an earlier version)."""
    db = tmp_path / "w.duckdb"

    def schema_fails(_con: duckdb.DuckDBPyConnection) -> None:
        raise duckdb.IOException(DISK_FULL)

    monkeypatch.setattr(land, "ensure_schema", schema_fails)
    result = CliRunner().invoke(main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert result.exit_code == 1 and "could not write to the warehouse" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback


def test_a_build_that_cannot_copy_the_warehouse_leaves_it_as_it_was(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    before = db.read_bytes()

    def disk_full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(warehouse.os, "sendfile", disk_full)  # how the copy writes (loaders.warehouse.copy_file)
    result = CliRunner().invoke(main, ["build", str(docs), "--db", str(db), "-q"])
    assert result.exit_code == 1
    assert "could not copy the warehouse" in result.output and "was left as it was" in result.output
    assert db.read_bytes() == before
    assert not any(path.name.endswith(".build") for path in tmp_path.iterdir())  # the copy's folder is gone


@pytest.mark.parametrize("command", ["load", "build"])
def test_a_file_that_is_not_a_warehouse_is_named_and_left_alone(docs: Path, tmp_path: Path, command: str) -> None:
    db = tmp_path / "notes.duckdb"
    db.write_text("my notes, not a database\n")
    result = CliRunner().invoke(main, [command, str(docs), "--db", str(db), "-q"])
    assert result.exit_code == 1
    assert f"cannot open the warehouse {db}" in result.output and "not a valid DuckDB database" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert db.read_text() == "my notes, not a database\n"


@pytest.mark.parametrize("command", ["load", "build"])
@pytest.mark.parametrize(
    ("where", "cause"),
    [("plain/w.duckdb", "{plain} is a file, not a folder"), ("plain/sub/w.duckdb", "Not a directory: {plain}/sub")],
)
def test_a_warehouse_where_no_file_can_be_made_is_said_so(
    docs: Path, tmp_path: Path, command: str, where: str, cause: str
) -> None:
    """A --db in a folder that cannot be made or written (here: a file stands where the folder would be; a read-only
    disk or a folder without permission fail the same way) stops the command with the reason, not a traceback."""
    plain = tmp_path / "plain"
    plain.write_text("a file\n")
    db = tmp_path / where
    result = CliRunner().invoke(main, [command, str(docs), "--db", str(db), "-q"])
    assert result.exit_code == 1
    assert f"cannot write the warehouse {db}: {cause.format(plain=plain)}." in result.output, result.output
    assert "Pass another --db" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert plain.read_text() == "a file\n"


def test_a_run_interrupted_during_a_commit_records_that_batch_as_landed(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a batch commits is held until the commit ends: the run's counts include that batch."""
    db = tmp_path / "w.duckdb"
    real = land.land_batch
    batches: list[int] = []

    def interrupted_in_the_second(con: duckdb.DuckDBPyConnection, records: list, run_id: str) -> None:
        batches.append(len(records))
        if len(batches) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # arrives while the batch is being landed
        real(con, records, run_id)

    monkeypatch.setattr(land, "land_batch", interrupted_in_the_second)
    with pytest.raises(KeyboardInterrupt):
        load([docs], db, jobs=1, batch_size=10)
    assert query(db, "select count(*) from raw.documents") == [(20,)]
    assert query(db, "select status, loaded from raw.load_runs") == [("interrupted", 20)]
