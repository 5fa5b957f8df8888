"""The report's title, its main market name and its forecast period."""

from __future__ import annotations

import re
from collections import Counter

from loaders.extract.model import Attribute
from loaders.extract.text import evidence

# A capitalised name run ending in "Market": "Contract Manufacturing Organization Services Market".
MARKET_PHRASE = re.compile(
    r"((?:(?:[A-Z0-9][\w&/.'’+-]*|\([^()\n]{1,40}\))[ ](?:(?:and|of|in|for|the|&|to|on|as|a|-|with)[ ])*){1,9})"
    r"(?:Market|Industry)\b"
)
# Words that open a name run but are not part of the market's name.
LEADING_NOISE = re.compile(
    r"^(?:(?:the|global|worldwide|world|international|overall|total|a|an|new|latest|report|on|in|of"
    r"|for|to|and|by|from|with|us|u\.s\.|usd|us\$|\$?[\d.,]+|billion|million|trillion|bn|mn|[\d.,]+%?"
    r"|cagr|news|bulletin|press|release|research|study|analysis|size|share|trends?|outlook"
    r"|insights?|forecast|exclusive|at|will|is|are|its|this|that|how|why|what|whole|entire)[ ]+)+",
    re.I,
)
TRAILING_NOISE = re.compile(r"(?:[ ]+(?:the|and|of|in|for|&|to|global|size|share))+$", re.I)
# "2024 - 2031", "2023–2030", "2024 to 2031" — a forecast period as titles write it.
YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?(?:-|–|—|to|through)\s?((?:19|20)\d{2})(?!\d)")
# "forecast period 2023-2030", "forecast period (2024–2031)", "from 2024 to 2030" near "forecast".
FORECAST_SPAN = re.compile(
    r"forecast(?:ed)?\s(?:period|years?|timeline|horizon)?[^.\n\d]{0,40}?"
    r"(?:from\s|between\s|of\s|\(|,\s)?((?:19|20)\d{2})\s?(?:-|–|—|to|through|and)\s?((?:19|20)\d{2})",
    re.I,
)
GENERIC_NAMES = frozenset({"the", "this", "global", "overall", "total", "stock", "target", "end", "key"})


def clean_market_name(raw: str) -> str | None:
    """'Global Bio CMO' -> 'Bio CMO'; None when nothing name-like is left."""
    name = LEADING_NOISE.sub("", raw.strip(" -–:|,.'\"“”‘’"))
    name = TRAILING_NOISE.sub("", name).strip(" -–:|,.'\"“”‘’")
    if not name or name.lower() in GENERIC_NAMES or not re.search(r"[A-Za-z]{2}", name):
        return None
    return name


def market_names(text: str) -> list[tuple[str, int, int]]:
    """Every 'X Market' phrase in `text`, cleaned, with its span."""
    out: list[tuple[str, int, int]] = []
    for match in MARKET_PHRASE.finditer(text):
        name = clean_market_name(match.group(1))
        if name:
            out.append((name, match.start(1), match.end(1)))
    return out


def extract_title(text: str, title: str | None) -> Attribute | None:
    """The report title: the page's h1 / front-matter title, else the first line."""
    first_line = text.split("\n", 1)[0].strip()
    value = (title or first_line).strip()
    if not value:
        return None
    start = text.find(value)
    if start < 0:
        start, value_span = 0, first_line
    else:
        value_span = value
    end = start + len(value_span)
    return Attribute(start, end, value_span[:600], attribute="report_title", value_text=value[:500])


def extract_market(text: str, title: str | None) -> Attribute | None:
    """The main market: named in the title when it names one, else the most repeated market phrase."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, tuple[int, int]] = {}
    for name, start, end in market_names(text):
        key = name.lower()
        counts[key] += 1
        first_seen.setdefault(key, (start, end))
    chosen: str | None = None
    for candidate_source in (title or "", text[:400].split("\n", 1)[0]):
        names = market_names(candidate_source)
        if names:
            chosen = names[0][0]
            break
    if chosen is None and counts:
        key, _ = counts.most_common(1)[0]
        start, end = first_seen[key]
        chosen = text[start:end]
    if chosen is None:
        return None
    key = chosen.lower()
    start, end = first_seen.get(key, (0, 0))
    if key not in first_seen:
        found = text.lower().find(key)
        start, end = (found, found + len(key)) if found >= 0 else (0, 0)
    return Attribute(
        start, end, evidence(text, start, end) if end else chosen, attribute="market_name", value_text=chosen
    )


def extract_forecast_period(text: str, title: str | None) -> Attribute | None:
    """The forecast period: a year span in the title, else one stated as the forecast period."""
    for source in (title or "", text.split("\n", 1)[0]):
        spans = [m for m in YEAR_SPAN.finditer(source) if int(m.group(2)) > int(m.group(1))]
        if spans:
            m = spans[-1]
            found = text.find(m.group(0))
            start, end = (found, found + len(m.group(0))) if found >= 0 else (0, 0)
            return Attribute(
                start,
                end,
                source[:600],
                attribute="forecast_period",
                value_text=m.group(0),
                start_year=int(m.group(1)),
                end_year=int(m.group(2)),
            )
    for m in FORECAST_SPAN.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if last > first:
            return Attribute(
                m.start(1),
                m.end(2),
                evidence(text, m.start(1), m.end(2)),
                attribute="forecast_period",
                value_text=m.group(0),
                start_year=first,
                end_year=last,
            )
    return None
