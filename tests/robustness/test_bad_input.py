"""Whole scraped folders of bad input: the loader never crashes or hangs, and every file ends as a row."""

from __future__ import annotations

import contextlib
import math
import os
import stat
import time
from pathlib import Path

import pytest

from loaders import pipeline
from loaders.config import DEFAULT_MAX_BYTES
from loaders.filestat import RACY_NS, read_file
from loaders.pipeline import process_file
from tests.robustness.corpus import MB, SQL_TEXT, make_fuzz_corpus, remove_tree
from tests.robustness.helpers import rows, run_cli


@pytest.fixture(scope="module")
def fuzz_load(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, str | None], str]:
    """The fuzz corpus loaded once with the real command line (default size limit, 30 s per file)."""
    root = tmp_path_factory.mktemp("fuzz")
    expected = make_fuzz_corpus(root / "docs")
    db = root / "w.duckdb"
    proc = run_cli("load", str(root / "docs"), "--max-seconds", "30", db=db)
    yield db, expected, proc.stdout + proc.stderr
    remove_tree(root / "docs")
    assert proc.returncode == 0, proc.stderr


def file_rows(db: Path) -> dict[str, tuple[str, str | None, str]]:
    """source path -> (document status, reject reason, status of the file itself)."""
    found = rows(
        db,
        "select f.source_path, d.status, d.reject_reason, f.status from raw.document_files f"
        " join raw.documents d using (document_id)",
    )
    return {path: (status, reason, file_status) for path, status, reason, file_status in found}


def test_loader_exits_cleanly_without_a_traceback(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    _db, _expected, output = fuzz_load
    assert "Traceback" not in output
    assert "files seen" in output


def test_every_file_ends_as_a_document_row_with_a_status(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, expected, _ = fuzz_load
    landed = file_rows(db)
    missing = [str(p) for p in expected if str(p) not in landed]
    assert not missing, f"files lost: {missing}"
    for path, (status, reason, _file_status) in landed.items():
        assert status in {"loaded", "rejected"}, path
        if status == "rejected":
            assert reason and len(reason) > 8 and "Traceback" not in reason, (path, reason)


@pytest.mark.parametrize(
    "name",
    [
        "empty.txt",
        "image.html",
        "document.txt",
        "archive.md",
        "random_bytes.htm",
        "nul_bytes.txt",
        "fifty_mb.txt",
        "deep_nesting.html",
        "control_chars.md",
        "only_whitespace.md",
    ],
)
def test_bad_files_are_rejected_with_a_reason_a_person_understands(
    fuzz_load: tuple[Path, dict[Path, str | None], str], name: str
) -> None:
    db, expected, _ = fuzz_load
    path = next(p for p in expected if p.name == name)
    status, reason, _ = file_rows(db)[str(path)]
    assert status == "rejected"
    assert expected[path] in (reason or "").lower(), reason


def test_unreadable_paths_are_rejected_with_the_cause(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, expected, _ = fuzz_load
    landed = file_rows(db)
    for path, word in expected.items():
        if path.parent.name == "special":
            status, reason, _ = landed[str(path)]
            assert status == "rejected" and word in (reason or "").lower(), (path, reason)


def test_fifty_mb_file_names_the_limit(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, expected, _ = fuzz_load
    path = next(p for p in expected if p.name == "fifty_mb.txt")
    _, reason, _ = file_rows(db)[str(path)]
    assert f"{DEFAULT_MAX_BYTES:,}" in reason and "--max-bytes" in reason


@pytest.mark.parametrize(
    "name",
    [
        "invalid_utf8.txt",
        "utf16_bom.txt",
        "utf16_be_bom.md",
        "latin1.txt",
        "cp1252.txt",
        "script_style_numbers.html",
        "four_hundred_digits.txt",
        "sql_and_jinja_text.md",
        "quote'\"; drop table raw.documents; --.txt",
        "semi;colon and spaces.html",
        "non-ascii 市場 données é.md",
        "unreadable.txt",
    ],
)
def test_text_in_any_encoding_or_name_loads(fuzz_load: tuple[Path, dict[Path, str | None], str], name: str) -> None:
    db, expected, _ = fuzz_load
    path = next(p for p in expected if p.name == name)
    status, reason, _ = file_rows(db)[str(path)]
    assert status == "loaded", reason
    assert rows(db, "select file_name from raw.documents where source_path = ?", [str(path)]) == [(name,)]


def test_encodings_decode_to_the_right_characters(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, _, _ = fuzz_load
    texts = dict(rows(db, "select file_name, text from raw.documents where status = 'loaded'"))
    assert "marché" in texts["latin1.txt"] and "Größe" in texts["latin1.txt"]
    assert "“Widget” Market" in texts["cp1252.txt"] and "€5 billion" in texts["cp1252.txt"]
    assert texts["utf16_bom.txt"] == texts["utf16_be_bom.md"] or "Market" in texts["utf16_be_bom.md"]
    assert SQL_TEXT in texts["sql_and_jinja_text.md"]


def test_script_and_style_numbers_are_not_facts(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, _, _ = fuzz_load
    (text,) = rows(db, "select text from raw.documents where file_name = 'script_style_numbers.html'")[0]
    assert "19999" not in text and "999 billion" not in text and "USD 5 billion" in text
    values = rows(
        db,
        "select reported_value from raw.market_size_mentions join raw.documents using (document_id)"
        " where file_name = 'script_style_numbers.html'",
    )
    assert values == [(5.0,)]


def test_huge_numbers_never_become_infinite_values(fuzz_load: tuple[Path, dict[Path, str | None], str]) -> None:
    db, _, _ = fuzz_load
    values = rows(db, "select reported_value from raw.market_size_mentions where reported_value is not null")
    values += rows(db, "select rate_low from raw.growth_rate_mentions")
    assert all(math.isfinite(v) for (v,) in values)


def test_five_mb_single_line_loads_or_is_rejected_with_a_reason(
    fuzz_load: tuple[Path, dict[Path, str | None], str],
) -> None:
    db, expected, _ = fuzz_load
    path = next(p for p in expected if p.name == "five_mb_single_line.txt")
    status, reason, _ = file_rows(db)[str(path)]
    assert status == "loaded" or "--max-seconds" in (reason or ""), reason


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("The Widget Market was USD 5 billion in 2023. " * 100)
    assert process_file(path, max_bytes=10 * MB).status == "loaded"
    small = process_file(path, max_bytes=1000)
    assert small.status == "rejected" and "1,000-byte limit (--max-bytes)" in (small.reject_reason or "")


class _StatSaysSmaller(type(Path())):  # type: ignore[misc]
    """A path whose stat() gives 10 bytes: the size the file had a moment before it grew."""

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        info = list(super().stat(follow_symlinks=follow_symlinks))
        info[stat.ST_SIZE] = 10
        return os.stat_result(info)


@pytest.mark.parametrize("size", [10, 11, 4096, 70_000])
def test_a_file_is_read_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "doc.bin"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert read_file(path, max_bytes=size) == (path.read_bytes(), None, None)  # just written: not noted


def test_a_file_that_grew_after_its_size_was_read_is_read_to_its_end_or_rejected(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"0123456789" * 30)
    grown = _StatSaysSmaller(path)
    assert grown.stat().st_size == 10 and path.stat().st_size == 300
    assert read_file(grown, max_bytes=1000) == (path.read_bytes(), None, None)
    assert read_file(grown, max_bytes=300) == (path.read_bytes(), None, None)
    data, problem, _ = read_file(grown, max_bytes=299)
    assert data is None and problem == "file grew past the 299-byte limit while being read"


def test_a_file_over_its_time_limit_is_rejected_not_waited_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(_doc: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(pipeline, "extract_document", endless)
    path = tmp_path / "doc.txt"
    path.write_text("The Widget Market was USD 5 billion in 2023.")
    record = process_file(path, max_bytes=MB, max_seconds=0.5)
    assert record.status == "rejected"
    assert "gave up after 0.5 seconds (--max-seconds)" in (record.reject_reason or "")


def test_an_extractor_that_swallows_errors_cannot_swallow_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stubborn(_doc: object) -> None:
        while True:
            with contextlib.suppress(Exception):  # what a careless extractor might do
                time.sleep(0.01)

    monkeypatch.setattr(pipeline, "extract_document", stubborn)
    path = tmp_path / "doc.txt"
    path.write_text("The Widget Market was USD 5 billion in 2023.")
    assert process_file(path, max_bytes=MB, max_seconds=0.3).status == "rejected"


def test_names_that_are_not_utf8_load_and_are_kept_with_their_bytes_written_out(tmp_path: Path) -> None:
    """Files and folders named in another encoding (Latin-1, say, from an archive made elsewhere): Linux gives their
    bytes as they are, which Python holds as lone surrogates and DuckDB cannot store. They load like any other
    file, under their path with those bytes written as \\xNN, and the next load skips them unread."""
    docs = tmp_path / "docs"
    text = "The Widget Market was valued at USD 5.2 billion in 2023.\n"
    named = {
        b"\xffwidget.txt": text,
        b"sub\xe9/inner.md": "# Gadget Market\n\n" + text.replace("Widget", "Gadget"),
        b"empty\xfe.txt": "",
    }
    for name, content in named.items():
        path = Path(os.fsdecode(os.fsencode(docs) + b"/" + name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    root = Path(os.fsdecode(os.fsencode(tmp_path) + b"/more\xe9"))  # a folder named so on the command line
    root.mkdir()
    (root / "gizmo.txt").write_text(text.replace("Widget", "Gizmo"))
    time.sleep(RACY_NS / 1e9 + 0.1)  # so that the load notes the files' status (loaders.filestat)
    db = tmp_path / "w.duckdb"
    missing = Path(os.fsdecode(os.fsencode(tmp_path) + b"/gone\xe9"))
    first = run_cli("load", str(docs), str(root), str(missing), db=db)
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
    assert "rejected " + str(docs) + "/empty\\xfe.txt: empty file" in first.stdout
    assert first.stdout.count(f"rejected {tmp_path}/gone\\xe9: path does not exist") == 1
    landed = file_rows(db)
    assert {path: status for path, (status, _reason, _file) in landed.items()} == {
        f"{docs}/\\xffwidget.txt": "loaded",
        f"{docs}/sub\\xe9/inner.md": "loaded",
        f"{docs}/empty\\xfe.txt": "rejected",
        f"{tmp_path}/more\\xe9/gizmo.txt": "loaded",
        f"{tmp_path}/gone\\xe9": "rejected",
    }
    assert rows(db, "select inputs from raw.load_runs") == [(f"{docs}; {tmp_path}/more\\xe9; {tmp_path}/gone\\xe9",)]
    again = run_cli("load", str(docs), str(root), str(missing), db=db)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    assert "0 loaded, 3 skipped (already loaded; 3 of them unchanged, not read again)" in again.stdout
    assert "2 rejected" in again.stdout


def test_a_warehouse_path_that_is_not_utf8_is_refused_with_the_reason(tmp_path: Path) -> None:
    db = Path(os.fsdecode(os.fsencode(tmp_path) + b"/w\xe9.duckdb"))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("The Widget Market was valued at USD 5.2 billion in 2023.\n")
    for command in ("load", "build"):
        proc = run_cli(command, str(tmp_path / "docs"), db=db)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        assert f"{tmp_path}/w\\xe9.duckdb: the warehouse's path must be valid UTF-8" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
