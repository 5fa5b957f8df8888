"""Segments of documents written in Chinese: the items listed under a heading "按类型：" ("by type") a line each,
or after "按应用分为" ("divided by application into") in one sentence, separated by "、".

Only dimensions named in DIMENSIONS are read, as their English names (the dimensions of segments in every
language); a region ("按地区") is coverage, read by the regions, and any other "按…" is prose.
"""

from __future__ import annotations

import re

from loaders.extract.model import SegmentMention
from loaders.extract.text import evidence

DIMENSIONS = {
    "类型": "type",
    "产品类型": "type",
    "种类": "type",
    "产品": "product",
    "应用": "application",
    "应用领域": "application",
    "终端应用": "application",
    "最终用户": "end user",
    "终端用户": "end user",
    "最终用途": "end use",
    "技术": "technology",
    "组件": "component",
    "材料": "material",
    "服务": "service",
    "渠道": "distribution channel",
    "销售渠道": "distribution channel",
    "分销渠道": "distribution channel",
    "部署": "deployment",
    "部署模式": "deployment",
    "形态": "form",
    "来源": "source",
    "企业规模": "organization size",
}
_DIMENSION = "|".join(sorted(DIMENSIONS, key=len, reverse=True))
# "按类型:", "按产品类型划分：", "按照应用领域": a line of its own.
HEADING = re.compile(rf"^按照?\s*(?P<dim>{_DIMENSION})\s*(?:划分|细分|分类|分)?\s*[:：]?$")
# "按应用分为运输、便携和固定三类": the items in the same sentence.
INLINE = re.compile(
    rf"按照?\s*(?P<dim>{_DIMENSION})\s*可?(?:划分|细分|分)为\s*[:：]?\s*(?P<items>[^，,。；;！？!?\n]{{2,300}})"
)
# The word that joins the last item of a list to the others.
LAST_ITEM = re.compile(r"以及|及|和")
# The words that close a list rather than name an item: "等", "三类", "等四种".
LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+(?:个|种|类|大类))?\s*$")
# A line that ends a heading's list: any other "按…" heading, or prose (a clause mark, or too long for a name).
PROSE = re.compile(r"[，,。；;！？!?：:]")
MAX_ITEM = 30
MAX_ITEMS = 30


def extract_segments_zh(text: str) -> list[SegmentMention]:
    """Segments listed under a Chinese dimension heading, a line each, and those listed after "按…分为"."""
    out: list[SegmentMention] = []
    seen: set[tuple[str, str]] = set()

    def add(dim: str, name: str, start: int) -> None:
        key = (DIMENSIONS[dim], name)
        if not name or len(name) > MAX_ITEM or key in seen:
            return
        seen.add(key)
        end = start + len(name)
        out.append(
            SegmentMention(
                start,
                end,
                evidence(text, start, end),
                dimension=DIMENSIONS[dim],
                dimension_as_written=dim,
                segment_name=name,
            )
        )

    lines = _lines(text)
    for i, (_, line) in enumerate(lines):
        heading = HEADING.match(line) if line.startswith("按") else None
        if heading is None:
            continue
        for item_start, item in lines[i + 1 : i + 1 + MAX_ITEMS]:
            if item.startswith("按") or len(item) > MAX_ITEM or PROSE.search(item):
                break
            add(heading.group("dim"), item, item_start)
    for match in INLINE.finditer(text):
        for name, start in _items(match.group("items"), match.start("items")):
            add(match.group("dim"), name, start)
    return sorted(out, key=lambda s: s.char_start)


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    """The names listed in `items` (which starts at `offset`) with where each starts: separated by "、", the last
    joined by "和", "及" or "以及", the list's closing words ("等", "三类") left out."""
    items = LIST_TAIL.sub("", items)
    pieces: list[tuple[str, int]] = []
    position = 0
    for piece in items.split("、"):
        pieces.append((piece, position))
        position += len(piece) + 1
    last, at = pieces[-1]
    joined = LAST_ITEM.search(last)
    if joined and joined.start() > 0:
        pieces[-1:] = [(last[: joined.start()], at), (last[joined.end() :], at + joined.end())]
    return [(piece.strip(), offset + at + len(piece) - len(piece.lstrip())) for piece, at in pieces if piece.strip()]


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's non-empty lines, stripped, with where each starts."""
    out: list[tuple[int, str]] = []
    position = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            out.append((position + raw.find(line[0]), line))
        position += len(raw) + 1
    return out
