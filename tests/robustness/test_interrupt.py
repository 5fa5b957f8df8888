"""Ctrl-C while DuckDB runs a long query of the command line: one press stops it at once and the command ends as
on Ctrl-C anywhere else (loaders.interrupt). Each test sends one SIGINT to a child process, as a terminal does."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path

import duckdb
import pytest

from loaders import interrupt, warehouse
from loaders.load import _terminate
from tests.conftest import REAL_DOCS, REPO_ROOT, SEEDS
from tests.robustness.corpus import make_copies
from tests.robustness.helpers import cli_env, ctrl_c_heard, rows, sparse_copy

# Minutes of work for DuckDB: only Ctrl-C ends it within a test's time.
LONG_QUERY = "select sum(hash(i)) from range(10000000000) t(i)"
# A few seconds of work for DuckDB (about 3 here), for steps that hold Ctrl-C until they are done.
SHORT_QUERY = "select sum(hash(i)) from range(400000000) t(i)"
# What a child with a DuckDB step made long prints as it starts that step's query (SLOWED_CLI).
QUERYING = "querying, main thread:"
# How long a child has to end after one Ctrl-C (it takes milliseconds; a query left running takes minutes).
STOP_TIMEOUT = 30


def _start(script: str, *args: str, db: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        env=cli_env(db or Path("unused.duckdb")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_heard,
    )


def _ctrl_c_once(proc: subprocess.Popen[str], ready: str) -> tuple[int, str, str]:
    """Wait for the line `ready` on the child's standard error, let its query run a moment, press Ctrl-C once and
    wait for the child to end: (exit status, standard output, standard error)."""
    assert proc.stderr is not None
    before = ""
    while (line := proc.stderr.readline()) != ready:
        before += line
        if not line or line.startswith(QUERYING):  # the child ended, or started its query elsewhere than expected
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"the child did not start its query as expected:\n{before}{err}\n{out}")
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"one Ctrl-C did not stop the child within {STOP_TIMEOUT} s:\n{out}\n{err}")
    return proc.returncode, out, before + line + err


INTERRUPTIBLE = """
import sys, time, duckdb
from loaders.interrupt import interruptible
con = duckdb.connect()
def work():
    print("running", file=sys.stderr, flush=True)
    WORK
try:
    interruptible(con, work)
except KeyboardInterrupt:
    print("stopped", con.execute("select 42").fetchone(), flush=True)
    con.close()
    print("closed", flush=True)
"""


@pytest.mark.parametrize("trial", range(5))
def test_one_ctrl_c_stops_a_long_query_and_leaves_the_connection_usable(trial: int) -> None:
    """Run in the main thread, DuckDB stopped such a query on Ctrl-C, but nearly one process in two then hung as it
    exited or closed the connection, deaf to a second Ctrl-C (9 of 20 trials)."""
    proc = _start(INTERRUPTIBLE.replace("WORK", f"con.execute({LONG_QUERY!r}).fetchone()"))
    status, out, _ = _ctrl_c_once(proc, "running\n")
    assert (status, out) == (0, "stopped (42,)\nclosed\n")


def test_one_ctrl_c_stops_the_work_between_its_queries() -> None:
    """A Ctrl-C that comes while the work runs Python between its queries finds no query to interrupt (DuckDB
    forgets an interrupt then): the work stops where it is, as Ctrl-C stops Python anywhere."""
    work = "con.execute('select 1').fetchone()\n    while True:\n        time.sleep(0.01)  # a walk of folders, say"
    proc = _start(INTERRUPTIBLE.replace("WORK", work))
    status, out, _ = _ctrl_c_once(proc, "running\n")
    assert (status, out) == (0, "stopped (42,)\nclosed\n")


def test_the_work_returns_its_value_and_raises_its_errors_in_the_caller() -> None:
    con = duckdb.connect()
    try:
        assert interrupt.interruptible(con, lambda: con.execute("select 42").fetchone()) == (42,)
        with pytest.raises(duckdb.CatalogException, match="no_such_table"):
            interrupt.interruptible(con, lambda: con.execute("select * from no_such_table").fetchall())
        assert interrupt.interruptible(con, threading.current_thread) is not threading.main_thread()
        seen: list[threading.Thread] = []
        worker = threading.Thread(target=lambda: seen.append(interrupt.interruptible(con, threading.current_thread)))
        worker.start()
        worker.join()
        assert seen == [worker]  # called from another thread than the main one, the work runs in that thread
    finally:
        con.close()


# A first bound value, which makes DuckDB import pandas, with that import made slow (two seconds).
FIRST_BOUND_VALUE = """
import sys, threading, time, duckdb
from loaders.interrupt import interruptible
class SlowPandas:
    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            print("importing pandas, main thread:", threading.current_thread() is threading.main_thread(),
                  file=sys.stderr, flush=True)
            time.sleep(2)
        return None
sys.meta_path.insert(0, SlowPandas())
con = duckdb.connect()
paths = [f"/docs/{i}.md" for i in range(2000)]
try:
    interruptible(con, lambda: con.execute("select count(*) from (select unnest(?::varchar[]))", [paths]).fetchone())
except KeyboardInterrupt:
    print("stopped", flush=True)
"""


def test_one_ctrl_c_stops_duckdbs_import_of_pandas_in_the_main_thread() -> None:
    """DuckDB imports pandas as it binds its first value, and tries again for every value when that import
    failed: a Ctrl-C that stopped it in the work's thread left a query importing pandas for each of its thousands
    of values (a `build` of 100,000 unchanged documents hung in 3 of 60 trials). It is imported in the main thread
    first, where Ctrl-C stops it as any Python."""
    proc = _start(FIRST_BOUND_VALUE)
    status, out, _ = _ctrl_c_once(proc, "importing pandas, main thread: True\n")
    assert (status, out) == (0, "stopped\n")


PANDAS_FAILING = """
import sys, duckdb
tries = []
class NoPandas:
    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            tries.append(name)
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, NoPandas())
con = duckdb.connect()
con.execute("select count(*) from (select unnest(?::varchar[]))", [[str(i) for i in range(2000)]]).fetchone()
print(len(tries))
"""


def test_duckdb_tries_to_import_pandas_again_for_every_value_while_the_import_fails() -> None:
    """Why loaders.interrupt imports pandas before DuckDB does (and why pandas is installed: without it, a check of
    100,000 files took 8.6 s instead of 2.0)."""
    proc = subprocess.run([sys.executable, "-c", PANDAS_FAILING], cwd=REPO_ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) >= 2000


# The command line, with one of its DuckDB steps made long: FUNCTION of MODULE runs LONG_QUERY on its connection
# first (a warehouse of 100,000 documents takes seconds there), telling on standard error when it starts and
# whether it runs in the main thread.
SLOWED_CLI = f"""
import sys, threading
from loaders import cli, MODULE
real, calls = MODULE.FUNCTION, []
def slowed(con, *args, **kwargs):
    calls.append(con)
    if len(calls) > SKIPPED:
        print({QUERYING!r}, threading.current_thread() is threading.main_thread(), file=sys.stderr, flush=True)
        con.execute(QUERY).fetchone()
    return real(con, *args, **kwargs)
MODULE.FUNCTION = slowed
cli.main(sys.argv[1:])
"""


def _slowed_cli(
    module: str, function: str, *args: str, db: Path, query: str = LONG_QUERY, skipped: int = 0
) -> subprocess.Popen[str]:
    """The command line run with `args`, `function` of `module` slowed by `query` from its call after the first
    `skipped` on."""
    script = SLOWED_CLI.replace("MODULE", module).replace("FUNCTION", function)
    script = script.replace("QUERY", repr(query)).replace("SKIPPED", str(skipped))
    return _start(script, *args, "--db", str(db), "-q", db=db)


def test_one_ctrl_c_stops_a_build_in_its_check_of_the_warehouse(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / seed_warehouse.name
    shutil.copy(seed_warehouse, db)
    before = db.read_bytes()
    proc = _slowed_cli("uptodate", "read_state", "build", str(SEEDS), db=db)
    status, _, err = _ctrl_c_once(proc, "querying, main thread: False\n")
    assert status == 130 and f"Interrupted: the warehouse {db} was left as it was" in err, err
    assert db.read_bytes() == before and not warehouse.build_dir(db).exists()


def test_one_ctrl_c_stops_a_build_in_its_rewrite_of_the_warehouse(seed_warehouse: Path, tmp_path: Path) -> None:
    """The rewrite stopped is no failed rewrite (which would put the build in place with a warning): the build
    stops and the warehouse is left as it was."""
    db = sparse_copy(seed_warehouse, tmp_path / seed_warehouse.name)
    before = db.read_bytes()
    proc = _slowed_cli("warehouse", "compact_into", "build", str(SEEDS), "--rehash", "--jobs", "1", db=db)
    status, _, err = _ctrl_c_once(proc, "querying, main thread: False\n")
    assert status == 130 and f"Interrupted: the warehouse {db} was left as it was" in err, err
    assert "warning" not in err
    assert db.read_bytes() == before and not warehouse.build_dir(db).exists()


@pytest.mark.parametrize(
    ("step", "skipped"),
    [
        ("build_state.read_state", 0),  # the state read before dbt (0.09 s on a warehouse of 100,000 documents)
        ("report.mart_counts", 1),  # the marts' counts after dbt (the first call is the state read's)
        ("build_state.keep_row_groups", 0),  # the record of the build
    ],
)
def test_one_ctrl_c_stops_a_build_in_its_short_steps_around_dbt(
    seed_warehouse: Path, tmp_path: Path, step: str, skipped: int
) -> None:
    db = tmp_path / seed_warehouse.name
    shutil.copy(seed_warehouse, db)
    before = db.read_bytes()
    args = ("build", str(SEEDS), "--full-refresh", "--jobs", "1")
    proc = _slowed_cli(*step.split("."), *args, db=db, skipped=skipped)
    status, _, err = _ctrl_c_once(proc, f"{QUERYING} False\n")
    assert status == 130 and f"Interrupted: the warehouse {db} was left as it was" in err, err
    assert db.read_bytes() == before and not warehouse.build_dir(db).exists()


def test_one_ctrl_c_stops_eval_in_its_reading_of_the_marts(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    make_copies(docs, 1)
    db = tmp_path / "w.duckdb"
    gold = str(REAL_DOCS.parent / "gold")
    proc = _slowed_cli("evaluate", "_predictions", "eval", "--gold", gold, str(docs), db=db)
    status, out, err = _ctrl_c_once(proc, f"{QUERYING} False\n")
    assert status == 130 and "Interrupted: nothing was scored." in err, err
    assert "F1" not in out


def test_one_ctrl_c_stops_a_load_as_it_starts_its_run(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 1)
    proc = _slowed_cli("land", "start_run", "load", str(docs), "--jobs", "1", db=db)
    status, _, err = _ctrl_c_once(proc, f"{QUERYING} False\n")
    assert status == 130 and "Interrupted: every batch landed so far is complete" in err, err
    assert rows(db, "select count(*) from raw.load_runs") == [(0,)]


def test_ctrl_c_as_a_load_records_its_end_is_held_until_the_record_is_written(tmp_path: Path) -> None:
    """The record of a run's end is written whole, in the main thread, before Ctrl-C stops the load."""
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 2)
    proc = _slowed_cli("land", "finish_run", "load", str(docs), "--jobs", "1", db=db, query=SHORT_QUERY)
    status, _, err = _ctrl_c_once(proc, f"{QUERYING} True\n")
    assert status == 130 and "Interrupted: every batch landed so far is complete" in err, err
    assert "Query interrupted" not in err
    assert rows(db, "select status, loaded from raw.load_runs") == [("completed", 2)]


def test_one_ctrl_c_stops_a_load_in_its_lookup_of_known_files(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 3)
    proc = _slowed_cli("unchanged", "split", "load", str(docs), "--jobs", "1", db=db)
    status, _, err = _ctrl_c_once(proc, "querying, main thread: False\n")
    assert status == 130 and "Interrupted: every batch landed so far is complete" in err, err
    assert rows(db, "select status from raw.load_runs") == [("interrupted",)]


CTRL_C_IN_THE_MAIN_THREAD = f"""
import sys, duckdb
con = duckdb.connect()
print("running", file=sys.stderr, flush=True)
try:
    con.execute({LONG_QUERY!r})
except BaseException as exc:
    print(type(exc).__name__, exc, sep=": ", flush=True)
"""


def test_duckdb_stops_a_query_of_the_main_thread_on_ctrl_c_with_the_error_the_command_line_expects() -> None:
    """The error that loaders.interrupt.stopped_by_user tells for Ctrl-C, from the queries left in the main thread.
    The process may then hang as it exits (above): it is pressed again, as a user would."""
    proc = _start(CTRL_C_IN_THE_MAIN_THREAD)
    assert proc.stderr is not None and proc.stderr.readline() == "running\n"
    time.sleep(0.5)  # into the query
    for _press in range(10):
        proc.send_signal(signal.SIGINT)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=1)
            break
    out, _ = proc.communicate(timeout=60)
    assert out.strip() == f"RuntimeError: {interrupt.DUCKDB_INTERRUPTED}"


def test_a_ctrl_c_pressed_again_while_the_workers_stop_is_ignored() -> None:
    """A second Ctrl-C (SIGINT) that arrives while an interrupted load stops its workers does not break off the
    stopping: no KeyboardInterrupt out of it (which a generator's cleanup would print as a traceback)."""

    class Workers:
        stopped = False

        def terminate(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)  # pressed again, as the stopping runs
            time.sleep(0.2)
            self.stopped = True

    workers = Workers()
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a command run from a terminal
    try:
        _terminate(workers)  # type: ignore[arg-type]
        interrupted = False
    except KeyboardInterrupt:
        interrupted = True
    finally:
        handler = signal.signal(signal.SIGINT, before)
    assert not interrupted and workers.stopped
    assert handler is signal.default_int_handler  # the handler is back
