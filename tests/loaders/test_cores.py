"""A load runs one worker per core the process can use: its CPU affinity, and its container's CPU quota."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders import config
from loaders import load as load_module
from loaders.load import load
from tests.robustness.corpus import make_copies


@pytest.mark.parametrize(
    ("cpu_max", "cores"),
    [("150000 100000\n", 2), ("200000 100000\n", 2), ("50000 100000\n", 1), ("max 100000\n", None), ("junk\n", None)],
)
def test_the_cgroup_quota_in_whole_cores(tmp_path: Path, cpu_max: str, cores: int | None) -> None:
    path = tmp_path / "cpu.max"
    path.write_text(cpu_max)
    assert config.cpu_quota(path) == cores
    assert config.cpu_quota(tmp_path / "missing") is None


@pytest.mark.parametrize(("quota", "cores"), [(None, 4), (2, 2), (8, 4)])
def test_usable_cores_are_the_affinity_within_the_quota(
    monkeypatch: pytest.MonkeyPatch, quota: int | None, cores: int
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3})
    monkeypatch.setattr(config, "cpu_quota", lambda: quota)
    assert config.usable_cores() == cores


@pytest.mark.parametrize("cores", [1, 3])
def test_a_load_without_jobs_runs_a_worker_per_usable_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cores: int
) -> None:
    make_copies(tmp_path / "docs", 12)
    pools: list[int] = []
    real = load_module.QuietPool

    def counted(processes: int, *args: object, **kwargs: object) -> load_module.QuietPool:
        pools.append(processes)
        return real(processes, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "usable_cores", lambda: cores)
    monkeypatch.setattr(load_module, "QuietPool", counted)
    summary = load([tmp_path / "docs"], tmp_path / "w.duckdb")
    assert summary.counts["loaded"] == 12
    assert pools == ([] if cores == 1 else [cores])  # one core: in this process, no pool
