"""Money amounts as publishers write them: "USD 20.6 billion", "US$ 3,210.5 Mn", "€1.03 billion",
"INR 49,500 crore", "$450 million", "1.2 trillion US dollars"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.model import Money
from loaders.extract.text import finditer_at, folded, literal_positions, to_number

# Currencies' codes that publishers write before or after an amount ("CHF 1.25 billion", "1.62 billion CHF").
CURRENCY_CODES = r"CHF|KRW|SGD|BRL|AUD|CAD|NZD|HKD|SEK|NOK|DKK|ZAR|AED|SAR|MXN|TRY|RUB|IDR|MYR|THB|TWD|PHP|VND|PLN|MAD"
# Currency written before the number: "US$", "USD", "$", "€", "Rs.", "INR", "EUR".
CURRENCY_PREFIX = (
    r"(?P<cur>US\s?\$|U\.S\.\s?\$|USD|US\s?dollars?|A\$|AU\$|C\$|CA\$|HK\$|S\$|NT\$|R\$|NZ\$|\$|€|EUR"
    rf"|£|GBP|¥|JPY|CNY|RMB|₹|INR|Rs\.?|₩|₺|₦|Tk\.?|Rp\.?|KSh|{CURRENCY_CODES}|R|N|Sh)"
)
# Letters that are a currency only glued to an amount with its scale: South Africa's "R18.6bn", Nigeria's "N1.42
# trillion", Kenya's "Sh265 billion" (not "R 2", "N95").
GLUED_ONLY = frozenset({"R", "N", "Sh"})
# Currency written after the amount: "20.6 billion USD", "1.2 trillion US dollars", "500 crore rupees".
CURRENCY_SUFFIX = (
    r"(?P<cur2>US\s?dollars?|U\.S\.\s?dollars?|dollars?|USD|euros?|EUR|pounds?\s?sterling|GBP"
    rf"|yuan|renminbi|RMB|CNY|yen|JPY|rupees?|INR|won|{CURRENCY_CODES})"
)
NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3})+,\d{1,6}|\d{1,3}(?: \d{3})+(?:[.,]\d{1,6})?(?!\d)"
    r"|\d{1,15}(?:[.,]\d{1,6})?)"
)
SCALE = (
    r"(?P<scale>thousand|million|billions?|trillion|lakh\scrores?|crores?|lakhs?|lacs?|mill?ions?|mn|mln|bn|bln|tn"
    r"|trn|k|m|b|t|cr)\b\.?"
)
COMPARATOR = (
    r"(?P<cmp>over|more than|above|exceeding|in excess of|nearly|almost|approximately|approx\.?"
    r"|around|about|roughly|up to|at least|less than|under|below|close to|an estimated|estimated at)\s"
)
# A run of digits, dots and commas: where every amount starts (scanned fast, digit first).
# The lookbehind follows the first digit (the run is not preceded by a word character, dot or comma), so the
# scan skips ahead to digits instead of trying the lookbehind at every offset.
# A number glued to the code before it ("USD1.42billion", a filing's "RMB56.7 billion", "R18.6bn", "KSh182 billion")
# starts an amount too.
NUMBER_SCAN = re.compile(
    r"\d(?:(?<![\w.,]\d)|(?<=[A-Z]{3}\d)|(?<=(?<!\w)[RN]\d)|(?<=Sh\d))[\d.,]{0,30}(?: \d{3}(?!\d)[\d.,]{0,8})*"
)
# The number at the start of such a run: "3,210.5", "1.234,5", "49,500", "20.6", "2 905" (thousands parted by spaces).
NUMBER_TOKEN = re.compile(NUMBER)
# The currency just before a number ("US$ ", "€", "Rs. ") and the qualifier before it ("approximately ").
CURRENCY_END = re.compile(rf"{CURRENCY_PREFIX}\s?$", re.I)
COMPARATOR_END = re.compile(rf"{COMPARATOR}$", re.I)
# A range's second number after its first: "$4.5–4.9 billion", "USD 7.8-8.5 billion", "USD 4 to 5 bn".
RANGE_HIGH = re.compile(r"(?:\s?[–—-]\s?|\sto\s)(?P<high>\d{1,4}(?:[.,]\d{1,6})?)(?![\d.,]*\d)")
RANGE_OPENINGS = frozenset(" –—-")  # the character after a range's first number
# What may follow a number: " USD Billion", " Mn", "B", " trillion US dollars", " crore rupees".
AFTER_NUMBER = re.compile(rf"(?:\s?(?P<cur3>USD|US\$)\s)?(?:\s?{SCALE})?(?:\s?{CURRENCY_SUFFIX}\b)?", re.I)

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
    "won": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "n": "NGN",
    "r": "ZAR",
    "tk": "BDT",
    "rp": "IDR",
    "ksh": "KES",
    "sh": "KES",
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
    "billions": "billion",  # "USD 81.65 billions"
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
    "lakh crore": "trillion",  # a lakh of crores: 10^5 x 10^7
    "lakh crores": "trillion",
    "lakh": "lakh",
    "lakhs": "lakh",
    "lac": "lakh",
    "lacs": "lakh",
}
NUMBER_AFTER = re.compile(r"\s?(?:%|percent|per cent|x\b|-?fold|years?\b)", re.I)
# "416.0 (100 million yuan)": an amount in the hundreds of millions (the Chinese and Japanese 億) of a currency.
HUNDRED_MILLIONS = re.compile(r"\s?\(100 million (?P<cur>yuan|yen)\)", re.I)
# "1.02 (USD Billion)": an amount with its currency and scale in parentheses after it, as some publishers write it.
UNIT_AFTER = re.compile(rf"\s?\((?P<cur>USD|EUR|GBP)\s{SCALE}\)", re.I)
# "(Unit: 100 million yen)": a table's unit, no amount.
UNIT_LABEL = re.compile(r"\bunit:\s?$", re.I)


# "12.950", "1.853": a point before three digits, a decimal point or a thousands' one.
DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A number written with a decimal comma ("5,5 %", "9.412,7"): the text parts thousands with points.
DECIMAL_COMMA_WRITTEN = re.compile(r"(?<![\d,])\d{1,3},\d{1,2}(?!\d)\s?%|\b\d{1,3}(?:\.\d{3})+,\d")


@lru_cache(maxsize=8)  # asked for each amount of a text
def decimal_commas(text: str) -> bool:
    """Whether `text` writes its numbers with decimal commas, as European texts do ("6,8 %", "EUR 9.412,7 million")."""
    return "," in text and DECIMAL_COMMA_WRITTEN.search(text) is not None


@dataclass(frozen=True)
class MoneyMatch:
    start: int
    end: int
    money: Money


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[MoneyMatch]:
    """Every money amount in text[start:end], left to right: each number, with the currency written
    before or after it and its scale. Numbers are found first (a fast scan), then their surroundings
    are matched with patterns anchored at the number, so the cost stays linear in the text."""
    end = len(text) if end is None else end
    last_end = start
    for number in NUMBER_SCAN.finditer(text, start, end):
        token = NUMBER_TOKEN.match(number.group(0))
        if token is None or number.start() < last_end:
            continue
        n_start, n_end = number.start(), number.start() + token.end()
        hundreds = HUNDRED_MILLIONS.match(text, n_end, end) if "(100" in text[n_end : n_end + 5] else None
        if hundreds and (found := _in_hundred_millions(text, n_start, token.group(0), hundreds)):
            last_end = found.end
            yield found
            continue
        unit = UNIT_AFTER.match(text, n_end, end) if "(" in text[n_end : n_end + 2] else None
        if unit and (found := _unit_after(text, n_start, token.group(0), unit)):
            last_end = found.end
            yield found
            continue
        lead = max(start, n_start - 14)
        if ":" in text[lead:n_start] and UNIT_LABEL.search(text, lead, n_start):
            continue  # "(Unit: 100 million yen)": looked for only where a colon is, before every number
        before = _currency_end(text, lead, n_start)
        comparator = COMPARATOR_END.search(text, max(start, before.start() - 30), before.start()) if before else None
        after = AFTER_NUMBER.match(text, n_end, min(end, n_end + 48))
        if before and before.group("cur").upper() in GLUED_ONLY and not _glued_and_scaled(before, n_start, after):
            before = None  # "von 1,96 Mrd. USD": the word's last letter is no currency
        cur = before.group("cur") if before else None
        cur2 = (after.group("cur2") or after.group("cur3")) if after else None  # "1.77 USD Billion"
        if not (cur or cur2):
            continue
        m_start = before.start("cur") if cur else n_start
        m_end = after.end() if after and after.end() > n_end else n_end
        if cur and "$" not in cur and m_start > 0 and text[m_start - 1].isalnum():
            continue
        groups = {
            "num": token.group(0),
            "cur": cur,
            "cur2": cur2,
            "scale": after.group("scale") if after else None,
            "cmp": comparator.group("cmp") if comparator else None,
        }
        if cur and not groups["scale"] and (ranged := _range(text, n_end, end)):
            high, high_after = ranged
            groups["scale"] = high_after.group("scale")
            written = text[m_start : high_after.end()]
            low_money = _to_money(groups, written, text, n_end)
            high_money = _to_money({**groups, "num": high.group("high"), "cmp": None}, written, text, high_after.end())
            if low_money is not None and high_money is not None:
                last_end = high_after.end()
                yield MoneyMatch(m_start, n_end, low_money)
                yield MoneyMatch(high.start("high"), high_after.end(), high_money)
                continue
        money = _to_money(groups, text[m_start:m_end], text, m_end)
        if money is not None:
            last_end = m_end
            yield MoneyMatch(m_start, m_end, money)


def _range(text: str, n_end: int, end: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """The second number and its scale after a currency's first ("$4.5–4.9 billion", "USD 4 to 5 bn"): a range whose
    scale both its numbers take."""
    if text[n_end : n_end + 1] not in RANGE_OPENINGS:
        return None
    high = RANGE_HIGH.match(text, n_end, end)
    after = AFTER_NUMBER.match(text, high.end(), min(end, high.end() + 48)) if high else None
    return (high, after) if high and after and after.group("scale") else None


def _in_hundred_millions(text: str, start: int, number: str, hundreds: re.Match[str]) -> MoneyMatch | None:
    """ "416.0 (100 million yuan)" as 41,600 million CNY."""
    value = to_number(number)
    currency = SYMBOLS.get(hundreds.group("cur").lower()) or hundreds.group("cur").upper()
    money = Money(text[start : hundreds.end()], round(value * 100, 6), "million", currency) if value else None
    return MoneyMatch(start, hundreds.end(), money) if money else None


def _unit_after(text: str, start: int, number: str, unit: re.Match[str]) -> MoneyMatch | None:
    """ "1.02 (USD Billion)" as 1.02 billion USD; not a year over its table's unit ("2032 (USD Billion)")."""
    groups = {"num": number, "cur": unit.group("cur"), "cur2": None, "scale": unit.group("scale"), "cmp": None}
    money = _to_money(groups, text[start : unit.end()], text, unit.end())
    if money is None or (YEAR_NUMBER.fullmatch(number) and money.reported_unit != "unit"):
        return None
    return MoneyMatch(start, unit.end(), money)


YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _glued_and_scaled(before: re.Match[str], n_start: int, after: re.Match[str] | None) -> bool:
    """Whether a currency's letters are glued to its amount and the amount has a scale: "R18.6bn", "N1.42 trillion" (a
    number starts glued to these letters only in capitals)."""
    return before.end("cur") == n_start and after is not None and after.group("scale") is not None


def _currency_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """CURRENCY_END.search(text, start, end), trying only the currencies that can end with the last character of
    text[start:end] that is not a space (only spaces follow a currency's match): a handful instead of sixty."""
    kept = text[start:end].rstrip()
    if not kept:
        return None
    pattern = _CURRENCY_END_BY_LAST.get(kept[-1].lower())
    return pattern.search(text, start, end) if pattern else None


def _last_characters(alternative: str) -> set[str]:
    """The characters, in lower case, that a match of one alternative of CURRENCY_PREFIX can end with: its last
    character, and the one before while the last is optional ('Rs\\.?': '.', 's')."""
    found: set[str] = set()
    for atom, optional in reversed(re.findall(r"(\\.|[^\\?])(\??)", alternative)):
        if atom == "\\s":
            raise ValueError(f"a currency that can end with a space: {alternative}")
        found.add(atom[-1].lower())
        if not optional:
            break
    return found


def _currency_end_by_last() -> dict[str, re.Pattern[str]]:
    """CURRENCY_END cut down, for each character a currency can end with, to the currencies that can end with it
    (in their order), keyed also by "ſ", which re.IGNORECASE takes for "s"."""
    alternatives = CURRENCY_PREFIX.removeprefix("(?P<cur>").removesuffix(")").split("|")
    by_last: dict[str, list[str]] = {}
    for alternative in alternatives:
        for char in _last_characters(alternative):
            by_last.setdefault(char, []).append(alternative)
    patterns = {char: re.compile(rf"(?P<cur>{'|'.join(alts)})\s?$", re.I) for char, alts in by_last.items()}
    if "s" in patterns:  # "ſ" stays itself in lower case (the Kelvin sign becomes "k")
        patterns["\u017f"] = patterns["s"]
    return patterns


_CURRENCY_END_BY_LAST = _currency_end_by_last()


def _to_money(groups: dict[str, str | None], written: str, text: str, end: int) -> Money | None:
    value = to_number(groups["num"] or "")
    if value is None:
        return None
    if DOT_THOUSANDS.fullmatch(groups["num"] or "") and decimal_commas(text):
        value = float((groups["num"] or "").replace(".", ""))  # "EUR 12.950 million" where "5,5 %" is written
    if NUMBER_AFTER.match(text, end):
        return None
    symbol = (groups.get("cur") or groups.get("cur2") or "").lower().replace(" ", "")
    currency = SYMBOLS.get(symbol) or SYMBOLS.get(symbol.rstrip(".")) or symbol.upper()
    scale_raw = groups.get("scale") or ""
    scale_word = " ".join(scale_raw.lower().rstrip(".").split())
    if scale_word and len(scale_word) == 1 and scale_raw.islower():
        scale_word = "" if scale_word not in "mbk" else scale_word
    unit = SCALES.get(scale_word, "unit")
    num = groups["num"] or ""
    if unit == "unit" and 1900 <= value <= 2100 and "," not in num and "." not in num:
        return None
    comparator = groups.get("cmp")
    return Money(
        value_text=written.strip(),
        reported_value=value,
        reported_unit=unit,
        reported_currency=currency,
        comparator=comparator.lower() if comparator else None,
    )


# "valued at 28.27 billion in 2023": a market value written without its currency.
UNMARKED_SIZE_OPENINGS = ("valued at", "worth", "reach", "estimated at", "accounted for", "size of")
UNMARKED_SIZE = re.compile(
    r"\b(?:valued at|worth|reach(?:ed|es|ing)?|estimated at|accounted for|size of)\s"
    r"(?:about\s|around\s|approximately\s|nearly\s|over\s)?(?P<num>\d{1,4}(?:[.,]\d{1,3})?)\s"
    r"(?P<scale>billion|million|trillion|bn|mn)\b"
    # not a count or a weight: "118.6 million pounds", "123.1 Billion Servings" (any word after it but "in 2023")
    r"(?!\s(?!in\b)[A-Za-z])",
    re.I,
)


def unmarked_amounts(text: str, amounts: list[MoneyMatch]) -> list[MoneyMatch]:
    """Amounts written without a currency in a document whose amounts all carry one and the same currency:
    they take it ('valued at 28.27 billion' in a document of USD figures)."""
    currencies = {m.money.reported_currency for m in amounts}
    if len(currencies) != 1:
        return []
    currency = currencies.pop()
    taken = [(m.start, m.end) for m in amounts]
    out: list[MoneyMatch] = []
    starts = literal_positions(folded(text), UNMARKED_SIZE_OPENINGS)  # the only places a match can start
    for match in finditer_at(UNMARKED_SIZE, text, starts):
        start, end = match.start("num"), match.end("scale")
        if any(s <= start < e for s, e in taken):
            continue
        value = to_number(match.group("num"))
        if value is None:
            continue
        unit = SCALES[match.group("scale").lower()]
        out.append(MoneyMatch(start, end, Money(text[start:end], value, unit, currency)))
    return out
