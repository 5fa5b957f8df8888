"""A warehouse rewritten without its free blocks, before a build puts it in place.

DuckDB reuses the blocks a table no longer needs, but never gives them back to the file system, and every build
copies the whole file, free blocks included. Builds of earlier versions left many: their record of the build merged
the row groups the load had written (loaders.warehouse.keep_row_groups), rewriting the raw tables elsewhere in the
file; a warehouse of 100,000 documents was 2.9 GiB with 48 % of its blocks free after its first build. Tables
dropped by hand leave theirs, and a full rebuild writes every mart anew beside the old one (6-14 % of the blocks
of a 10,000-document warehouse free after each). A build's warehouse with at least COMPACT_FROM of its blocks free
is copied table by table into a new file (DuckDB's COPY FROM DATABASE: schemas, tables with their constraints,
views, sequences, macros), which replaces it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import duckdb

# The share of free blocks from which a build's warehouse is rewritten: above what builds leave now (at 10,000
# documents, 2-4 % after a build adding 1,000 documents, 6-14 % after a full rebuild), so that a warehouse is
# rewritten once it holds much that is free, not at every build.
COMPACT_FROM = 0.25
# The name the new file is attached under while it is written (never a warehouse's own: that is its file's stem).
TARGET_ALIAS = "market_intel_compacted_target"
# DuckDB's memory while it rewrites a warehouse (it spills to disk beyond it). Rewriting one of 101,000 documents
# (1.7 GB): 3.6 GB of peak RSS without a limit, 1.2 GB and 15.5-16 s with 1 GB, 0.7 GB and 18-20 s with this.
MEMORY_LIMIT = "512MB"
# Seconds between two looks at how far the new file has grown, for the progress of the rewrite.
WATCH_EVERY = 0.2


class Blocks(NamedTuple):
    total: int
    free: int
    size: int  # bytes per block

    @property
    def used_bytes(self) -> int:
        return (self.total - self.free) * self.size

    @property
    def sparse(self) -> bool:
        return self.total > 0 and self.free >= COMPACT_FROM * self.total


def blocks(con: duckdb.DuckDBPyConnection) -> Blocks:
    """The blocks of the database `con` has open (after a checkpoint, those of its file)."""
    row = con.execute(
        "select total_blocks, free_blocks, block_size from pragma_database_size() "
        "where database_name = current_database()"
    ).fetchone()
    assert row is not None
    return Blocks(*row)


def compact_into(con: duckdb.DuckDBPyConnection, target: Path, progress: Callable[[int], None] | None = None) -> None:
    """Write the database `con` has open into the new file `target`, without free blocks. `progress` is told the
    bytes written, as the file grows. Leaves `con` with a memory limit of MEMORY_LIMIT and no progress bar."""
    con.execute(f"set memory_limit = '{MEMORY_LIMIT}'")
    con.execute("set enable_progress_bar = false")  # DuckDB's own, printed on standard output: `progress` tells
    source = con.execute("select current_database()").fetchone()
    assert source is not None
    path = str(target).replace("'", "''")
    with _growth_told(target, progress):
        con.execute(f"attach '{path}' as {TARGET_ALIAS}")
        try:
            con.execute(f"copy from database {_identifier(source[0])} to {TARGET_ALIAS}")
        finally:
            con.execute(f"detach {TARGET_ALIAS}")  # written through: the file is whole once detached


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def _growth_told(path: Path, progress: Callable[[int], None] | None) -> Iterator[None]:
    """Tell `progress` the growth of the file at `path` every WATCH_EVERY seconds, from another thread, while the
    block runs (DuckDB writes it and says nothing on the way)."""
    if progress is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        told = 0
        while True:
            stopping = done.wait(WATCH_EVERY)
            try:
                size = path.stat().st_size
            except OSError:
                size = told
            if size > told:
                progress(size - told)
                told = size
            if stopping:
                return

    watcher = threading.Thread(target=watch, name="compaction progress", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
