"""Defaults shared by the loaders and the command line."""

from __future__ import annotations

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
# Time one file may take to decode, clean and extract before it is rejected (a document too large or too
# repetitive to extract from in time); the regexes are linear, this bounds their constant factors.
DEFAULT_MAX_SECONDS = 120.0


def default_db_path() -> Path:
    """The warehouse file: MARKET_INTEL_DB when set, else ./market_intel.duckdb."""
    return Path(os.environ.get("MARKET_INTEL_DB", "market_intel.duckdb"))
