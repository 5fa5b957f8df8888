"""Files unchanged since a load read them are skipped unread; any change to a file, even one that keeps its size
and modification time, has it read and hashed again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from loaders import filestat
from loaders.load import load
from tests.conftest import REAL_DOCS, query
from tests.robustness.corpus import make_copies


def _files(db: Path) -> list[tuple]:
    return query(db, "select document_id, source_path, status from raw.document_files order by all")


def _docs(tmp_path: Path) -> Path:
    """Ten made documents and three real ones (HTML, Markdown, text)."""
    docs = tmp_path / "docs"
    make_copies(docs, 10)
    for path in sorted(REAL_DOCS.iterdir())[:3]:
        shutil.copy(path, docs / path.name)
    return docs


@pytest.mark.usefixtures("no_racy_window")
def test_a_second_load_reads_no_unchanged_file_and_lands_the_same_rows(tmp_path: Path, reads: list[str]) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    assert len(reads) == 13
    files = _files(db)
    reads.clear()
    summary = load([docs], db, jobs=1)
    assert reads == []
    assert summary.counts["skipped"] == summary.counts["unread"] == summary.counts["files_seen"] == 13
    assert _files(db) == files
    # the same as a load that reads every file
    rehashed = load([docs], db, jobs=1, rehash=True)
    assert sorted(reads) == sorted(path.name for path in docs.iterdir())
    assert rehashed.counts == {**summary.counts, "unread": 0}
    assert _files(db) == files
    assert query(db, "select count(*), count(distinct source_path) from raw.file_stats") == [(13, 13)]


@pytest.mark.usefixtures("no_racy_window")
def test_a_rewrite_keeping_size_and_modification_time_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    target, other = docs / "copy_0001.txt", docs / "copy_0003.txt"  # the same seed text, copy numbers 1 and 3
    before = target.stat()
    new = other.read_text().replace("copy number 3", "copy number Z").replace("reference 3", "reference Z")
    target.write_text(new)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = target.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    reads.clear()
    summary = load([docs], db, jobs=1)
    assert reads == ["copy_0001.txt"]
    assert summary.counts["loaded"] == 1 and summary.counts["skipped"] == 12
    texts = query(db, f"select text from raw.documents where source_path = '{target}' order by loaded_at")
    assert len(texts) == 2 and "copy number Z" in texts[1][0]


@pytest.mark.usefixtures("no_racy_window")
def test_a_file_renamed_onto_the_path_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    target = docs / "copy_0002.txt"
    before = target.stat()
    spare = tmp_path / "spare.txt"
    spare.write_text(target.read_text().replace("copy number 2", "copy number Y"))
    os.utime(spare, ns=(before.st_atime_ns, before.st_mtime_ns))
    spare.replace(target)
    reads.clear()
    assert load([docs], db, jobs=1).counts["loaded"] == 1
    assert reads == ["copy_0002.txt"]


@pytest.mark.usefixtures("no_racy_window")
def test_a_file_whose_content_left_the_warehouse_is_read_and_landed_again(tmp_path: Path, reads: list[str]) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    with duckdb.connect(str(db)) as con:
        con.execute("delete from raw.documents where file_name = 'copy_0004.txt'")
    reads.clear()
    summary = load([docs], db, jobs=1)
    assert reads == ["copy_0004.txt"]
    assert summary.counts["loaded"] == 1
    assert query(db, "select count(*) from raw.documents where file_name = 'copy_0004.txt'") == [(1,)]


@pytest.mark.usefixtures("no_racy_window")
def test_a_file_whose_path_row_left_the_warehouse_is_read_and_its_row_landed_again(
    tmp_path: Path, reads: list[str]
) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    files = _files(db)
    with duckdb.connect(str(db)) as con:
        con.execute("delete from raw.document_files where file_name = 'copy_0005.txt'")
    reads.clear()
    summary = load([docs], db, jobs=1)
    assert reads == ["copy_0005.txt"]
    assert summary.counts["skipped"] == 13 and summary.counts["unread"] == 12
    landed_again = [(doc, path, "skipped") for doc, path, status in files if path.endswith("copy_0005.txt")]
    assert _files(db) == sorted([row for row in files if not row[1].endswith("copy_0005.txt")] + landed_again)
    assert query(db, "select count(*), count(distinct source_path) from raw.file_stats") == [(13, 13)]


@pytest.mark.usefixtures("no_racy_window")
def test_a_file_over_a_lower_size_limit_is_read_and_rejected_as_before(tmp_path: Path, reads: list[str]) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    reads.clear()
    limit = sorted(path.stat().st_size for path in docs.iterdir())[6]
    over = sorted(path.name for path in docs.iterdir() if path.stat().st_size > limit)
    summary = load([docs], db, jobs=1, max_bytes=limit)
    assert over and sorted(reads) == over and summary.counts["rejected"] == len(over)


def test_a_file_changed_just_before_it_was_read_is_not_noted(tmp_path: Path, reads: list[str]) -> None:
    # the files are read within RACY_NS of being written: a write in the same clock tick could go unseen
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    assert query(db, "select count(*) from raw.file_stats") == [(0,)]
    reads.clear()
    assert load([docs], db, jobs=1).counts["skipped"] == 13
    assert len(reads) == 13


def test_a_status_is_noted_only_once_the_last_change_is_older_than_the_racy_window(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text")
    info = path.stat()
    changed = max(info.st_mtime_ns, info.st_ctime_ns)
    assert filestat.status_to_note(info, changed + filestat.RACY_NS) is None
    noted = filestat.status_to_note(info, changed + filestat.RACY_NS + 1)
    assert noted == filestat.current_status(str(path)) == (4, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(filestat, "POSIX", False)  # where st_ctime is not the status-change time
        assert filestat.status_to_note(info, changed + filestat.RACY_NS + 1) is None
    os.mkfifo(tmp_path / "pipe.txt")
    assert filestat.current_status(str(tmp_path / "pipe.txt")) is None
    assert filestat.current_status(str(tmp_path / "gone.txt")) is None


def test_the_status_is_noted_by_a_load_with_worker_processes(tmp_path: Path, no_racy_window: None) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=2)
    noted = query(db, "select source_path, byte_size, inode, modified_ns, changed_ns from raw.file_stats")
    assert {path: tuple(key) for path, *key in noted} == {
        str(path): filestat.current_status(str(path)) for path in docs.iterdir()
    }
    assert load([docs], db, jobs=2).counts["skipped"] == 13


@pytest.mark.usefixtures("no_racy_window")
def test_progress_counts_every_file_once_whether_read_or_not(tmp_path: Path) -> None:
    docs, db = _docs(tmp_path), tmp_path / "w.duckdb"
    load([docs], db, jobs=1)
    make_copies(tmp_path / "more", 12)  # copies 0-9 again at new paths, and two new documents
    ticks: list[int] = []
    totals: list[int] = []
    summary = load([docs, tmp_path / "more"], db, jobs=1, progress=ticks.append, on_total=totals.append)
    assert totals == [25] and sum(ticks) == 25
    assert summary.counts["unread"] == 13 and summary.counts["skipped"] == 23 and summary.counts["loaded"] == 2
