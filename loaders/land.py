"""The only writer: create the raw schema and land batches of document records, one transaction
per batch, with Arrow bulk inserts and parameterized statements only.

Fact rows are built where the record is made (`prepare`, in the worker processes), so the single writer
only gathers columns and inserts them. Raw tables have no key constraints: an index on every fact id would
keep growing in the writer's memory with the warehouse, and uniqueness holds by construction (a document
lands once, with its facts, in one transaction; fact ids are unique within a document)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path

import duckdb
import pyarrow as pa

from loaders.extract.model import DocumentFacts, Money
from loaders.extraction_version import extraction_version
from loaders.record import DocumentFields, DocumentRecord

TABLES: dict[str, list[tuple[str, str]]] = {
    "load_runs": [
        ("run_id", "varchar"),
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
        ("document_id", "varchar"),
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
        ("extracted_by", "varchar"),  # loaders.extraction_version
    ],
    "document_files": [
        ("document_id", "varchar"),
        ("source_path", "varchar"),
        ("file_name", "varchar"),
        ("status", "varchar"),
        ("run_id", "varchar"),
        ("seen_at", "timestamp"),
    ],
    # The status of each file when it was last read (loaders.filestat), to skip it unread while it stays the same.
    "file_stats": [
        ("source_path", "varchar"),
        ("document_id", "varchar"),
        ("byte_size", "bigint"),
        ("inode", "bigint"),
        ("modified_ns", "bigint"),
        ("changed_ns", "bigint"),
        ("run_id", "varchar"),
    ],
    # What each successful `build` built its marts from (loaders.build_state), to skip dbt when nothing changed.
    "builds": [
        ("built_at", "timestamp"),
        ("raw_fingerprint", "varchar"),
        ("project_fingerprint", "varchar"),
        ("mart_rows", "varchar"),
    ],
    "report_attributes": [
        ("fact_id", "varchar"),
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
        ("fact_id", "varchar"),
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
        ("fact_id", "varchar"),
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
        ("fact_id", "varchar"),
        ("document_id", "varchar"),
        ("name_as_written", "varchar"),
        ("company_name", "varchar"),
        ("role", "varchar"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "company_revenue_mentions": [
        ("fact_id", "varchar"),
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
        ("fact_id", "varchar"),
        ("document_id", "varchar"),
        ("dimension", "varchar"),
        ("dimension_as_written", "varchar"),
        ("segment_name", "varchar"),
        ("char_start", "integer"),
        ("char_end", "integer"),
        ("evidence_text", "varchar"),
    ],
    "region_mentions": [
        ("fact_id", "varchar"),
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
        ("fact_id", "varchar"),
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
    """Create the raw tables, and add to those of a warehouse made by an earlier version the columns it lacks."""
    con.execute("create schema if not exists raw")
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "select table_name, column_name from information_schema.columns where table_schema = 'raw'"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    for table, columns in TABLES.items():
        if table not in present:
            body = ", ".join(f"{name} {kind}" for name, kind in columns)
            con.execute(f"create table raw.{table} ({body})")
            continue
        for name, kind in columns:
            if name not in present[table]:
                con.execute(f"alter table raw.{table} add column {name} {kind}")


def known_document_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("select document_id from raw.documents").fetchall()}


def known_rejections(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The reason of every rejected document, by id."""
    rows = con.execute("select document_id, reject_reason from raw.documents where status = 'rejected'").fetchall()
    return {document_id: reason or "" for document_id, reason in rows}


def other_extractions(con: duckdb.DuckDBPyConnection) -> int:
    """How many loaded documents were extracted by another version than this one (loaders.extraction_version)."""
    row = con.execute(
        "select count(*) from raw.documents where status = 'loaded' and extracted_by is distinct from ?",
        [extraction_version()],
    ).fetchone()
    return row[0] if row else 0


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


@dataclass
class PreparedRecord(DocumentFields):
    """A document record as it lands: the record's own fields and its fact rows (tuples in the column order of
    TABLES), built by `prepare` in the process that extracted them."""

    fact_rows: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)


def prepare(record: DocumentRecord | PreparedRecord) -> PreparedRecord:
    """The record with its facts turned into rows (small to pickle, nothing left to build in the writer)."""
    if isinstance(record, PreparedRecord):
        return record
    own = {name: getattr(record, name) for name in _field_names(DocumentFields)}
    return PreparedRecord(**own, fact_rows=fact_rows(record.document_id, record.facts))


def fact_rows(document_id: str, facts: DocumentFacts) -> dict[str, list[tuple[object, ...]]]:
    """Every fact of a document as a row of its raw table. A row holds the fact's fields, with its money
    amount's fields in place of `money`, the document id and the fact id."""
    out: dict[str, list[tuple[object, ...]]] = {}
    for kind, table in FACT_TABLES.items():
        items = getattr(facts, kind)
        if not items:
            continue
        rows = out[table] = []
        for position, fact in enumerate(items):
            plan, own, of_money, blank_money = _row_plan(type(fact), table)
            money = getattr(fact, "money", None)
            pool = (
                document_id,
                fact_id(document_id, kind, fact, position),
                None,
                *own(fact),
                *(of_money(money) if money else blank_money),
            )
            rows.append(tuple([pool[k] for k in plan]))
    return out


Getter = Callable[[object], tuple[object, ...]]
RowPlan = tuple[list[int], Getter, Getter, tuple[None, ...]]
_ROW_PLANS: dict[tuple[type, str], RowPlan] = {}


def _row_plan(cls: type, table: str) -> RowPlan:
    """How a fact of `cls` becomes a row of `table`, worked out once per class: the row is read, column by
    column, from a pool of values (document id, fact id, None, the fact's own fields, its money's fields)."""
    plan = _ROW_PLANS.get((cls, table))
    if plan is not None:
        return plan
    columns = [name for name, _ in TABLES[table]]
    has_money = "money" in _field_names(cls)
    money_fields = [name for name in columns if has_money and name in _field_names(Money)]
    own_fields = [name for name in columns if name in _field_names(cls) and name not in money_fields]
    pool = ["document_id", "fact_id", None, *own_fields, *money_fields]
    order = [pool.index(name) if name in pool else 2 for name in columns]
    plan = _ROW_PLANS[(cls, table)] = (
        order,
        _getter(own_fields),
        _getter(money_fields),
        (None,) * len(money_fields),
    )
    return plan


def _getter(names: list[str]) -> Getter:
    """A function giving the named attributes of an object as a tuple (of one, or none, as well)."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        get_one = attrgetter(names[0])
        return lambda obj: (get_one(obj),)
    return attrgetter(*names)


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
    return names


# Statuses of a file whose content had already landed: it lands as a row of raw.document_files only.
SEEN_AGAIN = frozenset({"skipped", "duplicate"})


def land_batch(con: duckdb.DuckDBPyConnection, records: Sequence[DocumentRecord | PreparedRecord], run_id: str) -> None:
    """Land a batch of records in one transaction: documents, their files and all their facts."""
    stamp = now()
    extracted_by = extraction_version()
    rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in TABLES}
    # A file seen again (its content known: skipped, or a duplicate) may already have its row.
    seen_again: list[tuple[object, ...]] = []
    for record in records:
        file_row = (record.document_id, record.source_path, record.file_name, record.status, run_id, stamp)
        if record.file_stat:
            rows["file_stats"].append((record.source_path, record.document_id, *record.file_stat, run_id))
        if record.status in SEEN_AGAIN:
            seen_again.append(file_row)
            continue
        rows["document_files"].append(file_row)
        prepared = prepare(record)
        rows["documents"].append(
            (
                record.document_id,
                record.file_name,
                record.source_path,
                record.status,
                record.reject_reason,
                record.format,
                record.language,
                record.encoding,
                record.byte_size,
                len(record.text) if record.text is not None else None,
                record.text,
                run_id,
                stamp,
                extracted_by,
            )
        )
        for table, table_rows in prepared.fact_rows.items():
            rows[table] += table_rows
    with transaction(con):
        for table, table_rows in rows.items():
            if table_rows:
                _insert(con, table, table_rows)
        if seen_again:
            _insert(con, "document_files", seen_again, only_new_files=True)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """The block's writes as one transaction: committed at its end, rolled back when it raises (Ctrl-C too)."""
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except BaseException:
        with suppress(duckdb.TransactionException):  # a commit that failed has ended the transaction already
            con.execute("rollback")
        raise


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[object, ...]], only_new_files: bool = False
) -> None:
    columns = [name for name, _ in TABLES[table]]
    arrow = pa.table({name: list(values) for name, values in zip(columns, zip(*rows, strict=True), strict=True)})
    con.register("_batch", arrow)
    try:
        names = ", ".join(columns)
        if only_new_files:
            con.execute(
                f"insert into raw.document_files ({names}) select {names} from _batch b where not exists"
                " (select 1 from raw.document_files f where f.document_id = b.document_id"
                " and f.source_path = b.source_path)"
            )
        else:
            con.execute(f"insert into raw.{table} ({names}) select {names} from _batch")
    finally:
        con.unregister("_batch")
