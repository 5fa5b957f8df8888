"""Who published the report: from link and e-mail domains and "About Us" blocks; and its report id."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import wordninja

from loaders.extract.model import Attribute
from loaders.extract.text import (
    evidence,
    figure_starts,
    finditer_at,
    finditer_opening,
    folded,
    literal_positions,
    near,
    sentence_bounds,
)

# Hosts that carry many publishers' pages, never the publisher itself.
CARRIER_DOMAINS = frozenset(
    [
        "linkedin.com",
        "github.com",
        "twitter.com",
        "x.com",
        "facebook.com",
        "instagram.com",
        "youtube.com",
        "google.com",
        "goo.gl",
        "bit.ly",
        "t.co",
        "medium.com",
        "wordpress.com",
        "blogspot.com",
        "prnewswire.com",
        "globenewswire.com",
        "businesswire.com",
        "einpresswire.com",
        "openpr.com",
        "newswire.com",
        "accesswire.com",
        "marketwatch.com",
        "benzinga.com",
        "digitaljournal.com",
        "yahoo.com",
        "menafn.com",
        "whatsapp.com",
        "pinterest.com",
        "reddit.com",
        "wikipedia.org",
        "apple.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.co.in",
        "githubusercontent.com",
        "user-attachments.com",
        "wsj.net",
        "amazonaws.com",
        "cloudfront.net",
        "feedburner.com",
        "tumblr.com",
        "issuewire.com",
        "prlog.org",
        "24-7pressrelease.com",
        "ibtimes.com",
        "apnews.com",
        "reuters.com",
        "seekingalpha.com",
        "bloomberg.com",
        "cnbc.com",
        "forbes.com",
        "investing.com",
        "nasdaq.com",
        "nyse.com",
        "sec.gov",
        "fnmedia.com",
        "newsdirect.com",
        "ibn.fm",
        "investorbrandnetwork.com",
    ]
)
# "About Us: Market Size And Trends", "About Fact.MR", "About Exactitude Consultancy:", "About 360iResearch"
ABOUT_HEADING = re.compile(r"^About(?:\s+Us)?\s*[:\-–]?\s*(?P<name>(?:[A-Z]|\d+[a-z])[\w.&' -]{1,60}?)\s*:?\s*$", re.M)
# A listing's label over its value: "PUBLISHER:" over "Coherent Market Insights", a table's "Publisher | TBRC" (its
# cells a line each once cleaned); on one line, "Publisher: …" is CITED_FIRM's.
PUBLISHER_LABEL = re.compile(
    r"^(?i:publisher):?\n\n?(?P<name>[A-Z][\w.&'-]*(?:[ ](?:[A-Z][\w.&'-]*|&|and|of)){0,5})[ \t]*$", re.M
)
# "Fact.MR, a leading market research ..." / "SNS Insider is a leading research firm"
FIRM_INTRO = re.compile(
    # a name on one line: not "About Lucintel" over "Lucintel, the premier … market research firm"
    r"(?<![\w.&'-])(?P<name>(?:[A-Z]|\d+[a-z])[\w.&'-]{0,60}(?:[ ](?:[A-Z][\w.&'-]{0,60}|&|and|of)){0,5})"
    r"\s?(?:,\s?|\s)(?:is\s|are\s)?"
    r"(?:a|an|the)\s(?:leading|global|worldwide|premier|renowned|trusted|prominent|well-known|full-service|"
    r"market research|research|consulting|business|india-based|us-based)[\w\s,-]{0,60}?"
    r"(?:(?:research|consulting|intelligence|advisory|analytics)\s(?:firm|company|provider|organization|"
    r"organisation|agency|house|publisher)|(?:authority|specialist|expert)\sin\s(?:market\s)?research)",
)
# A trade paper's "Market research firm Smithers estimates …": the firm after the words that say what it is.
KIND = "research firm "
KIND_THEN_FIRM = re.compile(
    r"(?<=[Mm]arket research firm )(?P<name>[A-Z][\w.&'-]{0,60}(?:\s(?:[A-Z][\w.&'-]{0,60}|&|and|of)){0,4})"
)
# "according to a new report by Grand View Research", "report by Allied Market Research"
FIRM_NAME = (
    r"(?P<name>[A-Z][\w.&'-]*(?:\s(?:[A-Z][\w.&'()-]*|&|and|of|de)){0,5}"
    r"(?:\s(?:market\s)?(?:research|insights|consulting))?)"
)
# A title that names the firm's own report: "ROSHI Report: Digital Lending Market to Hit ..."
NAMED_REPORT = re.compile(r"^(?P<name>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})\s(?i:report|study|survey)\s?:", re.M)
# A title in which a firm publishes its own report: "Benchmark International Publishes ... Industry Report".
SELF_PUBLISHED = re.compile(
    r"^(?:[\w ]{0,30}:\s)?(?P<name>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,4})\s(?:publishes|unveils|releases|launches|"
    r"issues|debuts|presents)\b[^\n]{0,160}\b(?:report|study|survey|outlook|forecast|insights)\b",
    re.I,
)
CITED_FIRM = re.compile(
    r"(?i:according to|as per|per|(?-i:reports?)|says|notes|report (?:by|from)|study (?:by|from)|published by|"
    r"press release from:|"  # a wire's poster line: "Press release from: Market.us (Prudour Pvt. Ltd.)"
    r"research (?:by|from)|analysis (?:by|from)|presented by|conducted by|released by|prepared by|firm|source:|"
    r"source is|publisher:|(?<![^\n])report:|data:|cited by|"  # "Report: IMARC Group, …" as a line's label
    r"data (?:by|from)|insights from|estimates? (?:by|from)|reports? published by|(?:forecast|projected) by"
    # a line break after a "by" only ("Published by" over a table's cell): not "… market notes" over "Source: …"
    r"|analysts?\s(?:[a-z][\w-]*\s){0,4}?at)(?:[ \t]|(?<=y)\n\n?)"
    r"(?:(?:a|the)\s)?(?:(?:new|recent|latest)\s)?"
    # "a report published in June 2025 by Coherent Market Insights"
    r"(?:(?:report|study|research|data|analysis|forecast|outlook|survey|estimates?)\s"
    r"(?:(?:published|released|issued)\s(?:in\s[A-Z][a-z]+\s(?:19|20)\d\d\s)?)?(?:by|from)\s)?" + FIRM_NAME
)
# A page's copyright line: "© 2025 The Business Research Company. All rights reserved." (the site's owner: a
# research firm's own page, when its name says so).
COPYRIGHT_FIRM = re.compile(
    r"(?:©|\(c\)|Copyright)\s?(?:(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\s)?"
    r"(?P<name>[A-Za-z][\w.&'-]*(?:\s(?:[A-Z][\w.&'-]*|&|and|of)){0,5})"
)
# A legal form after the owner's name ("Pty Ltd", "Private Limited"), not a word of it ("… Research Company").
OWNER_FORM = re.compile(r"(?:,?\s(?:Inc|Ltd|LLC|Pvt|Pty|Limited|Private)\.?)+$")
# The firm a headline ends with: "... Driving Sector - ResearchAndMarkets.com", "... 2019-2023 | Technavio".
TITLE_FIRM = re.compile(r"\s[-–|]\s(?P<name>[A-Z][\w.&' -]{2,60}?)\s*$")
# Where a CITED_FIRM match can start: the opening words of its alternatives, in any case ("According to ...").
CITED_OPENINGS = (
    "according to", "as per", "per", "report", "says", "notes", "study", "published by", "research", "analysis",
    "presented by", "conducted by", "released by", "prepared by", "firm", "source:", "source is", "publisher:",
    "press release from:",
    "cited by", "data", "insights from", "estimate", "analyst", "forecast by", "projected by",
)  # fmt: skip
# A FIRM_INTRO match ends with one of these words and a kind of firm; the word starts at most 457 characters
# after the match does (a name of up to 371, its comma and verb, "a leading", up to 60 more).
INTRO_WORDS = ("research", "consulting", "intelligence", "advisory", "analytics")
INTRO_REACH = 480
# Such a word ends a match only with a kind of firm after it ("research firm"), or, for "research", an expert
# before it ("authority in market research"): only those occurrences are looked behind.
INTRO_KIND_AFTER = re.compile(r"\s(?:firm|company|provider|organization|organisation|agency|house|publisher)")
INTRO_EXPERT_BEFORE = re.compile(r"(?:authority|specialist|expert)\sin\s(?:market\s)?$")
EXPERT_REACH = 30  # "specialist in market " has 21 characters
# Where a firm's name can start: a capital, or digits before a letter ("360iResearch").
NAME_START = re.compile(r"[A-Z]|\d+[a-z]")
# A firm named in parentheses right after a figure: "$81.8 billion by 2030 (Grand View Research)".
FIRM_IN_PARENS = re.compile(r"\((?i:source:\s)?" + FIRM_NAME + r"\)")  # "(Grand View Research)", "(source: IDC)"
# A firm's report named by the firm: "a Spherical Insights summary:", 'the Crate & Needle Research "Vinyl …"', "the
# new Allied Market Research release on the e-waste management market".
FIRM_REPORT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s(?:new\s)?" + FIRM_NAME + r"\s(?:summary|[\"“]|(?:release|study)\son\s)"
)
# An analyst's snippet heading: "1. Pemberton & Ash Research — "Geothermal Energy Market Size, Share & Growth …"": the
# firm, then its report's title in quotes after a dash.
SOURCE_HEADING = re.compile(r"(?:\d{1,2}\.\s)?" + FIRM_NAME + r"\s—\s\"")
SOURCE_HEADING_ENDS = (' — "',)
# Where a FIRM_REPORT match ends (its report's word or quote), and how far before that its article can stand.
FIRM_REPORT_ENDS = (" summary", ' "', " “", " release on ", " study on ")
FIRM_REPORT_REACH = 100
ARTICLE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s")
# Report ids in publisher URLs: ".../request-sample/1708502", "/download-sample/112529/", "/reports/27774/"
REPORT_ID = re.compile(
    r"/(?:request-sample|download-sample|sample|enquiry|inquiry|purchase|reports?|checkout|buy-now|"
    r"ask-for-discount|pre-order-enquiry|request-for-sample)[/\-]?(?:[\w-]*/)?(?P<id>\d{4,9})\b"
)
# A study's method, not a firm: "Source: Secondary Research, Interviews with Experts, MarketsandMarkets Analysis".
NAME_WORD_NOISE = frozenset(
    {"The", "A", "An", "This", "Our", "We", "It", "He", "She", "They", "Its", "In", "As", "Secondary", "Primary", "AND"}
)  # "AND": a title in capitals, "… MARKET REPORT AND FORECAST"
# Words that research firms put in their names.
FIRM_WORD = re.compile(
    r"research|insight|consult|intelligence|analytic|analysts?\b|forschung|market(?:s|wise)?\b|reports?\b|forecast|"
    r"partners\b|"
    r"advis(?:ors?|ory)\b|economics\b|fact\.mr|technavio|idc\b|gartner|sullivan|mckinsey|deloitte|pwc|kpmg|"
    r"bloomberg ?nef|wood mackenzie|circana|iqvia|idtechex|skyquest|lucintel|arizton|statista|euromonitor|"
    r"kalorama|yole|omdia|canalys|counterpoint|trendforce|rystad|forrester|mintel|globaldata|visiongain|ipsos|"
    r"sns insider|imarc|roots analysis|analyse\b|onderzoek|xerfi|conseil\b|recherche\b|kline\b|smithers\b|"
    r"armstrong & associates|freedonia",
    re.I,
)
# A firm that sells other firms' reports: "GII Global Information, Inc. is an authorized reseller of market research
# reports", "ResearchAndMarkets.com is the world's leading source for international market research reports".
# Looked for from the words after the name, then the name in the words before them.
RESOLD_REPORTS = re.compile(
    r"\b(?:reseller|distributor|source)\s(?:of|for)\s(?:international\s)?(?:market\s)?(?:research\s)?reports\b"
)
RESELLER = re.compile(
    r"(?P<name>[A-Z][\w.&'-]*(?:,?\s(?:[A-Z][\w.&'-]*|&|and)){0,4})\sis\s(?:an?|the)\s(?:[\w'-]+\s){0,4}?$"
)
RESOLD_OPENINGS = ("reseller", "distributor", "source")  # where a RESOLD_REPORTS match can start
RESELLER_REACH = 160  # the most characters from the start of a reseller's name to the words after it
# The letters a firm's name spelled from its domain shares at least with the name the text writes.
DOMAIN_WORD = 5
# A year: a report's title has one ("… market in 2024 and outlook to 2030"), a firm's name none.
YEAR_IN_NAME = re.compile(r"\b(?:19|20)\d\d\b")
# The words that end many firms' names: "Partners", "& Consulting", "Research Group".
FIRM_NAME_TAIL = re.compile(
    r"(?:\s(?:&\s|and\s)?(?:Research|Insights?|Consulting|Consultancy|Intelligence|Analytics|Partners|Advisors|Group|"
    r"Institute)"
    r"\b)+"
)
# A market's name, not a firm's: "Test Benches Testing Market", "Global Market" (not "Research and Markets", nor
# "Vértice Inteligência de Mercado" read as "… de Market").
MARKET_NAME_END = re.compile(
    r"(?:^|(?<!\sand)(?<!\s&)(?<!\sde)\s)(?:markets?|industry|sector)(?:\s(?:tracker|review|report|outlook|study|forecast|analysis|survey))?"
    r"(?:\s\d{4})?$",
    re.I,
)
# A market's figure's label, not a firm: "Paper Straws Market Value (2025): …", a title's "… Market Size And Share".
MARKET_FIGURE = re.compile(r"\bmarkets?\s(?:size|value|forecast)\b", re.I)
# Distributors of press releases: never the publisher of the figures.
WIRE_WORD = re.compile(r"wire|newsdirect|news direct|\bmedia\b|stocks|razorpitch|citybiz|\bibn\b|press ?release", re.I)
# A money amount or a growth rate: publishers are cited next to their figures.
FIGURE = re.compile(r"(?:US\$|USD|\$|€|£)\s?\d|\bCAGR\b|\d\s?%", re.I)
# Where a FIGURE match can start: one of these (in any case), or a digit one or two characters before a "%".
FIGURE_LITERALS = ("us$", "usd", "$", "€", "£", "cagr")
# "Grand View Research estimates", "Precedence Research projects", "Grand View Research has segmented the market",
# "SkyQuest Technology Consulting today published", "Grand View Research, a market research firm, estimates"
# The words' runs are possessive ({0,60}+): a word is followed by a space, which cannot extend it, so giving
# characters back could never lead to a match.
FIRM_VERB = re.compile(
    r"(?P<name>[A-Z][\w.&'-]{0,60}+(?:\s(?:[A-Z][\w.&'()-]{0,60}+|&|and|of)){0,4})"
    # a clause between the firm and its verb: "Spherical Insights, whose figures are used in the infobox, estimates"
    r"(?:,\s(?:whose|which|who|an?)\s[^,\n]{1,80}+,)?\s(?:\((?:19|20)\d\d\)\s)?"
    r"(?:(?:has|have|today)\s)?(?:estimated?|estimates|"
    r"forecasts?|projects?|projected|predicts?|predicted|expects?|reports?|says|notes|found|finds|anticipates?|"
    r"valued|values|sizes|puts?|places|pegs|assessed|stated?|segmented|published|released"
    # "Mordor Intelligence's latest numbers", "Data Bridge Market Research's principal analyst"
    r"|(?<='s\s)(?:(?:latest|new|principal|lead)\s)?(?:numbers|figures|study|analyst))\b"
)
# Where a cited name ends: a sentence's end, a possessive, a line break.
NAME_END = re.compile(r"\.\s|’s\b|'s\b|\n")
NOT_LOWER_ALNUM = re.compile(r"[^a-z0-9]")
# The notes of a banner over a release: "6Wresearch · Energy & Utilities", "Roots Analysis | Outsourcing".
# A firm or its report named by its initials: "F&S Report", "CIC Report", a reseller's "Publisher: TBRC".
REPORT_INITIALS = re.compile(r"^(?:the\s)?([A-Z][A-Z&]{1,5})(?:\s(?:Report|Study))?$")
BANNER_SEPARATOR = re.compile(r"\s(?:[·|•›»>]|--|—)\s")
BANNER_LINES = 4
# A running header's name in capitals before its words: "TILLFORD AGRI RESEARCH Research Bulletin No. 47/2025".
CAPITALS_BEFORE_WORDS = re.compile(r"([A-Z][A-Z&.'-]+(?:\s[A-Z][A-Z&.'-]+)+)\s(?=[A-Z][a-z])")
# The words after the name a firm is known by: "Spherical Insights & Consulting".
CONSULTING = " & Consulting"
# The word after a firm's first word that makes its fuller name: "IMARC Group".
FIRM_NAME_WORDS = "Group"
# The word a firm's name ends with: "… Research", "… Group", "… Analysis", "The Business Research Company".
FIRM_END = re.compile(
    r"\b(?:Research|Insights?|Consulting|Consultancy|Intelligence|Analytics|Analysis|Analysts|Partners|Advisors|"
    r"Advisory|Group|Company|Reports|Technology|Marktforschung)$",
    re.I,
)
GENERIC_FIRM_WORDS = frozenset(
    "the global market markets industry research reports insights insight consulting consultancy intelligence "
    "analytics analysis analysts partners advisors advisory group company".split()
)


@dataclass(frozen=True)
class Figures:
    """Where the main market's figures are, and where other markets' are."""

    main: list[int]
    other: list[int]


@lru_cache(maxsize=4096)  # a page links to the same sites again and again
def registrable_domain(url: str) -> str | None:
    """'https://www.reliablemarketforecast.com/x' -> 'reliablemarketforecast.com'."""
    if url.startswith("mailto:"):
        host = url.split("@", 1)[-1]
    else:
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:
            return None
    host = host.lower().strip(".")
    parts = host.split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac"} and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def publisher_domain(links: list[str]) -> str | None:
    counts = Counter(d for link in links if (d := registrable_domain(link)) and d not in CARRIER_DOMAINS)
    return counts.most_common(1)[0][0] if counts else None


def _name_for_domain(text: str, domain: str) -> tuple[str, int] | None:
    """The capitalised phrase whose letters spell the domain's name: 'Market Size And Trends'; with the words of a
    firm's name that follow it in the text, which a domain often leaves out ('Corvid Insight Partners' of
    corvidinsight.com)."""
    stem = NOT_LOWER_ALNUM.sub("", domain.split(".")[0])
    if len(stem) < 3:
        return None
    for match in _spelling(stem).finditer(folded(text)):  # the lowercase pattern, matched in any case
        name = text[match.start() : match.end()].strip(" .,")
        if name[:1].isupper() and (suffix := DOTTED_NAME_END.match(text, match.end())):
            return name + suffix.group(0), match.start()  # "Market.us", its name written as a domain
        if name[:1].isupper() and " " in name:
            rest = FIRM_NAME_TAIL.match(text, match.start() + len(name))
            return name + (rest.group(0) if rest else ""), match.start()
    return None


# A firm's name that ends as a two-letter domain does: "Market.us" (whatever address the page gives).
DOTTED_NAME_END = re.compile(r"\.[A-Za-z]{2}\b")


@lru_cache(maxsize=4096)
def _spelling(stem: str) -> re.Pattern[str]:
    """A domain stem's letters with up to two spaces or marks between them, as a whole word, in lowercase: it
    is matched in a case-folded copy of the text (`folded`), where it finds what it would find in any case in
    the text, at the same offsets, and its first letter is searched for as a literal, not tried at every
    character. The stem holds only a-z and 0-9 (none of them escaped)."""
    spelled = r"[\s&.'-]{0,2}".join(re.escape(ch) for ch in stem)
    # "not after a word character" checked after the first letter, so that the pattern opens with a literal
    return re.compile(rf"{spelled[:1]}(?<![\w].){spelled[1:]}(?![\w])")


def _domain_words(domain: str) -> list[str]:
    return list(_split_words(domain.split(".")[0]))


@lru_cache(maxsize=4096)
def _split_words(stem: str) -> tuple[str, ...]:
    return tuple(wordninja.split(stem))


def is_research_firm(name: str) -> bool:
    """A name with a research firm's word in it that is not a market's name ('X Market') or a wire."""
    if MARKET_NAME_END.search(name) or YEAR_IN_NAME.search(name) or MARKET_FIGURE.search(name):
        return False
    return bool(FIRM_WORD.search(name)) and not WIRE_WORD.search(name)


def _key(name: str) -> str:
    """A firm's name as letters and digits in lower case: 'Facts & Factors' -> 'factsfactors'."""
    return NOT_LOWER_ALNUM.sub("", name.lower())


def _clean_name(raw: str) -> str:
    name = BASED_IN.sub("", NAME_END.split(raw.strip())[0].strip(" .,;:()\"'“”"))
    name = PAGE_COUNT_AFTER.sub("", name)
    words = name.split()
    half = len(words) // 2  # "**About Brightpath Market Intelligence**" run into "Brightpath Market Intelligence is …"
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


# A page's count run into the name before it: "Source: QYResearch Views: 1,284" (a news page's meta line).
PAGE_COUNT_AFTER = re.compile(r"\s(?:Views|Hits|Reads|Comments)$")
# Where a firm is, before its name: "released by Pune-based Sahyadri Market Research & Consulting LLP".
BASED_IN = re.compile(r"^[A-Z][\w.]*-based\s(?=[A-Z])")


def _candidates(
    text: str,
    links: list[str],
    figures: Figures | None = None,
    bold: Sequence[str] = (),
    title: str | None = None,
    tail: str = "",
) -> list[tuple[str, int, float]]:
    """(name, position, weight) for every sign of who published the figures. With `figures` (positions of the
    main market's figures and of other markets'), a firm cited only beside other markets' figures is left out.
    `bold` holds the document's bold phrases: "**About X**" is a heading even when its paragraph goes on after it."""
    found: list[tuple[str, int, float]] = []
    cited: set[str] = set()
    main: list[int] | None = sorted(figures.main) if figures else None
    other = sorted(figures.other) if figures else []
    domains = Counter(d for link in links if (d := registrable_domain(link)) and d not in CARRIER_DOMAINS)
    stems = {NOT_LOWER_ALNUM.sub("", domain.split(".")[0]) for domain in domains}

    def firm_like(name: str) -> bool:
        """A research firm's name, or a firm's name the page's own links spell ('IMARC Group' of imarcgroup.com,
        'Roots Analysis'; not a company's such as 'Annovis Bio')."""
        spelled = _key(name) in stems
        return is_research_firm(name) or (spelled and FIRM_END.search(name) is not None)

    def near_figure(pos: int) -> bool:
        nonlocal main
        if main is None:  # found on first use: many documents have no candidate that gets this far
            main = sorted(m.start() for m in finditer_at(FIGURE, text, figure_starts(text, FIGURE_LITERALS)))
        return near(main, pos, 400) and not cites_other_figure(pos)

    def cites_other_figure(pos: int) -> bool:
        """'… reached $81.4bn in 2024, according to Circana data': the firm's own sentence holds a figure, none of
        the main market's."""
        start, end = sentence_bounds(text, pos, pos)
        return not any(start <= m < end for m in main or []) and FIGURE.search(text, start, end) is not None

    def only_other_figures(pos: int) -> bool:
        if not other:
            return False
        return near(other, pos, 250) and not near(main or [], pos, 250)

    # (pattern, weight, weight added near a figure): a firm cited far from any figure ("According to IQVIA, 72% of
    # companies ...") weighs less than one cited for a figure.
    for pattern, weight, near_weight in (
        (CITED_FIRM, 3.0, 3.0),
        (FIRM_VERB, 3.0, 2.0),
        (FIRM_INTRO, 4.0, 2.0),
        (ABOUT_HEADING, 2.0, 2.0),
        (FIRM_IN_PARENS, 4.0, 2.0),
        (FIRM_REPORT, 3.0, 3.0),
        (KIND_THEN_FIRM, 4.0, 2.0),
        (SOURCE_HEADING, 3.0, 2.0),
        (PUBLISHER_LABEL, 6.0, 0.0),
    ):
        for match in _matches(pattern, text):
            name = _clean_name(match.group("name"))
            if not name or WIRE_WORD.search(name) or len(name) < 3:
                continue
            if name.split()[0] in NAME_WORD_NOISE and not (name.startswith("The ") and is_research_firm(name)):
                continue
            # a firm cited for a figure with a block "About …" of its own ("according to Tessaro Data", "About Tessaro
            # Data:") is the firm whatever its name's words
            about_cited = pattern is ABOUT_HEADING and name in cited
            labelled = pattern in (FIRM_INTRO, KIND_THEN_FIRM, PUBLISHER_LABEL)  # the text says it is a firm
            if not labelled and not firm_like(name) and not about_cited:
                if pattern is CITED_FIRM and near_figure(match.start()):
                    cited.add(name)  # "According to Facts & Factors, the global … market": a firm if a banner names it
                continue
            if pattern is not FIRM_INTRO and only_other_figures(match.start()):
                continue
            w = weight + (near_weight if near_figure(match.start()) else 0.0) + (2.0 if firm_like(name) else 0.0)
            found.append((name, match.start("name"), w))
    for match in _matches(ABOUT_HEADING, tail):  # "About Market.us" after a wire's block of other releases
        if name := _about_firm(match):
            found.append((name, -1, 4.0))
    for phrase in bold:
        about = ABOUT_HEADING.match(phrase) if phrase.startswith("About") else None
        if about and (name := _about_firm(about)):
            found.append((name, text.find(phrase), 4.0))
    first_line = text.split("\n", 1)[0]
    ending = TITLE_FIRM.search(first_line)
    if ending and is_research_firm(ending.group("name")) and not only_other_figures(ending.start("name")):
        found.append((ending.group("name").strip(), ending.start("name"), 6.0))
    # a page's <title> or headline that ends with a firm's name: "… | Larkspur Insight Group", "… - Exclusive
    # Research by The Insight Partners"
    ending = TITLE_FIRM.search(title) if title else None
    if ending and is_research_firm(name := ending.group("name").strip().rsplit(" by ", 1)[-1]):
        found.append((name, text.find(name), 6.0))
    head = SELF_PUBLISHED.search(text[:400]) or NAMED_REPORT.search(text[:400])
    if head and head.group("name").split()[0] not in NAME_WORD_NOISE:
        found.append((_clean_name(head.group("name")), head.start("name"), 6.0))
    banner = _banner_firm(text, lambda name: name in cited or firm_like(name), stems | {_key(n) for n in cited})
    if banner:
        found.append((*banner, 7.0))
    for domain, count in domains.items():
        words = _domain_words(domain)
        in_text = _name_for_domain(text, domain)
        research = bool(FIRM_WORD.search(" ".join(words)))
        if WIRE_WORD.search(" ".join(words)) or not (research or count >= 3):
            continue
        if not in_text and any(len(w) <= 2 and w not in {"of", "and"} for w in words):
            continue
        name = in_text[0] if in_text else " ".join(w.capitalize() for w in words)
        pos = in_text[1] if in_text else -1
        found.append((name, pos, 2.0 + min(count, 3) + (3.0 if research else 0.0)))
    if not any(weight >= 4.0 for _, _, weight in found):  # no other sign: the owner of the page, if a firm's name
        for match in _matches(COPYRIGHT_FIRM, text + tail):  # says it is a research firm
            name = OWNER_FORM.sub("", _clean_name(match.group("name")))
            if is_research_firm(name) and not WIRE_WORD.search(name):
                found.append((name, match.start("name") if match.start() < len(text) else -1, 4.0))
    return found


def _fold_into_fuller(totals: dict[str, float], keys: list[str], names_short: Callable[[str, str], bool]) -> None:
    """Each of `keys` gives its weight to the one other candidate it names in short (`names_short(key, other)`)."""
    for key in keys:
        fuller = [k for k in totals if k != key and names_short(key, k)]
        if len(fuller) == 1:
            totals[fuller[0]] += totals.pop(key)


def _resellers(text: str) -> set[str]:
    """The keys of the first words of the firms the text says resell others' reports ("ReportMall is an authorized
    distributor of reports from …", "ResearchAndMarkets.com is the world's leading source for international market
    research reports")."""
    found = set()
    for words in finditer_opening(RESOLD_REPORTS, text, RESOLD_OPENINGS, any_case=False):
        if name := RESELLER.search(text, max(0, words.start() - RESELLER_REACH), words.start()):
            found.add(_key(name.group("name").split()[0]))
    return found


def _resold_by(key: str, resellers: set[str]) -> bool:
    """Whether the candidate `key` names one of `resellers` ("researchandmarkets" of "ResearchAndMarkets.com",
    "giiresearch" of "GII Global Information")."""
    return any(key.startswith(r) or (len(key) >= 3 and r.startswith(key)) for r in resellers)


def _domain_of(stem: str, key: str) -> bool:
    """Whether a firm's name spelled from its domain (`stem`, a key) is the firm named `key`: its start, or its
    letters in their order from the same first word ("ashgroveintelligence" in "ashgrovehealthcareintelligence")."""
    if key.startswith(stem):
        return True
    letters = iter(key)
    return key[:DOMAIN_WORD] == stem[:DOMAIN_WORD] and all(ch in letters for ch in stem)


def _fuller(text: str, name: str, start: int) -> tuple[str, int]:
    """The firm's fuller name where the text writes it once beside its one word ("IMARC Group" in a note's sources,
    of "IMARC" cited throughout); the name it is known by where the text also writes that alone ("Spherical Insights",
    of "Spherical Insights & Consulting"); else `name` where it was found."""
    if name.endswith(CONSULTING):
        short = name[: -len(CONSULTING)]
        alone = re.search(rf"\b{re.escape(short)}\b(?!{re.escape(CONSULTING)})", text)
        return (short, alone.start()) if alone else (name, start)
    if " " in name:
        return name, start
    fuller = re.search(rf"\b{re.escape(name)}\s(?:{FIRM_NAME_WORDS})\b", text)
    return (fuller.group(0), fuller.start()) if fuller else (name, start)


def _first_word_of(short: str, name: str) -> bool:
    """Whether `short`, one word, opens `name`, which ends as a firm's name does ("IMARC" of "IMARC Group", not
    "IDTechEx" of "IDTechEx Research Article")."""
    return " " not in short and name.startswith(f"{short} ") and FIRM_END.search(name) is not None


def _about_firm(about: re.Match[str]) -> str | None:
    """The research firm an ABOUT_HEADING match names, else None (a wire's "About EIN Presswire", a company's)."""
    name = _clean_name(about.group("name"))
    return name if is_research_firm(name) and not WIRE_WORD.search(name) else None


def _report_of(short: str, name: str) -> bool:
    """Whether `short` is the firm `name`, or a report of it, named by its initials ("F&S Report" of "Frost &
    Sullivan", "CIC Report" of "China Insights Consultancy", a listing's "TBRC" of "The Business Research Company")."""
    initials = REPORT_INITIALS.match(short)
    words = name.replace("&", " & ").split()
    return initials is not None and len(words) > 1 and "".join(w[0] for w in words) == initials.group(1)


def _banner_firm(text: str, firm_like: Callable[[str], bool], stems: set[str]) -> tuple[str, int] | None:
    """A firm named on one of the first lines, alone ("The Business Research Company") or first among the notes of
    a banner or breadcrumb ("*6Wresearch · Energy & Utilities · Updated: July 2025*", "**Roots Analysis** |
    Pharmaceutical Outsourcing", "Quayside Market Reports › Building & Construction")."""
    lines = text.split("\n", BANNER_LINES)[:BANNER_LINES]
    for k, line in enumerate(lines):
        pieces = BANNER_SEPARATOR.split(line.strip(" *>_#"))
        name = pieces[0].strip(" *_")
        if capitals := CAPITALS_BEFORE_WORDS.match(name):  # "TILLFORD AGRI RESEARCH Research Bulletin No. 47/2025"
            name = capitals.group(1)
        words = name.split()
        if (
            0 < len(words) <= 6
            and (FIRM_END.search(name) or _key(name) in stems)
            and firm_like(name)
            and any(w.lower() not in GENERIC_FIRM_WORDS for w in words)
        ):
            return name, sum(len(line) + 1 for line in lines[:k]) + line.find(name)
    return None


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying CITED_FIRM, FIRM_INTRO and ABOUT_HEADING only where they can start."""
    if pattern is ABOUT_HEADING:
        return finditer_opening(pattern, text, ("About",), any_case=False)
    if pattern is CITED_FIRM:
        starts = literal_positions(folded(text), CITED_OPENINGS)
        return finditer_at(pattern, text, starts)
    if pattern is FIRM_REPORT:
        return _firm_reports(text)
    if pattern is SOURCE_HEADING:  # from the start of each line that holds a dash before a quote
        starts = {text.rfind("\n", 0, at) + 1 for at in literal_positions(text, SOURCE_HEADING_ENDS)}
        return (match for at in sorted(starts) if (match := SOURCE_HEADING.match(text, at)))
    if pattern is KIND_THEN_FIRM:
        return finditer_at(pattern, text, [at + len(KIND) for at in literal_positions(text, (KIND,))])
    if pattern is PUBLISHER_LABEL:
        return finditer_opening(pattern, text, ("publisher",), any_case=True)
    if pattern is COPYRIGHT_FIRM:
        return finditer_at(pattern, text, literal_positions(text, ("©", "(c)", "Copyright")))
    if pattern is FIRM_INTRO:
        starts: set[int] = set()
        done = 0
        for word in _intro_ends(text):
            starts.update(m.start() for m in NAME_START.finditer(text, max(done, word - INTRO_REACH), word + 1))
            done = max(done, word + 1)
        return finditer_at(pattern, text, starts)
    return pattern.finditer(text)


def _firm_reports(text: str) -> Iterator[re.Match[str]]:
    """FIRM_REPORT's matches, each looked for from the last article before one of the words or quotes it ends with
    (few in a text), not at every article."""
    for end in sorted(literal_positions(text, FIRM_REPORT_ENDS)):
        article = None
        for article in ARTICLE.finditer(text, max(0, end - FIRM_REPORT_REACH), end):  # noqa: B007 - the last one
            pass
        match = FIRM_REPORT.match(text, article.start()) if article else None
        if match and match.end() > end:
            yield match


def _intro_ends(text: str) -> list[int]:
    """Where the word that ends a FIRM_INTRO match can start, in order."""
    ends = []
    for word in INTRO_WORDS:
        for at in literal_positions(text, (word,)):
            if INTRO_KIND_AFTER.match(text, at + len(word)) or (
                word == "research" and INTRO_EXPERT_BEFORE.search(text, max(0, at - EXPERT_REACH), at)
            ):
                ends.append(at)
    return sorted(ends)


def _located(text: str, attribute: str, value: str, start: int, evidence_text: str | None = None) -> Attribute:
    """An attribute with its span in the text (0, 0 when the value is only in a link) and its evidence."""
    span = (start, start + len(value)) if start >= 0 else (0, 0)
    if evidence_text is None:
        evidence_text = evidence(text, *span) if start >= 0 else value
    return Attribute(span[0], span[1], evidence_text, attribute=attribute, value_text=value)


def extract_publisher(
    text: str,
    links: list[str],
    figures: Figures | None = None,
    bold: Sequence[str] = (),
    title: str | None = None,
    whole: str | None = None,
) -> list[Attribute]:
    """Publisher name and domain, and the publisher's report id, each with evidence (`bold`: the document's bold
    phrases; `title`: a page's <title> when its headline is its <h1>; `whole`: the whole text when `text` is the part
    before a block of related items, after which a reseller describes itself)."""
    out: list[Attribute] = []
    totals: dict[str, float] = {}
    first: dict[str, tuple[str, int]] = {}
    tail = whole[len(text) :] if whole and whole.startswith(text) else ""
    for name, pos, weight in _candidates(text, links, figures, bold, title, tail):
        key = _key(name)
        totals[key] = totals.get(key, 0.0) + weight
        if key not in first or (first[key][1] < 0 <= pos):
            first[key] = (name, pos)
    # spelled from a domain only: "Larkspur Insight", of "Larkspur Insight Group" in the title; "Ash Grove
    # Intelligence" (ashgrove-intelligence.com) of "Ashgrove Healthcare Intelligence"
    _fold_into_fuller(totals, [k for k in totals if first[k][1] < 0], _domain_of)
    # a firm named by its first word: "IMARC", of "According to IMARC Group"
    _fold_into_fuller(totals, list(totals), lambda key, other: _first_word_of(first[key][0], first[other][0]))
    # a filing's short name for the report a firm wrote: "the F&S Report", of Frost & Sullivan
    _fold_into_fuller(totals, list(totals), lambda key, other: _report_of(first[key][0], first[other][0]))
    resold = _resellers(whole or text) if len(totals) > 1 else set()  # a reseller gives way to another firm only
    if resold and any(totals[k] >= 4.0 for k in totals if not _resold_by(k, resold)):
        totals = {k: w for k, w in totals.items() if not _resold_by(k, resold)}  # the firm whose report it sells
    if totals:
        key = max(totals, key=lambda k: totals[k])
        if totals[key] >= 4.0:
            value, start = _fuller(text, *first[key])
            out.append(_located(text, "publisher", value, start))
    domain = publisher_domain(links)
    if domain:
        out.append(_located(text, "publisher_domain", domain, text.lower().find(domain)))
        for link in links:
            if registrable_domain(link) == domain and (match := REPORT_ID.search(link)):
                report_id = match.group("id")
                out.append(_located(text, "report_id", report_id, text.find(report_id), evidence_text=link[:600]))
                break
    return out
