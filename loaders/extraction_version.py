"""Which extraction a document's text and facts come from: a short fingerprint of everything that decides them.

Each document keeps the text and facts of the load that first landed it (raw.documents.extracted_by). A newer
version of the decoding, cleaning or extraction code, of the region seeds the extractors read, or of a library
they call may find other facts in the same bytes: documents whose fingerprint is not this one's were extracted
by another version, and `market-intel build --reextract` extracts them again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from loaders.config import SEEDS_DIR

LOADERS = Path(__file__).resolve().parent
# The code a document's text and facts depend on (besides the extractors, loaders/extract/*.py): the pipeline and
# every module it calls to decode and clean a document.
DECIDING_MODULES = (
    "decode.py", "clean.py", "reflow.py", "text_tables.py", "markdown.py", "pipeline.py", "calendar.py",
    "cjk_reflow.py", "columns.py", "feeds.py", "grid_tables.py", "headline.py", "margin.py", "pages.py", "quotes.py",
    "quoted_printable.py", "slides.py", "symbol_lines.py", "wikitext.py", "narrow.py", "json_text.py",
)  # fmt: skip
# The modules the pipeline imports that decide no fact: where settings, paths, file statuses and records live.
UNDECIDING_MODULES = ("config.py", "discover.py", "filestat.py", "record.py")
# The seed files the extractors read (loaders.extract.regions).
DECIDING_SEEDS = ("regions.csv", "region_aliases.csv")
# The libraries that decode, clean and extract.
DECIDING_LIBRARIES = (
    "ftfy",
    "charset-normalizer",
    "selectolax",
    "cmarkgfm",
    "PyYAML",
    "ahocorasick-rs",
    "RapidFuzz",
    "cleanco",
    "wordninja",
    "opencc-python-reimplemented",
    "text2num",
    "pycountry",
    "py3langid",
    "icalendar",
    "mwparserfromhell",
)
FINGERPRINT_LENGTH = 12


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """The fingerprint of this version's extraction: the same for the same code, seeds and libraries."""
    return fingerprint(LOADERS, SEEDS_DIR)


def fingerprint(loaders: Path, seeds: Path) -> str:
    """The fingerprint of the extraction whose code is in the folder `loaders` and whose seeds are in `seeds`."""
    digest = hashlib.sha256()
    files = [loaders / name for name in DECIDING_MODULES]
    files += sorted((loaders / "extract").glob("*.py"))
    files += [seeds / name for name in DECIDING_SEEDS]
    for path in files:
        digest.update(f"{path.parent.name}/{path.name}\n".encode())
        digest.update(path.read_bytes())
    for library in DECIDING_LIBRARIES:
        digest.update(f"{library}=={_version_of(library)}\n".encode())
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def _version_of(library: str) -> str:
    try:
        return version(library)
    except PackageNotFoundError:
        return "absent"
