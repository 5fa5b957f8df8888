"""The benchmark's CPU accounting (a child's own CPU is told apart from that of the processes it starts) and its
clean-up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from loaders.load import load
from loaders.warehouse import lock_path
from tests.conftest import REPO_ROOT, SEEDS

SPEC = importlib.util.spec_from_file_location("benchmark", REPO_ROOT / "benchmarks" / "benchmark.py")
assert SPEC and SPEC.loader
benchmark = importlib.util.module_from_spec(SPEC)
sys.modules["benchmark"] = benchmark  # its dataclasses look their module up
SPEC.loader.exec_module(benchmark)

# Spins for `own` CPU seconds itself, waits for a child that spins for `child` CPU seconds, and lives on a little
# after it (as the loader does after its workers), so that samples see the child's CPU in its children's times.
SCRIPT = """
import subprocess, sys, time
def spin(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
spin(float(sys.argv[1]))
code = "import time\\nend = time.process_time() + %s\\nwhile time.process_time() < end: pass" % sys.argv[2]
subprocess.run([sys.executable, "-c", code], check=True)
time.sleep(0.3)
"""


def test_a_childs_own_cpu_leaves_out_the_processes_it_starts() -> None:
    run = benchmark.run_child([sys.executable, "-c", SCRIPT, "0.6", "1.2"], interval=0.02)
    assert run.returncode == 0, run.output
    assert 0.5 <= run.own_cpu_seconds <= 0.9
    assert run.cpu_seconds - run.own_cpu_seconds >= 1.1


def test_cpu_per_document_is_split_between_workers_and_loader() -> None:
    result = benchmark.Result(n=100, files=100, load_s=2.0, load_cpu_s=3.0, load_main_cpu_s=0.5)
    assert result.cpu_ms_per_doc == 30.0
    assert result.main_cpu_ms_per_doc == 5.0
    assert result.worker_cpu_ms_per_doc == 25.0
    lines = benchmark.table([result], jobs=2).splitlines()
    assert any(line.startswith("    workers (read, clean, extract, rows)") and line.endswith("25.00") for line in lines)


def test_a_removed_warehouse_leaves_no_file_behind(tmp_path: Path) -> None:
    """The benchmark removes each warehouse it built: the lock file its writers made goes with it."""
    db = tmp_path / "w.duckdb"
    load([SEEDS], db, jobs=1)
    assert lock_path(db).exists()
    benchmark.remove_warehouse(db)
    assert list(tmp_path.iterdir()) == []
