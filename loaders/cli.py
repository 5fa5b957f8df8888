"""The `market-intel` command line: load documents, build the warehouse, evaluate extraction."""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from loaders.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_SECONDS,
    DOCUMENT_EXTENSIONS,
    SAMPLE_DIR,
    SEEN_AGAIN_FACTOR,
    default_db_path,
)
from loaders.discover import path_text
from loaders.interrupt import stopped_by_user
from loaders.warehouse import (
    WarehouseError,
    WarehouseWriteError,
    staged_copy,
    writer_lock,
)

if TYPE_CHECKING:
    from tqdm import tqdm

    from loaders.dbt_runner import DbtOutcome
    from loaders.load import LoadSummary

EXIT_INTERRUPTED = 130
# The kinds of files that are not documents named in a load's summary, the most frequent first.
OTHER_KINDS_SHOWN = 5


def _warehouse_path(db_path: Path | None) -> Path:
    """The warehouse file: --db, else the default (default_db_path); a symbolic link stands for the file it points
    to, which is the one a build replaces and beside which the lock is taken. DuckDB opens only UTF-8 paths."""
    path = db_path or default_db_path()
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path_text(str(path)) != str(path):
        given = "--db" if db_path else "MARKET_INTEL_DB"
        raise click.UsageError(
            f"{given} {path_text(str(path))}: the warehouse's path must be valid UTF-8 (DuckDB opens no other): "
            "rename it, or give another"
        )
    return path


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
    help="Worker processes for extraction. Default: one per core this process may use (its CPU affinity and quota).",
)
MAX_SECONDS_OPTION = click.option(
    "--max-seconds",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_SECONDS,
    show_default=True,
    help="A file that takes longer than this to read and extract is rejected with a reason.",
)
BATCH_SIZE_OPTION = click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Documents landed per transaction (a crash or Ctrl-C never leaves part of one); files already landed "
    f"go {SEEN_AGAIN_FACTOR} times as many.",
)
QUIET_OPTION = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
REHASH_OPTION = click.option(
    "--rehash",
    is_flag=True,
    help="Read and hash every file. By default a file whose size, inode and times are those it had when it was "
    "last read is skipped unread.",
)


def _stop_on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def _interrupts_of_duckdb() -> Iterator[None]:
    """Ctrl-C while DuckDB runs a query of this process's main thread raised as the KeyboardInterrupt it is, so
    that it stops as cleanly as anywhere else: the queries of the command line run in a thread of their own or
    hold Ctrl-C until they commit (loaders.interrupt), so this is for any DuckDB call left there."""
    try:
        yield
    except RuntimeError as exc:
        if not stopped_by_user(exc):
            raise
        raise KeyboardInterrupt from exc


def _interrupted(message: str) -> None:
    click.echo(f"Interrupted: {message}", err=True)
    sys.exit(EXIT_INTERRUPTED)


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
    signal.signal(signal.SIGTERM, _stop_on_sigterm)  # `kill` stops as cleanly as Ctrl-C


def _run_load(
    inputs: tuple[Path, ...],
    db_path: Path,
    max_bytes: int,
    max_seconds: float,
    jobs: int | None,
    quiet: bool,
    batch_size: int = DEFAULT_BATCH_SIZE,
    rehash: bool = False,
) -> LoadSummary:
    # Imported here: the loaders (extraction, pyarrow, the word list) and the progress bar take half a second to
    # import, which `--help` and argument errors need not wait for.
    from loaders.load import load

    bar = _progress_bar("loading", "doc", quiet)

    def on_total(total: int) -> None:
        bar.total = total
        bar.refresh()

    try:
        return load(
            inputs,
            db_path,
            max_bytes=max_bytes,
            max_seconds=max_seconds,
            batch_size=batch_size,
            jobs=jobs,
            progress=bar.update,
            on_total=on_total,
            rehash=rehash,
        )
    finally:
        bar.close()


def _progress_bar(desc: str, unit: str, quiet: bool, total: int | None = 0, *, scaled: bool = False) -> tqdm:
    """A progress bar on standard error; none with --quiet, nor when standard error is not a terminal (a log
    file or a pipe would collect every redraw). `scaled` shows counts as k, M, G (of bytes)."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit=unit,
        desc=desc,
        file=sys.stderr,
        disable=True if quiet else None,
        unit_scale=scaled,
        unit_divisor=1024 if scaled else 1000,
    )


def _print_load(
    c: Counter[str],
    rejections: list[tuple[str, str]],
    others: Counter[str],
    seconds: float | None = None,
    other_extraction: int = 0,
) -> None:
    unread = f"; {c['unread']} of them unchanged, not read again" if c["unread"] else ""
    took = f" in {_duration(seconds)}" if seconds is not None else ""
    click.echo(
        f"documents: {c['loaded']} loaded, {c['skipped']} skipped (already loaded{unread}), "
        f"{c['duplicates']} duplicates of another file, {c['rejected']} rejected "
        f"({c['files_seen']} files seen){took}"
    )
    # By path: a load reports the rejections it finds unread (noted by an earlier load) before those it reads.
    for path, reason in sorted(rejections)[:20]:
        click.echo(f"  rejected {path}: {reason}")
    if len(rejections) > 20:
        click.echo(f"  … and {len(rejections) - 20} more (see raw.documents where status = 'rejected')")
    if others:
        click.echo(f"  {_other_files(others)}")
    if other_extraction:
        click.echo(f"  {_other_extraction(other_extraction)}")


def _print_summary(summary: LoadSummary) -> None:
    _print_load(summary.counts, summary.rejections, summary.other_files, summary.seconds, summary.other_extraction)


def _other_extraction(documents: int) -> str:
    """What to do of the loaded documents that another version extracted (loaders.extraction_version)."""
    were, their = ("document was", "its") if documents == 1 else ("documents were", "their")
    return (
        f"{documents} loaded {were} extracted by another version of market-intel (dim_sources.extracted_by): "
        f"{their} text and facts can differ from what this version finds. `market-intel build DOCS_DIR... --reextract` "
        "extracts again those under the folders it is given"
    )


def _other_files(others: Counter[str]) -> str:
    """'7 other files not read (.png 3, no extension 2, .pdf 2): documents are .html, ... or .txt files'."""
    commonest = sorted(others.items(), key=lambda kind: (-kind[1], kind[0]))[:OTHER_KINDS_SHOWN]
    kinds = [f"{extension or 'no extension'} {n}" for extension, n in commonest]
    if (more := len(others) - len(commonest)) > 0:
        kinds.append(f"{more} more kind{'s' * (more != 1)}")
    total = sum(others.values())
    documents = ", ".join(DOCUMENT_EXTENSIONS[:-1]) + f" or {DOCUMENT_EXTENSIONS[-1]}"
    return f"{total} other file{'s' * (total != 1)} not read ({', '.join(kinds)}): documents are {documents} files"


def _duration(seconds: float) -> str:
    """'4.1 s', '5 min 2 s'."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"


@main.command("load")
@click.argument("docs_dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@MAX_BYTES_OPTION
@MAX_SECONDS_OPTION
@JOBS_OPTION
@BATCH_SIZE_OPTION
@REHASH_OPTION
@QUIET_OPTION
def load_command(
    docs_dirs: tuple[Path, ...],
    db_path: Path | None,
    max_bytes: int,
    max_seconds: float,
    jobs: int | None,
    batch_size: int,
    rehash: bool,
    quiet: bool,
) -> None:
    """Land the documents under DOCS_DIRS (searched recursively) in the raw.* tables, in place.

    Files already loaded (same content) are skipped, unread when unchanged since they were read
    (--rehash reads them all); unreadable or non-text files are recorded as rejected with a reason.
    A file rejected for a limit (--max-bytes, --max-seconds) or a read error is tried again by the next
    load. Stops at once if another program has the warehouse open.
    """
    try:
        with _interrupts_of_duckdb():
            summary = _run_load(
                docs_dirs, _warehouse_path(db_path), max_bytes, max_seconds, jobs, quiet, batch_size, rehash
            )
    except WarehouseWriteError as exc:
        raise click.ClickException(
            f"{exc}. Every batch landed before is kept: free some space (or fix the cause), then run the same "
            "command again; documents already loaded are skipped."
        ) from exc
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        _interrupted(
            "every batch landed so far is complete; run the same command again to finish "
            "(loaded documents are skipped)."
        )
    _print_summary(summary)


@main.command("build")
@click.argument("docs_dirs", nargs=-1, type=click.Path(path_type=Path))
@DB_OPTION
@MAX_BYTES_OPTION
@MAX_SECONDS_OPTION
@JOBS_OPTION
@BATCH_SIZE_OPTION
@REHASH_OPTION
@QUIET_OPTION
@click.option(
    "--full-refresh",
    is_flag=True,
    help="Rebuild every mart from scratch, incremental ones included, even when nothing changed since the last "
    "build (which otherwise skips dbt).",
)
@click.option(
    "--reextract",
    is_flag=True,
    help="Read and extract again, with this version's cleaning and extraction, the documents under DOCS_DIRS that "
    "another version extracted (dim_sources.extracted_by), then rebuild every mart. Documents not found under "
    "DOCS_DIRS keep their facts.",
)
def build_command(
    docs_dirs: tuple[Path, ...],
    db_path: Path | None,
    max_bytes: int,
    max_seconds: float,
    jobs: int | None,
    batch_size: int,
    rehash: bool,
    quiet: bool,
    full_refresh: bool,
    reextract: bool,
) -> None:
    """Load DOCS_DIRS (default: the bundled data/sample/), then run dbt build (seeds, models, tests).

    Builds into a copy beside the warehouse and swaps it in only when dbt build succeeds: readers with
    the warehouse open are not disturbed, and a failed or interrupted build leaves it as it was. A copy
    with a quarter of its blocks free or more is rewritten without them first. When
    nothing the marts are built from changed since the last build (documents, dbt project, versions),
    dbt is not run again; when, besides, no file under DOCS_DIRS changed, the warehouse is not even
    copied: it is left as it is. A mart with rows added or deleted since the last build (by hand, or
    by a dbt run of your own) makes every mart be rebuilt in full.
    """
    db_path = _warehouse_path(db_path)
    inputs = docs_dirs or (SAMPLE_DIR,)
    try:
        with _interrupts_of_duckdb(), writer_lock(db_path):
            if full_refresh or rehash or reextract or not _nothing_to_build(db_path, inputs, max_bytes, quiet):
                with _staged(db_path, quiet) as staged:
                    if reextract:
                        _reextract(inputs, staged, max_bytes, max_seconds, jobs, quiet, batch_size)
                    else:
                        _print_summary(
                            _run_load(inputs, staged, max_bytes, max_seconds, jobs, quiet, batch_size, rehash)
                        )
                    _dbt_build(staged, full_refresh or reextract, quiet)
    except WarehouseWriteError as exc:
        raise click.ClickException(
            f"{exc}. The warehouse {db_path} was left as it was: free some space (a build needs room for a copy "
            "of the warehouse) or fix the cause, then run the same command again."
        ) from exc
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        _interrupted(f"the warehouse {db_path} was left as it was; run the same command again.")
    click.echo(f"warehouse: {db_path}")


def _reextract(
    inputs: tuple[Path, ...],
    staged: Path,
    max_bytes: int,
    max_seconds: float,
    jobs: int | None,
    quiet: bool,
    batch_size: int,
) -> None:
    """Load `inputs` into the staged warehouse, extracting again the documents another version extracted and keeping
    those not found there as they were (loaders.reextract); print what it did."""
    from loaders.reextract import carry_over, set_aside

    set_aside(staged)
    summary = _run_load(inputs, staged, max_bytes, max_seconds, jobs, quiet, batch_size)
    kept = carry_over(staged)
    summary.other_extraction = kept.other_extraction
    _print_summary(summary)
    if kept.documents:
        were, as_were = ("document was", "it was") if kept.documents == 1 else ("documents were", "they were")
        click.echo(
            f"  {kept.documents} {were} not found under the folders: kept as {as_were}, facts and all "
            "(name their folders too to extract them again)"
        )


@contextmanager
def _staged(db_path: Path, quiet: bool) -> Iterator[Path]:
    """staged_copy(db_path), with a progress bar of the copy (of the warehouse and any log beside it) and of its
    rewrite without free blocks."""
    bars: list[tqdm] = []

    def bar(what: str, size: int) -> Callable[[int], None]:
        bars.append(_progress_bar(what, "B", quiet or not size, total=size, scaled=True))
        return bars[-1].update

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    try:
        with staged_copy(db_path, bar, warn) as staged:
            for shown in bars:
                shown.close()
            yield staged
    finally:
        for shown in bars:
            shown.close()


def _nothing_to_build(db_path: Path, inputs: tuple[Path, ...], max_bytes: int, quiet: bool) -> bool:
    """Whether a build of `inputs` would change nothing in the warehouse (loaders.uptodate); if so, says so."""
    from loaders.uptodate import up_to_date

    bar = _progress_bar("checking", "file", quiet, total=None)
    try:
        found = up_to_date(db_path, inputs, max_bytes, bar.update)
    finally:
        bar.close()
    if found is None:
        return False
    seen, rejected = found.files_seen, len(found.rejections)
    _print_load(
        Counter(files_seen=seen, skipped=seen - rejected, unread=seen - rejected, rejected=rejected),
        found.rejections,
        found.other_files,
        other_extraction=found.other_extraction,
    )
    _print_marts(found.marts)
    click.echo(
        "nothing to build: every file is unchanged since it was loaded (or rejected), and the marts were built from "
        "these same documents by these same models and passed their tests. The warehouse was left as it is, and no "
        "load run recorded (--full-refresh or --rehash builds anyway)."
    )
    return True


def _run_dbt_build(db: Path, extra_args: list[str], quiet: bool) -> DbtOutcome:
    """dbt build on `db`, with a progress bar of its nodes (seeds, models, tests) unless `quiet`."""
    from loaders.dbt_runner import dbt_build

    bar = _progress_bar("dbt build", "node", quiet)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        return dbt_build(db, extra_args, progress)
    finally:
        bar.close()


def _dbt_build(staged: Path, full_refresh: bool, quiet: bool) -> None:
    """dbt build on the staged warehouse; raises (so the staged copy is discarded) when it fails. Skipped when
    the marts were built from the same raw rows by the same project (loaders.build_state); a full refresh when
    a mart was changed since the last build."""
    from loaders.build_state import record_build, state_of
    from loaders.report import mart_row_counts

    state = state_of(staged)
    if not full_refresh and state.current:
        _print_marts(state.marts)
        click.echo(
            "dbt build skipped: the marts were built from these same documents by these same models, and passed "
            "their tests (--full-refresh builds them anyway)"
        )
        return
    edited = state.edited
    if edited and not full_refresh:
        click.echo(
            f"marts changed since the last build ({', '.join(edited)}: other row counts than it left): "
            "rebuilding every mart in full (--full-refresh)"
        )
    outcome = _run_dbt_build(staged, ["--full-refresh"] if full_refresh or edited else [], quiet)
    marts = mart_row_counts(staged)
    _print_marts(marts)
    tests = {k.split(":", 1)[1]: v for k, v in outcome.statuses.items() if k.startswith("test:")}
    click.echo("dbt tests: " + (", ".join(f"{v} {k}" for k, v in sorted(tests.items())) or "none run"))
    if not outcome.success:
        for failure in outcome.failures[:20]:
            click.echo(f"  {failure}", err=True)
        raise click.ClickException(
            "dbt build failed (details above; full log in logs/dbt.log); the warehouse was left as it was"
        )
    record_build(staged, state.now, marts)


def _print_marts(marts: list[tuple[str, int | str]]) -> None:
    click.echo("marts: " + ", ".join(f"{name} {rows}" for name, rows in marts))


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

    Prints precision, recall, F1 and counts per field; matching rules are in the README. The exit code
    is non-zero only on errors, never on low scores. Without --db the warehouse is a temporary file.
    """
    import tempfile

    from loaders.evaluate import evaluate, format_details, format_table
    from loaders.labels import LabelError, read_labels

    try:
        labels = read_labels(gold_dirs)
    except LabelError as exc:
        raise click.ClickException(str(exc)) from exc
    if not labels:
        raise click.ClickException(f"no label files (*.json) in {', '.join(map(str, gold_dirs))}")
    try:
        with _interrupts_of_duckdb(), tempfile.TemporaryDirectory(prefix="market-intel-eval-") as tmp:
            # Named as the warehouse is: dbt reuses its parse of the project for files of the same name.
            db = _warehouse_path(db_path) if db_path else Path(tmp) / _warehouse_path(None).name
            predicted = _build_for_eval(docs_dirs, db, quiet, labels)
    except KeyboardInterrupt:
        kept = f" The warehouse {db_path} keeps the documents loaded so far." if db_path else ""
        _interrupted(f"nothing was scored.{kept} Run the same command again.")
    missing = sorted(set(labels) - set(predicted))
    if missing:
        click.echo(f"labels without a loaded document ({len(missing)}): " + ", ".join(missing[:10]), err=True)
    scores = evaluate(labels, predicted)
    click.echo(format_table(scores, len(set(labels) & set(predicted))))
    if details:
        click.echo(format_details(scores))


def _build_for_eval(docs_dirs: tuple[Path, ...], db: Path, quiet: bool, labelled: Iterable[str]) -> dict[str, dict]:
    """Load `docs_dirs` into `db` and build its marts in place; what they say of each document."""
    from loaders.evaluate import SharedFileNames, read_predictions

    try:
        summary = _run_load(docs_dirs, db, DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, None, quiet)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    _print_summary(summary)
    outcome = _run_dbt_build(db, [], quiet)
    if not outcome.success:
        for failure in outcome.failures[:20]:
            click.echo(f"  {failure}", err=True)
        raise click.ClickException("dbt build failed; cannot read the marts")
    try:
        return read_predictions(db, labelled)
    except SharedFileNames as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":
    main()
