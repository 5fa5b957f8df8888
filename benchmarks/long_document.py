"""Benchmark extraction on one long document: is its time linear in the document's length?

Generated documents (benchmarks/generate_corpus.py) are cleaned, and the first N of them in English are joined
into one text, which is extracted as one document; the same N documents are extracted one by one. A ratio near
1 means the time grows with the text; a ratio growing with N means it grows faster (a long page scraped whole,
up to --max-bytes, would approach the time limit). CPU seconds of this process, the least of --rounds runs.
With --developments each document ends with a "Recent Developments" list whose items name its bold phrases (a
news page of many press releases has one per release).

    python benchmarks/long_document.py --sizes 50 200 800 [--developments]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from loaders.clean import CleanDocument, clean
from loaders.decode import decode
from loaders.extract.document import extract_document


def generated(n: int, seed: int, work: Path) -> list[CleanDocument]:
    """The English ones of `n` generated documents, cleaned."""
    generator = Path(__file__).with_name("generate_corpus.py")
    subprocess.run(
        [sys.executable, str(generator), "--n", str(n), "--out", str(work), "--seed", str(seed), "--jobs", "2"],
        check=True,
        capture_output=True,
    )
    docs = [clean(decode(path.read_bytes()).text, path.suffix) for path in sorted((work / "docs").iterdir())]
    return [doc for doc in docs if doc.language == "en"]


def with_developments(doc: CleanDocument) -> CleanDocument:
    """`doc` ending with a list of dated developments, each item naming one of its first three bold phrases."""
    items = [
        f"In May 2024, the new product range developed under the {phrase} brand reached customers in several "
        "regions, with capacity added at two plants."
        for phrase in doc.bold[:3]
    ]
    text = "\n".join([doc.text, "", "Recent Developments", *items, ""])
    return replace(doc, text=text)


def joined(docs: list[CleanDocument]) -> CleanDocument:
    return CleanDocument(
        text="\n\n".join(doc.text for doc in docs),
        format="text",
        bold=[phrase for doc in docs for phrase in doc.bold],
        links=[link for doc in docs for link in doc.links],
        language="en",
    )


def least_cpu(work: list[CleanDocument], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for doc in work:
            extract_document(doc)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 800], help="documents joined into one")
    parser.add_argument("--seed", type=int, default=42, help="seed of the generated corpus")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each measurement (the least is kept)")
    parser.add_argument(
        "--developments", action="store_true", help='end each document with a "Recent Developments" list'
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="long-document-") as tmp:
        # about two thirds of generated documents are in English
        docs = generated(max(args.sizes) * 3 // 2 + 10, args.seed, Path(tmp))
    if args.developments:
        docs = [with_developments(doc) for doc in docs]
    print(f"{'documents':>10} {'MB':>6} {'one by one (s)':>15} {'as one (s)':>11} {'ratio':>6} {'ms per 100 KB':>14}")
    for n in args.sizes:
        part = docs[:n]
        one = joined(part)
        separately, together = least_cpu(part, args.rounds), least_cpu([one], args.rounds)
        size = len(one.text.encode())
        print(
            f"{len(part):>10,} {size / 1e6:>6.2f} {separately:>15.2f} {together:>11.2f} "
            f"{together / separately:>6.2f} {together / (size / 1e5) * 1000:>14.1f}"
        )


if __name__ == "__main__":
    main()
