"""Run `dbt build` on the warehouse file in a child process, and read back what it did."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from loaders.config import REPO_ROOT


@dataclass
class DbtOutcome:
    success: bool
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    output: str = ""


def dbt_executable() -> str:
    """The dbt installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name("dbt")
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_env(db_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["MARKET_INTEL_DB"] = str(Path(db_path).resolve())
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    env.setdefault("DO_NOT_TRACK", "1")
    return env


def dbt_args(command: str, target: Path, extra_args: list[str] | None = None) -> list[str]:
    """The command line of a dbt `command` on this project, writing its artifacts under `target`."""
    return [
        dbt_executable(),
        command,
        "--project-dir",
        str(REPO_ROOT),
        "--profiles-dir",
        str(REPO_ROOT),
        "--target-path",
        str(target),
        *(extra_args or []),
    ]


def dbt_build(db_path: Path, extra_args: list[str] | None = None) -> DbtOutcome:
    """`dbt build` (seeds, models, tests) against `db_path`, through the same env var profiles.yml reads."""
    target = REPO_ROOT / "target"
    args = dbt_args("build", target, extra_args)
    proc = subprocess.run(args, cwd=REPO_ROOT, env=dbt_env(db_path), capture_output=True, text=True, check=False)
    outcome = DbtOutcome(success=proc.returncode == 0, output=proc.stdout + proc.stderr)
    results_file = target / "run_results.json"
    if results_file.exists():
        for result in json.loads(results_file.read_text()).get("results", []):
            kind = result["unique_id"].split(".", 1)[0]
            outcome.statuses[f"{kind}:{result['status']}"] += 1
            if result["status"] in {"error", "fail"}:
                outcome.failures.append(f"{result['unique_id']}: {result.get('message')}")
    if proc.returncode != 0 and not outcome.failures:
        outcome.failures.append(outcome.output[-2000:])
    return outcome
