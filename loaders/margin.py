"""A left margin of spaces that every line of a text keeps (" The market was …", as some exporters and printers
write text): taken off, so that lines read as the paragraphs, list items and tables they are, set in from that
margin or not."""

from __future__ import annotations

# The widest margin taken off: beyond it, lines are set in on purpose (a quotation, a table's rows).
WIDEST_MARGIN = 4
# The share of a text's lines of words that must keep the margin.
MARGIN_SHARE = 0.9


def without_margin(text: str) -> str:
    """`text` with the widest margin of spaces (up to WIDEST_MARGIN) that its lines of words keep, MARGIN_SHARE of
    them or more (rules and blank lines aside), taken off every line that has it."""
    if "\n " not in text:
        return text
    lines = text.split("\n")
    worded = [line for line in lines if any(c.isalnum() for c in line)]
    for margin in range(WIDEST_MARGIN, 0, -1):
        pad = " " * margin
        if worded and sum(1 for line in worded if line.startswith(pad)) >= MARGIN_SHARE * len(worded):
            return "\n".join(line[margin:] if line.startswith(pad) else line for line in lines)
    return text
