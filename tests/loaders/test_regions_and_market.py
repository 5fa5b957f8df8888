"""Regions, countries, shares, the main market and the publisher on real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.clean import CleanDocument
from loaders.extract.chinese import extract_publisher_zh
from loaders.extract.document import extract_document
from loaders.extract.market import (
    _sized_subjects,
    clean_market_name,
    extract_market,
    market_candidates,
    subject_market,
)
from loaders.extract.publisher import _resellers, extract_publisher, is_research_firm
from loaders.extract.regions import extract_regions, extract_shares, load_index, place_prefix
from loaders.extract.text import abbreviates
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import cleaned, real_line

WRITTEN_DOCS = REPO_ROOT / "tests" / "written" / "docs"


def test_countries_in_region_parentheses() -> None:
    line = real_line("g0v_EaSkFOV_TFqlXmJ3_ryafg.md", "North America (US, Canada, Mexico)")
    resolved = {m.region_name for m in extract_regions(line, load_index())}
    assert {"North America", "United States", "Canada", "Mexico"} <= resolved


def test_region_shares_pair_each_region_with_its_percent() -> None:
    line = real_line("000_cd5f53c63d67e71d.txt", "North America dominates the market")
    shares = {(s.region_name, s.share_percent) for s in extract_shares(line, load_index())}
    assert ("North America", 40.0) in shares


def test_main_market_from_title_and_body() -> None:
    for doc, expected in [
        ("g0v_10mR5_vDQri1CxJDUEqYFw.md", "Thermal Spray Coatings"),
        ("g0v_0L5Y89bqTXG7FmJ8vB-nFA.md", "Flavors and Fragrances"),
    ]:
        found = extract_market(cleaned(doc), None)
        assert found is not None and found.value_text.lower() == expected.lower()


def test_publisher_from_domain_and_about_block() -> None:
    record = process_file(REAL_DOCS / "g0v_10mR5_vDQri1CxJDUEqYFw.md", 10**8)
    attrs = {a.attribute: a.value_text for a in record.facts.attributes}
    assert attrs["publisher"] == "Exactitude Consultancy"
    assert attrs["publisher_domain"] == "exactitudeconsultancy.com"


def test_wire_service_is_not_the_publisher() -> None:
    text = cleaned("press-release-archive_soligenix-inc-nasdaq-sngx-hybryte-tm-paves-way-for-breakthro.md")
    publishers = [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"]
    assert publishers == ["Grand View Research"]


def test_publisher_from_the_headline_ending_and_cited_research() -> None:
    def publisher(glob: str) -> str | None:
        path = next(REAL_DOCS.glob(glob))
        attrs = process_file(path, 10**8).facts.attributes
        return next((a.value_text for a in attrs if a.attribute == "publisher"), None)

    # "... Driving Sector - ResearchAndMarkets.com"; "... by 2027 – Exclusive Research by The Insight Partners"
    assert publisher("ai_2022-10-12-global-microprocessor-*") == "ResearchAndMarkets.com"
    assert publisher("ai_2022-04-22-wireless-connectivity-*") == "The Insight Partners"
    assert publisher("bulwark_20250210A01LHC.zh-CN.md") == "QYResearch"  # "据QYResearch调研团队最新报告"
    # Grand View Research is cited only for battery figures, not for the document's own market
    assert publisher("press-release-archive_market-forecasts-hint-at-a-lithium-revival-*") != "Grand View Research"


def test_country_with_a_statement_but_not_a_seat() -> None:
    index = load_index()
    doc = "press-release-archive_pancreatic-cancer-could-overtake-colorectal-cancer-to-become.md"
    line = real_line(doc, "in the U.S.,")
    assert "United States" in {r.region_name for r in extract_regions(line, index)}
    seat = "The company, headquartered in the U.S., makes sensors."
    assert not extract_regions(seat, index)


def test_market_choice_does_not_depend_on_hash_order() -> None:
    import os
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path; from loaders.pipeline import process_file\n"
        "for name in sorted(Path(sys.argv[1]).glob('press-release-archive_*'))[:12]:\n"
        "    facts = process_file(name, 10**8).facts\n"
        "    print(name.name, [a.value_text for a in facts.attributes if a.attribute == 'market_name'])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(REAL_DOCS)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and next(iter(outputs)).count("\n") >= 10


def test_regions_named_in_chinese() -> None:
    fuel_cells = (
        "datadriveninvestor-blog-zh-2015to2019_fuel-cells-market-is-growing-at-a-cagr-of-25-4-from-2019-to-2024-"
        "global-outlook-72856d13f963.md"
    )
    written = {m.name_as_written for m in process_file(REAL_DOCS / fuel_cells, 10**8).facts.regions}
    # "按地区: 亚太 北美洲 欧洲 世界其他地区" and "在中国、日本和韩国等国家"; not the seats in "Ballard Power(加拿大)"
    assert written == {"亚太", "北美洲", "欧洲", "世界其他地区", "中国", "日本", "韩国"}
    ar = "datadriveninvestor-blog-zh-2015to2019_augmented-reality-market-8ef2bf30a9f7.md"
    found = {m.region_name for m in process_file(REAL_DOCS / ar, 10**8).facts.regions}
    # "一家总部位于美国的市场研究和咨询公司" is the publisher's seat
    assert found == {"Asia Pacific", "China"}


def test_a_region_with_a_single_country() -> None:
    for text in (
        "Regional Analysis\n\nThe report covers five regions and the countries that lead their demand.\n\n"
        "North America: Canada, US\nEurope: Germany\nMEA: Israel\n",
        "By Region\nNorth America (United States)\nEurope (Germany)\nMiddle East & Africa (Israel)\n",
    ):
        found = {m.region_name for m in extract_regions(text, load_index())}
        assert {"Germany", "Israel", "Europe"} <= found, text


def test_a_trial_site_a_patent_or_an_institution_is_not_coverage() -> None:
    for doc, code in [
        # "The approval of this patent in Taiwan is a testament to our commitment ..."
        ("press-release-archive_abvc-biopharma-secures-an-additional-patent-for-adhd-treatme.md", "Taiwan"),
        # "... a phase 1/2 multiple-indication study ... conducted at 17 centers in Germany"
        ("press-release-archive_pancreatic-cancer-could-overtake-colorectal-cancer-to-become.md", "Germany"),
    ]:
        found = {m.region_name for m in process_file(REAL_DOCS / doc, 10**8).facts.regions}
        assert code not in found, doc
    text = "Two patents were granted by the United States Patent and Trademark Office last year."
    assert extract_regions(text, load_index()) == []


def _written_market(name: str) -> str | None:
    """The main market found in a written document, in lower case."""
    attributes = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
    return next((a.value_text.lower() for a in attributes if a.attribute == "market_name"), None)


def _written_publisher(name: str) -> str | None:
    attrs = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
    return next((a.value_text for a in attrs if a.attribute == "publisher"), None)


def test_publisher_cited_at_a_sentence_s_start_named_in_a_bold_about_or_spelled_by_its_domain() -> None:
    """Documents written for the project (tests/written): a firm cited at a sentence's start ("According to
    Quillfield Research Group, the global ... market is expected to reach $38.7B"), over the issuer's domain; a firm
    that "has segmented" the market; "**About Orbis Lane Analytics**" run into its paragraph in Markdown; a domain
    (corvidinsight.example) that leaves out the last word of the name the page writes ("CORVID Insight Partners",
    "About Corvid Insight Partners")."""
    assert _written_publisher("wc20-smart-pos-terminals-tillpoint.md") == "Quillfield Research Group"
    assert _written_publisher("wc01-plant-based-cheese-market.html") == "Grand View Research"
    assert _written_publisher("wc18-freight-audit-and-payment-market.md") == "Orbis Lane Analytics"
    assert _written_publisher("wc07-embedded-finance-market.html") == "Corvid Insight Partners"


def test_a_firm_cited_far_from_any_figure_weighs_less_than_one_cited_for_one() -> None:
    """ "According to IQVIA, 72% of Asia-based pharmaceutical companies cited ..." is far from the market's figures,
    whose source is the Grand View Research report a footnote links."""
    path = REAL_DOCS / "press-release-archive_biokey-stands-as-a-strategic-u-s-pharmaceutical-platform-ami.md"
    attrs = process_file(path, 10**8).facts.attributes
    assert next(a.value_text for a in attrs if a.attribute == "publisher") == "Grandview Research"


def test_a_firm_cited_for_another_figure_in_its_sentence_is_not_near_the_markets() -> None:
    """ "US retail sales of frozen food reached $81.4bn in 2024, according to Circana data …", then "Fortune Business
    Insights values the US frozen food contract manufacturing market at $11.42bn": Circana's figure is not the
    market's. A report's title after a dash ("… – The European geosynthetics market in 2024 and outlook to 2030")
    names no firm."""
    assert _written_publisher("w17-09-frozen-co-man-acquisition.html") == "Fortune Business Insights"
    assert _written_publisher("w6-22-european-geosynthetics-statistics-bulletin.md") == "Mordor Intelligence"
    assert not is_research_firm("The European geosynthetics market in 2024 and outlook to 2030")
    assert is_research_firm("Frost & Sullivan")


def test_a_firm_a_headline_ends_with_and_the_firm_it_names_by_its_first_word() -> None:
    """A Markdown release headed "# Bone Graft Substitutes Market to Be Worth USD 9.61 Billion by 2033, … | SkyQuest
    Technology" that cites "SkyQuest's latest global research": SkyQuest Technology. "… by 2027 - Exclusive Research by
    The Insight Partners": the firm after "by"."""
    assert _written_publisher("w18-12-bone-graft-substitutes.md") == "SkyQuest Technology"
    name = (
        "ai_2022-04-22-wireless-connectivity-market-worth-us-1279-billion-by-2027-exclusive-research-by-the-insight-"
        "partners.md"
    )
    attrs = process_file(REAL_DOCS / name, 10**8).facts.attributes
    assert next(a.value_text for a in attrs if a.attribute == "publisher") == "The Insight Partners"


def test_a_firm_spelled_from_its_domain_is_the_firm_the_text_names_in_full() -> None:
    """ "Ashgrove Healthcare Intelligence" of ashgrove-intelligence.example (not "Ash Grove Intelligence"); "Yano
    Research Institute" of yanoresearch.example, the word after the domain's spelling a firm's too."""
    assert _written_publisher("w18-03-european-dental-lab-outsourcing.txt") == "Ashgrove Healthcare Intelligence"
    assert _written_publisher("w18-07-japan-local-government-bpo.txt") == "Yano Research Institute"


def test_a_reseller_of_reports_is_not_the_firm_whose_report_it_sells() -> None:
    """Pages of firms that say they resell others' reports: "ResearchAndMarkets.com is the world's leading source for
    international market research reports" over "This report, prepared by IMARC Group"; "GII Global Information,
    Inc. is an authorized reseller of market research reports" (after the page's related reports) over a listing's
    "Published by" over "Stratistics Market Research Consulting"; "ReportMall is an authorized distributor of reports
    from The Freedonia Group …"."""
    assert _written_publisher("w18-16-nitrosamine-testing-reseller.html") == "IMARC Group"
    assert _written_publisher("w18-17-device-reprocessing-gii.html") == "Stratistics Market Research Consulting"
    assert _written_publisher("w18-22-smart-locks-reseller-blog.html") == "The Freedonia Group"
    assert _resellers("ReportMall is an authorized distributor of reports from 350 publishers.") == {"reportmall"}
    assert _resellers("ReportMall is an authorized distributor of lock hardware.") == set()


def test_a_listing_s_publisher_label_its_initials_and_a_firm_s_fuller_name() -> None:
    """A reseller's listing labels the report's publisher: "PUBLISHER:" over "Coherent Market Insights" on a GII page
    (not "Gii" of its domain), a Reportlinker table's "Publisher | TBRC" whose initials are those of "The Business
    Research Company" its "About the Publisher" names, and a store's "Publisher | MarketsandMarkets" over its
    own name ("Frost & Sullivan" too); a column header ("Publisher | Base-year value") is no firm. A note citing
    "IMARC" throughout and "IMARC Group" in its sources names the firm in full."""
    assert _written_publisher("w32-19-orthotic-insoles-gii-listing.html") == "Coherent Market Insights"
    assert _written_publisher("w32-18-pipette-tips-reportlinker-reseller.html") == "The Business Research Company"
    assert _written_publisher("w15-18-biosafety-testing-services-reseller.html") == "MarketsandMarkets"
    assert _written_publisher("w6-02-pharma-contract-packaging-estimates-compared.html") == "Quillfeather Research"
    assert _written_publisher("w32-26-apac-industrial-gases-markdown-note.md") == "IMARC Group"
    listing = extract_publisher("Publisher\n\nFrost & Sullivan\n\nFormat\n\nPDF\n\nPrice\n\nUSD 4,950", [])
    assert [a.value_text for a in listing if a.attribute == "publisher"] == ["Frost & Sullivan"]
    listing = extract_publisher(
        "Insoles Market\nPublished\nSeptember 2025\nPages\n212\nPublisher\nKline & Company\n", []
    )
    assert [a.value_text for a in listing if a.attribute == "publisher"] == ["Kline & Company"]


def test_a_wire_s_poster_the_firm_s_about_block_after_other_releases_and_the_name_a_firm_is_known_by() -> None:
    """An openPR release's "Press release from: Market.us (Prudour Pvt. Ltd.)", an EIN Presswire release's "About
    Market.us" under its block of other reports (which the body's facts end before), and "Spherical Insights" where a
    page writes it alone as well as "Spherical Insights & Consulting"."""
    assert _written_publisher("w34-01-cheese-powder-openpr-market-us.txt") == "Market.us"
    assert _written_publisher("w30-05-door-and-window-automation-ein-presswire.txt") == "Market.us"
    assert _written_publisher("w27-05-solar-pv-junction-box-publisher-blog.html") == "Infinity Business Insights"
    for name in ("w23-07-mattress-spherical-insights.html", "w29-12-thermal-imaging-cameras-ein-presswire.html"):
        assert _written_publisher(name) == "Spherical Insights"


def test_chinese_publisher_named_in_the_text_before_one_spelled_from_a_domain() -> None:
    """A firm that publishes a report ("观澜产业研究院发布《…》") over guanlan-research.example; a source line
    with more after it ("来源：恒策咨询　发布时间：…"); a Latin name after "据市场研究机构"."""
    assert _written_publisher("wc28-china-solid-state-battery-market.zh-CN.md") == "观澜产业研究院"
    assert _written_publisher("wc29-china-prepared-dishes-market.zh-CN.txt") == "恒策咨询"
    assert _written_publisher("wc30-medical-endoscopes-market.zh-CN.md") == "Global Market Insights"
    source_line = extract_publisher_zh("来源：恒策咨询　发布时间：2025-01-16 10:30\n正文")
    assert source_line is not None and source_line.value_text == "恒策咨询"


def _written_places(name: str) -> set[str | None]:
    return {r.region_name for r in process_file(WRITTEN_DOCS / name, 10**8).facts.regions}


def test_countries_listed_with_semicolons_or_in_table_cells_under_a_coverage_heading() -> None:
    """Written documents: "Country scope" then "U.S.; Canada; Mexico; ..."; a table "Region covered | Countries
    analysed" whose cells list countries ("U.S., Canada"), each country read as its own place."""
    scope = _written_places("wc01-plant-based-cheese-market.html")
    assert {"Canada", "Mexico", "Germany", "Spain", "South Africa"} <= scope
    table = process_file(WRITTEN_DOCS / "wc13-cyber-insurance-market.md", 10**8).facts.regions
    assert {"Canada", "United Kingdom", "Singapore", "United Arab Emirates"} <= {r.region_name for r in table}
    assert not any("," in r.name_as_written for r in table)


def test_countries_numbered_as_sections_of_a_contents_page_s_regions_chapter() -> None:
    """A written report page's contents: "8. MARKET, BY KEY GEOGRAPHICAL REGIONS" over "8.1 North America", "8.1.1 US",
    "8.1.2 Canada", …: each country a place of the coverage, read without its section's number."""
    scope = _written_places("w19-08-bioprocess-development-outsourcing.txt")
    assert {"United States", "Canada", "Switzerland", "United Kingdom", "South Korea", "Japan"} <= scope


def test_regions_that_span_two_regions() -> None:
    """ "LAMEA" (Allied Market Research's), "AMER" and "EMEA" are regions of their own; "Latin America, Middle East &
    Africa" in a list is still two."""
    assert "LAMEA" in _written_places("wc10-pet-food-packaging-market.html")
    listed = _written_places("wc07-embedded-finance-market.html")
    assert {"Latin America", "Middle East & Africa"} <= listed and "LAMEA" not in listed
    text = cleaned(
        "press-release-archive_hg-insights-unveils-new-it-spend-report-the-ultimate-2025-b2b-market-forecast.md"
    )
    assert {"Americas", "EMEA"} <= {r.region_name for r in extract_regions(text, load_index())}


def test_a_currency_named_after_a_country_names_no_place() -> None:
    """ "the market generated 1.27 billion U.S. dollars in revenue in 2024 and will grow at a CAGR of 10.9%" (a
    written document) is the market's growth, not the United States'."""
    growth = process_file(WRITTEN_DOCS / "wc18-freight-audit-and-payment-market.md", 10**8).facts.growth
    rate = next(g for g in growth if g.rate_low == 10.9)
    assert (rate.scope, rate.region_name) == ("market", None)
    assert not extract_regions("Prices are quoted in Singapore dollars and U.S. Dollars.", load_index())


def test_a_market_named_with_a_place_adjective_is_the_region_s() -> None:
    """ "The European smart glass market reached USD 1.8 billion in 2024" (a written document) is Europe's size, not the
    document's market's; a market whose own name opens with a place keeps its figures."""
    sizes = process_file(WRITTEN_DOCS / "w2-04-smart-glass-market.html", 10**8).facts.sizes
    europe = next(s for s in sizes if s.money.reported_value == 1.8)
    assert (europe.scope, europe.region_name) == ("region", "Europe")
    index = load_index()
    assert place_prefix("European smart glass", index) == "Europe"
    assert place_prefix("U.S. veterinary telehealth", index) == "United States"
    assert place_prefix("smart glass", index) is None and place_prefix("Europe", index) is None
    text = "European Agricultural Drone Market\nThe European agricultural drone market reached EUR 412.6 million."
    own = extract_document(CleanDocument(text=text, format="text", language="en")).sizes
    assert [(s.money.reported_value, s.scope) for s in own] == [(412.6, "market")]


def test_publishers_whose_names_hold_no_research_word() -> None:
    """Written documents: firms known by a name alone (IDTechEx, Lucintel, Arizton), or by "Economics" or "Advisor"
    ("published today by Castlegate Economics", "(Nova One Advisor)"), one that "today published" its outlook, a
    Chinese institute whose report "发布的《…》显示"; a report's title is no publisher ("UK Pet Insurance Market Review
    2025", "AI Code Assistants Market Tracker")."""
    expected = {
        "w2-09-thermal-interface-materials-market.html": "IDTechEx",
        "w2-17-thermoplastic-composites-market.md": "Lucintel",
        "w2-26-railcar-leasing-market.txt": "Arizton",
        "w2-10-uk-pet-insurance-market.html": "Castlegate Economics",
        "w2-25-pharmaceutical-glass-packaging-market.txt": "Nova One Advisor",
        "w2-18-ai-code-assistants-market.md": "Brightwater Tech Research",
        "w2-11-sustainable-aviation-fuel-market.md": "SkyQuest Technology Consulting",
        "w2-29-china-pet-medical-market.zh-CN.txt": "中商产业研究院",
    }
    assert {name: _written_publisher(name) for name in expected} == expected


def test_a_word_that_names_no_market_is_not_the_main_market() -> None:
    """Written documents: "Lab-Grown Diamonds: Cheaper Stones, Bigger Market" (not "Bigger"; "Retail value of the
    lab-grown diamonds market: USD 24.3 Bn (2024)" is its size), "the full UK pet insurance market"."""
    diamonds = process_file(WRITTEN_DOCS / "w2-13-lab-grown-diamonds-market.md", 10**8).facts
    assert (
        next(a.value_text for a in diamonds.attributes if a.attribute == "market_name").lower() == "lab-grown diamonds"
    )
    assert 24.3 in {s.money.reported_value for s in diamonds.sizes if s.scope == "market"}
    pets = process_file(WRITTEN_DOCS / "w2-10-uk-pet-insurance-market.html", 10**8).facts.attributes
    assert next(a.value_text for a in pets if a.attribute == "market_name").lower() == "uk pet insurance"


def test_a_dateline_s_place_is_not_the_figure_s_region() -> None:
    """ "Pune, India, June 17, 2025: The hydrogen electrolyzer market is estimated to be worth USD 3.31 billion in 2025"
    (a written document) is the market's size, not India's."""
    sizes = process_file(WRITTEN_DOCS / "w2-01-hydrogen-electrolyzer-market.html", 10**8).facts.sizes
    first = next(s for s in sizes if s.money.reported_value == 3.31)
    assert (first.scope, first.region_name, first.reference_year) == ("market", None, 2025)
    europe = next(s for s in sizes if s.money.reported_value == 0.97)  # a region's, named after the dateline
    assert (europe.scope, europe.region_name) == ("region", "Europe")


def test_a_dateline_s_country_is_not_coverage() -> None:
    """ "OSLO, Norway, June 24, 2025 -- According to a new study ..." (a written document) covers no Norway."""
    places = _written_places("wc05-negative-pressure-wound-therapy-devices-market.html")
    assert "Norway" not in places and "North America" in places


def test_main_markets_of_headlines_and_banners() -> None:
    """Written documents: "Payment Orchestration: Market Reaches $1.37B as Top Five Vendors Control Half of Spend"
    (not "Half of Spend"), "Contact Center as a Service (CCaaS)" (not "Service (CCaaS)"), "Dermal Fillers Market Set
    to Reach USD 11.84 Billion" over a body that sizes "The U.S. dermal fillers market" too, and a release under its
    firm's banner in capitals ("HEARTHSTONE CONSUMER RESEARCH -- MARKET NOTE")."""
    expected = {
        "w3-07-payment-orchestration.html": "payment orchestration",
        "w3-11-ccaas.html": "contact center as a service (ccaas)",
        "w3-12-dermal-fillers.md": "dermal fillers",
        "w3-23-oat-milk.txt": "oat milk",
    }
    assert {name: _written_market(name) for name in expected} == expected


def test_publishers_named_in_banners_by_their_links_and_in_about_blocks() -> None:
    """Written documents: "IMARC Group expects" and "As per Roots Analysis" (firms whose names the page's links spell:
    imarcgroup, rootsanalysis), a banner "*6Wresearch · Energy & Utilities · Updated: July 2025*", a release whose
    first line is its firm ("The Business Research Company").
    A company's own release is not its publisher for its links ("Annovis Bio")."""
    expected = {
        "w3-06-vanadium-redox-flow-battery.html": "IMARC Group",
        "w3-19-peptide-cdmo.md": "Roots Analysis",
        "w3-18-southeast-asia-rooftop-solar.md": "6Wresearch",
        "w3-25-clinical-trial-supply-logistics.txt": "The Business Research Company",
    }
    assert {name: _written_publisher(name) for name in expected} == expected
    annovis = "press-release-archive_annovis-bio-nyse-anvs-releases-promising-clinical-data-as-al.md"
    attributes = process_file(REAL_DOCS / annovis, 10**8).facts.attributes
    assert not any(a.attribute == "publisher" and a.value_text == "Annovis Bio" for a in attributes)


def test_publishers_in_banners_footers_and_with_more_verbs() -> None:
    """Written documents: "Helix Market Intelligence | Report HMI-IT-0873" (a banner with "Market" in the firm's
    name), "Stratum Metals Research sizes the global market at", "About Ceres Bioeconomy Analysts", a breadcrumb
    "Quayside Market Reports › Building & Construction › Acoustic Panels"; a site's menu entry "Market Reports" is no
    firm."""
    expected = {
        "w4-13-modular-data-centers.txt": "Helix Market Intelligence",
        "w4-19-rare-earth-magnets.txt": "Stratum Metals Research",
        "w4-16-pha-bioplastics.txt": "Ceres Bioeconomy Analysts",
        "w4-15-acoustic-panels.md": "Quayside Market Reports",
        "wc08-biostimulants-market.html": "Mordor Intelligence",
    }
    assert {name: _written_publisher(name) for name in expected} == expected


def test_headlines_sized_in_other_currencies_keep_their_market() -> None:
    """Written documents: "Japan Smart Home Devices Market Expected to Hit JPY 1.12 Trillion by 2030" sizes its
    market (a yen figure is a figure) over "the smart home market reached USD 134.6 billion" in the body; a title
    market "Biochar" sized in the body; a sized market sharing only a country's name with the title's ("The closely
    related Japan probiotic supplements market") is not its kin."""
    expected = {
        "w4-04-japan-smart-home-devices.md": "japan smart home devices",
        "w2-24-biochar-market.txt": "biochar",
        "w3-13-japan-functional-foods.md": "japan functional foods",
    }
    assert {name: _written_market(name) for name in expected} == expected


def test_a_coverage_list_with_hyphenated_rest_of() -> None:
    """Written document: "Europe: Germany, France, Norway, U.K., and Rest-of-Europe" under "by Region" is a list of
    places, each its own, with "Rest-of-Europe" as written; not one unresolved name."""
    regions = process_file(WRITTEN_DOCS / "w2-15-lithium-ion-battery-recycling-market.md", 10**8).facts.regions
    listed = [r for r in regions if r.context == "coverage_list"]
    assert {"Germany", "France", "Norway", "United Kingdom"} <= {r.region_name for r in listed}
    assert "Rest-of-Europe" in {r.name_as_written for r in listed}
    assert all(r.region_name for r in listed)


def test_a_region_s_section_heading_under_a_regional_analysis_is_that_region() -> None:
    """Written report pages head each region's section under "Regional Analysis": "North America: Dominant Region
    with a 38.6% Market Share", "Europe Perfume Market Analysis and Trends": the region, not a name of its own; a
    region's colon over its countries ("North America: United States, Canada") still lists them."""
    for name, region in (
        ("w23-06-flywheel-energy-storage-straits.html", "North America"),
        ("w23-13-perfume-coherent-markdown-copy.md", "Europe"),
    ):
        listed = [r for r in process_file(WRITTEN_DOCS / name, 10**8).facts.regions if r.context == "coverage_list"]
        assert region in {r.name_as_written for r in listed}, name
        assert all(r.region_name for r in listed), name
    text = "Regional Analysis\n\nNorth America: United States, Canada\n\nEurope: Fastest Growing Region\n\n"
    text += "Key Japan Market Trends\n\nArgentina Korea\n\nChile and Peru Market\n\nRest of Middle East\n"
    found = extract_regions(text, load_index())
    listed = {(r.name_as_written, r.region_name) for r in found if r.context == "coverage_list"}
    assert {("Canada", "Canada"), ("Europe", "Europe"), ("Japan", "Japan"), ("Argentina Korea", None)} <= listed
    assert ("Chile and Peru Market", None) in listed  # two places, no market
    assert ("Rest of Middle East", "Middle East & Africa") in listed


def test_countries_a_statement_lists_are_coverage_but_not_where_a_company_trades() -> None:
    """Written documents: "Europe: Germany, the UK, France and Italy account for most implants", "in Asia Pacific,
    China, India and Japan are the main markets; Germany and the United Kingdom lead in Europe" name the countries
    the report covers; "Exports to Paraguay and Bolivia account for less than 5% of revenue" (a company's) does
    not."""
    assert {"Germany", "United Kingdom", "France", "Italy", "Japan", "Australia"} <= _written_places(
        "w2-06-spinal-cord-stimulation-devices-market.html"
    )
    assert {"United States", "Japan", "Germany", "United Kingdom"} <= _written_places("w4-13-modular-data-centers.txt")
    assert not {"Paraguay", "Bolivia"} & _written_places("w3-09-brazil-crop-protection.html")


def test_a_country_s_market_is_not_the_main_one_nor_a_newspaper_s_name_a_market() -> None:
    """Written documents whose headline names no market: "the global automotive LiDAR market" is the main one, not
    "The China automotive LiDAR market alone reached $640 million"; a newsletter's "the U.S. cold brew coffee
    market" is not either. A trade paper's masthead "GULF INDUSTRY DAILY" names no market: its article is about
    "Saudi Arabia's construction equipment market", the market of the place, named with it."""
    assert _written_market("w5-05-automotive-lidar-trade-news.html") == "automotive lidar"
    assert _written_market("w5-23-cold-brew-coffee.txt") == "cold brew coffee"
    assert _written_market("w5-24-saudi-arabia-construction-equipment.txt") == "saudi arabia construction equipment"


def test_publishers_in_a_page_s_title_a_forecast_cited_and_a_banner_that_a_citation_confirms() -> None:
    """Written documents: a firm named only in the page's <title> ("… | Larkspur Insight Group", fuller than the
    name its domain spells) and its footer; "according to a new forecast from Dunecrest Analytics"; "Facts &
    Factors | Press Release" over "According to Facts & Factors, the global … market size" (a name with no
    research word, cited for the figures and in the banner)."""
    assert _written_publisher("w5-04-smart-irrigation-forecast.html") == "Larkspur Insight Group"
    assert _written_publisher("w4-09-fuel-cell-forklifts.html") == "Veridian Market Analytics"
    assert _written_publisher("w5-24-saudi-arabia-construction-equipment.txt") == "Dunecrest Analytics"
    assert _written_publisher("w5-26-electric-motorcycles.txt") == "Facts & Factors"


def test_a_country_s_market_written_with_its_possessive() -> None:
    """Written documents: "India's packaged drinking water market" under the headline "India Packaged Drinking Water
    Market Outlook": the market of the place, named with it, as the headline does."""
    assert _written_market("w3-17-india-packaged-drinking-water.md") == "india packaged drinking water"


def test_a_firm_whose_analyst_speaks_or_whose_report_was_published_in_a_month_by_it() -> None:
    """Written documents: an interview with an "analyst for pharmaceutical services at Straits Research"; an issuer's
    release citing "a report published in June 2025 by
    Coherent Market Insights" for the market's figures."""
    assert _written_publisher("w6-06-biosimilars-cdmo-analyst-interview.html") == "Straits Research"
    assert _written_publisher("w6-16-inhalation-cdmo-investor-release.html") == "Coherent Market Insights"


def test_a_market_named_by_its_abbreviation_is_named_as_the_text_spells_it_out() -> None:
    """A written e-mail thread about "the EMS market" that quotes a release on "the global electronics manufacturing
    services (EMS) market": the market is named as spelled out, its abbreviation beside it."""
    assert _written_market("w6-14-ems-market-email-thread.txt") == "electronics manufacturing services (ems)"


def test_a_headline_s_one_market_names_none() -> None:
    """A written note headed "Three estimates, one market: why our figure for pharmaceutical contract packaging is
    lower": the market is the one the text names and sizes, not "one"."""
    assert _written_market("w6-02-pharma-contract-packaging-estimates-compared.html") == (
        "pharmaceutical contract packaging"
    )


def test_publishers_named_by_a_label_an_estimate_a_banner_or_a_chinese_firm_s_data() -> None:
    """Written documents: "Research and Markets estimates the global … market at USD 2.14 billion" (a firm's name
    ending with "Markets", not a market's); a data export's "# Publisher: Future Market Insights, Inc." over a note in
    parentheses in lower case ("(value tables in full report only)", no firm); a slide's "SNS Insider | Webinar";
    "36Kr研究院测算" (a name with Latin letters); "头豹研究院数据显示", "华经产业研究院数据显示"."""
    assert _written_publisher("w7-22-contract-fermentation-earnings-call.md") == "Research and Markets"
    assert _written_publisher("w7-13-food-contract-manufacturing-data-export.txt") == "Future Market Insights"
    assert _written_publisher("w7-12-marine-scrubber-webinar-slides.txt") == "SNS Insider"
    assert _written_publisher("w7-29-china-camping-economy.zh-CN.md") == "36Kr研究院"
    assert _written_publisher("w7-30-china-medical-device-cro-wechat.zh-CN.txt") == "头豹研究院"
    assert _written_publisher("w6-28-china-semiconductor-osat.zh-CN.md") == "华经产业研究院"


def test_a_market_named_before_its_size_in_apposition() -> None:
    """A written newsletter headed by its issue ("The Bioprocess Brief - Issue 42"), its preview line "Report of the
    month: Microbiome CDMO, a USD 0.7 billion market by 2031.": the market is the one named before ", a USD …
    market", not a niche the digest sizes twice."""
    assert _written_market("w7-19-microbiome-cdmo-newsletter-digest.html") == "microbiome cdmo"


def test_the_most_cited_source_is_the_publisher() -> None:
    """A written Q&A thread: "The most-cited source is IMARC Group. Their latest report says …" names the publisher
    (IMARC Group a research firm by its name), before a second firm another answer quotes."""
    assert _written_publisher("w7-07-matcha-market-forum-answer.md") == "IMARC Group"


def test_a_market_named_in_a_quoted_report_title() -> None:
    """A written mail merge: 'Our new report, "Softgel Contract Manufacturing Market - Global Outlook 2025-2033"'
    names the market with its first word, the quote before it aside, and the quote opens the name: the firm's name
    before it is not part of it."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-25-softgel-contract-manufacturing-mail-merge.txt"
    market = next(a for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name")
    assert market.value_text == "Softgel Contract Manufacturing"
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-15-vinyl-records-youtube-transcript.txt"
    market = next(a for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name")
    assert market.value_text == "Vinyl Records"  # 'the Crate & Needle Research "Vinyl Records Market Report …"'


def test_a_market_model_names_no_market() -> None:
    """A written spreadsheet saved as a page, titled "Project Circuit - market model v4" over "Project Circuit –
    Global Automotive PCB Assembly EMS Market – base case model (v4)": a "market model" is a model, not the market of
    "Project Circuit"; the market is the one the sheet sizes."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-03-automotive-pcba-ems-model-workbook.html"
    market = next(a for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name")
    assert market.value_text == "Automotive PCB Assembly EMS"


def test_a_firm_that_a_forecast_is_by() -> None:
    """A written trade show's exhibitor list sizes its market as "forecast by Future Market Insights to reach USD
    4.37 billion by 2035": the firm it names is the publisher; "projected by" names one as well."""
    page = process_file(WRITTEN_DOCS / "w8-05-softgel-contract-manufacturing-exhibitor-list.html", 10**8).facts
    assert next(a.value_text for a in page.attributes if a.attribute == "publisher") == "Future Market Insights"
    text = "The widget market is projected by Larkspur Insight Group to reach USD 4.1 billion by 2030."
    assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == [
        "Larkspur Insight Group"
    ]


def test_a_firm_that_names_its_report() -> None:
    """A written Reddit thread cites "a Spherical Insights summary: the global padel equipment market was …", a
    written video's description goes through 'the Crate & Needle Research "Vinyl Records Market Report 2024-2032"':
    the firm that names its report is the publisher."""
    for name, firm in (
        ("w8-21-padel-equipment-reddit-thread.md", "Spherical Insights"),
        ("w8-15-vinyl-records-youtube-transcript.txt", "Crate & Needle Research"),
        ("w9-22-stability-testing-dataset-github-issue.md", "Research and Markets"),  # "The Research and … summary"
    ):
        attributes = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
        assert next(a.value_text for a in attributes if a.attribute == "publisher") == firm, name
    text = "Sizes of the widget market. A Larkspur Insight Group summary: USD 4.1 billion in 2030."
    assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == [
        "Larkspur Insight Group"
    ]


def test_a_firm_in_capitals_before_a_running_header_s_words() -> None:
    """A written bulletin's pages open "TILLFORD AGRI RESEARCH<tab><tab>Research Bulletin No. 47/2025<tab>Page 1 of
    3": the name in capitals before the header's words is the publisher (its footer, which names it in other letters,
    repeats on every page and is taken off)."""
    bulletin = process_file(WRITTEN_DOCS / "w8-14-agrochemical-contract-research-bulletin.txt", 10**8).facts
    publisher = next(a.value_text for a in bulletin.attributes if a.attribute == "publisher")
    assert publisher == "TILLFORD AGRI RESEARCH"


def test_a_firm_cited_with_its_report_s_year() -> None:
    """A written working paper cites its sources as papers do: "Ostrander Isotope Research (2024) estimates that the
    global … market was worth USD 612 million in 2023": the firm, its year in parentheses, then its verb."""
    paper = process_file(WRITTEN_DOCS / "w9-13-contract-radiolabelling-working-paper.txt", 10**8).facts
    assert next(a.value_text for a in paper.attributes if a.attribute == "publisher") == "Ostrander Isotope Research"


def test_a_firm_with_a_clause_before_its_verb() -> None:
    """A written encyclopedia article: "Spherical Insights, whose figures are used in the infobox, estimates that
    the global … market was worth US$1.21 billion in 2024": a clause between a firm and its verb, "which …", "who
    …" or "a … firm", leaves it the firm that estimates."""
    article = process_file(WRITTEN_DOCS / "w9-16-contract-radiolabelling-wiki-article.html", 10**8).facts
    assert next(a.value_text for a in article.attributes if a.attribute == "publisher") == "Spherical Insights"
    for clause in ("which tracks 400 markets", "who covered it first", "a market research firm", "an analyst house"):
        text = f"Larkspur Insight Group, {clause}, estimates that the widget market was worth USD 4.1 billion in 2024."
        assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == [
            "Larkspur Insight Group"
        ], clause


def test_a_firm_named_short_is_the_firm_named_in_full() -> None:
    """A written buying guide cites "According to **IMARC Group**" and then "IMARC segments the market", "the IMARC
    forecast": a firm named by its first word is the firm named in full; a written exchange announcement's report
    is "prepared by Harbourview Life Science Consulting (the "Harbourview Report")", the firm it cites. A longer
    name whose last word is no firm's ("IDTechEx Research Article") takes nothing, nor one that starts with a name
    of more words ("About Transparency Market Research Transparency Market Research, a global …": a heading run
    into its paragraph)."""
    for name, firm in (
        ("w10-11-massage-chairs-buying-guide.md", "IMARC Group"),
        ("w10-15-bispecific-antibody-cdmo-hkex-announcement.txt", "Harbourview Life Science Consulting"),
        ("w2-09-thermal-interface-materials-market.html", "IDTechEx"),
        ("w5-19-drone-package-delivery.md", "Transparency Market Research"),
    ):
        attributes = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
        assert next(a.value_text for a in attributes if a.attribute == "publisher") == firm, name


def test_a_firm_whose_numbers_or_analyst_a_text_names() -> None:
    """Written meeting notes: "Raj Menon presented Mordor Intelligence's latest numbers on the … market", IMARC
    Group's report only compared; a written live blog: "Data Bridge Market Research's principal analyst opened the
    main stage with the firm's new study"."""
    for name, firm in (
        ("w10-22-contract-spray-drying-ai-meeting-summary.md", "Mordor Intelligence"),
        ("w10-09-wound-care-contract-manufacturing-live-blog.md", "Data Bridge Market Research"),
    ):
        attributes = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
        assert next(a.value_text for a in attributes if a.attribute == "publisher") == firm, name
    for words in ("figures", "new study", "lead analyst"):
        text = f"Larkspur Insight Group's {words} put the widget market at USD 4.1 billion in 2024."
        assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == [
            "Larkspur Insight Group"
        ], words


def test_a_firm_named_as_a_feed_s_data() -> None:
    """A written terminal snapshot heads its table "mktsnap 2.3.1 | data: Tallis Commodities Research (licensed
    feed)"; a written infographic's credits "Data: Quillfeather Consumer Research": the firm whose data it is
    publishes it."""
    for name, firm in (
        ("w10-27-cocoa-butter-equivalents-terminal-snapshot.txt", "Tallis Commodities Research"),
        ("w10-03-robot-vacuum-cleaners-infographic.html", "Quillfeather Consumer Research"),
    ):
        attributes = process_file(WRITTEN_DOCS / name, 10**8).facts.attributes
        assert next(a.value_text for a in attributes if a.attribute == "publisher") == firm, name


def test_a_country_labelling_a_phone_number_is_no_covered_place() -> None:
    """ "Phone: +1-415-230-0044 (US) | +91-7798602273 (IND)", "US: +1-555-0111 | UK: +44-555-0199 | JAPAN:
    +81-555-0124": contacts, not coverage."""
    real = process_file(REAL_DOCS / "g0v_tUbE38J0QSqUUTA8gPgJkg.md", 20_000_000).facts.regions
    assert not [r for r in real if "+1-415" in r.evidence_text]
    written = process_file(WRITTEN_DOCS / "w14-14-unit-load-device-coherent.html", 20_000_000).facts.regions
    assert not {"United States", "United Kingdom", "Japan"} & {r.region_name for r in written}
    tubing = process_file(WRITTEN_DOCS / "w13-16-heat-shrink-tubing.html", 20_000_000).facts.regions
    assert not [r for r in tubing if "555" in r.evidence_text]  # "+1 555-014-2290 (US)"


def test_a_country_a_forecast_is_about_is_covered() -> None:
    """ "The United States is expected to add the most new commercial capacity for onshored APIs": the United States;
    not "The city is poised to attract …, leveraging its proximity to Singapore and Johor"."""
    doc = WRITTEN_DOCS / "w7-01-api-contract-manufacturing-wire-correction.html"
    assert "United States" in {r.region_name for r in process_file(doc, 20_000_000).facts.regions}
    city = "The city is poised to attract AI inference workloads, leveraging its proximity to Singapore and Johor."
    assert extract_regions(city, load_index()) == []


@pytest.mark.parametrize("word", ["expected", "projected", "forecast", "anticipated", "poised", "set"])
def test_each_word_of_a_country_s_forecast(word: str) -> None:
    text = f"Over the period, Germany is {word} to add new commercial capacity."
    assert {r.region_name for r in extract_regions(text, load_index())} == {"Germany"}


def test_a_publication_s_name_names_no_market_but_a_report_s_does() -> None:
    """A magazine's "Chemical Industry Review | News | Business | …" bar: no market; the "UK Pet Insurance Market Review
    2025" a release cites: its market."""
    magazine = process_file(WRITTEN_DOCS / "w14-20-fine-chemicals-custom-manufacturing.md", 20_000_000).facts
    market = next(a.value_text for a in magazine.attributes if a.attribute == "market_name")
    assert market.lower() == "fine chemicals custom manufacturing"
    release = process_file(WRITTEN_DOCS / "w2-10-uk-pet-insurance-market.html", 20_000_000).facts
    assert next(a.value_text for a in release.attributes if a.attribute == "market_name").lower() == "uk pet insurance"


@pytest.mark.parametrize("verb", ["push", "pushes", "propel", "propels"])
def test_a_headline_s_verb_is_no_part_of_its_market(verb: str) -> None:
    """ "AI racks push server ODM market to US$142.6 billion; top five now hold 78%": the server ODM market."""
    if verb == "push":
        facts = process_file(WRITTEN_DOCS / "w14-19-server-odm.html", 20_000_000).facts
        assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "server ODM"
    text = f"AI racks {verb} server ODM market to US$142.6 billion\n\nThe server ODM market grew.\n"
    assert extract_market(text, None).value_text == "server ODM"


@pytest.mark.parametrize(("written", "code"), [("The UK", "gb"), ("the United States", "us"), ("The Gambia", "gm")])
def test_a_place_named_with_its_article(written: str, code: str) -> None:
    """A label's "The UK" (a report's "Europe: Germany, France, The UK, Spain") is the country without its article;
    so is a coverage list's "The Rest of the World"."""
    place = load_index().resolve(written)
    assert place is not None and place.code == code
    assert load_index().resolve("The ") is None
    path = WRITTEN_DOCS / "w13-24-semiconductor-equipment-contract-manufacturing.txt"
    assert "Rest of the World" in {r.region_name for r in process_file(path, 10**8).facts.regions}


def test_a_listed_company_s_seat_is_no_coverage() -> None:
    """ "Key players … include GenScript (China), …, ProteoGenix (France), Absolute Antibody (UK)": each country in
    parentheses after a company's name is its seat; a region's countries in parentheses are coverage still."""
    countries = {
        r.region_name
        for r in process_file(WRITTEN_DOCS / "w14-01-custom-antibody-services-mnm.html", 10**8).facts.regions
    }
    assert "France" not in countries and "Germany" in countries
    seats = "Key players include Indorama Ventures (Thailand), ALPLA Werke (Austria) and Veolia (France)."
    assert not extract_regions(seats, load_index())
    one = "The plant of Indorama Ventures (Thailand) opened in 2024, the company said, and grows like others do."
    assert {r.region_name for r in extract_regions(one, load_index())} == {"Thailand"}
    several = (
        "Key players include Lonza (Switzerland) and Catalent (US); growth is fastest in Asia (China, India and Japan)."
    )
    assert {r.region_name for r in extract_regions(several, load_index())} == {
        "Asia Pacific",
        "China",
        "India",
        "Japan",
    }
    regions = "The largest markets are North America (US), Europe (Germany) and Asia Pacific (China)."
    assert {"United States", "Germany", "China"} <= {r.region_name for r in extract_regions(regions, load_index())}


@pytest.mark.parametrize(
    "valued",
    ["was valued at", "is valued at", "were valued at", "was worth", "is estimated at", "was already valued at"],
)
def test_a_region_s_figure_the_clause_refers_back_to(valued: str, tmp_path: Path) -> None:
    """ "Asia Pacific is anticipated to hold the largest share of the global silicon anode battery market over the
    forecast period, and the region was valued at USD 0.17 Billion in 2023": Asia Pacific's figure."""
    facts = process_file(WRITTEN_DOCS / "w15-05-silicon-anode-battery.txt", 10**8).facts
    assert {(s.scope, s.region_name) for s in facts.sizes if s.money.reported_value == 0.17} == {
        ("region", "Asia Pacific")
    }
    path = tmp_path / "widget.txt"
    path.write_text(
        "Widget Market Report\n\nThe global widget market was valued at USD 4.1 billion in 2024. Europe holds the "
        f"largest share of the global widget market, and the region {valued} USD 1.2 billion in 2024.\n"
    )
    sizes = process_file(path, 10**8).facts.sizes
    assert {(s.scope, s.region_name) for s in sizes if s.money.reported_value == 1.2} == {("region", "Europe")}


def test_a_country_where_a_company_sits_is_no_coverage_whatever_the_sentence_says_next() -> None:
    """ "In August 2024, Olin Corporation opened a new calcium hypochlorite manufacturing facility in Singapore, aimed
    at strengthening its market presence in the Asia-Pacific region": the facility's place, though the sentence goes
    on to a region."""
    found = {r.region_name for r in extract_regions(cleaned("g0v_hwjP0e2NSAKa6qUvcaQx4g.md"), load_index())}
    assert "Singapore" not in found and "Asia Pacific" in found
    text = "The plant opened last year has its main site in the UK, the largest country market in the region."
    assert "United Kingdom" not in {r.region_name for r in extract_regions(text, load_index())}


def test_a_firm_whose_name_opens_with_digits_in_its_about_heading() -> None:
    """ "About 360iResearch" over "360iResearch is a market research and business consulting company …": the firm is
    360iResearch, not "Research"; nor is a name read from inside a word."""
    sized = "The market grew from USD 3.1 billion in 2024 to USD 3.4 billion in 2025.\n\n"
    about = "About 360iResearch\n\nWe serve clients worldwide.\n"
    intro = "360iResearch is a market research and business consulting company headquartered in Pune.\n"
    for text in (sized + about, sized + intro):
        assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == ["360iResearch"]
    lower = sized + "eMarketer is a leading market research company based in New York.\n"  # no "Marketer"
    assert [a.value_text for a in extract_publisher(lower, []) if a.attribute == "publisher"] == []
    release = REPO_ROOT / "tests" / "written" / "docs" / "w16-14-protein-expression-services.html"
    attributes = process_file(release, 10**8).facts.attributes
    assert next(a.value_text for a in attributes if a.attribute == "publisher") == "360iResearch"


def test_a_listed_region_s_figure_after_its_colon_is_no_part_of_its_name() -> None:
    """A report page's "Market Size By Region (2024)" over "Europe: USD 0.38 billion", "Asia Pacific: USD 0.52
    billion": the regions, not names with their figures."""
    for figure in ("USD 0.38 billion", "US$ 0.38 billion", "EUR 0.38 billion", "0.38 billion", "$0.38 billion"):
        text = f"Market Size By Region (2024)\n\nEurope: {figure}\n\nLatin America: {figure}\n"
        listed = {(r.name_as_written, r.region_name) for r in extract_regions(text, load_index())}
        assert listed == {("Europe", "Europe"), ("Latin America", "Latin America")}, figure
    path = REPO_ROOT / "tests" / "written" / "docs" / "w16-15-air-fryer.html"
    assert None not in {r.region_name for r in process_file(path, 10**8).facts.regions}


def test_a_market_s_name_without_its_note_in_lower_case() -> None:
    """A forum question: "How big is the language services (translation & interpreting) market …": the market is
    "language services", whose figures the answers give ("the global language services market at USD 71.7 billion");
    an abbreviation in parentheses stays ("Knowledge Process Outsourcing (KPO)")."""
    question = REPO_ROOT / "tests" / "written" / "docs" / "w16-30-language-services-procurement-forum-qa.md"
    facts = process_file(question, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "language services"
    assert (71.7, "market") in {(s.money.reported_value, s.scope) for s in facts.sizes}
    assert clean_market_name("language services (translation & interpreting)") == "language services"
    assert clean_market_name("Knowledge Process Outsourcing (KPO)") == "Knowledge Process Outsourcing (KPO)"
    assert clean_market_name("contract packaging (primary)") == "contract packaging (primary)"


def test_a_market_of_an_amount_names_no_market() -> None:
    """A Swiss publisher's English: "MEDICAL DEVICE COATING SERVICES: A MARKET OF US$ 2 071,9 MILLION BY 2032" over
    "the world market of medical device coating services … reached US$ 1 186,4 million in 2024": no market "US"."""
    facts = process_file(WRITTEN_DOCS / "w17-25-medical-device-coating-services.txt", 10**8).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market.lower() == "medical device coating services"
    assert {1186.4, 2071.9} <= {s.money.reported_value for s in facts.sizes if s.scope == "market"}


def test_a_trade_paper_s_research_firm_named_after_what_it_is_or_known_by_name() -> None:
    """Written trade-press articles: "Market research firm Roots Analysis estimates …" (any name after those
    words); "Kline estimates the global electronic chemicals custom manufacturing market at $4.8 billion",
    "Armstrong & Associates estimates U.S. third-party logistics gross revenue at $402.6 billion", Smithers' figures
    in a show daily: firms known by their names alone."""
    text = "# Widget news\n\nMarket research firm Tallgrass estimates the widget market at $2.1 billion in 2024.\n"
    facts = extract_document(CleanDocument(text=text, format="markdown", language="en"))
    assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["Tallgrass"]
    assert _written_publisher("w17-04-allogeneic-cell-therapy-explainer.html") == "Roots Analysis"
    assert _written_publisher("w17-13-electronic-chemicals-tolling.txt") == "Kline"
    assert _written_publisher("w17-14-3pl-warehousing-survey.html") == "Armstrong & Associates"
    assert _written_publisher("w12-29-mono-material-packaging-show-daily.html") == "Smithers"


def test_a_region_s_countries_in_parentheses_with_others_among_them() -> None:
    """A written release saved in UTF-16 lists its coverage "Europe (Germany, United Kingdom, France, Others)",
    "Latin America (Mexico, Brazil, Others)": each region and its countries, "Others" no place."""
    places = _written_places("w17-23-toy-contract-manufacturing.txt")
    assert {"Europe", "Germany", "France", "Latin America", "Brazil"} <= places


def test_a_market_named_with_a_series_of_three_or_a_generation_s_number() -> None:
    """Written releases: "The Electric Vehicle Battery Testing, Inspection and Certification (TIC) market", "Flavors,
    Fragrances and Aroma Chemicals Contract Manufacturing", "The Wi-Fi 7 access point market": the whole name, across
    the series' comma and the generation's number; a comma before a place, before words of another case or with no
    "and" after the next word still parts names."""
    tic = _written_market("w19-07-ev-battery-testing-tic.html")
    assert tic == "electric vehicle battery testing, inspection and certification (tic)"
    flavors = _written_market("w19-20-flavors-fragrances-aroma-chemicals-cm.md")
    assert flavors == "flavors, fragrances and aroma chemicals contract manufacturing"
    assert _written_market("w19-24-wifi-7-access-point.html") == "wi-fi 7 access point"
    assert extract_market("The Class 7 Truck market grew to USD 5 billion in 2024.", None).value_text == "Truck"
    for text in (
        "In 2024, Europe, Germany and France Widget Market sales rose.",
        "Meanwhile, Acme Blue Widget market sales rose.",
        "In practice, Widgets and Gadgets market sales rose.",
    ):
        found = extract_market(text, None)
        assert found is not None and "," not in found.value_text


@pytest.mark.parametrize(
    "written",
    ["“China plus one” sourcing policies", "a China-plus-one footprint", "a China+1 strategy", "a China + 1 plan"],
)
def test_a_country_plus_one_is_a_strategy_not_a_place(written: str) -> None:
    """ "as “China plus one” sourcing policies have moved final assembly south": a sourcing strategy's name; the
    place in the same sentence is covered."""
    line = f"Vietnam's share has risen as {written} have moved assembly and box-build work south."
    resolved = {m.region_name for m in extract_regions(line, load_index())}
    assert resolved == {"Vietnam"}
    released = process_file(WRITTEN_DOCS / "w19-19-sea-contract-electronics.html", 10**8).facts.regions
    assert "China" not in {m.region_name for m in released}


@pytest.mark.parametrize("left_out", ["outside China", "outside of China", "beyond China", "outside the US"])
def test_a_country_named_as_left_out_is_no_coverage(left_out: str) -> None:
    """ "OEM customers such as Apple have asked their partners to add capacity outside China": a place the sentence
    leaves out; the countries it lists are covered."""
    line = f"Customers such as Apple have asked partners in Vietnam and Thailand to add capacity {left_out}."
    resolved = {m.region_name for m in extract_regions(line, load_index())}
    assert resolved == {"Vietnam", "Thailand"}


def test_a_market_s_short_form_counts_for_the_name_that_defines_its_abbreviation() -> None:
    """A written report page titled "Drug Metabolism and Pharmacokinetics (DMPK) Services Outsourcing Market …" whose
    body says "DMPK services outsourcing" seven times: one market, its full name; a release headlined "PHA
    Bioplastics Market to Triple" that spells out "polyhydroxyalkanoate (PHA) bioplastics" keeps the headline's
    form; "Outsourcing (KPO)" is no definition of KPO."""
    dmpk = _written_market("w20-01-dmpk-services-outsourcing.html")
    assert dmpk == "drug metabolism and pharmacokinetics (dmpk) services outsourcing"
    assert _written_market("w4-16-pha-bioplastics.txt") == "pha bioplastics"
    assert _written_market("w16-28-kpo-report-brochure.txt") == "knowledge process outsourcing (kpo)"
    assert abbreviates("dmpk", "drug metabolism and pharmacokinetics")
    assert not abbreviates("kpo", "process outsourcing") and not abbreviates("kpo", "bank process outsourcing")
    assert not abbreviates("kpo", "knowledge services")


def test_a_folder_s_path_names_no_market() -> None:
    """An analyst's notes saved as text, under "shared drive: /Deals/2026/Project Lantern/02 Market/": the market is
    the one the pasted release names."""
    facts = process_file(
        REPO_ROOT / "tests/written/docs/w21-06-mortgage-process-outsourcing-notes-paste.txt", 10**8
    ).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market == "Mortgage Process Outsourcing"
    assert market_candidates("The Widget Market/Industry grew in 2024.") == ["Widget"]  # no path


def test_a_firm_s_place_before_its_name_is_no_part_of_it() -> None:
    """ "… released by Pune-based Sahyadri Market Research & Consulting LLP.": the firm, without where it is."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-22-india-modular-kitchen.md", 10**8).facts
    publisher = next(a.value_text for a in facts.attributes if a.attribute == "publisher")
    assert publisher == "Sahyadri Market Research & Consulting"


def test_a_firm_cited_for_the_figures_with_an_about_block_of_its_own_is_the_publisher() -> None:
    """ "… projected to reach USD 148.6 billion by 2033, according to Tessaro Data" and "**About Tessaro Data:**": the
    firm, though no word of its name says it is one (the wire's "NewsLedger Wire" is not)."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-05-digital-twin-news-index.md", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Tessaro Data"


def test_a_firm_heading_its_snippet_with_its_report_s_title_in_quotes() -> None:
    """An analyst's shared note: "## 1. Pemberton & Ash Research — "Geothermal Energy Market Size, Share & Growth Report
    2024-2031"" over the release it pasted."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-09-geothermal-energy-hackmd-snippets.md", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Pemberton & Ash Research"


def test_a_study_s_method_in_a_source_line_is_no_firm() -> None:
    """A written report page's figure caption: "Source: Secondary Research, Interviews with Experts, MarketsandMarkets
    Analysis": the firm is MarketsandMarkets, not the method; nor "Primary Research" in another such line."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w23-04-observability-platforms-mnm.html", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Markets And Markets"
    page = "# Widget Market\n\nThe widget market was USD 2 billion in 2024.\n\nSource: Primary Research, Acme\n"
    found = extract_document(CleanDocument(text=page, format="markdown")).attributes
    publishers = [a.value_text for a in found if a.attribute == "publisher"]
    assert "Primary Research" not in publishers


def test_an_undated_dateline_s_country_is_no_coverage() -> None:
    """A written release: "OSLO, Norway — Halvorsen Bioinsights today released its report …": where it was written."""
    facts = process_file(
        REPO_ROOT / "tests/written/docs/w22-17-contract-plasma-fractionation-draft-final.md", 10**8
    ).facts
    assert "Norway" not in {r.region_name for r in facts.regions}


def test_a_market_s_name_starts_after_its() -> None:
    """An X post's "@FortuneBizIns just dropped its aircraft tires market report": the market is "aircraft tires"; a
    real title's "Cellulose Ether & Its Derivatives Market" keeps its capitalised "Its"."""
    assert _written_market("w25-17-aircraft-tires-x-thread.txt") == "aircraft tires"
    attributes = process_file(REAL_DOCS / "g0v_OyKd4ZG0SSeveYHuGLoxcg.md", 10**8).facts.attributes
    assert next(a.value_text for a in attributes if a.attribute == "market_name") == "Cellulose Ether & Its Derivatives"


def test_a_post_s_firm_not_its_author_s_skills() -> None:
    """A LinkedIn post under its author's "Research Associate – Life Sciences at Precedence Research | Bioprocessing |
    Cell Culture | Market Sizing", over "Precedence Research is a worldwide market research and consulting
    organization": the firm so introduced, not the last of the author's skills."""
    assert _written_publisher("w25-16-microcarriers-linkedin-post.txt") == "Precedence Research"


def test_a_firm_named_on_a_line_labelled_report() -> None:
    """Show notes' "Report: IMARC Group, Biodegradable Mulch Film Market Report …": the firm's full name, which the
    notes' "According to IMARC" cites in short; not a title's "… Trend Analysis Report: Global Opportunity Analysis
    and Industry Forecast 2024–2033" inside a sentence."""
    assert _written_publisher("w25-20-biodegradable-mulch-film-podcast-notes.html") == "IMARC Group"
    renewables = "press-release-archive_the-market-for-renewable-energy-is-projected-to-reach-2-5tn-by-2033.md"
    attributes = process_file(REAL_DOCS / renewables, 10**8).facts.attributes
    assert next(a.value_text for a in attributes if a.attribute == "publisher") == "Allied Market Research"


@pytest.mark.parametrize("kind", ["release", "report", "study"])
def test_a_firm_s_release_on_a_market(kind: str) -> None:
    """A Mastodon thread's "the new Allied Market Research release on the e-waste management market", over the
    instance's own name its links spell; "the Acme Research report on …", "the Acme Research study on …"."""
    assert _written_publisher("w25-29-e-waste-management-mastodon.html") == "Allied Market Research"
    text = f"A client sent me the Acme Research {kind} on the widget market: USD 2.1 billion in 2024."
    assert [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"] == ["Acme Research"]


def test_a_wider_market_sized_beside_the_main_one_is_not_the_main_one() -> None:
    """A private-equity teaser sizes "the Nordic pest control market (Sweden, Norway, Denmark and Finland)" at "SEK
    9.8bn" and, for reference, "the wider European pest control market at around EUR 4.3bn": the Nordic one is the
    teaser's market; so is a Slack thread's smart thermostat market beside "the broader smart home devices market"."""
    assert _written_market("w25-13-nordic-pest-control-pe-teaser.txt") == "nordic pest control"
    assert _written_market("w12-22-smart-thermostat-slack.html") == "smart thermostat"


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("w26-12-turkiye-home-textiles-release.md", "türkiye home textiles"),  # "## Türkiye Home Textiles Market …"
        ("w5-16-australia-craft-beer.md", "australia craft beer"),
        ("w2-04-smart-glass-market.html", "smart glass"),  # a global report's "European smart glass market" later on
        ("w3-12-dermal-fillers.md", "dermal fillers"),  # "U.S. dermal fillers" past the opening
        ("w2-18-ai-code-assistants-market.md", "ai code assistants"),  # the "global AI code assistants market"
    ],
)
def test_a_country_s_market_named_with_its_place_at_the_opening(name: str, market: str) -> None:
    """A release under "## Türkiye Home Textiles Market Reached ₺412.5 Billion …": the country's market, named with
    the place the document opens by naming it with; not a global report's regional market further on. A headline that
    names the market without its place names it so: a paper's "Sports-tech market may grow by 85% to Rs 49,500 cr"
    over "India's sports-tech market generated …" is the "Sports-tech" market."""
    assert _written_market(name) == market
    attributes = process_file(REAL_DOCS / "bulwark_125021301487.en.md", 10**8).facts.attributes
    assert next(a.value_text for a in attributes if a.attribute == "market_name") == "Sports-tech"


def test_places_a_firm_names_about_itself_or_where_imports_come_from_are_no_coverage() -> None:
    """ "Vriksha Market Research LLP is an independent research and advisory firm based in Pune, India, covering …
    across India and South Asia", "Ipê Market Research (Ipê Consultoria e Pesquisa Ltda.) is an independent research
    firm … covering … Latin America": the firm's words about itself; "Cheap imports of bias tyres from China and
    Thailand": where goods come from. Not "Allied Market Research segments the market … and covers North America,
    Europe, Asia-Pacific and LAMEA" (its report's coverage)."""
    assert _written_places("w26-01-india-two-wheeler-tyre-wire-release.txt") == {"India"}
    assert "Latin America" not in _written_places("w26-08-brazil-corn-ethanol-english-release.md")
    assert {"North America", "Europe", "LAMEA"} <= _written_places("w7-26-evtol-aircraft-10k-excerpt.txt")
    assert "Spain" in _written_places("w15-27-contact-center-outsourcing-espana.txt")  # "… es una consultora …"
    assert not {"Uganda", "Rwanda"} & _written_places("w26-15-kenya-edible-oils-business-daily.md")  # "… supplying"


def test_a_segmentation_s_end_use_industry_names_no_market() -> None:
    """A wire release: "… Report Coverage: By Type, Cooling, End-Use Industry, and Geography," the market was valued
    at US$ 10.84 billion …": "the market" is the report's, Industrial Chillers, not an "End-Use" industry."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w26-22-industrial-chillers-space-aligned.txt", 10**8).facts
    rate = next(g for g in facts.growth if g.rate_low == 5.6)
    assert (rate.market_name, rate.scope) == ("Industrial Chillers", "market")
    assert {s.market_name for s in facts.sizes if s.money.reported_value in (10.84, 15.83)} == {"Industrial Chillers"}


def test_a_global_and_china_report_is_the_global_market_s_with_china_s_beside_it() -> None:
    """A report page under "Global and China Polyaspartic Coatings Market 2025 by Manufacturers, …": the main market
    is the global one ("the global Polyaspartic Coatings market size was valued at US$ 612 million"); "In China, the
    Polyaspartic Coatings market size was valued at US$ 174 million" is China's."""
    facts = process_file(
        REPO_ROOT / "tests/written/docs/w27-06-polyaspartic-coatings-global-china-gir.txt", 10**8
    ).facts
    market = next(a for a in facts.attributes if a.attribute == "market_name")
    assert market.value_text == "Polyaspartic Coatings"
    scopes = {s.money.reported_value: (s.scope, s.region_name) for s in facts.sizes}
    assert scopes[612.0] == ("market", None) and scopes[174.0] == ("region", "China")
    assert {(g.rate_low, g.scope) for g in facts.growth} == {(6.8, "market"), (8.6, "region")}
    for place in ("China", "Japan", "United States", "US", "Europe", "India"):
        assert clean_market_name(f"Global and {place} Widget") == "Widget", place


def test_a_bold_about_heading_run_into_its_paragraph_names_the_firm_once() -> None:
    """A publisher's blog in Markdown: "**About Brightpath Market Intelligence**" over "Brightpath Market Intelligence
    is a market research and consulting company …", one paragraph when rendered: the firm, named once."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w27-14-cast-iron-cookware-publisher-blog.md", 10**8).facts
    publisher = next(a for a in facts.attributes if a.attribute == "publisher")
    assert publisher.value_text == "Brightpath Market Intelligence"


def test_sales_of_goods_name_the_market_a_figure_is_stated_for() -> None:
    """A trade paper under "Cold-pressed juice shakes off its wellness-fad image as sales climb": "Global sales of
    cold-pressed juice will reach $1.46bn this year, up from $1.33bn last year" names the market (no "market" after
    it); "In the UK, sales of cold-pressed juice were worth about £148m" is the UK's."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w27-18-cold-pressed-juice-trade-news.html", 10**8).facts
    market = next(a for a in facts.attributes if a.attribute == "market_name")
    assert market.value_text == "cold-pressed juice"
    found = {(s.money.reported_value, s.scope, s.reference_year) for s in facts.sizes}
    assert {(1.46, "market", 2025), (1.33, "market", 2024), (148.0, "region", 2024)} <= found
    assert subject_market("Sales of its own products were ") is None
    assert subject_market("Sales of widgets rose to ") == "widgets"
    assert subject_market("Sales of gadgets will reach ") == "gadgets"
    assert subject_market("In Spain, sales of gizmos were worth ") == "gizmos"


def test_a_wider_market_named_once_is_no_candidate_for_the_main_one() -> None:
    """A newsletter on probe cards names "The wider semiconductor test equipment market, which we size separately"
    once, as often as its own "Global probe card market ($M)": probe cards are its market, the wider one's $8.9
    billion another market's; an annual report's "faster than the wider electronics manufacturing services market"
    leaves its A&D EMS figures the main market's."""
    docs = REPO_ROOT / "tests/written/docs"
    facts = process_file(docs / "w27-19-probe-cards-newsletter.html", 10**8).facts
    assert next(a for a in facts.attributes if a.attribute == "market_name").value_text == "probe card"
    assert {s.scope for s in facts.sizes if s.money.reported_value == 8.9} == {"other_market"}
    report = process_file(docs / "w15-30-calder-annual-report-ad-ems.txt", 10**8).facts
    assert {(s.money.reported_value, s.scope) for s in report.sizes} >= {(13.1, "market"), (610.0, "other_market")}


def test_a_title_in_capitals_names_no_firm_after_its_report() -> None:
    """A report converted from a PDF: "GLOBAL PRECAST CONCRETE MARKET REPORT AND FORECAST" under the running head
    "Expert Market Research    Precast Concrete Market Report 2025-2034": the firm is Expert Market Research, not
    "AND FORECAST" after "report"."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w5-21-precast-concrete.txt", 10**8).facts
    assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["Expert Market Research"]


def test_a_firm_that_has_put_a_number_on_a_market() -> None:
    """A newsletter: "IMARC Group has put a number on a corner of our industry", then "IMARC" throughout: the firm,
    by its full name."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w28-12-clinical-trial-labeling-newsletter.txt", 10**8).facts
    assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["IMARC Group"]


def test_a_cdmo_s_release_citing_a_firm_by_name_alone() -> None:
    """A CDMO's newsroom release: "… report by Roots Analysis, the global prefilled syringe contract manufacturing
    market is expected to grow …", "Roots Analysis estimates …", "## About Roots Analysis": the firm, not the CDMO
    that issues the release (its name holds no word research firms put in theirs)."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w28-06-prefilled-syringe-cdmo-newsroom.md", 10**8).facts
    assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["Roots Analysis"]


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("DACH", "europe"),
        ("Benelux", "europe"),
        ("CIS", "europe"),
        ("Western Balkans", "europe"),
        ("Asia Pacific excluding Japan", "asia_pacific"),
        ("APEJ", "asia_pacific"),
        ("Rest of APEJ", "asia_pacific"),
        ("Northern Africa", "middle_east_africa"),
        ("Other GCC", "middle_east_africa"),
        ("Rest of the Middle East and Africa", "middle_east_africa"),
        ("Rest of LAMEA", "lamea"),
        ("Rest of South and Central America", "latin_america"),
        ("NZ", "nz"),
        ("ROK", "kr"),
        ("EE. UU.", "us"),
    ],
)
def test_regional_blocs_and_short_country_names_resolve(alias: str, code: str) -> None:
    """The blocs and short names reports write for their coverage ("DACH", "Benelux", "CIS", "APEJ", "Other GCC",
    "ROK", "NZ", Spanish "EE. UU."): each a region or country of the seeds."""
    place = load_index().resolve(alias)
    assert place is not None and place.code == code


def test_a_served_market_is_no_market_s_name() -> None:
    """A slide deck's "SLIDE 7 - Our served market" names no market "Served": the deck's fire sprinkler systems
    market is the main one."""
    path = REPO_ROOT / "tests/written/docs/w31-22-fire-sprinkler-systems-slide-deck-column-years.txt"
    names = {a.value_text for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name"}
    assert names == {"Fire Sprinkler Systems"}


def test_a_french_region_s_le_premier_marche_names_no_market() -> None:
    """A French release: "L'Europe reste le premier marché régional avec 6,1 milliards d'euros en 2024" names no
    market "le premier"; the release's ophthalmic lenses are its market."""
    path = REPO_ROOT / "tests/written/docs/w31-24-verres-ophtalmiques-communique-euros-dollars.fr.html"
    names = {a.value_text for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name"}
    assert names == {"verres ophtalmiques"}


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("w31-19-sodium-ion-battery-investor-note-tam.txt", "Sodium-ion battery"),
        ("w6-07-pickleball-equipment-podcast-transcript.html", "Pickleball Equipment"),
    ],
)
def test_a_real_market_names_no_market_real(name: str, market: str) -> None:
    """An investor note's headline "SODIUM-ION: A REAL MARKET, BUT A SMALL SLICE OF A BIG TAM" and a podcast's "Why
    pickleball gear is a real market now" name no market "REAL": the market is the one the text sizes."""
    path = REPO_ROOT / "tests/written/docs" / name
    names = {a.value_text for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name"}
    assert names == {market}


@pytest.mark.parametrize("verb", ["puts", "values", "sizes", "pegs"])
def test_the_market_a_firm_puts_at_a_figure_is_the_one_the_sentence_before_names(verb: str) -> None:
    """ "Mordor Intelligence has published its latest outlook on the global dried pasta market. The firm puts the market
    at USD 21.84 billion in 2025": the figures are the dried pasta market's, which a newsletter's lead story is about
    (not the fresh pasta market its second story sizes, nor Circana its publisher)."""
    text = f"An outlook on the global dried pasta market is out. The firm {verb} the market at USD 21.84 billion."
    assert _sized_subjects(text) == {"dried pasta": 1}
    path = REPO_ROOT / "tests/written/docs/w32-07-dried-pasta-newsletter-end-of-decade.html"
    facts = process_file(path, 10**8).facts
    assert {a.attribute: a.value_text for a in facts.attributes if a.attribute in ("market_name", "publisher")} == {
        "market_name": "dried pasta",
        "publisher": "Mordor Intelligence",
    }


def test_a_coverage_list_s_places_with_the_dimensions_they_are_split_by() -> None:
    """A release's regional scope, "• North America (By Type, By Technology, By End-user, and By Country)" over
    "◦ U.S. (By End-user)", and a page's "· Europe (By Type, Crop, Cultivation, and Country)": each place without its
    note, resolved."""
    barcode = {
        (r.name_as_written, r.region_name)
        for r in process_file(WRITTEN_DOCS / "w34-04-barcode-scanner-fortune-globenewswire.html", 10**8).facts.regions
        if r.context == "coverage_list"
    }
    assert {("U.S.", "United States"), ("GCC", "Middle East & Africa"), ("Oceania", "Asia Pacific")} <= barcode
    assert not any(name.endswith(")") for name, _ in barcode)
    seeds = process_file(WRITTEN_DOCS / "w30-16-vegetable-seeds-report-page-regional-analysis.html", 10**8).facts
    listed = {r.name_as_written for r in seeds.regions if r.context == "coverage_list" and r.region_name}
    assert {"North America", "Europe", "Asia Pacific", "South America"} <= listed


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("w23-13-perfume-coherent-markdown-copy.md", {"Rest of Middle East", "Central Africa"}),
        ("w3-18-southeast-asia-rooftop-solar.md", {"Rest of Southeast Asia"}),
        ("w10-13-nitrile-gloves-parliamentary-written-answer.txt", {"South-East Asia"}),
        ("w18-19-fire-alarm-marketwatch.html", {"Rest of the Middle East"}),
        ("w33-22-wire-rope-plain-text-email.txt", {"Turkiye"}),
        ("w33-25-laserschneidmaschinen-pressemitteilung.de.html", {"übriges Europa", "DACH-Region", "VAE"}),
        ("w33-25-laserschneidmaschinen-pressemitteilung.de.html", {"übriger asiatisch-pazifischer Raum"}),
        ("w33-26-fertilizantes-foliares-comunicado.pt-BR.txt", {"Resto da Europa", "Resto da Ásia-Pacífico"}),
        ("w33-26-fertilizantes-foliares-comunicado.pt-BR.txt", {"Resto da América do Sul"}),
        ("w32-28-rolhas-de-cortica-comunicado.pt-PT.html", {"Médio Oriente e África"}),
        ("w32-29-vloerverwarming-europa-persbericht.nl.html", {"West-Europa", "Centraal- en Oost-Europa"}),
    ],
)
def test_regions_named_as_the_rest_of_one_or_in_another_language(name: str, written: set[str]) -> None:
    """ "Rest of Middle East", "Central Africa", "Rest of Southeast Asia", "South-East Asia", "Turkiye", a German
    release's "übriges Europa" and "DACH-Region", a Brazilian one's "Resto da Europa", a Portuguese one's "Médio Oriente
    e África", a Dutch one's "Centraal- en Oost-Europa": each a place, resolved."""
    facts = process_file(WRITTEN_DOCS / name, 10**8).facts
    assert written <= {r.name_as_written for r in facts.regions if r.region_name}


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("w32-10-piastrelle-ceramica-comunicato-fino-al-2030.it.txt", "piastrelle di ceramica"),
        ("w32-28-rolhas-de-cortica-comunicado.pt-PT.html", "rolhas de cortiça"),
    ],
)
def test_an_italian_and_a_portuguese_release_s_market(name: str, market: str) -> None:
    """An Italian release's "Il mercato mondiale delle piastrelle di ceramica valeva 289,6 miliardi" ("La Cina resta il
    primo mercato" naming no market "La Cina resta il primo"), a Portuguese one's market named without the country
    of its "mercado de rolhas de cortiça nos Estados Unidos"."""
    path = REPO_ROOT / "tests/written/docs" / name
    names = {a.value_text for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name"}
    assert names == {market}


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("w32-06-flexible-pu-foam-email-digest-next-five-years.txt", "flexible polyurethane foam"),
        ("w34-18-intraocular-lenses-trade-magazine-parent-neighbour.html", "intraocular lens"),
    ],
)
def test_a_firm_that_puts_a_market_at_a_figure_and_a_market_named_by_its_abbreviation(name: str, market: str) -> None:
    """A digest's "1. FLEXIBLE PU FOAM: IMARC PUTS MARKET AT USD 62.9 BN BY 2033" names no market "IMARC puts"; a trade
    magazine's "the IOL market", whose "intraocular lens (IOL)" spells it out, is the intraocular lens market."""
    path = REPO_ROOT / "tests/written/docs" / name
    names = {a.value_text for a in process_file(path, 10**8).facts.attributes if a.attribute == "market_name"}
    assert names == {market}


@pytest.mark.parametrize(
    ("name", "publisher"),
    [
        ("w35-08-power-bank-odm-qyresearch-news-page.html", "QYResearch"),  # "Source: QYResearch Views: 1,284"
        ("w35-23-paper-straws-fmi-page-saved-as-text.txt", "Future Market Insights"),  # "… Market Value (2025): …"
        ("w35-29-graphite-electrode-tbrc-report-page.html", "The Business Research Company"),  # "© 2025 The …"
        ("w36-25-veterinary-practice-management-software-skyquest-report-page.html", "SkyQuest Technology"),
        ("w26-05-swimming-pool-construction-australia-industry-snapshot.md", "Southern Cross Industry Insights"),
    ],
)
def test_a_news_page_s_view_count_a_figure_s_label_a_menu_and_a_copyright_line(name: str, publisher: str) -> None:
    """A news page's "Source: QYResearch Views: 1,284" (the count no part of the name); "Paper Straws Market Value
    (2025): …" and a title's "… Market Size And Share" no firms; a menu's "… Reports Consulting Insights Careers" no
    citation; and, with no other sign of a firm, the page's copyright line: "© 2025 The Business Research Company.",
    "© 2025 SkyQuest Technology.", "© 2025 Southern Cross Industry Insights Pty Ltd" without its legal form."""
    assert _written_publisher(name) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("© 2025 Acme Research Pvt. Ltd. All rights reserved.", "Acme Research"),
        ("© 2024 Acme Insights Inc. All Rights Reserved.", "Acme Insights"),
        ("Copyright 2025 Acme Market Research Private Limited", "Acme Market Research"),
        ("(c) 2023-2025 Acme Analytics LLC", "Acme Analytics"),
        ("© 2025 Harbour Daily News. All rights reserved.", None),  # a newspaper's: no research firm
    ],
)
def test_a_copyright_line_names_the_publisher_only_when_nothing_else_does(line: str, publisher: str | None) -> None:
    """With no other sign of a firm, a page's copyright line names its publisher without the legal form, when the
    name is a research firm's."""
    text = f"The widget market was valued at USD 1.2 billion in 2024.\n\n{line}\n"
    found = [a.value_text for a in extract_publisher(text, []) if a.attribute == "publisher"]
    assert found == ([publisher] if publisher else [])


@pytest.mark.parametrize(
    "name",
    ["w37-17-livestock-identification-market-us-key-takeaways.html", "w33-03-golf-carts-player-table-hq-revenue.html"],
)
def test_a_firm_named_as_its_domain_is_written(name: str) -> None:
    """A page whose address is inquiry@market.example and whose text names "Market.us": "Market.us", not "Market"."""
    assert _written_publisher(name) == "Market.us"
