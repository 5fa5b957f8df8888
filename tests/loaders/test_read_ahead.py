"""The load asks the kernel to read ahead the files it is about to read: regular files only, within a limit, and
never the files it skips unread."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders import load as load_module
from loaders.discover import FoundFile
from loaders.load import load, read_ahead
from tests.robustness.corpus import make_copies


@pytest.fixture
def advised(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int]]:
    """(file name, offset, length) of every read-ahead asked for from now on."""
    asked: list[tuple[str, int, int]] = []

    def record(fd: int, offset: int, length: int, advice: int) -> None:
        assert advice == os.POSIX_FADV_WILLNEED
        asked.append((Path(os.readlink(f"/proc/self/fd/{fd}")).name, offset, length))

    monkeypatch.setattr(os, "posix_fadvise", record)
    return asked


def test_regular_files_are_read_ahead_in_order_up_to_the_limit(
    tmp_path: Path, advised: list[tuple[str, int, int]]
) -> None:
    sizes = {"a.txt": 10, "big.txt": 25, "c.txt": 20, "d.txt": 15, "e.txt": 5}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    os.mkfifo(tmp_path / "b.txt")  # opening it to read would wait for a writer
    names = ["a.txt", "b.txt", "big.txt", "c.txt", "missing.txt", "d.txt", "e.txt"]
    read_ahead([FoundFile(str(tmp_path / name)) for name in names], max_bytes=22, limit=40)
    # big.txt is over the size limit (rejected unread), though within what is left of the 40 bytes; d.txt is more
    # than the 10 bytes left after a.txt and c.txt, and e.txt fits in them
    assert advised == [("a.txt", 0, 10), ("c.txt", 0, 20), ("e.txt", 0, 5)]


@pytest.mark.usefixtures("no_racy_window")
def test_a_load_reads_ahead_the_files_it_reads_and_not_those_it_skips_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = make_copies(tmp_path / "docs", 12)
    windows: list[list[str]] = []
    monkeypatch.setattr(load_module, "read_ahead", lambda found, _max: windows.append([f.location for f in found]))
    load([tmp_path / "docs"], tmp_path / "w.duckdb", jobs=2)
    assert windows == [[str(path) for path in files]]
    windows.clear()
    again = load([tmp_path / "docs"], tmp_path / "w.duckdb", jobs=2)
    assert again.counts["unread"] == len(files)
    assert windows == [[]]
