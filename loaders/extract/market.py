"""The report's title, its main market name and its forecast period."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from loaders.extract.model import Attribute
from loaders.extract.money import CURRENCY_CODES
from loaders.extract.regions import DEMONYMS, PLACE_WORDS, Place, RegionIndex, load_index, place_prefix
from loaders.extract.text import (
    abbreviates,
    evidence,
    figure_starts,
    finditer_at,
    finditer_opening,
    fold,
    folded,
    literal_positions,
    sentence_bounds,
)

# Words that open a name run but are not part of the market's name.
LEADING_NOISE = re.compile(
    r"^(?:(?:global\s(?:and|&)\s(?:china|japan|united\sstates|us|europe|india)"  # "Global and China X Market"
    r"|(?:retail\s)?value\sof|sales\sof|revenue\sof|the|global|worldwide|world|international|overall|total|a|an"
    r"|new|latest|report|on|in|of"
    r"|for|to|and|by|from|with|usd|us\$|\$?[\d.,]+|billion|million|trillion|bn|mn|[\d.,]+%?"
    r"|cagr|news|bulletin|press|release|research|study|analysis|size|share|trends?|outlook"
    r"|insights?|forecast|exclusive|at|will|is|are|its|this|that|how|why|what|whole|entire|full)[ ]+)+",
    re.I,
)
TRAILING_NOISE = re.compile(r"(?:[ ]+(?:the|and|of|in|for|&|to|global|size|share))+$", re.I)
# "2024 - 2031", "2023–2030", "2024 to 2031" — a forecast period as titles write it.
YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?(?:-|–|—|to|through)\s?((?:19|20)\d{2})(?!\d)")
# "forecast period 2023-2030", "forecast period (2024–2031)", "from 2024 to 2030" near "forecast".
FORECAST_SPAN = re.compile(
    # not the past years a forecast's analysis shows first: "Forecast Analysis: Market trends (2019 to 2024) and …";
    # a table's "Forecast period" over "2025-2034" (a cell a line)
    r"forecast(?:s|ed)?\s(?:period|years?|timeline|horizon)?(?:(?!trends\b)[^.\n\d]){0,40}?"
    r"(?:from\s|between\s|of\s|\(|,\s|\n\n?)?((?:19|20)\d{2})\s?(?:-|–|—|to|through|and)\s?((?:19|20)\d{2})",
    re.I,
)
# The years before their name: "… market revenue growth between 2024 and 2033, the forecast period of this study",
# looked for this far before the name.
SPAN_BEFORE_FORECAST = re.compile(
    r"\b(?:between|from)\s((?:19|20)\d{2})\s(?:and|to)\s((?:19|20)\d{2})(?=,?\s(?:the|our)\s$)"
)
FORECAST_NAMES = ("forecast period", "forecast horizon")
SPAN_REACH = 36
GENERIC_NAMES = frozenset(
    {"the", "this", "global", "overall", "total", "stock", "target", "end", "key", "bigger", "larger", "big", "large",
     "growing", "emerging", "booming", "huge", "broader", "wider", "lucrative", "fast-growing", "outsourced", "real"}
)  # fmt: skip


# A research firm's name in capitals over its release ("HEARTHSTONE CONSUMER RESEARCH -- MARKET NOTE"): no market.
FIRM_BANNER = re.compile(
    r"^[A-Z0-9&.' -]+\s(?:RESEARCH|CONSULTING|ADVISORY|ADVISORS|PARTNERS|INSIGHTS|ANALYTICS|INTELLIGENCE|GROUP)$"
)


# A note in lower case words after a market's name, no abbreviation of it: "(translation & interpreting)".
LOWER_NOTE = re.compile(r"\([a-z][a-z&,/ -]*\s[a-z&,/ -]*\)")


def clean_market_name(raw: str) -> str | None:
    """'Global Bio CMO' -> 'Bio CMO'; None when nothing name-like is left."""
    name = LEADING_NOISE.sub("", raw.strip(" -–:|,.'\"“”‘’"))
    name = TRAILING_NOISE.sub("", name).strip(" -–:|,.'\"“”‘’")
    opened = name.rfind("(")
    if opened >= 0 and ")" not in name[opened:]:  # "MarketsandMarkets (Box Build Assembly": what it opens
        name = name[opened + 1 :].strip()
    elif opened > 0 and name.endswith(")") and LOWER_NOTE.fullmatch(name, opened):
        name = name[:opened].rstrip()  # "language services (translation & interpreting)": its note aside
    if not name or name.lower() in GENERIC_NAMES or not TWO_LETTERS.search(name) or FIRM_BANNER.match(name):
        return None
    if name.lower() in DEMONYMS:
        return None  # "Adhesives contract manufacturing: European market grows …": a place's adjective alone
    return name


def extract_title(text: str, title: str | None) -> Attribute | None:
    """The report title: the page's h1 / front-matter title, else the first line."""
    first_line = text.split("\n", 1)[0].strip()
    value = (title or first_line).strip()
    if not value:
        return None
    start = text.find(value)
    if start < 0:
        start, value_span = 0, first_line
    else:
        value_span = value
    end = start + len(value_span)
    return Attribute(start, end, value_span[:600], attribute="report_title", value_text=value[:500])


# "X market" / "X industry" with up to eight words before it, any case: "the thermal spray coatings market".
# The word "market" (or "industry") that ends a market's name, not "market cap", "market share", a publication's
# name ("Gulf Industry Daily") ...
MARKET_WORD = re.compile(
    r"(?<= )(?<!end-use )(?:market|industry)\b(?!-\s)"  # not a segmentation's "End-Use Industry"
    r"(?![ -](?:cap|capitali[sz]ation|share|shares|leaders?|position|prices?|participants|players|research|reports|"
    r"watch|close|open|data|making|maker|makers|entry|access|debut|insights?|intelligence|advisory|analytics|"
    r"consult\w*|daily|weekly|today|journal|magazine|times|digest|newsletter|models?|review(?!\s(?:19|20)\d\d))\b)",
    re.I,
)
# The word that ends the name of what a figure is stated for.
SUBJECT_WORD = re.compile(MARKET_WORD.pattern.replace("(?:market|industry)", "(?:markets?|industry|sector)", 1), re.I)
# A word that can be part of a market's name.
NAME_TOKEN = re.compile(r"[\w&/().,'’+-]{1,60}")
# "market for brain tumor treatments", "market of renewable energy"
# A stated figure: a money amount or a growth rate.
FIGURE = re.compile(
    rf"(?:US\$|USD|\$|€|£|¥|₹|INR|Rs\.?|EUR|GBP|JPY|CNY|RMB|\b(?:{CURRENCY_CODES})\b)\s?\d|\bCAGR\b"
    r"|\d\s?%\s(?:annually|a year|per year)",  # "SEK 9.8bn" as any other currency's amount
    re.I,
)
# Where a FIGURE match can start: one of these (in any case), or a digit one or two characters before a "%".
FIGURE_LITERALS = (
    "us$", "usd", "$", "€", "£", "¥", "₹", "inr", "rs", "eur", "gbp", "jpy", "cny", "rmb", "cagr",
    *CURRENCY_CODES.lower().split("|"),
)  # fmt: skip
MARKET_FOR = re.compile(r"\b(?:market|industry)\s(?:for|of)\s((?:[\w&/'’+-]+[ ]?){1,6})", re.I)
# A year or a span of years, as a word: no part of a market's name.
YEARS_WORD = re.compile(r"^(?:19|20)\d{2}(?:[-–](?:19|20)\d{2})?:?$")
# Words that cannot start a market name.
NAME_STOP_START = frozenset(
    """the a an global worldwide world overall total this that these its their our your in of for to and
    or by with on at from as is are was were will be new entire whole wider broader broad emerging
    growing rapidly fast booming lucrative current multi-billion billion-dollar dollar billion million
    trillion usd us$ expanding evolving rising key major leading international regional domestic
    local fastest largest biggest fastest-growing estimated projected expected said says says: which where how why
    what when has have had been reach reaching grow growing value valued size share analysis report
    research study forecast trends outlook insights exclusive latest news bulletin press release about
    per than more most such other another each every all any some own based related potential addressable
    untapped huge massive big vast significant promising attractive enormous lucrative sizable one two three mature
    several many same served""".split()
)
# Words that cannot be inside a market name (verbs, clause words).
NAME_STOP_INSIDE = frozenset(
    """whose which who where is are was were will be been has have had to reach reached reaching grow grows grew growing
    expected projected estimated said says according which that with by at from as than into over
    during while whereas because through across within between among valued worth surpass exceed
    hit set poised likely could would should may might can shall per cent percent market markets industry
    like unlike push pushes propel propels puts""".split()  # a headline's "AI racks push server ODM market to …"
)
# Words before which a name never extends: "estimates the global retinoblastoma treatment market".
NAME_BREAK = frozenset("the a an global worldwide this that these those their our his her any".split())
CURRENCYISH = re.compile(r"^(?:[$€£¥₹]|us\$|usd$|eur$|inr$|rs\.?$)", re.I)
PLAIN_NUMBER = re.compile(r"^\(?[\d.,]+%?\)?$")
GENERATION = re.compile(r"^\d$")  # "7" of "Wi-Fi 7"
SCALE_WORDS = frozenset({"billion", "million", "trillion", "bn", "mn", "multi-billion", "billion-dollar"})
ABBREVIATED = re.compile(r"^(?:[A-Z]\.){1,3}$")
MONEYISH = re.compile(r"^(?:[$€£¥₹]|us\$|usd|\d|\(?\d)", re.I)
FOR_STOP = re.compile(
    r"\s(?:is|are|was|were|will|to|in|by|from|at|with|which|that|has|have|could|would|reached|reaches|reach|"
    r"grew|grows|grow|rose|shrinks|expected|projected|estimated|valued|worth|set|size|during|over|through|continues?|"
    r"remains?|shows?|saw|sees|accounts?|represents?|stands?|totall?ed|totals?|hit|hits|amounts?)\b(?!-).*$",
    re.I,
)
# "Menopause is a $600 billion market", "Microbiome CDMO, a USD 0.7 billion market": the subject of a sized market.
IS_SIZED_MARKET = re.compile(
    r"(?: (?:is|are|represents?|becomes?)|,(?= an? )) (?:an? |the )?(?:estimated |potential )?"
    r"(?:(?:US)?[$€£]|USD ?)?[\d.,]+\+? ?"
    r"(?:billion|million|trillion|bn|mn)(?:[ -]dollar)? (?:market|industry)\b",
    re.I,
)
# Where an IS_SIZED_MARKET match starts (found in the case-folded text).
SIZED_OPENINGS = (" is ", " are ", " represent", " become", ", a ", ", an ")  # ", a …": "Microbiome CDMO, a USD …"
# The rest of an amount after its figure's first characters: "$|20 billion", "USD |1.2 Bn".
AMOUNT_REST = re.compile(r"[\d.,]*\s?(?:billion|million|trillion|bn|mn)?\b", re.I)
# "... the $20 billion| global AI-driven retail market": a name right after an amount, ending in "market".
ATTRIBUTIVE_MARKET = re.compile(
    r"[ -](?:(?:global|worldwide)\s)?((?:[\w&/()-]+\s){0,4}?[\w&/()-]+)\s(?:market|industry)\b", re.I
)
# "IT spending", "ad spend": spending named by what it is on, a market of its own.
SPEND_WORD = re.compile(r"(?<= )spend(?:ing)?\b(?! (?:on|in|for|by|of)\b)", re.I)
SPENDING_END = re.compile(r"(?<= )spending$")
# Words that say what kind of market, not which one: not enough for two names to be kin.
KIND_WORDS = frozenset(
    """market industry sector global services service products product solutions systems equipment devices
    technology technologies software and of the for in""".split()
)

# A name has a word of two letters or more somewhere.
TWO_LETTERS = re.compile(r"[^\W\d_]{2}")  # letters of any script: "açaí"
# The word "market" itself, in any case.
MARKET = re.compile(r"\bmarket\b", re.I)
# An abbreviation in parentheses: "(AI)", "(CMO)".
PARENTHETICAL = re.compile(r"\s*\([^()]{1,40}\)")
# A name that defines its abbreviation: "Drug Metabolism and Pharmacokinetics (DMPK) Services Outsourcing", whose
# short form "DMPK Services Outsourcing" the document may use more.
DEFINES_ABBREVIATION = re.compile(r"(?P<long>\S.*?)\s\((?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})\)(?P<rest>(?:\s.+)?)")
# "artificial intelligence (AI) market in healthcare sector": the sector completes the name.
MARKET_IN_SECTOR = re.compile(r" in (?:the )?((?:[A-Za-z&-]+ ){0,2}(?:sector|vertical|space|domain))\b", re.I)
# "... market in healthcare" right before the word "sector".
MARKET_IN_BEFORE = re.compile(r"\b(?:market|industry) in (?:the )?(?:[A-Za-z&-]+ ){0,3}$", re.I)


# A document asks for the names before the same words again and again (its text, its body, each sentence
# around a figure): each answer is worked out once.
@lru_cache(maxsize=4096)
def name_suffixes(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name candidates ending at the last word: 'the US thermal spray coatings' -> 'coatings', ...,
    'US thermal spray coatings'; never across punctuation, a verb or a money amount."""
    out: list[str] = []
    if words and words[-1].lower() in {"the", "a", "an", "el"}:
        return ()  # "a comprehensive analysis of the| market's current state": no name ends with an article (nor a
        # glossed release's "la consultora estima el| market size")
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        lower = word.lower().strip("\"'“”‘’()")
        punctuated = word[-1] in ",;:!?" or (word[-1] == "." and not ABBREVIATED.match(word))
        if k < len(words) - 1 and punctuated and not (word[-1] == "," and _series_after(words, k)):
            break
        if lower in {"as", "a"} and _as_a_service(words, k):
            continue  # "Contact Center as a Service": the words inside the name, none its start
        if lower in NAME_STOP_INSIDE or lower in SCALE_WORDS or CURRENCYISH.match(lower):
            break
        if PLAIN_NUMBER.match(lower):
            if k < len(words) - 1 and not _generation(words, k):
                break
            continue
        if lower.endswith(("'s", "’s")) and k < len(words) - 1 and words[k + 1][:1].islower():
            break
        if lower in NAME_BREAK and not (lower == "the" and k > 0 and words[k - 1].lower() == "of"):
            break
        if word == "its":
            break  # "… just dropped its| aircraft tires market"; not a title's "Cellulose Ether & Its Derivatives"
        if lower in NAME_STOP_START:
            continue
        name = " ".join(words[k:]).strip(" ,.;:'\"“”‘’")
        if TWO_LETTERS.search(name):
            out.append(name)
    return tuple(out)


def _generation(words: tuple[str, ...], k: int) -> bool:
    """Whether the number words[k] is a generation's, inside a name: "Wi-Fi 7 Access Point"."""
    return k > 0 and GENERATION.match(words[k]) is not None and "-" in words[k - 1]


def _series_after(words: tuple[str, ...], k: int) -> bool:
    """Whether the comma of words[k] opens a name's series of three, after which "and" is the next word but one:
    "Testing, Inspection and Certification", "Flavors, Fragrances and Aroma Chemicals"."""
    return (
        k + 3 < len(words)
        and words[k + 2].lower() == "and"
        and words[k][:1].isupper() == words[k + 1][:1].isupper()
        and not _is_place(words[k][:-1])  # "In 2024, Europe, Germany and France …": places, no name
    )


def _as_a_service(words: tuple[str, ...], k: int) -> bool:
    """Whether words[k] is the "as" or the "a" of "… as a Service" ("Contact Center as a Service")."""
    lower = words[k].lower()
    if lower == "as":
        return k + 1 < len(words) and words[k + 1].lower() == "a" and _service(words, k + 2)
    return lower == "a" and k > 0 and words[k - 1].lower() == "as" and _service(words, k + 1)


def _service(words: tuple[str, ...], k: int) -> bool:
    return k < len(words) and words[k].lower().startswith("service")


OPENING_QUOTES = frozenset("\"“‘'«")


def is_name_token(word: str) -> bool:
    """NAME_TOKEN.fullmatch(word), answered without the pattern for the commonest words: letters and digits
    only (str.isalnum is true exactly for the characters \\w takes, but "_")."""
    if 0 < len(word) <= 60 and word.isalnum():
        return True
    return NAME_TOKEN.fullmatch(word) is not None


def words_before(text: str, pos: int, limit: int = 8) -> tuple[str, ...]:
    """Up to `limit` name-like words right before `pos` on the same line: '... the bio CMO |market'."""
    line_start = text.rfind("\n", max(0, pos - 600), pos) + 1
    words: list[str] = []
    for word in reversed(text[max(line_start, pos - 600) : pos].split(" ")[:-1]):
        quoted = word[:1] in OPENING_QUOTES and is_name_token(word[1:])  # '"Softgel Contract Manufacturing Market'
        if not (quoted or is_name_token(word)) or len(words) == limit:
            break
        words.append(word[1:] if quoted else word)
        if quoted:
            break  # the quote opens the name: 'the Crate & Needle Research "Vinyl Records Market Report"'
    return tuple(reversed(words))


def name_before(text: str, pos: int, limit: int = 8) -> str | None:
    """The fullest name ending right before `pos`: '... the hardware |segment' -> 'hardware'."""
    names = name_suffixes(words_before(text, pos, limit))
    return names[-1] if names else None


def market_candidates(text: str) -> list[str]:
    """Every plausible market name in `text`, as written, one entry per occurrence and suffix."""
    found: list[str] = []
    starts = literal_positions(folded(text), ("market", "industry"))  # where the patterns can start
    if not starts:
        return found
    for match in finditer_at(MARKET_WORD, text, starts):
        if text.startswith("/", match.end()) and not text[match.end() + 1 : match.end() + 2].isalpha():
            continue  # "shared drive: /Deals/2026/Project Lantern/02 Market/": a folder's path
        words = words_before(text, match.start())
        names = name_suffixes(words)
        name_start = match.start() - len(names[-1]) - 1 if names else 0
        if names and WIDER_BEFORE.search(text, max(0, name_start - 9), name_start):
            continue  # "The wider semiconductor test equipment market, which we size separately": not the main one
        found += names
        if names:
            found += _possessed(words, names[-1])
        sector = MARKET_IN_SECTOR.match(text, match.end())
        if sector and names:
            found += [f"{name} in {sector.group(1)}" for name in names]
    for match in finditer_at(MARKET_FOR, text, starts):
        name = market_for_name(match)
        if name:
            found.append(name)
    for match in sized_statements(text):
        found += name_suffixes(words_before(text, match.start() + 1 + (match.group(0)[0] == ",")))  # after ", "
    return found


def _possessed(words: tuple[str, ...], name: str) -> list[str]:
    """ "India's solar water pump market": the market of the place whose name is written before it, named with
    the place ("India solar water pump"), as a candidate beside the name without it."""
    n = len(name.split())
    if len(words) <= n or not words[-n - 1].endswith(("'s", "’s")):
        return []
    for k in range(min(PLACE_WORDS, len(words) - n), 0, -1):
        place = " ".join(words[-n - k : -n])[:-2]
        if _is_place(place):
            return [f"{place} {name}"]
    return []


def sized_statements(text: str) -> Iterator[re.Match[str]]:
    """IS_SIZED_MARKET.finditer(text), tried only where its opening words are."""
    return finditer_opening(IS_SIZED_MARKET, text, SIZED_OPENINGS, any_case=True)


def spend_candidates(text: str) -> list[str]:
    """Spending named as a market: 'New IT Spend Report' -> 'IT Spend', 'IT spending is projected ...'."""
    found: list[str] = []
    for match in SPEND_WORD.finditer(text):
        names = name_suffixes(words_before(text, match.start(), limit=2))
        # not "Half of Spend" ("Top Five Vendors Control Half of Spend"): a name ends with a word of its own
        found += [f"{name} {match.group(0)}" for name in names if name.split()[-1].lower() not in NAME_STOP_START]
    return found


def market_for_name(match: re.Match[str]) -> str | None:
    """The name in a MARKET_FOR match: 'market for cardboard box manufacturing was ...' -> 'cardboard box
    manufacturing'."""
    if match.string.startswith("$", match.end(1)):
        return None  # "A MARKET OF US$ 2 071,9 MILLION BY 2032": an amount
    phrase = FOR_STOP.sub("", match.group(1)).strip(" ,.;:")
    words = re.split(r"[,.;:]\s", phrase)[0].split()
    while words and YEARS_WORD.match(words[-1]):  # "market for CRO en dermatologie 2025-2030: …"
        words.pop()
    words = _without_placed_end(words)
    if words and words[0].lower() not in NAME_STOP_START and not MONEYISH.match(words[0]):
        return " ".join(words[:6])
    return None


@lru_cache(maxsize=4096)  # a document names its market the same way many times
def _key(name: str) -> str:
    """Names that differ only by an abbreviation in parentheses are one market: 'AI (ML) x' = 'AI x'."""
    return SPENDING_END.sub("spend", " ".join(PARENTHETICAL.sub(" ", name.lower()).split()))


def _counts(names: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    counts: dict[str, int] = {}
    display: dict[str, str] = {}
    for name in names:
        key = _key(name)
        if not key:
            continue
        counts[key] = counts.get(key, 0) + 1
        shown = display.get(key)
        if shown is None or (name[:1].isupper(), "(" in name) > (shown[:1].isupper(), "(" in shown):
            display[key] = name
    return counts, display


@lru_cache(maxsize=1024)  # asked for the same clause by several extractors
def subject_market(before: str) -> str | None:
    """The market a clause is about: the fullest name in its last named 'X market' / 'X industry' /
    'X sector' phrase, or the goods of "sales of X were"; None when the clause names no market or only 'the
    (global) market'."""
    low = before.lower()
    if "market" not in low and "industry" not in low and "sector" not in low:
        return _sales_of(before) if "sales of " in low else None
    for match in reversed(list(SUBJECT_WORD.finditer(before))):
        if match.group(0).lower() == "sector" and MARKET_IN_BEFORE.search(before, 0, match.start()):
            continue  # "... market in healthcare sector": the market's phrase names the subject
        if before.startswith(")", match.end()) and SUBJECT_WORD.search(before, 0, before.rfind("(", 0, match.start())):
            continue  # "The market for X (Latin America X Market) valued at": the name the clause gave it before
        names = name_suffixes(words_before(before, match.start()))
        if names:
            sector = MARKET_IN_SECTOR.match(before, match.end())
            return f"{names[-1]} in {sector.group(1)}" if sector else names[-1]
        phrase = MARKET_FOR.match(before, match.start())
        name = market_for_name(phrase) if phrase else None
        if name:
            return name
    return None


def _sales_of(before: str) -> str | None:
    """ "Global sales of cold-pressed juice will reach": the goods whose sales a figure states, named as a market."""
    sales = SALES_OF.search(before)
    name = sales.group("name") if sales else None
    return name if name and name.split()[0].lower() not in NAME_STOP_START and clean_market_name(name) else None


# "(Global) sales of cold-pressed juice will reach", "sales of cold-pressed juice were worth".
SALES_OF = re.compile(r"\bsales\sof\s(?P<name>(?:[\w-]+\s){0,3}?[\w-]+)\s(?:will|were|rose)\b", re.I)


def attributive_market(after: str) -> str | None:
    """'$20 billion| global AI-driven retail market': the market an amount is written in front of."""
    match = ATTRIBUTIVE_MARKET.match(after)
    if not match:
        return None
    name = name_before(after, match.end(1) + 1)
    return name if name and after[: match.end(1)].endswith(name) and len(name) >= len(match.group(1)) - 1 else None


def _sized_subjects(text: str) -> Counter[str]:
    """Markets that a figure is stated for: '... the cancer vaccine market is projected to reach $X', 'the
    $20 billion AI-driven retail market'."""
    subjects: Counter[str] = Counter()
    for figure in finditer_at(FIGURE, text, figure_starts(text, FIGURE_LITERALS)):
        s, e = sentence_bounds(text, figure.start(), figure.end())
        subject = subject_market(text[s : figure.start()])
        if subject is None and figure.group(0)[-1].isdigit():
            amount = AMOUNT_REST.match(text, figure.end(), e)
            subject = attributive_market(text[amount.end() : e]) if amount else None
        if subject is None:
            spent = spend_candidates(text[s : figure.start()])
            subject = spent[-1] if spent else None
        if subject is None and s > 0 and THE_MARKET.search(text, s, figure.start()):
            subject = subject_market(text[sentence_bounds(text, s - 1, s - 1)[0] : s])  # the sentence before's
        if subject and not WIDER_BEFORE.search(text, max(s, figure.start() - 400), _last_at(text, subject, s, figure)):
            subjects[subject] += 1
    return subjects


# "Mordor Intelligence has published its latest outlook on the global dried pasta market. The firm puts the market at
# USD 21.84 billion in 2025": a figure for "the market", the one the sentence before names.
THE_MARKET = re.compile(r"\b(?:puts|values|sizes|pegs)\sthe\smarket\sat\s")
# "the wider European pest control market at around EUR 4.3bn" in a report on the Nordic one: a market said to hold
# the one a document is about is not its main market.
WIDER_BEFORE = re.compile(r"\b(?:wider|broader)\s$", re.I)


def _last_at(text: str, name: str, start: int, figure: re.Match[str]) -> int:
    """Where the last `name` before `figure` in its sentence (from `start`) begins, or where the figure does (in the
    document's folded text, lowered once and offset for offset)."""
    at = folded(text).rfind(fold(name), start, figure.start())
    return at if at >= 0 else figure.start()


def same_stems(a: str, b: str) -> bool:
    """'cell therapy' and 'cellular therapeutics': word for word, the same stems."""
    x, y = re.split(r"[\s-]+", a.strip()), re.split(r"[\s-]+", b.strip())
    return len(x) == len(y) > 0 and all(_same_stem(u, v) for u, v in zip(x, y, strict=True))


def _same_stem(u: str, v: str) -> bool:
    if u == v:
        return True
    common = next((k for k, (a, b) in enumerate(zip(u, v, strict=False)) if a != b), min(len(u), len(v)))
    return common >= 4 and common >= 0.5 * min(len(u), len(v))


def _shares_stem(a: str, b: str) -> bool:
    """'cancer vaccine' and 'cancer vaccination', 'ai-driven retail' and 'ai-driven advertising': a word of
    the one has the stem of a word of the other (words that name no particular market left out)."""
    x = [w for w in a.split() if w not in KIND_WORDS and not _is_place(w)]  # "japan": no market of its own
    y = [w for w in b.split() if w not in KIND_WORDS and not _is_place(w)]
    return any(_same_stem(u, v) for u in x for v in y)


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    """A country's or region's name ('japan', 'india'), in a market's name."""
    return load_index().resolve(word) is not None


# How far into a document a country's market is named with its place for that place to be the document's.
HOME_REACH = 400
GLOBAL_AND = re.compile(r"\bglobal\s(?:and|&)\s$", re.I)


def _home_form(text: str, name: str, keys: Iterable[str], display: dict[str, str]) -> str | None:
    """The name with the place a document opens by naming it with: "Türkiye home textiles" of a release under "##
    Türkiye Home Textiles Market Reached ₺412.5 Billion …", not a global report's "European smart glass market" in its
    regional section; else None."""
    n = len(name.split())
    for key in sorted(k for k in keys if k != name and _extends(k, name) and _placed(display.get(k, k), name)):
        words = display.get(key, key).split()
        place = r"\s".join(map(re.escape, words[:-n]))
        home = re.search(place + r"(?:'s|’s)?\s+" + r"\s".join(map(re.escape, words[-n:])), text[:HOME_REACH], re.I)
        if home and not GLOBAL_AND.search(text, max(0, home.start() - 12), home.start()):
            return key  # not "Global and China Polyaspartic Coatings Market": the global report's, China's beside it
    return None


def _placed(longer: str, name: str) -> bool:
    """'U.S. dermal fillers' for 'dermal fillers': the market of one place, named with it."""
    words = longer.split()[: -len(name.split())]
    return bool(words) and place_prefix(" ".join([*words, "x"]), load_index()) is not None


def _spelled_out(name: str, names: set[str]) -> str | None:
    """The name among `names` whose words an abbreviation opening `name` takes its letters from, the rest of the
    name the same ("ems" -> "electronics manufacturing services", "lai cdmo" -> "long-acting injectable cdmo");
    None when none does."""
    abbreviation, *rest = name.split()
    for other in sorted(names):
        words = [w for w in re.split(r"[\s-]+", other) if w and w not in {"and", "of", "the", "&"}]
        if rest:
            if len(words) <= len(rest) or words[-len(rest) :] != rest:
                continue
            words = words[: -len(rest)]
        if len(words) == len(abbreviation) > 1 and "".join(w[0] for w in words) == abbreviation:
            return other
    return None


def _defined(text: str, abbreviation: str) -> str | None:
    """The fewest words before `abbreviation` in parentheses that it takes its letters from, in order ("intraocular
    lens (IOL)"); None when the text spells it out nowhere."""
    for match in re.finditer(rf"((?:[A-Za-z][\w-]*\s){{1,6}})\({re.escape(abbreviation)}s?\)", text):
        words = match.group(1).split()
        for k in range(1, len(words) + 1):
            if abbreviates(abbreviation.lower(), " ".join(words[-k:]).lower()):
                return " ".join(words[-k:])
    return None


def _qualified(longer: str, name: str) -> bool:
    """'outsourced teleradiology services' of 'teleradiology services', 'lithium-ion battery copper foil' of 'battery
    copper foil': the name with one more word before it."""
    return longer.endswith(" " + name) and " " not in longer[: -len(name) - 1]


def _extends(longer: str, name: str) -> bool:
    """'thermal spray coatings' extends 'coatings'; 'ai in healthcare sector' extends 'ai'."""
    return longer == name or longer.endswith(" " + name) or longer.startswith(name + " in ")


def _merge_short_forms(display: dict[str, str], *counts: dict[str, int]) -> None:
    """A name's short form with the abbreviation the document defines for its first words ("DMPK services
    outsourcing" for "drug metabolism and pharmacokinetics (DMPK) services outsourcing") counts as the name."""
    title = counts[0]
    for key, name in list(display.items()):
        if "(" not in name or not (defined := DEFINES_ABBREVIATION.fullmatch(name)):
            continue
        if not abbreviates(defined.group("abbr").lower(), defined.group("long").lower()):
            continue  # "Outsourcing (KPO)", a shorter candidate of "Knowledge Process Outsourcing (KPO)"
        short = _key(defined.group("abbr") + defined.group("rest"))
        if short == key:
            continue
        # the form the headline writes keeps the count: "PHA Bioplastics" over "polyhydroxyalkanoate (PHA) …"
        into, out_of = (short, key) if short in title and key not in title else (key, short)
        for count in counts:
            if out_of in count:
                count[into] = count.get(into, 0) + count.pop(out_of)


# A title that names its market before a dash and "global market": "SODIUM REDUCTION INGREDIENTS — GLOBAL MARKET
# 2025–2030".
DASHED_MARKET = re.compile(r"^\s*(?P<name>[^—–:|\n]{3,80}?)\s[—–-]\sglobal\smarket\b", re.I)


def extract_market(text: str, title: str | None) -> Attribute | None:
    """The main market: the fullest name from the title that the text also uses, else the name the
    text uses most (preferring a fuller name used nearly as often)."""
    first_line = text.split("\n", 1)[0]
    head = (title or first_line)[:600]
    body = text[len(first_line) :] if not title or title.strip() == first_line.strip() else text
    body_counts, display = _counts(market_candidates(body))
    # "Cheaper Stones, Bigger Market": a word that names no market is no candidate
    dashed = [dash.group("name")] if "market" in head.lower() and (dash := DASHED_MARKET.match(head)) else []
    title_counts, title_display = _counts(
        [n for n in market_candidates(head) + spend_candidates(head) + dashed if clean_market_name(n)]
    )
    for key, name in title_display.items():
        if key not in display or name[:1].isupper():
            display[key] = name
    sized_counts, sized_display = _counts(list(_sized_subjects(body).elements()))
    for key, name in sized_display.items():
        display.setdefault(key, name)
    _merge_short_forms(display, title_counts, body_counts, sized_counts)
    keys = set(title_counts) | set(body_counts) | set(sized_counts)
    if not title_counts:  # "Top 5 Market Reports: Thermal Energy Storage Leads …": a market the headline names
        headline = f" {_key(head)} "  # without its word "market"
        title_counts = {k: 1 for k in sized_counts if " " in k and f" {k} " in headline}
    title_sized = set(_counts(list(_sized_subjects(head).elements()))[0])
    title_sized |= {t for t in title_counts if any(_extends(z, t) for z in title_sized)}
    if title_sized:  # the headline states a figure for its market: that market, as its fuller forms write it
        keys = {k for k in keys if any(_extends(k, t) for t in title_sized)}
    elif title_counts:  # the headline names the market: its names, their fuller forms, sized narrower ones
        named = {
            k
            for k in keys
            if any(_extends(k, t) or (k.startswith(t + " ") and sized_counts.get(k, 0) > 0) for t in title_counts)
        }
        # a headline market that no figure is stated for gives way to the sized market written with its words
        kin = {
            k
            for k in sized_counts
            if any(_shares_stem(k, t) for t in title_counts)
            and not any(f" {t} " in f" {k} " for t in title_counts)  # not the headline's market qualified
        }
        keys = named if any(sized_counts.get(k, 0) for k in named) or not kin else kin
    # "end" of "the fastest-growing end market": a word that names no market is no candidate
    keys = {k for k in keys if clean_market_name(display.get(k, k))}
    score = {k: 3 * title_counts.get(k, 0) + body_counts.get(k, 0) + sized_counts.get(k, 0) for k in keys}
    if not score:
        return None
    best = max(sorted(score), key=lambda k: (score[k], len(k)))  # sorted: ties fall the same way every run
    while True:
        longer = [
            k
            for k in score
            if k != best
            and (_extends(k, best) or (not title_sized and k.startswith(best + " ") and sized_counts.get(k, 0) > 0))
            and score[k] >= 0.5 * score[best]
            and (title_counts.get(k, 0) > 0 or body_counts.get(k, 0) >= 2 or sized_counts.get(k, 0) > 0)
            and not (title_counts.get(k, 0) == 0 and _placed(display.get(k, k), best))
            and not (title_counts.get(best, 0) > 0 and title_counts.get(k, 0) == 0 and _qualified(k, best))
        ]
        if not longer:
            break
        best = max(sorted(longer), key=lambda k: (score[k], title_counts.get(k, 0) > 0, len(k)))
    if best is None:
        return None
    if not title_counts.get(best):  # a headline that names the market without its place names it so
        best = _home_form(text, best, score, display) or best  # "## Türkiye Home Textiles Market Reached …"
    best = _spelled_out(best, set(display)) or best  # "EMS" -> "electronics manufacturing services"
    if (written := display[best]).isupper() and " " not in written and (defined := _defined(text, written)):
        best, display[defined.lower()] = defined.lower(), defined  # "IOL", "an intraocular lens (IOL)"
    chosen = clean_market_name(display[best]) or display[best]
    found = text.lower().find(display[best].lower())
    start, end = (found, found + len(display[best])) if found >= 0 else (0, 0)
    if placed := _placed_name(text, chosen, head):  # "the market for Bio-Lebensmittel in Austria": Austria's market
        start, end, chosen = placed
    return Attribute(
        start, end, evidence(text, start, end) if end else chosen, attribute="market_name", value_text=chosen
    )


# A market named at a document's head with the country or region it is of, in any of the glossed languages'
# words: "the market for Bio-Lebensmittel in Austria", "fabrication de chocolat à façon en Belgique",
# "Lohnfertigung von Uhrenkomponenten in der Schweiz". The prepositions of place, and the pattern of one with the
# article it may take.
PLACE_WORDS_BEFORE = frozenset({"in", "en", "au", "aux", "im", "nella", "nel", "em", "no", "na", "nos"})
PLACE_PREPOSITION = rf"\s(?:{'|'.join(sorted(PLACE_WORDS_BEFORE))})(?:\s(?:the|der|het))?\s"
PLACED_HEAD = 1200
PLACED_AFTER = re.compile(PLACE_PREPOSITION, re.I)


def place_after(text: str, pos: int, index: RegionIndex) -> tuple[int, int, Place] | None:
    """The place a preposition of place at `pos` introduces ("… in Austria", "… en Belgique"): where the preposition
    ends, where the place's name ends, and the place; None when no such words follow."""
    preposition = PLACED_AFTER.match(text, pos)
    if preposition is None:
        return None
    found = index.find(text[preposition.end() : preposition.end() + 40])
    if not found or found[0][0] != 0:
        return None
    return preposition.end(), preposition.end() + found[0][1], found[0][2]


def _without_placed_end(words: list[str]) -> list[str]:
    """A name's words up to a preposition before a place ("fabrication de chocolat à façon| en Belgium"), in any of
    the glossed languages' words ("CRO en dermatologie" keeps its "en"), or cut off at its last word before one."""
    for k in range(1, len(words)):
        if words[k].lower() not in PLACE_WORDS_BEFORE:
            continue
        if k == len(words) - 1:
            return words[:k]
        found = load_index().find(" ".join(words[k + 1 : k + 4])) if words[k + 1][:1].isupper() else []
        if found and found[0][0] == 0:
            return words[:k]
    return words


def _placed_name(text: str, name: str, title: str) -> tuple[int, int, str] | None:
    """The main market's name with its place, where the document's head first writes it so in its title or after
    "the market for", unless it names the global market before: (start, end, name)."""
    head = text[:PLACED_HEAD]
    lower, key = head.lower(), name.lower()
    at = lower.find(key)
    while at >= 0:  # each place the head writes the name, a place after it
        if lower.endswith("global market for ", 0, at):
            return None  # "el mercado mundial de yerba mate" before "el mercado de yerba mate en Argentina": a part
        placed = place_after(head, at + len(key), load_index())
        # not "… as in hearing aids in the U.S.": a part of the market, not its name
        if placed and (head[at : placed[0]] in title or lower.endswith("market for ", 0, at)):
            return at, placed[1], head[at : placed[1]]
        at = lower.find(key, at + 1)
    return None


def _spans_before_forecast(text: str) -> list[re.Match[str]]:
    """SPAN_BEFORE_FORECAST's matches, each right before the words that name the forecast period, in order."""
    found = (
        SPAN_BEFORE_FORECAST.search(text, max(0, at - SPAN_REACH), at) for at in literal_positions(text, FORECAST_NAMES)
    )
    return sorted((m for m in found if m), key=lambda m: m.start())


def extract_forecast_period(text: str, title: str | None) -> Attribute | None:
    """The forecast period: a year span in the title, else one stated as the forecast period."""
    for source in (title or "", text.split("\n", 1)[0]):
        spans = [m for m in YEAR_SPAN.finditer(source) if int(m.group(2)) > int(m.group(1))]
        if spans:
            m = spans[-1]
            found = text.find(m.group(0))
            start, end = (found, found + len(m.group(0))) if found >= 0 else (0, 0)
            return Attribute(
                start,
                end,
                source[:600],
                attribute="forecast_period",
                value_text=m.group(0),
                start_year=int(m.group(1)),
                end_year=int(m.group(2)),
            )
    for m in (*FORECAST_SPAN.finditer(text), *_spans_before_forecast(text)):
        first, last = int(m.group(1)), int(m.group(2))
        if last > first:
            return Attribute(
                m.start(1),
                m.end(2),
                evidence(text, m.start(1), m.end(2)),
                attribute="forecast_period",
                value_text=m.group(0),
                start_year=first,
                end_year=last,
            )
    return None
