"""Running the real command line as a separate process, and reading a warehouse back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import duckdb
import psutil

from loaders.compact import Blocks, blocks
from loaders.land import FACT_TABLES
from tests.conftest import REPO_ROOT

CLI = [sys.executable, "-m", "loaders.cli"]


def cli_env(db: Path) -> dict[str, str]:
    return dict(os.environ, MARKET_INTEL_DB=str(db), DBT_SEND_ANONYMOUS_USAGE_STATS="False", PYTHONUNBUFFERED="1")


def ctrl_c_heard() -> None:
    """Run in a child before it starts: Ctrl-C (SIGINT) acted on, as in a terminal's job, also when the tests run
    with it ignored (started in the background by a shell that is not interactive: the child would inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_cli(*args: str, db: Path) -> subprocess.Popen[str]:
    """`market-intel ARGS --db DB -q` in its own process group (like a terminal job), not waited for."""
    return subprocess.Popen(
        [*CLI, *args, "--db", str(db), "-q"],
        cwd=REPO_ROOT,
        env=cli_env(db),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=ctrl_c_heard,
    )


def _is_dbt(process: psutil.Process) -> bool:
    """dbt itself (its script, or Python running it), not any process whose arguments hold "dbt": the load's workers
    have the command line's, and a test's folder may be named after it."""
    try:
        return any(Path(arg).name == "dbt" for arg in process.cmdline()[:2])
    except psutil.Error:  # ended meanwhile
        return False


def dbt_started(proc: subprocess.Popen[str], seconds: float = 120) -> psutil.Process:
    """The dbt process that the command line `proc` runs, as soon as it runs; fails the test if it never does."""
    cli = psutil.Process(proc.pid)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        dbt = next((c for c in cli.children(recursive=True) if _is_dbt(c)), None)
        if dbt is not None:
            return dbt
        time.sleep(0.05)
    raise AssertionError(f"dbt never started (the command line's exit status: {proc.poll()})")


def run_cli(*args: str, db: Path, timeout: float = 170) -> subprocess.CompletedProcess[str]:
    """Run to the end; a hang fails the test with the process's output instead of blocking the suite."""
    proc = start_cli(*args, db=db)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        raise AssertionError(f"market-intel {' '.join(args)} hung for {timeout} s:\n{out}\n{err}") from None
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def rows(db: Path, sql: str, params: list[object] | None = None) -> list[tuple]:
    with closing(duckdb.connect(str(db), read_only=True)) as con:
        return con.execute(sql, params or []).fetchall()


def snapshot(db: Path) -> dict[str, object]:
    """What a load produced, independent of when and in how many runs: documents, files, facts per document."""
    out: dict[str, object] = {
        "documents": sorted(rows(db, "select document_id, status, reject_reason, char_count from raw.documents")),
        "document_files": sorted(rows(db, "select document_id, source_path, status from raw.document_files")),
    }
    for table in FACT_TABLES.values():
        out[table] = sorted(rows(db, f"select document_id, count(*) from raw.{table} group by 1"))
    return out


def duplicate_keys(db: Path) -> dict[str, int]:
    """Rows sharing a key that must be unique, per table (all zero in a sound warehouse)."""
    checks = {
        "documents": "select count(*) - count(distinct document_id) from raw.documents",
        "document_files": "select count(*) - count(distinct (document_id, source_path)) from raw.document_files",
        **{t: f"select count(*) - count(distinct fact_id) from raw.{t}" for t in FACT_TABLES.values()},
    }
    return {name: rows(db, sql)[0][0] for name, sql in checks.items()}


def orphan_facts(db: Path) -> int:
    """Facts whose document is not landed (a half-written batch would leave some)."""
    return sum(
        rows(db, f"select count(*) from raw.{t} f anti join raw.documents d using (document_id)")[0][0]
        for t in FACT_TABLES.values()
    )


def blocks_of(db: Path) -> Blocks:
    """The block counts of the warehouse at `db` (loaders.compact.blocks)."""
    with closing(duckdb.connect(str(db), read_only=True)) as con:
        return blocks(con)


def sparse_copy(seed_warehouse: Path, db: Path) -> Path:
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
    assert blocks_of(db).sparse
    return db
