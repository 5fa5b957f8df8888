"""Whether a warehouse's marts are what `dbt build` would make of it now, so that `build` can skip dbt.

A build that succeeds records what it built from (raw.builds): a fingerprint of the raw tables the models read
and one of the dbt project (models, seeds, macros, data tests, project and profile files; dbt's and DuckDB's
versions), and the row counts of the marts it left. When a later build finds both fingerprints the same after its
load, and every mart in place with those row counts, dbt would rebuild the same marts and pass the same tests: it
is skipped. Any load that landed a document, a file or a rejection in between, an edited model or seed, or
another dbt or DuckDB version makes a build run dbt; rows added to or deleted from a mart since (by hand, or by a
dbt run outside `build`) make it rebuild the marts in full, since an incremental model keeps the rows it has. (A
row of a mart changed in place is not seen: `--full-refresh` rebuilds.)"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import duckdb

from loaders.config import REPO_ROOT
from loaders.interrupt import interruptible_on
from loaders.land import TABLES, now
from loaders.report import mart_counts
from loaders.warehouse import keep_row_groups

# What the models read: every raw table but the record of load runs (read by a view only, current without a
# build), the noted file statuses and the record of builds (read by no model).
UNREAD_TABLES = frozenset({"load_runs", "file_stats", "builds"})
# Hashed row by row (without the documents' text, which never changes once landed): the tables whose rows a load
# may add or rekey (loaders.upgrade). The other tables hold facts, which land with their document, in the same
# transaction, and are never changed: their row counts stand for them.
HASHED_TABLES = {"documents": frozenset({"text"}), "document_files": frozenset()}
PROJECT_FOLDERS = ("models", "seeds", "macros", "tests/dbt")
PROJECT_FILES = ("dbt_project.yml", "profiles.yml")


class Fingerprints(NamedTuple):
    raw: str
    project: str


class BuildState(NamedTuple):
    """A warehouse's marts (report.mart_counts), what a build would build them from now, and what its last
    successful build built them from and left (None if it was never built, or by a version that did not record
    it)."""

    marts: list[tuple[str, int | str]]
    now: Fingerprints
    last: Fingerprints | None
    last_marts: str | None = None

    @property
    def current(self) -> bool:
        """Whether dbt would build the marts as they are: every one in place, as the last build left it, built
        from what is there now."""
        return (
            all(rows != "missing" for _, rows in self.marts)
            and self.last == self.now
            and self.last_marts == mart_rows(self.marts)
        )

    @property
    def edited(self) -> list[str]:
        """The marts in place whose row count is not the one the last build left (rows added or deleted by hand,
        or a dbt run outside `build`): an incremental model would keep such rows as they are, so they call for
        a full refresh."""
        if self.last_marts is None:
            return []
        left = set(self.last_marts.split(", "))
        return [name for name, rows in self.marts if rows != "missing" and _mart_row(name, rows) not in left]


def mart_rows(marts: list[tuple[str, int | str]]) -> str:
    """The marts' row counts as raw.builds records them."""
    return ", ".join(_mart_row(name, rows) for name, rows in marts)


def _mart_row(name: str, rows: int | str) -> str:
    return f"{name} {rows}"


def state_of(db_path: Path) -> BuildState:
    """The build state of the warehouse at `db_path`, read through one read-only connection."""
    return interruptible_on(db_path, read_state)


def read_state(con: duckdb.DuckDBPyConnection) -> BuildState:
    """The build state of the warehouse `con` is open on."""
    now = Fingerprints(raw_fingerprint(con), project_fingerprint())
    try:
        row = con.execute(
            "select raw_fingerprint, project_fingerprint, mart_rows from raw.builds order by built_at desc limit 1"
        ).fetchone()
    except (duckdb.CatalogException, duckdb.BinderException):  # no builds yet, or none recorded by this version
        row = None
    if row is None:
        return BuildState(mart_counts(con), now, None)
    return BuildState(mart_counts(con), now, Fingerprints(row[0], row[1]), row[2])


def record_build(db_path: Path, built_from: Fingerprints, marts: list[tuple[str, int | str]]) -> None:
    """Record that `db_path`'s marts, of the row counts `marts` (report.mart_counts), were just built from
    `built_from`."""

    def record(con: duckdb.DuckDBPyConnection) -> None:
        keep_row_groups(con)
        con.execute(
            "insert into raw.builds (built_at, raw_fingerprint, project_fingerprint, mart_rows) values (?, ?, ?, ?)",
            [now(), *built_from, mart_rows(marts)],
        )

    interruptible_on(db_path, record, read_only=False)


def raw_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A hash of the raw tables the models read: of their rows in any order, or of their row counts."""
    parts = []
    for table, columns in TABLES.items():
        if table in UNREAD_TABLES:
            continue
        hashed = HASHED_TABLES.get(table)
        if hashed is None:
            row = con.execute(f"select count(*) from raw.{table}").fetchone()
        else:
            names = ", ".join(name for name, _ in columns if name not in hashed)
            row = con.execute(f"select count(*), sum(hash({names})::hugeint) from raw.{table}").fetchone()
        parts.append(f"{table}:{row}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def project_fingerprint(root: Path = REPO_ROOT) -> str:
    """A hash of the dbt project's files (paths and contents) and of the versions of dbt and DuckDB that build
    them."""
    versions = ", ".join(f"{package} {version(package)}" for package in ("dbt-core", "dbt-duckdb", "duckdb"))
    digest = hashlib.sha256(f"{versions}\n".encode())
    files = [root / name for name in PROJECT_FILES]
    for folder in PROJECT_FOLDERS:
        files += sorted(path for path in (root / folder).rglob("*") if path.is_file())
    for path in files:
        digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.exists() else b"(none)")
    return digest.hexdigest()
