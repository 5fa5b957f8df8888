"""Lines a social-media post or a newsletter marks with symbols: "✅ Argenta", "▸ **Service:** …" open list items,
and a line that ends with an emoji ("Players to watch 👀") is a line of its own. Markdown would run them into one
paragraph, every name and label in one line."""

from __future__ import annotations

import re

# A line opened by a symbol and a space: a list item's mark, written with a symbol instead of "-" or "*".
SYMBOL_ITEM = re.compile(r"^([ \t]*)([^\w\s#>*+`|\[\](){}<.,;:!?'\"-])[ \t]+(?=\S)", re.M)
# A variation selector or zero-width joiner that may follow an emoji.
EMOJI_TAIL = "\ufe0f\u200d"


def _mark(character: str) -> bool:
    """A symbol that marks a list's item: an arrow, a geometric shape, a dingbat or an emoji, a bullet ("▸", "✅",
    "🔹", "•"); not a sign that may open or end a line of prose ("©", "®", "°")."""
    code = ord(character)
    return 0x2190 <= code <= 0x21FF or 0x25A0 <= code <= 0x27BF or code >= 0x1F000 or character in "•‣⁃"


def _emoji(character: str) -> bool:
    """An emoji or a dingbat ("👀", "✂"), that a post ends a heading's line with."""
    code = ord(character)
    return 0x2600 <= code <= 0x27BF or code >= 0x1F000


def with_symbol_lines(markdown: str) -> str:
    """`markdown` with its lines opened by a symbol made list items ("- Argenta") where a list can open (after a blank
    line, an item, or a line that ends with a colon or an emoji), and a hard line break after a line that ends with an
    emoji."""
    if markdown.isascii():
        return markdown
    lines = markdown.split("\n")
    opened = True  # whether the line before opens a list: blank, an item, or a line ending with ":" or an emoji
    for k, line in enumerate(lines):
        item = SYMBOL_ITEM.match(line)
        if item and _mark(item.group(2)) and opened:  # not a symbol a wrap put at a paragraph's line's start
            line = f"{item.group(1)}- {line[item.end() :]}"
        end = line.rstrip().rstrip(EMOJI_TAIL)
        opened = not end or line.lstrip().startswith("- ") or end[-1] == ":" or _emoji(end[-1])
        if end and _emoji(end[-1]) and k + 1 < len(lines) and lines[k + 1].strip():
            line = line.rstrip() + "  "  # a hard line break: the next line is a line of its own
        lines[k] = line
    return "\n".join(lines)


def without_item_mark(line: str) -> str:
    """`line` without the symbol that marks it a list's item ("✅ Daikin Industries, Ltd." is "Daikin Industries,
    Ltd."), in a text whose marks were left as written."""
    if line and _mark(line[0]) and (rest := line[1:].lstrip(EMOJI_TAIL))[:1] in (" ", "\t"):
        return rest.lstrip()
    return line
