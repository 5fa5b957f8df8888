"""Segments and their dimensions on real documents."""

from __future__ import annotations

import json

import pytest

from loaders.clean import clean
from loaders.extract.document import extract_document
from loaders.extract.segments import extract_segments, heading_dimension, normalize_dimension, split_items
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import cleaned

WRITTEN = REPO_ROOT / "tests" / "written"


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


def _written(name: str) -> tuple[set[tuple[str, str]], list[str]]:
    """((dimension, segment) found in a written document, as the loader finds them; its labelled segments)."""
    path = WRITTEN / "docs" / name
    found = {(s.dimension, s.segment_name) for s in process_file(path, 10**8).facts.segments}
    label = json.loads((WRITTEN / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return found, [segment for names in label["segments"].values() for segment in names]


@pytest.mark.parametrize(
    "name",
    [
        "wc13-cyber-insurance-market.md",  # "segments the market by coverage type (a, b), by component (c, d) and ..."
        "wc05-negative-pressure-wound-therapy-devices-market.html",  # "by product (...), wound type (...) and ..."
        "wc22-specialty-silica-market.txt",  # "... (rubber, ..., battery separators and semiconductors)"
        "wc03-warehouse-robotics-market.html",  # "By Robot Type: A, B, ..." past 160 characters
        "wc24-gan-charger-market.txt",  # "By power output: Below 30 W, 30 W to 65 W, ..."
        "wc14-robotic-lawn-mower-market.md",  # a table: "By Boundary Technology" | "Perimeter Wire, ..."
        "wc17-photoresist-market.md",  # a table, then "Revenue forecasts by type, tone, application and ..."
        "wc18-freight-audit-and-payment-market.md",  # lists, then "Regions: North America, Europe, ..."
        "wc08-biostimulants-market.html",  # "Segmented by Form (Amino Acids, Fulvic Acid, ...)"
        "wc01-plant-based-cheese-market.html",  # "by Distribution Channel (Revenue, USD Million, 2018 - 2030)"
        "wc06-industrial-enzymes-market.html",  # a menu: "By Subject", "By Industry", "Contact Us"
        "wc11-green-ammonia-market.md",  # "Segments covered | By Technology, By End Use, By Region"
        "w2-14-bio-based-polyurethane-market.md",  # "Product Type Outlook (Revenue, USD Million; 2019-2032)"
        "w2-26-railcar-leasing-market.txt",  # "Railcar Type: Tank Cars, Covered Hoppers, ..."
        "w2-12-digital-pathology-market.md",  # a table "Segment | Sub-segment", cells "Scanners; Software; ..."
        "w2-15-lithium-ion-battery-recycling-market.md",  # "Segmentation 2: by Battery Chemistry", "...: by Region"
        "w2-17-thermoplastic-composites-market.md",  # "... Market by Fiber Type [Value from 2019 to 2031]:"
        "wc07-embedded-finance-market.html",  # a table whose last row is "By Region | North America, Europe, ..."
        "w2-22-refurbished-medical-equipment-market.txt",  # a table, then "Countries: US, Canada, Germany, ..."
        # "By Material (Silicone Hydrogel, ...)"; "Based on distribution channel, retail optical stores held the
        # largest share, followed by e-commerce and ..."; "Based on region, the market has been classified into ..."
        "w5-11-contact-lenses-market-analysis.html",
        "w3-26-gcc-water-desalination.txt",  # "   By Technology:   Reverse Osmosis (RO) | …", read as a table's row
        "w16-01-healthcare-rcm-outsourcing.html",  # "Service Type Outlook (Revenue, USD Billion; 2020-2033)"
        # "Based on Expression System, market is studied across A, B, …. The B is further studied across C and D."
        "w16-14-protein-expression-services.html",
    ],
)
def test_every_segment_of_a_written_document_and_no_other(name: str) -> None:
    """Documents written for the project (tests/written): the segments their labels hold, whatever their
    dimension's name, and no other."""
    found, labelled = _written(name)
    assert {segment for _, segment in found} == set(labelled)


def test_a_segment_list_in_a_report_s_sentence() -> None:
    """ "By product type, the report covers A, B, ...", "Based on Deployment, the market is segmented into Cloud-based
    and On-premise" (written documents)."""
    fertilizer, _ = _written("wc27-india-organic-fertilizer-market.txt")
    assert {("type", "vermicompost"), ("type", "city compost"), ("type", "plantation crops")} <= fertilizer
    delivery, _ = _written("wc23-last-mile-delivery-software-market.txt")
    assert {("deployment", "Cloud-based"), ("deployment", "On-premise")} <= delivery
    assert split_items("Cloud-based and On-premise") == ["Cloud-based", "On-premise"]
    assert split_items("Cloud · Self-hosted; Hybrid") == ["Cloud", "Self-hosted", "Hybrid"]
    section = {name.lower() for _, name in _written("w2-06-spinal-cord-stimulation-devices-market.html")[0]}
    assert {"non-rechargeable scs devices", "complex regional pain syndrome", "specialty pain clinics"} <= section
    assert extract_segments("Revenue by application (USD Million, 2020-2030) is shown in the table.") == []


def test_numbered_headings_and_lists_of_semicolons() -> None:
    """Written documents: "2) By Phase: Phase I; Phase II; …" (a numbered heading, a dimension of any name), "By
    Service: …; Packaging, Labeling And Blinding; Manufacturing; …" (semicolons between items that hold commas),
    "Check-in, screening and loading; Conveying and sorting; Unloading and reclaim"; a single semicolon still ends
    a clause ("… and Above 150 °C units; the high-temperature class …")."""
    found = {
        (s.dimension, s.segment_name)
        for s in process_file(WRITTEN / "docs" / "w3-25-clinical-trial-supply-logistics.txt", 10**8).facts.segments
    }
    assert {("phase", "Phase I"), ("phase", "Phase IV"), ("service", "Packaging, Labeling And Blinding")} <= found
    assert ("logistics and distribution", "Non-Cold Chain Distribution") in found
    assert not {name for _, name in found} & {"Packaging", "Labeling And Blinding"}
    assert split_items("Check-in, screening and loading; Conveying and sorting; Unloading and reclaim") == [
        "Check-in, screening and loading",
        "Conveying and sorting",
        "Unloading and reclaim",
    ]
    assert split_items("Up to 100 °C, 100–150 °C and Above 150 °C units; the class")[0] == "Up to 100 °C"


def test_a_sentence_that_splits_the_market_by_each_dimension_into_its_segments() -> None:
    """Written documents: "segments the market by function into herbicide, …, and by crop type into commercial
    crops, …"; "the report distinguishes Specialist Dealers, …; specialist dealers still dominate" (to the
    semicolon)."""
    crops = {
        (s.dimension, s.segment_name)
        for s in process_file(WRITTEN / "docs" / "w3-09-brazil-crop-protection.html", 10**8).facts.segments
    }
    assert {("function", "herbicide"), ("function", "nematicide"), ("type", "turf & ornamental")} <= crops
    bikes = {
        (s.dimension, s.segment_name)
        for s in process_file(WRITTEN / "docs" / "w3-05-germany-e-bike.html", 10**8).facts.segments
    }
    assert {("type", "City/Urban"), ("type", "Others"), ("sales channel", "Specialist Dealers")} <= bikes
    assert not any("dominate" in name for _, name in bikes)


def test_a_segmentation_numbered_as_a_contents_page_under_its_sentence() -> None:
    """A written release in plain text: "… market report extensively covers market segmentation by" over "1. End-user",
    "1.1 Retail and e-commerce", …, "2. Type", "2.1 Synergy plus operating model", …, "3. Geography" (the coverage)."""
    facts = process_file(WRITTEN / "docs" / "w20-03-fourth-party-logistics-4pl.txt", 10**8).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {
        ("End-user", "Retail and e-commerce"),
        ("End-user", "Others"),
        ("Type", "Solution integrator model"),
    } <= found
    assert not {name for _, name in found} & {"North America", "APAC"}


def test_a_dimension_s_label_with_its_note_in_brackets_over_its_list() -> None:
    """A written report page: "Resin Type [Value from 2019 to 2033]:" over "LDPE", "LLDPE", … (as "Crop Type […]:");
    "Region [Value from 2019 to 2033]:" over the coverage."""
    facts = process_file(WRITTEN / "docs" / "w20-12-agricultural-greenhouse-film.html", 10**8).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {("Resin Type", "LDPE"), ("Resin Type", "EVA"), ("Crop Type", "Flowers & Ornamentals")} <= found
    assert "North America" not in {name for _, name in found}


def test_key_takeaways_under_a_dimension_s_label_name_no_segments() -> None:
    """A written report page: "By Material: Rubber dominated; Steel Cord is the fastest-growing material.", "By End-Use
    Industry: Mining held the largest share; Logistics & Warehousing is expanding fastest." (the segments are listed
    elsewhere); "By deployment mode: cloud-based, on-premises and hybrid. Cloud-based delivery accounted for …" lists
    them."""
    belts = process_file(WRITTEN / "docs" / "w21-04-conveyor-belt-report-page-copy.html", 10**8).facts.segments
    names = {s.segment_name for s in belts}
    assert {"Rubber", "Steel Cord", "Mining"} <= names and not [n for n in names if " is " in n or " held " in n]
    assert "Rubber dominated" not in names
    mdr = process_file(WRITTEN / "docs" / "w5-22-managed-detection-response.txt", 10**8).facts.segments
    assert "cloud-based" in {s.segment_name for s in mdr}


def test_a_contents_page_s_next_chapter_after_a_chapter_by_a_dimension() -> None:
    """A written release's "TABLE OF CONTENT (PART)": "5 Market of Adhesive Labels by Application" over "6 Regional
    Analysis", "7 Company Profiles": chapters, no segments of the application."""
    labels = process_file(WRITTEN / "docs" / "w21-17-self-adhesive-labels.txt", 10**8).facts.segments
    names = {s.segment_name for s in labels}
    assert "Food & Beverage" in names and not {"6 Regional Analysis", "7 Company Profiles"} & names


def test_a_scope_table_s_cell_of_dimensions_parted_by_middle_dots() -> None:
    """A written release's table: "Segments | Product type: Cart-Based Systems, …, Handheld Devices · Application:
    Emergency Medicine, … · End user: Hospitals, …" (a cell longer than a label's line)."""
    facts = process_file(WRITTEN / "docs" / "w21-12-point-of-care-ultrasound-company-release.html", 10**8).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {("Product type", "Handheld Devices"), ("Application", "Cardiology"), ("End user", "Hospitals")} <= found


def test_a_clause_after_a_list_of_segments_is_none_of_them() -> None:
    """Written releases: "…, while identity security is the fastest-growing, projected at a 29.6% CAGR through 2032"
    and "…, while lyophilized ODTs command the highest price per unit" after their lists."""
    for name in ("w5-22-managed-detection-response.txt", "w18-20-odt-cdmo-company-release.md"):
        names = {s.segment_name for s in process_file(WRITTEN / "docs" / name, 10**8).facts.segments}
        assert not [n for n in names if n.startswith(("while ", "projected "))], name


def test_an_article_s_byline_is_no_dimension() -> None:
    """ "By Meg Flippin, Benzinga" over an image's caption (a real release), "By Jonah Carrow, …" over a trade article's
    sections (a written one): bylines, no dimensions of segments."""
    real = REAL_DOCS / (
        "press-release-archive_how-dunamis-charge-is-helping-shape-the-future-of-ev-charging-infrastructure-through-its-w.md"
    )
    assert not process_file(real, 10**8).facts.segments
    survey = process_file(WRITTEN / "docs" / "w17-14-3pl-warehousing-survey.html", 10**8).facts.segments
    assert "Dive Brief" not in {s.segment_name for s in survey}


def test_a_dimension_s_segments_between_dashes_and_two_in_parentheses() -> None:
    """Written releases: "Harbour Point splits the market by container type — dry containers, refrigerated (reefer)
    containers, tank containers and special containers — and by lease type (…)", "Calloway breaks demand down by
    application — batteries, superalloys, … — and expects …"; "by molecule type (biologics and small molecules)"."""

    def found(name: str) -> set[tuple[str, str]]:
        facts = process_file(WRITTEN / "docs" / name, 10**8).facts
        return {(s.dimension_as_written, s.segment_name) for s in facts.segments}

    leasing = found("w22-09-container-leasing-newsletter-spotlight.md")
    assert {("container type", "refrigerated (reefer) containers"), ("lease type", "finance lease")} <= leasing
    assert ("application", "superalloys") in found("w22-13-cobalt-market-overview-portal.html")
    driven = "Growth is driven by rising demand — from hospitals, clinics and labs — in Asia."
    assert not extract_segments(driven)  # no segmentation stated before the dashes
    assert {("molecule type", "biologics"), ("molecule type", "small molecules")} <= found(
        "w17-05-european-fill-finish-expansion.txt"
    )


@pytest.mark.parametrize("count", ["four segments", "3 categories", "five service segments"])
def test_a_count_of_segments_the_market_is_split_into_is_none_of_them(count: str) -> None:
    text = f"The study divides the market by service type into {count}:\n\n- Core banking\n- Data centres\n"
    found = [(s.dimension_as_written, s.segment_name) for s in extract_document(clean(text, ".md")).segments]
    assert found == [("service type", "Core banking"), ("service type", "Data centres")]


def test_labels_in_a_column_with_their_segments_parted_by_pipes() -> None:
    """A written release in plain text: "   By Technology:   Reverse Osmosis (RO) | Multi-Stage Flash (MSF) |" wrapped
    under its value's column ("                    Multi-Effect Distillation (MED) | Others"); a report's prices
    ("Single User: USD 4,250 | Corporate: USD 7,050") are no dimension with segments."""
    water = {
        (s.dimension, s.segment_name)
        for s in process_file(WRITTEN / "docs" / "w3-26-gcc-water-desalination.txt", 10**8).facts.segments
    }
    assert {("technology", "Multi-Effect Distillation (MED)"), ("technology", "Others")} <= water
    assert ("source", "Seawater") in water
    ferment = process_file(WRITTEN / "docs" / "w2-03-precision-fermentation-ingredients-market.html", 10**8)
    assert "Segmentation Snapshot" not in {s.segment_name for s in ferment.facts.segments}


def test_a_list_of_dimensions_each_over_a_list_of_its_segments() -> None:
    """A written document: "The market is segmented across the following parameters:" then a numbered list whose
    items ("**Type of Peptide**", "**Scale of Operation**", …) each hold the list of their segments; the regions'
    item after them ("Key Geographical Regions") holds none, nor does a nested list no "segment" precedes."""
    peptides = {
        (s.dimension, s.segment_name)
        for s in process_file(WRITTEN / "docs" / "w3-19-peptide-cdmo.md", 10**8).facts.segments
    }
    assert {("type of peptide", "Generic Peptides"), ("scale of operation", "Commercial")} <= peptides
    assert ("therapeutic area", "Metabolic Disorders") in peptides
    assert "North America" not in {name for _, name in peptides}
    menu = "# Widget Market\n\nRead next:\n\n1. **Consulting**\n   1. Strategy\n   2. Pricing\n   3. Sourcing\n"
    assert extract_document(clean(menu, ".md")).segments == []


def test_a_title_that_lists_dimensions_by_their_names_is_no_heading() -> None:
    """A written page's report title "… Forecast by Component, Application, and Region, 2025-2033" names the
    dimensions: the lines after it ("Report Format: PDF+Excel | …", "Market Overview:") are no segments."""
    battery = process_file(WRITTEN / "docs" / "w3-06-vanadium-redox-flow-battery.html", 10**8).facts
    assert not {s.segment_name for s in battery.segments} & {"Report Format", "Market Overview"}


def test_a_sentence_under_a_dimension_s_heading_and_lists_that_other_sections_follow() -> None:
    """Written documents: "By Radioisotope" over "By radioisotope, the market covers Technetium-99m, …", "By End
    User" over "End users include Hospitals, …"; a table right under "… market by growth mechanism" (its header no
    segment); a list of regions over their countries after the segmentation's lists, and a table after them headed
    "Offering | Share of 2024 revenue | CAGR 2024–2032", hold no segment."""
    found, _ = _written("w5-02-radiopharmaceuticals-market-report.html")
    assert {("radioisotope", "Technetium-99m"), ("radioisotope", "Others"), ("end user", "Hospitals")} <= found
    assert {("application", "Oncology"), ("end user", "Academic & Research Institutes")} <= found
    found, _ = _written("w5-08-vertical-farming-newswire.html")
    assert {"Hydroponics", "Aeroponics", "Aquaponics"} <= {name for _, name in found}
    assert not {"Growth mechanism", "Share, 2024", "CAGR 2025–2032"} & {name for _, name in found}
    assert ("end user", "Hardware") not in _written("w5-17-quantum-computing.md")[0]
    for name in ("w5-17-quantum-computing.md", "w5-14-pet-supplements-market.md"):
        names = {segment for _, segment in _written(name)[0]}
        assert not {"US", "U.S", "Canada", "China", "Japan", "Offering", "Share of 2024 revenue"} & names, name


def test_a_segment_s_share_is_no_part_of_it_nor_are_the_sections_after_the_lists() -> None:
    """Written documents: "Pale ales and XPAs – 34.0% of revenue", "Oil & Gas (39%)" name the segments before their
    shares; "Leading ingredient: vitamins, with 38.6% of 2024 revenue" names no segment "with 38.6% …"; the
    companies ("Companies assessed") and the regions ("Regions covered") after a segmentation's lists are none of
    its segments, while "Companion Animals" is one."""
    beer = {name for _, name in _written("w5-16-australia-craft-beer.md")[0]}
    assert {"Pale ales and XPAs", "Lagers and pilsners"} <= beer and not any("%" in name for name in beer)
    ccs = {name for _, name in _written("w5-13-carbon-capture-storage-outlook.md")[0]}
    assert not any("%" in name for name in ccs)
    gummies = {name for _, name in _written("w5-18-nutraceutical-gummies.md")[0]}
    assert not any(name.startswith(("with ", "at ")) for name in gummies)
    meat = {name for _, name in _written("w5-06-cultivated-meat-amp.html")[0]}
    assert not {"Companies assessed", "UPSIDE Foods", "BlueNalu"} & meat
    drones = {name for _, name in _written("w4-12-anti-drone-systems.html")[0]}
    assert not {"Regions covered", "North America"} & drones
    assert "Companion Animals" in {name for _, name in _written("w2-02-veterinary-telehealth-market.html")[0]}


def test_weight_classes_under_their_label_and_names_with_a_note_are_short() -> None:
    """A written page: "Package Weight: Less than 2 kg, 2 kg to 5 kg, Above 5 kg" lists segments of a weight; a
    note in parentheses does not make a name long ("Battery Electric Drive (lithium-ion battery packs)")."""
    names = {name for _, name in _written("w5-19-drone-package-delivery.md")[0]}
    assert {"Less than 2 kg", "2 kg to 5 kg", "Above 5 kg"} <= names
    found = extract_segments("Propulsion: Battery Electric Drive (lithium-ion battery packs), Hydrogen Fuel Cell")
    assert {s.segment_name for s in found} == {
        "Battery Electric Drive (lithium-ion battery packs)",
        "Hydrogen Fuel Cell",
    }


def test_groups_in_parentheses_after_segments_the_market_and_a_title_s_capitalised_by() -> None:
    """Written documents: "The study segments the market by orbit (GEO, MEO, LEO), by service type (VSAT, Mobile
    Satellite Services (MSS), Value-added Services) and by vessel type (…)": every group is a dimension, whatever
    its name, an item may hold an abbreviation in parentheses, and "Value-added Services" is no unit note; a title's
    "… Analysis Report By Material (Mineral Wool, …), By End Use (Residential, …)" and "By Type (File Streaming and
    Video Streaming)" name their segments, split at their "and"; "by type into ready-to-drink (RTD)" is no group."""
    satcom = {name for _, name in _written("w2-23-maritime-satellite-communications-market.txt")[0]}
    assert {"GEO", "LEO", "VSAT", "Mobile Satellite Services (MSS)", "Value-added Services", "Merchant"} <= satcom
    panels = _written("w4-15-acoustic-panels.md")[0]
    assert {("material", "Mineral Wool"), ("material", "Fabric"), ("end use", "Residential")} <= panels
    gaming = {name for _, name in _written("w5-09-cloud-gaming-market-size.html")[0]}
    assert {"File Streaming", "Video Streaming"} <= gaming and "File Streaming and Video Streaming" not in gaming
    coffee = {name for _, name in _written("w5-23-cold-brew-coffee.txt")[0]}
    assert "RTD" not in coffee and {"concentrate", "online retail"} <= coffee


def test_a_text_s_labels_over_lists_wrapped_under_them() -> None:
    """A written text: "Product type:" over two indented lines of its list, then "Distribution channel:" and
    "Consumer group:" over theirs; the label after a list opens the next one (not a wrap of the list's last line)
    and a group of consumers is a dimension."""
    found = _written("w2-27-gcc-sports-nutrition-market.txt")[0]
    assert {
        ("type", "Weight Management Products"),
        ("distribution channel", "Specialty Stores"),
        ("consumer group", "Lifestyle Users"),
    } <= found
    assert not any(name.endswith(("Channel", "channel", "group")) for _, name in found)


def test_a_post_s_lines_marked_with_symbols_are_lines_of_their_own() -> None:
    """A written post's "▸ **Application:** infectious disease vaccines · cancer immunotherapies · …" lines, one
    under another: each labels its own segments, none runs into the next."""
    found = _written("w6-10-mrna-cdmo-linkedin-post.md")[0]
    assert {("application", "infectious disease vaccines"), ("application", "gene editing")} <= found
    assert any(name == "commercial" for _, name in found)


def test_a_ruled_table_of_dimensions_over_their_segments() -> None:
    """Written documents: a Word export's grid table "Dimension | Segments" whose cells hold one segment a paragraph
    ("By method" over "Ethylene Oxide (EO)", a blank line, "Gamma Irradiation", …), and an e-mail's quoted text
    table under "Segmentation covered" with a cell wrapped over two lines; a text's "SEGMENTATION COVERED" lists end
    at its "COMPETITIVE LANDSCAPE"."""
    sterilization = _written("w6-12-contract-sterilization-services-docx-export.md")[0]
    assert {
        ("method", "Ethylene Oxide (EO)"),
        ("method", "Gamma Irradiation"),
        ("method", "Steam & Other"),
    } <= sterilization
    ems = _written("w6-14-ems-market-email-thread.txt")[0]
    assert {("service", "Logistics services"), ("end user", "Healthcare"), ("end user", "Aerospace and defense")} <= ems
    ayurveda = {name for _, name in _written("w4-03-india-ayurvedic-products.txt")[0]}
    assert "Online" in ayurveda and "COMPETITIVE LANDSCAPE" not in ayurveda


def test_a_sentence_that_opens_with_its_dimension_and_a_dash() -> None:
    """A written interview: "By dosage form — creams, ointments, gels, lotions, foams, and others such as pastes and
    medicated shampoos. By service — formulation development, …. And by end user — pharmaceutical companies, …"; not
    a figure's cause set off by a dash ("driven by demand — mostly from …")."""
    found = _written("w6-20-topical-drug-cdmo-analyst-interview.md")[0]
    assert {("dosage form", "creams"), ("dosage form", "others"), ("service", "commercial manufacturing")} <= found
    assert ("end user", "emerging dermatology biotechs") in found
    text = "Sales rose, driven by demand — mostly from clinics, hospitals and homes."
    assert not extract_segments(text)
    text = "By contrast — the market for refills grew. By region — North America, Europe and Asia Pacific."
    assert not extract_segments(text)  # no list after the first dash; places after the second


def test_segments_an_analyst_says_we_split_or_look_at() -> None:
    """Written interviews: "By molecule, we split monoclonal antibodies, recombinant proteins such as insulin
    analogues, …, and others. By service, we look at process development, …" (a segment's examples after "such as"
    no part of its name), and a podcast's "We split it by product: paddles, balls, nets, …"."""
    biosimilars = _written("w6-06-biosimilars-cdmo-analyst-interview.html")[0]
    assert {
        ("molecule", "monoclonal antibodies"),
        ("molecule", "recombinant proteins"),
        ("service", "fill-finish"),
    } <= biosimilars
    assert not any("such as" in name for _, name in biosimilars)
    pickleball = {name for _, name in _written("w6-07-pickleball-equipment-podcast-transcript.html")[0]}
    assert {"paddles", "balls", "nets", "apparel and footwear"} <= pickleball


def test_groups_in_parentheses_after_breaks_the_market_down_by() -> None:
    """Written pages: "Our report breaks the market down by packaging level (primary packaging, secondary
    packaging), by dosage form (…) and by service stage (commercial packaging, clinical trial packaging)", whatever
    the dimensions' names; "The report breaks the market down by flavor (Original and Flavored), by type (…)"."""
    found, _ = _written("w6-02-pharma-contract-packaging-estimates-compared.html")
    assert {
        ("packaging level", "primary packaging"),
        ("service stage", "clinical trial packaging"),
        ("dosage form", "inhalation & nasal"),
    } <= found
    found, _ = _written("w3-04-kombucha.html")
    assert {("flavor", "Original"), ("flavor", "Flavored")} <= found


def test_groups_in_title_case_after_is_segmented_by() -> None:
    """Written report pages: "The Report … is Segmented by Service Type (Case Processing, …), Product Life Cycle
    (Pre-clinical, Phase I, …), End User (…) and Geography (North America, …)" (the last one the coverage, not a
    segment); "Water Smart Meter Market by Meter Type (Electromagnetic Meter, …), Technology (…)"."""
    found, labelled = _written("w7-18-pharmacovigilance-outsourcing-report-cards.html")
    assert {segment for _, segment in found} == set(labelled)
    found, _ = _written("w3-10-water-smart-meter.html")
    assert {"Electromagnetic Meter", "Mechanical Meter", "Advanced Metering Infrastructure (AMI)"} <= {
        segment for _, segment in found
    }


def test_a_sentence_opened_by_a_dimension_and_a_colon() -> None:
    """Written documents: a newsletter's "Segments. By type: automated liquid handlers; …; software & informatics.
    By end user: …" and a text brief's "By organization size: large enterprises and small and medium-sized
    enterprises (SMEs)." (a last item "small and medium-…": the list's "and" is the first)."""
    found, labelled = _written("w7-05-lab-automation-newsletter-digest.html")
    assert {segment for _, segment in found} == set(labelled)
    found, _ = _written("w5-22-managed-detection-response.txt")
    assert {
        ("organization size", "large enterprises"),
        ("organization size", "small and medium-sized enterprises (SMEs)"),
        ("service model", "co-managed MDR"),
    } <= found
    text = "Coverage. By region: North America, Europe and Asia Pacific. By type: cloud."
    assert extract_segments(text, [], [], []) == []  # the coverage, and a list of one


def test_a_dimension_named_in_the_plural_with_its_count_or_covered_are() -> None:
    """Written documents: "The report analyses three lift technologies: vectored thrust, multirotor, and lift plus
    cruise.", "Applications covered are air taxi, cargo & logistics, …, and military.", "By application, the
    Association reports five groups: landfills and mining; roads and railways; …; and agriculture and aquaculture."
    (items with "and" inside, parted by semicolons); not "three reasons: …" (no dimension) nor a list of one."""
    found, _ = _written("w7-03-evtol-aircraft-chart-microdata.html")
    assert {("lift technology", "lift plus cruise"), ("application", "air ambulance & medical emergency")} <= found
    found, _ = _written("w6-22-european-geosynthetics-statistics-bulletin.md")
    assert {("group", "landfills and mining"), ("group", "agriculture and aquaculture")} <= found
    text = "Buyers cite three reasons: price, speed and service. It covers two applications: cloud."
    assert extract_segments(text, [], [], []) == []
    text = "The study is global. End users covered include hospitals, clinics and laboratories."
    assert {s.segment_name for s in extract_segments(text, [], [], [])} == {"hospitals", "clinics", "laboratories"}


def test_a_contents_page_s_sections_under_a_dimension() -> None:
    """Written report pages with their contents: "6 Smart Ring Market, By Operating System" over "6.1 Overview",
    "6.2 iOS-compatible", …: each segment without its section's number, and no "Overview" or "Introduction"."""
    found, labelled = _written("w6-19-smart-ring-report-toc.html")
    assert {segment for _, segment in found} == set(labelled)
    found, _ = _written("w6-09-subsea-power-cables-report-toc.html")
    names = {segment for _, segment in found}
    assert {"HVAC", "HVDC"} <= names and "Introduction" not in names
    assert not any(name[:1].isdigit() and name[1:3].lstrip("0123456789")[:1] == "." for name in names)


def test_a_section_of_the_method_among_a_contents_page_s_segments() -> None:
    """A written report page's contents: "5. MARKET, BY TECHNOLOGY" over "5.1 Mammalian", "5.2 Microbial", "5.3 Other
    Expression Systems" and "5.4 Data Triangulation and Validation", a section of the method, no segment; nor is "5.4
    Research Methodology"."""
    found, labelled = _written("w19-08-bioprocess-development-outsourcing.txt")
    assert {segment for _, segment in found} == set(labelled)
    text = "5. MARKET, BY TECHNOLOGY\n5.1 Mammalian\n5.2 Microbial\n5.3 Research Methodology\n"
    assert {s.segment_name for s in extract_segments(text, [], [], [])} == {"Mammalian", "Microbial"}


@pytest.mark.parametrize("chapter", ["6. APPENDIX", "6. Glossary", "7 Company Profiles"])
def test_a_contents_page_s_next_chapter_ends_its_numbered_segments(chapter: str) -> None:
    """ "5.1 Mammalian", "5.2 Microbial", then "6. APPENDIX": the next chapter of the contents, no segment."""
    text = f"5. MARKET, BY TECHNOLOGY\n   5.1 Mammalian\n   5.2 Microbial\n\n{chapter}\n   6.1 Terms\n"
    assert {s.segment_name for s in extract_segments(text, [], [], [])} == {"Mammalian", "Microbial"}


@pytest.mark.parametrize("section", ["3. REGIONS", "APPENDIX", "1. Introduction"])
def test_a_document_s_numbered_section_after_a_list_of_segments_is_none(section: str) -> None:
    """Written documents: a data brief's table of shares by type, then its chapter "3. REGIONS"; a paper's keywords
    ending "quality by design", then "1. Introduction": a section's heading, no segment."""
    text = f"By Type\nRed seaweed\nBrown seaweed\n\n{section}\n\nThe market is spread over three continents.\n"
    assert {s.segment_name for s in extract_segments(text, [], [], [])} == {"Red seaweed", "Brown seaweed"}
    seaweed, _ = _written("w6-25-commercial-seaweed-data-brief.txt")
    microneedles, _ = _written("w11-05-microneedle-review-intro.txt")
    assert not {name for _, name in seaweed | microneedles if name[:1].isdigit()}


def _segments_of(name: str) -> list[tuple[str, str]]:
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts
    return [(s.dimension_as_written, s.segment_name) for s in facts.segments]


def test_a_slide_s_title_ends_the_segments_of_the_slide_before() -> None:
    """Written slide decks: "By Sales Channel" over "Online", "Specialty Pool Retailers", "Mass Merchants", then the
    next slide's title "Cordless is the growth engine" (a clause) and its bullets: no segments; "Segmentation
    (continued)" heads the next slide, no segment either. A report-scope table ("Segments covered") ends at the
    next slide's "Technology: closed loop gains share"."""
    pools = _segments_of("w7-24-robotic-pool-cleaners-slide-deck.txt")
    assert [name for dim, name in pools if dim == "Sales Channel"] == [
        "Online",
        "Specialty Pool Retailers",
        "Mass Merchants",
    ]
    assert not {name for _, name in pools} & {"Cordless is the growth engine", "Segmentation (continued)"}
    scrubbers = _segments_of("w7-12-marine-scrubber-webinar-slides.txt")
    assert not [name for _, name in scrubbers if "keep spreading" in name or name.startswith("Technology")]
    assert not {name for _, name in scrubbers} & {
        "Installation: retrofit still dominates",
        "Retrofit revenue 2024: USD 4.1 Bn",
    }


def test_a_dimension_then_the_market_is_categorized_into_over_its_list() -> None:
    """Written pages: "On the basis of robot type, the market is categorized into:" over a numbered list gives the six
    robot types; "By end use, the market is divided into:" over "(a) Residential", … gives the names without their
    letters. A real release's "by category and largest subcategories, the projected totals are:" heads no list."""
    robots = _segments_of("w2-20-japan-nursing-care-robots-market.md")
    assert [name for dim, name in robots if dim == "robot type"] == [
        "Monitoring & Communication Robots",
        "Transfer Assist Robots",
        "Mobility Assist Robots",
        "Excretion Support Devices",
        "Bathing Assist Devices",
        "Wearable Assist Suits",
    ]
    precast = _segments_of("w5-21-precast-concrete.txt")
    assert [name for dim, name in precast if dim == "end use"] == ["Residential", "Non-Residential", "Infrastructure"]
    spend = process_file(
        REAL_DOCS
        / "press-release-archive_hg-insights-unveils-new-it-spend-report-the-ultimate-2025-b2b-market-forecast.md",
        10**8,
    ).facts
    assert "Client Computing" not in {s.segment_name for s in spend.segments}
    sentences = "By form, the market is divided into Liquid, Gel and Paste.\n"
    sentences += "By application, the market is divided into Food and Feed.\n"
    assert ("form", "Food") not in {(s.dimension_as_written, s.segment_name) for s in extract_segments(sentences)}


def test_a_sentence_before_a_colon_is_no_dimension_s_label() -> None:
    """A written X thread: "Numbers people mix up with market size (they are NOT market size):" over a list of
    prices and company sales names no dimension (more words than a label has)."""
    thread = _segments_of("w8-24-anti-obesity-drugs-x-thread.txt")
    assert not [name for dim, name in thread if dim.startswith("Numbers people")]


def test_a_page_s_details_are_no_segments() -> None:
    """Written pages: "ID: MRFR/HC/10472-HCR | 185 Pages | …", "Report Code: VMA-EP-4417 | Published: …", "March 2025
    · 186 Pages · ID: 5891234", "Published 17 November 2025, 08:15 AST | Updated 11:40 AST" under or beside a
    segmentation give no segment."""
    details = {"ID", "Report Code", "186 Pages", "March 2025", "Published 17 November 2025", "08:15 AST"}
    for name in (
        "w5-02-radiopharmaceuticals-market-report.html",
        "w4-09-fuel-cell-forklifts.html",
        "w6-09-subsea-power-cables-report-toc.html",
        "w5-24-saudi-arabia-construction-equipment.txt",
    ):
        assert not {segment for _, segment in _segments_of(name)} & details, name


def test_a_sentence_after_a_dimension_s_label_lists_no_segments() -> None:
    """A written text-browser page: "By Component: Hardware held the largest share, 62.4%, in 2023, because steel
    structures, lifts and shuttles make up most of a project's cost." is a sentence about a dimension, no list
    ("in 2023", "because steel structures" are no segments); "By microorganism: yeast, fungi, bacteria, and algae.
    Yeast hosts such as …" lists its segments before its next sentence."""
    dump = process_file(REPO_ROOT / "tests/written/docs/w9-28-automated-parking-systems-lynx-dump.txt", 10**8).facts
    assert not {"in 2023", "Hardware held the largest share", "Palletized systems lead today"} & {
        s.segment_name for s in dump.segments
    }
    page = process_file(REPO_ROOT / "tests/written/docs/w2-03-precision-fermentation-ingredients-market.html", 10**8)
    assert {"yeast", "fungi", "bacteria"} <= {s.segment_name for s in page.facts.segments}


def test_a_dimension_s_word_before_one_note_in_parentheses_lists_no_segments() -> None:
    """ "Source (edition)" heading a written paper's table column, "Contact Center as a Service (CCaaS)" in a written
    page's title: a note in parentheses after a dimension's word is no list of its segments; two items are."""
    for name, note in (
        ("w9-08-medical-device-software-outsourcing-ic-paper.md", "edition"),
        ("w3-11-ccaas.html", "CCaaS"),
    ):
        segments = {s.segment_name for s in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.segments}
        assert note not in segments, name
    page = "# Widget Market\n\nThe report covers each Type (Hardware, Software) of widget.\n"
    assert {"Hardware", "Software"} <= {s.segment_name for s in extract_document(clean(page, ".md")).segments}


def test_an_e_mail_s_content_type_header_lists_no_segments() -> None:
    """A written mailing-list digest keeps each message's headers: "Content-Type: text/plain; charset="us-ascii"" is
    no dimension over segments."""
    digest = process_file(REPO_ROOT / "tests/written/docs/w9-30-cleaning-validation-mailing-list-digest.txt", 10**8)
    assert not {"text/plain", 'charset="us-ascii"'} & {s.segment_name for s in digest.facts.segments}


def test_a_rank_by_a_measure_heads_no_segmentation() -> None:
    """A written wiki export's competitors table, read a cell to a line: "market leader by capacity" over the next
    rows' cells ("Thermo Fisher Scientific", "TMO", …) is a rank, no heading of a segmentation by capacity; nor is
    "the largest by capacity"."""
    page = process_file(
        REPO_ROOT / "tests/written/docs/w10-20-clinical-trial-biorepository-confluence-export.html", 10**8
    )
    segments = {s.segment_name for s in page.facts.segments}
    assert "sample processing" in segments and not {"Thermo Fisher Scientific", "TMO", "private"} & segments
    assert heading_dimension("the largest by capacity") is None and heading_dimension("By capacity") == "capacity"


def test_a_notice_s_signature_by_order_of_the_board_is_no_segmentation() -> None:
    """A written exchange announcement signs off "By order of the Board" over the company's name, its chairwoman and
    the place and date: no segmentation by "order of the Board"."""
    notice = process_file(REPO_ROOT / "tests/written/docs/w10-15-bispecific-antibody-cdmo-hkex-announcement.txt", 10**8)
    segments = {s.segment_name for s in notice.facts.segments}
    assert segments and not {"Lumina Biologics Holdings Limited", "Dr. Evelyn Tsang", "Hong Kong"} & segments
    assert heading_dimension("By order of the Board") is None


def test_a_group_of_a_series_with_its_own_by_whatever_its_dimension() -> None:
    """Written show notes: "By product type (instant, ground, coffee pods), by mushroom (lion's mane, chaga, …) and by
    distribution channel (…)"; a written working paper: "segments the market by isotope (…), by service (…) and by
    client (large pharmaceutical companies, …)": a group after another, with its own "by", is a dimension whatever
    its name; one alone is not ("made by hand (mostly)")."""
    written = REPO_ROOT / "tests/written/docs"
    notes = process_file(written / "w10-17-mushroom-coffee-podcast-show-notes.html", 10**8).facts
    assert {"chaga", "reishi", "blends"} <= {s.segment_name for s in notes.segments if s.dimension == "mushroom"}
    paper = process_file(written / "w9-13-contract-radiolabelling-working-paper.txt", 10**8).facts
    assert "biotechnology companies" in {s.segment_name for s in paper.segments if s.dimension == "client"}
    text = "# Widget Market\n\nWidgets are made by hand (mostly, in Asia, in small plants).\n"
    assert not extract_document(clean(text, ".md")).segments


def test_segments_under_headings_a_rewrite_spins() -> None:
    """A written page rewritten with synonyms: "Segmented on the basis of kind" over "Carry-On", "Check-In Bags", …
    ("kind" for type), and "Segmented on the basis of regions" ending the last group before its regions."""
    page = process_file(REPO_ROOT / "tests/written/docs/w11-24-smart-luggage-spun.html", 10**8)
    groups: dict[str, list[str]] = {}
    for segment in page.facts.segments:
        groups.setdefault(segment.dimension, []).append(segment.segment_name)
    assert groups["kind"] == ["Carry-On", "Check-In Bags", "Backpacks", "Others"]
    assert groups["distribution channel"] == ["Online", "Offline"]


def test_groups_opened_with_a_capital_by_in_a_run_on_sentence() -> None:
    """ "The report segments the Drug Discovery Outsourcing market By Service Type (Chemistry Services, …), By Drug Type
    (Small Molecules, Biologics), …"; not a table's caption "By study type (share of 2024 value, %)"."""
    found = {
        s.segment_name
        for s in process_file(WRITTEN / "docs" / "w13-19-drug-discovery-outsourcing.txt", 10**8).facts.segments
    }
    assert {"Chemistry Services", "DMPK Services", "Small Molecules", "Biologics", "Oncology"} <= found
    caption = {
        s.segment_name
        for s in process_file(
            WRITTEN / "docs" / "w8-14-agrochemical-contract-research-bulletin.txt", 10**8
        ).facts.segments
    }
    assert not any("share" in name for name in caption)


def test_a_list_s_last_and_parts_a_plural_an_acronym_or_a_hyphenated_noun() -> None:
    """ "by product into prefilled syringes, autoinjectors, pen injectors, inhalers and on-body injectors", "by service
    into process development, scale-up and commercial manufacturing", "by product into API and finished dosage
    formulation (FDF)": two items; not "polymer and coating additives" (one item sharing its head), nor a bullet's
    "tablettes et barres ;" (one item, not a list)."""
    for name, items in [
        ("w14-16-drug-device-combination-cdmo.html", {"inhalers", "on-body injectors"}),
        ("w14-20-fine-chemicals-custom-manufacturing.md", {"scale-up", "commercial manufacturing"}),
        ("w14-29-kestrel-cdmo-newsletter.md", {"API", "finished dosage formulation (FDF)"}),
        ("w6-20-topical-drug-cdmo-analyst-interview.md", {"pastes", "medicated shampoos"}),
    ]:
        found, labelled = _written(name)
        assert items <= {segment for _, segment in found} and items <= set(labelled)
    found, _ = _written("w14-20-fine-chemicals-custom-manufacturing.md")
    assert "polymer and coating additives" in {segment for _, segment in found}
    found, _ = _written("w13-13-chocolat-facon-belgique.txt")
    assert "tablettes et barres" in {segment for _, segment in found}
    assert split_items("bags, OEMs and Homecare Settings") == ["bags", "OEMs", "Homecare Settings"]
    assert split_items("cans, glass and metal containers") == ["cans", "glass and metal containers"]


def test_research_and_therapeutic_areas_phases_and_sponsors_are_dimensions() -> None:
    """A report title's "Research Area (Oncology, Infectious Diseases, …)", headings "Phase", "Therapeutic Area" and
    "Sponsor" over their lists; not a proposal's table "Phase | Weeks | Activities | Output" over its steps."""
    found, _ = _written("w14-01-custom-antibody-services-mnm.html")
    assert {("research area", "Oncology"), ("research area", "Stem Cells")} <= found
    found, _ = _written("w14-09-rare-disease-cro-databridge.html")
    assert {("phase", "Phase I"), ("therapeutic area", "Hematology"), ("sponsor", "Biotechnology Companies")} <= found
    found, _ = _written("w10-21-box-build-ems-consulting-proposal.md")
    assert not [segment for _, segment in found if segment.startswith("1.")]


def test_a_title_s_groups_after_a_semicolon_or_with_a_hyphenated_dimension() -> None:
    """ "…, Service (…), and End-Use Industry (Automotive, Building & Construction, …)"; "by Test Type (…); Product
    (Skin Care, …); Method (In Vitro, …)", whose items a table of the dimensions ("Product | Skin Care; Hair Care; …")
    does not take for its own cells."""
    found, _ = _written("w14-10-contract-polymer-compounding-allied.html")
    assert {"Automotive", "Building & Construction", "Medical"} <= {segment for _, segment in found}
    found, _ = _written("w14-15-cosmetic-testing-services-researchnester.html")
    assert {("product", "Skin Care"), ("method", "In Silico"), ("type", "Safety & Toxicology")} <= found
    assert not {"Product", "Method"} & {segment for _, segment in found}


def test_a_segmentation_s_dimensions_after_the_market_s_name() -> None:
    """Under "Segmentation:", "BA/BE Studies CRO Market, By Dosage Form" over its items, each heading a dimension of
    its own, and "…, By Geography" the coverage that ends them: no heading an item of the dimension before it."""
    found, labelled = _written("w14-13-babe-studies-cro-vmr-openpr.txt")
    assert {segment for _, segment in found} == set(labelled)
    assert ("dosage form", "Oral Solids") in found and ("end user", "Biotechnology Companies") in found


def test_a_scope_cell_s_labelled_groups_after_semicolons() -> None:
    """A report-scope cell "By Product Type: Lotions & Creams, Sprays, …; By SPF Range: SPF 15-29, …; By Filter Type:
    Mineral, …": each group its own dimension's items, no group one item of the first."""
    found, labelled = _written("w15-06-sunscreen-contract-manufacturing.md")
    assert ("spf range", "SPF 30-49") in found and ("end user", "Private Label Retailers") in found
    assert {segment for _, segment in found} == set(labelled)


def test_a_market_segmentation_s_dimension_lines_over_their_items() -> None:
    """Transparency Market Research's "Catalyst Contract Manufacturing Market Segmentation" over "Catalyst Type",
    "Service", "End-use Industry" and "Region", one item a line; Market Research Future's "… Product Type Outlook",
    "… Service Outlook" to "… Regional Outlook": each line over its items, the coverage no dimension."""
    for name in ("w15-03-catalyst-contract-manufacturing.html", "w15-07-power-electronics-contract-manufacturing.txt"):
        found, labelled = _written(name)
        assert {segment for _, segment in found} == set(labelled)
    found, _ = _written("w15-03-catalyst-contract-manufacturing.html")
    assert ("end use industry", "Polymers") in found and ("service", "Custom Synthesis") in found
    found, _ = _written("w15-07-power-electronics-contract-manufacturing.txt")
    assert ("end use", "Renewable Energy") in found and ("type", "Inverters") in found
    text = (
        "Widget Market Segmentation\n\nProduct Type\n\nRigid\n\nFlexible\n\nThe market grows as demand rises.\n\nHybrid"
    )
    assert {s.segment_name for s in extract_segments(text)} == {"Rigid", "Flexible"}
    text = "Widget Market Segmentation\n\nProduct Type\n\nRigid\n\nBy Form:\n\nLiquid\n\nPowder"
    assert {(s.dimension, s.segment_name) for s in extract_segments(text)} == {
        ("type", "Rigid"),
        ("form", "Liquid"),
        ("form", "Powder"),
    }
    more = "More research reports written by the publisher and by its partners worldwide"
    text = f"Widget Market Segmentation\n\nProduct Type\n\nRigid\n\n{more}\n\nA"
    assert {s.segment_name for s in extract_segments(text)} == {"Rigid"}


def test_a_release_s_dimensions_covered() -> None:
    """Stratistics MRC's "Product Types Covered:", "Base Oils Covered:", "Services Covered:", "End Users Covered:" over
    their items, one a line; its "Regions Covered:" the coverage."""
    found, labelled = _written("w15-08-lubricant-contract-blending.html")
    assert {segment for _, segment in found} == set(labelled)
    assert ("base oil", "Bio-based Oil") in found and ("service", "Toll Blending") in found


@pytest.mark.parametrize(
    "what", ["Key Topics", "Topics", "Geographical Regions", "Regions", "Countries", "Companies", "Units", "Segments"]
)
def test_what_a_report_covers_that_is_no_dimension(what: str) -> None:
    assert extract_segments(f"Scope\n\n{what} Covered:\nAlpha Beta\nGamma Delta\n\nAbout us") == []


def test_a_heading_s_inline_list_parts_its_last_others() -> None:
    """ "By material: Stainless Steel, …, Tungsten Heavy Alloys and Others": "Others" an item of its own, while "Medical
    and Dental" stays whole."""
    found, _ = _written("w15-16-mim-contract-manufacturing-trade-repost.html")
    assert {("material", "Tungsten Heavy Alloys"), ("material", "Others"), ("end use industry", "Others")} <= found
    assert ("end use industry", "Medical and Dental") in found
    found = {s.segment_name for s in extract_segments("By Form: Tablets, Capsules and Other Forms\n")}
    assert found == {"Tablets", "Capsules", "Other Forms"}


@pytest.mark.parametrize(
    ("lead", "dimension"), [("The Study Explore the product types", "type"), ("Key Applications", "application")]
)
def test_a_wire_release_s_dimension_of_its_market_before_a_colon(lead: str, dimension: str) -> None:
    """ "The Study Explore the product types of E-Commerce Fulfillment Services Market: Warehousing & Storage, …" and
    "Key Applications/end-users of E-Commerce Fulfillment Services Market: Apparel & Footwear, …"."""
    found, _ = _written("w15-17-ecommerce-fulfillment-services-aggregator.txt")
    assert {("type", "Returns Management"), ("end user", "Home Furnishings")} <= found
    text = f"{lead} of the Global Widget Market: Rigid Widgets, Flexible Widgets, Others\n"
    assert {(s.dimension, s.segment_name) for s in extract_segments(text)} == {
        (dimension, "Rigid Widgets"),
        (dimension, "Flexible Widgets"),
        (dimension, "Others"),
    }


def test_a_blog_s_based_on_sentences_with_it_or_the_market_covers() -> None:
    """ "Based on lubrication, it is divided into Oil-Injected and Oil-Free. Based on end use industry, the market
    covers Manufacturing, Oil & Gas, …": two items parted at their "and", and a list the market covers."""
    found, _ = _written("w15-19-industrial-air-compressor-top10-blog.html")
    assert {("lubrication", "Oil-Injected"), ("lubrication", "Oil-Free"), ("end use industry", "Healthcare")} <= found
    found, _ = _written("w3-05-germany-e-bike.html")  # "… is segmented into mid-drive and hub motor"
    assert {("motor placement", "Mid-drive"), ("motor placement", "Hub motor")} <= found


def test_a_firm_splits_demand_into_items_with_their_shares() -> None:
    """ "By end user, Frost & Sullivan splits demand into Utilities (c.45% of 2024 revenue), Industrial (c.27%),
    Commercial & Data Centers (c.18%) and Infrastructure & Transport (c.10%).": each item without its share, the
    period inside a note no end of the list."""
    found, _ = _written("w15-21-mv-switchgear-bank-primer.html")
    assert {("end user", "Utilities"), ("end user", "Infrastructure & Transport")} <= found
    text = "By product, the market is divided into Rigid (~40%), Flexible (33% in 2024) and Hybrid.\n"
    assert {s.segment_name for s in extract_segments(text)} == {"Rigid", "Flexible", "Hybrid"}


@pytest.mark.parametrize("regions", ["key geographical regions", "geographical regions", "region"])
def test_a_sentence_that_segments_the_market_by_its_regions_is_its_coverage(regions: str) -> None:
    """A CDMO report's "Based on key geographical regions, the market is segmented into North America, Europe, …":
    regions, no segments (its other sentences' segments are)."""
    found = {
        s.segment_name for s in process_file(WRITTEN / "docs" / "w16-11-fusion-protein-cdmo.html", 10**8).facts.segments
    }
    assert "Fc-fusion proteins" in found and not {"North America", "Latin America"} & found
    text = f"Based on {regions}, the market is segmented into North America, Europe and Asia-Pacific."
    assert extract_segments(text) == []


def test_a_segment_s_own_segments_are_its_dimension_s() -> None:
    """ "Based on Type, market is studied across Tablets and Capsules. The Capsules is further studied across Hard
    Capsules and Softgels.": four segments of one dimension; a region's countries are no segments."""
    text = (
        "Based on Type, market is studied across Tablets and Capsules. The Capsules is further studied across Hard "
        "Capsules and Softgels.\n\nBased on Region, market is studied across Americas and Europe. The Americas is "
        "further studied across Brazil and Canada.\n"
    )
    found = {(s.dimension, s.segment_name) for s in extract_segments(text)}
    assert found == {("type", "Tablets"), ("type", "Capsules"), ("type", "Hard Capsules"), ("type", "Softgels")}


def test_each_group_of_a_series_with_its_own_capital_by() -> None:
    """A report page's "Peritoneal Dialysis Market is Segmented By Type (…), By Product (Cyclers, …), By End-User (…),
    By Region (North America, Latin America, …)": each group under its dimension, the last one the coverage."""
    found = {
        s.segment_name for s in process_file(WRITTEN / "docs" / "w16-06-peritoneal-dialysis.html", 10**8).facts.segments
    }
    assert {"Cyclers", "Dialysis Centers"} <= found and not {"North America", "Africa"} & found
    text = (
        "The market is Segmented By Type (Tablets, Capsules), By Product (Bottles, Blisters), By Region (Europe, Asia)."
    )
    found_in = {(s.dimension, s.segment_name) for s in extract_segments(text)}
    assert found_in == {("type", "Tablets"), ("type", "Capsules"), ("product", "Bottles"), ("product", "Blisters")}


def test_a_scope_table_s_cell_that_names_its_dimensions_heads_no_items() -> None:
    """A report page's "Segments Covered | Type and Application" over its "FAQs": no dimension over items; a list of
    items under a dimension ("End User" over "Hospitals and Clinics", …) still is."""
    found = {s.segment_name for s in process_file(WRITTEN / "docs" / "w16-15-air-fryer.html", 10**8).facts.segments}
    assert "Household" in found and "FAQs" not in found
    assert extract_segments("Segments Covered\n\nType and Application\n\nFAQs\n\nWhat is the market size?\n") == []
    listed = extract_segments("Segments Covered\n\nEnd User\n\nHospitals and Clinics\n\nHome Care\n\nFAQs?\n")
    assert {"Hospitals and Clinics", "Home Care"} <= {s.segment_name for s in listed}


def test_a_carousel_s_next_slide_ends_a_list_of_segments() -> None:
    """ "By End Use:" over "Residential", "Commercial", "Industrial", then "5/8" and the next slide's "🌍 REGIONAL
    SNAPSHOT" lines: no segments."""
    post = WRITTEN / "docs" / "w16-27-air-purifier-linkedin-carousel.txt"
    found = {s.segment_name for s in process_file(post, 10**8).facts.segments}
    assert found == {"HEPA", "Activated Carbon", "Ionic Filters", "Others", "Residential", "Commercial", "Industrial"}
    text = "By End Use:\nResidential\nCommercial\n\n5/8\nREGIONAL SNAPSHOT\nEurope steady\n"
    assert {s.segment_name for s in extract_segments(text)} == {"Residential", "Commercial"}


def test_a_statistics_portal_s_structure_and_its_players_list() -> None:
    """A statistics portal's page: "The market is divided by product type into the following segments:" over its
    list; "Most relevant companies in the Hair Care market by brand revenue (selection, alphabetical within tiers):"
    over the players, no segments."""
    page = WRITTEN / "docs" / "w16-16-hair-care-market-outlook.html"
    found = {(s.dimension, s.segment_name) for s in process_file(page, 10**8).facts.segments}
    types = {("type", n) for n in ("Shampoo", "Conditioner", "Hair Color", "Hair Styling", "Hair Oils & Treatments")}
    assert found == types | {("sales channel", "Offline Sales"), ("sales channel", "Online Sales")}
    text = (
        "The market is divided by product type into the following segments:\nShampoo\nConditioner\n\nThe market grew.\n"
    )
    assert {(s.dimension, s.segment_name) for s in extract_segments(text)} == {
        ("type", "Shampoo"),
        ("type", "Conditioner"),
    }
    for kind in ("companies", "players"):
        listed = f"Most relevant {kind} in the market by brand revenue (selection):\nAcme Holdings\nBolt Industries\n"
        assert extract_segments(listed) == []


def test_items_that_name_a_segment_then_describe_it_after_a_dash() -> None:
    """An agency's brief: "The industry is commonly segmented by subsector as follows (share of 2024 revenue in
    brackets):" over "Contact Center and BPO (63%) – customer care, …" paragraphs: each item's name, its share aside;
    a note in words stays ("Dark ales (stouts and porters) – 10.3%")."""
    brief = WRITTEN / "docs" / "w16-19-philippines-it-bpm-sector-brief.html"
    found = {(s.dimension, s.segment_name) for s in process_file(brief, 10**8).facts.segments}
    assert {("subsector", "Contact Center and BPO"), ("subsector", "Creative and Digital Services")} <= found
    text = (
        "The market is segmented by subsector as follows (share of revenue):\n\n"
        "Contact Center (63%) – customer care, technical support, collections and back-office processing for banks.\n\n"
        "Dark ales (stouts and porters) — beers brewed with roasted malts, sold mostly on tap in pubs and bars.\n"
    )
    found_in = {(s.dimension, s.segment_name) for s in extract_segments(text)}
    assert found_in == {("subsector", "Contact Center"), ("subsector", "Dark ales (stouts and porters)")}


def test_a_sentence_whose_subject_is_the_dimension() -> None:
    """A statistics portal: "Sales channels are split into Offline Sales and Online Sales."; not a sentence whose
    subject names no dimension ("Our analysts are split into two teams.")."""
    page = WRITTEN / "docs" / "w16-16-hair-care-market-outlook.html"
    found = {(s.dimension, s.segment_name) for s in process_file(page, 10**8).facts.segments}
    assert {("sales channel", "Offline Sales"), ("sales channel", "Online Sales")} <= found
    for verb in ("split", "divided"):
        text = f"The market grew. Sales channels are {verb} into Offline Sales and Online Sales.\n"
        assert {s.segment_name for s in extract_segments(text)} == {"Offline Sales", "Online Sales"}
    assert extract_segments("The firm grew. Our analysts are split into Energy Desk and Retail Desk.\n") == []


def test_a_clause_that_closes_a_segmentation_sentence_is_no_item() -> None:
    """A written article: "By service, the market is split into design and development, component manufacturing,
    finished device assembly and sterilisation & packaging, with finished device assembly generating the most
    revenue."."""
    found, _ = _written("w17-12-cardio-device-cm-contract.html")
    names = {name for _, name in found}
    assert "component manufacturing" in names and not any(name.startswith("with ") for name in names)


def test_a_firm_that_breaks_the_market_down_by_a_dimension_into_its_segments() -> None:
    """A written column: "Lucintel breaks the market down by end-use industry into automotive, industrial, …, and
    by service into PCB assembly, box build, engineering & design, and aftermarket services."."""
    found, _ = _written("w17-07-ems-reshoring-column.md")
    assert {("end use industry", "automotive"), ("service", "PCB assembly"), ("service", "box build")} <= found


def test_items_numbered_as_sections_of_their_dimension() -> None:
    """Technavio's nested list "2. **End-user**" over "- 2.1 Telecom Operators", "- 2.2 IT and ITeS": the items
    without their numbers."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w18-05-noc-outsourcing.md", 10**8).facts
    names = {s.segment_name for s in facts.segments}
    assert {"Network Monitoring", "Telecom Operators", "IT and ITeS", "BFSI"} <= names
    assert not [name for name in names if name[:1].isdigit()]


def test_a_table_s_total_row_is_no_segment() -> None:
    """A spreadsheet of each application's revenue closed by its "Total" row, a product group's table
    (a statistics bulletin), an insulation type's (a bank's primer): "Total" is none of their segments."""
    for name in (
        "w8-18-automotive-pcb-assembly-ems-excel-export.html",
        "w6-22-european-geosynthetics-statistics-bulletin.md",
        "w15-21-mv-switchgear-bank-primer.html",
    ):
        facts = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts
        assert facts.segments and "Total" not in {s.segment_name for s in facts.segments}, name


def test_groups_of_a_segmentation_sentence_parted_by_semicolons() -> None:
    """ "Mordor Intelligence splits the market by service type into …; by content type into text, image, video and live
    stream; and by end user into social media, …"; "The report segments the market by service into …; by vessel
    type into bulk carriers, tankers, …; and by owner type into independent shipowners, …"."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w18-21-content-moderation-newspaper.txt", 10**8).facts
    assert {"human moderation", "text", "image", "social media", "gaming"} <= {s.segment_name for s in facts.segments}
    facts = process_file(REPO_ROOT / "tests/written/docs/w18-25-ship-management-association.html", 10**8).facts
    names = {s.segment_name for s in facts.segments}
    assert {"crew management", "bulk carriers", "tankers", "independent shipowners"} <= names


def test_a_blog_s_categories_a_list_s_source_and_a_contact_s_line_are_no_segments() -> None:
    """A reseller's blog post under "Categories: Consumer Goods · Technology · …"; a slide's list of end users over
    "Source: Frost & Sullivan analysis, company estimates"; "Media contacts:" over "Sterling Facility Services: Priya
    Menon, corporate.communications@…, +91 …"."""
    for name, not_segments, segments in (
        ("w18-22-smart-locks-reseller-blog.html", {"Consumer Goods", "Technology"}, {"deadbolts", "Wi-Fi"}),
        ("w18-30-aesthetic-devices-investor-slide.txt", {"Source", "Slide 7 - China"}, {"Laser", "Home use"}),
        (
            "w18-10-india-integrated-facility-management.txt",
            {"Priya Menon", "Kaveri Research Partners"},
            {"Healthcare"},
        ),
    ):
        names = {s.segment_name for s in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.segments}
        assert segments <= names and not names & not_segments, name


def test_segments_a_paragraph_names_as_such_after_its_dimension() -> None:
    """A written release: "By dosage form, the Tablets segment held the largest share … The Capsules segment followed,
    …, while the Liquids segment, which includes sprays and drops, …", "In terms of distribution channel, the
    Pharmacies & Drug Stores segment …", "Based on application, …": each named segment of its dimension; none of a
    paragraph about regions."""
    found, _ = _written("w19-06-melatonin-supplements.txt")
    assert {("dosage form", name) for name in ("Tablets", "Capsules", "Liquids", "Gummies")} <= found
    assert {("distribution channel", "Pharmacies & Drug Stores"), ("application", "Jet Lag & Shift Work")} <= found
    text = "Based on region, the North America segment led in 2024. The Europe segment followed.\n"
    assert extract_segments(text) == []


def test_dimensions_each_a_line_under_a_bare_market_segmentation_heading() -> None:
    """Written report pages: "Market Segmentation" over "End-user", "Enterprise", "Education", …, "Deployment",
    "Indoor", "Outdoor", "Geography": each item of its dimension, to the coverage; a table's "Segment | Sub-segment"
    under the heading reads its rows to "Regional Analysis", no segment."""
    found, _ = _written("w19-24-wifi-7-access-point.html")
    assert {("end user", "Enterprise"), ("end user", "Residential"), ("deployment", "Outdoor")} <= found
    assert not any(name in {"Geography", "North America"} for _, name in found)
    found, _ = _written("w2-06-spinal-cord-stimulation-devices-market.html")
    assert ("product", "Rechargeable SCS Devices") in found
    assert not any(name == "Regional Analysis" for _, name in found)


def test_a_glossed_release_s_dimension_with_accented_letters() -> None:
    """Written releases read through their glossary: "Por categoría de producto: Cuidado de la piel; …", "Por canal
    de venta: supermercados e hipermercados; …": the dimension's accented letters are letters; "Por región:" and "Par
    région :" are the coverage, no segments."""
    found, _ = _written("w19-26-cosmeticos-contrato-latam.html")
    assert {("categoría de producto", "Cuidado de la piel"), ("categoría de producto", "Fragancias")} <= found
    yerba, _ = _written("w17-30-yerba-mate.html")
    assert "tiendas de conveniencia" in {name for _, name in yerba}
    assert not {"Sudamérica", "Norteamérica"} & {name for _, name in yerba}
    cro, _ = _written("w11-08-cro-dermatologie-fr.html")
    assert not {"North America", "Amérique du Nord", "Europe"} & {name for _, name in cro}


def test_a_wire_s_distribution_channels_are_no_segmentation() -> None:
    """A wire's footer names the feeds it sent the release to: written releases' "Distribution channels: Food &
    Beverage Industry, Retail", a page's "Distribution channels:" heading over "Automotive Industry, Chemical
    Industry, …", a Markdown copy's links. A report's own "Distribution Channels: Online, Offline" stays its
    segments."""
    docs = REPO_ROOT / "tests/written/docs"
    for name in (
        "w19-03-seasoning-contract-blending.txt",
        "w13-16-heat-shrink-tubing.html",
        "w23-17-feed-enzymes-ein-presswire.md",
    ):
        found = process_file(docs / name, 10**8).facts.segments
        assert not [s for s in found if "Industry" in s.segment_name], name
        assert found, name  # the release's own segmentation stays
    page = "# Widget Market\n\nDistribution Channels: Online, Offline\n\n"
    page += "Distribution channels: Energy Industry, Retail\n"
    assert {s.segment_name for s in extract_document(clean(page, ".md")).segments} == {"Online", "Offline"}


def test_a_contents_page_s_sections_by_each_dimension_are_no_segments() -> None:
    """Written report pages' contents: "… by Document Type, 2019–2033 (USD Million)" over "… by Trial Phase, …", and a
    numbered "6. … by procedure, 2019–2031" under "5. Hernia repair devices market by product, 2019–2031": each
    section's title, no segment of the one above it."""
    docs = REPO_ROOT / "tests/written/docs"
    for name in (
        "w23-09-clinical-trial-translation-services-report-page.html",
        "w23-11-hernia-repair-devices-clipped-page.md",
    ):
        found = process_file(docs / name, 10**8).facts.segments
        assert not [s for s in found if s.segment_name.startswith("…")], name
    assert "Synthetic Mesh" in {s.segment_name for s in found}  # the page's own segmentation stays


def test_segments_parted_by_semicolons_before_a_sentence_under_a_dimension_s_heading() -> None:
    """A written report page: "By Trial Phase" over "Phase I; Phase II; Phase III; Phase IV. Phase III trials account
    for most of the spending …", "By Service Type" over "Document Translation; …; eCOA/ePRO Localization; Back
    Translation & Reconciliation.": the segments, the sentence after them none."""
    facts = process_file(
        REPO_ROOT / "tests/written/docs/w23-09-clinical-trial-translation-services-report-page.html", 10**8
    ).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {("Trial Phase", "Phase IV"), ("Service Type", "eCOA/ePRO Localization")} <= found
    assert len(found) == 17
    for line in ("Phase I; Phase II. Phase III trials account for most.", "Phase I; Phase II; phase three only."):
        page = f"# Widget Market\n\n## By Trial Phase\n\n{line}\n"
        assert not extract_document(clean(page, ".md")).segments, line


def test_a_text_s_dimension_label_before_a_double_dash_and_a_desk_s_byline() -> None:
    """A written release saved as text: "Product Type -- Gyoza/Potstickers; Jiaozi; …" and "Distribution Channel --
    Supermarkets & Hypermarkets; …" (a label, its dash written as two hyphens); "By MarketNewsDesk" over "Share this
    article: Facebook X …" is the article's desk, no dimension."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w23-26-frozen-dumplings-digital-journal.txt", 10**8).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {("Product Type", "Jiaozi"), ("Distribution Channel", "Foodservice")} <= found
    assert not [s for s in facts.segments if "Share" in s.segment_name]
    page = "# Widget Market\n\nBy MarketNewsDesk\n\nWidgets, Gadgets\n\nBy Application\n\nWidgets, Gadgets\n"
    assert {s.dimension_as_written for s in extract_document(clean(page, ".md")).segments} == {"Application"}


def test_a_plant_s_capacity_label_is_no_dimension() -> None:
    """A written slide deck's notes: "Capacity: 180 kt/a, utilisation 87%" is a plant's, no segmentation."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w24-30-sodium-bicarbonate-slide-notes.txt", 10**8).facts
    assert not [s for s in facts.segments if s.dimension_as_written == "Capacity"]
    page = "# Widget Market\n\nCapacity: Small Plants, Large Plants\n\nApplication: Food, Feed\n"
    assert {s.dimension_as_written for s in extract_document(clean(page, ".md")).segments} == {"Application"}


def test_a_last_item_other_in_lower_case_is_its_own() -> None:
    """A Nairobi daily's "**By oil type:** …, corn oil and other vegetable oils" and an investor release's "by
    indication – …, neurological disorders and others.": "other …" is the list's last item, parted by its "and"."""
    docs = REPO_ROOT / "tests/written/docs"
    oils = {
        s.segment_name for s in process_file(docs / "w26-15-kenya-edible-oils-business-daily.md", 10**8).facts.segments
    }
    assert {"corn oil", "other vegetable oils"} <= oils
    cgt = process_file(docs / "w6-01-cell-gene-therapy-cdmo-investor-release.html", 10**8).facts.segments
    assert {"neurological disorders", "others"} <= {s.segment_name for s in cgt}


def test_an_author_s_name_over_a_city_s_dateline_heads_no_segmentation() -> None:
    """A trade paper's "By Dewi Lestari" over "JAKARTA — Indonesia's baby diaper market grew …": its author, not a
    dimension ("By Battery Voltage" over its items stays one)."""
    docs = REPO_ROOT / "tests/written/docs"
    diapers = process_file(docs / "w26-14-indonesia-baby-diaper-trade-paper.txt", 10**8).facts.segments
    assert not {s.segment_name for s in diapers} & {"JAKARTA", "The study"}
    tools = process_file(docs / "w20-02-cordless-power-tools.md", 10**8).facts.segments
    assert "Above 36V" in {s.segment_name for s in tools}
    page = "Widget market to reach Rs 900 crore\n\nBy Priya Sharma\n\n"
    page += "NEW DELHI — The widget market grew 8%.\n\nThe study, out today.\n"
    assert extract_document(clean(page, ".txt")).segments == []


def test_a_report_s_price_and_a_table_s_growth_total_and_unit_cells_are_no_segments() -> None:
    """A report page's "Single User:" over "US$ 2,900" (its price, no dimension); a table's "CAGR (%)" column, its
    "Veterinary Ultrasound Market (Total)" row and a unit under its header, "(kt LCE)"; "Key Segments" after a
    table of one dimension opens the next list, no segment of the table's."""
    docs = REPO_ROOT / "tests/written/docs"

    def names(name: str) -> set[str]:
        return {s.segment_name for s in process_file(docs / name, 10**8).facts.segments}

    fireplaces = names("w26-26-electric-fireplaces-thousand-units.html")
    assert "Wall-mounted" in fireplaces and not {"US$ 2,900", "US$ 5,800", "Report Summary"} & fireplaces
    ultrasound = names("w26-21-veterinary-ultrasound-two-row-header.html")
    assert "Equine" in ultrasound and not {"CAGR (%)", "Veterinary Ultrasound Market (Total)"} & ultrasound
    hydroxide = names("w26-20-lithium-hydroxide-transposed-table.txt")
    assert "Battery Grade" in hydroxide and "(kt LCE)" not in hydroxide
    training = names("w26-23-security-awareness-training-string-cells.html")
    assert "On-Premises" in training and "Key Segments" not in training
    page = "# Widget Market\n\nSingle User:\n\nUSD 2,900\n\nBy Type:\n\nSmall\n\nLarge\n"
    assert {s.segment_name for s in extract_document(clean(page, ".md")).segments} == {"Small", "Large"}


def test_a_contents_page_s_next_chapter_and_a_main_enterprises_heading_end_a_list() -> None:
    """Long-tail releases' contents: "Chapter 4 … by Application" over "Chapter 5 Regional Analysis", "Chapter 5:
    Tapioca Starch Market by Form" under "… by Product Type": chapters, no segments; "By Province:" then "Guangdong,
    …, Other Provinces" then "Main Enterprises": the companies' section, no province."""
    docs = REPO_ROOT / "tests/written/docs"
    for name in (
        "w27-05-solar-pv-junction-box-publisher-blog.html",
        "w27-12-tapioca-starch-openpr-markdown.md",
        "w5-03-plate-heat-exchangers-outlook.html",
    ):
        found = {s.segment_name for s in process_file(docs / name, 10**8).facts.segments}
        assert found and not [s for s in found if s.startswith("Chapter")], name
    mortar = process_file(docs / "w27-08-china-dry-mixed-mortar-by-province-openpr.txt", 10**8).facts.segments
    provinces = {s.segment_name for s in mortar if s.dimension == "province"}
    assert "Guangdong" in provinces and not {"Main Enterprises", "Machine-made Sand"} & provinces


def test_a_highlight_s_one_value_a_byline_over_its_date_and_a_contents_list_head_no_segmentation() -> None:
    """Long-tail releases: "• Leading segment by type: Ground Ball Screws" over "• Fastest growing application:
    Industrial Robots" (highlights, each its one value); "By WiseGuy Reports" over "Published April 2, 2025" (a
    byline, not the "Share this article: …" line under it); a contents list's "Market Analysis by Type", "Market
    Analysis by Application", "Study Objectives", … and "Breakdown Data by Application (2020-2033)" over "Breakdown
    Data by Region: …" (entries, none a dimension over the next)."""
    docs = REPO_ROOT / "tests/written/docs"

    def names(name: str) -> set[str]:
        return {s.segment_name for s in process_file(docs / name, 10**8).facts.segments}

    screws = names("w27-01-precision-ball-screws-openpr.html")
    assert "Fastest growing application" not in screws and "Ground Ball Screws" in screws
    carrageenan = names("w27-03-carrageenan-digital-journal.txt")
    assert carrageenan and not [s for s in carrageenan if s.startswith("Share")]
    openers = names("w27-07-us-garage-door-openers-360-market-updates.html")
    assert (
        "Belt Drive" in openers and not {"Study Objectives", "Years Considered", "Breakdown Data by Region"} & openers
    )
    page = "# Widget Market\n\nBy Type\n\nSmall\n\nLarge\n\nMarket Analysis by Application\n\nRetail\n\nFood\n"
    assert {s.segment_name for s in extract_document(clean(page, ".md")).segments} == {
        "Small",
        "Large",
        "Retail",
        "Food",
    }


def test_a_run_on_page_s_groups_in_sentences_on_one_line() -> None:
    """An openPR page run together with <br><br>: "Segment by Type: Graphite Bipolar Plates, …. Segment by
    Application: Passenger Vehicles, …. Segment by Fuel Cell Type: PEMFC, SOFC, Others. By Region: North America
    (United States, Canada), …" on one line: each group its dimension's, the regions none."""
    path = REPO_ROOT / "tests/written/docs/w27-15-fuel-cell-bipolar-plates-openpr-runon.html"
    found = {(s.dimension_as_written, s.segment_name) for s in process_file(path, 10**8).facts.segments}
    assert {("Type", "Graphite Bipolar Plates"), ("Application", "Portable Power"), ("Fuel Cell Type", "SOFC")} <= found
    assert not [name for _, name in found if "America" in name or "Europe" in name]
    places = "North America (United States, Canada, Mexico), Europe (Germany, France, Italy, Spain, Rest of Europe)"
    page = f"# Widget Market\n\nSegment by Type: Small, Large. By Region: {places}, Asia Pacific (China, Japan).\n"
    assert {s.segment_name for s in extract_document(clean(page, ".md")).segments} == {"Small", "Large"}


def test_a_dimension_s_label_before_a_dash_over_items_parted_by_middle_dots() -> None:
    """A release in Markdown: "* **By Service Type** — Level 1 Support · Level 2 Support · …", "* **By Delivery Model**
    — Onshore · Nearshore · Offshore": each label its dimension, the items after its dash."""
    path = REPO_ROOT / "tests/written/docs/w22-26-it-service-desk-outsourcing-release.md"
    found = {(s.dimension_as_written, s.segment_name) for s in process_file(path, 10**8).facts.segments}
    assert {("Service Type", "Level 1 Support"), ("Delivery Model", "Offshore"), ("Industry Vertical", "BFSI")} <= found
    page = "# Widget Market\n\nBy Meg Flippin — Benzinga\n\nThe widget market grew.\n"
    assert extract_document(clean(page, ".md")).segments == []


def test_a_row_run_into_its_figure_and_a_table_s_note_are_no_segments() -> None:
    """A statistics bulletin's table read as lines: "Pelagic 402.8", "Total 1,246.7" (a row's label with its cell),
    "r = revised" (the table's note); an X thread's "OEM vs aftermarket. Aftermarket = the bulk of revenue"."""
    docs = REPO_ROOT / "tests/written/docs"
    seafood = process_file(docs / "w28-23-ireland-seafood-processing-statistics-bulletin.txt", 10**8).facts.segments
    names = {s.segment_name for s in seafood}
    assert not [n for n in names if n[-1:].isdigit() or " = " in n]
    tires = process_file(docs / "w25-17-aircraft-tires-x-thread.txt", 10**8).facts.segments
    assert not [s for s in tires if " = " in s.segment_name]
    page = "# Widget Market\n\nBy Type:\n\n- Small 402.8\n- Large 1,246\n- Wi-Fi 7\n- Class 2\n"
    assert {s.segment_name for s in extract_document(clean(page, ".md")).segments} == {"Wi-Fi 7", "Class 2"}


def test_a_list_s_comma_and_makes_the_last_item_s_and_part_of_its_name() -> None:
    """ "by Product (Consumables, Instruments, and Software and Services)": the list's "and" is the one after its last
    comma, "Software and Services" one item; a rating report's "…, tunnel, and self-serve and other" too; without the
    comma before it, the last "and" parts two items as before."""
    assert split_items("Consumables, Instruments, and Software and Services") == [
        "Consumables",
        "Instruments",
        "Software and Services",
    ]
    assert split_items("Consumables, Instruments and Services") == ["Consumables", "Instruments", "Services"]
    page = process_file(
        WRITTEN / "docs" / "w29-16-blood-culture-tests-competitive-landscape.html", 10**8
    ).facts.segments
    assert "Software and Services" in {s.segment_name for s in page}


def test_a_market_segmented_by_geography_into_regions_has_no_such_dimension() -> None:
    """A wire release's "The market is segmented by geography into North America, Europe, …": the coverage, no
    segments; its "Based on type, the market is segmented into wired and wireless" stays."""
    found = process_file(WRITTEN / "docs" / "w30-08-bone-conduction-headphones-title-only-business-wire.html", 10**8)
    dimensions = {s.dimension for s in found.facts.segments}
    assert "geography" not in dimensions and "type" in dimensions


def test_a_contents_page_s_numbered_sections_name_their_dimensions_without_numbers() -> None:
    """A report page's contents: "5.2 By Core Material" over "5.2.1 Polyethylene (PE) Core", …: the dimension "core
    material", not "5.2 by core material"; "5.5 Geography" over "5.5.1 Asia-Pacific" and "6. COMPETITIVE LANDSCAPE"
    over "6.1 Mergers and Acquisitions, …" no dimensions."""
    page = process_file(WRITTEN / "docs" / "w31-06-aluminium-composite-panels-contents-chapters.html", 10**8)
    dimensions = {s.dimension for s in page.facts.segments}
    assert {"type", "core material", "base coating", "application"} <= dimensions
    assert not any(d[:1].isdigit() or "geograph" in d or "competitive" in d for d in dimensions)


def test_a_portuguese_segmentation_s_regions_are_no_segments() -> None:
    """A Brazilian release's "Por região: América do Norte (Estados Unidos, Canadá, México), Europa (…)" and a
    Portuguese one's "Por região: Europa, América do Norte, …": places, no segments of a dimension "região"."""
    for name in (
        "w33-26-fertilizantes-foliares-comunicado.pt-BR.txt",
        "w32-28-rolhas-de-cortica-comunicado.pt-PT.html",
    ):
        segments = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.segments
        assert segments and not [s for s in segments if s.dimension in ("região", "region")], name


def test_a_title_s_groups_after_its_by_group_each_a_dimension() -> None:
    """A title's "Vacuum Pump Market by Type (Rotary Vane, …), Lubrication (Dry, Oil-lubricated), Pressure (Low &
    Medium Vacuum, …), End-use Industry (…), and Region": each group after the first a dimension of its own, whatever
    its name; a report page's "… by Type (…), Mobility (Fixed, Portable), …" too."""
    pumps = set(_segments_of("w36-02-vacuum-pumps-marketsandmarkets-headquarters-tags.md"))
    assert {("Lubrication", "Dry"), ("Lubrication", "Oil-lubricated"), ("Pressure", "High Vacuum")} <= pumps
    collectors = set(_segments_of("w24-16-industrial-dust-collectors-saved-complete.html"))
    assert {("Mobility", "Fixed"), ("Mobility", "Portable")} <= collectors


def test_a_scope_cell_of_labelled_groups_parted_by_semicolons() -> None:
    """A scope table's "Segments covered" cell "Insurance cover: Single Trip, Annual Multi-Trip, Long-Stay; Coverage
    type: Medical Expenses, …; Distribution channel: …; End user: Leisure Travellers, …": each label a dimension over
    its segments; "By SPF Range: SPF 15-29, …" the dimension without its "By"."""
    travel = set(_segments_of("w36-18-travel-insurance-uk-publisher-pounds-dollars.html"))
    expected = {("Insurance cover", "Single Trip"), ("Coverage type", "Trip Cancellation"), ("End user", "Students")}
    assert expected <= travel
    sunscreen = _segments_of("w15-06-sunscreen-contract-manufacturing.md")
    assert ("SPF Range", "SPF 50+") in sunscreen and not any(dim.startswith("By ") for dim, _ in sunscreen)


def test_a_title_s_labelled_groups_end_at_their_closing_parenthesis() -> None:
    """A sample's title "(By Service Type: …; By Vehicle Type: …; By Station Type: Manual, Automated) - Global Industry
    Analysis, Size, Share, Growth, …": "Automated" the last segment, not "Size", "Share" or "Growth"."""
    found = _segments_of("w37-05-battery-swapping-station-precedence-sample-year-table.txt")
    assert ("Station Type", "Automated") in found
    assert not {name for _, name in found} & {"Size", "Share", "Growth"}


def test_a_segmentation_s_regional_outlook_ends_its_last_dimension() -> None:
    """ "Topical Hemostats Application Outlook (…)" over its items, then "Topical Hemostats Regional Outlook (…)" over
    "North America: U.S.; Canada; Mexico" lines: the places no applications."""
    found = _segments_of("w37-18-topical-hemostats-grand-view-globenewswire-portal.html")
    assert ("Topical Hemostats Application", "Others") in found
    assert not {name for _, name in found} & {"Canada", "Mexico", "Kuwait"}
    assert not {name for _, name in _segments_of("w34-08-yoga-mat-grand-view-research-press-release.html")} & {"Canada"}
