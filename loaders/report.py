"""Read back what a build produced, for the summary printed at its end."""

from __future__ import annotations

from pathlib import Path

import duckdb

from loaders.interrupt import interruptible_on

MARTS = (
    "dim_sources",
    "dim_markets",
    "dim_segments",
    "dim_regions",
    "dim_companies",
    "fct_estimates",
    "fct_company_mentions",
    "fct_segment_mentions",
    "fct_region_mentions",
)


def mart_row_counts(db_path: Path) -> list[tuple[str, int | str]]:
    return interruptible_on(db_path, mart_counts)


def mart_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int | str]]:
    """The row count of every mart, or "missing"."""
    out: list[tuple[str, int | str]] = []
    for name in MARTS:
        try:
            row = con.execute(f"select count(*) from marts.{name}").fetchone()
            out.append((name, row[0] if row else 0))
        except duckdb.Error:
            out.append((name, "missing"))
    return out
