"""Two columns of text run together on a page's lines, read column by column."""

from __future__ import annotations

from loaders.clean import clean
from loaders.columns import without_run_columns
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT

WRITTEN = REPO_ROOT / "tests" / "written" / "docs"
REPORT = WRITTEN / "w9-27-medical-injection-moulding-cmo-annual-report.txt"


def test_an_annual_report_s_two_columns_read_one_after_the_other() -> None:
    """A written annual report's pages as a PDF's text layer, a line of the left column and a line of the right
    one on each line: the left column is read down, then the right one, each column's wrapped lines joined, so the
    market named and sized across a column's lines, its segments and its players read whole."""
    facts = process_file(REPORT, 10**8).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market.lower() == "injection-moulding contract manufacturing for medical devices"
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(13.84, 2024), (23.71, 2033)} <= sizes
    assert {"Polycarbonate", "Drug delivery devices", "ISO 7"} <= {s.segment_name for s in facts.segments}
    names = {c.name_as_written for c in facts.companies}
    assert {"Phillips-Medisize", "Nolato AB", "Tekni-Plex, Inc."} <= names and "In India" not in names
    text = without_run_columns(REPORT.read_text())
    assert "the global market for injection-moulding contract manufacturing for medical devices was valued" in text
    cleaned = clean(REPORT.read_text(), ".txt").text  # the page numbers under the columns stay page furniture
    assert not [line for line in cleaned.split("\n") if line.strip().isdigit()]


def test_a_page_of_tables_or_timestamps_is_no_two_columns() -> None:
    """Texts whose lines have a gap of spaces at one column but hold no two columns of prose: a memo's tables of
    regions and companies, a pipe table, a transcript's timestamps; a page that has two columns for a few lines
    only."""
    for name in (
        "w4-13-modular-data-centers.txt",
        "w6-15-japan-analytical-testing-outsourcing.txt",
        "w8-27-agrivoltaics-video-transcript.txt",
    ):
        text = (WRITTEN / name).read_text()
        assert without_run_columns(text) == text, name
    row = "The widget market grew again this year and    Prices of widgets fell again this year and"
    assert without_run_columns("\n".join([row] * 7)) == "\n".join([row] * 7)
    across = "A heading that runs across both of the page's columns, as wide as the page is"
    page = "\n".join([row] * 4 + [across] + [row] * 6)
    left, right = without_run_columns(page).split("\n\n")
    assert across in left and "Prices of widgets" not in left and right.startswith("Prices of widgets")
    crowded = "\n".join([row, across, across] * 8)  # lines across the gutter between its rows: one column
    assert without_run_columns(crowded) == crowded


def test_pages_parted_by_rules_are_read_column_by_column() -> None:
    """A written broker's note converted from a PDF, its pages parted by rules of dashes and equals signs (no form
    feeds): each page's two columns read one after the other, so the segmentation and the players are sentences."""
    note = process_file(REPO_ROOT / "tests/written/docs/w11-26-oncology-cro-analyst-note.txt", 10**8)
    phases = [s.segment_name for s in note.facts.segments if s.dimension == "phase"]
    assert phases == ["Phase I", "Phase II", "Phase III", "Phase IV"]
    assert {"IQVIA", "ICON", "Syneos Health", "Fortrea", "Parexel"} <= {c.company_name for c in note.facts.companies}


def test_a_scope_table_of_labels_and_short_values_in_two_columns_is_no_page_of_two_columns() -> None:
    """A written page copied as text: "Market Size 2023         USD 241.3 Bn" and seven more rows like it, labels
    filling their column and values of a few words: each row's label beside its value, not two columns of prose."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-13-less-than-truckload-copied-page.txt", 10**8).facts
    assert {(241.3, 2023), (361.0, 2032)} <= {(s.money.reported_value, s.reference_year) for s in facts.sizes}
    assert (4.8, 2024, 2032) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
