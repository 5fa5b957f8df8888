"""Whose number is it? Decide whether an amount or rate belongs to the main market, a segment, a
region, a company, another market, or is not a market figure at all (a report price)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from loaders.clean import RELATED_NEWS_HEADING
from loaders.extract.market import (
    GLOBAL_AND,
    MARKET,
    MARKET_FOR,
    MARKET_WORD,
    PLACED_AFTER,
    attributive_market,
    market_for_name,
    name_before,
    place_after,
    same_stems,
    subject_market,
)
from loaders.extract.regions import DATELINE, PLACE_WORDS, RegionIndex, place_named, place_prefix
from loaders.extract.text import folded, last_match, search_holding, sentence_bounds

# Amounts that are prices of the report, not sizes of anything.
PRICE_WORDS = re.compile(
    r"\b(?:price|priced|license|licence|single[- ]user|multi[- ]user|enterprise user|corporate user|"
    r"buy now|purchase|discount|report costs?|pdf|subscription|excluding VAT)\b",  # a tender's "value excluding VAT"
    re.I,
)
# What every PRICE_WORDS match holds, in the case-folded text.
PRICE_LITERALS = ("price", "licen", "single", "multi", "enterprise user", "corporate user", "buy now", "purchase",
                  "discount", "report cost", "pdf", "subscription", "excluding vat")  # fmt: skip
# "... costs about USD 301 million", "compliance costs of USD 12.4 million": what something costs, not the size of a
# market.
COST_BEFORE = re.compile(r"\bcosts?\s(?:of\s)?(?:(?:about|around|roughly)\s)?$", re.I)
# Amounts that belong to a company: revenue, sales, turnover, funding, deals.
COMPANY_MONEY = re.compile(
    r"\b(?:revenues?|sales|turnover|bookings|ARR|earnings|income|profit|net loss|raised|funding|financing|"
    r"invest(?:ed|ment|s)?|acqui(?:red|sition)|valuation of the company|market cap(?:italization)?|contract|deal|order|"
    r"the company|the project|channeled|donat(?:ed|ion)|"
    r"grant|budget|spent|spend(?:ing)?|IPO|offering|shares?)\b",
    re.I,
)
# What every COMPANY_MONEY match holds, in the case-folded text.
COMPANY_MONEY_LITERALS = (
    "revenue", "sales", "turnover", "bookings", "arr", "earnings", "income", "profit", "net loss", "raised", "funding",
    "financing", "invest", "acqui", "valuation of the company", "market cap", "contract", "deal", "order",
    "the company", "the project", "channeled", "donat", "grant", "budget", "spent", "spend", "ipo", "offering", "share",
)  # fmt: skip
# "Getac … posted the strongest growth, with its rugged tablet revenue up 14%": a company's own revenue, even in the
# market's words.
OWN_REVENUE = re.compile(r"\bits\s(?:[\w-]+\s){0,3}?revenues?\b", re.I)
# "... €1.03 billion in sales", "$2 billion of revenue"
IN_SALES = re.compile(r"\s?(?:in|of)\s(?:annual\s|total\s|net\s)?(?:revenues?|sales|turnover|funding)\b", re.I)
# A clause about a segment even when the segment is not in the document's lists: "... the hardware segment".
SEGMENT_NAMED = re.compile(r"\b(?:segments?|sub-?segments?|category|categories|application|channels)\b", re.I)
SEGMENT_WORDS = re.compile(r"\b(?:segment|sub-?segment|category|sub-?market|type|application)s?\b", re.I)
# A clause about the whole world, not a region's: "global", "worldwide" (not "faster than the global number", nor a
# region's part of it: "North America held … more than 40% of the global revenue", "North America is the most
# significant global human resource outsourcing market shareholder").
GLOBAL_WORD = re.compile(
    r"(?<!than\sthe\s)(?<!than\s)\b(?:global|worldwide)\b"
    r"(?!(?<=of\sthe\sglobal)\s(?:revenue|sales|market\sshare)\b)(?![\w\s&-]{0,80}?\smarket\sshareholder\b)",
    re.I,
)
# An abbreviation in parentheses after the words it abbreviates: "Contract Manufacturing Organization (CMO)".
ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,7})\)\s*$")
# The same right after the words, in a text: "cross-laminated timber (CLT)".
ABBREVIATION_AFTER = re.compile(r"\s\(([A-Z][A-Za-z0-9&]{1,7})\)")
# A short term defined for a market, in a filing's way: ' market (the "LAI CDMO market")', ' industry ("the
# CDMO industry")'.
DEFINED_TERM_AFTER = re.compile(
    r"\s(?:market|industry)\s\((?:the\s)?[\"“](?:the\s)?([^\"”\n]{2,40}?)(?:\s(?:market|industry))?[\"”]\)", re.I
)
# The same before more words: "polyhydroxyalkanoate (PHA) bioplastics".
ABBREVIATION_WITHIN = re.compile(r"\s\(([A-Z][A-Za-z0-9&]{1,7})\)\s(?=\S)")
# Blocks of links to other reports: "Related Reports", "Trending Reports", "Also Read".
# An item of a column of other reports: a title over one short line, or a title alone.
SIDEBAR_ITEM = re.compile(r"\n\n[^\n.]{3,80}(?:\n[^\n]{3,100})?(?=\n\n)")
RELATED_HEADING = re.compile(
    r"^(?:#+\s)?(?:(?:related|trending|similar|other|more|recent|latest|popular|browse|check out|explore)"
    r"\b[\w\s-]{0,30}\b(?:reports?|news|articles?|stories|posts|links|pages|research|markets|reading|webinars|studies"
    r"|releases)|also read|read more|see also|you may also like|also in (?:this|the)\b[\w\s]{0,30}|recently published)"
    r"\b(?:[\w \t:]{0,40}|[\w\s:]{0,30})(?:\s\([\w\s,]{1,40}\))?$",  # "Explore Latest Research Reports by Transparency
    # Market Research:", "RELATED RELEASES (archive index, same tags)"
    re.I | re.M,
)


# A figure the clause gives the region it named before: "…, and the region was valued at USD 0.17 Billion".
THE_REGION_VALUED = re.compile(
    r"\bthe\sregion\s(?:was|is|were)\s(?:\w+\s)?(?:valued|worth|estimated)\s(?:at\s)?$", re.I
)
# "$1.59 trillion in APAC", "USD 2 billion across Europe": an amount placed by what follows it.
PLACE_AFTER_AMOUNT = re.compile(r"\s(?:in|across|for)\s(?:the\s)?")
# "... in the IT Hardware market", "... in Global Software spend": the subject after an amount.
SUBJECT_AFTER = re.compile(
    r"\b(?:in|for|on)\s(?:the\s)?(?:global\s)?((?:[\w&/()-]+\s){0,4}?[\w&/()-]+)\s(?:market|industry|sector|spend(?:ing)?)\b",
    re.I,
)
# A sentence that opens with its amount and names its market after a comma: "Valued at USD 148.6 million in 2024, the
# tagatose market is benefiting from …".
VALUED_OPENING = re.compile(r"\s*Valued\sat\s$")
MARKET_AFTER_COMMA = re.compile(
    r"[^,.]{0,30},\s(?:the\s)?(?!the\s)(?P<name>(?:[\w&/-]+\s){0,4}?[\w&/-]+)\smarket\b", re.I
)  # not "…, the market is projected to grow": the market named before
# "... in global spend in IT Services": what the spending is on, named after the amount.
SPEND_ON = re.compile(
    r"\b(?:spend(?:ing)?|sales|revenues?)\s(?:in|on|for)\s(?:the\s)?(?P<name>[A-Z][\w&/-]*(?:\s[A-Z][\w&/-]*){0,3})"
)
SPEND_END = re.compile(r"\s+spend(?:ing)?$")
# "the market", "this market": a market named in an earlier sentence.
UNNAMED_MARKET = re.compile(r"\b(?:the|this|that)\smarket\b", re.I)
# How far into a document its main market is introduced, with its place when it is a regional one.
HEAD_CHARS = 1200
PLACE_AFTER = re.compile(r"\s(?:in|of|across)\s(?:the\s)?")
POSSESSIVE_END = re.compile(r"['’]s\s|\s")
# "the overall lithium-ion battery market" in a report on its recycling: a market that holds the main one.
AS_A_WHOLE = (" industry as a whole", " market as a whole")
WHOLE_OF = re.compile(r"\b(?:overall|total|wider|broader|entire|whole|parent|larger|bigger)\s+$", re.I)
# Words a market's name may go without: "the bio CMO market" is the Bio CMO Services market.
GENERIC_HEADS = frozenset(
    "services service solutions solution systems system products product devices device equipment technologies "
    "technology software platforms platform industry sector".split()
)
# ... and "the global agricultural drone market" in a report on Europe's.
WORLD_OF = re.compile(r"\b(?:global|worldwide|world)\s+$", re.I)


# A part of the market named as such: "the infrastructure layer of the market", "the fastest-growing segment of the
# market".
PART_OF_MARKET = re.compile(r"\b(?P<part>layer|segment|part|portion|slice|tier)\sof\sthe\s(?:global\s)?market\b", re.I)
# "Carrageenan alone was …": the part of the market a sentence sizes by itself.
ALONE = re.compile(r"\b(?P<name>[A-Z][\w&-]*(?:\s[\w&-]+){0,3})\salone\s(?:was|is|were|are)\b")
# A sentence whose subject it calls a market of a size: "Tamper-evident labels, which visibly break …, are a $21.6
# billion market in 2025 and will reach $33.9 billion by 2033": every figure of the sentence that subject's.
SUBJECT_IS_MARKET = re.compile(
    r"(?P<name>[A-Z][\w&/-]*(?:\s[\w&/-]+){0,4}?)(?:,[^.;]{0,200}?,)?\s(?:is|are)\sa\s\S+\s(?:\S+\s)?market\b"
)


# How far into a sentence the main market's name is looked for as its narrowed subject, and the verb after it.
NARROWED_REACH = 40
NARROWED_VERB = re.compile(r"(?:,\s|\s(?:was|were|is|are)\s)")
# Words before the main market's name that do not narrow it.
NOT_NARROWING = frozenset({"global", "worldwide", "from"})


@dataclass(frozen=True)
class Scope:
    kind: str
    market_name: str | None = None
    segment_name: str | None = None
    region_name: str | None = None


class ScopeJudge:
    """Decides the scope of figures in one document."""

    def __init__(self, text: str, main_market: str | None, segments: list[str], regions: RegionIndex):
        self.text = text
        self.main = (main_market or "").lower()
        self.main_forms = name_variants(main_market) if main_market else ()
        if main_market and (defined := _abbreviation_defined(text, main_market)):  # "… timber (CLT)": "CLT"
            self.main_forms += (defined,)
        self.main_words = " ".join(self.main_forms)  # every form of the main name
        # "india solar water pump" -> "solar water pump": a country's market is named without its place in its text
        self.main_unplaced = _without_place(self.main, regions) if self.main else None
        # longest first; of equal length, in the document's order (a set's order would change from run to run)
        longest_first = sorted(dict.fromkeys(s for s in segments if len(s) > 3), key=len, reverse=True)
        self.segments = [(s, s.lower()) for s in longest_first]  # each with its lowercase, made once
        self.regions = regions
        self.related_from = related_block_start(text)
        self.sidebar = related_sidebar(text)
        # places that are part of the main market's own name ("U.S. eCommerce") do not make a figure regional
        self.main_places = {place.name for _, _, place in regions.find(main_market)} if main_market else set()
        self.main_places |= self._home_places(text[:HEAD_CHARS])
        # a main market named with a place ("European agricultural drone") keeps the figures of its qualified name
        self.main_placed = bool(self.main and place_prefix(self.main, regions))

    def is_main(self, name: str) -> bool:
        if not self.main:
            return False
        for variant in name_variants(name):
            if variant == self.main or _within(self.main, variant) or _within(variant, self.main):
                return True
            if _similar(variant, self.main) or same_stems(variant, self.main):
                return True
            if self.main_unplaced and same_stems(variant, self.main_unplaced):
                return True
        return name.lower() in self.main_forms[1:]  # "MDR" for "Managed Detection and Response (MDR)"

    def _home_places(self, head: str) -> set[str]:
        """The place a regional main market is named with at the top of the document: 'Sports technology
        market in India', "India's sports-tech market"."""
        places: set[str] = set()
        head = head[: self._global_at(head)]
        for match in MARKET_FOR.finditer(head):  # "the market for contract heat treatment in Germany"
            name = market_for_name(match)
            if name and self.is_main(name):
                after = PLACE_AFTER.match(head, match.start(1) + len(name))
                if after and head.startswith(name, match.start(1)):
                    found = self.regions.find(head[after.end() : after.end() + 40])
                    places |= {place.name for start, _, place in found if start == 0}
        for match in MARKET_WORD.finditer(head):
            name = name_before(head, match.start())
            if not name or not self.is_main(name):
                continue
            after = PLACE_AFTER.match(head, match.end())
            if after:
                found = self.regions.find(head[after.end() : after.end() + 40])
                places |= {place.name for start, _, place in found if start == 0}
            name_start = match.start() - 1 - len(name)
            window = max(0, name_start - 40)
            found = self.regions.find(head[window:name_start])
            at = window + found[-1][0] if found else 0  # not "Global and China X Market": China's beside the world's
            if (
                found
                and POSSESSIVE_END.fullmatch(head[window + found[-1][1] : name_start])
                and not GLOBAL_AND.search(head, max(0, at - 12), at)
            ):
                places.add(found[-1][2].name)
        return places

    def _global_at(self, head: str) -> int:
        """Where the head first names the main market as a world market ("The global cat food market size was …"):
        a place named with the market after it is another market's ("… the cat food market in China is expected to
        grow at …"), not the main market's home."""
        for match in MARKET_WORD.finditer(head):
            name = name_before(head, match.start())
            if name and self.is_main(name):
                name_start = match.start() - 1 - len(name)
                if WORLD_OF.search(head, max(0, name_start - 12), name_start):
                    return match.start()
        return len(head)

    def judge(self, sent_start: int, start: int, end: int, sent_end: int, rate: bool = False) -> Scope:
        """Scope of a figure at text[start:end] inside the sentence text[sent_start:sent_end]; a rate is no price
        ("Our own bioassay revenue grew 28% … almost none came down to price")."""
        before = self.text[sent_start:start]
        sentence = self.text[sent_start:sent_end]
        if not rate and search_holding(PRICE_WORDS, sentence, PRICE_LITERALS) and not MARKET.search(before):
            return Scope("price")
        if not rate and COST_BEFORE.search(before[-30:]):
            return Scope("price")
        subject = subject_market(before)
        if subject and OF_THE_AMOUNT.search(before[-12:]):  # "accounting for 18% of the USD 92 billion pharmaceutical
            attributed = attributive_market(self.text[end:sent_end])  # outsourcing market": that market's size
            if attributed:
                return Scope("market") if self.is_main(attributed) else Scope("other_market", market_name=attributed)
        called = SUBJECT_IS_MARKET.match(sentence) if subject is None and " market" in sentence else None
        if called and not self.is_main(called.group("name")):
            return Scope("other_market", market_name=called.group("name"))
        if subject is None and self.main and (part := self._narrowed_main(before)):
            return Scope("segment", segment_name=part)
        if (self.related_from is not None and start >= self.related_from) or (
            self.sidebar and self.sidebar[0] <= start < self.sidebar[1]
        ):
            return Scope("other_market", market_name=subject)
        after = self.text[end:sent_end]
        place_after = PLACE_AFTER_AMOUNT.match(after)
        if (
            place_after
            and not subject
            and (place := self.opening_place(after[place_after.end() : place_after.end() + 40]))
        ):
            return Scope("region", region_name=place)
        attributive = None if subject else attributive_market(after)
        if subject is None and not attributive and VALUED_OPENING.match(before):
            named = MARKET_AFTER_COMMA.match(after)  # "Valued at USD 148.6 million in 2024, the tagatose market is …"
            attributive = named.group("name") if named else None
        if subject is None:
            subject = attributive or self._subject_after(after) or self._subject_before_sentence(before, sent_start)
        dateline = DATELINE.match(before)  # "Pune, India, June 17, 2025: The X market ...": where it was written
        clause = before[max(len(before) - 160, dateline.end() if dateline else 0) :]
        low = clause.lower()
        if " of the " in clause and (part := PART_OF_MARKET.search(clause)):
            # "BaaS platforms, the infrastructure layer of the market, generated $18.7B": that layer's figure
            return Scope("segment", segment_name=name_before(clause, part.end("part") + 1) or part.group("part"))
        captive = CAPTIVE.search(clause, max(0, len(clause) - CAPTIVE_REACH)) if "-" in low or "capt" in low else None
        if captive and not MARKET.search(clause, captive.end()):
            return Scope("other_market", market_name=f"captive {self.main}".strip())  # "in-house (captive) catheter
            # production at device OEMs was worth about USD 9.1 billion": made by the buyers themselves, not bought
        segment = next((s for s, lower in self.segments if lower in low and lower not in self.main_words), None)
        region = next((p.name for _, _, p in self.regions.find(clause) if p.name not in self.main_places), None)
        the_region = " region " in low and THE_REGION_VALUED.search(clause) is not None
        if the_region and (region or (region := self._region_before(sent_start))):
            return Scope("region", region_name=region)  # "Asia Pacific is … the global X market …, and the region
            # was valued at USD 0.17 Billion in 2023": the region named before, whatever market the clause names, or
            # named in the sentence before ("North America dominated the global market in 2024. The region was …")
        place = place_named(subject, self.regions) if subject else None
        if place:  # "the Moroccan market": the market in a place, the main one's or another
            return Scope("market") if place in self.main_places else Scope("region", region_name=place)
        if subject and self._holds_main(before, subject):
            return Scope("other_market", market_name=subject)
        if subject and region is None and self.is_main(subject):  # "the European smart glass market": a region's
            place = place_prefix(subject, self.regions)
            if place and place not in self.main_places and not self.main_placed:
                return Scope("region", region_name=place)
        if subject and not self.is_main(subject) and not (segment or region):
            return Scope("other_market", market_name=subject)
        named = last_match(SEGMENT_NAMED, clause)
        if not self._main_named_last(subject, clause, low.rfind(segment.lower()) if segment else -1, named):
            if segment and (SEGMENT_WORDS.search(clause) or segment.lower() in clause.lower()):
                return Scope("segment", segment_name=segment)
            if named:
                return Scope("segment", segment_name=_segment_before(clause, named.start()))
        if region and not GLOBAL_WORD.search(clause):
            return Scope("region", region_name=region)
        alone = ALONE.search(clause) if " alone " in clause else None
        if alone:  # "Carrageenan alone was a USD 1.05 billion market": a part of the market, not the whole
            return Scope("other_market", market_name=alone.group("name"))
        company_money = search_holding(COMPANY_MONEY, clause, COMPANY_MONEY_LITERALS) and not (
            attributive or MARKET.search(clause) or (self._names_main(clause) and not OWN_REVENUE.search(clause))
        )
        if company_money or (IN_SALES.match(after) and not subject):
            return Scope("company")
        return Scope("market")

    def _region_before(self, sent_start: int) -> str | None:
        """The first place the sentence before the one at `sent_start` names, not one of the main market's."""
        if sent_start < 2:
            return None
        prev_start, _ = sentence_bounds(self.text, sent_start - 2, sent_start - 1)
        found = self.regions.find(self.text[prev_start:sent_start])
        return next((place.name for _, _, place in found if place.name not in self.main_places), None)

    def _narrowed_main(self, before: str) -> str | None:
        """The main market's name after a word or two that narrow it, as the sentence's subject: "Pharmaceutical
        gelatin was worth US$ 1.74 billion …" (that part's figures); not "Global gelatin …" nor a place's ("European
        gelatin …")."""
        at = before.lower().find(self.main, 0, NARROWED_REACH)
        verb = NARROWED_VERB.match(before, at + len(self.main)) if at > 0 else None
        narrowing = before[:at].split()
        if verb is None or not 1 <= len(narrowing) <= 2 or narrowing[-1].lower() in NOT_NARROWING:
            return None  # nor "Revenue from phase change materials is forecast to climb …": the market's revenue
        part = before[: at + len(self.main)]
        return None if place_prefix(part, self.regions) else part

    def opening_place(self, words: str) -> str | None:
        """The place `words` open with, not one of the main market's own: "in Europe" after an amount, a table's label
        "North America Market Value (2024)" over "USD 9.6 Bn" in a statistics card (its figure is that region's)."""
        found = self.regions.find(words)
        if found and found[0][0] == 0 and found[0][2].name not in self.main_places:
            return found[0][2].name
        return None

    def other_market_named(self, words: str) -> str | None:
        """The market `words` name when it is not the main one, or one the main one is part of (a table row's "Global
        battery pack market" in a report on battery pack assembly); else None."""
        named = subject_market(words)
        return named if named and (not self.is_main(named) or self._holds_main(words, named)) else None

    def _holds_main(self, before: str, subject: str) -> bool:
        """'the overall lithium-ion battery market' in a report on lithium-ion battery recycling, 'the global
        agricultural drone market' in one on Europe's: a market the main one is part of, not the main one."""
        if subject.lower() in self.main_forms:  # the main market's forms, its abbreviation written out or not
            return False
        rest = self.main[len(subject) :].split() if self.main.startswith(subject.lower() + " ") else []
        # "the market for Bio-Lebensmittel in Austria" of the main market so named; "le marché" of the sentence after
        # "Le marché de la fabrication de chocolat à façon en Belgique a atteint …"
        unplaced = rest and self.main_unplaced == subject.lower()
        if unplaced and (self._placed_after(before, subject) or subject.lower() not in before.lower()):
            return False
        if rest and not all(word in GENERIC_HEADS for word in rest):
            return True  # "the electric bus market" in a report on electric bus charging
        at = before.lower().rfind(subject.lower())
        if at < 0:
            return False
        head = before[max(0, at - 30) : at]
        if before.startswith(AS_A_WHOLE, at + len(subject)):
            return True  # "the rate CER forecasts for the EMS industry as a whole, which it puts at $618 billion"
        return bool(WHOLE_OF.search(head) or (self.main_placed and WORLD_OF.search(head)))

    def _placed_after(self, before: str, subject: str) -> bool:
        """Whether `subject` is written in `before` with one of the main market's places after it."""
        at = before.lower().rfind(subject.lower())
        placed = place_after(before, at + len(subject), self.regions) if at >= 0 else None
        return placed is not None and placed[2].name in self.main_places

    def _main_named_last(self, subject: str | None, clause: str, segment_at: int, named: re.Match[str] | None) -> bool:
        """'… by Application (Residential, Commercial)": …", the water smart meter market was valued at': the main
        market named after the clause's segments, nearer the figure, is whose figure it is."""
        if not subject or not self.is_main(subject):
            return False
        market = last_match(MARKET, clause)
        return market is not None and market.start() > max(segment_at, named.start() if named else -1)

    def _names_main(self, clause: str) -> bool:
        """The clause names the main market in other words: 'cell therapies' for 'Cellular Therapeutics'."""
        stems = _stem_pattern(SPEND_END.sub("", self.main))  # 'it spend': spending on IT names it
        return bool(stems and stems.search(clause))

    def _subject_after(self, after: str) -> str | None:
        """'$757 billion is projected in the IT Hardware market': the subject named after the amount."""
        clause = after[:120].split(",")[0]
        spend = SPEND_ON.search(clause)
        if spend:
            return spend.group("name")
        match = SUBJECT_AFTER.search(clause)
        if not match:
            return None
        return name_before(clause, match.end(1) + 1)

    def _subject_before_sentence(self, before: str, sent_start: int) -> str | None:
        """'The market is expected to …' after a sentence about the Bangkok data centre market: that market."""
        if not UNNAMED_MARKET.search(before) or sent_start < 2:
            return None
        prev_start, _ = sentence_bounds(self.text, sent_start - 2, sent_start - 1)
        return subject_market(self.text[prev_start:sent_start])


# "… of the " right before an amount: the amount is the size of the market named after it.
# Production by the buyers themselves, beside the market for it: "in-house (captive) … production", "Captive
# fabrication departments", "the captive side of the industry".
CAPTIVE = re.compile(r"\b(?:in-house|captive)\b", re.I)
CAPTIVE_REACH = 120
OF_THE_AMOUNT = re.compile(r"\bof\sthe\s$")


def _without_place(name: str, regions: RegionIndex) -> str | None:
    """A market's name without the place it opens with ("india solar water pump" -> "solar water pump") or ends
    with ("bio-lebensmittel in austria" -> "bio-lebensmittel")."""
    for placed in reversed(list(PLACED_AFTER.finditer(name))):  # the last: "sous-traitance en décolletage en france"
        place = name[placed.end() :]
        found = regions.find(place)
        if found and found[0][0] == 0 and found[0][1] == len(place):
            return name[: placed.start()]
    words = name.split()
    for n in range(min(PLACE_WORDS, len(words) - 1), 0, -1):
        if regions.resolve(" ".join(words[:n]).removeprefix("the ")):
            return " ".join(words[n:])
    return None


def _similar(a: str, b: str) -> bool:
    """Near-equal names, or one's words all in the other when it has two or more ('medical aesthetics' in
    'japanese medical aesthetics'); a single word ('ev', 'it') is not the market it qualifies."""
    if fuzz.token_sort_ratio(a, b) >= 85:
        return True
    x, y = ([w.rstrip("s") for w in re.findall(r"\w+", name.lower())] for name in (a, b))
    if x[-1:] == y[-1:] and set(x) - set(y) and set(y) - set(x):
        return False  # "rigid polyurethane foam" beside "flexible polyurethane foam": siblings, each with its own word
    return min(len(a.split()), len(b.split())) >= 2 and fuzz.token_set_ratio(a, b) >= 85


@lru_cache(maxsize=1024)
def _stem_pattern(name: str) -> re.Pattern[str] | None:
    """'vision screeners' -> a pattern for 'vision screener(s)', 'visionary screens' and the like."""
    words = [w for w in re.split(r"[\s-]+", name) if w.isalnum()]  # 'u.s.' and '(ai)' left out
    if not words:
        return None
    stems = [re.escape(w[: max(4, int(len(w) * 0.6))]) + r"\w*" for w in words]
    return re.compile(r"\b" + r"[\s-]+".join(stems) + r"\b", re.I)


def _within(short: str, long: str) -> bool:
    """'bio cmo' within 'global bio cmo', 'cmo' within 'bio cmo': whole words at the end of the longer
    name, or anywhere when the shorter one has a qualifier of its own; 'it' is not within 'it hardware'."""
    return long.endswith(" " + short) or (" " in short and f" {short} " in f" {long} ")


def _segment_before(clause: str, pos: int) -> str | None:
    """'... the hardware segment' -> 'hardware'; 'virtual reality (VR) application' -> 'virtual reality (VR)'."""
    return name_before(clause, pos, limit=5)


UNLETTERED = frozenset({"and", "of", "the", "for", "in"})


def _abbreviation_defined(text: str, name: str) -> str | None:
    """The abbreviation a text gives a name in parentheses after it ("cross-laminated timber (CLT)"), or the short
    term it defines for the name's market ('the global long-acting injectable CDMO market (the "LAI CDMO market")'),
    in lower case: the name found in the text's case-folded copy, the abbreviation or term matched right after it."""
    low, wanted = folded(text), name.lower()
    at = low.find(wanted)
    while at >= 0:
        after = at + len(wanted)
        if found := ABBREVIATION_AFTER.match(text, after) or DEFINED_TERM_AFTER.match(text, after):
            return found.group(1).lower()
        at = low.find(wanted, at + 1)
    return None


@lru_cache(maxsize=1024)  # asked for the main market's name at every figure
def name_variants(name: str) -> tuple[str, ...]:
    """'Bio Contract Manufacturing Organization (CMO)' -> itself, 'bio cmo', 'bio contract manufacturing
    organization': the forms a name takes with its abbreviation written out or not."""
    lower = name.lower()
    variants = [lower, lower.replace("&", "and")]
    match = ABBREVIATION.search(name)
    if match:
        short = match.group(1)
        words = name[: match.start()].split()
        # the words an abbreviation takes a letter from: "Managed Detection and Response (MDR)" leaves out "and",
        # "Contract Research And Manufacturing Services (CRAMS)" does not
        for skipped in (UNLETTERED, frozenset()):
            lettered = [k for k, w in enumerate(words) if w[:1].isalpha() and w.lower() not in skipped]
            initials = "".join(words[k][0] for k in lettered).upper()
            k = next((k for j, k in enumerate(lettered) if initials[j:] == short.upper()), None)
            if k is not None:
                variants.append(" ".join([*words[:k], short]).lower())
                break
        variants.append(name[: match.start()].strip().lower())
    elif within := ABBREVIATION_WITHIN.search(name):  # "polyhydroxyalkanoate (PHA) bioplastics": "pha bioplastics"
        rest = name[within.end() :]
        words = name[: within.start()].split()
        initials = "".join(w[0] for w in words if w[:1].isalpha()).upper()
        short = within.group(1).upper()
        if initials.endswith(short) or (len(words) == 1 and words[0][:1].upper() == short[:1]):
            variants.append(f"{' '.join(words[: len(words) - len(short)])} {short} {rest}".strip().lower())
    return tuple(variants)


@lru_cache(maxsize=8)
def related_sidebar(text: str) -> tuple[int, int] | None:
    """A block of links to other reports wherever it stands (a page's left column before its release: "LATEST
    REPORTS" over "Biopesticide Registration Services" / "Market to reach US$ 1.9 bn by 2030"): from the first such
    heading through its items, each a title of one line (no sentence) with a line under it or none, parted by blank
    lines."""
    headings = _related_headings(text)
    if not headings:
        return None
    start, end = headings[0]
    while item := SIDEBAR_ITEM.match(text, end):  # each item right after the one before
        end = item.end()
    return start, end


def related_block_start(text: str) -> int | None:
    """Where a block of links to other reports starts, when the document ends with one."""
    marker = text.find(f"\n{RELATED_NEWS_HEADING}\n")
    if marker >= 0:
        return marker + 1
    headings = _related_headings(text)
    if not headings or headings[-1][0] < len(text) * 0.4:
        return None
    return headings[-1][0]


@lru_cache(maxsize=8)
def _related_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Where each RELATED_HEADING starts and ends (its line's end, not the line break), found once per document: the
    extractors and the scope judge all ask."""
    return tuple((m.start(), m.start() + len(m.group(0).rstrip())) for m in RELATED_HEADING.finditer(text))
