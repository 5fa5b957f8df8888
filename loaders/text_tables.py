"""Tables of a plain-text document, laid out in columns of spaces or tabs ("Base year          2024", a row of
dashes under the header) or written as comma-separated values ("year,value_usd_mn,yoy_pct"), read as rows of cells;
in the text, each cell becomes a line of its own, as a web page's cells do. A line of prose with two spaces after a
sentence is no row, and a table needs three rows or more, or two with a rule under its header."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass


@dataclass
class Table:
    """A table as its rows of cell texts (each spaced as the clean text's line that holds it; a cell spanning
    columns repeated in each), with its caption."""

    caption: str
    rows: list[list[str]]


def blocks(table: Table) -> list[Table]:
    """A sheet's table parted into the tables it lays out, at its empty rows: each block of two rows or more (as any
    table), under the sheet's caption or a title spanning the block's columns over it ("Key Companies Profiled" or
    "Exhibit 01: …" in every cell), taken off its rows."""
    out: list[Table] = []
    block: list[list[str]] = []
    for row in [*table.rows, []]:
        if any(row):
            block.append(row)
            continue
        caption = table.caption
        while block and len(block[0]) > 1 and len({cell for cell in block[0] if cell}) == 1:
            caption = next(cell for cell in block.pop(0) if cell)  # a title over the block's columns
        if len(block) >= 2:
            out.append(Table(caption, block))
        block = []
    return out


# Between two cells: tabs, or two spaces or more that do not follow the end of a sentence ("growth.  The").
CELL_GAP = re.compile(r"\t[ \t]*|(?<![.!?:;]) {2,}(?=\S)| {3,}(?=\S)")
# A rule of dashes or equals signs under a header, one run per column: "------  -----------  -----".
RULE = re.compile(r"^[ \t]*[-=+|]{3,}(?:[ \t]+[-=+|]{3,})*[ \t]*$")
RULE_RUN = re.compile(r"[-=+|]{3,}")
# A rule whose runs of dashes are jointed by "+" or "|": "-------+---------------+-----".
JOINTED_RULE = re.compile(r"^[ \t]*[|+]?-{3,}(?:[+|]-{3,})+[|+]?[ \t]*$")
MIN_ROWS = 3
# The most spaces a table may be set in from the margin.
MAX_INDENT = 4
# Of the cells below a header without a rule, the share that must line up with its cells.
ALIGNED_SHARE = 0.6
# The lines under a header whose cells tell whether they line up with it: a bound on the work at each line that
# could head a table in a long run of lines that split into cells but do not line up.
ALIGNED_LINES = 40
# Of a block's cells, the share in lower case beyond which it is a paragraph's words.
PROSE_SHARE = 0.5
CAPTION_LENGTH = 80
# A year heading a column, and a figure in a cell.
YEAR_CELL = re.compile(r"(?:19|20)\d\d")
FIGURE_CELL = re.compile(r"\d[\d,.]*")
# A caption's line that gives only the table's unit: "USD bn, manufacturer level", "(RMB in billions)".
UNIT_LINE = re.compile(r"^\(?(?:[A-Z]{3}|US\$)\s?(?:in\s)?(?:bn|mn|billions?|millions?)\b", re.I)
# A last cell wrapped onto the next line: its line ends within this many columns of the table's widest line.
WRAPPED_SLACK = 12
BULLETS = frozenset("*-•o·–")


@dataclass
class _Line:
    cells: list[tuple[int, int, str]]  # start, end (in the line with its tabs expanded), text
    by_tabs: bool


def lay_out_tables(text: str) -> tuple[str, list[Table], frozenset[int]]:
    """`text` with the lines of its tables replaced by their cells, a line each and a blank line between, the
    tables read from them, and the numbers of the lines that hold their cells (no paragraph's lines)."""
    spaced = "  " in text or "\t" in text
    if not spaced and text.count(",") - text.count(", ") < 2:  # no columns, nor two commas without a space after
        return text, [], frozenset()
    lines = _unpiped(text.split("\n"))
    csv_lines = _csv_lines(lines)
    out: list[str] = []
    tables: list[Table] = []
    cell_lines: set[int] = set()
    own = _Scan(lines) if spaced else None
    indented: tuple[int, int, _Scan] | None = None  # the last run set in from the margin: its indent, start, scan
    k = 0
    while k < len(lines):
        if k in csv_lines and (rows := _csv_rows(lines, k, csv_lines)):
            k += len(rows)
            rows[0] = [cell.replace("_", " ") for cell in rows[0]]  # "value_usd_mn": a header's words
            _emit(out, tables, cell_lines, "", rows)
            continue
        if not spaced:  # a text without runs of spaces or tabs lays out no other table
            out.append(lines[k])
            k += 1
            continue
        scan, start = own, k
        indent = _indent(lines[k])
        if indent:  # a table set in a few spaces from the margin, as a whole; the lines after it are its run's
            if indented is None or indented[0] != indent or not indented[1] <= k < indented[1] + len(indented[2].lines):
                indented = (indent, k, _Scan(_dedented(lines, k, indent)))
            scan, start = indented[2], k - indented[1]
        end, rule = scan.block(start)
        if end == start:
            out.append(lines[k])
            k += 1
            continue
        above, rows = _rows(scan, start, end, rule)
        _emit(out, tables, cell_lines, above, rows)
        k = end + k - start
    return "\n".join(out), tables, frozenset(cell_lines)


def _emit(out: list[str], tables: list[Table], cell_lines: set[int], above: str, rows: list[list[str]]) -> None:
    """A table's cells added to the text's lines, a line each, after `above` (the caption over a box's top border);
    the table, captioned by the last line before it (a rule over the table passed) unless that is a sentence or too
    long, to `tables`."""
    if out and out[-1].strip():
        out.append("")
    if above:
        out += [above, ""]
    at = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip() and not RULE.match(out[k])), -1)
    caption = out[at].strip() if at >= 0 else ""
    caption = caption if len(caption) <= CAPTION_LENGTH and not caption.endswith(".") else ""
    if caption and at > 0 and UNIT_LINE.match(caption) and out[at - 1].strip():
        caption = f"{out[at - 1].strip()} {caption}"  # a title over its unit: "… aesthetic device market size (1)" over
        # "USD bn, manufacturer level"
    tables.append(Table(caption, rows))
    for row in rows:
        for cell in (cell for cell in row if cell):
            cell_lines.add(len(out))
            out += [cell, ""]


def _unpiped(lines: list[str]) -> list[str]:
    """A table drawn with pipes between its columns and a rule jointed with "+" or "|" under its header ("Year   |
    Battery Grade" over "-------+---------------"), its pipes and joints turned to spaces: columns of spaces, as the
    other tables are read (a line of pipes with no such rule, a page's "Home | About", stays as written)."""
    out = lines
    for k, line in enumerate(lines):
        if "-" not in line or not JOINTED_RULE.match(line):
            continue
        if out is lines:
            out = list(lines)
        top = k
        while top > 0 and "|" in lines[top - 1]:
            top -= 1
        bottom = k + 1
        while bottom < len(lines) and ("|" in lines[bottom] or JOINTED_RULE.match(lines[bottom])):
            bottom += 1
        for j in range(top, bottom):
            unpiped = out[j].replace("|", " ")
            out[j] = unpiped.replace("+", " ") if JOINTED_RULE.match(out[j]) else unpiped
    return out


def _csv_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that may hold comma-separated values: two commas or more with no space after them
    (a sentence's commas have one)."""
    return {k for k, line in enumerate(lines) if line.count(",") - line.count(", ") >= 2}


def _csv_rows(lines: list[str], k: int, csv_lines: set[int]) -> list[list[str]]:
    """The rows of the comma-separated values starting at line `k` (none when none start there): a header and two
    rows or more, each of as many cells, none with a space at either end."""
    rows: list[list[str]] = []
    while k + len(rows) in csv_lines:
        cells = _csv_cells(lines[k + len(rows)])
        if not cells or (rows and len(cells) != len(rows[0])) or any(cell != cell.strip() for cell in cells):
            break
        rows.append(cells)
    return rows if len(rows) >= MIN_ROWS else []


def _csv_cells(line: str) -> list[str]:
    """The cells of a line of comma-separated values, quoted ones unquoted ('"Sauces, dressings",8.2')."""
    return next(csv.reader([line]), [])


def _indent(line: str) -> int:
    """How far a line that may hold a table's row is set in from the margin: 1 to MAX_INDENT spaces, else 0."""
    indent = len(line) - len(line.lstrip(" "))
    return indent if 0 < indent <= MAX_INDENT and "  " in line.strip() else 0


def _dedented(lines: list[str], k: int, indent: int) -> list[str]:
    """Line `k` and the lines after it indented as far, without those spaces."""
    margin = " " * indent
    view = []
    for following in lines[k:]:
        if not following.startswith(margin):
            break
        view.append(following[indent:])
    return view


class _Scan:
    """The lines of a text (or of a run set in from the margin) split into cells once, with running counts: where a
    table can start and end is then found without splitting or counting a line again."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.split = [_split(line) for line in lines]
        self.rule = [RULE.match(line) is not None for line in lines]
        for i in range(1, len(lines) - 1):  # a row whose cells fill their columns, one space between: one cell
            before, after = self.split[i - 1], self.split[i + 1]
            if (
                self.split[i] is None
                and lines[i].strip()
                and before
                and after
                and len(before.cells) >= 2
                and len(after.cells) >= 2
            ):
                expanded = lines[i].expandtabs(8).rstrip()  # not set in: a line set in splits into cells
                self.split[i] = _Line([(0, len(expanded), expanded)], False)
        n = len(lines)
        # stop[i]: the first line from i on that ends a table's run (blank, or neither a rule nor a row)
        self.stop = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            ends = not lines[i].strip() or (not self.rule[i] and self.split[i] is None)
            self.stop[i] = i if ends else self.stop[i + 1]
        self.next_rule = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            self.next_rule[i] = i if self.rule[i] else self.next_rule[i + 1]
        self.rows = [0] * (n + 1)  # rows before line i: lines that split into cells, rules apart
        self.cells = [0] * (n + 1)  # cells before line i, and of them those in lower case
        self.lower = [0] * (n + 1)
        for i, split in enumerate(self.split):
            texts = [text for _, _, text in split.cells if text] if split else []
            self.rows[i + 1] = self.rows[i] + (split is not None and not self.rule[i])
            self.cells[i + 1] = self.cells[i] + len(texts)
            self.lower[i + 1] = self.lower[i] + sum(1 for text in texts if text[:1].islower())

    def block(self, k: int) -> tuple[int, str | None]:
        """Where the table starting at line `k` ends (k when none starts there), and the rule under its header. A
        justified paragraph (most of its cells in lower case) is none; a table needs a rule under its header and
        two rows, or three rows parted by tabs or whose cells line up with the header's."""
        first = self.split[k]
        if first is None or self.lines[k][:1].isspace() or len(first.cells) < 2:
            return k, None
        j = self.stop[k + 1] if k + 1 < len(self.lines) else len(self.lines)
        rows = 1 + self.rows[j] - self.rows[k + 1]
        rule = self.lines[self.next_rule[k + 1]] if self.next_rule[k + 1] < j else None
        if self.lower[j] - self.lower[k] > PROSE_SHARE * (self.cells[j] - self.cells[k]):
            return k, None
        if rule is not None and rows >= 2:
            return j, rule
        if rows >= MIN_ROWS and (first.by_tabs or self._aligned(k, j)):
            return j, rule
        if rows == 2 and _years_over_figures(first, self.split[k + 1]) and self._aligned(k, j):
            return j, rule  # a prospectus's "2019     2020 …" over "56.7     52.4 …"
        return k, None

    def _aligned(self, k: int, j: int) -> bool:
        """Whether the cells of lines k+1 to j (the first ALIGNED_LINES of them) start or end where line k's cells do,
        or sit inside one's width ("851" under "CY25E sales"), as a table's columns do (a justified paragraph's runs of
        spaces fall anywhere)."""
        header = self.split[k]
        assert header is not None
        edges = {start for start, _, _ in header.cells} | {end for _, end, _ in header.cells}
        cells = [
            cell for split in self.split[k + 1 : min(j, k + 1 + ALIGNED_LINES)] if split for cell in split.cells[1:]
        ]
        spans = [(start, end) for start, end, _ in header.cells]
        near = sum(
            1
            for start, end, _ in cells
            if {start - 1, start, start + 1, end - 1, end, end + 1} & edges
            or any(s < start and end < e for s, e in spans)
        )
        return bool(cells) and near >= ALIGNED_SHARE * len(cells)


def _split(line: str) -> _Line | None:
    """The cells of a line, with their columns; None for a line of one cell that is not indented."""
    expanded = line.expandtabs(8).rstrip()
    gaps = list(CELL_GAP.finditer(line.rstrip()))
    if not gaps:
        return None
    by_tabs = all("\t" in gap.group(0) for gap in gaps)
    if by_tabs:
        pieces = CELL_GAP.split(line.rstrip())
        cells = [(k, k + 1, piece.strip()) for k, piece in enumerate(pieces)]  # by order: tabs do not align
    else:
        cells = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", expanded)]
        cells = [(s, e, t) for s, e, t in _merged(cells, expanded)]
    if len([c for c in cells if c[2]]) < 2 and not line[:1].isspace():
        return None
    if cells[0][2] in BULLETS:  # "  *   By deployment mode: cloud-based, …": a list's item, its mark spaced off
        return None
    return _Line(cells, by_tabs)


def _merged(cells: list[tuple[int, int, str]], line: str) -> list[tuple[int, int, str]]:
    """Runs of words split at single spaces joined back where only sentence spacing parts them ("end.  Next")."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in cells:
        if out and line[out[-1][1] : start] == "  " and out[-1][2][-1:] in ".!?:;":
            out[-1] = (out[-1][0], end, line[out[-1][0] : end])
        else:
            out.append((start, end, text))
    return out


def _rows(scan: _Scan, start: int, end: int, rule: str | None) -> tuple[str, list[list[str]]]:
    """The caption over a box's top border ("表1  2020-2025年…市场规模" over a rule that spans every column), and the
    rows of a table's lines start to end: cells placed in columns by the rule's runs or the header's cells (by order
    when tabs part them); a line whose first cell is empty goes on with the row above when that row's cell in its
    column ends with a comma, or when the line holds only the last column's cell and the row above's line fills the
    table's width (a title wrapped in a list of releases: "2025-07-15  Nutrient … Worth USD 2.3 Billion by" over
    "            2029, Registering 7.4% CAGR")."""
    split = [s for k in range(start, end) if not scan.rule[k] and (s := scan.split[k]) is not None]
    caption = ""
    runs = [m.start() for m in RULE_RUN.finditer(rule.expandtabs(8))] if rule is not None else []
    rules = [k for k in range(start, end) if scan.rule[k]]
    if len(runs) == 1 and len(rules) >= 2 and rules[-1] - rules[0] > 2:
        # a box, its borders one run over every column: the line under its top heads the columns
        above = [s for k in range(start, rules[0]) if (s := scan.split[k]) is not None]
        caption = " ".join(text for line in above for _, _, text in line.cells if text)
        split = split[len(above) :]
    header = split[0]
    rows: list[list[str]] = []
    width = max(line.cells[-1][1] for line in split)
    if header.by_tabs or (len(split) == 2 and _years_over_figures(header, split[1])):
        starts = None  # tabs, or a year's figure under each year ("2022     2023" over "91.3    121.8"): by order
    elif len(runs) > 1:
        starts = runs
    else:
        starts = [start for start, _, _ in header.cells]
    filled = False  # the line that opened the row before fills the table's width
    for line in split:
        row = _placed(line, starts)
        previous = rows[-1] if rows else None
        if (
            previous
            and not row[0]
            and all(
                not cell
                or (j < len(previous) and previous[j].endswith((",", ";")))
                or (filled and j == len(row) - 1 == len(previous) - 1 and not previous[j].endswith("."))
                for j, cell in enumerate(row)
            )
        ):
            for j, cell in enumerate(row):
                if cell:
                    previous[j] += " " + cell
            continue
        rows.append(row)
        filled = not line.by_tabs and line.cells[-1][1] >= width - WRAPPED_SLACK
    return caption, rows


def _years_over_figures(header: _Line | None, values: _Line | None) -> bool:
    """Whether a line of years stands over a line of as many figures."""
    return (
        header is not None
        and values is not None
        and len(header.cells) == len(values.cells)
        and all(YEAR_CELL.fullmatch(text) for _, _, text in header.cells)
        and all(FIGURE_CELL.fullmatch(text) for _, _, text in values.cells)
    )


def _placed(line: _Line, starts: list[int] | None) -> list[str]:
    """A line's cells in their columns: by order, or in the column whose extent holds the cell's start or, for a
    number set to the right, its end."""
    if starts is None:
        return [text for _, _, text in line.cells]
    row = [""] * len(starts)
    for start, end, text in _cut_at_columns(line.cells, starts):
        column = max((j for j, s in enumerate(starts) if s <= start), default=None)
        if column is None:
            column = max((j for j, s in enumerate(starts) if s < end), default=0)
        row[column] = f"{row[column]} {text}".strip()
    return row


def _cut_at_columns(cells: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, int, str]]:
    """Cells cut where a column starts inside one after a space: a cell that fills its column leaves one space
    before the next ("Sumitomo Electric Industries, Ltd. Kenitra, Casablanca" under "-----------  --------")."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in cells:
        for column in (s for s in starts if start < s < end):
            if text[column - start - 1] == " ":
                out.append((start, column - 1, text[: column - start - 1]))
                text, start = text[column - start :], column
        out.append((start, end, text))
    return out
