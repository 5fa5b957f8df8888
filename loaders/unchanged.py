"""Skip files unchanged since a load read them, by their noted status (loaders.filestat), without reading them.

When a worker reads and hashes a file it notes the file's status beside its content hash (raw.file_stats). A
later load looks up the noted status of each window of paths it walks; a file whose status is the same, and
whose content is still in the warehouse, lands as 'skipped' with the content hash noted then, unread. Any other
file is read and hashed as before, and its noted status, if any, dropped (it is noted again when read).
`rehash` reads and hashes every file regardless.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from loaders.discover import FoundFile
from loaders.filestat import StatKey, current_status
from loaders.pipeline import DocumentRecord

if TYPE_CHECKING:
    import duckdb


def lookup(con: duckdb.DuckDBPyConnection, paths: list[str]) -> dict[str, tuple[str, StatKey]]:
    """The noted content hash and status of each of `paths` that has them."""
    if not paths:
        return {}
    rows = con.execute(
        "select f.source_path, f.document_id, f.byte_size, f.inode, f.modified_ns, f.changed_ns"
        " from raw.file_stats as f where f.source_path in (select unnest(?::varchar[]))",
        [paths],
    ).fetchall()
    return {path: (document_id, tuple(key)) for path, document_id, *key in rows}  # type: ignore[misc]


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
) -> tuple[list[DocumentRecord], list[FoundFile]]:
    """The files of `window` unchanged since their status was noted (as 'skipped' records) and the files to read.

    Noted statuses that no longer hold are dropped, so that a file's reading can note its new one."""
    noted = lookup(con, [found.location for found in window if not found.problem])
    unchanged: list[DocumentRecord] = []
    to_read: list[FoundFile] = []
    stale: list[str] = []
    for found in window:
        entry = noted.get(found.location)
        if entry is None:
            to_read.append(found)
            continue
        document_id, key = entry
        size = key[0]
        if not rehash and document_id in known and size <= max_bytes and current_status(found.location) == key:
            name = os.path.basename(found.location)
            unchanged.append(DocumentRecord(document_id, found.location, name, "skipped", byte_size=size))
        else:
            stale.append(found.location)
            to_read.append(found)
    forget(con, stale)
    return unchanged, to_read
