"""A wiki page saved as its source (MediaWiki markup: "== Market size ==", "[[Amazon (company)|Amazon]]", "{{cite web
|…}}", "<ref>…</ref>", "'''bold'''"), read as the page shows it: headings on their own lines, links as their text,
citations and other templates left out but for an infobox, whose fields are "name: value" lines ("market size:
US$7.8 billion (2024)", "key players: Amazon, Rakuten Kobo, …"). Parsed with mwparserfromhell."""

from __future__ import annotations

import re

import mwparserfromhell

# A page's source: a heading between equals signs on a line of its own, and links or templates in double brackets.
HEADING = re.compile(r"^==+[^=\n]+==+\s*$", re.M)
MARKS = ("[[", "{{")
# A template that sets out a page's facts as fields: "{{Infobox industry market | market_size = …}}".
INFOBOX = re.compile(r"^infobox\b", re.I)


def wikitext_as_text(document: str) -> str | None:
    """The text of the wiki page whose source `document` is, or None when `document` is no page's source."""
    if not all(mark in document for mark in MARKS) or not HEADING.search(document):
        return None
    code = mwparserfromhell.parse(document)
    for template in code.filter_templates(recursive=False):
        if INFOBOX.match(str(template.name).strip()):
            fields = "\n".join(
                f"{str(p.name).strip().replace('_', ' ')}: {p.value.strip_code(normalize=True, collapse=True).strip()}"
                for p in template.params
            )
            code.replace(template, f"\n{fields}\n\n")
    return code.strip_code(normalize=True, collapse=True)
