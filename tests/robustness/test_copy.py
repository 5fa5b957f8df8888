"""The copy `build` makes of the warehouse: byte for byte, whichever way the system copies, with its progress
shown."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from tqdm import tqdm

from loaders import cli, warehouse
from tests.conftest import SEEDS

SIZE = 100_000


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(warehouse, "COPY_CHUNK", 4096)
    path = tmp_path / "source.duckdb"
    path.write_bytes(os.urandom(SIZE))
    return path


def _refusing(after: int) -> Callable[..., int]:
    """os.sendfile copying `after` chunks, then failing as where the system cannot copy between two files."""
    real, calls = os.sendfile, [0]

    def sendfile(*args: int | None) -> int:
        calls[0] += 1
        if calls[0] > after:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(*args)  # type: ignore[arg-type]

    return sendfile


@pytest.mark.parametrize("kernel_chunks", [1000, 0, 3], ids=["in the kernel", "through a buffer", "both"])
def test_the_copy_is_exact_and_tells_its_progress(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_chunks: int
) -> None:
    monkeypatch.setattr(os, "sendfile", _refusing(kernel_chunks))
    progress: list[int] = []
    target = tmp_path / "target.duckdb"
    warehouse.copy_file(source, target, progress.append)
    assert target.read_bytes() == source.read_bytes()
    assert sum(progress) == SIZE and len(progress) == -(-SIZE // 4096)


def test_an_error_of_the_copy_is_raised(source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: int | None) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "sendfile", full)
    with pytest.raises(OSError, match="No space left"):
        warehouse.copy_file(source, tmp_path / "target.duckdb")


def test_a_build_shows_the_copy_of_the_warehouse(
    seed_warehouse: Path, tmp_path: Path, shown_bars: dict[str, tqdm]
) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(seed_warehouse, db)
    result = CliRunner().invoke(cli.main, ["build", str(SEEDS), "--db", str(db), "--rehash", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    copied = shown_bars["copying the warehouse"]
    assert copied.total == copied.n == seed_warehouse.stat().st_size
