"""Stand-ins for the extractor in the tests of rejections that the next load tries again: one too slow for the
time limits the tests set, one that fails on every document; and a file's content that is rejected for what it
holds."""

from __future__ import annotations

import time

from loaders import pipeline
from loaders.extract.model import DocumentFacts

# The real extractor, taken when the tests are collected, before any of them swaps it.
REAL_EXTRACTION = pipeline.extract_document
# A picture, rejected with PNG_REASON whatever its file's extension.
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
PNG_REASON = "binary file (PNG image) with a document extension"


def slow_extraction(doc: object) -> DocumentFacts:
    time.sleep(5)
    return REAL_EXTRACTION(doc)  # type: ignore[arg-type]


def broken_extraction(_doc: object) -> DocumentFacts:
    raise KeyError("a bug")
