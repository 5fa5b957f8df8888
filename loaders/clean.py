"""Turn a decoded document (HTML, Markdown or plain text) into clean text with one block per line.

Headings, paragraphs, list items and table cells each end up on their own line, so extractors can
rely on line structure. Links, bold phrases and the page title are kept aside for the extractors.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import yaml
from ftfy.fixes import fix_latin_ligatures
from selectolax.lexbor import LexborHTMLParser
from selectolax.lexbor import LexborNode as Node

from loaders.calendar import calendar_as_text
from loaders.cjk_reflow import unwrap_cjk
from loaders.columns import without_run_columns
from loaders.extract.text import finditer_at, folded, literal_positions
from loaders.feeds import feed_as_html
from loaders.grid_tables import as_column_lines, as_pipe_lines, rewrite_grid_tables
from loaders.headline import text_headline
from loaders.json_text import json_as_text
from loaders.margin import without_margin
from loaders.markdown import LINE_BREAK_OPTIONS, markdown_to_html
from loaders.narrow import narrow_figures
from loaders.pages import without_page_furniture
from loaders.quoted_printable import without_quoted_printable
from loaders.quotes import without_quote_marks
from loaders.reflow import unwrap
from loaders.slides import without_slide_marks
from loaders.symbol_lines import with_symbol_lines
from loaders.text_tables import CAPTION_LENGTH, Table, blocks, lay_out_tables
from loaders.wikitext import wikitext_as_text

HTML_EXTENSIONS = (".html", ".htm")
MARKDOWN_EXTENSIONS = (".md", ".markdown")

# A citation's or a comment's mark set as a superscript: "[4]", "[a]".
CITATION_MARK = re.compile(r"\[(?:\d{1,3}|[a-z])\]")
# The Latin ligatures a typeset page's text may hold: "\ufb01" (fi), "\ufb02" (fl), ….
LIGATURE = re.compile("[\ufb00-\ufb06]")
# A footnote's mark set as a superscript after a figure: "USD 3.05 billion<sup>2</sup>", "12.0%<sup>3</sup>"; not a
# power after a number or a unit ("10<sup>6</sup>", "60 m<sup>2</sup>").
SUPERSCRIPT_NOTE = re.compile(r"\d{1,2}|[*†‡]")
POWER_BASE = re.compile(r"(?:\d|\b(?:m|cm|mm|km|ft|in))$")
# Elements whose content is never document text.
DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "head", "object")
# Elements that start a new line of text.
BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "body",
)
HEADING_TAGS = "h1, h2, h3"
# What a table's caption may be written in, right before the table, when it has no <caption>.
CAPTION_TAGS = frozenset(["p", "h2", "h3", "h4", "h5", "h6", "strong", "b", "center", "figcaption"])
# Elements whose text is one run of words: a line break in their source is a space, as a browser shows it (a
# paragraph wrapped in the page's source is one line of text). Text outside them keeps its line breaks: a text
# file with a few tags in it is laid out by its lines. In a web page (WEB_PAGE) every text is a run of words, as a
# browser shows it: a paragraph written straight into a <div> and wrapped in the source is one line too.
RUN_OF_TEXT_TAGS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, caption, figcaption"
# Elements whose line breaks are their text's, wherever they are.
PREFORMATTED_TAGS = frozenset(["pre", "code", "textarea"])
# A web page, not a text with a few tags in it: its <html> or <body> tag.
WEB_PAGE = re.compile(r"<(?:html|body)[\s>]", re.I)
# A line break in a page's source with text on one side of it, not between two tags (">\n<"): where a run of text
# may be wrapped ("<b>Widget</b>\nmarket" too). The line break opens the pattern, so that `re` skips to line breaks
# before it looks around one.
TEXT_LINE_BREAK = re.compile(r"\n(?:(?<=[^>\n]\n)|(?=[^<\n]))")
# Elements that a browser closes by itself, so they do not nest deeper when left open.
AUTO_CLOSED = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rp",
        "caption",
        "head",
        "body",
        "html",
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
    ]
)
MAX_HTML_DEPTH = 2000

# Tag names only, to estimate nesting depth before handing a page to the parser.
TAG_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]{0,2000}?(/?)>")
# Looks like HTML: an opening block or inline tag near the top of the file.
HTML_SNIFF = re.compile(r"<(?:html|body|div|p|h[1-6]|ul|ol|li|table|span|br|strong|a)\b[^<>]{0,500}>", re.I)
# Marks of Markdown in a text file: headings, a table's rule, links, bold, bulleted lists. Two kinds of them make
# it Markdown (plain text has a bulleted list or a "#1" alone often enough). Each pattern is tried only where the
# text holds one of its literals (most plain texts hold none, and a pattern without a literal to skip to is
# tried at every character); those of a line's start open with its line break, for `re` to skip to.
MARKDOWN_MARKS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("#",), re.compile(r"\n#{1,6} \S")),
    (("---",), re.compile(r"\n\|?[ \t]*:?-{3,}:?[ \t]*\|")),
    (("](",), re.compile(r"\[[^\]\n]{1,200}\]\((?:https?://|/|#)[^)\s]{0,500}\)")),
    (("**", "__"), re.compile(r"\*\*[^*\n]{1,120}\*\*|__[^_\n]{1,120}__")),
    (("- ", "* ", "+ "), re.compile(r"\n[-*+] \S")),
)
MARKDOWN_KINDS = 2
# YAML front matter at the very top of a Markdown file.
# A Markdown heading's mark at a line's start.
HEADING_MARK = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.M)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Bullets written inline in one paragraph: "Key Market Facts • Market Value (2026): USD 83.9 Billion • ..."
ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
INLINE_BULLET = re.compile(r"(?<![ \t])[ \t]+[•▪●◦■►✓✔][ \t]+")
LEADING_BULLET = re.compile(r"^[ \t]*(?:[•▪●◦■►✓✔\-*–]|[lo](?=[ \t]+[A-Z0-9]))[ \t]+")
BULLET_STARTS = frozenset("•▪●◦■►✓✔-*–lo")
URL = re.compile(r"https?://[^\s<>\"')\]]{1,500}|www\.[a-z0-9-]{1,100}\.[^\s<>\"')\]]{1,500}", re.I)
EMAIL = re.compile(r"[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})", re.I)
# The characters that squeezing turns, run by run, into one plain space (a regular expression's character class),
# and those of them other than the plain space, one by one.
SPACE_CHARS = " \t\u00a0\u2000-\u200b\u202f\u205f\u3000"
OTHER_SPACES = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000"
PLAIN_SPACE_RUN = re.compile("  +")
# A Markdown line that gives a label and its value: "**Market size FY2024:** ₹38,600 crore", "By type: A · B".
# A paragraph of this many short lines or more, each this long at most and ending no clause, a third of them shorter
# than this share of the longest, is a list of items a line each (_line_breaks_kept).
SHORT_LIST_LINES = 3
SHORT_LINE = 60
CLAUSE_ENDS = (".", ",", ";", ":")
UNEVEN_SHARE = 0.75
LEGAL_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|S\.p\.A)\.$")
LABEL_LINE = re.compile(r"^(?:\*\*)?[A-Z][^:\n*|]{0,60}:(?:\*\*)?[ \t]+\S")
# A line drawn of dashes, equals signs, underscores or stars: a heading's underline or a separator.
RULE_LINE = re.compile(r"^[-=_*~#+]{3,}$")
RULE_STARTS = frozenset("-=_*~#+")
# A figure run into the label after it, each written in its own inline element: "~9%CAGR 2025–2032",
# "USD 2.46 billionOphthalmic CDMO market, 2025".
# Each pattern opens with its literal, which the engine scans for fast.
GLUED_PERCENT = re.compile(r"%(?<=\d%)(?=[A-Z])")
GLUED_SCALE = re.compile(r"illion(?<=\d\s[bm]illion)(?=[A-Z])")
# A terminal's colour code (SGR): "\x1b[1;32m", "[0m".
COLOUR_CODE = re.compile(r"\x1b?\[\d{1,3}(?:;\d{1,3})*m")
# Four dots or more between a label and its value, as a text table lays them out: never a sentence's end.
DOT_LEADER = re.compile(r"[ \t]*\.{4,}[ \t]*(?=\S)")
BOLD_MARKDOWN = re.compile(r"\*\*([^*\n]{1,120}?)\*\*")
# A note-taking app's link to another note, "[[Freyr Solutions]]" or "[[ProPharma Group|ProPharma]]": its text.
WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]{1,200})(?:\|(?P<shown>[^\[\]|\n]{1,200}))?\]\]")
# A footnote's mark in the text, "… over four years.[^1] Converted …": no part of the sentence (its note, "[^1]: …",
# stays a line of its own).
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# A Markdown fence's line ("```", "~~~text"), and the plain text's info strings, "text" and none.
FENCE_LINE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n`]*")
PLAIN_INFO = frozenset(["", "text", "txt"])
MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
# An image description written as a sentence carries text the page shows no other way.
ALT_SENTENCE_WORDS = 8

HAN = re.compile(r"[\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
# A character of any of the three: most non-ASCII texts hold none, and one scan tells.
CJK = re.compile("|".join(pattern.pattern for pattern in (HAN, KANA, HANGUL)))
LATIN = re.compile(r"[A-Za-z]")
ASCII_LETTERS = string.ascii_letters.encode("ascii")

RELATED_NEWS_HEADING = "Related news"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUMMARY_KEYS = ("excerpt", "summary", "description", "lead")
SOURCE_KEYS = ("source", "publisher")
# A line of front matter that YAML cannot read, giving the title or a summary.
FRONT_FIELD = re.compile(rf"^(title|{'|'.join(SUMMARY_KEYS)}):[ \t]*(.{{1,2000}})$", re.M)


class CleanError(ValueError):
    """The document cannot be turned into text; the message says why, for a person."""


@dataclass
class Outline:
    """A list item with a list inside it: its own text and its sub-items' ("Type of Peptide" over "Innovative
    Peptides", "Generic Peptides")."""

    label: str
    items: list[str]


@dataclass
class CleanDocument:
    text: str
    format: str
    title: str | None = None
    links: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    language: str = "und"
    tables: list[Table] = field(default_factory=list)
    outlines: list[Outline] = field(default_factory=list)
    page_title: str | None = None  # a page's <title> when its headline (`title`) is its <h1>

    def converted(self, convert: Callable[[str], str], text: str | None = None) -> CleanDocument:
        """The document with each of its texts (its title, bold phrases, headings, tables' cells and lists) passed
        through `convert`, and its text `text` when given (else converted too)."""
        return replace(
            self,
            text=convert(self.text) if text is None else text,
            title=convert(self.title) if self.title else self.title,
            bold=[convert(b) for b in self.bold],
            headings=[convert(h) for h in self.headings],
            tables=[Table(convert(t.caption), [[convert(c) for c in row] for row in t.rows]) for t in self.tables],
            outlines=[Outline(convert(o.label), [convert(item) for item in o.items]) for o in self.outlines],
            page_title=convert(self.page_title) if self.page_title else self.page_title,
        )


def _without_colour_codes(text: str) -> str:
    """A terminal's colour codes taken out ("\x1b[32m6.6%\x1b[0m", or "[32m6.6%[0m" once the escape was lost), in a
    text that resets its colour ("[0m") at least once."""
    return COLOUR_CODE.sub("", text) if "[0m" in text else text


def clean(raw: str, extension: str) -> CleanDocument:
    """Clean a decoded document; the format is sniffed from content, the extension is a hint."""
    if "\r" in raw:  # Windows' CR LF and classic Mac OS's lone CR line endings read as LF, front matter included
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = narrow_figures(_without_typesetting(raw))
    front_title, head, related, body = _split_front_matter(raw)
    extension = extension.lower()
    if extension not in HTML_EXTENSIONS and extension not in MARKDOWN_EXTENSIONS:
        body = json_as_text(body) or body  # a chat's export: the messages it holds
        body = calendar_as_text(body) or body  # an invitation: its events as a calendar shows them
        body = wikitext_as_text(body) or body  # a wiki page's source: the page as it shows
        body = _without_colour_codes(body)  # a terminal's output saved with its colours
        body = without_quoted_printable(body)  # an e-mail saved with its transfer encoding
        body = without_quote_marks(body)  # an e-mail's quoted lines
    feed = feed_as_html(body) if extension not in MARKDOWN_EXTENSIONS else None  # a feed saved as a page or text
    if extension in HTML_EXTENSIONS or feed:
        doc = _from_html(feed or body, "html")  # a feed's entries
    elif extension not in MARKDOWN_EXTENSIONS and HTML_SNIFF.search(body[:20000]):  # a text file with tags in it
        doc = _from_html(_without_heading_marks(body), "html")
    elif extension in MARKDOWN_EXTENSIONS:
        markdown = _prose_fences_unwrapped(body) if "```" in body or "~~~" in body else body
        markdown = with_symbol_lines(rewrite_grid_tables(_line_breaks_kept(markdown), as_pipe_lines))
        markdown = WIKI_LINK.sub(_wiki_link_text, markdown) if "[[" in markdown else markdown
        markdown = FOOTNOTE_MARK.sub("", markdown) if "[^" in markdown else markdown
        doc = _from_html(markdown_to_html(MARKDOWN_IMAGE.sub(_image_text, markdown)), "markdown")
    elif looks_like_markdown(body[:20000]):  # Markdown saved as text: rendered, its line breaks kept as its own
        markdown = MARKDOWN_IMAGE.sub(_image_text, with_symbol_lines(unwrap(body)))
        html = markdown_to_html(markdown, LINE_BREAK_OPTIONS).replace("<br />\n", "<br />")  # one break, not two
        doc = _from_html(html, "markdown")
    else:
        # Tables laid out a cell a line, then unwrapped as written, before a leading dash is taken for a list's.
        body = without_page_furniture(without_slide_marks(without_run_columns(body)))  # a page's columns in turn
        body = rewrite_grid_tables(without_margin(body), as_column_lines)
        body, tables, cells = lay_out_tables(unwrap_cjk(_without_heading_marks(body)))  # "# Table 1": a caption
        doc = CleanDocument(text=normalize_text(unwrap(body, cells)), format="text", tables=tables)
        doc.title = text_headline(doc.text)  # under a banner: the headline, not the banner
        doc.links = _links_in_text(doc.text)
    doc.title = front_title or doc.title
    if doc.title:  # one line, spaced as the text: no-break and other space characters as plain ones, runs squeezed
        doc.title = squeeze_spaces(doc.title.replace("\n", " ")).strip()
    if head or related:
        parts = [normalize_text(head), doc.text]
        if related:
            parts.append(f"{RELATED_NEWS_HEADING}\n" + normalize_text(related))
        doc.text = "\n\n".join(p for p in parts if p)
    doc.bold += [m.group(1).strip() for m in BOLD_MARKDOWN.finditer(doc.text)]
    doc.text = BOLD_MARKDOWN.sub(r"\1", doc.text)
    doc.language = detect_language(doc.text)
    return doc


def _without_typesetting(raw: str) -> str:
    """A text copied from a typeset page without its soft hyphens ("outsour\u00adcing") and with its ligatures as
    letters ("\ufb01nds" as "finds")."""
    if "\u00ad" in raw:
        raw = raw.replace("\u00ad", "")
    return fix_latin_ligatures(raw) if LIGATURE.search(raw) else raw


def _line_breaks_kept(markdown: str) -> str:
    """Markdown whose paragraphs a page set out a line an item keep their line breaks, where a paragraph would run
    them into one line: "Label: value" lines ("**Market size FY2024:** ₹38,600 crore", "By channel: General Trade ·
    E-commerce"), label after value otherwise; short lines of uneven lengths, none ending a sentence or a clause
    ("Lincoln Electric Holdings, Inc. (U.S.)" over "ESAB Corporation (U.S.)" over …, a list pasted from a page). A
    paragraph wrapped at a width has its lines nearly as long as each other, but its last."""
    lines = markdown.split("\n")
    changed = False
    k = 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].strip():
            end += 1
        paragraph = lines[k:end]
        if _labelled_lines(paragraph) or _list_of_short_lines([line.strip() for line in paragraph]):
            changed = True
            for n in range(k, end - 1):
                lines[n] = lines[n].rstrip() + "  "  # a hard line break
        k = end
    return "\n".join(lines) if changed else markdown


def _prose_fences_unwrapped(markdown: str) -> str:
    """Markdown whose fenced blocks of plain text have the lines of their wrapped paragraphs joined (unwrap): a
    release pasted into a note inside a fence, so that its asterisks stay as written, reads as the release. A fence
    closes at the next line that opens with its mark."""
    lines = markdown.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        opening = FENCE_LINE.fullmatch(lines[k])
        out.append(lines[k])
        k += 1
        if not opening:
            continue
        mark, info = opening.groups()
        end = k
        while end < len(lines) and not lines[end].lstrip().startswith(mark):
            end += 1
        block = lines[k:end]
        out.extend(unwrap("\n".join(block)).split("\n") if info.lower() in PLAIN_INFO else block)
        out.extend(lines[end : end + 1])
        k = end + 1
    return "\n".join(out)


def _labelled_lines(paragraph: list[str]) -> bool:
    """Two "Label: value" lines or more, and no other: not a wrapped paragraph that one of its lines looks like."""
    return len(paragraph) >= 2 and all(":" in line and LABEL_LINE.match(line) for line in paragraph)


def _ends_clause(line: str) -> bool:
    """Whether `line` ends a sentence or a clause: not at a legal form's abbreviation ("Cardinal Health, Inc.")."""
    return line.endswith(CLAUSE_ENDS) and not LEGAL_ABBREVIATION_END.search(line)


def _list_of_short_lines(block: list[str]) -> bool:
    if len(block) < SHORT_LIST_LINES or any(len(line) > SHORT_LINE or _ends_clause(line) for line in block):
        return False
    longest = max(len(line) for line in block)
    uneven = sum(1 for line in block[:-1] if len(line) < UNEVEN_SHARE * longest)
    return uneven * 3 >= len(block) - 1


def _without_heading_marks(text: str) -> str:
    """A text file's Markdown heading marks dropped from its lines' starts (one kind of mark alone does not make it
    Markdown, looks_like_markdown): "# Widget Market Report" is the line "Widget Market Report"."""
    return HEADING_MARK.sub("", text) if "#" in text else text


def looks_like_markdown(text: str) -> bool:
    """Whether a text file holds Markdown: MARKDOWN_KINDS kinds of its marks or more."""
    kinds = 0
    text = "\n" + text  # the first line starts after a line break too
    for literals, mark in MARKDOWN_MARKS:
        kinds += any(literal in text for literal in literals) and mark.search(text) is not None
        if kinds >= MARKDOWN_KINDS:
            return True
    return False


def detect_language(text: str) -> str:
    """'zh', 'ja', 'ko' when their scripts dominate the letters, 'en' for Latin script, else 'und'."""
    sample = text[:20000]
    if sample.isascii() or not CJK.search(sample):
        han = kana = hangul = 0
    else:
        han = len(HAN.findall(sample))
        kana = len(KANA.findall(sample))
        hangul = len(HANGUL.findall(sample))
    # LATIN's matches, counted without a match object each: the ASCII letters.
    ascii_part = sample.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, ASCII_LETTERS))
    total = han + kana + hangul + latin
    if total == 0:
        return "und"
    if kana > 0.1 * total:
        return "ja"
    if hangul > 0.2 * total:
        return "ko"
    if han > 0.1 * total:
        return "zh"
    return "en" if latin > 0.5 * total else "und"


def _split_front_matter(raw: str) -> tuple[str | None, str, str, str]:
    """(title, title and summary as text, related items as text, body) of a front-matter file."""
    match = FRONT_MATTER.match(raw)
    if not match:
        return None, "", "", raw
    try:  # without the lines' trailing spaces and tabs (YAML refuses a tab after a value)
        meta = yaml.load("\n".join(line.rstrip(" \t") for line in match.group(1).split("\n")), Loader=YAML_LOADER)
    except yaml.YAMLError:
        meta = None
    if not isinstance(meta, dict):  # not YAML (a quote left inside a quoted value, say): its own lines, one by one
        fields = FRONT_FIELD.findall(match.group(1))
        meta = {key: _unquoted(value.strip()) for key, value in reversed(fields)}  # the first of each key
    title = str(meta["title"]).strip() if meta.get("title") else None
    summary = next((str(meta[k]) for k in SUMMARY_KEYS if isinstance(meta.get(k), str)), "")
    # "source: "Coherent Market Insights — Frac Sand Market …"": who the figures are from, as a line saying so
    source = next((f"{k.capitalize()}: {meta[k]}" for k in SOURCE_KEYS if isinstance(meta.get(k), str)), "")
    head = "\n".join(x for x in (title, summary, source) if x)
    related_items = meta.get("related") if isinstance(meta.get("related"), list) else []
    related = "\n".join(
        "\n".join(str(item[k]) for k in ("title", "excerpt") if item.get(k))
        for item in related_items
        if isinstance(item, dict)
    )
    return title, head, related, raw[match.end() :]


def _unquoted(value: str) -> str:
    """A YAML scalar as written on its line, without its quotes and their escapes."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _from_html(html: str, fmt: str) -> CleanDocument:
    # Each level opens with a "<": a page with no more of them than the limit is not measured.
    depth = html_depth(html) if html.count("<") > MAX_HTML_DEPTH else 0
    if depth > MAX_HTML_DEPTH:
        raise CleanError(f"HTML nested {depth:,} levels deep (more than {MAX_HTML_DEPTH:,}): malformed page")
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    h1 = tree.css_first("h1")
    title = (h1 or title_node).text(strip=True) if (h1 or title_node) else None
    links = [href for node in tree.css("a[href]") if (href := node.attributes.get("href"))]
    bold = [text for node in tree.css("strong, b") if 0 < len(text := node.text(strip=True)) <= 120]
    headings = [node.text(strip=True) for node in tree.css(HEADING_TAGS)]
    tree.strip_tags(list(DROPPED_TAGS))
    if "<del" in html or "<s>" in html or "<strike" in html or "line-through" in html:
        for node in tree.css("del, s, strike, [style*='line-through']"):  # struck out: deleted text, no longer said
            node.decompose()
    if "<sup" in html:
        for node in tree.css("sup"):  # a citation's mark ("include:[4]"): no text of the sentence it follows
            mark = node.text(strip=True)
            if CITATION_MARK.fullmatch(mark) or (SUPERSCRIPT_NOTE.fullmatch(mark) and not _after_power_base(node)):
                node.decompose()
    for node in tree.css("img[alt]"):
        node.replace_with(_alt_text(node.attributes.get("alt") or ""))
    if TEXT_LINE_BREAK.search(html):  # pages whose every line break lies between two tags have no wrapped text
        _unwrap_runs_of_text(tree, whole=WEB_PAGE.search(html) is not None)
    for node in tree.css("br"):
        node.replace_with("\n")
    if "</a><a" in html:  # links run together ("<a>About Us</a><a>Careers</a>"), as a footer's are: a line each
        for node in tree.css("a"):
            if node.next is not None and node.next.tag == "a":
                node.insert_after("\n")
    tables = _tables(tree) if "<table" in html or "<TABLE" in html else []
    lists = html.count("<ul") + html.count("<ol") if "<li" in html else 0  # an outline needs a list in a list
    outlines = _outlines(tree) if lists > 1 or "<LI" in html else []
    for node in tree.css(", ".join(BLOCK_TAGS)):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body or tree.root
    text = normalize_text(root.text(deep=True) if root else "")
    if "%</" in html or "illion</" in html:  # a card's figure and label in two spans: "~9%CAGR 2025–2032"
        text = GLUED_SCALE.sub("illion ", GLUED_PERCENT.sub("% ", text))
    links += [link for link in _links_in_text(text) if link not in links]
    return CleanDocument(
        text=text,
        format=fmt,
        title=title or None,
        links=links,
        bold=bold,
        headings=headings,
        tables=tables,
        outlines=outlines,
        page_title=title_node.text(strip=True) if h1 and title_node else None,
    )


def _outlines(tree: LexborHTMLParser) -> list[Outline]:
    """The page's list items that hold a list, with the texts of that list's items (each its own text only)."""
    outlines = []
    for item in tree.css("li"):
        lists = [child for child in item.iter() if child.tag in {"ul", "ol"}]
        if not lists:
            continue
        items = [text for inner in lists for sub in inner.iter() if sub.tag == "li" and (text := _own_text(sub))]
        label = _own_text(item)
        if label and len(items) >= 2:
            outlines.append(Outline(label, items))
    return outlines


def _own_text(item: Node) -> str:
    """A list item's text without the lists inside it."""
    parts = [child.text(deep=True) for child in item.iter(include_text=True) if child.tag not in {"ul", "ol"}]
    return squeeze_spaces(" ".join(parts).replace("\n", " ")).strip()


def _tables(tree: LexborHTMLParser) -> list[Table]:
    """The page's tables with two rows or more, read before their cells are set on lines of their own; a table
    inside another is read on its own, not as part of the outer one's cells."""
    tables: list[Table] = []
    for node in tree.css("table"):
        caption = node.css_first("caption")
        rows = []
        for row in node.css("tr"):
            if _enclosing_table(row) != node.mem_id:
                continue
            cells: list[str] = []
            for cell in row.iter():
                if cell.tag in {"td", "th"}:
                    span = cell.attributes.get("colspan") or "1"
                    text = " ".join(cell.text(deep=True).split())  # spaced as normalize_text spaces its line
                    cells += [text] * (int(span) if span.isdecimal() and 0 < int(span) <= 50 else 1)
            if cells:
                rows.append(cells)
        if len(rows) >= 2:
            title = squeeze_spaces(caption.text(deep=True)).strip() if caption else ""
            tables += blocks(Table(title or _line_over(node), rows))  # a sheet's tables, parted at its empty rows
    return tables


def _line_over(table: Node) -> str:
    """The caption a table without a <caption> has in the line right before it: a short paragraph or heading that
    ends no sentence ("Table 1. Contract sterilization services market, global, USD billion"); else ""."""
    before = table.prev
    while before is not None and not (before.text(deep=True) or "").strip():
        before = before.prev  # blank text, and an empty element: a chart's container over its data table
    if before is None or before.tag not in CAPTION_TAGS:
        return ""
    text = squeeze_spaces(before.text(deep=True)).strip()
    return text if len(text) <= CAPTION_LENGTH and not text.endswith(".") else ""


def _enclosing_table(node: Node) -> int | None:
    """The id of the table a row belongs to (the nearest table above it)."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent.mem_id if parent is not None else None


def _unwrap_runs_of_text(tree: LexborHTMLParser, whole: bool) -> None:
    """The line breaks in the text of paragraphs, list items, headings and cells as spaces (RUN_OF_TEXT_TAGS), or
    in all text of the page when `whole`, but for preformatted text (PREFORMATTED_TAGS) wherever it is."""
    elements = [tree.root] if whole and tree.root else tree.css(RUN_OF_TEXT_TAGS)
    wrapped = {  # by node, once: a paragraph in a list item is walked with it
        node.mem_id: node
        for element in elements
        for node in element.traverse(include_text=True)
        if node.tag == "-text" and "\n" in (node.text_content or "")
    }
    for element in tree.css(", ".join(PREFORMATTED_TAGS)):
        for node in element.traverse(include_text=True):
            wrapped.pop(node.mem_id, None)
    for node in wrapped.values():  # replaced once all are found: the tree must not change while it is walked
        node.replace_with(node.text_content.replace("\n", " "))


def _alt_text(alt: str) -> str:
    """An image's description as a line of its own when it reads as a sentence, else nothing."""
    return f"\n{alt.strip()}\n" if len(alt.split()) >= ALT_SENTENCE_WORDS else ""


def _image_text(match: re.Match[str]) -> str:
    return _alt_text(match.group(1))


def _wiki_link_text(match: re.Match[str]) -> str:
    return match.group("shown") or match.group("target")


def html_depth(html: str) -> int:
    """Estimate how deeply elements nest, counting only elements that must be closed explicitly."""
    depth = deepest = 0
    for closing, name, self_closing in TAG_TOKEN.findall(html):
        if self_closing or name.lower() in AUTO_CLOSED:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def normalize_text(text: str) -> str:
    """One block per line: split inline bullets, squeeze spaces, drop bullet marks and empty runs; a dot leader
    between a label and its value is a colon ("Revenue forecast in 2034 ......... USD 9.97 billion"); an HTML entity
    left written out ("CCL Industries &amp; UPM", "2024&#8211;2031", escaped twice in a page or converted to text) is
    the character it stands for."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = ENTITY.sub(lambda entity: html.unescape(entity.group(0)), text)
    if "...." in text:  # DOT_LEADER needs four dots
        text = DOT_LEADER.sub(": ", text)
    if any(bullet in text for bullet in "•▪●◦■►✓✔"):  # INLINE_BULLET needs one
        text = INLINE_BULLET.sub("\n", text)
    lines: list[str] = []
    # A run of spaces never spans a line break: squeezed over the whole text at once, then stripped line by line.
    for line in squeeze_spaces(text).split("\n"):
        line = line.strip()
        if line[:1] in BULLET_STARTS:  # LEADING_BULLET can only match a line opening with one of these
            line = LEADING_BULLET.sub("", line)
        if line[:1] in RULE_STARTS and RULE_LINE.match(line):  # "-----" under a heading: no text
            line = ""
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()


def squeeze_spaces(text: str) -> str:
    """Every run of SPACE_CHARS as one plain space. The other space characters the text holds become plain spaces
    first (str.replace), then runs of plain spaces are squeezed: a regular expression over every run of
    SPACE_CHARS stops at each of the text's spaces and took three times as long."""
    for char in OTHER_SPACES:
        if char in text:
            text = text.replace(char, " ")
    return PLAIN_SPACE_RUN.sub(" ", text) if "  " in text else text


def _links_in_text(text: str) -> list[str]:
    # A URL starts with "http" or "www." in any case: only those offsets are tried.
    starts = literal_positions(folded(text), ("http", "www."))
    found = [m.group(0) for m in finditer_at(URL, text, starts)]
    if "@" in text:  # an address starts at most 64 characters before its @: only there is it looked for
        starts = [k for at in literal_positions(text, ("@",)) for k in range(max(0, at - 64), at)]
        found += [f"mailto:x@{m.group(1)}" for m in finditer_at(EMAIL, text, starts)]
    return found


def _after_power_base(node: Node) -> bool:
    """Whether the text just before a superscript ends with a number or a unit it may be the power of."""
    before = node.prev
    return before is not None and POWER_BASE.search((before.text() or "").rstrip()) is not None
