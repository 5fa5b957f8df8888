"""Segments of documents written in Chinese: the items listed under a heading "按类型：" ("by type"; Taiwan's "依类型")
a line each, or after "按应用分为" ("divided by application into") in one sentence, separated by "、".

Only dimensions named in DIMENSIONS are read, as their English names (the dimensions of segments in every
language); a region ("按地区") is coverage, read by the regions, and any other "按…" is prose.
"""

from __future__ import annotations

import re

from loaders.extract.model import SegmentMention
from loaders.extract.text import evidence, last_match, stripped_lines

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
    "场景": "application",
    "阶段": "stage",
    "环节": "stage",  # a step of the value chain: "按环节，行业可分为封装和测试"
    "机型": "type",
    "节点": "node",  # "依制程节点：7奈米以下、10至16奈米…"
    "车型": "vehicle type",
    "模式": "model",  # "按运营模式划分，可分为车企主导模式、…"
    "尺寸": "size",
    "用途": "application",  # Japanese: "用途別"
    "车种": "vehicle type",  # Japanese: "車種別"
}
KNOWN_LONGEST_FIRST = sorted(DIMENSIONS, key=len, reverse=True)
# A dimension as written: one of DIMENSIONS, after a few characters that narrow it ("电解质类型", "电池形态").
_WRITTEN = rf"[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(KNOWN_LONGEST_FIRST)})"
_DIMENSION = rf"(?P<dim>{_WRITTEN})"
# A heading's number: "1. ", "2、", "（1）".
NUMBER = r"\d{1,2}[.、)]\s*|[（(]\d{1,2}[)）]\s*"
# "按类型:", "按产品类型划分：", "按照应用领域", "1. 按应用场景划分：…": a line of its own; or with its items after the
# colon, up to the sentence's end ("按电解质类型划分：聚合物固态电池、氧化物固态电池。…").
HEADING = re.compile(
    rf"^(?:{NUMBER})?(?:按照?|依)\s*{_DIMENSION}\s*(?:划分|细分|分类|分)?\s*"
    rf"(?:[:：]\s*(?P<items>[^。；;！？!?\n]{{2,300}})(?:[。；;].*)?)?[:：]?$"
)
# Japanese "用途別：ビューカメラ、センシングカメラ、…" (read in simplified characters): the dimension, "by", its items.
HEADING_JA = re.compile(rf"^{_DIMENSION}别\s*[:：]\s*(?P<items>[^。；;！？!?\n]{{2,300}})$")
# A sentence that ends in a colon, its list in the lines after it: "从应用场景看，无人机物流可分为：".
LIST_INTRO = re.compile(
    rf"^(?:(?:按照?|依)\s*{_DIMENSION}|从(?P<dim2>{_WRITTEN})来?看)[^。\n]{{0,30}}?"
    r"(?:(?:划分|细分|分)为|[，,][^。\n]{0,10}?包括)\s*[:：]$"  # "按应用领域划分，市场主要包括："
)
# A numbered line's number and its closing mark: "（1）消费电子；".
ITEM_NUMBER = re.compile(rf"^(?:{NUMBER})")
ITEM_END = ("；", "。")
# "按应用分为运输、便携和固定三类", "从产品类型看，预制菜可分为即食类、即热类和即烹类": the items in the same sentence.
INLINE = re.compile(
    rf"(?:(?:按照?|依)\s*{_DIMENSION}\s*(?:(?:划分|分类)?[，,]\s*[^，,。；;\n]{{0,20}}?|则)?|从(?P<dim2>{_WRITTEN})来?看[，,]\s*[^，,。；;\n]{{0,20}}?)"
    r"可?(?:划分|细分|分)为\s*[:：]?\s*(?P<items>[^，,。；;！？!?\n]{2,300})"
)
# A note in parentheses that lists what an item includes: "新分子类型CDMO（包括ADC、多肽、寡核苷酸等）".
INCLUDING_NOTE = re.compile(r"[（(](?:包括|包含|含|如|例如)[^（）()]*[）)]")
# The word that joins the last item of a list to the others.
LAST_ITEM = re.compile(r"以及|及(?!以[上下])|和")  # not "40奈米及以上" ("and above")
# The words that close a list rather than name an item: "等", "三类", "等四种", "四个阶段".
LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+(?:个|种|类|大类)(?:阶段|环节|类型|领域)?)?\s*$")
# A line that ends a heading's list: any other "按…" heading, or prose (a clause mark, or too long for a name).
PROSE = re.compile(r"[，,。；;！？!?：:]")
MAX_ITEM = 30
MAX_ITEMS = 30
MAX_LINE = 200


def extract_segments_zh(text: str) -> list[SegmentMention]:
    """Segments listed under a Chinese dimension heading, a line each, and those listed after "按…分为"."""
    out: list[SegmentMention] = []
    seen: set[tuple[str, str]] = set()

    def add(dim: str, name: str, start: int) -> None:
        dimension = next(DIMENSIONS[known] for known in KNOWN_LONGEST_FIRST if dim.endswith(known))
        add_segment(text, out, seen, dimension, dim, name, start)

    lines = stripped_lines(text)
    for i, (line_start, line) in enumerate(lines):
        heading = HEADING.match(line) if "按" in line[:6] or "依" in line[:6] else None
        heading = heading or (LIST_INTRO.match(line) if line.endswith((":", "：")) else None)
        heading = heading or (HEADING_JA.match(line) if "别" in line[:8] else None)
        if heading is None:
            continue
        groups = heading.groupdict()
        if groups.get("items"):
            listed = [(heading.group("items"), line_start + heading.start("items"))]
        else:  # a line each (or a table's cell of them, "医院、门诊手术中心、其他"), up to prose or another heading
            listed = []
            for item_start, item in lines[i + 1 : i + 1 + MAX_ITEMS]:
                if number := ITEM_NUMBER.match(item):  # "（2）新能源（锂电池、光伏）；": its name
                    end = len(item) - 1 if item.endswith(ITEM_END) else len(item)
                    item, item_start = item[number.end() : end], item_start + number.end()
                if item.startswith(("按", "依")) or len(item) > MAX_LINE or PROSE.search(item):
                    break
                listed.append((item, item_start))
        for items, items_start in listed:
            for name, start in _items(items, items_start, whole=not groups.get("items")):
                add(groups.get("dim") or groups["dim2"], name, start)
    for match in INLINE.finditer(text):
        dim = match.group("dim") or match.group("dim2")
        for name, start in _items(match.group("items"), match.start("items")):
            add(dim, name, start)
    return sorted(out, key=lambda s: s.char_start)


def add_segment(
    text: str,
    out: list[SegmentMention],
    seen: set[tuple[str, str]],
    dimension: str,
    written: str,
    name: str,
    start: int,
) -> None:
    """Add the segment `name` at `start` of `dimension` (as `written`) to `out`, unless empty, too long for a name, or
    in `seen` already."""
    if not name or len(name) > MAX_ITEM or (dimension, name) in seen:
        return
    seen.add((dimension, name))
    end = start + len(name)
    out.append(
        SegmentMention(
            start, end, evidence(text, start, end), dimension=dimension, dimension_as_written=written, segment_name=name
        )
    )


def _items(items: str, offset: int, whole: bool = False) -> list[tuple[str, int]]:
    """The names listed in `items` (which starts at `offset`) with where each starts: separated by "、", the last
    joined by "和", "及" or "以及", the list's closing words ("等", "三类") left out. A line of a list (`whole`) that
    holds no "、" is one name: "海岛及山区运输"."""
    items = LIST_TAIL.sub("", INCLUDING_NOTE.sub(lambda m: " " * len(m.group(0)), items)).rstrip()
    pieces: list[tuple[str, int]] = []
    position = depth = 0
    for k, ch in enumerate(items + "、"):
        depth += (ch in "（(") - (ch in "）)")
        if ch == "、" and depth <= 0:  # "末端即时配送（外卖、商超）" is one item
            pieces.append((items[position:k], position))
            position = k + 1
    last, at = pieces[-1]
    # the last joining word: "牙线及牙间清洁产品和其他" is "牙线及牙间清洁产品" and "其他"
    joined = last_match(LAST_ITEM, last) if len(pieces) > 1 or not whole else None
    if joined and joined.start() > 0:
        pieces[-1:] = [(last[: joined.start()], at), (last[joined.end() :], at + joined.end())]
    return [(piece.strip(), offset + at + len(piece) - len(piece.lstrip())) for piece, at in pieces if piece.strip()]
