"""Whether a build would change nothing, found without writing: then `build` leaves the warehouse as it is.

`build` loads into a copy of the warehouse and runs dbt there (loaders.warehouse.staged_copy). When its marts
were built from the raw rows as they are (loaders.build_state), every file under the inputs is unchanged since a
load read it (loaders.unchanged: none would be read) and nothing else is left for a load to write (a run cut
short, a rejection keyed by an earlier version, a table this version adds), that load would land nothing and
dbt would be skipped: the copy and its swap (a file of 1.9 GB at 100,000 documents) are spared, and so is
rewriting the live file. No load run is recorded then; a build that finds anything to do is not changed.

The checks run cheapest first, on a read-only connection, and stop at the first thing a load would write; the
walk of the inputs (the only one that grows with the number of files) runs last, and only for a warehouse that
was built since its last load."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import duckdb

from loaders import unchanged
from loaders.build_state import read_state
from loaders.config import WINDOW
from loaders.discover import discover, windows
from loaders.interrupt import interruptible_on
from loaders.land import known_document_ids, known_rejections, other_extractions
from loaders.upgrade import pending_upgrades


class UpToDate(NamedTuple):
    """A warehouse a build would not change: how many files its inputs hold, those of them whose content was
    rejected (path and reason, as the load reports them), its marts' row counts, the files of the inputs that
    are not documents, by extension (as the load counts them), and its loaded documents that another version
    extracted."""

    files_seen: int
    rejections: list[tuple[str, str]]
    marts: list[tuple[str, int | str]]
    other_files: Counter[str]
    other_extraction: int


def up_to_date(
    db_path: Path, inputs: Iterable[Path], max_bytes: int, progress: Callable[[int], None] | None = None
) -> UpToDate | None:
    """What a build of `inputs` into `db_path` would find when it would change nothing; None when it would
    change something, or when that cannot be told without the build (the warehouse busy, unreadable or new).
    `progress` is called with the number of files checked, a window at a time."""
    if not db_path.exists():
        return None
    roots = [Path(os.path.abspath(p)) for p in inputs]  # as the load names them
    try:
        return interruptible_on(db_path, lambda con: _up_to_date(con, roots, max_bytes, progress))
    except duckdb.Error:  # another writer, not a warehouse (the build says why), or a table or column this
        return None  # version adds, which the load creates: the build runs


def _up_to_date(
    con: duckdb.DuckDBPyConnection, inputs: list[Path], max_bytes: int, progress: Callable[[int], None] | None
) -> UpToDate | None:
    if con.execute("select count(*) from raw.load_runs where status = 'running'").fetchone() != (0,):
        return None
    state = read_state(con)
    if not state.current or pending_upgrades(con, max_bytes):
        return None
    known = frozenset(known_document_ids(con))
    rejected = known_rejections(con)
    seen = 0
    rejections: list[tuple[str, str]] = []
    others: Counter[str] = Counter()
    for window in windows(discover(inputs, others=others), WINDOW):
        found = unchanged.to_read_of(con, window, known, max_bytes, rejected=rejected)
        if found.to_read:  # a file to read, or a path that cannot be walked (never noted): reported by the load
            return None
        rejections += found.rejected
        seen += len(window)
        if progress:
            progress(len(window))
    return UpToDate(seen, rejections, state.marts, others, other_extractions(con))
