"""Money amounts on lines from real documents."""

from __future__ import annotations

import pytest

from loaders.extract.document import CORRECTION_NOTICE
from loaders.extract.money import find_money, unmarked_amounts
from loaders.extract.spoken import spoken_year, worded_amounts
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import cleaned, real_line

CASES = [
    ("g0v_10mR5_vDQri1CxJDUEqYFw.md", "USD 14.15 billion", (14.15, "billion", "USD")),
    ("ai_2020-01-24-vision-screeners-market-is-expected-to-witness-he.md", "US$ 500 Mn", (500.0, "million", "USD")),
    ("bulwark_125021301487.en.md", "Rs 49,500 cr", (49500.0, "crore", "INR")),
    ("000_cd5f53c63d67e71d.txt", "€1.03 billion", (1.03, "billion", "EUR")),
    ("004_d6c39c4c7e3a9e49.txt", "USD 20.6 billion", (20.6, "billion", "USD")),
]


@pytest.mark.parametrize(("doc", "needle", "expected"), CASES)
def test_amount_on_real_line(doc: str, needle: str, expected: tuple) -> None:
    line = real_line(doc, needle)
    found = [(m.money.reported_value, m.money.reported_unit, m.money.reported_currency) for m in find_money(line)]
    assert expected in found, (line, found)


def test_years_and_percentages_are_not_money() -> None:
    line = real_line("g0v_10mR5_vDQri1CxJDUEqYFw.md", "7.1% CAGR from 2024 to 2030")
    assert all(m.money.reported_value not in (7.1, 2024.0, 2030.0) for m in find_money(line))


def test_comparator_is_kept() -> None:
    line = real_line("000_cd5f53c63d67e71d.txt", "exceeding $40 billion")
    (match,) = [m for m in find_money(line) if m.money.reported_value == 40.0]
    assert match.money.comparator == "exceeding"


def test_amount_without_currency_takes_the_documents_one_currency() -> None:
    text = cleaned("g0v_Gz1IzLVtR8Oo9KGWL816Tw.md")  # "valued at 28.27 billion in 2023"; USD everywhere else
    found = unmarked_amounts(text, list(find_money(text)))
    money = [(m.money.reported_value, m.money.reported_unit, m.money.reported_currency) for m in found]
    assert (28.27, "billion", "USD") in money


def test_no_currency_is_guessed_when_a_document_mixes_them() -> None:
    text = "Sales were EUR 5 million and USD 7 million. The market was valued at 28.27 billion in 2023."
    assert unmarked_amounts(text, list(find_money(text))) == []


def test_a_lakh_crore_is_a_trillion() -> None:
    found = [(m.money.reported_value, m.money.reported_unit) for m in find_money("reach Rs 2.05 lakh crore by FY30")]
    assert found == [(2.05, "trillion")]
    assert [(m.money.reported_value, m.money.reported_unit) for m in find_money("Rs 3 lakh")] == [(3.0, "lakh")]
    wrapped = [(m.money.reported_value, m.money.reported_unit) for m in find_money("Rs 1.12 lakh\ncrore in FY25")]
    assert wrapped == [(1.12, "trillion")]


def test_an_amount_glued_to_its_code_and_scale_and_a_plural_scale() -> None:
    """A written release's "reaching USD1.42billion by 2031" and another's "USD 81.65 billions by the year 2030"."""
    glued = [
        (m.money.reported_value, m.money.reported_unit, m.money.reported_currency)
        for m in find_money("reaching USD1.42billion by 2031")
    ]
    assert glued == [(1.42, "billion", "USD")]
    assert [(m.money.reported_value, m.money.reported_unit) for m in find_money("USD 81.65 billions")] == [
        (81.65, "billion")
    ]
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-16-suppository-contract-manufacturing.html", 10**8).facts
    assert (1.42, 2031) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}


def test_an_amount_glued_to_any_currency_s_code() -> None:
    """A prospectus's "increased from RMB56.7 billion in 2019 to RMB148.6 billion (US$20.4 billion) in 2024", an
    exchange's "SAR7.9 billion": the code's amount; not a part number's "ABC123"."""
    found = [
        (m.money.reported_value, m.money.reported_currency) for m in find_money("from RMB56.7 billion to SAR7.9bn")
    ]
    assert found == [(56.7, "CNY"), (7.9, "SAR")]
    assert list(find_money("model ABC123 billion units")) == []
    docs = REPO_ROOT / "tests/written/docs"
    facts = process_file(docs / "w25-02-china-freshly-brewed-coffee-f1-industry.txt", 10**8).facts
    assert {(56.7, 2019), (148.6, 2024)} <= {(s.money.reported_value, s.reference_year) for s in facts.sizes}


def test_thousands_parted_by_spaces_or_by_points_where_decimals_take_a_comma() -> None:
    """ "EUR 2 905 million" (a space between thousands); "EUR 12.950 million" in a text that writes "5,5 %" is twelve
    thousand million, in a text that writes decimal points twelve; "2 905 units" names no money."""
    assert [m.money.reported_value for m in find_money("EUR 2 905 million in 2020")] == [2905.0]
    assert [m.money.reported_value for m in find_money("USD 1 284.6 million in 2024")] == [1284.6]  # a thin space, read
    european = "reach EUR 12.950 million in 2030, an average growth of 5,5 % p.a."
    assert [m.money.reported_value for m in find_money(european)] == [12950.0]
    assert [m.money.reported_value for m in find_money("reach EUR 12.950 million in 2030")] == [12.95]
    both = "turnover of EUR 9.412,7 million in 2024 and EUR 12.950 million in 2030"
    assert [m.money.reported_value for m in find_money(both)] == [9412.7, 12950.0]
    assert [m.money.value_text for m in find_money("in 2020 2 905 units and USD 1.8 million")] == ["USD 1.8 million"]


def test_a_correction_notice_s_figures_are_no_sizes() -> None:
    """Written corrected releases: "CORRECTION (November 14, 2025, 09:40 ET): The release … stated the 2032
    forecast as “USD 187.4 Billion”. That figure was a transposition error." and "CORRECTION: … should read USD
    71.36 billion, not USD 17.36 billion as originally stated" withdraw a figure; the release after the notice
    states the right one, and a headline "CORRECTION -- … to Surpass USD 70 Billion by 2034" is no notice."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    api = process_file(docs / "w7-01-api-contract-manufacturing-wire-correction.html", 10**8).facts
    values = {s.money.reported_value for s in api.sizes}
    assert 178.4 in values and 187.4 not in values
    dose = process_file(docs / "w7-16-oral-solid-dose-cdmo-corrected-wire-release.html", 10**8).facts
    values = {s.money.reported_value for s in dose.sizes}
    assert {71.36, 70.0} <= values and 17.36 not in values
    assert CORRECTION_NOTICE.match("Correction: An earlier version of this release gave USD 5.2 billion for 2030.")


def test_moroccan_dirhams() -> None:
    """A written export agency's brief: "valued at MAD 41.6 billion in 2024" is in Moroccan dirhams, a currency the
    warehouse converts (seeds/currency_rates.csv)."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w7-15-morocco-wire-harness-sector-brief.txt"
    sizes = {
        (s.money.reported_value, s.money.reported_currency, s.reference_year)
        for s in process_file(path, 10**8).facts.sizes
    }
    assert {(41.6, "MAD", 2024), (63.9, "MAD", 2030)} <= sizes
    rates = (REPO_ROOT / "seeds" / "currency_rates.csv").read_text(encoding="utf-8")
    assert "\nMAD,Moroccan dirham," in rates


def test_a_footnote_s_mark_ends_no_sentence_s_reading() -> None:
    """A written Markdown bulletin: "… the 2024 market was equivalent to about USD 3.7 billion.[^2] The Secretariat
    expects … from 2025 to 2030" is a size of 2024: the footnote's mark is no part of the text, so the sentence ends
    at its period; the note itself ("[^2]: …") stays."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-22-european-geosynthetics-statistics-bulletin.md"
    result = process_file(path, 10**8)
    assert (3.7, 2024) in {(s.money.reported_value, s.reference_year) for s in result.facts.sizes}
    assert "[^2]" not in result.text.split("\n[^")[0] and "[^2]:" in result.text


def test_a_part_sized_alone_is_another_market() -> None:
    """A written data brief on commercial seaweed: "Carrageenan alone was a USD 1.05 billion market in 2024." sizes a
    part of the market by itself, not the whole; "The Indonesia cloud kitchen market alone was worth US$ 412.5 Mn"
    stays a region's size."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    seaweed = process_file(docs / "w6-25-commercial-seaweed-data-brief.txt", 10**8).facts.sizes
    assert [(s.scope, s.market_name) for s in seaweed if s.money.reported_value == 1.05] == [
        ("other_market", "Carrageenan")
    ]
    kitchens = process_file(docs / "w4-08-southeast-asia-cloud-kitchens.md", 10**8).facts.sizes
    assert [s.scope for s in kitchens if s.money.reported_value == 412.5] == ["region"]


def test_figures_under_a_page_s_more_webinars_an_issue_s_also_in_or_recently_published_are_other_markets() -> None:
    """Written pages end with other items: "More life-science webinars" over "Inhalation & Nasal CDMO Outlook – a USD
    2.8 billion market by 2030", a newsletter's "Also in the Bench Brief" over "A USD 1.95 billion market in 2025",
    "Recently published" over "CAGR 9.6%, 2025–2032": none is the page's market's figure."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    for name, value in (
        ("w6-04-ophthalmic-cdmo-webinar.html", 2.8),
        ("w7-05-lab-automation-newsletter-digest.html", 1.95),
    ):
        sizes = process_file(docs / name, 10**8).facts.sizes
        assert [s.scope for s in sizes if s.money.reported_value == value] == ["other_market"], name
    growth = process_file(docs / "w6-02-pharma-contract-packaging-estimates-compared.html", 10**8).facts.growth
    assert [g.scope for g in growth if g.rate_low == 9.6] == ["other_market"]


def test_a_historical_figure_labelled_as_such_is_a_size() -> None:
    """A written memo quoting a report: "… expanding at a CAGR of 7.19% from 2025 to 2034. Historical: USD 29.31
    billion in 2024." sizes the market in 2024, though the sentence names no market nor a value."""
    memo = process_file(REPO_ROOT / "tests/written/docs/w7-08-oral-solid-dose-cdmo-notion-memo.md", 10**8).facts
    assert (29.31, 2024, "market") in {(s.money.reported_value, s.reference_year, s.scope) for s in memo.sizes}


def test_figures_of_other_reports_in_a_page_s_columns_are_other_markets() -> None:
    """Written pages laid out in nested tables: a left column's "LATEST REPORTS" over "Biopesticide Registration
    Services" / "Market to reach US$ 1.9 bn by 2030, CAGR 11.2% (2025-2030)" before the release, and a right
    column's "Related Studies" after it, size other markets, not the release's."""
    for name, value in (
        ("w8-16-agrochemical-contract-research-nested-tables.html", 1.9),
        ("w8-01-veterinary-api-cmo-legacy-portal.html", 512.4),
    ):
        facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts
        assert {s.scope for s in facts.sizes if s.money.reported_value == value} == {"other_market"}
    facts = process_file(
        REPO_ROOT / "tests/written/docs/w8-16-agrochemical-contract-research-nested-tables.html", 10**8
    )
    assert not [g for g in facts.facts.growth if g.rate_low in (11.2, 6.4) and g.scope == "market"]
    assert {(2.18, 2024), (3.94, 2032)} <= {(s.money.reported_value, s.reference_year) for s in market_sizes(facts)}


def test_figures_under_related_releases_are_other_markets() -> None:
    """Written archive pages list related releases under "Related releases in the archive" and "RELATED RELEASES
    (archive index, same tags)", titles wrapped in a text's two columns ("2025-07-15  Nutrient Encapsulation Market
    Size Worth USD 2.3 Billion by" over "            2029, Registering 7.4% CAGR - Corriedale Insights"): each
    title's figures are its market's, none the release's."""
    docs = REPO_ROOT / "tests/written/docs"
    page = process_file(docs / "w21-01-respiratory-cro-newswire-archive.html", 10**8).facts
    assert {(s.scope, s.market_name) for s in page.sizes if s.money.reported_value == 1.52} == {
        ("other_market", "Europe Respiratory CRO")
    }
    text = process_file(docs / "w21-03-vitamin-premix-contract-manufacturing-wire.txt", 10**8).facts
    assert {(g.scope, g.market_name, g.end_year) for g in text.growth if g.rate_low == 7.4} == {
        ("other_market", "Nutrient Encapsulation", 2029)
    }
    assert {s.scope for s in text.sizes if s.money.reported_value in (1.08, 2.3)} == {"other_market"}


def market_sizes(result) -> list:
    return [s for s in result.facts.sizes if s.scope == "market"]


def test_amounts_and_years_said_in_words() -> None:
    """Written podcast transcripts say their figures: "about one point three eight billion dollars last year, so
    that's twenty twenty-four", "reaching eight point / nine billion dollars by twenty thirty-five" (the line
    wrapped in the amount), "two point one billion dollars in 2024"; a fax release quotes "a five-billion-dollar
    industry"."""
    written = REPO_ROOT / "tests/written/docs"
    expected = {
        "w6-24-hydrogen-refuelling-station-podcast-transcript.txt": {(1.38, "billion", 2024), (8.9, "billion", 2035)},
        "w6-07-pickleball-equipment-podcast-transcript.html": {(2.1, "billion", 2024), (5.3, "billion", 2033)},
        "w9-14-commercial-laundry-equipment-fax-release.txt": {(5.0, "billion", None)},
    }
    for name, sizes in expected.items():
        found = process_file(written / name, 10**8).facts.sizes
        said = {(s.money.reported_value, s.money.reported_unit, s.reference_year) for s in found}
        assert sizes <= said, (name, said)
    for words, value, unit, currency in (
        ("eight hundred million dollars", 800.0, "million", "USD"),
        ("nine hundred and sixty million dollars", 960.0, "million", "USD"),
        ("thirty-six billion euros", 36.0, "billion", "EUR"),
        ("one point nine three trillion pounds", 1.93, "trillion", "GBP"),
        ("ten point oh five billion dollars", 10.05, "billion", "USD"),
    ):
        text = f"The widget market was worth about {words} in twenty fifteen."
        (match,) = worded_amounts(text, text.lower())
        money = match.money
        assert (money.reported_value, money.reported_unit, money.reported_currency) == (value, unit, currency)
        assert money.comparator == "about" and text[match.start : match.end] == words
        assert spoken_year(text[match.end :]) == 2015
    assert worded_amounts("one of the two players, a billion users", "one of the two players, a billion users") == []
    years = [spoken_year(f"by twenty {y}") for y in ("ten", "twenty", "thirty-five", "forty")]
    assert years == [2010, 2020, 2035, 2040]
    years = [spoken_year(f"{p} twenty thirty") for p in ("through the year", "by the end of", "with")]
    assert years == [2030, 2030, None]


def test_a_release_s_closing_list_of_other_reports_explored_or_trending() -> None:
    """ "Explore Latest Research Reports by Transparency Market Research:" over "Zeolite Molecular Sieves Market - The
    global industry was valued at US$ 3.9 Bn in 2022. It is projected to … reach US$ 5.8 Bn by the end of 2031.": the
    other report's figures; "More Trending Reports by Transparency Market Research" over "Drone Insurance Market –
    forecast period 2024-2034": no period of the release's."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w15-03-catalyst-contract-manufacturing.html", 10**8).facts
    assert {s.scope for s in facts.sizes if s.money.reported_value == 5.8} == {"other_market"}
    assert {g.scope for g in facts.growth if g.rate_low == 4.6} == {"other_market"}
    facts = process_file(REPO_ROOT / "tests/written/docs/w5-19-drone-package-delivery.md", 10**8).facts
    periods = [(a.start_year, a.end_year) for a in facts.attributes if a.attribute == "forecast_period"]
    assert (2024, 2034) not in periods


def test_a_currency_between_the_number_and_its_scale() -> None:
    """A written report page in a publisher's house style: "estimated at 1.64 USD Billion in 2024", "from 1.77 USD
    Billion in 2025 to 3.58 USD Billion by 2035": each an amount in dollars."""
    found = [
        (m.money.reported_value, m.money.reported_unit, m.money.reported_currency)
        for m in find_money("estimated at 1.64 USD Billion in 2024; from 1.77 US$ Million")
    ]
    assert found == [(1.64, "billion", "USD"), (1.77, "million", "USD")]
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-12-baby-monitor.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert sizes == {(1.64, 2024), (1.77, 2025), (3.58, 2035)}


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("worth 1.62 trillion won ($1.18 billion)", (1.62, "trillion", "KRW")),  # a Korean paper in English
        ("at R18.6bn on the", (18.6, "billion", "ZAR")),  # a South African release
        ("to N3.1 trillion by", (3.1, "trillion", "NGN")),  # a Lagos business daily
        ("to ₦3.1 trillion by", (3.1, "trillion", "NGN")),
        ("to reach Tk 16,400 crore by", (16400.0, "crore", "BDT")),  # a Dhaka wire
        ("grew to Rp 14.2 trillion in", (14.2, "trillion", "IDR")),  # a Jakarta trade paper
        ("at KSh182 billion on", (182.0, "billion", "KES")),  # a Nairobi daily, and its short form
        ("to Sh265 billion by", (265.0, "billion", "KES")),
        ("reached ₺412.5 billion", (412.5, "billion", "TRY")),
    ],
)
def test_currencies_of_asia_africa_and_the_gulf(written: str, amount: tuple) -> None:
    """Each currency as the papers of its country write it; a lone letter ("R", "N", "Sh") only glued to an amount
    with its scale."""
    assert [(m.money.reported_value, m.money.reported_unit, m.money.reported_currency) for m in find_money(written)][
        :1
    ] == [amount]


def test_a_letter_is_no_currency_unless_glued_to_a_scaled_amount() -> None:
    """ "N95 masks", "R 2 units", "Series N 5 billion", a word's last letter before an amount whose currency follows it
    ("von 1,96 billion USD")."""
    for text in ("N95 masks", "R 2 units", "Series N 5 billion", "SR18 billion", "grade n5 billion"):
        assert list(find_money(text)) == [], text
    assert [m.money.reported_currency for m in find_money("von 1,96 billion USD")] == ["USD"]


def test_amounts_in_hundreds_of_millions_and_a_unit_that_is_no_amount() -> None:
    """A Chinese firm's English release: "reached 416.0 (100 million yuan) in 2024" is 41.6 billion yuan; its table's
    "(Unit: 100 million yuan)" states no amount; a Japanese institute's table under "(Unit: 100 million yen)" gives
    "610" as 61 billion yen."""
    found = [
        (m.money.reported_value, m.money.reported_unit, m.money.reported_currency)
        for m in find_money("reached 416.0 (100 million yuan) in 2024 (Unit: 100 million yen)")
    ]
    assert found == [(41600.0, "million", "CNY")]
    docs = REPO_ROOT / "tests/written/docs"
    toys = process_file(docs / "w26-02-japan-capsule-toy-institute-summary.html", 10**8).facts.sizes
    assert (61000.0, "million", "JPY", 2021) in {
        (s.money.reported_value, s.money.reported_unit, s.money.reported_currency, s.reference_year) for s in toys
    }
    assert not any(s.money.value_text == "100 million yen" for s in toys)


def test_an_amount_with_its_currency_and_scale_in_parentheses_after_it() -> None:
    """A wire release: "Pune, India, April 2, 2025 (Wiseguy Research Consultants Pvt Ltd) -- Carrageenan Market Size
    was estimated at 1.02 (USD Billion) in 2023 …": the amounts are the market's (the dateline's place, before the
    publisher in parentheses, is where it was written); a year over a table's unit is no amount."""
    path = REPO_ROOT / "tests/written/docs/w27-03-carrageenan-digital-journal.txt"
    sizes = process_file(path, 10**8).facts.sizes
    found = {(s.money.reported_value, s.money.reported_unit, s.reference_year, s.scope) for s in sizes}
    assert {(1.02, "billion", 2023, "market"), (1.62, "billion", 2032, "market")} <= found
    money = [m.money for m in find_money("Revenue 2032 (USD Billion), 4.2 (EUR Million) and 3.1 (GBP Bn)")]
    found = [(m.reported_value, m.reported_unit, m.reported_currency) for m in money]
    assert found == [(4.2, "million", "EUR"), (3.1, "billion", "GBP")]


@pytest.mark.parametrize(
    ("line", "bounds"),
    [
        ("a $4.5–4.9 billion range", [(4.5, "billion", "USD"), (4.9, "billion", "USD")]),
        ("USD 7.8-8.5 billion", [(7.8, "billion", "USD"), (8.5, "billion", "USD")]),
        ("SEK 12.8 - 13.1bn", [(12.8, "billion", "SEK"), (13.1, "billion", "SEK")]),
        ("€8—12 million", [(8.0, "million", "EUR"), (12.0, "million", "EUR")]),
        ("USD 4 to 5 bn", [(4.0, "billion", "USD"), (5.0, "billion", "USD")]),
        ("USD 2.5 to 2030", [(2.5, "unit", "USD")]),
        ("$40-50 per tonne", [(40.0, "unit", "USD")]),
    ],
)
def test_a_range_s_first_number_takes_the_scale_after_its_second(line: str, bounds: list[tuple]) -> None:
    """ "$4.5–4.9 billion": two amounts, each in billions of dollars; not a range when no scale follows the second."""
    found = [(m.money.reported_value, m.money.reported_unit, m.money.reported_currency) for m in find_money(line)]
    assert found == bounds


def test_a_size_range_s_bounds_share_their_year() -> None:
    """A strategy note's "I'd present it as a $4.5–4.9 billion range" after "~USD 4.7 Bn (2024)", and a consultancy's
    "USD 7.8-8.5 billion by 2030", a teaser's "reaching SEK 12.8-13.1bn in 2029": both bounds of each range,
    each in the range's year and a forecast if the range is."""
    note = process_file(REPO_ROOT / "tests/written/docs/w31-21-heat-transfer-fluids-markdown-note-range.md", 10**8)
    sizes = {(s.money.reported_value, s.reference_year) for s in note.facts.sizes if s.scope == "market"}
    assert {(4.5, 2024), (4.9, 2024)} <= sizes
    outsourcing = process_file(REPO_ROOT / "tests/written/docs/w20-06-biomarker-discovery-outsourcing.txt", 10**8)
    forecasts = {(s.money.reported_value, s.reference_year, s.is_forecast) for s in outsourcing.facts.sizes}
    assert {(7.8, 2030, True), (8.5, 2030, True)} <= forecasts
    teaser = process_file(REPO_ROOT / "tests/written/docs/w25-13-nordic-pest-control-pe-teaser.txt", 10**8)
    forecasts = {(s.money.reported_value, s.reference_year, s.is_forecast) for s in teaser.facts.sizes}
    assert {(12.8, 2029, True), (13.1, 2029, True)} <= forecasts


def test_a_count_after_an_amount_without_its_currency_is_no_money() -> None:
    """ "In volume terms, the market reached 123.1 Billion Servings in 2024", "Shipments of bipolar plates reached about
    41.6 million pieces in 2024": counts, not dollars, in documents whose other amounts are all in USD."""
    docs = REPO_ROOT / "tests/written/docs"
    noodles = process_file(docs / "w34-10-instant-noodles-imarc-newsroom.html", 10**8).facts.sizes
    plates = process_file(docs / "w27-15-fuel-cell-bipolar-plates-openpr-runon.html", 10**8).facts.sizes
    assert 61.4 in {s.money.reported_value for s in noodles} and 123.1 not in {s.money.reported_value for s in noodles}
    assert 941.6 in {s.money.reported_value for s in plates} and 41.6 not in {s.money.reported_value for s in plates}
    # but a real release's "was valued at 28.27 billion in 2023": a size
    biocomposites = process_file(REAL_DOCS / "g0v_Gz1IzLVtR8Oo9KGWL816Tw.md", 10**8).facts.sizes
    assert (28.27, 2023) in {(s.money.reported_value, s.reference_year) for s in biocomposites}
