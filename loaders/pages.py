"""The pages of a text converted from a PDF: at each page break (a form feed), the running footer and header that
the conversion left between two lines of the same paragraph ("… reaching a value of around" / "Executive summary
Page 1 of 4" / "Expert Market Research    Precast Concrete Market Report 2025-2034" / "USD 268.27 billion by
2034.") are taken out, so that the paragraph reads on."""

from __future__ import annotations

import re
from collections import Counter

PAGE_BREAK = "\f"
# A page's number: "Page 1 of 4", "- 3 -", "12".
PAGE_NUMBER = re.compile(r"^\s*(?:.*\bpage\s\d{1,4}(?:\s(?:of|/)\s\d{1,4})?|[-–]?\s?\d{1,4}\s?[-–]?)\s*$", re.I)
# How many lines before and after a page break can be its footer and header.
FURNITURE_LINES = 3
LONGEST_FURNITURE = 120


def without_page_furniture(text: str) -> str:
    """`text` with the running footers and headers around its form feeds taken out, and the blank lines around
    them: lines that repeat at every page break, or give a page's number. A text without form feeds is returned as
    it is."""
    if PAGE_BREAK not in text:
        return text
    pages = text.split(PAGE_BREAK)
    repeated = _repeated_lines(pages)
    out = pages[0].split("\n")
    for page in pages[1:]:
        _drop_furniture(out, repeated)  # the footer of the page before
        lines = page.split("\n")[::-1]
        _drop_furniture(lines, repeated)  # the header of this one
        lines.reverse()
        out += lines
    _drop_furniture(out, repeated)  # the last page's footer
    return "\n".join(out)


def _repeated_lines(pages: list[str]) -> set[str]:
    """The short lines, spaces squeezed, that stand at the edge of half the pages or more."""
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        edges = {_squeezed(line) for line in lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]}
        counts.update(line for line in edges if len(line) <= LONGEST_FURNITURE)
    return {line for line, n in counts.items() if n >= max(2, len(pages) // 2)}


def _drop_furniture(lines: list[str], repeated: set[str]) -> None:
    """Take the furniture lines (and blank ones) off the end of `lines`, up to FURNITURE_LINES of them."""
    taken = 0
    while lines and taken < FURNITURE_LINES:
        line = lines[-1]
        if not line.strip():
            lines.pop()
        elif _squeezed(line) in repeated or PAGE_NUMBER.match(line):
            lines.pop()
            taken += 1
        else:
            break


def _squeezed(line: str) -> str:
    return " ".join(line.split())
