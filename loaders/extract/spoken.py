"""Amounts and years written in words, as transcripts and quotes say them: "one point six billion dollars",
"a five-billion-dollar market", "by twenty thirty-five"."""

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
# "by twenty thirty-five", "in twenty twenty-four", "through the year twenty thirty"
SPOKEN_YEAR = re.compile(
    rf"\b(?:by|in|through)\s(?:the\s(?:year|end\sof)\s)?twenty[- ]"
    rf"(?P<tens>{TEENS}|twenty|thirty|forty)(?:[- ](?P<unit>{UNITS}))?\b",
    re.I,
)


def worded_amounts(text: str, folded_text: str) -> list[MoneyMatch]:
    """Every amount of money written in words in `text` ("two point one billion dollars"); `folded_text` is its
    lower-case copy, which says whether there can be any."""
    if not any(cue in folded_text for cue in WORDED_CUES):
        return []
    out: list[MoneyMatch] = []
    for match in WORDED_AMOUNT.finditer(text):
        value = float(text2num(match.group("int").lower().replace("-", " "), "en"))
        if match.group("dec"):
            digits = "".join(str(DIGITS[w.lower()]) for w in match.group("dec").split()[1:])
            value = float(f"{int(value)}.{digits}")
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
    tens = match.group("tens").lower()
    value = 2000 + text2num(tens, "en")
    return value + (text2num(match.group("unit").lower(), "en") if match.group("unit") else 0)
