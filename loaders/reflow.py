"""Join the lines of a plain-text document that was hard-wrapped at a fixed width (an e-mailed press release, a
text saved from a terminal) back into its paragraphs' lines.

Extraction reads a sentence within one line, so a figure whose sentence a wrap cut in two lost its subject. A text
counts as wrapped when its lines stop short of one width (but for a few holding a word no wrap can break, such as a
link) and most of the long lines its paragraphs go on after fill it nearly (a line before a blank one may stop
anywhere: a post's counts under its text); a line is then joined to the next one when the next one's first
word would not have fitted on it (the reason a wrapping program breaks a line there) and the next one opens no list
item. Any other text is left as it is: one line per paragraph, lists, tables, addresses.
"""

from __future__ import annotations

import re

import wordninja

# The widths texts are wrapped at (a newspaper's column of 40 read by OCR, 72 in e-mail, 76-80 in terminals and
# editors, up to 100 in some tools).
MIN_WIDTH, MAX_WIDTH = 36, 120
# A wrapped text: of its lines at least half as long as its width, this share fills the width to within
# FILLED_SLACK characters, and no more than OVERLONG_SHARE of its lines go far past the widest wrap.
FILLED_SHARE = 0.6
FILLED_SLACK = 15
OVERLONG_SHARE = 0.02
# Lines far longer than the rest that the width a text was wrapped at leaves out.
OUTLIERS = 2
# The longest lines whose lengths are tried as the width a text was wrapped at, from the widest down.
WIDTHS_TRIED = 4
# Lines a text must have for its wrapping to be judged.
MIN_LONG_LINES = 4
# A line that opens a list item or a numbered step: never the rest of the line before it. A dash opens one only
# after another item: a wrap puts the dash of "2025 - 2030" at the start of a line as often as a list does.
ITEM_START = re.compile(r"(?:[*•▪●◦■►✓✔]|\d{1,3}[.)]|[a-z][.)])\s+")
DASHES = ("- ", "– ", "— ")
# A word no line of text ends with but when its sentence goes on in the next: "… to $2.98 billion in" / "2025 at",
# "… was worth" / "USD 2.84 billion in 2024".
DANGLING_END = re.compile(
    r"\s(?:in|to|of|at|by|from|and|or|the|a|an|with|for|around|about|nearly|approximately|worth|was|were|is|are)$"
)
# The first part of a capitalised word a wrap broke at a hyphen: "Cor-" of "Tindall Cor-".
CUT_WORD = re.compile(r"[A-Z][a-z]+-")
WORD_REST = re.compile(r"[a-z]+(?![\w-])")  # the rest of a word cut in two: "poration" in "poration, Boral"
# A label and the column its values start at: "   By Technology:   Reverse Osmosis (RO) | …", "  Key Companies
# Covered         Zero Motorcycles, Inc., …" (three spaces or more after a label without a colon).
LABEL_COLUMN = re.compile(r"[ \t]*[A-Z][\w ()/&-]{0,40}(?::[ \t]{2,}|[\w)][ \t]{3,})(?=\S)")
# A word no wrapping can break (a link, say): a line holding one may pass the width it was wrapped at.
UNBREAKABLE = 30
# A rule of dashes, equals signs or the like, drawn under a heading or between sections.
RULE_LINE = re.compile(r"[-=_~*#+]{3,}")
# A line that only labels the lines under it ("Distribution channel:"): it opens a block, it goes on with none.
LABEL_LINE = re.compile(r"[A-Z][a-z&/-]*+(?: [A-Za-z&/-]++){0,3}:")
# A line that opens with a label: "Breakup by Region: North America, …".
LABEL_OPENING = re.compile(r"[A-Z][a-z&/-]*+(?: [A-Za-z&/-]++){0,3}: ")
# The words a headline in capitals goes on with on its next line: "… MARKET TO TOP US$ 16.4 BILLION" "BY 2032 AS …".
CAPITAL_JOINERS = frozenset("BY TO IN OF AND AT FROM WITH AS FOR ON THROUGH DURING AMID".split())
# A line that ends inside a list of names ("… include Sunsynk, Deye, Victron") and the next line's first word, which
# ends the name ("Energy, Growatt, …", "Holdings. Sunvolt …"): a list wrapped by hand, short of the width.
LIST_TAIL = re.compile(r"(?:,|\sand)\s[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)*$")
NAME_END = re.compile(r"[A-Z][\w&'-]*[,.]")
# A line that opens with a note in parentheses and goes on in lower case: "(RTD) and concentrate".
NOTE_THEN_LOWER = re.compile(r"\([^()]{1,40}\)[ ,;]+[a-z]")


# A short note in parentheses broken over two lines, the text before and after it on them: "… are KLK OLEO (Kuala Lumpur
# Kepong" over "Berhad), Wilmar International Limited, …" is one line.
SPLIT_NOTE = re.compile(r"(?<=\S)[^\S\n]\([^()\n]{1,40}(?<=\w)\n(?=\w[^()\n]{0,40}\)[^\n])")


def wrap_width(lines: list[str]) -> int | None:
    """The width `lines` were wrapped at, or None when they were not wrapped."""
    all_lengths = [len(line) for line in lines if line]
    beyond = sum(1 for n in all_lengths if n > MAX_WIDTH + FILLED_SLACK)
    if len(all_lengths) < MIN_LONG_LINES or beyond > OVERLONG_SHARE * len(all_lengths):
        return None  # most texts: a paragraph a line
    lengths = sorted(
        len(line)
        for line in lines
        if line
        and max(map(len, line.split()), default=0) <= UNBREAKABLE
        and "   " not in line.strip()
        and len(line) - len(line.lstrip()) < len(line) // 2
    )  # not a line set out in columns ("PRESS RELEASE          Tokyo Office") nor one set to the right (a page's
    # running head "                    Annual Report and Accounts 2024"): no paragraph's
    if len(lengths) < MIN_LONG_LINES:
        return None
    # the lines a paragraph goes on after (a line before a blank one ends its paragraph, short or not)
    going_on = [len(line) for line, following in zip(lines, [*lines[1:], ""], strict=True) if line and following]
    widest = _widest_wrap(lengths)
    # the widest wrap, or one of the next widths below it when a few longer lines (a table's row, a link) are no
    # wrap's: of those its lines fill, the one they fill best
    best, best_share = None, FILLED_SHARE
    for width in sorted({n for n in lengths[-WIDTHS_TRIED:] if n <= widest}, reverse=True):
        long_lines = [n for n in going_on if n >= width // 2]
        filled = sum(1 for n in long_lines if n >= width - FILLED_SLACK)
        share = filled / len(long_lines) if len(long_lines) >= MIN_LONG_LINES else 0.0
        if MIN_WIDTH <= width <= MAX_WIDTH and (share > best_share or (best is None and share >= best_share)):
            best, best_share = width, share
    return best


def _widest_wrap(lengths: list[int]) -> int:
    """The longest of the sorted `lengths` but for a line or two far longer than the rest (a newspaper's masthead over
    its columns of 40)."""
    k = len(lengths) - 1
    while (
        len(lengths) - 1 - k < OUTLIERS
        and k > 0
        and lengths[k] > lengths[k - 1] + min(FILLED_SLACK, lengths[k - 1] // 4)
    ):
        k -= 1
    return lengths[k]


def unwrap(text: str, cells: frozenset[int] = frozenset(), width: int | None = None) -> str:
    """`text` with the lines of its wrapped paragraphs joined, when it was hard-wrapped (at `width`, else at the
    wrap_width of its lines); else as it is. The lines numbered in `cells` (a table's cells, a line each) neither tell
    the width nor join another."""
    lines = [line.rstrip() for line in text.split("\n")]  # a space left at a wrap's end (format=flowed) too
    width = width or wrap_width([line for k, line in enumerate(lines) if k not in cells] if cells else lines)
    if width is None:
        return _notes_joined(text, cells)
    out: list[str] = []
    joining = False
    hang, column = 0, width
    for k, (line, following) in enumerate(zip(lines, [*lines[1:], ""], strict=True)):
        if joining:
            out[-1] = _joined(out[-1], line.lstrip())
        else:
            out.append(line)
            hang = _hanging_indent(line)
            dashed = line.lstrip().startswith(DASHES)  # a dash's item is wrapped at the text's width
            column = min(width, _column_width(lines, k, hang)) if hang and not dashed else width
        under = hang and following.startswith(" " * hang)  # a line of the item's or the value's own column
        joining = (
            k not in cells and k + 1 not in cells and _continued(line, following, column if under else width, hang)
        )
    return _notes_joined("\n".join(out), cells)


def _notes_joined(text: str, cells: frozenset[int]) -> str:
    """`text` with each note in parentheses broken over two lines (SPLIT_NOTE) on one; as it is when it holds a
    table's cells, whose lines must keep their numbers."""
    return text if cells or "(" not in text else SPLIT_NOTE.sub(_note_joined, text)


def _note_joined(match: re.Match[str]) -> str:
    """A SPLIT_NOTE match with its line break a space."""
    return match.group(0)[:-1] + " "


def _column_width(lines: list[str], k: int, hang: int) -> int:
    """The width the text of a list item or a label's value that starts on line `k` was wrapped at: its longest
    line, with the lines after it indented `hang` spaces (a table's column of values is wrapped narrower than the
    text around it)."""
    longest = len(lines[k])
    for line in lines[k + 1 :]:
        if not line.startswith(" " * hang) or line[hang : hang + 1] in {"", " "}:
            break
        longest = max(longest, len(line))
    return longest


def _joined(line: str, following: str) -> str:
    """`line` and the line that goes on with it: a word broken at a hyphen is one again ("Asia-" "Pacific" ->
    "Asia-Pacific"), without the hyphen when a capitalised word was cut in two ("Tindall Cor-" "poration, Boral" ->
    "Tindall Corporation, Boral") or a word in lower case ("gener-" "ator" -> "generator")."""
    if not _hyphen_break(line) or not following[:1].isalpha():
        return f"{line} {following}"
    last = line[line.rfind(" ") + 1 :]
    rest = WORD_REST.match(following)
    if rest and (CUT_WORD.fullmatch(last) or _one_word(last[:-1] + rest.group(0))):
        return line[:-1] + following  # "gener-" "ator market" -> "generator market"; "natural-" "gas" stays
    return line + following


def _one_word(word: str) -> bool:
    """Whether `word`, in lower case, is one English word (wordninja's dictionary splits it in no parts): "generator",
    "automatically", not "naturalgas"."""
    return word.islower() and wordninja.split(word) == [word]


def _hyphen_break(line: str) -> bool:
    """Whether `line` ends in a word broken at a hyphen ("Asia-", "Cor-"). Looked at from its end only: `line` may
    be a paragraph that grows with every line joined to it."""
    return len(line) >= 2 and line[-1] == "-" and line[-2].isascii() and line[-2].isalpha()


def _hanging_indent(line: str) -> int:
    """Where the text of a list item or of a label's value starts ("1) By Service: …" -> 3, "   By Source:     Seawater"
    -> 18): its wrapped lines are indented as far."""
    text = line.lstrip()
    item = ITEM_START.match(text)
    if item:
        return len(line) - len(text) + item.end()
    if text.startswith(DASHES):  # "- by drug class: …" over "  agonists, lipase inhibitors"
        return len(line) - len(text) + 2
    label = LABEL_COLUMN.match(line)
    return label.end() if label else 0


def _goes_on(line: str, following: str) -> bool:
    """'… $4.21 billion in 2029' then 'at a compound annual growth rate …': a line that ends no sentence, then one
    that starts in lower case (no sentence, heading or item does), or with a note in parentheses and then in lower
    case ('… into ready-to-drink' then '(RTD) and concentrate, …'); in a headline in capitals, a line that opens
    with a word that joins it to the one before or after one that ends with such a word ('… TO TOP US$ 16.4 BILLION'
    then 'BY 2032 AS …', '… TO CROSS RS 23,000 CRORE BY' then 'FY2030, SAYS IMARC GROUP')."""
    goes_on = following[:1].islower() or NOTE_THEN_LOWER.match(following) is not None  # "(RTD) and …"
    if not goes_on and line.isupper() and following.isupper():
        goes_on = following.split(" ", 1)[0] in CAPITAL_JOINERS or line[line.rfind(" ") + 1 :] in CAPITAL_JOINERS
    return goes_on and line[-1:].isalnum() and not ITEM_START.match(line.lstrip())


def _continued(line: str, following: str, width: int, hang: int = 0) -> bool:
    """Whether `following` goes on with the paragraph of `line`: its first word would not have fitted on it, or
    `line` ends at a comma or a word that needs the next one. A line indented as far as the text of the list item it
    follows (`hang`) goes on with that item."""
    # a paragraph indented as a whole ("  Source: … Values at" over "  ingredient-seller level; …") wraps as any
    indent = hang or len(line) - len(line.lstrip(" "))
    if indent and following.startswith(" " * indent) and following[indent : indent + 1] not in {"", " "}:
        following = following[indent:]
    first_word = following.split(" ", 1)[0]  # none when the line is indented: not a wrap's
    if not line or not first_word or ITEM_START.match(following) or LABEL_LINE.fullmatch(following):
        return False
    if RULE_LINE.match(following) or RULE_LINE.fullmatch(line.strip()):
        return False  # a rule under a heading or between sections goes on with no line, nor does a line with it,
        # nor one that opens with a rule ("----- end of paste -----")
    if LABEL_OPENING.match(following) and LABEL_OPENING.match(line.lstrip()):
        return False  # a run of labelled lines ("Breakup by End User: A, B" over "Breakup by Region: C, D")
    if line.isupper() and " " in line.strip() and not following.isupper():
        return False  # a heading in capitals over a line of text ("… -- SECTOR BRIEF" over "Prepared by …"), not "URL:"
    if (
        len(line) + 1 + len(first_word) <= width
        and not DANGLING_END.search(line)
        and not line.endswith(",")
        and not (_hyphen_break(line) and first_word[:1].isalpha())
        and not _goes_on(line, following)
        and not (NAME_END.fullmatch(first_word) and LIST_TAIL.search(line))
    ):
        return False  # a short line ends its paragraph, unless it stops at a word that needs the next one ("… in")
    return not (following.startswith(DASHES) and line.lstrip().startswith(DASHES))  # the next item of a list
