"""Batches: documents land `batch_size` to a transaction; files seen again (skipped, duplicates), which land
as one small row each, up to SEEN_AGAIN_FACTOR times as many."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import pytest

from loaders import filestat, land
from loaders.load import SEEN_AGAIN_FACTOR, load
from tests.robustness.corpus import make_copies

T = TypeVar("T")


def _on_every_batch(monkeypatch: pytest.MonkeyPatch, see: Callable[[duckdb.DuckDBPyConnection, list], T]) -> list[T]:
    """What `see` gives for every batch landed from now on (its writer's connection and records), in order."""
    seen: list[T] = []
    real = land.land_batch

    def spy(con, records, run_id):  # type: ignore[no-untyped-def]
        seen.append(see(con, records))
        return real(con, records, run_id)

    monkeypatch.setattr(land, "land_batch", spy)
    return seen


def _batches(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The statuses of every batch landed from now on, in order."""
    return _on_every_batch(monkeypatch, lambda _con, records: [record.status for record in records])


def test_files_seen_again_land_in_larger_batches_than_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    # No status is noted, however long the first load takes: every file is read again, to be landed as seen again.
    monkeypatch.setattr(filestat, "RACY_NS", 10**18)
    make_copies(docs, 45)
    landed = _batches(monkeypatch)
    load([docs], db, batch_size=2, jobs=1)
    assert [len(b) for b in landed] == [2] * 22 + [1]  # documents: two to a batch

    landed.clear()
    make_copies(tmp_path / "more", 47)  # copies 0-44 again (known content, at new paths), and two new ones
    summary = load([docs, tmp_path / "more"], db, batch_size=2, jobs=1)
    assert summary.counts["skipped"] == 90 and summary.counts["loaded"] == 2
    # 90 files seen again, 40 to a batch (2 x SEEN_AGAIN_FACTOR), then the last 10 with the two new documents
    assert [len(b) for b in landed] == [2 * SEEN_AGAIN_FACTOR] * 2 + [12]
    assert [sum(s not in land.SEEN_AGAIN for s in b) for b in landed] == [0, 0, 2]
    with duckdb.connect(str(db), read_only=True) as con:
        files = con.execute("select count(*) from raw.document_files").fetchone()
    assert files == (92,)


def test_the_writer_lands_batches_with_a_bounded_buffer_pool_no_vacuum_and_one_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    make_copies(docs, 3)
    settings = _on_every_batch(
        monkeypatch,
        lambda con, _records: con.execute(
            "select current_setting('threads'), current_setting('max_vacuum_tasks'), current_setting('memory_limit')"
        ).fetchone(),
    )
    load([docs], tmp_path / "w.duckdb", batch_size=2, jobs=1)
    assert len(settings) == 2
    assert set(settings) == {(1, 0, "122.0 MiB")}  # 128 MB, in MiB
