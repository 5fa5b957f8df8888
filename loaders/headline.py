"""The headline of a plain text whose first line is no headline: a banner over it ("IMARC GROUP | PRESS RELEASE",
"SAHYADRI RESEARCH & ADVISORY", "Press Release") names no market, the headline under it does."""

from __future__ import annotations

import re

# A line that names a market: the word "market" or "industry", or "市场".
MARKET_WORD = re.compile(r"\b(?:market|industry)\b|市场", re.I)
# An author's affiliation under a paper's title names an institution, no market: "Centre for Health Industry
# Economics, Wexbridge University".
AFFILIATION = re.compile(r"\b(?:University|Institute|Centre for|Center for)\b")
# How many lines of words a headline can stand under, and the longest a headline is.
HEADLINE_LINES = 6
HEADLINE_LENGTH = 240
MENU_SEPARATORS = 2  # the fewest " | " in a line of a site's sections


def _menu(line: str) -> bool:
    """A site's line of sections, none of them a market: "PRESSWIRE.EXAMPLE | Food & Beverage Industry | Business &
    Economy"."""
    return line.count(" | ") >= MENU_SEPARATORS and "market" not in line.lower()


def text_headline(text: str) -> str | None:
    """The first of the text's first lines of words that names a market, when the first line does not; None when the
    first line does or no line near it does."""
    lines = []
    for line in text.split("\n", 40)[:40]:
        if any(c.isalnum() for c in line):
            lines.append(line.strip())
        if len(lines) > HEADLINE_LINES:
            break
    if not lines or (MARKET_WORD.search(lines[0]) and not _menu(lines[0])):
        return None
    headlines = (
        line
        for line in lines[1:]
        if len(line) <= HEADLINE_LENGTH and line[-1:] not in ".。" and not AFFILIATION.search(line)
    )
    return next((line for line in headlines if MARKET_WORD.search(line)), None)
