"""dbt build as the command line runs it: its progress, node by node, read from dbt's own lines."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from loaders import dbt_runner
from loaders.dbt_runner import dbt_build, dbt_cwd, dbt_env, node_finished
from tests.conftest import REPO_ROOT, SEEDS
from tests.robustness.helpers import dbt_started, start_cli

# Lines as dbt writes them (its colours on), shortened.
FINISHED = [
    "\x1b[0m11:23:36  99 of 116 PASS unique_fct_segment_mentions_key ..... [\x1b[32mPASS\x1b[0m in 0.37s]",
    "11:23:30  3 of 116 OK created sql view model staging.stg_raw__documents .. [OK in 0.05s]",
    "11:23:31  7 of 116 ERROR creating sql table model marts.dim_sources .... [ERROR in 0.1s]",
]
NOT_FINISHED = [
    "11:23:30  4 of 116 START sql view model staging.stg_raw__document_files ..... [RUN]",
    "11:23:28  Found 25 models, 4 seeds, 87 data tests, 12 sources, 544 macros",
    "Market of 2 of 3 OKRs",
]


def test_a_line_of_a_finished_node_gives_the_number_of_nodes() -> None:
    assert [node_finished(line) for line in FINISHED] == [116, 116, 116]
    assert [node_finished(line) for line in NOT_FINISHED] == [None, None, None]


def test_progress_counts_every_node_of_a_build_once(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / seed_warehouse.name  # the same file name: dbt-duckdb names the catalog after it
    shutil.copy(seed_warehouse, db)
    calls: list[tuple[int, int]] = []
    outcome = dbt_build(db, [], lambda done, total: calls.append((done, total)))
    assert outcome.success, outcome.failures
    nodes = sum(outcome.statuses.values())  # one status per node, read from run_results.json
    assert nodes > 50
    assert calls == [(done, nodes) for done in range(1, nodes + 1)]


def test_ctrl_c_during_dbt_build_stops_dbt_and_leaves_the_warehouse(seed_warehouse: Path, tmp_path: Path) -> None:
    """SIGINT to the command line alone (not to its process group): dbt is killed, not waited for."""
    db = tmp_path / seed_warehouse.name
    shutil.copy(seed_warehouse, db)
    before = db.read_bytes()
    proc = start_cli("build", str(SEEDS), "--full-refresh", db=db)  # dbt runs, though nothing changed
    dbt = dbt_started(proc)
    time.sleep(1)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "Interrupted: the warehouse" in err and "Traceback" not in err
    assert not dbt.is_running() or dbt.status() == psutil.STATUS_ZOMBIE
    assert db.read_bytes() == before
    assert not (tmp_path / f".{db.name}.build").exists()
    assert not list((REPO_ROOT / "target").glob("run-*"))  # dbt's own artifacts folder too


def test_a_warehouse_of_the_same_name_elsewhere_reuses_dbt_s_parse(seed_warehouse: Path, tmp_path: Path) -> None:
    """dbt parses the whole project again when the profile's connection settings change, the warehouse's path
    among them; it is named to dbt by its file name, from its folder, so that the build of a warehouse of the same
    name elsewhere (such as the copy each `build` runs dbt on) reuses the last parse."""
    outputs = []
    for folder in ("first", "second"):
        db = tmp_path / folder / seed_warehouse.name
        db.parent.mkdir()
        shutil.copy(seed_warehouse, db)
        outcome = dbt_build(db, ["--log-level", "debug"])
        assert outcome.success, outcome.failures
        outputs.append(outcome.output)
    assert "Unable to do partial parsing" not in outputs[1]
    assert "Partial parsing enabled, no changes found, skipping parsing" in outputs[1]


def test_dbt_is_given_the_warehouse_by_its_name_as_profiles_yml_names_the_default(tmp_path: Path) -> None:
    """So that `dbt build` run by hand on the default warehouse shares dbt's parse with `market-intel build`."""
    default = re.search(r"env_var\('MARKET_INTEL_DB', '([^']+)'\)", (REPO_ROOT / "profiles.yml").read_text())
    assert default is not None
    assert dbt_env(tmp_path / default.group(1))["MARKET_INTEL_DB"] == default.group(1) == "market_intel.duckdb"
    assert dbt_cwd(tmp_path / "w.duckdb") == tmp_path.resolve()
    assert dbt_env(tmp_path / "md:w.duckdb")["MARKET_INTEL_DB"] == "./md:w.duckdb"  # never a MotherDuck URL


def test_a_build_reads_its_own_results_while_another_build_ends(
    seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Builds of two warehouses at the same time: the one that ends between the other's end and its reading of its
    results must not be read in its place. Simulated: as this build's dbt ends, another's results (one failed test)
    land in the project's target/."""
    db = tmp_path / seed_warehouse.name
    shutil.copy(seed_warehouse, db)
    real_run = dbt_runner._run
    foreign = {"results": [{"unique_id": "test.market_intel.other", "status": "fail", "message": "not ours"}]}

    def run_then_another_ends(*args: object) -> dbt_runner.DbtOutcome:
        outcome = real_run(*args)
        (REPO_ROOT / "target" / "run_results.json").write_text(json.dumps(foreign))
        return outcome

    monkeypatch.setattr(dbt_runner, "_run", run_then_another_ends)
    outcome = dbt_build(db)
    assert outcome.success and not outcome.failures
    assert outcome.statuses["test:pass"] > 50 and "test:fail" not in outcome.statuses
    # its own artifacts then replace the other's, whole, and its folder is gone
    assert json.loads((REPO_ROOT / "target" / "run_results.json").read_text()) != foreign
    assert (REPO_ROOT / "target" / dbt_runner.PARTIAL_PARSE_FILE).exists()
    assert not list((REPO_ROOT / "target").glob("run-*"))


def test_a_build_removes_the_artifacts_folders_of_killed_runs(seed_warehouse: Path, tmp_path: Path) -> None:
    """A run killed outright (kill -9) cannot remove its own folder; the next one removes it, and leaves the
    folders of runs still going."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    target = REPO_ROOT / "target"
    target.mkdir(exist_ok=True)
    killed = target / f"{dbt_runner.RUN_PREFIX}{ended.pid}-abc"
    going = target / f"{dbt_runner.RUN_PREFIX}{os.getpid()}-abc"
    for folder in (killed, going):
        (folder / "compiled").mkdir(parents=True)
        (folder / "manifest.json").write_text("{}")
    db = tmp_path / seed_warehouse.name
    shutil.copy(seed_warehouse, db)
    try:
        assert dbt_build(db).success
        assert not killed.exists() and going.exists()
    finally:
        shutil.rmtree(going)
        shutil.rmtree(killed, ignore_errors=True)
