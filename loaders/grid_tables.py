"""Tables drawn with rules of "+", "-" and "=" and rows between "|" (grid tables, as Pandoc and Word exports write
them, and pipe tables written into plain text), read as rows of cells: a row may run over several lines, those
after its first with an empty first cell."""

from __future__ import annotations

import re
from collections.abc import Callable

# "+------+-------+", "+======+=======+", "|------|-------|", "|:-----|------:|": a rule of a grid or pipe table.
GRID_RULE = re.compile(r"^[ \t]*[+|](?:[ \t]*:?[-=]{3,}:?[ \t]*[+|])+[ \t]*$")
# "| Company | HQ |": a row between bars (a bar at each end).
PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
COLUMN_GAP = "   "
# Tables drawn with box-drawing characters ("┌───┬───┐", "│ Year │ Value │", "╞═══╪═══╡"): the same rules and bars.
BOX_AS_GRID = str.maketrans(
    {**dict.fromkeys("─━┄┅┈┉╌╍", "-"), **dict.fromkeys("═", "="), **dict.fromkeys("│┃┆┇┊┋║", "|")}
    | dict.fromkeys("┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬", "+")
)
# A line of such a table: it opens with a corner, a junction or a bar.
BOX_LINE = re.compile(r"^[ \t]*[┌┍┎┏├┝┞┟┠┡┢┣└┕┖┗┘╒╓╔╞╟╠╘╙╚│┃║].*$", re.M)


def rewrite_grid_tables(text: str, write: Callable[[list[list[str]]], list[str]]) -> str:
    """`text` with each table of rules and bars (a rule or a row at least, and two rows) replaced by the lines
    `write` makes of its rows (the header first)."""
    if any(rule in text for rule in "─━═"):  # a box table has a rule of one of these
        text = BOX_LINE.sub(lambda line: line.group(0).translate(BOX_AS_GRID), text)
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and (GRID_RULE.match(lines[end]) or PIPE_ROW.match(lines[end])):
            end += 1
        rows = _rows(lines[k:end]) if end - k >= 2 else []
        if len(rows) < 2:  # no table: the run's lines as they are (none of them opens one)
            out += lines[k : max(end, k + 1)]
        else:
            out += write(rows)
        k = max(end, k + 1)
    return "\n".join(out)


def _rows(block: list[str]) -> list[list[str]]:
    """The rows of a table's lines: a line each, but for a line whose first cell is empty, which goes on with the row
    above between the same two rules ("| | (USD bn) |" under "| Region | 2024 |", "| | Middle East and Africa |")."""
    rows: list[list[str]] = []
    ruled = True  # a rule above: the next line opens a row
    joint = " "  # how a row's next line goes on with it: a space, or "; " after a blank line (a cell's paragraphs)
    for line in block:
        if GRID_RULE.match(line):
            ruled, joint = True, " "
            continue
        row = _cells(line)
        if rows and not ruled and not row[0]:
            if not any(row):
                joint = "; "  # "| | Gamma Irradiation |" after "| | |": the cell's next paragraph, an item
                continue
            rows[-1] = [joint.join(filter(None, pair)) for pair in _paired(rows[-1], row)]
            joint = " "
        elif any(row):
            rows.append(row)
        ruled = False
    return rows


def _paired(row: list[str], more: list[str]) -> list[tuple[str, str]]:
    """The cells of two rows side by side, the shorter padded with empty ones."""
    width = max(len(row), len(more))
    return list(zip([*row, *[""] * (width - len(row))], [*more, *[""] * (width - len(more))], strict=True))


def _cells(line: str) -> list[str]:
    """A row's cells: the pieces between its bars."""
    return [piece.strip() for piece in line.strip().strip("|").split("|")]


def as_pipe_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as a Markdown pipe table (GitHub's), its first row the header."""
    width = max(len(row) for row in rows)
    lines = ["", _pipe_row(rows[0], width), "|" + " --- |" * width]
    lines += [_pipe_row(row, width) for row in rows[1:]]
    return [*lines, ""]


def as_column_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as lines of cells set in columns of spaces, a rule of dashes under its header, as a plain
    text lays a table out."""
    width = max(len(row) for row in rows)
    cells = [[*row, *[""] * (width - len(row))] for row in rows]
    widths = [max(3, *(len(row[c]) for row in cells)) for c in range(width)]
    lines = [COLUMN_GAP.join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    rule = COLUMN_GAP.join("-" * w for w in widths)
    return ["", lines[0], rule, *lines[1:], ""]


def _pipe_row(row: list[str], width: int) -> str:
    cells = [cell.replace("|", "/") for cell in [*row, *[""] * (width - len(row))]]
    return "| " + " | ".join(cells) + " |"
