"""The command line: every command answers `--help` with its options, without importing the loaders; progress bars
show on a terminal only."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders import cli, interrupt
from tests.conftest import CLI, REAL_DOCS, REPO_ROOT
from tests.robustness.corpus import make_copies
from tests.robustness.helpers import rows

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


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bars_show_on_a_terminal_unless_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert not cli._progress_bar("loading", "doc", quiet=False).disable
    assert cli._progress_bar("loading", "doc", quiet=True).disable
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a log file or a pipe: no bar to redraw
    assert cli._progress_bar("loading", "doc", quiet=False).disable


def test_a_load_into_a_log_writes_its_summary_without_a_progress_bar(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    make_copies(docs, 3)
    result = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(tmp_path / "w.duckdb"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("documents: 3 loaded") and "loading" not in result.output


def test_ctrl_c_while_duckdb_runs_a_query_of_a_load_stops_it_as_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DuckDB turns the KeyboardInterrupt of Ctrl-C into its own error when it stops a query of the main thread
    (checked in tests/robustness/test_interrupt.py): the load stops as on Ctrl-C anywhere else."""
    from loaders import land

    def interrupted(_con: object, _inputs: object) -> str:
        raise RuntimeError(interrupt.DUCKDB_INTERRUPTED)

    monkeypatch.setattr(land, "start_run", interrupted)
    docs = tmp_path / "docs"
    make_copies(docs, 1)
    result = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(tmp_path / "w.duckdb"), "--jobs", "1"])
    assert result.exit_code == 130 and "Interrupted: every batch landed so far is complete" in result.output


def test_ctrl_c_stopping_a_batch_in_duckdb_leaves_the_batches_before_and_records_the_run_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while DuckDB lands a batch stops DuckDB's query with its own error (the batch's transaction is rolled
    back): the load stops as on Ctrl-C, the run recorded as interrupted with what the batches before landed."""
    from loaders import land

    real, calls = land.land_batch, []

    def second_interrupted(con: object, batch: list, run_id: str) -> None:
        calls.append(len(batch))
        if len(calls) == 2:
            raise RuntimeError(interrupt.DUCKDB_INTERRUPTED)
        real(con, batch, run_id)

    monkeypatch.setattr(land, "land_batch", second_interrupted)
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 6)
    args = ["load", str(docs), "--db", str(db), "--jobs", "1", "--batch-size", "2"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 130 and "Interrupted: every batch landed so far is complete" in result.output
    assert rows(db, "select status, loaded from raw.load_runs") == [("interrupted", 2)]
    assert rows(db, "select count(*) from raw.documents") == [(2,)]


@pytest.mark.parametrize("kept", [False, True])
def test_ctrl_c_during_eval_stops_it_as_ctrl_c_with_nothing_scored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run_dbt_build", interrupted)
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 1)
    args = ["eval", "--gold", str(REAL_DOCS.parent / "gold"), str(docs), "-q"] + (["--db", str(db)] if kept else [])
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 130 and "Interrupted: nothing was scored." in result.output, result.output
    assert (f"The warehouse {db} keeps the documents loaded so far." in result.output) is kept
    assert "Run the same command again." in result.output


def test_eval_without_db_builds_a_temporary_warehouse_named_as_the_warehouse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dbt reuses its parse of the project for warehouses of the same file name (loaders.dbt_runner.dbt_env), so
    that eval's warehouse costs no new parse, nor the next build after it."""
    built: list[Path] = []

    def recorded(db: Path, *_args: object) -> None:
        built.append(db)
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run_dbt_build", recorded)
    monkeypatch.setenv("MARKET_INTEL_DB", str(tmp_path / "mine.duckdb"))
    docs = tmp_path / "docs"
    make_copies(docs, 1)
    result = CliRunner().invoke(cli.main, ["eval", "--gold", str(REAL_DOCS.parent / "gold"), str(docs), "-q"])
    assert result.exit_code == 130, result.output
    assert [db.name for db in built] == ["mine.duckdb"]
    assert built[0].parent != tmp_path and not (tmp_path / "mine.duckdb").exists()


def test_a_load_says_how_long_it_took(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 2)
    result = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^documents: 2 loaded, .* \(2 files seen\) in \d+\.\d s$", result.output, re.M), result.output
    assert [cli._duration(s) for s in (0.04, 59.94, 60.0, 302.4, 3725)] == [
        "0.0 s",
        "59.9 s",
        "1 min 0 s",
        "5 min 2 s",
        "62 min 5 s",
    ]


def test_a_load_says_which_files_it_did_not_read_as_not_documents(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "w.duckdb"
    make_copies(docs, 2)
    for name in ("a.pdf", "b.PDF", "notes", "c.docx", "d.png", "e.png", "f.png", "g.csv", "h.xlsx", "i.jpg"):
        (docs / name).write_bytes(b"x")
    result = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "(2 files seen)" in result.output
    assert (
        "  10 other files not read (.png 3, .pdf 2, no extension 1, .csv 1, .docx 1, 2 more kinds): documents are "
        ".html, .htm, .md, .markdown or .txt files\n" in result.output
    ), result.output
    again = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert "  10 other files not read (" in again.output
    (docs / "notes").unlink()
    (docs / "b.PDF").unlink()
    once = CliRunner().invoke(cli.main, ["load", str(docs), "--db", str(db), "-q", "--jobs", "1"])
    assert "  8 other files not read (.png 3, .csv 1, .docx 1, .jpg 1, .pdf 1, 1 more kind)" in once.output
