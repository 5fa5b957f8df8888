"""Key players on real documents: lists after "such as", bullet lists, labelled lists, numbered runs."""

from __future__ import annotations

import json

import pytest

from loaders.clean import clean
from loaders.evaluate import normalize_name
from loaders.extract.companies import (
    _is_list_of_names,
    company_name,
    extract_companies,
    headline_issuer,
    is_company_name,
    split_list,
    without_place_or_note,
)
from loaders.extract.document import extract_document
from loaders.extract.regions import load_index
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import cleaned, real_line

WRITTEN = REPO_ROOT / "tests" / "written"


def names(doc: str) -> set[str]:
    return {c.name_as_written for c in extract_companies(cleaned(doc), [], load_index())}


def test_such_as_list_keeps_legal_suffixes_with_their_company() -> None:
    line = real_line("g0v_10mR5_vDQri1CxJDUEqYFw.md", "Praxair S.T. Technology, Inc., Bodycote")
    found = split_list(line.split("such as ", 1)[1])
    assert "Praxair S.T. Technology, Inc." in found
    assert "Bodycote" in found and "H.C. Starck GmbH" in found
    assert "Inc." not in found


def test_labelled_list_under_a_players_heading() -> None:
    found = names("g0v_2uWK8CxRTrOguMLlNyxXVQ.md")
    assert {"BASF SE", "Dow Inc.", "Archer Daniels Midland Company", "Solvay S.A."} <= found


def test_numbered_run_on_one_line() -> None:
    found = names("g0v_EaSkFOV_TFqlXmJ3_ryafg.md")
    assert {"Abbott", "Kaleo", "Amneal Pharma"} <= found


def test_customers_are_not_players() -> None:
    assert "TSMC" not in names("bulwark_4757835.en.md")


def test_lone_legal_suffix_is_not_a_company() -> None:
    found = names("004_d6c39c4c7e3a9e49.txt")
    assert "Catalent" in found or "Catalent, Inc." in found
    assert not {"Inc.", "Inc"} & found


def test_issuers_of_press_releases() -> None:
    from loaders.pipeline import process_file
    from tests.conftest import REAL_DOCS

    def names(glob: str) -> set[str]:
        path = next(REAL_DOCS.glob(glob))
        return {c.name_as_written for c in process_file(path, 10**8).facts.companies}

    assert "Dunamis Charge" in names("press-release-archive_how-dunamis-charge-*")  # "How Dunamis Charge Is Helping"
    assert "Craveworthy Brands" in names("press-release-archive_craveworthy-brands-*")
    assert "Worksport Ltd." in names("press-release-archive_worksport-ltd-*")  # "Worksport Ltd. (Nasdaq: WKSP)"
    assert "Theriva Biologics" in names("press-release-archive_theriva-biologics-advances-*")  # glued heading cut off
    assert "ABVC BioPharma, Inc." in names("press-release-archive_abvc-biopharma-*")  # camel case kept
    assert "BioKey" in names("press-release-archive_biokey-stands-*")  # "BioKey Stands as a …": "as" no legal form
    assert not names("press-release-archive_menopause-*") & {"Menopause"}  # "Menopause Is A $600 Billion Market"


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("w17-06-vietnam-ems-factory.html", "Sonterra Electronics"),  # "Sonterra Electronics opens second factory"
        ("w17-09-frozen-co-man-acquisition.html", "Northfield Kitchens"),  # "… buys Lakeshore Frozen Foods, …"
        ("w17-12-cardio-device-cm-contract.html", "Kestwick Medical"),  # "… wins five-year deal to make …"
        ("w17-02-formulation-cdmo-acquisition.html", "Kestrel Pharma Services"),  # "… bets $640M on …"
        ("w17-10-asia-cosmetics-odm.html", "Hanbit Cosmetech"),  # "K-beauty ODM Hanbit Cosmetech opens Osaka lab"
        ("w17-08-contract-packaging-expansion.html", "Ridgeline Packaging Solutions"),  # "Co-packer Ridgeline Adds"
        ("w14-16-drug-device-combination-cdmo.html", "Vantoria Bio"),  # "… adds $140M autoinjector assembly hub"
    ],
)
def test_the_company_a_trade_paper_s_headline_is_about(name: str, issuer: str) -> None:
    """A trade paper's article on a company of the market, its page's headline (not its first line, a masthead)
    written in lower case after the name, the name after the words that say what the company is, in full as the
    article first writes it before its description ("Ridgeline Packaging Solutions, a contract packager …")."""
    assert issuer in _written(name)[0]


def test_no_issuer_from_a_headline_s_words_before_a_plural_nor_a_name_with_its_legal_form() -> None:
    """ "Portable Thermal Analytics Platforms Market Worth …" names no company "Analytics" (only words that say what
    a company is come before its name: "Co-packer", "ODM"); "Corvanta Biologics plc("Corvanta", the "Company" …)"
    none named "Corvanta"."""
    text = (
        "Portable Thermal Analytics Platforms Market Worth US$237.0B by 2033\n\nThe market is growing. Analytics"
        " is what buyers want; Analytics has become a budget line.\n"
    )
    assert headline_issuer(text) is None
    assert "Corvanta" not in _written("w6-01-cell-gene-therapy-cdmo-investor-release.html")[0]


def test_a_headline_s_company_in_full_as_the_text_first_describes_it() -> None:
    """ "Valdoria invests …" over "Valdoria Pharma Services, the Rome-based CDMO, …" or "Valdoria Pharma Services
    (Rome) …"."""
    for described in (", the Rome-based CDMO, has", " (Rome) has"):
        text = f"Valdoria adds two lines\n\nValdoria Pharma Services{described} grown. Valdoria is expanding.\n"
        assert headline_issuer(text) == ("Valdoria Pharma Services", text.index("Valdoria Pharma")), described


def test_list_names_with_and_and_joined_suffixes() -> None:
    def listed(doc: str, needle: str) -> set[str]:
        line = real_line(doc, needle)
        before_needle = line[: line.index(needle)]
        return set(split_list(line[before_needle.rindex("such as ") + 8 :]))

    assert "DSK Co. Ltd." in listed("g0v_OyKd4ZG0SSeveYHuGLoxcg.md", "DSK Co. Ltd.")
    assert "Toshiba Infrastructure Systems and Solutions Corporation" in listed(
        "g0v_ITsg-0f4TNu_MV1VMCefpg.md", "Toshiba Infrastructure"
    )
    # "GCP Applied Technologies, Inc. Kemper System"
    kemper = listed("g0v_-9TM4BsBR-eID3JzKCqkMA.md", "Kemper System")
    assert {"GCP Applied Technologies, Inc.", "Kemper System"} <= kemper
    assert {"Carbon Clean Solutions Ltd.", "Biochar Now"} <= listed("g0v_LIjhwjiUSsOj-phDO3fd3g.md", "Ltd. and Biochar")


def test_legal_suffix_in_lower_case_is_still_a_company() -> None:
    assert "BASF se" in names("g0v_oA8XmyFCTzevJGLkBrBnrg.md")  # "... Axalta Coating System, BASF se, ..."
    assert any(n.startswith("Michelman, inc") for n in names("g0v_SNQnE3vHRb6bArrzSK7ohQ.md"))


def test_companies_that_recent_developments_are_about() -> None:
    # "Recent Developments" / "In August 2024, Olin Corporation opened a new ... facility in Singapore"
    assert {"Solvay Chemicals", "Olin Corporation"} <= names("g0v_hwjP0e2NSAKa6qUvcaQx4g.md")
    # "April 2024: The new portfolio of eco-efficient clearcoats ... from **BASF Coatings** offers ..."
    doc = "g0v_6s8R6wClS6O1eXBdtSsW9Q.md"
    found = {c.name_as_written for c in extract_companies(cleaned(doc), ["BASF Coatings"], load_index())}
    assert found == {"BASF Coatings"}
    # items that open with a date but no company: nothing taken from them
    text = "Recent Developments\n\nIn March 2024, the government announced new rules for the sector.\n"
    assert extract_companies(text, [], load_index()) == []


def test_companies_of_dated_items_after_a_paragraph_that_ends_recent_developments_include() -> None:
    """A written report page: "… multi-year airline contracts. Recent developments include:" over "March 2025:
    Swissport International AG acquired Aurelia Airways' … unit", "Menzies Aviation plc won …", "Worldwide Flight
    Services (WFS) opened …", "Çelebi Aviation Holding expanded …", "SATS Ltd. and Aviapartner signed …": each item's
    subject a player (both of a pair), not the carriers it acquired from or served; the publisher's "About" none."""
    found, _ = _written("w19-15-airport-ground-handling-services.md")
    assert {"Swissport International AG", "Menzies Aviation plc", "Worldwide Flight Services", "SATS Ltd."} <= found
    assert {"Aviapartner", "Çelebi Aviation Holding", "Goldair Handling S.A."} <= found
    assert not {"Aurelia Airways", "Skylane Airlines"} & found
    assert not any(name.startswith("The Business Research") for name in found)


def test_players_each_a_bullet_with_a_brand_in_lower_case() -> None:
    """A written release: "- **tesa Labtec GmbH** – provides film formulation, …" among "- **IntelGenx Corp.**:
    specializes in …" bullets: the list goes on past the brand in lower case, to its last item; a Dutch release's
    "ams OSRAM AG" likewise."""
    found, _ = _written("w19-02-oral-thin-film-cdmo.md")
    assert {"tesa Labtec GmbH", "IntelGenx Corp.", "Seoul Pharma Co., Ltd.", "Aavishkar Oral Strips Pvt. Ltd."} <= found
    assert "ams OSRAM AG" in _written("w11-30-led-kweekverlichting.txt")[0]


LOWER_CASE_WORDS = (
    "and or the with by of for from to in at as on like such are is was were has had its our also both plus"
)


@pytest.mark.parametrize("word", [*LOWER_CASE_WORDS.split(), "counts", "including"])
def test_a_sentence_s_word_in_lower_case_before_a_name_is_no_brand(word: str) -> None:
    """ "… key players are Spirit AeroSystems Holdings, Inc.", "… counts Commerzbank AG": the lower-case word before
    the name is the sentence's, no part of the company's name."""
    assert not is_company_name(f"{word} Spirit AeroSystems Holdings, Inc.", load_index())
    assert is_company_name("tesa Labtec GmbH", load_index())


def test_a_group_s_two_companies_and_a_brand_s_legal_name_in_a_numbered_list() -> None:
    """A written release's numbered players: "3. WuXi AppTec / WuXi Biologics" two companies, "5. PCI Pharma Services
    (Packaging Coordinators Inc.)" the brand without its legal name; the list goes on to its last item."""
    found, _ = _written("w19-09-clinical-trial-manufacturing-services.md")
    assert {"WuXi AppTec", "WuXi Biologics", "PCI Pharma Services", "Sharp Services", "Almac Group"} <= found
    assert not any("/" in name or "Packaging Coordinators" in name for name in found)
    assert without_place_or_note("Noise (Nexxbase Marketing Pvt. Ltd.)", load_index()) == "Noise"


def test_names_a_sentence_calls_customers_or_leaves_out_of_a_ranking_are_no_players() -> None:
    """A written trade feature: "… also lists formulation-focused firms such as Vetter Pharma and Aenova Group among
    early-phase CDMOs; those companies are not ranked in the …", "Companies like Arcturion are the customers driving
    both forecasts"."""
    found, _ = _written("w19-30-ctm-manufacturing-outsourcing.md")
    assert not {"Vetter Pharma", "Aenova Group", "Arcturion"} & found and "Quotient Sciences" in found


def test_list_of_providers_set_off_by_dashes() -> None:
    doc = (
        "press-release-archive_structure-research-publishes-2025-reports-on-kuala-lumpur-and-jakarta-data-centre-"
        "markets-.md"
    )
    # "Hyperscale cloud providers—including Alibaba Cloud, AWS, Microsoft, and Google—are expanding their presence"
    assert {"Alibaba Cloud", "AWS", "Microsoft", "Google"} <= names(doc)
    # celebrities a brand distributor has represented are not players
    assert "Hulk Hogan" not in names(
        "press-release-archive_npis-mitch-gould-u-s-ecommerce-to-surpass-2-trillion-by-2030.md"
    )


def test_listed_name_run_into_a_heading_takes_the_name_its_ticker_has_alone() -> None:
    # the summary "Monty Rakusen Investment Thesis Camtek Ltd. (NASDAQ:CAMT) provides ..." and the body's
    # "**Camtek Ltd.** (NASDAQ:CAMT)"
    found = {c.name_as_written for c in process_file(REAL_DOCS / "bulwark_4757835.en.md", 10**8).facts.companies}
    assert "Camtek Ltd." in found
    assert not any(n.startswith("Monty") for n in found)


def test_companies_in_a_persons_career_are_not_players() -> None:
    doc = "press-release-archive_could-lithium-prices-be-near-the-bottom-of-the-cycle-this-co.md"
    found = {c.name_as_written for c in process_file(REAL_DOCS / doc, 10**8).facts.companies}
    # "MacDonald is an alumnus of Newmont Corporation (NYSE: NEM)", "He is a CFO at Pan Global Resources (NASDAQ:
    # PGZFF) and previously held the position of CFO at First Mining Gold (NASDAQ: FFMGF)"
    assert not {"Newmont Corporation", "Pan Global Resources", "First Mining Gold"} & found
    # the company the article is about and the peers it is compared with stay
    assert {"Li-FT Power", "Sigma Lithium"} <= found


def test_subsidiaries_and_partners_of_the_company_a_release_is_about() -> None:
    zenatech = (
        "press-release-archive_zenatech-nasdaq-zena-targets-opportunities-in-the-47-billion-military-drone-industry.md"
    )
    found = {c.name_as_written for c in process_file(REAL_DOCS / zenatech, 10**8).facts.companies}
    # "its subsidiary ZenaDrone", "its partnership with Spider Vision Sensors Ltd., a newly established subsidiary"
    assert {"ZenaDrone", "Spider Vision Sensors Ltd."} <= found
    cardio = "press-release-archive_cardio-diagnostics-inks-groundbreaking-telehealth-agreement.md"
    # "Cardio Diagnostics' partnership with Navierre"
    assert "Navierre" in {c.name_as_written for c in process_file(REAL_DOCS / cardio, 10**8).facts.companies}
    text = "The company announced a research partnership with Stanford University and its subsidiary Acme Robotics."
    assert {c.name_as_written for c in extract_companies(text, [], load_index())} == {"Acme Robotics"}


def _written(name: str) -> tuple[set[str], list[str]]:
    """(companies found in a written document, as written; its labelled companies)."""
    path = WRITTEN / "docs" / name
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    label = json.loads((WRITTEN / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return found, label["companies"]


@pytest.mark.parametrize(
    "name",
    [
        "wc13-cyber-insurance-market.md",  # "The competitive landscape includes A, B, ..."
        "wc26-regtech-market.txt",  # "Ironleaf's vendor analysis covers A, B, ..." (wrapped text)
        "wc09-solar-microinverters-market.html",  # "The supplier landscape covered by the study includes ..."
        "wc24-gan-charger-market.txt",  # "## Companies", "... brands, including:" then a bulleted list
        "wc20-smart-pos-terminals-tillpoint.md",  # "such as Verifone, Inc., Ingenico and PAX ..., and with ..."
        "wc07-embedded-finance-market.html",  # "..., Swan SAS and Lumenpay Technologies Inc." (a sentence after)
        "wc08-biostimulants-market.html",  # "... and UPL Limited (sorted alphabetically)."
        "wc17-photoresist-market.md",  # "Name (Japan)" lines, then "Why Buy This Report?" and its lines
        "wc03-warehouse-robotics-market.html",  # "profiled in the report include A, ... and B AB. B AB, for example"
        "wc22-specialty-silica-market.txt",  # "Companies profiled include Evonik Industries AG, ..."
        "wc27-india-organic-fertilizer-market.txt",  # "Key companies profiled in the report are A, B, ..."
        "w2-26-railcar-leasing-market.txt",  # "Key Company Profiles" lines, then "Other Prominent Vendors" lines
        "w2-13-lab-grown-diamonds-market.md",  # "Producers and brands tracked in the report:", "Name — what it does"
        "w2-18-ai-code-assistants-market.md",  # "Major vendors: GitHub | Amazon Web Services | ..."
        "w2-21-india-solar-water-pumps-market.txt",  # "The organised segment is led by A, B, ... and C, alongside ..."
        "wc01-plant-based-cheese-market.html",
        "wc10-pet-food-packaging-market.html",
        "w5-06-cultivated-meat-amp.html",  # "Companies assessed" over names; "Eat Just, Inc. (GOOD Meat)"
        "w5-26-electric-motorcycles.txt",  # "  Key Companies Covered     Zero Motorcycles, Inc., …", wrapped
    ],
)
def test_every_player_of_a_written_document_and_no_other(name: str) -> None:
    """Documents written for the project (tests/written), each company as its label has it: found, and nothing
    else (customers, partners, buyers named "such as" in the same text are not players)."""
    found, labelled = _written(name)
    assert found == set(labelled)


def test_players_listed_after_a_sentence_a_table_cell_or_with_their_country() -> None:
    """A heading's list after a sentence with a colon in it ("The market is concentrated: ... Key players profiled
    in the report:"); a table cell listing names with semicolons; names with their country in parentheses or "in
    India" after them; a heading "X Market Companies"; "Companies Featured:"; "The report profiles ..."; and a
    sentence naming three of them with a dash is not a list ("Three suppliers — A, B and C — together hold ...")."""
    for name in (
        "wc12-continuous-glucose-monitoring-devices-market.md",
        "wc19-aquaculture-feed-market.md",
        "wc17-photoresist-market.md",
        "wc04-cold-chain-monitoring-market.html",
        "wc06-industrial-enzymes-market.html",
        "wc18-freight-audit-and-payment-market.md",
    ):
        found, labelled = _written(name)
        missed = [company for company in labelled if company not in found]
        assert len(missed) <= 3, (name, missed)  # "i-SENS, Inc.", "enVista": names in lower case are not read
        assert not any("(" in company or " in " in company or "—" in company for company in found), found


def test_buyers_and_customers_named_such_as_are_not_players() -> None:
    """Written documents: "smartphone makers such as Xiaomi Corporation among their largest customers", "Tyre makers
    such as Michelin and Bridgestone have long-term supply agreements with ...", "signed supply deals with automakers
    such as Ford Motor Company", "a supply agreement with Renault Group"."""
    for name, buyers in (
        ("wc24-gan-charger-market.txt", {"Xiaomi Corporation"}),
        ("wc22-specialty-silica-market.txt", {"Michelin", "Bridgestone"}),
        ("wc15-lithium-iron-phosphate-battery-market.md", {"Ford Motor Company", "Stellantis N.V."}),
        ("wc02-silicon-carbide-power-devices-market.html", {"Renault Group"}),
    ):
        found, _ = _written(name)
        assert not buyers & found, (name, buyers & found)


def test_a_name_written_in_lower_case_at_its_start() -> None:
    """ "enVista", "nVision Global", "i-SENS, Inc." (written documents), "Tembo e-LV" (a real one): a capital after
    the first letters; a lower-case word without one is no name."""
    freight, _ = _written("wc18-freight-audit-and-payment-market.md")
    glucose, _ = _written("wc12-continuous-glucose-monitoring-devices-market.md")
    assert {"enVista", "nVision Global"} <= freight and "i-SENS, Inc." in glucose
    ev = "press-release-archive_middle-easts-9-billion-ev-opportunity-reaffirms-potential-in-these-stocks.md"
    assert "Tembo e-LV" in {c.name_as_written for c in process_file(REAL_DOCS / ev, 10**8).facts.companies}
    assert is_company_name("enVista") and is_company_name("eBay Inc.")
    assert not is_company_name("onsemi") and not is_company_name("include Evonik Industries AG")
    assert not any(map(is_company_name, ("EUR 71,293Mn", "CAGR of 9%", "JPY 8.2 trillion", "Other Prominent Vendors")))


def test_players_introduced_in_more_ways() -> None:
    """Written documents: "Leading bicycle groups include A, B", "The top tier is led by A, B, … followed by C, D",
    "Verilant competes with A, B, … among others"; a players heading after a heading underlined with dashes
    ("Competitive Landscape" / "-----" / "Major players operating in the market are:") or after a sentence in its
    paragraph ("The market is moderately consolidated. The list of key companies profiled in the report
    includes:"); "age groups include" introduces no players."""
    expected = {
        "w3-05-germany-e-bike.html": {"Accell Group N.V.", "Giant Manufacturing Co., Ltd."},
        "w3-04-kombucha.html": {"Health-Ade", "KeVita", "Humm Kombucha"},
        "w3-27-identity-verification.txt": {"Jumio Corporation", "Experian plc"},
        "w3-22-electric-bus-charging.txt": {"ABB Ltd.", "Wabtec Corporation"},
        "w3-03-electronic-shelf-label.html": {"VusionGroup", "Zkong Networks"},
    }
    for doc, players in expected.items():
        found = {c.name_as_written for c in process_file(WRITTEN / "docs" / doc, 10**8).facts.companies}
        assert players <= found, doc
    text = "The widget market is growing. Key age groups include Children, Teenagers and Adults."
    assert extract_companies(text, [], load_index()) == []
    text = (
        "Competitive Landscape\nAcme Widgets Corp\nMajor players operating in the market are:\nBeta Gears Inc.\n"
        "Gamma Ltd.\n"
    )
    assert {c.name_as_written for c in extract_companies(text, [], load_index())} == {
        "Acme Widgets Corp",
        "Beta Gears Inc.",
        "Gamma Ltd.",
    }


def test_players_counted_among_the_leaders_and_numbered_under_a_heading() -> None:
    """Written documents: "the study names A, B, … among the leading suppliers" and "Palisade Research Partners
    lists A, B, … among the key players" (the names before the words that make them players); "LEADING PRODUCERS"
    over "1. Shin-Etsu Chemical Co., Ltd. (Japan)", "2. …", up to the heading after them ("KEY RISKS"); an indented
    text table "Company  Headquarters"."""
    expected = {
        "w4-07-germany-wallbox-chargers.html": {"Wallbox N.V.", "ABL GmbH", "Easee AS"},
        "w4-14-collagen-peptides.html": {"Gelita AG", "Nitta Gelatin Inc.", "Holista CollTech"},
        "w4-19-rare-earth-magnets.txt": {"Shin-Etsu Chemical Co., Ltd.", "VACUUMSCHMELZE GmbH & Co. KG"},
        "w4-13-modular-data-centers.txt": {"Vertiv Holdings Co", "Schneider Electric SE"},
        # "MarketsandMarkets names Eat Just, Inc. (US), …, Vezlay Foods Pvt. Ltd. (India), … among the key players"
        "w17-24-plant-based-egg.html": {"Zero Egg", "Vezlay Foods Pvt. Ltd.", "Onego Bio"},
    }
    found = {
        doc: {c.name_as_written for c in process_file(WRITTEN / "docs" / doc, 10**8).facts.companies}
        for doc in expected
    }
    for doc, players in expected.items():
        assert players <= found[doc], doc
    assert not found["w4-19-rare-earth-magnets.txt"] & {"KEY RISKS", "RELATED STRATUM STUDIES"}


def test_players_named_among_providers_a_brand_after_a_legal_name_and_names_a_wrap_cut() -> None:
    """Written documents: "CMI names Lonza Group AG, …, Carbogen Amcis AG and Veranova among the leading
    providers"; "HP Hood LLC (Planet Oat)" is HP Hood LLC (its brand in parentheses), "(Novartis AG)" stays an
    owner's; "Tindall Cor-" / "poration, Boral Limited" and a list line that ends at a comma go on in the next."""
    found, _ = _written("w5-25-hpapi-contract-manufacturing.txt")
    assert {"Lonza Group AG", "Cambrex Corporation", "Carbogen Amcis AG", "Veranova"} <= found
    found, _ = _written("w3-23-oat-milk.txt")
    assert "HP Hood LLC" in found and "HP Hood LLC (Planet Oat)" not in found
    found, _ = _written("w5-21-precast-concrete.txt")
    assert {"Tindall Corporation", "Heidelberg Materials AG", "Boral Limited"} <= found
    found, _ = _written("w2-27-gcc-sports-nutrition-market.txt")
    assert "Falcon Performance Nutrition LLC" in found
    regions = load_index()
    assert without_place_or_note("Adamis Pharmaceuticals Corporation (Novartis AG)", regions).endswith("(Novartis AG)")


def test_the_last_two_names_of_a_list_a_sentence_follows() -> None:
    """A trade paper's "Other players named in the report include …, Aeva Inc., Ouster and Continental AG. Among
    newcomers, …": Ouster and Continental AG, two names."""
    assert split_list("Aeva Inc., Ouster and Continental AG. Among newcomers, Quantaris Photonics")[:3] == [
        "Aeva Inc.",
        "Ouster",
        "Continental AG",
    ]
    found, _ = _written("w5-05-automotive-lidar-trade-news.html")
    assert {"Ouster", "Continental AG"} <= found


def test_a_report_s_purchase_options_and_chapters_name_no_company() -> None:
    """Written pages: "Purchase Options" over "Single User: $4,950", "Multiuser: $5,950", "Enterprise User: $7,250"
    after a players answer, and "Chapter 8: Industry chain, …" in a table of contents, are no players."""
    for name in ("w5-02-radiopharmaceuticals-market-report.html", "w5-03-plate-heat-exchangers-outlook.html"):
        found, _ = _written(name)
        assert not {"Purchase Options", "Single User", "Multiuser", "Enterprise User", "Chapter 8"} & found, name
    assert not is_company_name("Single User", load_index()) and is_company_name("Purchasing Power Inc.", load_index())


def test_a_list_that_ends_a_sentence_at_a_name_that_is_no_abbreviation() -> None:
    """A trade paper's "…, Liebherr and JCB. Hyundai Construction Equipment and Doosan Bobcat are also expanding":
    JCB ends the list's sentence; "Dr. Reddy's Laboratories" and "Solvent Pvt. Ltd." stay whole."""
    assert split_list("Komatsu Ltd., Liebherr and JCB. Hyundai Construction Equipment and Doosan Bobcat")[:3] == [
        "Komatsu Ltd.",
        "Liebherr",
        "JCB",
    ]
    assert split_list("Dr. Reddy's Laboratories, Cipla and Solvent Pvt. Ltd. are expanding") == [
        "Dr. Reddy's Laboratories",
        "Cipla",
        "Solvent Pvt. Ltd.",
    ]
    assert "JCB" in _written("w5-24-saudi-arabia-construction-equipment.txt")[0]


def test_the_words_before_a_list_may_hold_an_acronym_but_no_name() -> None:
    """ "Key players profiled in the TMR report include Lonza Group AG, …", "competes with larger sterile CDMOs
    including Catalent, Inc., …" (written documents): the list's first name is kept; a real release's "emerging
    players like Temu are setting the standard" names Temu."""
    assert "Lonza Group AG" in _written("w5-01-adc-cdmo-bioconjugation-suite.html")[0]
    assert "Catalent, Inc." in _written("w5-12-sterile-injectables-fill-finish-line.md")[0]
    text = "“Amazon, Walmart, and emerging players like Temu are setting the standard for logistics,” Gould noted."
    assert "Temu" in {c.name_as_written for c in extract_companies(text, [], load_index())}


def test_a_list_the_words_after_it_call_players() -> None:
    """A written page: "ResMed Inc., Koninklijke Philips N.V., …, and Löwenstein Medical are among the major
    players." names its players before the words that say so; "… are some of the key factors" names none."""
    found, labelled = _written("w4-20-sleep-apnea-devices.html")
    assert set(labelled) <= found
    text = "Rising obesity, Ageing Populations and Home Testing are some of the key factors behind demand."
    assert not extract_companies(text, [], load_index())


def test_lists_a_post_marks_with_symbols_or_a_sentence_ending_in_a_colon_heads() -> None:
    """Written documents: a post's "Who is winning the work? A mix of specialists and broad CDMOs:" over lines
    marked "✅ Argenta", "✅ Norbrook Laboratories", …; its "Players to watch 👀" over a list run into a sentence
    ("…, TriLink BioTechnologies and ST Pharm. North America still has …"); a page's "The providers we track most
    closely are:" over one name a line, a note with commas after one ("Aldevron (Fargo, North Dakota; part of
    Danaher since 2021)") no part of it."""
    found, _ = _written("w6-21-animal-health-cdmo-linkedin-post.md")
    assert {"Argenta", "Norbrook Laboratories", "Bimeda", "Hester Biosciences"} <= found
    found, _ = _written("w6-10-mrna-cdmo-linkedin-post.md")
    assert {"Lonza", "Samsung Biologics", "ReciBioPharm", "TriLink BioTechnologies", "ST Pharm"} <= found
    found, _ = _written("w6-17-plasmid-dna-manufacturing-estimates-compared.html")
    assert {"Aldevron", "Charles River Laboratories", "VGXI, Inc.", "Eurofins Genomics"} <= found
    assert not any("Dakota" in name for name in found)


def test_an_abbreviation_s_period_ends_no_sentence_of_a_list() -> None:
    """A list under a players heading that a sentence follows: "Nolan Pvt. Ltd." is one name, the list ends at
    "Rhenus Chemie."."""
    text = (
        "Key Players\n\nNolan Pvt. Ltd., Oyama Kasei Corporation, Ostrava Energy plc and Rhenus Chemie. Demand for"
        " composites grows as wind turbine makers ask for lighter blades.\n"
    )
    found = [c.name_as_written for c in extract_companies(text, [], load_index())]
    assert found == ["Nolan Pvt. Ltd.", "Oyama Kasei Corporation", "Ostrava Energy plc", "Rhenus Chemie"]


@pytest.mark.parametrize(
    "after",
    [
        "The report covers Power Generation, District Heating and Commercial Buildings.",
        "This report covers Power Generation, District Heating and Commercial Buildings.",
        "These firms serve Power Generation, District Heating and Commercial Buildings.",
        "It covers Power Generation, District Heating and Commercial Buildings.",
        "Its segments are Power Generation, District Heating and Commercial Buildings.",
        "They serve Power Generation, District Heating and Commercial Buildings.",
        "Their buyers are Power Generation, District Heating and Commercial Buildings.",
    ],
)
def test_an_abbreviation_s_period_before_a_sentence_s_first_word_ends_the_list(after: str) -> None:
    """A written roundup: "Players profiled include …, EnergyNest AS and Malta Inc. The report segments the market
    by technology (…), by storage material (…) and by application (Industrial Process Heat, Power Generation, …)":
    the list ends at "Malta Inc.", its applications are no players."""
    text = f"Players profiled include Acme Holdings, Bolt Industries and Malta Inc. {after}\n"
    found = [c.name_as_written for c in extract_companies(text, [], load_index())]
    assert found == ["Acme Holdings", "Bolt Industries", "Malta Inc."]


def test_a_roundup_s_players_end_at_the_sentence_after_them() -> None:
    found, _ = _written("w16-17-weekly-top5-energy-reports.html")
    assert "Malta Inc." in found and not {"Power Generation", "District Heating & Cooling"} & found


def test_a_contents_page_s_company_profiles_numbered_by_section() -> None:
    """A written report page's contents: "10 COMPANY PROFILES" over "10.1 Oura Health Oy", "10.2 Samsung Electronics
    Co., Ltd.", …: the companies without their sections' numbers; "11 APPENDIX"'s "List of Tables" is none, and a
    numbered section's heading ("1.3 Competitive landscape") still heads its players."""
    found, _ = _written("w6-19-smart-ring-report-toc.html")
    assert {"Oura Health Oy", "Samsung Electronics Co., Ltd.", "RingConn", "McLear Ltd."} <= found
    assert not any(name[:1].isdigit() for name in found) and "List of Tables" not in found
    found, _ = _written("w5-21-precast-concrete.txt")
    assert {"Elematic Oyj", "Spancrete"} <= found


def test_a_contents_page_s_subsections_under_a_numbered_profiles_heading() -> None:
    """A written report page's contents: "9.3 Company Profiles" over "9.3.1 Lonza", …, "9.3.10 Curia Global", then
    "10. APPENDIX" with "10.1 Tabulated Data": the companies without their numbers, none of the next chapter's."""
    found, labelled = _written("w19-08-bioprocess-development-outsourcing.txt")
    assert {"Lonza", "Samsung Biologics", "Curia Global", "Rentschler Biopharma SE"} <= found
    assert not any(name[:1].isdigit() for name in found)
    assert not {"Tabulated Data", "List of Companies and Organizations"} & found and len(found) == len(labelled)


def test_company_profiles_that_include_a_list() -> None:
    """A written webinar page: "Company profiles include TLD Group, Oshkosh AeroTech, …, Tronair and Weihai Guangtai
    Airport Equipment Co., Ltd." names the players."""
    found, _ = _written("w6-18-electric-ground-support-equipment-webinar.html")
    assert {"TLD Group", "Oshkosh AeroTech", "Tronair", "Weihai Guangtai Airport Equipment Co., Ltd."} <= found


def test_a_company_that_competes_principally_with_listed_rivals() -> None:
    """A written investor release: "The Company competes principally with Lonza Group AG (SIX: LONN), …, AGC Biologics
    and Oxford Biomedica plc (LSE: OXB)": the rivals, without their Swiss or London tickers."""
    found, _ = _written("w6-01-cell-gene-therapy-cdmo-investor-release.html")
    assert {"Lonza Group AG", "Catalent, Inc.", "AGC Biologics", "Oxford Biomedica plc"} <= found


def test_a_list_of_firms_known_by_their_legal_names_after_a_colon_or_among_others() -> None:
    """Written documents: "Names to know, per the report: Nestlé S.A., Starbucks Corporation, …" and "Data for this
    bulletin were provided by, among others, NAUE GmbH & Co. KG, Solmax, …, Fibertex Nonwovens A/S. Individual company
    data are confidential" name firms by their look, with no words calling them players; a colon before a list of
    other things names none."""
    coffee, _ = _written("w5-23-cold-brew-coffee.txt")
    assert {"Nestlé S.A.", "Starbucks Corporation", "Califia Farms", "Chameleon Organic Coffee"} <= coffee
    geo, _ = _written("w6-22-european-geosynthetics-statistics-bulletin.md")
    assert {"NAUE GmbH & Co. KG", "Solmax"} <= geo and "Fibertex Nonwovens A/S." in geo  # its suffix's period kept
    text = "Applications covered: Food Ingredients, Animal Feed, Cosmetics Co-Packing and Pharma Excipients Ltd."
    assert not extract_companies(text, [], load_index())


def test_the_largest_by_their_revenue_are_the_players() -> None:
    """A written methodology note: "The largest by packaging service revenue are PCI Pharma Services, Sharp
    Services, LLC, …, Fisher Clinical Services and Jones Healthcare Group." names the market's players."""
    found, _ = _written("w6-02-pharma-contract-packaging-estimates-compared.html")
    assert {"PCI Pharma Services", "Sharp Services, LLC", "Catalent, Inc.", "Jones Healthcare Group"} <= found


def test_a_ranking_s_cards_and_its_honourable_mentions() -> None:
    """A written ranking of device CROs: each company's name on a line over its card ("IQVIA Holdings Inc." over
    "HQ: Durham, North Carolina, U.S. · Employees: ~88,000 · …") and "Honourable mentions: Charles River
    Laboratories (preclinical device testing), …, Proxima CRO and Clinlogix." are its players, as labelled."""
    found, labelled = _written("w7-04-medical-device-cro-top-companies.html")
    assert found == set(labelled)
    text = (
        "The 2025 ranking\n\nNordwerk Analytik GmbH\n\nHeadquarters: Kiel, Germany · Founded 1998\n\n"
        "Honorable mentions: Acme Labs."
    )
    assert {c.name_as_written for c in extract_companies(text, [], load_index())} == {
        "Nordwerk Analytik GmbH",
        "Acme Labs",
    }


@pytest.mark.parametrize(
    "name",
    [
        "w7-21-regulatory-affairs-outsourcing-obsidian-memo.md",  # "| Competitor |" over "| [[Freyr Solutions]] |"
        "w7-05-lab-automation-newsletter-digest.html",  # "<strong>Companies profiled.</strong> Thermo Fisher …"
        "w7-23-pharmacy-automation-sizing-notebook.md",  # "Key players named in the release: …, Becton, Dickinson …"
    ],
)
def test_players_in_a_column_of_competitors_after_a_label_or_named_in_a_release(name: str) -> None:
    """Written documents: a note's table of competitors, its names links to other notes; a bold label ending with
    a period over its list; "Key players named in the release:" (words between the verb and the colon), whose
    "Becton, Dickinson and Company" is one name; and the disclaimer's "… the companies profiled. RazorPitch has
    been retained …" of a real page lists nobody."""
    found, labelled = _written(name)
    assert set(labelled) - {"Medpace", "Kestrel Regulatory Partners"} <= found  # two named in prose, not listed
    assert "Becton" not in found and not any("[[" in company for company in found)
    real = next(REAL_DOCS.glob("press-release-archive_zenatech-nasdaq-zena-targets-*"))
    assert "RazorPitch" not in {c.name_as_written for c in process_file(real, 10**8).facts.companies}
    note = clean("Competitors: [[Freyr Solutions]] and [[ProPharma Group|ProPharma]].", ".md").text
    assert note == "Competitors: Freyr Solutions and ProPharma."


@pytest.mark.parametrize(
    "name",
    [
        "w7-24-robotic-pool-cleaners-slide-deck.txt",  # "Maytronics Ltd. (TASE: MTRN)" first under its heading
        "w7-12-marine-scrubber-webinar-slides.txt",  # "Q&A (captured from chat)"
    ],
)
def test_the_players_of_a_slide_deck_exported_to_text(name: str) -> None:
    """Written slide decks exported to text ("--- Slide 10 / 14 ---", a footer on every slide): the agenda's
    "Competitive landscape" is a section's name over "Q&A", not a list of players; the players' slide lists them,
    one with its ticker on the Tel Aviv exchange."""
    found, labelled = _written(name)
    assert found == set(labelled)


def test_players_named_in_interviews_a_competitive_set_or_a_table_whose_names_fill_their_column() -> None:
    """Written documents: "The names that came up most in our interviews were Freudenberg Medical, …"; an
    earnings call's "Our competitive set has not changed: Lonza, Samsung Biologics, …"; a text table under a rule
    whose name fills its column, one space before the next ("Sumitomo Electric Industries, Ltd. Kenitra, …")."""
    found, labelled = _written("w7-10-medical-textiles-contract-manufacturing-blog.md")
    assert found == set(labelled)
    found, _ = _written("w7-14-vaccine-contract-manufacturing-earnings-call.txt")
    assert {"Lonza", "Samsung Biologics", "IDT Biologika", "Emergent BioSolutions"} <= found
    found, _ = _written("w7-15-morocco-wire-harness-sector-brief.txt")
    assert {"Aptiv PLC", "Sumitomo Electric Industries, Ltd.", "Leoni AG", "Yura Corporation"} <= found


def test_a_report_page_s_card_of_major_players_and_the_note_under_it() -> None:
    """A written report page: a card "Major Players" over "IQVIA Inc. · ICON plc · … · Accenture plc", then
    "*Disclaimer: Major Players sorted in no particular order" (a note: no heading of its own, and the end of the
    list) over the cards "Study Period", "Base Year For Estimation", …, none a company."""
    found, _ = _written("w7-18-pharmacovigilance-outsourcing-report-cards.html")
    assert {"IQVIA Inc.", "ICON plc", "Parexel International (MA) Corporation", "Accenture plc"} <= found
    assert not found & {"Study Period", "Base Year For Estimation", "Pages / Tables", "120 / 48"}


def test_a_players_label_with_words_before_its_colon() -> None:
    """Written pages: "Key players they list: Labcorp Drug Development, ICON plc, …, PPD (part of Thermo Fisher
    Scientific), …" in a Reddit thread, "Key companies in the report: Universal Music Group, …" in a video's
    description: the label ends at its colon after a few words in lower case, the names follow it; the lines after
    such a label are not read as its list ("Sponsor: Turnwell turntables", "On the shortage: it is real …")."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    thread = {
        c.name_as_written
        for c in process_file(docs / "w8-09-bioanalytical-cro-reddit-thread.md", 10**8).facts.companies
    }
    assert {"ICON plc", "PPD", "Intertek Group plc", "WuXi AppTec"} <= thread
    video = process_file(docs / "w8-15-vinyl-records-youtube-transcript.txt", 10**8).facts.companies
    assert {"GZ Media", "Third Man Pressing"} <= {c.name_as_written for c in video}
    assert "Sponsor" not in {c.name_as_written for c in video}
    forum = process_file(docs / "w7-07-matcha-market-forum-answer.md", 10**8).facts.companies
    assert "On the shortage" not in {c.name_as_written for c in forum}


def test_the_big_brands_are() -> None:
    """A written Reddit thread: "The big equipment brands are Bullpadel, Head, Babolat, Adidas Padel, Nox and Siux,
    with Wilson pushing hard in the US." lists players after "big … brands are"."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-21-padel-equipment-reddit-thread.md"
    names = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    assert {"Bullpadel", "Babolat", "Adidas Padel", "Siux"} <= names


def test_the_names_that_come_up_over_a_thread_s_dash_list() -> None:
    """A written X thread: "Who makes them? The names that come up again and again:" over "- Lallemand Health
    Solutions", …, "- Vantor Biofermentation GmbH" and the post's counts indented under it ("  ♡ 176 ⟲ 38"): each
    item a player, the counts not part of the last; the next post's number ("7/12") no company, nor a range of rates
    ("11%–13%") in a written summary."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    names = {
        c.name_as_written
        for c in process_file(docs / "w8-12-probiotic-contract-manufacturing-x-thread.txt", 10**8).facts.companies
    }
    assert {"Lallemand Health Solutions", "Probi AB", "Vantor Biofermentation GmbH"} <= names and "7/12" not in names
    summary = process_file(docs / "w6-13-electric-boats-research-summary.md", 10**8).facts.companies
    assert "11%–13%" not in {c.name_as_written for c in summary}


def test_an_analyst_s_rating_is_no_company() -> None:
    """A written equity-research note opens with "| Rating | **BUY** (initiation) |": the rating in bold before a
    parenthesis is no company profiled; the note's players stay; no rating word is a company's name."""
    note = process_file(REPO_ROOT / "tests/written/docs/w8-07-lnp-cdmo-equity-research-note.md", 10**8).facts
    names = {c.name_as_written for c in note.companies}
    assert "BUY" not in names and {"Lonza Group AG", "Samsung Biologics"} <= names
    for rating in ("Buy", "HOLD", "Sell", "Outperform", "Underperform", "Overweight", "Underweight"):
        assert not is_company_name(rating), rating


def test_a_mail_merge_field_left_in_a_list_is_no_part_of_its_last_name() -> None:
    """A written mail merge sent with its fields unfilled lists "…, Harlow Fill & Pack Ltd. and
    «Additional_Player_3».": the field is parted from the last name by its "and" and is no company."""
    text = process_file(
        REPO_ROOT / "tests/written/docs/w8-13-personal-care-contract-packaging-mail-merge.txt", 10**8
    ).facts
    names = {c.name_as_written for c in text.companies}
    assert "Harlow Fill & Pack Ltd." in names and not any("«" in name for name in names)


def test_a_head_office_s_places_parted_by_a_slash_are_no_company() -> None:
    """A written bank's workbook saved as a page lays out its players' table one cell to a line under "Key players
    (EMS with automotive PCBA lines)": "Austin, TX / Singapore" under "Flex Ltd." is where it sits, no company;
    a name with a slash of its own stays one ("KDC/One")."""
    sheet = process_file(REPO_ROOT / "tests/written/docs/w8-03-automotive-pcba-ems-model-workbook.html", 10**8).facts
    names = {c.name_as_written for c in sheet.companies}
    assert "Flex Ltd." in names and not any("Singapore" in name for name in names)
    assert is_company_name("KDC/One", load_index())


def test_a_list_the_market_leaves_out_and_the_sentence_after_a_list() -> None:
    """Written pages name companies that are not the market's players right after its players: "Detergent and dosing
    suppliers such as Ecolab and Diversey are not covered." after "… Miele & Cie. KG, Girbau, S.A., …" (no sentence
    ends at "Cie."); and a players list whose sentence ends at a legal suffix is followed by one naming others ("…
    Lucideon Limited and Ecolab Inc. Validation software vendors such as Kneat and ValGenesis are not included …"):
    its names are no players, though a sentence that opens with names goes on with the list."""
    for name, players, others in (
        ("w9-14-commercial-laundry-equipment-fax-release.txt", {"Kannegiesser"}, {"Ecolab", "Diversey"}),
        ("w9-07-cleaning-validation-services-chatbot-export.md", {"Ecolab Inc."}, {"Kneat", "ValGenesis"}),
    ):
        companies = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.companies
        names = {c.name_as_written for c in companies}
        assert players <= names and not others & names, name
    assert split_list("Komatsu Ltd., Liebherr and JCB. Hyundai Construction Equipment and Doosan Bobcat are big") == [
        "Komatsu Ltd.",
        "Liebherr",
        "JCB",
        "Hyundai Construction Equipment",
        "Doosan Bobcat",
    ]


def test_a_sentence_that_names_the_company_profiles_heads_no_list() -> None:
    """A written report's changelog has "DJI (DJI Power series) added to the company profiles." and "Lion Energy
    from the company profiles (insufficient disclosure).": sentences, no players headings; the scope's lines under
    them ("By Capacity: <500 Wh; 500–1,499 Wh; …", "By Battery Chemistry: LFP; NMC") name no companies."""
    log = process_file(REPO_ROOT / "tests/written/docs/w9-09-portable-power-station-report-changelog.md", 10**8).facts
    names = {c.name_as_written for c in log.companies}
    assert {"EcoFlow", "Anker Innovations", "DJI"} <= names
    assert not {"500–1,499 Wh", "NMC", "Emergency Backup", "Offline", "Fixed"} & names


def test_a_list_of_names_on_its_own_line_ends_at_the_blank_line_under_it() -> None:
    """Under "KEY PLAYERS PROFILED" a written invitation lists its players on one line, then a blank line and
    "AGENDA (BST)" / "15:00 Welcome and housekeeping"; a written release lists its players on a line and its
    segmentation under it: what follows the blank line names no players. A sentence that opens a list ("… tracks chip
    suppliers and charger brands, including:") goes on with the items under it."""
    written = REPO_ROOT / "tests/written/docs"
    invite = {
        c.name_as_written
        for c in process_file(written / "w9-26-electric-heat-tracing-webinar-invite.txt", 10**8).facts.companies
    }
    assert "Heat Trace Limited" in invite and not {"AGENDA (BST)", "15:00 Welcome and housekeeping"} & invite
    release = {
        c.name_as_written
        for c in process_file(written / "w4-02-medical-device-contract-manufacturing.md", 10**8).facts.companies
    }
    assert not {"Class II", "Cardiovascular", "Segmentation"} & release
    chargers = {c.name_as_written for c in process_file(written / "wc24-gan-charger-market.txt", 10**8).facts.companies}
    assert {"Baseus", "Belkin International, Inc."} <= chargers


def test_contract_manufacturers_listed_are_players_but_a_contract_s_parties_are_not() -> None:
    """ "Leading contract manufacturers include A, B" lists players (the written annual report's, in
    tests/loaders/test_columns.py); "signed a contract with A, B" does not; a sentence after the list's legal suffix
    that opens with a preposition ("Inc. In India, …") names no company."""
    listed = split_list("Nolato AB and Tekni-Plex, Inc. In India, your Company competes with Pune Polymed")
    assert "In India" not in listed and "Tekni-Plex, Inc." in listed
    page = (
        "# Widget Market\n\nLeading contract manufacturers include Acme Widgets Inc., Bolt Parts and Cog Works. "
        "Contract research providers such as Dyn Labs and Echo Trials test widgets. Contract packaging firms include "
        "Fox Pack and Gem Fill. Contract development firms include Hub Bio and Ion Cells.\n"
    )
    found = {c.name_as_written for c in extract_document(clean(page, ".md")).companies}
    assert {"Acme Widgets Inc.", "Bolt Parts", "Cog Works", "Dyn Labs", "Fox Pack", "Hub Bio"} <= found
    deal = "# Widget Market\n\nIt signed a contract with carmakers such as Acme Motors, Bolt Cars and Cog Autos.\n"
    assert not extract_document(clean(deal, ".md")).companies


def test_a_firm_that_profiles_the_players() -> None:
    """A written working paper: "Ostrander profiles Almac Group, Pharmaron, Selcia Limited, Moravek, Inc., …": the
    firm that profiles them names the players, as "the report profiles" does."""
    paper = process_file(REPO_ROOT / "tests/written/docs/w9-13-contract-radiolabelling-working-paper.txt", 10**8)
    names = {c.name_as_written for c in paper.facts.companies}
    assert {"Almac Group", "Pharmaron", "Moravek, Inc.", "WuXi AppTec"} <= names
    assert not extract_document(clean("# Widget Market\n\nIt profiles widgets in Europe and Asia.\n", ".md")).companies


def test_players_listed_in_groups_under_labels() -> None:
    """A written analyst's post: "The vendors I track fall into three groups:" over "Indian ER&D majors: Tata Elxsi,
    Cyient, L&T Technology Services, HCLTech" and "Specialist design houses: Sunrise Labs, StarFish Medical": each
    group's label lists its players, the label itself no company; a segmentation's "By device class: Class I · Class II
    · Class III" lists none."""
    post = process_file(
        REPO_ROOT / "tests/written/docs/w9-21-medical-device-software-outsourcing-substack-post.md", 10**8
    )
    names = {c.name_as_written for c in post.facts.companies}
    assert {"Tata Elxsi", "HCLTech", "Sunrise Labs", "StarFish Medical"} <= names
    assert not {"Indian ER&D majors", "Class I", "Class II"} & names


def test_a_team_member_in_bold_with_a_role_is_no_company() -> None:
    """A written crowdfunding page lists its team as "**Priya Castellano**, CEO – …", "**Tom Ashworth**, COO – …",
    "**Dr Ines Okafor**, Head of Product Development – …": people with roles, no companies profiled."""
    page = process_file(REPO_ROOT / "tests/written/docs/w9-17-beverage-co-packing-crowdfunding-pitch.html", 10**8)
    names = {c.name_as_written for c in page.facts.companies}
    assert not {"Priya Castellano", "Tom Ashworth", "Dr Ines Okafor"} & names
    assert extract_companies("Acme Widgets, a maker of widgets\n", ["Acme Widgets"], load_index())
    for role in ("CFO", "CTO"):
        assert not extract_companies(f"Acme Widgets, {role} – runs widgets\n", ["Acme Widgets"], load_index()), role


def test_competitors_a_job_posting_names_and_a_study_s_leaders() -> None:
    """A written job posting: "You will compete for programmes against Tecomet, …, Avalign Technologies and In'Tech
    Medical, and you will broaden our work with existing OEM customers such as Zimmer Biomet, Stryker and
    Smith+Nephew": the competitors are players, the list ends where a clause with its own subject starts, and the
    customers are none. A written article: "The study names …, Intersand and Dr. Elsey's as the leading suppliers"
    (a title's period inside the list)."""
    written = REPO_ROOT / "tests/written/docs"
    posting = process_file(written / "w10-30-orthopaedic-implant-contract-manufacturing-job-posting.txt", 10**8)
    names = {c.company_name for c in posting.facts.companies}
    assert {"Tecomet", "Marle", "In'Tech Medical"} <= names and not {"Stryker", "Smith+Nephew"} & names
    article = process_file(written / "w10-04-cat-litter-print-friendly-article.html", 10**8)
    assert {"Intersand", "Dr. Elsey's"} <= {c.company_name for c in article.facts.companies}
    for clause in ("and you sell to", "and we sell to", "and they sell to", "and it sells to", "but he buys from"):
        text = f"# Widget Market\n\nWe compete against Acme Corp, Widgetco Ltd, {clause} Bigbuyer, Shopco Ltd.\n"
        names = {c.company_name for c in extract_document(clean(text, ".md")).companies}
        assert names == {"Acme", "Widgetco"}, (clause, names)
    for verb in ("competes against", "is competing for tenders against"):
        text = f"# Widget Market\n\nOur firm {verb} Acme Corp and Widgetco Ltd in Europe.\n"
        names = {c.company_name for c in extract_document(clean(text, ".md")).companies}
        assert names == {"Acme", "Widgetco"}, (verb, names)


def test_brands_a_show_discusses() -> None:
    """A written podcast's show notes: a section headed "Brands discussed (28:20)" over "Four Sigmatic, RYZE,
    MUD\\WTR, Laird Superfood, Om Mushroom Superfood and Nestlé (through its …)": the brands are the players."""
    notes = process_file(REPO_ROOT / "tests/written/docs/w10-17-mushroom-coffee-podcast-show-notes.html", 10**8)
    assert {"Four Sigmatic", "RYZE", "Laird Superfood", "Nestlé"} <= {c.company_name for c in notes.facts.companies}


def test_an_association_s_members() -> None:
    """A written comment to a regulator's docket from an association of contract manufacturers: "Our members are
    Renaissance Lakewood, LLC; Kindeva Drug Delivery L.P.; …; and Harbor Mist Pharma Services, Inc.": its members
    are the players."""
    letter = process_file(
        REPO_ROOT / "tests/written/docs/w10-19-nasal-spray-contract-manufacturing-docket-comment.html", 10**8
    )
    names = {c.company_name for c in letter.facts.companies}
    assert {"Renaissance Lakewood", "Kindeva Drug Delivery", "Recipharm", "Harbor Mist Pharma Services"} <= names


def _written_players(name: str) -> set[str]:
    return {c.company_name for c in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.companies}


def test_competitors_a_proposal_lists_under_its_own_heading() -> None:
    """A written grant proposal: under "Competitive landscape", the line "Incumbent and emerging competitors include:"
    heads its own list of "bioMérieux SA — BACT/ALERT® blood culture …" items (a name in camel case too)."""
    players = _written_players("w11-10-sbir-sepsis-market-opportunity.md")
    assert {"bioMérieux", "Becton, Dickinson", "Cytovale", "Inflammatix"} <= players
    assert "Incumbent and emerging competitors include:" not in players


def test_players_set_off_by_dashes() -> None:
    """A written conference agenda: "Leading V2G solution providers named in the IDTechEx analysis — Nuvve Holding
    Corp., Wallbox N.V., …, and Kaluza Ltd. — are moving from …"."""
    assert {"Nuvve Holding", "Wallbox", "Fermata Energy", "Kaluza"} <= _written_players(
        "w11-14-v2g-conference-agenda.html"
    )
    text = "# Widget Market\n\nThe providers named in the study — Acme Corp, Widgetco Ltd and Boltworks Inc. — lead.\n"
    assert {c.company_name for c in extract_document(clean(text, ".md")).companies} == {"Acme", "Widgetco", "Boltworks"}


def test_a_listed_investor_or_customer_is_no_player_and_a_list_ends_where_names_stop() -> None:
    """A written newsletter's "Companies mentioned": "Lux Capital *(lead investor, SkyForge Series B)*", "Anduril
    Industries *(customer of two of the above)*" are not players; nor is the comment section's "Tomasz K." after the
    lines "47", "8", "Share" that end the list."""
    players = _written_players("w11-19-drone-contract-manufacturing-newsletter.md")
    assert {"Jabil", "Plexus", "SkyForge Manufacturing"} <= players
    assert not {"Lux Capital", "Shield Capital", "Anduril Industries", "Tomasz K", "Apr 09"} & players


def test_players_a_market_is_served_by_between_en_dashes() -> None:
    """'The oncology CRO market is served by large full-service players – IQVIA, ICON plc, …, Fortrea and Parexel –
    alongside PPD': the list ends at its closing dash; an en dash inside a name ("ICR – Industrie Cosmetiche Riunite
    S.p.A.") ends none."""
    text = (
        "# Oncology CRO Market\n\nThe oncology CRO market is served by large full-service players – IQVIA, ICON plc,"
        " Syneos Health, Fortrea and Parexel – alongside PPD (Thermo Fisher's CRO business).\n"
    )
    names = {c.company_name for c in extract_document(clean(text, ".md")).companies}
    assert names == {"IQVIA", "ICON", "Syneos Health", "Fortrea", "Parexel"}
    assert {"Cosmint", "Parfex Manufacturing"} <= _written_players("w11-03-fragranze-conto-terzi-it.html")


def test_research_in_a_firm_s_name_is_no_bar_to_being_a_player() -> None:
    """Site networks and equipment makers named "… Research" are players ("Companies profiled in the report include:"
    "Headlands Research", …; "Lam Research", "ACM Research"); a link to "Browse Related Research" is none."""
    site_networks = _written_players("w13-28-site-management-organization.md")
    assert {"Headlands Research", "Centricity Research", "Flourish Research", "Javara", "Care Access"} <= site_networks
    assert "Alliance for Multispecialty Research (AMR)" in site_networks  # its note kept whole
    assert {"Lam Research", "ACM Research"} <= _written_players("w5-27-wafer-cleaning-equipment.txt")
    assert not is_company_name("Browse Related Research")


def test_a_name_loses_every_legal_suffix() -> None:
    assert company_name("WuXi AppTec Co., Ltd.") == "WuXi AppTec"  # two suffixes: "Co." and "Ltd."
    assert company_name("Testo SE & Co. KGaA") == "Testo"
    assert company_name("Site Management Services Co., Ltd. (SMS)") == "Site Management Services Co., Ltd. (SMS)"
    assert company_name("Lonza Group AG") == "Lonza Group"
    assert normalize_name("LG Chem Co., Ltd.") == normalize_name("LG Chem")


def test_a_research_firm_reporting_a_market_s_revenue_has_no_revenue_of_its_own() -> None:
    text = (
        "# Modular Dialysis Enclosures Market\n\nNEW YORK, February 7, 2024 -- Veridian Research Partners reports that "
        "the Modular Dialysis Enclosures market generated revenue of USD 971.0 million in 2023. Key players include "
        "Pellworth N.V. and Kastner Werke AG. Pellworth N.V. reported revenue of USD 1.2 billion in 2023.\n"
    )
    revenues = {(r.company_name, r.money.reported_value) for r in extract_document(clean(text, ".md")).revenues}
    assert revenues == {("Pellworth N.V.", 1.2)}


def test_companies_a_list_names_as_buyers_of_the_market_are_no_players() -> None:
    """ "equipment makers such as Applied Materials, … remain the principal customers of the industry", "Global Tier-1
    suppliers including Bosch Limited and … are outsourcing machining": the market's buyers."""
    assert not {"Applied Materials", "ASML", "Tokyo Electron"} & _written_players(
        "w13-24-semiconductor-equipment-contract-manufacturing.txt"
    )
    assert "Bosch" not in _written_players("w13-25-india-auto-component-contract-manufacturing.md")


def test_companies_named_by_their_buyers_industry_are_no_players() -> None:
    """ "Procurement teams at vehicle makers such as BYD and Volkswagen", "Beverage and consumer goods companies,
    including The Coca-Cola Company, …", "Large pharma companies such as GSK" and "equipment makers such as Hosokawa
    Alpine" in a service market: buyers or suppliers; but pharma companies in a drug market, and equipment makers in an
    equipment market, are its players."""
    heat_shrink = _written_players("w13-16-heat-shrink-tubing.html")
    assert not {"BYD", "Volkswagen"} & heat_shrink and "TE Connectivity" in heat_shrink
    assert not {"The Coca-Cola Company", "PepsiCo", "Danone", "Nestlé"} & _written_players("w13-18-recycled-pet.md")
    micronization = _written_players("w13-22-pharmaceutical-micronization-services.md")
    assert not {"GSK", "Boehringer Ingelheim", "Chiesi Farmaceutici", "Hosokawa Alpine"} & micronization
    # "Several big agrochemical firms, including Bayer and Syngenta, told suppliers …": custom manufacturing's buyers
    fine_chemicals = _written_players("w14-20-fine-chemicals-custom-manufacturing.md")
    assert not {"Bayer", "Syngenta"} & fine_chemicals and {"Saltigo", "Siegfried"} <= fine_chemicals
    doc = "press-release-archive_annovis-bio-nyse-anvs-releases-promising-clinical-data-as-al.md"
    therapeutics = {c.company_name for c in process_file(REAL_DOCS / doc, 20_000_000).facts.companies}
    assert {"Eli Lilly", "GSK", "Novo Nordisk"} <= therapeutics
    text = "Equipment makers such as Tokyo Electron and Screen Holdings lead the market."
    found = extract_companies(text, [], load_index(), market="Semiconductor Wafer Cleaning Equipment")
    assert {c.company_name for c in found} == {"Tokyo Electron", "Screen Holdings"}
    assert extract_companies(text, [], load_index(), market="Semiconductor Equipment Cleaning Services") == []
    vendors = "Device vendors such as Acme Cleanroom and Bolt Systems."
    found = extract_companies(vendors, [], load_index(), market="Cleanroom Services")
    assert {c.company_name for c in found} == {"Acme Cleanroom", "Bolt Systems"}


BUYERS = ("pharmaceutical", "biopharma", "biopharmaceutical", "biotech", "biotechnology", "car", "food", "cosmetics")
BUYERS += ("beauty", "device", "electronics", "semiconductor", "consumer-goods", "beverage", "agrochemical")
BUYER_HEADS = ("companies", "makers", "manufacturers", "firms", "producers")


@pytest.mark.parametrize("kind", BUYERS)
def test_each_industry_of_buyers(kind: str) -> None:
    head = BUYER_HEADS[BUYERS.index(kind) % len(BUYER_HEADS)]
    text = f"Large {kind} {head} such as Acme Holdings and Bolt Industries rely on outside partners."
    assert extract_companies(text, [], load_index(), market="Contract Packaging Services") == []


def test_players_a_sentence_names_before_what_they_all_do() -> None:
    """ "Hovione, Lonza, Veranova, Micro-Macinazione SA, Sterling Pharma Solutions and Societal CDMO all offer
    micronization as a service"; not two names, nor words that are no names."""
    players = {"Hovione", "Lonza", "Veranova", "Micro-Macinazione", "Sterling Pharma Solutions", "Societal CDMO"}
    assert players <= _written_players("w13-22-pharmaceutical-micronization-services.md")
    assert extract_companies("Yet Lonza and Hovione each offer it.", [], load_index()) == []
    found = extract_companies("Lonza, Hovione and Veranova each offer it.", [], load_index())
    assert {c.company_name for c in found} == {"Lonza", "Hovione", "Veranova"}
    assert extract_companies("Lonza, Hovione, regulators and lenders all offer it.", [], load_index()) == []


@pytest.mark.parametrize("verb", ["offer", "provide", "supply", "manufacture", "produce"])
def test_each_verb_players_are_named_before(verb: str) -> None:
    found = extract_companies(f"Lonza, Hovione and Veranova all {verb} micronized API.", [], load_index())
    assert {c.company_name for c in found} == {"Lonza", "Hovione", "Veranova"}


def test_players_a_trade_paper_names_before_what_they_have_all_done() -> None:
    """Written trade-press articles: "Samsung Biologics, Lonza, Fujifilm Diosynth Biotechnologies and WuXi Biologics
    have all added or announced large-scale stainless-steel trains …", "Allogene Therapeutics, CRISPR Therapeutics,
    Caribou Biosciences and Fate Therapeutics are all running pivotal or late-stage programs"."""
    found, _ = _written("w17-01-biologics-cdmo-plant.html")
    assert {"Samsung Biologics", "Lonza", "WuXi Biologics"} <= found
    found, _ = _written("w17-04-allogeneic-cell-therapy-explainer.html")
    assert {"Allogene Therapeutics", "Caribou Biosciences", "Fate Therapeutics"} <= found
    for done in ("have all added capacity", "are all running trials"):
        found = extract_companies(f"Lonza, Hovione and Veranova {done}.", [], load_index())
        assert [c.company_name for c in found] == ["Lonza", "Hovione", "Veranova"], done
    assert extract_companies("Lonza and Hovione have all added capacity.", [], load_index()) == []


def test_a_company_s_rivals_and_the_players_a_list_counts_without_naming_them() -> None:
    """A written article: "Northfield's rivals include Overhill Farms, Cuisine Solutions and a number of regional
    players, while …"; "X will compete more directly with A, B and C", whatever deal the sentence is about."""
    found, _ = _written("w17-09-frozen-co-man-acquisition.html")
    assert {"Overhill Farms", "Cuisine Solutions"} <= found
    for rest in ("several regional players", "many smaller firms", "other regional players"):
        text = f"Acme's rivals include Bolt Industries, Cobalt Systems and {rest}."
        assert [c.company_name for c in extract_companies(text, [], load_index())] == [
            "Bolt Industries",
            "Cobalt Systems",
        ], rest
    text = "Acme will compete more directly with Bolt Industries, Cobalt Systems and Delta Works."
    assert {c.company_name for c in extract_companies(text, [], load_index())} >= {"Bolt Industries", "Delta Works"}
    found, _ = _written("w17-15-weekly-deals-roundup.md")  # "Ardent said the deal … will let it compete more directly
    assert {"Sartorius", "Cytiva", "Thermo Fisher Scientific"} <= found  # with Sartorius, Cytiva, …"
    text = "The deal lets Acme compete with Bolt Industries and Cobalt Systems."
    assert {c.company_name for c in extract_companies(text, [], load_index())} == {"Bolt Industries", "Cobalt Systems"}
    text = "Acme signed agreements with companies such as Bolt Industries and Cobalt Systems."
    assert extract_companies(text, [], load_index()) == []


def test_a_study_identifies_the_leading_managers() -> None:
    """ "Kestrel identifies V.Group, Anglo-Eastern Univan Group, …, OSM Thome and Fleet Management Limited as the
    leading managers" (of third-party ship management)."""
    found = _written_players("w18-25-ship-management-association.html")
    assert {"V.Group", "Anglo-Eastern Univan Group", "OSM Thome"} <= found


def test_suppliers_and_operators_named_by_their_industry_are_no_players_of_a_service_market() -> None:
    """ "Material and equipment suppliers such as Ivoclar and Dentsply Sirona are covered in a separate chapter" of a
    dental laboratory outsourcing market; "Equipment suppliers such as Keysight Technologies and Rohde & Schwarz sell
    the instruments" of EMC testing services; "Mobile operators such as Vodafone and T-Mobile mainly act as sources of
    trade-in devices" of refurbished smartphones."""
    assert not {"Ivoclar", "Dentsply Sirona"} & _written_players("w18-03-european-dental-lab-outsourcing.txt")
    assert "Keysight Technologies" not in _written_players("w18-23-emc-testing-boilerplate-only.md")
    assert "Vodafone" not in _written_players("w18-15-refurbished-smartphones.md")


def test_companies_a_sentence_says_the_labs_work_for_or_parts_are_sourced_from_are_no_players() -> None:
    """Written releases: "Their battery centres work for automakers and cell manufacturers such as BMW Group, …";
    "Logistics companies such as DHL Group and UPS are among the largest fleet buyers, while drive systems are sourced
    from suppliers such as Bosch eBike Systems and Shimano Inc."; "Material suppliers such as DuPont, Amcor and
    Mitsubishi Chemical are therefore treated as suppliers to the outsourcing market"."""
    tic = _written_players("w19-07-ev-battery-testing-tic.html")
    assert not {"BMW Group", "Hyundai Motor", "LG Energy Solution"} & tic and {"DEKRA", "Applus"} <= tic
    bikes = _written_players("w19-10-cargo-bike.html")
    assert not {"DHL Group", "UPS", "Bosch eBike Systems", "Shimano"} & bikes and "Riese & Müller" in bikes
    packaging = _written_players("w19-25-sterile-packaging-outsourcing.txt")
    assert not {"DuPont", "Amcor", "Mitsubishi Chemical"} & packaging and "Nelipak Healthcare Packaging" in packaging


MONTHS = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize("label", ["Published", "Pages", *(f"{month} 04" for month in MONTHS)])
def test_a_report_page_s_labels_and_a_date_are_no_company(label: str) -> None:
    """ "Published: July 2025 · 150 pages · …", "**Pages:** 150 | **Tables & Figures:** 118", a wire's "November 04,
    2025 06:12 AM Eastern Standard Time": no company's name."""
    assert not is_company_name(label, load_index())


def test_no_company_from_a_report_page_s_details_or_a_wire_s_date_line() -> None:
    for doc in ("w19-10-cargo-bike.html", "w19-20-flavors-fragrances-aroma-chemicals-cm.md"):
        assert not {"Published", "Pages"} & _written(doc)[0]
    assert "November 04" not in _written("w19-25-sterile-packaging-outsourcing.txt")[0]


def test_a_list_of_names_ends_at_a_contrasting_clause() -> None:
    """ "… such as Acme Holdings and Bolt Industries, while Crane Systems Inc. …": none of the clause after "while"."""
    text = "Vendors such as Acme Holdings and Bolt Industries, while Crane Systems Inc. buys from them.\n"
    assert {c.company_name for c in extract_companies(text, [], load_index())} == {"Acme Holdings", "Bolt Industries"}


def test_players_a_sentence_names_before_signing_agreements_are_customers() -> None:
    """A written release: "Syngenta, Bayer CropScience and FMC Corporation have all signed multi-year supply
    agreements with contract manufacturers": the buyers of a CMO market, no players."""
    assert not {"Syngenta", "Bayer CropScience", "FMC"} & _written_players("w19-18-biopesticide-cmo.txt")
    found = extract_companies("Lonza, Hovione and Veranova have all added capacity.", [], load_index())
    assert {c.company_name for c in found} == {"Lonza", "Hovione", "Veranova"}


def test_a_partner_described_as_what_it_is_is_a_customer_unless_a_provider() -> None:
    """ "entered into a distribution agreement with Kroger, a US-based supermarket chain", "signed a multi-year
    agreement with Volterra Motors, a North American electric vehicle maker": customers; "partnership with HYPERVSN, a
    provider of holographic solutions", "partnership with Spider Vision Sensors Ltd., a newly established subsidiary
    in Taiwan": players."""
    assert "Kroger" not in _written_players("w14-07-sparkling-water-tbrc.txt")
    assert "Volterra Motors" not in _written_players("w14-10-contract-polymer-compounding-allied.html")
    assert "Lakeshore Regional Health System" not in _written_players("w14-02-medical-coding-outsourcing-fbi.html")
    for doc, name in [
        (
            "press-release-archive_data-vault-hypervsn-team-up-to-take-on-multi-billion-dollar-holographic-market-",
            "HYPERVSN",
        ),
        (
            "press-release-archive_zenatech-nasdaq-zena-targets-opportunities-in-the-47-billion-military-drone-",
            "Spider Vision",
        ),
    ]:
        path = next(REAL_DOCS.glob(f"{doc}*"))
        assert name in {c.company_name[: len(name)] for c in process_file(path, 20_000_000).facts.companies}


def test_lists_headed_by_a_paragraph_s_last_sentence_or_a_label_to_watch() -> None:
    """A post's "… today. The companies with product shipping or with announced commercial lines include:" over its
    items ("Swift Solar and Caelux (US start-ups, …)"); a digest's "Companies to watch, per the report: Deere &
    Company (through Blue River Technology), Naio Technologies, …"."""
    assert {"Swift Solar", "Caelux", "Oxford PV"} <= _written_players("w13-21-perovskite-solar-cells.md")
    assert {"Deere", "Naio Technologies", "Lely"} <= _written_players("w13-29-market-pulse-digest.txt")


def test_a_row_of_links_or_a_form_s_label_is_no_company() -> None:
    assert not is_company_name("LinkedIn | X | Facebook")
    assert not is_company_name("Inquiry Before Buying")
    assert not is_company_name("Enquiry Before Buying")


def test_a_segmentation_s_by_company_heads_its_names() -> None:
    """A QYResearch release's "Market Segmentation" / "By Company" over one name a line, as its "Segment by Type" is
    over types."""
    players = _written_players("w14-08-cable-assembly-contract-manufacturing-qyresearch.txt")
    assert {"Kimball Electronics", "Kitron", "Meridian Cable Assemblies", "Tecnocablaggi"} <= players
    assert "Custom Cable Assemblies" not in players
    # an RSS item's "Imaging CRO Market Companies" over "Imaging Endpoints", then "By Modality" over "MRI"
    assert not {"MRI", "Oncology"} & _written_players("w12-08-rss-imaging-cro.txt")


def test_a_players_heading_with_five_words_between() -> None:
    """ "Top Global Cosmetic Testing Services Companies" and "Top Japanese Cosmetic Testing Services Companies" over
    their lists."""
    players = _written_players("w14-15-cosmetic-testing-services-researchnester.html")
    assert {"Complife Group", "Evalulab", "DRC", "Hikari Skin Research"} <= players
    assert not [name for name in players if name.startswith("Top ")]  # a heading ends the list above it
    assert "Companies Mentioned" not in _written_players("w6-09-subsea-power-cables-report-toc.html")
    assert "Heat Pump Water Heaters" not in _written_players("w11-04-heat-pump-water-heater.md")
    # "*Disclaimer: Major Players sorted in no particular order" is a note under the list, no heading over the next
    assert "Study Period" not in _written_players("w7-18-pharmacovigilance-outsourcing-report-cards.html")


@pytest.mark.parametrize(
    "kind",
    [
        *("Contract Manufacturing", "Outsourcing", "CDMO", "CMO", "CRO", "CDO", "Toll Processing", "Co-Packing"),
        *("Copacking", "Subcontracting", "Repair Services", "Testing Service"),
    ],
)
def test_each_word_of_a_service_market(kind: str) -> None:
    """A service market's name holds its buyers' industry: equipment makers buy "Equipment Contract Manufacturing"."""
    text = "Equipment makers such as Acme Holdings and Bolt Industries rely on outside partners."
    assert extract_companies(text, [], load_index(), market=f"Equipment {kind}") == []


def test_players_a_firm_competes_with_for_work_or_a_study_lists_among_its_leaders() -> None:
    """ "Vantoria competes for combination product work with West Pharmaceutical Services, Ypsomed, …"; "Mordor
    Intelligence … lists Catalent, Recipharm, Aenova Group, Lonza and Meridale among its leading suppliers"."""
    devices = _written_players("w14-16-drug-device-combination-cdmo.html")
    assert {"West Pharmaceutical Services", "Ypsomed", "Stevanato Group", "Phillips-Medisize"} <= devices
    assert {"Catalent", "Aenova Group", "Lonza"} <= _written_players("w14-17-oral-liquid-dosage-cdmo.html")


def test_players_covered_in_a_named_market_s_report() -> None:
    """ "The major players covered in the Bioavailability and Bioequivalence (BA/BE) Studies CRO Market report are
    Syngene International Limited, …": the list after the market's name and "report are" or "report include"."""
    assert "Syngene International" in _written_players("w14-13-babe-studies-cro-vmr-openpr.txt")
    assert "Avient" in _written_players("w14-10-contract-polymer-compounding-allied.html")


def test_a_placed_group_and_a_kind_s_examples_inside_a_list() -> None:
    """ "…, Minafin, Seqens and Rheinau Synthesis in Europe, and Cambrex …" parts its placed group at "and";
    "Chinese companies such as Asymchem and Porton and Indian firms such as Aarti Industries" names the firms, not
    the kind; a buyer's kind keeps its names out ("OEM clients such as Medtronic", "sponsors such as Merck")."""
    chemicals = _written_players("w14-20-fine-chemicals-custom-manufacturing.md")
    assert {"Seqens", "Rheinau Synthesis", "Aarti Industries", "Asymchem"} <= chemicals
    assert not [name for name in chemicals if " and " in name or " such as " in name]
    assert "Ourofino Agrociência" in _written_players("w3-09-brazil-crop-protection.html")  # "formulators such as"
    assert "Medtronic" not in _written_players("w10-01-surgical-instruments-cmo-analyst-job-ad.html")
    assert "Merck" not in _written_players("w13-19-drug-discovery-outsourcing.txt")


@pytest.mark.parametrize("kind", ["companies", "firms", "formulators", "manufacturers"])
def test_each_kind_before_its_examples(kind: str) -> None:
    found = split_list(f"Lonza, Catalent and Indian {kind} such as Aarti Industries")
    assert found[-1] == "Aarti Industries"


def test_players_of_a_contract_service_named_with_its_gerund() -> None:
    """ "Some of the key players in Lubricant Contract Blending market include Warren Distribution, Inc., …": the
    market's "Contract Blending" makes no list of contracts; "signed contracts with A and B" still does."""
    players = _written_players("w15-08-lubricant-contract-blending.html")
    assert {"Warren Distribution", "Ergon", "Brenntag", "CRS Chemicals"} <= players
    deal = "The company signed supply contracts with Acme Holdings and Bolt Industries last year."
    assert extract_companies(deal, [], load_index()) == []


def test_an_audience_a_contents_list_a_sentence_after_a_label_and_a_wire_s_counts_head_no_players() -> None:
    """ "Key Target Audience" over "Market Players", "Investors", "Government Authorities"; "Table of Contents - Major
    Key Points" over "Competitive Landscape", "Company Profiles", "Use Cases and Best Practices", one a paragraph;
    "Strategic Analysis: This includes M&A, …, and competitive landscape."; a wire's "News-ID: 3761294", "Views: 212"
    and "Disclaimer: …" under another release's title "…: Key Players and Trends"."""
    audience = _written_players("w15-05-silicon-anode-battery.txt")
    assert "Amprius Technologies" in audience and not {"Investors", "Government Authorities"} & audience
    assert "Use Cases and Best Practices" not in _written_players("w15-10-cardiovascular-cro.html")
    assert "List of Carbon Fiber Prepreg Companies" not in _written_players("w15-15-carbon-fiber-prepreg.md")
    wire = _written_players("w15-07-power-electronics-contract-manufacturing.txt")
    assert not [name for name in wire if name.startswith(("News-ID", "Views", "Disclaimer"))]
    assert "Highlights" not in _written_players("w9-10-textile-recycling-readwise-highlights.md")
    # an agenda far above, prose between: the players heading is no item of it
    text = "Agenda\n\nIntroduction\n\nThe market grew strongly last year and many firms expanded capacity there.\n\n"
    found = extract_companies(f"{text}Key players\n\nAcme Holdings\n\nBolt Industries\n", [], load_index())
    assert [c.company_name for c in found] == ["Acme Holdings", "Bolt Industries"]


def test_a_subtitle_s_topics_head_no_list_and_a_corp_abbreviation_ends_no_sentence() -> None:
    """A broker's primer: "A primer on a $31bn market growing faster than GDP – market sizing, segments, competitive
    landscape and how to play it" over its analysts' names; its table's "Eaton Corp. plc"."""
    players = _written_players("w15-21-mv-switchgear-bank-primer.html")
    assert "Eaton" in players and not {"Oliver Brandt", "Ayumi Sato"} & players
    assert is_company_name("Eaton Corp. plc") and not is_company_name("Sales grew. Then")
    lines = "Report contents: sizing, segments, competitive landscape and outlook\n\nOliver Brandt\n\nAyumi Sato\n"
    assert extract_companies(lines, [], load_index()) == []
    found = extract_companies("In Europe, key players include:\n\nAcme Holdings\n\nBolt Industries\n", [], load_index())
    assert [c.company_name for c in found] == ["Acme Holdings", "Bolt Industries"]


@pytest.mark.parametrize("kind", ["players", "vendors", "suppliers", "manufacturers"])
def test_players_listed_between_dashes(kind: str) -> None:
    """A broker's primer: "Five global vendors – ABB, Schneider Electric, Siemens, Eaton and Hitachi – account for
    roughly 55% of global MV switchgear revenue"; a report's "The ten largest contract manufacturers – among them
    Intercos S.p.A., Fareva, … – account for"."""
    assert {"ABB", "Siemens", "Hitachi"} <= _written_players("w15-21-mv-switchgear-bank-primer.html")
    assert {"Fareva", "Mibelle Group", "Chromavis"} <= _written_players(
        "w6-05-european-cosmetics-contract-manufacturing-bulletin.html"
    )
    text = f"Five global {kind} – Acme Holdings, Bolt Industries and Cobalt Systems – account for most revenue."
    assert [c.company_name for c in extract_companies(text, [], load_index())] == [
        "Acme Holdings",
        "Bolt Industries",
        "Cobalt Systems",
    ]


def test_a_bold_list_after_a_colon_names_players() -> None:
    """A podcast's notes: "On the full-service side: **IQVIA, ICON plc, Parexel, Syneos Health and Medpace**."; a
    newsletter's "The usual shortlist in our 2024-25 deals: **Accenture, Genpact, …**". Not a bold list that goes on
    after it, nor one that is not after a colon, nor one of places or with a piece no name, nor two names."""
    assert {"IQVIA", "Parexel", "Medpace"} <= _written_players("w15-29-neuroscience-cro-podcast-notes.md")
    assert {"Genpact", "WNS", "Tata Consultancy Services"} <= _written_players(
        "w15-20-procurement-outsourcing-linkedin-newsletter.md"
    )
    names = "Acme Holdings, Bolt Industries and Cobalt Systems"
    bold = [names]
    found = extract_companies(f"The group ran through the field. On one side: {names}.", bold, load_index())
    assert [c.company_name for c in found] == ["Acme Holdings", "Bolt Industries", "Cobalt Systems"]
    assert extract_companies(f"The group ran through the field. On one side {names}.", bold, load_index()) == []
    assert extract_companies(f"Seen on one side: {names} in turn.", bold, load_index()) == []
    for other in ("Germany, France and Italy", "Acme Holdings, Bolt Industries and Europe", "Acme Holdings, Bolt Ltd"):
        assert extract_companies(f"Seen on one side: {other}.", [other], load_index()) == []


@pytest.mark.parametrize("heading", ["Widget Market, Key Players", "Widget Industry, Key Players"])
def test_players_under_a_heading_that_names_the_market_before_a_comma(heading: str) -> None:
    """A report page's "Engineering Services Outsourcing Market, Key Players" over its list, one name a line (not a
    subtitle's topics, "… – market sizing, segments, competitive landscape and how to play it")."""
    assert {"Tata Consultancy Services", "Bertrandt", "KPIT Technologies"} <= _written_players(
        "w16-07-engineering-services-outsourcing.html"
    )
    text = f"{heading}\n\nAcme Holdings\n\nBolt Industries\n\nCobalt Systems\n\nFrequently Asked Questions:\n"
    assert [c.company_name for c in extract_companies(text, [], load_index())] == [
        "Acme Holdings",
        "Bolt Industries",
        "Cobalt Systems",
    ]


@pytest.mark.parametrize("kind", ["players", "companies", "vendors", "suppliers", "manufacturers", "providers"])
@pytest.mark.parametrize("these", ["These", "They"])
def test_players_listed_in_the_sentence_after_the_one_that_calls_them_so(kind: str, these: str) -> None:
    """A report page's "Key Company Profiles": "The report delves into recent significant developments in the …
    Market, highlighting leading vendors and their innovative profiles. These include Thermo Fisher Scientific Inc.,
    GenScript Biotech Corporation, …"."""
    assert {"Thermo Fisher Scientific", "Evotec", "Aragen Life Sciences"} <= _written_players(
        "w16-14-protein-expression-services.html"
    )
    text = f"The report highlights top {kind} and their profiles. {these} include Acme Holdings and Bolt Industries."
    assert [c.company_name for c in extract_companies(text, [], load_index())] == ["Acme Holdings", "Bolt Industries"]
    other = f"The report highlights top {kind} and their profiles. Buyers include Acme Holdings and Bolt Industries."
    assert extract_companies(other, [], load_index()) == []


def test_players_marked_with_symbols_on_a_carousel_s_slide() -> None:
    """A carousel's slide: "🏆 TOP PLAYERS" over "✅ Daikin Industries, Ltd.", "✅ Sharp Corporation", …, then "7/8"
    and the next slide's "Smart, app-connected purifiers …" (no player)."""
    players = _written_players("w16-27-air-purifier-linkedin-carousel.txt")
    assert {"Daikin Industries", "Dyson", "Blueair"} <= players and "Smart" not in players
    text = "🏆 TOP PLAYERS\n✅ Acme Holdings\n✅ Bolt Industries\n\n7/8\nTREND\nSmart, connected purifiers\n"
    assert [c.company_name for c in extract_companies(text, [], load_index())] == ["Acme Holdings", "Bolt Industries"]


def test_a_list_of_names_in_two_columns_laid_out_as_a_table() -> None:
    """A brochure converted from a PDF: "Companies Profiled" over "Genpact Limited      eClerx Services Limited",
    "EXL Service Holdings, Inc.      Evalueserve", …: a list in two columns, not a table whose first column and header
    are labels."""
    players = _written_players("w16-28-kpo-report-brochure.txt")
    assert {"Genpact", "eClerx Services", "Evalueserve", "HCL Technologies"} <= players
    rows = [
        "Acme Holdings Ltd.        Bolt Industries",
        "Cobalt Systems Inc.       Delta Works GmbH",
        "Echo Foods plc            Falcon Labs",
        "Gamma Tools Corp.         Helix Group AG",
    ]
    found = extract_document(
        clean("Companies Profiled\n" + "\n".join(rows) + "\n\nEach profile covers a lot.\n", ".txt")
    )
    assert {"Acme Holdings", "Bolt Industries", "Cobalt Systems", "Delta Works"} <= {
        c.company_name for c in found.companies
    }
    labels = [
        "Base year                 2024",
        "Forecast period           2025-2033",
        "Historical data           2019-2023",
        "Largest region            Europe",
    ]
    labelled = clean("Companies Profiled\n" + "\n".join(labels) + "\n\nEach profile covers a lot.\n", ".txt")
    assert extract_document(labelled).companies == []


def test_buyers_words_before_a_colon_leave_the_clause_after_it_a_list_of_players() -> None:
    """A roundup: "Industrial offtakers, including Diageo and PepsiCo, have signed heat-as-a-service contracts for new
    installations, but it is the technology providers that carry the market: the competitive landscape covers Siemens
    Energy AG, Rondo Energy, Inc., …"."""
    assert {"Siemens Energy", "Rondo Energy", "Malta"} <= _written_players("w16-17-weekly-top5-energy-reports.html")
    text = "Buyers have signed contracts with suppliers: the competitive landscape covers Acme Holdings and Bolt AG."
    assert [c.company_name for c in extract_companies(text, [], load_index())] == ["Acme Holdings", "Bolt"]
    assert (
        extract_companies(
            "Buyers have signed contracts; the landscape is wide, and Acme Holdings leads.", [], load_index()
        )
        == []
    )


def test_a_bold_list_whose_last_name_is_bold_of_its_own() -> None:
    """A forum's answer: "…the "serious" global shortlist for regulated content is pretty stable: **TransPerfect, RWS
    Holdings plc, Lionbridge, LanguageLine Solutions, Welocalize, Acolad** and **Semantix**."."""
    players = _written_players("w16-30-language-services-procurement-forum-qa.md")
    assert {"TransPerfect", "Acolad", "Semantix"} <= players
    names, last = "Acme Holdings, Bolt Industries, Cobalt Systems", "Delta Works"
    text = f"The shortlist is stable: {names} and {last}."
    found = [c.company_name for c in extract_companies(text, [names, last], load_index())]
    assert found == ["Acme Holdings", "Bolt Industries", "Cobalt Systems", "Delta Works"]
    assert [c.company_name for c in extract_companies(text, [names], load_index())] == []  # its last name not bold


def test_a_forum_s_tags_and_bold_comments_are_no_companies() -> None:
    """The same forum page: "Tags: `language-services` `translation` …" under its question, which asks who the main
    suppliers are, and "> **Comment** (k_meyer): Does the contract need to cover …" under each post."""
    players = _written_players("w16-30-language-services-procurement-forum-qa.md")
    assert not {"Tags", "Comment"} & players


def test_the_largest_of_two_kinds_include_players() -> None:
    """An agency's brief: "The largest employers and exporters include Concentrix, Teleperformance, TaskUs, …"."""
    players = _written_players("w16-19-philippines-it-bpm-sector-brief.html")
    assert {"Concentrix", "TaskUs", "Sutherland"} <= players
    text = "The largest employers and exporters include Acme Holdings and Bolt Industries."
    assert [c.company_name for c in extract_companies(text, [], load_index())] == ["Acme Holdings", "Bolt Industries"]
    buyers = "The largest buyers and customers include Acme Holdings and Bolt Industries."
    assert extract_companies(buyers, [], load_index()) == []


@pytest.mark.parametrize("verb", ["are repeatedly identified as the", "were identified as", "are regarded as the"])
def test_names_identified_as_the_leading_vendors(verb: str) -> None:
    """A review's introduction: "Emulate, Inc., CN Bio Innovations, MIMETAS B.V., TissUse GmbH, InSphero AG and
    Hesperos, Inc. are repeatedly identified as the leading vendors"."""
    assert {"Emulate", "MIMETAS", "Hesperos"} <= _written_players("w16-26-organ-on-chip-review-intro.md")
    text = f"The base is narrow. Acme Holdings and Bolt Industries {verb} leading vendors of chips."
    assert [c.company_name for c in extract_companies(text, [], load_index())] == ["Acme Holdings", "Bolt Industries"]
    users = f"The base is narrow. Acme Holdings and Bolt Industries {verb} leading users of chips."
    assert extract_companies(users, [], load_index()) == []


def test_suppliers_of_reagents_and_buyers_a_list_s_own_clause_calls_customers_are_no_players() -> None:
    """Written releases: "Instrument and reagent suppliers such as Bruker Corporation, Quanterix Corporation and 10x
    Genomics sell the platforms that these providers use"; "open-access operators such as Arriva, appear in the study
    as customers"; "Hospital operators such as Helios Kliniken, Ramsay Sante and Capio appear in the study as …
    customers"; "Companies such as Northfield Biologics, which outsourced a 12,000-patient registry …, are clients of
    these providers": suppliers and buyers; the providers the releases list are players."""
    assert not {"Bruker", "Quanterix", "10x Genomics"} & _written_players("w20-06-biomarker-discovery-outsourcing.txt")
    rail = _written_players("w20-07-european-rolling-stock-maintenance-outsourcing.html")
    assert "Arriva" not in rail
    linen = _written_players("w20-28-european-healthcare-textile-services.txt")
    assert "Elis" in linen and not {"Helios Kliniken", "Ramsay Sante"} & linen
    trials = _written_players("w20-15-late-phase-clinical-research-outsourcing.md")
    assert "Northfield Biologics" not in trials and {"ICON", "Medpace"} <= trials
    # "Equipment vendors such as Thermo Fisher Scientific and ZEISS, which supply the … systems used in these labs,
    # benefit indirectly but are not service providers and are not included": the clause after the names says so
    assert not {"ZEISS", "Thermo Fisher Scientific"} & _written_players(
        "w18-04-semiconductor-failure-analysis-services.html"
    )


def test_a_question_among_a_report_s_questions_heads_no_list_of_players() -> None:
    """A written report page's "Key Questions Answered in This Report", the last "Who are the key players/companies in
    the global market?", then the page's footer (its firm's address, "Quick Links"): no players; a FAQ's one question
    over its answer's names still heads them."""
    water = _written_players("w20-04-water-treatment-chemicals-contract-manufacturing.html")
    assert not {"Brooklyn", "Quick Links", "134 N 4th St"} & water
    assert "Aenova Group" in _written_players("w10-02-effervescent-tablet-cmo-porter-swot.html")


def test_legal_names_that_together_account_for_a_share_are_players() -> None:
    """A written trade article: "Alstom SA, Siemens Mobility GmbH, Stadler Rail AG, CAF (…), Hitachi Rail and Talgo
    together accounted for about 70% of outsourced maintenance revenue in 2024, mainly through full-service contracts":
    the players; hyperscalers ("Amazon Web Services, Google, Meta and Microsoft") or states that together account for a
    share are none. Its main market, under a headline with none: "the European rolling stock maintenance outsourcing
    market", not "outsourced" (of "the outsourced market")."""
    rail = _written_players("w20-07-european-rolling-stock-maintenance-outsourcing.html")
    assert {"Alstom", "Siemens Mobility", "Stadler Rail", "Hitachi Rail", "Talgo"} <= rail
    assert not {"Google", "Microsoft"} & _written_players("w14-19-server-odm.html")
    assert not {"Haryana", "Rajasthan"} & _written_players("w2-21-india-solar-water-pumps-market.txt")
    page = process_file(WRITTEN / "docs" / "w20-07-european-rolling-stock-maintenance-outsourcing.html", 10**8)
    attributes = {a.attribute: a.value_text for a in page.facts.attributes}
    assert attributes["market_name"] == "European rolling stock maintenance outsourcing"
    assert attributes["publisher"] == "Railvista Consulting"


def test_brands_that_outsource_to_the_players_are_no_players() -> None:
    """A written Indian release: "Major brands that outsource to these companies include Voltas, Havells, LG
    Electronics, Samsung, Xiaomi and Godrej Appliances": the buyers; the contract manufacturers it lists are players."""
    durables = _written_players("w20-27-india-consumer-durables-contract-manufacturing.html")
    assert (
        not {"Voltas", "Havells", "Samsung", "Xiaomi"} & durables
        and {"Amber Enterprises India", "PG Electroplast"} <= durables
    )


def test_specialists_a_sentence_names_are_players() -> None:
    """Written releases: "Specialists such as PSI CRO, Premier Research and Cromos Pharma compete for regional and
    rare-disease programmes", "Component specialists such as Knorr-Bremse AG and Wabtec Corporation overhaul brakes"."""
    assert {"PSI CRO", "Premier Research"} <= _written_players("w20-15-late-phase-clinical-research-outsourcing.md")
    assert "Knorr-Bremse" in _written_players("w20-07-european-rolling-stock-maintenance-outsourcing.html")


def test_a_faq_s_answer_names_no_company_nor_do_suppliers_of_the_players() -> None:
    """A written report page: "Q3. Who are the key agricultural greenhouse film companies?" over "Answer: See the list
    of companies above."."""
    players = _written_players("w20-12-agricultural-greenhouse-film.html")
    assert "Answer" not in players and {"Berry Global", "RKW Group"} <= players
    # "Resin and additive suppliers such as Dow, ExxonMobil Chemical and BASF (UV stabilizers) supply the film
    # producers": suppliers of the players
    assert not {"Dow", "ExxonMobil Chemical"} & players


def test_an_ampersand_after_a_legal_suffix_parts_two_names() -> None:
    """Written releases: "Famar; Delpharm & Unither Pharmaceuticals, Recipharm AB and Hollis & Breck Contract Pharma
    Ltd.; Bliss GVS Pharma Ltd. & Aenova Group" and "CCL INDUSTRIES INC. &amp; UPM Raflatac …; Lintec Corporation &amp;
    Fuji Seal International, Inc."."""
    suppositories = _written_players("w21-16-suppository-contract-manufacturing.html")
    assert {"Recipharm", "Hollis & Breck Contract Pharma", "Bliss GVS Pharma", "Aenova Group"} <= suppositories
    labels = _written_players("w21-17-self-adhesive-labels.txt")
    assert {"CCL INDUSTRIES", "Lintec", "Fuji Seal International"} <= labels
    # "STANLEY BLACK & DECKER, INC. & Würth Group and PENN ENGINEERING; Bulten AB; LISI Group & Howmet Aerospace Inc."
    fasteners = _written_players("w21-29-industrial-fasteners.md")
    assert {"STANLEY BLACK & DECKER", "Würth Group", "PENN ENGINEERING", "LISI Group", "Howmet Aerospace"} <= fasteners
    assert {"TRONOX HOLDINGS", "LB Group"} <= _written_players("w21-20-titanium-dioxide.html")  # "… PLC & LB Group"


def test_names_joined_by_and_inside_a_list_parted_by_semicolons() -> None:
    """ "Comvita Limited; Manuka Health New Zealand Ltd &amp; Egmont Honey and Wedderspoon Organic; Watson &amp; Son,
    Arataki Honey and Steens Honey; …": each a name; not a clause's "… delivering influenza and COVID-19
    antigens [12–14]; Micron Biomedical, Inc., …"."""
    honey = _written_players("w21-28-manuka-honey.html")
    assert {"Egmont Honey", "Wedderspoon Organic", "Watson & Son", "Arataki Honey", "Steens Honey"} <= honey
    assert "Ellwood Group" in _written_players("w21-23-contract-forging-services.html")  # "SIFCO … & Scot Forge and …"
    review = _written_players("w11-05-microneedle-review-intro.txt")
    assert not [name for name in review if "COVID" in name]


def test_a_players_label_in_a_long_line_under_a_competitive_landscape_heading() -> None:
    """ "## Competitive Landscape" over "Major CROs active in nephrology (alphabetical): Fortrea, ICON plc, …;
    specialist players include …": the CROs are the players; a written biochar release's long line under its heading
    too."""
    cros = _written_players("w21-18-nephrology-cro.md")
    assert {"Fortrea", "ICON", "IQVIA", "Syneos Health", "NephroTrial Partners"} <= cros
    assert "Airex Energie" in _written_players("w2-24-biochar-market.txt")
    text = "Renal CRO Market\n\nThe renal CRO market was USD 1.2 billion in 2024.\n\nMajor CROs: Fortrea, Medpace.\n"
    assert {"Fortrea", "Medpace"} <= {c.company_name for c in extract_document(clean(text, ".txt")).companies}


def test_companies_a_list_s_own_clause_calls_customers() -> None:
    """ "Global service companies such as Ecolab Inc. and Veolia Water Technologies place multi-year toll-blending
    contracts for regional volumes; they are customers of …" and "… the big ingredient houses such as Novonesis or
    DSM-Firmenich: they are customers and together were 18% of our sales": buyers, no players."""
    water = _written_players("w20-04-water-treatment-chemicals-contract-manufacturing.html")
    assert "Ecolab" not in water and "Harcros Chemicals" in water
    fermentation = _written_players("w7-22-contract-fermentation-earnings-call.md")
    assert not [name for name in fermentation if "Novonesis" in name]


def test_a_figure_s_caption_label_is_no_company() -> None:
    """A written page copied as text: "Image: Company market share analysis, 2024" under its players' section."""
    assert "Image" not in _written_players("w21-13-less-than-truckload-copied-page.txt")


def test_a_markdown_note_s_players_a_line_each_and_a_czech_legal_form() -> None:
    """Notes of pasted releases: "### Key Players Profiled in the Report" over "Lincoln Electric Holdings, Inc. (U.S.)",
    "ESAB Corporation (U.S.)", … in one paragraph of lines; "**Key Players:**" over "Sigvaris Group", …, "Cardinal
    Health, Inc.", …; a numbered list with "6. Mavel, a.s. (Czech Republic)" before six more."""
    welding = _written_players("w22-16-welding-consumables-openpr-paste.md")
    assert {"ESAB", "Air Liquide", "Gedik Welding"} <= welding
    stockings = _written_players("w22-25-compression-stockings-datam-openpr.md")
    assert {"Bauerfeind", "Cardinal Health", "Zhejiang Kangqiao Medical Products"} <= stockings
    helmets = _written_players("w22-30-bicycle-helmets-qyresearch-openpr.md")  # "**By Company**" over "MET S.p.A.", …
    assert {"MET", "KASK", "Xiamen Dongsheng Helmet"} <= helmets
    hydro = _written_players("w22-23-small-hydropower-openpr-straits.md")
    assert {"Mavel", "Kirloskar Brothers", "Flovel Energy"} <= hydro


def test_players_named_after_among_the_vendors() -> None:
    """A founder's column: "Among the independent vendors, Gretel, MOSTLY AI, Hazy, Tonic.ai and Synthesis AI have each
    built a distinct niche"."""
    assert {"Gretel", "MOSTLY AI", "Synthesis AI"} <= _written_players("w22-03-synthetic-data-founder-column.md")


def test_makers_that_are_doing_something_open_no_list() -> None:
    """Written releases quote an analyst: "Detergent makers in India … are moving to liquid silicate grades …," said
    Rohan Deshpande, Senior Research Analyst (Chemicals & Materials), …; "Producers in Brazil and Vietnam are using
    them …," said Dr. Meera Kulkarni, Lead Analyst, Animal Nutrition, at Northbeam Insights: a clause, not a list of
    players, so neither the titles nor the department are players; "producers are A, B and C" still lists them."""
    docs = REPO_ROOT / "tests/written/docs"
    for name in ("w23-16-sodium-silicate-openpr.html", "w23-17-feed-enzymes-ein-presswire.md"):
        found = {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}
        assert not [n for n in found if "Analyst" in n or n == "Animal Nutrition"], name
    for sentence in (
        "Leading producers are Acme Corp., Beta Industries and Gamma Holdings.",
        "Producers in Europe are Acme Corp., Beta Industries and Gamma Holdings, said Ann Lee, Lead Analyst at Xeno.",
    ):
        page = f"# Widget Market\n\n{sentence}\n"
        assert {c.name_as_written for c in extract_document(clean(page, ".md")).companies} >= {"Acme Corp."}, sentence


def test_players_that_compete_with_more_players_in_one_list() -> None:
    """A written report page: "Major players such as SKF AB, …, Liebherr-Components AG and The Timken Company compete
    with IMO Holding GmbH, La Leonessa S.p.A., …": a name each on both sides of the verb, not one joined by it."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w23-08-slewing-bearings-mordor.html", 10**8).facts
    found = {c.name_as_written for c in facts.companies}
    assert {"The Timken Company", "IMO Holding GmbH", "La Leonessa S.p.A."} <= found
    assert not [name for name in found if " compete" in name]
    assert split_list("Acme Inc. and Beta AG compete with Gamma GmbH, Delta SA") == [
        "Acme Inc.",
        "Beta AG",
        "Gamma GmbH",
        "Delta SA",
    ]


def test_a_partner_the_company_supplies_or_serves_is_a_customer() -> None:
    """Written pages' dated developments: "CONMED Corporation signed a three-year agreement with HCA Healthcare to
    supply endoscopic staplers …", "… a multi-year agreement with Vestas Wind Systems A/S to supply blade bearings",
    "TransPerfect signed a five-year enterprise agreement with Pfizer Inc. covering clinical … translation": the
    partner is a customer, no player; a partner in a joint venture stays one."""
    docs = REPO_ROOT / "tests/written/docs"
    for name, customer in (
        ("w23-01-surgical-staplers-fbi-report-page.html", "HCA Healthcare"),
        ("w23-08-slewing-bearings-mordor.html", "Vestas"),
        ("w23-09-clinical-trial-translation-services-report-page.html", "Pfizer"),
        ("w17-12-cardio-device-cm-contract.html", "Haldane Cardio"),
    ):
        found = {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}
        assert not [n for n in found if n.startswith(customer)], name
    for after, kept in ((" to supply parts.", False), (" to produce parts.", False), (" for parts.", True)):
        page = f"# Widget Market\n\nIn 2024, Acme Inc. signed an agreement with Beta Holdings AG{after}\n"
        found = {c.name_as_written for c in extract_document(clean(page, ".md")).companies}
        assert ("Beta Holdings AG" in found) is kept, after


def test_players_alongside_the_named_one_and_a_name_s_short_form() -> None:
    """A written CDMO's release: "The study names Merrow among the leading providers alongside Aenova Group, Procaps
    Group S.A., …" lists the names after "alongside" too, and "Merrow" is the issuer "Merrow Pharma Solutions" the
    release names in full: one company, as the release names it. A short form beside a name with a note in
    parentheses ("Givaudan (Naturex)") is not such a company's."""
    docs = REPO_ROOT / "tests/written/docs"
    release = process_file(docs / "w23-21-lozenge-contract-manufacturing-business-wire.html", 10**8).facts
    found = {c.name_as_written for c in release.companies}
    assert {"Merrow Pharma Solutions", "Aenova Group", "Halden Confectionery Pharma AB"} <= found
    assert "Merrow" not in found
    radio = {
        c.name_as_written
        for c in process_file(docs / "w5-02-radiopharmaceuticals-market-report.html", 10**8).facts.companies
    }
    assert "Lantheus Holdings, Inc." in radio and "Lantheus" not in radio
    page = "# Widget Market\n\nKey players include Givaudan (Naturex), Sabinsa Corporation and Indena S.p.A.\n\n"
    page += "Leading players include Oterra A/S, Givaudan and Sensient Technologies Corporation.\n"
    assert "Givaudan" in {c.name_as_written for c in extract_document(clean(page, ".md")).companies}
    readers = process_file(docs / "w12-14-wikitext-ereader-market.txt", 10**8).facts.companies
    assert "Onyx Boox" in {c.name_as_written for c in readers}  # beside "Onyx Boox and reMarkable"


def test_a_name_with_a_dash_inside_a_long_list_of_names() -> None:
    """A written report page's scope table: "Companies covered::" over "Tempur Sealy International, Inc., …, Emma –
    The Sleep Company, Paramount Bed Holdings Co., Ltd., …, and Others." is a list of names (the dash is one name's),
    not prose, so the next row's "COVID-19 Impact, Challenges, Future, …" is no list of players."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w23-07-mattress-spherical-insights.html", 10**8).facts
    found = {c.name_as_written for c in facts.companies}
    assert {"Tempur Sealy International, Inc.", "Emma – The Sleep Company", "Simba Sleep Ltd"} <= found
    assert not {"COVID-19 Impact", "Future"} & found
    line = "Acme Corp., Beta – The Widget Company, Gamma Ltd, Delta Inc., Epsilon AG, Zeta plc"
    assert _is_list_of_names(line, load_index())
    assert not _is_list_of_names(line.replace("Beta – The", "Beta – the"), load_index())  # a clause after a name


def test_names_each_in_bold_of_its_own_after_a_colon() -> None:
    """A written LinkedIn article: "When I lose a deal, it's usually to one of these: **Charles River Laboratories**,
    **Eurofins Scientific (BioPharma Product Testing)**, **SGS SA**, **Intertek Group plc**, **BioAgilytix** or **Svar
    Life Science**.": a list of players, each name in bold; not two bold words after a colon."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w24-08-bioassay-services-linkedin-article.md", 10**8).facts
    found = {c.name_as_written for c in facts.companies}
    assert {"Charles River Laboratories", "SGS SA", "BioAgilytix", "Svar Life Science"} <= found
    for run, listed in (
        ("**Acme**, **Beta Labs** and **Gamma Bio**", True),
        ("**Acme** and **Beta Labs**", False),
    ):
        page = f"# Widget Market\n\nWe meet them all the time: {run}.\n"
        assert ("Beta Labs" in {c.name_as_written for c in extract_document(clean(page, ".md")).companies}) is listed


def test_a_segmentation_heading_ends_a_list_of_players_a_line_each() -> None:
    """Written pages: "Industrial Dust Collector Market Key Players" over a name a line, then "Market Segmentation" over
    "Type Insights (Revenue, USD Bn, 2020 - 2032)" and its segments a line each; a Notion export's "Key players"
    toggle, then a "Segmentation" toggle: the players end at the segmentation's heading."""
    docs = REPO_ROOT / "tests/written/docs"
    for name, last in (
        ("w24-16-industrial-dust-collectors-saved-complete.html", "Sly Inc."),
        ("w24-28-wound-debridement-devices-notion-export.html", "Medaxis AG"),
    ):
        found = {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}
        assert last in found, name
        assert not found & {"Segmentation", "Type Insights", "Baghouse Dust Collectors", "Cement"}, name


def test_a_newsletter_s_tracked_vendors_and_a_slide_s_piped_players() -> None:
    """An Outlook newsletter's box "Vendors we track" over its names parted by bullets; a slide's "Competitive
    landscape (IMARC key players)" over "Solvay SA | Tata Chemicals Limited | …" (a line of pipes read as a list when
    it names companies with their legal suffixes, not a footer's "(c) openPR | Imprint | Privacy Policy")."""
    docs = REPO_ROOT / "tests/written/docs"
    clm = {
        c.name_as_written
        for c in process_file(docs / "w24-20-clm-software-outlook-newsletter.html", 10**8).facts.companies
    }
    assert {"Icertis", "SAP Ariba", "Coupa Software", "LinkSquares"} <= clm
    soda = {
        c.name_as_written
        for c in process_file(docs / "w24-30-sodium-bicarbonate-slide-notes.txt", 10**8).facts.companies
    }
    assert {"Solvay SA", "Tata Chemicals Limited", "Genesis Alkali", "Inner Mongolia Yuanxing Energy Co., Ltd."} <= soda
    babe = process_file(docs / "w14-13-babe-studies-cro-vmr-openpr.txt", 10**8).facts.companies
    assert not {c.name_as_written for c in babe} & {"Imprint", "Privacy Policy", "Terms"}


def test_names_a_line_each_under_any_colon_when_they_are_companies_by_their_look() -> None:
    """An X thread's "Who makes them? It's a tight club:" over "• Michelin", "• Bridgestone Corporation", … "• Desser
    Tire & Rubber Co.": names with their legal forms make the list the players, up to its end (not the post's
    "9:16 AM · Mar 18, 2025" after it)."""
    docs = REPO_ROOT / "tests/written/docs"
    found = {
        c.name_as_written for c in process_file(docs / "w25-17-aircraft-tires-x-thread.txt", 10**8).facts.companies
    }
    assert {"Michelin", "Bridgestone Corporation", "Specialty Tires of America", "Desser Tire & Rubber Co."} <= found
    assert not found & {"9:16 AM", "Mar 18"}
    fulfilment = process_file(docs / "w15-17-ecommerce-fulfillment-services-aggregator.txt", 10**8).facts.companies
    assert "DHL Supply Chain" in {c.name_as_written for c in fulfilment}  # a players heading's list, read as such
    page = "Our shortlist:\n\n- Market sizing\n- Due diligence\n- Pricing studies\n"
    assert extract_document(clean(page, ".txt")).companies == []


def test_a_label_with_more_words_and_names_a_report_names_as_its_players() -> None:
    """Show notes' "Companies mentioned as suppliers in the report: BASF SE, Novamont S.p.A., …"; a Quora answer's
    "They name Rolex SA, …, Citizen Watch Co., Ltd. and Seiko Group Corporation as the key players."."""
    docs = REPO_ROOT / "tests/written/docs"
    film = process_file(docs / "w25-20-biodegradable-mulch-film-podcast-notes.html", 10**8).facts.companies
    assert {"BASF SE", "Novamont S.p.A.", "Biolegeen"} <= {c.name_as_written for c in film}
    watches = process_file(docs / "w25-23-luxury-watches-quora-answer.html", 10**8).facts.companies
    assert {"Rolex SA", "Patek Philippe SA", "Seiko Group Corporation"} <= {c.name_as_written for c in watches}


def test_enterprises_a_slide_s_who_supplies_it_and_legal_names_that_are_the_leading_firms() -> None:
    """A Chinese firm's English release: "The main enterprises in the industry include Nongfu Spring Co., Ltd., …"; a
    slide's "Who supplies it" over "Luminaires and CMS: Signify N.V., …" and "CMS and networks: Itron, Inc., Telensa,
    …"; a Nairobi daily's "Bidco Africa Ltd., …, Golden Africa Kenya Ltd. are the leading refiners and marketers". Not
    "Sponsors such as Pfizer Inc., Novartis AG … are the main buyers", nor "## Where" under "## Who makes it"."""
    docs = REPO_ROOT / "tests/written/docs"

    def names(name: str) -> set[str]:
        return {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}

    assert {"Nongfu Spring Co., Ltd.", "Coca-Cola China"} <= names(
        "w26-09-china-sugar-free-beverages-english-release.html"
    )
    assert {"Signify N.V.", "Telensa", "Tvilight"} <= names("w26-28-smart-street-lighting-slide-export.txt")
    assert {"Bidco Africa Ltd.", "Golden Africa Kenya Ltd."} <= names("w26-15-kenya-edible-oils-business-daily.md")
    assert "Novartis AG" not in names("w11-13-patient-recruitment-faq.html")
    textiles = names("w7-10-medical-textiles-contract-manufacturing-blog.md")
    assert "Secant Group" in textiles and "Where" not in textiles
    page = "Acme Ltd., Bolt Inc. and Crane Works are the leading users of widgets.\n\n"
    page += "Acme Ltd., Bolt Inc. and Crane Works are the main customers.\n\n"
    page += "Gala, Fuji and Honeycrisp are the main apple varieties.\n\nWho makes it\n\nWhat\n"
    assert extract_document(clean(page, ".txt")).companies == []
    for kind in ("main", "largest"):
        page = f"Delta GmbH, Echo AG and Foxtrot S.p.A. are the {kind} makers of valves.\n"
        assert len(extract_document(clean(page, ".txt")).companies) == 3
    page = "# Widget Market\n\nWho makes them?\n\n- Acme Ltd.\n- Bolt Inc.\n- Crane Works\n"
    assert len(extract_document(clean(page, ".md")).companies) == 3


def test_long_legal_names_abbreviated_forms_and_a_xetra_ticker_in_a_run_of_names() -> None:
    """Long-tail releases' runs of names: "Qingdao Gather Great Ocean Algae Industry Group Co., Ltd." (nine words to
    its legal form), "Interplex Holdings Pte. Ltd." and "Yoshida Dental Mfg. Co., Ltd." (an abbreviation's period
    ends no sentence), "Cefla s.c." and "Fona Dental s.r.o.", "SGL Carbon SE (ETR: SGL)" (its ticker dropped); not
    "8. BOGE Kompressoren …" (a numbered item) nor "… GmbH sowie die niederländische …" (a clause)."""
    docs = REPO_ROOT / "tests/written/docs"

    def names(name: str) -> set[str]:
        return {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}

    assert "Qingdao Gather Great Ocean Algae Industry Group Co., Ltd." in names(
        "w27-03-carrageenan-digital-journal.txt"
    )
    plates = names("w27-15-fuel-cell-bipolar-plates-openpr-runon.html")
    assert {"Interplex Holdings Pte. Ltd.", "SGL Carbon SE", "Treadstone Technologies, Inc."} <= plates
    chairs = names("w27-17-dental-chairs-wire-release.txt")
    assert {"Yoshida Dental Mfg. Co., Ltd.", "Cefla s.c.", "Fona Dental s.r.o.", "DentalEZ, Inc."} <= chairs
    assert "Amperesand Pte. Ltd." in names("w11-09-solid-state-transformer-dl.html")
    regions = load_index()
    assert not is_company_name("8. BOGE Kompressoren Otto Boge GmbH & Co. KG", regions)
    assert not is_company_name("Feinmahl Rhein-Main GmbH sowie die niederländische PowderTech Processing B.V.", regions)
    assert not is_company_name("Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Co., Ltd.", regions)
    assert not is_company_name("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota", regions)


def test_numbered_names_a_title_s_players_names_after_their_kind_and_development_firms() -> None:
    """A LinkedIn article: "… are (1) Mölnlycke Health Care AB, (2) Cardinal Health, Inc., …" (numbers dropped) under
    a title "… | Top Manufacturers (Mölnlycke, Cardinal Health, …) & Growth Forecast", which heads no list (not its
    author's byline under it); "K-FLEX S.p.A. (L'Isolante K-Flex)" (a brand after a legal name); "The outlooks name
    the main suppliers as SBM Offshore N.V., …"; "Tapioca Development Corporation Limited" and "Energy Development
    Corporation" (firms, though "development" names no firm elsewhere)."""
    docs = REPO_ROOT / "tests/written/docs"

    def names(name: str) -> set[str]:
        return {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}

    drapes = names("w27-13-surgical-drapes-linkedin-pulse.txt")
    assert {"Mölnlycke Health Care AB", "TIDI Products, LLC", "Microtek Medical"} <= drapes
    assert not {"Rohit Deshmukh", "Published Sep 3"} & drapes
    assert "K-FLEX S.p.A." in names("w27-09-pipe-insulation-orbis-cagr-only.md")
    assert {"SBM Offshore N.V.", "Lankhorst Offshore"} <= names("w27-26-offshore-mooring-two-outlooks.md")
    assert "Tapioca Development Corporation Limited" in names("w27-12-tapioca-starch-openpr-markdown.md")
    assert "Energy Development Corporation" in names("w21-09-geothermal-energy-hackmd-snippets.md")
    assert "Bugaboo International B.V." in names("w23-27-baby-stroller-sbwire-financialcontent.md")
    for heading in ("Key Players (12)", "Key players (alphabetical, by region):", "Key Players (2025) by Share"):
        page = f"# Widget Market\n\n{heading}\n\nAcme Ltd.\n\nBolt Inc.\n\nRecent Developments\n"
        assert len(extract_document(clean(page, ".md")).companies) == 2, heading


def test_a_report_that_named_firms_as_the_leading_operators() -> None:
    """A Lagos daily, wrapped at 70 columns: "The report named Food Concepts Plc (operator of Chicken Republic),
    Eat'N'Go Limited, …, KFC Nigeria and The Place Restaurants as the leading operators."."""
    path = REPO_ROOT / "tests/written/docs/w26-11-nigeria-quick-service-restaurants-business-daily.txt"
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    assert {"Food Concepts Plc", "Eat'N'Go Limited", "Tantalizers Plc", "The Place Restaurants"} <= found


def test_an_e_mail_s_numbered_section_heads_its_players_to_the_next_section() -> None:
    """An e-mail's "2) Who's in the market (GVR's key players list)" over "Malteurop Groupe", …, "Rahr Malting Co.", a
    line each: the players, to the next numbered line (a contents page's "3. Key Players" over "4. Regional Outlook"
    heads no firm); a broker's "3. COMPANIES"
    over "Exhibit 2: Coverage and peers" (a table's caption, no firm); "5) EVENTS" after a numbered "4) PLAYERS"
    section ends it."""
    docs = REPO_ROOT / "tests/written/docs"
    malt = {c.name_as_written for c in process_file(docs / "w27-30-specialty-malt-email.txt", 10**8).facts.companies}
    assert {"Malteurop Groupe", "Boortmalt", "Rahr Malting Co."} <= malt
    broker = process_file(docs / "w24-07-athletic-footwear-oem-broker-note.txt", 10**8).facts.companies
    assert "Exhibit 2" not in {c.name_as_written for c in broker}
    assert "EVENTS" not in {
        c.name_as_written for c in process_file(docs / "w21-27-biomethane.txt", 10**8).facts.companies
    }
    page = "Contents\n\n3. Key Players\n\n4. Regional Outlook\n\n5. Appendix\n"
    assert extract_document(clean(page, ".txt")).companies == []


def test_a_speaker_s_name_before_a_title_is_no_company() -> None:
    """A webinar's speakers: "**Clara Nguyen**, Senior Analyst, Personal Care, Kline & Company", "**Matteo Ferri**,
    Commercial Director, Lumera Cosmetics Manufacturing S.p.A.": persons, not profiled firms."""
    path = REPO_ROOT / "tests/written/docs/w28-10-private-label-haircare-webinar-summary.md"
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    assert not {"Clara Nguyen", "Matteo Ferri"} & found


def test_firms_a_study_names_as_the_accounts_that_move_volume_are_buyers() -> None:
    """A wire release: "Fact.MR identifies gearbox and axle makers such as ZF Friedrichshafen AG and Dana Incorporated,
    … and jet-engine programmes at GE Aerospace and Safran as the accounts that move volume between commercial
    treaters": the treaters' customers, no players."""
    path = REPO_ROOT / "tests/written/docs/w28-02-contract-heat-treatment-ein-presswire.txt"
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    assert found and not {"ZF Friedrichshafen AG", "Dana Incorporated"} & found


def test_malaysian_indonesian_and_brazilian_legal_names_in_a_long_list() -> None:
    """An openPR release's players paragraph, broken by a stray line break inside "KLK OLEO (Kuala Lumpur Kepong" /
    "Berhad)": every name, "Sdn. Bhd." and "PT." no sentence's end, the legal name in parentheses after a brand no
    name of its own; its "Buyers and distribution:" label no firm. A wire release's "Tecnoweb Ind. Com. de Telas
    Técnicas Ltda." is one name too."""
    found, labelled = _written("w29-28-fatty-alcohols-openpr-release.txt")
    assert {normalize_name(n) for n in labelled} <= {normalize_name(n) for n in found}
    assert "Buyers and distribution" not in found
    found, _ = _written("w29-19-paper-machine-clothing-wire-release.txt")
    assert "Tecnoweb Ind. Com. de Telas Técnicas Ltda" in found


def test_a_canonical_name_keeps_a_closed_note_before_its_legal_form() -> None:
    """ "Emery Oleochemicals (M) Sdn. Bhd." is "Emery Oleochemicals (M)", "WNS (Holdings) Limited" "WNS (Holdings)",
    not a note left open; a note left open in the name as written stays so."""
    assert company_name("Emery Oleochemicals (M) Sdn. Bhd.") == "Emery Oleochemicals (M)"
    assert company_name("WNS (Holdings) Limited") == "WNS (Holdings)"
    assert company_name("Solventum (formerly 3M") == "Solventum (formerly 3M"


def test_players_by_tier_each_a_name_with_a_note_before_its_dash() -> None:
    """A report page's players under "Tier 1: Full-Line Suppliers", "Tier 2: …", "Regional Players: Asia Pacific" and
    "Emerging Companies", a line each "Merck KGaA (operates as MilliporeSigma in the U.S. and Canada) – Durapore …":
    every company, its note no sentence; no "Tier 1"."""
    found, labelled = _written("w29-27-sterile-filtration-players-by-tier.html")
    assert {normalize_name(n) for n in labelled} <= {normalize_name(n) for n in found}
    assert not any(n.startswith("Tier") for n in found)


def test_a_ranking_s_numbered_entries_over_their_cards() -> None:
    """A publisher's blog "Top 10 Industrial Adhesive Tape Companies in 2025": "1. 3M Company" over its card, "2. tesa
    SE" (a brand in lower case) over its own, … to "10. Saint-Gobain Tape Solutions"; its byline's "Senior Research
    Analyst" no firm. A top-ten blog's "1. Atlas Copco AB" over "Headquarters: Nacka, Sweden · Founded: 1873 · …": the
    firm without its number, no "Headquarters" or "Founded"."""
    found, labelled = _written("w29-17-industrial-adhesive-tapes-top-10-companies.html")
    top_ten = labelled[:10]
    assert {normalize_name(n) for n in top_ten} <= {normalize_name(n) for n in found}
    assert "Senior Research Analyst" not in found
    found, labelled = _written("w15-19-industrial-air-compressor-top10-blog.html")
    assert set(labelled) - {"Kobe Steel, Ltd. (Kobelco)"} <= found
    assert not any(n[:1].isdigit() or n in {"Headquarters", "Founded"} for n in found)


def test_a_numbered_list_a_line_each_or_numbered_sections_are_no_ranking() -> None:
    """Entries "1. Acme Corporation" over a card each, three paragraphs under the title, or a line each: a ranking; a
    report's numbered sections ("1. Introduction", "2. Market Overview", "3. Key Findings", …): none."""
    head = (
        "Top Widget Companies in 2025\n\n" + "The widget market is large and it grows, as our analysts have seen. " * 3
    )
    head = "\n\n".join([head] * 3) + "\n\n"
    card = "\n\nIt makes widgets for cars and boxes.\n\n"

    def players(body: str) -> list[str]:
        return [c.name_as_written for c in extract_companies(head + body, [], load_index())]

    three = ["Acme Corporation", "Beta GmbH", "Gamma Inc."]
    assert players("".join(f"{k}. {name}{card}" for k, name in enumerate(three, 1))) == three
    assert players("".join(f"{k}. {name}\n" for k, name in enumerate(three, 1))) == three
    sections = ["Introduction", "Market Overview", "Key Findings", "Pricing Analysis", "Value Chain", "Conclusion"]
    assert players("".join(f"{k}. {name}{card}" for k, name in enumerate(sections, 1))) == []


def test_a_german_firm_s_seat_after_its_legal_form_and_joint_ventures_tracked() -> None:
    """A report page's "Key Companies" tab: one a line, "Brose Fahrzeugteile SE & Co. KG, Coburg" (a name with its
    seat, not two names, nor the end of a list), then "Joint Ventures Tracked" over "Changjiang Lear Seating Systems
    Co., Ltd. – 50:50 joint venture of …": every labelled player, no "Coburg", no "Joint Ventures Tracked"."""
    found, labelled = _written("w29-21-automotive-seating-key-companies-tab.html")
    assert {normalize_name(n) for n in labelled} <= {normalize_name(n) for n in found}
    assert "Coburg" not in found and "Joint Ventures Tracked" not in found


def test_competitors_named_in_the_sentences_of_their_section() -> None:
    """A trade article's "Who else competes": "… the report lists Epta S.p.A., …. Dover Corporation remains …. Hoshizaki
    Corporation … operates through CoolPoint Asia Sdn. Bhd., a joint venture with Malaysia's Tenggara Industrial
    Berhad. The Greek maker Frigoglass S.A.I.C. …, and True Manufacturing Co., Inc. and Welbilt, Inc., owned by
    Italy's Ali Group S.r.l. …": the competitors, not the partner or the owner. A 10-K's "Competition": "Cohu, Inc."
    among its rivals; an S-1's "Driivz (acquired by Vontier Corporation in 2022)": no acquirer."""
    found, _ = _written("w29-20-commercial-refrigeration-mergers-trade-article.html")
    named = {"Epta S.p.A.", "Dover Corporation", "Hoshizaki Corporation", "Frigoglass S.A.I.C."}
    named |= {"True Manufacturing Co., Inc.", "Welbilt, Inc.", "Arneg S.p.A."}
    assert named <= found and any(n.startswith("CoolPoint Asia Sdn. Bhd") for n in found)
    assert not any(n.startswith(("Tenggara", "Ali Group")) for n in found)
    assert "Cohu, Inc." in _written("w25-03-semiconductor-ate-10k-industry.html")[0]
    assert "Vontier Corporation" not in _written("w25-01-ev-charging-software-s1-market-opportunity.html")[0]
    assert "Darling Ingredients Inc." not in _written("w4-14-collagen-peptides.html")[0]  # "Rousselot (Darling …)"
    section = "Competition\n\nAcme Inc. leads the market, and it says so.\n\nCustomers\n\nBuyers include Walmart Inc.\n"
    assert [c.name_as_written for c in extract_companies(section, [], load_index())] == ["Acme Inc."]


def test_a_name_keeps_the_period_of_its_abbreviated_legal_form() -> None:
    """A name written "Galvano Veneta S.r.l." or "Emery Oleochemicals (M) Sdn. Bhd." is kept as written, with the
    period its legal form ends in and "Sdn." whole, not cut to "S.r.l" or split at "Sdn"."""
    cases = {
        "w17-18-lohngalvanik-europa.txt": "Galvano Veneta S.r.l.",
        "w29-28-fatty-alcohols-openpr-release.txt": "Emery Oleochemicals (M) Sdn. Bhd.",
        "w27-10-ceiling-fans-million-units-digital-journal.html": "Deka Fan Sdn. Bhd.",
    }
    for name, written in cases.items():
        found = {
            c.name_as_written for c in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.companies
        }
        assert written in found, (name, found)


def _players_as_written(name: str) -> set[str]:
    return {c.name_as_written for c in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.companies}


def test_players_a_study_names_with_a_legal_form_inside_a_name() -> None:
    """A newsletter's "EMR names Deoleo S.A., Sovena Group, …, Carapelli Firenze S.p.A. and Minerva S.A. Edible Oils
    among the key players": every name, "S.A." inside the last one ending no sentence."""
    players = _players_as_written("w33-24-olive-oil-newsletter-share-sentences.html")
    assert {"Deoleo S.A.", "Acesur", "Salov S.p.A.", "Minerva S.A. Edible Oils"} <= players


def test_players_under_a_note_s_players_heading_and_a_german_study_s_profiled_companies() -> None:
    """A Markdown note's "## Players (GVR's list)" over numbered names, and a German release's "Zu den im Bericht
    profilierten Unternehmen gehören TRUMPF SE + Co. KG, Bystronic Laser AG, …": the players; a trade paper's
    heading "PLAYERS" over prose does not make its sentences names."""
    assert {"Cochlear Limited", "Demant A/S", "iotaMotion, Inc."} <= _players_as_written(
        "w33-21-cochlear-implants-markdown-note-nested-lists.md"
    )
    assert {"TRUMPF SE + Co. KG", "Bystronic Laser AG", "Messer Cutting Systems GmbH"} <= _players_as_written(
        "w33-25-laserschneidmaschinen-pressemitteilung.de.html"
    )
    diapers = _players_as_written("w26-14-indonesia-baby-diaper-trade-paper.txt")
    assert "PT Sinar Prima Hygiene" in diapers and not any(name.startswith("The study") for name in diapers)


def test_a_player_s_owner_or_brand_in_parentheses_is_no_part_of_its_name() -> None:
    """ "Mercury Marine (Avator range)", "Casa Sauza (Suntory Global Spirits)": the player
    without its brand or owner ("PPD (Thermo Fisher Scientific)" too); a legal name in parentheses beside one ("Adamis
    Pharmaceuticals Corporation (Novartis AG)") and a note spelling out a name in capitals ("CAF (Construcciones y
    Auxiliar de Ferrocarriles)") stay as written."""
    assert "Mercury Marine" in _players_as_written("w29-08-electric-outboard-motors-research-note.md")
    assert {"Casa Sauza", "Diageo México"} <= _players_as_written("w20-22-tequila-mexico.md")
    page = {c.name_as_written for c in process_file(REAL_DOCS / "g0v_EaSkFOV_TFqlXmJ3_ryafg.md", 10**8).facts.companies}
    assert "Adamis Pharmaceuticals Corporation (Novartis AG)" in page
    rolling_stock = "w20-07-european-rolling-stock-maintenance-outsourcing.html"
    assert "CAF (Construcciones y Auxiliar de Ferrocarriles)" in _players_as_written(rolling_stock)  # spelled out
    assert "PPD" in _players_as_written("w16-04-infectious-disease-cro.html")  # "PPD (Thermo Fisher Scientific)"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("w10-16-contract-bfs-manufacturing-wiki-talk-page.html", "Support"),
        ("w12-24-aircraft-mro-bank-note.txt", "IMPORTANT DISCLOSURES"),
        ("w14-30-vietnam-medical-devices-ccg.html", "Regulatory Environment"),
        ("w15-17-ecommerce-fulfillment-services-aggregator.txt", "Mergers & Acquisitions"),
        ("w15-17-ecommerce-fulfillment-services-aggregator.txt", "New Warehouse Openings"),
        ("w15-17-ecommerce-fulfillment-services-aggregator.txt", "Partnerships"),
        ("w15-18-biosafety-testing-services-reseller.html", "Description"),
        ("w15-18-biosafety-testing-services-reseller.html", "Company Evaluation Matrix"),
        ("w2-01-hydrogen-electrolyzer-market.html", "Careers"),
        ("w22-06-decentralized-trials-cro-partnership.html", "Headline"),
        ("w22-06-decentralized-trials-cro-partnership.html", "Released"),
        ("w22-06-decentralized-trials-cro-partnership.html", "Number"),
        ("w24-23-concrete-admixtures-brochure-pdftotext.txt", "SWOT"),
        ("w33-08-orthopedic-braces-plain-text-email.txt", "Dear Laura"),
        ("w33-14-autonomous-floor-scrubbers-company-release.html", "Customers and partners"),
        ("w33-26-fertilizantes-foliares-comunicado.pt-BR.txt", "ESTUDOS RELACIONADOS"),
    ],
)
def test_a_page_s_labels_headings_and_a_letter_s_greeting_are_no_firms(name: str, label: str) -> None:
    """Labels and headings near a list of players ("Description", "Careers", "SWOT", "IMPORTANT DISCLOSURES", a deal
    page's "Headline" / "Released" / "Number", a Brazilian release's "ESTUDOS RELACIONADOS") and an e-mail's "Dear
    Laura,": none a firm."""
    assert label not in _players_as_written(name)


def test_a_german_kg_s_name_whole_and_another_report_s_players() -> None:
    """An infographic's "…, HiPP GmbH & Co. Vertrieb KG": one firm, not "HiPP GmbH & Co." and "Vertrieb KG"; a
    release's related report "Metakaolin Market - projected to reach US$ 2.41 billion by 2031; key players include
    BASF SE, Burgess Pigment Company and …": that market's players, not the kaolin market's."""
    assert "HiPP GmbH & Co. Vertrieb KG" in _players_as_written("w33-20-baby-food-infographic-alt-texts.html")
    kaolin = _players_as_written("w33-02-kaolin-globenewswire-key-companies-profiled.txt")
    assert "KaMin LLC" in kaolin and not {"BASF SE", "Burgess Pigment Company"} & kaolin


def test_a_limited_partnership_s_form_after_its_comma() -> None:
    """ "Calumet Specialty Products Partners, L.P.", a list's "DairiConcepts, L.P.": one firm each, no "L.P." alone."""
    lubricants = _players_as_written("w15-08-lubricant-contract-blending.html")
    assert "Calumet Specialty Products Partners, L.P." in lubricants and "L.P." not in lubricants
    assert "DairiConcepts, L.P." in _players_as_written("w34-01-cheese-powder-openpr-market-us.txt")


def test_a_mexican_listed_company_s_canonical_name() -> None:
    """ "Becle, S.A.B. de C.V.", "Grupo Bimbo, S.A.B. de C.V.": their canonical names without the form, not "Becle,
    S.A.B. de"."""
    tequila = process_file(WRITTEN / "docs" / "w20-22-tequila-mexico.md", 10**8).facts.companies
    names = {c.name_as_written: c.company_name for c in tequila}
    assert names["Becle, S.A.B. de C.V."] == "Becle"
    assert company_name("Grupo Bimbo, S.A.B. de C.V.") == "Grupo Bimbo"


def test_a_list_goes_on_after_a_name_s_period_and_its_country_note() -> None:
    """ "…, W. R. Grace & Co.-Conn. (U.S.), Clariant AG (Switzerland), …": the period of "Conn." before a country
    note and a comma ends no sentence, and the list's later names are players."""
    zeolites = _players_as_written("w31-26-zeolites-pr-newswire-us-dollars.html")
    assert {"Clariant AG", "China Catalyst Holding Co., Ltd."} <= zeolites


def test_a_competitive_players_heading_and_a_report_s_analysis_by_manufacturer() -> None:
    """ "Competitive Players" over a numbered list, "Safety Footwear Market Analysis by Manufacturer" over a bullet
    list: both open a list of players; "TOTO LTD." keeps the period of its form in capitals."""
    assert {"TOTO LTD.", "Mediclinics S.A."} <= _players_as_written("w34-07-hand-dryer-straits-ein-presswire.html")
    footwear = _players_as_written("w31-15-safety-footwear-product-type-and-application.html")
    assert {"Rocky Brands, Inc.", "Oftenrich Holdings Co., Ltd."} <= footwear


def test_a_listed_player_s_brands_in_parentheses_part_no_names() -> None:
    """A list item "Procter and Gamble (Tide PODS, Ariel PODS)": one firm, its note's comma parting nothing; "Unilever
    PLC (OMO, Persil in the UK and Ireland)": the note's "and" parts no names; "Method Products, PBC": one firm with
    its form; "March 2025: Procter and Gamble launched …" under "Recent Developments": the player already listed, not
    "Procter" and "Gamble"; but "**Swift Solar** and **Caelux** (US start-ups, …)": two names, each in bold."""
    pods = _players_as_written("w29-29-laundry-detergent-pods-release.md")
    assert {"Procter and Gamble", "Unilever PLC", "Method Products, PBC"} <= pods
    assert not {"Procter", "Gamble", "Ireland", "PBC"} & pods
    assert {"Swift Solar", "Caelux"} <= _players_as_written("w13-21-perovskite-solar-cells.md")


@pytest.mark.parametrize(
    ("name", "player"),
    [
        ("w30-11-sensores-de-gas-comunicado.es.html", "Sensirion AG"),  # "… del mercado de sensores de gas figuran"
        ("w30-23-riego-por-goteo-comunicado.es.html", "Rivulis Irrigation Ltd."),  # "… empresas analizadas figuran"
        ("w28-10-private-label-haircare-webinar-summary.md", "Cosmax, Inc."),  # "… supplier list included **A**, …"
        ("w31-18-pipe-coatings-trade-article-north-of.html", "Hempel A/S"),  # "Mordor lists the … suppliers as"
    ],
)
def test_players_after_a_spanish_list_verb_a_past_include_and_a_firm_s_list(name: str, player: str) -> None:
    """A Spanish "Entre las principales empresas del mercado de … figuran" and "… empresas analizadas figuran", an
    English "… supplier list included …" and "Mordor lists the market's leading suppliers as …": lists of players."""
    assert player in _players_as_written(name)


def test_a_german_list_of_players_with_and_without_brands_and_its_buyers() -> None:
    """A German release's "Zu den wichtigsten Anbietern zählen laut Studie:" over items with their brands after a dash
    ("KION Group AG (Frankfurt am Main) – mit den Marken …") and items without ("Jungheinrich AG (Hamburg)"): all
    players; "Zu den größten Abnehmern zählen Logistikdienstleister … wie DHL Group, Amazon …": buyers, no players."""
    forklifts = _players_as_written("w36-13-gabelstapler-pressemitteilung-anbieter.de.html")
    assert {"KION Group AG", "Jungheinrich AG", "Combilift Ltd.", "HUBTEX Maschinenbau GmbH & Co. KG"} <= forklifts
    assert not {"Amazon", "Schwarz Gruppe"} & forklifts and not any("DHL" in name for name in forklifts)


def test_a_spanish_list_of_the_companies_analysed_ending_with_a_mexican_form() -> None:
    """ "Entre las empresas analizadas se encuentran Pernod Ricard, …, Destilería Los Danzantes, S.A. de C.V. y
    Mezcales de Oaxaca, S.A. de C.V. Becle, productor de José Cuervo, reportó …": the list's names, its last one ending
    at its form, where the next sentence starts."""
    mezcal = _players_as_written("w36-26-mezcal-comunicado-pesos-dolares.es.html")
    assert {"Pernod Ricard", "Destilería Los Danzantes, S.A. de C.V.", "Mezcales de Oaxaca, S.A. de C.V."} <= mezcal


def test_distributors_over_a_numbered_list_are_no_ranking_of_players() -> None:
    """ "Leading distributors of indexable inserts include:" over "1. MSC Industrial Direct Co., Inc. (U.S.)", "2. W.W.
    Grainger, Inc. (U.S.)", …: sellers, not a ranking of players."""
    inserts = _players_as_written("w36-11-indexable-cutting-inserts-distributor-list.txt")
    assert "Kennametal Inc." in inserts and not {"MSC Industrial Direct Co., Inc.", "W.W. Grainger, Inc."} & inserts


def test_a_question_heading_after_the_players_paragraphs_ends_their_section() -> None:
    """ "Who Are the Major Players in the … Market?" over two paragraphs, then "How Is the … Market Segmented?" over
    "1) By Product Type: Custom-made Devices, …", "3) By Material: Acrylic, …, Nylon, Metal": segments, no players."""
    devices = _players_as_written("w36-30-mandibular-advancement-devices-tbrc-two-periods.html")
    assert "Panthera Dental Inc." in devices and not {"Nylon", "Metal", "Pre-fabricated Devices"} & devices


@pytest.mark.parametrize(
    ("name", "supplier"),
    [
        ("w33-05-wind-turbine-gearbox-market-share-table.html", "SKF AB"),  # "Bearing suppliers such as SKF AB"
        ("w36-15-hot-melt-adhesives-pdf-summary-share-table.txt", "ExxonMobil Chemical"),  # "Polymer and resin …"
        ("w9-05-contract-aerosol-filling-wayback-capture.html", "Honeywell"),  # "… Pvt. Ltd. Propellant suppliers …"
        ("w17-29-tws-earbuds.md", "Qualcomm"),  # "Chip suppliers such as Qualcomm and Bestechnic"
    ],
)
def test_suppliers_of_what_the_players_buy_are_no_players(name: str, supplier: str) -> None:
    """ "Bearing suppliers such as SKF AB and Schaeffler AG", "Polymer and resin suppliers such as ExxonMobil
    Chemical, …": firms that supply the players, named by what they supply (words the market's name lacks)."""
    assert supplier not in _players_as_written(name)


def test_suppliers_qualified_or_placed_are_players() -> None:
    """ "… specialist European suppliers such as TT Electronics plc, Kitron ASA …", "In China, domestic suppliers such
    as Hangzhou Changchuan Technology Co., Ltd. …": players, qualified or placed, not named by what they supply."""
    assert "TT Electronics plc" in _players_as_written("w15-30-calder-annual-report-ad-ems.txt")
    assert "Hangzhou Changchuan Technology Co., Ltd." in _players_as_written(
        "w25-03-semiconductor-ate-10k-industry.html"
    )


@pytest.mark.parametrize(
    "kind",
    ["Key", "Leading", "Major", "Other", "Established", "Specialist", "Domestic", "Independent", "Electric boat"],
)
def test_suppliers_qualified_or_named_by_the_market_s_words_are_players(kind: str) -> None:
    """ "Key suppliers such as …", "Independent suppliers such as …", "Electric boat suppliers such as …" (the market's
    own words): players, not the players' suppliers."""
    text = (
        "Electric Boat Market Report\n\nThe global electric boat market was valued at USD 5.6 billion in 2024. "
        f"{kind} suppliers such as Vision Marine Technologies Inc. and Candela Technology AB are expanding capacity.\n"
    )
    players = {c.name_as_written for c in extract_document(clean(text, ".txt")).companies}
    assert {"Vision Marine Technologies Inc.", "Candela Technology AB"} <= players


def test_a_list_ends_at_its_other_players_line_and_keeps_a_spanish_form_after_its_comma() -> None:
    """A contents page's "13.1 Archer Daniels Midland Company" … "13.3 LASENOR EMUL, S.L." … "13.9 Novastell Essential
    Ingredients" ends at "13.10 Other Prominent Players": not "S.L." alone, nor the "Annexure" after the list; a wire
    release's "Tempack Packaging Solutions, S.L." one name."""
    players = _players_as_written("w36-03-sunflower-lecithin-report-page-lists-disagree.html")
    assert {"Sonic Biochem Extractions Pvt. Ltd.", "Clarkson Specialty Lecithins"} <= players
    assert not players & {"S.L.", "Annexure", "Frequently Asked Questions"}
    assert "Tempack Packaging Solutions, S.L." in _players_as_written(
        "w28-03-pharma-cold-chain-packaging-globenewswire.html"
    )


def test_a_players_question_s_answer_is_its_one_paragraph() -> None:
    """An FAQ's "Who are the key players?" over "Cynosure, LLC, Candela Corporation, … are the key players in the
    market.": the answer's names, not the "Client Testimonials" heading after it."""
    players = _players_as_written("w35-21-tattoo-removal-lasers-market-us-report-page.html")
    assert "Cynosure, LLC" in players and "Client Testimonials" not in players


@pytest.mark.parametrize("other", ["Other players", "Other Prominent Players"])
def test_a_list_s_other_players_line_ends_it(other: str) -> None:
    """ "Key Players" over names a line each, then "Other players" and the page's next block: the names only."""
    text = (
        "Cork Flooring Market\n\nThe cork flooring market was valued at USD 2.4 billion in 2024.\n\nKey Players\n\n"
        f"Amorim Cork Composites S.A.\n\nGranorte\n\nWicanders\n\n{other}\n\nAnnexure\n\nTestimonials\n"
    )
    players = {c.name_as_written for c in extract_document(clean(text, ".txt")).companies}
    assert players == {"Amorim Cork Composites S.A.", "Granorte", "Wicanders"}


def test_a_segmentation_s_labelled_line_ends_a_players_section() -> None:
    """ "Competitive Landscape", a paragraph, then "Segmentation of … Research" over "By Design: AE Series, BE Series,
    CE Series": a segmentation's group, no players."""
    players = _players_as_written("w36-16-glass-lined-reactor-factmr-press-release-stale-faq.html")
    assert "GMM Pfaudler Ltd." in players and not players & {"AE Series", "BE Series", "CE Series"}


def test_a_heading_s_line_that_goes_on_with_a_sentence_after_its_colon_lists_no_players() -> None:
    """ "The top three producers have grown through acquisitions: H.B. Fuller bought …. Polymer and resin suppliers
    such as … Kraton Corporation … The largest customers are … Kimberly-Clark Corporation and Smurfit Westrock.": a
    paragraph, no list of players; nor are the lines after "Competitive Landscape: Over 3,000 brands compete in the
    earbuds market, …" one."""
    players = _players_as_written("w36-15-hot-melt-adhesives-pdf-summary-share-table.txt")
    assert "Henkel AG & Co. KGaA" in players
    assert not players & {"Kraton Corporation", "Kimberly-Clark Corporation", "Smurfit Westrock"}
    doc = REAL_DOCS / "marketing-agents_wireless_earphones_market_analysis_2025_208OTNjT.md"
    assert not {c.name_as_written for c in process_file(doc, 10**8).facts.companies} & {"Saturation", "Europe 8"}


def test_players_named_under_their_subsection_numbers_on_lines_of_their_own() -> None:
    """A sample's "14.3 Profiles of Key Players" over "14.3.1" / "Live Nation Entertainment, Inc." / "14.3.2" / …:
    each name (the first too, though the text reads its aligned line as a one-row table)."""
    players = _players_as_written("w37-11-online-event-ticketing-imarc-sample-bar-labels.txt")
    assert {"Live Nation Entertainment, Inc.", "StubHub Holdings, Inc.", "Tixr, Inc."} <= players


@pytest.mark.parametrize(
    "name",
    [
        "w37-19-flame-resistant-fabrics-marketsandmarkets-reader.md",  # "Priya Venkataraman, Associate Director, …"
        "w37-25-seed-coating-materials-coherent-press-release.html",  # "Nikhil Bhosale, Senior Consultant, …"
        "w37-30-truffle-fmi-markdownload.md",  # "Chiara Benedetti, Principal Consultant, Food & Beverage"
    ],
)
def test_an_analyst_in_bold_with_a_title_is_no_player(name: str) -> None:
    assert not _players_as_written(name) & {"Priya Venkataraman", "Nikhil Bhosale", "Chiara Benedetti"}
