"""Run `dbt build` on the warehouse file in a child process, and read back what it did."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loaders.config import REPO_ROOT


@dataclass
class DbtOutcome:
    success: bool
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    output: str = ""


# dbt's line for a node that finished: "12 of 116 OK created sql table model ...", "40 of 116 PASS unique_...";
# its colours, when on, are stripped first.
NODE_FINISHED = re.compile(r"\b\d+ of (\d+) (?:OK|PASS|WARN|ERROR|FAIL|SKIP|NO-OP)\b")
ANSI_CODE = re.compile(r"\x1b\[[0-9;]*m")
# Where dbt keeps its parse of the project, in a target folder.
PARTIAL_PARSE_FILE = "partial_parse.msgpack"
# How the folder of a run's own artifacts is named in target/, before its process id.
RUN_PREFIX = "run-"


def node_finished(line: str) -> int | None:
    """The number of nodes of the run when `line` says that one of them finished, else None."""
    match = NODE_FINISHED.search(ANSI_CODE.sub("", line))
    return int(match.group(1)) if match else None


def dbt_executable() -> str:
    """The dbt installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name("dbt")
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_env(db_path: Path) -> dict[str, str]:
    """The environment of a dbt run on `db_path`, made in the warehouse's folder (dbt_cwd): profiles.yml reads the
    warehouse from MARKET_INTEL_DB, which names it by its file name, relative to that folder.

    dbt parses the whole project again (about 2 s of every run) when the profile's connection settings differ
    from those of its last parse, and the warehouse's path is one of them: named so, every warehouse of the same
    file name shares one parse, the copy each `build` runs dbt on included (it has the warehouse's name), and so
    does `dbt build` run by hand from the repository on the default ./market_intel.duckdb (profiles.yml's default
    is that bare name)."""
    env = dict(os.environ)
    name = Path(db_path).resolve().name
    # "./" before a name that DuckDB or dbt would take for something else than a file ("md:x", ":memory:").
    env["MARKET_INTEL_DB"] = f"./{name}" if ":" in name else name
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    env.setdefault("DO_NOT_TRACK", "1")
    return env


def dbt_cwd(db_path: Path) -> Path:
    """Where a dbt run on `db_path` runs (dbt_env): the warehouse's folder."""
    return Path(db_path).resolve().parent


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


def dbt_build(
    db_path: Path, extra_args: list[str] | None = None, progress: Callable[[int, int], None] | None = None
) -> DbtOutcome:
    """`dbt build` (seeds, models, tests) against `db_path`, through the same env var profiles.yml reads.

    `progress(done, total)` is called as each node (seed, model, test) finishes, from dbt's own lines.

    Each run writes its artifacts to a folder of its own, so that the results it reads back are its own when
    builds of other warehouses run at the same time; dbt's parse is read from, and its artifacts then moved to,
    the project's target/ (shared_artifacts)."""
    shared = REPO_ROOT / "target"
    shared.mkdir(exist_ok=True)
    remove_orphans(shared)
    with tempfile.TemporaryDirectory(prefix=f"{RUN_PREFIX}{os.getpid()}-", dir=shared) as own:
        target = Path(own)
        env = dbt_env(db_path)
        parse = shared / PARTIAL_PARSE_FILE
        if parse.exists():  # else dbt parses the project, and the parse lands there after the run
            env["DBT_PARTIAL_PARSE_FILE_PATH"] = str(parse)
        outcome = _run(dbt_args("build", target, extra_args), dbt_cwd(db_path), env, progress)
        _read_results(target / "run_results.json", outcome)
        shared_artifacts(target, shared)
    return outcome


def _run(args: list[str], cwd: Path, env: dict[str, str], progress: Callable[[int, int], None] | None) -> DbtOutcome:
    """Run dbt, telling `progress` of each node that finishes; its output is kept whole."""
    with subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        lines: list[str] = []
        done = 0
        try:
            for line in proc.stdout or ():
                lines.append(line)
                total = node_finished(line)
                if total is not None and progress:
                    done += 1  # nodes finish out of their numbers' order when dbt runs several at once
                    progress(done, total)
        except BaseException:  # Ctrl-C: dbt stops with the loader, not after it
            proc.kill()
            raise
    return DbtOutcome(success=proc.returncode == 0, output="".join(lines))


def _read_results(results_file: Path, outcome: DbtOutcome) -> None:
    """Count the nodes' statuses from dbt's run_results.json into `outcome`, with the failures' messages."""
    if results_file.exists():
        for result in json.loads(results_file.read_text()).get("results", []):
            kind = result["unique_id"].split(".", 1)[0]
            outcome.statuses[f"{kind}:{result['status']}"] += 1
            if result["status"] in {"error", "fail"}:
                outcome.failures.append(f"{result['unique_id']}: {result.get('message')}")
    if not outcome.success and not outcome.failures:
        outcome.failures.append(outcome.output[-2000:])


def remove_orphans(shared: Path) -> None:
    """Remove the folders of runs whose process is gone (killed, so it could not remove its own): named after
    the process that made them, `run-<pid>-...`."""
    for folder in shared.glob(f"{RUN_PREFIX}*-*"):
        pid = folder.name.removeprefix(RUN_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


def shared_artifacts(own: Path, shared: Path) -> None:
    """Move the files a run wrote to its own folder (its parse, when it parsed, manifest.json, run_results.json)
    into the project's target/, each replacing the last whole, so that the next run, and `dbt` run by hand, find
    the last parse there."""
    for artifact in own.iterdir():
        if artifact.is_file():
            os.replace(artifact, shared / artifact.name)
