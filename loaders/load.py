"""Load folders of documents into raw.*: discover, process in parallel, land in batches."""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import multiprocessing.pool
import os
import signal
import stat
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

import duckdb

from loaders import land, unchanged
from loaders.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SECONDS,
    SEEN_AGAIN_FACTOR,
    WINDOW,
    usable_cores,
)
from loaders.discover import FoundFile, count_found, discover, path_text, windows
from loaders.interrupt import interruptible, stopped_by_user
from loaders.land import PreparedRecord
from loaders.pipeline import process_file
from loaders.record import DocumentRecord, rejected
from loaders.upgrade import upgrade_rejections
from loaders.warehouse import (
    WarehouseBusy,
    WarehouseWriteError,
    connect_for_writing,
    keep_row_groups,
    writer_lock,
)

__all__ = ["LoadSummary", "WarehouseBusy", "WarehouseWriteError", "load"]

_KNOWN: frozenset[str] = frozenset()
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Files a worker takes at a time (the files in flight are a window at most: config.WINDOW). Workers are not
# replaced after a number of files: their memory stays flat (Markdown rendering frees what it allocates), and
# the pool's replacing of workers could leave the pool's shutdown waiting forever on a lock a replaced worker
# held (seen once in three 3,000-file loads with a worker replaced every 4 chunks).
CHUNK_SIZE = 16
WRITER_MEMORY_LIMIT = "128MB"
# How much of a window of files to ask the kernel to read ahead (a window of 4,096 documents of 3-15 KB: 40 MB).
READ_AHEAD_BYTES = 64 * 1024 * 1024
# What writing a batch raises when the warehouse cannot take it (a failed commit is a TransactionException).
WRITE_ERRORS = (duckdb.IOException, duckdb.TransactionException, duckdb.OutOfMemoryException)


@dataclass
class LoadSummary:
    run_id: str
    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[tuple[str, str]] = field(default_factory=list)
    status: str = "completed"
    seconds: float = 0.0  # the load's wall time, from opening the warehouse to the record of the run's end
    # The files of the folders walked that are not documents by their extension (not loaded), by extension.
    other_files: Counter[str] = field(default_factory=Counter)
    # The loaded documents of the warehouse that another version extracted (loaders.extraction_version).
    other_extraction: int = 0


def open_for_writing(db_path: Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse as its one writer, or say clearly who holds it (WarehouseBusy)."""
    return connect_for_writing(db_path)


@contextmanager
def _handled_by(handler: Callable[[int, object], None] | int, signals: Iterable[int]) -> Iterator[None]:
    """`signals` handled by `handler` meanwhile, then as before; in the main thread only (where signals arrive and
    handlers can be set), elsewhere nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a batch commits, then raise KeyboardInterrupt: a batch is never cut short."""
    received: list[int] = []
    with _handled_by(lambda signum, _frame: received.append(signum), _STOP_SIGNALS):
        yield
    if received:
        raise KeyboardInterrupt


class QuietPool(multiprocessing.pool.Pool):
    """A process pool whose worker-keeping thread sleeps until a worker exits or the pool closes.

    The standard pool's keeper also wakes whenever a result is waiting in the result pipe, and a result stays
    there until the result thread reads it: meanwhile the keeper spins, polling every worker's exit status
    (10,406 turns for 1,000 files, 1.3 s of CPU per 10,000 files taken from the writer). Exits and closing
    have their own signals (the workers' sentinels, the change notifier), so the keeper waits for those only.
    """

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def _init_worker(known: frozenset[str]) -> None:
    """Workers leave Ctrl-C to the loader (which stops them), and die with it if it is killed."""
    global _KNOWN
    _KNOWN = known
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool stops its workers with SIGTERM: die quietly
    if sys.platform == "linux":
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _process(found: FoundFile, max_bytes: int, max_seconds: float) -> PreparedRecord:
    """Process one file into the rows it lands as (built here, in the worker, not in the single writer). A path
    that could not be walked (found so only by the second walk: see `_survey`) lands as its rejection."""
    if found.problem:
        return land.prepare(rejected(found.path, found.problem))
    try:
        return land.prepare(process_file(found.path, max_bytes, _KNOWN, max_seconds=max_seconds))
    except Exception as exc:  # never lose a file to an unexpected error
        return land.prepare(rejected(found.path, f"unexpected error: {type(exc).__name__}: {exc}"))


def _records(
    files: Iterable[FoundFile],
    count: int,
    max_bytes: int,
    max_seconds: float,
    jobs: int,
    known: frozenset[str],
    to_read: Callable[[list[FoundFile]], list[FoundFile]],
) -> Iterator[PreparedRecord]:
    """A record of every file of `files` (`count` of them, about) that `to_read` keeps. Files are taken a window
    at a time, so results never pile up in memory ahead of the writer however many files there are, and `files`
    is never held whole."""
    work = partial(_process, max_bytes=max_bytes, max_seconds=max_seconds)
    pool = None
    if jobs <= 1 or count < 8:
        global _KNOWN
        _KNOWN = known
    else:
        context = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        pool = QuietPool(jobs, initializer=_init_worker, initargs=(known,), context=context)
    try:
        for window in windows(files, WINDOW):
            kept = to_read(window)
            ahead = threading.Thread(target=read_ahead, args=(kept, max_bytes), daemon=True)
            ahead.start()
            yield from pool.imap(work, kept, chunksize=CHUNK_SIZE) if pool else map(work, kept)
            ahead.join()  # long done: the window's files are read by now
    except BaseException:  # an interrupt, or the writer stopped reading: stop the workers now
        if pool:
            _terminate(pool)
        raise
    if pool:
        pool.close()  # every file done: the workers finish and exit on their own
        pool.join()


def _terminate(pool: mp.pool.Pool) -> None:
    """Stop the workers now, a Ctrl-C pressed again meanwhile ignored: it would break off the stopping with a
    traceback, the first Ctrl-C being handled already."""
    with _handled_by(signal.SIG_IGN, (signal.SIGINT,)):
        pool.terminate()


def read_ahead(files: list[FoundFile], max_bytes: int, limit: int = READ_AHEAD_BYTES) -> None:
    """Ask the kernel to start reading the regular files of `files` into the page cache (those not over `max_bytes`,
    which are rejected unread; up to `limit` bytes in all, in order), in the background, while the first of them
    are extracted: a load of files that are not cached yet need not wait for the disk file by file (10,000
    documents from a dropped cache: cores busy 1.92 -> 1.97). Where the system has no posix_fadvise, nothing."""
    if not hasattr(os, "posix_fadvise"):
        return
    for found in files:
        try:
            info = os.stat(found.location)
            if not stat.S_ISREG(info.st_mode) or info.st_size > min(limit, max_bytes):
                continue  # not a file to read (a pipe, a device, over the size limit), or more than is left
            fd = os.open(found.location, os.O_RDONLY)
        except OSError:
            continue  # the worker that reads it reports why
        size = info.st_size
        try:
            os.posix_fadvise(fd, 0, size, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)
        limit -= size


def load(
    inputs: Iterable[Path],
    db_path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    rehash: bool = False,
) -> LoadSummary:
    """Load every document under `inputs`; every file ends as a raw.documents row or a skip.

    A file whose status (size, inode, times: loaders.filestat) is the one noted when a load last read it is
    skipped without being read; with `rehash`, every file is read and its content hash compared.

    Raises WarehouseBusy at once when another process holds the warehouse; on Ctrl-C (KeyboardInterrupt) the
    batches landed so far stay complete, the run is recorded as interrupted and the interrupt is re-raised.
    """
    inputs = [Path(os.path.abspath(p)) for p in inputs]
    with writer_lock(db_path):
        started = time.monotonic()
        con = open_for_writing(db_path)
        try:
            summary = _load(con, inputs, max_bytes, max_seconds, batch_size, jobs, progress, on_total, rehash)
        finally:
            con.close()
    summary.seconds = time.monotonic() - started
    return summary


def _load(
    con: duckdb.DuckDBPyConnection,
    inputs: list[Path],
    max_bytes: int,
    max_seconds: float,
    batch_size: int,
    jobs: int | None,
    progress: Callable[[int], None] | None,
    on_total: Callable[[int], None] | None,
    rehash: bool,
) -> LoadSummary:
    try:
        interruptible(con, lambda: _ready(con, max_bytes))
    except WRITE_ERRORS as exc:
        raise _write_error(exc) from exc
    known, known_rejections = interruptible(
        con, lambda: (frozenset(land.known_document_ids(con)), land.known_rejections(con))
    )
    run_id = interruptible(con, lambda: land.start_run(con, [path_text(str(p)) for p in inputs]))
    summary = LoadSummary(run_id)
    landed_counts = summary.counts.copy()  # the counts as of the last batch landed: what a cut-short run records
    try:
        problems, files_seen = _survey(inputs, summary.other_files)
        summary.counts["files_seen"] = landed_counts["files_seen"] = files_seen
        if on_total:
            on_total(files_seen)
        landed: set[str] = set()  # ids first landed by this run (beside the known ones)
        batch: list[DocumentRecord | PreparedRecord] = []
        reported = {problem.source_path for problem in problems}
        files = (found for found in discover(inputs) if not (found.problem and found.text in reported))
        count = files_seen - len(problems)

        def to_read(window: list[FoundFile]) -> list[FoundFile]:
            kept, _, unread_rejections = interruptible(
                con, lambda: unchanged.split(con, window, known, max_bytes, rehash, known_rejections)
            )
            for path, reason in unread_rejections:
                _reject(summary, path, reason)
            skipped = len(window) - len(kept) - len(unread_rejections)
            summary.counts["skipped"] += skipped
            summary.counts["unread"] += skipped
            if progress and len(window) > len(kept):
                progress(len(window) - len(kept))
            return kept

        records = _records(files, count, max_bytes, max_seconds, jobs or usable_cores(), known, to_read)
        documents = 0  # in the batch, beside the files seen again
        for found in chain(problems, records):
            record = _count(summary, found, known, landed, known_rejections)
            if record is not None:
                batch.append(record)
                documents += record.status not in land.SEEN_AGAIN
            if documents >= batch_size or len(batch) >= batch_size * SEEN_AGAIN_FACTOR:
                _land(con, batch, run_id, summary.counts, landed_counts)
                batch, documents = [], 0
            if progress:
                progress(1)
        if batch:
            _land(con, batch, run_id, summary.counts, landed_counts)
    except (KeyboardInterrupt, RuntimeError) as exc:  # RuntimeError: Ctrl-C stopping one of DuckDB's queries
        if not stopped_by_user(exc):
            raise
        summary.status = "interrupted"
        _finish(con, run_id, "interrupted", landed_counts)
        raise
    except WRITE_ERRORS as exc:  # a full disk, an I/O error: the batches landed before stay, whole
        summary.status = "failed"
        with suppress(duckdb.Error):  # the run's end is recorded if the warehouse still takes it, else next time
            _finish(con, run_id, "failed", landed_counts)
        raise _write_error(exc) from exc
    _finish(con, run_id, summary.status, summary.counts)
    summary.other_extraction = interruptible(con, lambda: land.other_extractions(con))
    return summary


def _finish(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: Counter[str]) -> None:
    """Record the run's end, holding Ctrl-C until it is written (and raising it then)."""
    with interrupts_deferred():
        land.finish_run(con, run_id, status, counts)


def _ready(con: duckdb.DuckDBPyConnection, max_bytes: int) -> None:
    """The writer tuned, the warehouse's raw tables as this version writes them, load runs cut short closed,
    rejections of earlier versions upgraded."""
    _tune_writer(con)
    land.ensure_schema(con)
    land.abandon_stale_runs(con)
    upgrade_rejections(con, max_bytes)


def _write_error(exc: duckdb.Error) -> WarehouseWriteError:
    return WarehouseWriteError(f"could not write to the warehouse: {exc}")


def _tune_writer(con: duckdb.DuckDBPyConnection) -> None:
    """Keep the writer's memory flat in the number of documents loaded (peak RSS of the loader process, measured:
    495 MB at 10,000 documents and 559 MB at 30,000 before the first two settings; 387, 411 and 432 MB at 10,000,
    30,000 and 100,000 after), and its CPU off the cores the workers extract on."""
    # The buffer pool: without a limit DuckDB keeps up to 80% of the machine's memory of table data cached. Every
    # block a checkpoint writes stays cached until the limit is reached, so a larger limit only delays the
    # plateau: at 256 MB the cache was still filling at 30,000 documents (100 MB of it at the peak). A batch
    # and its checkpoint need about 120 MB (a 256 KB block per column of every table, plus the text).
    con.execute(f"set memory_limit = '{WRITER_MEMORY_LIMIT}'")
    # No merging of row groups during the load's checkpoints. Each checkpoint otherwise merged the new rows
    # into the table's last, unfilled row group, rewriting it whole: for raw.documents (text included) that
    # copy grows with every checkpoint until the group holds 122,880 rows, and so did the memory it passed
    # through (up to 160 MB of string blocks, and the allocators' retained pages after it). The rows are the
    # same; they are kept in row groups of one checkpoint each, which the next checkpoint made with DuckDB's
    # defaults (the dbt build's) merges in one pass: 26 s at 100,000 documents, in that process's memory.
    keep_row_groups(con)
    # One thread. The writer's work is its commits (the WAL, and every few batches a checkpoint compressing the
    # new rows), and the workers keep every core busy meanwhile: with a thread per core the commits of 9,000
    # documents took 0.28 ms of CPU per document, with one 0.18 ms, and less wall time too (0.41 -> 0.35 ms).
    con.execute("set threads = 1")


def _survey(inputs: list[Path], others: Counter[str]) -> tuple[list[DocumentRecord], int]:
    """The paths that cannot be walked (as rejections) and the number of paths found, problems included; the
    files that are not documents counted in `others`, by extension.

    Only counted: the files are walked again, lazily, as they are processed. Holding every path for the whole
    load kept 30 MB of Path objects in the loader at 100,000 documents (and in every worker forked from it)."""
    seen, problems = count_found(inputs, others=others)
    return [rejected(found.path, found.problem or "") for found in problems], seen


def _count(
    summary: LoadSummary,
    record: DocumentRecord | PreparedRecord,
    known: frozenset[str],
    landed: set[str],
    known_rejections: dict[str, str],
) -> DocumentRecord | PreparedRecord | None:
    """Count a record (a second file with content already seen becomes a 'duplicate') and remember it. A file
    whose content was rejected, by this load or an earlier one, is counted and reported as rejected, with that
    reason (and its status noted: the next load reports it unread). None for a rejection tried again that failed
    the same way as before: its rows are there."""
    seen = record.document_id in landed or record.document_id in known
    if record.retry and seen:
        _reject(summary, record.source_path, record.reject_reason)
        return None
    if record.status == "skipped" and record.document_id in known_rejections:
        _reject(summary, record.source_path, known_rejections[record.document_id])
        return record
    if record.status != "skipped" and seen:  # a second file with content first seen in this run
        if record.status == "rejected":
            _reject(summary, record.source_path, record.reject_reason)
        else:
            summary.counts["duplicates"] += 1
        return DocumentRecord(
            record.document_id,
            record.source_path,
            record.file_name,
            "duplicate",
            byte_size=record.byte_size,
            file_stat=record.file_stat,
        )
    if record.status == "rejected":
        _reject(summary, record.source_path, record.reject_reason)
    else:
        summary.counts[record.status] += 1
    if record.document_id not in known:
        landed.add(record.document_id)
    return record


def _reject(summary: LoadSummary, path: str, reason: str | None) -> None:
    summary.counts["rejected"] += 1
    summary.rejections.append((path, reason or ""))


def _land(
    con: duckdb.DuckDBPyConnection,
    batch: list[DocumentRecord | PreparedRecord],
    run_id: str,
    counts: Counter[str],
    landed_counts: Counter[str],
) -> None:
    """Land a batch; once it is committed, `landed_counts` becomes `counts` (a Ctrl-C held during the commit is
    raised after that, so an interrupted run records the batches it landed, this one included)."""
    with interrupts_deferred():
        land.land_batch(con, batch, run_id)
        landed_counts.clear()
        landed_counts.update(counts)
