"""Whose figure is it, and for which year: cases from real documents of several publishers."""

from __future__ import annotations

import pytest

from loaders.clean import CleanDocument, clean
from loaders.extract.document import extract_document
from loaders.extract.growth import extract_growth
from loaders.extract.market import attributive_market, clean_market_name, extract_forecast_period, market_candidates
from loaders.extract.regions import load_index
from loaders.extract.scope import ScopeJudge
from loaders.extract.years import expand_fiscal, point_year
from loaders.headline import text_headline
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import real_line

ALPHA_MODUS = (
    "press-release-archive_alpha-modus-cements-its-position-in-the-ai-driven-advertising-market-with-9th-patent.md"
)
HG_INSIGHTS = "press-release-archive_hg-insights-unveils-new-it-spend-report-the-ultimate-2025-b2b-market-forecast.md"


def facts(name: str):
    return process_file(REAL_DOCS / name, 10**8).facts


def main_market(name: str) -> str | None:
    return next((a.value_text for a in facts(name).attributes if a.attribute == "market_name"), None)


def main_sizes(name: str) -> set[tuple]:
    return {
        (s.money.reported_value, s.money.reported_unit, s.reference_year)
        for s in facts(name).sizes
        if s.scope == "market"
    }


def test_headline_market_wins_over_a_body_synonym() -> None:
    name = "press-release-archive_4-stocks-to-watch-in-the-47-billion-cellular-therapeutics-ma.md"
    assert main_market(name) == "Cellular Therapeutics"
    # "the global cell therapy market could grow from about $7.43 billion in 2025": the same market
    assert {(7.43, "billion", 2025), (47.72, "billion", 2034)} <= main_sizes(name)


def test_headline_market_wins_over_the_body_s_name_with_one_more_word_before_it() -> None:
    """ "Teleradiology Services Market Put at USD 1.8–2.1 Billion …" over "The global market for outsourced
    teleradiology services is estimated at …": the headline's market; "Battery Copper Foil" over "the
    lithium-ion battery copper foil market" likewise."""
    for name, market in (
        ("w18-02-teleradiology-services.md", "Teleradiology Services"),
        ("w9-15-battery-copper-foil-terminal-news.txt", "Battery Copper Foil"),
    ):
        facts = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts
        assert [a.value_text for a in facts.attributes if a.attribute == "market_name"] == [market]


def test_an_industry_digest_or_newsletter_names_no_market() -> None:
    """A content service's e-mail, "Brightline Industry Digest", forwarding three releases: the first release's
    market, not "Brightline"; nor does "the Acme Industry Newsletter" name one."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w18-29-botanical-extract-newsletter.txt", 10**8).facts
    market = [a.value_text for a in facts.attributes if a.attribute == "market_name"]
    assert market == ["Botanical Extract Contract Manufacturing"]
    assert market_candidates("Subscribe to the Acme Industry Newsletter and the Brightline Industry Digest.") == []


def test_market_in_a_sector_and_abbreviation_variants() -> None:
    name = "ai_2020-01-15-global-artificial-intelligence-ai-market-in-healt.md"
    assert main_market(name) == "Artificial Intelligence (AI) in Healthcare Sector"


def test_country_market_keeps_its_country() -> None:
    name = "press-release-archive_npis-mitch-gould-u-s-ecommerce-to-surpass-2-trillion-by-2030.md"
    assert main_market(name) == "U.S. eCommerce"
    assert {(1.25, "trillion", 2025), (2.08, "trillion", 2030)} <= main_sizes(name)


def test_sized_headline_subject() -> None:
    name = "press-release-archive_menopause-is-a-600-billion-market-opportunity-for-companies.md"
    assert main_market(name) == "Menopause"


def test_regional_main_market_figures_are_the_markets() -> None:
    sizes = main_sizes("bulwark_125021301487.en.md")  # "Sports technology market in India"
    assert (26700.0, "crore", 2024) in sizes  # "generated Rs 26,700 crore in revenue in the financial year 2024"
    assert (49500.0, "crore", 2029) in sizes  # "to Rs 49,500 crore by FY'29"


def test_a_market_for_a_trade_in_a_country_is_that_countrys_main_market() -> None:
    text = (
        "Contract heat treatment in Germany: EUR 2.0 billion by 2030\n\n"
        "Berlin, 4 March 2025 - The market for contract heat treatment in Germany was worth EUR 1.4 billion in "
        "2024 and is expected to reach EUR 2.0 billion by 2030, growing at a CAGR of 6.1%, according to a study "
        "by Lünendonk."
    )
    found = extract_document(clean(text, ".txt"))
    assert {(s.money.reported_value, s.reference_year, s.scope) for s in found.sizes} == {
        (1.4, 2024, "market"),
        (2.0, 2030, "market"),
    }
    assert [(g.rate_low, g.start_year, g.end_year, g.scope) for g in found.growth] == [(6.1, 2024, 2030, "market")]


def test_amount_placed_by_what_follows_it() -> None:
    found = facts(HG_INSIGHTS)
    apac = next(s for s in found.sizes if s.evidence_text.startswith("$1.59 trillion in APAC spend"))
    software = next(s for s in found.sizes if s.evidence_text.startswith("$1.5 trillion in Global Software spend"))
    assert apac.scope == "region" and apac.region_name == "Asia Pacific"
    assert software.scope == "other_market" and software.market_name == "Software"
    services = next(s for s in found.sizes if s.evidence_text.startswith("$2.1 trillion in global spend in IT"))
    assert services.scope == "other_market" and services.market_name == "IT Services"


def test_the_market_of_the_sentence_before() -> None:
    name = "press-release-archive_market-forecasts-hint-at-a-lithium-revival-could-this-be-a-g.md"
    found = facts(name)
    nine = next(s for s in found.sizes if s.money.reported_value == 9.0)
    assert nine.scope == "other_market" and "battery" in (nine.market_name or "").lower()


def test_product_sales_named_with_the_market_words_are_its_size() -> None:
    sizes = main_sizes("ai_2020-01-24-vision-screeners-market-is-expected-to-witness-he.md")
    assert (500.0, "million", 2019) in sizes  # "vision screener sales are likely to near US$ 500 Mn by the end of 2019"


def test_a_decade_later_counts_from_the_year_before() -> None:
    line = real_line(
        "press-release-archive_the-market-for-renewable-energy-is-projected-to-reach-2-5tn-by-2033.md",
        "a decade later",
    )
    cut = line.index("$2.5 trillion") + len("$2.5 trillion")
    assert point_year(line[cut:], line[: line.index("$2.5 trillion")]) == 2033


def test_rate_years_stop_at_the_next_rate() -> None:
    line = real_line(
        "press-release-archive_benchmark-international-unveils-the-2024-global-energy-and-power-industry-report.md",
        "3.4% annually through 2026",
    )
    rates = {(g.rate_low, g.start_year, g.end_year) for g in extract_growth(line, None)}
    assert (3.4, None, 2026) in rates and (4.84, 2024, 2028) in rates


def test_vague_period_does_not_borrow_a_size_year() -> None:
    line = real_line(
        "press-release-archive_sbc-medical-banks-on-established-infrastructure-to-succeed-a.md",
        "in the current decade",
    )
    rates = {(g.rate_low, g.end_year) for g in extract_growth(line, None)}
    assert (13.0, None) in rates and (13.0, 2033) not in rates  # "... for a value of $9 billion by 2033"


def test_segment_named_in_the_clause() -> None:
    found = facts("marketing-agents_wireless_earphones_market_analysis_2025_208OTNjT.md")
    vr = next(g for g in found.growth if g.rate_low == 6.7)
    assert vr.scope == "segment" and vr.segment_name == "virtual reality (VR)"


def test_headline_figure_fixes_the_market() -> None:
    # "Digital Lending Market to Hit $795 Billion by 2029" although the body sizes peer-to-peer lending too
    name = "press-release-archive_roshi-report-digital-lending-market-to-hit-795-billion-by-2029.md"
    assert main_market(name) == "Digital Lending"


def test_narrower_sized_market_under_a_broad_word() -> None:
    # no market in the headline; "the EV charging station market is forecast to grow at a CAGR of 36%"
    name = (
        "press-release-archive_how-dunamis-charge-is-helping-shape-the-future-of-ev-charging-infrastructure-"
        "through-its-w.md"
    )
    assert (main_market(name) or "").lower() == "ev charging station"


def test_a_faster_growing_part_is_not_the_market() -> None:
    found = facts("press-release-archive_local-wholesale-cardboard-manufacturing-the-logistics-of-global-demand.md")
    # "paper printed boxes, which boast a higher CAGR of 5.2%"
    rate = next(g for g in found.growth if g.rate_low == 5.2)
    assert rate.scope == "segment" and rate.segment_name == "paper printed boxes"


def test_plural_markets_name_the_subject_of_figures() -> None:
    # "the Middle East and Africa EV markets were worth about $3.33 billion in 2024 ..."
    name = "press-release-archive_middle-easts-9-billion-ev-opportunity-reaffirms-potential-in-these-stocks.md"
    assert main_market(name) == "Middle East and Africa EV"
    assert (3.33, "billion", 2024) in main_sizes(name)


def test_headline_market_without_figures_gives_way_to_its_sized_kin() -> None:
    # "... Growing Cancer Vaccination Industry" is never sized; "The global cancer vaccine market size was
    # estimated at $7.31 billion in 2022" is
    name = "press-release-archive_elicio-therapeutics-nasdaq-eltx-makes-strides-in-growing-can.md"
    assert main_market(name) == "cancer vaccine"
    assert (7.31, "billion", 2022) in main_sizes(name)
    # "... In The AI-Driven Advertising Market"; "a critical factor in the $20 billion global AI-driven retail market"
    assert main_market(ALPHA_MODUS) == "AI-driven retail"
    assert (20.0, "billion", None) in main_sizes(ALPHA_MODUS)
    # a headline market sized only in a qualified form stays the headline's: "U.S. B2B technology reseller market
    # sales ... $63 billion" under "B2B Technology Market Forecast to Grow 6% in 2025"
    assert main_market("bulwark_tagreuters_2025-02-13newsml_GNXbmYQbB0.en.md") == "B2B Technology"


def test_spending_named_as_the_market() -> None:
    # "New IT Spend Report", "external IT spending is expected to approach $5 trillion"
    assert main_market(HG_INSIGHTS) == "IT Spend"
    sizes = main_sizes(HG_INSIGHTS)
    assert (5.0, "trillion", None) in sizes
    # "16 million businesses spending money on IT, with a total value projected to be $4.8 trillion"
    assert (4.8, "trillion", 2025) in sizes
    # the categories stay segments: "global spending on IT Hardware is expected to reach $757.1 billion in 2025"
    assert (757.1, "billion", 2025) not in sizes


def test_amount_written_before_its_market() -> None:
    line = real_line(ALPHA_MODUS, "$20 billion global")
    assert attributive_market(line[line.index("$20 billion") + len("$20 billion") :]) == "AI-driven retail"
    assert attributive_market(" is expected to reach the market") is None


def _sizes_of(text: str) -> set[tuple]:
    found = extract_document(clean(text, ".md"))
    return {(s.money.reported_value, s.money.reported_unit, s.reference_year, s.scope) for s in found.sizes}


def test_amount_alone_in_a_table_cell_under_a_size_label() -> None:
    text = (
        "# Tidal Turbine Market Report\n\nThe tidal turbine market is growing.\n\n"
        "| Report Attribute | Details |\n|---|---|\n| Market size value in 2024 | USD 5,096Mn |\n"
        "| Revenue forecast in 2035 | USD 14,897.8Mn |\n| Base year | 2024 |\n"
    )
    sizes = _sizes_of(text)
    assert (5096.0, "million", 2024, "market") in sizes and (14897.8, "million", 2035, "market") in sizes


def test_words_of_the_market_name_do_not_make_an_amount_company_money() -> None:
    # "payment" and "grant" mark company money, unless they are the market's own name
    text = "# Payment Lighting Market Report\n\nThe Payment Lighting market size is estimated at USD 12.6 bn in 2022.\n"
    assert (12.6, "billion", 2022, "market") in _sizes_of(text)


def test_a_firm_with_market_in_its_name_is_not_a_market() -> None:
    text = (
        "# Haircare Motors Market Report\n\nThe worldwide Haircare Motors market stood at US$ 271 billion in 2024; "
        "Kestrel Market Advisory expects it to reach US$ 483.2 billion by 2030.\n"
    )
    assert (483.2, "billion", 2030, "market") in _sizes_of(text)


def test_forecasts_for_the_period_give_the_forecast_years() -> None:
    text = (
        "# Loyalty Wearables Market Report\n\nThe Loyalty Wearables market is growing at a CAGR of 18–22% during the "
        "forecast period. The report provides revenue forecasts for the period 2025 - 2032.\n"
    )
    found = extract_document(clean(text, ".md"))
    assert [(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in found.growth] == [(18.0, 22.0, 2025, 2032)]


def test_a_year_written_as_the_amount_s_own_right_before_it() -> None:
    """ "… USD 3.31 billion in 2025, up from a 2024 base of USD 2.48 billion" (a written document): 2024, not the
    sentence's 2025; a year further back still gives way to a nearer "in 2025"."""
    assert point_year(", according to a new study.", "USD 3.31 billion in 2025, up from a 2024 base of ") == 2024
    assert point_year(".", "In 2024 the base was set; the market was worth in 2025 ") == 2025
    sizes = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w2-01-hydrogen-electrolyzer-market.html", 10**8)
    assert (2.48, 2024) in {(s.money.reported_value, s.reference_year) for s in sizes.facts.sizes}


def test_a_market_that_holds_the_main_one_is_another_market() -> None:
    """Written documents: "the overall lithium-ion battery market at $148.7 billion" in a report on its recycling,
    "the total data center cooling market … at US$ 16.4 billion" in one on liquid cooling, and "the global
    agricultural drone market, which Meridale puts at USD 6.2 billion" in one on Europe's are other markets'."""
    cases = {
        "w2-15-lithium-ion-battery-recycling-market.md": 148.7,
        "w2-05-data-center-liquid-cooling-market.html": 16.4,
        "w2-07-european-agricultural-drone-market.html": 6.2,
    }
    for name, value in cases.items():
        sizes = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts.sizes
        assert {s.scope for s in sizes if s.money.reported_value == value} == {"other_market"}, name
    text = "Drone Market in Europe\nThe European drone market reached EUR 412.6 million in 2024."
    own = extract_document(clean(text, ".txt")).sizes
    assert [(s.money.reported_value, s.scope) for s in own] == [(412.6, "market")]


def test_years_of_labels_restated_amounts_and_amounts_before_another() -> None:
    """Written documents: "Market size FY2030 (forecast): ₹71,200 crore" run into "Market size FY2024: ₹38,600 crore"
    (each its label's year); "₹38,600 crore in FY2024 (roughly USD 4.6 billion) … ₹71,200 crore by FY2030" (2024:
    2030 is the next amount's); "from USD 3.12 billion in the current year to USD 10.65 billion by 2035" (no year);
    a table's "Market growth 2025-2029 | USD 3.94 billion" is what the market adds, no size."""
    assert point_year(" Market size FY2030 (forecast): ₹71,200 crore", "Market size FY2024: ") == 2024
    assert point_year(" crore CAGR", "Market size FY2024: ₹38,600 crore Market size FY2030 (forecast): ") == 2030
    assert (
        point_year(") and is projected to touch ₹71,200 crore by FY2030", "stood at ₹38,600 crore in FY2024 (roughly ")
        == 2024
    )
    assert point_year(" in the current year to USD 10.65 billion by 2035", "is estimated to grow from ") is None
    # India's fiscal year from 2024 into 2025, written "FY2024/25" or "FY2024-25": 2025, as its "FY25" is
    assert (
        point_year(" and is projected to reach", "was valued at Rs 38,650 crore (about USD 4.63 billion) in FY2024/25")
        == 2025
    )
    assert point_year(" crore in FY2019-20, when", "The market has grown from Rs ") == 2020
    assert expand_fiscal("a CAGR over FY2024-30") == "a CAGR over FY2024-30"  # a span, not a fiscal year
    assert point_year(" by 2035, at a CAGR", "to grow from USD 3.12 billion in the current year to ") == 2035
    baggage = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w3-14-airport-baggage-handling.md", 10**8)
    assert 3.94 not in {s.money.reported_value for s in baggage.facts.sizes}


def test_the_main_market_named_after_the_segments_of_a_report_title() -> None:
    """A written release: 'titled, "Water Smart Meter Market by … Application (Residential, Commercial, Industrial):
    …", the water smart meter market was valued at $5.36 billion in 2023' is the market's size, not a segment's."""
    water = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w3-10-water-smart-meter.html", 10**8)
    assert (5.36, 2023, "market") in {(s.money.reported_value, s.reference_year, s.scope) for s in water.facts.sizes}


def test_the_market_whose_name_the_main_one_extends_is_another() -> None:
    """A written release on electric bus charging: "The electric bus market itself, valued at USD 31.7 billion in
    2024" is another market's size; a name without its generic last word ("the bio CMO market" for Bio CMO
    Services) is still the main market's."""
    buses = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w3-22-electric-bus-charging.txt", 10**8)
    assert {s.scope for s in buses.facts.sizes if s.money.reported_value == 31.7} == {"other_market"}
    text = (
        "Bio CMO Services Market to Reach USD 40.1 Billion by 2030\nThe bio CMO market was valued at USD 20.6 billion "
        "in 2022. The bio CMO services market is growing."
    )
    own = extract_document(clean(text, ".txt")).sizes
    assert [(s.money.reported_value, s.scope) for s in own] == [(40.1, "market"), (20.6, "market")]


def test_a_market_named_by_its_abbreviation_alone_is_the_main_one() -> None:
    """A written release on "Managed Detection and Response (MDR)": "the global MDR market is expected to increase
    from USD 4.87 billion in 2024 to USD 27.8 billion by 2032, a CAGR of 24.3%" states the main market's figures
    (the abbreviation's letters skip "and")."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w5-22-managed-detection-response.txt", 10**8).facts
    assert {4.87, 27.8} <= {s.money.reported_value for s in facts.sizes if s.scope == "market"}
    assert 24.3 in {g.rate_low for g in facts.growth if g.scope == "market"}


def test_an_abbreviation_that_takes_a_letter_from_and_and_lakh_crore() -> None:
    """A written news story on "India's CRAMS": "India's contract research and manufacturing services (CRAMS) market
    is estimated at Rs 1.12 lakh crore … and is projected to reach Rs 2.05 lakh crore by FY30, a compound annual
    growth rate (CAGR) of 12.8%" states the main market's figures (CRAMS takes the "A" of "and"); a lakh crore is a
    trillion."""
    facts = process_file(
        REPO_ROOT / "tests" / "written" / "docs" / "w6-08-india-crams-lakh-crore-news.html", 10**8
    ).facts
    sizes = {
        (s.money.reported_value, s.money.reported_unit, s.reference_year) for s in facts.sizes if s.scope == "market"
    }
    assert {(1.12, "trillion", 2025), (2.05, "trillion", 2030), (2.0, "trillion", 2030)} <= sizes
    assert 12.8 in {g.rate_low for g in facts.growth if g.scope == "market"}


def test_a_headline_under_a_banner_and_the_names_a_country_s_market_goes_by() -> None:
    """Written texts whose first line is a banner ("SAHYADRI RESEARCH & ADVISORY", "IMARC GROUP | PRESS RELEASE |
    …", a rule under it): the headline under it names the market, "India's solar water pump market" the market of
    India, and the text's "puts the market at Rs 6,840 crore in 2024" for "India Solar Water Pumps Market" states its
    size; a release whose market is "polyhydroxyalkanoate (PHA) bioplastics" in its text and "PHA Bioplastics" in its
    subject states its figures for the one market."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    pumps = process_file(written / "w2-21-india-solar-water-pumps-market.txt", 10**8).facts
    assert next(a.value_text for a in pumps.attributes if a.attribute == "market_name") == "India solar water pump"
    assert {6840.0, 15260.0} <= {s.money.reported_value for s in pumps.sizes if s.scope == "market"}
    office = process_file(written / "w6-23-india-flexible-workspace.txt", 10**8).facts
    title = next(a.value_text for a in office.attributes if a.attribute == "report_title")
    assert title == "INDIA FLEXIBLE WORKSPACE MARKET TO CROSS RS 23,000 CRORE BY FY2030, SAYS IMARC GROUP"
    assert next(a.value_text for a in office.attributes if a.attribute == "market_name").lower().startswith("india")
    pha = process_file(written / "w4-16-pha-bioplastics.txt", 10**8).facts
    assert {118.4, 356.2} <= {s.money.reported_value for s in pha.sizes if s.scope == "market"}
    assert 17.0 in {g.rate_low for g in pha.growth if g.scope == "market" and g.end_year == 2031}


def test_a_text_s_headline_is_its_first_line_unless_a_banner_stands_over_it() -> None:
    assert text_headline("Widget Market to Reach $5 Billion\nACME RESEARCH\nWidget Market Report 2025\n") is None
    assert text_headline("ACME RESEARCH\nThe widget market " + "grew and " * 40 + "rose\n") is None  # a paragraph
    assert text_headline("ACME RESEARCH\nThe widget market grew 5% in 2024, the firm said.\nMore text.") is None
    assert text_headline("ACME RESEARCH\nPress Release\nWidget Market to Reach $5 Billion\nText.") == (
        "Widget Market to Reach $5 Billion"
    )


def test_a_site_s_line_of_sections_over_a_text_is_no_headline() -> None:
    """A written wire release saved as text: "PRESSWIRE.EXAMPLE | Food & Beverage Industry | Business & Economy" over
    its headline names no market ("Food & Beverage"); the headline does, and the history "Between 2019 and 2024 the
    market expanded at a CAGR of 4.8%, held back by … disruptions in 2021 and 2022" is a rate to 2024 (two years after
    "in" are no span)."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-03-seasoning-contract-blending.txt", 10**8).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market == "Seasoning and Spice Contract Blending"
    assert {(4.6, 2025), (7.1, 2032)} <= {(s.money.reported_value, s.reference_year) for s in facts.sizes}
    assert (4.8, 2019, 2024) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    assert text_headline("ACME.EXAMPLE | Food Industry | Business\n---\nWidget Market to Reach $5 Billion\n") == (
        "Widget Market to Reach $5 Billion"
    )
    assert text_headline("Widget Market | Size | Share\nACME RESEARCH\nWidget Market Report 2025\n") is None


def test_a_market_named_by_its_place_alone() -> None:
    """A written sector brief on the Morocco automotive wire harness market: "Mordor Intelligence places the
    Moroccan market at USD 3.8 billion for 2025" sizes the same market (another firm's estimate); a global market's
    "the Moroccan market" is a region's, and a market named by more than its place another market."""
    brief = process_file(REPO_ROOT / "tests/written/docs/w7-15-morocco-wire-harness-sector-brief.txt", 10**8).facts
    assert next(s for s in brief.sizes if s.money.reported_value == 3.8).scope == "market"
    page = (
        "# Global Widget Market\n\nThe global widget market was valued at USD 5.1 billion in 2024. Analysts place "
        "the Moroccan market at USD 0.3 billion in 2024. Others put the Moroccan gadget market at USD 0.2 billion "
        "in 2024.\n"
    )
    sizes = {s.money.reported_value: s for s in extract_document(clean(page, ".md")).sizes}
    assert (sizes[0.3].scope, sizes[0.3].region_name) == ("region", "Morocco")
    assert (sizes[0.2].scope, sizes[0.2].market_name) == ("other_market", "Moroccan gadget")
    assert sizes[5.1].scope == "market"
    placed = "# Morocco Widget Market\n\nThe Morocco widget market was worth USD 4.2 billion in 2024. Others place the "
    placed += "Morocco market at USD 3.9 billion for 2025.\n"
    assert {s.scope for s in extract_document(clean(placed, ".md")).sizes} == {"market"}


def test_what_something_costs_is_no_market_size() -> None:
    """Two written pages on agrochemical contract research: "Bringing a new synthetic active substance to market
    costs about USD 301 million" and "… now costs roughly US$ 301 million" give what a product costs, not a size of
    the market; the pages' own sizes stay."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    for name, kept in (
        ("w8-14-agrochemical-contract-research-bulletin.txt", 2.84),
        ("w8-16-agrochemical-contract-research-nested-tables.html", 2.18),
    ):
        values = {s.money.reported_value for s in process_file(written / name, 10**8).facts.sizes}
        assert 301.0 not in values and kept in values, name
    page = "# Widget Market\n\nThe widget market was USD 5.1 billion in 2024. Bringing a widget to market costs "
    page += "around USD 301 million.\n"
    assert {s.money.reported_value for s in extract_document(clean(page, ".md")).sizes} == {5.1}


def test_a_title_that_names_its_market_before_a_dash_and_global_market() -> None:
    """A written fact sheet's title "SODIUM REDUCTION INGREDIENTS — GLOBAL MARKET 2025–2030" names its market, which
    its text never calls a market again; its table's values are that market's."""
    sheet = process_file(REPO_ROOT / "tests/written/docs/w9-29-sodium-reduction-ingredients-fact-sheet.txt", 10**8)
    market = next(a.value_text for a in sheet.facts.attributes if a.attribute == "market_name")
    assert market == "SODIUM REDUCTION INGREDIENTS"
    page = "Widget Sensors - Global Market Outlook 2025\n\nSales reached USD 4.1 billion in 2024.\n"
    found = extract_document(clean(page, ".txt")).attributes
    assert next(a.value_text for a in found if a.attribute == "market_name") == "Widget Sensors"


def test_an_author_s_affiliation_under_a_paper_s_title_is_no_headline() -> None:
    """A written working paper's title page: its title over two centred lines, its authors, then "Centre for Health
    Industry Economics, Wexbridge University": an institution, whose "Industry" names no market; the market is the
    one the paper studies."""
    paper = process_file(REPO_ROOT / "tests/written/docs/w9-13-contract-radiolabelling-working-paper.txt", 10**8)
    market = next(a.value_text for a in paper.facts.attributes if a.attribute == "market_name")
    assert market.lower() == "contract radiolabelling services"
    for affiliation in (
        "Institute of Widget Industry Studies",
        "Center for Widget Industry Policy, Acme",
        "Centre for Widget Industry Policy",
        "Widget Industry Group, Wexbridge University",
    ):
        assert text_headline(f"A Study of Widgets\nJane Roe\n{affiliation}\n\nText.") is None, affiliation


def test_a_tender_s_value_excluding_vat_is_no_market_size() -> None:
    """A written tender notice: "2.1.3 Value – Estimated value excluding VAT: 18 400 000,00 EUR" is what the buyer
    will pay for the contract, no size of the market its background section sizes."""
    notice = process_file(
        REPO_ROOT / "tests/written/docs/w9-03-aseptic-compounding-outsourcing-tender-notice.html", 10**8
    )
    assert 18400000.0 not in {s.money.reported_value for s in notice.facts.sizes}
    assert notice.facts.sizes  # the market's own sizes stay


def test_a_subject_line_s_any_market_names_no_market() -> None:
    """A written mailing-list digest's topic "Outsourced cleaning validation - any market numbers?": "any" before
    "market" names none, so the market is the one the pasted summary sizes."""
    digest = process_file(REPO_ROOT / "tests/written/docs/w9-30-cleaning-validation-mailing-list-digest.txt", 10**8)
    market = next(a.value_text for a in digest.facts.attributes if a.attribute == "market_name")
    assert "any" not in market.split() and "cleaning validation" in market.lower()


def test_an_outlook_label_sizes_the_market() -> None:
    """A written fact sheet's "• Outlook ...... nearly USD 2.0 billion by 2030": its label sizes the market, as
    "Market value 2024 ......" on the line above it does."""
    sheet = process_file(REPO_ROOT / "tests/written/docs/w9-29-sodium-reduction-ingredients-fact-sheet.txt", 10**8)
    sizes = {(s.money.reported_value, s.reference_year) for s in sheet.facts.sizes if s.scope == "market"}
    assert (2.0, 2030) in sizes
    assert (1412.5, 2024) in sizes


def test_the_same_market_is_the_market() -> None:
    """A written print-friendly article: "Five years ago the same market was worth about USD 3.9 billion (2020)":
    "the same market" names no other market; the figure is the market's own."""
    article = process_file(REPO_ROOT / "tests/written/docs/w10-04-cat-litter-print-friendly-article.html", 10**8)
    assert (3.9, 2020, "market") in {(s.money.reported_value, s.reference_year, s.scope) for s in article.facts.sizes}


def test_a_word_that_names_no_market_is_no_candidate() -> None:
    """A written proposal speaks of "end markets" ("the fastest-growing end market globally at 8.9% a year") more
    often than of any market it names: "end" names none, so the market is one the text sizes ("MarketsandMarkets
    (Box Build Assembly Market, October 2024) gives USD 104.2 billion", read from its parenthesis)."""
    proposal = process_file(REPO_ROOT / "tests/written/docs/w10-21-box-build-ems-consulting-proposal.md", 10**8)
    market = next(a.value_text for a in proposal.facts.attributes if a.attribute == "market_name")
    assert market == "Box Build Assembly"
    assert clean_market_name("MarketsandMarkets (Box Build Assembly") == "Box Build Assembly"
    assert clean_market_name("Contact Center as a Service (CCaaS)") == "Contact Center as a Service (CCaaS)"


def test_costs_a_capex_request_and_agreements_are_no_market_sizes() -> None:
    """Written documents: "at a total cost of around GBP 62 million" (what a buyer paid), "annualized compliance costs
    of USD 12.4 million", "the capex request (EUR 14.5 million)", "supply agreements worth GBP 5 million or more"
    size no market; the markets' own sizes stay."""
    written = REPO_ROOT / "tests/written/docs"
    for name, amount in (
        ("w10-13-nitrile-gloves-parliamentary-written-answer.txt", 62.0),
        ("w10-19-nasal-spray-contract-manufacturing-docket-comment.html", 12.4),
        ("w10-22-contract-spray-drying-ai-meeting-summary.md", 14.5),
        ("w10-30-orthopaedic-implant-contract-manufacturing-job-posting.txt", 5.0),
    ):
        sizes = process_file(written / name, 10**8).facts.sizes
        assert sizes and amount not in {s.money.reported_value for s in sizes}, name


def test_the_abbreviation_a_text_gives_the_market_is_the_market() -> None:
    """A written Q&A thread asks about "cross-laminated timber (CLT)" and an answer quotes "global CLT market size
    estimated at USD 1.45 billion in 2024, expected to grow at a CAGR of 14.1% from 2025": the abbreviation the text
    gives the market names the market."""
    thread = process_file(REPO_ROOT / "tests/written/docs/w7-17-cross-laminated-timber-qa-thread.html", 10**8).facts
    assert (14.1, "market") in {(g.rate_low, g.scope) for g in thread.growth}
    assert (1.45, "market") in {(s.money.reported_value, s.scope) for s in thread.sizes}


def test_a_region_growing_faster_than_the_global_number_is_the_region_s() -> None:
    """A written video transcript: "europe is growing a bit faster than the global number at around eight point five
    percent a year": "global" in a comparison leaves the rate the region's."""
    video = process_file(REPO_ROOT / "tests/written/docs/w8-15-vinyl-records-youtube-transcript.txt", 10**8).facts
    assert (8.5, "region") in {(g.rate_low, g.scope) for g in video.growth}
    text = "# Widget Market\n\nThe global widget market is worth USD 2 billion.\n\n"
    facts = extract_document(clean(text + "Europe is growing faster than global demand, at 6% a year.\n", ".md"))
    assert [(g.scope, g.region_name) for g in facts.growth] == [("region", "Europe")]


def test_the_main_market_named_without_its_abbreviation_is_no_market_that_holds_it() -> None:
    """ "The global legal process outsourcing market is expected to grow by USD 3.2 billion during 2024-2028,
    accelerating at a CAGR of 6.1%" in a release on "Legal Process Outsourcing (LPO)": the main market's rate."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w13-20-legal-process-outsourcing.txt", 10**8).facts
    assert [(g.rate_low, g.scope) for g in facts.growth if g.rate_low == 6.1] == [(6.1, "market")]


def test_a_year_in_a_clause_after_the_amount_is_not_its_year() -> None:
    line = (
        "Back in 2019, the heat shrink tubing market stood at roughly USD 1.41 billion before pandemic-related plant "
        "shutdowns depressed shipments in 2020; the recovery since has been steady."
    )
    at = line.find(" before")
    assert point_year(line[at:], line[: at - len("USD 1.41 billion")]) == 2019
    assert point_year(" in 2020, up from 2019", "The market stood at USD 1.41 billion") == 2020


def test_an_amount_at_the_forecast_period_s_end_and_one_restated_in_parentheses() -> None:
    """ "… forecasts compound annual growth of 5.9 per cent between 2025 and 2030, taking the market to approximately
    EUR 3.2 billion by the end of the forecast period": 2030's figure, not 2024's; "Outsourced IFM market, FY2025: Rs
    18,500 cr (approx. USD 2.2 bn)": the restated amount of 2025 too."""
    written = REPO_ROOT / "tests/written/docs"
    facts = process_file(written / "w18-03-european-dental-lab-outsourcing.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert (3.2, 2030) in sizes and (3.2, 2024) not in sizes
    facts = process_file(written / "w18-10-india-integrated-facility-management.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert (2.2, 2025) in sizes and (2.2, None) not in sizes
    text = (
        "Dental Lab Outsourcing Market Report\n\nThe dental lab outsourcing market stood at EUR 2.3 billion in 2024. "
        "Over the forecast period 2025-2030 it is expected to reach EUR 3.2 billion by the end of the forecast period."
    )
    facts = extract_document(CleanDocument(text=text, format="text", language="en"))
    assert (3.2, 2030) in {(s.money.reported_value, s.reference_year) for s in facts.sizes}


def test_the_bounds_of_a_range_of_amounts_share_their_year() -> None:
    """ "estimated at between USD 1.8 billion and USD 2.1 billion in 2025"; "By 2031, the market is projected to reach
    between USD 2.6 billion and USD 3.2 billion": each bound a size of its range's year."""
    written = process_file(REPO_ROOT / "tests/written/docs/w18-02-teleradiology-services.md", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in written.sizes if s.scope == "market"}
    assert sizes == {(1.8, 2025), (2.1, 2025), (2.6, 2031), (3.2, 2031)}


def test_an_amount_reached_at_a_periods_end_is_of_its_last_year() -> None:
    """ "… estimates the global allogeneic cell therapy market at $1.31 billion in 2024 and expects it to grow at a
    compound annual rate of 27.2% between 2024 and 2030, reaching $5.55 billion": 2030's figure, not 2024's."""
    written = process_file(REPO_ROOT / "tests/written/docs/w17-04-allogeneic-cell-therapy-explainer.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in written.sizes if s.scope == "market"}
    assert (5.55, 2030) in sizes and (5.55, 2024) not in sizes
    assert point_year(".", "in 2024, growing at 6.1% a year from 2025-32 to reach ") == 2032
    assert point_year(".", "stood at USD 2 billion in 2023, reaching ") == 2023


def test_no_market_is_named_by_words_that_end_with_an_article() -> None:
    """ "… a comprehensive analysis of the market's current state, …, the market, which stood at USD 4.41 Bn in 2024":
    the main market's figure, not one of a market named "comprehensive analysis of the"; "With projections of the
    market reaching USD 254.51 billion by 2032" likewise; "the infrastructure layer of the market" is a part of it."""
    written = process_file(REPO_ROOT / "tests/written/docs/w13-19-drug-discovery-outsourcing.txt", 10**8).facts
    assert (4.41, 2024, "market") in {(s.money.reported_value, s.reference_year, s.scope) for s in written.sizes}
    assert (254.51, 2032, "market") in main_sizes_scoped("g0v_ToCtCl9PT4q8jueuX9Yf_Q.md")
    finance = process_file(REPO_ROOT / "tests/written/docs/wc07-embedded-finance-market.html", 10**8).facts
    layer = next(s for s in finance.sizes if s.money.reported_value == 18.7)
    assert (layer.scope, layer.segment_name) == ("segment", "infrastructure layer")


def main_sizes_scoped(name: str) -> set[tuple]:
    return {(s.money.reported_value, s.reference_year, s.scope) for s in facts(name).sizes}


def test_a_report_s_edition_year_is_not_an_amount_s() -> None:
    """ "… to reach USD 9.4 billion by 2030, up from our previous estimate of USD 8.1 billion published in the 2023
    edition": the earlier forecast for 2030, not a size of 2023."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w13-28-site-management-organization.md", 10**8).facts
    years = {s.reference_year for s in facts.sizes if s.money.reported_value == 8.1}
    assert years == {2030}


def test_a_span_of_years_before_an_amount_is_no_year_of_its() -> None:
    """A written digest's headline "Industrial Fasteners Market 2024-31: 96.4bn USD Market Heading for 138.1bn USD":
    the report's period, neither bound of it the year of the amount after it (its body gives 2023); a year alone
    before an amount still dates it."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-29-industrial-fasteners.md", 10**8).facts
    assert {s.reference_year for s in facts.sizes if s.money.reported_value == 96.4} == {2023}
    for before in ("Market 2024-31: ", "Market 2024-2031: ", "Market 2024 – 2031: ", "period 2024–31, "):
        assert point_year(" and growing", before) is None, before
    assert point_year(" and growing", "Market 2024: ") == 2024
    assert point_year(" and growing", "In the year 2024, revenue of ") == 2024


def test_a_region_s_part_of_the_global_market_leaves_its_figures_the_region_s() -> None:
    """A report page's regions: "North America held the market of more than 40% of the global revenue with a market
    size of USD 284992.2 million in 2024 and will grow at a compound annual growth rate (CAGR) of 5.0% …"; a newsroom's
    "North America is the most significant global human resource outsourcing market shareholder and is estimated to
    grow at a CAGR of 6.8%"."""
    page = process_file(REPO_ROOT / "tests/written/docs/w16-08-reverse-logistics.html", 10**8).facts
    assert next((s.scope, s.region_name) for s in page.sizes if s.money.reported_value == 284992.2) == (
        "region",
        "North America",
    )
    assert {(5.0, "North America"), (8.8, "Asia Pacific")} <= {(g.rate_low, g.region_name) for g in page.growth}
    newsroom = process_file(REPO_ROOT / "tests/written/docs/w16-03-human-resource-outsourcing.html", 10**8).facts
    assert (6.8, "North America") in {(g.rate_low, g.region_name) for g in newsroom.growth}
    text = "# Widget Market\n\nThe global widget market is worth USD 2 billion in 2024.\n\n"
    for sentence, scope in (
        ("Europe held 30% of the global revenue with a market size of USD 600 million in 2024.", "region"),
        ("Europe held 30% of the global sales with a market size of USD 600 million in 2024.", "region"),
        ("Europe held 30% of the global market share with a market size of USD 600 million in 2024.", "region"),
        ("Europe is the largest global widget market shareholder, with USD 600 million in 2024.", "region"),
        ("Europe leads, and the global widget market was USD 600 million in 2024.", "market"),
    ):
        facts = extract_document(clean(text + sentence + "\n", ".md"))
        assert scope == next(s.scope for s in facts.sizes if s.money.reported_value == 600), sentence


def test_a_forecast_period_named_after_its_years() -> None:
    """A wire release: "… key factors expected to drive market revenue growth between 2024 and 2033, the forecast
    period of this study" dates its "revenue CAGR of 10.9% during the forecast period"."""
    release = process_file(REPO_ROOT / "tests/written/docs/w16-01-healthcare-rcm-outsourcing.html", 10**8).facts
    assert (10.9, 2024, 2033) in {(g.rate_low, g.start_year, g.end_year) for g in release.growth}
    for span in (
        "between 2024 and 2033, the forecast period",
        "from 2024 to 2033 our forecast horizon",
        "between 2024 and 2033, our forecast period",
        "from 2024 to 2033, the forecast horizon",
    ):
        period = extract_forecast_period(f"Widget Market\n\nDemand should rise {span} of this study.", None)
        assert period is not None and (period.start_year, period.end_year) == (2024, 2033), span
    assert (
        extract_forecast_period("Widget Market\n\nDemand rises between 2024 and 2033, the period of this study.", None)
        is None
    )


@pytest.mark.parametrize("verb", ["add nearly", "adds", "added", "adding", "set to add more than"])
def test_an_amount_the_market_adds_is_no_size(verb: str) -> None:
    """A wire release: "Over the forecast period, the market is expected to add nearly USD 12.46 billion in
    incremental revenue" is what the market gains, not its size."""
    release = process_file(REPO_ROOT / "tests/written/docs/w16-02-solid-oxide-fuel-cell.md", 10**8).facts
    assert 12.46 not in {s.money.reported_value for s in release.sizes}
    text = "# Widget Market\n\nThe global widget market was valued at USD 2 billion in 2024.\n\n"
    facts = extract_document(clean(f"{text}By 2030 the widget market is seen {verb} USD 1.5 billion.\n", ".md"))
    assert {s.money.reported_value for s in facts.sizes} == {2.0}


def test_a_year_s_figure_on_its_own_line_under_a_size_heading() -> None:
    """A carousel's slide: "💰 MARKET SIZE" over "2024: USD 15.9 Bn", "2025: USD 17.1 Bn", "2032: USD 28.6 Bn": each
    year's size; not under a heading that names no size, nor a line that says more after its year."""
    post = process_file(REPO_ROOT / "tests/written/docs/w16-27-air-purifier-linkedin-carousel.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in post.sizes if s.scope == "market"}
    assert {(15.9, 2024), (17.1, 2025), (28.6, 2032)} <= sizes and 11.0 not in {v for v, _ in sizes}
    rows = "2024: USD 15.9 Bn\n2032: USD 28.6 Bn\n"
    found = extract_document(clean(f"# Widget Market\n\nMARKET SIZE\n{rows}", ".txt")).sizes
    assert {(s.money.reported_value, s.reference_year) for s in found} == {(15.9, 2024), (28.6, 2032)}
    assert extract_document(clean(f"# Widget Market\n\nOrders booked\n{rows}", ".txt")).sizes == []
    assert extract_document(clean(f"# Widget Market\n\nMarket growth\n{rows}", ".txt")).sizes == []
    said = "2024: 120 deals, USD 15.9 Bn\n"
    assert extract_document(clean(f"# Widget Market\n\nMARKET SIZE\n{said}", ".txt")).sizes == []


def test_a_firm_named_industry_reports_names_no_market() -> None:
    """ "Crestwater Industry Reports reports that the worldwide Railway Dialysis Coatings market stood at $338.4
    Billion in 2024; Crestwater Industry Reports expects it to reach $568 Billion by 2030.": both the market's, not
    a market named "Crestwater"; nor is "This Week's Top 5 Market Reports" a market."""
    text = (
        "# Widget Coatings Market\n\nAcme Industry Reports reports that the worldwide Widget Coatings market stood at "
        "$338.4 Billion in 2024; Acme Industry Reports expects it to reach $568 Billion by 2030.\n"
    )
    facts = extract_document(clean(text, ".md"))
    assert {(s.money.reported_value, s.scope) for s in facts.sizes} == {(338.4, "market"), (568.0, "market")}
    roundup = process_file(REPO_ROOT / "tests/written/docs/w16-17-weekly-top5-energy-reports.html", 10**8).facts
    assert "Top 5" not in next(a.value_text for a in roundup.attributes if a.attribute == "market_name")


def test_a_headline_that_names_a_sized_market_without_the_word_market_names_the_main_one() -> None:
    """The same roundup: "Top 5 Market Reports: Thermal Energy Storage Leads the Energy Transition Picks" over five
    markets' summaries, each sized alike: thermal energy storage is the main market, the others other markets."""
    roundup = process_file(REPO_ROOT / "tests/written/docs/w16-17-weekly-top5-energy-reports.html", 10**8).facts
    market = next(a.value_text for a in roundup.attributes if a.attribute == "market_name")
    assert market == "Thermal Energy Storage (TES)"
    assert {g.rate_low for g in roundup.growth if g.scope == "market"} == {9.1}
    sized = "The global {} coating market reached USD {} billion in 2024.\n\n"
    body = "".join(sized.format(name, value) for name, value in (("widget", 2.1), ("gadget", 3.4), ("gadget", 3.5)))
    for title, market in (("Five Reports", "gadget coating"), ("Widget Coating Leads", "widget coating")):
        facts = extract_document(clean(f"# Weekly Picks: {title} This Week\n\n{body}", ".md"))
        assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == market, title


def test_a_forecast_analysis_s_past_trends_are_no_forecast_period() -> None:
    """Lucintel's stock line "Trend and Forecast Analysis: Market trends (2019 to 2024) and forecast (2025 to 2031)
    by various segments and regions" (written releases, one wrapped inside the second span): the forecast period is
    2025 to 2031, not the trends' years."""
    for name in ("w17-21-antibiotics-cdmo.txt", "w2-17-thermoplastic-composites-market.md"):
        facts = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts
        period = next(a for a in facts.attributes if a.attribute == "forecast_period")
        assert (period.start_year, period.end_year) == (2025, 2031), name


def test_a_sentence_that_calls_its_subject_a_market_of_a_size_sizes_that_subject() -> None:
    """A written roundup's second item: "Tamper-evident labels, which visibly break, leave a "VOID" pattern or change
    color when removed, are a $21.6 billion market in 2025 and will reach $33.9 billion by 2033, a CAGR of 5.8%": the
    labels' figures, not the headline's anti-counterfeit packaging market's; a sentence that calls the main market so
    sizes the main market."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-28-packaging-roundup.md", 10**8).facts
    labels = {(s.money.reported_value, s.scope, s.market_name) for s in facts.sizes if s.money.reported_value > 20}
    assert (21.6, "other_market", "Tamper-evident labels") in labels
    assert (33.9, "other_market", "Tamper-evident labels") in labels
    assert 5.8 not in {g.rate_low for g in facts.growth if g.scope == "market"}
    text = "Global Widget Market Report\n\nWidgets, which hold parts together, are a $5.2 billion market in 2024.\n"
    doc = CleanDocument(text=text, format="text", language="en")
    assert {(s.money.reported_value, s.scope) for s in extract_document(doc).sizes} == {(5.2, "market")}


def test_a_size_in_the_current_year_that_another_sentence_dates() -> None:
    """A written report page: "grow from USD 5.43 billion in the current year to USD 11.97 billion by 2035", then
    "The current year refers to 2025.": the first amount is 2025's; without that sentence it stays undated."""
    page = process_file(
        REPO_ROOT / "tests" / "written" / "docs" / "w19-08-bioprocess-development-outsourcing.txt", 10**8
    )
    dated = {(s.money.reported_value, s.reference_year) for s in page.facts.sizes if s.scope == "market"}
    assert {(5.43, 2025), (11.97, 2035), (5.01, 2024)} <= dated
    lead = "The widget CDMO market will grow from USD 3.12 billion in the current year to USD 9 billion by 2035."
    for said, year in ((" The current year is 2026.", 2026), (" The current year matters.", None)):
        found = extract_document(clean(lead + said, ".txt"))
        assert {s.reference_year for s in found.sizes if s.money.reported_value == 3.12} == {year}


def test_a_quarter_s_figures_and_a_volume_rate_are_not_the_market_s_size_and_growth() -> None:
    """Written releases: "Global rugged tablet market revenue reached USD 512.6 million in Q1 2025, up 9% year over
    year from USD 470.3 million in Q1 2024" beside "For full-year 2024, the rugged tablet market totalled USD 2.08
    billion"; "In value terms the market is projected to exhibit a growth rate (CAGR) of 5.7% during 2025-2033, while
    volumes are expected to grow at a CAGR of 3.9%": a quarter's and the volumes' figures."""
    tablets = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w20-11-rugged-tablets.md", 10**8).facts
    sizes = {s.money.reported_value for s in tablets.sizes if s.scope == "market"}
    assert 2.08 in sizes and not {512.6, 470.3} & sizes
    assert 9.0 not in {g.rate_low for g in tablets.growth if g.scope == "market"}
    water = "w20-04-water-treatment-chemicals-contract-manufacturing.html"
    rates = process_file(REPO_ROOT / "tests" / "written" / "docs" / water, 10**8).facts.growth
    assert {g.rate_low for g in rates if g.scope == "market"} == {5.7}
    for said in (
        "In the first quarter of 2025 the widget market was worth USD 500 million.",
        "H1 2025 revenue of the widget market was USD 500 million.",
        "The widget market was worth USD 500 million in the third quarter.",
        "The widget market's sales were USD 500 million in the second half.",
        "The widget market's sales were USD 500 million in the fourth quarter.",
        "In the second quarter the widget market's sales were USD 500 million.",
    ):
        found = extract_document(clean("The widget market reached USD 2.1 billion in 2024. " + said, ".txt"))
        assert {s.money.reported_value for s in found.sizes} == {2.1}, said


def test_an_amount_after_of_the_sizes_the_market_named_after_it() -> None:
    """A written article: "In 2024 the late-phase clinical research outsourcing market generated USD 16.4 billion,
    accounting for 18% of the USD 92 billion pharmaceutical outsourcing market": the second amount is the larger
    market's."""
    name = "w20-15-late-phase-clinical-research-outsourcing.md"
    sizes = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts.sizes
    scopes = {s.money.reported_value: (s.scope, s.market_name) for s in sizes}
    assert scopes[92.0] == ("other_market", "pharmaceutical outsourcing") and scopes[16.4][0] == "market"
    text = (
        "The global widget market was worth USD 10 billion in 2024. The gadget market generated USD 1 billion, "
        "accounting for 10% of the USD 10 billion widget market."
    )
    found = extract_document(clean(text, ".txt"))
    assert {(s.money.reported_value, s.scope) for s in found.sizes} == {(10.0, "market"), (1.0, "other_market")}


def test_a_statistics_card_s_figure_labelled_with_a_region_is_the_region_s() -> None:
    """A written report page's "Key Market Statistics" table, read as label lines over value lines: "2024 Market
    Size" / "USD 31.62 Bn" is the market's, "North America Market Value (2024)" / "USD 9.6 Bn" North America's."""
    name = "w20-02-cordless-power-tools.md"
    sizes = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts.sizes
    scopes = {(s.money.reported_value, s.reference_year): (s.scope, s.region_name) for s in sizes}
    assert scopes[(9.6, 2024)] == ("region", "North America") and scopes[(31.62, 2024)] == ("market", None)
    judge = ScopeJudge("", "widgets in Europe", [], load_index())
    assert judge.opening_place("North America Market Value (2024)") == "North America"
    assert judge.opening_place("Europe Market Value (2024)") is None  # the main market's own place
    assert judge.opening_place("Market Value in North America") is None


def test_a_chart_s_data_labels_under_a_caption_that_sizes_the_market() -> None:
    """A written release's chart, as its image's text: "Figure 1: Global Ophthalmology CRO Market Size, 2024–2030 (USD
    million). Bar chart; data labels: 2024: $612.4M; 2025: $668.0M; …": each label's year and amount; not two labels,
    nor labels under a caption that sizes nothing."""
    name = "w20-08-ophthalmology-cro.md"
    sizes = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts.sizes
    dated = {(s.money.reported_value, s.reference_year) for s in sizes if s.scope == "market"}
    assert {(612.4, 2024), (668.0, 2025), (1032.5, 2030)} <= dated
    for caption, labels in (
        ("Figure 2: Widget Shipments, 2024–2026.", "2024: $5.1M; 2025: $6.2M; 2026: $7.3M."),
        ("Figure 2: Widget Market Size, 2024–2025.", "2024: $5.1M; 2025: $6.2M."),
    ):
        found = extract_document(clean(f"The widget market grew.\n\n{caption} Bar chart; labels: {labels}", ".txt"))
        assert not found.sizes, caption


def test_a_company_s_own_revenue_growth_in_the_market_s_words_is_the_company_s() -> None:
    """A written release: "Getac Technology Corporation posted the strongest growth among the top five, with its rugged
    tablet revenue up 14% year over year": the company's, not the rugged tablet market's."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w20-11-rugged-tablets.md", 10**8).facts
    rates = {g.rate_low for g in facts.growth if g.scope == "market"}
    assert 7.9 in rates and 14.0 not in rates


def test_a_market_called_mature_is_no_market_s_name_and_an_amount_of_additional_sales_no_size() -> None:
    """A written release: a quote's "in a mature market of this size it means more than 40bn USD of additional annual
    sales by 2031" (an increment), then "For 2024 Ironbridge estimates the market at 100.8bn USD" (the main market's,
    not a market named "mature")."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w21-29-industrial-fasteners.md", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year): s.scope for s in facts.sizes}
    assert sizes[(100.8, 2024)] == "market" and (40.0, 2031) not in sizes


def test_a_rate_in_forecast_period_without_its_article() -> None:
    """A translated release: "… with CAGR 6.0% in forecast period" (the report's "forecast for period 2024–2030")."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w21-17-self-adhesive-labels.txt", 10**8).facts
    assert (6.0, 2024, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}


def test_amounts_a_table_writes_with_their_currency_take_their_column_s_year_and_their_row_s_market() -> None:
    """A written page's table "Indicator | 2023 | 2024 | 2030" over "Market value | USD 4 180.0 Mn | USD 4 410.0 Mn |
    USD 6 070.0 Mn": the market's, each in its year; a written e-mail's box-drawn "Global battery pack market | US$
    121.5 Billion | US$ 298.4 Billion" under "Market | 2024 | 2033": the wider market's, in its years."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    wipes = process_file(written / "w21-26-wet-wipes-contract-manufacturing.html", 10**8).facts
    found = {(s.money.reported_value, s.reference_year) for s in wipes.sizes if s.scope == "market"}
    assert {(4180.0, 2023), (4410.0, 2024), (6070.0, 2030)} <= found
    packs = process_file(written / "w11-06-battery-pack-assembly-email.txt", 10**8).facts
    wider = {(s.money.reported_value, s.reference_year, s.scope) for s in packs.sizes if s.money.reported_value > 100}
    assert wider == {(121.5, 2024, "other_market"), (298.4, 2033, "other_market")}


def test_an_amount_a_question_asks_about_is_no_size() -> None:
    """Written documents: an investor FAQ's "Why did an analyst note quote a "USD 2 billion market"?" and a
    conference agenda's "Second-life EV batteries: a €2.1 billion opportunity by 2030?": questions, no sizes."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    faq = process_file(written / "w10-25-serialization-services-investor-faq.md", 10**8).facts
    assert (2.0, None) not in {(s.money.reported_value, s.reference_year) for s in faq.sizes}
    agenda = process_file(written / "w11-14-v2g-conference-agenda.html", 10**8).facts
    assert 2.1 not in {s.money.reported_value for s in agenda.sizes}


def test_a_rate_of_prices_is_no_market_growth() -> None:
    """Written documents: "Supplier prices rose 14% in 2022", "coconut-shell GAC prices +3% a year to 2028", "Prices
    rose by 9.5% a year between 2021 and 2024, faster than the …": the prices' change, no market's growth."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    for name, rate in [
        ("w10-02-effervescent-tablet-cmo-porter-swot.html", 14.0),
        ("w21-14-activated-carbon-wiki-page-paste.html", 3.0),
        ("w9-13-contract-radiolabelling-working-paper.txt", 9.5),
        ("w4-03-india-ayurvedic-products.txt", 6.0),  # "average selling prices of herbal skin care rose about 6%"
        ("w6-20-topical-drug-cdmo-analyst-interview.md", 4.0),  # "CDMO price increases of 4–6% a year"
    ]:
        growth = process_file(written / name, 10**8).facts.growth
        assert {g.scope for g in growth if g.rate_low == rate} == {"price"}, name


def test_a_rate_written_after_volume_is_the_volumes() -> None:
    """A written bulletin: "Volume CAGR (2.4%) vs value CAGR (3.27%) — the gap is price/mix.": 2.4% is the volumes'."""
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / "w22-27-citric-acid-exactitude-bulletin.md", 10**8)
    market = {g.rate_low for g in facts.facts.growth if g.scope == "market"}
    assert 3.27 in market and 2.4 not in market


def test_a_market_as_a_whole_is_the_one_the_main_market_is_part_of() -> None:
    """A written trade article on the industrial electronics EMS market: "… the rate CER forecasts for the EMS industry
    as a whole, which it puts at $618 billion in 2024": that wider market's size, not the article's market's."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w24-03-industrial-electronics-ems-trade-article.html", 10**8)
    assert {(s.scope, s.market_name) for s in facts.facts.sizes if s.money.reported_value == 618} == {
        ("other_market", "EMS")
    }
    page = "# Industrial Electronics EMS Market\n\nThe industrial electronics EMS market was $96 billion in 2024. "
    page += "It grows twice as fast as the EMS market as a whole, which was $618 billion in 2024.\n"
    assert {s.scope for s in extract_document(clean(page, ".md")).sizes if s.money.reported_value == 618} == {
        "other_market"
    }


def test_figures_a_line_each_under_a_line_that_names_the_market() -> None:
    """An Instagram caption's "New data from @futuremarketinsights (FMI) on the global sheet mask market 📊" over
    "💰 $4.2B in 2025" and "🚀 $8.9B by 2035": the market's sizes; a sustainability report's card "EUR 2.3 bn" over
    "Group revenue 2025 (+7.4%)", under a paragraph on "the market we helped build", no size of it."""
    docs = REPO_ROOT / "tests/written/docs"
    masks = process_file(docs / "w25-28-sheet-masks-instagram-carousel.txt", 10**8).facts.sizes
    assert {(4.2, 2025), (8.9, 2035)} <= {(s.money.reported_value, s.reference_year) for s in masks}
    crates = process_file(docs / "w25-15-reusable-transport-packaging-sustainability-report.html", 10**8).facts.sizes
    assert not any(s.money.value_text == "EUR 2.3 bn" for s in crates)
    results = "Our results at a glance:\n\n💰 $4.2B in 2025\n🚀 $8.9B by 2035\n"  # under no market
    assert extract_document(clean(results, ".txt")).sizes == []
    imports = "New data on the global sheet mask market:\n\nImports $4.2B in 2025\n"  # a word before the amount
    assert extract_document(clean(imports, ".txt")).sizes == []


def test_last_this_and_next_year_count_from_the_document_s_date() -> None:
    """A business paper dated "October 2, 2025": "$4.9 billion last year", "$5.4 billion this year", "$5.9 billion
    next year"; a trade paper's byline "14 May 2025": "worth about £148m last year". A document with
    no date at its head gives such amounts no year, nor does "last year's"."""
    docs = REPO_ROOT / "tests/written/docs"
    dryers = process_file(docs / "w27-28-heat-pump-dryers-business-news.html", 10**8).facts.sizes
    years = {s.money.reported_value: s.reference_year for s in dryers if s.scope == "market"}
    assert (years[4.9], years[5.4], years[5.9]) == (2024, 2025, 2026)
    juice = process_file(docs / "w27-18-cold-pressed-juice-trade-news.html", 10**8).facts.sizes
    assert (148.0, 2024) in {(s.money.reported_value, s.reference_year) for s in juice}
    for dated, year in (("By Ann Lee | 3 June 2024\n\n", 2023), ("Posted 2021-03-09\n\n", 2020), ("", None)):
        page = dated + "The global widget market was worth $4.9 billion last year.\n"
        sizes = extract_document(clean(page, ".txt")).sizes
        assert [s.reference_year for s in sizes] == [year], dated
    page = "March 3, 2025\n\nThe widget market was worth $4.9 billion last year's level.\n"
    assert [s.reference_year for s in extract_document(clean(page, ".txt")).sizes] == [None]


def test_a_span_of_years_written_with_two_digits_after_apostrophes() -> None:
    """A slide's "Microcentrifuges (fastest: +5.9% CAGR '25-'32)": the rate's span is 2025 to 2032 (not a Swiss
    amount's "CHF 1'250 Mio.")."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w27-20-laboratory-centrifuges-slide-notes.txt", 10**8).facts
    rate = next(g for g in facts.growth if g.rate_text == "5.9% CAGR")
    assert (rate.start_year, rate.end_year) == (2025, 2032)
    assert expand_fiscal("CAGR ’24 – ’30 on CHF 1'250 Mio.") == "CAGR 2024 – 2030 on CHF 1'250 Mio."


def test_production_by_the_buyers_themselves_is_no_size_of_the_outsourced_market() -> None:
    """Outsourcing markets beside their captive part: "in-house (captive) catheter production at device OEMs was worth
    about USD 9.1 billion", "Captive fabrication departments inside OEM plants, which Grand View Research values at
    about USD 31 billion", "The pool of work still done in-house by sponsors, estimated at USD 9.7 billion": other
    markets; a clause that names the market after its "in-house" keeps its figure the market's."""
    docs = REPO_ROOT / "tests/written/docs"
    for name, value in (
        ("w28-01-catheter-contract-manufacturing-openpr.html", 9.1),
        ("w28-14-sheet-metal-fabrication-services-pr-newswire.html", 31.0),
        ("w7-18-pharmacovigilance-outsourcing-report-cards.html", 9.7),
    ):
        sizes = process_file(docs / name, 10**8).facts.sizes
        assert {s.scope for s in sizes if s.money.reported_value == value} == {"other_market"}, name
    page = "# Widget CDMO Market\n\nAs sponsors move work from in-house plants, the widget CDMO market was valued at "
    page += "USD 5.2 billion in 2024.\n"
    assert [s.scope for s in extract_document(clean(page, ".md")).sizes] == ["market"]


def test_the_main_market_narrowed_by_a_word_before_it_is_a_segment() -> None:
    """A release on the gelatin market: "Pharmaceutical gelatin was worth US$ 1.74 billion in 2024 and is expected to
    grow 7.1% a year through 2031" is that part's size and rate, not the market's; the market's own sentence stays."""
    page = process_file(REPO_ROOT / "tests/written/docs/w31-30-gelatin-business-wire-rounded-headline.html", 10**8)
    facts = page.facts
    part = {(s.money.reported_value, s.scope, s.segment_name) for s in facts.sizes}
    assert (1.74, "segment", "Pharmaceutical gelatin") in part
    assert (7.1, "segment") in {(g.rate_low, g.scope) for g in facts.growth}
    assert any(s.scope == "market" for s in facts.sizes) and any(g.scope == "market" for g in facts.growth)
    text = "The market grew. Global gelatin was worth $5 billion. European gelatin was worth $2 billion. "
    text += "Worldwide gelatin was worth $5 billion."
    judge = ScopeJudge(text, "gelatin", [], load_index())
    for sentence in ("Global gelatin", "European gelatin", "Worldwide gelatin"):
        start = text.index(sentence)
        amount = text.index("$", start)
        assert judge.judge(start, amount, amount + 10, text.index(".", amount + 3)).kind != "segment", sentence


def test_a_label_s_year_in_parentheses_before_its_amount() -> None:
    """An openPR release's "Glass Fiber Market Size: Value (2024) USD 18.42 Bn | Value (2025) USD 19.3 Bn | Value
    (2032) USD 28.64 Bn": each amount the year its label gives, not the next label's."""
    path = REPO_ROOT / "tests/written/docs/w31-29-glass-fiber-openpr-year-in-parentheses.txt"
    sizes = {(s.money.reported_value, s.reference_year) for s in process_file(path, 10**8).facts.sizes}
    assert {(18.42, 2024), (19.3, 2025), (28.64, 2032)} <= sizes
    assert not {(18.42, 2025), (19.3, 2032)} & sizes


def test_a_sibling_market_named_with_its_own_word_is_another_market() -> None:
    """A digest's "the global rigid polyurethane foam market … growing 5.6% annually" beside its flexible polyurethane
    foam market, a page's "the global solar PV module market … rising at a CAGR of 5.9%" over its bifacial solar
    modules, an exhibitor list's contract gummy manufacturing beside softgel contract manufacturing: other markets,
    each named with a word the main one lacks and lacking one of its own."""
    written = REPO_ROOT / "tests/written/docs"
    cases = {
        "w32-06-flexible-pu-foam-email-digest-next-five-years.txt": ("growth", 5.6),
        "w34-21-bifacial-solar-module-report-page-parent-first.html": ("growth", 5.9),
        "w8-05-softgel-contract-manufacturing-exhibitor-list.html": ("sizes", 3.8),
    }
    for name, (kind, value) in cases.items():
        facts = process_file(written / name, 10**8).facts
        figures = facts.growth if kind == "growth" else facts.sizes
        scopes = {f.scope for f in figures if (f.rate_low if kind == "growth" else f.money.reported_value) == value}
        assert scopes == {"other_market"}, name


def test_a_place_named_with_the_market_after_the_head_calls_it_global_is_another_market_s() -> None:
    """A report page that opens "The global cat food market size was estimated at …" and then, in its key trends,
    "The cat food market in China is expected to grow at a CAGR of 11.2%": China's rate, not the main market's (China
    is no home of a market the page has called global)."""
    name = "w33-15-cat-food-report-page-faq-related-players.html"
    growth = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.growth
    china = [g for g in growth if g.rate_low == 11.2]
    assert china and {(g.scope, g.region_name) for g in china} == {("region", "China")}
    assert {g.scope for g in growth if g.rate_low == 7.0} == {"market"}


def test_revenue_from_the_market_named_whole_is_the_market_s() -> None:
    """ "Revenue from phase change materials is forecast to climb from USD 2,355.8 million in 2025 to USD 7,118.4
    million in 2035": the market's sizes ("Revenue from" narrows nothing), not a segment's."""
    name = "w36-20-phase-change-materials-fmi-markdown-period-slip.md"
    sizes = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
    assert {s.scope for s in sizes if s.money.reported_value in (2355.8, 7118.4)} == {"market"}


def test_a_sentence_that_opens_with_its_amount_names_its_market_after_the_comma() -> None:
    """A category page's teaser "Valued at USD 148.6 million in 2024, the tagatose market is benefiting from …": the
    tagatose market's size, not the featured monk fruit sweetener market's; but "Valued at USD 14.5 billion in 2023,
    the market is projected to grow …": the main market's."""
    name = "w34-17-monk-fruit-sweetener-category-page-featured.html"
    sizes = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
    tagatose = {(s.scope, s.market_name) for s in sizes if s.money.reported_value == 148.6}
    assert tagatose == {("other_market", "tagatose")}
    resin = process_file(REAL_DOCS / "g0v_egQ8JU4ZRomI4DNAxT022w.md", 10**8).facts.sizes
    assert {s.scope for s in resin if s.money.reported_value == 14.5} == {"market"}


def test_the_region_valued_after_a_sentence_that_names_it() -> None:
    """ "North America dominated the global market in 2024. The region was valued at USD 2.87 billion in 2024, …":
    North America's size, not the market's."""
    name = "w34-04-barcode-scanner-fortune-globenewswire.html"
    sizes = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
    assert {(s.scope, s.region_name) for s in sizes if s.money.reported_value == 2.87} == {("region", "North America")}


def test_amounts_a_period_s_sentence_runs_from_and_to_are_its_start_and_end_years() -> None:
    """ "Between 2025 and 2030, the paper straws market rises from USD 2.26 billion to USD 3.56 billion": 2025's and
    2030's sizes (not the next sentence's "From 2030 to 2035"); "… between 2019 and 2024, from $162.3 billion to
    $138.6 billion": 2019's and 2024's; "From 2019 to 2024, the market size increased from 98.6 (100 million yuan) to
    416.0 …": 2019's; but "… a CAGR of 7.4% from 2025 to 2030, rising from USD 64.1 billion in 2024 …": the year
    written after the amount."""
    cases = {
        "w35-23-paper-straws-fmi-page-saved-as-text.txt": {2.26: 2025, 3.56: 2030},
        "w29-05-commercial-offset-printing-trade-article.html": {162.3: 2019, 138.6: 2024},
        "w26-09-china-sugar-free-beverages-english-release.html": {9860.0: 2019},
        "w18-15-refurbished-smartphones.md": {64.1: 2024},
    }
    for name, years in cases.items():
        sizes = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
        for value, year in years.items():
            seen = {s.reference_year for s in sizes if s.money.reported_value == value and "from" in s.evidence_text}
            assert seen == {year}, (name, value, seen)
