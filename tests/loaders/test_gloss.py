"""Releases in French, German, Spanish, Portuguese, Italian and Dutch, read by the English extractors through their
glossary and written back in their own words: the written releases in those languages, and the English documents,
which no gloss touches."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loaders.clean import CleanDocument, clean
from loaders.decode import decode
from loaders.evaluate import normalize_name
from loaders.extract.chinese import market_names
from loaders.extract.document import extract_document
from loaders.extract.gloss import gloss, glossed_language
from loaders.extract.glossary import foreign_place_names
from loaders.extract.market import subject_market
from loaders.extract.regions import load_index
from loaders.pipeline import process_file
from tests.conftest import REAL_DOCS, REPO_ROOT, query, run_cli

WRITTEN = REPO_ROOT / "tests" / "written" / "docs"
RELEASES = {
    "w7-09-cdmo-microbiome-communique.md": "fr",
    "w7-20-textiles-medicaux-sous-traitance-communique.md": "fr",
    "w8-10-ivd-auftragsfertigung-pressemitteilung.md": "de",
    "w8-22-lyophilisations-cdmo-pressemitteilung.md": "de",
    "w9-04-co-packing-bebidas-release-pt-br.html": "pt",
    "w9-20-maquila-suplementos-capsulas-boletin-camara.html": "es",
    "w11-03-fragranze-conto-terzi-it.html": "it",
    "w11-08-cro-dermatologie-fr.html": "fr",
    "w11-15-pvd-lohnbeschichtung-de.txt": "de",
    "w11-17-maquila-alimentos-mascotas-latam.html": "es",
    "w11-21-cafes-especiais-brasil.html": "pt",
    "w11-30-led-kweekverlichting.txt": "nl",
    "w12-01-faconnage-entretien.html": "fr",
    "w12-02-lohnhaerterei.txt": "de",
    "w12-03-manufactura-aeroespacial-mx.txt": "es",
    "w12-04-contoterzismo-nobilitazione.txt": "it",
    "w12-05-autoconsumo-solar-pt.html": "pt",
    "w12-06-thuisbatterijen-be.md": "nl",
    "w12-16-fabrication-facon-erable.html": "fr",
    "w12-17-lohnfertigung-uhrenkomponenten.txt": "de",
    "w12-18-bpo-colombia-periodico.html": "es",
    "w12-19-macchine-espresso-professionali.html": "it",
    "w12-20-planos-odontologicos-brasil.html": "pt",
    "w12-21-contractlogistiek-nederland.txt": "nl",
    "w13-12-biolebensmittel-oesterreich.html": "de",
    "w13-13-chocolat-facon-belgique.txt": "fr",
    "w13-14-aceite-oliva-economia.html": "es",
    "w13-15-usinagem-cnc-openpr.html": "pt",
    "w14-24-lohn-blechbearbeitung-deutschland.txt": "de",
    "w14-25-sous-traitance-pharmaceutique-france.html": "fr",
    "w14-26-robots-industriales-mexico.html": "es",
    "w14-27-pelletteria-conto-terzi-italia.md": "it",
    "w14-28-uitbesteding-salarisadministratie.txt": "nl",
    "w15-26-lohnspritzguss-deutschland.html": "de",
    "w15-27-contact-center-outsourcing-espana.txt": "es",
    "w15-28-terceirizacao-cosmeticos-brasil.html": "pt",
    "w16-21-decolletage-sous-traitance-france.html": "fr",
    "w16-22-occhialeria-conto-terzi.txt": "it",
    "w17-18-lohngalvanik-europa.txt": "de",  # Windows-1252
    "w17-19-externalisation-biostatistique.txt": "fr",  # mojibake
    "w17-30-yerba-mate.html": "es",  # ISO-8859-1
    "w18-13-lohnlackierung-deutschland.txt": "de",
    "w19-26-cosmeticos-contrato-latam.html": "es",
    "w20-16-lohnherstellung-klebstoffe.html": "de",
    "w20-17-banken-it-outsourcing-schweiz.txt": "de",  # Swiss: "CHF 1'250 Mio."
    "w20-18-sous-traitance-maintenance-ferroviaire.html": "fr",
    "w20-19-thermopompes-canada-quebec.md": "fr",  # Quebec: "2,3 G$"
    "w20-20-contoterzismo-agricolo-italia.txt": "it",
    "w20-21-terceirizacao-saneantes-brasil.html": "pt",
    "w20-22-tequila-mexico.md": "es",  # Mexico: "una TCAC de 6.9%"
    "w20-23-schoonmaak-zorg-nederland.txt": "nl",
    "w20-30-seguridad-privada-espana.md": "es",
    "w23-20-fertilizantes-liberacion-controlada.es.txt": "es",
    "w24-12-lohnmahlung-fachartikel.de.html": "de",
    "w24-13-sous-traitance-silicone-medical-communique.fr.md": "fr",
    "w24-21-acai-modo-leitura.pt-BR.html": "pt",
    "w25-21-biofertilizantes-whatsapp-encaminhada.pt-BR.txt": "pt",
    "w27-23-wdvs-deutschland-pressemitteilung.de.md": "de",
    "w28-20-aceite-de-aguacate-comunicado-traducido.es.html": "es",
    "w29-10-druckerpatronen-toner-pressemitteilung.de.html": "de",
    "w29-11-appareils-photo-argentiques-communique.fr.html": "fr",
    "w30-11-sensores-de-gas-comunicado.es.html": "es",
    "w30-23-riego-por-goteo-comunicado.es.html": "es",
    "w30-24-groupes-electrogenes-communique.fr.html": "fr",
    "w31-24-verres-ophtalmiques-communique-euros-dollars.fr.html": "fr",
    "w31-25-schweissroboter-pressemitteilung-revision.de.txt": "de",
    "w32-09-membranas-impermeabilizantes-comunicado.es.html": "es",
    "w32-10-piastrelle-ceramica-comunicato-fino-al-2030.it.txt": "it",
    "w32-28-rolhas-de-cortica-comunicado.pt-PT.html": "pt",
    "w32-29-vloerverwarming-europa-persbericht.nl.html": "nl",
    "w33-10-vinos-espumosos-comunicado.es.html": "es",
    "w33-25-laserschneidmaschinen-pressemitteilung.de.html": "de",
    "w33-26-fertilizantes-foliares-comunicado.pt-BR.txt": "pt",
    "w34-26-cosmetiques-solides-communique-marches-voisins.fr.html": "fr",
    "w36-13-gabelstapler-pressemitteilung-anbieter.de.html": "de",
    "w36-26-mezcal-comunicado-pesos-dolares.es.html": "es",
    "w37-27-goma-de-mascar-mordor-pagina-informe.es.html": "es",
}


def _cleaned(path: Path) -> CleanDocument:
    return clean(decode(path.read_bytes()).text, path.suffix)


def _text(path: Path) -> str:
    return _cleaned(path).text


@pytest.mark.parametrize(("name", "language"), RELEASES.items())
def test_each_written_release_is_read_in_its_language(name: str, language: str) -> None:
    assert glossed_language(_text(WRITTEN / name)) == language


def test_english_documents_are_not_glossed() -> None:
    documents = [*sorted(REAL_DOCS.iterdir()), *sorted(WRITTEN.iterdir())]
    latin = [doc.text for doc in map(_cleaned, documents) if doc.language == "en"]
    assert len(latin) > 300
    assert {text[:60] for text in latin if glossed_language(text)} == {_text(WRITTEN / n)[:60] for n in RELEASES}


def test_numbers_in_the_languages_formats_are_read_as_digits() -> None:
    glossed = gloss("El mercado alcanzó USD 1.312,6 millones; en Francia 3 182,4 millions; 31.600 unidades", "es")
    assert "USD 1312.6 million" in glossed.text
    assert "3182.4" in glossed.text and "31600" in glossed.text


def test_offsets_of_the_glossed_text_lead_back_to_the_words_as_written() -> None:
    written = "Der weltweite Markt für Lyophilisation wird bis 2031 auf 5,1 Mrd. US-Dollar anwachsen."
    glossed = gloss(written, "de")
    assert glossed.text.startswith("The global market for Lyophilisation")
    start = glossed.text.index("5.1 Billion USD")  # a German noun's capital kept
    end = start + len("5.1 Billion USD")
    assert written[glossed.original(start) : glossed.original(end, end=True)] == "5,1 Mrd. US-Dollar"
    tail = glossed.text.index("anwachsen")
    assert written[glossed.original(tail) :] == "anwachsen."


def test_scales_are_read_as_each_language_means_them() -> None:
    assert "1.31 billion" in gloss("USD 1,31 mil millones", "es").text
    assert "1.9 trillion" in gloss("COP 1,9 billones", "es").text  # a Spanish billón is a million millions
    assert "21.4 billion" in gloss("US$ 21,4 bilhões", "pt").text  # a Brazilian bilhão is a thousand millions
    assert "14.86 billion USD" in gloss("14,86 mrd. US-Dollar", "de").text


def test_facts_of_a_spanish_bulletin_are_found_and_written_as_the_bulletin_writes_them() -> None:
    path = WRITTEN / "w9-20-maquila-suplementos-capsulas-boletin-camara.html"
    text = _text(path)
    facts = process_file(path, 10_000_000).facts
    sizes = {(s.money.reported_value, s.money.reported_unit, s.reference_year) for s in facts.sizes if s.money}
    assert {(1312.6, "million", 2024), (2418.4, "million", 2031), (842.7, "million", 2019)} <= sizes
    assert any((g.rate_low, g.start_year, g.end_year) == (9.1, 2025, 2031) for g in facts.growth)
    ingredients = [s.segment_name for s in facts.segments if s.dimension == "ingrediente"]
    assert ingredients[:2] == ["vitaminas y minerales", "botánicos"]
    for fact in [*facts.sizes, *facts.growth, *facts.segments, *facts.regions]:
        assert fact.evidence_text in text  # each sentence as the bulletin writes it
        assert text[fact.char_start : fact.char_end] in fact.evidence_text


def test_players_and_regions_of_a_german_release() -> None:
    path = WRITTEN / "w8-10-ivd-auftragsfertigung-pressemitteilung.md"
    facts = process_file(path, 10_000_000).facts
    players = {c.company_name for c in facts.companies}
    assert {"Jabil", "Nolato", "Invetech"} <= players
    places = {(r.name_as_written, r.region_name) for r in facts.regions}
    assert {("Nordamerika", "North America"), ("Asien-Pazifik", "Asia Pacific"), ("Deutschland", "Germany")} <= places


def test_a_country_named_in_another_language_is_the_same_country_to_the_evaluation() -> None:
    index = load_index()
    assert index.resolve(foreign_place_names()["allemagne"]).code == index.resolve("Germany").code
    assert index.resolve(foreign_place_names()["amérique du nord"]).code == "north_america"


def test_regions_written_in_another_language_resolve_in_the_marts(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("w8-10-ivd-auftragsfertigung-pressemitteilung.md", "w2-15-lithium-ion-battery-recycling-market.md"):
        shutil.copy(WRITTEN / name, docs / name)
    db = tmp_path / "warehouse.duckdb"
    run_cli("build", str(docs), db=db)
    rows = dict(
        query(
            db,
            "select name_as_written, region_key from marts.fct_region_mentions where name_as_written = 'Nordamerika'",
        )
    )
    assert rows == {"Nordamerika": "north_america"}
    rest = query(db, "select region_key from marts.fct_region_mentions where name_as_written = 'Rest-of-Europe'")
    assert rest and all(key != "europe" for (key,) in rest)  # a name holding a region's is not that region


@pytest.mark.parametrize(
    ("name", "players"),
    [
        ("w11-03-fragranze-conto-terzi-it.html", {"Cosmint", "Parfex Manufacturing", "Aromaticum"}),  # "I principali …"
        ("w11-08-cro-dermatologie-fr.html", {"ICON", "Medpace Holdings", "Bioskin"}),  # "Entreprises présentées :"
        ("w11-17-maquila-alimentos-mascotas-latam.html", {"Italcol", "Solla"}),  # "Entre los principales … figuran"
        ("w11-21-cafes-especiais-brasil.html", {"Orfeu Cafés Especiais", "Moka Clube"}),  # "principais players … estão"
        ("w11-30-led-kweekverlichting.txt", {"Signify", "Heliospectra", "Valoya"}),  # "belangrijkste spelers … zijn"
    ],
)
def test_key_players_are_read_in_each_language(name: str, players: set[str]) -> None:
    found = {c.company_name for c in process_file(WRITTEN / name, 10_000_000).facts.companies}
    assert players <= found


@pytest.mark.parametrize(
    ("name", "market", "size"),
    [
        ("w11-08-cro-dermatologie-fr.html", "CRO en dermatologie", (2.41, "billion", 2024)),  # no "2025-2030" in it
        ("w11-15-pvd-lohnbeschichtung-de.txt", "PVD-Lohnbeschichtung", (1.96, "billion", 2024)),  # "wächst" a verb
        ("w11-30-led-kweekverlichting.txt", "LED-kweekverlichting", (1.8, "billion", 2024)),  # "bedroeg" a verb
        # "catégorie : Études de marché" over the release, in mojibake ("Ã‰tudes") as it came
        (
            "w17-19-externalisation-biostatistique.txt",
            "externalisation de la biostatistique clinique",
            (1.42, "billion", 2024),
        ),
    ],
)
def test_the_market_is_named_without_the_words_around_it(name: str, market: str, size: tuple) -> None:
    facts = process_file(WRITTEN / name, 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == market
    sizes = {
        (s.money.reported_value, s.money.reported_unit, s.reference_year) for s in facts.sizes if s.scope == "market"
    }
    assert size in sizes


@pytest.mark.parametrize(
    ("sentence", "size"),
    [
        (
            "世界の培養肉市場規模は、2024年の12億米ドルから2030年には25億米ドルに達すると予測されています。",
            (2500.0, "USD"),
        ),
        ("世界の培養肉市場規模は2030年に1.2兆米ドルに達すると予測されています。", (1_200_000.0, "USD")),
        ("国内の培養肉市場規模は2030年度に1兆円に達する見込みである。", (1_000_000.0, "JPY")),
        ("国内の培養肉市場規模は2030年度に1兆2,500億円に達する見込みである。", (1_250_000.0, "JPY")),
    ],
)
def test_japanese_amounts_are_read_by_the_chinese_extractors(sentence: str, size: tuple[float, str]) -> None:
    doc = clean(f"# 培養肉市場の調査\n\n{sentence}\n", ".md")
    assert doc.language == "ja"
    sizes = {(s.money.reported_value, s.money.reported_currency, s.reference_year) for s in extract_document(doc).sizes}
    assert (*size, 2030) in sizes


def test_a_japanese_survey_s_sizes_growth_and_players_are_read_and_written_as_it_writes_them() -> None:
    yano = process_file(WRITTEN / "w11-02-yano-cosmetics-oem-ja.html", 10_000_000).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in yano.sizes if s.scope == "market"}
    assert {(301_200.0, 2020), (361_800.0, 2024), (375_200.0, 2025), (431_000.0, 2029)} <= sizes  # "2025年度（見込）"
    assert [(g.rate_low, g.start_year, g.end_year) for g in yano.growth] == [
        (3.6, 2024, 2029)
    ]  # "2024年度から2029年度"
    whole = next(s for s in yano.sizes if s.scope == "other_market")
    assert whole.money.reported_value == 2_605_000.0 and "2兆6,050億円" in whole.evidence_text
    news = process_file(WRITTEN / "w11-18-keshohin-oem-yano.txt", 10_000_000).facts
    assert (5.2, None, 2023) in {(g.rate_low, g.start_year, g.end_year) for g in news.growth}  # "前年度比5.2%増"
    assert {"日本コルマー", "東洋ビューティ", "日本色材工業研究所"} <= {c.company_name for c in news.companies}


def test_a_japanese_legal_form_is_dropped_when_names_are_compared() -> None:
    assert normalize_name("株式会社矢野経済研究所") == normalize_name("矢野経済研究所")
    assert normalize_name("日本コルマー株式会社") == normalize_name("日本コルマー")


def test_places_named_in_japanese_are_the_regions_and_countries_they_name() -> None:
    text = (
        "# 培養肉市場の調査\n\n本調査は北米、欧州、アジア太平洋、中南米の市場を対象とし、"
        "米国、韓国、タイやベトナムの動向も分析した。\n"
    )
    places = {r.name_as_written: r.region_name for r in extract_document(clean(text, ".md")).regions}
    assert places == {
        "北米": "North America",
        "欧州": "Europe",
        "アジア太平洋": "Asia Pacific",
        "中南米": "Latin America",
        "米国": "United States",
        "韓国": "South Korea",
        "タイ": "Thailand",
        "ベトナム": "Vietnam",
    }


def _sizes(name: str) -> set[tuple[float, str, str, int | None]]:
    facts = process_file(WRITTEN / name, 10_000_000).facts
    return {
        (s.money.reported_value, s.money.reported_unit, s.money.reported_currency, s.reference_year)
        for s in facts.sizes
    }


def test_amounts_in_each_country_s_formats() -> None:
    """A Mexican post's "1,850 millones de dólares" (a comma before thousands when millions follow), a Brazilian
    paper's "R$ 6,4 bi", an Italian brief's "5,8 miliardi di euro" in a market "per caffè espresso" (no "by" but
    before a dimension)."""
    assert (1850.0, "million", "USD", 2024) in _sizes("w12-03-manufactura-aeroespacial-mx.txt")
    assert (6.4, "billion", "BRL", 2024) in _sizes("w12-20-planos-odontologicos-brasil.html")
    assert (5.8, "billion", "EUR", 2024) in _sizes("w12-19-macchine-espresso-professionali.html")
    assert "1842.5 million chf" in gloss("Umsatz von 1'842.5 Mio. Fr. im Jahr 2024", "de").text.lower()  # Swiss


def test_newspapers_name_the_study_a_figure_comes_from() -> None:
    """'Secondo Technavio', 'segundo levantamento da Mordor Intelligence', 'según IMARC'."""
    publishers = {}
    for name in (
        "w12-19-macchine-espresso-professionali.html",
        "w12-20-planos-odontologicos-brasil.html",
        "w12-03-manufactura-aeroespacial-mx.txt",
    ):
        facts = process_file(WRITTEN / name, 10_000_000).facts
        publishers[name] = next((a.value_text for a in facts.attributes if a.attribute == "publisher"), None)
    assert publishers == {
        "w12-19-macchine-espresso-professionali.html": "Technavio",
        "w12-20-planos-odontologicos-brasil.html": "Mordor Intelligence",
        "w12-03-manufactura-aeroespacial-mx.txt": "IMARC Group",
    }


def test_a_portuguese_report_and_consultancy_name_the_firm() -> None:
    """'Relatório da Fortune Business Insights projeta …', '… divulgado nesta semana pela consultoria Fortune Business
    Insights': the firm, over the news site whose links fill the page (its photo credits name it)."""
    assert gloss("Relatório da Fortune Business Insights projeta", "pt").text.startswith("Report by Fortune")
    assert gloss("o relatório do IMARC Group", "pt").text.endswith("report by IMARC Group")
    assert "research firm Fortune" in gloss("divulgado nesta semana pela consultoria Fortune Business", "pt").text
    facts = process_file(WRITTEN / "w24-21-acai-modo-leitura.pt-BR.html", 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == "Fortune Business Insights"


def test_a_market_s_name_stops_at_the_languages_articles_and_verbs() -> None:
    """'der deutsche Markt für Lohnwärmebehandlung im vergangenen Jahr …' is "Lohnwärmebehandlung"; a growth rate in
    "Prozent" is a rate."""
    facts = process_file(WRITTEN / "w12-02-lohnhaerterei.txt", 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "Lohnwärmebehandlung"
    assert "um 3%" in gloss("2023 war der Markt noch um 3 Prozent geschrumpft", "de").text


def test_a_market_named_with_its_country_keeps_it_and_its_figures() -> None:
    """ "Der Markt für Bio-Lebensmittel in Österreich": the market of Austria, named so, with its figures; the German
    market's figure in the same article is Germany's; a part of a market named with a place in a document's head
    ("hearing aids in the U.S.") names no market."""
    facts = process_file(WRITTEN / "w13-12-biolebensmittel-oesterreich.html", 10_000_000).facts
    assert (
        next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "Bio-Lebensmittel in Österreich"
    )
    scoped = {(s.money.reported_value, s.reference_year, s.scope, s.region_name) for s in facts.sizes}
    assert {(2.87, 2024, "market", None), (3.68, 2029, "market", None), (17.0, None, "region", "Germany")} <= scoped
    hearing = process_file(WRITTEN / "w4-10-hearing-aids.txt", 10_000_000).facts
    assert next(a.value_text for a in hearing.attributes if a.attribute == "market_name") == "HEARING AIDS"


def test_an_abbreviation_in_parentheses_is_dropped_when_names_are_compared() -> None:
    assert normalize_name("단일클론항체(mAb) CDMO") == normalize_name("단일클론항체 CDMO")
    assert normalize_name("Monoclonal Antibody (mAb) CDMO") == normalize_name("Monoclonal Antibody CDMO")
    assert normalize_name("Artificial Intelligence (AI) in Healthcare") == normalize_name(
        "Artificial Intelligence in Healthcare"
    )


def test_a_market_s_name_stops_before_its_place_a_number_or_a_verb_of_size() -> None:
    """ "el mercado de maquila de alimentos para mascotas en América Latina": the name with its place, as the
    headline opens with it; "le marché de la fabrication à façon représente environ 410 millions": no verb, no number
    in the name."""
    latam = process_file(WRITTEN / "w11-17-maquila-alimentos-mascotas-latam.html", 10_000_000).facts
    market = next(a.value_text for a in latam.attributes if a.attribute == "market_name")
    assert market == "maquila de alimentos para mascotas en América Latina"
    belgian = process_file(WRITTEN / "w13-13-chocolat-facon-belgique.txt", 10_000_000).facts
    names = {s.market_name for s in [*belgian.sizes, *belgian.growth]} | {
        a.value_text for a in belgian.attributes if a.attribute == "market_name"
    }
    assert not any("410" in name or "représente" in name or name.endswith(" en") for name in names)


@pytest.mark.parametrize(
    ("name", "players"),
    [
        # "Zu den größeren Anbietern zählen die Weißenfels Blechtechnik GmbH, die …, die Hanse Präzisionsblech GmbH
        # sowie die Rhön Metallbau-Gruppe": each name without its article
        (
            "w14-24-lohn-blechbearbeitung-deutschland.txt",
            {"Weißenfels Blechtechnik", "Krumbach Laser & Blech", "Hanse Präzisionsblech", "Rhön Metallbau-Gruppe"},
        ),
        ("w12-02-lohnhaerterei.txt", {"Härterei Reese"}),  # "… und die Härterei Reese aus Bochum"
        # "Le paysage est dominé par quelques acteurs d'envergure : Delpharm, Fareva, …"
        ("w14-25-sous-traitance-pharmaceutique-france.html", {"Delpharm", "Fareva", "Skyepharma", "Seqens"}),
        # "Tra gli operatori strutturati del conto terzi figurano Pelletteria Valdarno S.p.A., …"
        ("w14-27-pelletteria-conto-terzi-italia.md", {"Pelletteria Valdarno", "Laboratori Riuniti di Scandicci"}),
        ("w14-28-uitbesteding-salarisadministratie.txt", {"ADP", "SD Worx"}),  # "Tot de grootste aanbieders behoren"
        # "Die größten Anbieter im deutschen Markt sind laut Studie Röchling Industrial SE & Co. KG, Wirthwein AG, …"
        ("w15-26-lohnspritzguss-deutschland.html", {"Röchling Industrial", "Wirthwein", "Gerresheimer Regensburg"}),
        # "Entre as maiores, o estudo cita Bioforma Indústria Cosmética Ltda., Líder Terceirização Cosmética S.A., …"
        ("w15-28-terceirizacao-cosmeticos-brasil.html", {"Bioforma Indústria Cosmética", "Fareva"}),
        # "Recherche Saint-Laurent cite parmi les principaux fournisseurs Mitsubishi Electric, Daikin, …"
        ("w20-19-thermopompes-canada-quebec.md", {"Mitsubishi Electric", "Daikin", "Fujitsu General", "Lennox"}),
        # "Zu den wichtigsten Anbietern zählt die Studie Swisscom, die Inventx AG, …"
        ("w20-17-banken-it-outsourcing-schweiz.txt", {"Swisscom", "Inventx", "Rheinfall Data Center"}),
    ],
)
def test_players_a_glossed_newspaper_lists(name: str, players: set[str]) -> None:
    found = {c.company_name for c in process_file(WRITTEN / name, 10_000_000).facts.companies}
    assert players <= found
    assert not [c for c in found if c.startswith(("die ", "Härterei Reese aus"))]


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("Le paysage est dominé par quelques acteurs d'envergure : A", "fr"),
        ("Le marché est dominé par plusieurs grands acteurs : A", "fr"),
        ("Le secteur est dominé par une poignée d'acteurs majeurs : A", "fr"),
        ("Le marché est dominé par quelques acteurs de premier plan : A", "fr"),
        ("Tot de grootste aanbieders behoren A", "nl"),
        ("Tot de belangrijkste spelers horen A", "nl"),
        ("Tot de grootste bedrijven behoren A", "nl"),
        ("Tot de grootste leveranciers behoren A", "nl"),
    ],
)
def test_each_wording_of_a_players_list(written: str, language: str) -> None:
    assert gloss(written, language).text.lower().startswith("key players include")


def test_a_german_study_s_count_of_segments_is_no_part_of_its_dimension() -> None:
    """ "Die Studie unterscheidet nach Leistungsart vier Segmente:" over its list: the dimension is "Leistungsart"."""
    facts = process_file(WRITTEN / "w20-17-banken-it-outsourcing-schweiz.txt", 10_000_000).facts
    assert {s.dimension_as_written for s in facts.segments} == {"Leistungsart"}


def test_the_study_a_list_is_attributed_to() -> None:
    """ "Die größten Anbieter sind laut der Studie A, B": the list right after its verb."""
    assert gloss("Die größten Anbieter sind laut der Studie Acme GmbH", "de").text.endswith("are Acme GmbH")


@pytest.mark.parametrize(
    ("name", "publisher"),
    [
        ("w14-24-lohn-blechbearbeitung-deutschland.txt", "Hohenstein Marktanalyse"),  # "Über die Hohenstein …"
        ("w11-15-pvd-lohnbeschichtung-de.txt", "Lucintel"),  # "Über Lucintel"
        ("w11-08-cro-dermatologie-fr.html", "ResearchAndMarkets.com"),  # "À propos de ResearchAndMarkets.com"
        ("w14-28-uitbesteding-salarisadministratie.txt", "Van Dijk & Mertens Marktonderzoek"),  # "Over Van Dijk …"
        ("w11-30-led-kweekverlichting.txt", "Vandermeer Marktonderzoek"),
        ("w14-25-sous-traitance-pharmaceutique-france.html", "Xerfi"),  # "selon Xerfi"
        ("w17-19-externalisation-biostatistique.txt", "Altaïr Études & Conseil"),  # "… étude d'Altaïr Études & Conseil"
        ("w13-13-chocolat-facon-belgique.txt", "Cérès Études & Conseil"),
        # "selon une étude publiée mercredi par Recherche Saint-Laurent inc."
        ("w20-19-thermopompes-canada-quebec.md", "Recherche Saint-Laurent"),
        ("w20-23-schoonmaak-zorg-nederland.txt", "Delta Marktinzicht"),  # "aldus marktonderzoeksbureau Delta …"
        ("w12-21-contractlogistiek-nederland.txt", "Holland Logistics Insight"),  # "onderzoeksbureau Holland …"
        ("w20-21-terceirizacao-saneantes-brasil.html", "Vértice Inteligência de Mercado"),  # "… | Vértice …"
        ("w9-04-co-packing-bebidas-release-pt-br.html", "Vértice Inteligência de Mercado"),  # "estudo da Vértice …"
        # "Das zeigt die Studie «Sourcing-Monitor Finanzplatz 2025» der Lakeside Research AG in Zug"
        ("w20-17-banken-it-outsourcing-schweiz.txt", "Lakeside Research AG"),
    ],
)
def test_a_glossed_release_s_firm_from_its_about_block_or_its_name(name: str, publisher: str) -> None:
    facts = process_file(WRITTEN / name, 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "publisher") == publisher
    assert "Studie" not in {c.company_name for c in facts.companies}  # "Über die Studie" heads no firm's block


@pytest.mark.parametrize(
    ("written", "language", "read"),
    [
        ("Acerca de Ansa Research", "es", "About Ansa Research"),
        ("Informazioni su Centro Studi Arno", "it", "About Centro Studi Arno"),
        ("Über die Hohenstein Marktanalyse GmbH", "de", "About Hohenstein Marktanalyse GmbH"),
        ("Über den Verband", "de", "About Verband"),
        ("Über das Institut", "de", "About Institut"),
        ("Over Van Dijk & Mertens", "nl", "About Van Dijk & Mertens"),
        ("Over de markt", "nl", "Over the market"),  # no name after it
        ("À propos de Xerfi", "fr", "About Xerfi"),
        ("À propos d'Alcimed", "fr", "About Alcimed"),
    ],
)
def test_each_language_s_about_heading(written: str, language: str, read: str) -> None:
    assert gloss(f"Text.\n{written}\n", language).text.split("\n")[1] == read
    assert "About" not in gloss(f"Het gaat {written}.", language).text  # a heading opens its line


@pytest.mark.parametrize("noun", ["Studie", "Umfrage", "Untersuchung", "Methodik", "Daten"])
def test_a_heading_about_the_study_is_no_firm_s(noun: str) -> None:
    assert "About" not in gloss(f"Text.\nÜber die {noun}\n", "de").text


def test_a_japanese_newspaper_s_fiscal_years_and_players() -> None:
    """A newspaper's two-digit fiscal year ("健康食品市場全体…は24年度に9120億円") is 2024;
    "受託製造の主要企業には、アピ、三生医薬、…などがある" lists the players."""
    facts = process_file(WRITTEN / "w14-23-kenko-shokuhin-jutaku-seizo.html", 10_000_000).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes}
    assert {(912_000.0, 2024), (248_600.0, 2024)} <= sizes  # and "2024年度の…市場規模…2486億円" stays 2024
    players = {c.company_name for c in facts.companies}
    assert {"アピ", "三生医薬", "東洋カプセル", "東海ヘルスプロダクツ"} <= players


def test_a_japanese_survey_with_full_width_percent_signs_and_a_list_closed_by_its_copula() -> None:
    """ "年平均成長率（CAGR）は5.0％", "前年度比2.6％増" (full-width signs) are rates; "主要企業は、A、…、Bである。"
    lists the players, its last name without "である"."""
    facts = process_file(WRITTEN / "w20-24-jutaku-rinsho-kensa.html", 10_000_000).facts
    rates = {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    assert {(5.0, 2024, 2030), (2.6, None, 2024)} <= rates
    players = {c.company_name for c in facts.companies}
    assert {"株式会社エスアールエル", "株式会社ファルコバイオシステムズ"} <= players


def test_a_dutch_rate_s_year_after_tot_en_met() -> None:
    """ "Het bureau verwacht dat de markt tot en met 2029 groeit met een samengestelde jaarlijkse groei (CAGR) van 6,3
    procent": to 2029."""
    facts = process_file(WRITTEN / "w14-28-uitbesteding-salarisadministratie.txt", 10_000_000).facts
    assert (6.3, 2029) in {(g.rate_low, g.end_year) for g in facts.growth if g.scope == "market"}


def test_a_french_annual_growth_on_average_and_a_part_that_grows_fastest() -> None:
    """ "Xerfi table sur une croissance annuelle de 5,8 % en moyenne d'ici 2028": the market's, to 2028; "ce sont les
    formes stériles qui progressent le plus vite, avec une croissance annuelle de 8 % à 9 %": a part's."""
    facts = process_file(WRITTEN / "w14-25-sous-traitance-pharmaceutique-france.html", 10_000_000).facts
    market = {(g.rate_low, g.end_year) for g in facts.growth if g.scope == "market"}
    assert (5.8, 2028) in market and not [rate for rate in market if rate[0] == 8.0]
    belgian = process_file(WRITTEN / "w13-13-chocolat-facon-belgique.txt", 10_000_000).facts
    assert 6.1 in {g.rate_low for g in belgian.growth if g.scope == "segment"}  # "croissance annuelle moyenne"


def test_a_japanese_market_named_in_katakana() -> None:
    """A research firm's release: "2024年度の国内フィットネスクラブ市場規模は、前年度比6.2%増の5,318億円であった":
    the market written in katakana, its size and its growth."""
    facts = process_file(WRITTEN / "w15-25-fitness-club-yano.html", 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "フィットネスクラブ"
    assert (531800.0, 2024) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert (6.2, 2024) in {(g.rate_low, g.end_year) for g in facts.growth}
    # the next paragraph's "2029年度の同市場規模は6,340億円に達すると予測する。…年平均成長率（CAGR）は3.6%である":
    # the same market's forecast and rate
    assert (634000.0, 2029) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert (3.6, 2029) in {(g.rate_low, g.end_year) for g in facts.growth if g.scope == "market"}


@pytest.mark.parametrize("between", ["tra l'1,8% e il 2,4%", "fra l'1,8% e l'2,4%", "tra l’1,8% e il 2,4%"])
def test_an_italian_range_of_rates_with_its_articles(between: str) -> None:
    """A newspaper's cautious scenario: "la crescita si fermerebbe tra l'1,8% e il 2,4% annuo" is a range of rates,
    not its upper end alone."""
    facts = process_file(WRITTEN / "w14-27-pelletteria-conto-terzi-italia.md", 10_000_000).facts
    assert (1.8, 2.4) in {(g.rate_low, g.rate_high) for g in facts.growth}
    text = (
        "Il mercato della pelletteria conto terzi in Italia vale 4.100 milioni di euro nel 2024, secondo lo studio di "
        f"Acme Research. In uno scenario prudente la crescita si fermerebbe {between} annuo fino al 2029.\n"
    )
    assert (1.8, 2.4) in {(g.rate_low, g.rate_high) for g in extract_document(clean(text, ".txt")).growth}


def test_an_italian_market_named_after_an_elided_article_and_the_firms_a_study_cites() -> None:
    """A newspaper: "Il mercato dell'occhialeria conto terzi in Italia vale 1.134 milioni di euro nel 2024" names the
    market; "Tra le realtà più strutturate lo studio cita Cadore Optical Works S.p.A., …" its players, not "lo studio
    cita diversi gruppi italiani, tra cui …" (the names after "tra cui")."""
    facts = process_file(WRITTEN / "w16-22-occhialeria-conto-terzi.txt", 10_000_000).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market == "occhialeria conto terzi in Italia"
    assert (1134.0, 2024) in {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {"Cadore Optical Works", "Lamberti Eyewear Manufacturing"} <= {c.company_name for c in facts.companies}
    espresso = process_file(WRITTEN / "w12-19-macchine-espresso-professionali.html", 10_000_000).facts
    assert {"Gruppo Cimbali", "La Marzocco"} <= {c.company_name for c in espresso.companies}


def test_a_market_named_with_a_preposition_before_its_place_is_the_main_one() -> None:
    """A trade paper: "Le marché de la sous-traitance en décolletage en France a atteint 2 840 millions d'euros en
    2024": the main market's figure (its name's place is after its last "en", not its first)."""
    facts = process_file(WRITTEN / "w16-21-decolletage-sous-traitance-france.html", 10_000_000).facts
    assert (2840.0, "market") in {(s.money.reported_value, s.scope) for s in facts.sizes if s.reference_year == 2024}
    assert "other_market" not in {s.scope for s in facts.sizes if s.money.reported_value == 2840.0}


def test_a_market_named_with_its_place_after_its_global_figures_is_a_part() -> None:
    """A Latin American page in ISO-8859-1: "el mercado mundial de yerba mate alcanzó un valor de US$ 1.842,6 millones
    en 2024", then "El mercado de yerba mate en Argentina movió US$ 642,8 millones en 2024": the main market is yerba
    mate, worldwide; Argentina's is its part."""
    facts = process_file(WRITTEN / "w17-30-yerba-mate.html", 10_000_000).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name").lower() == "yerba mate"
    scopes = {s.money.reported_value: s.scope for s in facts.sizes}
    assert scopes[1842.6] == "market" and scopes[642.8] == "region"


def test_a_german_market_size_after_its_article_and_a_world_market_for_a_named_activity() -> None:
    """ "Der Marktwert soll damit von 1,8 Milliarden Euro (2024) auf rund 2,61 Milliarden Euro im Jahr 2030 steigen":
    the main market's sizes, of no market named "Der"; "Der weltweite Markt für die Auftragsfertigung von
    In-vitro-Diagnostika (IVD)": the market, its name read past "die" and the hyphen of "In-vitro", and no market
    named before the "Markt-" of "Markt- und Wettbewerbsstudien"."""
    facts = process_file(WRITTEN / "w18-13-lohnlackierung-deutschland.txt", 10_000_000).facts
    sizes = {(s.money.reported_value, s.reference_year, s.scope) for s in facts.sizes}
    assert (2.61, 2030, "market") in sizes
    assert all(s.market_name != "Der" for s in facts.sizes)
    facts = process_file(WRITTEN / "w8-10-ivd-auftragsfertigung-pressemitteilung.md", 10_000_000).facts
    market = next(a.value_text for a in facts.attributes if a.attribute == "market_name")
    assert market == "Auftragsfertigung von In-vitro-Diagnostika"


@pytest.mark.parametrize(
    "written", ["Der Marktwert", "das Marktvolumen", "die Marktgröße", "den Marktwert", "dem Marktvolumen"]
)
def test_a_german_market_size_with_its_article(written: str) -> None:
    assert gloss(f"{written} lag 2024 bei 1,8 Mrd. Euro.", "de").text.lower().startswith("the market size lag")


def test_a_german_market_size_in_the_genitive() -> None:
    for written in ("des Marktvolumens", "des Marktwertes"):
        glossed = gloss(f"Das Wachstum {written} lag bei 6,4 %.", "de").text
        assert "the market size lag" in glossed, written


def test_a_german_list_of_providers_after_a_relative_clause() -> None:
    """ "Zu den größeren Anbietern, die in der Studie porträtiert werden, gehören:" over a name a line: the players."""
    facts = process_file(WRITTEN / "w18-13-lohnlackierung-deutschland.txt", 10_000_000).facts
    names = {c.name_as_written for c in facts.companies}
    assert {"Rhein-Main Oberflächentechnik AG", "KTL Süd GmbH & Co. KG", "Hessler Industrielackierung GmbH"} <= names


def test_a_market_s_english_name_in_parentheses_and_a_size_after_a_spanish_article() -> None:
    """A written Spanish release: "El mercado de fabricación por contrato de cosméticos en América Latina (Latin
    America Cosmetics Contract Manufacturing Market) se valoró en USD 3.480 millones en 2024 …" states the main
    market's sizes and rate (the name in parentheses is its English one), and so does "la consultora estima el valor
    del mercado en USD 3,74 mil millones" (no market named "la consultora estima el")."""
    facts = process_file(WRITTEN / "w19-26-cosmeticos-contrato-latam.html", 10**8).facts
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(3480.0, 2024), (6215.0, 2032), (3.74, 2025)} <= sizes
    assert (7.5, 2025, 2032) in {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    assert subject_market("Lonza (a leader in the global CDMO market) reported ") == "CDMO"  # the only one named


def test_a_glossed_page_s_title_as_the_page_writes_it_and_the_world_market_s_word_after_its_name() -> None:
    """Written Japanese and Korean pages whose title is not one line of their text (an h1 with a subtitle under a
    break, a blog's title): the report title as the page writes it ("9,950億円", "무알코올 맥주 시장"), none of the
    glossary's words ("億日元", "市场"); Japanese "車載カメラ世界市場" is the world market of "車載カメラ"."""
    camera = process_file(WRITTEN / "w19-14-automotive-camera-ja.html", 10**8).facts
    title = next(a.value_text for a in camera.attributes if a.attribute == "report_title")
    assert "9,950億円" in title and "日元" not in title
    assert next(a.value_text for a in camera.attributes if a.attribute == "market_name") == "車載カメラ"
    beer = process_file(WRITTEN / "w13-04-naver-blog-nab.html", 10**8).facts
    title = next(a.value_text for a in beer.attributes if a.attribute == "report_title")
    assert title.startswith("무알코올 맥주 시장 2032년") and "市场" not in title
    assert market_names("车载摄像头全球市场规模达到") == ["车载摄像头"]


def test_a_japanese_survey_s_outline_lists_its_players_under_their_label() -> None:
    """A written Japanese release's outline: "主要企業" over "Robert Bosch社、Continental社、…、デンソー社、…、日立
    Astemo社": each company, without the word "社" after its name."""
    camera = process_file(WRITTEN / "w19-14-automotive-camera-ja.html", 10**8).facts
    players = {c.company_name for c in camera.companies}
    assert {"Robert Bosch", "Magna International", "デンソー", "日立Astemo", "Sunny Optical Technology"} <= players
    assert not any(name.endswith("社") for name in players)


def test_a_japanese_outline_s_segments_after_their_dimension_and_its_word_for_by() -> None:
    """A written Japanese release's outline: "用途別：ビューカメラ、センシングカメラ、…" and "車種別：乗用車、商用車":
    each item a segment of its dimension."""
    camera = process_file(WRITTEN / "w19-14-automotive-camera-ja.html", 10**8).facts
    segments = {(s.dimension, s.segment_name) for s in camera.segments}
    assert {("application", "ビューカメラ"), ("application", "電子ミラー用カメラ")} <= segments
    assert {("vehicle type", "乗用車"), ("vehicle type", "商用車")} <= segments


def _main(name: str) -> tuple[str | None, set[tuple], set[tuple]]:
    """A written document's market, its sizes (value, unit, currency, year) and its rates (rate, start, end)."""
    facts = process_file(WRITTEN / name, 10**8).facts
    market = next((a.value_text for a in facts.attributes if a.attribute == "market_name"), None)
    sizes = {
        (s.money.reported_value, s.money.reported_unit, s.money.reported_currency, s.reference_year)
        for s in facts.sizes
        if s.scope == "market"
    }
    rates = {(g.rate_low, g.start_year, g.end_year) for g in facts.growth if g.scope == "market"}
    return market, sizes, rates


def test_a_german_release_s_market_after_a_place_s_adjective_and_its_forecast_span() -> None:
    """Written German releases: "Lohnherstellung von Klebstoffen und Dichtstoffen: Europäischer Markt wächst …" (the
    adjective names no market), "Für den Prognosezeitraum 2024 bis 2030 erwartet das Institut eine jährliche
    Wachstumsrate von 6,2 Prozent" (the span, not "by 2030"), "Adhesiva Conto Terzi S.p.A." (no "a year" in it);
    "hat" ends no name ("Der Schweizer Markt für Banken-IT-Outsourcing hat im Jahr 2024 …")."""
    market, sizes, rates = _main("w20-16-lohnherstellung-klebstoffe.html")
    assert market == "Lohnherstellung von Klebstoffen und Dichtstoffen in Europa"
    assert (4.7, "billion", "EUR", 2030) in sizes and (6.2, 2024, 2030) in rates
    companies = process_file(WRITTEN / "w20-16-lohnherstellung-klebstoffe.html", 10**8).facts.companies
    assert "Adhesiva Conto Terzi" in {c.company_name for c in companies}  # "S.p.A." read as no rate
    market, sizes, _ = _main("w20-17-banken-it-outsourcing-schweiz.txt")
    assert market == "Banken-IT-Outsourcing in der Schweiz" and (1250.0, "million", "CHF", 2024) in sizes
    assert (4.2, 2025, 2030) in _main("w14-24-lohn-blechbearbeitung-deutschland.txt")[2]
    assert gloss("Im Jahr 2023 setzten die Anbieter", "de").text.startswith("In 2023")


def test_a_quebec_release_s_billions_of_canadian_dollars_and_a_market_after_its_country_s_adjective() -> None:
    """ "un marché canadien de 2,3 G$", "le marché canadien des thermopompes résidentielles a atteint 2,3 G$ en 2024",
    "le marché des États-Unis à 14,2 G$ US": billions of Canadian dollars, of US dollars for the United States'."""
    market, sizes, _ = _main("w20-19-thermopompes-canada-quebec.md")
    assert market == "thermopompes résidentielles au Canada"
    assert {(2.3, "billion", "CAD", 2024), (1.4, "billion", "CAD", 2020)} <= sizes
    assert not any(currency == "USD" and unit == "billion" for _, unit, currency, _ in sizes)
    assert not any(value == 120.0 for value, *_ in sizes)  # "le marché québécois des appareils …": another's
    assert gloss("à 14,2 G$ US", "fr").text.lower() == "to 14.2 billion usd"
    market, _, _ = _main("w16-21-decolletage-sous-traitance-france.html")
    assert market == "sous-traitance en décolletage en France"  # "le marché français du décolletage pesait …"
    assert _main("w17-19-externalisation-biostatistique.txt")[0] == "externalisation de la biostatistique clinique"
    # "le marché européen de la fabrication de chocolat à façon" beside its Belgian market
    assert _main("w13-13-chocolat-facon-belgique.txt")[0] == "fabrication de chocolat à façon en Belgique"


def test_a_spanish_release_s_millions_of_euros_as_a_symbol_and_its_compound_growth() -> None:
    """ "superará los 6.060 M€ en 2029, lo que supone un crecimiento anual compuesto del 4,2%"."""
    _, sizes, rates = _main("w20-30-seguridad-privada-espana.md")
    assert {(4930.0, "million", "EUR", 2024), (6060.0, "million", "EUR", 2029)} <= sizes
    assert (4.2, 2024, 2029) in rates


def test_a_dutch_release_s_segments_by_type() -> None:
    """ "Het rapport deelt de markt in naar type zorginstelling:" over its bullets, "en naar type dienst:" over
    others: the segments of each dimension."""
    facts = process_file(WRITTEN / "w20-23-schoonmaak-zorg-nederland.txt", 10**8).facts
    found = {(s.dimension_as_written, s.segment_name) for s in facts.segments}
    assert {("type zorginstelling", "Gehandicaptenzorg"), ("type dienst", "Dagelijkse schoonmaak")} <= found


def test_a_french_release_s_segments_in_lower_case_with_their_shares_after_a_dash() -> None:
    """ "L'étude segmente le marché par type de thermopompe :" over "**thermopompes murales (minibibloc sans
    conduits)** – environ 46 % des ventes en 2024;", …: each item's name before its dash."""
    facts = process_file(WRITTEN / "w20-19-thermopompes-canada-quebec.md", 10**8).facts
    assert {s.segment_name for s in facts.segments if s.dimension_as_written == "type de thermopompe"} == {
        "thermopompes murales (minibibloc sans conduits)",
        "thermopompes centrales (avec conduits)",
        "thermopompes géothermiques",
    }


def test_segments_an_italian_and_a_german_study_list_by_their_dimension() -> None:
    """ "Il rapporto analizza il mercato per tipologia di servizio:" … "e per coltura:" over its crops; "Die Studie
    unterteilt den Markt nach Anwendung in folgende Bereiche:" over its applications, the dimension "Anwendung"."""
    farm = process_file(WRITTEN / "w20-20-contoterzismo-agricolo-italia.txt", 10**8).facts.segments
    assert {"vite", "ortofrutta"} <= {s.segment_name for s in farm if s.dimension_as_written == "coltura"}
    glue = process_file(WRITTEN / "w20-16-lohnherstellung-klebstoffe.html", 10**8).facts.segments
    assert {"Bauwesen", "Verpackung"} <= {s.segment_name for s in glue if s.dimension_as_written == "Anwendung"}


def test_an_italian_market_named_after_its_country_s_adjective_and_no_research_firm_s_words() -> None:
    """ "Il mercato italiano del
    contoterzismo agricolo …", "Agrimarket Research S.r.l. è una società di ricerche di mercato": the market is
    "contoterzismo agricolo", not "società di ricerche di"."""
    market, _, rates = _main("w20-20-contoterzismo-agricolo-italia.txt")
    assert market == "contoterzismo agricolo" and (5.4, 2025, 2029) in rates


def test_the_market_a_sentence_refers_back_to_is_the_main_one_named_with_its_place() -> None:
    """ "Le marché de la fabrication de chocolat à façon en Belgique a atteint 1 245 millions d'euros en 2024, … Porté
    par …, le marché devrait atteindre 1 612 millions d'euros d'ici 2030, soit un TCAM de 4,4 %": the market of the
    sentence before, the main one (named with its place), states the second amount and the rate; so in the Austrian
    release of "Bio-Lebensmittel in Österreich" ("2,14 Mrd. Euro" in 2019)."""
    _, sizes, rates = _main("w13-13-chocolat-facon-belgique.txt")
    assert {(1245.0, "million", "EUR", 2024), (1612.0, "million", "EUR", 2030)} <= sizes and (4.4, 2025, 2030) in rates
    assert (2.14, "billion", "EUR", 2019) in _main("w13-12-biolebensmittel-oesterreich.html")[1]


def test_a_german_article_s_market_for_with_untranslated_words_before_a_figure() -> None:
    """A written German trade article: "beziffert den europäischen Markt für Lohnmahlung auf knapp 1,9 Milliarden
    Euro", "Der deutsche Markt für Lohnmahlung lag 2024 bei 590 Millionen Euro": the market is "Lohnmahlung", not the
    words the glossary leaves in German around a figure ("Lohnmahlung lag 2024 bei 590 Millionen"), and "übernahm …
    für kolportierte 27 Millionen Euro" is a deal's price, no size."""
    facts = process_file(REPO_ROOT / "tests/written/docs/w24-12-lohnmahlung-fachartikel.de.html", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "Lohnmahlung"
    sizes = {(s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"}
    assert {(1.9, None), (1.86, 2024), (2.46, 2031)} <= sizes
    assert 27.0 not in {value for value, _ in sizes}


def test_a_market_named_in_letters_beyond_ascii() -> None:
    """A written Brazilian article: "O mercado global de açaí foi avaliado em US$ 1,47 bilhão em 2024 …": the market
    is "açaí" (no two ASCII letters in a row), its figures the market's."""
    facts = process_file(WRITTEN / "w24-21-acai-modo-leitura.pt-BR.html", 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "açaí"
    assert {(1.47, 2024), (3.12, 2032)} <= {
        (s.money.reported_value, s.reference_year) for s in facts.sizes if s.scope == "market"
    }


def test_thousands_of_millions_in_words_and_a_mexican_valued() -> None:
    """A Mexican release's "2 mil 900 millones de dólares" (2,900 million, not 900) and "El mercado mundial del mezcal
    se valuó en 1,238.6 millones de dólares": the mezcal market's sizes, "se valuó" no part of its name."""
    facts = process_file(WRITTEN / "w36-26-mezcal-comunicado-pesos-dolares.es.html", 10**8).facts
    sizes = {(s.money.reported_value, s.money.reported_unit, s.market_name) for s in facts.sizes if s.scope == "market"}
    assert {(2900.0, "million", "Mezcal"), (1238.6, "million", "Mezcal")} <= sizes
    assert not any(value == 900.0 for value, _, _ in sizes)


@pytest.mark.parametrize(
    ("name", "rate"),
    [
        ("w11-03-fragranze-conto-terzi-it.html", 9.8),  # "… l'applicazione in più rapida crescita, con un CAGR …"
        ("w11-30-led-kweekverlichting.txt", 9.2),  # "Tussenbelichting groeit het snelst, met een verwachte CAGR …"
        ("w12-21-contractlogistiek-nederland.txt", 6.1),  # "Healthcare en farma groeit het hardst, met 6,1 procent …"
        ("w13-15-usinagem-cnc-openpr.html", 9.2),  # "… deve apresentar o crescimento mais rápido, com CAGR de 9,2%"
        ("w30-23-riego-por-goteo-comunicado.es.html", 10.2),  # "… el segmento … es el de mayor crecimiento, …"
        ("w12-17-lohnfertigung-uhrenkomponenten.txt", 5.8),  # "Uhrwerkteile wachsen mit 5.8 Prozent pro Jahr am …"
    ],
)
def test_a_part_that_grows_fastest_in_other_languages_is_no_market_s_rate(name: str, rate: float) -> None:
    """Italian "in più rapida crescita", Dutch "groeit het snelst / het hardst", Portuguese "o crescimento mais
    rápido", Spanish "de mayor crecimiento", German "… mit 5.8 Prozent pro Jahr am schnellsten" (after the rate): the
    rate of the part that grows fastest, not the market's."""
    growth = process_file(WRITTEN / name, 10**8).facts.growth
    scopes = {g.scope for g in growth if round(g.rate_low, 1) == round(rate, 1)}
    assert scopes and "market" not in scopes
