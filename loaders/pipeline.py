"""One file in, one document record out: read, hash, decode, clean, extract. Never raises."""

from __future__ import annotations

import hashlib
import signal
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from loaders.clean import CleanError, clean
from loaders.config import DEFAULT_MAX_SECONDS
from loaders.decode import DecodeError, decode
from loaders.extract.document import extract_document
from loaders.extract.model import DocumentFacts
from loaders.filestat import StatKey, status_to_note


@dataclass
class DocumentFields:
    """What is recorded of every input file, whatever became of it."""

    document_id: str
    source_path: str
    file_name: str
    status: str
    byte_size: int = 0
    reject_reason: str | None = None
    format: str | None = None
    language: str | None = None
    encoding: str | None = None
    text: str | None = None
    file_stat: StatKey | None = None  # the file's status when it was read (loaders.filestat), to skip it unread
    # A rejection that the next load tries again: caused by a limit of the load, an error reading the file or a
    # failure of the loader itself, not by what the file holds (see `rejected`).
    retry: bool = False


@dataclass
class DocumentRecord(DocumentFields):
    facts: DocumentFacts = field(default_factory=DocumentFacts)


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


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# How the reasons open of the rejections of a file read that the next load tries again (`retry`): a limit of the
# load, a failure of the loader. Earlier versions keyed these by content (see loaders.upgrade).
RETRIED_OPENINGS = ("gave up after ", "extraction failed: ", "could not be parsed: MemoryError: ")


def rejected(
    path: Path, reason: str, data: bytes | None = None, *, retry: bool = False, content_id: str | None = None
) -> DocumentRecord:
    """A rejection. One caused by what the file holds is keyed by its content, like a loaded document: that
    content is not extracted again, from any path. Any other (`retry`, and every rejection of a file that could not
    be read) is keyed by the path, the reason and the content if any: that content stays unknown, so the next
    load reads and tries the file again (with a raised limit, or a fixed loader, it loads), and a file that
    fails again for the same reason is the same rejection, not a new document. `content_id` is content_hash(data),
    when the caller has it already."""
    if data is not None and content_id is None:
        content_id = content_hash(data)
    if content_id is not None and not retry:
        return DocumentRecord(
            content_id, str(path), path.name, "rejected", byte_size=len(data or b""), reject_reason=reason
        )
    key = f"rejected:{path}\n{reason}".encode("utf-8", "surrogateescape")
    if content_id is not None:
        key += b"\n" + content_id.encode()
    size = len(data or b"")
    return DocumentRecord(
        content_hash(key), str(path), path.name, "rejected", byte_size=size, reject_reason=reason, retry=True
    )


class FileRead(NamedTuple):
    """A file's bytes, or None and the reason why not; and the file's status to note (loaders.filestat)."""

    data: bytes | None
    problem: str | None
    status: StatKey | None = None


def read_file(path: Path, max_bytes: int) -> FileRead:
    """The file's bytes, or None and a reason; with the status it had when it was read, when worth noting."""
    try:
        stat_at = time.time_ns()
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return FileRead(None, "not a regular file (a named pipe, device or socket): nothing to read")
        size = info.st_size
        if size > max_bytes:
            return FileRead(None, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
        with path.open("rb") as fh:
            # Asked for its size (plus one byte, to see growth): a read of max_bytes + 1 allocates that much
            # first (20 MB by default), half or more of the time of reading and hashing a known file.
            data = fh.read(size + 1)
            if len(data) > size:  # grown since stat(): read on, as far as the limit
                data += fh.read(max_bytes + 1 - len(data))
    except OSError as exc:
        return FileRead(None, f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return FileRead(None, f"file grew past the {max_bytes:,}-byte limit while being read")
    return FileRead(data, None, status_to_note(info, stat_at) if len(data) == size else None)


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
        return DocumentRecord(document_id, str(path), path.name, "skipped", byte_size=len(data))
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
        str(path),
        path.name,
        "loaded",
        byte_size=len(data),
        format=doc.format,
        language=doc.language,
        encoding=decoded.encoding,
        text=doc.text,
        facts=facts,
    )
