"""Helpers over cleaned text: sentences around a span, lines with their offsets, years."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple, TypeVar

import ahocorasick_rs

T = TypeVar("T")

MAX_EVIDENCE = 600
# Longest stretch of one line searched for a sentence's ends, either side of a span.
MAX_SENTENCE = 2000
# A sentence ends at . ! ? (and a citation mark such as "[4]") followed by a space and a capital/digit,
# or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])(?:\[\d{1,3}\])?[\"')\]]?[ \t]+(?=[A-Z0-9\"'(\[])|\n")
# SENTENCE_END with its mark taken in, so a scan skips straight to the next . ! ? or line break (a lookbehind
# first is tried at every character): a match of it starts one character before SENTENCE_END's, but at a line
# break. Never used from an offset whose previous character is a mark. Plainly
#   [.!?](?:\[\d{1,3}\])?["')\]]?[ \t]+(?=[A-Z0-9"'(\[])|\n
# written to open with one set of characters (a line break ends the match there), so that a scan skips to them.
MARK_AND_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?:\[\d{1,3}\])?[\"')\]]?[ \t]+(?=[A-Z0-9\"'(\[]))")
# The abbreviations in a firm's or a person's name whose period ends no sentence: "Inc.", "Sdn.", "Dr.".
NAME_ABBREVIATIONS = (
    "Inc|Co|Corp|Ltd|Llc|Plc|Sdn|Bhd|Pvt|Pty|Pte|Tbk|PT|Ind|Mfg|Intl|Bros|Cie|Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|No|Dept"
)
# Words whose final period does not end a sentence: "Inc.", "Co.", "S.T.", "U.S.", "Dr.".
ABBREVIATION = re.compile(
    rf"(?:\b(?:{NAME_ABBREVIATIONS}|INC|CO|LTD|Vs|vs|Ave|approx|e\.g|i\.e|etc)|\b[A-Z](?:\.[A-Z])*|\b[A-Z]{{1,3}})\.$"
)
# A word that opens a sentence and no name: after it, an abbreviation's period ends a sentence all the same
# ("… EnergyNest AS and Malta Inc. The report segments …", "… in the U.S. This …").
SENTENCE_OPENER = re.compile(r"[ \t]+(?:The|This|These|It|Its|They|Their)\s")
# A note in parentheses and a comma after a period: a list goes on ("… W. R. Grace & Co.-Conn. (U.S.), Clariant AG").
NOTE_IN_LIST = re.compile(r"[ \t]+\([^()\n]{1,30}\),")
# A year as written: "2024", "FY2024", "FY 2024", "2024E", "2030F".
YEAR = re.compile(r"(?<![\d.,])(?:FY\s?'?)?((?:19|20)\d{2})(?:[EF]|e)?(?![\d%])")
# A section's number on a contents page: "6.2 " in "6.2 iOS-compatible", "9.3.1 " in "9.3.1 Lonza".
TOC_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")


# "1.234,5": dots group thousands, the comma is the decimal point.
EUROPEAN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
# "2,5": a lone comma followed by one or two digits is a decimal comma.
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


class Line(NamedTuple):
    """A line of a text and its offsets (a named tuple: thousands are made per document)."""

    start: int
    end: int
    text: str


def lines_of(text: str) -> Sequence[Line]:
    """Every line with its character offsets in `text`. Computed once per text (several extractors ask for the
    lines of the same document) and shared, hence a tuple."""
    return _lines_of(text)


def stripped_lines(text: str, start: int = 0) -> list[tuple[int, str]]:
    """The lines of `text` that hold more than spaces, from the one starting at `start` on, stripped, with where each
    stripped line starts (lines_of's lines)."""
    return [
        (line.start + len(line.text) - len(line.text.lstrip()), line.text.strip())
        for line in lines_of(text)
        if line.start >= start and line.text.strip()
    ]


@lru_cache(maxsize=8)
def _lines_of(text: str) -> tuple[Line, ...]:
    out: list[Line] = []
    start = 0
    for raw in text.split("\n"):
        out.append(Line(start, start + len(raw), raw))
        start += len(raw) + 1
    return tuple(out)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (never crossing a line break) that holds text[start:end]. Extractors ask for the sentence
    around the same figure again and again: each answer is kept with the text (the last few texts only)."""
    known = _BOUNDS.get(text)
    if known is None:
        known = _kept(_BOUNDS, text, {})
    bounds = known.get((start, end))
    if bounds is None:
        bounds = known[start, end] = _sentence_bounds(text, start, end)
    return bounds


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # Look at most MAX_SENTENCE characters either side: one huge line must not make every lookup scan it all.
    floor = max(0, start - MAX_SENTENCE)
    line_start = max(text.rfind("\n", floor, start) + 1, floor)
    line_end = text.find("\n", end, end + MAX_SENTENCE)
    if line_end == -1:
        line_end = min(len(text), end + MAX_SENTENCE)
    if line_start == floor or line_end - end >= MAX_SENTENCE:  # a very long line: scan the window itself
        return _scanned_bounds(text, start, end, line_start, line_end)
    starts, ends = _sentence_ends(text)
    s = line_start
    k = bisect.bisect_right(ends, start) - 1  # the last end at or before `start` ...
    if k >= 0 and starts[k] >= line_start:  # ... that lies on this line
        s = ends[k]
    e = line_end
    k = bisect.bisect_left(starts, end)  # the first end after the span, on this line
    if k < len(starts) and ends[k] <= line_end:
        e = starts[k]
    return s, e


def _scanned_bounds(text: str, start: int, end: int, line_start: int, line_end: int) -> tuple[int, int]:
    """sentence_bounds by scanning the window around the span (the index's answer, for any line length)."""
    s = line_start
    for match in SENTENCE_END.finditer(text, line_start, min(len(text), start + 1)):  # +1: the lookahead's char
        if match.end() <= start and _is_boundary(text, match.start()):
            s = match.end()
    e = line_end
    for match in SENTENCE_END.finditer(text, end, line_end):
        if _is_boundary(text, match.start()):
            e = match.start()
            break
    return s, e


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where every sentence of a text ends: (match starts, match ends), in order. Found once per document
    (extractors ask for the sentence around a span about a hundred times per document).

    Extractors read a document's text, its body (the text cut before its block of related links: a prefix
    ending with a line break) and its body without the headline (a suffix starting with a line break). No
    sentence end spans a line break and a line break always ends one, so the ends on either side of such a cut
    are those of the longer text: whichever of two such texts is indexed second reuses the first one's index
    (cut and shifted, or completed by a scan of the part it lacks)."""
    known = _SENTENCE_INDEX.get(text)
    if known is None:
        known = _reused_index(text)
        if known is None:
            known = _index_sentence_ends(text, 0, len(text))
        _kept(_SENTENCE_INDEX, text, known)
    return known


def _kept(table: dict[str, T], text: str, value: T) -> T:
    """`value` stored for `text` in a per-text table that keeps the last SENTENCE_INDEX_SIZE texts only."""
    if len(table) >= SENTENCE_INDEX_SIZE:
        del table[next(iter(table))]
    table[text] = value
    return value


def _reused_index(text: str) -> tuple[list[int], list[int]] | None:
    """The sentence index of `text` from that of a text indexed before that it is a line-bounded prefix or
    suffix of, or that is one of it; None when there is none."""
    for other, (starts, ends) in reversed(_SENTENCE_INDEX.items()):
        if len(other) > len(text) and text.endswith("\n") and other.startswith(text):
            cut = bisect.bisect_left(starts, len(text))
            return starts[:cut], ends[:cut]
        if len(other) < len(text) and other.endswith("\n") and text.startswith(other):
            more_starts, more_ends = _index_sentence_ends(text, len(other), len(text))
            return starts + more_starts, ends + more_ends
        if len(other) > len(text) and text.startswith("\n") and other.endswith(text):
            shift = len(other) - len(text)
            cut = bisect.bisect_left(starts, shift)
            return [at - shift for at in starts[cut:]], [at - shift for at in ends[cut:]]
        if len(other) < len(text) and other.startswith("\n") and text.endswith(other):
            shift = len(text) - len(other)
            head_starts, head_ends = _index_sentence_ends(text, 0, shift)
            return head_starts + [at + shift for at in starts], head_ends + [at + shift for at in ends]
    return None


SENTENCE_INDEX_SIZE = 8
_SENTENCE_INDEX: dict[str, tuple[list[int], list[int]]] = {}
_BOUNDS: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}


def _index_sentence_ends(text: str, pos: int, endpos: int) -> tuple[list[int], list[int]]:
    """Sentence ends of `text` between offsets `pos` and `endpos` (the part of the scan finditer(text) makes
    between them, when a line break lies at `pos` or just before it, and at `endpos` or the text ends there)."""
    starts: list[int] = []
    ends: list[int] = []
    for match in MARK_AND_SENTENCE_END.finditer(text, pos, endpos):
        at = match.start()
        if text[at] != "\n":
            at += 1  # where SENTENCE_END's match starts: after the mark
            if text[at - 1] == "." and _abbreviated(text, at):
                continue
        starts.append(at)
        ends.append(match.end())
    return starts, ends


def _is_boundary(text: str, pos: int) -> bool:
    """A candidate end at `pos` is real unless the word before the period is an abbreviation."""
    if text[pos : pos + 1] == "\n" or text[pos - 1 : pos] != ".":
        return True
    return not _abbreviated(text, pos)


def _abbreviated(text: str, pos: int) -> bool:
    """Whether the period before `pos` ends an abbreviation that a sentence goes on after (not before a word that
    opens a sentence: "… and Malta Inc. The report …")."""
    if NOTE_IN_LIST.match(text, pos):
        return True
    return ABBREVIATION.search(text[max(0, pos - 12) : pos]) is not None and SENTENCE_OPENER.match(text, pos) is None


def abbreviates(abbreviation: str, words: str) -> bool:
    """Whether `abbreviation`'s letters open `words` and follow in it in order: "dmpk", "drug metabolism and
    pharmacokinetics" (both in lower case)."""
    if words[:1] != abbreviation[:1]:
        return False
    at = 0
    for letter in abbreviation:
        at = words.find(letter, at) + 1
        if not at:
            return False
    return True


def evidence(text: str, start: int, end: int) -> str:
    """The sentence around a span, trimmed to a readable length."""
    s, e = sentence_bounds(text, start, end)
    if e - s > MAX_EVIDENCE:
        s = max(s, start - MAX_EVIDENCE // 2)
        e = min(e, max(end, s + MAX_EVIDENCE))
    return text[s:e].strip()


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Bounds of every sentence in `text`, by a scan of the whole text: the definition that the sentence index
    (sentence_bounds, sentences_near) answers from without scanning, and that its tests compare it with."""
    s = 0
    for match in SENTENCE_END.finditer(text):
        if not _is_boundary(text, match.start()):
            continue
        if match.start() > s:
            yield s, match.start()
        s = match.end()
    if s < len(text):
        yield s, len(text)


def sentences_near(text: str, literals: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Of sentences(text), in order, those of the lines where one of `literals` occurs (so every sentence that
    holds one of them). A line break always ends a sentence and no other sentence end spans one, so the
    sentences of a line are those between the sentence ends on it, read from the document's sentence index."""
    lines = lines_of(text)
    starts = [line.start for line in lines]
    end_starts, end_ends = _sentence_ends(text)
    for k in sorted({bisect.bisect_right(starts, at) - 1 for at in literal_positions(text, literals)}):
        line = lines[k]
        s = line.start
        j = bisect.bisect_left(end_starts, line.start)
        while j < len(end_starts) and end_starts[j] < line.end:
            if end_starts[j] > s:
                yield s, end_starts[j]
            s = end_ends[j]
            j += 1
        if s < line.end:
            yield s, line.end


def to_number(text: str) -> float | None:
    """'3,210.5' -> 3210.5; '1.234,5' (European) -> 1234.5; a lone decimal comma '2,5' -> 2.5."""
    text = text.strip().replace(" ", "")
    if not text or len(text) > 24:
        return None
    if EUROPEAN_NUMBER.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset lies in one of `spans` (start <= offset < end; they may overlap), by bisection:
    the spans before the offset, sorted, and the farthest end among them."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def covered(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and reach[k] > at

    return covered


def near(positions: Sequence[int], at: int, distance: int) -> bool:
    """Whether one of `positions` (sorted) lies less than `distance` from `at`: the two either side of it, found
    by bisection, not a scan."""
    k = bisect.bisect_left(positions, at)
    return (k < len(positions) and positions[k] - at < distance) or (k > 0 and at - positions[k - 1] < distance)


class Openings:
    """Phrases by their first characters (as many as the shortest has), in their order: those a text opens with
    at an offset are found among the few that open the same way, not by trying every phrase."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = list(dict.fromkeys(phrases))
        self.width = min(map(len, unique), default=0)
        self.by_opening: dict[str, list[str]] = {}
        for phrase in unique:
            self.by_opening.setdefault(phrase[: self.width], []).append(phrase)

    def at(self, text: str, at: int) -> Iterator[str]:
        """The phrases that text[at:] starts with, in their order."""
        for phrase in self.by_opening.get(text[at : at + self.width], ()):
            if text.startswith(phrase, at):
                yield phrase


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span in `taken` (sorted, never overlapping): a bisect, not a scan."""
    k = bisect.bisect_left(taken, (end,))
    return k > 0 and taken[k - 1][1] > start


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - keeping the last one is the point
        pass
    return found


# Characters that a re.IGNORECASE pattern takes for an ASCII letter but str.lower() does not turn into it
# ("İ" even lowers to two characters): mapped first, so the folded text keeps every offset.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """fold(text) of a whole document, computed once per document."""
    return fold(text)


def fold(text: str) -> str:
    """`text` lowered offset for offset: wherever a re.IGNORECASE pattern matches a lowercase ASCII literal, the
    folded text holds that literal."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """Whether one of `literals` (lowercase) occurs in `text` in any case, as a re.IGNORECASE pattern finds it:
    a pattern none of whose matches can lack one of them is asked only where this is true."""
    low = fold(text)
    return any(literal in low for literal in literals)


def search_holding(pattern: re.Pattern[str], text: str, literals: Iterable[str]) -> re.Match[str] | None:
    """pattern.search(text), for a pattern none of whose matches can lack one of `literals` (lowercase, found in
    any case): asked only when one of them is in the text."""
    return pattern.search(text) if holds_any(text, literals) else None


# From this many literals on, one pass of an Aho-Corasick automaton over a text finds their offsets in less time
# than a str.find scan per literal (a document's literal offsets: 0.63 -> 0.44 ms).
AUTOMATON_FROM = 6


@lru_cache(maxsize=256)
def _automaton(literals: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(list(literals))


def literal_positions(haystack: str, literals: Iterable[str]) -> list[int]:
    """Every offset at which one of `literals` occurs in `haystack` (overlapping occurrences included), in no
    particular order."""
    literals = tuple(literals)
    if len(literals) >= AUTOMATON_FROM:
        return [at for _, at, _ in _automaton(literals).find_matches_as_indexes(haystack, overlapping=True)]
    found: list[int] = []
    for literal in literals:
        at = haystack.find(literal)
        while at >= 0:
            found.append(at)
            at = haystack.find(literal, at + 1)
    return found


# Above this many characters scanned (a text's length times the literals looked for in it), first_occurrences
# makes one automaton pass instead of a str.find scan per literal: a document's few dozen bold phrases keep the
# scans (an automaton made per document costs more than they do); a long page's thousands do not.
SCAN_BUDGET = 4_000_000


def first_occurrences(haystack: str, literals: Iterable[str], keep: Callable[[int, int], bool]) -> dict[str, int]:
    """For each of `literals` that occurs in `haystack` at an offset `keep(start, end)` accepts, the first such
    offset. For literals that differ from text to text (a document's bold phrases): a scan per literal, or for
    many literals in a long text one pass of an automaton made for them (not cached), so that the time grows
    with the text and not with the text times the number of literals."""
    unique = [literal for literal in dict.fromkeys(literals) if literal]
    first: dict[str, int] = {}
    if len(unique) * len(haystack) > SCAN_BUDGET:
        for k, start, end in ahocorasick_rs.AhoCorasick(unique).find_matches_as_indexes(haystack, overlapping=True):
            literal = unique[k]
            if (literal not in first or start < first[literal]) and keep(start, end):
                first[literal] = start
        return first
    for literal in unique:
        at = haystack.find(literal)
        while at >= 0 and not keep(at, at + len(literal)):
            at = haystack.find(literal, at + 1)
        if at >= 0:
            first[literal] = at
    return first


def first_in_each(pieces: list[str], literals: Iterable[str]) -> list[dict[str, int]]:
    """For each of `pieces`, the first offset in it of each of `literals` that occurs in it: a scan per literal
    and piece, or for many literals in many pieces one automaton made for them (as first_occurrences), so that
    the time grows with the pieces and not with the pieces times the literals."""
    unique = [literal for literal in dict.fromkeys(literals) if literal]
    if len(unique) * sum(map(len, pieces)) <= SCAN_BUDGET:
        return [{literal: at for literal in unique if (at := piece.find(literal)) >= 0} for piece in pieces]
    automaton = ahocorasick_rs.AhoCorasick(unique)
    found: list[dict[str, int]] = []
    for piece in pieces:
        first: dict[str, int] = {}
        for k, start, _ in automaton.find_matches_as_indexes(piece, overlapping=True):
            literal = unique[k]
            if literal not in first or start < first[literal]:  # matches come in the order of their ends
                first[literal] = start
        found.append(first)
    return found


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text), for a pattern that never matches the empty string and whose every
    match starts at one of `starts`: only those offsets are tried, left to right, as finditer would, instead
    of every offset of the text."""
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            pos = match.end()


def finditer_opening(
    pattern: re.Pattern[str], text: str, openings: Iterable[str], *, any_case: bool
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), for a pattern whose every match opens with one of `openings` (written in lowercase
    when `any_case`, for a re.IGNORECASE opening found in the case-folded text): tried only where they occur."""
    return finditer_at(pattern, text, literal_positions(folded(text) if any_case else text, openings))


def figure_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Where a money-or-rate pattern can match: at `literals` (lowercase, matched in any case) and at the one or
    two characters before each "%" (a digit, optionally a space, then "%")."""
    starts = literal_positions(folded(text), literals)
    for at in literal_positions(text, ("%",)):
        starts += [k for k in (at - 1, at - 2) if k >= 0]
    return starts


def lines_holding(text: str, literals: Iterable[str]) -> set[int]:
    """Indices in lines_of(text) of the lines where one of `literals` (lowercase) occurs, in any case."""
    starts = [line.start for line in lines_of(text)]
    return {bisect.bisect_right(starts, at) - 1 for at in literal_positions(folded(text), literals)}
