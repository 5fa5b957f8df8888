"""Generated inputs for the robustness tests and the summary script: a fuzz corpus of hostile files, a
larger corpus of ordinary documents for kill-and-restart runs, and hostile texts that grow on demand."""

from __future__ import annotations

import codecs
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import SEEDS

MB = 1024 * 1024
SQL_TEXT = (
    'Robert\'); DROP TABLE raw.documents; -- "quoted" ; select * from raw.load_runs; '
    "{{ run_query('drop schema marts') }} {% do log('x') %}"
)
LATIN1 = "Le marché mondial des capteurs. Größe: USD 5 billion in 2023. " * 40
DEEP = b"<div>" * 100_000 + b"Widget Market USD 5 billion" + b"</div>" * 100_000


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]


def make_copies(folder: Path, count: int) -> list[Path]:
    """`count` ordinary documents: the seed documents, each copy with a unique line appended (so a unique id)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = seed_texts()
    paths = []
    for i in range(count):
        path = folder / f"copy_{i:04d}.txt"
        path.write_text(f"{texts[i % len(texts)]}\nInternal reference {i}: copy number {i} of the seed.\n")
        paths.append(path)
    return paths


# name -> (writer, what a person should read in the reason when the file is rejected; None = may load)
def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _big_document(size: int, single_line: bool) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        text = "\n".join(seed_texts())
        if single_line:
            text = text.replace("\n", " ")
        chunk = text.encode("utf-8")
        with path.open("wb") as fh:
            written = 0
            while written < size:
                fh.write(chunk)
                written += len(chunk)

    return write


def fuzz_files() -> dict[str, tuple[Callable[[Path], None], str | None]]:
    """Every hostile regular file of the fuzz corpus, by file name."""
    seed = seed_texts()[0]
    numbers = " ".join(str(n) for n in range(20000))
    return {
        "empty.txt": (_write(b""), "empty"),
        "only_whitespace.md": (_write(b" \n\t\n  "), "whitespace"),
        "image.html": (_write(b"\x89PNG\r\n\x1a\n" + os.urandom(2048)), "binary"),
        "document.txt": (_write(b"%PDF-1.7\n" + os.urandom(2048)), "binary"),
        "archive.md": (_write(b"PK\x03\x04" + os.urandom(2048)), "binary"),
        "random_bytes.htm": (_write(b"\x00\x01" + os.urandom(4096)), "binary"),
        "invalid_utf8.txt": (_write(seed.encode() + b"\n\xff\xfe\xc3\x28 broken \xa0\xa1 bytes\n"), None),
        "utf16_bom.txt": (_write(codecs.BOM_UTF16_LE + seed.encode("utf-16-le")), None),
        "utf16_be_bom.md": (_write(codecs.BOM_UTF16_BE + seed.encode("utf-16-be")), None),
        "latin1.txt": (
            _write(("Le marché mondial des capteurs. Größe: USD 5 billion in 2023. " * 40).encode("latin-1")),
            None,
        ),
        "cp1252.txt": (_write(("The “Widget” Market — worth €5 billion in 2023… " * 40).encode("cp1252")), None),
        "fifty_mb.txt": (_big_document(50 * MB, single_line=False), "limit"),
        "five_mb_single_line.txt": (_big_document(5 * MB, single_line=True), None),
        "deep_nesting.html": (
            _write(b"<div>" * 100_000 + b"Widget Market USD 5 billion" + b"</div>" * 100_000),
            "nested",
        ),
        "script_style_numbers.html": (
            _write(
                f"<html><head><style>.a{{width:{numbers}px}}</style></head><body><script>var x=[{numbers}];"
                f" var usd='USD 999 billion';</script><p>The Widget Market was USD 5 billion in 2023.</p>"
                f"<script>{numbers}</script></body></html>".encode()
            ),
            None,
        ),
        "four_hundred_digits.txt": (
            _write(f"The Widget Market is worth USD {'9' * 400} billion, growing at a CAGR of {'7' * 400}%.".encode()),
            None,
        ),
        "usd_run.txt": (_write(b"Market " + b"USD " * 100_000), None),
        "digits_and_dots.txt": (_write(b"Market size " + b"1." * 1_000_000), None),
        "nul_bytes.txt": (_write(b"Widget Market\x00\x00\x00 USD 5 billion" * 100), "binary"),
        "control_chars.md": (_write(b"\x01\x02\x03\x04\x05\x06 Widget" * 500), "binary"),
        "sql_and_jinja_text.md": (
            _write(f"# Widget Market\n\n{SQL_TEXT}\n\nThe Widget Market was USD 5 billion in 2023.\n".encode()),
            None,
        ),
        "quote'\"; drop table raw.documents; --.txt": (_write(b"Quote Market was USD 1 billion in 2022."), None),
        "semi;colon and spaces.html": (_write(b"<p>Semicolon Market was USD 2 billion in 2022.</p>"), None),
        "non-ascii 市場 données é.md": (
            _write("# 市場 Market\n\nDonnées Market was USD 3 billion in 2021.".encode()),
            None,
        ),
        "unreadable.txt": (_write(b"Locked Market was USD 4 billion in 2020."), None),
    }


def make_fuzz_corpus(folder: Path) -> dict[Path, str | None]:
    """Write the fuzz corpus; every path the loader will see, with the word its reason must contain (or None)."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[Path, str | None] = {}
    for name, (write, reason) in fuzz_files().items():
        path = folder / name
        write(path)
        expected[path] = reason
    (folder / "unreadable.txt").chmod(0)  # root can still read it; anyone else gets a rejection
    special = folder / "special"
    special.mkdir()
    os.mkfifo(special / "named_pipe.txt")
    (special / "broken_link.md").symlink_to(special / "nowhere.md")
    (special / "self_loop.txt").symlink_to(special / "self_loop.txt")
    (special / "loop_dir").symlink_to(special)  # a directory loop: walked once
    expected[special / "named_pipe.txt"] = "regular file"
    expected[special / "broken_link.md"] = "no such file"
    expected[special / "self_loop.txt"] = "symbolic links"
    return expected


def remove_tree(folder: Path) -> None:
    if folder.exists():
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                path.chmod(0o644)
        shutil.rmtree(folder, ignore_errors=True)
