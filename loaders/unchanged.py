"""Skip files unchanged since a load read them, by their noted status (loaders.filestat), without reading them.

When a worker reads and hashes a file it notes the file's status beside its content hash (raw.file_stats). A
later load looks up the noted status of each window of paths it walks; a file whose status is the same, and
whose content is still in the warehouse, is counted as skipped without being read (its rows are there already).
Any other file is read and hashed as before, and its noted status, if any, dropped (it is noted again when read).
`rehash` reads and hashes every file regardless.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from loaders.discover import FoundFile
from loaders.filestat import StatKey, current_status

if TYPE_CHECKING:
    import duckdb


def lookup(con: duckdb.DuckDBPyConnection, paths: list[str]) -> dict[str, tuple[str, StatKey, bool]]:
    """The noted content hash and status of each of `paths` that has them, and whether the path holds that
    content in raw.document_files."""
    if not paths:
        return {}
    rows = con.execute(
        "select f.source_path, f.document_id, exists (select 1 from raw.document_files as d"
        " where d.document_id = f.document_id and d.source_path = f.source_path),"
        " f.byte_size, f.inode, f.modified_ns, f.changed_ns"
        " from raw.file_stats as f where f.source_path in (select unnest(?::varchar[]))",
        [paths],
    ).fetchall()
    return {path: (document_id, tuple(key), listed) for path, document_id, listed, *key in rows}  # type: ignore[misc]


def forget(con: duckdb.DuckDBPyConnection, paths: list[str]) -> None:
    """Drop the noted status of `paths`. Always safe: those files are only read and hashed again."""
    if paths:
        con.execute("delete from raw.file_stats where source_path in (select unnest(?::varchar[]))", [paths])


def split(
    con: duckdb.DuckDBPyConnection,
    window: list[FoundFile],
    known: frozenset[str],
    max_bytes: int,
    rehash: bool = False,
    rejected: Container[str] = frozenset(),
) -> tuple[int, list[FoundFile]]:
    """How many files of `window` are unchanged since their status was noted, and the files to read.

    An unchanged file is skipped as it is: its content and its path's row in raw.document_files are in the
    warehouse already. Every other noted status of the window is dropped, so that a file's reading notes its
    new one in its place; so is one noted for content that was rejected (`rejected`: such a file is read again,
    to be reported again)."""
    noted = lookup(con, [found.location for found in window if not found.problem])
    if not noted:
        return 0, window
    to_read: list[FoundFile] = []
    stale: list[str] = []
    for found in window:
        entry = noted.get(found.location)
        if entry is None:
            to_read.append(found)
            continue
        document_id, key, listed = entry
        if (
            rehash
            or not listed
            or document_id not in known
            or document_id in rejected
            or key[0] > max_bytes
            or current_status(found.location) != key
        ):
            stale.append(found.location)
            to_read.append(found)
    forget(con, stale)
    return len(window) - len(to_read), to_read
