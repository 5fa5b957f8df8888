"""Kill a running load at random moments, restart it, and compare the result with one clean run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from tests.robustness.helpers import duplicate_keys, orphan_facts, rows, run_cli, snapshot, start_cli

LOAD_ARGS = ("--jobs", "2", "--batch-size", "10")


@dataclass
class KillReport:
    kills: int = 0
    rounds: int = 0
    finished_before_kill: int = 0
    documents_after_each_kill: list[int] = field(default_factory=list)
    leftover_processes: int = 0


def clean_load(docs: Path, db: Path) -> float:
    """Load `docs` into a fresh `db` in one uninterrupted run; its duration in seconds."""
    start = time.monotonic()
    proc = run_cli("load", str(docs), *LOAD_ARGS, db=db)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - start


def process_group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for_group_exit(pgid: int, seconds: float = 10) -> bool:
    """True when every process of the group (the loader and its workers) is gone within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not process_group_alive(pgid):
            return True
        time.sleep(0.05)
    return False


def kill_and_restart(docs: Path, db: Path, kills: int, longest: float, seed: int = 7) -> KillReport:
    """SIGKILL a load of `docs` into `db` at random moments until `kills` kills landed on a running loader,
    then run it once more to the end."""
    rng = random.Random(seed)
    report = KillReport()
    while report.kills < kills and report.rounds < 4 * kills:
        report.rounds += 1
        proc = start_cli("load", str(docs), *LOAD_ARGS, db=db)
        time.sleep(rng.uniform(0.05, longest))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # the loader only: its workers must notice and die too
            report.kills += 1
        else:
            report.finished_before_kill += 1
        proc.communicate()
        if not wait_for_group_exit(proc.pid):
            report.leftover_processes += 1
            os.killpg(proc.pid, signal.SIGKILL)
        if db.exists() and proc.returncode == -signal.SIGKILL:
            report.documents_after_each_kill.append(rows(db, "select count(*) from raw.documents")[0][0])
    final = run_cli("load", str(docs), *LOAD_ARGS, db=db)
    assert final.returncode == 0, final.stderr
    return report


def interrupt(docs: Path, db: Path, after: float) -> subprocess.CompletedProcess[str]:
    """Ctrl-C (SIGINT to the whole process group, as a terminal does) a load `after` seconds in."""
    proc = start_cli("load", str(docs), *LOAD_ARGS, db=db)
    time.sleep(after)
    # Pressed again if need be, as a user would: a Ctrl-C during a DuckDB query of the main thread could leave the
    # process hung as it exited (loaders.interrupt).
    for _press in range(5):
        if proc.poll() is not None:
            break
        os.killpg(proc.pid, signal.SIGINT)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=1)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def same_warehouse(db: Path, reference: Path) -> list[str]:
    """What differs between `db` and `reference` (empty when they hold the same load)."""
    problems = []
    mine, theirs = snapshot(db), snapshot(reference)
    problems += [f"{table} differs" for table in theirs if mine[table] != theirs[table]]
    problems += [f"{table}: {n} duplicate keys" for table, n in duplicate_keys(db).items() if n]
    if orphan_facts(db):
        problems.append(f"{orphan_facts(db)} facts without their document")
    running = rows(db, "select count(*) from raw.load_runs where status = 'running'")[0][0]
    if running:
        problems.append(f"{running} load runs still marked running")
    return problems
