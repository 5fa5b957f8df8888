"""Plain text hard-wrapped at a fixed width: its paragraphs' lines joined again (loaders.reflow), and any other
text left as it is."""

from __future__ import annotations

import random
import textwrap

import pytest

from loaders.clean import clean
from loaders.decode import decode
from loaders.extract.document import extract_document
from loaders.pipeline import process_file
from loaders.reflow import unwrap, wrap_width
from tests.conftest import REAL_DOCS, REPO_ROOT, generated_corpus


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The text of every real document as the loader cleans it, and 200 generated plain-text documents."""
    docs = generated_corpus(tmp_path_factory.mktemp("generated"), 600, seed=11)
    found = {p.name: clean(decode(p.read_bytes()).text, p.suffix).text for p in sorted(REAL_DOCS.iterdir())}
    found |= {p.name: p.read_text() for p in sorted(docs.glob("*.txt"))[:200]}
    return found


def _wrapped(text: str, width: int) -> tuple[str, str]:
    """(the text with a blank line between its paragraphs, the same wrapped at `width` columns), as e-mail and
    terminals write plain text."""
    paragraphs = [line for line in text.split("\n") if line.strip()]
    wrap = [textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs]
    return "\n\n".join(paragraphs), "\n\n".join("\n".join(lines) for lines in wrap)


def test_a_text_that_is_not_wrapped_is_left_as_it_is(texts: dict[str, str]) -> None:
    """One line per paragraph, lists, headings, tables: no line of any real or generated document is joined."""
    assert len(texts) > 290
    for name, text in texts.items():
        assert unwrap(text) == text, name


@pytest.mark.parametrize("width", [72, 80])
def test_a_wrapped_text_extracts_what_its_paragraphs_do(texts: dict[str, str], width: int) -> None:
    """The documents' paragraphs wrapped at 72 or 80 columns, loaded as text, give the facts of the same paragraphs
    unwrapped (a sentence cut by a wrap lost its subject: 91 of 98 real documents extracted other facts). Left out:
    texts in Chinese, which have no spaces to wrap at. A wrap that puts "- " at the start of a line makes it a list
    item; it may cost a document or two."""
    compared, same = 0, 0
    for text in texts.values():
        plain, wrapped = _wrapped(text, width)
        doc = clean(plain, ".txt")
        if wrapped == plain or doc.language == "zh":
            continue
        assert wrap_width(clean(wrapped, ".txt").text.split("\n")) is None  # unwrapped, it no longer looks wrapped
        compared += 1
        same += extract_document(clean(wrapped, ".txt")) == extract_document(doc)
    assert compared > 280 and same >= compared - 2


def test_the_width_a_text_was_wrapped_at_is_found() -> None:
    text = " ".join(f"The Widget market was worth USD {n}.5 billion in 20{n:02d}." for n in range(40))
    for width in (60, 72, 80, 100):
        lines = textwrap.wrap(text, width)
        assert wrap_width(lines) in (width, width - 1)
        assert unwrap("\n".join(lines)) == text
    assert wrap_width([text]) is None and wrap_width(textwrap.wrap(text, 30)) is None  # too narrow to tell
    listed = ["Key players:", *(f"- Company number {n} of the many in this market, Inc." for n in range(10))]
    assert unwrap("\n".join(listed)) == "\n".join(listed)


def test_a_list_item_after_a_full_line_stays_a_line() -> None:
    text = " ".join(f"The Widget market was worth USD {n}.5 billion in 20{n:02d}." for n in range(40))
    lines = textwrap.wrap(text, 72)
    full = next(i for i, line in enumerate(lines) if len(line) >= 70)
    items = ["1. Acme Corporation", "b) Beta Industries", "* Gamma Holdings", "• Delta Group"]
    for item in items:
        unwrapped = unwrap("\n".join([*lines[: full + 1], item, *lines[full + 1 :]]))
        assert f"\n{item}\n" in unwrapped and lines[full] in unwrapped.split("\n")[0]


def test_any_text_is_cleaned_without_an_error() -> None:
    """Lines of spaces only, trailing spaces (format=flowed), tabs, indented lines, long words: a text of 72-column
    lines with a line of spaces in it once made the wrap's width fail (max() of no words) and the file rejected."""
    rng = random.Random(5)
    pieces = [
        "word",
        "Market",
        "USD 5 billion",
        " ",
        "   ",
        "\t",
        "- ",
        "• ",
        "1. ",
        "x" * 40,
        "https://a.example/" + "p" * 30,
    ]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(rng.randint(1, 30))]
        text = "\n".join(line + rng.choice(["", " ", "  "]) for line in lines)
        unwrapped = unwrap(text)
        assert unwrapped == text or wrap_width([line.rstrip() for line in text.split("\n")]) is not None
        clean(text, ".txt")
    wrapped = textwrap.wrap(
        " ".join(f"The Widget market was worth USD {n} billion in 20{n:02d}." for n in range(30)), 72
    )
    with_blank = "\n".join([*wrapped[:3], "   ", *wrapped[3:]])
    assert "USD 5 billion in 2005." in clean(with_blank, ".txt").text


def test_a_list_item_s_wrapped_lines_indented_under_its_text_go_on_with_it() -> None:
    """A written document wraps "1) By Service: …; Storage And Retention;" with its next line indented under the
    item's text ("   Packaging, Labeling And Blinding; …"): one line; the next item stays its own."""
    raw = (REPO_ROOT / "tests" / "written" / "docs" / "w3-25-clinical-trial-supply-logistics.txt").read_text()
    lines = unwrap(raw).split("\n")
    service = next(k for k, line in enumerate(lines) if line.startswith("1) By Service"))
    assert lines[service].endswith(
        "Storage And Retention; Packaging, Labeling And Blinding; Manufacturing; Comparator Sourcing; Other Services"
    )
    assert lines[service + 1] == "2) By Phase: Phase I; Phase II; Phase III; Phase IV"


def test_a_bullet_spaced_off_its_text_opens_a_list_item_not_a_table_row() -> None:
    """A written document's "  *   By security type: endpoint security, network security, cloud" wraps under its
    text, six spaces in: the item is one line, and no table is read from its bullet and text."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-22-managed-detection-response.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert "By security type: endpoint security, network security, cloud security and identity security." in doc.text
    assert not any(row[0] == "*" for table in doc.tables for row in table.rows)


def test_a_word_cut_at_a_line_s_hyphen_and_a_label_s_value_wrapped_in_its_column() -> None:
    """A word a wrap broke at a hyphen is one word again ("Asia-" "Pacific" keeps its hyphen; a capitalised word cut
    in two, "Cor-" "poration", loses it); a label's value wrapped in its own narrower column, under a label set off
    by spaces and no colon, is one line."""
    words = ("The Asia-Pacific market and Tindall Corporation, " * 20).split()
    text = "\n".join(" ".join(words[k : k + 9]) for k in range(0, len(words), 9))
    wrapped = text.replace("Asia-Pacific", "Asia-\nPacific", 1).replace(
        "Tindall Corporation", "Tindall Cor-\nporation", 1
    )
    joined = unwrap(wrapped)
    assert joined.count("Asia-Pacific") == 20 and joined.count("Tindall Corporation,") == 20
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-26-electric-motorcycles.txt"
    text = clean(decode(path.read_bytes()).text, path.suffix).text
    assert "Ola Electric Mobility Ltd., Vmoto Limited, Yadea Group Holdings Ltd., NIU Technologies," in text


def test_a_line_that_opens_with_a_note_in_parentheses_goes_on_with_the_sentence() -> None:
    """A written text: "… splits the market by type into ready-to-drink" wrapped before "(RTD) and concentrate, and
    by distribution channel into …", a line short enough to end a paragraph, but its next one goes on with the
    sentence."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-23-cold-brew-coffee.txt"
    text = clean(decode(path.read_bytes()).text, path.suffix).text
    assert "by type into ready-to-drink (RTD) and concentrate, and by distribution channel" in text


def test_a_headline_in_capitals_wrapped_before_a_joining_word() -> None:
    """A written text's headline in capitals over two lines, "… MARKET TO TOP US$ 16.4 BILLION" then "BY 2032 AS
    …": one line, so its figure has its year."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-27-wafer-cleaning-equipment.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert doc.text.startswith("SEMICONDUCTOR WAFER CLEANING EQUIPMENT MARKET TO TOP US$ 16.4 BILLION BY 2032 AS")
    sizes = {(s.money.reported_value, s.reference_year) for s in extract_document(doc).sizes if s.money}
    assert (16.4, 2032) in sizes


def test_a_text_set_in_one_space_from_the_margin_and_a_banner_set_out_in_columns() -> None:
    """A written text whose every line of words is set in one space (its rules are not), under a banner set out in
    columns ("PERSISTENCE MARKET RESEARCH - PRESS RELEASE          Tokyo Office") wider than its paragraphs: its
    paragraphs read as one line each, so "a CAGR of" wrapped before "6.3% from FY2024 to FY2030" keeps its years."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-15-japan-analytical-testing-outsourcing.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert "a CAGR of 6.3% from FY2024 to FY2030. Growth will slow" in doc.text
    assert "BML, Inc., SGS Japan Inc., Intertek Japan K.K. and Eurofins Scientific SE." in doc.text
    rates = {(g.rate_low, g.start_year, g.end_year) for g in extract_document(doc).growth if g.scope == "market"}
    assert {(6.3, 2024, 2030), (7.0, 2019, 2024)} <= rates


def test_a_thread_s_posts_wrapped_between_short_lines_of_counts_are_joined() -> None:
    """A written X thread saved as text: each post's lines wrapped at 72 columns, between its header ("[1/12]
    @pharma_dataguy · May 29, 2025") and its counts ("Replies 57 · Reposts 418 · …"), lines short of the width that
    end their paragraphs. The width is judged on the lines a paragraph goes on after; "$15.2B in 2024, / $19.2B in
    2025, and $99.6B by 2032" is one sentence again, each amount a size with its year."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-24-anti-obesity-drugs-x-thread.txt"
    facts = extract_document(clean(decode(path.read_bytes()).text, ".txt"))
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(15.2, 2024), (19.2, 2025), (99.6, 2032)} <= sizes


def test_a_line_ending_with_a_verb_goes_on_with_its_amount() -> None:
    """A written bulletin wrapped by hand short of its width: "… biologicals companies - was worth" over "USD 2.84
    billion in 2024": a line does not end on "worth" (nor "was", "is") but when its sentence goes on, so the amount
    is the market's with its year; a brief's "The Japan … outsourcing market was" goes on with its next line, which
    names the market as the headline does."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w8-14-agrochemical-contract-research-bulletin.txt"
    facts = extract_document(clean(decode(path.read_bytes()).text, ".txt"))
    size = next(s for s in facts.sizes if s.money.reported_value == 2.84 and s.money.reported_unit == "billion")
    assert "was worth USD 2.84 billion in 2024" in size.evidence_text and size.reference_year == 2024
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-15-japan-analytical-testing-outsourcing.txt"
    facts = extract_document(clean(decode(path.read_bytes()).text, ".txt"))  # "… outsourcing market was" / "JPY 186.4"
    market = next(a for a in facts.attributes if a.attribute == "market_name")
    assert market.value_text == "Japan Pharmaceutical Analytical Testing Outsourcing"


def test_a_dash_item_s_wrapped_lines_indented_under_its_text_go_on_with_it() -> None:
    """Written texts: "- by drug class: GLP-1 receptor agonists, dual GIP/GLP-1 receptor" over "  agonists, lipase
    inhibitors, others" (an X thread), "- By vehicle type: passenger cars; light commercial vehicles; heavy" over
    "  commercial vehicles" (a sector brief): the indented line goes on with its dash's item."""
    for name, segment in (
        ("w8-24-anti-obesity-drugs-x-thread.txt", "dual GIP/GLP-1 receptor agonists"),
        ("w7-15-morocco-wire-harness-sector-brief.txt", "heavy commercial vehicles"),
    ):
        path = REPO_ROOT / "tests" / "written" / "docs" / name
        facts = extract_document(clean(decode(path.read_bytes()).text, ".txt"))
        assert segment in {s.segment_name for s in facts.segments}


def _written_text(name: str) -> str:
    path = REPO_ROOT / "tests" / "written" / "docs" / name
    return clean(decode(path.read_bytes()).text, path.suffix).text


def test_a_paragraph_indented_as_a_whole_is_joined_but_headings_and_labelled_lines_are_not() -> None:
    """Written texts indent whole paragraphs: a fact sheet's "  Sauces, soups & seasonings is the fastest-growing
    application, at an" over "  expected 7.4% a year to 2030.", a podcast's speakers' turns: their lines join. A
    centred heading in capitals does not go on with the line under it ("… -- SECTOR BRIEF" over "Prepared by the
    Casablanca desk"), nor a labelled line with the next ("Report: Food Contract Manufacturing Market Outlook 2025 to
    2035" over "Publisher: Future Market Insights, Inc.")."""
    sheet = _written_text("w9-29-sodium-reduction-ingredients-fact-sheet.txt")
    assert "fastest-growing application, at an expected 7.4% a year to 2030." in sheet
    brief = _written_text("w7-15-morocco-wire-harness-sector-brief.txt")
    assert "MOROCCO: AUTOMOTIVE WIRE HARNESS MANUFACTURING -- SECTOR BRIEF\nPrepared by the Casablanca desk" in brief
    export = _written_text("w7-13-food-contract-manufacturing-data-export.txt")
    assert "Market Outlook 2025 to 2035\nPublisher: Future Market Insights, Inc." in export
    assert unwrap("  A widget line that was wrapped at the width of this text, it goes\n  on under it.", width=68) == (
        "  A widget line that was wrapped at the width of this text, it goes on under it."
    )


def test_a_line_that_opens_with_a_rule_goes_on_with_no_line() -> None:
    """A written mailing-list digest pastes a report's summary, its last item wrapped ("… Ecolab Inc. (Life
    Sciences), Brightwater Validation Ltd") over "----- end of paste -----": the marker line opens with a rule and
    is no part of the item, whose last name stays a name."""
    digest = _written_text("w9-30-cleaning-validation-mailing-list-digest.txt")
    assert "Brightwater Validation Ltd\n----- end of paste -----" in digest
    path = REPO_ROOT / "tests" / "written" / "docs" / "w9-30-cleaning-validation-mailing-list-digest.txt"
    names = {c.name_as_written for c in extract_document(clean(decode(path.read_bytes()).text, ".txt")).companies}
    assert "Brightwater Validation Ltd" in names


def test_a_newspaper_s_columns_of_forty_under_its_masthead_are_joined() -> None:
    """A written newspaper page read by OCR: columns of 40 characters under a masthead of 57 and a rule of 80, words
    cut at a line's end ("gener-" "ator market"): the paragraphs are joined, a word in lower case whole again, and
    the market's sizes read in their sentences."""
    page = REPO_ROOT / "tests/written/docs/w12-09-ocr-standby-generators.txt"
    text = clean(decode(page.read_bytes()).text, page.suffix).text
    assert "the global home standby generator market was worth $4.6 billion in 2024" in text
    assert "kick on automatically when the grid fails" in text  # "auto-" "matically"
    wrapped = [
        "Installers along the coast say that the",
        "waiting lists for natural-",
        "gas units stretch into the fall, and a",
    ]
    joined = unwrap("\n".join(["x" * 30, *wrapped * 3]), width=40)
    assert "lists for natural-gas units stretch" in joined  # a hyphen that joins two words stays
    sizes = {(s.money.reported_value, s.reference_year) for s in extract_document(clean(text, ".txt")).sizes}
    assert {(4.6, 2024), (3.1, 2019), (7.9, 2031)} <= sizes
    assert wrap_width(["x" * 80, "y" * 57, *("z " * 20 for _ in range(12))]) == 40  # the two long lines left out


def test_a_page_s_running_head_set_to_the_right_is_no_wrapped_line() -> None:
    """A report converted from a PDF: each page's "Calder Electronics plc      Annual Report and Accounts 2024" and
    its second line set far to the right, over paragraphs wrapped at 62 columns: the paragraphs are wrapped."""
    paragraph = " ".join(
        f"The market for part {k} grew by {k} per cent a year in the period we review." for k in range(9)
    )
    head = " " * 57 + "Annual Report and Accounts 2024"
    _, wrapped = _wrapped(paragraph, 62)
    page = f"{head}\nStrategic report\n\n{wrapped}\n\n{head}\n"
    assert wrap_width(page.split("\n")) == max(len(line) for line in wrapped.split("\n"))
    assert paragraph in unwrap(page)


def test_a_list_of_names_wrapped_by_hand_short_of_the_width_goes_on_with_its_name() -> None:
    """Releases wrapped by hand at 72 columns: "… include Sunsynk, Deye, Victron" over "Energy, Growatt, …" (a name
    cut in two, though "Energy," would have fitted), "… Gulf Precast Concrete" over "Co. LLC, …"."""
    docs = REPO_ROOT / "tests/written/docs"
    for name, company in (
        ("w26-07-south-africa-residential-backup-power-release.txt", "Victron Energy"),
        ("w26-07-south-africa-residential-backup-power-release.txt", "Sunvolt Power Holdings"),
        ("w5-21-precast-concrete.txt", "Gulf Precast Concrete Co. LLC"),
        ("w17-27-food-safety-testing-services.txt", "Eurofins Scientific"),
    ):
        facts = extract_document(clean(decode((docs / name).read_bytes()).text, ".txt"))
        assert company in {c.name_as_written for c in facts.companies}, (name, company)
    filler = ["widgets " * 8 + "and gadgets"] * 5  # a text wrapped at 75
    page = "\n".join(
        [*filler, "The firms are Acme, Bolt, Crane", "Works, Delta and Echo.", "", "Sold by Acme, Bolt", "Demand rose."]
    )
    assert "Acme, Bolt, Crane Works, Delta" in unwrap(page) and "Bolt\nDemand rose." in unwrap(page)


def test_a_note_in_parentheses_broken_over_two_lines_is_one_line() -> None:
    """ "… are KLK OLEO (Kuala Lumpur Kepong" over "Berhad), Wilmar …" in a text not wrapped at a width: one line; not a
    note closed on its line, one whose closing line holds nothing after it (a table's "(USD" over "Million)"), one
    opened at a line's start, or a line ending at a parenthesis' punctuation."""
    text = "Intro line.\nThe key players are KLK OLEO (Kuala Lumpur Kepong\nBerhad), Wilmar International Limited.\n"
    assert "KLK OLEO (Kuala Lumpur Kepong Berhad), Wilmar" in unwrap(text)
    for kept in (
        "Players (see below)\nBerhad), Wilmar\n",
        "Revenue (USD\nMillion)\n",
        "  (Kuala Lumpur Kepong\nBerhad), Wilmar\n",
        "Players (A) and\nB), Wilmar\n",
        "Players (A\nB (c), Wilmar\n",
        "Players (A\n - B), Wilmar\n",
        "Players (A,\nB), Wilmar\n",
        "Players (A\n(B), Wilmar\n",
    ):
        assert unwrap(kept) == kept
    # a pocket guide wrapped at its width: "Solventum (formerly 3M" over "Health Care), Kulzer GmbH, …"
    pocket = REPO_ROOT / "tests/written/docs/w24-17-dental-impression-materials-pocket.txt"
    players = {c.name_as_written for c in process_file(pocket, 10**8).facts.companies}
    assert "Solventum" in players and not any("Health Care" in p for p in players)


def test_a_wrapped_text_with_a_few_longer_lines_is_unwrapped_at_its_width() -> None:
    """A wire release wrapped at 93 characters with a table's rows of 103 and 107: its paragraphs are joined at 93
    ("… where Chile's copper mines are turning" over "to desalinated water, …"); a German release wrapped near 100
    with two longer lines: "(CAGR) von 7,7 % im" over "Prognosezeitraum 2025-2030 entspricht" is one sentence, its
    rate 2025-2030."""
    docs = REPO_ROOT / "tests/written/docs"
    release = process_file(docs / "w30-17-reverse-osmosis-membranes-wire-regional-shares.txt", 10**8)
    assert "copper mines are turning to desalinated water, is the smallest region" in release.text
    german = process_file(docs / "w31-25-schweissroboter-pressemitteilung-revision.de.txt", 10**8)
    assert (7.7, 2025, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in german.facts.growth}
