"""The only writer: create the raw schema and land batches of document records, one transaction
per batch, with Arrow bulk inserts and parameterized statements only."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from loaders.pipeline import DocumentRecord

TABLES: dict[str, list[tuple[str, str]]] = {
    "load_runs": [
        ("run_id", "varchar primary key"),
        ("started_at", "timestamp"),
        ("finished_at", "timestamp"),
        ("inputs", "varchar"),
        ("status", "varchar"),
        ("files_seen", "integer"),
        ("loaded", "integer"),
        ("skipped", "integer"),
        ("rejected", "integer"),
        ("duplicates", "integer"),
    ],
    "documents": [
        ("document_id", "varchar primary key"),
        ("file_name", "varchar"),
        ("source_path", "varchar"),
        ("status", "varchar"),
        ("reject_reason", "varchar"),
        ("format", "varchar"),
        ("language", "varchar"),
        ("encoding", "varchar"),
        ("byte_size", "bigint"),
        ("char_count", "bigint"),
        ("text", "varchar"),
        ("run_id", "varchar"),
        ("loaded_at", "timestamp"),
    ],
    "document_files": [
        ("document_id", "varchar"),
        ("source_path", "varchar"),
        ("file_name", "varchar"),
        ("status", "varchar"),
        ("run_id", "varchar"),
        ("seen_at", "timestamp"),
    ],
    "report_attributes": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("attribute", "varchar"),
        ("value_text", "varchar"),
        ("start_year", "integer"),
        ("end_year", "integer"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "market_size_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("market_name", "varchar"),
        ("scope", "varchar"),
        ("segment_name", "varchar"),
        ("region_name", "varchar"),
        ("value_text", "varchar"),
        ("reported_value", "double"),
        ("reported_unit", "varchar"),
        ("reported_currency", "varchar"),
        ("comparator", "varchar"),
        ("reference_year", "integer"),
        ("is_forecast", "boolean"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "growth_rate_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("market_name", "varchar"),
        ("scope", "varchar"),
        ("segment_name", "varchar"),
        ("region_name", "varchar"),
        ("rate_text", "varchar"),
        ("rate_low", "double"),
        ("rate_high", "double"),
        ("start_year", "integer"),
        ("end_year", "integer"),
        ("period_from_forecast", "boolean"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "company_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("name_as_written", "varchar"),
        ("company_name", "varchar"),
        ("role", "varchar"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "company_revenue_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("company_name", "varchar"),
        ("value_text", "varchar"),
        ("reported_value", "double"),
        ("reported_unit", "varchar"),
        ("reported_currency", "varchar"),
        ("comparator", "varchar"),
        ("reference_year", "integer"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "segment_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("dimension", "varchar"),
        ("dimension_as_written", "varchar"),
        ("segment_name", "varchar"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "region_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("name_as_written", "varchar"),
        ("region_name", "varchar"),
        ("parent_as_written", "varchar"),
        ("context", "varchar"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "region_share_mentions": [
        ("fact_id", "varchar primary key"),
        ("document_id", "varchar"),
        ("region_name", "varchar"),
        ("share_percent", "double"),
        ("reference_year", "integer"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
}

# Which DocumentFacts list feeds which raw table.
FACT_TABLES = {
    "attributes": "report_attributes",
    "sizes": "market_size_mentions",
    "growth": "growth_rate_mentions",
    "companies": "company_mentions",
    "revenues": "company_revenue_mentions",
    "segments": "segment_mentions",
    "regions": "region_mentions",
    "shares": "region_share_mentions",
}


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def connect(db_path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db_path), read_only=read_only)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create schema if not exists raw")
    for table, columns in TABLES.items():
        body = ", ".join(f"{name} {kind}" for name, kind in columns)
        con.execute(f"create table if not exists raw.{table} ({body})")


def known_document_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("select document_id from raw.documents").fetchall()}


def start_run(con: duckdb.DuckDBPyConnection, inputs: Iterable[str]) -> str:
    run_id = uuid.uuid4().hex
    con.execute(
        "insert into raw.load_runs (run_id, started_at, inputs, status) values (?, ?, ?, 'running')",
        [run_id, now(), "; ".join(inputs)],
    )
    return run_id


def abandon_stale_runs(con: duckdb.DuckDBPyConnection) -> None:
    """Runs still marked 'running' were killed (the caller is the only writer now): mark them 'abandoned'."""
    con.execute(
        "update raw.load_runs set status = 'abandoned', finished_at = ? where status = 'running'",
        [now()],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict[str, int]) -> None:
    con.execute(
        "update raw.load_runs set finished_at = ?, status = ?, files_seen = ?, loaded = ?,"
        " skipped = ?, rejected = ?, duplicates = ? where run_id = ?",
        [
            now(),
            status,
            counts.get("files_seen", 0),
            counts.get("loaded", 0),
            counts.get("skipped", 0),
            counts.get("rejected", 0),
            counts.get("duplicates", 0),
            run_id,
        ],
    )


def fact_id(document_id: str, kind: str, fact: object, position: int) -> str:
    """Stable id of a fact: its document, kind, span and position among facts of that kind."""
    start, end = getattr(fact, "char_start", 0), getattr(fact, "char_end", 0)
    raw = f"{document_id}|{kind}|{start}|{end}|{position}"
    return hashlib.sha1(raw.encode()).hexdigest()


def _fact_row(document_id: str, kind: str, fact: object, position: int) -> dict[str, object]:
    row = asdict(fact)  # type: ignore[call-overload]
    money = row.pop("money", None)
    if money:
        row.update(money)
    row["document_id"] = document_id
    row["fact_id"] = fact_id(document_id, kind, fact, position)
    return row


def land_batch(con: duckdb.DuckDBPyConnection, records: list[DocumentRecord], run_id: str) -> None:
    """Land a batch of records in one transaction: documents, their files and all their facts."""
    stamp = now()
    rows: dict[str, list[dict[str, object]]] = {table: [] for table in TABLES}
    for record in records:
        rows["document_files"].append(
            {
                "document_id": record.document_id,
                "source_path": record.source_path,
                "file_name": record.file_name,
                "status": record.status,
                "run_id": run_id,
                "seen_at": stamp,
            }
        )
        if record.status in {"skipped", "duplicate"}:
            continue
        rows["documents"].append(
            {
                "document_id": record.document_id,
                "file_name": record.file_name,
                "source_path": record.source_path,
                "status": record.status,
                "reject_reason": record.reject_reason,
                "format": record.format,
                "language": record.language,
                "encoding": record.encoding,
                "byte_size": record.byte_size,
                "char_count": len(record.text) if record.text is not None else None,
                "text": record.text,
                "run_id": run_id,
                "loaded_at": stamp,
            }
        )
        for kind, table in FACT_TABLES.items():
            for position, fact in enumerate(getattr(record.facts, kind)):
                rows[table].append(_fact_row(record.document_id, kind, fact, position))
    con.execute("begin transaction")
    try:
        for table, table_rows in rows.items():
            if table_rows:
                _insert(con, table, table_rows)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    columns = [name for name, _ in TABLES[table]]
    arrow = pa.table({name: [row.get(name) for row in rows] for name in columns})
    con.register("_batch", arrow)
    try:
        names = ", ".join(columns)
        if table == "document_files":
            con.execute(
                f"insert into raw.document_files ({names}) select {names} from _batch b where not exists"
                " (select 1 from raw.document_files f where f.document_id = b.document_id"
                " and f.source_path = b.source_path)"
            )
        else:
            con.execute(f"insert or ignore into raw.{table} ({names}) select {names} from _batch")
    finally:
        con.unregister("_batch")
