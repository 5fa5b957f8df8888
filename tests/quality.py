"""Scoring a folder of labelled documents through the marts, and the floor a score must keep, for the quality tests
of each corpus."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluate import Score, evaluate, format_details, format_table, read_predictions
from loaders.labels import read_labels
from tests.conftest import run_cli


def scores_of(docs: Path, gold_dirs: list[Path], db: Path) -> tuple[dict[str, Score], set[str], set[str]]:
    """(scores, labelled file names, loaded file names) of the documents under `docs`, built into `db`."""
    run_cli("build", str(docs), db=db)
    labels = read_labels(gold_dirs)
    predicted = read_predictions(db)
    scores = evaluate(labels, predicted)
    print(format_table(scores, len(set(labels) & set(predicted))))
    return scores, set(labels), set(predicted)


def assert_floor(scores: dict[str, Score], field: str, metric: str, floor: float) -> None:
    """The field's score keeps its floor; else the failure lists its misses and false hits."""
    value = getattr(scores[field], metric)
    assert value >= floor, f"{field} {metric} {value:.3f} fell below {floor}:\n" + format_details(
        {field: scores[field]}
    )
