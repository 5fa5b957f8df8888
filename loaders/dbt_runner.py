"""Run `dbt build` on the warehouse file from Python, and read back what it did."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from loaders.config import REPO_ROOT


@dataclass
class DbtOutcome:
    success: bool
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def dbt_build(db_path: Path, extra_args: list[str] | None = None, quiet: bool = False) -> DbtOutcome:
    """`dbt build` (seeds, models, tests) against `db_path`; the same env var profiles.yml reads."""
    os.environ["MARKET_INTEL_DB"] = str(Path(db_path).resolve())
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    from dbt.cli.main import dbtRunner

    args = ["build", "--project-dir", str(REPO_ROOT), "--profiles-dir", str(REPO_ROOT)]
    if quiet:
        args += ["--quiet"]
    result = dbtRunner().invoke(args + (extra_args or []))
    outcome = DbtOutcome(success=bool(result.success))
    for node_result in getattr(result.result, "results", None) or []:
        kind = node_result.node.resource_type
        status = str(node_result.status)
        outcome.statuses[f"{kind}:{status}"] += 1
        if status in {"error", "fail"}:
            outcome.failures.append(f"{node_result.node.name}: {node_result.message}")
    if result.exception is not None:
        outcome.failures.append(str(result.exception))
    return outcome
