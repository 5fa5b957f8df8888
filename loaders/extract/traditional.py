"""Chinese written in traditional characters (Taiwan, Hong Kong: "市場規模", "億美元"): read as simplified text, a
character for a character, so the Chinese extractors' words match it; the facts found are then written back in the
document's own characters ("晶圓代工", not "晶圆代工")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import opencc

from loaders.clean import CleanDocument
from loaders.extract.model import DocumentFacts, texts_of

# OpenCC's table of traditional characters and their simplified forms (the first form, where it lists several).
CHARACTERS = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
SAMPLE = 20_000
# Of a text's Han characters, the share in traditional forms that makes it a text in traditional characters (a
# text in simplified ones has none, or a rare one in a name).
TRADITIONAL_SHARE = 0.02
MIN_TRADITIONAL = 5


@cache
def _to_simplified() -> dict[int, str]:
    """Each traditional character that has a simplified form of one character, to it."""
    table: dict[int, str] = {}
    for line in CHARACTERS.read_text(encoding="utf-8").splitlines():
        traditional, _, forms = line.partition("\t")
        simplified = forms.split(" ")[0]
        if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


def to_simplified(text: str) -> str:
    """`text` with each traditional character that has a simplified form of one character in that form."""
    return text.translate(_to_simplified())


def is_traditional(text: str) -> bool:
    """Whether a Chinese text is written in traditional characters."""
    sample = text[:SAMPLE]
    table = _to_simplified()
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    traditional = sum(1 for c in sample if ord(c) in table)
    return traditional >= max(MIN_TRADITIONAL, TRADITIONAL_SHARE * han)


def simplified(doc: CleanDocument) -> CleanDocument:
    """The document in simplified characters, every offset the same."""
    table = _to_simplified()
    return doc.converted(lambda text: text.translate(table))


def written_back(facts: DocumentFacts, read: CleanDocument, doc: CleanDocument) -> DocumentFacts:
    """`facts` found in `read` (the simplified document) with every text they hold as `doc` writes it: a text
    at or around a fact's span (its name, its sentence) from the same place in the document's text (a simplified
    character may stand for two traditional ones: "台" for "台" and "臺"), any other in the characters the
    document writes for each simplified one."""
    back = {ord(simple): own for simple, own in zip(read.text, doc.text, strict=True) if simple != own}

    for record, name, start, end in texts_of(facts):
        value = getattr(record, name)
        at = read.text.find(value, max(0, start - len(value)), end + len(value))  # at or around the span
        setattr(record, name, doc.text[at : at + len(value)] if at >= 0 else value.translate(back))
    return facts
