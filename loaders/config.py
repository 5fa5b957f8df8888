"""Defaults shared by the loaders and the command line."""

from __future__ import annotations

import math
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
SAMPLE_DIR = REPO_ROOT / "data" / "sample"

DOCUMENT_EXTENSIONS = (".html", ".htm", ".md", ".markdown", ".txt")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_BATCH_SIZE = 500
# A file seen again (its content already landed: skipped, or a duplicate) lands as one small row, checked against
# every file row landed before it. Such rows go in batches of up to this many times the batch size, so a run over
# 100,000 known files checks 10 batches, not 200 (3.4 s of the loader's 10.8 s of CPU at batches of 500).
SEEN_AGAIN_FACTOR = 20
# Files walked at a time: their noted statuses looked up in one query (loaders.unchanged), then the ones to read
# handed to the workers; also the most files in flight (then the writer catches up).
WINDOW = 4096
# Time one file may take to decode, clean and extract before it is rejected (a document too large or too
# repetitive to extract from in time); the regexes are linear, this bounds their constant factors.
DEFAULT_MAX_SECONDS = 120.0


def default_db_path() -> Path:
    """The warehouse file: MARKET_INTEL_DB when set, else ./market_intel.duckdb."""
    return Path(os.environ.get("MARKET_INTEL_DB", "market_intel.duckdb"))


# Under cgroup v2, the CPU time a container may use: "<quota> <period>" in microseconds, or "max <period>".
CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def usable_cores() -> int:
    """The cores this process can use: those it may run on (taskset, a container's cpuset), and no more than its
    CPU quota (a container started with --cpus), where the system says; else the machine's count."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = cpu_quota()
    return max(1, min(cores, quota) if quota else cores)


def cpu_quota(path: Path = CGROUP_CPU_MAX) -> int | None:
    """The cgroup's CPU quota in whole cores (rounded up), or None when there is none or it cannot be read."""
    try:
        fields = path.read_text().split()
        return math.ceil(int(fields[0]) / int(fields[1])) if len(fields) == 2 and fields[0] != "max" else None
    except (OSError, ValueError, ZeroDivisionError):
        return None
