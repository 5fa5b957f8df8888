"""Documents in Korean, read by the Chinese extractors through the Korean glossary and written back in their own
words: the written Korean documents (tests/written/docs/w13-01 … w13-10), and sentences in their wordings."""

from __future__ import annotations

import pytest

from loaders.clean import clean
from loaders.extract.chinese import extract_publisher_zh
from loaders.extract.document import extract_document
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT

WRITTEN = REPO_ROOT / "tests" / "written" / "docs"


def _facts(name: str):
    return process_file(WRITTEN / name, 10_000_000).facts


def _market(facts) -> str | None:
    return next((a.value_text for a in facts.attributes if a.attribute == "market_name"), None)


def test_a_korean_release_is_read_and_written_as_it_writes_itself() -> None:
    facts = _facts("w13-01-mab-cdmo-newswire.html")
    assert (
        _market(facts) == "단일클론항체 CDMO"
    )  # "단일클론항체(mAb) CDMO 시장": its abbreviation in parentheses left out
    sizes = {(s.money.reported_value, s.money.reported_currency, s.reference_year) for s in facts.sizes}
    assert {(18_240.0, "USD", 2025), (33_100.0, "USD", 2030)} <= sizes  # "182억 4,000만 달러", "331억 달러"
    assert (12.66, 2025, 2030) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    publisher = next(a.value_text for a in facts.attributes if a.attribute == "publisher")
    assert publisher == "Mordor Intelligence"
    players = {c.company_name for c in facts.companies}
    assert {"론자(Lonza Group AG)", "삼성바이오로직스", "카탈런트(Catalent Inc.)"} <= players
    assert (
        "후지필름 다이오신스 바이오테크놀로지(FUJIFILM Diosynth Biotechnologies)" in players
    )  # long with its spelling
    segments = {(s.dimension, s.segment_name) for s in facts.segments}
    assert {
        ("service type", "공정 개발"),
        ("service type", "분석 및 품질관리 서비스"),
        ("application", "종양학"),
    } <= segments
    assert not any(
        "시장" in s.segment_name for s in facts.segments
    )  # "시장은 △공정 개발 …": the list opens at its mark
    regions = {r.name_as_written: r.region_name for r in facts.regions}
    assert regions["북미"] == "North America" and regions["유럽"] == "Europe"


@pytest.mark.parametrize(
    ("sentence", "size"),
    [
        ("글로벌 인슐린 펌프 시장 규모는 2030년 124억5천만 달러로 커질 것으로 예상된다.", (12_450.0, "USD")),
        ("국내 밀키트 시장 규모는 2030년 1조 3,200억 원에 이를 것으로 내다봤다.", (1_320_000.0, "KRW")),
        ("국내 밀키트 시장 규모는 2030년 11조7천억 원에 이를 것으로 내다봤다.", (11_700_000.0, "KRW")),
        ("베트남 의약품 위탁생산 시장 규모는 2030년 8억 9,000만 달러에 이를 것으로 내다봤다.", (890.0, "USD")),
        ("베트남 의약품 위탁생산 시장 규모는 2030년 12조 2,000억 동에 이를 것으로 내다봤다.", (12_200_000.0, "VND")),
    ],
)
def test_korean_amounts_are_read_in_their_scales(sentence: str, size: tuple[float, str]) -> None:
    doc = clean(f"# 시장 조사\n\n{sentence}\n", ".md")
    assert doc.language == "ko"
    sizes = {(s.money.reported_value, s.money.reported_currency, s.reference_year) for s in extract_document(doc).sizes}
    assert (*size, 2030) in sizes


def test_a_korean_newspaper_s_market_figures_rate_and_source() -> None:
    facts = _facts("w13-02-bio-cdo-hankyung.html")
    # the headline's "62억달러 CDO 시장" is the text's "바이오의약품 위탁개발(CDO) 시장", not "억달러 CDO"
    assert _market(facts) == "바이오의약품 위탁개발(CDO)"
    publisher = next(a.value_text for a in facts.attributes if a.attribute == "publisher")
    assert publisher == "Roots Analysis"  # "루츠애널리시스(Roots Analysis)에 따르면"
    market = {
        (s.money.reported_value, s.money.reported_currency, s.reference_year)
        for s in facts.sizes
        if s.scope == "market"
    }
    assert {(3_100.0, "USD", 2024), (4_300_000.0, "KRW", 2024), (6_200.0, "USD", 2030)} <= market
    # "2024~2030년 연평균 성장률(CAGR)은 12.2%로 제시됐다": a rate whose sentence names no market, after its size
    assert (12.2, 2024, 2030, "market") in {(g.rate_low, g.start_year, g.end_year, g.scope) for g in facts.growth}
    other = {s.market_name for s in facts.sizes if s.scope == "other_market"}
    assert other == {"전체 바이오 CDMO"}
    # the subheading's "위탁개발 시장 연평균 12.2% 성장": the main market by its last word
    assert {g.scope for g in facts.growth} == {"market"}


def test_a_rate_takes_the_years_its_own_clause_runs_from_and_to() -> None:
    """ "2019년 588억달러에서 2023년 817억 달러로 연평균 8.6% 성장하였으며, 2023년부터 2028년까지 연평균 9.5%":
    each rate its own years, not the next clause's span."""
    facts = _facts("w13-06-dart-cro-business-report.txt")
    rates = {(g.rate_low, g.start_year, g.end_year) for g in facts.growth}
    assert (8.6, 2019, 2023) in rates and (9.5, 2023, 2028) in rates
    publisher = next(a.value_text for a in facts.attributes if a.attribute == "publisher")
    assert publisher == "Frost & Sullivan"  # "글로벌 시장조사기관 Frost & Sullivan에 따르면"


def test_korean_lists_of_players_and_segments_in_their_endings() -> None:
    blog = _facts("w13-04-naver-blog-nab.html")  # "주요 플레이어는 A, B, … 기린홀딩스 등이에요"
    assert "기린홀딩스" in {c.company_name for c in blog.companies}
    assert {"알코올 프리(0.0%)", "저알코올(0.5% 미만)"} <= {s.segment_name for s in blog.segments}  # 'A'랑 'B'로 나눈다
    news = _facts("w13-07-yonhap-insulin-pump.txt")  # "… 로슈(Roche) 등이 꼽혔다"
    players = {c.company_name for c in news.companies}
    assert {"로슈(Roche)", "탠덤 다이어비티스 케어(Tandem Diabetes Care)"} <= players
    report = _facts(
        "w13-06-dart-cro-business-report.txt"
    )  # "서비스별로는 임상 모니터링, 데이터관리·통계분석, …으로 나뉘며"
    assert {"임상 모니터링", "데이터관리·통계분석", "규제 대응(RA)"} <= {s.segment_name for s in report.segments}
    assert not any(s.dimension in {"지역", "region"} for s in report.segments)  # "지역별로는": coverage, not segments


def _read(body: str, title: str = "글로벌 CDMO 시장 전망"):
    doc = clean(f"# {title}\n\n{body}\n", ".md")
    assert doc.language == "ko"
    return extract_document(doc)


def test_a_size_stated_bare_after_the_market_s_is_the_market_s_and_a_forecast() -> None:
    facts = _read(
        "글로벌 CDMO 시장 규모는 2024년 198억 달러로 집계됐다. 2030년 시장 규모는 420억 달러에 이를 것으로 전망된다."
    )
    assert {(s.money.reported_value, s.reference_year, s.scope, s.is_forecast) for s in facts.sizes} == {
        (19_800.0, 2024, "market", False),
        (42_000.0, 2030, "market", True),  # "전망된다": forecast
    }


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("글로벌 CDMO 시장은 2024년부터 2030년까지 연평균 13.4% 성장할 것으로 보인다.", (2024, 2030)),
        ("글로벌 CDMO 시장은 2025∼2030년 연평균 9.1% 성장할 것으로 보인다.", (2025, 2030)),
        ("글로벌 CDMO 시장은 2030년까지 연평균 13.4% 성장할 것으로 보인다.", (None, 2030)),
        ("글로벌 CDMO 시장은 2024년부터 연평균 13.4% 성장하고 있다.", (2024, None)),
    ],
)
def test_the_years_of_a_korean_rate(sentence: str, years: tuple[int | None, int | None]) -> None:
    assert [(g.start_year, g.end_year) for g in _read(sentence).growth] == [years]


def test_a_market_s_year_on_year_growth() -> None:
    facts = _facts("w13-03-cosmetics-odm-brokerage.txt")  # "… 5.0조 원으로 전년 대비 16.3% 성장하며"
    assert 16.3 in {g.rate_low for g in facts.growth if g.scope == "market"}


def test_a_name_spelled_out_before_its_abbreviation_is_the_market_the_title_abbreviates() -> None:
    facts = _read(
        "시장조사기관에 따르면 전 세계 바이오의약품 위탁개발생산(CDMO) 시장 규모는 2024년 198억 달러로 집계됐다.",
        title="글로벌 바이오의약품 CDMO 시장, 2030년 420억 달러 규모로 성장 전망",
    )
    assert _market(facts) == "바이오의약품 CDMO"
    assert {(s.money.reported_value, s.scope) for s in facts.sizes} == {(42_000.0, "market"), (19_800.0, "market")}


def test_a_list_s_closing_words_and_regions_are_no_segments() -> None:
    facts = _facts("w13-08-mealkit-domestic-release.md")  # "▲반조리형 ▲즉석가열형의 세 가지로 구분했다"
    assert {"쿠킹형(손질 재료 조리형)", "반조리형", "즉석가열형"} <= {s.segment_name for s in facts.segments}
    assert _read("지역별로는 북미, 유럽, 아시아태평양으로 구분된다.").segments == []


def test_players_a_korean_sentence_lists_before_its_verb_of_leading_or_competing() -> None:
    """ "시장은 프레시지, CJ제일제당, 마이셰프가 상위권을 형성하고 있으며", "…, PTW, 테스트로닉(Testronic),
    글로벌스텝(GlobalStep) 등이 경쟁하고 있다": the names before the particle and the verb, the first one before
    "을 비롯해" ("including") too; not a list of jobs
    ("임상시험 모니터요원(CRA), 데이터 관리자, 통계 전문가 등 전문 인력의 확보 경쟁"), nor the clause before a
    list's first name ("다국적 CRO의 한국법인과 함께 씨엔알리서치")."""
    meal_kits = {c.company_name for c in _facts("w13-08-mealkit-domestic-release.md").companies}
    assert {"프레시지", "CJ제일제당", "마이셰프"} <= meal_kits
    games = {c.company_name for c in _facts("w13-10-game-localization-qa-news.html").companies}
    assert {"라이언브리지 게임즈(Lionbridge Games)", "PTW", "테스트로닉(Testronic)", "글로벌스텝(GlobalStep)"} <= games
    report = {c.company_name for c in _facts("w13-06-dart-cro-business-report.txt").companies}
    assert not any("전문가" in name or "관리자" in name or "산업으로" in name or "한국법인" in name for name in report)
    design_houses = {c.company_name for c in _facts("w16-20-korea-design-house-press-release.html").companies}
    assert {"넥스실리콘", "가온칩스", "에이직랜드"} <= design_houses  # "넥스실리콘을 비롯해 가온칩스, …": "including"
    facts = _read("국내 시장에서는 세미파이브를 비롯해 가온칩스, 에이디테크놀로지, 코아시아세미 등이 경쟁하고 있다.")
    assert {"세미파이브", "가온칩스", "코아시아세미"} <= {c.company_name for c in facts.companies}


def test_a_bare_rate_after_the_market_s_size_is_not_taken_for_a_part_s() -> None:
    """ "其中冻干咖啡粉代工是增长最快的细分，预计2024—2029年复合增长率达18.6%": the fastest segment's rate, not the
    market's, though its sentence names no market."""
    facts = _facts("w10-06-china-coffee-oem-investor-relations-record.zh-CN.html")
    assert 18.6 not in {g.rate_low for g in facts.growth if g.scope == "market"}


def test_a_korean_size_after_a_year_in_parentheses_and_its_sentence_as_evidence() -> None:
    """A written Korean article: "지난해(2024년) 국내 단체급식 위탁운영 시장 규모를 6조 4,200억 원으로 추산하고" and
    "2019년 시장 규모는 4조 8,500억 원이었다" state the main market's sizes (no name opens with the parenthesis
    closed before it); each size's evidence is its sentence, no line break before it."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-27-korea-contract-foodservice.txt", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(6420000.0, 2024), (4850000.0, 2019), (9100000.0, 2030)} <= sizes
    assert all(s.evidence_text == s.evidence_text.strip() for s in facts.sizes)


@pytest.mark.parametrize("particle", ["는", "은", "가", "이"])
def test_a_korean_research_firm_named_in_hangul_is_the_publisher(particle: str) -> None:
    """A written Korean article: "시장조사기관 코리아마켓인사이트는 12일 발간한 '…보고서 2025'에서 …": the firm, in
    Hangul, before its particle."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-27-korea-contract-foodservice.txt", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "코리아마켓인사이트"
    found = extract_publisher_zh(f"市场研究机构 한빛리서치{particle} 12일 발간한 보고서에서")
    assert found is not None and found.value_text == "한빛리서치"


def test_a_korean_list_after_the_glossed_market_s_particle_and_a_name_ending_as_a_particle_does() -> None:
    """A written Korean article: "국내 단체급식 위탁운영 시장은 삼성웰스토리, 아워홈, 현대그린푸드, CJ프레시웨이,
    신세계푸드 등 대기업 계열 사업자가 주도하고 있으며": each name whole, none with the topic's particle before it, and
    "CJ프레시웨이" (not the list's last) with its last syllable."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w19-27-korea-contract-foodservice.txt", 10**8).facts
    names = {c.company_name for c in facts.companies}
    assert {"삼성웰스토리", "아워홈", "CJ프레시웨이", "신세계푸드"} <= names
    assert not any(name.startswith("은 ") for name in names) and "CJ프레시웨" not in names


def test_a_research_firm_named_in_latin_letters_before_a_korean_particle_is_the_publisher() -> None:
    """A written Korean release of a reseller: "(주)마켓리포트코리아가 글로벌 시장조사기관 Precedence Research가
    발간한 … 보고서의 국내 판매를 시작한다": the firm that wrote the report, not the reseller its links name."""
    facts = process_file(WRITTEN / "w20-26-yujeonja-hapseong-seobiseu.md", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Precedence Research"
    found = extract_publisher_zh("市场研究机构 Grand View Research는 보고서에서")
    assert found is not None and found.value_text == "Grand View Research"
