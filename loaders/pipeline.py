"""One file in, one document record out: read, hash, decode, clean, extract. Never raises."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from loaders.clean import CleanError, clean
from loaders.config import DEFAULT_MAX_SECONDS
from loaders.decode import DecodeError, decode
from loaders.extract.document import extract_document
from loaders.filestat import read_file
from loaders.record import DocumentRecord, content_hash, names_of, rejected


class TimeLimitExceeded(BaseException):
    """Raised inside process_file when a file takes longer than its time limit. A BaseException, like
    KeyboardInterrupt, so that no `except Exception` in an extractor swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded after `seconds` of wall time (main thread only; elsewhere no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(
    path: Path,
    max_bytes: int,
    known_ids: frozenset[str] | set[str] = frozenset(),
    max_seconds: float = DEFAULT_MAX_SECONDS,
) -> DocumentRecord:
    """Turn one file into a record; a record whose id is already known comes back as 'skipped'.

    A file that takes longer than `max_seconds` to decode, clean and extract is rejected with that reason. A
    record of a file that was read carries the file's status (`file_stat`), when it is worth noting."""
    data, problem, file_stat = read_file(path, max_bytes)
    if data is None:
        return rejected(path, problem or "cannot read file")
    record = _from_bytes(path, data, known_ids, max_seconds)
    if not record.retry:  # a rejection the next load tries again is read again
        record.file_stat = file_stat
    return record


def _from_bytes(path: Path, data: bytes, known_ids: frozenset[str] | set[str], max_seconds: float) -> DocumentRecord:
    document_id = content_hash(data)
    if document_id in known_ids:
        return DocumentRecord(document_id, *names_of(path), "skipped", byte_size=len(data))
    try:
        with time_limit(max_seconds):
            return _process_bytes(path, data, document_id)
    except TimeLimitExceeded:
        return rejected(
            path,
            f"gave up after {max_seconds:g} seconds (--max-seconds): the document is too large or too "
            "repetitive to extract facts from in time",
            data,
            retry=True,
            content_id=document_id,
        )


def _process_bytes(path: Path, data: bytes, document_id: str) -> DocumentRecord:
    try:
        decoded = decode(data)
        doc = clean(decoded.text, path.suffix)
    except (DecodeError, CleanError) as exc:
        return rejected(path, str(exc), data, content_id=document_id)
    except (ValueError, RecursionError, MemoryError) as exc:
        reason = f"could not be parsed: {type(exc).__name__}: {exc}"
        return rejected(path, reason, data, retry=isinstance(exc, MemoryError), content_id=document_id)
    if not doc.text.strip():
        return rejected(path, f"no text left after cleaning the {doc.format}", data, content_id=document_id)
    try:
        facts = extract_document(doc)
    except Exception as exc:  # a bug in one extractor must not lose the document
        reason = f"extraction failed: {type(exc).__name__}: {exc}"
        record = rejected(path, reason, data, retry=True, content_id=document_id)
        record.text, record.format, record.language = doc.text, doc.format, doc.language
        return record
    return DocumentRecord(
        document_id,
        *names_of(path),
        "loaded",
        byte_size=len(data),
        format=doc.format,
        language=doc.language,
        encoding=decoded.encoding,
        text=doc.text,
        facts=facts,
    )
