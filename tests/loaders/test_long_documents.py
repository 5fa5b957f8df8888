"""A long document: its facts do not depend on the run (the hash seed), and the one-pass look-ups that keep its
extraction linear in its length answer as the plain definitions they replace do, on real documents and on one
long text made of generated documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from loaders.clean import CleanDocument, clean
from loaders.decode import decode
from loaders.extract import text as text_module
from loaders.extract.companies import (
    MARKET_NAMED,
    NAMES_AUTOMATON_FROM,
    PROFILED_AFTER,
    REPORTING_VERB,
    extract_companies,
    is_company_name,
    subject_companies,
)
from loaders.extract.money import find_money
from loaders.extract.regions import extract_regions, load_index
from loaders.extract.text import (
    Openings,
    covering,
    first_in_each,
    first_occurrences,
    last_match,
    near,
    sentence_bounds,
)
from tests.conftest import REAL_DOCS, REPO_ROOT, generated_corpus

HASH_SEEDS = ("1", "2", "3", "4")


def _cleaned(path: Path) -> CleanDocument:
    return clean(decode(path.read_bytes()).text, path.suffix)


@pytest.fixture(scope="module")
def long_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English ones of 120 generated documents as one text (about a megabyte), with their bold phrases."""
    work = tmp_path_factory.mktemp("long")
    docs = [doc for doc in map(_cleaned, sorted(generated_corpus(work, 120, seed=7).iterdir())) if doc.language == "en"]
    path = work / "long.json"
    path.write_text(
        json.dumps({"text": "\n\n".join(doc.text for doc in docs), "bold": [b for doc in docs for b in doc.bold]})
    )
    return path


def _real_documents() -> Iterator[CleanDocument]:
    for path in sorted(REAL_DOCS.iterdir()):
        doc = _cleaned(path)
        if doc.language == "en":
            yield doc


def _documents(long_document: Path) -> list[SimpleNamespace]:
    long = json.loads(long_document.read_text())
    return [SimpleNamespace(text=d.text, bold=d.bold) for d in _real_documents()] + [SimpleNamespace(**long)]


FACTS_OF = """
import json, sys
from loaders.clean import CleanDocument
from loaders.extract.document import extract_document
long = json.load(open(sys.argv[1]))
doc = CleanDocument(text=long["text"], format="text", bold=long["bold"], language="en")
print(repr(extract_document(doc)))
"""


def test_the_facts_of_a_long_document_are_the_same_in_every_run(long_document: Path) -> None:
    outputs = set()
    for seed in HASH_SEEDS:  # sets of strings iterate in another order under each seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", FACTS_OF, str(long_document)],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert "SegmentMention" in next(iter(outputs))  # the facts are there: segments, the judge's input


def test_covering_answers_as_any_span_holding_the_offset(long_document: Path) -> None:
    regions = load_index()
    checked = 0
    for doc in _documents(long_document):
        spans = [(c.char_start, c.char_end) for c in extract_companies(doc.text, doc.bold, regions)]
        covered = covering(spans)
        offsets = {r.char_start for r in extract_regions(doc.text, regions)} | {e for _, e in spans}
        offsets |= {s for s, _ in spans} | {s - 1 for s, _ in spans}
        for at in offsets:
            assert covered(at) == any(s <= at < e for s, e in spans), at
            checked += 1
    assert checked > 1000


def _profiled_first(text: str, phrase: str) -> int | None:
    """The definition first_occurrences answers from: the first line opening with `phrase` and PROFILED_AFTER."""
    pos = text.find(phrase) if phrase else -1
    while pos >= 0:
        if (pos == 0 or text[pos - 1] == "\n") and PROFILED_AFTER.match(text, pos + len(phrase)):
            return pos
        pos = text.find(phrase, pos + 1)
    return None


def test_first_occurrences_answer_as_a_scan_per_phrase(long_document: Path) -> None:
    found = 0
    for doc in _documents(long_document):
        keep = lambda start, end, text=doc.text: (  # noqa: E731
            (start == 0 or text[start - 1] == "\n") and PROFILED_AFTER.match(text, end) is not None
        )
        first = first_occurrences(doc.text, doc.bold, keep)
        expected = {p: at for p in doc.bold if (at := _profiled_first(doc.text, p)) is not None}
        assert first == expected
        found += len(first)
    assert found > 20


@pytest.mark.parametrize("budget", [0, 10**12], ids=["automaton", "scans"])
def test_first_in_each_answers_as_a_scan_per_piece_and_phrase(
    long_document: Path, budget: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_module, "SCAN_BUDGET", budget)
    found = 0
    for doc in _documents(long_document):
        pieces = [line for line in doc.text.split("\n") if line][::3]  # a third of the lines
        expected = [{p: at for p in doc.bold if p and (at := piece.find(p)) >= 0} for piece in pieces]
        assert first_in_each(pieces, doc.bold) == expected
        found += sum(map(len, expected))
    assert found > 1000


@pytest.mark.parametrize("budget", [0, 10**12], ids=["automaton", "scans"])
def test_bold_names_in_a_development_item_are_taken_in_the_order_of_the_bold_phrases(
    budget: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_module, "SCAN_BUDGET", budget)
    text = (
        "Recent Developments\n"
        "In May 2024, the new range made by Zentrix Polymers GmbH with Corvale Chemicals AG reached Europe.\n"
    )
    bold = ["Corvale Chemicals AG", "Zentrix Polymers GmbH"]
    names = [c.name_as_written for c in extract_companies(text, bold, load_index())]
    assert names == bold
    assert [c.name_as_written for c in extract_companies(text, bold[::-1], load_index())] == bold[::-1]


def _subject_company(
    text: str, sent_start: int, amount_start: int, companies: list[str], bold: list[str]
) -> str | None:
    """The definition subject_companies answers from: every name and bold phrase tried in turn."""
    before = text[sent_start:amount_start]
    best: tuple[int, str] | None = None
    for name in companies:
        pos = before.rfind(name)
        if pos >= 0 and (best is None or pos > best[0]):
            best = (pos, name)
    if best:
        return best[1]
    match = last_match(REPORTING_VERB, before)
    if match and is_company_name(match.group(1)) and not MARKET_NAMED.search(before, match.end()):
        return match.group(1)
    line_start = text.rfind("\n", 0, amount_start) + 1
    for phrase in bold:
        if text.startswith(phrase, line_start):
            return phrase
    return None


def test_subject_companies_answer_as_each_name_tried_in_turn(long_document: Path) -> None:
    regions = load_index()
    answered = 0
    for doc in _documents(long_document):
        found = extract_companies(doc.text, doc.bold, regions)
        names = [c.name_as_written for c in found] + [c.company_name for c in found]
        subject = subject_companies(doc.text, names, doc.bold)
        for amount in find_money(doc.text):
            start, _ = sentence_bounds(doc.text, amount.start, amount.end)
            expected = _subject_company(doc.text, start, amount.start, names, doc.bold)
            assert subject(start, amount.start) == expected, doc.text[start : amount.end]
            answered += expected is not None
    assert answered > 50


def test_an_empty_bold_phrase_opens_every_line_and_occurs_nowhere() -> None:
    text = "Acme Corp reported revenue\nAcme Corp: revenue of USD 5 billion"
    amount, line = text.index("USD"), text.rindex("\n") + 1
    assert subject_companies(text, [], ["Acme Corp"])(line, amount) == "Acme Corp"
    assert not subject_companies(text, [], ["", "Acme Corp"])(line, amount)  # the scan in turn stopped at ""
    assert first_occurrences(text, ["", "Acme Corp"], lambda start, end: start > 0) == {"Acme Corp": line}


def test_covering_sees_a_span_that_reaches_past_later_ones() -> None:
    spans = [(40, 44), (0, 30), (2, 6), (10, 12), (28, 41)]
    covered = covering(spans)
    for at in range(-2, 50):
        assert covered(at) == any(s <= at < e for s, e in spans), at


def test_of_bold_phrases_opening_the_same_line_the_first_listed_is_the_subject() -> None:
    text = "Results\nAcme Corp: revenue of USD 5 billion"
    amount, line = text.index("USD"), text.index("\n") + 1
    assert subject_companies(text, [], ["Acme", "Acme Corp"])(line, amount) == "Acme"
    assert subject_companies(text, [], ["Acme Corp", "Acme"])(line, amount) == "Acme Corp"


@pytest.mark.parametrize("others", [0, NAMES_AUTOMATON_FROM])  # names tried in turn, names found by the automaton
def test_of_names_starting_at_the_same_place_the_first_listed_is_the_subject(others: int) -> None:
    text = "Earlier, Acme said so. Later, Acme Corp, with revenue of USD 5 billion, grew."
    start, amount = text.index("Later"), text.index("USD")
    filler = [f"Other Company {k}" for k in range(others)]
    assert subject_companies(text, [*filler, "Acme", "Acme Corp"], [])(start, amount) == "Acme"
    assert subject_companies(text, [*filler, "Acme Corp", "Acme"], [])(start, amount) == "Acme Corp"
    assert subject_companies(text, [*filler, "Acme Corp", "Later"], [])(start, amount) == "Acme Corp"  # the last


def test_near_answers_as_a_scan_of_every_position(long_document: Path) -> None:
    checked = 0
    for doc in _documents(long_document):
        figures = sorted(m.start for m in find_money(doc.text))
        for distance in (250, 400):
            offsets = {f + d for f in figures for d in (-distance - 1, -distance, -distance + 1, 0, distance)}
            for at in offsets | {0, len(doc.text)}:
                assert near(figures, at, distance) == any(abs(at - f) < distance for f in figures), (at, distance)
                checked += 1
    assert checked > 10_000


def test_openings_answer_as_every_phrase_tried_in_turn(long_document: Path) -> None:
    found = 0
    for doc in _documents(long_document):
        openings = Openings(doc.bold)
        starts = [0] + [k + 1 for k, char in enumerate(doc.text) if char == "\n"]
        for at in starts:
            expected = [p for p in dict.fromkeys(doc.bold) if doc.text.startswith(p, at)]
            assert list(openings.at(doc.text, at)) == expected, doc.text[at : at + 80]
            found += len(expected)
    assert found > 100
