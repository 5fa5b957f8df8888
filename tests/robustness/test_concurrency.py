"""Readers and a second writer, each in its own process, while the warehouse is loaded or rebuilt."""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

import pytest

from loaders.warehouse import build_dir, lock_path, staged_copy, writer_lock
from tests.robustness.corpus import make_copies
from tests.robustness.helpers import dbt_started, duplicate_keys, rows, run_cli, start_cli
from tests.robustness.reader import Reader


def lock_held(db: Path) -> bool:
    fd = os.open(lock_path(db), os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def wait_until_writing(db: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not (lock_path(db).exists() and lock_held(db)):
        assert time.monotonic() < deadline, "the first loader never started writing"
        time.sleep(0.05)


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[Path, Path]:
    """A warehouse with 4 documents loaded, and a folder of 60 more."""
    make_copies(tmp_path / "first", 4)
    db = tmp_path / "w.duckdb"
    assert run_cli("load", str(tmp_path / "first"), db=db).returncode == 0
    make_copies(tmp_path / "more", 64)
    for path in sorted((tmp_path / "more").iterdir())[:4]:
        path.unlink()  # the first four are already loaded
    return db, tmp_path / "more"


def test_load_stops_at_once_when_a_reader_has_the_warehouse_open(loaded: tuple[Path, Path]) -> None:
    db, more = loaded
    reader = Reader(db)
    try:
        started = time.monotonic()
        proc = run_cli("load", str(more), db=db, timeout=60)
        assert proc.returncode != 0
        assert time.monotonic() - started < 30  # no waiting for the reader to go away
        message = proc.stderr
        assert "open in another program" in message and f"process {reader.proc.pid}" in message
        assert "market-intel build" in message and "Close that connection" in message
        assert "Traceback" not in message
        assert reader.ask("select count(*) from raw.documents") == {"rows": [[4]]}
    finally:
        reader.close()
    assert rows(db, "select count(*) from raw.documents") == [(4,)]


def test_second_loader_says_the_warehouse_is_busy_and_nothing_is_corrupted(loaded: tuple[Path, Path]) -> None:
    db, more = loaded
    # Enough work that the first loader is still writing while the second load and the build start (about a
    # second each): 236 documents beyond the 64 (copies 0-63 are the ones already there).
    extra = more.parent / "extra"
    make_copies(extra, 300)
    first = start_cli("load", str(more), str(extra), "--jobs", "1", "--batch-size", "5", db=db)
    wait_until_writing(db)
    second = run_cli("load", str(more), db=db, timeout=60)
    also_build = run_cli("build", str(more), db=db, timeout=60)
    _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    for proc in (second, also_build):
        assert proc.returncode != 0
        assert "is busy: another market-intel load or build" in proc.stderr
        assert f"(process {first.pid})" in proc.stderr and "Traceback" not in proc.stderr
    assert rows(db, "select count(*) from raw.documents") == [(300,)]
    assert set(duplicate_keys(db).values()) == {0}
    assert rows(db, "select status from raw.load_runs order by started_at") == [("completed",), ("completed",)]


def test_build_swaps_in_a_new_warehouse_without_disturbing_a_reader(loaded: tuple[Path, Path]) -> None:
    db, more = loaded
    reader = Reader(db)
    try:
        proc = run_cli("build", str(more), db=db)
        assert proc.returncode == 0, proc.stderr
        # The reader still reads the warehouse it opened, whole and unchanged ...
        assert reader.ask("select count(*) from raw.documents") == {"rows": [[4]]}
        assert reader.ask("select count(*) from raw.market_size_mentions")["rows"][0][0] > 0
        # ... while anyone opening the path now gets the new one, built and tested.
        assert rows(db, "select count(*) from raw.documents") == [(64,)]
        assert rows(db, "select count(*) from marts.dim_sources") == [(64,)]
    finally:
        reader.close()
    assert not build_dir(db).exists()
    assert not db.with_name(db.name + ".wal").exists()


def test_a_killed_build_leaves_the_warehouse_as_it_was(loaded: tuple[Path, Path]) -> None:
    db, more = loaded
    before = db.read_bytes()
    proc = start_cli("build", str(more), db=db)
    dbt_started(proc)  # the staged copy loaded, dbt running on it
    os.killpg(proc.pid, 9)
    proc.communicate()
    assert db.read_bytes() == before
    assert rows(db, "select count(*) from raw.documents") == [(4,)]
    assert build_dir(db).exists()  # the killed build's leftovers ...
    (build_dir(db) / "stale").write_text("x")
    with writer_lock(db), staged_copy(db) as staged:  # ... are removed by the next writer before it starts
        assert not (build_dir(db) / "stale").exists()
        assert rows(staged, "select count(*) from raw.documents") == [(4,)]
    assert not build_dir(db).exists()
    assert rows(db, "select count(*) from raw.documents") == [(4,)]


def test_a_failed_step_discards_the_staged_copy(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    make_copies(tmp_path / "docs", 2)
    assert run_cli("load", str(tmp_path / "docs"), db=db).returncode == 0
    before = db.read_bytes()
    with pytest.raises(RuntimeError), writer_lock(db), staged_copy(db) as staged:
        staged.write_bytes(b"half written")
        raise RuntimeError("dbt failed")
    assert db.read_bytes() == before and not build_dir(db).exists()


def test_a_build_through_a_symbolic_link_replaces_the_file_it_points_to(seed_warehouse: Path, tmp_path: Path) -> None:
    """A warehouse kept elsewhere (a bigger disk) and named by a link: the build puts the new warehouse in the
    link's target, not in the link's place, and takes the lock beside the target, as a build naming it would."""
    real = tmp_path / "disk" / seed_warehouse.name
    real.parent.mkdir()
    shutil.copy(seed_warehouse, real)
    link = tmp_path / "here" / seed_warehouse.name
    link.parent.mkdir()
    link.symlink_to(real)
    make_copies(tmp_path / "docs", 3)
    result = run_cli("build", str(tmp_path / "docs"), db=link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert rows(real, "select count(*) from raw.documents") == [(5,)]  # the 2 seed documents and the 3 new ones
    assert f"warehouse: {real}" in result.stdout
    assert sorted(p.name for p in link.parent.iterdir()) == [link.name]  # no lock, copy or log beside the link
