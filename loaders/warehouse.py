"""Who may write the warehouse file, and how a build replaces it without disturbing readers.

* One writer at a time: every `load` and `build` holds an exclusive lock on `<warehouse>.lock`
  (a POSIX lock: released by the kernel when the process dies, never inherited by worker processes).
  A second writer stops at once with WarehouseBusy.
* `load` writes in place. DuckDB lets a process open the file for writing only when no other process has it
  open, even read-only, so a reader (DuckDB shell, BI tool) makes `load` stop at once with WarehouseBusy naming
  the reader and the fix.
* `build` never writes the live file: it copies it into a private build folder beside it, loads and runs dbt
  there, then swaps the finished file in with one atomic rename. Readers that have the old file open keep reading
  the old file; anyone who opens the path afterwards gets the new one. A killed build leaves the live file as it
  was, and its leftovers are removed by the next build.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.compact import blocks, compact_into
from loaders.interrupt import interruptible_on

if TYPE_CHECKING:
    import duckdb


class WarehouseError(RuntimeError):
    """The warehouse cannot be used as asked; the message says why and what to do."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse: the message names it and says what to do."""


class WarehouseWriteError(WarehouseError):
    """The warehouse (or its staged copy) could not be written: a full disk, an I/O error, no memory left."""


class WarehouseUnopenable(WarehouseError):
    """The warehouse path holds a file DuckDB cannot open: not a database, or one of another DuckDB version."""


def unopenable(db_path: Path, exc: Exception) -> WarehouseUnopenable:
    return WarehouseUnopenable(f"cannot open the warehouse {db_path}: {exc} Pass another --db, or move that file away.")


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".wal")


def build_dir(db_path: Path) -> Path:
    """Where `build` prepares the next warehouse: beside it (same file system, so the final rename is atomic)."""
    return db_path.with_name(f".{db_path.name}.build")


@contextmanager
def writer_lock(db_path: Path) -> Iterator[None]:
    """Be the only market-intel writer of `db_path` for the duration, or raise WarehouseBusy at once."""
    path = lock_path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:  # a folder that cannot be made or written: a read-only disk, no permission
        cause = (
            f"{exc.filename} is a file, not a folder"
            if isinstance(exc, FileExistsError)
            else f"{exc.strerror}: {exc.filename}"
        )
        raise WarehouseError(
            f"cannot write the warehouse {db_path}: {cause}. Pass another --db, in a folder you can write."
        ) from exc
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            holder = _read_pid(fd)
            raise WarehouseBusy(
                f"the warehouse {db_path} is busy: another market-intel load or build"
                f"{f' (process {holder})' if holder else ''} is writing it. Wait for it to finish, then run again."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock


def _read_pid(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""


def connect_for_writing(db_path: Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-write, or raise WarehouseBusy naming the process that has it open."""
    return _connect(
        db_path,
        read_only=False,
        busy=lambda holder: (
            f"the warehouse {db_path} is open in another program ({holder}), and DuckDB lets a process write a "
            "file only while no other process has it open, even read-only. Close that connection (quit the DuckDB "
            "shell, disconnect the BI tool) and run again, or use `market-intel build`, which builds a new copy and "
            "swaps it in without disturbing readers."
        ),
    )


def _connect(db_path: Path, *, read_only: bool, busy: Callable[[str], str]) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; when another process holds its lock, raise WarehouseBusy with `busy(the holder)` as the
    message; when the file is not a database DuckDB can open, WarehouseUnopenable."""
    import duckdb  # here, not at the top: the command line's help and argument errors need no database

    try:
        return duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise unopenable(db_path, exc) from exc
        raise WarehouseBusy(busy(describe_holder(str(exc)))) from exc


def describe_holder(message: str) -> str:
    """'process 123: duckdb market_intel.duckdb' from DuckDB's lock error, as far as it can be told."""
    match = re.search(r"PID (\d+)", message)
    if not match:
        return "process unknown"
    pid = match.group(1)
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        command = ""
    return f"process {pid}: {command[:200]}" if command else f"process {pid}"


def keep_row_groups(con: duckdb.DuckDBPyConnection) -> None:
    """Leave the tables' row groups as they are at this connection's checkpoints, the one as it closes included:
    for every connection that writes the warehouse. The load writes a row group per checkpoint and nothing merges
    them (the load's writer, and dbt: profiles.yml); DuckDB's default merges them at the next checkpoint of any
    connection that wrote, rewriting the raw tables elsewhere in the file: a build of 10,000 documents whose
    record of the build did so left a 309 MiB file with 46 % of its blocks free (185 MiB and none without), and
    454 MB of peak RSS against 387 MB."""
    con.execute("set max_vacuum_tasks = 0")


# What is told of the long writes of a warehouse: called with what is written ("copying the warehouse") and its
# size in bytes as it starts, it returns what to tell the bytes written, a chunk at a time.
Progress = Callable[[str, int], Callable[[int], None]]


@contextmanager
def staged_copy(
    db_path: Path, progress: Progress | None = None, warn: Callable[[str], None] | None = None
) -> Iterator[Path]:
    """A private copy of the warehouse to build into, with the same file name (dbt-duckdb names the catalog after
    the file, and views refer to it). On success it replaces the warehouse atomically, rewritten without its free
    blocks when it has many (loaders.compact); on any failure or interrupt the warehouse is left as it was and the
    copy is removed. Call with writer_lock held. `progress` is told of the copy and of the rewrite; `warn`, why
    a rewrite was given up (the build is put in place as it is)."""
    folder = build_dir(db_path)
    shutil.rmtree(folder, ignore_errors=True)  # leftovers of a build that was killed
    folder.mkdir(parents=True)
    staged = folder / db_path.name
    try:
        if db_path.exists():
            _written(lambda: _copy_consistent(db_path, staged, progress), f"could not copy the warehouse to {staged}")
        yield staged
        _written(lambda: publish(staged, db_path, progress, warn), f"could not write the built warehouse {staged}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _written(write: Callable[[], None], failure: str) -> None:
    """Run `write`; a file system or DuckDB I/O error becomes a WarehouseWriteError saying `failure` and why."""
    import duckdb

    try:
        write()
    except (OSError, duckdb.IOException) as exc:
        raise WarehouseWriteError(f"{failure}: {exc}") from exc


def _copy_consistent(db_path: Path, staged: Path, progress: Progress | None = None) -> None:
    """Copy the warehouse (and its write-ahead log, if a killed load left one) while holding a read lock on it,
    so no other writer (a dbt run, a DuckDB shell in write mode) can change it half-way through the copy."""
    reader = _connect(
        db_path,
        read_only=True,
        busy=lambda holder: (
            f"the warehouse {db_path} is being written by another program ({holder}). "
            "Wait for it to finish (or close it), then run again."
        ),
    )
    try:
        files = [(source, staged.with_name(source.name)) for source in (db_path, wal_path(db_path)) if source.exists()]
        size = sum(source.stat().st_size for source, _ in files)
        told = progress("copying the warehouse", size) if progress else None
        for source, target in files:
            copy_file(source, target, told)
    finally:
        reader.close()


# Bytes copied between two calls of a copy's progress callback.
COPY_CHUNK = 64 * 1024 * 1024


def copy_file(source: Path, target: Path, progress: Callable[[int], None] | None = None) -> None:
    """shutil.copyfile, telling `progress` the bytes copied a chunk at a time (in the kernel where it can: the
    copy of a warehouse of 100,000 documents is 1.9 GB)."""
    with source.open("rb", buffering=0) as src, target.open("wb", buffering=0) as dst:
        chunk = _kernel_copy(src.fileno(), dst.fileno()) if hasattr(os, "sendfile") else None
        while chunk:
            if progress:
                progress(chunk)
            chunk = _kernel_copy(src.fileno(), dst.fileno())
        if chunk is None:  # no copy in the kernel between these files: through a buffer, from where it stopped
            buffer = bytearray(COPY_CHUNK)
            view = memoryview(buffer)
            while read := src.readinto(buffer):
                written = 0
                while written < read:  # an unbuffered write may take part of it
                    written += dst.write(view[written:read]) or 0
                if progress:
                    progress(read)


def _kernel_copy(source: int, target: int) -> int | None:
    """The next chunk copied by os.sendfile from the current offset of `source` (0 at its end), or None where
    the system cannot copy between these two files."""
    try:
        return os.sendfile(target, source, None, COPY_CHUNK)
    except OSError as exc:
        if exc.errno in (errno.EINVAL, errno.ENOSYS, errno.ENOTSOCK, errno.EOPNOTSUPP):
            return None
        raise


def publish(
    staged: Path, db_path: Path, progress: Progress | None = None, warn: Callable[[str], None] | None = None
) -> None:
    """Make the staged warehouse the live one: self-contained (no log beside it), without its free blocks when it
    has many, on disk, then renamed over."""
    compacted = interruptible_on(
        staged, lambda con: _checkpoint_and_compact(con, staged, progress, warn), read_only=False
    )
    if compacted:
        os.replace(_compacted_path(staged), staged)
    _fsync(staged)
    # A log left beside the live file by a killed `load` was copied into the staged build; it must not be
    # replayed onto the new file.
    wal_path(db_path).unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync(db_path.parent)


def _checkpoint_and_compact(
    con: duckdb.DuckDBPyConnection,
    staged: Path,
    progress: Progress | None,
    warn: Callable[[str], None] | None,
) -> bool:
    """Checkpoint the staged warehouse and, when it is sparse, rewrite it: whether it was rewritten."""
    con.execute("checkpoint")
    found = blocks(con)
    if not found.sparse:
        return False
    return _compact(con, staged, progress("compacting the warehouse", found.used_bytes) if progress else None, warn)


def _compacted_path(staged: Path) -> Path:
    return staged.with_name(staged.name + ".compacted")


def _compact(
    con: duckdb.DuckDBPyConnection,
    staged: Path,
    progress: Callable[[int], None] | None,
    warn: Callable[[str], None] | None,
) -> bool:
    """Rewrite the staged warehouse into _compacted_path(staged): True. When that fails (no room for a second file,
    say), the staged warehouse is put in place as it is, free blocks and all, and `warn` told why: False."""
    import duckdb

    target = _compacted_path(staged)
    try:
        compact_into(con, target, progress)
    except (OSError, duckdb.Error) as exc:
        target.unlink(missing_ok=True)
        wal_path(target).unlink(missing_ok=True)
        if isinstance(exc, duckdb.InterruptException):  # Ctrl-C (loaders.interrupt): the build stops
            raise
        if warn:
            warn(f"the warehouse was not rewritten without its free blocks ({exc}); it is in place as built")
        return False
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
