"""Market figures laid out in tables whose unit is written over the numbers."""

from __future__ import annotations

import pytest

from loaders.clean import clean
from loaders.extract.document import extract_document
from loaders.extract.tables import chart_sizes, estimate_sizes
from loaders.pipeline import process_file
from loaders.text_tables import Table, blocks, lay_out_tables
from tests.conftest import REAL_DOCS, REPO_ROOT

WRITTEN_DOCS = REPO_ROOT / "tests" / "written" / "docs"


def sizes_of(facts) -> set[tuple]:
    return {
        (s.money.reported_value, s.money.reported_unit, s.money.reported_currency, s.reference_year, s.scope)
        for s in facts.sizes
    }


def test_tables_with_the_unit_in_their_caption_or_header() -> None:
    """Written documents: "European agricultural drone market, EUR million" over "| 2023 | 2024 | 2025E | 2031F"
    and "Market value | 338.9 | …"; "Fiscal year | Market size (¥ billion) | Note" over "FY2022 | 35.6 | actual";
    a Chinese "年份 | 市场规模（亿元）" over "2022年 | 32.1" (亿元: hundreds of millions)."""
    drones = process_file(WRITTEN_DOCS / "w2-07-european-agricultural-drone-market.html", 10**8).facts
    assert {
        (338.9, "million", "EUR", 2023, "market"),
        (412.6, "million", "EUR", 2024, "market"),
        (498.0, "million", "EUR", 2025, "market"),
        (1284.3, "million", "EUR", 2031, "market"),
    } <= sizes_of(drones)
    forecast = next(s for s in drones.sizes if s.reference_year == 2031 and s.money.reported_value == 1284.3)
    assert forecast.is_forecast and forecast.evidence_text.startswith("European agricultural drone market, EUR")
    robots = process_file(WRITTEN_DOCS / "w2-20-japan-nursing-care-robots-market.md", 10**8)
    assert {(35.6, "billion", "JPY", 2022, "market"), (79.4, "billion", "JPY", 2028, "market")} <= sizes_of(
        robots.facts
    )
    cell = next(s for s in robots.facts.sizes if s.money.reported_value == 79.4)
    assert robots.text[cell.char_start : cell.char_end] == "79.4" and cell.is_forecast
    cooling = "w2-28-china-energy-storage-thermal-management-market.zh-CN.md"
    assert (3210.0, "million", "CNY", 2022, "market") in sizes_of(process_file(WRITTEN_DOCS / cooling, 10**8).facts)


def test_a_table_repeating_the_prose_adds_nothing() -> None:
    """A real report: "| Market Size (USD Billion) | 3.03 | 4.10 | 5.8% |" under "| Metric | 2025 | 2030 | CAGR |"
    repeats the figures its text states; a table of regions without years gives no figure."""
    facts = process_file(REAL_DOCS / "marketing-agents_wireless_earphones_market_analysis_2025_208OTNjT.md", 10**8)
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.facts.sizes}
    assert {(3.03, 2025), (4.1, 2030)} <= sizes
    assert not any(s.evidence_text.startswith(("Metric |", "Region |")) for s in facts.facts.sizes)


def test_rows_of_regions_companies_and_rates() -> None:
    page = (
        "<html><body><h1>Widget Market</h1><p>The widget market is growing.</p>"
        "<table><caption>Widget market by region, USD million</caption>"
        "<tr><th>Region</th><th>2024</th><th>2030</th></tr>"
        "<tr><td>North America</td><td>120.5</td><td>190.0</td></tr>"
        "<tr><td>Europe</td><td>98.1</td><td>150.2</td></tr>"
        "<tr><td>Total</td><td>300.0</td><td>480.0</td></tr>"
        "<tr><td>CAGR (%)</td><td>8.1</td><td>8.1</td></tr></table>"
        "<table><tr><th>Company revenue, USD million</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Acme Widgets Inc.</td><td>55.0</td><td>61.0</td></tr></table>"
        "<table><tr><th>Shipments</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Market</td><td>5,000</td><td>6,000</td></tr></table>"
        "</body></html>"
    )
    facts = extract_document(clean(page, ".html"))
    found = {(s.money.reported_value, s.reference_year, s.scope, s.region_name) for s in facts.sizes}
    assert found == {
        (120.5, 2024, "region", "North America"),
        (190.0, 2030, "region", "North America"),
        (98.1, 2024, "region", "Europe"),
        (150.2, 2030, "region", "Europe"),
        (300.0, 2024, "market", None),
        (480.0, 2030, "market", None),
    }


def test_a_column_of_companies_and_the_cells_beside_it() -> None:
    """Written documents: "Company | Headquarters | Revenue 2024 | Main products" names companies in its first
    column only (not "Kaiseraugst", "Berkeley, California", "Private", "Beta-lactoglobulin (whey)" or its header);
    "Insurer | Share" names the insurers the text does not list; a Chinese "重点企业 | 总部所在地 | 2024年营业收入"."""
    ferment = process_file(WRITTEN_DOCS / "w2-03-precision-fermentation-ingredients-market.html", 10**8).facts
    names = {c.name_as_written for c in ferment.companies}
    assert {"DSM-Firmenich", "Perfect Day, Inc.", "Brevia Biotech AG"} <= names
    assert not names & {"Kaiseraugst", "Berkeley", "California", "Private", "Beta-lactoglobulin", "Headquarters"}
    pets = process_file(WRITTEN_DOCS / "w2-10-uk-pet-insurance-market.html", 10**8).facts
    assert {"Petplan", "ManyPets", "Sainsbury's Bank"} <= {c.name_as_written for c in pets.companies}
    gases = process_file(WRITTEN_DOCS / "w2-30-global-industrial-gases-market.zh-CN.md", 10**8)
    linde = next(c for c in gases.facts.companies if c.company_name == "林德集团")
    assert gases.text[linde.char_start : linde.char_end] == "林德集团"
    assert not {c.company_name for c in gases.facts.companies} & {"沃金", "总部所在地"}


def test_a_text_file_s_tables() -> None:
    """A written release in plain text: its column of companies ("Rank  Company  Share"), its tab-aligned table of
    dimensions and segments, and its report attributes ("Forecast period CAGR          4.9%")."""
    facts = process_file(WRITTEN_DOCS / "w3-24-industrial-valves.txt", 10**8).facts
    assert {"Emerson Electric Co.", "Neway Valve (Suzhou) Co., Ltd.", "Spirax-Sarco Engineering plc"} <= {
        c.name_as_written for c in facts.companies
    }
    segments = {(s.dimension, s.segment_name) for s in facts.segments}
    assert {("product", "Ball"), ("end use", "Food & Beverage"), ("material", "Cast Iron")} <= segments
    assert not any("catching up" in name for _, name in segments)


def test_a_table_headed_by_a_dimension() -> None:
    """A written document: "| Regulatory category | FY2024 shipment value | Share | Trend |" and "| Product form |
    Examples |" name their segments in the first column; the other cells ("JPY 695 billion", "Strong growth",
    "Probiotic yoghurt") and the header's are none. A table of licences and prices names no dimension."""
    facts = process_file(WRITTEN_DOCS / "w3-13-japan-functional-foods.md", 10**8).facts
    segments = {(s.dimension, s.segment_name) for s in facts.segments}
    assert {("regulatory category", "Foods with Function Claims (FFC)"), ("product form", "Beverages")} <= segments
    names = {name for _, name in segments}
    assert not names & {"JPY 695 billion", "Strong growth", "Probiotic yoghurt", "Examples", "Share", "Product form"}
    assert not names & {"Lutein", "collagen", "Low-GI chocolate"}  # items of a cell beside the segments
    page = (
        "<html><body><h1>Widget Market</h1><table><tr><th>License Type</th><th>Price</th></tr>"
        "<tr><td>Single User License</td><td>USD 4,500</td></tr><tr><td>Enterprise License</td><td>USD 9,000</td></tr>"
        "<tr><td>Multi-User License</td><td>USD 6,500</td></tr></table></body></html>"
    )
    assert extract_document(clean(page, ".html")).segments == []
    pumps = process_file(WRITTEN_DOCS / "w2-21-india-solar-water-pumps-market.txt", 10**8).facts
    assert ("type", "Submersible Pumps") in {(s.dimension, s.segment_name) for s in pumps.segments}
    assert not any(s.segment_name.startswith("By ") for s in pumps.segments)  # "By drive:   AC Pumps, DC Pumps"


def test_table_labels_and_headers_are_no_companies() -> None:
    """Written documents: a report's attributes ("| Study Period | 2020-2033 |", "| Base Year | 2024 |") after its
    list of players, and a table's header "Vendor", name no company."""
    wealth = process_file(WRITTEN_DOCS / "w3-16-wealth-management-platform.md", 10**8).facts
    assert not {c.name_as_written for c in wealth.companies} & {"Study Period", "Base Year", "Unit"}
    baggage = process_file(WRITTEN_DOCS / "w3-14-airport-baggage-handling.md", 10**8).facts
    assert "Vendor" not in {c.name_as_written for c in baggage.companies}


def test_a_company_s_head_office_in_a_table_is_no_covered_place() -> None:
    """Written documents: "| Vendor | Headquarters | Key offering |" over "| Alstef Group | France | …|" names no
    country the report covers; a table of regions beside a "Leading vendor" column still does."""
    baggage = process_file(WRITTEN_DOCS / "w3-14-airport-baggage-handling.md", 10**8).facts
    assert not {r.region_name for r in baggage.regions} & {"France", "Singapore", "New Zealand"}
    payments = process_file(WRITTEN_DOCS / "w3-07-payment-orchestration.html", 10**8).facts
    names = {r.region_name for r in payments.regions}
    assert "North America" in names and not names & {"Denmark", "Austria"}


def test_a_year_s_growth_beside_the_market_s_sizes_and_not_beside_other_numbers() -> None:
    """ "| Year | Market size (USD million) | YoY growth |" over "| 2024 | 410.5 | 9.2% |": the growth of 2024; the
    same rates beside numbers that are no market's ("| Year | Shipments (units) | YoY growth |") are none."""
    rows = "| 2023 | 375.9 | 8.1% |\n| 2024 | 410.5 | 9.2% |\n| 2025F | 447.3 | 9.0% |\n"
    sized = "# Widget Market\n\n| Year | Market size (USD million) | YoY growth |\n|---|---|---|\n" + rows
    facts = extract_document(clean(sized, ".md"))
    assert {(8.1, 2023), (9.2, 2024), (9.0, 2025)} <= {(g.rate_low, g.end_year) for g in facts.growth}
    counted = "# Widget Market\n\n| Year | Shipments (units) | YoY growth |\n|---|---|---|\n" + rows
    assert not extract_document(clean(counted, ".md")).growth


def test_a_table_in_a_box_and_a_table_ruled_once_under_its_header() -> None:
    """A written brief's table in a box, its top and bottom borders one rule over every column, under its caption:
    the caption is the table's, the line under the top border its header, each row's cells in the header's columns;
    the same table with one such rule under its header reads the same, its header first."""
    path = WRITTEN_DOCS / "w6-29-china-battery-swapping.zh-CN.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    top = next(k for k, line in enumerate(lines) if line.strip().startswith("表1"))
    box = lines[top : top + 10]
    _, tables, _ = lay_out_tables("\n".join(box))
    assert [(t.caption, t.rows[0], t.rows[1], len(t.rows)) for t in tables] == [
        (
            "表1 2020-2025年中国新能源汽车换电服务市场规模",
            ["年份", "市场规模（亿元）", "同比增长"],
            ["2020", "18.5", "—"],
            7,
        )
    ]
    ruled_once = [box[2], box[1], *box[3:9]]  # header, rule, rows
    _, tables, _ = lay_out_tables("\n".join(ruled_once))
    assert [(t.rows[0], t.rows[-1], len(t.rows)) for t in tables] == [
        (["年份", "市场规模（亿元）", "同比增长"], ["2025E", "245.0", "31.4%"], 7)
    ]


def test_a_table_s_caption_in_the_line_before_it() -> None:
    """A written brief exported from a word processor: "**Table 1.** Contract sterilization services market,
    global, USD billion" over a table with no caption of its own gives the unit of its "Market size" row (2028:
    6.57, 2031: 8.21); a sentence over a table, a paragraph longer than a caption, or a list is no caption."""
    facts = process_file(WRITTEN_DOCS / "w6-12-contract-sterilization-services-docx-export.md", 10**8).facts
    assert {(6.57, "billion", "USD", 2028, "market"), (8.21, "billion", "USD", 2031, "market")} <= sizes_of(facts)
    table = (
        "<table><tr><th>Metric</th><th>2024</th><th>2025</th></tr>"
        "<tr><td>Market size</td><td>4.9</td><td>5.2</td></tr></table>"
    )
    line = "Widget market, global, USD billion"
    for over, captioned in (
        (f"<p>{line}</p>", True),
        (f"<p>{line}.</p>", False),
        (f"<p>{line} {'and more words ' * 6}</p>", False),
        (f"<ul><li>{line}</li></ul>", False),
    ):
        doc = clean(f"<html><body><h1>Widget Market</h1>{over}\n{table}</body></html>", ".html")
        assert (doc.tables[0].caption != "") is captioned
        assert bool(extract_document(doc).sizes) is captioned


def test_a_table_comparing_firms_estimates_of_the_market() -> None:
    """Written comparison pages: "Publisher | Base-year value | Forecast value | CAGR" over "Grand View Research | USD
    31.2 bn (2024) | USD 57.5 bn (2030) | 10.8% (2025–2030)", and "Source | … | CAGR | Period" over "… | 23.4% |
    2025–2030": each firm's sizes of the market with their years (a forecast's marked), and its rate with its years
    from the cell or the "Period" column."""
    facts = process_file(WRITTEN_DOCS / "w6-02-pharma-contract-packaging-estimates-compared.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year, s.scope) for s in facts.sizes}
    assert {(31.2, 2024, "market"), (57.5, 2030, "market"), (33.9, 2025, "market"), (50.3, 2030, "market")} <= sizes
    assert next(s for s in facts.sizes if s.money.reported_value == 57.5).is_forecast
    assert {(10.8, 2025, 2030), (8.2, 2025, 2030)} <= {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    facts = process_file(WRITTEN_DOCS / "w6-17-plasmid-dna-manufacturing-estimates-compared.html", 10**8).facts
    assert {(23.4, 2025, 2030), (19.2, 2025, 2034)} <= {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    regional = Table("", [["Region", "Market value"], ["Europe", "USD 4.1 bn (2024)"]])
    assert estimate_sizes("Region\n\nMarket value\n\nEurope\n\nUSD 4.1 bn (2024)\n", [regional], "Widget") == []


def test_comma_separated_values_in_a_text_file() -> None:
    """A written data export saved as text: blocks of comma-separated values under "# Block 1: …" comments read as
    tables. The market's sizes down its "year,value_usd_mn,yoy_pct" block and across its "total,Global" row (its
    code and dimension cells before the years), the year's growth in a column in percent without the sign, the
    segments of a table in long form ("id,dimension,segment,…" over "P06,product_type,"Sauces, dressings &
    condiments",8.2"), a column of companies, and the countries a coverage table lists though a company's head
    office is there too."""
    facts = process_file(WRITTEN_DOCS / "w7-13-food-contract-manufacturing-data-export.txt", 10**8).facts
    sizes = {(value, year) for value, unit, currency, year, scope in sizes_of(facts) if scope == "market"}
    assert {(121900.0, 2019), (118420.0, 2020), (152360.0, 2024), (160110.0, 2025), (264940.0, 2035)} <= sizes
    assert {(g.rate_low, g.end_year) for g in facts.growth} >= {(-2.9, 2020), (7.5, 2021), (5.0, 2024)}
    segments = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    named = {("product type", "Sauces, dressings & condiments"), ("service type", "Custom formulation & R&D")}
    assert named <= segments
    assert not {name for _, name in segments} & {"P01", "product_type", "Sauces", "Global", "North America"}
    assert {"TreeHouse Foods Inc.", "Zentis GmbH & Co. KG"} <= {c.name_as_written for c in facts.companies}
    countries = {r.region_name for r in facts.regions}
    assert {"United States", "United Kingdom", "Germany"} <= countries and "Austria" not in countries


def test_a_table_in_long_form_is_no_series_and_prose_is_no_comma_separated_table() -> None:
    """A written statistics bulletin's extract ("REF_DATE,GEO,SERIES,…,VALUE" over rows of 2024 for each province)
    repeats its years, one row a place each: no size of the market; its rows are no segments; its caption the line
    over the rule over its header. Lines of names
    parted by ", " are a list, not a table, and a block of two rows is none."""
    path = WRITTEN_DOCS / "w7-25-canada-food-contract-manufacturing-statistics.txt"
    captions = [t.caption for t in clean(path.read_text(encoding="utf-8"), ".txt").tables]
    assert captions[-2:] == ["(CSV extract; VALUE in thousands of dollars)"] * 2  # over the rule over its header
    facts = process_file(path, 10**8).facts
    assert not [s for s in facts.sizes if s.evidence_text.startswith("(CSV extract")]
    assert not [s for s in facts.segments if "," in s.segment_name or s.segment_name.startswith("REF")]
    listed = "Leaders\n\nCatalent, Lonza, Samsung Biologics\nRecipharm, Siegfried, Cambrex\nPatheon, Boehringer, WuXi\n"
    assert lay_out_tables(listed)[1] == []
    assert lay_out_tables("Total,2024,USD, note\nNorth America,2024,USD, as above\nEurope,2024,USD, same\n")[1] == []
    assert len(lay_out_tables("a,b,c\n1,2,3\n4,5,6\n")[1]) == 1 and lay_out_tables("a,b,c\n1,2,3\n")[1] == []


def test_a_sheet_saved_as_a_page_parts_into_the_tables_it_lays_out() -> None:
    """Written spreadsheets saved as web pages: one <table> holding several, parted by empty rows, each under a
    title spanning the columns. Each block's sizes by its own header ("USD bn | | 2022A | … | 2030F" over "Global
    market size"), a row of each year's growth under its years ("y/y growth", "Y-O-Y growth") and a CAGR row over
    the years its label names ("CAGR 2022A–2024A | | 7.6%"); a superseded edition's row is no series."""
    model = process_file(WRITTEN_DOCS / "w8-03-automotive-pcba-ems-model-workbook.html", 10**8).facts
    sizes = {(value, year) for value, unit, currency, year, scope in sizes_of(model) if scope == "market"}
    assert {(21.36, 2022), (24.71, 2024), (37.96, 2030)} <= sizes
    rates = {(g.rate_low, g.start_year, g.end_year) for g in model.growth}
    assert {(7.9, None, 2023), (7.5, None, 2030), (7.6, 2022, 2024), (7.4, 2025, 2030)} <= rates
    pack = process_file(WRITTEN_DOCS / "w8-18-automotive-pcb-assembly-ems-excel-export.html", 10**8).facts
    sizes = {(value, year) for value, unit, currency, year, scope in sizes_of(pack) if scope == "market"}
    assert {(15.62, 2024), (22.09, 2029), (11.84, 2019), (14.71, 2023)} <= sizes and (19.87, 2028) not in sizes
    assert {(6.98, 2025), (6.92, 2029)} <= {(g.rate_low, g.end_year) for g in pack.growth}


def test_a_company_s_accounts_and_a_restated_rate_are_no_market_figures() -> None:
    """Written broker notes: a "Financial summary (CHF m, Dec YE)" or "Key financials" table's revenue and its growth
    are the company's, not the market's, as are a table's with a row of EBITDA. A written brief's "Annual growth |
    6.9% | 7.8% | 7.8% | 7.8%" under "2024 | 2025 | 2028 | 2031" gives 2024's growth; its 7.8% restates the CAGR
    of 7.8% over 2025–2031."""
    for name in ("w8-07-lnp-cdmo-equity-research-note.md", "w8-23-lnp-cdmo-equity-research-note.md"):
        facts = process_file(WRITTEN_DOCS / name, 10**8).facts
        figures = [*facts.sizes, *facts.growth]
        assert not [f for f in figures if f.evidence_text.startswith(("Financial summary", "Key financials"))]
    row = "<tr>" + "<td>{}</td>" * 3 + "</tr>"
    for caption, rows in (
        ("Acme Corp, USD million", row.format("EBITDA", "30.1", "35.0")),
        ("Key financials, USD million", ""),
        ("Financial summary, USD million", ""),
    ):
        page = f"<html><body><h1>Widget Market</h1><table><caption>{caption}</caption>"
        page += row.format("Metric", "2024", "2025") + row.format("Revenue", "120.5", "140.2") + rows
        assert not extract_document(clean(page + "</table></body></html>", ".html")).sizes, caption
    brief = process_file(WRITTEN_DOCS / "w6-12-contract-sterilization-services-docx-export.md", 10**8).facts
    rates = {(g.rate_low, g.end_year) for g in brief.growth}
    assert (6.9, 2024) in rates and (7.8, 2028) not in rates


def test_a_sheet_s_blocks_under_its_caption_or_their_own_title() -> None:
    """A sheet's blocks: a block of one row is no table; the sheet's caption gives its unit to every block; a title
    spanning a block's columns is its caption ("Widget market, USD million" over "Metric | 2024 | 2025")."""
    sheet = Table("Sheet", [["a", "b"], ["", ""], ["c", "d"], ["e", "f"]])
    assert [(t.caption, t.rows) for t in blocks(sheet)] == [("Sheet", [["c", "d"], ["e", "f"]])]
    row = "<tr>" + "<td>{}</td>" * 3 + "</tr>"
    page = "<html><body><h1>Widget Market</h1><table><caption>Widget market, global, USD million</caption>"
    page += row.format("Metric", "2024", "2025") + row.format("Market size", "1.5", "2.5") + row.format("", "", "")
    page += row.format("Metric", "2026", "2027") + row.format("Market size", "3.5", "4.5") + "</table>"
    page += '<table><tr><td colspan="3">Widget market, USD million</td></tr>' + row.format("", "", "")
    page += row.format("Widget market, USD million", "Widget market, USD million", "Widget market, USD million")
    page += row.format("Metric", "2028", "2029") + row.format("Market size", "5.5", "6.5")
    page += "</table></body></html>"
    facts = extract_document(clean(page, ".html"))
    assert {(s.money.reported_value, s.reference_year) for s in facts.sizes} == {
        (1.5, 2024),
        (2.5, 2025),
        (3.5, 2026),
        (4.5, 2027),
        (5.5, 2028),
        (6.5, 2029),
    }


def test_a_column_of_companies_under_a_title_or_with_a_note() -> None:
    """Written pages: "Key Companies Profiled" spanning a table's columns over "Company | Headquarters | Remark"
    (an old page laid out in nested tables), and a sheet's "Key players (EMS with automotive PCBA lines) | HQ |
    Ticker" and "Exhibit 06: Vendor landscape" head columns of companies; their head offices and tickers are none."""
    portal = process_file(WRITTEN_DOCS / "w8-01-veterinary-api-cmo-legacy-portal.html", 10**8).facts
    names = {c.name_as_written for c in portal.companies}
    assert {"Huvepharma", "Olon S.p.A.", "Bimeda Inc."} <= names and not names & {"Thane", "Sofia", "Remark"}
    sheet = process_file(WRITTEN_DOCS / "w8-03-automotive-pcba-ems-model-workbook.html", 10**8).facts
    names = {c.name_as_written for c in sheet.companies}
    assert {"Jabil Inc.", "Katek SE", "SIIX Corporation"} <= names and not names & {"JBL", "St. Petersburg", "Osaka"}
    pack = process_file(WRITTEN_DOCS / "w8-18-automotive-pcb-assembly-ems-excel-export.html", 10**8).facts
    assert {"Kitron ASA", "Zollner Elektronik AG"} <= {c.name_as_written for c in pack.companies}  # "Exhibit 06: Vendor
    # landscape" heads them


def test_an_exhibitor_list_and_a_column_of_head_office_countries() -> None:
    """Written pages: a trade show's "Exhibitor | Country | Stand | Category" table names companies, its countries
    no place the market covers; a dataset README's "company | hq_country | ticker" table is read the same."""
    show = process_file(WRITTEN_DOCS / "w8-05-softgel-contract-manufacturing-exhibitor-list.html", 10**8).facts
    assert {"Catalent, Inc.", "Procaps Group"} <= {c.name_as_written for c in show.companies}
    assert "Luxembourg" not in {r.region_name for r in show.regions}
    readme = process_file(WRITTEN_DOCS / "w8-20-probiotic-contract-manufacturing-dataset-readme.md", 10**8).facts
    assert not {r.region_name for r in readme.regions} & {"Sweden", "Denmark", "Ireland"}


def test_a_sheet_s_cross_check_of_firms_estimates() -> None:
    """A written model saved as a page: "Source cross-check | | Base yr | End yr | CAGR" over "Mordor Intelligence
    (alt. source) | | USD 25.84 bn (2025) | USD 36.12 bn (2030) | 6.9%": each firm's amounts sizes of the market
    with their years, its CAGR over the years of its row's amounts."""
    facts = process_file(WRITTEN_DOCS / "w8-03-automotive-pcba-ems-model-workbook.html", 10**8).facts
    checked = [s for s in facts.sizes if s.evidence_text.startswith("Source cross-check")]
    assert {(s.money.reported_value, s.reference_year) for s in checked} == {
        (24.7, 2024),
        (38.0, 2030),
        (25.84, 2025),
        (36.12, 2030),
    }
    assert (6.9, 2025, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    row = "<tr>" + "<td>{}</td>" * 3 + "</tr>"
    page = "<html><body><h1>Widget Market</h1><table>" + row.format("Source", "Value", "CAGR")
    page += row.format("Acme Research", "USD 1.2 bn (2024)", "7.7%") + row.format(
        "Beta Insights", "USD 1.3 bn (2024)", "7.9%"
    )
    rates = {(g.rate_low, g.end_year) for g in extract_document(clean(page + "</table>", ".html")).growth}
    assert (7.7, None) in rates  # one year in a row: no span for its rate


def test_an_article_s_table_of_published_estimates() -> None:
    """A written encyclopedia article's "Published estimates" table is headed "Source (year published) | Base-year
    value | Forecast value | CAGR": each source's amounts size the market with their years ("US$1.09 bn (2023)")."""
    facts = process_file(WRITTEN_DOCS / "w9-16-contract-radiolabelling-wiki-article.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(1.09, 2023), (1.86, 2032), (0.64, 2014)} <= sizes
    assert (6.1, 2024, 2032) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}


def test_a_table_of_research_firms_estimates_sizes_the_market_by_each() -> None:
    """A written bank note's "Source | 2024 | 2027E | 2030E | CAGR 2024-30" over a row per firm ("MarketsandMarkets |
    92.3 | 108.0 | 125.4 | 5.2%"): every cell a size of the market, every CAGR over 2024-2030; a worksheet's row of a
    superseded edition's forecast is no firm's."""
    note = process_file(REPO_ROOT / "tests/written/docs/w12-24-aircraft-mro-bank-note.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in note.sizes if s.scope == "market"}
    assert {(92.3, 2024), (108.0, 2027), (125.4, 2030), (85.1, 2024), (111.0, 2030)} <= sizes
    rates = {(g.rate_low, g.start_year, g.end_year) for g in note.growth if g.scope == "market"}
    assert {(5.2, 2024, 2030), (4.5, 2024, 2030)} <= rates
    sheet = process_file(REPO_ROOT / "tests/written/docs/w8-18-automotive-pcb-assembly-ems-excel-export.html", 10**8)
    assert 19.87 not in {s.money.reported_value for s in sheet.facts.sizes}


def test_a_chinese_table_s_estimated_years() -> None:
    """A written Hong Kong prospectus's table "年度 | 億美元" over "2025年（估計）| 1,302": the estimated years'
    sizes."""
    prospectus = process_file(REPO_ROOT / "tests/written/docs/w12-26-yundong-xiefu-daigong-prospectus.txt", 10**8)
    sizes = {(s.money.reported_value, s.reference_year) for s in prospectus.facts.sizes if s.scope == "market"}
    assert {(130_200.0, 2025), (152_000.0, 2028), (160_100.0, 2029)} <= sizes  # "預期市場規模將…於2029年達到"


def test_a_table_of_spend_by_financial_year_with_its_change_on_the_year_before() -> None:
    """A written procurement analysis's "Financial year | Spend (£bn) | Change on previous year" over "2020/21 | 5.89 |
    +2.6%": each financial year's spend a size of the market (the year it starts), each change that year's growth."""
    page = process_file(REPO_ROOT / "tests/written/docs/w12-12-uk-public-sector-fm.html", 10**8).facts
    sizes = {(s.money.reported_value, s.money.reported_currency, s.reference_year) for s in page.sizes}
    assert {(5.74, "GBP", 2019), (5.89, "GBP", 2020), (6.48, "GBP", 2022)} <= sizes
    assert {(2.6, 2020), (5.9, 2022)} <= {(g.rate_low, g.end_year) for g in page.growth if g.start_year is None}


def test_a_country_guide_s_imports_exports_and_production_rows_are_no_market_size() -> None:
    """ "Total Local Production | 1,120 | …", "Total Exports | …", "Total Imports | …" over "Total Market Size | 2,080 |
    …" (USD millions): only the last row is the market's."""
    doc = REPO_ROOT / "tests" / "written" / "docs" / "w14-30-vietnam-medical-devices-ccg.html"
    rows = {s.evidence_text.split(" / ")[-1].split(" |")[0] for s in process_file(doc, 20_000_000).facts.sizes}
    assert "Total Market Size" in rows
    assert not {"Total Local Production", "Total Exports", "Total Imports"} & rows


def test_a_column_of_each_year_s_revenue_change() -> None:
    """A statistics portal's "Year | Revenue (billion US$) | Revenue change" over "2024 | 93.52 | 2.9%": each year's
    growth."""
    page = REPO_ROOT / "tests" / "written" / "docs" / "w16-16-hair-care-market-outlook.html"
    growth = {(g.rate_low, g.start_year, g.end_year) for g in process_file(page, 10**8).facts.growth}
    assert {(2.9, None, 2024), (3.4, None, 2026), (2.9, None, 2030)} <= growth


def test_a_text_table_s_last_cell_wrapped_onto_the_next_lines_is_one_cell() -> None:
    """A list of dated releases in a text's two columns, a title wrapped under its column where its line filled the
    table's width, is a row each; a line under a shorter line, or under a cell that ends a sentence, opens a row of
    its own. A written page's key players, wrapped in a label's column, read as one list again."""
    text = (
        "2025-09-09  Feed Premix Market to Reach USD 11.4 Billion by 2030\n"
        "2025-08-21  Food Fortification Ingredients Market to Expand at 5.9% CAGR\n"
        "            During 2024-2031 - Tessaro Data\n"
        "2025-08-02  Gummy Supplement Contract Packaging Demand Rose Strongly in 2024.\n"
        "            Notes\n"
        "2025-07-15  Nutrient Encapsulation Market Size Worth USD 2.3 Billion by\n"
        "            2029, Registering 7.4% CAGR, According to the Latest Study by the\n"
        "            Corriedale Insights Team\n"
        "2025-07-01  Short title\n"
        "            Another line\n"
    )
    tables = lay_out_tables(text)[1]
    assert [row[1] for row in tables[0].rows] == [
        "Feed Premix Market to Reach USD 11.4 Billion by 2030",
        "Food Fortification Ingredients Market to Expand at 5.9% CAGR During 2024-2031 - Tessaro Data",
        "Gummy Supplement Contract Packaging Demand Rose Strongly in 2024.",
        "Notes",
        "Nutrient Encapsulation Market Size Worth USD 2.3 Billion by 2029, Registering 7.4% CAGR, According to the "
        "Latest Study by the Corriedale Insights Team",
        "Short title",
        "Another line",
    ]
    tabbed = lay_out_tables("Year\tValue\n2023\tUSD 1.1 bn\n2024\tUSD 1.2 bn\n\tUSD 1.3 bn revised\n")[1]
    assert [row[-1] for row in tabbed[0].rows] == ["Value", "USD 1.1 bn", "USD 1.2 bn", "USD 1.3 bn revised"]
    tyres = process_file(WRITTEN_DOCS / "w6-27-tire-pyrolysis-oil.txt", 10**8).facts
    names = {c.name_as_written for c in tyres.companies}
    assert {"Klean Industries Inc.", "Henan Doing Environmental Protection Technology Co. Ltd."} <= names


def test_a_table_drawn_with_pipes_and_jointed_rules_and_a_header_of_two_rows() -> None:
    """A release's "Year | Battery Grade | … | Total market" over "| (USD million) | …" and a rule
    "-------+-------": its pipes are column gaps, its header's two rows label each column ("Total market (USD
    million)"), each year's total the market's size; a page's "Home | About | Contact" line, with no such rule, stays as
    written."""
    docs = REPO_ROOT / "tests/written/docs"
    facts = process_file(docs / "w26-20-lithium-hydroxide-transposed-table.txt", 10**8).facts
    sized = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(7751.0, 2025), (13638.0, 2029), (15462.0, 2030)} <= sized
    assert not any(s.money.reported_value == 9412.0 for s in facts.sizes if s.scope == "market")  # battery grade
    page = "Home | About | Contact\n\nThe widget market was worth USD 2 billion in 2024.\n"
    assert "Home | About | Contact" in clean(page, ".txt").text


def test_a_slide_s_table_under_a_title_and_its_unit_line() -> None:
    """An investor slide: "Global energy-based aesthetic device market size (1)" over "USD bn, manufacturer level" over
    "Year | 2019 | … | 2029E" and "USD bn | 6.8 | …": the two lines caption the table, its figures the market's; under
    "China energy-based aesthetic device market size (1)(2)" over "RMB bn", China's."""
    docs = REPO_ROOT / "tests/written/docs"
    sizes = process_file(docs / "w18-30-aesthetic-devices-investor-slide.txt", 10**8).facts.sizes
    found = {(s.money.reported_value, s.reference_year, s.scope, s.region_name) for s in sizes}
    assert {(6.8, 2019, "market", None), (18.4, 2029, "market", None), (19.6, 2024, "region", "China")} <= found


@pytest.mark.parametrize("unit", ["USD bn, manufacturer level", "(RMB in billions)", "US$ million", "EUR mn"])
def test_a_unit_line_under_a_title_captions_a_table_with_it(unit: str) -> None:
    text = f"Widget market size\n{unit}\n\nYear      2023    2024\n--------  ------  ------\nValue     1.2     1.4\n"
    assert [t.caption for t in clean(text, ".txt").tables] == [f"Widget market size {unit}"]


def test_a_line_of_years_over_a_line_of_figures_is_a_table() -> None:
    """A prospectus in text: "Market size of China's freshly brewed coffee market, 2019-2029E" over "(RMB in
    billions)" over "2019     2020 … 2024" over "56.7     52.4 … 148.6" (a figure set right reaching under the year
    before its own): each year's figure is the market's, in billions of yuan."""
    docs = REPO_ROOT / "tests/written/docs"
    sizes = process_file(docs / "w25-02-china-freshly-brewed-coffee-f1-industry.txt", 10**8).facts.sizes
    found = {(s.money.reported_value, s.money.reported_unit, s.reference_year) for s in sizes if s.scope == "market"}
    assert {(52.4, "billion", 2020), (91.3, "billion", 2022), (121.8, "billion", 2023)} <= found


def test_a_text_table_whose_figures_sit_inside_their_headings_width() -> None:
    """A broker's exhibit "Company   Ticker   Rating   CY25E sales   EV/Sales" over "(US$m)   CY26E   CY26E" and rows
    whose figures are set inside their heading's width ("851" under "CY25E sales"): a table, its column of companies
    the peers the note names."""
    docs = REPO_ROOT / "tests/written/docs"
    companies = process_file(docs / "w25-05-plant-based-dairy-initiation-primer.txt", 10**8).facts.companies
    assert {"Oatly Group AB", "SunOpta Inc.", "Califia Farms", "Ripple Foods"} <= {c.name_as_written for c in companies}


def test_a_competition_slide_s_table_lists_its_rivals_down_a_blank_corner() -> None:
    """A pitch deck's "## Slide 9 — Competition" over a table whose corner is blank, a firm a row and their features
    across ("| **FieldLark Robotics** | ✅ | ✅ | per acre |"): the firms are the market's players."""
    docs = REPO_ROOT / "tests/written/docs"
    companies = process_file(docs / "w25-06-precision-spraying-pitch-deck.md", 10**8).facts.companies
    assert {"FieldLark Robotics", "Greeneye Technology", "Carbon Robotics", "Ecorobotix"} <= {
        c.name_as_written for c in companies
    }
    assert not {"Guidance systems", "Row-crop acres"} & {c.name_as_written for c in companies}
    rows = "| Feature | Acme | Beta Labs |\n|---|---|---|\n| Cloud Hosting | yes | no |\n| Open Source | yes | yes |\n"
    page = f"# Widget Market\n\n## Competition\n\n{rows}"  # a corner that heads features: no firms down it
    assert not {"Cloud Hosting", "Open Source"} & {
        c.name_as_written for c in extract_document(clean(page, ".md")).companies
    }


def test_a_chart_s_data_labels_in_its_alt_text() -> None:
    """A newsletter's chart of the week, its image's alt text "Column chart: Global industrial boilers market size,
    USD billion, 2024-2030. 2024: 17.8; 2025: 18.6; …": each year's figure the market's size in billions of dollars;
    not shares ("2024: 41%") nor a run under a caption with no unit."""
    docs = REPO_ROOT / "tests/written/docs"
    sizes = process_file(docs / "w25-30-industrial-boilers-chart-of-the-week.html", 10**8).facts.sizes
    found = {(s.money.reported_value, s.money.reported_unit, s.reference_year) for s in sizes if s.scope == "market"}
    assert {(18.6, "billion", 2025), (22.1, "billion", 2029)} <= found
    bars = 'Bar chart titled "Global widget market size (USD billion)". Two bars: 2025 = 4.2, 2035 = 8.9.'
    assert [(s.money.reported_value, s.reference_year) for s in chart_sizes(bars, "Widget")] == [
        (4.2, 2025),
        (8.9, 2035),
    ]
    for line in (
        "Bar chart: widget market size (USD billion) and share. 2024: 41%; 2025: 43%.",  # shares
        "Crude market size (USD billion), barrels aside: 2024: 1.2; 2025: 1.4.",  # no chart's caption
        "Bar chart: our R&D budget (USD billion). 2024: 1.2; 2025: 1.4.",  # no market's
        "Bar chart of widget market shipments. 2024: 41; 2025: 43; 2026: 44.",  # no unit
    ):
        assert chart_sizes(line, "Widget") == [], line


@pytest.mark.parametrize(
    ("name", "value", "year"),
    [
        ("w37-21-shrink-sleeve-labels-imarc-ai-summary.html", 11.9, 2020),  # <figcaption>, an empty chart, the table
        ("w37-29-electric-actuators-research-nester-insights-summary.html", 29.6, 2030),
    ],
)
def test_a_chart_s_data_table_under_its_caption_and_empty_container(name: str, value: float, year: int) -> None:
    """A page's chart: "<figcaption>Global Shrink Sleeve Labels Market: Sales Value (in Billion USD), 2020-2025",
    its empty container, then its data table ("Year | Sales Value"): the market's size each year."""
    sizes = process_file(WRITTEN_DOCS / name, 10**8).facts.sizes
    assert year in {
        s.reference_year for s in sizes if s.money and s.money.reported_value == value and s.scope == "market"
    }
