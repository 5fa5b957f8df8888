"""Extraction quality on the labelled real documents, read back through the marts: a floor that
fails when accuracy drops. The floors sit just under the figures measured when they were set; the
targets we are working towards are higher (see README, "Extraction quality")."""

from __future__ import annotations

import pytest

from loaders.evaluate import evaluate, format_details, format_table, read_labels, read_predictions
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT, SHARED, run_cli

GOLD_DIRS = [SHARED / "corpus" / "real" / "gold", REPO_ROOT / "tests" / "gold"]

# field -> (metric, floor)
FLOORS = {
    "market": ("accuracy", 0.77),
    "publisher": ("accuracy", 0.88),
    "market_sizes": ("f1", 0.82),
    "growth_rates": ("f1", 0.80),
    "companies": ("f1", 0.86),
    "segments": ("f1", 0.90),
    "regions": ("f1", 0.91),
}


@pytest.fixture(scope="module")
def real_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("real") / "warehouse.duckdb"
    run_cli("build", str(REAL_DOCS), db=db)
    labels = read_labels(GOLD_DIRS)
    predicted = read_predictions(db)
    assert len(set(labels) & set(predicted)) >= 90, "labelled documents missing from the warehouse"
    scores = evaluate(labels, predicted)
    print(format_table(scores, len(set(labels) & set(predicted))))
    return scores


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_quality_floor(real_scores: dict, field: str) -> None:
    metric, floor = FLOORS[field]
    score = real_scores[field]
    value = getattr(score, metric)
    assert value >= floor, f"{field} {metric} {value:.3f} fell below {floor}:\n" + format_details({field: score})


def test_labels_cover_many_documents() -> None:
    ours = list((REPO_ROOT / "tests" / "gold").glob("*.json"))
    assert len(ours) >= 40
    names = {p.stem for p in ours}
    shared = {p.stem for p in (SHARED / "corpus" / "real" / "gold").glob("*.json")}
    assert not names & shared, "our labels must cover documents the shared labels do not"
    assert all(any(REAL_DOCS.glob(f"{name}.*")) for name in names), "every label names a shared document"


def test_chinese_documents_load_with_language_and_no_facts() -> None:
    docs = sorted(REAL_DOCS.glob("*.zh-CN.md"))
    assert docs
    for path in docs:
        record = process_file(path, 10**8)
        assert record.status == "loaded", record.reject_reason
        assert record.language == "zh"
        facts = record.facts
        assert not (facts.sizes or facts.growth or facts.companies or facts.segments or facts.regions)
