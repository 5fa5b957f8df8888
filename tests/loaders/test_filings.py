"""The industry section of a securities filing: a market named in full and then by the short term the filing defines
for it, a report named by its author's initials, a table "(US$ in billions)", an issuer's capital expenditure."""

from __future__ import annotations

from loaders.extract.market import _spelled_out
from loaders.extract.model import DocumentFacts
from loaders.extract.publisher import _report_of
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT

PROSPECTUS = REPO_ROOT / "tests" / "written" / "docs" / "w11-01-lai-cdmo-s1-industry.txt"


def _facts() -> DocumentFacts:
    return process_file(PROSPECTUS, 10_000_000).facts


def test_the_market_is_named_in_full_and_its_defined_term_is_the_same_market() -> None:
    facts = _facts()
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "Long-Acting Injectable CDMO"
    sized = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(2.14, 2019), (3.37, 2023), (6.85, 2028)} <= sized  # 'the … market (the "LAI CDMO market") increased …'


def test_an_abbreviation_opening_a_name_is_spelled_out_by_the_words_it_takes_its_letters_from() -> None:
    names = {"long-acting injectable cdmo", "lai cdmo", "electronics manufacturing services", "cdmo"}
    assert _spelled_out("lai cdmo", names) == "long-acting injectable cdmo"
    assert _spelled_out("ems", names) == "electronics manufacturing services"
    assert _spelled_out("cdmo", names) is None


def test_a_table_in_us_dollars_in_billions_sizes_the_market_by_year() -> None:
    sized = {(s.money.reported_value, s.money.reported_unit, s.reference_year) for s in _facts().sizes}
    assert {(2.41, "billion", 2020), (2.7, "billion", 2021), (3.89, "billion", 2024)} <= sized


def test_capital_expenditure_is_no_size() -> None:
    assert not [s for s in _facts().sizes if s.money and s.money.reported_value in (80.0, 150.0)]


def test_a_report_named_by_its_authors_initials_is_the_authors() -> None:
    publisher = next(a.value_text for a in _facts().attributes if a.attribute == "publisher")
    assert publisher == "Frost & Sullivan"
    assert _report_of("F&S Report", "Frost & Sullivan") and _report_of("CIC Report", "China Insights Consultancy")
    assert not _report_of("Annual Report", "Frost & Sullivan")
