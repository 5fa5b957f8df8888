"""Markdown rendering: the same HTML as cmark-gfm's own wrapper, without the memory it never frees."""

from __future__ import annotations

import cmarkgfm
import psutil
from cmarkgfm.cmark import Options

from loaders.markdown import markdown_to_html
from tests.conftest import REAL_DOCS

# 2,000 renders of the longest real page: cmarkgfm's own wrapper keeps every parse (~770 MB here).
RENDERS = 2_000
GROWTH_LIMIT_MB = 25


def _wrapper_html(markdown: str) -> str:
    return cmarkgfm.markdown_to_html_with_extensions(markdown, options=Options.CMARK_OPT_UNSAFE, extensions=["table"])


def test_same_html_as_the_library_wrapper_on_every_real_document() -> None:
    pages = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(REAL_DOCS.glob("*.md"))]
    assert len(pages) > 90
    for page in pages:
        assert markdown_to_html(page) == _wrapper_html(page)


def test_tables_and_raw_html_are_rendered() -> None:
    html = markdown_to_html("| Region | Share |\n|---|---|\n| Europe | 31% |\n\n<div>kept</div>\n")
    assert "<td>Europe</td>" in html and "<div>kept</div>" in html


def test_memory_does_not_grow_with_the_number_of_renders() -> None:
    page = max((path.read_text(encoding="utf-8", errors="replace") for path in REAL_DOCS.glob("*.md")), key=len)
    process = psutil.Process()
    markdown_to_html(page)
    before = process.memory_info().rss
    for _ in range(RENDERS):
        markdown_to_html(page)
    growth_mb = (process.memory_info().rss - before) / 2**20
    assert growth_mb < GROWTH_LIMIT_MB, f"RSS grew by {growth_mb:.0f} MB over {RENDERS} renders"
