"""Growth rates: "CAGR of 7.8% from 2022 to 2028", "a CAGR of 7-10% through 2030", "7.1% CAGR",
"growing at 6.2% annually"."""

from __future__ import annotations

import bisect
import re

from loaders.extract.model import GrowthMention
from loaders.extract.spoken import WORDED_RATE, spoken_range, worded_number, worded_rate_starts
from loaders.extract.text import (
    evidence,
    finditer_at,
    folded,
    last_match,
    literal_positions,
    near,
    overlaps,
    sentence_bounds,
    to_number,
)
from loaders.extract.years import (
    FORECAST_PERIOD_PHRASE,
    NUMBER_WORDS,
    YEAR_POINT,
    expand_fiscal,
    split_year_end,
    year_range,
)

# "7.8%", "7-10%", "24% to 29%", "between 22% and 24%" ("and" parts a range only after "between").
RATE = (
    r"(?P<between>between\s)?(?P<low>\d{1,3}(?:[.,]\d{1,3})?)\s?%?"
    r"(?:\s?(?:-|–|—|to|(?(between)and|(?!)))\s?(?P<high>\d{1,3}(?:[.,]\d{1,3})?))?\s?(?:%|percent|per cent)"
)
# "CAGR of 7.8%", "compound annual growth rate (CAGR) of around 7-10%", "CAGR: 9.0%", "a compound annual rate of
# 27 percent"
CAGR_THEN = (
    r"\b(?:CAGR|C\.A\.G\.R\.?|compound(?:ed)? annual growth rate|compound annual growth"
    r"|compound(?:ed)? (?:annual )?rate|annual (?:average )?growth rate"
    r"|annual growth(?=\s(?:\w+\s){0,3}?(?:of|from|at|between)\s)|AAGR"
    r"|(?<=\sat\san\s)annuali[sz]ed|annuali[sz]ed\sgrowth)(?:\s?\(CAGR\))?"  # "… rise at an annualised 3.1% over …"
    r"(?:\s?\(?(?:19|20)\d\d\s?(?:-|–|to)\s?(?:19|20)\d\d\)?)?(?:[^%\d\n]{0,40}?|:?\n{1,2})<RATE>"
)
# "7.1% CAGR", "8.30% compound annual growth rate", "5,5 % p.a.", "3.12% (CAGR 2025-2030)"; words between on the
# rate's line only (not a fact sheet's "Pants share of value, 2024 .... 71%" over "Births per year …")
THEN_CAGR = (
    r"<RATE>(?:\s\(?|[^\S\n]\(?(?:\w+[^\S\n]){1,2}?)"
    r"(?:(?:CAGR|compound(?:ed)? annual growth|annual growth rate|yearly growth|annually"
    r"|per annum|a year(?!\s(?:earlier|ago|before))|per year)\b|p\.\s?a\.)"
)
# "growing at 6.2% annually" / "grow at a rate of 5%"
GROW_AT_RATE = (
    r"\bgrow(?:ing|s|th)?\s(?:at|by)\s(?:a\s(?:rate|pace)\sof\s)?(?:around\s|about\s)?<RATE>"
    r"\s(?:annually|a year|per year|per annum|each year|every year)"
)


# The longest line read as the label of a rate under it.
LABEL_LENGTH = 60


def _with(template: str, rate: str) -> re.Pattern[str]:
    """A template's pattern with `rate` where it says <RATE>."""
    return re.compile(template.replace("<RATE>", rate), re.I)


CAGR_THEN_RATE, RATE_THEN_CAGR, GROW_AT = (_with(t, RATE) for t in (CAGR_THEN, THEN_CAGR, GROW_AT_RATE))
# "growing at 9.8% through 2030": a pace kept to a year (not "by 10% by 2030", a growth in all)
GROW_AT_UNTIL = _with(r"\bgrowing\sat\s(?:about\s)?<RATE>(?=\s(?:through|until)\s(?:19|20)\d\d)", RATE)
# The same, with the rate said in words: "a compound annual growth rate of eighteen point five percent", "growing at
# roughly ten percent a year"
CAGR_THEN_WORDS, WORDS_THEN_CAGR = (_with(t, WORDED_RATE) for t in (CAGR_THEN, THEN_CAGR))
WORDED = (CAGR_THEN_WORDS, WORDS_THEN_CAGR)
# "Between 2019, when …, and 2024 it grew": a span whose years a clause parts.
BETWEEN_YEARS = re.compile(r"\b[Bb]etween\s((?:19|20)\d\d),\s[^;%\n]{0,80}?,\sand\s((?:19|20)\d\d)\b")
# A count of years from a year the sentence names: "in 2020, … by 4.1 % a year over four years", "Over the five years
# since FY2020, … compounded at 13.8% a year".
COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # a count of years, in words or digits
COUNTED_YEARS = re.compile(rf"\bover\s(?:the\s)?{COUNT}\syears", re.I)
YEAR_IN = re.compile(r"\b(?:in|since|from)\s(?:FY\s?)?((?:19|20)\d\d)\b")
# A period named without its years: the rate does not take the years of the sizes beside it.
VAGUE_PERIOD = re.compile(
    r"\b(?:in|over|during|for|within)\s(?:the\s)?(?:current|this|next|coming|following)\s(?:\w+\s)?"
    r"(?:decade|years?|period)\b",
    re.I,
)
AMOUNT_BEFORE_YEAR = re.compile(
    r"[$€£¥₹]|\b(?:USD|EUR|INR|Rs)\b|\d[\d.,]*\s?(?:billion|million|trillion|bn|mn)\b", re.I
)
# Verbs of a market that falls: its rate after them is negative ("fell 32.1% in 2024", "to decline at a CAGR of 2.4%").
FALL_VERBS = (
    r"f(?:all|alls|ell|allen|alling)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped)?"
    r"|shr(?:ink|inks|ank|unk|inking)|contract(?:s|ed|ing)?"
)
# Words that make the rate after them a fall: "decline at a CAGR of", "fallen at an annualised", "shrinking by",
# "a negative CAGR of"
FALLING_BEFORE = re.compile(
    rf"(?:\b(?:{FALL_VERBS})\s(?:by\s(?:19|20)\d\d\s)?(?:at|by)\s(?:an?\s|about\s|almost\s)?|\bnegative\s)$",
    re.I,
)  # "schrumpft bis 2030 um 2,2 % pro Jahr", glossed: "shrinks by 2030 by 2.2 % a year"
FALLING_REACH = 30  # the characters before a rate's match FALLING_BEFORE reads
# "grew 7.5% year-over-year in 2024", "Forecast to Grow 6% in 2025", "up 6,8 % on 2023", "an increase of 8.1% on
# 2023": a one-year growth rate.
ANNUAL_CHANGE = re.compile(
    rf"\b(?:grow|grows|grew|growing|rise|rises|rose|climb|climbs|climbed|increase|increases|increased|"
    rf"increase\sof|expand|expands|expanded|jump|jumps|jumped|up|"
    rf"(?P<fell>{FALL_VERBS}|down|(?:decline|decrease|drop|fall)\sof))"
    rf"\s(?:by\s)?(?:about\s|around\s|nearly\s|approximately\s)?{RATE}"
    r"(?=\s(?:year[- ]over[- ]year|y-o-y|yoy|in\s(?:FY\s?)?(?:19|20)\d\d"
    r"|(?:from|on|over)\s(?:a\syear\s(?:earlier|ago|before)|the\sprevious\syear|(?:19|20)\d\d\b)"
    r"|from\s(?:[$€£]|USD\s|EUR\s)[\d.,]+\s?(?:billion|million|bn|mn)?\s(?:in\s)?(?:19|20)\d\d\b))",
    re.I,
)
# What every ANNUAL_CHANGE match opens with, in the case-folded text.
CHANGE_OPENINGS = tuple(
    "grow grew rise rose climb increase expand jump up fall fell declin decreas drop shr contract down".split()
)
# "The year-over-year growth rate for 2025 is estimated at 5.85%", "a Y-o-Y growth of 5.9% in 2024": one year's
# growth, for that year.
YEAR_RATE = re.compile(
    r"\b(?:year[- ]over[- ]year|y-o-y|yoy)\sgrowth(?:\srate)?\s(?:(?:for|in)\s(?:FY\s?)?(?P<year>(?:19|20)\d\d)\s"
    r"(?:is|was|will\sbe)\s(?:(?:estimated|expected|projected|forecast)\s)?(?:at|to\sbe)\s(?:around\s|about\s)?"
    rf"|of\s(?=[\d.,]{{1,6}}\s?%\sin\s(?P<then>(?:19|20)\d\d)\b)){RATE}",
    re.I,
)
# "… was worth C$4.6 billion in 2024, up from C$4.2 billion in 2023, an increase of 9.5%": that year's growth.
UP_FROM_RATE = re.compile(
    r"\bin\s(?P<year>(?:19|20)\d\d),\sup\sfrom\s[^,;]{3,40}?\sin\s(?:19|20)\d\d,\s(?:an\s)?increase\sof\s" + RATE,
    re.I,
)
VOLUME_WORDS = re.compile(
    r"\b(?:shipments?|units?|volumes?|tonnage|tons|tonnes|production|deliveries|users|customers?|customer base|"
    r"subscribers|members|policies|policyholders|employees|headcount)\b",
    re.I,
)
# What a one-year change may be of that is no market's value: a volume, or money put in or made ("the investments in
# the segment have gone down by 90 per cent in 2023", "Disposal gains fell 31% in FY2025").
NOT_VALUE_WORDS = re.compile(rf"{VOLUME_WORDS.pattern}|\b(?:investments?|gains)\b", re.I)
# "claims inflation of 7% a year", "interest of 5% per year": a rate of something that is no market's growth.
OTHER_RATE_BEFORE = re.compile(
    r"\b(?:inflation|interest|wages?|salar(?:y|ies)|tax(?:es)?|tariffs?|dividends?|yields?|churn|attrition|"
    r"default|unemployment|depreciation)(?:\srates?)?\s(?:of\s)?(?:about\s|around\s|nearly\s|some\s)?$",
    re.I,
)
# Words before the last year of a growth period: "through 2030", "by 2030", "to 2030".
END_PREPOSITIONS = frozenset({"by", "through", "till", "until", "to", "in", "by the end of", "end of"})
# A money amount followed by its year: "USD 88.2 Billion in 2023", "$149.8 billion by 2030", "EUR 1.4 billion in 2024"
# (the currencies as a short list of literals: CURRENCY_PREFIX's alternatives make it several times slower).
SIZE_YEAR = re.compile(
    r"(?:[$€£¥₹₩]|\b(?:USD|US\$|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?|CHF|CAD|AUD|KRW|BRL|SGD|HKD|C\$|A\$|R\$))"
    r"\s?[\d.,]+\s?(?:[a-zA-Z]{1,8}\s)?(?P<prep>in|by|for|of|till|until|through)\s"
    r"(?:the\s(?:end\sof\s)?)?(?:FY\s?)?(?P<year>(?:19|20)\d{2})",
    re.I,
)


def extract_growth(text: str, forecast: tuple[int, int] | None) -> list[GrowthMention]:
    """Every growth rate in the text, with its years resolved (forecast period when so phrased)."""
    out: list[GrowthMention] = []
    taken: list[tuple[int, int]] = []
    worded = worded_rate_starts(text, folded(text))
    patterns = (CAGR_THEN_RATE, RATE_THEN_CAGR, GROW_AT, GROW_AT_UNTIL, ANNUAL_CHANGE, YEAR_RATE, UP_FROM_RATE)
    for pattern in (*patterns, *(WORDED if worded else ())):
        starts = worded if pattern is WORDS_THEN_CAGR else _starts(text, pattern)
        for match in finditer_at(pattern, text, starts):
            start, end = match.start("low"), match.end()
            if overlaps(taken, start, end):
                continue
            if pattern is ANNUAL_CHANGE and NOT_VALUE_WORDS.search(text, max(0, match.start() - 60), match.start()):
                continue  # shipments or units grew, investments fell: a volume or a sum, not the market's value
            if OTHER_RATE_BEFORE.search(text, max(0, start - 40), start):
                continue
            low = to_number(match.group("low")) if pattern not in WORDED else worded_number(match.group("low"))
            high = to_number(match.group("high")) if match.group("high") else low
            if low is None or high is None or low > 200 or high > 200 or high < low:
                continue
            if _falling(text, match, start):
                low, high = -high, -low
            bisect.insort(taken, (start, end))
            mention = _mention(text, match, low, high, forecast, one_year=pattern is ANNUAL_CHANGE)
            if pattern is YEAR_RATE:
                mention.start_year, mention.end_year = None, int(match.group("year") or match.group("then"))
            elif pattern is UP_FROM_RATE:
                mention.start_year, mention.end_year = None, int(match.group("year"))
            out.append(mention)
    return sorted(out, key=lambda m: m.char_start)


def _falling(text: str, match: re.Match[str], start: int) -> bool:
    """Whether a rate is a fall: a minus before its digits ("CAGR of -2.4%", "| −1.2% |"), a falling verb before it
    ("fell 32.1% in 2024", "is projected to decline at a CAGR of 2.4%") or "negative" ("a negative CAGR of 2%")."""
    signed = start > 0 and text[start - 1] in "-−–" and not text[start - 2 : start - 1].isalnum()
    if signed and match.group("high") is None:
        return True
    if match.re is ANNUAL_CHANGE and match.group("fell"):
        return True
    return FALLING_BEFORE.search(text, max(0, match.start() - FALLING_REACH), match.start()) is not None


def _starts(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Every offset where `pattern` can match (a superset): its opening words, in any case; for
    RATE_THEN_CAGR, the digits up to 21 characters before a "%" or "per" (RATE's longest lead to its unit), and a
    "between" up to 30 before one."""
    low = folded(text)
    if pattern is CAGR_THEN_RATE or pattern is CAGR_THEN_WORDS:
        return literal_positions(
            low, ("cagr", "c.a.g.r", "compound", "annual growth", "annual average", "aagr", "annualised", "annualized")
        )
    if pattern is GROW_AT or pattern is GROW_AT_UNTIL:
        return literal_positions(low, ("grow",))
    if pattern is ANNUAL_CHANGE:
        return literal_positions(low, CHANGE_OPENINGS)
    if pattern is YEAR_RATE:
        return literal_positions(low, ("year-over-year", "year over year", "y-o-y", "yoy"))
    if pattern is UP_FROM_RATE:  # from the year before "up from"
        return [k - 7 for k in literal_positions(low, (", up from ",)) if k >= 7]
    units = sorted(literal_positions(low, ("%", "per")))
    digits = {k for unit in units for k in range(max(0, unit - 21), unit + 1) if text[k].isdecimal()}
    # "between 8% and 10% a year": a range opened by "between", up to 30 characters before its last unit
    betweens = {k for k in literal_positions(low, ("between ",)) if near(units, k + 15, 15)}
    return sorted(digits | betweens)


# What an amount the market grows to follows: "will grow to", "is expected to reach".
TOWARDS = re.compile(r"\b(?:grow|rise|climb|increase|expand)s?\s+to\s$|\breach(?:es|ing)?\s$", re.I)


def sized_years(sentence: str) -> tuple[int | None, int] | tuple[int, int] | None:
    """Years of the sizes a growth sentence states: 'from USD 88.2 Billion in 2023 to USD 149.8 Billion by
    2030, at a CAGR of 7.0%' -> (2023, 2030)."""
    found = list(SIZE_YEAR.finditer(sentence))
    years = [int(m.group("year")) for m in found]
    if len(years) >= 2 and max(years) > min(years):
        return min(years), max(years)
    if len(found) == 1 and found[0].group("prep").lower() in {"by", "till", "until", "through"}:
        return None, years[0]
    if len(found) == 1 and TOWARDS.search(sentence, 0, found[0].start()):  # "grow to $4.21 billion in 2029"
        return None, years[0]
    return None


def _label_above(text: str, start: int) -> str:
    """The line before the paragraph that starts at `start`, when it is a short label with no rate of its own."""
    end = start
    while end > 0 and text[end - 1] == "\n":  # the blank lines between the label and the paragraph
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return line if len(line) <= LABEL_LENGTH and "%" not in line else ""


def _between(before: str) -> tuple[int, int] | None:
    """The years a sentence opens a span with before its rate, a clause between them: "Between 2019, when the market
    was worth USD 11.86 billion, and 2024 it grew at a CAGR of 8.0%"."""
    found = BETWEEN_YEARS.search(before) if "etween" in before else None
    return (int(found.group(1)), int(found.group(2))) if found and found.group(1) < found.group(2) else None


def _counted_years(before: str, after: str) -> tuple[int, int] | None:
    """The years of a rate over a count of years from one the sentence names ("since 2020", "in 2020"): (2020,
    2024) for four years; None without both."""
    counted = COUNTED_YEARS.search(after) or last_match(COUNTED_YEARS, before)
    if counted is None:
        return None
    since = YEAR_IN.search(before)
    return (int(since.group(1)), int(since.group(1)) + _count(counted)) if since else None


def _count(counted: re.Match[str]) -> int:
    """The number of years a COUNTED_YEARS or YEARS_THROUGH match counts: "five" -> 5, "4" -> 4."""
    count = counted.group("count").lower()
    return NUMBER_WORDS.get(count) or int(count)


# "over the five years through 2024-25": the span of so many years to a year (a split fiscal year's end).
YEARS_THROUGH = re.compile(rf"\bover\sthe\s{COUNT}\syears\sthrough\s(?P<year>(?:19|20)\d\d)(?:-(?P<end>\d\d)\b)?", re.I)


def _years_through(after: str) -> tuple[int, int] | None:
    """(first, last) year of "over the five years through 2024-25" (2020, 2025) or "… through 2029" in `after`."""
    match = YEARS_THROUGH.search(after) if "years through" in after else None
    if match is None:
        return None
    year, end = int(match.group("year")), match.group("end")
    last = (split_year_end(year, end) if end else None) or year
    return last - _count(match), last


def _vague_period(text: str) -> bool:
    """'during the forecast period' (no years stated for it), 'in the current decade', 'over the next few years'."""
    return bool(FORECAST_PERIOD_PHRASE.search(text) or VAGUE_PERIOD.search(text))


def _mention(
    text: str, match: re.Match[str], low: float, high: float, forecast: tuple[int, int] | None, one_year: bool = False
) -> GrowthMention:
    s, e = sentence_bounds(text, match.start(), match.end())
    after, before = expand_fiscal(text[match.end() : e]), expand_fiscal(text[s : match.start()])
    start_year = end_year = None
    from_forecast = False
    own_after = after[: after.find("%")] if "%" in after else after  # up to the next rate
    span = _years_through(own_after[:90]) or year_range(match.group(0)) or year_range(own_after[:90])
    span = span or year_range(before[-90:]) or _between(before)
    span = span or spoken_range(own_after[:90])  # "… percent between twenty twenty-five and twenty thirty-five"
    if not span and not before.strip():  # a cell under its row's label: "Growth FY2022–FY2026" over "11.4% p.a."
        span = year_range(expand_fiscal(_label_above(text, s)))
    sized = sized_years(before + " " + after)
    point = YEAR_POINT.search(own_after[:80])
    if point and AMOUNT_BEFORE_YEAR.search(own_after[: point.start()]):
        point = None  # 'by 2033' of an amount stated after the rate is that amount's year
    vague = _vague_period(after[:80]) or _vague_period(before[-80:])
    if span:
        start_year, end_year = span
    elif counted := _counted_years(before, after[:80]):
        start_year, end_year = counted
    elif sized and sized[0] is not None:
        start_year, end_year = sized  # the rate of the growth between the sizes its sentence states
    elif point and point.group("prep").lower() in END_PREPOSITIONS:
        end_year = int(point.group(2))
    elif forecast and (FORECAST_PERIOD_PHRASE.search(after[:80]) or FORECAST_PERIOD_PHRASE.search(before[-80:])):
        start_year, end_year = forecast
        from_forecast = True
    elif sized and not vague:
        start_year, end_year = sized  # the rate of the growth to the size its sentence states
    elif one_year:  # "… rose to £1.72bn in 2024, up 11% on the previous year": the year of the figure before it
        last = last_match(YEAR_POINT, before[-60:])
        end_year = int(last.group(2)) if last and last.group("prep").lower() == "in" else None
    elif (last := last_match(YEAR_POINT, before[-80:])) and last.group("prep").lower() in {"through", "until", "till"}:
        end_year = int(last.group(2))  # "set for solid expansion through 2033, growing at around 7% a year"
    return GrowthMention(
        match.start(),
        match.end(),
        evidence(text, match.start(), match.end()),
        rate_text=match.group(0),
        rate_low=low,
        rate_high=high,
        start_year=start_year,
        end_year=end_year,
        period_from_forecast=from_forecast,
    )
