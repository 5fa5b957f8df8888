"""Chinese and Japanese text hard-wrapped at a fixed width, as a text converted from a PDF is: a line that fills the
width and ends no sentence goes on in the next, joined without a space ("市场规模为186.4" / "亿元，同比增长…"). A Han or
kana character takes two columns, so the width is measured in columns, not characters."""

from __future__ import annotations

import re
import unicodedata

# A Han, kana, hangul or full-width character somewhere in a text.
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
# What ends a sentence or a clause that a line may stop at: "。", "！", "？", "；", "：", a closing bracket after one.
SENTENCE_END = frozenset("。！？；：!?;:")
# Lines that open a block of their own: a heading "一、", "（二）", "【核心观点】", "表1", an item's mark (not a number
# wrapped before its decimals: "…增长至18" / "6.7亿元").
BLOCK_START = re.compile(
    r"[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|【|表\s?\d|图\s?\d|[-*•·]\s|\d{1,2}[.、)](?!\d)\s?"
)
# A rule of dashes, equals signs or box-drawing lines, under a banner or over a table.
RULE = re.compile(r"\s*[-=_─━—]{3,}\s*$")
# A line filled to this share of the width it was wrapped at, or more.
FILLED_SHARE = 0.9
MIN_FILLED_LINES = 4


def columns(line: str) -> int:
    """The columns `line` takes: two for a wide character (Han, kana, full-width forms), one for any other."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def unwrap_cjk(text: str) -> str:
    """`text` with the lines of its wrapped Chinese or Japanese paragraphs joined; a text with few such lines, or
    none, as it is."""
    if text.isascii() or not CJK.search(text):
        return text
    lines = text.split("\n")
    wrapped = [k for k, line in enumerate(lines) if CJK.search(line)]
    if len(wrapped) < MIN_FILLED_LINES:
        return text
    sizes = [columns(line) for line in lines]
    least = _least_filled([sizes[k] for k in wrapped])
    least_characters = _least_filled([len(lines[k]) for k in wrapped])  # a width counted in characters
    if least is None and least_characters is None:
        return text
    least = least or len(text) + 1
    least_characters = least_characters or len(text) + 1
    out: list[list[str]] = []  # each output line as its pieces, joined once at the end (linear in the text)
    joining = False
    for k, line in enumerate(lines):
        if joining:
            out[-1].append(line.strip())
        else:
            out.append([line])
        following = lines[k + 1] if k + 1 < len(lines) else ""
        joining = (
            (sizes[k] >= least or len(line) >= least_characters)
            and CJK.search(line) is not None
            and line.rstrip()[-1:] not in SENTENCE_END
            and following.strip() != ""
            and not RULE.match(following)
            and not following[:1].isspace()
            and not (line[:1].isspace() and k > 0 and lines[k - 1][:1].isspace())  # a table's note, set in with it
            and BLOCK_START.match(following) is None
        )
    return "\n".join("".join(pieces) for pieces in out)


def _least_filled(sizes: list[int]) -> int | None:
    """The least size of a line that fills the width most of `sizes` come to; None when few lines fill it."""
    ordered = sorted(sizes)
    least = int(ordered[int(0.9 * (len(ordered) - 1))] * FILLED_SHARE)
    return least if sum(1 for size in ordered if size >= least) >= MIN_FILLED_LINES else None
