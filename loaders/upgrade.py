"""Bring the rows of a warehouse written by an earlier version of the loader up to date, in place, before a load.

Earlier versions keyed a rejection that the next load should try again (a limit of the load, a failure of the
loader: see `record.rejected`) by the file's content, and a file that could not be read by its path alone
("unreadable:" and the path). A content-keyed one took the content's id, so the file was reported as rejected
by every later load but never tried again, even with a raised limit or a fixed loader. Each such row is given
the key the loader gives it now, and so is every row of raw.document_files that points at it. A status noted for
the file names the old id, which no longer stands for known content: the load reads the file (loaders.unchanged).

A path-keyed row is told by its id alone. A content-keyed one is told by its reason and by the file at its path
holding that content still: an id made from path, reason and content by this version never equals the hash of
a file's content. When the file has changed or is gone, its row stays as it is (changed content is read and
extracted anyway)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from loaders.filestat import read_file
from loaders.land import transaction
from loaders.record import RETRIED_OPENINGS, content_hash, rejected


def upgrade_rejections(con: duckdb.DuckDBPyConnection, max_bytes: int) -> int:
    """Rekey the rejections that an earlier version keyed the old way; returns how many were rekeyed."""
    moves = pending_upgrades(con, max_bytes)
    if not moves:
        return 0
    with transaction(con):
        for old_id, new_id, landed in moves:
            if landed:  # a later load landed the same rejection under its new key: the old row goes
                con.execute("delete from raw.documents where document_id = ?", [old_id])
            else:
                con.execute("update raw.documents set document_id = ? where document_id = ?", [new_id, old_id])
            con.execute("update raw.document_files set document_id = ? where document_id = ?", [new_id, old_id])
    return len(moves)


def pending_upgrades(con: duckdb.DuckDBPyConnection, max_bytes: int) -> list[tuple[str, str, bool]]:
    """(old id, new id, whether a row has the new id already) of every rejection that an earlier version keyed
    the old way. Reads the warehouse, never writes it."""
    rows = con.execute(
        "select document_id, source_path, reject_reason from raw.documents where status = 'rejected'"
    ).fetchall()
    ids = {row[0] for row in rows}
    moves: list[tuple[str, str, bool]] = []
    for document_id, path, reason in rows:
        new_id = _current_id(document_id, path, reason or "", max_bytes)
        if new_id is not None and new_id != document_id:
            moves.append((document_id, new_id, new_id in ids))
    return moves


def _current_id(document_id: str, path: str, reason: str, max_bytes: int) -> str | None:
    """The id this version gives the rejection of `path` for `reason`, when the row's id is an earlier one's."""
    if document_id == content_hash(f"unreadable:{path}".encode("utf-8", "surrogateescape")):
        return rejected(Path(path), reason).document_id
    if not reason.startswith(RETRIED_OPENINGS):
        return None
    data = read_file(Path(path), max_bytes).data  # None for a file gone, not regular or now too large
    if data is None or content_hash(data) != document_id:
        return None
    return rejected(Path(path), reason, data, retry=True, content_id=document_id).document_id
