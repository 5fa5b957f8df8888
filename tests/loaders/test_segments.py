"""Segments and their dimensions on real documents."""

from __future__ import annotations

from loaders.extract.segments import extract_segments, normalize_dimension, split_items
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS
from tests.loaders.real_text import cleaned


def segments(doc: str) -> set[tuple[str, str]]:
    return {(s.dimension, s.segment_name) for s in extract_segments(cleaned(doc))}


def loaded_segments(doc: str) -> set[tuple[str, str]]:
    """Segments of a document as the loader finds them (with its bold phrases)."""
    return {(s.dimension, s.segment_name) for s in process_file(REAL_DOCS / doc, 10**8).facts.segments}


def test_heading_then_one_segment_a_line() -> None:
    found = segments("g0v_10mR5_vDQri1CxJDUEqYFw.md")
    assert {("product", "Metals"), ("product", "Ceramics"), ("application", "Aerospace")} <= found
    assert not any(name == "North America" for _, name in found)


def test_labelled_items_under_a_by_heading() -> None:
    found = segments("g0v_SU60Zk3vQUuE8SwKDDurYA.md")
    assert ("type", "Surfactants") in found
    assert ("type", "Metal Cleaners") in found and ("end user", "Healthcare") in found


def test_report_scope_table() -> None:
    found = {name for _, name in segments("g0v_EaSkFOV_TFqlXmJ3_ryafg.md")}
    assert {"Prefilled Syringes", "Anaphylaxis", "Retail Pharmacies"} <= found


def test_dimension_names_are_normalized() -> None:
    assert normalize_dimension("Product Type") == "type"
    assert normalize_dimension("End-User/Application") == "application"
    assert normalize_dimension("types") == "type"


def test_bold_names_lead_described_items() -> None:
    # "### Market Segmentation by Technology", an introducing sentence, then "l **Waterborne Coatings** Waterborne ..."
    found = loaded_segments("g0v_ToCtCl9PT4q8jueuX9Yf_Q.md")
    assert {("technology", "Waterborne Coatings"), ("type", "Acrylic Resins")} <= found
    assert ("end use industry", "Industrial") in found


def test_a_cause_is_not_a_segmentation() -> None:
    found = loaded_segments("g0v_egQ8JU4ZRomI4DNAxT022w.md")  # "... market is driven by several key factors:"
    assert ("type", "Novolac Resins") in found
    assert not any(name == "Growing Automotive Production" for _, name in found)


def test_leading_segment_of_each_dimension_in_a_fact_sheet() -> None:
    # "• Leading Solution Type: ERP / Core Financial Management (30.5% Share) • Leading Deployment Model: ..."
    text = cleaned("press-release-archive_247PressRelease-20260619-None.md")
    found = {s.segment_name: s.dimension for s in extract_segments(text)}
    assert found == {
        "ERP / Core Financial Management": "type",
        "Cloud-Based": "deployment model",
        "Large Enterprises": "organization size",
        "BFSI": "industry vertical",
    }
    # a leading region or player is not a segment
    assert extract_segments("Leading Region: North America (38% share)\nLeading Player: Acme (12% share)") == []


def test_a_long_line_of_short_names_is_a_segment_list() -> None:
    text = (
        "Market Segmentation\n\nBy Application\n\n"
        "Automotive, Construction, Retail, Telecommunications, Consumer Electronics, Pharmaceuticals\n\n"
        "By Component\n\nDisplays, Power Units, Managed Services\n"
    )
    found = {(s.dimension, s.segment_name) for s in extract_segments(text)}
    assert ("application", "Pharmaceuticals") in found and ("component", "Managed Services") in found
    # a long sentence after a heading is not a list
    prose = "By Application\n\nAutomotive buyers, who value durability, drove most of the demand in 2024, they said.\n"
    assert extract_segments(prose) == []


def test_ampersand_joins_a_name_and_a_last_and_separates_names() -> None:
    assert split_items("Upgrades, Refills, and Kits & Reagents") == ["Upgrades", "Refills", "Kits & Reagents"]
    assert split_items("Oil & Gas, Food & Beverage, Energy & Utilities") == [
        "Oil & Gas",
        "Food & Beverage",
        "Energy & Utilities",
    ]
    assert split_items("Large Enterprises and Small & Medium Enterprises") == [
        "Large Enterprises",
        "Small & Medium Enterprises",
    ]
    assert split_items("Hospitals, Clinics and Laboratories") == ["Hospitals", "Clinics", "Laboratories"]
    assert split_items("Food and Beverage Packaging") == ["Food and Beverage Packaging"]


def test_a_comma_inside_parentheses_does_not_split_a_segment() -> None:
    """Real lists name a segment with its examples in parentheses: one segment, not three pieces of it."""
    packaging = {name for _, name in segments("g0v_vxje4QmdTCqxP7KiA35pOw.md")}
    assert "Others (Stick pack, Sachets, etc.)" in packaging
    assert not {"Others (Stick pack", "Sachets", "etc.)"} & packaging
    devices = {name for _, name in segments("g0v_yydV9TVcSSia_2NGtWIBYw.md")}
    assert "Medical (Prosthetics & Implants, Surgical Instruments)" in devices
    assert "Surgical Instruments)" not in devices
    assert split_items("Tablets, Powders (bulk, sachets), and Liquids") == [
        "Tablets",
        "Powders (bulk, sachets)",
        "Liquids",
    ]
    assert split_items("Rigid (PET, HDPE), Flexible") == ["Rigid (PET, HDPE)", "Flexible"]
    assert split_items("Hospitals (public), Clinics") == ["Hospitals (public)", "Clinics"]


def test_a_name_cut_inside_parentheses_is_not_a_segment() -> None:
    """A byline ("By Kyle Anthony, Benzinga") reads as a "By ..." heading, but the company sentence under it gives
    no segment "MAIA Biotechnology (AMEX" ("MAIA Biotechnology (AMEX: MAIA) is ..."): no listed name that leaves a
    parenthesis open is one."""
    assert segments("press-release-archive_maia-biotechnology-s-unique-telomere-targeting-agent-current.md") == set()
    found = {(s.dimension, s.segment_name) for s in extract_segments("By Type\nPowders (bulk\nLiquids\nGels")}
    assert found == {("type", "Liquids"), ("type", "Gels")}
