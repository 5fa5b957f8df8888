"""Chinese documents: listed companies named by stock code or by how their shares moved, the broker or research
firm a forecast comes from, the years a growth rate runs from and to, and figures stated for a share of a market."""

from __future__ import annotations

import json

from loaders.cjk_reflow import columns, unwrap_cjk
from loaders.clean import CleanDocument, clean
from loaders.decode import decode
from loaders.extract.chinese import (
    extract_companies_zh,
    extract_growth_zh,
    extract_market_zh,
    extract_publisher_zh,
    extract_sizes_zh,
)
from loaders.extract.chinese_segments import extract_segments_zh
from loaders.extract.model import CompanyMention, DocumentFacts, RegionMention
from loaders.extract.regions import load_index
from loaders.extract.tables import _year as table_year
from loaders.extract.traditional import is_traditional, simplified, written_back
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT
from tests.loaders.real_text import cleaned

WRITTEN = REPO_ROOT / "tests" / "written" / "docs"

# Market reports on Chinese listed companies: stocks named with their codes, or by how they moved that day.
STOCK_REPORTS = (
    "bulwark_20250213A054V9.zh-CN.md",
    "bulwark_20250213A0755B.zh-CN.md",
    "bulwark_20250214A02JR3.zh-CN.md",
)


def _label(file_name: str) -> dict:
    return json.loads((REPO_ROOT / "tests" / "gold" / file_name.replace(".md", ".json")).read_text(encoding="utf-8"))


def test_listed_companies_of_real_market_reports_are_found_where_they_are_written() -> None:
    for name in STOCK_REPORTS:
        text = cleaned(name)
        found = extract_companies_zh(text)
        names = [c.company_name for c in found]
        assert len(names) == len(set(names)) >= 4, (name, names)
        assert set(names) <= set(_label(name)["companies"]), (name, names)  # nothing the labels leave out
        for company in found:
            assert text[company.char_start : company.char_end] == company.company_name
            assert company.company_name in company.evidence_text


def test_stock_codes_and_moves_name_companies_and_never_a_sector() -> None:
    text = (
        "昨日午后，新能源板块震荡走高，宁德时代(300750.SZ)、比亚迪（002594）与美团（3690.HK）均有成交放量。"
        "截至收盘，光伏概念整体上涨2.1%，阳光电源、隆基绿能涨停，通威股份涨超6%，晶科能源、天合光能等跟涨，"
        "其中爱旭股份15%涨停；储能板块涨停潮延续，多只个股涨停。"
    )
    found = [c.company_name for c in extract_companies_zh(text)]
    assert found == [
        "宁德时代",
        "比亚迪",
        "美团",
        "阳光电源",
        "隆基绿能",
        "通威股份",
        "晶科能源",
        "天合光能",
        "爱旭股份",
    ]


def test_the_firm_a_chinese_forecast_comes_from() -> None:
    for name, firm in (
        ("bulwark_20250212A01QG6.zh-CN.md", "中信证券"),  # "中信证券研报认为…", "中信证券预计…"
        ("bulwark_20250213A054V9.zh-CN.md", "千际投行"),  # "据千际投行预测…"
        ("bulwark_20250213A0755B.zh-CN.md", "光大证券"),  # "光大证券研报称…"
    ):
        found = extract_publisher_zh(cleaned(name))
        assert found is not None and found.value_text == firm == _label(name)["publisher"], name
    for text, firm in (
        ("此外，华泰证券认为行业景气度将持续。", "华泰证券"),
        ("对此，根据中金研究院测算，市场空间广阔。", "中金研究院"),
        ("来源：天风证券", "天风证券"),
    ):
        found = extract_publisher_zh(text)
        assert found is not None and found.value_text == firm, text
    assert extract_publisher_zh("国内证券市场预计将迎来反弹。") is None


def test_a_growth_rate_takes_the_years_its_sentence_runs_from_and_to() -> None:
    payments = extract_growth_zh(cleaned("bulwark_20250213A054V9.zh-CN.md"), "跨境支付")
    # "从2017年以来，…从不到0.5万亿元增长到2022年的1.98万亿元，复合增长率超过了30%"; "未来五年跨境支付行业的年复合…"
    assert [(g.rate_low, g.start_year, g.end_year, g.scope) for g in payments] == [
        (30.0, 2017, 2022, "market"),
        (8.1, None, None, "market"),
    ]
    cooling = extract_growth_zh(cleaned("bulwark_20250214A02JR3.zh-CN.md"), "液冷服务器")
    assert [(g.rate_low, g.start_year, g.end_year) for g in cooling] == [(50.0, None, 2025)]
    stated = extract_growth_zh("预计2024-2030年全球储能市场年复合增长率为21%，到2035年将保持增长。", "储能")
    assert [(g.start_year, g.end_year) for g in stated] == [(2024, 2030)]  # the span written with it comes first


def test_a_figure_for_a_share_of_a_market_is_not_the_market_s() -> None:
    text = cleaned("bulwark_20250212A01QG6.zh-CN.md")
    # "国内厂商有望获得15%的高端PCB铜箔市场份额，对应54亿元的市场规模，对应2023—2030年CAGR为42%"
    assert not any(s.money.reported_value == 5400 for s in extract_sizes_zh(text, "高端PCB铜箔"))  # in millions
    assert not any(g.rate_low == 42 for g in extract_growth_zh(text, "高端PCB铜箔"))
    own = "预计2030年我国储能市场规模达到5000亿元。龙头企业有望获得30%的储能市场份额，对应1500亿元的市场规模。"
    assert [s.money.reported_value for s in extract_sizes_zh(own, "储能")] == [500_000]


def test_the_stock_reports_load_with_their_companies_and_publisher() -> None:
    record = process_file(REAL_DOCS / "bulwark_20250214A02JR3.zh-CN.md", 10**8)
    assert record.status == "loaded" and record.language == "zh"
    assert {c.company_name for c in record.facts.companies} == set(_label(record.file_name)["companies"])


def test_a_market_size_grown_year_on_year_is_that_year_s_growth() -> None:
    computing = extract_growth_zh(cleaned("bulwark_20250214A03C1F.zh-CN.md"), "中国人工智能算力")
    # "2024年中国人工智能算力市场规模达到190亿美元，2025年将达到259亿美元，同比增长36.2%"
    assert (36.2, None, 2025, "market") in [(g.rate_low, g.start_year, g.end_year, g.scope) for g in computing]
    own = (
        "2024年全球储能市场规模达到500亿美元，同比增长25%。"
        "储能市场龙头企业营收同比增长了40%。"  # a company's revenue in the market, not the market's size
        "储能市场出货量同比增长60%。"  # a volume
    )
    assert [(g.rate_low, g.start_year, g.end_year) for g in extract_growth_zh(own, "储能")] == [(25.0, None, 2024)]


def test_a_figure_stated_bare_after_the_main_market_is_the_main_market_s() -> None:
    text = cleaned("bulwark_20250212A01QG6.zh-CN.md")
    # "预计2023—2030年全球高端PCB铜箔的需求CAGR有望达到10%，2030年市场规模达到360亿元"
    assert (36_000, 2030, "market") in [
        (s.money.reported_value, s.reference_year, s.scope) for s in extract_sizes_zh(text, "高端PCB铜箔")
    ]
    assert (10.0, 2023, 2030, "market") in [
        (g.rate_low, g.start_year, g.end_year, g.scope) for g in extract_growth_zh(text, "高端PCB铜箔")
    ]
    own = (
        "预计2024-2030年全球储能电池的需求CAGR有望达到20%，2030年市场规模达到8000亿元。"
        "储能电池龙头企业利润CAGR为35%。"  # a company's profit
        "储能电池价格降至0.5元。"  # a price, no size named
        "光伏组件出口规模达到300亿元。"  # not the main market
    )
    assert [(s.money.reported_value, s.reference_year) for s in extract_sizes_zh(own, "储能电池")] == [(800_000, 2030)]
    assert [(g.rate_low, g.end_year) for g in extract_growth_zh(own, "储能电池")] == [(20.0, 2030)]


def test_segments_listed_under_a_dimension_heading_or_after_divided_into() -> None:
    """A real report's lists under "按类型:", "按应用:", "按最终用户:" are its labelled segments, by the dimensions'
    English names (its "按地区:" list is coverage, not segments); a sentence "按…分为A、B和C三类" lists its
    segments, without the closing words, and prose that names dimensions lists none."""
    name = next(p.name for p in REAL_DOCS.glob("datadriveninvestor-blog-zh-*_fuel-cells-market-*.md"))
    text = cleaned(name)
    found = extract_segments_zh(text)
    assert {(s.dimension, s.segment_name) for s in found} == {
        (dimension, segment) for dimension, names in _label(name)["segments"].items() for segment in names
    }
    assert all(text[s.char_start : s.char_end] == s.segment_name for s in found)
    assert {s.dimension_as_written for s in found} == {"类型", "应用", "最终用户"}
    sentence = "该市场按应用分为运输、便携式设备和固定式发电三类，其中运输占比最大。按产品类型划分为A型以及B型等。"
    assert [(s.dimension, s.segment_name) for s in extract_segments_zh(sentence)] == [
        ("application", "运输"),
        ("application", "便携式设备"),
        ("application", "固定式发电"),
        ("type", "A型"),
        ("type", "B型"),
    ]
    assert (
        extract_segments_zh("报告按照类型、应用、最终用户和地区对燃料电池市场进行了分类。\n按地区:\n亚太\n欧洲") == []
    )
    listed = extract_segments_zh(
        "按技术:\n固态电池\n液流电池\n预计固态电池将在预测期内增长最快，占比超过一半。\n钠电池"
    )
    assert [s.segment_name for s in listed] == ["固态电池", "液流电池"]
    loaded = process_file(REAL_DOCS / name, 10**8).facts.segments
    assert {s.segment_name for s in loaded} == {s.segment_name for s in found}


def _written(name: str) -> tuple[set[str], list[str]]:
    """(companies found in a written Chinese document; its labelled companies)."""
    path = REPO_ROOT / "tests" / "written" / "docs" / name
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    label = json.loads((REPO_ROOT / "tests" / "written" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return found, label["companies"]


def test_chinese_player_lists_a_line_each_after_you_and_not_kinds_of_company() -> None:
    """Written documents (tests/written): "报告列出的主要企业包括：" then a name a line; "主要企业有：A、B…";
    "参与者包括速冻食品企业、餐饮企业、水产及畜禽养殖加工企业和新兴品牌等" names kinds of company, none; a note
    in parentheses inside a name stays ("清陶（昆山）能源发展股份有限公司"); "主要趋势包括：" lists trends."""
    endoscopes, labelled = _written("wc30-medical-endoscopes-market.zh-CN.md")
    assert endoscopes == set(labelled) - {"深圳瑞影医疗科技有限公司"}  # named in a sentence only, not listed
    dishes, labelled = _written("wc29-china-prepared-dishes-market.zh-CN.txt")
    assert dishes == set(labelled)
    batteries, labelled = _written("wc28-china-solid-state-battery-market.zh-CN.md")
    assert batteries == set(labelled)
    assert extract_companies_zh("未来五年的主要趋势包括：智能化、轻量化和平台化。") == []
    cut = extract_companies_zh("主要企业包括：甲乙（昆山、苏州）能源、比亚迪股份有限公司。")
    assert [c.name_as_written for c in cut] == ["比亚迪股份有限公司"]  # no piece of a note cut at its "、"


def test_chinese_segments_of_written_documents() -> None:
    """Written documents (tests/written): "按电解质类型划分：A、B、C" (a narrowed dimension, its segments
    after the colon); a table's rows "| 按产品 | A、B、C |"; "从产品类型看，预制菜可分为A、B、C和D四大类" and
    "从销售渠道看，…分为B端和C端"."""
    for name in (
        "wc28-china-solid-state-battery-market.zh-CN.md",
        "wc30-medical-endoscopes-market.zh-CN.md",
        "wc29-china-prepared-dishes-market.zh-CN.txt",
    ):
        path = REPO_ROOT / "tests" / "written" / "docs" / name
        found = {s.segment_name for s in process_file(path, 10**8).facts.segments}
        label = json.loads((REPO_ROOT / "tests" / "written" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert found == {segment for names in label["segments"].values() for segment in names}, name


def test_a_chinese_range_of_rates_is_one_rate_from_low_to_high() -> None:
    """ "2025-2031年年均复合增长率在5.2%—5.9%之间" (a written document): one rate, 5.2 to 5.9, 2025-2031."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w2-30-global-industrial-gases-market.zh-CN.md"
    rates = [(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in process_file(path, 10**8).facts.growth]
    assert (5.2, 5.9, 2025, 2031) in rates and not any(low == high == 5.2 for low, high, _, _ in rates)


def test_players_on_the_line_after_their_intro_and_in_a_table_of_shares() -> None:
    """Written documents: "主要企业包括：" with the names on the next line parted by "、" (notes such as "（红牛）"
    left out); "主要包括外资品牌和本土企业两大阵营" names kinds of company; "主要企业有：" over a table "| 排名 |
    企业 | 份额 |" names its company column (without an English name in parentheses), not its header or its "其他"
    row."""
    drinks = {
        c.company_name
        for c in process_file(
            REPO_ROOT / "tests/written/docs/w3-29-china-functional-drinks.zh-CN.txt", 10**8
        ).facts.companies
    }
    assert {"东鹏饮料（集团）股份有限公司", "华彬集团", "可口可乐公司"} <= drinks
    cobots = {
        c.company_name
        for c in process_file(REPO_ROOT / "tests/written/docs/w3-28-china-cobots.zh-CN.md", 10**8).facts.companies
    }
    assert "优傲机器人" in cobots
    assert not cobots & {"外资品牌", "本土企业两大阵营", "排名", "其他", "优傲机器人（Universal Robots）"}


def test_figures_after_a_report_title_and_of_a_market_named_with_its_abbreviation() -> None:
    """Written documents: "…发布的《…投资机会研究报告》显示，2023年中国储能变流器市场规模约为182亿元" (the title's
    "投资" makes no company money of the figure) for the market "中国储能变流器（PCS）"; "较上年增长8.6%" is a year's
    growth as "同比增长" is."""
    pcs = process_file(REPO_ROOT / "tests/written/docs/w3-30-china-energy-storage-pcs.zh-CN.md", 10**8).facts
    assert {(18200.0, 2023), (24600.0, 2024), (31200.0, 2025)} <= {
        (s.money.reported_value, s.reference_year) for s in pcs.sizes if s.scope == "market"
    }
    assert (48.6, 2024, "market") in {(g.rate_low, g.end_year, g.scope) for g in pcs.growth}
    drinks = process_file(REPO_ROOT / "tests/written/docs/w3-29-china-functional-drinks.zh-CN.txt", 10**8).facts
    assert (8.6, 2024) in {(g.rate_low, g.end_year) for g in drinks.growth}


def test_chinese_segments_in_numbered_headings_sentences_and_lists_after_a_colon() -> None:
    """Written documents: "1. 按应用场景划分：工业制造、…、特种作业。2024年…" (a numbered heading, a
    sentence after its list); "按分子类型划分，中国医药CDMO市场可分为小分子CDMO、大分子CDMO和新分子类型CDMO
    （包括ADC、多肽…）" (the note of what an item includes is no item) and "…和商业化生产四个阶段";
    "从应用场景看，无人机物流可分为：" over a line each ("海岛及山区运输" one name, "末端即时配送（外卖、商超）"
    whole)."""

    def _written_segments(name: str) -> set[str]:
        path = REPO_ROOT / "tests" / "written" / "docs" / name
        return {s.segment_name for s in process_file(path, 10**8).facts.segments}

    found = _written_segments("w5-29-china-humanoid-robots.zh-CN.txt")
    assert {"工业制造", "特种作业", "双足人形机器人", "轮式人形机器人"} <= found
    found = _written_segments("w5-28-china-pharma-cdmo.zh-CN.md")
    assert {"小分子CDMO", "新分子类型CDMO", "临床前", "商业化生产"} <= found and "多肽" not in found
    found = _written_segments("w5-30-china-drone-logistics.zh-CN.md")
    assert {"末端即时配送（外卖、商超）", "海岛及山区运输", "多旋翼无人机", "垂直起降固定翼无人机（复合翼）"} <= found
    assert not {"海岛", "商超）", "末端即时配送（外卖"} & found


def test_chinese_players_after_such_as_in_a_list_of_kinds() -> None:
    """A written document: "参与者主要包括三类：一是物流及电商企业，如丰翼科技（顺丰旗下）、京东物流…；
    二是…，如迅蚁科技、…": "丰翼科技" and "迅蚁科技", not "如丰翼科技"."""
    found, _ = _written("w5-30-china-drone-logistics.zh-CN.md")
    assert {"丰翼科技", "迅蚁科技", "京东物流"} <= found and not any(name.startswith("如") for name in found)


def test_chinese_year_on_year_rates_in_a_table_and_against_a_named_year() -> None:
    """Written documents: a table "年份 | 中国医药CDMO市场规模（亿元） | 同比增速" gives each year's growth
    ("2020 | 561 | 18.9%"), once even where the text states it too ("2024年增长至约1,085亿元，同比增长12.8%");
    "2024年…规模约为27.6亿元，较2023年的11.8亿元增长133.9%" is the growth of 2024."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-28-china-pharma-cdmo.zh-CN.md"
    rates = [(g.rate_low, g.end_year) for g in process_file(path, 10**8).facts.growth]
    assert {(18.9, 2020), (22.6, 2021), (20.9, 2022), (15.6, 2023)} <= set(rates) and rates.count((12.8, 2024)) == 1
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-29-china-humanoid-robots.zh-CN.txt"
    assert (133.9, 2024) in {(g.rate_low, g.end_year) for g in process_file(path, 10**8).facts.growth}


def _wrapped_by_columns(text: str, width: int) -> str:
    """`text` wrapped at `width` columns, a Han character two, as a PDF's layout wraps it."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for character in paragraph:
            if columns(line + character) > width:
                lines.append(line)
                line = ""
            line += character
        lines.append(line)
    return "\n".join(lines)


def _filled(text: str, width: int) -> str:
    """`text` made long enough with "换" (and an "x" for an odd column) that its last line fills `width` columns."""
    text += "x" * (columns(text) % 2)
    return text + "换" * ((width - columns(text) % width) % width // 2)


def test_a_chinese_text_wrapped_at_a_width_reads_as_its_paragraphs() -> None:
    """A written brief converted from a PDF, wrapped every 34 characters ("…市场规模为186.4" / "亿元，同比增长38.2%…"):
    its paragraphs read whole, a table's source note set in under it stays apart from the next page's paragraph, and
    the headline under its banner ("澄观研究院 · 行业简报") names the market; the same paragraphs wrapped at 60 columns
    (a Han character two) read whole too."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-29-china-battery-swapping.zh-CN.txt"
    doc = clean(decode(path.read_bytes()).text, path.suffix)
    assert "市场规模为186.4亿元，同比增长38.2%，增速较2023年明显回落，但仍显著高于充电服务市场。" in doc.text
    assert "2030年将达到约900亿元，2025-2030年年均复合增长率在28%-32%之间。" in doc.text  # 34 characters, 55 columns
    assert "行业简报 2025年第17期\n" in doc.text  # a banner does not go on into the rule under it
    assert "整理及预测\n" in doc.text
    assert doc.title == "中国新能源汽车换电服务市场研究简报（2025）"
    paragraphs = [p for p in doc.text.split("\n\n") if len(p) > 80 and "\n" not in p]
    assert unwrap_cjk(_wrapped_by_columns("\n\n".join(paragraphs), 60)) == "\n\n".join(paragraphs)
    # paragraphs one under another, no blank line between: a sentence's end, a heading, a table's row set in, each
    # after a full line, stay apart
    cut = [_filled(p.rstrip("。"), 60) for p in paragraphs]  # each paragraph's last line full, no sentence's end
    for follower in ("二、市场格局", "  2024      186.4      38.2%"):
        text = "\n".join(_wrapped_by_columns(p, 60) + "\n" + follower for p in cut)
        assert unwrap_cjk(text).count(follower) == len(cut)
        assert unwrap_cjk(text).count("\n" + follower) == len(cut)
    ended = "\n".join(_wrapped_by_columns(_filled(p.rstrip("。"), 58) + "。", 60) for p in paragraphs)
    assert unwrap_cjk(ended).count("\n") >= len(paragraphs) - 1


def test_a_step_of_the_value_chain_is_a_dimension() -> None:
    """A written Chinese page: "按环节，行业可分为封装和测试" divides the industry by its steps."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-28-china-semiconductor-osat.zh-CN.md"
    found = {(s.dimension, s.segment_name) for s in process_file(path, 10**8).facts.segments}
    assert {("stage", "封装"), ("stage", "测试")} <= found


def test_the_companies_a_kind_of_player_is_represented_by() -> None:
    """A written Chinese page: "市场参与者主要分为三类：一是以小米集团（01810.HK）、华为、星纪魅族为代表的
    终端厂商；二是以雷鸟创新、Rokid（若琪）为代表的AR/XR厂商…" names the players; a real report's
    "以汇川技术、伟创等为代表的国内工控企业营收保持正增长" speaks of their results, not of the market's players."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-30-china-ai-glasses.zh-CN.html"
    found = {c.name_as_written for c in process_file(path, 10**8).facts.companies}
    assert {"小米集团", "华为", "星纪魅族", "雷鸟创新", "Rokid", "李未可科技"} <= found
    assert "一是以小米集团" not in found  # the name with its stock code, not the words before it
    real = {
        c.name_as_written
        for c in process_file(REAL_DOCS / "bulwark_10adad0611064e19abdb6030b4495735.zh-CN.md", 10**8).facts.companies
    }
    assert "伟创" not in real


def test_a_table_in_a_box_and_a_size_stated_after_the_market_s_name() -> None:
    """A written brief: a table in a box ("表1  …市场规模" over a rule, "年份  市场规模（亿元）  同比增长",
    rows, a rule) gives each year's size and growth; "我们预计2025年市场规模约为245.0亿元，2030年将达到约
    900亿元，2025-2030年年均复合增长率在28%-32%之间", after a sentence sizing the main market, sizes it;
    a bare "市场规模" after a sentence sizing another market is not the main market's."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w6-29-china-battery-swapping.zh-CN.txt"
    facts = process_file(path, 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(1850.0, 2020), (13490.0, 2023), (24500.0, 2025), (90000.0, 2030)} <= sizes
    rates = {(g.rate_low, g.rate_high, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    assert {(90.3, 90.3, None, 2021), (119.0, 119.0, None, 2022), (28.0, 32.0, 2025, 2030)} <= rates
    text = "2024年中国充电桩市场规模为500亿元，增长较快。我们预计2025年市场规模约为245.0亿元。"
    assert [s.reference_year for s in extract_sizes_zh(text, "中国新能源汽车换电服务")] == [2024]
    assert [
        s.reference_year
        for s in extract_sizes_zh(text.replace("充电桩", "新能源汽车换电服务"), "中国新能源汽车换电服务")
    ] == [2024, 2025]


def test_a_page_in_traditional_characters_reads_as_one_in_simplified() -> None:
    """A written Taiwanese news page: its market, sizes (prose, and a table "全球晶圓代工產值（單位：億美元）"
    with "年度 | 產值 | 年增率" over "2025（預估）"), growth rates ("年增17.8%", "複合年增長率（CAGR）約10.7%", a
    table's "-13.6%"), publisher ("鼎睿產業研究所今（18）日發布《…》"), players ("主要晶圓代工業者包括…") and
    segments ("依製程節點分為：…；依應用則分為…"), each written as the page writes it; places as Taiwan writes
    them ("中國大陸", "南韓")."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w7-28-global-wafer-foundry-news.zh-TW.html"
    facts = process_file(path, 10**8).facts
    attributes = {a.attribute: a.value_text for a in facts.attributes}
    assert (attributes["market_name"], attributes["publisher"]) == ("晶圓代工", "鼎睿產業研究所")
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(139500.0, 2024), (114200.0, 2023), (164300.0, 2025), (272800.0, 2030)} <= sizes
    row = next(g for g in facts.growth if g.rate_low == -13.6)
    assert "年度 | 產值 | 年增率" in row.evidence_text  # a table's row, in the page's characters
    assert table_year("2025（预估）") == (2025, True) and table_year("2023") == (2023, False)
    rates = {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    assert {(22.1, None, 2024), (-13.6, None, 2023), (17.8, None, 2025), (10.7, 2025, 2030)} <= rates
    companies = {c.name_as_written for c in facts.companies}
    assert {"台積電", "聯電", "中芯國際", "高塔半導體"} <= companies
    segments = {s.segment_name for s in facts.segments}
    assert {"7奈米以下先進製程", "20至28奈米", "智慧型手機", "消費性電子"} <= segments
    places = {(r.name_as_written, load_index().resolve(r.name_as_written).code) for r in facts.regions}
    assert {("中國大陸", "cn"), ("南韓", "kr"), ("台灣", "tw")} <= places


def test_taiwan_s_words_for_a_source_a_rate_and_a_list_of_segments() -> None:
    """A written Taiwanese release: "晶策產業研究所（以下簡稱晶策）今（18）日發布《…》" names the publisher;
    "晶策預估全球晶圓代工市場年複合成長率（CAGR）為11.0%，2030年產值將達2,780億美元" the market's rate and size;
    "2025年可望成長19.4%至1,652億美元" that year's growth; "依製程節點：…、40奈米及以上" and
    "依晶圓尺寸：12吋、8吋、6吋及以下" their segments ("及以上": "and above", not a list's last "and")."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w7-02-global-foundry-services.zh-TW.html"
    facts = process_file(path, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "晶策產業研究所"
    assert (278000.0, 2030) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    rates = {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    assert {(11.0, 2025, 2030), (19.4, None, 2025)} <= rates
    segments = {(s.dimension, s.segment_name) for s in facts.segments}
    assert {
        ("node", "40奈米及以上"),
        ("node", "7奈米以下"),
        ("size", "6吋及以下"),
        ("application", "車用電子"),
    } <= segments
    assert not {name for _, name in segments} & {"以上", "以下"}


def test_a_text_in_simplified_characters_is_not_read_as_traditional() -> None:
    """The real Chinese reports are in simplified characters; the Taiwanese pages are not."""
    real = [path for path in REAL_DOCS.iterdir() if ".zh-CN." in path.name]
    assert real and not any(is_traditional(path.read_text(encoding="utf-8")) for path in real)
    written = REPO_ROOT / "tests" / "written" / "docs"
    assert all(is_traditional(path.read_text(encoding="utf-8")) for path in written.glob("*.zh-TW.*"))


def test_traditional_characters_told_apart_and_written_back_as_the_text_has_them() -> None:
    """A text in simplified characters with a few traditional ones ("（臺灣）"), or many of the characters both
    write alike ("覆盖"), is not read as traditional; a name at its place is written back as the text writes it
    there, though a simplified character stands for two traditional ones ("台" for "台" and "臺")."""
    simple = "中国换电服务市场规模为186.4亿元，覆盖全国。" * 30
    assert not is_traditional(simple) and not is_traditional(simple + "（臺灣、臺北、臺中、臺南、臺東）")
    assert is_traditional("晶圓代工市場規模為1,383億美元，年增22.1%。" * 3) and not is_traditional("臺北市场")
    page = "臺灣晶圓代工業者包括台積電、聯電。"
    doc = CleanDocument(text=page, format="text", language="zh")
    read = simplified(doc)
    assert read.text == "台湾晶圆代工业者包括台积电、联电。"
    facts = DocumentFacts(
        companies=[CompanyMention(10, 13, read.text, name_as_written="台积电", company_name="台积电")],
        regions=[RegionMention(0, 2, read.text, name_as_written="台湾", region_name="Taiwan")],
    )
    written_back(facts, read, doc)
    assert [(c.name_as_written, c.evidence_text) for c in facts.companies] == [("台積電", page)]
    assert [(r.name_as_written, r.region_name) for r in facts.regions] == [("臺灣", "Taiwan")]


def test_taiwan_s_words_for_growth_and_a_list_of_segments_a_line_each() -> None:
    """ "年复合成长率为11.0%" (成长: Taiwan's word for growth) is a CAGR; "年增17.8%" a year's growth; a heading
    "依应用" over its segments a line each ends at the next "依…" heading."""
    rates = extract_growth_zh("预估全球晶圆代工市场2025至2030年年复合成长率为11.0%。", "晶圆代工")
    assert [(g.rate_low, g.start_year, g.end_year) for g in rates] == [(11.0, 2025, 2030)]
    rates = extract_growth_zh("2025年全球晶圆代工产值将达1,643亿美元，年增17.8%。", "晶圆代工")
    assert [(g.rate_low, g.end_year) for g in rates] == [(17.8, 2025)]
    found = {
        (s.dimension, s.segment_name)
        for s in extract_segments_zh("依应用\n智慧型手机\n车用电子\n依晶圆尺寸\n12吋\n8吋")
    }
    assert found == {("application", "智慧型手机"), ("application", "车用电子"), ("size", "12吋"), ("size", "8吋")}


def test_a_core_market_and_the_markets_it_drives() -> None:
    """A written 36Kr article: "中国露营经济核心市场规模为2,852.1亿元" sizes the market "中国露营经济" (its
    core market, 核心市场); "预计到2027年，核心市场规模将达到4,196.7亿元" sizes it too;
    "露营经济带动市场规模达1.42万亿元" is the size of the markets it drives, not its own."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w7-29-china-camping-economy.zh-CN.md"
    facts = process_file(path, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "中国露营经济"
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(285210.0, 2024), (419670.0, 2027)} <= sizes
    assert not any(s.money.reported_value == 1420000.0 and s.scope == "market" for s in facts.sizes)


def test_a_price_is_no_size() -> None:
    """Written Chinese reports: "整机平均售价约为23万元/台" (a robot's price) and "（报告价格：12,800元）" (a report's)
    are no market's size, though the sentence sizes the market before them."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    robots = process_file(docs / "w5-29-china-humanoid-robots.zh-CN.txt", 10**8).facts.sizes
    assert (2760.0, 2024) in {(s.money.reported_value, s.reference_year) for s in robots}
    assert not any(s.money.reported_value == 0.23 for s in robots)
    cdmo = process_file(docs / "w5-28-china-pharma-cdmo.zh-CN.md", 10**8).facts.sizes
    assert not any(s.money.reported_value == 0.0128 for s in cdmo)


def test_segments_by_vehicle_type_and_by_model() -> None:
    """Written Chinese reports: "按车型划分，市场可分为乘用车换电和商用车换电（含重卡、…）",
    "按运营模式划分，可分为车企主导模式、电池企业主导模式和第三方运营模式", "按供应模式划分： 现场制气、储槽供气、
    瓶装供气"."""
    docs = REPO_ROOT / "tests" / "written" / "docs"
    swapping = {
        (s.dimension, s.segment_name)
        for s in process_file(docs / "w6-29-china-battery-swapping.zh-CN.txt", 10**8).facts.segments
    }
    assert {("vehicle type", "乘用车换电"), ("vehicle type", "商用车换电"), ("model", "第三方运营模式")} <= swapping
    gases = {
        s.segment_name
        for s in process_file(docs / "w2-30-global-industrial-gases-market.zh-CN.md", 10**8).facts.segments
    }
    assert {"现场制气", "储槽供气", "瓶装供气"} <= gases


def _publisher_of(name: str) -> str | None:
    facts = process_file(REPO_ROOT / "tests" / "written" / "docs" / name, 10**8).facts
    return next((a.value_text for a in facts.attributes if a.attribute == "publisher"), None)


def test_the_firm_a_chinese_page_cites_its_report_or_heads() -> None:
    """Written Chinese pages: "据艾瑞咨询《2025年中国新式茶饮行业研究报告》" (a firm cited with its report's
    title), "资料来源：弗若斯特沙利文；" in a prospectus, a broker's report headed "东溪证券研究所　… 证券研究报告"
    that cites no other firm; "本文节选自头豹研究院《…》" names 头豹研究院, and "数据来源：X整理" names X."""
    assert _publisher_of("w8-28-china-new-style-tea-expo-exhibitors.zh-CN.html") == "艾瑞咨询"
    assert _publisher_of("w8-29-china-preclinical-cro-prospectus.zh-CN.md") == "弗若斯特沙利文"
    assert _publisher_of("w8-30-global-e-vapor-odm-broker-report.zh-CN.txt") == "东溪证券研究所"
    assert _publisher_of("w7-30-china-medical-device-cro-wechat.zh-CN.txt") == "头豹研究院"
    sourced = extract_publisher_zh("2024年市场规模达100亿元。\n数据来源：中商产业研究院整理\n")
    assert sourced is not None and sourced.value_text == "中商产业研究院"
    page = "东溪证券研究所　　证券研究报告\n头豹研究院数据显示，市场规模达100亿元。\n东溪证券研究所　地址：上海市\n"
    headed = extract_publisher_zh(page)
    assert headed is not None and headed.value_text == "头豹研究院"  # the header's firm only when none is cited


def test_a_chinese_table_captioned_by_the_centred_line_over_it() -> None:
    """A written prospectus: "<center>图表：中国药物非临床研究服务市场规模（亿元人民币），2019-2028E</center>"
    over "| 年份 | 2019 | … | 2028E |" and "| 市场规模 | 97.4 | 118.6 | …": the caption gives every year's unit."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w8-29-china-preclinical-cro-prospectus.zh-CN.md", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(11860.0, 2020), (27210.0, 2024), (46400.0, 2027)} <= sizes


def test_a_broker_s_title_market_is_china_s_as_its_text_names_it() -> None:
    """A written broker's summary headed "宠物食品代工行业深度" that sizes "2024年中国宠物食品代工（OEM/ODM）市场规模
    约为186.4亿元": the market is 中国宠物食品代工 (a note with a slash in parentheses aside), its sizes and rates the
    main market's; a title naming a global market keeps its name."""
    path = REPO_ROOT / "tests/written/docs/w8-11-china-pet-food-oem-broker-summary.zh-CN.md"
    facts = process_file(path, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "中国宠物食品代工"
    stated = [s for s in facts.sizes if s.evidence_text.startswith("据艾瑞咨询测算")]
    assert {(s.money.reported_value, s.reference_year, s.scope) for s in stated} == {
        (18640.0, 2024, "market"),
        (31870.0, 2029, "market"),
    }
    assert (11.3, 2024, 2029) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    gases = process_file(REPO_ROOT / "tests/written/docs/w2-30-global-industrial-gases-market.zh-CN.md", 10**8).facts
    assert next(a.value_text for a in gases.attributes if a.attribute == "market_name") == "工业气体"


def test_an_association_s_statistics_bulletin() -> None:
    """A written industry association's bulletin on its own site ("欢迎访问中华气雾制品工业协会官方网站！"): its
    table "年份 | 代工灌装业务收入（亿元） | 同比增长" gives the market's sizes and year-on-year rates (an
    industry's revenue is its market's size); the association publishes them, a firm cited as a second source
    ("另据华经产业研究院预测") does not."""
    path = REPO_ROOT / "tests/written/docs/w9-18-china-aerosol-contract-filling-association-statistics.zh-CN.html"
    facts = process_file(path, 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(12840.0, 2020), (18630.0, 2024)} <= sizes  # 亿元 in millions
    assert {(2.6, 2020), (12.8, 2023)} <= {(g.rate_low, g.end_year) for g in facts.growth}
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "中华气雾制品工业协会"


def test_a_white_paper_s_industry_size_and_issuer() -> None:
    """A written government-style white paper sizes its industry as "产业规模" ("预计2025年我国康复辅助器具
    产业规模将达到10,720亿元左右 … 到2030年产业规模有望达到1.6万亿元左右") and names its issuer
    "发布单位：中康辅具产业发展研究中心"; a count of firms "规模以上" (above a designated size) beside an export
    value sizes nothing."""
    path = REPO_ROOT / "tests/written/docs/w9-24-china-rehab-assistive-devices-white-paper.zh-CN.md"
    facts = process_file(path, 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(1072000.0, 2025), (1600000.0, 2030)} <= sizes and 9630.0 not in {v for v, _ in sizes}  # millions
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "中康辅具产业发展研究中心"


def test_a_market_s_abbreviations_in_parentheses_are_not_its_name() -> None:
    """A written investor-relations record sizes "中国咖啡代工（OEM/ODM）市场", written expert-call minutes are headed
    "【专家纪要】医用导管代工（CDMO/OEM）行业交流" and size "中国医用导管代工市场": the market is named without its
    abbreviations (China's, as the text says); a note in Chinese stays ("冻干食品（含品牌企业自有产能）")."""
    written = REPO_ROOT / "tests/written/docs"
    for name, market in (
        ("w10-06-china-coffee-oem-investor-relations-record.zh-CN.html", "中国咖啡代工"),
        ("w10-23-china-catheter-contract-manufacturing-expert-call.zh-CN.md", "中国医用导管代工"),
    ):
        facts = process_file(written / name, 10**8).facts
        assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == market, name
    chosen = extract_market_zh("2024年冻干食品（含品牌企业自有产能）市场规模约为120亿元。", None)
    assert chosen is not None and chosen.value_text == "冻干食品（含品牌企业自有产能）"


def test_this_market_is_the_market_sized_before() -> None:
    """A written investor-relations record: "…预计到2029年将达到342.7亿元…。该市场2020年规模约为98.3亿元"; a written
    Zhihu answer: "往前看，2020年这个市场只有11.2亿美元": "this market" is the one the paragraph sized before ("这个"
    names no market)."""
    written = REPO_ROOT / "tests/written/docs"
    for name, amount in (
        ("w10-06-china-coffee-oem-investor-relations-record.zh-CN.html", (9830.0, 2020)),
        ("w10-18-antibody-fragment-cdmo-zhihu-answer.zh-CN.html", (1120.0, 2020)),
    ):
        sizes = process_file(written / name, 10**8).facts.sizes
        assert amount in {(s.money.reported_value, s.reference_year) for s in sizes if s.scope == "market"}, name


def test_a_firm_cited_for_its_data_or_after_a_caption() -> None:
    """Written expert-call minutes: "据华经产业研究院数据，2024年中国医用导管代工市场规模约为86.4亿元"; a written Zhihu
    answer's chart: "图表：全球抗体片段CDMO市场规模（亿美元），来源：衡岳咨询，答主整理" (the source after the caption's
    comma)."""
    written = REPO_ROOT / "tests/written/docs"
    for name, firm in (
        ("w10-23-china-catheter-contract-manufacturing-expert-call.zh-CN.md", "华经产业研究院"),
        ("w10-18-antibody-fragment-cdmo-zhihu-answer.zh-CN.html", "衡岳咨询"),
    ):
        attributes = process_file(written / name, 10**8).facts.attributes
        assert next(a.value_text for a in attributes if a.attribute == "publisher") == firm, name


def test_players_a_competition_passage_says_a_side_is_represented_by() -> None:
    """Written expert-call minutes: "竞争格局： 外资以 Integer、Freudenberg Medical、…、Cirtec Medical 为代表；
    本土以江苏瑞诺医疗科技、深圳拓导医疗、苏州康博导管为主": each side's names are players; "以出口为主" (mainly
    exports) names none."""
    path = REPO_ROOT / "tests/written/docs/w10-23-china-catheter-contract-manufacturing-expert-call.zh-CN.md"
    names = {c.company_name for c in process_file(path, 10**8).facts.companies}
    assert {"Integer", "Cirtec Medical", "江苏瑞诺医疗科技", "苏州康博导管"} <= names
    assert not extract_companies_zh("竞争格局方面，企业销售以出口为主，内销占比较低。")


def test_a_title_s_letters_the_text_writes_in_full_with_its_abbreviation() -> None:
    """A title's "中国IT外包" is the text's "中国信息技术外包（ITO）", whose figures "我国ITO市场规模" and
    "中国ITO市场规模" state too; a global "IT外包" market's are another market's."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w14-21-zhongguo-it-waibao.html", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "中国信息技术外包（ITO）"
    main = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(785_000.0, 2020), (1_210_000.0, 2025), (1_780_000.0, 2030)} <= main  # in millions
    assert not [s for s in facts.sizes if s.scope == "market" and s.money.reported_currency == "USD"]
    text = "中国AI外包市场规模达到120亿元\n\n2024年中国人工智能外包（AIO）市场规模达120亿元。"
    assert extract_market_zh(text, "中国AI外包市场规模").value_text == "中国人工智能外包（AIO）"


def test_a_list_s_last_item_holds_a_joining_word_of_its_own() -> None:
    """A written Chinese release: "按产品类型可分为牙膏、牙刷、漱口水、牙线及牙间清洁产品和其他": the list's
    last joining word parts "牙线及牙间清洁产品" (one item) from "其他"."""
    listed = "按产品类型可分为牙膏、牙刷、漱口水、牙线及牙间清洁产品和其他。\n"
    names = [s.segment_name for s in extract_segments_zh(listed)]
    assert names == ["牙膏", "牙刷", "漱口水", "牙线及牙间清洁产品", "其他"]
    names = [s.segment_name for s in extract_segments_zh("按应用分为运输、便携和固定三类。\n")]
    assert names == ["运输", "便携", "固定"]


def test_a_product_s_parts_after_among_which_are_no_players() -> None:
    """A written Chinese release: "机器视觉可分为硬件和软件两大类，其中硬件包括工业相机、镜头、光源、图像采集卡等": the
    hardware's parts; "主要企业包括：基恩士（KEYENCE）、康耐视（Cognex）、…" the players."""
    players, _ = _written("w20-25-zhongguo-jiqi-shijue.txt")
    assert {"基恩士", "康耐视", "海康机器人"} <= players and not {"工业相机", "镜头", "光源"} & players


def test_numbered_segments_under_a_dimension_that_the_market_includes() -> None:
    """ "按应用领域划分，市场主要包括：" over "（1）消费电子；", "（2）新能源（锂电池、光伏）；", …,
    "（7）其他。": each item, without its number and its closing mark."""
    facts = process_file(WRITTEN / "w20-25-zhongguo-jiqi-shijue.txt", 10**8).facts
    applications = [s.segment_name for s in facts.segments if s.dimension == "application"]
    assert applications == [
        "消费电子",
        "新能源（锂电池、光伏）",
        "汽车及零部件",
        "半导体",
        "物流仓储",
        "食品医药",
        "其他",
    ]


def test_players_a_market_s_tier_is_held_by() -> None:
    """A written page: "高端市场主要由发那科（ＦＡＮＵＣ）、德马吉森精机（ＤＭＧ　ＭＯＲＩ）、…等外资企业占据"."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-19-zhongguo-shukong-jichuang.html", 10**8).facts
    assert {"发那科", "德马吉森精机", "山崎马扎克", "通快", "科德数控"} <= {c.company_name for c in facts.companies}


def test_a_chinese_brief_wrapped_inside_its_numbers() -> None:
    """A written brief wrapped at 78 columns: "2024年增长至18" / "6.7亿元" and "将达到41" / "2.5亿元" (a number's
    decimals open no numbered item); "预计2030年全行业规模将达到412.5亿元" is the whole market's;
    "上游智能快递柜设备制造环节2024年市场规模约52.4亿元" is a stage up its chain's."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w21-30-zhongguo-zhineng-kuaidigui.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year): s.scope for s in facts.sizes}
    assert sizes[(18_670.0, 2024)] == sizes[(41_250.0, 2030)] == "market"
    assert sizes[(5_240.0, 2024)] == "other_market"


def test_chinese_players_after_main_companies_have_a_label_and_kinds_of_company_held_by() -> None:
    """Written Chinese pages: "国内主要企业有A、B、…等；高端新型敷料市场仍由施乐辉（…）、…
    等外资企业占据" (the list ends at "等；"; a market held "仍由", not only "主要由"); "光伏银浆
    市场主要厂商：" over "贺利氏（Heraeus）、…、聚和材料（Fusion）、…" (a name with "和" in it is
    one); "赛多利斯、…等外资企业合计占据约六成市场份额；乐纯生物、…等本土企业在…持续突破"; "…，
    而海康机器人、奥普特等本土企业…". Not the chip makers a paragraph on the market's upstream
    names ("光模块上游主要为光芯片…，源杰科技、长光华芯等国内企业正在加速突破")."""
    docs = REPO_ROOT / "tests/written/docs"
    expected = {
        "w23-14-zhongguo-yiyong-fuliao-zhiyan-report-page.zh-CN.html": {
            "稳健医疗用品股份有限公司",
            "广州润虹医药科技股份有限公司",
            "施乐辉",
            "康乐保",
        },
        "w23-18-guangfu-yinjiang-meitongshe.zh-CN.html": {"贺利氏", "聚和材料", "三星SDI", "光达电子"},
        "w23-19-zhongguo-yicixing-shengwu-fanyingqi-jianbao.zh-CN.md": {"赛多利斯", "默克密理博", "乐纯生物", "澳斯康"},
    }
    for name, players in expected.items():
        found = {c.name_as_written for c in process_file(docs / name, 10**8).facts.companies}
        assert players <= found, (name, found)
        assert not [n for n in found if "等" in n or "由" in n or n == "材料"], name
    vision = process_file(
        docs / "w20-25-zhongguo-jiqi-shijue.txt", 10**8
    ).facts.companies  # "…，而海康机器人、奥普特等本土企业"
    assert "海康机器人" in {c.name_as_written for c in vision}
    assert not [c for c in vision if c.name_as_written.startswith("而")]
    broker = process_file(docs / "w16-24-optical-module-broker-report.txt", 10**8).facts.companies
    assert not {"源杰科技", "长光华芯"} & {c.name_as_written for c in broker}


def test_a_japanese_release_s_research_institute_by_its_survey() -> None:
    """Japanese articles: "矢野経済研究所（東京・中野）の調査によると", "…がまとめた調査によると", a headline's
    "矢野経済研究所調べ": the institute is the publisher, named without its "株式会社"."""
    docs = REPO_ROOT / "tests/written/docs"
    for name in (
        "w11-18-keshohin-oem-yano.txt",
        "w14-23-kenko-shokuhin-jutaku-seizo.html",
        "w16-25-japan-3pl-nikkei-style.html",
        "w25-11-kokunai-pet-hoken-kessan-setsumei.ja.md",
        "w11-02-yano-cosmetics-oem-ja.html",
    ):
        facts = process_file(docs / name, 10**8).facts
        assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["矢野経済研究所"], name


def test_a_firm_cited_with_its_chinese_name_in_parentheses_and_its_latest_report() -> None:
    """A wire release in Chinese: "据QYResearch（恒州博智）最新发布的《2025-2031全球与中国光伏银浆…》": QYResearch."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w23-18-guangfu-yinjiang-meitongshe.zh-CN.html", 10**8).facts
    assert [a.value_text for a in facts.attributes if a.attribute == "publisher"] == ["QYResearch"]


def test_a_table_s_unit_in_millions_of_dollars_written_in_chinese() -> None:
    """A chart's table headed "市场规模（百万美元）" (millions of US dollars): "2021 | 812.4" is USD 812.4 million, not
    812.4 ten-thousands."""
    name = "w37-28-dianziji-qingfusuan-qyresearch-ai-zhaiyao.zh-CN.html"
    sizes = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
    values = {s.money.reported_value for s in sizes if s.money and s.reference_year == 2021}
    assert 812.4 in values and 8.124 not in values


def test_a_japanese_survey_s_companies_in_the_market_with_their_legal_form() -> None:
    """A Japanese sample's "主要参入企業：株式会社空調服、…、アイトス株式会社、…" (the companies in the market), each
    name whole with "株式会社" after it; and a Chinese list's "住友重机械工业株式会社" whole."""
    sample = process_file(WRITTEN / "w37-15-fan-tsuki-sagyofuku-shijo-shiryo-mihon.ja.txt", 10**8).facts
    players = {c.name_as_written for c in sample.companies}
    assert {"株式会社空調服", "アイトス株式会社", "株式会社村上被服"} <= players
    chinese = process_file(WRITTEN / "w37-14-jiqiren-jingmi-jiansuqi-baogao-yangben.zh-CN.txt", 10**8).facts
    assert "住友重机械工业株式会社" in {c.name_as_written for c in chinese.companies}
