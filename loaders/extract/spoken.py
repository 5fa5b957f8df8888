"""Amounts, rates and years written in words, as transcripts and quotes say them: "one point six billion dollars",
"a five-billion-dollar market", "eighteen point five percent", "by twenty thirty-five"."""

from __future__ import annotations

import re

from text_to_num import text2num

from loaders.extract.model import Money
from loaders.extract.money import COMPARATOR_END, SYMBOLS, MoneyMatch

UNITS = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
DIGITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {"oh": 0}
BELOW_HUNDRED = rf"(?:(?:{TENS})(?:[- ](?:{UNITS}))?|{TEENS}|{UNITS})"
# "eight hundred", "one hundred and fifty", "thirty-six", "ten"; then "point six", "point nine three"
WORDED_AMOUNT = re.compile(
    rf"\b(?P<int>(?:{UNITS})[- ]hundred(?:[- ](?:and[- ])?{BELOW_HUNDRED})?|{BELOW_HUNDRED})"
    rf"(?P<dec>(?:\spoint)(?:\s(?:{'|'.join(DIGITS)}))+)?"
    r"[- ](?P<scale>million|billion|trillion)[- ](?P<cur>dollars?|euros?|pounds?)\b",
    re.I,
)
# Where such an amount can be: its scale and currency's words, in lower case.
WORDED_CUES = tuple(f"illion{sep}{cur}" for sep in " -" for cur in ("dollar", "euro", "pound"))
# "ten percent", "eighteen point five percent": a rate in words (a range's high end is never said so)
RATE_WORDS = rf"(?:{BELOW_HUNDRED})(?:\spoint(?:\s(?:{'|'.join(DIGITS)}))+)?"
WORDED_RATE = rf"\b(?P<low>{RATE_WORDS})(?P<high>(?!))?\s(?:percent|per cent)"
RATE_WORDS_END = re.compile(rf"\b{RATE_WORDS}\s$", re.I)
# "by twenty thirty-five", "in twenty twenty-four", "through the year twenty thirty"
SPOKEN = rf"twenty[- ](?P<tens{{n}}>{TEENS}|twenty|thirty|forty)(?:[- ](?P<unit{{n}}>{UNITS}))?\b"
SPOKEN_YEAR = re.compile(rf"\b(?:by|in|through)\s(?:the\s(?:year|end\sof)\s)?{SPOKEN.format(n='')}", re.I)
# "between twenty twenty-five and twenty thirty-five", "from twenty twenty-four to twenty thirty"
SPOKEN_RANGE = re.compile(rf"\b(?:between|from)\s{SPOKEN.format(n='')}\s(?:and|to)\s{SPOKEN.format(n='2')}", re.I)


def worded_number(words: str) -> float:
    """'eighteen point five' -> 18.5, 'one hundred and five' -> 105.0, 'ten point oh five' -> 10.05."""
    whole, _, decimals = words.lower().partition(" point")
    value = text2num(" ".join(whole.replace("-", " ").split()), "en")
    if not decimals.strip():
        return float(value)
    return float(f"{value}.{''.join(str(DIGITS[w]) for w in decimals.split())}")


def worded_rate_starts(text: str, folded_text: str) -> list[int]:
    """Where a rate said in words starts ("ten" of "ten percent a year")."""
    starts = []
    for unit in (" percent", " per cent"):
        at = folded_text.find(unit)
        while at != -1:
            found = RATE_WORDS_END.search(text, max(0, at - 40), at + 1)
            if found:
                starts.append(found.start())
            at = folded_text.find(unit, at + 1)
    return sorted(starts)


def worded_amounts(text: str, folded_text: str) -> list[MoneyMatch]:
    """Every amount of money written in words in `text` ("two point one billion dollars"); `folded_text` is its
    lower-case copy, which says whether there can be any."""
    if not any(cue in folded_text for cue in WORDED_CUES):
        return []
    out: list[MoneyMatch] = []
    for match in WORDED_AMOUNT.finditer(text):
        value = worded_number(match.group("int") + (match.group("dec") or ""))
        comparator = COMPARATOR_END.search(text, max(0, match.start() - 30), match.start())
        money = Money(
            value_text=match.group(0),
            reported_value=value,
            reported_unit=match.group("scale").lower(),
            reported_currency=SYMBOLS[match.group("cur").lower()],
            comparator=comparator.group("cmp").lower() if comparator else None,
        )
        out.append(MoneyMatch(match.start(), match.end(), money))
    return out


def spoken_year(text: str) -> int | None:
    """The year of the first 'by/in twenty thirty-five' in `text`."""
    if "twenty" not in text.lower():
        return None
    match = SPOKEN_YEAR.search(text)
    if match is None:
        return None
    return _year(match.group("tens"), match.group("unit"))


def spoken_range(text: str) -> tuple[int, int] | None:
    """The years of the first 'between twenty twenty-five and twenty thirty-five' in `text`."""
    match = SPOKEN_RANGE.search(text) if "twenty" in text.lower() else None
    if match is None:
        return None
    return _year(match.group("tens"), match.group("unit")), _year(match.group("tens2"), match.group("unit2"))


def _year(tens: str, unit: str | None) -> int:
    """'thirty', 'five' -> 2035."""
    return 2000 + text2num(tens.lower(), "en") + (text2num(unit.lower(), "en") if unit else 0)
