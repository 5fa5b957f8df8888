"""The loader's worker pool: its keeper thread sleeps while results flow, and every file still lands."""

from __future__ import annotations

import multiprocessing.pool
from pathlib import Path

import pytest

from loaders.load import load
from tests.robustness.corpus import make_copies


def test_the_pool_keeper_sleeps_while_results_flow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = make_copies(tmp_path / "docs", 120)
    wakes: list[int] = []
    wait = multiprocessing.pool.Pool._wait_for_updates

    def counted(*args: object, **kwargs: object) -> None:
        wakes.append(1)
        wait(*args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool.Pool, "_wait_for_updates", staticmethod(counted))
    summary = load([tmp_path / "docs"], tmp_path / "w.duckdb", jobs=2)
    assert summary.counts["loaded"] == len(files) == 120
    # Woken when the pool starts and closes, not once or more per result (120 results here).
    assert 1 <= len(wakes) <= 10
