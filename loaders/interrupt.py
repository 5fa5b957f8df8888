"""Ctrl-C while DuckDB works in this process: stopping its queries at once, and telling that stop from a failure.

DuckDB 1.5.6 stops a query of the main thread on Ctrl-C, but the process then often hung as it closed the
connection or exited, deaf to more Ctrl-C (a long query in a child process sent one SIGINT: 9 of 20 hung at exit,
4 of 17 in the close). The DuckDB steps of the command line (the check before a build, the start of a load and
its lookups, the state read before dbt, the marts' counts, the record of a build, the checkpoint and rewrite of a
build's warehouse, the reading of the marts by `eval`) run in a thread of their own instead, while the main thread
waits where Python takes Ctrl-C at once (30 of 30 trials stopped within milliseconds, and closed the connection).
Left in the main thread: the landing of a batch and the record of a load run's end, which hold Ctrl-C until they
commit (loaders.load.interrupts_deferred: DuckDB does not see it then), and the opening of connections.
"""

from __future__ import annotations

import ctypes
import importlib
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # imported by the command that queries: `--help` answers without it
    import duckdb

T = TypeVar("T")

# What DuckDB raises when Ctrl-C (or `kill`) stops a query it runs in the main thread: a RuntimeError, not the
# KeyboardInterrupt the signal's handler raised (DuckDB 1.5.6).
DUCKDB_INTERRUPTED = "Query interrupted"
# How long the main thread waits for a stopped query to end before it interrupts the connection again (a Ctrl-C
# that comes between two queries of the work finds none to interrupt: DuckDB forgets it).
STOP_POLL_SECONDS = 0.05


def stopped_by_user(exc: BaseException) -> bool:
    """Whether `exc` is Ctrl-C or `kill`: KeyboardInterrupt, or DuckDB's error for a query it stopped on one."""
    return isinstance(exc, KeyboardInterrupt) or (type(exc) is RuntimeError and str(exc) == DUCKDB_INTERRUPTED)


def interruptible(con: duckdb.DuckDBPyConnection, work: Callable[[], T]) -> T:
    """work() (queries on `con`, and the Python between them) run in a thread of its own while the main thread
    waits for it. On Ctrl-C (or SIGTERM raised as KeyboardInterrupt) the work is stopped as Ctrl-C would stop it in
    the main thread: KeyboardInterrupt raised in its Python, its query on `con` interrupted; then KeyboardInterrupt
    is raised. Called from any other thread, work() runs in that thread."""
    if threading.current_thread() is not threading.main_thread():
        return work()
    _import_what_duckdb_imports()
    done = threading.Event()
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the waiting thread as it is
            outcome.append((False, exc))
        finally:
            done.set()

    worker = threading.Thread(target=run, name="duckdb-work", daemon=True)
    worker.start()
    try:
        done.wait()
    except KeyboardInterrupt:
        _stop(con, worker, done)
        raise
    finished, value = outcome[0]
    if not finished:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _import_what_duckdb_imports() -> None:
    """Import pandas here, in the main thread, before DuckDB does in the work's thread.

    DuckDB imports pandas (about 0.3 s) the first time it binds a Python value, and when that import fails it
    tries it again for every value it binds. A Ctrl-C that stopped the import in the work's thread made it fail,
    and the query then went on importing pandas anew for each of the thousands of paths it was given: `build` of
    100,000 unchanged documents, sent Ctrl-C in its first 0.3-1.1 s, hung in 3 of 60 trials (0 of 60 with this).
    In the main thread, Ctrl-C stops the import as it stops any Python."""
    with suppress(ModuleNotFoundError):
        importlib.import_module("pandas")


def interruptible_on(db_path: Path, work: Callable[[duckdb.DuckDBPyConnection], T], *, read_only: bool = True) -> T:
    """work(con) on a connection of its own to the warehouse at `db_path`, run by `interruptible`; the connection
    is closed after it, whatever happens."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=read_only)
    try:
        return interruptible(con, lambda: work(con))
    finally:
        con.close()


def _stop(con: duckdb.DuckDBPyConnection, worker: threading.Thread, done: threading.Event) -> None:
    """Stop the work: KeyboardInterrupt raised in the worker thread as soon as it runs Python, its query interrupted
    (again until it has stopped: an interrupt that comes between two queries is forgotten). A Ctrl-C pressed again
    meanwhile changes nothing."""
    if worker.ident is not None and not done.is_set():  # once done, its ident may be another thread's
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(KeyboardInterrupt))
    while True:
        try:
            con.interrupt()
            if done.wait(STOP_POLL_SECONDS) or not worker.is_alive():  # not alive: stopped before it could tell
                return
        except KeyboardInterrupt:
            continue
