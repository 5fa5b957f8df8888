"""The literal-anchored scans give exactly the matches of a full finditer."""

from __future__ import annotations

import bisect
import random

import pytest

from loaders.clean import URL
from loaders.extract import growth, market, money, publisher
from loaders.extract import text as text_module
from loaders.extract.text import (
    figure_starts,
    finditer_at,
    finditer_opening,
    folded,
    literal_positions,
    sentences,
    sentences_near,
)
from tests.conftest import REAL_DOCS
from tests.loaders.real_text import cleaned

PIECES = [
    "USD 4.5 billion",
    "US$ 3",
    "uſ$ 7",
    "Usd9",
    "$12",
    "€ 3",
    "£4",
    "INR 50",
    "ınr 5",
    "İNR 6",
    "Rs. 9",
    "rs 1",
    "CAGR",
    "cagr",
    "C.A.G.R.",
    "compound annual growth rate",
    "Compounded annual growth rate",
    "AAGR",
    "annual growth rate",
    "growing at 5% annually",
    "grew 7.5% year-over-year in 2024",
    "Rose 3% YoY",
    "CLIMBED",
    "jumped by",
    "Increased",
    "expands",
    "in 2025",
    "GROWTH by 3 percent a year",
    "7.1% CAGR",
    "5 - 7 per cent",
    "12,5 % per annum",
    "100%",
    "٣%",
    "3 %",
    "%",
    " ",
    "\n",
    ".",
    ",",
    "-",
    "to",
    "of",
    "a",
    "the market",
    "K",
    "http://x.io/a",
    "HTTPS://Y.COM",
    "www.site.org/p",
    "WWW.A-B.NET/x",
    "ẞ",
    "ß",
    "word",
    "1",
    "22",
    "2024",
]


def corpus(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    gaps = ["", " ", "  "]
    return ["".join(rng.choice(PIECES) + rng.choice(gaps) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@pytest.mark.parametrize("seed", range(4))
def test_anchored_scans_equal_full_scans(seed: int) -> None:
    for text in corpus(seed):
        assert len(folded(text)) == len(text)
        cases = [
            (URL, literal_positions(folded(text), ("http", "www."))),
            (market.FIGURE, figure_starts(text, market.FIGURE_LITERALS)),
            (publisher.FIGURE, figure_starts(text, publisher.FIGURE_LITERALS)),
        ]
        patterns = (growth.CAGR_THEN_RATE, growth.RATE_THEN_CAGR, growth.GROW_AT, growth.ANNUAL_CHANGE)
        cases += [(p, growth._starts(text, p)) for p in patterns]
        for pattern, starts in cases:
            assert spans(finditer_at(pattern, text, starts)) == spans(pattern.finditer(text)), (pattern.pattern, text)


UNMARKED_PIECES = [
    "valued at", "VALUED AT", "Worth", "networth", "reached", "Reaches", "REACHING", "reach", "estimated at",
    "accounted for", "size of", "market size of", "about", "nearly", "over", "28.27", "5", "1,2", "2024", "billion",
    "Bn", "mn", "TRILLION", "million people", "users", "in 2023", "USD", "\n", ".", "ſize of", "İ",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_unmarked_amounts_scan_equals_a_full_scan(seed: int) -> None:
    """Amounts without a currency are looked for only where an opening word occurs: the same matches as a full
    scan, on random texts built of the pattern's own pieces and on every real document."""
    rng = random.Random(seed)
    numbers, scales = ["28.27", "5", "1,2", "2024", "12345"], ["billion", "Bn", "mn", "TRILLION", "million people"]

    def piece() -> str:
        if rng.random() < 0.5:
            return rng.choice(UNMARKED_PIECES)
        qualifier = rng.choice(["", "about ", "nearly ", "over "])
        return f"{rng.choice(UNMARKED_PIECES)} {qualifier}{rng.choice(numbers)} {rng.choice(scales)}"

    texts = ["".join(piece() + rng.choice([" ", " ", "", "  "]) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    texts += [cleaned(path.name) for path in sorted(REAL_DOCS.iterdir())]
    found = 0
    for text in texts:
        starts = literal_positions(folded(text), money.UNMARKED_SIZE_OPENINGS)
        anchored = spans(finditer_at(money.UNMARKED_SIZE, text, starts))
        assert anchored == spans(money.UNMARKED_SIZE.finditer(text)), text
        found += len(anchored)
    assert found > 100


TIED_PIECES = [
    "partnership with", "Partnership with", "partnered with", "collaboration with", "agreement with",
    "joint venture with", "joint venture  with", "its", "a", "wholly-owned", "flagship", "subsidiary", "subsidiary,",
    "Acme", "Beta Corp.", "Gamma Ltd.", "of", "&", "x-Ray", "\n", "with", "the", "University",
    "partnered with Acme Corp.", "agreement with Delta & Sons", "joint venture with Beta of Omaha",
    "its subsidiary Gamma Ltd.", "collaboration with\nAcme",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_tied_company_scan_equals_a_full_scan(seed: int) -> None:
    """Companies tied by a partnership are looked for only where one opens when no subsidiary is named: the
    same matches as a full scan, on random texts of the pattern's pieces and on every real document."""
    from loaders.extract.companies import TIED_COMPANY, _tied_companies

    rng = random.Random(seed)
    texts = [
        "".join(rng.choice(TIED_PIECES) + rng.choice([" ", " ", "", "\n"]) for _ in range(rng.randint(1, 40)))
        for _ in range(400)
    ]
    texts += [cleaned(path.name) for path in sorted(REAL_DOCS.iterdir())]
    found = without_subsidiary = 0
    for text in texts:
        anchored = spans(_tied_companies(text))
        assert anchored == spans(TIED_COMPANY.finditer(text)), text
        found += len(anchored)
        without_subsidiary += len(anchored) if "subsidiar" not in text else 0
    assert without_subsidiary > 50 and found > without_subsidiary


SENTENCE_PIECES = [
    "Inc.",
    "U.S.",
    "e.g.",
    "5%",
    "per",
    "percent",
    ". ",
    "? ",
    "! ",
    '." ',
    ".) ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "The",
    "A",
    "9",
    "word",
    "(x",
    "[y",
    "'z",
    "market",
    "Dr.",
    "No.",
    "etc.",
]


def _sentences_of_lines_holding(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """sentences_near plainly: every sentence of the text whose line holds one of `literals`."""
    line_starts = [0] + [k + 1 for k, char in enumerate(text) if char == "\n"]
    line_ends = [at - 1 for at in line_starts[1:]] + [len(text)]
    holding = [any(x in text[s:e] for x in literals) for s, e in zip(line_starts, line_ends, strict=True)]
    return [(s, e) for s, e in sentences(text) if holding[bisect.bisect_right(line_starts, s) - 1]]


@pytest.mark.parametrize("seed", range(4))
def test_sentences_near_are_the_sentences_holding_the_literals(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(SENTENCE_PIECES) for _ in range(rng.randint(0, 80)))
        near = list(sentences_near(text, ("%", "per")))
        assert near == _sentences_of_lines_holding(text, ("%", "per")), repr(text)
        holding = [(s, e) for s, e in sentences(text) if "%" in text[s:e] or "per" in text[s:e]]
        assert set(holding) <= set(near)


def test_sentences_near_in_real_documents_are_those_of_a_scan() -> None:
    found = 0
    for path in sorted(REAL_DOCS.iterdir()):
        text = cleaned(path.name)
        for literals in (("%", "per"), ("market",), ("\u00a0", "zzz")):
            near = list(sentences_near(text, literals))
            assert near == _sentences_of_lines_holding(text, literals), (path.name, literals)
            found += len(near)
    assert found > 2000


def test_legal_basename_equals_cleanco() -> None:
    from cleanco import basename as cleanco_basename
    from cleanco.clean import prepare_default_terms

    from loaders.extract.legalname import basename

    words = ["Acme", "Co", "Co.", "Ltd", "Ltd.", "GmbH", "&", "KG", "Inc.", "Holdings", "S.A.", "de", "C.V.", "AG",
             "plc", "LLC", "Corp.", "Limited", "Pvt.", "Private", "Company", "Ltda", "Oy", "AB", "Société", "ООО",
             "S.p.A.", ",", "-", "(", ")", "İnc", "ınc", "ſa", "Ｉｎｃ"]  # fmt: skip
    rng = random.Random(7)
    names = {" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(20_000)}
    names |= {"Acme " + " ".join(parts) for _, parts in prepare_default_terms()}
    assert [n for n in names if basename(n) != cleanco_basename(n)] == []


FIRM_PIECES = [
    "according to", "as per", "per", "reports", "says", "notes", "report by", "study from", "published by", "research",
    "Research by", "RESEARCH from", "According to", "ACCORDING TO", "Source:", "As Per",
    "analysis by", "firm", "source:", "cited by", "data from", "insights from", "estimates by", "a", "the", "new",
    "Grand View Research", "Acme & Sons", "of", "and", "Fact.MR", ",", "is", "are", "an", "a leading",
    "global market research", "consulting", "intelligence", "advisory", "analytics", "firm", "company", "provider",
    "agency", "publisher", "India-based", "x" * 70, "Y" * 65, "mail", "@", "info@acme.com", "a.b+c-d_e", "(", ")",
    "About", "About Us", "ABOUT", "about", ":", "-", "–", "Abouts", "expert in", "an authority in market",
    "specialist\tin", "organisation", "house", "organization", "researcher", "research\nfirm",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_anchored_firm_and_address_scans_equal_full_scans(seed: int) -> None:
    from loaders.clean import EMAIL
    from loaders.extract.companies import ABOUT_COMPANY, about_blocks
    from loaders.extract.publisher import ABOUT_HEADING, CITED_FIRM, FIRM_INTRO, _matches

    rng = random.Random(seed)
    blocks = 0
    for _ in range(300):
        text = "".join(rng.choice(FIRM_PIECES) + rng.choice([" ", "  ", "", "\n"]) for _ in range(rng.randint(1, 120)))
        for pattern in (CITED_FIRM, FIRM_INTRO, ABOUT_HEADING):
            assert spans(_matches(pattern, text)) == spans(pattern.finditer(text)), (pattern.pattern, text)
        assert spans(about_blocks(text)) == spans(ABOUT_COMPANY.finditer(text)), text
        blocks += len(spans(about_blocks(text)))
        starts = [k for at in literal_positions(text, ("@",)) for k in range(max(0, at - 64), at)]
        assert spans(finditer_at(EMAIL, text, starts)) == spans(EMAIL.finditer(text))
    assert blocks > 10


# How a firm introduction ends: a kind of firm, or an expert in research (and a word that only starts so).
ENDINGS = [f"{word} {kind}" for word in ("research", "consulting", "analytics") for kind in ("firm", "house")]
ENDINGS += ["expert in research", "specialist in market research", "specialist in\tresearch", "expert in researchers"]


def test_firm_intro_scan_near_its_reach() -> None:
    """Firm introductions with names and fillers up to (and past) the longest a match can have."""
    from loaders.extract.publisher import FIRM_INTRO, _matches

    rng = random.Random(11)
    found = 0
    for _ in range(400):
        words = [rng.choice(["A", "Bb", "C" * 60, "D" * 61, "&", "and", "of", "e"]) for _ in range(rng.randint(1, 7))]
        name = rng.choice(["Zeta", "Q" * 61]) + "".join(rng.choice([" ", "\t"]) + w for w in words)
        filler = "".join(rng.choice(["x", " ", ",", "-", "research ", "Ab "]) for _ in range(rng.randint(0, 70)))
        intro = name + rng.choice([", ", " ", ",", " , "]) + rng.choice(["", "is ", "are "])
        intro += rng.choice(["a", "an", "the"]) + " "
        intro += rng.choice(["leading", "market research", "india-based"]) + filler
        intro += rng.choice(ENDINGS)
        text = rng.choice(["", "Hello. ", "Y" * 300 + " "]) + intro + rng.choice(["", ".", " and more."])
        found += len(list(FIRM_INTRO.finditer(text)))
        assert spans(_matches(FIRM_INTRO, text)) == spans(FIRM_INTRO.finditer(text)), text
    assert found > 50


LIST_PIECES = [
    "Key", "players", "PLAYERS", "plaYerſ", "companies", "COMPANİES", "vendors", "manufacturers", "participants",
    "competitors", "suppliers", "firms", "leaders", "competitive landscape", "market leaders", "include", "such as",
    "are", "like", "namely", ":", ".", "\n", "By Type", "BY", "based on", "on the basis of", "in terms of",
    "segmented by", "the", "market is divided into", "industry", "A, B and C", "Acme", ",", "x" * 40,
    "By type, the global market is segmented into A, B and C.",
    "ON THE BASİS OF end use, the industry was split into X",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_heading_lines_and_list_scans(seed: int) -> None:
    from loaders.extract.companies import LIST_INTRO, LIST_INTRO_OPENINGS, PLAYER_HEADING, PLAYER_WORDS
    from loaders.extract.segments import HEADING_OPENINGS, SEGMENT_HEADING, SEGMENTED_SENTENCE
    from loaders.extract.text import lines_holding, lines_of

    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(LIST_PIECES) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(1, 80)))
        players, headings = lines_holding(text, PLAYER_WORDS), lines_holding(text, HEADING_OPENINGS)
        for k, line in enumerate(lines_of(text)):
            assert not PLAYER_HEADING.search(line.text) or k in players, line.text
            assert not SEGMENT_HEADING.search(line.text) or k in headings, line.text
        for pattern, openings in ((LIST_INTRO, LIST_INTRO_OPENINGS), (SEGMENTED_SENTENCE, HEADING_OPENINGS)):
            fast = finditer_opening(pattern, text, openings, any_case=True)
            assert spans(fast) == spans(pattern.finditer(text)), (pattern.pattern, text)


MARKET_PIECES = [
    "market", "MARKET", "Industry", "İNDUSTRY", "marKet", "market for", "industry of", "market cap", "market share",
    "the", "global", "smart valves", "Bio CMO", "for", "of", "by region", "BY GEOGRAPHY", "Regional analysis",
    "countries covered", "geographical scope", "regions covered", "by country", "\n", ".", ",", "-", "'s",
    "is", "IS", "ıs", "are", "represents", "Becomes", "an", "estimated", "$600", "USD", "1.2", "billion", "Bn",
    "-dollar",
]  # fmt: skip


# Statements such as "Menopause is a $600 billion market", one choice per slot (some of them never match).
SIZED_SLOTS = [
    ["Menopause", "X", ""], [" is ", " IS ", " ıs ", " are ", " represents ", " Becomes ", " was "], ["a ", "An ", ""],
    ["estimated ", ""], ["$600", "USD 1.2", "US$3", "€5,5", "x"], [" billion", " Bn", "mn", " units"],
    ["-dollar", " dollar", ""], [" market", " INDUSTRY", " markets", "."],
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_market_word_scans_and_region_heading_lines(seed: int) -> None:
    from loaders.extract.market import IS_SIZED_MARKET, MARKET_FOR, MARKET_WORD, sized_statements
    from loaders.extract.regions import REGION_HEADING
    from loaders.extract.text import lines_holding, lines_of

    rng = random.Random(seed)
    found = 0
    for _ in range(300):
        text = "".join(rng.choice(MARKET_PIECES) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(1, 80)))
        for _ in range(3):
            text += "".join(rng.choice(slot) for slot in SIZED_SLOTS) + rng.choice(MARKET_PIECES)
        words = literal_positions(folded(text), ("market", "industry"))
        for pattern in (MARKET_WORD, MARKET_FOR):
            assert spans(finditer_at(pattern, text, words)) == spans(pattern.finditer(text)), (pattern.pattern, text)
        sized = spans(IS_SIZED_MARKET.finditer(text))
        assert spans(sized_statements(text)) == sized, text
        found += len(sized)
        holding = lines_holding(text, ("region", "geograph", "countr"))
        for k, line in enumerate(lines_of(text)):
            assert not REGION_HEADING.search(line.text) or k in holding, line.text
    assert found > 20


def test_sentence_index_equals_scanning_the_window() -> None:
    """sentence_bounds answers from a per-document index of sentence ends; scanning the lines around a span
    gives the same sentence, on every real document and at spans that start and end anywhere."""
    rng = random.Random(7)
    checked = 0
    for path in sorted(REAL_DOCS.iterdir()):
        text = cleaned(path.name)
        for _ in range(60):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randrange(0, 40))
            floor = max(0, start - text_module.MAX_SENTENCE)
            line_start = max(text.rfind("\n", floor, start) + 1, floor)
            line_end = text.find("\n", end, end + text_module.MAX_SENTENCE)
            line_end = min(len(text), end + text_module.MAX_SENTENCE) if line_end == -1 else line_end
            scanned = text_module._scanned_bounds(text, start, end, line_start, line_end)
            assert text_module.sentence_bounds(text, start, end) == scanned, (path.name, start, end)
            checked += 1
    assert checked > 5000


def test_a_span_that_opens_a_sentence_is_in_that_sentence() -> None:
    text = "The US market grew 4% in 2024. The Netherlands market is projected to reach USD 2 bn."
    start = text.index("The Netherlands")
    s, e = text_module.sentence_bounds(text, start, start + len("The Netherlands"))
    assert text[s:e] == "The Netherlands market is projected to reach USD 2 bn."


def test_a_prefix_or_suffix_reuses_the_sentence_index_of_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document's body (its text cut at a line start) or its text without its first lines (cut at a line
    break), indexed after or before the whole text, gets the index a fresh scan of it gives, on every real
    document cut at 20 random line breaks each way, with one whole scan."""
    rng = random.Random(11)
    reused = 0
    scan = text_module._index_sentence_ends
    whole_scans: list[int] = []

    def counted(text: str, pos: int, endpos: int) -> tuple[list[int], list[int]]:
        whole_scans.extend([pos] if (pos, endpos) == (0, len(text)) else [])
        return scan(text, pos, endpos)

    for path in sorted(REAL_DOCS.iterdir()):
        text = cleaned(path.name)
        breaks = [k for k, char in enumerate(text) if char == "\n"]
        for at in rng.sample(breaks, min(20, len(breaks))):
            for part in (text[: at + 1], text[at:]):
                fresh_part, fresh_text = scan(part, 0, len(part)), scan(text, 0, len(text))
                monkeypatch.setattr(text_module, "_index_sentence_ends", counted)
                for first, second, expected in ((text, part, fresh_part), (part, text, fresh_text)):
                    text_module._SENTENCE_INDEX.clear()
                    whole_scans.clear()
                    text_module._sentence_ends(first)
                    assert text_module._sentence_ends(second) == expected, (path.name, at)
                    assert len(whole_scans) == 1
                    reused += 1
                monkeypatch.undo()
    assert reused > 4000


def test_remembered_sentence_bounds_are_fresh_answers_kept_for_the_last_texts_only() -> None:
    """sentence_bounds remembers its answers with their text, for the last few texts only (a folder of large
    documents must not stay in memory through them), and a remembered answer is the one worked out afresh."""
    rng = random.Random(11)
    paths = sorted(REAL_DOCS.iterdir())[:20]
    for path in paths:
        text = cleaned(path.name)
        for _ in range(30):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randrange(0, 40))
            first = text_module.sentence_bounds(text, start, end)
            assert (
                text_module.sentence_bounds(text, start, end) == first == text_module._sentence_bounds(text, start, end)
            )
        assert len(text_module._BOUNDS) <= text_module.SENTENCE_INDEX_SIZE
    assert cleaned(paths[-1].name) in text_module._BOUNDS
    assert cleaned(paths[0].name) not in text_module._BOUNDS
