"""A figure's data written out under its numbered caption, as a report's text layer gives a chart or a table: the
market's size for each year, in the caption's unit; and the market's parts a table of them by one dimension names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.extract.model import SizeMention
from loaders.extract.regions import RegionIndex
from loaders.extract.tables import UNIT, point_size, unit_of
from loaders.extract.text import Line, lines_of

# A numbered caption: "Figure 2. …", "Fig. 3.1 …", "Exhibit 1 …", "Table 1: …".
CAPTION = re.compile(r"^(?:Figure|Fig\.|Exhibit|Table)\s?\d{1,2}(?:\.\d{1,2})?[.:]?\s", re.I | re.M)
# A caption of a part of the market: "…, by Region".
BY_PART = re.compile(r"\bby\s[A-Za-z]", re.I)
# Another measure than the value, named before the value's unit: "Market Volume (Thousand Units) and Value (USD
# Billion)", a firm's "Sales (K MT), Price (US$/MT), Revenue (US$ Million) …"; not "Revenue (USD Million) and Volume
# (Million Units)", whose table gives the revenue first.
OTHER_MEASURE = re.compile(r"\b(?:volume|price)\b", re.I)
YEAR = re.compile(r"^(?:19|20)\d\d(?:-?[EFPefp])?:?$")  # "2025E", "2025-e", "2024:" (leaders the cleaner wrote out)
NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,6}(?:\.\d+)?$")
WORD = re.compile(r"\S+")
SERIES_REACH = 40  # the most lines a figure's data runs over after its caption


def figure_sizes(text: str, main: str | None, regions: RegionIndex) -> list[SizeMention]:
    """The market's sizes a numbered figure or table gives under its caption when the caption names the market's
    value and its unit ("Figure 1. Battery Swapping Station Market Size, 2024 to 2034 (USD Billion)") and the lines
    after it pair years with figures: "2024 ...... 4.12" lines, a row of years over a row of figures (or under it),
    a year and its figure a line each, a table's rows with the value in the first column after the year."""
    out: list[SizeMention] = []
    if not CAPTION.search(text):
        return out  # most texts: no lines to read
    lines = lines_of(text)
    for i, line in enumerate(lines):
        if not CAPTION.match(line.text):
            continue
        caption = line.text
        unit, unit_at = unit_of(caption), UNIT.search(caption)
        if (
            unit is None
            or unit_at is None
            or not main
            or main.lower() not in caption.lower()  # the market's own figure, not another's or a firm's
            or BY_PART.search(caption)
            or OTHER_MEASURE.search(caption, 0, unit_at.start())
            or regions.first_region_in(caption)
        ):
            continue
        for year, start, end in _points(lines[i + 1 : i + 1 + SERIES_REACH]):
            size = point_size(text, start, end, caption.strip(), unit, main, year)
            if size is not None:
                out.append(size)
    return out


# A caption's part of the market by its dimension: "… Market Size by Type, 2024 VS 2031 (US$ Million)", "…:
# Distribution by Type of Service, 2025 and 2035 (USD Million)"; not a firm's "Revenue by Segment" (no market named).
PART_CAPTION = re.compile(r"\bmarket\b.*?\bby\s(?P<dim>[A-Z][\w&/-]*(?:\s[A-Z][\w&/-]*){0,2})", re.I)
NO_PART = re.compile(r"^(?:region|country|year|quarter)", re.I)  # places and periods: no segments
# A row of a part's table: its name, then its figures ("PK/PD Modeling 372.6 912.8", "Strain Gauge 1,783.8 2,721.9").
PART_ROW = re.compile(r"^(?P<name>[A-Za-z][^\d]{0,80}?)(?:\s(?:\d[\d,.]*%?|-))+$")
TOTAL = re.compile(r"^total\b", re.I)
RATE = re.compile(r"\d{1,3}(?:\.\d{1,2})?%")


def figure_segments(text: str) -> list[tuple[str, str, int]]:
    """(dimension, segment, start) of each row of a table or figure of the market's parts by one dimension: the
    caption names the market and its dimension ("Table 2: Global Load Cell Market Revenue (USD Million), by Type,
    2019-2032"), the header under it opens with the dimension ("Type 2024 2032"), and each row is a part and its
    figures ("Strain Gauge 1,783.8 2,721.9") or the part's name on a line of its own over its figures."""
    out: list[tuple[str, str, int]] = []
    if not CAPTION.search(text):
        return out
    lines = lines_of(text)
    for i, line in enumerate(lines):
        part = PART_CAPTION.search(line.text) if CAPTION.match(line.text) else None
        if part is None or NO_PART.match(dim := part.group("dim")):
            continue
        rows = [row for row in lines[i + 1 : i + 1 + SERIES_REACH] if row.text.strip()]
        if not rows or not rows[0].text.strip().lower().startswith(dim.lower()):
            continue  # no table's header under the caption
        for k, row in enumerate(rows[1:], start=1):
            cell = row.text.strip()
            if _tokens(cell)[1] or RATE.fullmatch(cell) or cell.startswith("CAGR"):
                continue  # a figure, a rate, the rest of the header
            listed = PART_ROW.match(cell)
            if not listed and not (k + 1 < len(rows) and _tokens(rows[k + 1].text)[1]):
                break  # a line that is no part's row: the table is over
            name = listed.group("name").strip() if listed else cell
            if not TOTAL.match(name):
                out.append((dim, name, row.start + row.text.find(name)))
    return out


def _tokens(line: str) -> tuple[list[tuple[str, int]], bool]:
    """The words of `line` with their offsets, and whether every word is a year or a figure."""
    words = [(m.group(0), m.start()) for m in WORD.finditer(line)]
    data = bool(words) and all(YEAR.match(w) or NUMBER.match(w) for w, _ in words)
    return words, data


def _points(lines: Sequence[Line]) -> list[tuple[int, int, int]]:
    """(year, start, end) of each figure the lines under a caption pair with a year, up to the first line of words
    after the data ("Source: …")."""
    points: list[tuple[int, int, int]] = []
    years: list[int] = []  # a run of years waiting for its figures (a row, or a year a line)
    figures: list[tuple[int, int]] = []  # a run of figures waiting for its years
    for line in lines:
        words, data = _tokens(line.text)
        if (points and words and not data) or CAPTION.match(line.text):
            break  # "Source: …", or the next caption (a list of figures' next entry)
        if not data:
            continue  # a blank line, a column's header ("Year  Value (USD Billion)"), a rule
        kinds = ["y" if YEAR.match(w) else "n" for w, _ in words]
        spans = [(line.start + at, line.start + at + len(w)) for w, at in words]
        if "n" not in kinds or "y" not in kinds:  # a row (or a line) of years only, or of figures only
            if "n" in kinds:
                figures += spans
            elif figures and not years:
                years = [int(w[:4]) for w, _ in words]  # the figures were written above their years
            else:
                years += [int(w[:4]) for w, _ in words]
                continue
            if years and len(figures) == len(years):
                points += [(y, s, e) for y, (s, e) in zip(years, figures, strict=True)]
                years, figures = [], []
            continue
        half = len(kinds) // 2
        if kinds == ["n"] * half + ["y"] * half:  # "45.1 17.6 29.8 2019 2020 2021": a chart's labels, then its axis
            points += [(int(words[half + k][0][:4]), *spans[k]) for k in range(half)]
            continue
        for k, word in enumerate(words):  # "2019: 0.58 2025: 1.12", "2019 2,038.4 61.2": a year's first figure
            if kinds[k] == "y" and k + 1 < len(words) and kinds[k + 1] == "n":
                points.append((int(word[0][:4]), *spans[k + 1]))
    return points
