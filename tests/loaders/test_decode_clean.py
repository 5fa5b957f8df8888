"""Decoding and cleaning real documents: mojibake, HTML structure, front matter."""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

from loaders.clean import HAN, HANGUL, KANA, LATIN, OTHER_SPACES, SPACE_CHARS, clean, detect_language, squeeze_spaces
from loaders.decode import decode
from loaders.extract.document import extract_document
from loaders.json_text import json_as_text
from loaders.narrow import narrow_figures
from loaders.pipeline import process_file
from loaders.quoted_printable import without_quoted_printable
from tests.conftest import REAL_DOCS, REPO_ROOT, SEEDS, generated_corpus


def test_mojibake_is_repaired() -> None:
    raw = (SEEDS / "000_cd5f53c63d67e71d.txt").read_bytes()
    assert "â‚¬".encode() in raw
    text = decode(raw).text
    assert "€1.03 billion" in text and "â‚¬" not in text


def test_html_list_items_become_lines() -> None:
    path = SEEDS / "000_cd5f53c63d67e71d.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert doc.format == "html"
    lines = doc.text.split("\n")
    assert "Oral Products" in lines and "Saudi" in lines and "<li>" not in doc.text


def test_front_matter_title_and_summary_are_kept() -> None:
    path = REAL_DOCS / "ai_2020-01-24-vision-screeners-market-is-expected-to-witness-he.md"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert doc.title and doc.title.startswith("Vision Screeners Market")
    assert "category: news" not in doc.text
    assert "US$ 500 Mn" in doc.text


def test_a_front_matter_s_source_or_publisher_is_a_line_of_the_text() -> None:
    """A note's front matter "source: "Coherent Market Insights — Frac Sand Market Size, …"" and a release's
    "publisher: Fortune Business Insights": who the figures are from, kept as a line saying so; the note's publisher
    (its title's "market notes" citing no firm "Source" on the next line)."""
    written = REPO_ROOT / "tests/written/docs"
    note = written / "w32-05-frac-sand-markdown-note-value-volume.md"
    text = clean(decode(note.read_bytes()).text, note.suffix).text
    assert "Source: Coherent Market Insights — Frac Sand Market Size" in text
    publishers = [a.value_text for a in process_file(note, 10**8).facts.attributes if a.attribute == "publisher"]
    assert publishers == ["Coherent Market Insights"]
    release = written / "w20-05-dairy-contract-manufacturing.md"
    assert "Publisher: Fortune Business Insights" in clean(decode(release.read_bytes()).text, release.suffix).text


def test_chinese_language_is_recorded() -> None:
    path = next(REAL_DOCS.glob("*.zh-CN.md"))
    assert clean(decode(path.read_bytes()).text, path.suffix).language == "zh"


def _language_by_counting(text: str) -> str:
    """detect_language as written plainly: every script's letters counted, whatever the text holds."""
    sample = text[:20000]
    han, kana, hangul = (len(pattern.findall(sample)) for pattern in (HAN, KANA, HANGUL))
    latin = len(LATIN.findall(sample))
    total = han + kana + hangul + latin
    if total == 0:
        return "und"
    for language, count, share in (("ja", kana, 0.1), ("ko", hangul, 0.2), ("zh", han, 0.1)):
        if count > share * total:
            return language
    return "en" if latin > 0.5 * total else "und"


def test_language_is_what_counting_every_script_gives() -> None:
    texts = [decode(path.read_bytes()).text for path in sorted(REAL_DOCS.iterdir()) if path.suffix != ".json"]
    # the first and last character of each script, letters, punctuation outside them, and nothing at all
    pieces = ["\u3040", "\u30ff", "\u4e00", "\u9fff", "\uac00", "\ud7af", "\u303f", "\u3100", "\ud7b0", "\u4dff"]
    pieces += ["a", "Z", "é", "—", "’", " ", "1", ""]
    rng = random.Random(5)
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    languages = [detect_language(text) for text in texts + made]
    assert languages == [_language_by_counting(text) for text in texts + made]
    assert {"zh", "ja", "ko", "en", "und"} <= set(languages) and languages[: len(texts)].count("zh") >= 5


def test_space_squeezing_turns_every_run_of_spaces_into_one_space() -> None:
    """squeeze_spaces gives what replacing every run of SPACE_CHARS by one space gives, on random strings of space
    characters and on every real document; OTHER_SPACES are the class's characters but the plain space."""
    every_run = re.compile(f"[{SPACE_CHARS}]+")
    in_class = {char for char in map(chr, range(0x3100)) if every_run.fullmatch(char)}
    assert in_class == set(" " + OTHER_SPACES) and len(OTHER_SPACES) == len(in_class) - 1
    rng = random.Random(5)
    pieces = [" ", "  ", "   ", "\t", "\u00a0", "\u2000", "\u2003", "\u200a", "\u200b", "\u202f", "\u205f", "\u3000"]
    pieces += ["\n", "a", "bc", "-", "\u200c", "\r", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += [decode(path.read_bytes()).text for path in sorted(REAL_DOCS.iterdir())]
    changed = 0
    for text in texts:
        squeezed = squeeze_spaces(text)
        assert squeezed == every_run.sub(" ", text), repr(text[:200])
        changed += squeezed != text
    assert changed > 2000


def test_every_kind_of_line_ending_cleans_to_the_same_document() -> None:
    """CR LF (Windows) and lone CR (classic Mac OS) line endings: the same text, title and links as LF, for every
    real document (lone CRs once hid a Markdown file's front matter, its title with it)."""
    for path in sorted(REAL_DOCS.iterdir()):
        lf = decode(path.read_bytes()).text.replace("\r\n", "\n")
        docs = [clean(lf.replace("\n", ending), path.suffix) for ending in ("\n", "\r\n", "\r")]
        seen = {(d.text, d.title, d.format, tuple(d.links), tuple(d.bold)) for d in docs}
        assert len(seen) == 1, path.name


def test_real_documents_saved_as_windows_1252_decode_to_their_text() -> None:
    """A Western document saved by a Windows program ("ANSI"): detection took its curly quotes for letters of DOS
    code pages (cp775 read “ as "ō", cp852, cp1006) in 10 of the 70 real documents that Windows-1252 can hold."""
    checked = 0
    for path in sorted(REAL_DOCS.iterdir()):
        text = decode(path.read_bytes()).text
        try:
            data = text.encode("cp1252")
        except UnicodeEncodeError:  # a character Windows-1252 has not
            continue
        if data.isascii():
            continue
        assert decode(data).text == text, path.name
        checked += 1
    assert checked >= 60


def test_no_break_spaces_and_trailing_tabs_change_nothing_cleaned() -> None:
    """Two ways real pages differ from one another in their spaces: "5.2&nbsp;billion" (the no-break space kept in a
    front-matter title), and tabs trailing the lines of front matter (which YAML refused: the summary and the related
    items were lost with it). Every real document cleans to the same text and title either way."""
    for path in sorted(REAL_DOCS.iterdir()):
        text = decode(path.read_bytes()).text
        base = clean(text, path.suffix)
        no_break = clean(re.sub(r"(?<=\d) (?=[A-Za-z%])", "\u00a0", text), path.suffix)
        front = re.match(r"---\n.*?\n---\n", text, re.S)
        tabbed = text
        if front:
            tabbed = "\n".join(f"{line} \t" for line in front.group(0).split("\n")[1:-2])
            tabbed = f"---\n{tabbed}\n---\n{text[front.end() :]}"
        for variant in (no_break, clean(tabbed, path.suffix)):
            assert (variant.text, variant.title) == (base.text, base.title), path.name


def _wrapped_paragraphs(html: str, width: int = 70) -> str:
    """The page with the text of each of its paragraphs wrapped in the source at `width` columns, as editors and
    pretty-printers write HTML."""

    def wrap(match: re.Match[str]) -> str:
        text = textwrap.wrap(match.group(2), width, break_long_words=False, break_on_hyphens=False)
        return match.group(1) + "\n".join(text) + match.group(3)

    return re.sub(r"(<p\b[^>]*>)(.*?)(</p>)", wrap, html, flags=re.S)


def test_a_paragraph_wrapped_in_a_page_s_source_is_one_line_of_text(tmp_path: Path) -> None:
    """A line break in the source of a paragraph is a space, as a browser shows it: the seed pages and 100
    generated pages, their paragraphs wrapped at 70 columns, clean to the same text and extract the same facts (every
    one of them extracted other facts, sentences never crossing a line break)."""
    pages = sorted(generated_corpus(tmp_path, 300, seed=7).glob("*.html"))[:100] + sorted(SEEDS.iterdir())
    for path in pages:
        html = decode(path.read_bytes()).text
        wrapped = _wrapped_paragraphs(html)
        assert wrapped != html, path.name
        doc, doc_wrapped = clean(html, path.suffix), clean(wrapped, path.suffix)
        assert (doc_wrapped.text, doc_wrapped.title) == (doc.text, doc.title), path.name
        assert extract_document(doc_wrapped) == extract_document(doc), path.name


def test_a_web_page_s_text_wrapped_in_its_source_is_one_line_of_text_in_any_element(tmp_path: Path) -> None:
    """In a web page (an <html> or <body> tag) every line break of the source is a space, as a browser shows it, but
    in preformatted text: 100 generated pages whose paragraphs are written straight into <div>s, wrapped at 70
    columns, clean to the text and facts of the pages as generated (their sentences were cut at every line break, a
    growth rate and a list of players lost); a <pre> keeps its line breaks, an element in it too."""
    pages = [decode(path.read_bytes()).text for path in sorted(generated_corpus(tmp_path, 600, seed=7).glob("*.html"))]
    pages = [html for html in pages if "<body>" in html][:100]  # the others are fragments of a page
    assert len(pages) == 100
    for html in pages:
        in_divs = re.sub(r"<(/?)p\b", r"<\1div", _wrapped_paragraphs(html))
        assert "<p" not in in_divs and in_divs.count("\n") > html.count("\n") + 10
        doc, doc_in_divs = clean(html, ".html"), clean(in_divs, ".html")
        assert doc_in_divs.text == doc.text, html[:300]
        assert extract_document(doc_in_divs) == extract_document(doc), html[:300]
    page = clean("<html><body><div>One\nrun.<pre>a\nb<b>c\nd</b></pre></div></body></html>", ".html")
    assert page.text.split("\n") == ["One run.", "a", "bc", "d"]


def test_text_outside_paragraphs_keeps_its_lines_and_preformatted_text_its_line_breaks() -> None:
    """A text file with a few tags in it is laid out by its lines; <pre> is laid out as written."""
    doc = clean("Widget Market Report\nKey players: <b>Acme</b>\nRegions: Europe\n<p>One\nparagraph.</p>", ".txt")
    assert doc.text.split("\n") == [
        "Widget Market Report",
        "Key players: Acme",
        "Regions: Europe",
        "",
        "One paragraph.",
    ]
    listed = clean("<ul><li><p>Item\none</p><pre>a\nb</pre></li></ul>", ".html")
    assert listed.text.split("\n") == ["Item one", "", "a", "b"]


def test_a_text_file_s_heading_marks_are_not_its_text() -> None:
    """A text file with one kind of Markdown mark only is not rendered as Markdown, but its "# " heading marks are
    dropped: a real Markdown report saved as .txt (with HTML paragraphs in it) has the report title it has as .md,
    and a plain text's heading lines are their words."""
    path = REAL_DOCS / "g0v_EaSkFOV_TFqlXmJ3_ryafg.md"
    text = decode(path.read_bytes()).text
    as_markdown, as_text = clean(text, ".md"), clean(text, ".txt")
    assert as_text.format == "html"
    assert as_text.text.split("\n")[0] == as_markdown.text.split("\n")[0] == as_markdown.title
    assert extract_document(as_text).attributes == extract_document(as_markdown).attributes
    plain = clean("# Widget Market Report\n\n## By Type\nSmall widgets\nLarge widgets\n\n#1 in sales", ".txt")
    assert plain.format == "text"
    assert plain.text.split("\n") == [
        "Widget Market Report",
        "",
        "By Type",
        "Small widgets",
        "Large widgets",
        "",
        "#1 in sales",
    ]
    page = clean("<html><body><p>The</p>\n# 1 widget</body></html>", ".html")
    assert "# 1 widget" in page.text.split("\n")


def test_front_matter_that_yaml_cannot_read_still_gives_its_title_and_summary() -> None:
    """Front matter written by hand or by a scraper's string formatting is often not YAML (a quote left inside a quoted
    value): its title and summary lines are read one by one, and the summary stays part of the text."""
    checked = 0
    for path in sorted(REAL_DOCS.glob("*.md")):
        text = decode(path.read_bytes()).text
        if not text.startswith("---\n"):
            continue
        valid = clean(text, path.suffix)
        summary = re.search(r"^(?:excerpt|summary|description|lead):[ \t]*(.+)$", text, re.M)
        if not valid.title or not summary:
            continue
        broken = clean(text.replace("---\n", '---\nnote: "a "quoted" word"\n', 1), path.suffix)
        assert broken.title == valid.title, path.name
        assert valid.text.split("\n")[1] in broken.text.split("\n")[:3], path.name  # the summary, after the title
        checked += 1
    assert checked >= 20


# Pieces of documents as they come: tags, Markdown marks, front matter (some of it not YAML), line endings, spaces,
# quotes, figures, long words and links.
PIECES = [
    "<p>", "</p>", "<li>", "<pre>", "</pre>", "<br>", "<h1>", "# ", "## ", "**b**", "[x](http://a.b)",
    "| a | b |\n|---|---|\n", "- ", "* ", "\n", "\r", "\r\n", "\u00a0", "\t", "   ", "---\n", 'title: "a "b" c"\n',
    "excerpt: 'x''y'\n", "word ", "USD 5 billion ", "CAGR of 5% ", "2023-2030 ", "Acme Inc. ", "“", "”", "’", "\\",
    '"', "'", ":", "…", "x" * 60 + " ", "https://e.x/" + "q" * 40 + " ",
]  # fmt: skip


def test_any_mix_of_formats_cleans_and_extracts_without_an_error() -> None:
    """Random documents of those pieces, read as text, Markdown and HTML: no cleaning or extraction raises (the
    unwrapping of paragraphs, the reading of front matter YAML refuses and the Markdown sniff of text files among
    them)."""
    rng = random.Random(1)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 120)))
        text = ("---\n" + text) if rng.random() < 0.3 else text
        for extension in (".txt", ".md", ".html"):
            doc = clean(text, extension)
            if doc.text.strip():
                extract_document(doc)


def test_a_paragraph_wrapped_after_inline_tags_is_one_line_of_text() -> None:
    """Every wrapped line of the page ends with a tag (an inline one): its line breaks still lie in text."""
    page = "<html><body><p>The <b>Widget</b>\nmarket was worth <i>USD 5 billion</i>\nin 2023.</p>\n</body></html>"
    assert clean(page, ".html").text == "The Widget market was worth USD 5 billion in 2023."


def test_a_dot_leader_between_a_label_and_its_value_is_a_colon() -> None:
    """A text table's "Revenue forecast in 2034 ......... USD 9.97 billion" (a written document): the dots were
    taken for a sentence's end, and the figure read the year of the next rows ("Base year .... 2024")."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "wc21-dental-implants-market.txt"
    doc = clean(decode(path.read_bytes()).text, ".txt")
    assert "Revenue forecast in 2034: USD 9.97 billion" in doc.text.split("\n")
    sizes = {(s.money.reported_value, s.reference_year) for s in extract_document(doc).sizes if s.scope == "market"}
    assert (9.97, 2024) not in sizes and (9.97, 2034) in sizes
    assert clean("Wait... and see.", ".txt").text == "Wait... and see."


def test_tables_are_kept_as_rows_of_cells() -> None:
    """A page's tables as rows of cells, spaced as the text's lines that hold them: a cell spanning columns in each
    of them, a table inside a cell read on its own; a Markdown table too; a table of one row is none."""
    page = (
        "<html><body><table><caption> Widget  market, USD million </caption>"
        "<tr><th></th><th>2024</th><th>2030</th></tr>"
        "<tr><td>Market\nvalue</td><td>1,200.5</td><td>2,000</td></tr>"
        "<tr><td>CAGR</td><td colspan='2'>8.9%</td></tr>"
        "<tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr>"
        "</table><table><tr><td>lonely</td></tr></table></body></html>"
    )
    doc = clean(page, ".html")
    outer, inner = doc.tables
    assert outer.caption == "Widget market, USD million"
    assert outer.rows[:3] == [["", "2024", "2030"], ["Market value", "1,200.5", "2,000"], ["CAGR", "8.9%", "8.9%"]]
    assert inner.rows == [["a", "b"], ["c", "d"]]
    assert "\n\nMarket value\n\n1,200.5\n\n" in doc.text
    markdown = clean("# Widget Market\n\n| Year | Size (USD bn) |\n|---|---|\n| 2024 | 1.2 |\n", ".md")
    assert [t.rows for t in markdown.tables] == [[["Year", "Size (USD bn)"], ["2024", "1.2"]]]
    assert clean("Widget market\n\n2024 | 1.2\n", ".txt").tables == []


def test_a_text_file_s_tables_laid_out_in_columns() -> None:
    """A written release in plain text: columns of spaces under a rule of dashes ("Rank  Company  Share"), a row
    whose first column is empty ("      Others   64.3%"), numbers set to the right, and columns of tabs whose cell
    goes on in the next line after a comma; each cell a line of the text, its paragraphs still unwrapped."""
    doc = clean((REPO_ROOT / "tests" / "written" / "docs" / "w3-24-industrial-valves.txt").read_text(), ".txt")
    shares = next(t for t in doc.tables if t.rows[0] == ["Rank", "Company", "Share"])
    assert shares.caption == "COMPANY MARKET SHARE, 2024 (estimated)"
    assert shares.rows[1] == ["1", "Emerson Electric Co.", "8.1%"] and shares.rows[-1] == ["", "Others", "64.3%"]
    regions = next(t for t in doc.tables if t.rows[0][0] == "Region")
    assert regions.rows[-1] == ["Total", "78.6", "100.0"]
    segments = next(t for t in doc.tables if t.rows[0] == ["Dimension", "Segments"])
    assert segments.rows[-1] == [
        "End Use",
        "Oil & Gas, Water & Wastewater, Chemicals, Power Generation, Pharmaceuticals, Food & Beverage, Others",
    ]
    assert "\n\nEmerson Electric Co.\n\n8.1%\n\n" in doc.text
    assert "Ball valves generated the largest revenue in 2024 at USD 17.9 billion, while control valves" in doc.text


def test_prose_with_runs_of_spaces_is_no_table() -> None:
    """Two spaces after each sentence, or a justified paragraph's runs of spaces, make no columns."""
    spaced = "The market grew.  It will grow more.\nDemand rose.  Prices fell.\nThe end came.  Then more.\n"
    justified = (
        "The  market  for  widgets  grew  quickly  last  year  as  demand  rose.\n"
        "Makers  added  capacity  in  several  countries  and  prices  fell  too.\n"
        "Analysts  expect  further  growth  while  the  costs  of  inputs  ease.\n"
    )
    for text in (spaced, justified):
        assert clean(text, ".txt").tables == []


def test_list_items_holding_a_list_are_kept_as_outlines() -> None:
    """A list item with a list inside it: its own text (not its sub-items') over its sub-items' texts, in Markdown
    and in a page; an item holding one sub-item, or none, is no outline."""
    markdown = "1. **Type**\n   1. Cloud\n   2. On-premise\n2. **Size**\n   - Large\n   - Small\n3. Other\n   - Alone\n"
    assert [(o.label, o.items) for o in clean(markdown, ".md").outlines] == [
        ("Type", ["Cloud", "On-premise"]),
        ("Size", ["Large", "Small"]),
    ]
    page = "<html><body><ul><li>By Form<ul><li>Dry</li><li>Liquid <b>feed</b></li></ul></li></ul></body></html>"
    assert [(o.label, o.items) for o in clean(page, ".html").outlines] == [("By Form", ["Dry", "Liquid feed"])]


def test_a_line_drawn_of_dashes_is_no_text() -> None:
    """A heading underlined with dashes or equals signs in a text file, a row of stars between sections."""
    text = clean("Competitive Landscape\n---------------------\n\nPlayers.\n\n*****\n\n=====\nEnd.\n", ".txt").text
    assert text.split("\n") == ["Competitive Landscape", "", "Players.", "", "End."]


def test_markdown_lines_of_labels_and_values_keep_their_breaks() -> None:
    """A written Markdown release: "**By pack size:** …" then "**By channel:** …" on the next line stay two lines (a
    paragraph would run them into one); ordinary wrapped lines still join."""
    doc = clean((REPO_ROOT / "tests/written/docs/w3-17-india-packaged-drinking-water.md").read_text(), ".md")
    lines = doc.text.split("\n")
    assert "By pack size: Below 1 litre · 1–2 litre · 5–10 litre · 20 litre jars" in lines
    assert "By channel: General Trade · Modern Trade · HoReCa · E-commerce & Quick Commerce" in lines
    assert clean("The market grew\nquickly: it doubled.\n", ".md").text == "The market grew quickly: it doubled."


def test_a_page_s_struck_out_text_and_citation_marks_are_no_text() -> None:
    """A written Google Docs draft exported as a page strikes out a deleted name with a line-through style ("Boston
    Analytical" then "Pfizer CentreOne" struck out) and marks its comments "[a]" as superscripts; a written
    encyclopedia article marks its citations "[4]" ("Major providers include:[4]" over its list of providers):
    struck-out text is deleted, and a citation's mark no word of the sentence it follows."""
    written = REPO_ROOT / "tests" / "written" / "docs"
    draft = clean((written / "w9-02-stability-testing-outsourcing-google-docs-draft.html").read_text(), ".html")
    assert "Pfizer CentreOne" not in draft.text and "by 2031[a]" not in draft.text and "by 2031, growing" in draft.text
    article = written / "w9-16-contract-radiolabelling-wiki-article.html"
    names = {c.name_as_written for c in extract_document(clean(article.read_text(), ".html")).companies}
    assert {"Pharmaron", "Almac Group", "RC Tritec AG"} <= names
    page = "<p>Sales were <del>USD 5</del> <s>USD 6</s> <strike>USD 7</strike> USD 8 billion<sup>[c]</sup>.</p>"
    assert clean(page, ".html").text == "Sales were USD 8 billion."


def test_a_footnote_s_superscript_mark_after_a_figure_is_no_text_but_a_power_is() -> None:
    """A written page sets its figures in separate elements with footnote marks after them ("USD <span>3.05</span>
    <span>billion</span><sup>2</sup> by 2032, exhibiting a CAGR of <span>12.0</span><span>%</span><sup>3</sup>"):
    the marks go, so the rate is the market's to 2032; a power after a number or a unit stays ("10<sup>6</sup>",
    "60 m<sup>2</sup>")."""
    page = REPO_ROOT / "tests" / "written" / "docs" / "w17-20-smart-pet-feeder.html"
    facts = extract_document(clean(page.read_text(), ".html"))
    assert (12.0, 2032) in {(g.rate_low, g.end_year) for g in facts.growth if g.scope == "market"}
    text = "<p>USD 3 billion<sup>2</sup> or 4%<sup>*</sup>, 5%<sup>†</sup>, 6%<sup>‡</sup>; 10<sup>6</sup> cells</p>"
    assert clean(text, ".html").text == "USD 3 billion or 4%, 5%, 6%; 106 cells"
    for unit in ("m", "cm", "mm", "km", "ft", "in"):
        assert clean(f"<p>a plant of 60 {unit}<sup>2</sup></p>", ".html").text == f"a plant of 60 {unit}2", unit


def test_a_terminal_s_colour_codes_are_no_text() -> None:
    """A written terminal snapshot kept its colour codes without their escape ("CAGR 2025-2031F .... [32m6.6%[0m"):
    they are taken out, so the rate is read; an escape's code goes too, and a text that never resets a colour keeps
    its brackets ("[1m" may be anything there)."""
    snapshot = process_file(
        REPO_ROOT / "tests/written/docs/w10-27-cocoa-butter-equivalents-terminal-snapshot.txt", 10**8
    )
    assert "[32m" not in snapshot.text and "CAGR 2025-2031F: 6.6%" in snapshot.text
    assert (6.6, 2025, 2031) in {(g.rate_low, g.start_year, g.end_year) for g in snapshot.facts.growth}
    assert clean("Rate: \x1b[1;32m6.6%\x1b[0m a year.", ".txt").text == "Rate: 6.6% a year."
    assert clean("See note [1m] below.", ".txt").text == "See note [1m] below."


def test_a_card_s_figure_and_label_written_in_two_spans_are_two_words() -> None:
    """A written webinar page's cards: '<span class="kpi-val">~9%</span><span class="kpi-lbl">CAGR 2025–2032</span>'
    and "USD 4.52 billion" over "Projected value by 2032": the figure and its label are apart, so the rate is read."""
    page = process_file(REPO_ROOT / "tests/written/docs/w6-04-ophthalmic-cdmo-webinar.html", 10**8)
    assert "~9% CAGR 2025–2032" in page.text and "USD 4.52 billion Projected value by 2032" in page.text
    assert (9.0, 2025, 2032) in {(g.rate_low, g.start_year, g.end_year) for g in page.facts.growth}
    html = "<p><span>USD 2.1 million</span><span>Revenue</span> and <span>5%</span><span>Share</span></p>"
    assert clean(html, ".html").text == "USD 2.1 million Revenue and 5% Share"


def test_a_feed_saved_as_text_is_read_as_its_entries() -> None:
    """A written RSS item saved with a .txt name, its description escaped twice ("&amp;#8211;"): read as the feed's
    entries, as a feed saved as a page is, and its release extracted."""
    path = REPO_ROOT / "tests/written/docs/w12-08-rss-imaging-cro.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert "<description>" not in doc.text and "&lt;p&gt;" not in doc.text
    assert "(PRECEDENCE NEWSWIRE DESK) – The global imaging CRO market size was valued at USD 1.92 billion" in doc.text
    facts = process_file(path, 10**8).facts
    assert {"Clario", "IXICO", "Medpace Holdings"} <= {c.company_name for c in facts.companies}


def test_a_wiki_page_s_source_is_read_as_the_page_shows() -> None:
    """A written encyclopedia article saved as its wikitext: links as their text, citations and templates left out,
    the infobox's fields as lines ("key players: Amazon, Rakuten Kobo, …"), headings and list items on lines of
    their own; its sizes, players and segments read."""
    path = REPO_ROOT / "tests/written/docs/w12-14-wikitext-ereader-market.txt"
    text = clean(decode(path.read_bytes()).text, path.suffix).text
    assert "[[" not in text and "{{" not in text and "<ref" not in text and "&nbsp;" not in text
    assert "key players: Amazon, Rakuten Kobo, PocketBook" in text
    assert "\nMarket size\n" in text and "\nBy display type\nMonochrome E Ink\n" in text
    facts = process_file(path, 10**8).facts
    assert {(7.8, 2024), (8.4, 2024), (11.9, 2033)} <= {(s.money.reported_value, s.reference_year) for s in facts.sizes}
    assert {"Amazon", "Rakuten Kobo", "reMarkable"} <= {c.company_name for c in facts.companies}
    assert clean("== Not a page ==\nno links here\n", ".txt").text.startswith("== Not a page ==")


def test_quoted_printable_left_in_a_forwarded_e_mail_is_decoded() -> None:
    """A written e-mail forwarded twice kept one paragraph in quoted-printable ("grow fastest =E2=80=93 at 9.1% a="
    over "> nnually (2024=E2=80=932029)", "networks =" over "> such as …, M=C3=A9rieux NutriSciences"): its
    characters are decoded and its soft line breaks joined; a text with an "=" at a line's end and no encoded
    character is left as it is, and so are bytes that are no character."""
    mail = REPO_ROOT / "tests" / "written" / "docs" / "w17-27-food-safety-testing-services.txt"
    text = clean(decode(mail.read_bytes()).text, ".txt").text
    assert "grow fastest – at 9.1% annually (2024–2029)" in text
    assert "the large networks such as SGS, Eurofins and Mérieux NutriSciences" in text
    assert without_quoted_printable("x =\ny = 2\n") == "x =\ny = 2\n"
    assert without_quoted_printable("caf=C3=A9 and =\n> mo=\nre =C3=28 =E2=80x") == "café and more =C3=28 =E2=80x"


def test_a_typeset_text_s_soft_hyphens_and_ligatures() -> None:
    """A written release copied from a PDF keeps soft hyphens inside words ("outsour\u00adcing", "anti\u00adbiotic")
    and ligatures ("\ufb01nds", "\ufb01ll-\ufb01nish"): the words are read whole, so "Lucintel's latest study finds" and
    "Lucintel, the premier global management consulting and market research firm" name the publisher."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w17-21-antibiotics-cdmo.txt"
    text = clean(decode(path.read_bytes()).text, ".txt").text
    assert "study finds steady outsourcing of antibiotic manufacturing" in text and "\ufb01" not in text
    facts = process_file(path, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Lucintel"
    assert clean("fill-\ufb01nish, \ufb02ow, o\ufb00er", ".txt").text == "fill-finish, flow, offer"


def test_figures_in_full_width_characters_are_read_as_ascii_and_the_text_keeps_its_length() -> None:
    wide = "３，８６５．２亿元，增长７．４％，ＣＡＧＲ约７％；２０１９，２０２４年；"
    wide += "２０１９－２０２４年；ＵＳ＄１２"
    narrow = narrow_figures(wide)
    assert narrow == "3,865.2亿元，增长7.4%，CAGR约7%；2019，2024年；2019-2024年；US$12"
    assert len(narrow) == len(wide)
    assert narrow_figures("ＵＳＤ３．２ｂｎ") == "USD3.2bn"  # no percent sign


def test_a_chinese_report_written_in_full_width_figures() -> None:
    """A written page: "２０２４年中国数控机床市场规模为３，８６５．２亿元", "（ＣＡＧＲ）约为７．１％"."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-19-zhongguo-shukong-jichuang.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(386_520.0, 2024), (271_050.0, 2019), (582_000.0, 2030)} <= sizes
    assert (7.1, 2030) in {(g.rate_low, g.end_year) for g in facts.growth if g.scope == "market"}


def test_entities_left_written_out_and_a_word_processor_s_symbol_bullets() -> None:
    """A written release converted to text: "ï‚· Food &amp; Beverage" (a Symbol-font bullet read as Windows-1252, an
    entity written out) is the list item "Food & Beverage"; "2025&#8211;2030" is "2025–2030"."""
    text = process_file(REPO_ROOT / "tests/written/docs/w21-17-self-adhesive-labels.txt", 10**8).text or ""
    assert "\nFood & Beverage\n" in text and "ï‚·" not in text and "&amp;" not in text
    assert decode("ï‚· a\n\uf0b7 b".encode()).text == "• a\n• b"
    written = "Growth 2025&#8211;2030&#x2014;R&amp;D &nbsp;spend, &#xC4;rzte, &Auml;pfel, K&#xe4;se, AT&T; Q&A"
    assert clean(written, ".txt").text == "Growth 2025–2030—R&D spend, Ärzte, Äpfel, Käse, AT&T; Q&A"


def test_links_run_together_in_a_page_s_footer_are_a_line_each() -> None:
    """A written page's footer "<a>About Us</a><a>Careers</a><a>Privacy Policy</a>…": no company "About
    UsCareersPrivacy PolicyDisclaimer"; the same of a directory's "SourceLinkContactCareers"."""
    page = clean(
        '<p>Text.</p><div><a href="/a">About Us</a><a href="/c">Careers</a> <a href="/p">Privacy</a></div>', ".html"
    )
    assert [line for line in page.text.split("\n") if line] == ["Text.", "About Us", "Careers Privacy"]
    written = REPO_ROOT / "tests/written/docs"
    water = process_file(written / "w20-04-water-treatment-chemicals-contract-manufacturing.html", 10**8).facts
    directory = process_file(written / "w11-07-die-casting-supplier-directory.html", 10**8).facts
    names = {c.company_name for c in water.companies + directory.companies}
    assert not [name for name in names if "Careers" in name]


def test_a_markdown_paragraph_of_short_uneven_lines_keeps_them_a_line_each() -> None:
    """A list pasted into a note as a paragraph of lines ("Acme Corporation" over "Beta Industries, Inc." over …) keeps
    its lines; a paragraph wrapped at a width, lines nearly as long as each other, or with a long line, or a line that
    ends a clause, is joined as Markdown joins it."""
    names = "Acme Corporation (U.S.)\nBeta Industries, Inc.\nGamma\nDelta Welding Co., Ltd.\n"
    assert clean(f"# Players\n\n{names}", ".md").text.split("\n")[-4:] == names.strip().split("\n")
    wrapped = "The market grew in 2024 as buyers came\nback to the showrooms after two years of\n"
    wrapped += "weak demand across the whole region\n"
    long = "Acme Corporation\nBeta\n" + "Gamma Holdings " * 5 + "\n"
    clause = "Acme Corporation\nBeta,\nGamma Holdings\n"
    sentence = "Acme Corporation\nBeta.\nGamma Holdings\n"
    semicolon = "Acme Corporation\nBeta;\nGamma Holdings\n"
    colon = "Acme Corporation\nBeta:\nGamma Holdings\n"
    two = "Acme\nBeta Industries Holdings\n"
    for text in (wrapped, long, clause, sentence, semicolon, colon, two):
        assert len(clean(f"# Title\n\n{text}", ".md").text.split("\n")) == 3, text


def test_a_release_pasted_into_a_markdown_fence_of_plain_text_has_its_wrapped_lines_joined() -> None:
    """A fence of plain text ("```text", "~~~", "````txt") holding a release wrapped at a width reads as its paragraphs,
    as the release did; a fence of code keeps its lines, and a code fence's closing line opens nothing."""
    sentence = "The Widget market was valued at USD 3.4 billion in 2023 and is projected to reach USD 5.3 billion"
    paragraph = ((sentence + " by 2032. ") * 5).strip()
    release = "\n".join(textwrap.wrap(paragraph, width=116))
    for fence in ("```text", "```", "~~~", "````txt"):
        close = fence.split("t")[0]
        note = f"# Note\n\nPasted below.\n\n{fence}\n{release}\n\nKey players: Acme.\n{close}\n\nSee *the* link.\n"
        page = clean(note, ".md").text
        assert paragraph in page.split("\n"), fence
        assert "Key players: Acme." in page.split("\n"), fence  # the fence's paragraphs stay apart
        assert page.endswith("See the link."), fence  # Markdown again after the fence
    code = f"```python\n{release}\n```\n"
    assert clean(f"# Note\n\n{code}", ".md").text.count("\n") >= release.count("\n")
    after_code = f"```python\nx = 1\n```\n\nText.\n\n```python\n{release}\n```\n"
    assert clean(f"# Note\n\n{after_code}", ".md").text.count("\n") >= release.count("\n")


def test_a_chat_s_export_saved_as_json_is_read_as_its_messages() -> None:
    """A Slack channel's export saved as text: its messages' texts a paragraph each, escapes decoded ("\\n" as a
    line's end) and a bold "*Key companies*" as a label, no keys, ids or time stamps; a text that only opens and closes
    with brackets stays as written, and JSON with no words in it too."""
    record = process_file(REPO_ROOT / "tests/written/docs/w25-22-api-management-slack-export.txt", 10**8)
    assert "Key companies: Google LLC (Apigee)" in record.text and "Key findings:\nGlobal API" in record.text
    assert "client_msg_id" not in record.text and "1741590122" not in record.text
    assert {"Kong Inc.", "Boomi, LP"} <= {c.name_as_written for c in record.facts.companies}
    assert json_as_text("[1] Widget study, 2024. [2] Gadget study]") is None
    assert json_as_text('[{"ts": "1741590122.000100", "user": "U05QK2M7A1D"}]') is None
