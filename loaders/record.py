"""What a load makes of one input file: its record, whatever became of it, with the facts extracted from it;
its id, and the record of a rejection.

Kept apart from the extraction (loaders.pipeline) so that what only lands or reads records (the check before a
build, the upgrade of an earlier version's rows) does not import the extractors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from loaders.discover import path_text
from loaders.extract.model import DocumentFacts
from loaders.filestat import StatKey


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


def names_of(path: Path) -> tuple[str, str]:
    """The source path and file name a record of the file at `path` holds (path_text)."""
    return path_text(str(path)), path_text(path.name)


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
        return DocumentRecord(content_id, *names_of(path), "rejected", byte_size=len(data or b""), reject_reason=reason)
    key = f"rejected:{path}\n{reason}".encode("utf-8", "surrogateescape")
    if content_id is not None:
        key += b"\n" + content_id.encode()
    size = len(data or b"")
    return DocumentRecord(
        content_hash(key), *names_of(path), "rejected", byte_size=size, reject_reason=reason, retry=True
    )
