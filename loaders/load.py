"""Load folders of documents into raw.*: discover, process in parallel, land in batches."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

import duckdb

from loaders import land
from loaders.config import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES
from loaders.discover import discover
from loaders.pipeline import DocumentRecord, process_file, rejected

_KNOWN: frozenset[str] = frozenset()


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file open for writing."""


@dataclass
class LoadSummary:
    run_id: str
    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[tuple[str, str]] = field(default_factory=list)
    status: str = "completed"


def open_for_writing(db_path: Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse as its one writer, or say clearly who holds it."""
    try:
        return land.connect(db_path)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"the warehouse {db_path} is busy: another process has it open "
                f"(a load, a dbt run or a DuckDB shell). Close it or wait, then run again. ({exc})"
            ) from exc
        raise


def _init_worker(known: frozenset[str]) -> None:
    global _KNOWN
    _KNOWN = known


def _process(path: Path, max_bytes: int) -> DocumentRecord:
    try:
        return process_file(path, max_bytes, _KNOWN)
    except Exception as exc:  # never lose a file to an unexpected error
        return rejected(path, f"unexpected error: {type(exc).__name__}: {exc}")


def _records(paths: list[Path], max_bytes: int, jobs: int, known: frozenset[str]) -> Iterator[DocumentRecord]:
    work = partial(_process, max_bytes=max_bytes)
    if jobs <= 1 or len(paths) < 8:
        _init_worker(known)
        yield from map(work, paths)
        return
    context = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    with context.Pool(jobs, initializer=_init_worker, initargs=(known,), maxtasksperchild=2000) as pool:
        yield from pool.imap(work, paths, chunksize=8)


def load(
    inputs: Iterable[Path],
    db_path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load every document under `inputs`; every file ends as a raw.documents row or a skip."""
    inputs = [Path(os.path.abspath(p)) for p in inputs]
    con = open_for_writing(db_path)
    try:
        land.ensure_schema(con)
        known = frozenset(land.known_document_ids(con))
        run_id = land.start_run(con, [str(p) for p in inputs])
        summary = LoadSummary(run_id)
        found = list(discover(inputs))
        summary.counts["files_seen"] = len(found)
        if on_total:
            on_total(len(found))
        problems = [rejected(f.path, f.problem) for f in found if f.problem]
        paths = [f.path for f in found if not f.problem]
        landed: set[str] = set(known)
        batch: list[DocumentRecord] = []
        try:
            records = _records(paths, max_bytes, jobs or os.cpu_count() or 1, known)
            for record in chain(problems, records):
                if record.status != "skipped" and record.document_id in landed:
                    record = DocumentRecord(
                        record.document_id,
                        record.source_path,
                        record.file_name,
                        "duplicate",
                        byte_size=record.byte_size,
                    )
                    summary.counts["duplicates"] += 1
                else:
                    summary.counts[record.status] += 1
                landed.add(record.document_id)
                if record.status == "rejected":
                    summary.rejections.append((record.source_path, record.reject_reason or ""))
                batch.append(record)
                if len(batch) >= batch_size:
                    land.land_batch(con, batch, run_id)
                    batch = []
                if progress:
                    progress(1)
            if batch:
                land.land_batch(con, batch, run_id)
        except KeyboardInterrupt:
            summary.status = "interrupted"
            land.finish_run(con, run_id, "interrupted", summary.counts)
            raise
        land.finish_run(con, run_id, summary.status, summary.counts)
        return summary
    finally:
        con.close()
