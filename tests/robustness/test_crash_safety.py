"""SIGKILL at random moments and Ctrl-C: after a restart the warehouse equals one clean load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.robustness.corpus import make_copies
from tests.robustness.crash import clean_load, interrupt, kill_and_restart, same_warehouse
from tests.robustness.helpers import rows, run_cli

DOCUMENTS = 400


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """A few hundred ordinary documents and a warehouse that loaded them in one clean run."""
    root = tmp_path_factory.mktemp("crash")
    docs = root / "docs"
    make_copies(docs, DOCUMENTS)
    reference = root / "reference.duckdb"
    seconds = clean_load(docs, reference)
    assert rows(reference, "select count(*) from raw.documents where status = 'loaded'") == [(DOCUMENTS,)]
    return docs, reference, seconds


def test_sigkill_at_random_moments_then_restart_equals_one_clean_load(
    corpus: tuple[Path, Path, float], tmp_path: Path
) -> None:
    docs, reference, seconds = corpus
    db = tmp_path / "killed.duckdb"
    report = kill_and_restart(docs, db, kills=10, longest=0.9 * seconds)
    assert report.kills >= 10
    assert report.leftover_processes == 0, "worker processes outlived a killed loader"
    assert any(0 < n < DOCUMENTS for n in report.documents_after_each_kill), "no kill landed mid-load"
    assert same_warehouse(db, reference) == []
    statuses = {s for (s,) in rows(db, "select status from raw.load_runs")}
    assert statuses <= {"completed", "abandoned"} and "abandoned" in statuses


def test_ctrl_c_stops_cleanly_and_a_rerun_completes(corpus: tuple[Path, Path, float], tmp_path: Path) -> None:
    docs, reference, seconds = corpus
    db = tmp_path / "interrupted.duckdb"
    proc = interrupt(docs, db, after=seconds / 2)
    assert proc.returncode == 130, proc.stderr
    assert "Interrupted: every batch landed so far is complete" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert rows(db, "select status from raw.load_runs") == [("interrupted",)]
    landed = rows(db, "select count(*) from raw.documents")[0][0]
    assert 0 < landed < DOCUMENTS
    assert rows(db, "select loaded from raw.load_runs") == [(landed,)]  # what it landed, not what it counted
    assert run_cli("load", str(docs), "--jobs", "2", db=db).returncode == 0
    assert same_warehouse(db, reference) == []


def test_sigterm_stops_like_ctrl_c(corpus: tuple[Path, Path, float], tmp_path: Path) -> None:
    import os
    import signal
    import time

    from tests.robustness.helpers import start_cli

    docs, _reference, seconds = corpus
    db = tmp_path / "terminated.duckdb"
    proc = start_cli("load", str(docs), "--jobs", "2", "--batch-size", "10", db=db)
    deadline = time.monotonic() + 60
    while not db.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # until the load has begun: before, a slow start could take SIGTERM before its handler
    time.sleep(seconds / 4)
    os.kill(proc.pid, signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Interrupted:" in err and "Traceback" not in err
    shutil.copy(db, tmp_path / "copy.duckdb")  # the file is consistent: it opens and reads without its writer
    assert rows(tmp_path / "copy.duckdb", "select status from raw.load_runs") == [("interrupted",)]
