"""A file's status as a load notes it, to know the file unchanged next time without reading it; and the reading
of a file with the status to note.

The status is the file's size, inode, modification time and status-change time. Every write to a file, every
`touch` and every rename onto its path changes its status-change time (or its inode) to the present, and no
program can set that time back: so a file whose status is the same as when it was read has the same content.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import NamedTuple

# (size, inode, modification time, status-change time), the times in nanoseconds since the epoch.
StatKey = tuple[int, int, int, int]

# A status is noted only when the file's last change is older than this when it is stat'ed. A write made in the
# same tick of the file system's clock (the kernel's coarse clock: a few milliseconds; FAT: two seconds) would
# leave the same status behind, so a file changed that recently is read and hashed again next time.
RACY_NS = 3_000_000_000
_INT64 = 1 << 63
POSIX = os.name == "posix"


def status(info: os.stat_result) -> StatKey | None:
    """The status of a stat'ed path, or None when it is not a regular file."""
    if not stat.S_ISREG(info.st_mode):
        return None
    inode = info.st_ino - 2 * _INT64 if info.st_ino >= _INT64 else info.st_ino  # kept in a signed 64-bit column
    return (info.st_size, inode, info.st_mtime_ns, info.st_ctime_ns)


def status_to_note(info: os.stat_result, stat_at_ns: int) -> StatKey | None:
    """The status to note for a file stat'ed at `stat_at_ns` (time.time_ns(), taken before the stat), or None
    when it changed too recently to be trusted next time (RACY_NS), or where the status-change time is not one
    (on Windows, st_ctime is the creation time)."""
    if not POSIX or stat_at_ns - max(info.st_mtime_ns, info.st_ctime_ns) <= RACY_NS:
        return None
    return status(info)


def current_status(location: str) -> StatKey | None:
    """The file's status now, or None when it is gone or not a regular file."""
    try:
        return status(os.stat(location))
    except (OSError, ValueError):
        return None


class FileRead(NamedTuple):
    """A file's bytes, or None and the reason why not; and the file's status to note."""

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
