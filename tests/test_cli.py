"""The command line's help: every command answers `--help` with its options, without importing the loaders."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import CLI, REPO_ROOT

OPTIONS = {
    "load": ["--db", "--max-bytes", "--max-seconds", "--jobs", "--batch-size", "--rehash", "--quiet"],
    "build": [
        "--db",
        "--max-bytes",
        "--max-seconds",
        "--jobs",
        "--batch-size",
        "--rehash",
        "--quiet",
        "--full-refresh",
    ],
    "eval": ["--gold", "--details"],
}


@pytest.mark.parametrize("command", sorted(OPTIONS))
def test_every_command_lists_its_options(command: str) -> None:
    proc = subprocess.run([*CLI, command, "--help"], cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert all(option in proc.stdout for option in OPTIONS[command]), proc.stdout


def test_the_command_line_imports_the_loaders_only_when_a_command_runs() -> None:
    # `--help` and argument errors answer at once: extraction, pyarrow, the word list, DuckDB and the progress bar
    # are imported by the command that needs them
    heavy = "{'loaders.load', 'loaders.extract', 'pyarrow', 'duckdb', 'tqdm'}"
    code = f"import sys, loaders.cli; print(sorted({heavy} & set(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"
