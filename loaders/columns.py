"""A page of two columns of text run together (a PDF's text layer saved with its layout: each line holds a line of
the left column, a gap of spaces, then a line of the right one), read as a reader of the printed page reads it: the
left column down, then the right one, each column's wrapped lines joined again."""

from __future__ import annotations

import re
from collections import Counter

from loaders.reflow import unwrap

# A rule across a line, between a page's footer and the next page's header: "-----…", "=====…".
RULE = re.compile(r"(\n[ \t]*(?:-{20,}|={20,})[ \t]*\n)")
# Where a column's text starts after a gap of two spaces or more in a line.
GAP_END = re.compile(r"(?<=\S)  +(?=\S)")
# A page needs this many lines with text on both sides of one gutter to be read as two columns.
MIN_ROWS = 8
# ... the left column this wide at least, those lines prose on both sides.
MIN_GUTTER = 24
# ... most of those lines with a left part that nearly fills its column (prose wrapped at the column's width, not a
# table's short labels).
FILLED_SHARE = 0.5
FILLED_PART = 0.6
# ... most of them with this many words right of the gutter.
RIGHT_WORDS = 4
# ... and few lines between its first and last such line that run across the gutter.
CROSSING_SHARE = 0.1


def without_run_columns(text: str) -> str:
    """`text` with each of its pages (parted at form feeds, or at rules of dashes or equals signs across a line)
    laid out in two columns read column by column; any other page as it is."""
    if "  " not in text:
        return text
    return "\f".join(_ruled(page) for page in text.split("\f"))


def _ruled(page: str) -> str:
    """A page's parts between its rules, each read as a page, the rules kept."""
    if "-----" not in page and "=====" not in page:
        return _page(page)
    parts = RULE.split(page)  # the rules at odd places
    return "".join(part if k % 2 else _page(part) for k, part in enumerate(parts))


def _page(page: str) -> str:
    lines = page.split("\n")
    found = _gutter(lines)
    if found is None:
        return page
    gutter, two = found
    first, last = two[0], two[-1]
    k = last + 1
    while k < len(lines) and _in_a_column(lines[k], gutter):  # a column's lines after the other's end
        if lines[k].strip():
            last = k
        k += 1
    left: list[str] = []
    right: list[str] = []
    for line in lines[first : last + 1]:
        if _crosses(line, gutter):  # a line across the page: the left column's
            left.append(line.strip())
            continue
        left.append(line[:gutter].strip())
        right.append(line[gutter:].strip())
    columns = "\n\n".join(_joined(column).strip("\n") for column in (left, right))
    return "\n".join([*lines[:first], columns, *lines[last + 1 :]])


def _joined(column: list[str]) -> str:
    """A column's lines with its wrapped paragraphs' lines joined, at the width of its longest line."""
    width = max((len(line) for line in column), default=0)
    return unwrap("\n".join(column), width=width) if width else ""


def _gutter(lines: list[str]) -> tuple[int, list[int]] | None:
    """The column where a page's right column starts, when it is laid out in two columns of prose, with the
    numbers of the lines that have text on both sides of it."""
    starts: Counter[int] = Counter()
    for line in lines:
        if "  " in line:
            starts.update(m.end() for m in GAP_END.finditer(line))
    for gutter, count in starts.most_common(3):
        if count < MIN_ROWS:
            break
        if gutter < MIN_GUTTER:
            continue
        both = [k for k, line in enumerate(lines) if _both_sides(line, gutter)]
        # prose on both sides: no gap of spaces within either part (a table's row has them)
        prose = [
            lines[k] for k in both if "  " not in lines[k][:gutter].strip() and "  " not in lines[k][gutter:].strip()
        ]
        filled = sum(1 for line in prose if len(line[:gutter].strip()) >= FILLED_PART * gutter)
        # … and a right part of words, not a value ("Market Size 2023         USD 241.3 Bn": a label and its value)
        worded = sum(1 for line in prose if len(line[gutter:].split()) >= RIGHT_WORDS)
        if len(prose) < MIN_ROWS or filled < FILLED_SHARE * len(prose) or worded < FILLED_SHARE * len(prose):
            continue
        crossing = sum(1 for line in lines[both[0] : both[-1] + 1] if _crosses(line, gutter))
        if crossing <= CROSSING_SHARE * (both[-1] - both[0] + 1):
            return gutter, both
    return None


def _in_a_column(line: str, gutter: int) -> bool:
    """A line of one column alone, or blank; not a page's number under its columns."""
    text = line.strip()
    if not text:
        return True
    if text.isdigit():
        return False
    return len(line.rstrip()) <= gutter - 2 or (not line[:gutter].strip() and line[gutter : gutter + 1] != " ")


def _both_sides(line: str, gutter: int) -> bool:
    """Text on both sides of the gutter, two spaces or more before it."""
    return _text_at(line, gutter) and line[gutter - 2 : gutter] == "  "


def _crosses(line: str, gutter: int) -> bool:
    """Text that runs across the gutter: no gap of spaces just before it."""
    return _text_at(line, gutter) and line[gutter - 2 : gutter] != "  "


def _text_at(line: str, gutter: int) -> bool:
    """Text left of the gutter, and a character right at it."""
    return len(line) > gutter and line[gutter] != " " and bool(line[:gutter].strip())
