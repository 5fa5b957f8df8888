"""The quote marks of an e-mail's quoted lines ("> ", "> >> "): a plain text that forwards or answers messages reads
on without them, its quoted paragraphs and tables as the sender wrote them."""

from __future__ import annotations

import re

from loaders.reflow import unwrap, wrap_width

# The marks that open a quoted line, at every depth: ">", "> >>", ">>>".
QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# A quoted line, its marks indented or not ("  > " in a chat's thread).
QUOTED_LINE = re.compile(r"^[ \t]*>", re.M)
# A text needs this many quoted lines before its marks are taken for quoting (a line may open with ">" otherwise).
QUOTED_LINES = 3
# A line of a table (bars, or cells parted by runs of spaces): no paragraph's.
TABLE_LINE = re.compile(r"\||\S {2,}\S")


def without_quote_marks(text: str) -> str:
    """`text` without the quote marks that open its lines, when it has QUOTED_LINES quoted lines or more. Each depth
    of quoting was wrapped at a width of its own (the marks took some of it): the paragraphs of each run of lines of
    one depth are unwrapped at their depth's width, before the marks go."""
    if text.count(">") < QUOTED_LINES or len(QUOTED_LINE.findall(text)) < QUOTED_LINES:
        return text
    runs: list[tuple[str, list[str]]] = []  # (depth, lines without their marks)
    for line in text.split("\n"):
        mark = QUOTE_MARKS.match(line)
        depth = "".join(mark.group(0).split()) if mark else ""
        stripped = line[mark.end() :] if mark else line
        if runs and runs[-1][0] == depth:
            runs[-1][1].append(stripped)
        else:
            runs.append((depth, [stripped]))
    widths = {
        depth: wrap_width([line for d, lines in runs if d == depth for line in lines if not TABLE_LINE.search(line)])
        for depth in {depth for depth, _ in runs}
    }
    out: list[str] = []
    for depth, lines in runs:
        tables = frozenset(k for k, line in enumerate(lines) if TABLE_LINE.search(line))
        width = widths[depth]
        out.append(unwrap("\n".join(lines), tables, width) if width else "\n".join(lines))
    return "\n".join(out)
