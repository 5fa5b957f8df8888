"""Run every extractor over one cleaned document, in dependency order."""

from __future__ import annotations

import dataclasses
import re

from loaders.clean import CleanDocument
from loaders.extract.chinese import (
    extract_companies_zh,
    extract_growth_zh,
    extract_market_zh,
    extract_publisher_zh,
    extract_regions_zh,
    extract_sizes_zh,
)
from loaders.extract.chinese_segments import extract_segments_zh
from loaders.extract.companies import RESEARCH_FIRM_ABOUT, extract_companies
from loaders.extract.figures import figure_sizes
from loaders.extract.gloss import glossed_document, glossed_language
from loaders.extract.gloss import written_back as glossed_back
from loaders.extract.growth import extract_growth
from loaders.extract.korean_companies import extract_companies_ko
from loaders.extract.korean_segments import extract_segments_ko
from loaders.extract.market import (
    extract_forecast_period,
    extract_market,
    extract_title,
    name_before,
)
from loaders.extract.model import DocumentFacts, SizeMention
from loaders.extract.money import find_money, unmarked_amounts
from loaders.extract.publisher import Figures, extract_publisher
from loaders.extract.regions import extract_regions, extract_shares, load_index
from loaders.extract.scope import Scope, ScopeJudge, related_block_start
from loaders.extract.segments import extract_segments
from loaders.extract.sizes import company_revenues, extract_sizes
from loaders.extract.spoken import worded_amounts
from loaders.extract.tables import (
    chart_sizes,
    company_columns,
    dated_cells,
    estimate_growth,
    estimate_sizes,
    labelled_growth,
    table_companies_zh,
    table_growth,
    table_sizes,
)
from loaders.extract.text import covering, folded, sentence_bounds
from loaders.extract.traditional import is_traditional, simplified, written_back
from loaders.extract.years import PART_YEAR

# "..., which boast a higher CAGR of": a rate of something compared with the market.
COMPARED_RATE = re.compile(
    r",?\s(?:which|that|who)\s(?:\w+\s){0,3}?(?:a\s|an\s)?(?:higher|faster|lower|slower|stronger|weaker)\s"
    r"(?:CAGR|growth|compound annual growth rate)\b",
    re.I,
)
# The part of the market that grows fastest, in the words up to a rate: "the fastest-growing niche", "the fastest
# piece", "Fastest-growing ingredient:", "grow at the fastest CAGR" (read only for a rate judged the market's); not "the
# fastest-growing market", the market itself.
FASTEST_PART = re.compile(r"\bfastest(?:[- ]growing)?\s(?!markets?\b)[a-z-]+\b|\bgrowing\sfastest\b", re.I)
# The words after a part's rate that say it grows fastest: a German release's "… mit 5.8 Prozent pro Jahr am
# schnellsten" as its gloss reads.
FASTEST_AFTER = re.compile(r"\sgrowing\sfastest\b")
# The name before the verb that says it grows fastest: "Regulatory studies for biostimulants| are the fastest-growing",
# at the sentence's start or after a comma or colon ("By service, Kitting & Assembly is …").
PART_NAME = re.compile(r"(?P<name>[A-Za-z][^,.;:]{2,80}?)\s(?:is|are)\s")
PART_NAME_AFTER = re.compile(r"[,:]\s(?P<name>[A-Za-z][^,.;:]{2,80}?)\s(?:is|are)\s")
# "Fastest-growing ingredient: probiotic gummies, a $780M category …": the part named after the label.
FASTEST_LABEL = re.compile(r"fastest[- ]growing[^:.\n]{0,30}:\s(?P<name>(?!(?:an?|the)\s)[^,.;:\n\d]{2,60})", re.I)
# The growth of a market's volume (tons, units), not of its value: "In terms of volume, …", "… by volume".
VOLUME_RATE = re.compile(r"\b(?:in\s(?:terms\sof\s)?volume(?:\sterms)?|by\svolume|volume[- ]wise)\b", re.I)
VOLUME_REACH = 60
# "…, while volumes are expected to grow at a CAGR of 3.9%": the clause before a rate makes it the volumes'.
VOLUME_BEFORE = re.compile(  # "Volume CAGR (2.4%)", "expects volume growth of 2 to 3 percent a year"
    r"\bvolumes?\s(?:are|is|will)\b[^.;%]{0,50}$|\bvolume\s(?:growth\sof\s)?$|\bvolumes\sfall\s$"
    # "Shipments are expected to grow by 2.9% a year", "refrigerated warehouse capacity grows between 3% and 4% a year"
    r"|\b(?:shipments|capacity)\s(?:are|grows)\b[^.;%]{0,50}$",
    re.I,
)
# "Supplier prices rose 14% in 2022", "average selling prices of herbal skin care rose about 6%", "Veterinary prices in
# the U.S. rose about 7% in 2024", "CDMO price increases of 4–6% a year", "coconut-shell GAC prices +3% a year": the
# words before a rate make it the prices' change.
PRICE_BEFORE = re.compile(
    r"\bprices\sin\s[^;%]{1,30}?\s$|\bprices\s\+$"
    # "the average price of a simple attended funeral fell by 1.2%", "the average selling price of a thermal imaging
    # camera is projected to decline by about 5.8% per year", "average selling prices set to drop by almost 6%" (and
    # "prices of herbal skin care rose about", "price increases of": a price and up to six words before the rate)
    r"|\bprices?\s(?:of\s[^;%]{1,60}?\s)?(?:\w+\s){0,6}?$",
    re.I,
)
PRICE_REACH = 100  # the characters before a rate PRICE_BEFORE reads
# A place's name between a rate and its "CAGR": "5.6% APAC CAGR".
RATE_OF_PLACE = re.compile(r"%\s([A-Z][\w-]*)\sCAGR\b")
# A compound or stated annual growth rate, as opposed to one year's change.
COMPOUND_RATE = re.compile(r"CAGR|compound|annual|annually|per annum|a year|per year", re.I)
# A correction notice over a release: "CORRECTION (November 14, 2025): The release … stated the 2032 forecast as
# “USD 187.4 Billion”. That figure was a transposition error." Its figures are the withdrawn ones and the corrected
# ones the release after it states again.
CORRECTION_NOTICE = re.compile(r"^(?:CORRECTION|Correction)\b[^:\n]{0,40}:[^\n]*", re.M)
# "… is an independent research firm": a firm introducing itself, a few words after its name ("Ipê Market Research
# (Ipê Consultoria e Pesquisa Ltda.) is a …").
SELF_INTRO = re.compile(r"\s(?:is|are)\s(?:a|an)\s")
SELF_INTRO_REACH = 60
# "+1-415-230-0044 (US)": a country code after a phone number is not coverage.
PHONE_BEFORE = re.compile(r"\d[\d\s()+-]{6,}\(?$")
# "US: +1-555-0104 | UK: +44-555-0190": a country labelling a phone number.
PHONE_AFTER = re.compile(r":?\s?\+\s?\d[\d\s()-]{5,}")


def extract_document(doc: CleanDocument) -> DocumentFacts:
    """All facts of one document; documents in Chinese (in simplified or traditional characters) yield their market,
    sizes, growth rates, key players, segments and regions, and so do releases in French, German, Spanish,
    Portuguese, Italian and Dutch (read by the English extractors through their glossary) and documents in Japanese
    and Korean (read by the Chinese ones, likewise); documents in other languages only their title and publisher."""
    if doc.language == "zh" and is_traditional(doc.text):
        read = simplified(doc)
        return written_back(_facts(read), read, doc)
    if doc.language == "ja":  # read by the Chinese extractors, in simplified characters and Chinese words
        read = simplified(doc)
        glossed, body = glossed_document(read, "ja")
        facts = glossed_back(_facts(dataclasses.replace(glossed, language="zh")), body, read)
        return written_back(facts, read, doc)
    if doc.language == "ko":
        # read by the Chinese extractors, in Chinese words; segments and players as Korean lists them
        glossed, body = glossed_document(doc, "ko")
        facts = _facts(dataclasses.replace(glossed, language="zh"))
        facts.segments += extract_segments_ko(glossed.text)
        facts.companies += extract_companies_ko(glossed.text, {c.name_as_written for c in facts.companies})
        return glossed_back(facts, body, doc)
    if doc.language == "en" and (language := glossed_language(doc.text)):
        read, body = glossed_document(doc, language)
        return glossed_back(_facts(read), body, doc)
    return _facts(doc)


def _facts(doc: CleanDocument) -> DocumentFacts:
    facts = DocumentFacts()
    text = doc.text
    title = extract_title(text, doc.title)
    columns = company_columns(doc.tables)  # a table's companies; its header and other cells are none
    if title:
        facts.attributes.append(title)
    if doc.language == "zh":
        market_zh = extract_market_zh(text, doc.title)
        main_zh = market_zh.value_text if market_zh else None
        facts.attributes += [a for a in (market_zh,) if a]
        facts.sizes = extract_sizes_zh(text, main_zh)
        facts.sizes += _new_sizes(facts.sizes, table_sizes(text, doc.tables, main_zh, load_index()))
        facts.growth = extract_growth_zh(text, main_zh)
        facts.growth += table_growth(text, doc.tables, main_zh, load_index(), facts.growth)
        _share_growth_years(facts.growth)
        facts.companies = [c for c in extract_companies_zh(text) if c.name_as_written not in columns.others]
        facts.companies += table_companies_zh(text, columns.names, facts.companies)
        facts.segments = extract_segments_zh(text)
        facts.regions = extract_regions_zh(text, load_index())
    if doc.language != "en":
        found = [a for a in extract_publisher(text, doc.links) if a.attribute != "report_id"]
        named_zh = extract_publisher_zh(text) if doc.language == "zh" else None
        if named_zh:  # the firm the Chinese text names, before one spelled from a link's domain
            found = [named_zh, *(a for a in found if a.attribute != "publisher")]
        facts.attributes += found
        return facts
    regions = load_index()
    body = text[: related_block_start(text) or len(text)]
    market = extract_market(body, doc.title)
    period = extract_forecast_period(body, doc.title)
    facts.attributes += [a for a in (market, period) if a]
    main = market.value_text if market else None
    facts.segments = extract_segments(body, doc.bold, doc.tables, doc.outlines)
    judge = ScopeJudge(text, main, [s.segment_name for s in facts.segments], regions)
    amounts = list(find_money(text))
    amounts += worded_amounts(text, folded(text))
    amounts = sorted(amounts + unmarked_amounts(text, amounts), key=lambda m: m.start)
    if "orrection" in text or "ORRECTION" in text:
        notices = covering((m.start(), m.end()) for m in CORRECTION_NOTICE.finditer(text))
        amounts = [a for a in amounts if not notices(a.start)]  # the figures a correction withdraws, or repeats
    forecast = (period.start_year, period.end_year) if period else None
    cells = dated_cells(text, doc.tables) if doc.tables else {}
    facts.sizes = extract_sizes(text, amounts, judge, main, forecast, cells)
    facts.sizes += _new_sizes(facts.sizes, table_sizes(text, doc.tables, main, regions))
    facts.sizes += _new_sizes(facts.sizes, estimate_sizes(text, doc.tables, main))
    facts.sizes += _new_sizes(facts.sizes, chart_sizes(text, main))
    facts.sizes += _new_sizes(facts.sizes, figure_sizes(text, main, regions))
    facts.growth = extract_growth(text, forecast)
    for mention in facts.growth:
        sentence = _sentence(text, mention.char_start, mention.char_end)
        scope = judge.judge(*sentence, rate=True)
        if scope.kind == "company" and not COMPOUND_RATE.search(mention.rate_text):
            mention.scope = "company"  # a company's year-on-year growth, not the market's
            continue
        # "In terms of volume, the market is estimated to grow at a CAGR of 6.3%", in the rate's own sentence
        if VOLUME_RATE.search(text, sentence[0], min(sentence[3], mention.char_end + VOLUME_REACH)) or (
            VOLUME_BEFORE.search(text, max(sentence[0], mention.char_start - 70), mention.char_start)
        ):
            mention.scope = "volume"
            continue
        if PRICE_BEFORE.search(text, max(sentence[0], mention.char_start - PRICE_REACH), mention.char_start):
            mention.scope = "price"
            continue
        if not COMPOUND_RATE.search(mention.rate_text) and PART_YEAR.search(text, sentence[0], sentence[3]):
            mention.scope = "part_year"  # "revenue … in Q1 2025, up 9% year over year": a quarter's change
            continue
        mention.scope = scope.kind if scope.kind != "company" else "market"
        named = RATE_OF_PLACE.search(mention.rate_text) if mention.scope == "market" else None
        if named and (place := judge.opening_place(named.group(1))):  # "the 5.6% APAC CAGR": that region's rate
            mention.scope, scope = "region", Scope("region", region_name=place)
        mention.market_name = scope.market_name if scope.kind == "other_market" else main
        mention.segment_name, mention.region_name = scope.segment_name, scope.region_name
        if mention.scope == "market" or (mention.scope == "segment" and not mention.segment_name):
            compared = _compared_part(text, mention.char_start, mention.char_end)
            if compared:
                mention.scope, mention.segment_name = "segment", compared
            elif part := _fastest_part(text, mention.char_start, mention.char_end):
                mention.scope, mention.segment_name = "segment", part
    facts.growth = [g for g in facts.growth if g.scope not in {"company", "volume", "part_year"}]
    facts.growth += table_growth(text, doc.tables, main, regions, facts.growth)
    facts.growth += estimate_growth(text, doc.tables, main, facts.growth)
    facts.growth += labelled_growth(text, doc.tables, main, facts.growth)
    _share_growth_years(facts.growth)
    stated = [*facts.sizes, *facts.growth]
    figures = Figures(
        main=[f.char_start for f in stated if f.scope == "market"],
        other=[f.char_start for f in stated if f.scope == "other_market"],
    )
    facts.attributes += extract_publisher(body, doc.links, figures, doc.bold, doc.page_title or doc.title, text)
    publisher = next((a.value_text.lower() for a in facts.attributes if a.attribute == "publisher"), None)
    facts.companies = [
        c
        for c in extract_companies(body, doc.bold, regions, columns, main, doc.title)
        if not publisher
        or not {c.company_name.lower(), c.name_as_written.lower()} & {publisher, publisher.removeprefix("the ")}
    ]
    names = [c.name_as_written for c in facts.companies] + [c.company_name for c in facts.companies]
    facts.revenues = company_revenues(text, amounts, names, doc.bold)
    in_company = covering((c.char_start, c.char_end) for c in facts.companies)
    facts.regions = [
        r
        for r in extract_regions(body, regions)
        if not in_company(r.char_start)
        and not (publisher and _firm_about_itself(text, r.char_start, publisher))
        and not PHONE_BEFORE.search(text, max(0, r.char_start - 24), r.char_start)
        and not PHONE_AFTER.match(text, r.char_end)
        and r.evidence_text not in columns.head_offices
    ]
    facts.shares = extract_shares(text, regions)
    return facts


def _compared_part(text: str, start: int, end: int) -> str | None:
    """'paper printed boxes, which boast a higher CAGR of 5.2%': the part of the market that grows faster."""
    window = text[max(0, start - 120) : end]
    compared = COMPARED_RATE.search(window)
    if not compared:
        return None
    which = compared.start() + len(compared.group(0)) - len(compared.group(0).lstrip(", "))
    return name_before(window, which)


def _fastest_part(text: str, start: int, end: int) -> str | None:
    """'High-voltage harnesses … are the fastest growing niche, at a CAGR of 14.8%', 'Kitting & Assembly is expected
    to grow at the fastest CAGR of 8.1%', 'Fastest-growing ingredient: probiotic gummies, …': the part of the market
    whose rate it is, named before its verb or after the label (else the words that say it grows fastest); None when
    the sentence up to the rate says no such thing."""
    sentence_start = sentence_bounds(text, start, start)[0]
    fastest = FASTEST_PART.search(text, sentence_start, end) or FASTEST_AFTER.match(text, end)
    if fastest is None:
        return None
    named = (
        PART_NAME.match(text, sentence_start, fastest.start())
        or PART_NAME_AFTER.search(text, sentence_start, fastest.start())
        or FASTEST_LABEL.match(text, fastest.start())
    )
    return named.group("name").strip() if named else fastest.group(0).strip()  # else the words that tell of it


def _sentence(text: str, start: int, end: int) -> tuple[int, int, int, int]:
    s, e = sentence_bounds(text, start, end)
    return s, start, end, e


def _new_sizes(found: list[SizeMention], more: list[SizeMention]) -> list[SizeMention]:
    """Of a table's sizes, those the text does not state already (a table repeating the figures of its prose)."""
    stated = {_size_key(m) for m in found}
    return [m for m in more if _size_key(m) not in stated]


def _size_key(mention: SizeMention) -> tuple:
    money = mention.money
    value = (money.reported_value, money.reported_unit, money.reported_currency) if money else None
    return value, mention.reference_year


def _firm_about_itself(text: str, start: int, publisher: str) -> bool:
    """Whether the place at `start` is in the publisher's words about itself: "Vriksha Market Research LLP is an
    independent research and advisory firm based in Pune, India, covering … across India and South Asia" (a sentence
    that opens with its name, then "is a" or "is an" and words a research firm describes itself with)."""
    s, e = sentence_bounds(text, start, start)
    if not text[s:e].lower().startswith(publisher):
        return False
    intro = SELF_INTRO.search(text, s + len(publisher), min(e, s + len(publisher) + SELF_INTRO_REACH))
    return intro is not None and RESEARCH_FIRM_ABOUT.search(text, intro.end(), e) is not None


def _share_growth_years(growth: list) -> None:
    """A rate repeated with fewer years takes them from the same rate stated with its years."""
    dated: dict = {}
    for mention in growth:
        key = (mention.market_name, mention.rate_low, mention.rate_high)
        known = dated.get(key)
        if mention.end_year is not None and (known is None or (known.start_year is None and mention.start_year)):
            dated[key] = mention
    for mention in growth:
        source = dated.get((mention.market_name, mention.rate_low, mention.rate_high))
        if source is None or mention.start_year is not None:
            continue
        if mention.end_year in (None, source.end_year):
            mention.start_year, mention.end_year = source.start_year, source.end_year
