"""The words of a French, German, Spanish, Portuguese, Italian or Dutch release that the English extractors read,
each with the English they read it as: the names of the facts ("TCAC", "Marktvolumen", "principales actores"), the
scales and currencies of amounts ("milliards de dollars", "Mrd. US-Dollar", "mil millones"), the words around years
("d'ici 2030", "zwischen 2024 und 2030") and around lists ("par type", "wie", "y"), and the names of world regions and
of countries (these from pycountry's translations of ISO 3166); and the words of a Japanese or Korean document that
the Chinese extractors read, each with its Chinese ("億円" as "亿日元", "억 달러" as "亿美元"). Each pattern is a
regular expression matched case-insensitively, as whole words in the European languages; a replacement is a text, or
a function of the match."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from functools import cache

import pycountry

from loaders.extract.chinese import HAN
from loaders.extract.regions import load_index

Replacement = str | Callable[[str], str]
# The places' adjectives a French market is named with, by their first five letters.
FRENCH_PLACE_ADJECTIVES = {"canad": "Canadian", "europ": "European", "québé": "Quebec"}
FRENCH_PLACE_ADJECTIVE = re.compile("|".join(FRENCH_PLACE_ADJECTIVES))

# The languages glossed, with the code pycountry's translations use for each.
LANGUAGES = {"fr": "fr", "de": "de", "es": "es", "pt": "pt_BR", "it": "it", "nl": "nl", "ja": "ja", "ko": "ko"}
# The languages read by the Chinese extractors, their places by the Chinese names of the region seeds.
READ_AS_CHINESE = frozenset({"ja", "ko"})

# A number and a percent sign after it: "de 19,5 %", "von 10,1 %" (the number already in the text as written).
_RATE_AHEAD = r"(?=\s[+]?\d[\d.,]*\s?%)"
_YEAR_AHEAD = r"(?=\s\d{4}\b)"
_LINE_START = r"(?<![^\n])"  # a phrase that opens a line
_ARTICLE_AFTER = r"(?: die| den| das)?"  # "Markt für die Auftragsfertigung": the article no part of the name

FRENCH: list[tuple[str, Replacement]] = [
    (_LINE_START + r"À propos (?:de |d['’])", "About "),  # a release's closing block on its firm
    (r"un|une", "a"),
    (
        r"(?:le paysage|le marché|le secteur) est dominé par (?:quelques|plusieurs|une poignée d['’]) ?(?:grands )?"
        r"acteurs(?: d['’]envergure| majeurs| de premier plan)?\s?:",
        "key players include",
    ),
    (r"(?<=\d)\s(?:pour\s?cent|p\.\s?100)", "%"),
    (r"études de marché", "market research"),  # a wire's "catégorie : Études de marché"
    (r"(?:une |l['’]|la |cette |d['’]une )?étude publiée (?:\w+ )?par", "study by"),  # "publiée mercredi par"
    (r"(?:une |l['’]|la |cette |d['’]une )?étude (?:de|du|d['’])", "study by"),
    (r"(?:le )?chiffre d['’]affaires", "sales"),
    (r"à(?=\s\d)", "to"),
    (r"progresser|croître|augmenter", "grow"),
    (r"taux de croissance annuels? (?:moyens?|compos[ée]s?)", "compound annual growth rate"),
    (r"TCAM|TCAC|TCMA", "CAGR"),
    (r"croissance annuelle", "annual growth"),  # "une croissance annuelle de 5,8 % en moyenne d'ici 2028"
    (r"progresse(?:nt)? le plus vite", "are the fastest growing"),  # a part's rate, not the market's
    (r"(?:de|d['’]environ)" + _RATE_AHEAD, "of"),
    (r"entre(?=\s\d)", "between"),
    (r"par an|par année|l['’]an", "a year"),
    (r"taille (?:du|de) marché", "market size"),
    (r"G ?\$ US", "billion USD"),  # Quebec's "14,2 G$ US"
    (r"G ?\$", "billion CAD"),  # Quebec's "2,3 G$": a billion Canadian dollars
    (r"milliards? de dollars(?: US| américains)?|milliards? USD|Mds? ?\$|Md ?\$", "billion USD"),
    (r"milliards? d['’]euros|milliards? EUR|Mds? ?€|Md ?€", "billion EUR"),
    (r"millions? de dollars(?: US| américains)?|millions? USD|M ?\$", "million USD"),
    (r"millions? d['’]euros|millions? EUR|M ?€", "million EUR"),
    (r"milliards?", "billion"),
    (r"millions?", "million"),
    (r"dollars US|dollars américains", "USD"),
    (r"devrai(?:t|ent) (?:atteindre|dépasser)", "is expected to reach"),
    (r"atteindra|atteindre|dépassera", "reach"),
    (r"devrai(?:t|ent)", "is expected to"),
    (r"pourrai(?:t|ent)", "could"),
    (r"a atteint|atteignait", "reached"),
    (r"représente|représentent|pèse|pèsent", "amounts to"),  # "le marché … représente environ 410 millions"
    (r"représentait|représentaient|pesait|pesaient", "amounted to"),
    (r"(?:était|est|a été) (?:évalué|estimé|valorisé)e? à", "was valued at"),
    (r"(?:évalué|estimé|valorisé)e?s? à", "valued at"),
    (r"s['’]él[eè]v(?:e|ait|era) à", "amounts to"),
    (r"d['’]ici (?:à )?" + "(?=\\d{4}\\b)", "by "),
    (r"à l['’]horizon" + _YEAR_AHEAD, "by"),
    (r"en" + _YEAR_AHEAD, "in"),
    (r"entre(?=\s\d{4} et \d{4})", "between"),
    (r"(?<=\d{4} )et(?=\s\d{4})", "and"),
    (r"de(?=\s\d{4} à \d{4})", "from"),
    (r"(?<=\d{4} )à(?=\s\d{4})", "to"),
    (r"sur la période", "over the period"),
    (r"période de prévision", "forecast period"),
    (r"(?:le |du |au )?marchés? (?:mondial|global) (?:de la|de l['’]|du|des|de|d['’])", "the global market for"),
    (r"(?:le |du |au )?marchés? (?:de la|de l['’]|du|des|de|d['’])", "the market for"),
    (  # "le marché canadien des thermopompes": the Canadian market for them
        r"(?:le |du |au )?marchés? (?:canadien|européen|québécois)(?:ne|e)?s? "
        r"(?:de la|de l['’]|du|des|de|d['’])",
        lambda written: f"the {FRENCH_PLACE_ADJECTIVES[FRENCH_PLACE_ADJECTIVE.search(written.lower())[0]]} market for",
    ),
    (r"le premier marché", "the largest market"),  # "L'Europe reste le premier marché régional"
    (r"le marché|du marché|au marché", "the market"),
    (r"marchés?", "market"),
    (r"mondiale?s?|mondiaux", "global"),
    (r"(?:entreprises|sociétés) (?:présentées|citées|mentionnées|profilées)", "Companies Featured"),
    (r"du marché|sur le marché", "in the market"),
    (r"sont", "are"),
    (r"incluent|comprennent", "include"),
    (r"principaux acteurs|acteurs (?:clés|majeurs|principaux)|principales entreprises", "key players"),
    (r"acteurs du marché", "market players"),
    # "Recherche Saint-Laurent cite parmi les principaux fournisseurs Mitsubishi Electric, Daikin, …"
    (r"cite parmi les principaux fournisseurs", "cites key players including"),
    (r"parmi lesquels|parmi lesquelles|notamment|y compris", "including"),
    (r"tels que|telles que|comme", "such as"),
    (r"devrai(?:t|ent) (?:croître|progresser)", "is expected to grow"),
    (r"croît|progresse", "grows"),
    (r"est", "is"),
    (r"était", "was"),
    (r"sera", "will be"),
    (r"selon", "according to"),
    (r"par", "by"),
    (r"et", "and"),
    (r"marchés? mondial(?!\s(?:de|des|du|d['’]))", "global market"),
    (r"acteurs", "players"),
    (r"entreprises|sociétés", "companies"),
]

GERMAN: list[tuple[str, Replacement]] = [
    (
        _LINE_START + r"Über (?!(?:die |den |das )?(?:Studie|Umfrage|Untersuchung|Methodik|Daten))(?:die |den |das )?",
        "About ",
    ),
    (r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?", lambda number: number.replace("'", "").replace("’", "")),  # Swiss 1'842.5
    (r"Fr\.|Franken", "CHF"),
    (r"ein|eine|einen|einem|einer|eines", "a"),
    (r"im Jahr" + _YEAR_AHEAD, "in"),  # before "im": "im Jahr 2023" is "in 2023"
    (r"im", "in the"),
    (r"(?<=\d)\sProzent", "%"),
    (r"laut|nach Angaben (?:von|des|der)", "according to"),
    (r"(?:einer |der )?(?:[\wäöüß-]+ )?Studie (?:«[^»\n]{1,80}» )?(?:von|des|der)", "study by"),
    (r"Umsatz|Umsätze", "sales"),
    (r"übernahm", "acquired"),  # "übernahm … die Feinmahl Rhein-Main GmbH für … 27 Millionen Euro": a deal
    (
        r"(?:der |den |dem |des |die )?(?:(?!global|weltweit)[a-zäöüß]+e[nrs]? )?Markt (?:für|fuer)" + _ARTICLE_AFTER,
        "the market for",
    ),
    (r"durchschnittlichen? jährlichen? Wachstumsrate|jährlichen? Wachstumsrate", "compound annual growth rate"),
    (r"von" + _RATE_AHEAD, "of"),
    (r"um" + _RATE_AHEAD, "by"),
    (r"pro Jahr|jährlich|(?<!\.)p\. ?a\.", "a year"),  # not the "p.A." of "S.p.A."
    (r"(?:der |das |die |den |dem |des )?(?:Marktvolumen|Marktgröße|Marktwert)(?:s|es)?", "the market size"),
    (r"Milliarden|Mrd\.?", "billion"),
    (r"Millionen|Mio\.?", "million"),
    (r"Billionen", "trillion"),
    (r"US-Dollar|US-\$", "USD"),
    (r"Euro", "EUR"),
    (r"erreichen|erreicht|erreichte", "reach"),
    (r"belief sich|beläuft sich|belaufen", "amounted"),
    (r"geschätzt auf|bewertet mit", "valued at"),
    (r"auf knapp(?=\s\d)", "at nearly"),  # "beziffert den … Markt für Lohnmahlung auf knapp 1,9 Milliarden Euro"
    (r"auf(?=\s\d)", "to"),
    (r"von(?=\s\d)", "of"),
    (r"nach(?=\s\d)", "after"),
    (r"für(?=\s\d{4}\b)", "for"),
    (r"zwischen(?=\s\d)", "between"),
    (r"voraussichtlich", "expected to"),
    (r"(?<=\d{4} )bis(?=\s\d{4})", "to"),  # before "bis 2030": "2024 bis 2030" is a span
    (r"bis" + _YEAR_AHEAD, "by"),
    (r"zwischen(?=\s\d{4} und \d{4})", "between"),
    (r"(?<=\d{4} )und(?=\s\d{4})", "and"),
    (r"von(?=\s\d{4} bis \d{4})", "from"),
    (r"Prognosezeitraum", "forecast period"),
    (
        r"(?:der |den |dem |des )?(?:global|weltweit)(?:e[nrs]?)? Markt (?:für|fuer)" + _ARTICLE_AFTER,
        "the global market for",
    ),
    (r"(?:der |den |dem |des )?Weltmarkt (?:für|fuer)", "the global market for"),
    (r"(?:der |den |dem |des )?Markt (?:für|fuer)", "the market for"),
    (r"der Markt|den Markt|dem Markt|des Marktes", "the market"),
    # "Europäischer Markt wächst": a place's adjective, no market's name
    (r"(?:der |die |das |den |dem |des )?(?-i:[Ee]uropäisch(?:e[nrs]?)?)", "the European"),
    (r"Markt(?:es|s)?|Weltmarkt", "market"),
    (r"weltweit(?:e[nrs]?)?|global(?:e[nrs]?)?", "global"),
    (
        # "Zu den größeren Anbietern, die in der Studie porträtiert werden, gehören: …"
        # not the buyers: "Zu den größten Abnehmern zählen Logistikdienstleister …"
        r"zu den (?:wichtigsten|führenden|größten|größeren) (?!Abnehmern)(?-i:[A-ZÄÖÜ])[\wäöüß-]+"
        r"(?:, [^,:\n]{1,80},)? "
        r"(?:zählen|gehören|zählt (?:die|der) (?:Studie|Bericht))"
        r"(?: laut Studie)?",
        "key players include",
    ),
    (  # "Zu den im Bericht profilierten Unternehmen gehören TRUMPF SE + Co. KG, …"
        r"zu den (?:im Bericht|in der Studie) (?:profilierten|porträtierten|untersuchten) (?:Unternehmen|Anbietern) "
        r"(?:gehören|zählen)",
        "key players include",
    ),
    (r"(?:wichtigsten|führenden|größten) (?:Akteure|Anbieter|Unternehmen|Marktteilnehmer)", "key players"),
    (r"Schlüsselakteure|Hauptakteure", "key players"),
    (r"(?:vorgestellte|genannte|erwähnte|untersuchte) Unternehmen", "Companies Featured"),
    (r"am Markt|im Markt|auf dem Markt", "in the market"),
    (r"sind laut (?:der )?Studie", "are"),  # "Die größten Anbieter … sind laut Studie A, B": the list after "are"
    (r"sind", "are"),
    (r"umfassen", "include"),
    (r"wächst", "grows"),
    (r"schrumpft", "shrinks"),
    (r"Rückgang um(?: durchschnittlich)?", "decline by"),  # "ein weiterer Rückgang um durchschnittlich 2,2 % pro Jahr"
    (r"wachsen", "grow"),
    (r"am schnellsten", "growing fastest"),  # after a part's rate: "… wachsen mit 5.8 Prozent pro Jahr am schnellsten"
    (r"wuchs", "grew"),
    (r"wird", "will"),
    (r"hat", "has"),
    (r"ist", "is"),
    (r"war", "was"),
    (r"soll", "is expected to"),
    (r"darunter|unter anderem|u\. ?a\.", "including"),
    (r"wie", "such as"),
    (r"und|sowie", "and"),
    (r"nach(?=\s(?-i:[A-ZÄÖÜ]))", "by"),
    (r"in folgende Bereiche", "into the following areas"),  # "unterteilt den Markt nach Anwendung in folgende …"
    (r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) Segmente(?=:)", "segments"),  # "nach Leistungsart vier …"
    (r"Akteure|Anbieter", "players"),
    (r"Firmen", "companies"),
]

SPANISH: list[tuple[str, Replacement]] = [
    (r"de mayor crecimiento", "fastest-growing part"),  # a part's rate, not the market's
    (_LINE_START + r"Acerca de ", "About "),
    (r"un|una", "a"),
    (r"(?<=\d)\spor\sciento", "%"),
    (r"(?:un |el |del )?estudio (?:de|del)", "study by"),
    (r"facturación|ventas", "sales"),
    (r"según", "according to"),
    (
        r"tasa (?:de crecimiento anual compuest[ao]|compuesta de crecimiento anual)|crecimiento anual compuesto",
        "compound annual growth rate",
    ),
    (r"TCAC|TACC|TCCA", "CAGR"),
    (r"del?" + _RATE_AHEAD, "of"),
    (r"al año|por año|anual(?:es)?(?=[\s.,;])", "a year"),
    (r"tamaño del? mercado|valor del? mercado", "market size"),
    (r"entre(?=\s\d)", "between"),
    (r"mil millones de (?:dólares(?: estadounidenses)?|USD)", "billion USD"),
    (r"millones de (?:dólares(?: estadounidenses)?|USD)", "million USD"),
    (r"mil millones de euros", "billion EUR"),
    (r"millones de euros|M ?€", "million EUR"),
    (r"mil millones", "billion"),
    (r"millones|millón", "million"),
    (r"billones", "trillion"),
    (r"dólares(?: estadounidenses)?", "USD"),
    (r"euros", "EUR"),
    (r"se prevé que (?:alcance|llegue a|supere)(?: los| las)?", "is expected to reach"),
    (
        r"(?:alcanzará|alcanzaría|alcanzar|alcance|llegará a|llegaría a|llegue a|superaría|superará)(?: los| las)?",
        "reach",
    ),
    (r"(?:alcanzó|llegó a)(?: los| las)?", "reached"),
    (r"se (?:valoró|valuó) en|(?:fue |está )?(?:valorado|valuado|estimado) en|se estima en", "valued at"),
    (r"para(?: el)?" + _YEAR_AHEAD + r"|hacia(?: el)?" + _YEAR_AHEAD, "by"),
    (r"entre(?=\s\d{4} y \d{4})", "between"),
    (r"(?<=\d{4} )y(?=\s\d{4})", "and"),
    (r"de(?=\s\d{4} a \d{4})", "from"),
    (r"(?<=\d{4} )a(?=\s\d{4})", "to"),
    (r"(?:durante|en) el (?:periodo|período) de (?:pronóstico|previsión)", "during the forecast period"),
    (r"periodo de pronóstico|período de pronóstico|periodo de previsión|período de previsión", "forecast period"),
    (r"hasta(?: el)?" + _YEAR_AHEAD, "through"),
    (r"en volumen", "in volume"),
    (r"(?:el |del )?mercados? (?:global|mundial) de(?:l| la| los| las)?", "the global market for"),
    (r"(?:el |del )?mercados? de(?:l| la| los| las)?", "the market for"),
    (r"el mercado", "the market"),
    (r"en" + _YEAR_AHEAD, "in"),
    (r"mercados?", "market"),
    (r"mundial(?:es)?", "global"),
    (
        r"(?:entre )?(?:los|las) principales (?:actores|empresas|participantes|fabricantes|proveedores|maquiladores)"
        # "… del mercado de sensores de gas figuran", "… empresas analizadas figuran"
        r"(?: del mercado(?: de [\w ]{1,40}?)?| analizadas)? (?:figuran|son|incluyen|se encuentran|destacan)",
        "key players include",
    ),
    (  # "Entre las empresas analizadas se encuentran Pernod Ricard, …"
        r"entre las empresas analizadas se encuentran",
        "key players include",
    ),
    (
        r"principales (?:actores|empresas|participantes|fabricantes|proveedores|jugadores|maquiladores)|"
        r"actores clave|empresas líderes",
        "key players",
    ),
    (r"empresas (?:presentadas|mencionadas|destacadas|perfiladas)", "Companies Featured"),
    (r"del mercado|en el mercado", "in the market"),
    (r"son", "are"),
    (r"incluyen", "include"),
    (r"incluyendo|entre ellos|entre ellas", "including"),
    (r"crecerá", "will grow"),
    (r"crece", "grows"),
    (r"es", "is"),
    (r"está", "is"),
    (r"fue", "was"),
    (r"será", "will be"),
    (r"como", "such as"),
    (r"por año", "a year"),
    (
        r"por(?=\s(?:tipo|aplicación|producto|canal|región|sector|usuario|servicio|material|tecnología|segmento"
        r"|categoría|uso|modalidad|ingrediente|cliente|forma|tamaño)\b)",
        "by",
    ),
    (r"y|e(?=\s[iI])", "and"),
    (r"mercados? (?:global|mundial)(?!\s(?:de|del)\b)", "global market"),
    (r"protagonistas|jugadores", "players"),
    (r"empresas|compañías", "companies"),
]

PORTUGUESE: list[tuple[str, Replacement]] = [
    (r"o crescimento mais rápido", "the fastest-growing part"),  # a part's rate, not the market's
    (r"(?<=\d)\s?bi", " billion"),
    (r"(?<=\d)\s?mi", " million"),
    (r"um|uma", "a"),
    (r"deverá|deve", "is expected to"),
    (r"(?<=\d)\spor\scento", "%"),
    (r"(?:um |o |do )?estudo (?:da|do|de)", "study by"),
    (r"faturamento|receita|vendas", "sales"),
    (r"segundo", "according to"),
    (r"relatório (?:da|do)", "report by"),  # "Relatório da Fortune Business Insights projeta …"
    (r"consultoria", "research firm"),  # "… divulgado nesta semana pela consultoria Fortune …"
    (r"taxa (?:de crescimento anual compost[ao]|composta de crescimento anual)", "compound annual growth rate"),
    (r"TCAC", "CAGR"),
    (r"de" + _RATE_AHEAD, "of"),
    (r"ao ano|por ano", "a year"),
    (r"tamanho do mercado|valor do mercado", "market size"),
    (r"mil milhões|bilhões|bilhão", "billion"),
    (r"milhões|milhão", "million"),
    (r"trilhões|trilhão", "trillion"),
    (r"entre(?=\s\d)", "between"),
    (r"bilhões de (?:dólares|USD)|bilhão de (?:dólares|USD)", "billion USD"),
    (r"milhões de (?:dólares|USD)|milhão de (?:dólares|USD)", "million USD"),
    (r"bilhões de reais|bilhão de reais", "billion BRL"),
    (r"milhões de reais|milhão de reais", "million BRL"),
    (r"R\$(?=\d)", "BRL "),
    (r"R\$", "BRL"),
    (r"reais", "BRL"),
    (r"dólares", "USD"),
    (r"deve (?:atingir|alcançar|chegar a|movimentar)", "is expected to reach"),
    (r"alcance|alcançar|atingir|atinja|alcançará|atingirá", "reach"),
    (r"atingiu|alcançou|somou|chegou a|movimentou", "reached"),
    (r"(?:foi )?(?:avaliado|estimado) em", "valued at"),
    (r"até" + _YEAR_AHEAD, "by"),
    (r"entre(?=\s\d{4} e \d{4})", "between"),
    (r"(?<=\d{4} )e(?=\s\d{4})", "and"),
    (r"de(?=\s\d{4} a \d{4})", "from"),
    (r"(?<=\d{4} )a(?=\s\d{4})", "to"),
    (r"(?:durante o|no) período de (?:previsão|projeção)", "during the forecast period"),
    (r"período de (?:previsão|projeção)", "forecast period"),
    (r"(?:o |do )?mercados? (?:global|mundial) d(?:e|o|a|os|as)", "the global market for"),
    (r"(?:o |do )?mercados? d(?:e|o|a|os|as)", "the market for"),
    (r"o mercado", "the market"),
    (r"em" + _YEAR_AHEAD, "in"),
    (r"mercados?", "market"),
    (r"mundial|mundiais", "global"),
    (
        r"(?:entre os |dentre os )?principais (?:players|empresas|participantes|atores|fabricantes|fornecedores)"
        r"(?: do mercado)?(?:(?: [\w-]+){0,3}? (?:estão|são|incluem))?",
        "key players include",
    ),
    (r"entre as maiores, o estudo cita", "key players include"),  # "Entre as maiores, o estudo cita A, B, …"
    (r"empresas (?:apresentadas|mencionadas|citadas|perfiladas)", "Companies Featured"),
    (r"do mercado|no mercado", "in the market"),
    (r"são", "are"),
    (r"incluem", "include"),
    (r"incluindo|entre eles|entre elas", "including"),
    (r"deve crescer", "is expected to grow"),
    (r"cresce", "grows"),
    (r"é", "is"),
    (r"foi", "was"),
    (r"será", "will be"),
    (r"como", "such as"),
    (
        r"por(?=\s(?:tipo|aplicação|produto|canal|região|setor|usuário|serviço|material|tecnologia|segmento"
        r"|categoria|uso|modalidade|ingrediente|cliente|forma|embalagem|porte)\b)",
        "by",
    ),
    (r"(?<=por )região", "region"),  # "Por região: América do Norte (Estados Unidos, Canadá, México), …"
    (r"e", "and"),
    (r"mercados? (?:global|mundial)(?!\s(?:de|do|da|dos|das)\b)", "global market"),
    (r"protagonistas", "players"),
    (r"empresas|companhias", "companies"),
]

ITALIAN: list[tuple[str, Replacement]] = [
    (r"in più rapida crescita", "fastest-growing part"),  # a part's rate, not the market's
    (_LINE_START + r"Informazioni su ", "About "),
    (r"un|una|uno", "a"),
    (r"(?<=\d)\sper\scento", "%"),
    (r"(?:lo |uno |dello )?studio (?:di|della|del)", "study by"),
    (r"fatturato|ricavi", "sales"),
    (r"arriverà a|arriverebbe a", "will reach"),
    (r"valeva", "was worth"),
    (r"vale", "is worth"),
    (r"secondo", "according to"),
    (r"tasso (?:di crescita annuo composto|annuo di crescita composto)", "compound annual growth rate"),
    (r"TCAC|TCMA", "CAGR"),
    (r"(?:del|di)" + _RATE_AHEAD, "of"),
    (r"all['’]anno|per anno|annuo", "a year"),
    (r"dimensione del mercato|valore del mercato", "market size"),
    (r"(?:miliardi|miliardo) di (?:dollari|USD)|miliardi USD", "billion USD"),
    (r"(?:miliardi|miliardo) di (?:euro|EUR)", "billion EUR"),
    (r"(?:milioni|milione) di (?:dollari|USD)|milioni USD", "million USD"),
    (r"(?:milioni|milione) di (?:euro|EUR)", "million EUR"),
    (r"(?:tra|fra)(?=\s\d)", "between"),
    (r"(?:tra|fra) l['’](?=\d)", "between "),  # "tra l'1,8% e il 2,4%"
    (r"(?<=% )e (?:il |l['’])(?=\d)", "and "),
    (r"miliardi|miliardo|mld\.?", "billion"),
    (r"milioni|milione|mln\.?", "million"),
    (r"dovrebbe raggiungere|raggiungerà|raggiungere", "is expected to reach"),
    (r"ha raggiunto|raggiunto", "reached"),
    (r"(?:è stato |era )?(?:valutato|stimato) (?:a|in)", "valued at"),
    (r"entro il" + _YEAR_AHEAD + r"|entro" + _YEAR_AHEAD, "by"),
    (r"nel" + _YEAR_AHEAD, "in"),
    (r"(?:tra|fra) il(?=\s\d{4} e il \d{4})", "between"),
    (r"(?<=\d{4} )e il(?=\s\d{4})", "and"),
    (r"dal(?=\s\d{4} al \d{4})", "from"),
    (r"(?<=\d{4} )al(?=\s\d{4})", "to"),
    (r"(?:durante il|nel) periodo di previsione", "during the forecast period"),
    (r"periodo di previsione", "forecast period"),
    (r"il primo mercato", "the largest market"),  # "La Cina resta il primo mercato"
    (r"fino al" + _YEAR_AHEAD, "through"),
    (r"(?:il )?mercato (?:globale|mondiale) (?:del|della|dei|degli|delle|di)", "the global market for"),
    (r"(?:il )?mercato dell['’]", "the market for "),  # "Il mercato dell'occhialeria conto terzi in Italia vale …"
    (r"(?:il )?mercato (?:del|della|dei|degli|delle|di)", "the market for"),
    (r"(?:il )?mercato italiano (?:del|della|dei|degli|delle|di)", "the Italian market for"),
    (r"società di ricerche di mercato", "market research firm"),  # "… è una società di ricerche di mercato"
    (r"il mercato", "the market"),
    (r"mercat[oi]", "market"),
    (r"globale|mondiale", "global"),
    (r"principali (?:attori|aziende|operatori|player|produttori|fornitori)|attori chiave", "key players"),
    (r"aziende (?:presentate|citate|profilate)|società (?:presentate|citate|profilate)", "Companies Featured"),
    (r"lo studio cita(?=\s(?-i:[A-Z]))", "key players include"),  # "… lo studio cita Cadore Optical Works S.p.A., …"
    (r"del mercato|nel mercato", "in the market"),
    (r"sono", "are"),
    (r"includono|comprendono|figurano", "include"),
    (r"tra cui", "including"),
    (r"crescerà", "will grow"),
    (r"cresce", "grows"),
    (r"è", "is"),
    (r"era", "was"),
    (r"sarà", "will be"),
    (r"come", "such as"),
    (
        r"per(?=\s(?:tipo|tipologia|applicazione|prodotto|canale|regione|area|settore|utente|utilizzatore|servizio"
        r"|materiale|tecnologia|segmento|categoria|uso|fascia|cliente|coltura)\b)",
        "by",
    ),
    (r"e|ed", "and"),
    (r"mercato (?:globale|mondiale)(?!\s(?:del|della|dei|degli|delle|di)\b)", "global market"),
    (r"protagonisti|operatori|attori", "players"),
    (r"aziende|imprese|società", "companies"),
]

DUTCH: list[tuple[str, Replacement]] = [
    (r"groeit het (?:snelst|hardst)", "is growing fastest"),  # a part's rate, not the market's
    (_LINE_START + r"Over (?=(?-i:[A-Z]))", "About "),
    (r"tot en met" + _YEAR_AHEAD, "through"),  # "groeit tot en met 2029 met een … (CAGR) van 6,3 procent"
    (r"een", "a"),
    (r"op(?=\s[€\d])", "at"),
    (r"(?<=\d)\sprocent", "%"),
    (r"(?:een |het )?(?:onderzoek|studie|rapport) van", "study by"),
    (r"(?:markt)?onderzoeksbureau", "market research firm"),  # "aldus marktonderzoeksbureau Delta Marktinzicht"
    (r"omzet", "sales"),
    (r"volgens", "according to"),
    (r"samengestelde jaarlijkse groei(?:voet|percentage)?", "compound annual growth rate"),
    (r"van" + _RATE_AHEAD, "of"),
    (r"per jaar|jaarlijks", "a year"),
    (r"marktomvang|marktgrootte|marktwaarde", "market size"),
    (r"miljard|mld\.?", "billion"),
    (r"miljoen|mln\.?", "million"),
    (r"tussen(?=\s\d)", "between"),
    (r"(?<=\d )tot(?=\s\d[\d.,]*\s?%)", "to"),
    (r"dollar", "USD"),
    (r"euro", "EUR"),
    (r"zal naar verwachting|naar verwachting", "is expected to"),
    (r"zal bereiken|bereiken|bereikt", "reach"),
    (r"(?:wordt |werd )?(?:geschat|gewaardeerd) op", "valued at"),
    (r"tegen" + _YEAR_AHEAD, "by"),
    (r"tussen(?=\s\d{4} en \d{4})", "between"),
    (r"(?<=\d{4} )en(?=\s\d{4})", "and"),
    (r"van(?=\s\d{4} tot \d{4})", "from"),
    (r"(?<=\d{4} )tot(?=\s\d{4})", "to"),
    (r"prognoseperiode|voorspellingsperiode", "forecast period"),
    (r"(?:de )?(?:wereldwijde|mondiale|globale) markt voor|(?:de )?wereldmarkt voor", "the global market for"),
    (r"(?:de )?markt voor", "the market for"),
    (r"de markt", "the market"),
    (r"markt(?:en)?", "market"),
    (r"wereldwijde?|mondiale?|globale", "global"),
    (
        r"(?:de )?belangrijkste (?:spelers|bedrijven|aanbieders|leveranciers) (?:op|in) de markt zijn"
        r"(?: volgens (?:het|de) [\w-]+)?",
        "the key players in the market are",
    ),
    (
        r"tot de (?:grootste|belangrijkste) (?:spelers|bedrijven|aanbieders|leveranciers) (?:behoren|horen)",
        "key players include",
    ),
    (
        r"belangrijkste (?:spelers|bedrijven|aanbieders|leveranciers)|toonaangevende (?:bedrijven|spelers)",
        "key players",
    ),
    (r"(?:genoemde|besproken) bedrijven", "Companies Featured"),
    (r"op de markt|in de markt", "in the market"),
    (r"zijn", "are"),
    (r"omvatten", "include"),
    (r"waaronder|inclusief", "including"),
    (r"bedroeg", "was"),
    (r"groeit", "grows"),
    (r"wordt", "is"),
    (r"zal", "will"),
    (r"heeft", "has"),
    (r"zoals", "such as"),
    (r"per", "by"),
    (r"naar(?=\stype\b)", "by"),  # "Het rapport deelt de markt in naar type zorginstelling:"
    (r"en", "and"),
    (r"spelers", "players"),
    (r"bedrijven|ondernemingen", "companies"),
]

# Japanese, read by the Chinese extractors: its words for amounts, fiscal years, spans, growth and lists of players in
# Chinese ("億円" as "亿日元", "2024年度から" as "2024年至", "前年度比5.2%増" as "同比增长5.2%"); places in the Chinese
# names of the region seeds.
JAPANESE: list[tuple[str, Replacement]] = [
    (r"(?<![\d.])[12]\d年度", lambda year: f"20{year[:2]}年"),  # a newspaper's "24年度": fiscal 2024
    (r"(?<=\d)年度", "年"),
    (r"\d+兆\d[\d,]*億円", lambda amount: f"{_oku(amount)}亿日元"),  # "2兆6,050億円": 26,050億円
    (r"兆円", "万亿日元"),
    (r"億円", "亿日元"),
    (r"兆(?:米)?ドル", "万亿美元"),
    (r"億(?:米)?ドル", "亿美元"),
    (r"前年度比\d+(?:\.\d+)?%増", lambda change: f"同比增长{change[4:-1]}"),  # "前年度比5.2%増": 同比增长5.2%
    (r"主な[^、。\n]{0,12}?(?:企業|事業者|メーカー)として、?", "主要企业包括"),
    (r"主要企業に?は、?", "主要企业包括"),  # "受託製造の主要企業には、アピ、三生医薬、…などがある"
    (r"などが挙げられる|などがある|など", "等"),
    (r"である(?=。)", "等"),  # "主要企業は、A、B、Cである。": the list closed, its last name without the copula
    (r"(?:(?<=年)|(?<=年度))から(?=\d{4}年)", "至"),
]


# Korean, read by the Chinese extractors: amounts in 억 (10^8), 조 (10^12) and 만 (10^4) of dollars or won
# ("198억 달러", "4조 5,473억 원"), years and spans ("2024년부터", "2030년까지"), growth ("연평균 성장률",
# "전년 대비 12% 증가"), the words of a market's size and forecast, lists of players ("주요 기업으로는 … 등이
# 있다"), and a sentence's full stop, in Chinese; places in the Chinese names of the region seeds.
_KOREAN_UNIT = {"달러": "美元", "원": "韩元", "유로": "欧元", "엔": "日元", "위안": "元人民币", "동": "越南盾"}
_KOREAN_CURRENCY = r"(?:미\s?)?달러|원|유로|엔|위안|동"
_LATIN_FIRM = r"[A-Z][A-Za-z&.,' -]{1,40}"
_CITED = r"(?:에\s?따르면|의\s?(?:보고서|조사|분석|자료|발표|전망))"
_AMOUNT_THEN = rf"\s?[\d,.]+\s?(?:조|억|만)[^.。\n]{{0,12}}?(?:{_KOREAN_CURRENCY})"
KOREAN: list[tuple[str, Replacement]] = [
    (rf"\d[\d,]*(?:\.\d+)?\s?조\s?\d[\d,]*\s?천?\s?억\s?(?:{_KOREAN_CURRENCY})", lambda amount: _eok(amount)),
    (rf"\d[\d,]*\s?억\s?\d[\d,]*\s?천?\s?만\s?(?:{_KOREAN_CURRENCY})", lambda amount: _eok(amount)),
    (rf"(?<=\d)\s?(?:조|억|만)\s?(?:{_KOREAN_CURRENCY})", lambda unit: _korean_unit(unit)),
    (r"\d{4}\s?∼\s?\d{4}\s?년", lambda span: "{}年至{}年".format(*_years(span))),  # "2025∼2030년"
    (r"\d{4}\s?년\s?부터", lambda year: f"从{_years(year)[0]}年"),
    (r"\d{4}\s?년\s?까지", lambda year: f"到{_years(year)[0]}年"),
    # "2024년 198억 달러에서 2030년 420억 달러로": the year of the amount a change runs from, and the one it runs to
    (rf"\d{{4}}\s?년(?={_AMOUNT_THEN}에서\s)", lambda year: f"从{_years(year)[0]}年"),
    (rf"\d{{4}}\s?년(?={_AMOUNT_THEN}(?:으로|로|에)\s)", lambda year: f"到{_years(year)[0]}年"),
    (r"(?<=\d{4})\s?년(?:도)?", "年"),
    (r"연\s?평균\s?(?:복합\s?)?성장률|연평균|복합\s?연간\s?성장률|연\s?복합\s?성장률", "年复合增长率"),
    (r"전년\s?(?:동기\s?)?대비\s?\d+(?:\.\d+)?\s?%\s?(?:증가|성장|늘)", lambda change: f"同比增长{_percent(change)}"),
    # the firm a figure is cited from: "루츠애널리시스(Roots Analysis)에 따르면", "Frost & Sullivan에 따르면", read as
    # "据Roots Analysis的报告" (its Latin name as written)
    (rf"[가-힣]{{2,15}}\s?\((?={_LATIN_FIRM}\)\s?{_CITED})", "据"),
    (rf"(?<=[A-Za-z.])\)\s?{_CITED}", "的报告"),
    (rf"\s?시장\s?조사\s?(?:전문\s?)?(?:기관|업체|회사|기업)\s(?={_LATIN_FIRM}\s?{_CITED})", "据"),
    (rf"(?<=[A-Za-z.])\s?{_CITED}", "的报告"),
    (r"\s?시장\s?조사\s?(?:전문\s?)?(?:기관|업체|회사|기업)", "市场研究机构"),
    (r"\s?시장\s?규모", "市场规模"),
    # "… 시장은 2024년 31억달러에서": a market the sentence gives a figure for is sized, as "市场规模" says
    (r"\s?시장(?:은|는|이|가)(?=[^.。\n]{0,60}?\d)", "市场规模"),
    (r"\s?시장(?!뉴스)", "市场"),  # not "해외시장뉴스" (overseas market news)
    (r"전망|예상|예측|추산|추정", "预计"),
    (r"글로벌|전\s?세계|세계", "全球"),
    # "주요 기업으로는 A, B, C 등이 있다", "주요 시장 참여 기업은 A, B … 등이다": a list that closes with 등
    (
        r"주요\s?(?:[가-힣]{1,6}\s?){0,3}?(?:기업|업체|플레이어|사업자|회사|경쟁사|제조사)(?:들)?(?:로는|으로는|에는|은|는)\s"
        r"(?=(?:[^.。\n]|\.(?=\S)){2,400}?\s등)",  # "Catalent Inc.)": a point inside a name
        "主要企业包括",
    ),
    # "… 등이 있다.", "… 등이에요.", "… 등이 꼽혔다.": "and others", the few words up to the sentence's end with it
    # (not a verb of competing or leading: "… 등이 경쟁하고 있다", read by loaders.extract.korean_companies)
    (r"(?<=[\s)])등[이을]\s?(?![가-힣 ]{0,8}(?:경쟁|주도|선두|상위권|과점|양분))[가-힣 ]{0,12}?(?=[.!?]|$)", "等"),
    (r"(?<=[\s)])등(?=[\s,.]|$)", "等"),
    (r"(?<=[가-힣])\.(?=\s|$)", "。"),
]


def _korean_unit(unit: str) -> str:
    """'억 달러' -> '亿美元', '조 원' -> '万亿韩元'."""
    scale, currency = re.match(r"\s?(조|억|만)\s?(?:미\s?)?(.+)", unit).groups()  # type: ignore[union-attr]
    return {"조": "万亿", "억": "亿", "만": "万"}[scale] + _KOREAN_UNIT[currency]


def _eok(amount: str) -> str:
    """'4조 5,473억 원' -> '45473亿韩元', '1억 6,000만 달러' -> '1.6亿美元', '11조7천억 원' -> '117000亿韩元': an amount
    in two scales as 억."""
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", amount)]
    big, small = numbers
    small *= 1_000 if "천" in amount else 1  # "80억5천만 달러": five thousand 만
    value = big * 10_000 + small if "조" in amount else big + small / 10_000
    currency = re.search(r"(?:달러|원|유로|엔|위안|동)$", amount).group(0)  # type: ignore[union-attr]
    return f"{value:g}亿{_KOREAN_UNIT[currency]}"


def _years(text: str) -> list[str]:
    return re.findall(r"\d{4}", text)


def _percent(change: str) -> str:
    return re.search(r"\d+(?:\.\d+)?", change).group(0) + "%"  # type: ignore[union-attr]


def _oku(amount: str) -> int:
    """'2兆6,050億円' -> 26050: an amount in 兆 and 億 as 億 (a 兆 is ten thousand 億), in either form of 億."""
    trillions, _, rest = amount.partition("兆")
    return int(trillions) * 10_000 + int(re.sub(r"\D", "", rest))


PHRASES: dict[str, list[tuple[str, Replacement]]] = {
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "it": ITALIAN,
    "nl": DUTCH,
    "ja": JAPANESE,
    "ko": KOREAN,
}

# The names of world regions in each language, each to its English name (a space or a hyphen in a name matches
# either: "Asie-Pacifique", "Asie Pacifique").
REGIONS: dict[str, dict[str, str]] = {
    "fr": {
        "reste du monde": "Rest of the World",
        "Amérique du Nord": "North America",
        "Amérique du Sud": "South America",
        "Amérique latine": "Latin America",
        "Asie-Pacifique": "Asia-Pacific",
        "Moyen-Orient et Afrique": "Middle East and Africa",
        "Moyen-Orient": "Middle East",
        "Europe de l'Ouest": "Western Europe",
        "Europe de l’Ouest": "Western Europe",
        "Europe de l'Est": "Eastern Europe",
        "Europe de l’Est": "Eastern Europe",
        "Asie": "Asia",
        "Afrique": "Africa",
    },
    "de": {
        "Rest der Welt": "Rest of the World",
        "Nordamerika": "North America",
        "Südamerika": "South America",
        "Lateinamerika": "Latin America",
        "Asien-Pazifik": "Asia-Pacific",
        "Asien/Pazifik": "Asia-Pacific",
        "Naher Osten und Afrika": "Middle East and Africa",
        "Naher Osten & Afrika": "Middle East and Africa",
        "Nahost und Afrika": "Middle East and Africa",
        "Naher Osten": "Middle East",
        "Nahost": "Middle East",
        "Mittlerer Osten": "Middle East",
        "Westeuropa": "Western Europe",
        "Osteuropa": "Eastern Europe",
        "übriges Europa": "Rest of Europe",
        "übriger asiatisch-pazifischer Raum": "Rest of Asia-Pacific",
        "DACH-Region": "DACH",
        "VAE": "UAE",
        "Europa": "Europe",
        "Asien": "Asia",
        "Afrika": "Africa",
    },
    "es": {
        "resto del mundo": "Rest of the World",
        "América del Norte": "North America",
        "Norteamérica": "North America",
        "América del Sur": "South America",
        "Sudamérica": "South America",
        "Suramérica": "South America",
        "América Latina": "Latin America",
        "Latinoamérica": "Latin America",
        "Asia-Pacífico": "Asia-Pacific",
        "Oriente Medio y África": "Middle East and Africa",
        "Medio Oriente y África": "Middle East and Africa",
        "Oriente Medio": "Middle East",
        "Medio Oriente": "Middle East",
        "América Central": "Central America",
        "Centroamérica": "Central America",
        "Europa": "Europe",
        "África": "Africa",
    },
    "pt": {
        "resto do mundo": "Rest of the World",
        "América do Norte": "North America",
        "América do Sul": "South America",
        "América Latina": "Latin America",
        "Ásia-Pacífico": "Asia-Pacific",
        "Oriente Médio e África": "Middle East and Africa",
        "Médio Oriente e África": "Middle East and Africa",
        "Oriente Médio": "Middle East",
        "Resto da Europa": "Rest of Europe",
        "Resto da Ásia-Pacífico": "Rest of Asia-Pacific",
        "Resto da América do Sul": "Rest of South America",
        "Europa": "Europe",
        "África": "Africa",
        "Ásia": "Asia",
    },
    "it": {
        "resto del mondo": "Rest of the World",
        "Nord America": "North America",
        "America del Nord": "North America",
        "Nordamerica": "North America",
        "Sud America": "South America",
        "America del Sud": "South America",
        "Sudamerica": "South America",
        "America Latina": "Latin America",
        "Asia-Pacifico": "Asia-Pacific",
        "Medio Oriente e Africa": "Middle East and Africa",
        "Medio Oriente": "Middle East",
        "Europa": "Europe",
    },
    "ja": {
        "北米": "北美",
        "欧州": "欧洲",
        "アジア太平洋": "亚太",
        "中南米": "拉丁美洲",
        "米国": "美国",
        "韓国": "韩国",
    },
    "ko": {
        "북미": "北美",
        "유럽": "欧洲",
        "아시아 태평양": "亚太",
        "아시아태평양": "亚太",
        "아태": "亚太",
        "중남미": "拉丁美洲",
        "남미": "南美",
        "라틴아메리카": "拉丁美洲",
        "중동 및 아프리카": "中东和非洲",
        "한국": "韩国",
    },
    "nl": {
        "rest van de wereld": "Rest of the World",
        "Noord-Amerika": "North America",
        "Zuid-Amerika": "South America",
        "Latijns-Amerika": "Latin America",
        "Azië-Pacific": "Asia-Pacific",
        "Azië-Pacifisch gebied": "Asia-Pacific",
        "Azië-Pacifisch": "Asia-Pacific",
        "Midden-Oosten en Afrika": "Middle East and Africa",
        "Midden-Oosten": "Middle East",
        "West-Europa": "Western Europe",
        "Centraal- en Oost-Europa": "Central and Eastern Europe",
        "Europa": "Europe",
        "Azië": "Asia",
        "Afrika": "Africa",
    },
}


@cache
def country_names(language: str) -> dict[str, str]:
    """The names of countries in `language` (pycountry's translations of ISO 3166-1), each to its English name (for
    Japanese and Korean, to its Chinese name among the region seeds' aliases, which the Chinese extractors read);
    names written as an inverted list ("Corée, République de") and names the same in English are left out."""
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[LANGUAGES[language]])
    chinese = _chinese_names() if language in READ_AS_CHINESE else {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        if language in READ_AS_CHINESE:
            english = chinese.get(country.alpha_2.lower(), "")
        written = (country.name, getattr(country, "common_name", None))
        for own in {translation.gettext(name) for name in written if name}:  # gettext("") is the catalogue's header
            if english and own and "," not in own and "(" not in own and own != english and own != country.name:
                names[own] = english
    return names


def _chinese_names() -> dict[str, str]:
    """Each country's code to its Chinese name among the region seeds' aliases (the first, for a country with
    several)."""
    names: dict[str, str] = {}
    for alias, code in load_index().aliases.items():
        if HAN.search(alias):
            names.setdefault(code, alias)
    return names


@cache
def foreign_place_names() -> dict[str, str]:
    """Every glossed language's names of world regions and countries, lower-cased (a hyphen as a space), each to
    its English name."""
    names: dict[str, str] = {}
    for language in PHRASES:
        for own, english in [*REGIONS[language].items(), *country_names(language).items()]:
            names.setdefault(place_form(own), english)
    return names


def place_form(name: str) -> str:
    """A place's name as foreign_place_names keys it: lower-cased, a hyphen as a space."""
    return name.lower().replace("-", " ").replace("’", "'")
