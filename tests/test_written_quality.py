"""Extraction quality on the documents written for the project (tests/written), read back through the marts: a
floor per field that fails when accuracy drops, just under the figures measured when it was set."""

from __future__ import annotations

import pytest

from loaders.evaluate import evaluate, format_details, format_table, read_predictions
from loaders.labels import read_labels
from tests.conftest import REPO_ROOT, run_cli

WRITTEN = REPO_ROOT / "tests" / "written"

# field -> (metric, floor)
FLOORS = {
    "market": ("accuracy", 0.95),
    "publisher": ("accuracy", 0.95),
    "market_sizes": ("f1", 0.91),
    "growth_rates": ("f1", 0.92),
    "companies": ("f1", 0.94),
    "segments": ("f1", 0.95),
    "regions": ("f1", 0.92),
}


@pytest.fixture(scope="module")
def written_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("written") / "warehouse.duckdb"
    run_cli("build", str(WRITTEN / "docs"), db=db)
    labels = read_labels([WRITTEN / "gold"])
    predicted = read_predictions(db)
    assert set(labels) == set(predicted) and len(labels) == 60, "written documents missing from the warehouse"
    scores = evaluate(labels, predicted)
    print(format_table(scores, len(labels)))
    return scores


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_written_quality_floor(written_scores: dict, field: str) -> None:
    metric, floor = FLOORS[field]
    value = getattr(written_scores[field], metric)
    assert value >= floor, f"{field} {metric} {value:.3f} fell below {floor}:\n" + format_details(
        {field: written_scores[field]}
    )
