"""Benchmark the warehouse end to end: load, I/O floor, peak memory, dbt build, incremental adds.

Usage::

    python benchmarks/benchmark.py                 # N = 1,000 and 10,000
    python benchmarks/benchmark.py --large         # also N = 100,000
    python benchmarks/benchmark.py --sizes 2000    # any sizes
    python benchmarks/benchmark.py --profile       # cProfile a single-process load of a sample
    python benchmarks/benchmark.py --sizes 1000 --increment 0 --steps 1000   # and where a worker's CPU goes

For every N it generates a corpus with ``benchmarks/generate_corpus.py`` (cached under
``--work-dir``), then measures, on the same files:

* the I/O floor: discover, read, decode (``loaders.decode.decode``) and SHA-256 every file in
  ``--jobs`` worker processes, the shape the loader uses, but no cleaning, extraction or landing; the
  files are read once first, untimed, so that the floor, like the load after it, finds them in the page
  cache (else it depends on what the machine kept there, up to ten times);
* the load: ``market-intel load`` in a child process into a fresh warehouse (committed when it
  exits), with the peak RSS of the loader plus its worker processes and the CPU it used;
* ``dbt build`` (``loaders.dbt_runner.dbt_build``) and the warehouse size on disk;
* an incremental step: ``--increment`` new documents (a corpus with another seed) are loaded
  together with the N already loaded (skipped unread: their file status is unchanged since they
  were read), then ``dbt build`` again; then the same files are loaded once more with ``--rehash``
  (every file read and hashed, all of them skipped), the cost of the step without the file status;
  then ``market-intel build`` of the same folders twice: the first runs dbt (the step above ran it
  outside ``build``, which records it) and puts the warehouse in place rewritten without its free
  blocks (``loaders.compact``), with its time, peak RSS and size on disk; the second finds nothing
  to build; then
  ``market-intel build`` with ``--increment`` more new documents (a third seed): the step as a user
  takes it, with the build's copy of the warehouse (it builds into a copy, swapped in when dbt passes).

Then, on the ``--steps`` documents of a corpus of that size, where a worker's CPU goes: each step of
``loaders.pipeline.process_file`` (read, sha256, decode, clean, extract) and the rows a document lands as,
timed one by one in the benchmark's own process, the extraction split by extractor.

Results are printed as a table and written to ``<work-dir>/results.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import io
import json
import multiprocessing as mp
import os
import pstats
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import psutil

REPO_ROOT = Path(__file__).resolve().parent.parent
GENERATOR = REPO_ROOT / "benchmarks" / "generate_corpus.py"
DEFAULT_SIZES = (1_000, 10_000)
LARGE_SIZE = 100_000
PSS_EVERY = 10
FACT_MARTS = ("fct_estimates", "fct_company_mentions", "fct_segment_mentions", "fct_region_mentions")


# --------------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------------


def corpus(work_dir: Path, n: int, seed: int) -> Path:
    """The docs folder of an N-document corpus, generated once and cached."""
    out = work_dir / f"corpus_{n}_seed{seed}"
    done = out / ".complete"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        print(f"generating {n:,} documents (seed {seed}) into {out} …", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, str(GENERATOR), "--n", str(n), "--out", str(out), "--seed", str(seed)],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        done.write_text(f"{n}\n")
    return out / "docs"


def document_files(*roots: Path) -> list[Path]:
    from loaders.discover import discover

    return [found.path for found in discover(roots) if not found.problem]


# --------------------------------------------------------------------------------------------
# I/O floor: read + decode + hash, in the loader's parallel shape
# --------------------------------------------------------------------------------------------


def _floor_one(path: Path) -> int:
    from loaders.decode import DecodeError, decode

    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    with contextlib.suppress(DecodeError):
        decode(data)
    return len(data)


def _read_hash_one(path: Path) -> int:
    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    return len(data)


def measure_floor(roots: list[Path], jobs: int, decode: bool = True) -> tuple[float, int, int]:
    """Seconds, files and bytes to discover, read, (decode) and hash every file under `roots`."""
    work = _floor_one if decode else _read_hash_one
    start = time.perf_counter()
    paths = document_files(*roots)
    if jobs <= 1:
        sizes = [work(p) for p in paths]
    else:
        with mp.get_context("fork").Pool(jobs) as pool:
            sizes = list(pool.imap(work, paths, chunksize=8))
    return time.perf_counter() - start, len(paths), sum(sizes)


# --------------------------------------------------------------------------------------------
# A child process, with its peak memory and CPU
# --------------------------------------------------------------------------------------------


@dataclass
class ChildRun:
    seconds: float
    peak_rss_mb: float
    peak_main_rss_mb: float
    peak_pss_mb: float
    cpu_seconds: float
    returncode: int
    output: str
    own_cpu_seconds: float = 0.0  # of the process itself, without its children (last sample before it exited)


def _tree_memory(proc: psutil.Process, with_pss: bool) -> tuple[int, int, int]:
    """(RSS of the process and its descendants, RSS of the process alone, PSS of them all), in bytes.

    The RSS sum counts pages the forked workers share with the loader once per process; PSS splits
    each shared page between the processes that map it, so its sum is the memory they take together.
    """
    try:
        main = proc.memory_info().rss
        children = proc.children(recursive=True)
    except psutil.Error:
        return 0, 0, 0
    total, pss = main, 0
    for member in (proc, *children):
        with contextlib.suppress(psutil.Error):
            if member is not proc:
                total += member.memory_info().rss
            pss += _pss(member) if with_pss else 0
    return total, main, pss


def _pss(proc: psutil.Process) -> int:
    """Proportional set size in bytes, from /proc/PID/smaps_rollup (one summed record) where the kernel has
    it; psutil's memory_full_info walks every mapping."""
    try:
        with open(f"/proc/{proc.pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return proc.memory_full_info().pss


def run_child(args: list[str], env: dict[str, str] | None = None, interval: float = 0.05) -> ChildRun:
    """Run `args`, sampling the RSS of the process tree every `interval` seconds and its PSS every
    `PSS_EVERY` samples (reading PSS costs ~1.5 ms per process: every sample would take CPU from the run)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    popen = subprocess.Popen(args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proc = psutil.Process(popen.pid)
    peak = peak_main = peak_pss = samples = 0
    own_cpu = 0.0
    chunks: list[str] = []
    reader = threading.Thread(target=lambda: chunks.append(popen.stdout.read() if popen.stdout else ""))
    reader.start()
    while popen.poll() is None:
        total, main, pss = _tree_memory(proc, with_pss=samples % PSS_EVERY == 0)
        samples += 1
        peak, peak_main, peak_pss = max(peak, total), max(peak_main, main), max(peak_pss, pss)
        own_cpu = max(own_cpu, _own_cpu(proc))
        time.sleep(interval)
    seconds = time.perf_counter() - start
    reader.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return ChildRun(
        seconds, peak / 2**20, peak_main / 2**20, peak_pss / 2**20, cpu, popen.returncode, "".join(chunks), own_cpu
    )


def _own_cpu(proc: psutil.Process) -> float:
    """User + system CPU seconds of the process itself so far (its children not counted), 0 once it is gone."""
    try:
        times = proc.cpu_times()
    except psutil.Error:
        return 0.0
    return times.user + times.system


def load_in_child(roots: list[Path], db: Path, jobs: int, *options: str) -> ChildRun:
    return cli_in_child("load", roots, db, jobs, *options)


def build_in_child(roots: list[Path], db: Path, jobs: int) -> ChildRun:
    """`market-intel build` of `roots` into `db`: load, then dbt build (neither when nothing changed)."""
    return cli_in_child("build", roots, db, jobs)


def cli_in_child(command: str, roots: list[Path], db: Path, jobs: int, *options: str) -> ChildRun:
    env = dict(os.environ, MARKET_INTEL_DB=str(db))
    args = [sys.executable, "-m", "loaders.cli", command, *map(str, roots), "--db", str(db), "-q", "--jobs", str(jobs)]
    run = run_child([*args, *options], env)
    if run.returncode != 0:
        raise RuntimeError(f"{command} failed ({run.returncode}):\n{run.output[-3000:]}")
    return run


def dbt_build_timed(db: Path, extra: list[str] | None = None) -> float:
    from loaders.dbt_runner import dbt_build

    start = time.perf_counter()
    outcome = dbt_build(db, extra)
    seconds = time.perf_counter() - start
    if not outcome.success:
        raise RuntimeError("dbt build failed:\n" + "\n".join(outcome.failures[:20]))
    return seconds


def warehouse_mb(db: Path) -> float:
    from loaders.warehouse import wal_path

    return sum(f.stat().st_size for f in (db, wal_path(db)) if f.exists()) / 1e6


def remove_warehouse(db: Path) -> None:
    """The warehouse, its write-ahead log and the lock file its writers left."""
    from loaders.warehouse import build_dir, lock_path, wal_path

    for f in (db, wal_path(db), lock_path(db)):
        f.unlink(missing_ok=True)
    shutil.rmtree(build_dir(db), ignore_errors=True)


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(sql).fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


# --------------------------------------------------------------------------------------------
# One size
# --------------------------------------------------------------------------------------------


@dataclass
class Result:
    n: int
    files: int = 0
    mb: float = 0.0
    floor_s: float = 0.0
    read_hash_s: float = 0.0
    load_s: float = 0.0
    load_cpu_s: float = 0.0
    load_main_cpu_s: float = 0.0
    peak_rss_mb: float = 0.0
    peak_main_rss_mb: float = 0.0
    peak_pss_mb: float = 0.0
    loaded: int = 0
    dbt_s: float = 0.0
    warehouse_mb: float = 0.0
    fact_rows: int = 0
    inc_docs: int = 0
    inc_load_s: float = 0.0
    inc_peak_rss_mb: float = 0.0
    inc_dbt_s: float = 0.0
    inc_loaded: int = 0
    rehash_load_s: float = 0.0
    first_build_s: float = 0.0
    build_peak_rss_mb: float = 0.0
    build_mb: float = 0.0
    rebuild_s: float = 0.0
    inc_build_s: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return self.files / self.load_s if self.load_s else 0.0

    @property
    def floor_docs_per_s(self) -> float:
        return self.files / self.floor_s if self.floor_s else 0.0

    @property
    def floor_mb_per_s(self) -> float:
        return self.mb / self.floor_s if self.floor_s else 0.0

    @property
    def load_mb_per_s(self) -> float:
        return self.mb / self.load_s if self.load_s else 0.0

    @property
    def cores_busy(self) -> float:
        return self.load_cpu_s / self.load_s if self.load_s else 0.0

    @property
    def cpu_ms_per_doc(self) -> float:
        return self.load_cpu_s / self.files * 1000 if self.files else 0.0

    @property
    def main_cpu_ms_per_doc(self) -> float:
        return self.load_main_cpu_s / self.files * 1000 if self.files else 0.0

    @property
    def worker_cpu_ms_per_doc(self) -> float:
        return self.cpu_ms_per_doc - self.main_cpu_ms_per_doc

    @property
    def ratio(self) -> float:
        return self.load_s / self.floor_s if self.floor_s else 0.0

    @property
    def inc_share(self) -> float:
        return self.inc_s / self.full_s if self.full_s and self.inc_s else 0.0

    @property
    def full_s(self) -> float:
        return self.load_s + self.dbt_s

    @property
    def inc_s(self) -> float:
        return self.inc_load_s + self.inc_dbt_s

    @property
    def inc_build_share(self) -> float:
        return self.inc_build_s / self.full_s if self.full_s and self.inc_build_s else 0.0


def bench_size(n: int, args: argparse.Namespace) -> Result:
    work: Path = args.work_dir
    docs = corpus(work, n, args.seed)
    result = Result(n)
    say = _say

    say(f"[N={n:,}] I/O floor (read + decode + sha256, {args.jobs} processes)")
    measure_floor([docs], args.jobs, decode=False)  # the files in the page cache, as the load finds them
    result.floor_s, result.files, nbytes = measure_floor([docs], args.jobs)
    result.mb = nbytes / 1e6
    result.read_hash_s = measure_floor([docs], args.jobs, decode=False)[0]

    db = work / f"warehouse_{n}.duckdb"
    remove_warehouse(db)
    say(f"[N={n:,}] load into a fresh warehouse {db}")
    run = load_in_child([docs], db, args.jobs)
    result.load_s, result.load_cpu_s, result.load_main_cpu_s = run.seconds, run.cpu_seconds, run.own_cpu_seconds
    result.peak_rss_mb, result.peak_main_rss_mb = run.peak_rss_mb, run.peak_main_rss_mb
    result.peak_pss_mb = run.peak_pss_mb
    result.loaded = count(db, "select count(*) from raw.documents where status = 'loaded'")

    say(f"[N={n:,}] dbt build")
    result.dbt_s = dbt_build_timed(db, ["--full-refresh"])
    result.warehouse_mb = warehouse_mb(db)
    result.fact_rows = sum(count(db, f"select count(*) from marts.{t}") for t in FACT_MARTS)

    if args.increment:
        extra = corpus(work, args.increment, args.seed + 1)
        say(f"[N={n:,}] incremental: {args.increment:,} new documents beside the {n:,} loaded")
        before = result.loaded
        inc = load_in_child([docs, extra], db, args.jobs)
        result.inc_docs = args.increment
        result.inc_load_s, result.inc_peak_rss_mb = inc.seconds, inc.peak_rss_mb
        result.inc_loaded = count(db, "select count(*) from raw.documents where status = 'loaded'") - before
        result.inc_dbt_s = dbt_build_timed(db)
        say(f"[N={n:,}] the same files loaded again, every one read and hashed (--rehash)")
        result.rehash_load_s = load_in_child([docs, extra], db, args.jobs, "--rehash").seconds
        say(f"[N={n:,}] market-intel build of the same folders, twice (the second finds nothing changed)")
        first = build_in_child([docs, extra], db, args.jobs)  # records its build (dbt runs), rewrites the file
        result.first_build_s, result.build_peak_rss_mb = first.seconds, first.peak_main_rss_mb
        result.build_mb = warehouse_mb(db)
        result.rebuild_s = build_in_child([docs, extra], db, args.jobs).seconds
        more = corpus(work, args.increment, args.seed + 2)
        say(f"[N={n:,}] market-intel build with {args.increment:,} more new documents (copy, load, dbt build, swap)")
        result.inc_build_s = build_in_child([docs, extra, more], db, args.jobs).seconds
    if not args.keep:
        remove_warehouse(db)
    return result


def _say(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def table(results: list[Result], jobs: int) -> str:
    def row(label: str, fmt: str, key: str) -> str:
        cells = []
        for r in results:
            value = getattr(r, key)
            cells.append(fmt.format(value) if value else "-")
        return f"{label:<44}" + "".join(f"{c:>16}" for c in cells)

    lines = [
        f"{'N documents':<44}" + "".join(f"{r.n:>16,}" for r in results),
        row("corpus MB", "{:,.1f}", "mb"),
        "I/O floor (read + decode + sha256)",
        row("  seconds", "{:,.1f}", "floor_s"),
        row("  documents/s", "{:,.0f}", "floor_docs_per_s"),
        row("  MB/s", "{:,.1f}", "floor_mb_per_s"),
        row("  of which read + sha256 only (s)", "{:,.1f}", "read_hash_s"),
        f"load ({jobs} worker processes, committed)",
        row("  seconds", "{:,.1f}", "load_s"),
        row("  documents/s", "{:,.1f}", "docs_per_s"),
        row("  MB/s", "{:,.2f}", "load_mb_per_s"),
        row("  cores busy (CPU s / wall s)", "{:,.2f}", "cores_busy"),
        row("  CPU ms per document", "{:,.2f}", "cpu_ms_per_doc"),
        row("    workers (read, clean, extract, rows)", "{:,.2f}", "worker_cpu_ms_per_doc"),
        row("    loader process (landing in DuckDB)", "{:,.2f}", "main_cpu_ms_per_doc"),
        row("  load / floor", "{:,.1f}x", "ratio"),
        row("  peak PSS, loader + workers (MB)", "{:,.0f}", "peak_pss_mb"),
        row("  peak RSS sum, loader + workers (MB)", "{:,.0f}", "peak_rss_mb"),
        row("  peak RSS, loader process (MB)", "{:,.0f}", "peak_main_rss_mb"),
        row("  documents loaded", "{:,}", "loaded"),
        "dbt build (--full-refresh)",
        row("  seconds", "{:,.1f}", "dbt_s"),
        row("  fact mart rows", "{:,}", "fact_rows"),
        row("warehouse on disk (MB)", "{:,.1f}", "warehouse_mb"),
        row("full run: load + dbt build (s)", "{:,.1f}", "full_s"),
        "incremental: + new documents",
        row("  new documents", "{:,}", "inc_docs"),
        row("  load seconds (known files skipped unread)", "{:,.1f}", "inc_load_s"),
        row("  peak RSS (MB)", "{:,.0f}", "inc_peak_rss_mb"),
        row("  dbt build seconds", "{:,.1f}", "inc_dbt_s"),
        row("  load + dbt build (s)", "{:,.1f}", "inc_s"),
        row("  share of the full run", "{:,.1%}", "inc_share"),
        row("load again, every file read and hashed (s)", "{:,.1f}", "rehash_load_s"),
        row("market-intel build of the same files (s)", "{:,.1f}", "first_build_s"),
        row("  peak RSS (MB)", "{:,.0f}", "build_peak_rss_mb"),
        row("  warehouse on disk after it (MB)", "{:,.1f}", "build_mb"),
        row("build again, nothing to build (s)", "{:,.1f}", "rebuild_s"),
        row("build with new documents again (s)", "{:,.1f}", "inc_build_s"),
        row("  share of the full run", "{:,.1%}", "inc_build_share"),
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# dbt at a larger N without the extraction: raw rows of a loaded warehouse cloned
# --------------------------------------------------------------------------------------------

# Market names get a per-clone tag before a trailing "Market"/"Industry", so the clones are other
# markets (as in a real corpus) and the name still normalizes the same way within a document.
_MARKET_COLUMNS = {"market_size_mentions": "market_name", "growth_rate_mentions": "market_name"}


def _tagged(column: str, tag: str) -> str:
    return f"regexp_replace({column}, '(\\s+(market|industry))?\\s*$', ' {tag}\\1', 'i')"


def clone_raw(con: duckdb.DuckDBPyConnection, copies: range, limit: int | None = None) -> None:
    """Append copies of the loaded documents (the first `limit` of them) with new ids to every raw table."""
    from loaders.land import TABLES

    picked = "select document_id from raw.documents where status = 'loaded' and document_id not like '%~%'"
    picked += " order by document_id" + (f" limit {limit}" if limit else "")
    con.execute(f"create or replace temp table picked as {picked}")
    for k in copies:
        tag = f"c{k}"
        for table, columns in TABLES.items():
            names = [name for name, _ in columns]
            if "document_id" not in names:
                continue
            replace = [f"document_id || '~{tag}' as document_id"]
            if "fact_id" in names:
                replace.append(f"fact_id || '~{tag}' as fact_id")
            if table in _MARKET_COLUMNS:
                replace.append(f"{_tagged(_MARKET_COLUMNS[table], tag)} as {_MARKET_COLUMNS[table]}")
            if table == "report_attributes":
                replace.append(
                    f"case when attribute = 'market_name' then {_tagged('value_text', tag)} else value_text end"
                    " as value_text"
                )
            if table == "documents":
                replace.append("now()::timestamp as loaded_at")
            con.execute(
                f"insert into raw.{table} select * replace ({', '.join(replace)}) from raw.{table}"
                " where document_id in (select document_id from picked)"
            )


@dataclass
class ScaleResult:
    n: int
    cloned_from: int
    dbt_s: float = 0.0
    warehouse_mb: float = 0.0
    fact_rows: int = 0
    inc_docs: int = 0
    inc_dbt_s: float = 0.0


def bench_dbt_scale(target: int, args: argparse.Namespace, base: int) -> ScaleResult:
    """dbt build on a warehouse whose raw tables hold `target` documents cloned from the `base` one."""
    source = args.work_dir / f"warehouse_{base}.duckdb"
    db = args.work_dir / f"warehouse_{target}_cloned.duckdb"
    remove_warehouse(db)
    shutil.copy(source, db)
    loaded = count(db, "select count(*) from raw.documents where status = 'loaded'")
    copies = max(1, -(-target // loaded)) - 1
    _say(f"[N={target:,} cloned] {copies} copies of the {loaded:,} documents' raw rows")
    con = duckdb.connect(str(db))
    try:
        for schema in ("marts", "intermediate", "staging"):
            con.execute(f"drop schema if exists {schema} cascade")
        clone_raw(con, range(1, copies + 1))
    finally:
        con.close()
    result = ScaleResult(count(db, "select count(*) from raw.documents where status = 'loaded'"), loaded)
    _say(f"[N={result.n:,} cloned] dbt build --full-refresh")
    result.dbt_s = dbt_build_timed(db, ["--full-refresh"])
    result.warehouse_mb = warehouse_mb(db)
    result.fact_rows = sum(count(db, f"select count(*) from marts.{t}") for t in FACT_MARTS)
    if args.increment:
        con = duckdb.connect(str(db))
        try:
            clone_raw(con, range(copies + 1, copies + 2), limit=args.increment)
        finally:
            con.close()
        result.inc_docs = min(args.increment, loaded)
        _say(f"[N={result.n:,} cloned] + {result.inc_docs:,} documents, dbt build")
        result.inc_dbt_s = dbt_build_timed(db)
    if not args.keep:
        remove_warehouse(db)
    return result


def scale_table(results: list[ScaleResult]) -> str:
    lines = ["dbt build on cloned raw rows (no extraction: measures dbt alone at a larger N)"]
    for r in results:
        lines += [
            f"  N documents {r.n:>12,} (raw rows of {r.cloned_from:,} loaded documents, cloned)",
            f"  dbt build --full-refresh     {r.dbt_s:>9.1f} s   fact mart rows {r.fact_rows:,}",
            f"  warehouse on disk            {r.warehouse_mb:>9.1f} MB",
            f"  + {r.inc_docs:,} documents, dbt build {r.inc_dbt_s:>6.1f} s   "
            f"({r.inc_dbt_s / r.dbt_s:.0%} of the full build)",
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------------------------


def sample_folder(work: Path, docs: Path, k: int) -> Path:
    sample = work / f"profile_sample_{k}"
    if not sample.exists() or len(list(sample.iterdir())) != k:
        shutil.rmtree(sample, ignore_errors=True)
        sample.mkdir(parents=True)
        for path in sorted(docs.iterdir())[:k]:
            shutil.copy(path, sample / path.name)
    return sample


def profile(args: argparse.Namespace) -> str:
    """cProfile a single-process load of a sample; the top functions and the time per module."""
    from loaders.load import load

    docs = corpus(args.work_dir, max(args.profile_docs, 1_000), args.seed)
    sample = sample_folder(args.work_dir, docs, args.profile_docs)
    db = args.work_dir / "profile.duckdb"
    remove_warehouse(db)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    load([sample], db, jobs=1)
    profiler.disable()
    seconds = time.perf_counter() - start
    remove_warehouse(db)

    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        by_module[f"C: {name}" if filename == "~" else _module_of(filename)] += tottime
        total += tottime
    out = io.StringIO()
    out.write(
        f"single-process load of {args.profile_docs} documents: {seconds:.1f} s "
        f"({args.profile_docs / seconds:.1f} documents/s per core)\n\n"
    )
    out.write("own time by module (tottime, all functions of the module)\n")
    for module, spent in sorted(by_module.items(), key=lambda kv: -kv[1])[:25]:
        out.write(f"  {spent:8.2f} s  {spent / total:6.1%}  {module}\n")
    for key, title in (("cumulative", "top functions by cumulative time"), ("tottime", "top functions by own time")):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats(key).print_stats(args.profile_top)
        text = buffer.getvalue()
        out.write(f"\n{title}\n" + text[text.find("   ncalls") :])
    return out.getvalue()


def _module_of(filename: str) -> str:
    """A readable module for a profiled file: loaders.extract.money, re, ftfy, duckdb, …"""
    if filename.startswith("~") or filename.startswith("<"):
        return filename
    path = Path(filename)
    parts = path.with_suffix("").parts
    for anchor in ("loaders", "site-packages"):
        if anchor in parts:
            rest = parts[parts.index(anchor) + (0 if anchor == "loaders" else 1) :]
            if anchor == "site-packages":
                return rest[0] if rest else filename
            return ".".join(rest)
    if "python3.11" in parts:
        return "stdlib " + path.stem
    return filename


# --------------------------------------------------------------------------------------------
# Where a worker's CPU goes: its steps timed one by one, in this process
# --------------------------------------------------------------------------------------------

# The extractors that loaders.extract.document runs, timed each on its own (the rest of the extraction is the
# judging of sizes' and rates' scope, the title, forecast period, amounts and the like).
EXTRACTORS = (
    "extract_market",
    "extract_companies",
    "extract_segments",
    "extract_sizes",
    "extract_publisher",
    "extract_regions",
    "extract_growth",
    "extract_shares",
)
STEPS = ("read", "sha256", "decode", "clean", "extract", "rows")
STEP_LABELS = {
    "read": "read the file",
    "sha256": "sha256 (the document id)",
    "decode": "decode (encoding, mojibake)",
    "clean": "clean (HTML, Markdown, text)",
    "extract": "extract",
    "rows": "rows for landing",
}


@dataclass
class StepSplit:
    documents: int
    steps: dict[str, float]  # CPU ms per document
    extractors: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.steps.values())


@contextlib.contextmanager
def _timed_extractors(spent: dict[str, float]) -> Iterator[None]:
    """Each of EXTRACTORS, as loaders.extract.document calls it, adds its CPU seconds to `spent` meanwhile."""
    from loaders.extract import document

    originals = {name: getattr(document, name) for name in EXTRACTORS}

    def timed(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return run

    for name, function in originals.items():
        setattr(document, name, timed(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(document, name, function)


def measure_steps(files: list[Path], warm_up: int = 50) -> StepSplit:
    """The CPU of each step a worker takes for a document (loaders.pipeline.process_file, then the rows it lands
    as), in this one process, per document of `files` after the first `warm_up` (caches filled, modules loaded)."""
    from loaders import land
    from loaders.clean import CleanError, clean
    from loaders.config import DEFAULT_MAX_BYTES
    from loaders.decode import DecodeError, decode
    from loaders.extract.document import extract_document
    from loaders.filestat import read_file
    from loaders.record import DocumentRecord, content_hash

    spent = dict.fromkeys(STEPS, 0.0)
    by_extractor = dict.fromkeys(EXTRACTORS, 0.0)
    measured = 0
    with _timed_extractors(by_extractor):
        for index, path in enumerate(files):
            if index == warm_up:
                by_extractor.update(dict.fromkeys(EXTRACTORS, 0.0))
            marks = [time.process_time()]
            data = read_file(path, DEFAULT_MAX_BYTES).data
            marks.append(time.process_time())
            if data is None:
                continue
            document_id = content_hash(data)
            marks.append(time.process_time())
            try:
                decoded = decode(data)
                marks.append(time.process_time())
                doc = clean(decoded.text, path.suffix)
            except (DecodeError, CleanError):  # a rejection: no document to time
                continue
            marks.append(time.process_time())
            facts = extract_document(doc)
            marks.append(time.process_time())
            record = DocumentRecord(document_id, str(path), path.name, "loaded", text=doc.text, facts=facts)
            land.prepare(record)
            marks.append(time.process_time())
            if index >= warm_up:
                measured += 1
                for step, start, end in zip(STEPS, marks[:-1], marks[1:], strict=True):
                    spent[step] += end - start
    per_doc = 1000 / measured if measured else 0.0
    return StepSplit(
        measured,
        {step: seconds * per_doc for step, seconds in spent.items()},
        {name: seconds * per_doc for name, seconds in by_extractor.items()},
    )


def steps_table(split: StepSplit, source: str) -> str:
    lines = [
        f"where a worker's CPU goes (ms per document; {split.documents:,} documents of {source}, one process, "
        "after a warm-up)"
    ]
    for step in STEPS:
        lines.append(f"  {STEP_LABELS[step]:<42}{split.steps[step]:>16.3f}")
        if step == "extract":
            for name, ms in sorted(split.extractors.items(), key=lambda item: -item[1]):
                lines.append(f"    {name:<40}{ms:>16.3f}")
            rest = split.steps["extract"] - sum(split.extractors.values())
            lines.append(f"    {'the rest of the extraction':<40}{rest:>16.3f}")
    lines.append(f"  {'total':<42}{split.total:>16.3f}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from loaders.config import usable_cores

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="corpus sizes")
    parser.add_argument("--large", action="store_true", help=f"also N = {LARGE_SIZE:,}")
    parser.add_argument("--work-dir", type=Path, default=Path("/tmp/miw-bench"), help="corpora and warehouses")
    parser.add_argument("--jobs", type=int, default=usable_cores(), help="loader worker processes")
    parser.add_argument("--seed", type=int, default=42, help="corpus seed (the increment uses seed + 1)")
    parser.add_argument("--increment", type=int, default=1_000, help="new documents for the incremental step (0: skip)")
    parser.add_argument("--keep", action="store_true", help="keep the warehouses in the work dir")
    parser.add_argument(
        "--dbt-scale",
        type=int,
        nargs="*",
        default=[],
        metavar="N",
        help="also time dbt build at N documents, cloning the raw rows of the largest loaded warehouse",
    )
    parser.add_argument(
        "--steps",
        type=int,
        default=1_000,
        metavar="N",
        help="documents of an N-document corpus whose worker steps are timed one by one, in one process (0: skip)",
    )
    parser.add_argument("--profile", action="store_true", help="only profile a single-process load of a sample")
    parser.add_argument("--profile-docs", type=int, default=200, help="documents in the profiled sample")
    parser.add_argument("--profile-top", type=int, default=30, help="functions listed in the profile")
    args = parser.parse_args(argv)
    if args.large and LARGE_SIZE not in args.sizes:
        args.sizes.append(LARGE_SIZE)
    args.work_dir = args.work_dir.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        print(profile(args))
        return 0
    if args.dbt_scale:
        args.keep = True
    results: list[Result] = []
    for n in args.sizes:
        results.append(bench_size(n, args))
        _save(args.work_dir, results)
        print(table(results, args.jobs), flush=True)
        print(flush=True)
    if args.steps:
        _say(f"[N={args.steps:,}] each step of a worker timed, in one process")
        split = measure_steps(document_files(corpus(args.work_dir, args.steps, args.seed)))
        print(steps_table(split, f"N = {args.steps:,}"), flush=True)
        print(flush=True)
        (args.work_dir / "results_steps.json").write_text(json.dumps(asdict(split), indent=2) + "\n")
    scaled = [bench_dbt_scale(target, args, max(args.sizes)) for target in args.dbt_scale]
    if scaled:
        print(scale_table(scaled), flush=True)
        (args.work_dir / "results_dbt_scale.json").write_text(json.dumps([asdict(r) for r in scaled], indent=2) + "\n")
    return 0


def _save(work: Path, results: list[Result]) -> None:
    derived = ("docs_per_s", "floor_docs_per_s", "floor_mb_per_s", "load_mb_per_s", "cores_busy", "ratio", "full_s")
    derived += ("cpu_ms_per_doc", "worker_cpu_ms_per_doc", "main_cpu_ms_per_doc")
    rows = [
        {**asdict(r), **{k: getattr(r, k) for k in (*derived, "inc_s", "inc_share", "inc_build_share")}}
        for r in results
    ]
    (work / "results.json").write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
