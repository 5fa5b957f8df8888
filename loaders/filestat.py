"""A file's status as a load notes it, to know the file unchanged next time without reading it.

The status is the file's size, inode, modification time and status-change time. Every write to a file, every
`touch` and every rename onto its path changes its status-change time (or its inode) to the present, and no
program can set that time back: so a file whose status is the same as when it was read has the same content.
"""

from __future__ import annotations

import os
import stat

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
