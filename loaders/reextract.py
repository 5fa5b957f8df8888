"""Extract again the documents another version extracted, in a build's staged copy of the warehouse
(`market-intel build --reextract`).

A document keeps the text and facts of the load that first landed it, so a newer version's cleaning and extraction
reach only the documents it loads itself (loaders.extraction_version). To extract the others again, the build
sets the raw rows of every document aside and brings back those this version extracted (with the statuses of their
files, so the load skips them unread), loads the folders (every other file read, every other document extracted),
then carries over what that load did not find again: the documents whose files are no longer under the folders,
with their facts as they were extracted, and the paths seen before. The runs and builds recorded stay; the marts
are then rebuilt in full.

All of it happens in the staged copy: a build that fails or is interrupted leaves the warehouse as it was."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import duckdb

from loaders.extraction_version import extraction_version
from loaders.interrupt import interruptible_on
from loaders.land import FACT_TABLES, TABLES, ensure_schema, other_extractions, transaction

# The raw tables of documents, set aside before the load and carried over after it, and the files' statuses: set
# aside too (every file is read again), and not carried over.
SET_ASIDE = ("documents", "document_files", *FACT_TABLES.values(), "file_stats")
PREFIX = "earlier_"


class CarriedOver(NamedTuple):
    """The documents a re-extraction kept as they were (not found again), and the loaded documents of the warehouse
    that another version extracted after it (those kept among them)."""

    documents: int
    other_extraction: int


def set_aside(db_path: Path) -> None:
    """Rename the raw tables of documents to earlier_*, and bring back into new ones the rows of the documents this
    version extracted, and of their files. Tables of those names are never left in a warehouse (carry_over drops
    them before the build is put in place): any there were not written by a re-extraction, and are replaced."""
    interruptible_on(db_path, _set_aside, read_only=False)


def _set_aside(con: duckdb.DuckDBPyConnection) -> None:
    ensure_schema(con)  # a warehouse made by an earlier version: the tables this one writes, complete
    with transaction(con):
        for table in SET_ASIDE:
            con.execute(f"drop table if exists raw.{PREFIX}{table}")
            con.execute(f"alter table raw.{table} rename to {PREFIX}{table}")
        ensure_schema(con)
        # The documents this version loaded; rejections are read and judged again (they are few, and one the load
        # retries lands anew).
        current = (
            f"where document_id in (select document_id from raw.{PREFIX}documents where status = 'loaded' "
            "and extracted_by = ?)"
        )
        for table in SET_ASIDE:
            _copy_back(con, table, current, [extraction_version()])


def carry_over(db_path: Path) -> CarriedOver:
    """Bring back the rows set aside that the load did not write again: the documents it did not land (their
    files gone, or not under the folders it loaded), with their facts, and every path seen before of the documents
    now in the warehouse that it did not see; then drop the tables set aside. A rejection of a path the load read
    is not brought back: the load's own row for that path says what became of it now."""
    return interruptible_on(db_path, _carry_over, read_only=False)


def _carry_over(con: duckdb.DuckDBPyConnection) -> CarriedOver:
    with transaction(con):
        # Not landed again, and not a rejection of a path the load read again (tried again, it loaded or was
        # rejected anew).
        con.execute(
            f"create temporary table carried as select document_id from raw.{PREFIX}documents earlier "
            "where document_id not in (select document_id from raw.documents) and not (status = 'rejected' "
            "and source_path in (select source_path from raw.document_files))"
        )
        for table in ("documents", *FACT_TABLES.values()):
            _copy_back(con, table, "where document_id in (select document_id from carried)")
        _copy_back(
            con,
            "document_files",
            "where document_id in (select document_id from raw.documents) and not exists (select 1 from "
            "raw.document_files f where f.document_id = earlier.document_id and f.source_path = earlier.source_path)",
        )
        carried = con.execute("select count(*) from carried").fetchone()
        con.execute("drop table carried")
        for table in SET_ASIDE:
            con.execute(f"drop table raw.{PREFIX}{table}")
    return CarriedOver(carried[0] if carried else 0, other_extractions(con))


def _copy_back(con: duckdb.DuckDBPyConnection, table: str, where: str, parameters: list[str] | None = None) -> None:
    """Insert the rows of raw.earlier_<table> (as `earlier`) that `where` keeps into raw.<table>: the columns this
    version writes (set_aside gave the earlier table every one of them)."""
    names = ", ".join(name for name, _ in TABLES[table])
    con.execute(
        f"insert into raw.{table} ({names}) select {names} from raw.{PREFIX}{table} earlier {where}", parameters or []
    )
