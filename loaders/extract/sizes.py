"""Market sizes: every money amount stated for a market, with its year and whose it is."""

from __future__ import annotations

import bisect
import re

from loaders.extract.companies import subject_companies
from loaders.extract.model import RevenueMention, SizeMention
from loaders.extract.money import MoneyMatch
from loaders.extract.scope import ScopeJudge
from loaders.extract.text import Line, evidence, fold, lines_of, sentence_bounds
from loaders.extract.years import FORECAST_WORDS, YEAR_POINT, point_year

# Where the clause that holds an amount ends: ", expanding at ...", "; ...", " while ...".
CLAUSE_END = re.compile(r",\s(?!(?:19|20)\d\d)|;|\s(?:while|whereas|and is expected|with a CAGR)\b")


# "revenue", "sales" or "turnover" next to an amount: a company's revenue statement.
REVENUE_WORD = re.compile(r"\b(?:revenues?|sales|turnover)\b", re.I)
# A sentence that sizes something: it names a market, an industry, a size or a value.
SIZE_CUE = re.compile(
    r"\bmarkets?\b|\bindustry\b|\bsector\b|\bsize\b|\bvalued?\b|\bvaluation\b|\bworth\b|\bopportunity\b|"
    r"\bspend(?:ing)?\b|\bforecast\b|\breach(?:ed|es|ing)?\b|\bsales\b|\bgrow(?:s|ing|n)?\s(?:from|to)\b|"
    r"\bsurpass(?:es|ing)?\b|\bexceed(?:s|ing)?\b|\bapproach(?:es|ing)?\b|\bhistorical\b|\boutlook\b",
    re.I,
)
# Money that is not the size of a market: company finances, deals, unit prices.
NOT_A_SIZE = re.compile(
    r"market\s(?:cap(?:italization)?|value of (?:the )?compan)|\bcash\b|\bloan\b|\bEBITDA\b|\bEPS\b|\baward\b|"
    r"\bpayment\b|\btransaction\b|\bfunding\b|\braised\b|\bgrant\b|\bper\s(?:ton|tonne|unit|share|MW|kg|barrel)\b|"
    r"/(?:MW|kWh|ton|t|kg|unit)\b|\bsalary\b|\bprice target\b|\bnet (?:income|loss)\b|\bbalance\b|"
    r"\breduction\b|\bappropriated\b|\bsold\b|\bacqui(?:red|sition)\b|\bdividend\b|\bshare price\b|\bcapex\b|"
    r"\bagreements\b|\bcapital\sexpenditures?\b",
    re.I,
)
# A word each branch of NOT_A_SIZE holds (in lower case): a window with none of them is not searched.
NOT_A_SIZE_WORDS = (
    "cap", "value of", "cash", "loan", "ebitda", "eps", "award", "payment", "transaction", "funding", "raised",
    "grant", "per", "/", "salary", "price target", "net income", "net loss", "balance", "reduction", "appropriated",
    "sold", "acqui", "dividend", "share price", "capex", "agreements", "capital",
)  # fmt: skip
# A company's market value, never a market's size.
MARKET_CAP = re.compile(r"\bmarket\s(?:cap\b|capitali[sz]ation)", re.I)
# An amount by which something grows, not a size: "set to grow by USD 48,788.55 million".
INCREMENT = re.compile(
    r"\b(?:grow|increase|rise|expand|add|climb|jump|accelerate)s?\s(?:by|of)\s(?:about\s|around\s|nearly\s)?$|"
    r"\bincremental\b|\babsolute\s(?:dollar\s)?opportunity\b|\bincrease of\s$",
    re.I,
)


# A cell's label that states what the market adds, not its size: "Market growth 2025-2029 | USD 3.94 billion".
GROWTH_LABEL = re.compile(r"\b(?:growth|increase|increment(?:al)?)\b", re.I)


def extract_sizes(
    text: str, amounts: list[MoneyMatch], judge: ScopeJudge, main_market: str | None
) -> list[SizeMention]:
    """Of the document's money amounts, those that size a market; report prices and company money are left out."""
    out: list[SizeMention] = []
    lines = lines_of(text)
    line_starts = [line.start for line in lines]
    previous_end = 0
    main_lower = (main_market or "").lower()
    for found in amounts:
        last_amount_end, previous_end = previous_end, found.end
        if found.money.reported_unit == "unit" and found.money.reported_value < 1e6:
            continue
        s, e = sentence_bounds(text, found.start, found.end)
        window = text[max(s, found.start - 80) : min(e, found.end + 40)]
        if main_lower:  # "the Payment Lighting market": the market's own name says nothing of the amount
            window = window.lower().replace(main_lower, " ")
        if _not_a_size(window) or INCREMENT.search(text[max(s, found.start - 40) : found.start]):
            continue
        if MARKET_CAP.search(text[s:e]):
            continue
        if not SIZE_CUE.search(text[s:e]) and not _labelled_cell(text, lines, line_starts, s, e, found):
            continue
        scope = judge.judge(s, found.start, found.end, e)
        if scope.kind in {"price", "company"}:
            continue
        after, before = text[found.end : e], text[max(s, last_amount_end) : found.start]
        after = CLAUSE_END.split(after, maxsplit=1)[0]
        year = point_year(after, before)
        if year is None and not before.strip():
            year = _year_from_label_line(lines, line_starts, found.start)
        forecast_context = FORECAST_WORDS.search(before[-80:] + " " + after[:40])
        point = YEAR_POINT.search(after[:80])
        is_forecast = bool(forecast_context) or bool(point and point.group("prep").lower() == "by")
        out.append(
            SizeMention(
                found.start,
                found.end,
                evidence(text, found.start, found.end),
                money=found.money,
                market_name=scope.market_name if scope.kind == "other_market" else main_market,
                scope=scope.kind,
                segment_name=scope.segment_name,
                region_name=scope.region_name,
                reference_year=year,
                is_forecast=is_forecast,
            )
        )
    return _without_undated_repeats(out)


def _not_a_size(window: str) -> bool:
    """NOT_A_SIZE.search(window), searched only when the window holds one of its words."""
    low = fold(window)
    return any(word in low for word in NOT_A_SIZE_WORDS) and NOT_A_SIZE.search(window) is not None


def _without_undated_repeats(sizes: list[SizeMention]) -> list[SizeMention]:
    """A value stated once with its year and once without (a headline) is one statement: keep the dated one."""
    dated = {
        (m.market_name, m.scope, m.money.reported_value, m.money.reported_unit, m.money.reported_currency)
        for m in sizes
        if m.money and m.reference_year is not None
    }
    return [
        m
        for m in sizes
        if m.reference_year is not None
        or not m.money
        or (m.market_name, m.scope, m.money.reported_value, m.money.reported_unit, m.money.reported_currency)
        not in dated
    ]


def _labelled_cell(text: str, lines: list[Line], line_starts: list[int], s: int, e: int, found: MoneyMatch) -> bool:
    """A table cell holding only the amount, under a label that sizes something: 'Market size value in 2024' /
    'USD 5,096Mn'."""
    if text[s:e].strip(" |") != text[found.start : found.end]:
        return False
    label = _label_line(lines, line_starts, found.start)
    return bool(label and SIZE_CUE.search(label) and not GROWTH_LABEL.search(label))


def _year_from_label_line(lines: list[Line], line_starts: list[int], start: int) -> int | None:
    """Tables as lines: 'Market size value in 2023' on one line, 'USD 7.63 billion' on the next."""
    label = _label_line(lines, line_starts, start)
    return point_year("", label) if label is not None else None


def _label_line(lines: list[Line], line_starts: list[int], start: int) -> str | None:
    """The last non-empty line among the three before the line holding `start`: a table cell's label."""
    k = bisect.bisect_right(line_starts, start) - 1
    return next((line.text for line in reversed(lines[max(0, k - 3) : max(0, k)]) if line.text.strip()), None)


def company_revenues(
    text: str, amounts: list[MoneyMatch], companies: list[str], bold: list[str]
) -> list[RevenueMention]:
    """Revenue statements attached to a company: 'Lonza, with a revenue of around $5.6 billion in 2022'."""
    out: list[RevenueMention] = []
    subject_company = subject_companies(text, companies, bold)
    for found in amounts:
        s, e = sentence_bounds(text, found.start, found.end)
        before = text[s : found.start]
        if not _is_revenue(before, text[found.end : e]):
            continue
        company = subject_company(s, found.start)
        if not company:
            continue
        out.append(
            RevenueMention(
                found.start,
                found.end,
                evidence(text, found.start, found.end),
                company_name=company,
                money=found.money,
                reference_year=point_year(text[found.end : e], before),
            )
        )
    return out


def _is_revenue(before: str, after: str) -> bool:
    return bool(REVENUE_WORD.search(before[-120:] + " " + after[:30]))
