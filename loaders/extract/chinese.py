"""Facts of documents written in Chinese: the main market, its sizes and its growth rates.

Chinese writes no spaces between words, so names are read back from the word 市场 ("market") or
行业 ("industry") over a run of characters, and amounts in 亿 (10^8) and 万 (10^4) are turned into
millions. Only statements whose market is named in the same sentence are kept, so that a document
yields no figure it does not attribute.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.extract.model import Attribute, CompanyMention, GrowthMention, Money, RegionMention, SizeMention
from loaders.extract.regions import RegionIndex
from loaders.extract.text import evidence, stripped_lines

# A market's name: Han characters (or Japanese katakana, Korean's Hangul), Latin letters and parentheses right
# before 市场 / 行业. 产值: output value; 产业规模: an industry's size ("康复辅助器具产业规模将达到10,720亿元"), not
# its chain or park
NAME_BEFORE_MARKET = re.compile(
    r"([\u4e00-\u9fff\u30a1-\u30ff\uac00-\ud7a3A-Za-z()（）/ ]{2,40}?)(?:市场|行业|产值|产业(?=规模))"
)
# Words that open a name run but are not part of the name, and words after which a name starts.
LEADING_WORDS = re.compile(
    r"^(?:全球|世界|国际|整个|整体|国内|我国|预计|预期|目前|未来|今后|过去|根据|据|到|从|在|对|其|该|这个|以及|以|和|与|年|的|将"
    r"|(?:[一二两三四五六七八九十]|\d{1,2})个?年(?:内|间)?"  # "未来五年跨境支付行业": the years ahead
    r"|(?:万亿|亿|万)?(?:美元|欧元|日元|韩元)\s?)+"  # an amount's unit: Korean "62억달러 CDO 시장"
)
WORLD_AFTER = re.compile(r"(?<=.)(?:世界|全球)$")  # the world's market, its word after the name
HAN_THEN_SPACE = re.compile(r"[\u4e00-\u9fff]\s+$")
HAN_SPACE_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
NAME_BREAK = re.compile(
    r".*(?:的|了|是|在|将|对|为|与|和|及|从|到|据|由|向|使|让|推动|促进|带动|随着|关注|布局|把握|抢占|预估|估计)"
)
# Korean words that end a clause before a market's name: a particle or a verb's ending before a space ("…에 따르면 ",
# "성장하는 ").
KOREAN_BREAK = re.compile(r".*[\uac00-\ud7a3](?:는|은|를|을|에서|으로|에|의|며|고|면|한|된|인|할|될)\s")
NOT_NAMES = frozenset({"细分", "应用", "下游", "上游", "国内", "海外", "新兴", "存量", "中国", "全球", "整个"})
# "3.42 亿美元", "1002.4亿美元", "8亿元人民币", "21.6 亿美元"
AMOUNT = re.compile(
    r"(?P<value>\d{1,6}(?:,\d{3})*(?:\.\d+)?)\s*(?P<scale>万亿|千亿|亿|万)?\s*"
    r"(?P<currency>美元|欧元|日元|英镑|韩元|越南盾|元人民币|人民币|元)"
)
SCALE_MILLIONS = {"万亿": 1_000_000.0, "千亿": 100_000.0, "亿": 100.0, "百万": 1.0, "万": 0.01, None: 0.000001}
CURRENCY = {
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "韩元": "KRW",
    "越南盾": "VND",
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
}
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:到|至|-|–|—|~)\s*((?:19|20)\d{2})\s*年?")
RATE = re.compile(
    r"(?:CAGR|复合年?(?:增长|成长)率|年复合(?:增长|成长)率|年均复合增长率)[^%。；\n]{0,12}?(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%"
    r"|(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%\s*的\s*(?:CAGR|复合年?(?:增长|成长)率|年复合(?:增长|成长)率)"
)
# The top of a range of rates, right after its first: "5.2%—5.9%", "5.2%至5.9%".
RATE_UP_TO = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*(\d{1,3}(?:\.\d+)?)\s*%")
# A year-on-year growth: "同比增长36.2%", "同比增长了10.8%", "较2023年的11.8亿元增长133.9%".
# Taiwan's "年增17.8%", and a growth to a size: "2025年可望成长19.4%至1,652亿美元".
YEAR_ON_YEAR = re.compile(
    r"(?:同比|较上年|比上年|较去年|比去年|较(?:19|20)\d\d年(?:的[^，,。；;%]{0,20}?)?)增长了?\s*(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%"
    r"|年增\s*(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%|(?:增长|成长)\s*(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*%\s*(?=至|到)"
)
# What states a size: "市场规模", Taiwan's "产值" (output value).
SIZE_WORDS = re.compile(r"规模|产值")
SENTENCE_END = re.compile(r"[。！？!?\n]")
# The year a figure runs to, or from, written apart from it: "到2025年…年复合增长率超过50%", "从2017年以来…".
UNTIL_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d{2})\s*年")
SINCE_YEAR = re.compile(r"(?:从|自)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年以来")
CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
PARENTHETICAL = re.compile(r"\s*[(（][^()（）]{1,20}[)）]")
# A Korean name's last word spelled out before its abbreviation: "바이오의약품 위탁개발생산(CDMO)" is
# "바이오의약품 CDMO".
SPELLED_ABBREVIATION = re.compile(r"(?<=\s)\S+[(（]([A-Za-z][A-Za-z/&-]{1,10})[)）]$")
# A market's abbreviations in parentheses: "（OEM/ODM）", "（PCS）"; not a note in Chinese ("（含品牌企业自有产能）").
ABBREVIATIONS = re.compile(r"\s*[(（][A-Za-z][A-Za-z/&\s-]{0,20}[)）]")
# Money that is not a market's size: registered capital, revenue, orders, investment; firms counted "规模以上" (above
# a designated size).
NOT_A_SIZE = re.compile(r"注册资本|营收|营业收入|收入|净利润|利润|订单|融资|投资|市值|规模以上")
# Words of a part of a market: a rate in their sentence is the part's ("其中冻干咖啡粉代工是增长最快的细分").
PART_WORDS = re.compile(r"细分|其中|子行业|板块|品类")
# A price, not a size: a price's word close before an amount ("售价约为23万元/台", "报告价格：12,800元").
PRICE_BEFORE = re.compile(r"(?:价格|售价|单价|均价|报价)[^，,。；;]*$")
PRICE_REACH = 12
# A report's title in book-title marks: its words ("…投资机会研究报告") say nothing of the figure after it.
BOOK_TITLE = re.compile(r"《[^《》]{0,120}》")


def market_names(text: str) -> list[str]:
    """Every market name in `text`, cleaned: '全球燃料电池市场' -> '燃料电池'."""
    return [name for name, _ in market_phrases(text)]


def market_phrases(text: str) -> list[tuple[str, int]]:
    """Every market name in `text`, cleaned, with the offset where its 市场 / 行业 ends."""
    names: list[tuple[str, int]] = []
    for match in NAME_BEFORE_MARKET.finditer(text):
        run = match.group(1)
        if HAN_THEN_SPACE.search(run):
            continue  # '东风 市场规模': a space before 市场 after Chinese ends a phrase, not a name
        run = HAN_SPACE_HAN.split(run)[-1]
        name = KOREAN_BREAK.sub("", NAME_BREAK.sub("", run)).strip()
        name = LEADING_WORDS.sub("", name).strip().removesuffix("核心")  # "露营经济核心市场": the core market
        name = WORLD_AFTER.sub("", name)  # Japanese "車載カメラ世界市場": the world market of on-board cameras
        name = name.lstrip(")） ")  # "지난해(2024年) 국내 …市场规模": a parenthesis closed before the name
        if len(name) >= 2 and name not in NOT_NAMES:
            names.append((name, match.end()))
    return names


# "主要行业参与者包括A、B和C。", "其中包括 A(加拿大)、B(加拿大)", "建议关注：A（…）、B（…）"
PLAYER_LIST = re.compile(
    r"(?:(?:参与者|玩家|企业|公司|厂商|供应商|制造商|龙头|业者)[^。：:\n]{0,12}?(?:(?:包括|包含)[:：]?|有[:：])|关注[:：]"
    r"|其中(?:包括|包含)[:：]?"  # not "其中硬件包括工业相机、镜头": the parts of a product
    # "主要企业有A、B", "…市场主要厂商：" over its list, a Japanese survey's "主要参入企業：A、B" (the companies in
    # the market)
    r"|主要(?:参入)?(?:企业|厂商|公司|参与者|供应商|制造商)(?:有|[:：]))"
    r"[ \t]*(?:([^。\n]{2,600})|\n)"
)
# The companies a kind of company is represented by: "以小米集团（01810.HK）、华为、星纪魅族为代表的终端厂商"; in a
# passage on the competition, "外资以 Integer、Freudenberg Medical 为代表；本土以A、B、C为主" (two names or more).
REPRESENTED = re.compile(
    r"以\s?(?P<names>[^，,。；;：:\n以]{2,200}?)\s?为(?:代表的[^，,。；;\n]{0,12}?(?:企业|厂商|厂家|公司|品牌|玩家|供应商|制造商)"
    r"|(?:代表|主)(?=[，,。；;]))"
)
# The companies a market or its tier is held by: "高端市场主要由发那科（FANUC）、德马吉森精机、…、通快等外资企业占据".
HELD_BY = re.compile(r"由\s?(?P<names>[^，,。；;：:\n]{2,200}?)等[^，,。；;\n]{0,8}?企业占据")
# Two names or more, then "and others" and a kind of company: "赛多利斯、赛默飞世尔、…等外资企业合计占据约六成市场份额",
# "乐纯生物、多宁生物、…等本土企业在…持续突破".
NAMES_OF_KIND = re.compile(
    r"(?:^|(?<=[。；;，,])而?)(?P<names>[^，,。；;：:\n由]{2,30}(?:、[^，,。；;：:\n、]{2,30})+)"
    r"等(?:外资|本土)?企业"
)  # (a list a market is held by, "由…等外资企业占据", is HELD_BY's)
CHAIN_REACH = 200
# Where a list ends: "and others" before a clause mark ("…、广州润虹医药科技股份有限公司等；高端新型敷料市场…").
LIST_END = re.compile(r"等[；;，,。]")
# Words that say a passage tells the market's players apart: "市场参与者主要分为三类：一是以…为代表的终端厂商".
COMPETITION = re.compile(r"参与者|竞争格局|竞争者|阵营|玩家")
COMPETITION_REACH = 200
# Words of a clause, never of a company's name.
NOT_IN_NAME = re.compile(r"[的是将还都了在其望对]|无论|以及")
# A kind of company, not one: "速冻食品企业", "新兴品牌".
KIND_OF_COMPANY = re.compile(r"(?:企业|品牌|厂商|厂家|机构|玩家)(?:[两三四]大阵营)?$")
# "其他" (others) closing a list or a table: no company.
OTHERS = frozenset(["其他", "其它", "其他企业", "其他品牌"])
# A line that heads the players, a list under it: a Japanese survey's "主要企業" (its outline's label).
PLAYER_HEADING_ZH = re.compile(r"^主要企业$", re.M)
# A Japanese name's word for company after it: "デンソー社", "Valeo社".
COMPANY_WORD_AFTER = re.compile(r"(?<=..)(?<!会)社$")  # not the legal form's "アイトス株式会社"
# A note in parentheses after a name ("宁德时代（300750）", "（含A、B）"), not one inside it ("清陶（昆山）能源").
# A Korean name's spelling in Latin letters stays: "론자(Lonza Group AG)", "앰코테크놀로지 (Amkor Technology)".
LATIN_SPELLING = re.compile(r"(?<=[\uac00-\ud7a3])\s?\([A-Za-z][^()]{0,60}\)")
FULL_PARENTHETICAL = re.compile(
    r"(?<![\uac00-\ud7a3])(?<![\uac00-\ud7a3]\s)[(（][^()（）]{0,60}[)）](?![\u4e00-\u9fffA-Za-z])"
)
# The lines a list introduced at a line's end holds: each a name (without clause marks), at most this many.
LISTED_LINE = re.compile(r"[^，,。；;：:！？!?]{2,30}")
MAX_LISTED_LINES = 40
LIST_SEPARATOR = re.compile(r"\s*(?:、|，|,|；)\s*")
# "such as" before the first name of a kind's list: "一是物流及电商企业，如丰翼科技（顺丰旗下）、京东物流".
SUCH_AS = re.compile(r"^(?:例如|比如|如)(?=[\u4e00-\u9fffA-Za-z]{2})")
# The word that joins two names of a list item: "富士胶片和豪雅".
JOINED = re.compile(r"\s*(?:以及|和|及)\s*")


# A listed company named with its stock code: "吉大正元（003029）", "宁德时代(300750.SZ)", "美团（3690.HK）".
STOCK_NAMED = re.compile(
    r"(?:^|(?<=[\s，,、。：:；;“\"与和及]))(?P<name>[\u4e00-\u9fffA-Za-z]{2,10})"
    r"[（(](?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK)[)）]",
    re.M,
)
# Stocks a market report names by how they moved: "神州数码、日海智能涨停", "A、B等跟涨", "其中依米康20%涨停".
MOVED_STOCKS = re.compile(
    r"(?:^|(?<=[\s，,。：:；;]))(?:其中)?(?P<names>[\u4e00-\u9fffA-Za-z]{2,8}(?:、[\u4e00-\u9fffA-Za-z]{2,8})*)"
    r"等?(?:多股)?(?:\d{1,2}(?:\.\d+)?%)?(?:涨停|跟涨|涨超|大涨|领涨|跌停|涨幅居前)",
    re.M,
)
# Words of a sector, an index or a count of stocks, never of a company's name.
NOT_A_STOCK = re.compile(r"板块|指数|概念|市场|行业|个股|成分|多只|整体")


def extract_companies_zh(text: str) -> list[CompanyMention]:
    """Companies in Chinese key-player lists, listed companies named with their stock code, and stocks a market
    report names by how they moved; each once, as written."""
    out: list[CompanyMention] = []
    seen: set[str] = set()

    def add(name: str, start: int) -> None:
        seen.add(name)
        out.append(
            CompanyMention(start, start + len(name), _sentence(text, start), company_name=name, name_as_written=name)
        )

    def add_listed(items: str, items_start: int) -> None:
        for piece in LIST_SEPARATOR.split(FULL_PARENTHETICAL.sub("", items).replace("*", "")):
            piece = piece.split("。", 1)[0]  # the list's last name, not the sentence after it: "光达电子。2024年"
            piece = SUCH_AS.sub("", piece.strip()).removesuffix("等")  # "…企业，如丰翼科技": the name after "如"
            if KIND_OF_COMPANY.search(piece):  # "水产及畜禽养殖加工企业": kinds of company, joined
                continue
            joined = JOINED.split(piece)
            for item in joined if all(len(part) >= 2 for part in joined) else [piece]:  # not "聚和材料"
                name = COMPANY_WORD_AFTER.sub("", item.strip().strip(" .:："))
                spelled = LATIN_SPELLING.sub("", name)  # a Korean name's Latin spelling counts for nothing
                if not 2 <= len(spelled) <= 30 or name in seen or name in OTHERS or re.search(r"\d|[。！？]", name):
                    continue
                if name.count("（") + name.count("(") != name.count("）") + name.count(")"):
                    continue  # a piece of a note cut at a separator
                if NOT_IN_NAME.search(name):
                    continue
                start = text.find(name, items_start)
                add(name, start if start >= 0 else items_start)

    for match in PLAYER_HEADING_ZH.finditer(text):  # "主要企业" over "Robert Bosch社、Continental社、…"
        listed = _listed_lines(text, match.end())
        for items, items_start in listed if listed and "、" in listed[0][0] else ():
            add_listed(items, items_start)
    for match in PLAYER_LIST.finditer(text):
        items = match.group(1)
        if items and (end := LIST_END.search(items)):
            items = items[: end.start()]
        listed = [(items, match.start(1))] if items else _listed_lines(text, match.end())
        for items, items_start in listed:
            add_listed(items, items_start)
    for match in REPRESENTED.finditer(text):  # "以小米集团、华为为代表的终端厂商", where the market's players are told
        if COMPETITION.search(text, max(0, match.start() - COMPETITION_REACH), match.start()) and (
            "为代表的" in match.group(0) or "、" in match.group("names")
        ):
            add_listed(match.group("names"), match.start("names"))
    for match in HELD_BY.finditer(text) if "由" in text else ():
        add_listed(match.group("names"), match.start("names"))
    for match in NAMES_OF_KIND.finditer(text) if "等" in text else ():
        paragraph = text.rfind("\n\n", 0, match.start()) + 1
        if "上游" not in text[max(paragraph, match.start() - CHAIN_REACH) : match.start()]:
            add_listed(match.group("names"), match.start("names"))  # not "光模块上游主要为光芯片…，源杰科技、…等国内
            # 企业正在加速突破": the market's suppliers
    for match in STOCK_NAMED.finditer(text):
        name = match.group("name")
        # "一是以小米集团（01810.HK）": the Han run takes in the words before a name a list has found
        if not any(name.endswith(known) for known in seen) and not NOT_A_STOCK.search(name):
            add(name, match.start("name"))
    for match in MOVED_STOCKS.finditer(text):
        start = match.start("names")
        for listed in match.group("names").split("、"):
            name = listed.removesuffix("多股").removesuffix("等")  # "A、B等多股涨停": the Han run takes them in
            if name not in seen and not NOT_A_STOCK.search(name) and not NOT_IN_NAME.search(name):
                add(name, start)
            start += len(listed) + 1
    return sorted(out, key=lambda mention: mention.char_start)


def _listed_lines(text: str, start: int) -> list[tuple[str, int]]:
    """The names listed a line each from `start` ("报告列出的主要企业包括：" then "- 奥林巴斯", ...), with where each
    starts: up to the first line that is not a name (blank lines between them skipped); or the next line whole when
    it lists them parted by "、"."""
    out: list[tuple[str, int]] = []
    for line_start, name in stripped_lines(text, start):
        if not out and "、" in name:  # the names on one line after the intro's: "东鹏饮料…、华彬集团（红牛）、…等。"
            return [(name.rstrip("。；;"), line_start)]
        if len(out) >= MAX_LISTED_LINES or not LISTED_LINE.fullmatch(name):
            break
        out.append((name, line_start))
    return out


# "来源: 天风证券" (source), "资料来源：弗若斯特沙利文；", "发布单位：中康辅具产业发展研究中心" (issued by),
# "据QYResearch调研团队最新报告", "根据IDC报告",
# "据艾瑞咨询《…》": the firm behind the figures.
# (a source line may follow a caption after its comma: "图表：…（亿美元），来源：衡岳咨询，答主整理")
SOURCE_FIRM = re.compile(
    r"(?:^|\n|(?<=[，,]))\s*(?:(?:资料|数据)?来源|发布单位)\s*[:：]\s*(?P<cn>[\u4e00-\u9fff]{2,12}?)(?:整理)?(?:\s*$|\s|[；;，,。])"
    # a broker's research report under its name: "东溪证券研究所　　证券研究报告"
    r"|^(?P<header>[\u4e00-\u9fff]{2,8}(?:证券研究所|研究院|研究所))[\s\u3000]+\S"
    # "据Grand View Research的报告", "据市场研究机构 Global Market Insights 发布的最新报告"
    r"|(?:据|根据)\s?(?:(?:市场)?(?:研究|调研|咨询)(?:机构|公司)\s?)?"
    r"(?P<latin>[A-Z][A-Za-z&.]{1,30}(?: (?:[A-Z][A-Za-z&.]{1,30}|&)){0,3})"
    # "据QYResearch（恒州博智）最新发布的": its Chinese name in parentheses, its latest report
    r"(?:（[^（）]{1,12}）)?\s?(?:最新)?(?:的|调研|研究|报告|数据|预测|统计|发布)"
    # "中信证券研报认为", "据千际投行预测", "光大证券研报称": a broker's or research firm's forecast; "X研究院发布《…》"
    r"|(?:^|(?<=[\s，,。：:；;（(“\"】]))(?:据|根据|另据|此外|另外|同时|其中|对此|日前|近日|而|但)?"
    # a firm's name may open with Latin letters: "36Kr研究院"
    r"(?P<firm>(?:[A-Za-z0-9]{1,10}[\u4e00-\u9fff]{0,8}?|[\u4e00-\u9fff]{1,8}?)(?:证券|投行|研究院|研究所|咨询))"
    # "晶策产业研究所（以下简称晶策）今（18）日发布《…》", "头豹研究院数据显示"
    r"(?:(?:研报|报告|数据)?(?:认为|预计|预测|指出|称|显示|测算)|(?:（以下简称[^（）]{1,8}）)?(?:日前|近日|今日|今（\d{1,2}）日)?发布的?《"
    # a Japanese release's "矢野経済研究所（東京都中野区）の調査によると", a headline's "矢野経済研究所調べ"
    r"|(?:（[^（）]{1,12}）)?(?:の|がまとめた)?(?:调查|调べ))"
    # "据艾瑞咨询《2025年中国新式茶饮行业研究报告》": a firm cited with its report's title, or its data
    # ("据华经产业研究院数据，")
    r"|(?:据|根据)(?P<cited>[\u4e00-\u9fff]{2,8}?(?:证券|投行|研究院|研究所|咨询))(?:《|数据[，,])"
    # an association's own page: "欢迎访问中华气雾制品工业协会官方网站！"
    r"|欢迎访问(?P<site>[\u4e00-\u9fff]{2,16}?协会)(?:官方)?网站"
    # Korean, glossed: "시장조사기관 코리아마켓인사이트는 …", "글로벌 시장조사기관 Precedence Research가
    # 발간한" (a market research firm, its name, a particle)
    r"|市场研究机构\s?(?P<korean>[\uac00-\ud7a3]{2,16}?|[A-Z][A-Za-z&.]{1,30}(?:\s[A-Z][A-Za-z&.]{1,30}){0,3})"
    r"(?:는|은|가|이)\s",
    re.M,
)
# "另据X预测": a second source, cited beside the document's own figures.
SECOND_SOURCE = "另据"


class _FirmTally:
    """Firms named one way: how often each is named, and where first."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, int] = {}

    def add(self, name: str, start: int) -> None:
        self.counts[name] += 1
        self.first.setdefault(name, start)


def extract_publisher_zh(text: str) -> Attribute | None:
    """The firm a Chinese document takes its figures from, by a 'source:' line or 'according to X's report'."""
    # the firms cited, and those a report's header or an association's own page names (the publisher only when no
    # firm is cited, but for a second source)
    cited, named = _FirmTally(), _FirmTally()
    for match in SOURCE_FIRM.finditer(text):
        kind = next(g for g in ("cn", "header", "site", "cited", "latin", "firm", "korean") if match.group(g))
        if text.startswith(SECOND_SOURCE, match.start(kind) - len(SECOND_SOURCE)):
            continue
        (named if kind in ("header", "site") else cited).add(match.group(kind), match.start(kind))
    tally = cited if cited.counts else named
    if not tally.counts:
        return None
    name = tally.counts.most_common(1)[0][0]
    start = tally.first[name]
    return Attribute(start, start + len(name), _sentence(text, start), attribute="publisher", value_text=name)


def extract_market_zh(text: str, title: str | None) -> Attribute | None:
    """The market named in the title, else the one the text names most with a figure, else most often."""
    head = title or text.split("\n", 1)[0]
    in_title = market_names(head)
    if in_title:
        # "医用导管代工（CDMO/OEM）行业交流": the market, not its abbreviations
        chosen = ABBREVIATIONS.sub("", in_title[0])
        # "宠物食品代工行业深度" over "中国宠物食品代工（…）市场规模": China's, as the text says
        named = market_names(text)
        if not WORLDWIDE.search(head) and f"中国{chosen}" in named:
            chosen = f"中国{chosen}"
        # a title's abbreviation, spelled out in the text: Korean "CDO 시장" of "바이오의약품 위탁개발(CDO) 시장"
        chosen = next((name for name in named if name.endswith((f"({chosen})", f"（{chosen}）"))), chosen)
        # a title's word the text writes in full, with its abbreviation: "中国IT外包" as "中国信息技术外包（ITO）"
        spelled = [name for name in named if _spelled(name) == chosen and any(w in name for w in SPELLED_WORDS)]
        chosen = max(spelled, key=len, default=chosen)
    else:
        sized = Counter(name for _start, _end, name in _sized_subjects(text))
        counts = Counter(market_names(text))
        if not counts:
            return None
        chosen = ABBREVIATIONS.sub("", max(counts, key=lambda n: (sized[n], counts[n], len(n))))
    start = max(text.find(chosen), 0)
    return Attribute(start, start + len(chosen), _sentence(text, start), attribute="market_name", value_text=chosen)


WORLDWIDE = re.compile(r"全球|世界|国际|海外")  # a title naming a market beyond China
# A company's seat, not a place the market is described in: "总部位于美国的市场研究公司".
SEAT_BEFORE = re.compile(r"(?:总部|总部位于|总部设在|位于|设在|注册于|注册在|来自)\s*$")
HAN = re.compile(r"[\u4e00-\u9fff]")


def extract_regions_zh(text: str, index: RegionIndex) -> list[RegionMention]:
    """Regions and countries named in Chinese ("亚太", "北美洲", "中国"), from the Chinese names among the region
    aliases; Chinese has no spaces, so names are found as they are, longest first, and a company's seat is left
    out. Each place once, where it is first named."""
    names = sorted((a for a in index.aliases if HAN.search(a)), key=len, reverse=True)
    taken = bytearray(len(text))  # the characters a longer name took: a shorter one inside it is none
    first: dict[str, RegionMention] = {}
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            overlaps = any(taken[pos:end])
            taken[pos:end] = b"\x01" * (end - pos)
            place = index.resolve(name)
            seat = SEAT_BEFORE.search(text, max(0, pos - 6), pos) or (
                text[pos - 1 : pos] in {"(", "（"} and text[end : end + 1] in {")", "）"}
            )  # "总部位于美国的…", "Ballard Power(加拿大)": where a company sits
            if not overlaps and place and not seat:
                known = first.get(place.code)
                if known is None or pos < known.char_start:
                    first[place.code] = RegionMention(
                        pos, end, evidence(text, pos, end), name_as_written=name, region_name=place.name, context="text"
                    )
            pos = text.find(name, end)
    return sorted(first.values(), key=lambda m: m.char_start)


SENTENCE_REACH = 400
# A size stated with no market named before it.
BARE_SIZE = "市场规模"
# "该市场" (this market), Japanese "同市場" (the same market): the one named before.
# A stage of the market's chain before it: "上游智能快递柜设备制造环节".
CHAIN_PART = re.compile(r"上游[^，,。；;\d]{2,30}?环节")
# "该市场2020年规模约为98.3亿元", "预计2030年全行业规模将达到412.5亿元": the market the paragraph sized before.
THIS_MARKET = re.compile(r"该市场|同市场|全行业")
THIS_MARKET_REACH = 1500
# The size of the markets a market drives: "带动市场规模".
INDUCED_SIZE = "带动市场规模"


def _sentence(text: str, pos: int) -> str:
    start, end = _sentence_bounds(text, pos)
    return text[start:end].strip()[:600]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, looked for up to SENTENCE_REACH characters each way (a text without sentence ends
    is no one sentence)."""
    start = max(
        (m.end() for m in SENTENCE_END.finditer(text, max(0, pos - SENTENCE_REACH), pos)),
        default=max(0, pos - SENTENCE_REACH),
    )
    end_match = SENTENCE_END.search(text, pos, pos + SENTENCE_REACH)
    return start, end_match.start() if end_match else min(len(text), pos + SENTENCE_REACH)


def _subject(text: str, start: int, pos: int, main: str | None = None, cue: str = "") -> str | None:
    """The last market named in text[start:pos]; None when none is, or when that one is named for a share of it
    ("获得15%的X市场份额，对应54亿元的市场规模": the figure is the share's, not the market's). When no market is
    named, the main market `main` if the sentence names it before the figure, with `cue` after it (a figure stated
    bare: "全球X的需求CAGR有望达到10%，2030年市场规模达到360亿元"), and no revenue, profit or other company money."""
    if INDUCED_SIZE in text[start:pos]:
        return None  # "带动市场规模达1.42万亿元": the size of the markets it drives, not its own
    chain = CHAIN_PART.search(text, start, pos) if "上游" in text[start:pos] else None
    if chain:  # "上游智能快递柜设备制造环节2024年市场规模约52.4亿元": a stage up the chain, another market
        return chain.group(0)
    phrases = market_phrases(text[start:pos])
    if phrases:
        name, end = phrases[-1]
        return None if text.startswith("份额", start + end) else name
    named = text.rfind(main, start, pos) if main else -1
    if named < 0 and main and THIS_MARKET.search(text, start, pos) and _sized_before(text, start, main, whole=True):
        # "该市场2020年规模约为98.3亿元": the market the paragraph sized before
        return None if NOT_A_SIZE.search(text, start, pos) else main
    if named < 0 and main and BARE_SIZE in text[start:pos] and _sized_before(text, start, main):
        named = start  # "我们预计2025年市场规模约为245.0亿元": the size of the market the paragraph sized before
    if named < 0 or cue not in text[named:pos] or NOT_A_SIZE.search(text, start, pos):
        return None
    return main


def _sized_before(text: str, start: int, main: str, whole: bool = False) -> bool:
    """Whether the last market whose size the paragraph states before `start` (within SENTENCE_REACH characters)
    is the main one; with `whole`, the last the text states (within THIS_MARKET_REACH): "this market" or "the same
    market" names it whichever paragraph sized it ("2029年度の同市場規模は6,340億円に達すると予測する")."""
    reach = max(0, start - (THIS_MARKET_REACH if whole else SENTENCE_REACH))
    paragraph = reach if whole else max(text.rfind("\n", reach, start) + 1, reach)
    sized = [
        (paragraph + end, name)
        for name, end in market_phrases(text[paragraph:start])
        if text.startswith("规模", paragraph + end)
    ]
    # "…の同市場規模は6,340億円…。…年平均成長率（CAGR）は3.6%": the market sized as the one named before
    sized += [(m.end(), main) for m in THIS_MARKET.finditer(text, paragraph, start) if text.startswith("规模", m.end())]
    return bool(sized) and _scope(max(sized)[1], main)[0] == "market"


def _sized_subjects(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in AMOUNT.finditer(text):
        s, _ = _sentence_bounds(text, match.start())
        subject = _subject(text, s, match.start())
        if subject:
            out.append((match.start(), match.end(), subject))
    return out


# Words a market's name may write in English letters: "信息技术" as "IT".
SPELLED_WORDS = {"信息技术": "IT", "人工智能": "AI"}
# A main market's abbreviation in parentheses: "（ITO）" of "中国信息技术外包（ITO）".
OWN_ABBREVIATION = re.compile(r"[(（]([A-Za-z][A-Za-z/&-]{1,10})[)）]$")


def _spelled(name: str) -> str:
    """A Chinese market's name with its abbreviations aside and its words written as English letters."""
    name = ABBREVIATIONS.sub("", name)
    for word, letters in SPELLED_WORDS.items():
        name = name.replace(word, letters)
    return name


def _scope(subject: str, main: str | None) -> tuple[str, str | None]:
    abbreviated = SPELLED_ABBREVIATION.sub(r"\1", subject)
    subject = PARENTHETICAL.sub("", subject).strip()
    plain = PARENTHETICAL.sub("", main).strip() if main else None  # "中国储能变流器（PCS）" is "中国储能变流器"
    if subject in {main, plain} or abbreviated == main:
        return "market", main
    own = OWN_ABBREVIATION.search(main) if main else None
    if own and subject in {own.group(1), f"中国{own.group(1)}"}:
        return "market", main  # "我国ITO市场规模", "中国ITO市场规模" of "中国信息技术外包（ITO）"
    if main and plain and subject.endswith(plain):
        return "region", main  # '亚太增强现实' of main '增强现实': a region's part of the main market
    if plain and " " in plain and plain.endswith(f" {subject}"):
        return "market", main  # Korean "위탁개발 시장" for "바이오의약품 위탁개발(CDO)": its last word for it
    return "other_market", subject


def extract_sizes_zh(text: str, main: str | None) -> list[SizeMention]:
    """Amounts stated for a named market in the same sentence, with the nearest year before them."""
    out: list[SizeMention] = []
    for match in AMOUNT.finditer(text):
        s, e = _sentence_bounds(text, match.start())
        subject = _subject(text, s, match.start(), main, cue="规模")
        if not subject or NOT_A_SIZE.search(BOOK_TITLE.sub("", text[s : match.start()])) or _price(text, s, match):
            continue
        scope, market = _scope(subject, main)
        if scope == "region":
            continue
        years = YEAR.findall(text, s, match.start())
        after = YEAR.findall(text, match.end(), e)
        year = int(years[-1]) if years else (int(after[0]) if after else None)
        value = float(match.group("value").replace(",", "")) * SCALE_MILLIONS[match.group("scale")]
        money = Money(match.group(0), round(value, 6), "million", CURRENCY[match.group("currency")])
        out.append(
            SizeMention(
                match.start(),
                match.end(),
                text[s:e].strip()[:600],
                money=money,
                market_name=market,
                scope=scope,
                reference_year=year,
                is_forecast=bool(year and "预计" in text[s:e]),
            )
        )
    return out


def _price(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether an amount is a price: "整机平均售价约为23万元/台", "（报告价格：12,800元）"."""
    before = text[max(start, match.start() - PRICE_REACH) : match.start()]
    return PRICE_BEFORE.search(before) is not None


def _clause_end(text: str, pos: int, limit: int, clauses: int) -> int:
    """Where the `clauses`-th clause from `pos` ends (not past `limit`)."""
    for match in CLAUSE_END.finditer(text, pos, limit):
        clauses -= 1
        if clauses == 0:
            return match.start()
    return limit


def extract_growth_zh(text: str, main: str | None) -> list[GrowthMention]:
    """CAGR statements for a named market: 'CAGR 为 25.4%，从 2019 年到 2024 年'; and a named market's size grown
    year on year: '2025年市场规模将达到259亿美元，同比增长36.2%' (that year's growth)."""
    out: list[GrowthMention] = []
    for match in sorted([*RATE.finditer(text), *YEAR_ON_YEAR.finditer(text)], key=lambda m: m.start()):
        s, e = _sentence_bounds(text, match.start())
        subject = _subject(text, s, match.start(), main)
        bare = not NOT_A_SIZE.search(text, s, match.start()) and not PART_WORDS.search(text, s, match.start())
        if not subject and main and bare and _sized_before(text, s, main):
            subject = main  # a rate stated bare after the paragraph sized the main market: "…CAGR은 12.2%로 제시됐다"
        if not subject:
            continue
        scope, market = _scope(subject, main)
        if scope == "region":
            continue
        if match.re is YEAR_ON_YEAR:
            if not SIZE_WORDS.search(text, s, match.start()):
                continue  # a size's growth, not a company's revenue or a volume
            years = YEAR.findall(text, s, match.start())
            first, last = None, (int(years[-1]) if years else None)
        else:
            first, last = _years_of_rate(text, match, s, e)
        rate = float(next(group for group in match.groups() if group))  # RATE's one of two, or YEAR_ON_YEAR's
        up_to = RATE_UP_TO.match(text, match.end()) if match.re is RATE else None  # "在5.2%—5.9%之间"
        end = up_to.end() if up_to else match.end()
        out.append(
            GrowthMention(
                match.start(),
                end,
                text[s:e].strip()[:600],
                rate_text=text[match.start() : end],
                rate_low=rate,
                rate_high=float(up_to.group(1)) if up_to else rate,
                start_year=first,
                end_year=last,
                market_name=market,
                scope=scope,
            )
        )
    return out


def _years_of_rate(text: str, match: re.Match[str], s: int, e: int) -> tuple[int | None, int | None]:
    """The years a CAGR runs from and to: a span in its clause or the one before or after, else those its
    sentence runs from and to before it (_years_before)."""
    ends = [m.end() for m in CLAUSE_END.finditer(text, s, match.start())]
    clause_start = ends[-2] if len(ends) >= 2 else s  # the rate's clause and the one before it
    clause_end = _clause_end(text, match.end(), e, clauses=2)
    own = ends[-1] if ends else s
    since, until = _years_before(text, own, match.start())
    if since is not None and until is not None and not YEAR_SPAN.search(text, own, match.start()):
        return (since, until) if until > since else (None, None)  # "从2019年…到2023年…年复合增长率8.6%，…"
    span = YEAR_SPAN.search(text, clause_start, clause_end)
    first, last = (int(span.group(1)), int(span.group(2))) if span else _years_before(text, s, match.start())
    if first is not None and last is not None and last <= first:
        return None, None
    return first, last


def _years_before(text: str, start: int, pos: int) -> tuple[int | None, int | None]:
    """The years a rate's sentence runs from and to before the rate, when it gives no span: 'from 2017' (first
    named) and 'to 2022' (last named), either or both None."""
    until = [int(m.group(1)) for m in UNTIL_YEAR.finditer(text, start, pos)]
    since = next(SINCE_YEAR.finditer(text, start, pos), None)
    return (int(since.group(1) or since.group(2)) if since else None), (until[-1] if until else None)
