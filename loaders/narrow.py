"""Figures typed in full-width characters ("３，８６５．２亿元", "ＣＡＧＲ ７．１％") as the ASCII ones they are.

A Chinese or Japanese text keeps its own full-width punctuation ("，", "：", "（"): only digits, Latin letters and the
percent and dollar signs are narrowed, and a full-width point or comma between digits ("３．８", "３，８６５"). Each
character becomes one character, so offsets into the text stay as they were."""

from __future__ import annotations

import re

# What a text with full-width figures holds: a digit, or a percent sign after ASCII digits ("5.0％").
FULL_WIDTH = re.compile(r"[\uff10-\uff19\uff05]")
NARROW = str.maketrans(
    {chr(wide): chr(wide - 0xFEE0) for wide in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
    | {"％": "%", "＄": "$"}
)
# A point, comma or dash between digits once they are narrow: "3．8" is 3.8, "3，865" is 3,865 (a comma before three
# digits only: "7%，6.8%" and "2019，2024" keep theirs), "2019－2024" is 2019-2024.
SEPARATOR = re.compile(r"(?<=\d)(?:[．－](?=\d)|，(?=\d{3}(?!\d)))")
SEPARATORS = {"．": ".", "，": ",", "－": "-"}


def narrow_figures(text: str) -> str:
    """`text` with its full-width digits, Latin letters, signs and separators between digits in ASCII."""
    if not FULL_WIDTH.search(text):
        return text
    narrowed = text.translate(NARROW)
    return SEPARATOR.sub(lambda match: SEPARATORS[match.group(0)], narrowed)
