"""Releases in French, German, Spanish, Portuguese, Italian or Dutch, read by the English extractors: the words that
name facts, scales, currencies, years and lists are read as their English (loaders.extract.glossary), numbers in
the languages' formats as digits with a decimal point ("1.312,6" and "3 182,4" as 1312.6 and 3182.4), every
other word as written; the facts found are then written back in the document's own words, at its own offsets.
Japanese and Korean are read by the Chinese extractors alike, their words for amounts and years in Chinese."""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cache
from pathlib import Path

import py3langid.langid as langid
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from loaders.clean import CleanDocument
from loaders.extract.glossary import PHRASES, READ_AS_CHINESE, REGIONS, Replacement, country_names, place_form
from loaders.extract.model import DocumentFacts, texts_of
from loaders.extract.traditional import to_simplified

# Function words of English, between spaces: a Latin-script text with few of them in its opening is checked for
# another language (counted with str.count, a scan in C for each).
ENGLISH_WORDS = (" the ", " and ", " of ", " to ", " for ", " with ", " that ", " from ", " by ")
ENGLISH_SHARE = 0.03
SAMPLE = 3000
# A number in the languages' format: thousands set off by points or spaces, a decimal comma ("1.312,6", "3 182,4",
# "31.600", "19,5"); not a number inside another ("2.1.3"), nor a year before a number ("2024 100").
LOCAL_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+,\d+)(?![\d]|[.,]\d)"
# "1,850 millones": a comma before three digits and a word for millions sets off thousands (as in Mexico), not
# decimals (a figure in millions is not written to the thousandth).
THOUSANDS_BEFORE_MILLIONS = (
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?=\s(?:millones|millón|milhões|milhão|millions?|Millionen|milioni|miljoen)\b)"
)
# "2 mil 900 millones" (Mexico): thousands of millions in words and digits, 2,900 millions.
THOUSANDS_IN_WORDS = r"(?<![\d.,])\d{1,3}\smil\s\d{1,3}(?=\smillones\b)"
# A space before a colon (French "Par type de produit :") is no part of what a pattern reads after a label.
SPACED_COLON = r"[ \u00a0\u202f]:(?=\s)"
# Each phrase is matched as whole words: not after a letter when it opens with one, nor before one when it ends
# with one.
WORD_START = r"(?:(?<!\w)|(?=\W))"
WORD_END = r"(?:(?!\w)|(?<=\W))"
# Fields the extractors fill with a resolved name or a kind, not with the document's words: left in English.
RESOLVED_FIELDS = frozenset(
    {"region_name", "attribute", "scope", "role", "context", "reported_unit", "reported_currency", "comparator"}
)
# The glossed languages of Latin script, as the language identifier names them.
GLOSSED = tuple(language for language in PHRASES if language not in READ_AS_CHINESE)


@dataclasses.dataclass
class Glossed:
    """A text read in English, with the replacements that made it: (start, end) in the text as written and in the
    glossed text, in order."""

    text: str
    old: list[tuple[int, int]]
    new: list[tuple[int, int]]

    def __post_init__(self) -> None:
        self._new_starts = [start for start, _ in self.new]

    def original(self, position: int, end: bool = False) -> int:
        """The offset in the text as written of `position` in the glossed text: a start inside a replacement is
        the replaced words' start, an end inside one their end."""
        at = bisect.bisect_right(self._new_starts, position) - 1
        if at < 0:
            return position
        (old_start, old_end), (new_start, new_end) = self.old[at], self.new[at]
        if position >= new_end:
            return position - new_end + old_end
        return old_end if end and position > new_start else old_start


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier, loaded once (half a second), on the first text that needs it."""
    identifier = LanguageIdentifier.from_modelpath(Path(langid.__file__).parent / MODEL_FILE, norm_probs=False)
    identifier.set_languages(["en", *GLOSSED])
    return identifier


def glossed_language(text: str) -> str | None:
    """The language of a Latin-script text when it is one of the glossed ones, else None: only a text whose opening
    has few English function words is given to the language identifier (py3langid)."""
    sample = text[:SAMPLE].lower()
    words = sample.count(" ") + 1
    if words < 20 or sum(sample.count(word) for word in ENGLISH_WORDS) >= ENGLISH_SHARE * words:
        return None
    language, _ = _identifier().classify(sample)
    return language if language in GLOSSED else None


@cache
def _pattern(language: str) -> tuple[re.Pattern[str], list[Replacement]]:
    """One pattern for all of a language's phrases, its numbers and spaced colons, each a named group; and the
    replacement of each group, in order. Japanese and Korean have their numbers as they are ("3,618" is three
    thousand) and their words matched with no regard to spaces; Japanese is read in simplified characters ("億円" as
    "亿円")."""
    japanese = language == "ja"
    as_chinese = language in READ_AS_CHINESE
    numbers: list[tuple[str, Replacement]] = [
        (THOUSANDS_IN_WORDS, _thousands),
        (THOUSANDS_BEFORE_MILLIONS, _without_commas),
        (LOCAL_NUMBER, _digits),
        (SPACED_COLON, ":"),
    ]
    entries = [] if as_chinese else numbers
    entries += PHRASES[language]
    places = {place_form(own): english for own, english in {**country_names(language), **REGIONS[language]}.items()}
    if japanese:
        entries = [(to_simplified(pattern), replacement) for pattern, replacement in entries]
        places = {to_simplified(own): chinese for own, chinese in places.items()}
    names = "|".join(
        re.escape(n).replace(r"\ ", "[- ]").replace(r"\-", "[- ]") for n in sorted(places, key=len, reverse=True)
    )
    entries.append((names, lambda name: places.get(place_form(name), name)))
    start, end = ("", "") if as_chinese else (WORD_START, WORD_END)
    groups = "|".join(f"(?P<g{i}>{start}(?:{pattern}){end})" for i, (pattern, _) in enumerate(entries))
    return re.compile(groups, re.I), [replacement for _, replacement in entries]


def _without_commas(number: str) -> str:
    return number.replace(",", "")


def _thousands(number: str) -> str:
    """'2 mil 900' -> '2900', '22 mil 700' -> '22700'."""
    thousands, _, rest = number.partition(" mil ")
    return str(int(thousands) * 1000 + int(rest))


def _digits(number: str) -> str:
    """'1.312,6' -> '1312.6', '3 182,4' -> '3182.4', '31.600' -> '31600', '19,5' -> '19.5'."""
    whole, _, decimals = number.partition(",")
    whole = re.sub(r"[.\u00a0\u202f ]", "", whole)
    return f"{whole}.{decimals}" if decimals else whole


def gloss(text: str, language: str) -> Glossed:
    """`text` with the language's phrases, numbers and spaced colons read in English."""
    pattern, replacements = _pattern(language)
    pieces: list[str] = []
    old: list[tuple[int, int]] = []
    new: list[tuple[int, int]] = []
    last = length = 0
    for match in pattern.finditer(text):
        written = match.group(0)
        replacement = replacements[int(match.lastgroup[1:])]  # type: ignore[index]
        english = replacement(written) if callable(replacement) else replacement
        if english == written:
            continue
        if written[-1] in "'’" and not english.endswith(" "):  # "d'équipements": "for équipements"
            english += " "
        if written[:1].isupper() and english[:1].islower():
            english = english[0].upper() + english[1:]
        pieces.append(text[last : match.start()])
        length += match.start() - last
        old.append((match.start(), match.end()))
        new.append((length, length + len(english)))
        pieces.append(english)
        length += len(english)
        last = match.end()
    pieces.append(text[last:])
    return Glossed("".join(pieces), old, new)


def glossed_document(doc: CleanDocument, language: str) -> tuple[CleanDocument, Glossed]:
    """The document read in English (its text, and each of its title, bold phrases, headings, tables and lists
    glossed alike), and the glossed text's replacements."""
    body = gloss(doc.text, language)
    return doc.converted(lambda text: gloss(text, language).text, text=body.text), body


def written_back(facts: DocumentFacts, body: Glossed, doc: CleanDocument) -> DocumentFacts:
    """`facts` found in the glossed text at the document's offsets, each text they hold as the document writes it: a
    text at or around a fact's span (its name, its sentence) is the document's text at the same place; a text
    found nowhere near its fact (the main market's name, in a growth rate's) is written as the same text is written
    where it was found; a resolved name (a region's) stays as the extractors resolved it."""
    found: dict[str, str] = {}
    unplaced: list[tuple[object, str]] = []
    for record, name, start, end in texts_of(facts):
        if name in RESOLVED_FIELDS:
            continue
        value = getattr(record, name)
        at = body.text.find(value, max(0, start - len(value)), end + len(value))
        if at < 0:
            unplaced.append((record, name))
            continue
        own = doc.text[body.original(at) : body.original(at + len(value), end=True)]
        own = own.strip() if name == "evidence_text" else own  # not the line break a glossed sentence's end took
        found.setdefault(value, own)
        setattr(record, name, own)
    for kind in dataclasses.fields(facts):
        for item in getattr(facts, kind.name):
            item.char_start, item.char_end = body.original(item.char_start), body.original(item.char_end, end=True)
    for record, name in unplaced:
        value = getattr(record, name)
        titled = getattr(record, "attribute", None) == "report_title" and doc.title
        setattr(record, name, found.get(value, doc.title[:500] if titled else value))  # a page's title as it writes it
    return facts
