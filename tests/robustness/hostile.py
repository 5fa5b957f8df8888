"""Hostile texts that grow on demand, and the time the whole pipeline takes on them."""

from __future__ import annotations

import time
from collections.abc import Callable

from loaders.clean import clean
from loaders.decode import decode
from loaders.extract.document import extract_document

# name -> (extension, text of "size" n, base n: big enough to measure, small enough to stay quick at 10n)
HOSTILE: dict[str, tuple[str, Callable[[int], str], int]] = {
    "'USD ' repeated": (".txt", lambda n: "The Widget Market " + "USD " * n, 4_000),
    "digits and dots": (".txt", lambda n: "Market size " + "1." * n, 20_000),
    "one long number": (".txt", lambda n: "The Widget Market is worth USD " + "9" * n, 20_000),
    "one long capitalised word": (".txt", lambda n: "The " + "A" * n + " Market", 5_000),
    "capitalised words": (".txt", lambda n: "Alpha " * n + "growth", 2_000),
    # base above 2 x MAX_SENTENCE characters: a sentence looked for around each amount or rate spans the whole
    # line up to that window, so a shorter base measures the window filling up, not how the time grows past it
    "money on one line": (".txt", lambda n: "The Widget Market was " + "USD 1 billion, " * n, 300),
    "growth rates on one line": (".txt", lambda n: "The Widget Market CAGR of 5% " * n, 150),
    "abbreviations": (".txt", lambda n: "Sales in the U.S. " * n, 250),
    "spaces": (".txt", lambda n: "Widget" + " " * n + "Market", 200_000),
    "inline bullets": (".txt", lambda n: "Key facts " + " • x" * n, 5_000),
    "parentheses": (".txt", lambda n: "(Alpha) " * n + "Market", 2_000),
    "player list": (".txt", lambda n: "Key players include " + "Acme Corp, " * n, 1_000),
    "region shares": (".txt", lambda n: "North America held a 40% share. " * n, 150),
    "justified lines": (".txt", lambda n: "The  widget  market  grew  as  demand  rose  again.\n" * n, 100),
    "justified lines set in": (".txt", lambda n: "  The  widget  market  grew  as  demand  rose  again.\n" * n, 100),
    "lines of two cells out of line": (
        ".txt",
        lambda n: "".join("X" * (10 + 7 * i % 40) + "  Widget\n" for i in range(n)),
        200,
    ),
    "a rule's dashes run into a word": (".txt", lambda n: "Base year  2024\n" + "-" * n + "x\n", 10_000),
    "rules and bars that make no table": (".txt", lambda n: "Widget Market\n" + "|-----|\n" * n, 2_000),
    "a table ruled and barred": (".txt", lambda n: "+----+----+\n" + "| Acme Corp | 12 |\n" * n + "+----+\n", 500),
    "quoted lines of every depth": (
        ".txt",
        lambda n: "".join("> " * (k % 4 + 1) + "the widget market grew again this year\n" for k in range(n)),
        1_000,
    ),
    "chinese lines wrapped at a width": (
        ".txt",
        lambda n: ("中国换电服务市场规模为186.4亿元同比增长" * 2 + "\n") * n,
        500,
    ),
    "chinese sizes on one line": (
        ".txt",
        lambda n: "中国换电服务市场简报\n中国换电服务市场规模为186.4亿元。" + "我们预计2025年市场规模约为245亿元。" * n,
        300,
    ),
    "slide marks": (
        ".txt",
        lambda n: "".join(f"--- Slide {k % 999} / 999 ---\nWidget market {k}\n" for k in range(n)),
        2_000,
    ),
    "comma-separated lines": (
        ".txt",
        lambda n: (
            "Widget market\n\nyear,value_usd_mn,yoy_pct\n" + "".join(f"{k % 30},{k},{k % 9}.5\n" for k in range(n))
        ),
        2_000,
    ),
    "comma-separated lines of changing widths": (".txt", lambda n: "Widget market\n" + "a,b,c\nd,e,f,g\n" * n, 2_000),
    "nested html": (".html", lambda n: "<div>" * n + "Widget Market" + "</div>" * n, 20_000),
    "unclosed tags": (".html", lambda n: "<a " * n + "Widget", 100_000),
    "markdown emphasis": (".md", lambda n: "**" * n + "Widget Market", 4_000),
}


def pipeline_seconds(extension: str, text: str) -> float:
    """Wall time of decode, clean and extract on `text` (rejections count: they are the pipeline's answer)."""
    start = time.perf_counter()
    try:
        doc = clean(decode(text.encode("utf-8")).text, extension)
        extract_document(doc)
    except ValueError:
        pass
    return time.perf_counter() - start


def growth(name: str, runs: int = 5) -> tuple[float, float]:
    """Least time at the base size and at 10x the base size, measured in the same run. The least of several
    runs, not their median: other work on the machine only ever adds time, and a burst of it once slowed all
    three runs of a 30 ms measurement to 107 ms."""
    extension, make, n = HOSTILE[name]
    small, big = make(n), make(10 * n)
    pipeline_seconds(extension, small)  # warm caches (region index, compiled patterns)
    t_small = min(pipeline_seconds(extension, small) for _ in range(runs))
    t_big = min(pipeline_seconds(extension, big) for _ in range(runs))
    return t_small, t_big
