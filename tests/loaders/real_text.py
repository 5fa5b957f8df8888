"""Lines taken from the shared real documents, cleaned the way the loader cleans them."""

from __future__ import annotations

from functools import lru_cache

from loaders.clean import clean
from loaders.decode import decode
from tests.conftest import REAL_DOCS, SEEDS


@lru_cache(maxsize=64)
def cleaned(file_name: str) -> str:
    path = REAL_DOCS / file_name if (REAL_DOCS / file_name).exists() else SEEDS / file_name
    return clean(decode(path.read_bytes()).text, path.suffix).text


def real_line(file_name: str, needle: str) -> str:
    """The cleaned line of a real document that contains `needle`; fails if the document lacks it."""
    for line in cleaned(file_name).split("\n"):
        if needle in line:
            return line
    raise AssertionError(f"{needle!r} is not in {file_name}")
