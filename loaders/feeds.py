"""A news feed saved as a page (Atom's <feed>, RSS's <rss>): its entries' titles and contents as one HTML page. A
feed carries each entry's content as escaped HTML ("&lt;p&gt;…"), which a page's reader would show as text, tags
and all."""

from __future__ import annotations

import re
from html import escape

from selectolax.lexbor import LexborHTMLParser

# A feed's root element, near the document's start: Atom's <feed xmlns="http://www.w3.org/2005/Atom">, RSS's <rss>.
FEED_ROOT = re.compile(r"<(?:feed\b[^>]*\bAtom\b|rss\b)", re.I)
FEED_HEAD = 2000  # how far into a document its root element is looked for
ENTRY_TAGS = "entry, item"
# An entry's summary, then its whole text (RSS's <content:encoded> beside its <description>).
CONTENT_TAGS = ("summary", "content", "description", "content\\:encoded")
# A feed's CDATA section ("<content:encoded><![CDATA[<p>…</p>]]>"), which an HTML parser reads as a comment: its
# markup is escaped as a feed's escaped HTML is.
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def feed_as_html(document: str) -> str | None:
    """The entries of the feed `document` as one page (each entry's title a heading over its summary and content), or
    None when `document` is no feed."""
    if not FEED_ROOT.search(document, 0, FEED_HEAD):
        return None
    if "<![CDATA[" in document:
        document = CDATA.sub(lambda section: escape(section.group(1), quote=False), document)
    tree = LexborHTMLParser(document)
    parts: list[str] = []
    for entry in tree.css(ENTRY_TAGS):
        title = entry.css_first("title")
        if title is not None:
            parts.append(f"<h1>{escape(title.text(strip=True))}</h1>")
        for content in (node for tag in CONTENT_TAGS if (node := entry.css_first(tag)) is not None):
            markup = content.html or ""
            inner = markup[markup.find(">") + 1 : markup.rfind("<")] if "<" in markup[1:] else ""
            # escaped HTML reads as text with tags in it; XHTML content is elements already
            text = content.text() if content.child is None or content.child.tag == "-text" else inner
            parts.append(f"<div>{text}</div>")
    return f"<html><body>{''.join(parts)}</body></html>" if parts else None
