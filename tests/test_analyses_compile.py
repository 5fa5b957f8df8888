"""The example questions in analyses/ compile with dbt and run against a built warehouse."""

from __future__ import annotations

import subprocess
from pathlib import Path

from loaders.dbt_runner import dbt_args, dbt_cwd, dbt_env
from tests.conftest import query


def test_analyses_compile_and_run(seed_warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    proc = subprocess.run(
        dbt_args("compile", target, ["--select", "resource_type:analysis"]),
        cwd=dbt_cwd(seed_warehouse),
        env=dbt_env(seed_warehouse),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    compiled = sorted((target / "compiled").rglob("analyses/*.sql"))
    assert len(compiled) >= 2
    for path in compiled:
        rows = query(seed_warehouse, path.read_text())
        assert rows, f"{path.name} returned nothing on the seed warehouse"
