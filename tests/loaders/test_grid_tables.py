"""Tables drawn with rules and bars, and e-mails' quoted lines, in written documents."""

from __future__ import annotations

import re

from loaders.clean import clean
from loaders.decode import decode
from loaders.feeds import feed_as_html
from loaders.grid_tables import as_column_lines, rewrite_grid_tables
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT

WRITTEN_DOCS = REPO_ROOT / "tests" / "written" / "docs"


def _cleaned(name: str):
    path = WRITTEN_DOCS / name
    return clean(decode(path.read_bytes()).text, path.suffix)


def test_a_text_s_tables_ruled_with_plus_signs_are_read_a_row_a_line() -> None:
    """A written text's tables between "+-----+-----+" rules: each line under the header is a row, a header over two
    lines ("| Region | 2024 |" over "| | (USD bn) |") one row; its column of companies names the players."""
    doc = _cleaned("w6-25-commercial-seaweed-data-brief.txt")
    rows = {tuple(table.rows[0]): table.rows[1:] for table in doc.tables}
    assert rows[("Region", "2024 (USD bn)", "2034F (USD bn)", "CAGR 2025-2034")][0] == [
        "Asia Pacific",
        "18.71",
        "42.65",
        "8.6%",
    ]
    assert [row[0] for row in rows[("Company", "Headquarters")]][:3] == [
        "Cargill, Incorporated",
        "CP Kelco",
        "Gelymar S.A.",
    ]
    companies = {
        c.name_as_written
        for c in process_file(WRITTEN_DOCS / "w6-25-commercial-seaweed-data-brief.txt", 10**8).facts.companies
    }
    assert {"Cargill, Incorporated", "CP Kelco", "Seasol International Pty Ltd"} <= companies


def test_a_markdown_grid_table_is_a_table() -> None:
    """A Word export's Markdown grid table (a rule of "=" under its header, a rule between rows) is read as one."""
    doc = _cleaned("w6-12-contract-sterilization-services-docx-export.md")
    table = next(t for t in doc.tables if t.rows[0] == ["Company", "HQ", "Main modalities"])
    assert table.rows[1] == ["STERIS plc", "Ireland", "EO, gamma, E-beam, X-ray"]
    assert len(table.rows) >= 6


def test_a_row_s_line_with_an_empty_first_cell_goes_on_with_it() -> None:
    text = "\n".join(
        [
            "+-----------+-------------------------+",
            "| Dimension | Segments                |",
            "+-----------+-------------------------+",
            "| Service   | Manufacturing; Testing  |",
            "| Geography | APAC; North America;    |",
            "|           | Europe                  |",
            "+-----------+-------------------------+",
        ]
    )
    rows: list[list[list[str]]] = []
    rewrite_grid_tables(text, lambda found: rows.append(found) or as_column_lines(found))
    assert rows == [
        [["Dimension", "Segments"], ["Service", "Manufacturing; Testing"], ["Geography", "APAC; North America; Europe"]]
    ]
    assert rewrite_grid_tables("| a lone line between bars |", as_column_lines) == "| a lone line between bars |"


def test_an_e_mail_s_quoted_lines_read_without_their_marks() -> None:
    """A written e-mail thread quoting a press release two levels deep ("> >> Key companies: …, Flex" wrapped before
    "> >> Ltd., …"): its lines read without the marks, each depth's paragraphs joined at the width they were wrapped
    at, and its players found; a text with a line or two opening with ">" keeps them."""
    doc = _cleaned("w6-14-ems-market-email-thread.txt")
    assert "\n>" not in doc.text
    assert "Key companies: Benchmark Electronics Inc., Celestica Inc., Flex Ltd., Hon Hai" in doc.text
    assert "Please use the numbers exactly as quoted" in doc.text
    companies = {
        c.name_as_written
        for c in process_file(WRITTEN_DOCS / "w6-14-ems-market-email-thread.txt", 10**8).facts.companies
    }
    assert {"Benchmark Electronics Inc.", "Hon Hai Precision Industry Co. Ltd.", "Wistron Corp."} <= companies
    assert clean("Growth:\n> 5% a year in Europe\nand more.", ".txt").text.count(">") == 1


def test_a_feed_saved_as_a_page_reads_as_its_entries() -> None:
    """A written Atom feed saved as .html, each entry's content escaped HTML ("&lt;p&gt;…"): read as a page of its
    entries, their lists and figures found; a page that is no feed is left as it is."""
    doc = _cleaned("w6-03-nutraceutical-contract-manufacturing-atom-feed.html")
    assert "<p>" not in doc.text and "<li>" not in doc.text
    assert (
        doc.title == "Nutraceutical Contract Manufacturing Market Size to Reach USD 318.9 Billion by 2033 | CAGR: 7.35%"
    )
    found = {
        name
        for s in process_file(
            WRITTEN_DOCS / "w6-03-nutraceutical-contract-manufacturing-atom-feed.html", 10**8
        ).facts.segments
        for name in [s.segment_name]
    }
    assert {"Dietary Supplements", "Softgels", "Gummies"} <= found
    sizes = {
        s.money.reported_value
        for s in process_file(
            WRITTEN_DOCS / "w6-03-nutraceutical-contract-manufacturing-atom-feed.html", 10**8
        ).facts.sizes
        if s.money
    }
    assert {168.4, 318.9, 319.0} <= sizes  # the summary's rounded figure too
    assert feed_as_html("<html><body><p>The feed market grew.</p></body></html>") is None


def test_a_feed_entry_s_xhtml_content_keeps_its_elements() -> None:
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><entry><title>Widget'
        ' Market</title><content type="xhtml"><div><p>By type:</p><ul><li>Gears</li><li>Springs</li></ul></div>'
        "</content></entry></feed>"
    )
    text = clean(feed, ".html").text
    assert "Gears\n" in text and "GearsSprings" not in text


def test_an_rss_item_s_full_text_in_its_cdata_content() -> None:
    """A written RSS feed saved by a feed reader carries each item's summary in an escaped <description> and its
    whole text in <content:encoded><![CDATA[…]]>: the whole text is read, its players found."""
    facts = process_file(WRITTEN_DOCS / "w17-26-furniture-contract-manufacturing.html", 10**8).facts
    assert {"Samson Holding Ltd.", "Natuzzi S.p.A."} <= {c.name_as_written for c in facts.companies}
    feed = (
        "<rss><channel><item><title>Widget Market</title><description>&lt;p&gt;Short.&lt;/p&gt;</description>"
        "<content:encoded><![CDATA[<p>Key players: <b>Acme</b> & Bolt.</p>]]></content:encoded></item></channel></rss>"
    )
    assert clean(feed, ".html").text.endswith("Key players: Acme & Bolt.")


def test_a_text_s_tables_drawn_with_box_characters() -> None:
    """A written fact sheet draws its tables with box-drawing characters ("┌───┬───┐", "│ Year │ Value … │",
    "├───┼───┤"): they read as tables, the years' values the market's sizes, the column of companies its players;
    a heavy rule of "═" under its banner stays text."""
    doc = _cleaned("w9-29-sodium-reduction-ingredients-fact-sheet.txt")
    rows = {tuple(table.rows[0]): table.rows[1:] for table in doc.tables}
    assert rows[("Year", "Value (USD million)", "Status")][0] == ["2020", "1,146.0", "actual"]
    assert [row[0] for row in rows[("Company", "HQ", "Core offer")]][:2] == ["Cargill, Incorporated", "Tate & Lyle PLC"]
    facts = process_file(WRITTEN_DOCS / "w9-29-sodium-reduction-ingredients-fact-sheet.txt", 10**8).facts
    assert {1146.0, 1412.5, 1964.7} <= {s.money.reported_value for s in facts.sizes if s.scope == "market"}
    assert {"Cargill, Incorporated", "Tate & Lyle PLC"} <= {c.name_as_written for c in facts.companies}
    assert "═══" in doc.text
    boxed = "┏━━━━━┳━━━━━┓\n┃ A   ┃ B   ┃\n┣━━━━━╋━━━━━┫\n┃ 1   ┃ 2   ┃\n┗━━━━━┻━━━━━┛"
    assert rewrite_grid_tables(boxed, as_column_lines) == rewrite_grid_tables(
        "+-----+-----+\n| A   | B   |\n+-----+-----+\n| 1   | 2   |\n+-----+-----+", as_column_lines
    )


def test_a_chat_s_quoted_lines_indented_under_a_message_read_without_their_marks() -> None:
    """A written chat export quotes a release under a message, its marks indented with the message ("  > The global
    medical adhesives …"): the release reads without them, its "Breakup by …:" lines each a list of segments and its
    players' list whole."""
    doc = _cleaned("w9-12-medical-adhesives-cmo-slack-export.txt")
    assert not re.search(r"(?m)^\s*>", doc.text) and " > " not in doc.text  # an arrow's "->" is no mark
    facts = process_file(WRITTEN_DOCS / "w9-12-medical-adhesives-cmo-slack-export.txt", 10**8).facts
    assert {"Polymer Science, Inc.", "Boyd Corporation"} <= {c.name_as_written for c in facts.companies}
    assert {"Cyanoacrylate", "Ostomy", "Medical Device OEMs"} <= {s.segment_name for s in facts.segments}
