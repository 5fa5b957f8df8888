"""Facts laid out in tables. Market figures in a table whose unit is written over its numbers: "European
agricultural drone market, EUR million" over "2023 | 2024 | 2031F" and "Market value | 338.9 | 412.6 | 1,284.3";
"Fiscal year | Market size (¥ billion)" over "FY2022 | 35.6"; "年份 | 市场规模（亿元）" over "2022年 | 32.1" (amounts
written with their currency in a cell, "USD 3.29 Billion", are read from the text like any other). Companies in
the column a table heads "Company", "Insurer" or "重点企业", and the other columns' cells (their head offices,
products, revenues) as no company."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.chinese import CURRENCY as CURRENCY_ZH
from loaders.extract.chinese import FULL_PARENTHETICAL, OTHERS, SCALE_MILLIONS
from loaders.extract.legalname import LEGAL_SUFFIX_END
from loaders.extract.model import CompanyMention, GrowthMention, Money, SizeMention
from loaders.extract.money import CURRENCY_PREFIX, SCALES, SYMBOLS, find_money
from loaders.extract.publisher import is_research_firm
from loaders.extract.regions import RegionIndex
from loaders.extract.text import MAX_EVIDENCE, lines_holding, lines_of, to_number
from loaders.extract.years import year_range
from loaders.text_tables import Table

TABLE_SCALE = r"(?P<scale>thousand|million|billion|trillion|crores?|mn|mln|bn|tn|m|b)"
# "EUR million", "(¥ billion)", "USD Mn", "US$ bn", "million USD", "billions of U.S. dollars", "100 million yen",
# "亿元", "亿美元"
UNIT = re.compile(
    rf"(?<![A-Za-z]){CURRENCY_PREFIX}\s?(?:in\s)?{TABLE_SCALE}s?(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?P<hundred>100\s)?{TABLE_SCALE.replace('scale', 'scale2')}s?\s(?:of\s)?"
    r"(?P<cur2>US\s?\$|USD|U\.S\.\sdollars|US\sdollars|dollars|EUR|euros?|€|GBP|£|JPY|yen|¥|CNY|RMB|yuan|INR|rupees|₹)"
    r"(?![A-Za-z])"
    r"|(?P<zh_scale>万亿|千亿|亿|百万|万)(?P<zh_cur>美元|欧元|日元|英镑|元人民币|人民币|元)",
    re.I,
)
# A year heading a column or a row: "2024", "2025E", "2031F", "FY2022", "2024 (forecast)", "2022年", a financial year
# "2023/24" (the year it starts)
YEAR_CELL = re.compile(
    r"^(?:FY|CY)?\s?(?P<year>(?:19|20)\d\d)(?:/\d\d)?\s?(?:年|[EFPA]|\((?P<word>e|f|p|est\w*|forecast\w*|project\w*|actual)\)"
    r"|年?（(?P<zh_word>预估|预测|预计|估计)）|[*†])?$",  # "2025年（估计）" too
    re.I,
)
FORECAST_MARK = re.compile(r"^(?:f|p|forecast|project)", re.I)
# A row's note that its figure is a forecast: "FY2028 | 79.4 | forecast".
FORECAST_ROW = re.compile(r"\b(?:forecast|projected|projection)\b|预测|预计", re.I)
NUMBER_CELL = re.compile(r"^(?:~|≈|approx\.\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,9}(?:\.\d+)?)$")
# Series that are not the market's value: rates, shares, volumes, counts.
NOT_VALUE = re.compile(
    r"%|\b(?:CAGR|growth|share|y-?o-?y|volume|units?|shipments?|tons?|tonnes|number|count|price|margin|imports?|"
    r"exports?|local\sproduction)\b"  # a country guide's "Total Imports", "Total Local Production"
    r"|增速|增长率|同比|占比|份额|销量",
    re.I,
)
# A series that is the whole market: "Market value", "Market size (¥ billion)", "Total", "Global revenue".
MARKET_SERIES = re.compile(
    r"\b(?:market|size|value|revenues?|sales|total|global|worldwide|overall|spend(?:ing)?|turnover)\b|市场|规模|产值|收入",
    re.I,
)


# The head of a column of companies: "Company", "Key players", "Insurer", "Vendor name", "重点企业"; a note in
# parentheses aside ("Key players (EMS with automotive PCBA lines)"), an exhibit's number too ("Exhibit 06: Vendor
# landscape").
COMPANY_HEADER = re.compile(
    r"^(?:exhibit\s?\d{1,3}\s?:\s)?(?:key\s|leading\s|major\s|top\s)?"
    r"(?:compan(?:y|ies)|players?|vendors?|manufacturers?|suppliers?|insurers?|competitors?|"
    r"brands?|operators?|producers?|providers?|developers?|lenders?|banks?|issuers?|exhibitors?)"
    r"(?:\s(?:name|names|landscape))?$"
    r"|^(?:重点|主要|代表性?)?(?:企业|公司|厂商)(?:名称)?$",
    re.I,
)
# A table's caption that makes its rows rivals: "Slide 9 — Competition".
COMPETITION = re.compile(r"\bcompetition\b", re.I)
# A name's legal form at its end.


# A table of firms' estimates of the market: its first column the firms ("Source cross-check", "Source (year
# published)"), its value columns amounts with their year.
ESTIMATE_SOURCE = re.compile(r"^(?:publisher|source)s?(?:\s[a-z][\w-]*)?(?:\s\([^()]*\))?$", re.I)
CAGR_HEADER = re.compile(r"\bCAGR\b", re.I)
PERIOD_HEADER = re.compile(r"^period$", re.I)
DATED_RATE = re.compile(r"^(?P<rate>\d{1,3}(?:\.\d{1,2})?)\s?%(?:\s\((?P<span>[^()]{4,20})\))?$")
DATED_AMOUNT = re.compile(r"^(?P<amount>.{3,40}?)\s\((?P<year>(?:19|20)\d\d)\)$")
# A column of a year's growth: "同比增速", "YoY growth", "Growth (%)".
ANNUAL_RATE_HEADER = re.compile(
    r"同比|增速|增长率|年增率|\byoy\b|y-o-y|year[- ]o[nv]e?r?[- ]year|\bgrowth\b|\bchange\b",  # "Revenue change"
    re.I,
)
# A table of a company's accounts: its caption or a row's label.
ACCOUNTS = re.compile(r"\bfinancials\b|\bfinancial\ssummary\b|^EBITDA\b", re.I)
# A year marked as actual, estimated or forecast: "2022A–2024A".
MARKED_YEAR = re.compile(r"((?:19|20)\d\d)[AEFP]\b")
RATE_CELL = re.compile(r"^\+?([-−]?\d{1,3}(?:\.\d{1,2})?)\s?%$")
# A column whose header puts its rates in percent ("Growth (%)", "yoy pct"): its cells are rates without the sign.
PERCENT_HEADER = re.compile(r"%|\b(?:pct|percent)\b", re.I)
PERCENT_CELL = re.compile(r"^([-−]?\d{1,3}(?:\.\d{1,2})?)\s?%?$")
NOTE = re.compile(r"\s*\([^()]*\)")
# A row's label of a year's growth in percent: "YoY growth 2024-2025 (%)".
YEAR_ON_YEAR_LABEL = re.compile(r"\bYoY\sgrowth\b.*\(%\)")
LABEL_AND_VALUE = 2  # the cells of a key-facts row, its label's and its value's
CELL_LIST = re.compile(r"[,;/]")  # what parts the items of a cell beside a column of companies
# The head of a column of companies' head offices: "Headquarters", "HQ", "Country", "Based in".
HEAD_OFFICE_HEADER = re.compile(
    r"^(?:headquarters?|hq|head\s?office|(?:home|hq)[\s_]country|country|based\sin|location|origin)$|^(?:总部|总部所在地|国家)$",
    re.I,
)


@dataclass(frozen=True)
class _Figure:
    row: int
    column: int
    year: int
    forecast: bool
    scope: str
    region: str | None
    unit: tuple[str, str, float]  # currency, reported unit, factor to it


def table_sizes(text: str, tables: list[Table], main: str | None, regions: RegionIndex) -> list[SizeMention]:
    """The sizes of every table that states its unit in its caption or a header cell and its years in a header
    row or column; each found at its cell's line in the text, with the table's header row and its own row as
    evidence."""
    out: list[SizeMention] = []
    cursor = 0
    for table in tables:
        figures = _figures(table, regions)
        if not figures:
            continue
        start = _table_start(text, table, cursor)
        if start < 0:
            continue
        cursor = start
        for figure in figures:  # row by row, as the cells are laid out in the text
            cell = table.rows[figure.row][figure.column]
            at = cell_line(text, cell, cursor)
            if at < 0:
                break
            cursor = at + len(cell)
            value = to_number(NUMBER_CELL.match(cell).group("num"))  # type: ignore[union-attr]
            if value is None:
                continue
            currency, unit, factor = figure.unit
            out.append(
                SizeMention(
                    at,
                    at + len(cell),
                    _evidence(table, figure.row),
                    money=Money(cell, round(value * factor, 6), unit, currency),
                    market_name=main,
                    scope=figure.scope,
                    region_name=figure.region,
                    reference_year=figure.year,
                    is_forecast=figure.forecast,
                )
            )
    return out


def dated_cells(text: str, tables: list[Table]) -> dict[int, tuple[str, int]]:
    """The row's label and the column's year of each cell of a table with a row of years across its top ("Indicator |
    2023 | 2024" over "Market value | USD 4 180.0 Mn | USD 4 410.0 Mn"), keyed by where the cell's line starts in the
    text: an amount a cell writes with its currency is read as the text's, under its row's label, in its year."""
    out: dict[int, tuple[str, int]] = {}
    cursor = 0
    for table in tables:
        across = _years_across(table)
        start = _table_start(text, table, cursor) if across else -1
        if not across or start < 0:
            continue
        cursor = start
        header, years = across
        first = min(years)
        for row in table.rows[header + 1 :]:
            label = _row_label(row, first)
            for j, (year, _) in sorted(years.items()):
                if j < len(row) and row[j] and (at := cell_line(text, row[j], cursor)) >= 0:
                    out[at], cursor = (label, year), at + len(row[j])
    return out


# A chart's data written out after its caption, in an image's alt text or under the chart: "Column chart: Global
# industrial boilers market size, USD billion, 2024-2030. 2024: 17.8; 2025: 18.6; …", "Two bars: 2025 = 4.2, 2035 =
# 8.9": each year's figure, no "%" after it.
CHART_POINT = re.compile(r"\b((?:19|20)\d\d)\s?[:=]\s?(\d{1,6}(?:[.,]\d{1,3})?)(?![\d.,]*\s?%)")
CHART_POINTS = 2  # the fewest a chart's run holds
CHART_CAPTION = re.compile(r"\b(?:chart|bars?)\b", re.I)


def chart_sizes(text: str, main: str | None) -> list[SizeMention]:
    """The market's sizes a chart's data labels give, a line of text holding a chart's caption with its unit and the
    market's name, then its points: each point's figure in the caption's unit, dated by its year."""
    out: list[SizeMention] = []
    lines = lines_of(text)
    for i in sorted(lines_holding(text, ("chart", "bar"))):
        start, end = lines[i].start, lines[i].end
        points = list(CHART_POINT.finditer(text, start, end))
        if len(points) < CHART_POINTS:
            continue
        caption = text[start : points[0].start()]
        unit = unit_of(caption)
        if unit is None or not CHART_CAPTION.search(caption) or not MARKET_SERIES.search(caption):
            continue
        for point in points:
            size = point_size(text, point.start(2), point.end(2), text[start:end], unit, main, int(point.group(1)))
            if size is not None:
                out.append(size)
    return out


def point_size(
    text: str, start: int, end: int, evidence: str, unit: tuple[str, str, float], main: str | None, year: int
) -> SizeMention | None:
    """The market's size a chart's point gives, its figure text[start:end] in `unit` (unit_of's), dated `year`."""
    value = to_number(text[start:end])
    if value is None:
        return None
    currency, scale, factor = unit
    money = Money(text[start:end], round(value * factor, 6), scale, currency)
    return SizeMention(
        start, end, evidence[:MAX_EVIDENCE], money=money, market_name=main, scope="market", reference_year=year
    )


def estimate_sizes(text: str, tables: list[Table], main: str | None) -> list[SizeMention]:
    """A table comparing firms' estimates of the market, a firm a row ("Publisher | Base-year value | Forecast value |
    CAGR" over "Grand View Research | USD 31.2 bn (2024) | USD 57.5 bn (2030) | 10.8% (2025–2030)"): each value cell,
    an amount with its year in parentheses, a size of the market."""
    out: list[SizeMention] = []
    cursor = 0
    for table in _estimate_tables(tables):
        header = table.rows[0]
        columns = _dated_columns(table)
        if not columns:
            continue
        cursor = max(cursor, _table_start(text, table, cursor))
        for i, row in enumerate(table.rows[1:], start=1):
            for j in columns:
                dated = DATED_AMOUNT.match(row[j]) if j < len(row) else None
                money = next(find_money(dated.group("amount")), None) if dated else None
                at = cell_line(text, row[j], cursor) if money else -1
                if money is None or at < 0:
                    continue
                cursor = at + len(row[j])
                out.append(
                    SizeMention(
                        at,
                        at + len(row[j]),
                        _evidence(table, i),
                        money=money.money,
                        market_name=main,
                        scope="market",
                        reference_year=int(dated.group("year")),
                        is_forecast=FORECAST_MARK.match(header[j]) is not None,
                    )
                )
    return out


def estimate_growth(
    text: str, tables: list[Table], main: str | None, found: list[GrowthMention]
) -> list[GrowthMention]:
    """A table comparing firms' estimates of the market (estimate_sizes): each firm's CAGR, with the years in its
    cell ("10.8% (2025–2030)") or in a "Period" column ("23.4%" beside "2025–2030"); not a rate `found` already."""
    out: list[GrowthMention] = []
    known = {(g.rate_low, g.end_year) for g in found}
    cursor = 0
    for table in _estimate_tables(tables):
        header = table.rows[0]
        rates = [j for j, cell in enumerate(header) if j and CAGR_HEADER.search(cell)]
        periods = [j for j, cell in enumerate(header) if j and PERIOD_HEADER.search(cell)]
        dated = _dated_columns(table)
        cursor = max(cursor, _table_start(text, table, cursor))
        for i, j, rate, at in _rate_cells(text, table, dict.fromkeys(rates, DATED_RATE), cursor):
            row = table.rows[i]
            cursor = at + len(row[j])
            span = (
                year_range(rate.group("span") or "")
                or next((years for k in periods if k < len(row) and (years := year_range(row[k]))), None)
                or _row_years(row, dated)
            )
            value = float(rate.group("rate"))
            if (value, span[1]) not in known:
                out.append(_table_rate(table, i, row[j], at, value, span, main))
    return out


def labelled_growth(
    text: str, tables: list[Table], main: str | None, found: list[GrowthMention]
) -> list[GrowthMention]:
    """A key-facts table's row of a year's growth in percent, its years in its label ("YoY growth 2024-2025 (%) |
    41.6"): the rate to the label's last year; not a rate `found` already."""
    out: list[GrowthMention] = []
    known = {(g.rate_low, g.end_year) for g in found}
    cursor = 0
    for table in tables:
        for i, row in enumerate(table.rows):
            if len(row) < LABEL_AND_VALUE or not YEAR_ON_YEAR_LABEL.search(row[0]):
                continue
            rate, span = PERCENT_CELL.match(row[1].strip()), year_range(row[0])
            at = cell_line(text, row[1], cursor) if rate and span else -1
            if rate and span and at >= 0 and (float(rate.group(1)), span[1]) not in known:
                cursor = at + len(row[1])
                out.append(_table_rate(table, i, row[1], at, float(rate.group(1)), span, main))
    return out


def _dated_columns(table: Table) -> list[int]:
    """The columns of an estimates table that hold amounts with their years ("USD 31.2 bn (2024)"), whatever heads
    them ("Base-year value", "End yr")."""
    return [
        j
        for j in range(1, len(table.rows[0]))
        if any(j < len(row) and DATED_AMOUNT.match(row[j]) for row in table.rows)
    ]


def _row_years(row: list[str], columns: list[int]) -> tuple[int | None, int | None]:
    """The first and last year of a row's dated amounts: the span of the CAGR beside them ("USD 25.84 bn (2025) |
    USD 36.12 bn (2030) | 6.9%"), or (None, None)."""
    years = [int(dated.group("year")) for j in columns if j < len(row) and (dated := DATED_AMOUNT.match(row[j]))]
    return (min(years), max(years)) if len(set(years)) > 1 else (None, None)


def _estimate_tables(tables: list[Table]) -> Iterator[Table]:
    """The tables that compare firms' estimates of the market: a firm a row, under "Publisher" or "Source"."""
    return (table for table in tables if table.rows[0] and ESTIMATE_SOURCE.match(table.rows[0][0]))


def table_growth(
    text: str, tables: list[Table], main: str | None, regions: RegionIndex, found: list[GrowthMention]
) -> list[GrowthMention]:
    """The market's year-on-year rates in a column beside its sizes, years down the first column ("年份 | 市场规模
    （亿元） | 同比增速" over "2020 | 561 | 18.9%"): each the growth of its row's year; not a rate `found` already."""
    out: list[GrowthMention] = []
    known = {(g.rate_low, g.end_year) for g in found}
    cursor = 0
    for table in tables:
        header = table.rows[0]
        columns = [j for j, cell in enumerate(header) if j and ANNUAL_RATE_HEADER.search(cell)]
        across = _years_across(table)
        if (not columns and not across) or not any(f.scope == "market" for f in _figures(table, regions)):
            continue
        if across:  # "y/y growth | | 7.9% | 7.2%" under "USD bn | | 2022A | 2023A | …"; "CAGR 2022A–2024A | | 7.6%"
            start = _table_start(text, table, cursor)
            cursor = max(cursor, start)
            for rate in _rates_across(text, table, across, cursor, main):
                cursor = rate.char_end
                if (rate.rate_low, rate.end_year) not in known and not _within_stated(rate, found):
                    out.append(rate)
            continue
        start = _table_start(text, table, cursor)
        cursor = max(cursor, start)
        patterns = {j: PERCENT_CELL if PERCENT_HEADER.search(header[j]) else RATE_CELL for j in columns}
        for i, j, rate, at in _rate_cells(text, table, patterns, cursor):
            year = _year(table.rows[i][0])
            cursor = at + len(table.rows[i][j])
            value = float(rate.group(1).replace("−", "-"))
            if year is not None and (value, year[0]) not in known:
                out.append(_table_rate(table, i, table.rows[i][j], at, value, (None, year[0]), main))
    return out


def _within_stated(rate: GrowthMention, found: list[GrowthMention]) -> bool:
    """A year's rate the same as a rate stated over years that hold it: "Annual growth | 7.8%" for 2028 under a CAGR
    of 7.8% over 2025-2031 restates it."""
    return any(
        g.rate_low == rate.rate_low
        and g.start_year is not None
        and g.start_year <= (rate.end_year or 0) <= (g.end_year or 0)
        for g in found
    )


def _rates_across(
    text: str, table: Table, across: tuple[int, dict[int, tuple[int, bool]]], cursor: int, main: str | None
) -> Iterator[GrowthMention]:
    """The rates of a table with its years across: a row of each year's growth, labelled as such, its rates under
    their years; a row of a CAGR over the years its label names, its first rate."""
    header, years = across
    first = min(years)
    # "Source | 2024 | 2027E | 2030E | CAGR 2024-30" over "MarketsandMarkets | 92.3 | 108.0 | 125.4 | 5.2%": a column of
    # CAGRs over the years its head names, a rate for each firm's or the market's row
    spans = {
        j: span
        for j, cell in enumerate(table.rows[header])
        if CAGR_HEADER.search(cell) and (span := year_range(MARKED_YEAR.sub(r"\1", cell)))
    }
    for i in range(header + 1, len(table.rows)):
        row = table.rows[i]
        label = _row_label(row, first)
        rates = [(j, m) for j, cell in enumerate(row) if j and (m := RATE_CELL.match(cell.strip()))]
        if CAGR_HEADER.search(label) and rates and (span := year_range(MARKED_YEAR.sub(r"\1", label))):
            dated = [(rates[0][0], rates[0][1], span)]
        elif ANNUAL_RATE_HEADER.search(label):
            dated = [(j, m, (None, years[j][0])) for j, m in rates if j in years]
        elif spans and (MARKET_SERIES.search(label) or _firm_row(label)):
            dated = [(j, m, spans[j]) for j, m in rates if j in spans]
        else:
            continue
        for j, match, span in dated:
            at = cell_line(text, row[j], cursor)
            if at >= 0:
                cursor = at + len(row[j])
                yield _table_rate(table, i, row[j], at, float(match.group(1).replace("−", "-")), span, main)


def _rate_cells(
    text: str, table: Table, patterns: dict[int, re.Pattern[str]], cursor: int
) -> Iterator[tuple[int, int, re.Match[str], int]]:
    """(row, column, match, line) of each cell of the columns of `patterns` that its column's pattern matches, row
    by row, each found at its line in the text after the one before (from `cursor` on)."""
    for i, row in enumerate(table.rows[1:], start=1):
        for j, pattern in patterns.items():
            rate = pattern.match(row[j].strip()) if j < len(row) else None
            at = cell_line(text, row[j], cursor) if rate else -1
            if rate and at >= 0:
                cursor = at + len(row[j])
                yield i, j, rate, at


def _table_rate(
    table: Table, row: int, cell: str, at: int, value: float, years: tuple[int | None, int | None], main: str | None
) -> GrowthMention:
    """A table's rate at its cell's line `at`, with the table's header and its row as evidence."""
    return GrowthMention(
        at,
        at + len(cell),
        _evidence(table, row),
        rate_text=cell,
        rate_low=value,
        rate_high=value,
        start_year=years[0],
        end_year=years[1],
        market_name=main,
    )


def _company_accounts(table: Table) -> bool:
    """A table of a company's accounts, not of the market: "Financial summary (CHF m, Dec YE)", "Key financials", or
    a row of its EBITDA."""
    labels = [table.caption, *(row[0] for row in table.rows if row)]
    return any(ACCOUNTS.search(label) for label in labels if label)


def _row_label(row: list[str], first: int) -> str:
    """A row's label in a table with its years across from column `first`: every cell before them ("G00 | total |
    Global")."""
    return " ".join(cell for cell in row[:first] if cell)


def _years_across(table: Table) -> tuple[int, dict[int, tuple[int, bool]]] | None:
    """The row of years across a table's first rows ('| 2023 | 2024 |'), with each column's year."""
    for header in range(min(2, len(table.rows) - 1)):
        years = {j: year for j, cell in enumerate(table.rows[header]) if j and (year := _year(cell))}
        if len(years) >= 2:
            return header, years
    return None


def _figures(table: Table, regions: RegionIndex) -> list[_Figure]:
    """The table's figures, with years across its first rows ('| 2023 | 2024 |') or down its first column."""
    rows = table.rows
    if _company_accounts(table):
        return []
    caption_unit = unit_of(table.caption)
    across = _years_across(table)
    if across:
        header, years = across
        found = []
        first = min(years)
        # a table comparing research firms' estimates, a firm a row (two rows or more)
        estimates = sum(_firm_row(_row_label(rows[i], first)) for i in range(header + 1, len(rows))) >= 2
        for i in range(header + 1, len(rows)):
            label = _row_label(rows[i], first)
            unit = caption_unit or unit_of(rows[header][0])
            series = _series(label, unit, regions, table.caption if len(rows) - header == 2 else None, estimates)
            if series:
                found += [
                    _Figure(i, j, year[0], year[1], *series)
                    for j, year in years.items()
                    if j < len(rows[i]) and NUMBER_CELL.match(rows[i][j])
                ]
        return found
    years_down = {i: year for i, row in enumerate(rows) if i and row and (year := _year(row[0]))}
    if len(years_down) < 2 or len({year for year, _ in years_down.values()}) < len(years_down):
        return []  # no series, or a table in long form, a year on several rows (a place or a category each)
    columns = list(range(1, len(rows[0])))
    first = min(years_down)  # the rows above it head the columns: "Total market" over "(USD million)"
    labels = {j: " ".join(row[j] for row in rows[:first] if j < len(row) and row[j]) for j in columns}
    serieses = {
        j: _series(labels[j], caption_unit, regions, table.caption if len(columns) == 1 else None) for j in columns
    }
    return [
        _Figure(i, j, year[0], year[1] or FORECAST_ROW.search(" ".join(rows[i][1:])) is not None, *series)
        for i, year in years_down.items()
        for j, series in serieses.items()
        if series and j < len(rows[i]) and NUMBER_CELL.match(rows[i][j])
    ]


def _series(
    label: str,
    table_unit: tuple[str, str, float] | None,
    regions: RegionIndex,
    caption: str | None,
    estimates: bool = False,
) -> tuple[str, str | None, tuple[str, str, float]] | None:
    """(scope, region, unit) of a row or column labelled `label`, or None when it holds no market figure: a rate,
    a share, a volume, numbers whose unit the table does not state, a company's or a segment's. `caption` is the
    table's when the series is its only one: a caption naming the market makes it the market's. In a table of
    `estimates` (research firms' rows), a firm's row is the market's."""
    unit = unit_of(label) or table_unit
    if unit is None or NOT_VALUE.search(label):
        return None
    place = regions.find(label)
    if place and place[0][0] == 0 and place[0][1] >= len(label.split("(")[0].strip()):
        return ("region", place[0][2].name, unit)
    if MARKET_SERIES.search(label) or (caption and MARKET_SERIES.search(caption)):
        placed = regions.find(caption) if caption and not MARKET_SERIES.search(label) else []
        if placed and placed[0][0] == 0:
            return ("region", placed[0][2].name, unit)  # "China energy-based aesthetic device market size": China's
        return ("market", None, unit)
    if estimates and _firm_row(label):  # a row of a research firm's estimates of the market
        return ("market", None, unit)
    return None


def _firm_row(label: str) -> bool:
    """A row labelled with a research firm's name alone ("MarketsandMarkets", "Precedence Research"): not a series'
    words ("Market size", "Prior edition (2023 release) - 2028 forecast")."""
    return is_research_firm(label) and not MARKET_SERIES.search(label)


def unit_of(text: str) -> tuple[str, str, float] | None:
    """(currency, unit, factor) of a unit written in a caption or header: 'EUR million' -> ('EUR', 'million', 1);
    '亿元' -> ('CNY', 'million', 100)."""
    match = UNIT.search(text) if text else None
    if match is None:
        return None
    if match.group("zh_scale"):
        return CURRENCY_ZH[match.group("zh_cur")], "million", SCALE_MILLIONS[match.group("zh_scale")]
    symbol = (match.group("cur") or match.group("cur2")).lower().replace(" ", "")
    currency = SYMBOLS.get(symbol) or SYMBOLS.get(symbol.rstrip(".")) or symbol.upper()
    scale = (match.group("scale") or match.group("scale2")).lower()
    scale = scale[:-1] if scale.endswith("s") and scale[:-1] in SCALES else scale
    hundred = match.group("hundred") is not None  # "(Unit: 100 million yen)": the Japanese and Chinese 億
    return currency, SCALES.get(scale, "unit"), 100.0 if hundred else 1.0


def _year(cell: str) -> tuple[int, bool] | None:
    """(year, forecast or not) of a year heading: '2031F' -> (2031, True)."""
    match = YEAR_CELL.match(cell.strip())
    if not match:
        return None
    mark = match.group("word") or cell.strip()[-1:]
    return int(match.group("year")), bool(match.group("zh_word") or FORECAST_MARK.match(mark))


def _table_start(text: str, table: Table, cursor: int) -> int:
    """Where the table's first line (its caption or, for a caption over another block of its sheet, its first cell)
    is in the text, from `cursor` on."""
    at = cell_line(text, table.caption, cursor) if table.caption else -1
    first = next((cell for row in table.rows for cell in row if cell), "")
    return at if at >= 0 or not first else cell_line(text, first, cursor)


def cell_line(text: str, cell: str, start: int) -> int:
    """The offset of the first line from `start` on that is `cell` alone, or -1."""
    at = start - 1
    while True:
        at = text.find(cell, at + 1)
        if at < 0:
            return -1
        end = at + len(cell)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return at


def _evidence(table: Table, row: int) -> str:
    """The table's caption, its header row and the figure's row: 'European agricultural drone market, EUR
    million: | 2023 | 2024 / Market value | 338.9 | 412.6'."""
    lines = [" | ".join(table.rows[0]).strip(), " | ".join(table.rows[row]).strip()]
    text = (f"{table.caption}: " if table.caption else "") + " / ".join(lines)
    return text[:MAX_EVIDENCE]


@dataclass(frozen=True)
class CompanyColumns:
    """What a document's tables say of companies (company_columns)."""

    names: list[str]  # the cells of the columns headed as companies, in the tables' order
    others: set[str]  # cells that name no company
    head_offices: set[str]  # the cells of a column of head offices beside a column of companies


NO_COMPANY_COLUMNS = CompanyColumns([], set(), set())


def company_columns(tables: list[Table]) -> CompanyColumns:
    """The cells of the columns headed as companies ('Company | Headquarters | Revenue 2024'); cells that name no
    company: the other columns' of those tables ('Kaiseraugst', 'Private'), every table's header cells, and the
    labels in the first column of the other tables ('Study Period', 'Base Year'); and the cells of a column of head
    offices beside a column of companies ('Vendor | Headquarters' over 'Alstef Group | France'), where a company's
    country is no place the report covers unless another table lists it."""
    names: list[str] = []
    others: set[str] = set()
    head_offices: set[str] = set()
    listed: set[str] = set()  # the cells of the other tables: a country a table of coverage lists is a place covered
    for table in tables:
        header = [cell.strip() for cell in table.rows[0]]
        column = next((j for j, cell in enumerate(header) if COMPANY_HEADER.match(NOTE.sub("", cell))), None)
        if column is None and not header[0] and COMPETITION.search(table.caption):
            column = 0  # a deck's "Slide 9 — Competition": a firm a row under a blank corner, their features across
        if column is None and _names_only(table):
            continue  # "Companies Profiled" over a list in two columns, laid out as a table: no labels
        others |= {cell for cell in table.rows[0] if cell}
        if column is None:
            others |= {row[0] for row in table.rows[1:] if row and row[0] and len(row) >= 2}
            listed |= {cell for row in table.rows[1:] for cell in row}
            continue
        offices = [j for j, cell in enumerate(header) if HEAD_OFFICE_HEADER.match(cell)]
        for i, row in enumerate(table.rows):
            if i and column < len(row) and row[column] and row[column] not in names:
                names.append(row[column])
            others |= {
                piece for j, cell in enumerate(row) if j != column for piece in cell_pieces(cell, CELL_LIST, True)
            }
            head_offices |= {row[j] for j in offices if i and j < len(row) and row[j]}
    return CompanyColumns(names, others - set(names), head_offices - listed)


SECTION_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*")  # a contents line's number in a cell of its own


def _names_only(table: Table) -> bool:
    """Whether most cells of a table with no header are companies' names with their legal form ("Genpact
    Limited | eClerx Services Limited" over "EXL Service Holdings, Inc. | Evalueserve"), their numbers aside
    ("14.3.1 | Live Nation Entertainment, Inc.")."""
    cells = [cell for row in table.rows for cell in row if cell and not SECTION_CELL.fullmatch(cell)]
    return sum(bool(LEGAL_SUFFIX_END.search(f" {cell}")) for cell in cells) * 2 > len(cells)


def cell_pieces(cell: str, separator: re.Pattern[str], notes: bool = False) -> set[str]:
    """A cell and the items of its list parted by `separator`, and with `notes` each also without its note in
    parentheses: 'Berkeley, California' -> itself, 'Berkeley', 'California'; 'Beta-lactoglobulin (whey)' -> itself
    and 'Beta-lactoglobulin'."""
    parts = {cell, *(part.strip() for part in separator.split(cell))}
    if notes:
        parts |= {NOTE.sub("", part).strip() for part in parts}
    return parts - {""}


def table_companies_zh(text: str, cells: list[str], found: list[CompanyMention]) -> list[CompanyMention]:
    """A Chinese document's companies in the cells of a table's column of them ('重点企业 | 总部所在地',
    company_columns) that its lists do not name."""
    known = {c.company_name for c in found}
    out: list[CompanyMention] = []
    cursor = 0
    for cell in cells:
        at = cell_line(text, cell, cursor)
        name = FULL_PARENTHETICAL.sub("", cell).strip()  # "优傲机器人（Universal Robots）": its note left out
        if at < 0 or name in known or name in OTHERS or not 2 <= len(name) <= 30 or any(c.isdigit() for c in name):
            continue
        cursor = at + len(cell)
        known.add(name)
        out.append(CompanyMention(at, at + len(name), cell, name_as_written=name, company_name=name))
    return out
