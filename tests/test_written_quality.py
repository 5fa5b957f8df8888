"""Extraction quality on the documents written for the project (tests/written), read back through the marts: a
floor per field that fails when accuracy drops, just under the figures measured when it was set."""

from __future__ import annotations

import pytest

from tests.conftest import REPO_ROOT
from tests.quality import assert_floor, scores_of

WRITTEN = REPO_ROOT / "tests" / "written"

# field -> (metric, floor)
FLOORS = {
    "market": ("accuracy", 0.90),
    "publisher": ("accuracy", 0.89),
    "market_sizes": ("f1", 0.88),
    "growth_rates": ("f1", 0.86),
    "companies": ("f1", 0.90),
    "segments": ("f1", 0.90),
    "regions": ("f1", 0.96),
}


@pytest.fixture(scope="module")
def written_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("written") / "warehouse.duckdb"
    scores, labelled, loaded = scores_of(WRITTEN / "docs", [WRITTEN / "gold"], db)
    assert labelled == loaded and len(labelled) == 1100, "written documents missing from the warehouse"
    return scores


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_written_quality_floor(written_scores: dict, field: str) -> None:
    assert_floor(written_scores, field, *FLOORS[field])
