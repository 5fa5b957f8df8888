"""Years that a number refers to: the point year of a size, the period of a growth rate."""

from __future__ import annotations

import re

from loaders.extract.spoken import spoken_year

YEAR = r"(?:FY\s?'?)?((?:19|20)\d{2})(?:E|F|e)?"
# "from 2022 to 2028", "between 2024 and 2030", "2024-2031", "(2024–2030)", "2019-29", "fiscal 2025 to fiscal 2030"
YEAR_RANGE = re.compile(
    rf"(?<![\d.]){YEAR}\s?(?:-|–|—|to|and|through|till|until|\/)\s?(?:FY\s?|fiscal\s)?((?:19|20)\d{{2}}|\d{{2}})(?:E|F)?"
    rf"(?![\d%.,]\d)"
)
# Fiscal years written with two digits: "FY'24 to FY'29", "FY24-FY29"
FISCAL_RANGE = re.compile(r"\bFY\s?['’]?(\d{2})\s?(?:-|–|—|to|through)\s?FY\s?['’]?(\d{2})\b")
# "by 2030", "through 2030", "in 2023", "for 2023", "as of 2021", "by the end of 2030"
YEAR_POINT = re.compile(
    rf"\b(?P<prep>by|in|for|of|through|till|until|to|as of|during|since|at the end of|by the end of"
    rf"|end of|year|in the year|from)\s(?:the\s)?(?:(?:year|fiscal year|end of)\s)?{YEAR}(?![\d%]|s\b)",
    re.I,
)
BARE_YEAR = re.compile(rf"(?<![\d.,$]){YEAR}(?![\d%]|s\b)")
# The dash and year after or before one in a span: "2024-31", "2024 – 2031".
SPAN_AFTER = re.compile(r"\s?[-–—]\s?\d{2}")
SPAN_BEFORE = re.compile(r"\d\s?[-–—]\s?$")
# A year written as the amount's own, right before it: "a 2024 base of", "its 2023 value of", "the 2030 figure of".
YEAR_BEFORE_AMOUNT = re.compile(rf"\b{YEAR}\s(?:base|value|figure|level|total|estimate)\s(?:of\s)?(?:about\s)?$")
# A label's year before its amount: "Market size FY2024: ₹38,600 crore", "Market size 2030 (forecast): …"; not a span's
# end ("Market 2024-2031: …").
YEAR_LABEL = re.compile(
    rf"(?<![-–—])(?<![-–—]\s)\b{YEAR}(?:\s?\((?:forecast|estimated?|projected|actual|e|f)\))?\s?:\s*$", re.I
)
# An amount restated right after another, in parentheses: "(about USD 8.2 billion)".
RESTATED = re.compile(r"\s*(?:\([^()]{0,60}\))?")
# Another amount between an amount and a year: the year is that one's.
AMOUNT_IN = re.compile(
    r"[$€£¥₹]|\b(?:USD|EUR|INR|Rs|RMB|CNY|JPY|GBP)\b|\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|crore)\b", re.I
)
FORECAST_WORDS = re.compile(
    r"\b(?:forecast|projected|expected|anticipated|estimated to reach|will|would|reach|reaching|to hit|"
    r"to surpass|to exceed|predicted|set to|poised|likely|by 20\d\d|grow to|climb to)\b",
    re.I,
)
FORECAST_PERIOD_PHRASE = re.compile(
    r"\b(?:during|over|in|through(?:out)?|for|within)\s(?:(?:the|this|our)\s(?:forecast|projection|review|"
    r"assessment|analysis|study)|forecast)(?:ed)?\s(?:period|timeline|years?|horizon)",  # "in forecast period" too
    re.I,
)


def year_range(text: str) -> tuple[int, int] | None:
    """The first plausible year range in `text` (end after start)."""
    fiscal = FISCAL_RANGE.search(text)
    if fiscal and int(fiscal.group(2)) > int(fiscal.group(1)):
        return 2000 + int(fiscal.group(1)), 2000 + int(fiscal.group(2))
    for match in YEAR_RANGE.finditer(text):
        if " and" in match.group(0) and text.endswith(" in ", 0, match.start()):
            continue  # "disruptions in 2021 and 2022": two years, no span
        first = int(match.group(1))
        last_text = match.group(2)
        last = int(last_text) if len(last_text) == 4 else (first // 100) * 100 + int(last_text)
        if first < last <= first + 40:
            return first, last
    return None


# "FY'29", "FY29", "FY 29": a fiscal year written with two digits.
FISCAL_SHORT = re.compile(r"\bFY\s?['’]?(\d{2})\b")
# "FY2024/25", "FY2024-25": the fiscal year from 2024 into 2025, named by the year it ends in (India's "FY25").
FISCAL_SPLIT = re.compile(r"\bFY\s?((?:19|20)\d\d)[/-](\d\d)\b")


def expand_fiscal(text: str) -> str:
    """'by FY'29' -> 'by FY2029', 'in FY2024/25' -> 'in FY2025', "'25-'32" -> '2025-2032', so that the year patterns
    read them."""
    if "'" in text or "’" in text:
        text = SHORT_SPAN.sub(r"20\1\g<dash>20\3", text)
    if "FY" not in text:
        return text
    return FISCAL_SHORT.sub(lambda m: f"FY20{m.group(1)}", FISCAL_SPLIT.sub(_fiscal_end, text))


# "CAGR '25-'32": a span of years written with two digits each, after an apostrophe.
SHORT_SPAN = re.compile(r"['’](\d{2})(?P<dash>\s?[-–]\s?)['’](\d{2})\b")


def _fiscal_end(match: re.Match[str]) -> str:
    end = split_year_end(int(match.group(1)), match.group(2))
    return f"FY{end}" if end else match.group(0)


def split_year_end(start: int, end: str) -> int | None:
    """The year a split year ends in, written with its last two digits: 2024 and "25" ("FY2024/25", "2024-25") ->
    2025; None when those digits are not the next year's."""
    return start + 1 if (start + 1) % 100 == int(end) else None


# "... from $1.1 trillion in 2023 to $2.5 trillion a decade later"
LATER = re.compile(
    r"^\s?(?:a|one|(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))\s"
    r"(?P<unit>decades?|years?)\s(?:later|after|on)\b",
    re.I,
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


# A report's edition after a year: the year it was published, not an amount's.
EDITION = re.compile(r"\sedition\b", re.I)
# A word that opens another clause between an amount and a year after it.
# A period's end reached by the amount after it: "… at 27.2% between 2024 and 2030, reaching $5.55 billion".
REACHED_AT_RANGE_END = re.compile(
    r"(?:-|–|—|to|and|through)\s?(?:(?:19|20)\d{2}|\d{2}),?\s(?:reaching|to reach)\s$", re.I
)
CLAUSE_OPENER = re.compile(r"\b(?:before|after|when|while|until|although|whereas)\b", re.I)
# The end of the amount's sentence before the next: "… in 2024 a volume of 1.86 billion EUR. By 2031 …".
SENTENCE_BREAK = re.compile(r"\.\s+[A-Z]")


# Two amounts a period's sentence runs from and to: "Between 2025 and 2030, the market rises from USD 2.26 billion to
# USD 3.56 billion" (the first the period's start, the second its end).
PERIOD_FROM_TO = re.compile(
    r"\b(?:between|from)\s((?:19|20)\d{2})\s(?:and|to)\s((?:19|20)\d{2}),?\s[^.;]*\bfrom\s"
    r"(?P<second>(?:[^.;]|\.(?=\d)){1,40}?\sto\s)?$",
    re.I,
)


# An amount the text dates by the forecast period's end: "… EUR 3.2 billion by the end of the forecast period".
AT_FORECAST_END = re.compile(r"\s?by\sthe\send\sof\sthe\sforecast\speriod\b", re.I)


def period_point(sentence_before: str, after: str) -> int | None:
    """The year of an amount a period's sentence runs from or to (PERIOD_FROM_TO), unless a year follows it."""
    period = PERIOD_FROM_TO.search(sentence_before[-200:])
    if period is None or YEAR_POINT.match(after.lstrip()):  # "… rising from USD 64.1 billion in 2024 to …"
        return None
    return int(period.group(1 if period.group("second") is None else 2))


def point_year(after: str, before: str) -> int | None:
    """The year a stated amount refers to: the nearest 'by/in YEAR' after it, else before it; 'a decade
    later' counts from the last year before it."""
    after, before = expand_fiscal(after), expand_fiscal(before)
    if AT_FORECAST_END.match(after):
        return None  # the period's end year, which the caller knows, not a year written before the amount
    later = LATER.match(after)
    if later:
        base = list(BARE_YEAR.finditer(before))
        if base:
            n = later.group("n")
            count = 1 if n is None else int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
            return int(base[-1].group(1)) + count * (10 if later.group("unit").lower().startswith("decade") else 1)
    base = YEAR_BEFORE_AMOUNT.search(before[-40:]) or YEAR_LABEL.search(before[-40:])
    if base:  # "up from a 2024 base of USD 2.48 billion", "Market size FY2030 (forecast): ₹71,200 crore"
        return int(base.group(1))
    match = YEAR_POINT.search(after[:80])
    # "from USD 3.12 billion today to USD 10.65 billion by 2035": the year of the amount after it; not an amount
    # restated in parentheses, "₹68,500 crore (about USD 8.2 billion) in 2024"
    # … nor the year of another clause when the sentence gave one before the amount: "Back in 2019, the market stood
    # at USD 1.41 billion before shutdowns depressed shipments in 2020", or in the next sentence ("… in 2024 a volume
    # of 1.86 billion EUR. By 2031 …")
    if (
        match
        and not AMOUNT_IN.search(after, RESTATED.match(after).end(), match.start())
        and not (
            (CLAUSE_OPENER.search(after, 0, match.start()) or SENTENCE_BREAK.search(after, 0, match.start() + 1))
            and YEAR_POINT.search(before[-120:])
        )
        and not EDITION.match(after, match.end())  # "… USD 8.1 billion published in the 2023 edition": a report's year
    ):
        return int(match.group(2))
    match = BARE_YEAR.search(after[:25])
    if (
        match
        and not re.search(r"\d\s?(?:-|–|to)\s?$", after[: match.start()])
        and not EDITION.match(after, match.end())
        and not (SENTENCE_BREAK.search(after, 0, match.start()) and YEAR_POINT.search(before[-120:]))
    ):
        return int(match.group(1))
    spoken = spoken_year(after[:80])  # "… billion dollars by twenty thirty-five"
    if spoken is not None:
        return spoken
    reached = REACHED_AT_RANGE_END.search(before[-60:])
    if reached and (period := year_range(before[-60:][max(0, reached.start() - 6) :])):
        return period[1]
    candidates = list(YEAR_POINT.finditer(before[-120:]))
    if candidates:
        return int(candidates[-1].group(2))
    near = before[-60:]
    candidates = [m for m in BARE_YEAR.finditer(near) if not _in_span(near, m)]
    if candidates:
        return int(candidates[-1].group(1))
    return None


def _in_span(text: str, year: re.Match[str]) -> bool:
    """Whether `year` opens or closes a span of years ("Market 2024-31: 96.4bn USD"): a period's, no amount's."""
    return SPAN_AFTER.match(text, year.end()) is not None or SPAN_BEFORE.search(text, 0, year.start()) is not None


# A quarter or a half of a year: "USD 512.6 million in Q1 2025, up 9% year over year", "in the first quarter".
PART_YEAR = re.compile(r"\b(?:Q[1-4]|H[12])\s?(?:19|20)\d\d\b|\b(?:first|second|third|fourth)\s(?:quarter|half)\b")
