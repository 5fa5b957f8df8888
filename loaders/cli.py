"""The `market-intel` command line: load documents, build the warehouse, evaluate extraction."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from loaders.config import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, SAMPLE_DIR, default_db_path
from loaders.load import LoadSummary, WarehouseBusy, load

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Warehouse file. Default: $MARKET_INTEL_DB, else ./market_intel.duckdb.",
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Files larger than this are rejected with a reason instead of loaded.",
)
JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction. Default: one per core.",
)
QUIET_OPTION = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="market-intel-warehouse")
def main() -> None:
    """Market Intel Warehouse: turn folders of market-research documents into a DuckDB warehouse.

    \b
    Typical use:
      market-intel build docs/            load docs/, then run dbt build
      market-intel load more_docs/        land more documents in raw.*
      duckdb market_intel.duckdb          query marts.* in the DuckDB shell
    """


def _run_load(
    inputs: tuple[Path, ...],
    db_path: Path,
    max_bytes: int,
    jobs: int | None,
    quiet: bool,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadSummary:
    bar = tqdm(total=0, unit="doc", disable=quiet, file=sys.stderr, desc="loading")

    def on_total(total: int) -> None:
        bar.total = total
        bar.refresh()

    try:
        return load(
            inputs,
            db_path,
            max_bytes=max_bytes,
            batch_size=batch_size,
            jobs=jobs,
            progress=bar.update,
            on_total=on_total,
        )
    except WarehouseBusy as exc:
        bar.close()
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        bar.close()
        click.echo(
            "Interrupted: every batch landed so far is complete; run the same command again "
            "to finish (loaded documents are skipped).",
            err=True,
        )
        sys.exit(130)
    finally:
        bar.close()


def _print_load(summary: LoadSummary) -> None:
    c = summary.counts
    click.echo(
        f"documents: {c['loaded']} loaded, {c['skipped']} skipped (already loaded), "
        f"{c['duplicates']} duplicates of another file, {c['rejected']} rejected "
        f"({c['files_seen']} files seen)"
    )
    for path, reason in summary.rejections[:20]:
        click.echo(f"  rejected {path}: {reason}")
    if len(summary.rejections) > 20:
        click.echo(f"  … and {len(summary.rejections) - 20} more (see raw.documents where status = 'rejected')")


@main.command("load")
@click.argument("docs_dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@MAX_BYTES_OPTION
@JOBS_OPTION
@QUIET_OPTION
def load_command(
    docs_dirs: tuple[Path, ...], db_path: Path | None, max_bytes: int, jobs: int | None, quiet: bool
) -> None:
    """Land the documents under DOCS_DIRS (searched recursively) in the raw.* tables.

    Files already loaded (same content) are skipped; unreadable or non-text files are recorded
    as rejected with a reason.
    """
    _print_load(_run_load(docs_dirs, db_path or default_db_path(), max_bytes, jobs, quiet))


@main.command("build")
@click.argument("docs_dirs", nargs=-1, type=click.Path(path_type=Path))
@DB_OPTION
@MAX_BYTES_OPTION
@JOBS_OPTION
@QUIET_OPTION
@click.option("--full-refresh", is_flag=True, help="Rebuild incremental marts from scratch.")
def build_command(
    docs_dirs: tuple[Path, ...], db_path: Path | None, max_bytes: int, jobs: int | None, quiet: bool, full_refresh: bool
) -> None:
    """Load DOCS_DIRS (default: the bundled data/sample/), then run dbt build (seeds, models, tests)."""
    from loaders.dbt_runner import dbt_build
    from loaders.report import mart_row_counts

    db_path = db_path or default_db_path()
    summary = _run_load(docs_dirs or (SAMPLE_DIR,), db_path, max_bytes, jobs, quiet)
    _print_load(summary)
    outcome = dbt_build(db_path, ["--full-refresh"] if full_refresh else [])
    click.echo("marts: " + ", ".join(f"{name} {rows}" for name, rows in mart_row_counts(db_path)))
    tests = {k.split(":", 1)[1]: v for k, v in outcome.statuses.items() if k.startswith("test:")}
    click.echo("dbt tests: " + (", ".join(f"{v} {k}" for k, v in sorted(tests.items())) or "none run"))
    if not outcome.success:
        for failure in outcome.failures[:20]:
            click.echo(f"  {failure}", err=True)
        raise click.ClickException("dbt build failed (details above; full log in logs/dbt.log)")
    click.echo(f"warehouse: {db_path}")


@main.command("eval")
@click.option(
    "--gold",
    "gold_dirs",
    multiple=True,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of label files (JSON, one per document); repeat to combine folders.",
)
@click.argument("docs_dirs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DB_OPTION
@click.option("--details", is_flag=True, help="Also list every miss and every false hit with its evidence.")
@QUIET_OPTION
def eval_command(
    gold_dirs: tuple[Path, ...], docs_dirs: tuple[Path, ...], db_path: Path | None, details: bool, quiet: bool
) -> None:
    """Build a warehouse from DOCS_DIRS and score its marts against the labels in --gold.

    Prints precision, recall, F1 and counts per field. The exit code is non-zero only on errors,
    never on low scores. Without --db the warehouse is built in a temporary file.
    """
    import tempfile

    from loaders.dbt_runner import dbt_build
    from loaders.evaluate import evaluate, format_details, format_table, read_labels, read_predictions

    labels = read_labels(gold_dirs)
    if not labels:
        raise click.ClickException(f"no label files (*.json) in {', '.join(map(str, gold_dirs))}")
    with tempfile.TemporaryDirectory(prefix="market-intel-eval-") as tmp:
        db = db_path or Path(tmp) / "eval.duckdb"
        summary = _run_load(docs_dirs, db, DEFAULT_MAX_BYTES, None, quiet)
        _print_load(summary)
        outcome = dbt_build(db)
        if not outcome.success:
            for failure in outcome.failures[:20]:
                click.echo(f"  {failure}", err=True)
            raise click.ClickException("dbt build failed; cannot read the marts")
        predicted = read_predictions(db)
    missing = sorted(set(labels) - set(predicted))
    if missing:
        click.echo(f"labels without a loaded document ({len(missing)}): " + ", ".join(missing[:10]), err=True)
    scores = evaluate(labels, predicted)
    click.echo(format_table(scores, len(set(labels) & set(predicted))))
    if details:
        click.echo(format_details(scores))


if __name__ == "__main__":
    main()
