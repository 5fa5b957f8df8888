"""Growth rates on lines and documents from real publishers."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.clean import clean
from loaders.extract.document import extract_document
from loaders.extract.gloss import gloss
from loaders.extract.growth import extract_growth
from loaders.extract.market import extract_forecast_period
from loaders.extract.tables import labelled_growth
from loaders.pipeline import process_file
from loaders.text_tables import Table
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import real_line

WRITTEN = REPO_ROOT / "tests" / "written" / "docs"


def rates(line: str, forecast: tuple[int, int] | None = None) -> set[tuple]:
    return {(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in extract_growth(line, forecast)}


def test_rate_then_cagr_with_years() -> None:
    line = real_line("g0v_10mR5_vDQri1CxJDUEqYFw.md", "7.1% CAGR from 2024 to 2030")
    assert (7.1, 7.1, 2024, 2030) in rates(line)


def test_range_through_year() -> None:
    line = real_line("000_cd5f53c63d67e71d.txt", "CAGR of 7-10% through 2030")
    assert (7.0, 10.0, None, 2030) in rates(line)


def test_forecast_period_phrase_takes_the_report_period() -> None:
    line = real_line("000_cd5f53c63d67e71d.txt", "CAGR of 7.5% during the forecast period")
    assert (7.5, 7.5, 2024, 2031) in rates(line, (2024, 2031))


def test_years_from_the_sizes_in_the_sentence() -> None:
    line = real_line("g0v_vxje4QmdTCqxP7KiA35pOw.md", "at a CAGR of 7.0%")
    assert (7.0, 7.0, 2023, 2030) in rates(line)


def test_years_from_sizes_in_any_currency() -> None:
    for currency in ("EUR", "CHF", "JPY", "CAD", "₹"):
        line = (
            f"The market was worth {currency} 1.4 billion in 2024 and is expected to reach {currency} 2.0 billion by "
            "2030, growing at a CAGR of 6.1% during the forecast period."
        )
        assert rates(line, (2025, 2030)) == {(6.1, 6.1, 2024, 2030)}, currency


def test_year_on_year_company_growth_is_not_a_market_rate() -> None:
    line = real_line("bulwark_4757835.en.md", "36% YOY growth")
    assert rates(line) == set()


def test_repeated_rate_takes_the_years_stated_elsewhere() -> None:
    record = process_file(Path(REAL_DOCS / "g0v_2uWK8CxRTrOguMLlNyxXVQ.md"), 10**8)
    found = {(g.rate_low, g.start_year, g.end_year) for g in record.facts.growth if g.scope == "market"}
    assert found == {(4.01, 2024, 2032)}


def test_one_year_change_of_the_market() -> None:
    line = real_line("bulwark_tagreuters_2025-02-13newsml_GNXbmYQbB0.en.md", "Forecast to Grow 6% in 2025")
    assert (6.0, 6.0, None, 2025) in rates(line)
    npis = "press-release-archive_npis-mitch-gould-u-s-ecommerce-to-surpass-2-trillion-by-2030.md"
    line = real_line(npis, "climbed 7.5%")
    assert (7.5, 7.5, None, 2024) in rates(line)


def test_unit_growth_is_not_a_rate_of_the_market() -> None:
    line = real_line("marketing-agents_wireless_earphones_market_analysis_2025_208OTNjT.md", "Shipments grew 11% YoY")
    assert not any(low == 11.0 for low, *_ in rates(line))


def test_rates_of_customers_prices_and_a_company_s_year_are_not_the_market_s() -> None:
    """Written documents: "its customer base grew by 48% in 2024", "claims inflation of 7% a year", a company's
    "sales of JPY 48.6 billion …, up 6.1% from a year earlier"; a market "up 4% from a year earlier" still is, for
    the year of its figure."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    pets = process_file(written / "w2-10-uk-pet-insurance-market.html", 10**8).facts.growth
    assert not {g.rate_low for g in pets} & {48.0, 7.0}
    silica = process_file(written / "wc22-specialty-silica-market.txt", 10**8).facts.growth
    assert 6.1 not in {g.rate_low for g in silica}
    assert rates("Sales of the market reached USD 2 billion in 2024, up 4% from a year earlier.") == {
        (4.0, 4.0, None, 2024)
    }


def test_rates_named_without_cagr() -> None:
    """Written documents: "expand at a compounded rate of 14.9% between 2025 and 2033", a table's "CAGR 2025–2031"
    over its "17.1%", "annual growth could range from 24% to 29% through 2030", premiums "in 2024, up 11% on the
    previous year"."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    expected = {
        "w2-02-veterinary-telehealth-market.html": (14.9, 14.9, 2025, 2033),
        "w2-07-european-agricultural-drone-market.html": (17.1, 17.1, 2025, 2031),
        "wc24-gan-charger-market.txt": (24.0, 29.0, None, 2030),
        "w2-10-uk-pet-insurance-market.html": (11.0, 11.0, None, 2024),
    }
    for name, rate in expected.items():
        growth = process_file(written / name, 10**8).facts.growth
        assert rate in {(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in growth}, name


def test_a_paragraph_wrapped_short_still_gives_its_years() -> None:
    """A written release wrapped raggedly: "… $2.98 billion in" / "2025 at a compound annual growth rate (CAGR) of
    9.2%" (a line that stops at "in"), "… $4.21 billion in 2029" / "at a compound annual growth rate (CAGR) of 9.0%"
    (a line that starts in lower case); "grow to $4.21 billion in 2029 at a CAGR of 9.0%" ends in 2029."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w3-25-clinical-trial-supply-logistics.txt", 10**8)
    growth = {(g.rate_low, g.end_year) for g in facts.facts.growth}
    assert {(9.2, 2025), (9.0, 2029)} <= growth
    assert (2.98, 2025) in {(s.money.reported_value, s.reference_year) for s in facts.facts.sizes}


def test_a_year_over_year_rate_for_a_year() -> None:
    """A written release: "The year-over-year growth rate for 2025 is estimated at 5.85%" is the growth of 2025."""
    assert rates("The year-over-year growth rate for 2025 is estimated at 5.85%.") == {(5.85, 5.85, None, 2025)}
    baggage = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w3-14-airport-baggage-handling.md", 10**8)
    assert (5.85, 2025) in {(g.rate_low, g.end_year) for g in baggage.facts.growth}


def test_a_range_between_two_rates_and_a_year_named_before_the_rate() -> None:
    """Written documents: "growing at a CAGR of between 22% and 24% during the forecast period" is one range;
    "set for solid expansion through 2033, growing at around 7% a year" ends in 2033; "7% and 9%" without "between"
    is no range; an amount restated in parentheses keeps the year after it ("₹68,500 crore (about USD 8.2 billion)
    in 2024")."""
    assert (22.0, 24.0) in {(low, high) for low, high, *_ in rates("growing at a CAGR of between 22% and 24% a year.")}
    assert {(low, high) for low, high, *_ in rates("A CAGR of 7% and 9% for the two segments.")} == {(7.0, 7.0)}
    magnets = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w4-19-rare-earth-magnets.txt", 10**8)
    assert (7.0, 2033) in {(g.rate_low, g.end_year) for g in magnets.facts.growth}
    ayurveda = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w4-03-india-ayurvedic-products.txt", 10**8)
    assert (68500.0, 2024) in {(s.money.reported_value, s.reference_year) for s in ayurveda.facts.sizes}


def test_a_compound_annual_rate_in_percent() -> None:
    """Written documents: "expanding at a compound annual rate of 27 percent through 2030" (a trade paper's), the
    same wrapped over two lines ("… rate of 7" / "percent through 2031")."""
    lidar = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w5-05-automotive-lidar-trade-news.html", 10**8)
    assert (27.0, 2030) in {(g.rate_low, g.end_year) for g in lidar.facts.growth if g.scope == "market"}
    saudi = process_file(
        REPO_ROOT / "tests" / "written" / "docs" / "w5-24-saudi-arabia-construction-equipment.txt", 10**8
    )
    assert (7.0, 2031) in {(g.rate_low, g.end_year) for g in saudi.facts.growth if g.scope == "market"}


def test_european_figures_of_a_trade_association_s_bulletin() -> None:
    """Written bulletins: "EUR 12.950 million in 2030, an average growth of 5,5 % p.a. over 2025–2030" (a rate "per
    annum" abbreviated, decimal commas), "EUR 3 418 million" (thousands parted by a space), "up 6,8 % on 2023" (one
    year's growth, of the year of the figure before it)."""
    cosmetics = process_file(WRITTEN / "w6-05-european-cosmetics-contract-manufacturing-bulletin.html", 10**8).facts
    assert (5.5, 2025, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in cosmetics.growth}
    assert (12950.0, 2030) in {(s.money.reported_value, s.reference_year) for s in cosmetics.sizes if s.money}
    geo = process_file(WRITTEN / "w6-22-european-geosynthetics-statistics-bulletin.md", 10**8).facts
    assert {(3418.0, 2024), (2905.0, 2020)} <= {
        (s.money.reported_value, s.reference_year) for s in geo.sizes if s.money
    }
    rates = {
        (g.rate_text, g.end_year)
        for g in extract_growth("Sales reached EUR 9.412,7 million in 2024, up 6,8 % on 2023.", None)
    }
    assert rates == {("up 6,8 %", 2024)}


def test_a_range_between_two_rates_a_year() -> None:
    """Written documents: "Between 22% and 24% a year until 2029." and "growth lands somewhere between 8% and 10% a
    year" are ranges, not their last rate alone."""
    for name, low, high in (
        ("w4-08-southeast-asia-cloud-kitchens.md", 22.0, 24.0),
        ("w7-10-medical-textiles-contract-manufacturing-blog.md", 8.0, 10.0),
    ):
        path = REPO_ROOT / "tests" / "written" / "docs" / name
        rates = {
            (g.rate_low, g.rate_high) for g in process_file(path, 10**8).facts.growth if "etween" in g.evidence_text
        }
        assert rates == {(low, high)}, name


def test_a_span_whose_years_a_clause_parts() -> None:
    """A written report page: "Between 2019, when the market was worth USD 11.86 billion, and 2024 it grew at a
    CAGR of 8.0%." is the growth from 2019 to 2024."""
    path = WRITTEN / "w6-09-subsea-power-cables-report-toc.html"
    rates = {(g.rate_low, g.start_year, g.end_year) for g in process_file(path, 10**8).facts.growth}
    assert (8.0, 2019, 2024) in rates
    assert not extract_growth("Between 2024, when prices fell, and 2019 it grew at a CAGR of 8.0%.", None)[0].end_year


def test_the_rate_of_the_part_that_grows_fastest_is_that_part_s() -> None:
    """Written documents: "High-voltage harnesses … are the fastest growing niche, at a CAGR of 14.8%", "Regulatory
    studies for biostimulants are the fastest-growing line of work, at 12.4% a year", "By service, Kitting &
    Assembly is expected to grow at the fastest CAGR of 8.1%", "Fastest-growing ingredient: probiotic gummies, … a
    CAGR of 13.2%", "the fastest-growing niche we track: a CAGR of 24.5%", "The premium price range is the
    fastest-growing, at a CAGR of 8.3%": each the rate of a part of the market,
    named where the sentence names it ("Modified-release formulations are the fastest-growing sub-segment"). A region
    growing fastest stays the region's, and "the fastest-growing market" (no market's name) the market's."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    for name, rate, part in (
        (
            "w7-15-morocco-wire-harness-sector-brief.txt",
            14.8,
            "High-voltage harnesses for electric and hybrid vehicles",
        ),
        ("w8-14-agrochemical-contract-research-bulletin.txt", 12.4, "Regulatory studies for biostimulants"),
        ("w8-13-personal-care-contract-packaging-mail-merge.txt", 8.1, "Kitting & Assembly"),
        ("w5-18-nutraceutical-gummies.md", 13.2, "probiotic gummies"),
        ("w7-19-microbiome-cdmo-newsletter-digest.html", 24.5, "fastest-growing niche"),
        ("w21-15-scented-candles-wire-export.md", 8.3, "Premium"),  # the segment as the page lists it
    ):
        growth = process_file(docs / name, 10**8).facts.growth
        assert {(g.scope, g.segment_name) for g in growth if g.rate_low == rate} == {("segment", part)}, name
    page = "# Widget Market\n\nThe global widget market was worth USD 5 billion in 2024. Asia Pacific is the "
    page += "fastest-growing region, at a CAGR of 9.1% over 2025-2030. It is the fastest-growing market of its kind, "
    page += "at a CAGR of 8.2% over 2025-2030.\n"
    facts = extract_document(clean(page, ".md"))
    assert [(g.scope, g.region_name, g.market_name) for g in facts.growth] == [
        ("region", "Asia Pacific", "Widget"),
        ("market", None, "Widget"),
    ]
    memo = process_file(docs / "w7-08-oral-solid-dose-cdmo-notion-memo.md", 10**8).facts.growth
    assert {(g.scope, g.segment_name) for g in memo if g.rate_low == 9.1} == {
        ("segment", "Modified-release formulations")
    }


def test_a_rate_over_a_count_of_years_from_a_named_year() -> None:
    """Written pages: "Measured against EUR 2 905 million in 2020, the market has grown by an average of 4.1 % a year
    over four years" runs 2020-2024; "Over the five years since FY20, … revenue compounded at 13.8% a year" runs
    2020-2025. A count of years without a year named gives none."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    for name, rate, years in (
        ("w6-22-european-geosynthetics-statistics-bulletin.md", 4.1, (2020, 2024)),
        ("w6-08-india-crams-lakh-crore-news.html", 13.8, (2020, 2025)),
    ):
        growth = process_file(docs / name, 10**8).facts.growth
        assert years in {(g.start_year, g.end_year) for g in growth if g.rate_low == rate}, name
    bare = extract_growth("The market grew by 4.1% a year over four years, the association said.", None)
    assert [(g.start_year, g.end_year) for g in bare] == [(None, None)]


def test_rates_said_in_words() -> None:
    """Written transcripts say their rates: "a compound annual growth rate of eighteen point five percent between
    twenty twenty-five and twenty thirty-five", "roughly ten point eight percent between 2025 and 2033", "eleven point
    two percent a year to 2030"; a share said in words ("one percent of users") is no rate."""
    for name, expected in (
        ("w6-24-hydrogen-refuelling-station-podcast-transcript.txt", (18.5, 18.5, 2025, 2035)),
        ("w6-07-pickleball-equipment-podcast-transcript.html", (10.8, 10.8, 2025, 2033)),
        ("w7-14-vaccine-contract-manufacturing-earnings-call.txt", (11.2, 11.2, 2025, 2030)),
    ):
        found = process_file(WRITTEN / name, 10**8).facts.growth
        assert expected in {(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in found}, name
    assert rates("The market is growing at roughly twenty-two per cent a year.") == {(22.0, 22.0, None, None)}
    assert rates("A CAGR of nine percent from twenty twenty-four to twenty thirty.") == {(9.0, 9.0, 2024, 2030)}
    assert rates("Only one percent of users care, and ten percent of them pay.") == set()


def test_a_span_of_fiscal_years() -> None:
    """A written rating rationale: "… projected to reach Rs 1.57 lakh crore by fiscal 2030, a CAGR of about 22% over
    fiscal 2025 to fiscal 2030": the span's years, each written as a fiscal year."""
    rationale = process_file(WRITTEN / "w10-14-india-box-build-ems-rating-rationale.txt", 10**8).facts
    assert (22.0, 2025, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in rationale.growth}
    assert rates("A CAGR of 9% over fiscal 2024 to fiscal 2029.") == {(9.0, 9.0, 2024, 2029)}


def test_a_pace_kept_to_a_year() -> None:
    """A written earnings call: "Another source, Research and Markets, has this market growing at 9.8% through
    2030": a pace to a year is a growth rate; "grew by 10% until 2020", a growth in all, is none."""
    call = process_file(WRITTEN / "w7-14-vaccine-contract-manufacturing-earnings-call.txt", 10**8).facts
    assert (9.8, None, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in call.growth}
    assert rates("The widget market keeps growing at about 7% until 2031.") == {(7.0, 7.0, None, 2031)}
    assert rates("The widget market grew by 10% until 2020.") == set()


def test_a_rate_of_the_market_s_volume_is_not_its_growth() -> None:
    """ "… at a CAGR of 8.8% in terms of value …" is the market's; "In terms of volume, the market is estimated to grow
    at a CAGR of 6.3% …, from 8,790 kilotons to 11,920 kilotons" is its tonnage's."""
    facts = process_file(WRITTEN / "w13-18-recycled-pet.md", 10**8).facts
    rates = {g.rate_low for g in facts.growth}
    assert 8.8 in rates and 6.3 not in rates


def test_a_one_year_growth_of_a_rate_in_a_year_and_a_size_a_revenue_generated_states() -> None:
    """A Future Market Insights release: "The revenue generated by ultrasonic flow meters in 2023 was USD 1,742.8
    million. The market is anticipated to exhibit a Y-o-Y growth of 5.9% in 2024." """
    assert rates("The market is anticipated to exhibit a Y-o-Y growth of 5.9% in 2024.") == {(5.9, 5.9, None, 2024)}
    path = WRITTEN / "w14-11-ultrasonic-flow-meter-fmi.html"
    facts = process_file(path, 10**8).facts
    assert (1742.8, 2023) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.money}
    assert (5.9, 2024) in {(g.rate_low, g.end_year) for g in facts.growth}


def test_a_volume_rate_is_the_next_sentence_s_and_a_weight_no_size() -> None:
    """ "… expected to reach $4.12 billion by 2031, at a CAGR of 11.8% from 2024 to 2031. In terms of volume, the pea
    protein market is expected to reach 1,148,320 tons by 2031, at a CAGR of 10.2% …": the value's rate is 11.8%, the
    sentence after it the volume's; "shipments … forecast to reach 118.6 million pounds by 2031" is a weight."""
    facts = process_file(WRITTEN / "w15-09-pea-protein.html", 10**8).facts
    assert {g.rate_low for g in facts.growth} == {11.8}
    facts = process_file(WRITTEN / "w15-15-carbon-fiber-prepreg.md", 10**8).facts
    assert 118.6 not in {s.money.reported_value for s in facts.sizes if s.money}


def test_a_rate_of_yearly_growth() -> None:
    """An aggregator's release: "the Market will be boosting with more than 10% yearly growth till 2032"."""
    assert rates("the Market will be boosting with more than 10% yearly growth till 2032 as sellers outsource") == {
        (10.0, 10.0, None, 2032)
    }


def test_a_year_s_increase_after_the_size_it_grew_from() -> None:
    """An association's survey: "… market was worth C$4.6 billion in 2024, up from C$4.2 billion in 2023, an increase of
    9.5%": 2024's growth."""
    text = "the market was worth C$4.6 billion in 2024, up from C$4.2 billion in 2023, an increase of 9.5%. Members"
    assert rates(text) == {(9.5, 9.5, None, 2024)}
    facts = process_file(WRITTEN / "w15-22-canadian-contract-packaging-association-survey.html", 10**8).facts
    assert (9.5, 2024) in {(g.rate_low, g.end_year) for g in facts.growth}


def test_a_rate_before_its_cagr_in_parentheses() -> None:
    """A statistics portal: "The market is expected to grow annually by 3.12% (CAGR 2025-2030)"."""
    assert [
        (g.rate_low, g.start_year, g.end_year)
        for g in extract_growth(
            "The market is expected to grow annually by 3.12% (CAGR 2025-2030), resulting in a volume of US$112.42bn.",
            None,
        )
    ] == [(3.12, 2025, 2030)]


def test_a_rate_in_a_table_cell_takes_the_years_of_its_row_s_label() -> None:
    """A page's "At a glance" table, read as a paragraph a cell: "Growth FY2022–FY2026" over "11.4% p.a.";
    "Growth Rate from 2025 to 2034" over "CAGR of 5.46%". A label longer than a table's, or with a rate of its own,
    gives the rate under it no years."""
    written = REPO_ROOT / "tests/written/docs"
    facts = process_file(written / "w18-04-semiconductor-failure-analysis-services.html", 10**8).facts
    assert (11.4, 2022, 2026) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    facts = process_file(written / "w18-11-electric-kettle.html", 10**8).facts
    assert {(g.start_year, g.end_year) for g in facts.growth if g.rate_low == 5.46} == {(2025, 2034)}
    years = [(g.start_year, g.end_year) for g in extract_growth("Growth 2022–2026\n\n11.4% p.a.", None)]
    assert years == [(2022, 2026)]
    for label in ("Share 45% over 2022–2026", "A paragraph of text that mentions the years 2022–2026 in passing."):
        years = [(g.start_year, g.end_year) for g in extract_growth(f"{label}\n\n11.4% p.a.", None)]
        assert years == [(None, None)], label


def test_an_annual_average_growth_rate_and_a_rate_per_year_to_a_size() -> None:
    """Yano Research's English: "projected to grow at an annual average growth rate of 4.3% from FY2024 to FY2030";
    "Demand is forecast to rise 12.3% per year to $3.34 billion in 2029": the rate of the growth to 2029."""
    written = REPO_ROOT / "tests/written/docs"
    facts = process_file(written / "w18-07-japan-local-government-bpo.txt", 10**8).facts
    assert (4.3, 2024, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    facts = process_file(written / "w18-22-smart-locks-reseller-blog.html", 10**8).facts
    assert {(g.rate_low, g.start_year, g.end_year) for g in facts.growth} == {(12.3, None, 2029)}


@pytest.mark.parametrize(
    ("doc", "rate", "years"),
    [
        ("w19-24-wifi-7-access-point.html", 41.6, (2024, 2025)),
        ("w18-05-noc-outsourcing.md", 7.6, (2024, 2025)),
        ("w15-02-infant-formula-contract-manufacturing.html", 7.42, (2023, 2024)),
    ],
)
def test_a_key_facts_row_of_a_year_s_growth_in_percent(doc: str, rate: float, years: tuple[int, int]) -> None:
    """Written report pages in a publisher's house style: a key-facts table's "YoY growth 2024-2025 (%) | 41.6" (its
    value without "%", its label saying so): the market's rate over the label's years."""
    facts = process_file(REPO_ROOT / "tests/written/docs" / doc, 10**8).facts
    assert (rate, *years) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}


def test_a_key_facts_label_without_its_value_cell_is_no_rate() -> None:
    """A row of its label alone ("YoY growth 2024-2025 (%)", its value lost) gives no rate, and no error."""
    table = Table("", [["YoY growth 2024-2025 (%)"], ["YoY growth 2025-2026 (%)", "8.2"]])
    text = "YoY growth 2024-2025 (%)\nYoY growth 2025-2026 (%)\n8.2\n"
    assert [(g.rate_low, g.end_year) for g in labelled_growth(text, [table], "Widgets", [])] == [(8.2, 2026)]


def test_a_rate_in_a_sentence_naming_a_price_is_judged_as_any_rate() -> None:
    """A rate is never a report's price: a sentence that says "price" does not make a company's growth the market's,
    nor a segment's the market's."""
    bioassay = process_file(WRITTEN / "w24-08-bioassay-services-linkedin-article.md", 10**8).facts.growth
    assert not any(g.rate_low == 28.0 for g in bioassay)  # "Our own bioassay revenue grew 28% … came down to price"
    pets = process_file(WRITTEN / "w24-06-private-label-pet-food-consultancy-blog.md", 10**8).facts.growth
    assert [g.scope for g in pets if g.rate_low == 11.0] == ["segment"]  # "… above the category's average price …"


def test_recurring_revenue_and_prices_in_a_place_are_not_the_market_s_growth() -> None:
    """An earnings call's "ARR reached $412 million, up 33% year over year" and a Slack thread's "our own API gateway
    ARR grew 41% YoY": a company's recurring revenue; an IPO article's "Veterinary prices in the U.S. rose about 7% in
    2024": prices."""
    calls = process_file(WRITTEN / "w25-04-ot-security-earnings-call.md", 10**8).facts
    assert not any(g.rate_low == 33.0 for g in calls.growth)
    assert not any(s.money.reported_value == 412.0 and s.scope == "market" for s in calls.sizes)
    slack = process_file(WRITTEN / "w25-22-api-management-slack-export.txt", 10**8).facts.growth
    assert not any(g.rate_low == 41.0 for g in slack)
    pets = process_file(WRITTEN / "w25-09-us-pet-insurance-ipo-news.html", 10**8).facts.growth
    assert [g.scope for g in pets if g.rate_low == 7.0] == ["price"]


def test_a_fact_sheet_s_next_label_and_volume_growth_are_no_rates_of_the_market() -> None:
    """A trade paper's fact sheet "Pants share of value, 2024 .... 71%" over "Births per year ….": a share, the words
    after it the next line's label; a release's "10.0%" over "Historical CAGR …"; a Nairobi daily's "The study expects
    volume growth of 2 to 3 percent a year": volumes."""
    diapers = process_file(WRITTEN / "w26-14-indonesia-baby-diaper-trade-paper.txt", 10**8).facts.growth
    assert not any(g.rate_low == 71.0 for g in diapers)
    tyres = process_file(WRITTEN / "w26-01-india-two-wheeler-tyre-wire-release.txt", 10**8).facts.growth
    assert not any("Historical" in g.rate_text for g in tyres)
    oils = process_file(WRITTEN / "w26-15-kenya-edible-oils-business-daily.md", 10**8).facts.growth
    assert not any(g.rate_low == 2.0 for g in oils)
    assert (7.1, 7.1, None, None) in rates("Outlook\n7.1%\nCAGR")  # a card's figure over its unit stays a rate


def test_an_annualised_rate_over_so_many_years_through_a_split_fiscal_year() -> None:
    """An Australian industry snapshot: "Revenue is expected to rise at an annualised 3.1% over the five years through
    2024-25" and "… grow at an annualised 1.8% over the five years through 2029-30": rates of 2020-2025 and
    2025-2030 (a fiscal year written "2024-25" ends in 2025); a rating report's "annualized 3.1%" too."""
    docs = REPO_ROOT / "tests/written/docs"
    pools = process_file(docs / "w26-05-swimming-pool-construction-australia-industry-snapshot.md", 10**8).facts
    found = {(g.rate_low, g.start_year, g.end_year) for g in pools.growth}
    assert {(3.1, 2020, 2025), (1.8, 2025, 2030)} <= found
    wash = process_file(docs / "w25-14-us-car-wash-rating-report.md", 10**8).facts
    assert {(3.1, 2019, 2024), (2.8, 2024, 2029)} <= {(g.rate_low, g.start_year, g.end_year) for g in wash.growth}
    page = "# Widget Market\n\nThe widget market grew at an annualised 2.5% over the 4 years through 2030.\n\n"
    page += "Widget makers' shares returned an annualised 7% since listing; their annualised 9% was the best.\n"
    rates = extract_document(clean(page, ".md")).growth
    assert [(g.rate_low, g.start_year, g.end_year) for g in rates] == [(2.5, 2026, 2030)]


def test_a_falling_market_s_rate_is_negative() -> None:
    """An industry snapshot's "revenue has fallen at an annualised 1.2% over the five years through 2024-25", a 10-K's
    "following a decline of approximately 12% in 2023", a release's "the market fell 32.1% in 2024", a broker's
    "fell 38% in 2023", a pasted wiki page's "shrinking at -2.5% a year" (its minus read once), a coating report's
    "fell by −2,4 % per year", an association's "down 2.1% from $6.99 billion in 2023": falls, negative rates.
    Investments that "have gone down by 90 per cent in 2023" and "Disposal gains fell 31% in FY2025" are no rates."""

    def found(name: str) -> set[tuple]:
        return {(g.rate_low, g.end_year) for g in process_file(WRITTEN / name, 10**8).facts.growth}

    beer = process_file(WRITTEN / "w5-16-australia-craft-beer.md", 10**8).facts.growth
    assert (-1.2, 2020, 2025) in {(g.rate_low, g.start_year, g.end_year) for g in beer}
    assert (-12.0, 2023) in found("w25-03-semiconductor-ate-10k-industry.html")
    assert (-32.1, 2024) in found("w26-07-south-africa-residential-backup-power-release.txt")
    assert (-38.0, 2023) in found("w8-07-lnp-cdmo-equity-research-note.md")
    assert (-2.5, 2031) in found("w21-14-activated-carbon-wiki-page-paste.html")
    assert (-2.4, None) in found("w17-25-medical-device-coating-services.txt")
    flooring = (WRITTEN / "w28-22-north-american-hardwood-flooring-association-report.md").read_text()
    sales = flooring[flooring.index("North American hardwood flooring sales reached") :].split("\n")[0]
    assert (-2.1, -2.1, None, 2024) in rates(sales)
    fantasy = process_file(REAL_DOCS / "bulwark_125021301487.en.md", 10**8).facts.growth
    assert not any(g.rate_low == -90 for g in fantasy)
    leasing = process_file(WRITTEN / "w22-09-container-leasing-newsletter-spotlight.md", 10**8).facts.growth
    assert not any(g.rate_low == -31 for g in leasing)


@pytest.mark.parametrize(
    "words",
    [
        "falls at a",
        "falling at a",
        "declines at a",
        "declined at a",
        "declining at a",
        "decreases by a",
        "decreased by a",
        "decrease by a",
        "decreasing by a",
        "drops by a",
        "drop by a",
        "dropped by a",
        "shrinks by a",
        "shrink by a",
        "shrank by a",
        "shrunk by a",
        "shrinking by a",
        "contract at a",
        "contracts at a",
        "contracted at a",
        "contracting at a",
        "fall at a",
        "to decline at a",
        "has a negative",
    ],
)
def test_a_rate_after_a_falling_verb_is_negative(words: str) -> None:
    """Every form of the verbs a falling market takes, before "a CAGR of 2.4% from 2025 to 2030"."""
    assert rates(f"The fax machine market {words} CAGR of 2.4% from 2025 to 2030.") == {(-2.4, -2.4, 2025, 2030)}


@pytest.mark.parametrize("noun", ["decline", "decrease", "drop", "fall"])
def test_a_fall_written_as_a_noun_is_negative(noun: str) -> None:
    """A one-year fall named by a noun before its rate and year ("after a decline of approximately 12% in 2023"), each
    of the nouns a release writes it with; an increase of the same is positive."""
    assert rates(f"Revenue saw a {noun} of 4.6% in 2023.") == {(-4.6, -4.6, None, 2023)}
    assert rates("Revenue saw an increase of 4.6% in 2023.") == {(4.6, 4.6, None, 2023)}


def test_an_increase_of_a_market_and_of_a_company_s_turnover() -> None:
    """An annual report's "sales of the UK branded coffee shop market reached £5.9bn in 2024, an increase of 8.1% on
    2023" are the market's 2024 growth; a release's "Valdoria reported turnover of €412 million in 2024, an increase
    of 9.3 per cent on the previous year" is a company's, no market's."""

    def found(name: str) -> set[tuple]:
        return {(g.rate_low, g.end_year) for g in process_file(WRITTEN / name, 10**8).facts.growth}

    assert (8.1, 2024) in found("w25-07-uk-coffee-shop-annual-report-strategic.txt")
    assert not any(rate == 9.3 for rate, _ in found("w17-05-european-fill-finish-expansion.txt"))


def test_a_minus_before_a_rate_and_a_contract_market_s_growth() -> None:
    """A minus before a rate's digits makes it negative ("CAGR 2019-2024: -5%", "| −1.2% a year |"), not a dash
    between a year and the rate or between two rates; a contract manufacturing market that grows does not fall."""
    assert rates("CAGR 2019-2024: -5%") == {(-5.0, -5.0, 2019, 2024)}
    assert rates("| Revenue | −1.2% a year |") == {(-1.2, -1.2, None, None)}
    assert rates("Unit prices: –3% per year") == {(-3.0, -3.0, None, None)}
    assert rates("CAGR 2019-2024 4-5%") == {(4.0, 5.0, 2019, 2024)}
    assert rates("Mattress Market to Reach USD 4.2 Bn-5.1% CAGR") == {(5.1, 5.1, None, None)}
    assert rates("CAGR 2025-2030: -1 to 2%") == {(1.0, 2.0, 2025, 2030)}  # which of them a minus is for, unsure
    assert rates("The contract manufacturing market is set to grow at a CAGR of 5% through 2030.") == {
        (5.0, 5.0, None, 2030)
    }


def test_a_german_market_that_shrinks_and_prices_that_fall() -> None:
    """A German release: "Markt für Druckerpatronen und Toner schrumpft bis 2030 um 2,2 % pro Jahr" and "ein weiterer
    Rückgang um durchschnittlich 2,2 % pro Jahr": -2.2 to 2030, the market's name without its verb. A price's change
    is no market's growth: "the average price of a simple attended funeral fell by 1.2% in 2024", "the average
    selling price of a thermal imaging camera is projected to decline by about 5.8% per year" (-5.8), "average selling
    prices set to drop by almost 6% a year" (-6), "the average price of a 10 kW system to fall by about 4% a year",
    "The average retail price of a 50 g pouch in Western Europe rose by 6.8% in 2024, and Fact.MR expects the price per
    kilogram to keep rising by 4% to 5% a year"."""
    toner = process_file(WRITTEN / "w29-10-druckerpatronen-toner-pressemitteilung.de.html", 10**8).facts
    assert {(g.rate_low, g.end_year) for g in toner.growth if g.scope == "market"} == {(-2.2, 2030)}
    assert {a.value_text for a in toner.attributes if a.attribute == "market_name"} == {"Druckerpatronen und Toner"}
    cases = {
        "w29-15-uk-funeral-services-newsletter.md": {-1.2},
        "w29-12-thermal-imaging-cameras-ein-presswire.html": {-5.8, -6.0},
        "w29-08-electric-outboard-motors-research-note.md": {-4.0},
        "w29-03-roll-your-own-tobacco-pr-newswire.html": {6.8, 4.0},
    }
    for name, prices in cases.items():
        found = process_file(WRITTEN / name, 10**8).facts.growth
        assert {g.rate_low for g in found if g.scope == "price"} == prices, name


def test_a_part_growing_fastest_has_its_own_rate() -> None:
    """A trade article's "FBE remains the single largest type, …, but three-layer polyolefin systems are growing
    fastest, at 7.1% a year through 2030" and a primer's yogurt and creamers "growing fastest": those parts' rates."""
    pipes = process_file(WRITTEN / "w31-18-pipe-coatings-trade-article-north-of.html", 10**8).facts.growth
    assert {g.scope for g in pipes if g.rate_low == 7.1} == {"segment"}
    dairy = process_file(WRITTEN / "w25-05-plant-based-dairy-initiation-primer.txt", 10**8).facts.growth
    assert {g.scope for g in dairy if g.rate_low == 8.2} == {"segment"}


def test_volumes_that_fall_in_a_headline_are_no_market_s_rate() -> None:
    """A PR Newswire headline "Roll-Your-Own Tobacco Market Value to Reach US$ 31.7 Billion by 2035 While Volumes Fall
    1.6% a Year": the volumes' rate."""
    found = process_file(WRITTEN / "w29-03-roll-your-own-tobacco-pr-newswire.html", 10**8).facts.growth
    assert not any(g.rate_low in (1.6, -1.6) and g.scope == "market" for g in found)


def test_a_region_s_name_between_a_rate_and_its_cagr() -> None:
    """A Markdown note's "[ ] Is the 5.6% APAC CAGR realistic given China's indoor-slope slowdown?": Asia Pacific's
    rate, not the market's."""
    found = process_file(WRITTEN / "w30-22-ski-equipment-markdown-note.md", 10**8).facts.growth
    assert {(g.scope, g.region_name) for g in found if g.rate_low == 5.6} == {("region", "Asia Pacific")}


def test_a_rate_over_the_forecast_period_in_spanish_italian_and_portuguese() -> None:
    """ "crecerá a una TCAC del 6,2% durante el periodo de previsión" over a table's "Periodo de previsión" /
    "2025-2034", "un 6% anual hasta 2034", "un CAGR del 5,4% nel periodo di previsione", "un CAGR del 6,3% fino al
    2030", "CAGR de 9,2% no período de previsão": each rate over the period it names, as in English."""

    def found(name: str) -> set[tuple]:
        return {(g.rate_low, g.start_year, g.end_year) for g in process_file(WRITTEN / name, 10**8).facts.growth}

    spanish = found("w32-09-membranas-impermeabilizantes-comunicado.es.html")
    assert {(6.2, 2025, 2034), (6.0, None, 2034), (7.1, 2025, 2034)} <= spanish  # 7.1%: "en el periodo de previsión"
    assert {(5.4, 2025, 2030), (6.3, None, 2030)} <= found("w32-10-piastrelle-ceramica-comunicato-fino-al-2030.it.txt")
    assert (9.2, 2025, 2032) in found("w13-15-usinagem-cnc-openpr.html")
    for language, words in (("pt", "durante o período de previsão"), ("it", "durante il periodo di previsione")):
        assert "during the forecast period" in gloss(f"crescerá 6,8% {words} (2025-2032)", language).text


def test_a_table_s_forecast_period_over_its_years() -> None:
    """A report page's scope table, "Forecast Period" in one cell and "2024 to 2034" in the next: the forecast period,
    which a region's "CAGR of 8.7% during the forecast period" takes."""
    page = process_file(WRITTEN / "w14-04-electric-toothbrush-precedence.html", 10**8).facts
    periods = {(a.start_year, a.end_year) for a in page.attributes if a.attribute == "forecast_period"}
    assert periods == {(2024, 2034)}
    assert (8.7, 2024, 2034) in {(g.rate_low, g.start_year, g.end_year) for g in page.growth}
    period = extract_forecast_period("Report scope\nForecast period\n2025-2034\nUnits\nUSD million", None)
    assert period is not None and (period.start_year, period.end_year) == (2025, 2034)


def test_shipments_capacity_and_a_spanish_volume_grow_no_market_s_value() -> None:
    """An association's "Shipments are expected to grow by 2.9% a year", a release's "U.S. refrigerated warehouse
    capacity grows between 3% and 4% a year in cubic feet", a Spanish release's "En volumen, la superficie
    impermeabilizada crecerá en torno a un 4,2% anual": volumes, no rates of the market's value."""
    cases = {
        "w32-22-european-aluminium-beverage-can-association-outlook.html": 2.9,
        "w32-15-cold-storage-business-wire-high-single-digits.html": 3.0,
        "w32-09-membranas-impermeabilizantes-comunicado.es.html": 4.2,
    }
    for name, rate in cases.items():
        assert rate not in {g.rate_low for g in process_file(WRITTEN / name, 10**8).facts.growth}, name


def test_a_company_s_bookings_grow_no_market() -> None:
    """A release's "LabVantage Solutions Inc. said its SaaS bookings grew 35% year over year in its fiscal 2024": the
    company's, no rate of the market's."""
    lims = process_file(WRITTEN / "w32-11-lims-pr-newswire-revised-cagr.txt", 10**8).facts.growth
    assert 35.0 not in {g.rate_low for g in lims}
