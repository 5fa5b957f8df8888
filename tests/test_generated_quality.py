"""Extraction quality on documents from the corpus generator, read back through the marts.

The generator writes each document's ground truth in the label format, so the same evaluation that
scores the real labelled documents scores a fresh synthetic corpus of many publishers and layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import FIELDS, evaluate, format_details, format_table, read_predictions
from loaders.labels import read_labels
from tests.conftest import generated_corpus, run_cli

FLOOR = 0.95


@pytest.fixture(scope="module")
def generated_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("generated")
    generated_corpus(work, 150, seed=2024)
    db = work / "warehouse.duckdb"
    run_cli("build", str(work / "docs"), db=db)
    labels = read_labels([work / "gold"])
    predicted = read_predictions(db)
    assert set(labels) <= set(predicted), "a generated document is missing from the warehouse"
    scores = evaluate(labels, predicted)
    print(format_table(scores, len(labels)))
    return scores


@pytest.mark.parametrize(("field", "metric"), FIELDS)
def test_generated_corpus_quality(generated_scores: dict, field: str, metric: str) -> None:
    score = generated_scores[field]
    value = getattr(score, metric)
    assert value >= FLOOR, f"{field} {metric} {value:.3f} < {FLOOR}:\n" + format_details({field: score})


def test_generated_corpus_is_not_trivial(generated_scores: dict) -> None:
    assert generated_scores["companies"].tp > 500
    assert generated_scores["market_sizes"].tp > 200


def test_generator_output_is_in_label_format(tmp_path: Path) -> None:
    generated_corpus(tmp_path, 3)
    labels = read_labels([tmp_path / "gold"])
    assert len(labels) == 3
    assert all((tmp_path / "docs" / name).exists() for name in labels)
