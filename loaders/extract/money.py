"""Money amounts as publishers write them: "USD 20.6 billion", "US$ 3,210.5 Mn", "€1.03 billion",
"INR 49,500 crore", "$450 million", "1.2 trillion US dollars"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.model import Money
from loaders.extract.text import overlaps, to_number

# Currency written before the number: "US$", "USD", "$", "€", "Rs.", "INR", "EUR".
CURRENCY_PREFIX = (
    r"(?P<cur>US\s?\$|U\.S\.\s?\$|USD|US\s?dollars?|A\$|AU\$|C\$|CA\$|HK\$|S\$|NT\$|R\$|NZ\$|\$|€|EUR"
    r"|£|GBP|¥|JPY|CNY|RMB|₹|INR|Rs\.?|CHF|KRW|₩|SGD|BRL|AUD|CAD|NZD|HKD|SEK|NOK|DKK|ZAR|AED|SAR"
    r"|MXN|TRY|RUB|IDR|MYR|THB|TWD|PHP|VND|PLN)"
)
# Currency written after the amount: "20.6 billion USD", "1.2 trillion US dollars", "500 crore rupees".
CURRENCY_SUFFIX = (
    r"(?P<cur2>US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|euros?|EUR|pounds?\s?sterling|GBP"
    r"|yuan|renminbi|RMB|CNY|yen|JPY|rupees?|INR)"
)
NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3})+,\d{1,6}|\d{1,15}(?:[.,]\d{1,6})?)"
SCALE = (
    r"(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|lacs?|mill?ions?|mn|mln|bn|bln|tn"
    r"|trn|k|m|b|t|cr)\b\.?"
)
COMPARATOR = (
    r"(?P<cmp>over|more than|above|exceeding|in excess of|nearly|almost|approximately|approx\.?"
    r"|around|about|roughly|up to|at least|less than|under|below|close to|an estimated|estimated at)\s"
)
# "USD 20.6 billion", "US$ 3,210.5 Mn", "$4.1B", "€1.03 billion", "Rs 49,500 crore"
MONEY_PREFIXED = re.compile(
    rf"(?:{COMPARATOR})?{CURRENCY_PREFIX}\s?{NUMBER}(?:\s?(?:USD|US\$)\s)?(?:\s?{SCALE})?(?:\s?{CURRENCY_SUFFIX}\b)?",
    re.I,
)
# "20.6 billion USD", "1.2 trillion US dollars", "49,500 crore rupees"
MONEY_SUFFIXED = re.compile(rf"(?:{COMPARATOR})?\b{NUMBER}\s?{SCALE}?\s?{CURRENCY_SUFFIX}\b", re.I)

SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "usdollar": "USD",
    "usdollars": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "u.s.dollar": "USD",
    "u.s.dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "poundsterling": "GBP",
    "poundssterling": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "hk$": "HKD",
    "hkd": "HKD",
    "s$": "SGD",
    "sgd": "SGD",
    "nt$": "TWD",
    "twd": "TWD",
    "r$": "BRL",
    "brl": "BRL",
    "nz$": "NZD",
    "nzd": "NZD",
    "₩": "KRW",
    "krw": "KRW",
}
SCALES = {
    "thousand": "thousand",
    "k": "thousand",
    "million": "million",
    "millions": "million",
    "milion": "million",
    "milions": "million",
    "mn": "million",
    "mln": "million",
    "m": "million",
    "billion": "billion",
    "bn": "billion",
    "bln": "billion",
    "b": "billion",
    "trillion": "trillion",
    "tn": "trillion",
    "trn": "trillion",
    "t": "trillion",
    "crore": "crore",
    "crores": "crore",
    "cr": "crore",
    "lakh": "lakh",
    "lakhs": "lakh",
    "lac": "lakh",
    "lacs": "lakh",
}
NUMBER_AFTER = re.compile(r"\s?(?:%|percent|per cent|x\b|-?fold|years?\b)", re.I)


@dataclass(frozen=True)
class MoneyMatch:
    start: int
    end: int
    money: Money


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[MoneyMatch]:
    """Every money amount in text[start:end], left to right, never two overlapping."""
    end = len(text) if end is None else end
    found: list[MoneyMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in (MONEY_PREFIXED, MONEY_SUFFIXED):
        for match in pattern.finditer(text, start, end):
            if overlaps(taken, match.start(), match.end()):
                continue
            money = _to_money(match, text)
            if money is not None:
                found.append(MoneyMatch(match.start(), match.end(), money))
                bisect.insort(taken, (match.start(), match.end()))
    yield from sorted(found, key=lambda m: m.start)


def _to_money(match: re.Match[str], text: str) -> Money | None:
    groups = match.groupdict()
    value = to_number(groups["num"])
    if value is None:
        return None
    if NUMBER_AFTER.match(text, match.end()):
        return None
    symbol = (groups.get("cur") or groups.get("cur2") or "").lower().replace(" ", "")
    currency = SYMBOLS.get(symbol) or SYMBOLS.get(symbol.rstrip(".")) or symbol.upper()
    scale_word = (groups.get("scale") or "").lower().rstrip(".")
    if scale_word and len(scale_word) == 1 and match.group("scale") and match.group("scale").islower():
        scale_word = "" if scale_word not in "mbk" else scale_word
    unit = SCALES.get(scale_word, "unit")
    if unit == "unit" and 1900 <= value <= 2100 and "," not in groups["num"] and "." not in groups["num"]:
        return None
    return Money(
        value_text=match.group(0).strip(),
        reported_value=value,
        reported_unit=unit,
        reported_currency=currency,
        comparator=(groups.get("cmp") or None) and groups["cmp"].lower(),
    )
