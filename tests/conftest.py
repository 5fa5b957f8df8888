"""Shared fixtures: paths to the shared corpus and warehouses built from it with the real CLI."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from tqdm import tqdm

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARKET_INTEL_SHARED", REPO_ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
REAL_DOCS = SHARED / "corpus" / "real" / "docs"
CLI = [sys.executable, "-m", "loaders.cli"]


def run_cli(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MARKET_INTEL_DB=str(db), DBT_SEND_ANONYMOUS_USAGE_STATS="False")
    proc = subprocess.run(
        [*CLI, *args, "--db", str(db), "-q"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"market-intel {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def generated_corpus(out: Path, n: int, seed: int = 42) -> Path:
    """`n` documents written by the corpus generator (benchmarks/generate_corpus.py) under `out`, one process; their
    folder (their labels are in `out`/gold)."""
    generator = REPO_ROOT / "benchmarks" / "generate_corpus.py"
    arguments = ["--n", str(n), "--out", str(out), "--seed", str(seed), "--jobs", "1"]
    subprocess.run([sys.executable, str(generator), *arguments], check=True, capture_output=True)
    return out / "docs"


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def seed_docs(tmp_path: Path) -> Path:
    """A folder of the test's own holding copies of the seed documents, to change or load as it likes."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(SEEDS.iterdir()):
        shutil.copy(path, docs / path.name)
    return docs


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two seed documents built into a fresh warehouse with `market-intel build`."""
    if not SEEDS.is_dir():
        pytest.fail(f"shared corpus not found at {SEEDS}: put shared/ beside the checkout")
    db = tmp_path_factory.mktemp("seeds") / "warehouse.duckdb"
    run_cli("build", str(SEEDS), db=db)
    return db


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are read within the racy window (loaders.filestat.RACY_NS), so a load would not
    note their status; with this fixture it notes them at once, as it would files written long before."""
    from loaders import filestat

    monkeypatch.setattr(filestat, "RACY_NS", -(10**12))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read from now on (loads run in this process: jobs=1)."""
    from loaders import filestat, pipeline

    seen: list[str] = []
    real = pipeline.read_file

    def spy(path: Path, max_bytes: int) -> filestat.FileRead:
        seen.append(path.name)
        return real(path, max_bytes)

    monkeypatch.setattr(pipeline, "read_file", spy)
    return seen


@pytest.fixture
def shown_bars(monkeypatch: pytest.MonkeyPatch) -> dict[str, tqdm]:
    """The command line's progress bars from now on, by their description, drawn as on a terminal (to a buffer)."""
    from loaders import cli

    bars: dict[str, tqdm] = {}

    def recording(desc: str, unit: str, quiet: bool, total: int | None = 0, **options: bool) -> tqdm:
        bars[desc] = tqdm(total=total, unit=unit, desc=desc, file=io.StringIO(), disable=quiet)
        return bars[desc]

    monkeypatch.setattr(cli, "_progress_bar", recording)
    return bars
