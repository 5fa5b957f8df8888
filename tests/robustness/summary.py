"""Robustness summary: run the fuzz corpus, the hostile-growth timings and kill-and-restart rounds, and print
what happened. Usage: python -m tests.robustness.summary [--kills 10] [--documents 200]"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.robustness.corpus import make_copies, make_fuzz_corpus, remove_tree
from tests.robustness.crash import clean_load, interrupt, kill_and_restart, same_warehouse
from tests.robustness.helpers import rows, run_cli
from tests.robustness.hostile import HOSTILE, growth


def fuzz(root: Path) -> list[str]:
    expected = make_fuzz_corpus(root / "fuzz")
    db = root / "fuzz.duckdb"
    started = time.monotonic()
    hung = crashed = False
    try:
        proc = run_cli("load", str(root / "fuzz"), "--max-seconds", "30", db=db, timeout=300)
        crashed = proc.returncode != 0 or "Traceback" in proc.stderr
    except AssertionError:
        hung = True
    seconds = time.monotonic() - started
    landed = dict(
        rows(
            db,
            "select f.source_path, d.status || coalesce(': ' || d.reject_reason, '') from raw.document_files f"
            " join raw.documents d using (document_id)",
        )
    )
    lost = [p for p in expected if str(p) not in landed]
    remove_tree(root / "fuzz")
    lines = [f"fuzz corpus: {len(expected)} hostile inputs in one `market-intel load` ({seconds:.0f} s)"]
    lines += [f"  {p.name[:40]:40s} {landed.get(str(p), 'LOST')[:110]}" for p in expected]
    lines.append(f"  crashes: {int(crashed)}, hangs: {int(hung)}, files lost: {len(lost)}")
    return lines


def timings() -> list[str]:
    lines = ["hostile growth (decode + clean + extract; median of 3; 10x the input):"]
    worst = 0.0
    for name in HOSTILE:
        small, big = growth(name)
        worst = max(worst, big / small)
        lines.append(f"  {name:28s} {small:7.3f} s -> {big:7.3f} s  x{big / small:.1f}")
    lines.append(f"  worst growth: x{worst:.1f} (linear ~x10; the test fails above x30)")
    return lines


def crashes(root: Path, kills: int, documents: int) -> list[str]:
    docs = root / "docs"
    make_copies(docs, documents)
    reference = root / "reference.duckdb"
    seconds = clean_load(docs, reference)
    db = root / "killed.duckdb"
    report = kill_and_restart(docs, db, kills=kills, longest=0.6 * seconds)
    problems = same_warehouse(db, reference)
    lines = [
        f"kill -9 and restart: {documents} documents, one clean load takes {seconds:.1f} s",
        f"  SIGKILL rounds survived: {report.kills} (of {report.rounds} rounds; {report.finished_before_kill} "
        "finished before their kill)",
        f"  documents landed at each kill: {report.documents_after_each_kill}",
        f"  workers left behind: {report.leftover_processes}",
        f"  final warehouse vs one clean load: {problems or 'identical'}",
    ]
    for k, fraction in enumerate((0.3, 0.6), start=1):
        db = root / f"interrupted{k}.duckdb"
        proc = interrupt(docs, db, after=seconds * fraction)
        landed = rows(db, "select count(*) from raw.documents")[0][0]
        rerun = run_cli("load", str(docs), "--jobs", "2", db=db)
        ok = rerun.returncode == 0 and not same_warehouse(db, reference)
        message = proc.stderr.strip().splitlines()[-1][:90] if proc.stderr.strip() else ""
        lines.append(
            f"  Ctrl-C #{k}: exit {proc.returncode}, {landed} documents kept, '{message}'; "
            f"rerun equals clean load: {ok}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for section in (fuzz(root), timings(), crashes(root, args.kills, args.documents)):
            print("\n".join(section), flush=True)
            print()


if __name__ == "__main__":
    main()
