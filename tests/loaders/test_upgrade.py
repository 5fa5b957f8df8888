"""Rejections keyed the way earlier versions keyed them are rekeyed by the next load (loaders.upgrade): a file that
timed out is tried again, and a file that cannot be read stays one row.

The earlier warehouses are made by loading with this version and rewriting the ids of its rejections the way
earlier versions made them: the hash of the file's content, or of "unreadable:" and the path."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from loaders import pipeline
from loaders.config import DEFAULT_MAX_BYTES
from loaders.load import load
from loaders.record import RETRIED_OPENINGS
from loaders.upgrade import upgrade_rejections
from tests.conftest import query
from tests.loaders.stand_ins import REAL_EXTRACTION, broken_extraction, slow_extraction

pytestmark = pytest.mark.usefixtures("no_racy_window")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rekey_as_before(db: Path, old_id: object) -> None:
    """Give each rejected row (and its raw.document_files rows) the id `old_id(path)` an earlier version gave it,
    and note its file's status as earlier versions did for every file they read."""
    con = duckdb.connect(str(db))
    try:
        rows = con.execute("select document_id, source_path from raw.documents where status = 'rejected'").fetchall()
        for document_id, path in rows:
            earlier = old_id(path)  # type: ignore[operator]
            con.execute("update raw.documents set document_id = ? where document_id = ?", [earlier, document_id])
            con.execute("update raw.document_files set document_id = ? where document_id = ?", [earlier, document_id])
            info = Path(path).stat()
            con.execute(
                "insert into raw.file_stats values (?, ?, ?, ?, ?, ?, 'earlier')",
                [path, earlier, info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns],
            )
    finally:
        con.close()


def _orphans(db: Path) -> list[tuple]:
    """raw.document_files rows whose document is not in raw.documents, and ids held by two documents."""
    return query(
        db,
        "select document_id from raw.document_files anti join raw.documents using (document_id)"
        " union all select document_id from raw.documents group by all having count(*) > 1",
    )


def _time_out(monkeypatch: pytest.MonkeyPatch, docs: Path, db: Path) -> None:
    monkeypatch.setattr(pipeline, "extract_document", slow_extraction)
    summary = load([docs], db, jobs=1, max_seconds=0.2)
    assert all(reason.startswith(RETRIED_OPENINGS) for _, reason in summary.rejections)
    monkeypatch.setattr(pipeline, "extract_document", REAL_EXTRACTION)


def test_a_file_that_timed_out_under_an_earlier_version_is_tried_again(
    seed_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    names = sorted(p.name for p in docs.iterdir())
    _time_out(monkeypatch, docs, db)
    _rekey_as_before(db, lambda path: _sha(Path(path).read_bytes()))
    summary = load([docs], db, jobs=1)
    assert (summary.counts["loaded"], summary.counts["rejected"], summary.counts["skipped"]) == (len(names), 0, 0)
    statuses = query(db, "select file_name, status from raw.documents order by all")
    assert statuses == sorted([(name, "loaded") for name in names] + [(name, "rejected") for name in names])
    assert _orphans(db) == []


def test_a_file_that_failed_the_loader_under_an_earlier_version_is_tried_again(
    seed_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "extract_document", broken_extraction)
        failed = load([docs], db, jobs=1)
    assert all(reason.startswith(RETRIED_OPENINGS) for _, reason in failed.rejections)
    _rekey_as_before(db, lambda path: _sha(Path(path).read_bytes()))
    assert load([docs], db, jobs=1).counts["loaded"] == len(failed.rejections) > 0
    assert _orphans(db) == []


def test_a_file_over_the_size_limit_under_an_earlier_version_stays_one_rejection(
    seed_docs: Path, tmp_path: Path
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    names = sorted(p.name for p in docs.iterdir())
    load([docs], db, jobs=1, max_bytes=100)
    _rekey_as_before(db, lambda path: _sha(f"unreadable:{path}".encode()))
    again = load([docs], db, jobs=1, max_bytes=100)
    assert (again.counts["rejected"], again.counts["duplicates"]) == (len(names), 0)
    assert query(db, "select file_name, status from raw.documents order by all") == [(n, "rejected") for n in names]
    assert query(db, "select count(*) from raw.file_stats") == [(0,)]
    assert _orphans(db) == []


def test_an_earlier_row_beside_the_same_rejection_under_its_new_key_goes(seed_docs: Path, tmp_path: Path) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    load([docs], db, jobs=1, max_bytes=100)
    current = query(db, "select document_id, source_path, reject_reason from raw.documents order by all")
    _rekey_as_before(db, lambda path: _sha(f"unreadable:{path}".encode()))
    con = duckdb.connect(str(db))  # the rejections landed again by a load of this version, beside the earlier rows
    try:
        con.executemany(
            "insert into raw.documents (document_id, source_path, reject_reason, status) values (?, ?, ?, 'rejected')",
            current,
        )
        assert upgrade_rejections(con, DEFAULT_MAX_BYTES) == len(current)
    finally:
        con.close()
    assert query(db, "select document_id, source_path, reject_reason from raw.documents order by all") == current
    assert _orphans(db) == []


def test_rows_of_this_version_and_changed_files_are_left_as_they_are(
    seed_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = seed_docs, tmp_path / "w.duckdb"
    _time_out(monkeypatch, docs, db)
    before = query(db, "select * from raw.documents order by all")
    con = duckdb.connect(str(db))
    try:
        assert upgrade_rejections(con, DEFAULT_MAX_BYTES) == 0  # this version's keys
    finally:
        con.close()
    _rekey_as_before(db, lambda path: _sha(Path(path).read_bytes()))
    earlier = query(db, "select * from raw.documents order by all")
    assert earlier != before
    for path in docs.iterdir():
        path.write_bytes(path.read_bytes() + b"\nEdited.\n")
    con = duckdb.connect(str(db))
    try:
        assert upgrade_rejections(con, DEFAULT_MAX_BYTES) == 0  # the content they were rejected for is gone
    finally:
        con.close()
    assert query(db, "select * from raw.documents order by all") == earlier
