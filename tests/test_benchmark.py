"""The benchmark's CPU accounting (a child's own CPU is told apart from that of the processes it starts), its
timing of a worker's steps, and its clean-up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from loaders.load import load
from loaders.warehouse import lock_path
from tests.conftest import REAL_DOCS, REPO_ROOT, SEEDS

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


def test_each_step_of_a_worker_is_timed_on_the_documents_after_the_warm_up(tmp_path: Path) -> None:
    from loaders.extract import document

    extractors = {name: getattr(document, name) for name in benchmark.EXTRACTORS}
    empty = tmp_path / "empty.md"
    empty.write_text("")
    files = [*sorted(REAL_DOCS.glob("*.md"))[:6], empty]  # the empty file is a rejection: no document to time
    split = benchmark.measure_steps(files, warm_up=3)
    assert split.documents == 3
    assert all(split.steps[step] > 0 for step in benchmark.STEPS), split.steps
    assert split.extractors["extract_market"] > 0 and split.extractors["extract_companies"] > 0
    assert sum(split.extractors.values()) < split.steps["extract"]  # the warm-up's left out of both
    assert {name: getattr(document, name) for name in benchmark.EXTRACTORS} == extractors  # put back
    lines = benchmark.steps_table(split, "the real documents").splitlines()
    assert "3 documents of the real documents" in lines[0]
    assert lines[-1].split() == ["total", f"{split.total:.3f}"]
    assert any(line.split()[0] == "extract_market" for line in lines)


def test_a_removed_warehouse_leaves_no_file_behind(tmp_path: Path) -> None:
    """The benchmark removes each warehouse it built: the lock file its writers made goes with it."""
    db = tmp_path / "w.duckdb"
    load([SEEDS], db, jobs=1)
    assert lock_path(db).exists()
    benchmark.remove_warehouse(db)
    assert list(tmp_path.iterdir()) == []
