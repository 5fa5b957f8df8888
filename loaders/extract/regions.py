"""Regions and countries: the coverage lists, mentions in text, and regional share statements.

Names resolve through the same seed files dbt uses (seeds/regions.csv, seeds/region_aliases.csv).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from loaders.config import SEEDS_DIR
from loaders.extract.model import RegionMention, ShareMention
from loaders.extract.text import (
    TOC_NUMBER,
    evidence,
    lines_holding,
    lines_of,
    search_holding,
    sentence_bounds,
    sentences_near,
    to_number,
)

# "North America dominates the market with approximately 40% share"; "China, with a 5% share".
# Plainly (?<![\d.])(\d{1,2}(?:\.\d{1,2})?|100)\s?(?:%|percent|per cent), with the lookbehind checked after each
# branch's first digit, so that the pattern opens with digits and a scan skips to them (a lookbehind first is
# tried at every character).
PERCENT = re.compile(r"(\d(?<![\d.]\d)\d?(?:\.\d{1,2})?|1(?<![\d.]1)00)\s?(?:%|percent|per cent)")
SHARE_WORD = re.compile(r"\bshares?\b|\baccount(?:s|ed|ing)? for\b|\bheld\b|\bholds?\b|\bcontribut", re.I)
# What every SHARE_WORD match holds, in the case-folded text.
SHARE_LITERALS = ("share", "account", "held", "hold", "contribut")
# "Gulf Cooperation Council (GCC)": a name followed by its abbreviation.
TRAILING_ABBREVIATION = re.compile(r"\s*\([A-Z]{2,6}\)\s*$")
# "the U.S. market", "China's market", "India market": a statement about the country's market.
# "India's sports-tech market", "The Netherlands Agricultural Laser Instruments market": a country's market.
MARKET_AFTER = re.compile(
    r"(?:['’]s)?\s(?:(?!(?:for|the|a|an|of|to|in|on|and|or|its|their|our|this|that|global|which|is|was|will|"
    r"with|by|from|as)\s)[\w&/-]+\s){0,5}market\b",
    re.I,
)
# Words around a country that make it coverage rather than a dateline or a head office.
COUNTRY_CONTEXT = re.compile(
    r"countr(?:y|ies)|such as|like|including|led by|followed by|share|region|dominat|largest|fastest|"
    r"lead(?:s|ing)? the|growth in|demand in|adoption in|market in|markets? such|key markets?|"
    r"\b(?:is|remains|was|became|becomes) (?:a|an|the) (?:[\w-]+ ){0,2}market\b",
    re.I,
)
# "The United States is expected to add the most new capacity": a country a forecast is about.
COUNTRY_OUTLOOK = re.compile(r"\s(?:is|are)\s(?:expected|projected|forecast|anticipated|poised|set)\sto\b")
# "in the U.S.", "across India": a statement placed in a country.
IN_PLACE = re.compile(r"\b(?:in|across|throughout|within)\s(?:the\s)?$", re.I)
# "headquartered in the U.S.": where a company sits, not what the document covers.
SEATED_IN = re.compile(
    r"\b(?:based|headquartered|located|incorporated|offices?|listed|registered|born|founded|operations|made|"
    r"manufactured|produced|assembled|conducted|tested|approved|filed|granted|sold|offered|sale|jurisdiction|"
    r"subsidiary|facility|facilities|plant|factory|cent(?:er|re)s?|sites?|trials?|study|studies|patents?|place)\s"
    r"(?:\w+\s)?(?:in|across)\s(?:the\s)?$",
    re.I,
)
# "a “China plus one” sourcing strategy", "a China + 1 plan": a strategy's name, not a place ("China-plus-one" is
# no place already: a hyphen joins words).
PLUS_ONE_AFTER = re.compile(r"\s?(?:plus|\+)\s?(?:one|1)\b", re.I)
# "capacity outside China", "beyond Germany": a place named as left out.
OUTSIDE_BEFORE = re.compile(r"\b(?:outside|beyond)\s(?:of\s)?(?:the\s)?$", re.I)
# A country that opens the name of an institution: "United States Patent and Trademark Office".
INSTITUTION_AFTER = re.compile(
    r"(?:\s[A-Z][a-z]+(?:\sand)?){0,3}\s(?:Office|Administration|Agency|Department|Institute|University|"
    r"Commission|Ministry|Bureau|Council|Board|Army|Navy|Embassy)\b"
)
# "North America (US, Canada, Mexico)": a region followed by its countries in parentheses.
REGION_WITH_LIST = re.compile(
    r"(?:America|Europe|Asia|Pacific|APAC|Africa|MEA|East|World)\s?\((?:[^()]{2,40},\s?){1,}[^()]{2,40}\)"
)
REGION_HEADING = re.compile(
    r"\b(?:by\s(?:key\sgeographical\s)?(?:region|geography|geographies|regions)|regional\s(?:analysis|outlook|insights?|"
    r"segmentation|landscape)|geographic(?:al)?\s(?:analysis|segmentation|coverage|scope|breakdown)|"
    r"regions?\scovered|countries\scovered|by\scountry)\b",
    re.I,
)
# A press release's dateline: its city, maybe a country or state, its date, then a colon or a dash; or a city in
# capitals and its country before a dash, undated ("OSLO, Norway — Halvorsen Bioinsights today released …").
DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,2},\s){1,3}(?:\d{1,2}\s)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?:\d{1,2},?\s)?\d{4}"
    r"\s?(?:/[^/]{1,40}/\s?)?(?:\([^()\n]{2,60}\)\s?)?(?:[:–—-]{1,2}|\(\w+\))\s"  # "… 2025 (Wiseguy …) --"
    r"|[A-Z]{2,}(?:\s[A-Z]{2,}){0,2},\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s—\s"
)
# A hyphen between two letters ("Rest-of-the-World", "Asia-Pacific"), read as a space in a coverage list.
WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
# Between two places of a run: ", ", " and ", ", and the ", " & ".
PLACE_JOINER = re.compile(r"(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?")
# "exports to", "imported from", "imports of bias tyres from": where goods go or come from, not what the document
# covers.
TRADE_BEFORE = re.compile(  # "… with Kenyan refiners supplying Uganda, Rwanda and South Sudan"
    r"\b(?:export|import|ship)(?:s|ed|ing)?\s(?:of\s(?:[\w-]+\s){1,3}?|\w+\s)?(?:to|from|into)\s(?:the\s)?$"
    r"|\bsupplying\s$",
    re.I,
)
# A one-place note after a name: "Merck KGaA (Germany)", "Bio-Techne (US)".
SEAT_NOTE = re.compile(r"(?<=[\w.])\s\((?P<place>[A-Z][\w. ]{1,25})\)")
PARENTHESES = re.compile(r"\(([^()]{0,200})\)")
# A country's name in its currency's: "1.27 billion U.S. dollars", "Singapore dollars" name no place.
CURRENCY_AFTER = re.compile(r"\s(?i:dollars?)\b")
# What is left of a list of regions once its names are taken out: "and", "rest of the", "other", marks.
LIST_FILLER = re.compile(r"\b(?:and|rest of(?: the)?|others?)\b|[\W\d_]+", re.I)


# Adjectives of a place that qualify a market's name ("the European smart glass market"), with the region or
# country each names.
DEMONYMS = {
    "north american": "North America", "latin american": "Latin America", "south korean": "South Korea",
    "middle eastern": "Middle East & Africa", "asia-pacific": "Asia Pacific", "european": "Europe",
    "asian": "Asia Pacific", "african": "Middle East & Africa", "american": "United States", "chinese": "China",
    "japanese": "Japan", "indian": "India", "german": "Germany", "british": "United Kingdom", "french": "France",
    "italian": "Italy", "spanish": "Spain", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "australian": "Australia", "korean": "South Korea", "indonesian": "Indonesia", "saudi": "Saudi Arabia",
    "nordic": "Europe", "scandinavian": "Europe", "dutch": "Netherlands", "swiss": "Switzerland",
    "swedish": "Sweden", "polish": "Poland", "turkish": "Türkiye", "vietnamese": "Vietnam", "thai": "Thailand",
    "moroccan": "Morocco", "egyptian": "Egypt", "nigerian": "Nigeria", "south african": "South Africa",
    "emirati": "United Arab Emirates", "israeli": "Israel", "russian": "Russian Federation",
    "singaporean": "Singapore", "malaysian": "Malaysia", "filipino": "Philippines", "taiwanese": "Taiwan",
    "argentine": "Argentina", "chilean": "Chile", "colombian": "Colombia", "belgian": "Belgium",
    "austrian": "Austria", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "irish": "Ireland",
    "portuguese": "Portugal", "greek": "Greece", "czech": "Czechia", "pakistani": "Pakistan",
    "bangladeshi": "Bangladesh", "kenyan": "Kenya", "peruvian": "Peru", "hungarian": "Hungary",
    "romanian": "Romania", "ukrainian": "Ukraine",
}  # fmt: skip
DEMONYM_START = re.compile(rf"^(?:the\s)?(?P<demonym>{'|'.join(sorted(DEMONYMS, key=len, reverse=True))})\s", re.I)
PLACE_WORDS = 3  # the longest place name a market's name opens with, in words ("United Arab Emirates")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str
    parent: str


class RegionIndex:
    """Find region and country names in text and resolve them to the seed taxonomy."""

    def __init__(self, places: dict[str, Place], aliases: dict[str, str]):
        self.places = places
        self.aliases = aliases
        self._lower_aliases = {a.lower(): code for a, code in aliases.items() if not _case_sensitive(a)}
        self._sensitive = _automaton(a for a in aliases if _case_sensitive(a))
        self._insensitive = _automaton(a.lower() for a in aliases if not _case_sensitive(a))
        # Both lookups are pure functions of their text, asked again and again for the same names and sentences.
        self._resolved: dict[str, Place | None] = {}
        self._found = lru_cache(maxsize=1024)(self._find)

    def resolve(self, name: str) -> Place | None:
        if name in self._resolved:
            return self._resolved[name]
        if len(self._resolved) > 100_000:
            self._resolved.clear()
        place = self._resolved[name] = self._resolve(name)
        return place

    def _resolve(self, name: str) -> Place | None:
        bare = TRAILING_ABBREVIATION.sub("", name)
        for candidate in (name.strip(" ,:;()"), name.strip(" .,:;()"), bare.strip(" .,:;()")):
            candidate = candidate.replace("&amp;", "&")
            code = self.aliases.get(candidate) or self._lower_aliases.get(candidate.lower())
            if code:
                return self.places.get(code)
        if name[:4].lower() == "the " and len(name) > 5:
            return self._resolve(name[4:])  # "The UK", "the United States"
        return None

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Every region or country name in `text`, longest first where names overlap."""
        return list(self._found(text))

    def _find(self, text: str) -> tuple[tuple[int, int, Place], ...]:
        found: list[tuple[int, int, Place]] = []
        for start, end in self.occurrences(text):
            if _is_word_char(text, start - 1) or _is_word_char(text, end) or CURRENCY_AFTER.match(text, end):
                continue
            place = self.resolve(text[start:end])
            if place and place.code != "global":
                found.append((start, end, place))
        found.sort(key=lambda item: (item[0], -item[1]))
        out: list[tuple[int, int, Place]] = []
        for item in found:
            if out and item[0] < out[-1][1]:
                continue
            out.append(item)
        return tuple(out)

    def occurrences(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of every occurrence of an alias in `text`, overlapping ones included, words or not: the
        abbreviations as written, the other aliases in any case (when lowering the text keeps its offsets)."""
        lowered = text.lower()
        searches = [(self._sensitive, text)]
        if len(lowered) == len(text):
            searches.append((self._insensitive, lowered))
        for automaton, haystack in searches:
            if automaton is not None:
                for _, start, end in automaton.find_matches_as_indexes(haystack, overlapping=True):
                    yield start, end

    def first_region_in(self, text: str) -> str | None:
        found = self.find(text)
        return found[0][2].name if found else None


def place_prefix(name: str, index: RegionIndex) -> str | None:
    """The place a market's name opens with, before more words: "European smart glass" -> "Europe", "U.S.
    veterinary telehealth" -> "United States"; None for a name that does not open with one."""
    demonym = DEMONYM_START.match(name)
    if demonym:
        return DEMONYMS[demonym.group("demonym").lower()]
    words = name.split()
    for n in range(min(PLACE_WORDS, len(words) - 1), 0, -1):
        place = index.resolve(" ".join(words[:n]).removeprefix("the ").removeprefix("The "))
        if place and place.code != "global":
            return place.name
    return None


def place_named(name: str, index: RegionIndex) -> str | None:
    """The place a name is, whole: "Moroccan" -> "Morocco", "the U.S." -> "United States"; None for a name that is
    more than a place, or the world."""
    bare = name.removeprefix("the ").removeprefix("The ").strip()
    if bare.lower() in DEMONYMS:
        return DEMONYMS[bare.lower()]
    place = index.resolve(bare)
    return place.name if place and place.code != "global" else None


def _automaton(words: Iterable[str]) -> ahocorasick_rs.AhoCorasick | None:
    """An automaton that finds every occurrence of every word, overlapping ones included (offsets in characters)."""
    unique = list(dict.fromkeys(words))
    return ahocorasick_rs.AhoCorasick(unique) if unique else None


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_-$")


def _case_sensitive(alias: str) -> bool:
    """Abbreviations ('US', 'APAC', 'RoW', 'U.K.') only match as written; names match in any case."""
    return sum(ch.isupper() for ch in alias) >= 2 and len(alias.replace(".", "")) <= 5


@lru_cache(maxsize=4)
def load_index(seeds_dir: Path = SEEDS_DIR) -> RegionIndex:
    places: dict[str, Place] = {}
    with (seeds_dir / "regions.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            places[row["region_code"]] = Place(
                row["region_code"], row["region_name"], row["region_level"], row["parent_region_code"]
            )
    aliases: dict[str, str] = {}
    with (seeds_dir / "region_aliases.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aliases[row["alias"]] = row["region_code"]
    for place in places.values():
        aliases.setdefault(place.name, place.code)
    return RegionIndex(places, aliases)


# A figure after a listed place's colon: "Europe: USD 0.38 billion", "Asia Pacific: 41%".
FIGURE_AFTER_LABEL = re.compile(r"(?:USD|US\$|EUR|[$€£¥]|\d)")


# A coverage list's note after a place of the dimensions it is split by: "U.S. (By End-user)", "North America (By
# Type, By Technology, By End-user, and By Country)".
BY_NOTE = re.compile(r"\s\((?:By|by)\s[^()\n]{1,80}\)$")


def extract_regions(text: str, index: RegionIndex) -> list[RegionMention]:
    """Coverage lists (a region heading followed by place lines) and region names in the text."""
    out: list[RegionMention] = []
    covered: list[tuple[int, int]] = []
    lines = lines_of(text)
    heading_words = lines_holding(text, ("region", "geograph", "countr"))  # REGION_HEADING needs one
    in_coverage = False
    parent: str | None = None
    skip_until = -1
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if i <= skip_until or not stripped:
            continue
        if i in heading_words and REGION_HEADING.search(stripped):
            in_coverage, parent = True, None
            continue
        if not in_coverage or len(stripped) > 60 or (stripped[-1] in ".!?" and len(stripped.split()) > 3):
            in_coverage, parent = False, None
            continue
        name = stripped.rstrip(":").strip().lstrip("· ")  # a middle dot's bullet: "· North America"
        if name.endswith(")") and (note := BY_NOTE.search(name)):
            name = name[: note.start()]  # "U.S. (By End-user)": the place, its split by a dimension no part of it
        if name[:1].isdigit():
            name = TOC_NUMBER.sub("", name)  # "8.1.1 US" under "8. MARKET, BY KEY GEOGRAPHICAL REGIONS"
        label, colon, figure = name.partition(": ")
        if colon and (FIGURE_AFTER_LABEL.match(figure) or (index.resolve(label) and not index.find(figure))):
            name = label  # "Europe: USD 0.38 billion" under "Market Size By Region (2024)", "North America: Dominant
            # Region with a 38.6% Market Share"
        elif " market" in name.lower() and len(found := index.find(name)) == 1:
            name = name[found[0][0] : found[0][1]]  # "Europe Perfume Market Analysis and Trends": its section's place
        view = WORD_HYPHEN.sub(" ", name) if "-" in name else name  # "Rest-of-Europe" read as "Rest of Europe"
        start = line.start + line.text.find(name)
        nxt = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].text.strip()), None)
        if nxt is not None and not name.endswith(":"):
            joined = f"{name} {lines[nxt].text.strip()}"
            place = index.resolve(joined)
            if place and not index.resolve(lines[nxt].text.strip()):
                out.append(_mention(text, start, lines[nxt].end, joined, place, parent))
                covered.append((start, lines[nxt].end))
                skip_until = nxt
                continue
        place = index.resolve(view)
        if place is None and not index.find(view):
            in_coverage, parent = False, None
            continue
        if stripped.endswith(":") and place and place.level == "region":
            parent = name
        found = index.find(view) if place is None else []
        # "o Europe: Germany", "North America (United States)", a table cell "U.S., Canada"; "Argentina Korea" (a
        # broken item) stays as written
        if found and _has_list_mark(name) and _mostly_places(view, index):
            head = found[0][2].name if found[0][2].level == "region" and len(found) > 1 else parent
            for s, e, where in found:
                out.append(_mention(text, start + s, start + e, name[s:e], where, head))
                covered.append((start + s, start + e))
            continue
        out.append(_mention(text, start, start + len(name), name, place, parent))
        covered.append((start, start + len(name)))
    places = index.find(text)
    coordinated = _coordinated(text, places)
    for start, end, place in places:
        if any(s <= start < e for s, e in covered):
            continue
        if place.level == "country" and start not in coordinated and not _listed_country(text, start, end, index):
            continue
        if place.level == "country" and (
            PLUS_ONE_AFTER.match(text, end) or OUTSIDE_BEFORE.search(text, max(0, start - 16), start)
        ):
            continue  # "a “China plus one” strategy", "capacity outside China": no place the document covers
        if place.level == "country" and text[start - 1 : start] == "(" and _company_seat(text, start, end, index):
            continue
        out.append(
            RegionMention(
                start,
                end,
                evidence(text, start, end),
                name_as_written=text[start:end],
                region_name=place.name,
                context="text",
            )
        )
    return out


def _mention(text: str, start: int, end: int, name: str, place: Place | None, parent: str | None) -> RegionMention:
    """A coverage-list entry; an unresolved one keeps its name as written and no region."""
    return RegionMention(
        start,
        end,
        evidence(text, start, end),
        name_as_written=name,
        region_name=place.name if place else None,
        parent_as_written=parent if parent != name else None,
        context="coverage_list",
    )


def _coordinated(text: str, places: list[tuple[int, int, Place]]) -> set[int]:
    """The starts of the places named in a run of two or more joined by commas or "and" ("Germany, the UK, France
    and Italy account for most implants", "In Asia Pacific, China and Japan lead"): places a statement lists,
    unless the run says where something sits ("plants in Germany and France") or a company trades with ("exports to
    Paraguay and Bolivia")."""
    runs: list[list[tuple[int, int, Place]]] = []
    for place in places:
        if runs and PLACE_JOINER.fullmatch(text, runs[-1][-1][1], place[0]):
            runs[-1].append(place)
        else:
            runs.append([place])
    out: set[int] = set()
    for run in runs:
        if len(run) < 2 or all(place.level != "country" for _, _, place in run):
            continue  # a region is coverage wherever it is named
        before = text[max(0, run[0][0] - 40) : run[0][0]]
        if not (SEATED_IN.search(before) or TRADE_BEFORE.search(before)):
            out |= {start for start, _, _ in run}
    return out


def _company_seat(text: str, start: int, end: int, index: RegionIndex) -> bool:
    """Whether the country in parentheses at `start` is a listed company's seat: a note after a name that is no
    place, in a sentence with two such notes or more ("GenScript (China), Merck KGaA (Germany), Bio-Techne (US)");
    not "North America (US)", nor "Europe (Germany), Asia (China)"."""
    if text[end : end + 1] != ")":
        return False
    s, e = sentence_bounds(text, start, end)
    seats = 0
    for note in SEAT_NOTE.finditer(text, s, e):
        before = text[max(s, note.start() - 30) : note.start()]
        named = index.find(before)
        if index.resolve(note.group("place")) and not (named and named[-1][1] == len(before)):
            seats += 1
    return seats >= 2


def _listed_country(text: str, start: int, end: int, index: RegionIndex) -> bool:
    """A country counts as coverage when it sits in a list or a 'countries like' phrase."""
    if INSTITUTION_AFTER.match(text, end):
        return False
    s, e = sentence_bounds(text, start, end)
    dateline = DATELINE.match(text, s, e)
    if dateline and start < dateline.end():  # "OSLO, Norway, June 24, 2025 --": where the release was written
        return False
    sentence = text[s:e]
    if _has_list_mark(sentence) and _mostly_places(sentence, index):
        return True
    if e - s <= len(text[start:end]) + 3 or text.startswith(":", end) or MARKET_AFTER.match(text, end):
        return True
    if COUNTRY_OUTLOOK.match(text, end):
        return True
    if PARENTHESES.search(sentence) and REGION_WITH_LIST.search(sentence):
        return True
    before = text[max(s, start - 40) : start]
    if SEATED_IN.search(before):
        return False  # "opened a new … manufacturing facility in Singapore": where a company sits, whatever follows
    if IN_PLACE.search(before):
        return True  # "in the U.S., the incidence ...": a statement about the country
    return bool(COUNTRY_CONTEXT.search(sentence))


def _has_list_mark(text: str) -> bool:
    """Whether `text` holds a mark that separates or introduces listed places: , ; : ("""
    return any(mark in text for mark in ",;:(")


def _mostly_places(sentence: str, index: RegionIndex) -> bool:
    """'North America: Canada, Mexico' or 'Egypt, Israel, Saudi Arabia': a line that is a list of places."""
    rest = sentence
    for start, end, _ in reversed(index.find(sentence)):
        rest = rest[:start] + rest[end:]
    leftover = LIST_FILLER.sub("", rest)
    return len(leftover) <= 3


def extract_shares(text: str, index: RegionIndex) -> list[ShareMention]:
    """Regional share statements: each region paired with the first percentage after it."""
    out: list[ShareMention] = []
    for s, e in sentences_near(text, ("%", "per")):  # PERCENT needs one of them
        sentence = text[s:e]
        if not search_holding(SHARE_WORD, sentence, SHARE_LITERALS) or not PERCENT.search(sentence):
            continue
        places = index.find(sentence)
        for k, (ps, pe, _place) in enumerate(places):
            limit = places[k + 1][0] if k + 1 < len(places) else len(sentence)
            match = PERCENT.search(sentence, pe, limit)
            if not match or re.search(r"\bCAGR\b|growth", sentence[pe : match.start()], re.I):
                continue
            value = to_number(match.group(1))
            if value is None:
                continue
            out.append(
                ShareMention(
                    s + ps, s + match.end(), sentence.strip()[:600], region_name=sentence[ps:pe], share_percent=value
                )
            )
    return out
