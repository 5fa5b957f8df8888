"""Patterns written for speed (possessive runs, a lookbehind moved after the first character, scans tried only
where a literal occurs) find exactly what their plain forms find: on every real document, on generated
documents and on random texts made of the pieces the patterns look for."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from loaders import land
from loaders.clean import CleanDocument, clean
from loaders.decode import decode
from loaders.extract import companies, market, money, publisher, regions, scope, segments, sizes
from loaders.extract import text as text_module
from loaders.extract.document import extract_document
from loaders.extract.model import DocumentFacts
from loaders.extract.regions import _case_sensitive, load_index
from loaders.extract.text import (
    finditer_at,
    finditer_opening,
    folded,
    lines_holding,
    lines_of,
    literal_positions,
    search_holding,
)
from tests.conftest import REAL_DOCS, generated_corpus
from tests.loaders.real_text import cleaned
from tests.loaders.test_scan import spans

PIECES = [
    "Grand View Research", "estimates", "Estimates", "reports", "says", "stated", "of", "and", "&", "McKinsey",
    "Type", "Product Type", "End-User/Application", "Service", "(", ")", "(Cloud, On-premise)", "(USD Billion)",
    "Leading Application:", "Dominant Region:", "Largest Deployment Model :", "Water Treatment", "(41% share)",
    "( ~62.0 % Share)", "1,234.5", "2024", "20.6", ".5", "a1", "x.3", ",7", "3.", "Q3", "\n", ".", ",", "-",
    "O'Neil", "A" * 70, "b" * 70, "x" * 401,
]  # fmt: skip


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its possessive quantifiers made ordinary."""
    return re.compile(pattern.pattern.replace("++", "+").replace("}+", "}"), pattern.flags)


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    docs = generated_corpus(tmp_path_factory.mktemp("fast_patterns"), 200, seed=3)
    generated = [clean(decode(path.read_bytes()).text, path.suffix).text for path in sorted(docs.iterdir())]
    rng = random.Random(17)
    made = [
        "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 50)))
        for _ in range(2000)
    ]
    return [cleaned(path.name) for path in sorted(REAL_DOCS.iterdir())] + generated + made


@pytest.mark.parametrize("pattern", [publisher.FIRM_VERB, segments.INLINE_GROUP], ids=["FIRM_VERB", "INLINE_GROUP"])
def test_possessive_patterns_match_as_their_plain_forms(texts: list[str], pattern: re.Pattern[str]) -> None:
    plain = _plain(pattern)
    assert plain.pattern != pattern.pattern
    found = 0
    for text in texts:
        fast = spans(pattern.finditer(text))
        assert fast == spans(plain.finditer(text)), text[:300]
        found += len(fast)
    assert found > 500


def test_number_scan_matches_its_lookbehind_first_form(texts: list[str]) -> None:
    start = r"(?:(?<![\w.,])|(?<=[A-Z]{3})|(?<=(?<!\w)[RN])|(?<=Sh))"  # or glued to a code: "RMB56.7", "R18.6bn"
    reference = re.compile(start + r"\d[\d.,]{0,30}(?: \d{3}(?!\d)[\d.,]{0,8})*")
    found = 0
    for text in texts:
        fast = spans(money.NUMBER_SCAN.finditer(text))
        assert fast == spans(reference.finditer(text)), text[:300]
        found += len(fast)
    assert found > 5000


def test_percent_scan_matches_its_lookbehind_first_form(texts: list[str]) -> None:
    reference = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?|100)\s?(?:%|percent|per cent)")
    rng = random.Random(53)
    pieces = ["100", "1", "0", "5", ".", "%", " %", "percent", " per cent", "x", " ", "2,5", "12.75"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    found = hundreds = 0
    for text in texts + made:
        fast = spans(regions.PERCENT.finditer(text))
        assert fast == spans(reference.finditer(text)), text[:300]
        found += len(fast)
        hundreds += sum(1 for match in fast if match[2] == ("100",))
    assert found > 5000 and hundreds > 100


def test_leading_segment_scan_tried_at_its_openings_equals_a_full_scan(texts: list[str]) -> None:
    found = 0
    for text in texts:
        fast = spans(finditer_opening(segments.LEADING_SEGMENT, text, segments.LEADING_OPENINGS, any_case=False))
        assert fast == spans(segments.LEADING_SEGMENT.finditer(text)), text[:300]
        found += len(fast)
    assert found > 100


def test_the_plain_form_of_a_pattern_drops_only_possessive_quantifiers() -> None:
    assert _plain(re.compile(r"a++b{0,3}+c{2}")).pattern == r"a+b{0,3}c{2}"


CURRENCIES = (
    "US$|US $|U.S.$|U.S. $|USD|US dollar|US dollars|USdollars|A$|AU$|C$|CA$|HK$|S$|NT$|R$|NZ$|$|€|EUR|£|GBP|¥|JPY"
    "|CNY|RMB|₹|INR|Rs|Rs.|CHF|KRW|₩|SGD|BRL|AUD|CAD|NZD|HKD|SEK|NOK|DKK|ZAR|AED|SAR|MXN|TRY|RUB|IDR|MYR|THB|TWD"
    "|PHP|VND|PLN"
).split("|")


def test_every_currency_is_found_by_the_pattern_for_its_last_character() -> None:
    writings = [*CURRENCIES, "Rſ", "SE\u212a", "us$", "Usd", "eur", "US dollars", "U.S.\t$", "Rs."]
    for written in writings:
        for before in (written, written + " ", "about " + written + " \n", written.swapcase()):
            found = money._currency_end(before, 0, len(before))
            assert found is not None, before
            assert _match(found) == _match(money.CURRENCY_END.search(before)), before


def _match(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.groupdict())


def test_currency_end_tried_by_last_character_equals_the_full_search(texts: list[str]) -> None:
    """_currency_end gives CURRENCY_END's answer (span and currency) on the 14 characters before every number of
    the real, generated and random texts, and on random strings of currencies, letters and spaces."""
    rng = random.Random(23)
    pieces = [*CURRENCIES, "ſ", "\u212a", "İ", " ", "  ", "\n", "\t", "\u00a0", "\x1c", "in", "of", "by", "x", "(", "5"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))[-14:] for _ in range(20000)]
    windows = [(text, max(0, m.start() - 14), m.start()) for text in texts for m in money.NUMBER_SCAN.finditer(text)]
    windows += [(before, 0, len(before)) for before in made]
    found = 0
    for text, start, end in windows:
        fast = money._currency_end(text, start, end)
        assert _match(fast) == _match(money.CURRENCY_END.search(text, start, end)), text[start:end]
        found += fast is not None
    assert 1000 < found < len(windows) / 2


def test_not_a_size_is_searched_only_where_it_can_match(texts: list[str]) -> None:
    """_not_a_size gives NOT_A_SIZE's answer on the window around every money amount of the real, generated and
    random texts, and on random strings of its words in any case (with the letters re.IGNORECASE takes for
    ASCII ones)."""
    rng = random.Random(29)
    words = [*sizes.NOT_A_SIZE_WORDS, "market cap", "Market Capitalization", "per tonne", "/kWh", "acquired"]
    words += ["net  income", "ſold", "EBİTDA", "CAſH", "\u212aWh", "market", "percent", "capital", "x", " ", "\n"]
    windows = [
        "".join(rng.choice([w, w.upper(), w.title()]) + rng.choice(["", " "]) for w in rng.sample(words, 4))
        for _ in range(20000)
    ]
    for text in texts:
        windows += [text[max(0, m.start - 80) : m.end + 40] for m in money.find_money(text)]
    hits = 0
    for window in windows:
        expected = sizes.NOT_A_SIZE.search(window) is not None
        assert sizes._not_a_size(window) == expected, window
        hits += expected
    assert hits > 1000


def _plain_sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """The sentence ends of `text` found with SENTENCE_END, whose lookbehind is tried at every character."""
    starts: list[int] = []
    ends: list[int] = []
    for match in text_module.SENTENCE_END.finditer(text):
        if text_module._is_boundary(text, match.start()):
            starts.append(match.start())
            ends.append(match.end())
    return starts, ends


SENTENCE_MARKS = ["Inc. ", "U.S. ", "end. ", "Why? ", "Yes! ", "cited.[4] ", '"Quoted." ', "(so.) ", ".\t", "\n", "x.Y"]


def test_sentence_ends_scanned_mark_first_equal_the_lookbehind_scan(texts: list[str]) -> None:
    rng = random.Random(5)
    made = ["".join(rng.choice(SENTENCE_MARKS + PIECES) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    found = 0
    for text in texts + made:
        fast = text_module._index_sentence_ends(text, 0, len(text))
        assert fast == _plain_sentence_ends(text), text[:300]
        found += len(fast[0])
    assert found > 50_000


def test_inline_group_scan_tried_at_its_starts_equals_a_full_scan(texts: list[str]) -> None:
    """INLINE_GROUP tried only at inline_group_starts finds what a full scan finds, on the real, generated and
    random texts (hyphens, slashes, word characters and line breaks before the capitals and the brackets)."""
    rng = random.Random(31)
    pieces = ["Type", "Product Type/Form", "Non-Woven", "By", "eCommerce", "É", "_", "x1", "/", "-", " ", "  ", "\n"]
    pieces += ["\t", "(", ")", "(Cloud, On-premise)", "(USD Billion)", "(a, b", "Mode", "A" * 70, ","]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    found = 0
    for text in texts + made:
        fast = spans(finditer_at(segments.INLINE_GROUP, text, segments.inline_group_starts(text)))
        assert fast == spans(segments.INLINE_GROUP.finditer(text)), text[:300]
        found += len(fast)
    assert found > 1000


def _plain_fact_rows(document_id: str, facts: DocumentFacts) -> dict[str, list[tuple[object, ...]]]:
    """Rows built field by field: a fact's fields by name, its money's fields in place of `money`."""
    out: dict[str, list[tuple[object, ...]]] = {}
    for kind, table in land.FACT_TABLES.items():
        columns = [name for name, _ in land.TABLES[table]]
        for position, fact in enumerate(getattr(facts, kind)):
            values = {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)}
            money = values.pop("money", None)
            if money:
                values.update(dataclasses.asdict(money))
            values["document_id"] = document_id
            values["fact_id"] = land.fact_id(document_id, kind, fact, position)
            out.setdefault(table, []).append(tuple(values.get(name) for name in columns))
    return out


def test_fact_rows_read_by_plan_equal_rows_built_field_by_field(texts: list[str]) -> None:
    tables: set[str] = set()
    for text in texts[:400]:
        facts = extract_document(CleanDocument(text=text, format="text", language="en"))
        rows = land.fact_rows("doc", facts)
        assert rows == _plain_fact_rows("doc", facts), text[:300]
        tables |= rows.keys()
    assert tables == set(land.FACT_TABLES.values())  # every kind of fact, money amounts included, was compared


def test_domain_spelling_matched_in_the_folded_text_equals_the_any_case_search(texts: list[str]) -> None:
    found = 0
    for k, text in enumerate(texts):
        # Stems that occur: the letters of the text's capitalised word pairs (as "Market Size And Trends" spells
        # marketsizeandtrends), and of its links' domains.
        pairs = re.findall(r"\b([A-Z][a-z]+)[ &.'-]{1,2}([A-Z][a-z]+)\b", text)[k % 3 :: 7][:6]
        stems = [re.sub(r"[^a-z0-9]", "", (a + b).lower()) for a, b in pairs]
        stems += [d.split(".")[0] for d in re.findall(r"(?:https?://|www\.)([a-z0-9.-]+)", text.lower())[:3]]
        for stem in {re.sub(r"[^a-z0-9]", "", s) for s in stems if len(s) >= 3}:
            spelled = r"[\s&.'-]{0,2}".join(re.escape(ch) for ch in stem)
            any_case = re.compile(rf"(?<![\w])(?i:{spelled})(?![\w])")
            fast = spans(publisher._spelling(stem).finditer(text_module.folded(text)))
            assert fast == spans(any_case.finditer(text)), (stem, text[:300])
            found += len(fast)
    assert found > 1000


def test_mark_and_sentence_end_opening_with_one_set_equals_its_two_branch_form(texts: list[str]) -> None:
    plain = re.compile(r"[.!?](?:\[\d{1,3}\])?[\"')\]]?[ \t]+(?=[A-Z0-9\"'(\[])|\n")
    rng = random.Random(29)
    made = ["".join(rng.choice(SENTENCE_MARKS + PIECES) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    found = 0
    for text in texts + made:
        fast = spans(text_module.MARK_AND_SENTENCE_END.finditer(text))
        assert fast == spans(plain.finditer(text)), repr(text[:300])
        found += len(fast)
    assert found > 50_000


def test_name_tokens_told_by_isalnum_first_equal_the_pattern(texts: list[str]) -> None:
    rng = random.Random(41)
    odd = ["½", "²", "ǅ", "٣", "_", "x_y", "ⅷ", "Ａ", "é", "ß", "İ", "-", "’s", "a" * 60, "b" * 61, "", "\u00a0", "👍"]
    words = {word for text in texts for word in text.split(" ")}
    words |= {"".join(rng.choice(odd) for _ in range(rng.randint(1, 4))) for _ in range(3000)}
    kept = 0
    for word in words:
        assert market.is_name_token(word) == (market.NAME_TOKEN.fullmatch(word) is not None), repr(word)
        kept += market.is_name_token(word)
    assert kept > 10_000 and len(words) - kept > 1_000


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (segments.SCOPE_TABLE, segments.SCOPE_TABLE_WORDS),
        (companies.DEVELOPMENTS_HEADING, companies.DEVELOPMENTS_WORDS),
    ],
    ids=["SCOPE_TABLE", "DEVELOPMENTS_HEADING"],
)
def test_heading_lines_tried_only_where_their_words_occur_equal_trying_every_line(
    texts: list[str], pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    rng = random.Random(43)
    lines = ["Segmental Coverage", "SEGMENTS COVERED:", "Market Segmentation", "Recent Developments", "Key News",
             "Industry Updates in Asia-Pacific:", "## Latest developments", "Segments", "Other", "News:"]  # fmt: skip
    made = ["\n".join(rng.choice([*lines, "", "x y", "  "]) for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    found = 0
    for text in texts + made:
        every = [k for k, line in enumerate(lines_of(text)) if pattern.match(line.text.strip())]
        tried = lines_holding(text, words)
        assert [k for k in every if k in tried] == every, repr(text[:300])
        found += len(every)
    assert found > 1000


def test_region_aliases_found_by_the_automaton_are_every_occurrence_of_each_alias(texts: list[str]) -> None:
    index = load_index()
    sensitive = [a for a in index.aliases if _case_sensitive(a)]
    insensitive = sorted({a.lower() for a in index.aliases if not _case_sensitive(a)})
    rng = random.Random(47)
    pieces = [*rng.sample(sorted(index.aliases), 150), "asia-pac", "Asia-Pacific", "EU", "USA", "🌍", "é", "İ", "—"]
    cases = [str.upper, str.lower, str.title, str]
    made = [
        "".join(
            rng.choice(cases)(rng.choice(pieces)) + rng.choice(["", " ", "-", ", "]) for _ in range(rng.randint(1, 40))
        )
        for _ in range(1000)
    ]
    overlapping = found = 0
    for text in texts + made:
        lowered = text.lower()
        plain = [(at, at + len(a)) for a in sensitive for at in literal_positions(text, (a,))]
        if len(lowered) == len(text):
            plain += [(at, at + len(a)) for a in insensitive for at in literal_positions(lowered, (a,))]
        assert sorted(index.occurrences(text)) == sorted(plain), repr(text[:300])
        found += len(plain)
        overlapping += sum(1 for (s, e), (t, _) in zip(sorted(plain), sorted(plain)[1:], strict=False) if t < e)
    assert found > 10_000 and overlapping > 1000


def test_literal_offsets_from_the_automaton_are_every_occurrence_of_each_literal(texts: list[str]) -> None:
    overlapping = ("per", "as per", "a", "aa", "ß", "🌍x", "i̇", "ſ")  # literals inside literals, astral, marks
    sets = [companies.PLAYER_WORDS, companies.LIST_INTRO_OPENINGS, market.FIGURE_LITERALS, publisher.CITED_OPENINGS,
            money.UNMARKED_SIZE_OPENINGS, overlapping]  # fmt: skip
    assert all(len(literals) >= text_module.AUTOMATON_FROM for literals in sets)
    rng = random.Random(67)
    pieces = [*(literal for literals in sets for literal in literals), "🌍", "İ", "é", "—", "x", " ", "\n"]
    cases = [str.upper, str.lower, str.title, str]
    made = [
        "".join(rng.choice(cases)(rng.choice(pieces)) + rng.choice(["", " "]) for _ in range(rng.randint(1, 30)))
        for _ in range(1000)
    ]
    found = 0
    for text in texts + made:
        for haystack in (text, folded(text)):
            for literals in sets:
                plain = [m.start() for literal in literals for m in re.finditer(f"(?={re.escape(literal)})", haystack)]
                assert sorted(literal_positions(haystack, literals)) == sorted(plain), (literals, haystack[:300])
                found += len(plain)
    assert found > 50_000


def test_trailing_list_noise_searched_in_the_tail_equals_the_full_substitution(texts: list[str]) -> None:
    rng = random.Random(59)
    pieces = [", and many others", " & others", " AND MANY OTHERS", ", among others", " amongst others", ", etc",
              " etc.", " and more", "andmore", "…", "...", "!!", ")", "_", "ſ", ",", " ", "\n", "Acme"]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    lines = [line.text for text in texts for line in lines_of(text)]
    removed = 0
    for chunk in lines + made:
        plain = companies.TRAILING_LIST_NOISE.sub("", chunk)
        assert companies.without_trailing_noise(chunk) == plain, repr(chunk[-200:])
        removed += plain != chunk
    assert removed > 1000


# Words that patterns asked only where their literals occur match, as texts write them.
SHARE_PIECES = ["share", "shares", "accounted for", "accounts for", "accounting for", "held", "holds", "contributed"]
PRICE_PIECES = ["price", "priced", "license", "licence", "single-user", "single user", "multi-user", "enterprise user",
                "corporate user", "buy now", "purchase", "discount", "report costs", "pdf", "subscription"]  # fmt: skip
COMPANY_MONEY_PIECES = [
    "revenues", "sales", "earnings", "income", "profit", "net loss", "raised", "funding", "financing", "investment",
    "acquired", "acquisition", "valuation of the company", "market capitalization", "contract", "deal", "order",
    "the company", "the project", "channeled", "donation", "grant", "budget", "spent", "spending", "IPO", "offering",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "literals", "words"),
    [
        (regions.SHARE_WORD, regions.SHARE_LITERALS, SHARE_PIECES),
        (scope.PRICE_WORDS, scope.PRICE_LITERALS, PRICE_PIECES),
        (scope.COMPANY_MONEY, scope.COMPANY_MONEY_LITERALS, COMPANY_MONEY_PIECES),
    ],
    ids=["SHARE_WORD", "PRICE_WORDS", "COMPANY_MONEY"],
)
def test_patterns_asked_only_where_their_words_are_find_all_they_find(
    texts: list[str], pattern: re.Pattern[str], literals: tuple[str, ...], words: list[str]
) -> None:
    rng = random.Random(61)
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), "ſhare", "İPO", "x", " ", "-", "\n"]
    made = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    sentences = [text[s:e] for text in texts for s, e in text_module.sentences(text)]
    found = 0
    for sentence in sentences + made:
        plain, fast = pattern.search(sentence), search_holding(pattern, sentence, literals)
        assert (fast and fast.span()) == (plain and plain.span()), repr(sentence[:300])
        found += plain is not None
    assert found > 2000
