"""A rejection caused by a limit of the load or a failure of the loader is tried again by the next load; one caused
by what the file holds stands until the file changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders import cli, pipeline, record
from loaders.load import load
from tests.conftest import SEEDS, query
from tests.loaders.stand_ins import PNG, PNG_REASON, REAL_EXTRACTION, broken_extraction, slow_extraction

# Files are noted at once, so that a file left unread because its status was noted shows in these tests.
pytestmark = pytest.mark.usefixtures("no_racy_window")


def _documents(db: Path) -> list[tuple[str, str]]:
    return query(db, "select file_name, status from raw.documents order by all")


def test_a_file_over_the_size_limit_is_rejected_again_then_loads_under_a_raised_one(
    seed_docs: Path, tmp_path: Path
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    names = sorted(p.name for p in docs.iterdir())
    first = load([docs], db, jobs=1, max_bytes=100)
    assert first.counts["rejected"] == len(names)
    again = load([docs], db, jobs=1, max_bytes=100)
    assert again.counts["rejected"] == len(names) and again.counts["duplicates"] == 0  # not a duplicate of itself
    assert [path for path, _ in again.rejections] == [str(docs / name) for name in names]
    assert _documents(db) == [(name, "rejected") for name in names]  # the same rejection: one row
    raised = load([docs], db, jobs=1)
    assert raised.counts["loaded"] == len(names)
    assert _documents(db) == sorted([(name, "rejected") for name in names] + [(name, "loaded") for name in names])


def test_a_file_over_the_time_limit_loads_when_given_time(
    seed_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    names = sorted(p.name for p in docs.iterdir())
    monkeypatch.setattr(pipeline, "extract_document", slow_extraction)
    timed_out = load([docs], db, jobs=1, max_seconds=0.2)
    assert timed_out.counts["rejected"] == len(names)
    assert query(db, "select count(*) from raw.file_stats") == [(0,)]  # read again next time, not skipped unread
    again = load([docs], db, jobs=1, max_seconds=0.2)
    assert (again.counts["rejected"], again.counts["skipped"]) == (len(names), 0)
    monkeypatch.setattr(pipeline, "extract_document", REAL_EXTRACTION)
    given_time = load([docs], db, jobs=1)
    assert (given_time.counts["loaded"], given_time.counts["skipped"]) == (len(names), 0)
    assert query(db, "select count(*) from raw.documents where status = 'rejected'") == [(len(names),)]


def test_a_file_the_loader_failed_on_loads_once_the_loader_works(
    seed_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    names = sorted(p.name for p in docs.iterdir())
    monkeypatch.setattr(pipeline, "extract_document", broken_extraction)
    failed = load([docs], db, jobs=1)
    assert failed.counts["rejected"] == len(names)
    assert all(reason.startswith("extraction failed: KeyError") for _, reason in failed.rejections)
    monkeypatch.setattr(pipeline, "extract_document", REAL_EXTRACTION)
    fixed = load([docs], db, jobs=1)
    assert fixed.counts["loaded"] == len(names)
    loaded = query(db, "select count(*) from raw.report_attributes a join raw.documents d using (document_id)")
    assert loaded[0][0] > 0


def test_a_file_rejected_for_its_content_is_reported_again_unread_and_stays_one_row(
    tmp_path: Path, reads: list[str]
) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    docs.mkdir()
    (docs / "picture.txt").write_bytes(PNG)
    (docs / "same picture.txt").write_bytes(PNG)
    expected = [(str(docs / "picture.txt"), PNG_REASON), (str(docs / "same picture.txt"), PNG_REASON)]
    for count in (2, 0):  # the copy is rejected in the first load as well: not counted as a duplicate
        reads.clear()
        summary = load([docs], db, jobs=1)
        assert (summary.counts["rejected"], summary.counts["skipped"], summary.counts["duplicates"]) == (2, 0, 0)
        assert sorted(summary.rejections) == expected
        assert len(reads) == count  # noted when read: reported again from the warehouse, unread
    assert summary.counts["unread"] == 0  # counted as rejected, not as skipped
    assert _documents(db) == [("picture.txt", "rejected")]
    assert query(db, "select count(*) from raw.file_stats") == [(2,)]

    (docs / "picture.txt").write_bytes(PNG + b"\0")  # changed: read again, a new rejection
    reads.clear()
    changed = load([docs], db, jobs=1)
    assert reads == ["picture.txt"] and changed.counts["rejected"] == 2
    assert _documents(db) == [("picture.txt", "rejected"), ("picture.txt", "rejected")]
    again = load([docs], db, jobs=1, rehash=True)  # --rehash reads every file, and reports them the same
    assert sorted(again.rejections) == expected


def test_the_rejections_are_printed_by_path_whether_read_or_not(tmp_path: Path) -> None:
    """A load reports a rejection noted by an earlier one unread, before the files it reads: printed by path."""
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    docs.mkdir()
    (docs / "b picture.txt").write_bytes(PNG)
    load([docs], db, jobs=1)
    (docs / "a empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    printed = [line.split(": ")[0] for line in result.output.splitlines() if line.startswith("  rejected ")]
    assert printed == [f"  rejected {docs / 'a empty.txt'}", f"  rejected {docs / 'b picture.txt'}"]


def test_a_rejected_file_is_hashed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its content's hash (that of a loaded document) is the rejection's id, or a part of its key: taken as the
    load made it, not made again."""
    hashed: list[bytes] = []
    real_hash = pipeline.content_hash

    def counting(data: bytes) -> str:
        hashed.append(data)
        return real_hash(data)

    monkeypatch.setattr(pipeline, "content_hash", counting)
    monkeypatch.setattr(record, "content_hash", counting)  # where rejections are keyed
    picture = tmp_path / "picture.txt"
    picture.write_bytes(PNG)
    assert pipeline.process_file(picture, 10**6).status == "rejected"
    assert hashed.count(PNG) == 1

    monkeypatch.setattr(pipeline, "extract_document", broken_extraction)
    seed = next(path for path in sorted(SEEDS.iterdir()) if path.is_file())
    failed = pipeline.process_file(seed, 10**6)
    assert failed.retry and hashed.count(seed.read_bytes()) == 1
