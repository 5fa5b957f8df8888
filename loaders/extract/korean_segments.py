"""Segments of documents written in Korean (read through the glossary, loaders.extract.glossary): the items a
sentence lists before the verb that divides the market, after the dimension it divides it by: "서비스 유형별로 시장은
△공정 개발 △임상용 생산 △상업용 생산으로 나뉜다", "품목별로는 기초화장품, 색조화장품, 선케어, 헤어·바디 제품으로
구분된다" ("by service type, the market divides into …").

A dimension in DIMENSIONS is read as its English name (the segments' dimensions in every language), any other as
written; a region or a country ("지역별", "국가별") is coverage, read by the regions.
"""

from __future__ import annotations

import re

from loaders.extract.chinese_segments import add_segment
from loaders.extract.model import SegmentMention

DIMENSIONS = {
    "유형": "type",
    "제품 유형": "type",
    "서비스 유형": "service type",
    "적용 분야": "application",
    "응용 분야": "application",
    "용도": "application",
    "제품": "product",
    "품목": "product",
    "서비스": "service",
    "채널": "distribution channel",
    "판매 채널": "distribution channel",
    "유통 채널": "distribution channel",
    "최종 사용자": "end user",
    "기술": "technology",
    "임상 단계": "stage",
}
NOT_SEGMENTS = ("지역", "국가", "도시", "권역")
# "서비스 유형별로 시장은 △A △B △C로 나뉜다", "품목별로는 A, B, C, D 제품으로 구분된다", "제품 유형별로 'A'랑 'B'로
# 나눈다": the dimension, then (after a few words: "시장은", "밀키트를") the items, then the verb that divides.
INLINE = re.compile(
    r"(?P<dim>[\uac00-\ud7a3]{1,6}(?: [\uac00-\ud7a3]{1,6})?)별\**\s?로(?:는|도)?\s?"
    r"(?:[^.。\n△▲,]{0,24}?\s)??(?P<items>[△▲'‘\w](?:[^.。\n]|\.(?=\d)){1,300}?)\s?(?:으로|로)\s?"
    r"(?:세분|분류|구분|나뉘|나뉜|나뉩|나눈|나누|나눠|나눴)"
)
MARK = re.compile(r"[△▲]")
# The marks and words between items: "△", ", ", "랑" ('A'랑 'B'), "와"/"과" after a quote.
ITEM_SEPARATOR = re.compile(r"\s?[△▲]\s?|,\s?|(?<=['’])(?:랑|와|과|및)\s")
# The words that close a list: "등", "등의", "의 세 가지", "네 가지".
LIST_TAIL = re.compile(r"\s?(?:等|등)?의?\s?(?:(?:[두세네]|다섯|여섯|\d{1,2})\s?(?:가지|개|종류)(?:\s?유형)?)?$")


def extract_segments_ko(text: str) -> list[SegmentMention]:
    """Segments listed in a Korean sentence after "…별로" and before the verb that divides the market."""
    out: list[SegmentMention] = []
    seen: set[tuple[str, str]] = set()
    for match in INLINE.finditer(text):
        written = match.group("dim")
        if written.endswith(NOT_SEGMENTS):
            continue
        dimension = DIMENSIONS.get(written, written)
        items, offset = match.group("items"), match.start("items")
        marked = MARK.search(items)
        if marked:  # "시장은 △A △B": the items open at the first mark
            items, offset = items[marked.start() :], offset + marked.start()
        for piece in _pieces(items):
            name = LIST_TAIL.sub("", piece.strip()).strip(" '‘’\"")
            add_segment(text, out, seen, dimension, written, name, text.find(name, offset))
    return out


def _pieces(items: str) -> list[str]:
    """The items of a list, split at its marks ("△A △B", "A, B, C"); none when it holds one item only."""
    pieces = [piece for piece in ITEM_SEPARATOR.split(items) if piece.strip()]
    return pieces if len(pieces) > 1 else []
