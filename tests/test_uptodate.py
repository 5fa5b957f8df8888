"""A build that would change nothing is told without writing (loaders.uptodate), and only such a build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from loaders import build_state, pipeline
from loaders.config import DEFAULT_MAX_BYTES
from loaders.load import load
from loaders.record import content_hash
from loaders.report import mart_row_counts
from loaders.uptodate import up_to_date
from tests.conftest import REAL_DOCS, SEEDS
from tests.loaders.stand_ins import PNG, PNG_REASON, slow_extraction


@pytest.fixture
def built(seed_warehouse: Path, tmp_path: Path) -> Path:
    """A copy of the seed documents' warehouse, built from them by `market-intel build`."""
    db = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, db)
    return db


def _record_as_built(db: Path) -> None:
    """Record a build of `db` as it is now, as if dbt had just built it."""
    state = build_state.state_of(db)
    build_state.record_build(db, state.now, state.marts)


def _execute(db: Path, *sql: str) -> None:
    with duckdb.connect(str(db)) as con:
        for statement in sql:
            con.execute(statement)


def test_a_warehouse_built_from_unchanged_files_is_up_to_date(built: Path) -> None:
    checked: list[int] = []
    found = up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES, checked.append)
    assert found is not None and found.files_seen == 2 and sum(checked) == 2
    assert found.marts == mart_row_counts(built)


def test_a_file_to_read_makes_a_build(built: Path, tmp_path: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    assert up_to_date(built, [SEEDS, more], DEFAULT_MAX_BYTES) is not None  # an empty folder changes nothing
    shutil.copy(next(p for p in sorted(REAL_DOCS.iterdir()) if p.suffix == ".md"), more)
    assert up_to_date(built, [SEEDS, more], DEFAULT_MAX_BYTES) is None
    assert up_to_date(built, [SEEDS, tmp_path / "gone"], DEFAULT_MAX_BYTES) is None  # reported by the load
    assert up_to_date(built, [SEEDS], 100) is None  # files now over --max-bytes: rejected by the load


def test_rows_loaded_since_the_build_make_a_build(built: Path, tmp_path: Path) -> None:
    more = tmp_path / "more"
    more.mkdir()
    shutil.copy(next(p for p in sorted(REAL_DOCS.iterdir()) if p.suffix == ".md"), more)
    load([more], built, jobs=1)
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None


def test_a_dropped_mart_makes_a_build(built: Path) -> None:
    _execute(built, "drop table marts.dim_regions")
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None


def test_rows_deleted_from_a_mart_make_a_build(built: Path) -> None:
    _execute(built, "delete from marts.dim_markets where market_key in (select min(market_key) from marts.dim_markets)")
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None


def test_a_run_cut_short_makes_a_build(built: Path) -> None:
    _execute(built, "insert into raw.load_runs (run_id, started_at, inputs, status) values ('x', now(), '', 'running')")
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None


def test_a_rejection_keyed_by_an_earlier_version_makes_a_build(built: Path, tmp_path: Path) -> None:
    gone = str(tmp_path / "gone.html")  # a file not under the inputs, rejected as unreadable by an earlier version
    old_id = content_hash(f"unreadable:{gone}".encode())
    _execute(
        built,
        "insert into raw.documents (document_id, source_path, reject_reason, status)"
        f" values ('{old_id}', '{gone}', 'could not be read', 'rejected')",
    )
    _record_as_built(built)
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None


def test_a_warehouse_open_in_another_writer_is_left_to_the_build(built: Path) -> None:
    hold = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print(1, flush=True); input()"
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(built)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "1"
        assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is None
    finally:
        holder.communicate("\n", timeout=30)
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is not None


def test_nothing_is_written(built: Path) -> None:
    before = built.read_bytes()
    assert up_to_date(built, [SEEDS], DEFAULT_MAX_BYTES) is not None
    assert built.read_bytes() == before


@pytest.mark.usefixtures("no_racy_window")
def test_a_file_rejected_for_its_content_is_reported_unread(built: Path, tmp_path: Path) -> None:
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    picture = pictures / "picture.txt"
    picture.write_bytes(PNG)
    load([pictures], built, jobs=1)
    _record_as_built(built)
    found = up_to_date(built, [SEEDS, pictures], DEFAULT_MAX_BYTES)
    assert found is not None and found.files_seen == 3
    assert found.rejections == [(str(picture), PNG_REASON)]
    picture.write_bytes(PNG + b"\0")  # changed: read by the load
    assert up_to_date(built, [SEEDS, pictures], DEFAULT_MAX_BYTES) is None


@pytest.mark.usefixtures("no_racy_window")
def test_a_rejection_to_try_again_makes_a_build(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    more = tmp_path / "more"
    more.mkdir()
    shutil.copy(next(p for p in sorted(REAL_DOCS.iterdir()) if p.suffix == ".md"), more)
    monkeypatch.setattr(pipeline, "extract_document", slow_extraction)
    assert load([more], built, jobs=1, max_seconds=0.2).counts["rejected"] == 1
    _record_as_built(built)
    assert up_to_date(built, [SEEDS, more], DEFAULT_MAX_BYTES) is None  # tried again by the load


def test_the_check_imports_no_extractor() -> None:
    """The check runs before every build, and a build with nothing to do is the check alone: it imports what reads
    the warehouse and walks the inputs, not the cleaning and extraction of documents (a fifth of a second)."""
    probe = "import sys, loaders.cli, loaders.uptodate; print(' '.join(sorted(sys.modules)))"
    imported = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    loaders_modules = {name for name in imported.split() if name.startswith("loaders.")}
    assert "loaders.uptodate" in loaders_modules
    assert not loaders_modules & {"loaders.pipeline", "loaders.clean", "loaders.decode", "loaders.markdown"}
    assert {name for name in loaders_modules if name.startswith("loaders.extract.")} == {"loaders.extract.model"}
