"""Extraction quality on the labelled real documents, read back through the marts: a floor that
fails when accuracy drops. The floors sit just under the figures measured when they were set; the
targets we are working towards are higher (see README, "Extraction quality")."""

from __future__ import annotations

import pytest

from loaders.evaluate import (
    Score,
    evaluate,
    format_details,
    money_match,
    names_match,
    rate_match,
)
from loaders.labels import read_labels
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT, SHARED
from tests.quality import assert_floor, scores_of

GOLD_DIRS = [SHARED / "corpus" / "real" / "gold", REPO_ROOT / "tests" / "gold"]

# field -> (metric, floor)
FLOORS = {
    "market": ("accuracy", 0.95),
    "publisher": ("accuracy", 0.95),
    "market_sizes": ("f1", 0.95),
    "growth_rates": ("f1", 0.95),
    "companies": ("f1", 0.94),
    "segments": ("f1", 0.95),
    "regions": ("f1", 0.94),
}


@pytest.fixture(scope="module")
def real_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("real") / "warehouse.duckdb"
    scores, labelled, loaded = scores_of(REAL_DOCS, GOLD_DIRS, db)
    assert len(labelled & loaded) >= 90, "labelled documents missing from the warehouse"
    return scores


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_quality_floor(real_scores: dict, field: str) -> None:
    assert_floor(real_scores, field, *FLOORS[field])


def test_labels_cover_many_documents() -> None:
    ours = list((REPO_ROOT / "tests" / "gold").glob("*.json"))
    assert len(ours) >= 40
    names = {p.stem for p in ours}
    shared = {p.stem for p in (SHARED / "corpus" / "real" / "gold").glob("*.json")}
    assert not names & shared, "our labels must cover documents the shared labels do not"
    assert all(any(REAL_DOCS.glob(f"{name}.*")) for name in names), "every label names a shared document"


def test_chinese_documents_load_with_language_and_only_attributed_facts() -> None:
    """Chinese documents load with their language; they yield a market, the sizes and growth rates
    stated for a named market, the companies of key-player lists, listed segments and the places named, no
    company revenue, and on the labelled ones no main-market figure, company, segment or place that is not in the
    labels."""
    docs = sorted(REAL_DOCS.glob("*.zh-CN.md")) + sorted(REAL_DOCS.glob("*-zh-*.md"))
    labels = read_labels(GOLD_DIRS)
    assert len(docs) >= 5
    checked = 0
    for path in docs:
        record = process_file(path, 10**8)
        assert record.status == "loaded", record.reject_reason
        assert record.language == "zh"
        facts = record.facts
        assert not facts.revenues
        for fact in [*facts.sizes, *facts.growth]:
            assert fact.market_name and ("市场" in fact.evidence_text or "行业" in fact.evidence_text)
        label = labels.get(path.name)
        if label is None:
            continue
        checked += 1
        market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
        assert names_match(label["market"], market, market=True), (path.name, market)
        for size in (s for s in facts.sizes if s.scope == "market"):
            extracted = {
                "value": size.money.reported_value,
                "scale": size.money.reported_unit,
                "currency": size.money.reported_currency,
                "year": size.reference_year,
            }
            assert any(money_match(gold, extracted) for gold in label["market_sizes"]), (path.name, extracted)
        for rate in (g for g in facts.growth if g.scope == "market"):
            extracted = {"low": rate.rate_low, "high": rate.rate_high, "end_year": rate.end_year}
            assert any(rate_match(gold, extracted) for gold in label["growth_rates"]), (path.name, extracted)
        for company in facts.companies:
            assert any(names_match(gold, company.name_as_written) for gold in label["companies"]), company
        for segment in facts.segments:
            assert segment.segment_name in label["segments"].get(segment.dimension, []), (path.name, segment)
        places = set(label.get("regions") or []) | set(label.get("countries") or [])
        for region in facts.regions:
            assert region.name_as_written in places, (path.name, region.name_as_written)
    assert checked >= 4


def test_the_details_of_one_field_can_be_told_alone() -> None:
    """A floor's failure lists that field's misses and false hits (the scores of one field only)."""
    score = Score(tp=1, fp=1, fn=1, misses=[("a.md", "7.1-7.1% to 2030")], false_hits=[("a.md", "9%", "It grew 9%.")])
    assert format_details({"growth_rates": score}).splitlines() == [
        "[growth_rates] MISS  a.md: 7.1-7.1% to 2030",
        "[growth_rates] FALSE a.md: 9% — “It grew 9%.”",
    ]


def test_a_size_stated_again_in_another_scale_is_one_prediction() -> None:
    """ "USD 1.71 Billion" and "US$ 1,710 Mn" for 2033 state one amount, which the labels list once: one true hit,
    no false one; 1,720 million is another amount."""
    label = {"market_sizes": [{"value": 1.71, "scale": "billion", "currency": "USD", "year": 2033}]}
    sizes = [
        ({"value": 1.71, "scale": "billion", "currency": "USD", "year": 2033}, "USD 1.71 Billion"),
        ({"value": 1710.0, "scale": "million", "currency": "usd", "year": 2033}, "US$ 1,710 Mn"),
    ]
    empty = {"market": None, "publisher": None, "rates": [], "companies": [], "segments": [], "places": []}
    scores = evaluate({"a.html": label}, {"a.html": {**empty, "sizes": sizes}})["market_sizes"]
    assert (scores.tp, scores.fp, scores.fn) == (1, 0, 0)
    other = ({"value": 1720.0, "scale": "million", "currency": "USD", "year": 2033}, "US$ 1,720 Mn")
    scores = evaluate({"a.html": label}, {"a.html": {**empty, "sizes": [*sizes, other]}})["market_sizes"]
    assert (scores.tp, scores.fp, scores.fn) == (1, 1, 0)
