"""Companies named as market players: key-player lists (bullets, comma lists after "such as",
bold names), split into real company names; and the company a sentence is about."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import ahocorasick_rs

from loaders.extract.legalname import LEGAL_SUFFIX_END, basename
from loaders.extract.model import CompanyMention
from loaders.extract.regions import RegionIndex
from loaders.extract.segments import KNOWN_DIMENSIONS, SLIDE_COUNTER
from loaders.extract.tables import NO_COMPANY_COLUMNS, CompanyColumns, cell_line
from loaders.extract.text import (
    NAME_ABBREVIATIONS,
    TOC_NUMBER,
    Line,
    Openings,
    abbreviates,
    evidence,
    finditer_opening,
    first_in_each,
    first_occurrences,
    last_match,
    lines_holding,
    lines_of,
    sentence_bounds,
)
from loaders.symbol_lines import without_item_mark

# Headings that open a list of players: "Key Players In Thermal Spray Coatings Market".
PLAYER_HEADING = re.compile(
    r"\b(?:key|major|leading|prominent|top|notable|main|important|dominant|principal|profiled|active|emerging|competitive)\s"
    r"(?:\w+\s){0,5}?(?:players?|companies|vendors|manufacturers|participants|competitors|suppliers|producers|CROs)\b"
    r"|\bcompetitive\s(?:landscape|analysis)\b"
    r"|\b(?:companies|brands)\s(?:profiled|covered|mentioned|featured|discussed|assessed|analy[sz]ed|studied|tracked)\b"
    r"|\bplayers\s(?:profiled|covered|operating)\b|\bkey\scompanies\b|\bmarket\sleaders\b"
    r"|\b(?:market|industry)\s(?:companies|players|vendors|manufacturers|suppliers)\s?:?$"
    r"|^companies\s?:?$|^players\s\([^()]{1,40}\)\s?:?$"  # "Players (GVR's list)" over a note's names
    r"|\bcompany\sprofiles\b|\b(?:players|companies|names)\sto\swatch\b|^joint\sventures\b"
    r"|^(?:vendors|companies|players)\swe\s(?:track|cover|follow)$"  # a newsletter's box "Vendors we track"
    r"|^who\s(?:supplies|makes)\s(?:it|them)\??$"  # a slide's title "Who supplies it"
    r"|(?:^|\.\s)(?:producers|brands|vendors|companies|players|suppliers)\b[^.:]{0,60}:$"
    # a segmentation's "By Company" over names, a report's "Market Analysis by Manufacturer"
    r"|(?:^(?:segment\s)?|\banalysis\s)by\s(?:company|player|manufacturer|vendor)s?\s?:?$",
    re.I,
)
# A sentence that ends with a colon over its list (asked only of a line that ends with one): "The providers we track
# most closely are:", "A mix of specialists and broad CDMOs:".
COLON_HEADING = re.compile(
    r"(?:^|[.?!]\s)[^.:?!]{0,40}?\b(?:producers|brands|vendors|companies|players|suppliers|providers|manufacturers"
    r"|firms|makers|competitors|CDMOs|CMOs"
    r"|names(?=\s(?:that|we|you|to|most)\b))\b[^.:]{0,80}:$",  # "The names that come up …:"
    re.I,
)
# Every PLAYER_HEADING match holds one of these words (in any case).
PLAYER_WORDS = (
    "player", "companies", "company", "vendor", "manufacturer", "participants", "competitors", "suppliers",
    "competitive", "leaders", "producers", "brands", "names", "providers", "firms", "makers", "cdmos", "cmos", "cros",
    "who ", "joint ventures",
)  # fmt: skip
# The words that open an inline list: "Key players in this space include Catalent, Patheon, ...", "Specialists such as
# PSI CRO, Premier Research and Cromos Pharma compete for …"
# "The competitive landscape includes ...", "The report profiles ...", "Its vendor analysis covers ...".
LIST_INTRO = re.compile(
    r"(?:\b(?:players?|companies|vendors?|manufacturers|participants|competitors|suppliers?|firms|leaders|providers|specialists"
    r"|enterprises|operators|producers|makers|landscape|names|rivals)\b[^.:\n]{0,100}?"
    r"\b(?:include|includes|included|including|such as|are(?!\s[a-z]+ing\b)|like|namely|comprise|comprising|profiled"
    r"|profiles|covers|covered|named|were)"  # not "Producers in Brazil are using them …": a clause
    # "The report profiles A, B", "The segment is led by A, B": from the verb (looked behind), which opens the match
    r"|(?<=\breport\s)profiles|(?<=\bstudy\s)profiles|(?<=[a-z]\s)profiles(?=\s[A-Z])"  # "Ostrander profiles A, B"
    r"|(?:(?<=market\sis\s)|(?<=segment\sis\s)|(?<=industry\sis\s)|(?<=landscape\sis\s)|(?<=tier\sis\s))"
    r"(?:led|dominated|served)\sby"
    # "Leading bicycle groups include A, B" (LEADING_BEFORE checks the words before), "X competes with A, B"
    r"|(?:groups|brands)\s(?:include|includes|are|such\sas)"
    r"|(?:competes|compete|competing)\s(?:(?:more\s)?[a-z]+ly\s|for\s(?:[\w-]+\s){1,4}?)?with"  # "… for … work with"
    r"|(?:competes|compete|competing)\s(?:for\s[a-z]+\s)?against"  # "you will compete for programmes against A, B"
    r"|company\sprofiles\s(?:include|cover|are)"  # "Company profiles include TLD Group, Oshkosh AeroTech, …"
    r"|(?<=\bour\s)members\sare"  # an association's: "Our members are Renaissance Lakewood, LLC; …"
    # "Five global vendors – ABB, Schneider Electric, …, Eaton and Hitachi – account for": the list between dashes
    r"|(?:players|vendors|suppliers|manufacturers)(?=\s[—–]\s[^—–\n]{3,300}\s[—–]\s)"
    # "… highlighting leading vendors and their innovative profiles. These include A, B, …": the next sentence's list
    r"|(?:players|companies|vendors|suppliers|manufacturers|providers)\b[^.:\n]{0,100}?\.\s(?:These|They)\sinclude"
    # "Mordor lists the market's leading suppliers as A, B, …"
    r"|(?<=\s)lists\s(?:the\s)?(?:[\w'’]+\s){0,3}?(?:players|companies|vendors|suppliers"
    r"|manufacturers|producers|providers)\sas"
    r"|honou?rable\smentions"  # a ranking's "Honourable mentions: Charles River Laboratories (…), Proxima CRO and …"
    r"|competitive\sset\b[^.:\n]{0,40}"  # "Our competitive set has not changed: Lonza, …"
    r"|(?:companies|players|names)\sto\swatch(?:,\s[^:.\n]{0,30})?(?=:)"  # "Companies to watch, per the report: A, B"
    r"|(?<=\bThe\s)(?:largest|biggest)\s(?:by\s[a-z][a-z ]{0,40}?\s)?are"  # "The largest by service revenue are A, B"
    r"|(?<=\bThe\s)largest\s[a-z]+\sand\s[a-z]+\sinclude"  # "The largest employers and exporters include"
    r"|among\sthe\s(?:[a-z]+\s)?vendors(?=,)"  # "Among the independent vendors, Gretel, MOSTLY AI, … have each built"
    r")\b\s?(?::|(?<=vendors),|(?<=profiled)\.)?\s",  # a label ending with a period: "Companies profiled. A, B"
    re.I,
)
# The words between an intro's first verb and its list: "Leading vendors profiled| in the report include |A, B",
# "Key players profiled| in the TMR report include |…", "competes with| larger sterile CDMOs including |…" (words in
# lower case or acronyms, never a name: "players like |Temu are setting …").
LIST_LEAD = re.compile(
    r"(?:(?:[a-z][\w-]*|[A-Z]{2,}s?)\s){0,4}?(?:(?:include|includes|including|are|comprise|such as)\s?:?\s|[a-z]+:\s)"
    # "players covered| in the Bioavailability and Bioequivalence (BA/BE) Studies CRO Market report are |A, B"
    r"|in\s(?:the\s)?[^.:\n]{0,120}?\s[Mm]arket(?:\s[Rr]eport)?\s(?:include|are)\s"
    r"|(?:[\w-]+\s){0,5}?[—–]\s(?=[^—–\n]{3,300}\s[—–]\s)"  # "named in the IDTechEx analysis — A, B and C —"
)
# Where a LIST_INTRO match can start (in any case).
LIST_INTRO_OPENINGS = (
    "player", "companies", "vendor", "manufacturers", "participants", "competitors", "supplier", "firms", "leaders",
    "providers", "operators", "producers", "makers", "landscape", "profiles", "led by", "dominated by", "groups",
    "brands", "compet", "company profiles", "largest", "biggest", "hono", "names", "members", "served by", "rivals",
    "specialists", "among the", "enterprises", "lists",
)  # fmt: skip
# An item of a list of other reports, its market's title first: "Metakaolin Market - projected to reach US$ 2.41
# billion by 2031; key players include …".
OTHER_REPORT_ITEM = re.compile(r"([A-Z][\w&'() -]{2,80}?)\sMarket\s[-–:]\s")
# A note after a listed name that gives it another part than a player's: "(lead investor, …)", "(customer of …)".
ROLE_NOTE = re.compile(r"\((?:lead\s|an?\s|the\s)?(?:investor|customer|client|buyer|supplier|distributor)s?\b", re.I)
# The words that call the names of a list players: "(among the) leading suppliers", "(are among the) major players".
CALLED_PLAYERS = (
    r"(?:key|leading|major|main|prominent|top|principal)\s(?:[\w-]+\s)?(?:players|companies|vendors|suppliers|"
    r"manufacturers|producers|participants|competitors|providers|firms|operators|makers|brands|managers)\b"
)
# Names a study counts among the players, written before the words that say so: "the study names A, B and C among
# the leading suppliers", "Palisade Research Partners lists A, B among the key players", "They name A, B … as the key
# players".
AMONG_PLAYERS = re.compile(
    r"\b(?:names?|named|lists|counts|identifies|cites)\s(?P<names>[A-Z](?:[^.;:\n]|(?<=\bDr)\.|(?<=\bPvt)\.|(?<=\bS\.A)\."
    r"|\.(?!\s[A-Z][a-z])){3,400}?)\s"  # "… Vezlay Foods Pvt. Ltd. (India) …", "… Minerva S.A. Edible Oils among …"
    r"(?:among|as)\s(?:the\s|its\s)?" + CALLED_PLAYERS  # "… lists A, B among its leading suppliers"
)
# ... or after them: "The outlooks name the main suppliers as SBM Offshore N.V., MODEC, Inc., …".
PLAYERS_NAMED_FIRST = re.compile(r"\bnames?\s(?:the\s)?" + CALLED_PLAYERS + r"\sas\s")
ALONGSIDE = " alongside "
# Where a list of names may open without words that call them players: after a colon, after "among others,".
NAMES_AFTER = re.compile(r"(?<=[a-z]): (?=[A-Z])|(?<=[a-z], )among others, (?=[A-Z])")
# A legal suffix as a word ("Inc", "S.A", "GmbH"), looked for this far after a colon before its list is read.
LEGAL_WORD = re.compile(r"\b(?:Inc|Ltd|LLC|Corp|Corporation|S\.A|GmbH|AG|plc|PLC|N\.V|Co|Limited|A/S|Oyj|AB|SE|KG)\b")
LEGAL_WORD_REACH = 200
# The words after a sentence's list of players that say so: "ResMed Inc., …, and Löwenstein Medical are among the
# major players."
PLAYERS_AFTER = re.compile(
    r"(?:(?<=\sare\s)|(?<=\swere\s)|(?<=\srank\s)|(?<=\sremain\s))(?:among|some\sof)\s(?:the\s)?" + CALLED_PLAYERS
)
# ... or "are (often) identified as": "Emulate, Inc., …, InSphero AG and Hesperos, Inc. are repeatedly identified as
# the leading vendors".
PLAYERS_NAMED_AS = re.compile(
    r"(?:(?<=\sare\s)|(?<=\swere\s)|(?<=ly\s))(?:identified|regarded)\sas\s(?:the\s)?" + CALLED_PLAYERS
)
NAMED_AS_VERB = re.compile(r"\s(?:are|were)\s(?:[a-z]+ly\s)?$")  # "… are repeatedly " before it
# A sentence that names the market's players before what they all do: "Hovione, Lonza, Veranova and Societal CDMO
# all offer micronization as a service".
PLAYERS_BEFORE = re.compile(
    r"(?<=\s)(?:all|each)\s(?:offer|provide|supply|manufacture|produce)s?\b"
    r"|(?:(?<=\shave\s)|(?<=\sare\s))all\s[a-z]+(?:ed|ing)\b"  # "… and WuXi Biologics have all added capacity"
    r"|(?<=\s)together\saccounted\sfor\b"  # "Alstom SA, …, Hitachi Rail and Talgo together accounted for about 70%"
    # "Bidco Africa Ltd., …, Golden Africa Kenya Ltd. are the leading refiners and marketers" (legal names only)
    r"|(?<=\s)are\sthe\s(?:leading|main|largest)\s"
    r"(?!(?:[a-z]+\s){0,3}?(?:buyer|customer|user)s\b)"  # not "… the main buyers"
    r"(?:[a-z]+\s){0,3}?[a-z]+s\b"
)
PLAYERS_BEFORE_NAMES = 3  # the fewest names the sentence opens with
# What "groups" or "brands" open a list of players after: "Leading bicycle groups include …".
LEADING_BEFORE = re.compile(
    r"\b(?:leading|key|major|top|largest|biggest|big|prominent|main)\s"
    r"(?!(?:[\w-]+\s)?(?:age|product|customer|consumer|income|user|target|patient|risk|end-use)\s)(?:[\w-]+\s){0,2}$",
    re.I,
)
LEGAL_SUFFIX = re.compile(
    r"^(?:inc|incorporated|ltd|limited|llc|l\.l\.c|corp|corporation|co|company|plc|gmbh|ag|sa|s\.a|s\.p\.a|"
    r"spa|nv|n\.v|bv|b\.v|ab|asa|oy|oyj|kg|kk|k\.k|pte|pvt|lp|llp|sarl|s\.a\.s|sas|se|a/s|as|bhd|tbk|"
    r"co\.?,?\s?ltd|pty|pty ltd|holdings?|group|s\.r\.l|srl|lda|a\.s|s\.c)\.?$",
    re.I,
)
NOT_COMPANY = re.compile(
    r"^(?:others?|etc|and others|among others|many more|more|key players|companies|overview|market|"
    r"introduction|company profiles?|the|and|other players|other key players|others\W*|"
    r"comment|tags|"  # a forum's "**Comment** (k_meyer): …", "Tags: `rfp` …"
    r"answer|"  # a FAQ's "Who are the key … companies?" over "Answer: See the list of companies above."
    r"image|"  # a figure's caption: "Image: Company market share analysis, 2024"
    r"published|pages|"  # a report page's "Published: July 2025 · 150 pages", "**Pages:** 150 | …"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s\d{1,2}|"  # a date
    r"buy|hold|sell|outperform|underperform|overweight|underweight|"  # an analyst's rating
    r"where|what|"  # a section's question ("## Who makes it" then "## Where")
    r"tier\s\d|headquarters|founded|"  # a tier ("Tier 1: …"), a card's "Headquarters: … · Founded: 1873"
    r"careers|description|swot|headline|released|number|support|partnerships|"  # a page's labels and headings
    r"customers and partners|important disclosures|estudos relacionados|mergers & acquisitions|"
    r"company evaluation matrix|regulatory environment|new warehouse openings)$|"
    r"^dear\s|"  # a letter's "Dear Laura,"
    r"\b(?:markets?|segments?|analysis|forecasts?|reports?|regions?|overview|strategy|strategies|revenues?|variations?|"
    r"share|growth|trends?|demand|industry|players|vendors|sample|pdf|request|click|contact|email|phone|"
    r"available|download|related research|inquiry|enquiry|methodology|appendix|information|query|profiles?|summary|"
    r"scope|developments?|buyers|analysts?|"
    r"about us|why\b|insider|licen[cs]es?|pric(?:e|es|ing)|questions|faqs?|q&a|landscape|contents|details|outlook|"
    r"perspective|attributes?|coverage|end-user|^about\s|"
    r"introduction|conclusion|opportunit(?:y|ies)|challenges?|drivers?|restraints?|table|figure|exhibit|"
    r"purchase|single[- ]user|multi-?user|enterprise[- ]user|corporate[- ]user|chapter\s\d+)\b",
    re.I,
)
# A name written in lower case at its start, a capital after: "enVista", "iRobot", "eBay", "i-SENS, Inc.".
# "Hon Hai Precision Industry Co. Ltd.": "Industry" before a legal suffix is a firm's name, no word of a market's.
INDUSTRY_FIRM = re.compile(
    r"\b(?:Industry|Development)(?=\s(?:Co|Corp|Corporation|Company|Ltd|Limited|Inc|Group)\b)"
)  # "Tapioca Development Corporation Limited"
HAS_LETTER = re.compile(r"[^\W\d_]")  # "3M" has one, a post's number "7/12" none
LOWER_CASE_NAME = re.compile(r"[a-z]{1,4}-?[A-Z]")
# A short brand written in lower case before a capital, in a name with its legal form: "tesa Labtec GmbH", "ams
# OSRAM AG"; not a sentence's word before a name ("and Acme Inc.", "are Spirit AeroSystems Holdings, Inc.").
LOWER_CASE_BRAND = re.compile(
    r"(?!(?:and|or|the|with|by|of|for|from|to|in|at|as|on|like|such|are|is|was|were|has|had|its|our|also|both|plus)\s)"
    r"[a-z]{2,5}\s[A-Z]"
)
# Beginnings that no company name has: "By Technology", "USD 3,950", "$4.1 billion".
NOT_A_NAME_START = re.compile(
    r"^(?:by\s|(?:usd|eur|gbp|jpy|cny|inr|rs|cagr)\b|us\$|\$|€|£|¥|₹|\d[\d,.]*\s?(?:%|million|billion)?$)", re.I
)
# ", Ltd." / ", Inc." belong to the name before them, as a founder's name does to "… and Company": protected from
# list splitting.
SUFFIX_AFTER_COMMA = re.compile(
    r",\s(?=(?:Inc|Ltd|LLC|Co|Corp|S\.A|GmbH|Limited|Incorporated|plc|AG|SE|N\.V|B\.V|a\.s|L\.P|PBC|S\.L)\b\.?)"
)
FOUNDERS_COMMA = re.compile(
    r"(?P<first>\b[A-Z][a-z]{2,20}),\s(?=[A-Z][a-z]{2,20}\sand\sCompany\b)"
)  # "Becton, Dickinson …"
KEEP_COMMA = "\u0000"
KEEP_SEMICOLON = "\u0001"
NOTE = re.compile(r"\([^()\n]{1,80}\)")  # a note in parentheses
# The verb that follows the last name of a list: "... and Kamado Kasei Co., Ltd. are expanding capacity".
CLAUSE_AFTER_NAME = re.compile(
    r"\s(?:are|is|have|has|were|was|continue[sd]?|remain|dominate|lead|hold|account|among|which|who)\b"
)
# A piece of a list that is a clause, not a name: "(and) you will broaden …", "but he buys from …".
CLAUSE_PIECE = re.compile(r"(?:but\s)?(?:you|we|they|it|he)\s[a-z]")
# "… and The Timken Company compete with IMO Holding GmbH, …": rivals named on both sides of the verb.
LIST_SPLIT = re.compile(r"\s?;\s?|,\s(?:[Aa]nd\s)?|\s\d{1,2}\.\s|\scompete\swith\s")
# "... Bayer and BASF": the "and" before a list's last name ("Systems and Solutions Corporation" inside a
# list is one name).
LAST_AND = re.compile(r"\s[Aa]nd\s(?=(?:die\s)?[A-Z«])")  # "… GmbH sowie die Rhön Metallbau-Gruppe", glossed
# "Carbon Clean Solutions Ltd. and Biochar Now": an "and" right after a legal suffix joins two names.
SUFFIX_THEN_AND = re.compile(r"\b(?:Ltd|Inc|Corp|Co|LLC|plc|AG|SA|AB|GmbH|Limited|Corporation)\.?\s[Aa]nd\s[A-Z]")
# "Bliss GVS Pharma Ltd. & Aenova Group", "CCL INDUSTRIES INC. & UPM Raflatac", "LISI Group & Howmet Aerospace": an
# ampersand right after a legal suffix or "Group" parts two names, as a list's comma does ("Hollis & Breck Contract
# Pharma Ltd." is one).
SUFFIX_THEN_AMPERSAND = re.compile(r"(?P<suffix>\b(?:(?i:Ltd|Inc|Corporation|plc)|Group)\.?)\s&\s(?=[A-Z])")
# A new sentence right after a legal suffix: "Polyflon Technology Ltd. These companies are ..."
SENTENCE_AFTER_SUFFIX = re.compile(
    r"(?:\b(?:Ltd|Inc|Corp|Co|LLC|Plc|plc|AG|SA|SE|AB|ASA|Oyj|Oy|NV|BV|GmbH|Limited|Corporation|A/S)|\sde\sC\.V)\.(?P<gap>\s+)"
    r"(?=[A-Z][a-z])(?!(?:Ltd|Limited|LLC|Inc|Corp|Corporation)\b)"
    r"(?!\w+\sKG\b)"  # "HiPP GmbH & Co. Vertrieb KG": one firm's name
)
# A sentence's end after a name that is no abbreviation: "…, Liebherr and JCB. Hyundai Construction Equipment and …".
SENTENCE_AFTER_NAME = re.compile(
    rf"\b(?!(?:{NAME_ABBREVIATIONS})\.)"
    r"(?:[A-Z]{2,}|[A-Z][a-z]+)\."
    r"(?P<gap>\s+)(?=[A-Z][a-z])"
)
# Only names' words, joined by "and" or "&": "Egmont Honey and Wedderspoon Organic".
CAPITALISED_WORDS = re.compile(r"[A-Z][\w&.'’-]*(?:\s(?:[A-Z][\w&.'’-]*|and|&))*")
# Words a sentence may open with that open no company's name.
PREPOSITIONS = frozenset("In At On For As By From With After Since While Over Under".split())
# What follows a legal suffix is another name when it is only capitalised words: "Inc. Kemper System".
NAME_ONLY = re.compile(r"(?:[A-Z][\w&.'’-]*|of|and|&)(?:\s(?:[A-Z][\w&.'’-]*|of|and|&)){0,5}")
# A note under a list, which ends it: "*Disclaimer: Major Players sorted in no particular order".
NOTE_LINE = re.compile(r"^\W{0,3}(?:disclaimer|note|source)s?\s?:", re.I)
# The heading of an agenda or a contents list, whose items name sections ("Competitive landscape"), not players.
AGENDA = re.compile(
    r"^(?:agenda|contents|table of contents(?:\s[-–]\s[\w ]{1,30})?|outline|(?:key\s)?target\saudience)\s?:?$", re.I
)
AGENDA_ITEMS = 30
# A company's card in a ranking or a page of profiles, its head office on the line under its name: "IQVIA Holdings
# Inc." over "HQ: Durham, North Carolina, U.S. · Employees: ~88,000 · 2024 revenue: …".
PROFILE_LINE = re.compile(r"^(?:HQ|Headquarters)\s?:\s", re.M)
PROFILE_NAME_LENGTH = 60
# A company with its listing: "KindlyMD, Inc. (NASDAQ: KDLY)", "Pluri Inc. (NASDAQ: PLUR)".
EXCHANGE = r"(?i:NASDAQ|NYSE|OTC|OTCQB|OTCQX|TSX|TSXV|AMEX|NYSE American|Cboe|CSE|ASX|LSE|HKEX)"
LISTED_COMPANY = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'’-]{0,60},?\s){0,5}[A-Z][\w&.'’-]{0,60})\s\("
    + EXCHANGE
    + r"(?:\s?(?:CM|GM|GS|American|Markets?))?\s?:\s?(?P<ticker>[A-Z.]{1,6})"
)
# A person's past or other posts, right before a company: "previously held the position of CFO at", "an
# alumnus of", "is the CEO & President of", "her time at".
CAREER_BEFORE = re.compile(
    r"\b(?:alumn(?:us|a|i) of|previously|formerly|former|her time at|his time at|(?:held|holds) the position of|"
    r"(?:CEO|CFO|COO|CTO|President|Chair(?:man|woman)?|Director|VP|founder)\b[^.;]{0,25}\b(?:at|of))\s[^.;]{0,40}$"
)
# A company tied to the one a release is about: "its subsidiary ZenaDrone", "its partnership with Spider Vision
# Sensors Ltd.", "partnered with Navierre"; not a customer ("a supply agreement with Renault Group").
TIED_COMPANY = re.compile(
    r"\b(?:(?:its|a|wholly[- ]owned|flagship)\s(?:\w+\s)?subsidiary,?|partnership with|partnered with|"
    r"collaboration with|(?<!supply )agreement with|joint venture with)\s"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s(?:[A-Z][\w&.'’-]*|[a-z]-[A-Z][\w-]*|&|of)){0,4}(?:/S\b)?)"
)
# A partner the company works for, right after its name: "an agreement with HCA Healthcare to supply endoscopic
# staplers", "a five-year enterprise agreement with Pfizer Inc. covering clinical … translation": a customer.
SERVED_AFTER = re.compile(r"\s(?:to\s(?:supply|manufacture|produce)|covering)\b")
# A partner described by what it is, other than a provider or a subsidiary: a customer ("an agreement with Kroger, a
# US-based supermarket chain", "with Volterra Motors, a North American electric vehicle maker"), no player.
DESCRIBED_PARTNER = re.compile(r",\s(?:a|an)\s(?!(?:[\w-]+\s){0,3}(?:provider|subsidiary)\b)")
# Where a TIED_COMPANY match starts when the text names no subsidiary.
TIED_OPENINGS = ("partnership with", "partnered with", "collaboration with", "agreement with", "joint venture with")
# Bodies that are not companies: "partnership with the University of Leeds".
INSTITUTION = re.compile(
    r"\b(?:University|Institute|Department|Agency|Ministry|Government|Hospital|School|College|Cent(?:er|re)|"
    r"Foundation|Association|Society|Council|Commission|Administration|FDA|NIH)\b"
)
# Headline words that open a question or a story, not a name.
HEADLINE_OPENER = re.compile(r"(?:How|Why|What|When|Where|Inside)\s")
NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9&.-]*")
# A verb as headlines write it: "Advances", "Invests", "Is", "Unveils", "Receives"; in a headline written in lower
# case, a few of the commonest: "Sonterra Electronics opens second factory", "Northfield Kitchens buys Lakeshore
# Frozen Foods", "Kestwick Medical wins five-year deal".
HEADLINE_VERB = re.compile(r"Is|Has|[A-Z][a-z]+s|adds|buys|bets|opens|wins")
# A word before a headline's name that says what the company is: "Co-packer", "K-beauty", "ODM".
DESCRIPTOR_WORD = re.compile(r"[A-Z]+|[A-Z][a-z]*-[a-z]+")
# The rest of a name a headline shortens, where the text first writes it, before its description: "Valdoria| Pharma
# Services, the Rome-based …", "Brennan Specialty| Chemicals (Houston, TX)".
FULLER_NAME = r"(?:\s[A-Z][A-Za-z&-]+){1,3}(?=,\s|\s\()"
NOT_AN_ISSUER = re.compile(r"\b(?:Market|Markets|Industry|Global|Report|Sector|Stocks?|Demand|Sales|Prices?)\b")
# How a text refers to a company it has named: "Dunamis Charge is", "Rootless's", "Theriva Biologics (AMEX".
ENTITY_CUE = (
    r"(?:\s(?:is|was|has|provides|operates|offers|wants|aims|plans|announced|said)\b|['’]s?\b|\s\(|,\s(?:a|an|the)\b)"
)
ENTITY_CUE_AT = re.compile(ENTITY_CUE)
# A heading run into the next word by a lost line break: "CancersTheriva".
GLUED_HEADING = re.compile(r"[a-z][A-Z]")
# What every LISTED_COMPANY match holds: found first, with a fast literal scan for "(".
EXCHANGE_IN_PARENS = re.compile(r"\(" + EXCHANGE)
# The "About <Company>" block that closes a press release.
ABOUT_COMPANY = re.compile(r"^About\s(?P<name>[A-Z][\w&.,'’-]*(?:\s[A-Z0-9][\w&.,'’-]*){0,5})\s*:?$", re.M)
# What a research firm says about itself in its "About" block.
RESEARCH_FIRM_ABOUT = re.compile(
    r"\b(?:market research|research (?:firm|company|and consulting|house)|consulting firm|market intelligence|"
    r"advisory firm|analyst firm|syndicated (?:research|reports))\b",
    re.I,
)
WIRE_OR_FIRM = re.compile(
    r"\bus\b|wire|news|media|stocks|research|insights|consult|intelligence|partners|reports?|forecast|"
    r"razorpitch|ibn|the company|this",
    re.I,
)
# A stock ticker after a name: "EHang Holdings Limited (NASDAQ: EH)".
TICKER = re.compile(
    r"\s*\((?:NASDAQ|NYSE|OTC|OTCQB|OTCQX|TSX|TSXV|AMEX|NYSE American|LSE|Cboe|FSE|CSE|ASX|TSE|HKEX|SSE"
    r"|SZSE|NSE|BSE|SIX|TASE|ETR)\b[^)]*\)",
    re.I,
)
# Lists of customers, clients or partners are not lists of market players, nor are the companies a deal is with
# ("signed supply deals with automakers such as ..."), named before the list or, as buyers, after it ("makers such as
# X among their largest customers", "Tyre makers such as X have long-term supply agreements with ..."); nor a list
# the market leaves out ("vendors such as X and Y are not included in the market definition").
NOT_PLAYERS = re.compile(
    r"\b(?:customers?|clients?|partners?|investors?|backers?|lenders?|banks?|deals?|agreements?|works?\sfor|"
    r"sourced\sfrom|"  # "Their battery centres work for automakers … such as", "… are sourced from suppliers such as"
    r"outsource\sto|"  # "Major brands that outsource to these companies include Voltas, Havells, …"
    # "contract manufacturers include A, B", "players in Lubricant Contract Blending market include A, B": players
    r"contracts?(?!\s(?:manufactur|research|develop|packag|[a-z]+ing\b)))\b",
    re.I,
)
# Firms that sell the players' products: "Leading distributors of indexable inserts include:".
SELLERS = re.compile(r"\bdistributors\b", re.I)
BUYERS_AFTER = re.compile(
    r"\b(?:among\s(?:their|its|the\slargest)\s(?:\w+\s)?(?:customers|clients|buyers)|(?:supply|purchase|offtake)\s"
    r"(?:agreements?|deals?|contracts?)\swith|(?:are|is)\snot\s(?:included|covered|ranked)"
    # "Resin and additive suppliers such as Dow, … supply the film producers": suppliers of the market's players
    r"|supply\sthe\s(?:\w+\s)?producers"
    # "… remain the principal customers of the industry", "Companies like Arcturion are the customers driving both
    # forecasts", "… are outsourcing machining": buyers of the market
    r"|remain\s(?:the\s)?(?:\w+\s){0,2}(?:customers|clients|buyers)|are\sthe\scustomers|they\sare\scustomers"
    r"|(?:are|is|were)\s(?:\w+\s)?outsourcing|which\soutsourced"
    # "open-access operators such as Arriva, appear in the study as customers", "… and Safran as the accounts that
    # move volume between commercial treaters"
    r"|as\s(?:the\s)?(?:customers|accounts))\b",
    re.I,
)
# The buyers' industry a list's head noun is qualified by: "Procurement teams at vehicle makers such as A and B",
# "Large pharma companies such as A", "Beverage and consumer goods companies, including A", "equipment makers such as
# A", "Instrument and reagent suppliers such as A" (suppliers of a service market): the list names buyers or
# suppliers, unless the market is the kind's own product ("equipment makers such as A" in a semiconductor equipment
# market, "pharma companies … include A" in a drug market).
_BUYER_KIND = (
    r"pharma|pharmaceutical|biopharma|biopharmaceutical|biotech|biotechnology|vehicle|car|consumer[- ]goods|beverage|"
    r"food|cosmetics|beauty|equipment|device|electronics|semiconductor|agrochemical|mobile|material|reagent"
)
BUYER_KIND_BEFORE = re.compile(rf"\b(?P<kind>{_BUYER_KIND})\s$", re.I)
# A market of drugs, whose makers pharma and biotech companies are: "Biotech and pharma companies active in the space
# include A, B" (Alzheimer's therapeutics).
DRUG_MARKET = re.compile(r"drug|therap|vaccin|medicin|pharma|biologic|antibod|treatment", re.I)
BUYER_HEADS = ("companies", "makers", "manufacturers", "firms", "producers", "suppliers", "operators")
# A market of services bought from others: its buyers' own industry is in its name ("Food Contract Manufacturing").
SERVICE_MARKET = re.compile(r"\b(?:contract|outsourc|CDMO|CMO|CRO|CDO|toll|co-?pack|subcontract|services?\b)", re.I)
BUYERS_REACH = 60  # BUYERS_AFTER is looked for this far after a list's last name, within its sentence
NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
# A list item's number: "1. ", "2) ", or a contents' "10.1 " under "10 COMPANY PROFILES".
ITEM_NUMBER = re.compile(r"^\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s")
# A list's last line, its other players: "13.10 Other Prominent Players".
OTHER_PLAYERS = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\s)?other\s(?:\w+\s)?players$", re.I)
# A subsection's number alone on its line: "14.3.1".
SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}")
# Numbered names run together on one line: "1. MYLAN N.V 2. Abbott 3. ALK ABELLO"
NUMBERED_RUN = re.compile(r"^1[.)]\s.{2,80}?\s2[.)]\s")
# What separates names listed on a heading's line.
PIPE_OR_LIST = re.compile(r"\s\|\s|[,;]\s")
# A note in parentheses at a listed name's end, and a place it is in: "(Germany)", "(sorted alphabetically)", " in
# India".
TRAILING_NOTE = re.compile(r"\s?\((?P<note>[^()]{1,80})\)$")
# A name in capitals that a note may spell out: "CAF (Construcciones y Auxiliar de Ferrocarriles)".
CAPITALS_NAME = re.compile(r"[A-Z]{2,6}")
# A note that lists or parts its words ("Fargo, North Dakota; part of Danaher since 2021"): no owner's name.
LISTED_NOTE = re.compile(r"[,;]\s")
IN_PLACE = re.compile(r"\s(?:in|from|aus)\s(?P<place>[A-Z][\w .'’-]{1,40})$")
# Two words in lower case (but "and", "of"): a sentence, not a name.
SENTENCE_WORDS = re.compile(r"(?:\s(?!(?:and|of|de|the|du|für)\b)[a-z][\w-]*\b.*){2}")
# A line under a players heading that lists this many company names is a list, however long ("Cargill,
# Incorporated; Nutreco N.V.; ..." in one table cell).
LONG_LIST_NAMES = 3
# What parts names each in bold of its own in a run: ", ", ", and ", " or ".
BOLD_JOINT = re.compile(r",?\s(?:or\s|and\s)?")
LIST_SHARE = 0.8
# A sentence's end or a dash between words: prose, not a list.
PROSE_IN_LINE = re.compile(r"[a-z]{2}[.!?]\s[A-Z]|\s[—–]\s")
# A heading over news of the market's companies: "Recent Developments", "Key Industry Developments".
DEVELOPMENTS_HEADING = re.compile(
    r"^(?:#+\s)?(?:(?:recent|key|latest|major|notable|strategic)\s)?(?:industry\s|market\s|company\s)?"
    r"(?:developments?|news|updates)(?:\s(?:in|of)\s[\w\s-]{1,60})?:?$",
    re.I,
)
DEVELOPMENTS_WORDS = ("development", "news", "update")  # every DEVELOPMENTS_HEADING match holds one
# A paragraph's last words over such items: "… multi-year airline contracts. Recent developments include:".
DEVELOPMENTS_LEAD = re.compile(r"\brecent\sdevelopments\sinclude:$", re.I)
# "In July 2024, ", "August 2023: ", "On 5 March 2024, ": the date an item opens with.
DATE_LEAD = re.compile(
    r"^(?:(?:in|on)\s)?(?:\d{1,2}\s)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s)?"
    r"(?:\d{1,2},?\s)?(?:19|20)\d{2}\s?[,:–-]\s?",
    re.I,
)
# The company an item is about: a capitalised name before what it did ("Olin Corporation opened ...").
DEVELOPMENT_SUBJECT = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w&.'’-]*)(?:,?\s(?:[A-Z][\w&.'’-]*|&|and|of|inc\.?|se|ag|plc)){0,5})(?:\s\([A-Z]{2,6}\))?\s"
    r"(?:announced|launched|introduced|unveiled|opened|acquired|completed|expanded|entered|signed|partnered|"
    r"collaborated|formed|invested|agreed|received|released|established|inaugurated|merged|joined|"
    r"teamed|secured|started|began|broke|commissioned|developed|debuted|rolled|showcased|obtained|won|"
    r"has|have|is|was)\b"
)
# "BASF SE: Offers a range of bio solvents ..." — a name, a colon, then what it does.
# "Element Six — industrial ...", "bioMérieux SA — blood culture ..." (a name in camel case), "tesa Labtec GmbH – …"
# (a lower-case word before a capital) too
LABELLED_NAME = re.compile(r"^((?:[A-Z0-9]|[a-z]{1,6}(?=[A-Z]|\s[A-Z]))[^:!?]{1,70}?)(?::|\s[—–])\s+(?![\d,.]+$)\S")
TRAILING_LIST_NOISE = re.compile(
    r"(?:,?\s(?:and|&)\s(?:many\s)?others\W*|,?\s(?:among|amongst)\sothers\W*|,?\setc\.?|\s?and\s?more"
    r"|…|\.\.\.)$",
    re.I,
)
# A TRAILING_LIST_NOISE match ends the text, and holds at most this many characters before the marks (\W*) that
# end the text: ", and many others" has 17.
NOISE_REACH = 17
# Players a list counts without naming them, after its last name: "… and a number of regional players".
UNNAMED_REST = re.compile(r"\sand\s(?:a\snumber\sof|several|many|other)\s[a-z][a-z -]*\.?$")
# A person's role after a bold name: "**Tom Ashworth**, COO – …", "**Dr Ines Okafor**, Head of Product Development".
PERSON_ROLE_AFTER = re.compile(
    r",\s(?:C[EOFT]O|Head\sof|(?:(?:Senior|Commercial|Associate|Principal)\s)?(?:Analyst|Director|Consultant))\b"
)
# What follows a bold name that opens a company profile: "Lonza, ...", "Lonza is ...", "Lonza (Switzerland)".
PROFILED_AFTER = re.compile(r",|\s(?:is|has|was|reported|offers|provides|operates|specializes|focuses)\b|\s?\(")
REPORTING_VERB = re.compile(
    r"([A-Z][\w&.'-]{0,60}(?:\s(?:[A-Z][\w&.'-]{0,60}|&|of)){0,4})\s(?:reported|reports|posted|generated|recorded|"
    r"had|achieved|earned|booked|announced)\b"
)
# A sentence, a link, an address or a year inside a would-be name: not a company.
NOT_A_NAME_PART = re.compile(  # "Views: 212": a page's count; not "Eaton Corp. plc"
    r"(?!(?<=\bC)orp\.)[a-z]{3}[.!?]\s|https?:|@|\d{4}|:\s\d"
)
POSSESSIVE_END = re.compile(r"['’]s$")
BASED_IN_PREFIX = re.compile(r"^.*?-based\s")
# A period that is part of the name: an initial or an abbreviated legal form.
ABBREVIATED_END = re.compile(
    r"\b(?:[A-Z]|Inc|INC|Co|CO|Ltd|LTD|Corp|CORP|Bhd|Pvt|Pte|Mfg|N\.V|S\.A|B\.V|L\.P|S\.p\.A|S\.r\.l|s\.r\.o|s\.c)\.$"
)
# A kind of firm before the names it gives as examples, in a list's item: "Indian firms such as Aarti Industries".
KIND_SUCH_AS = re.compile(r"\b(?:companies|firms|formulators|manufacturers)\ssuch\sas\s")
LEADING_AND = re.compile(r"^(?:and|&)\s")
ITEM_MARK = re.compile(r"^\(\d{1,2}\)\s")  # an inline list's number: "(1) Mölnlycke Health Care AB, (2) …"
# A listed name's article in a glossed language: "zählen die Weißenfels Blechtechnik GmbH, die Krumbach …".
LEADING_ARTICLE = re.compile(r"^die\s(?=[A-ZÄÖÜ])")


@lru_cache(maxsize=1 << 16)
def company_name(raw: str) -> str:
    """Canonical form without legal suffixes: 'Catalent, Inc.' -> 'Catalent', 'WuXi AppTec Co., Ltd.' -> 'WuXi
    AppTec'; a note in parentheses at its end kept whole ('Alliance for Multispecialty Research (AMR)')."""
    name = raw.strip(" ,.;:-–*•")
    base = legal_basename(name).strip(" ,.;:-–")
    return base or name


@lru_cache(maxsize=8192)  # the same names come from lists, headings and sentences, and again in the evaluation
def legal_basename(name: str) -> str:
    """cleanco's basename until it takes off no more ('Co., Ltd.' is two suffixes: the first pass leaves 'Co.'),
    with the closing parenthesis it takes off a name that ends with one put back."""
    base = basename(MEXICAN_FORM.sub("", name))
    while base and (shorter := basename(base)) != base:
        base = shorter
    if base.count("(") > base.count(")") and name.count("(") == name.count(")"):
        base += ")"  # "Emery Oleochemicals (M) Sdn. Bhd." -> "Emery Oleochemicals (M)"
    return base


# A Mexican listed company's form, which the legal-form library does not know whole: "Becle, S.A.B. de C.V.".
MEXICAN_FORM = re.compile(r"\sS\.A\.B\.\sde\sC\.V\.?$")
NAME_WORDS, NAME_WORDS_LEGAL = 8, 10  # the most words of a company's name, and of one that ends with its legal form


@lru_cache(maxsize=4096)  # the same candidates come from the lists, the headings and the sentences
def is_company_name(name: str, regions: RegionIndex | None = None) -> bool:
    name = name.strip()
    words = name.split()
    if len(name) < 2 or len(name) > 80:
        return False
    if len(words) > NAME_WORDS and not (len(words) <= NAME_WORDS_LEGAL and _long_legal_name(name, words)):
        return False
    opening = name[0].isupper() or name[0].isdigit() or LOWER_CASE_NAME.match(name) is not None
    brand = not opening and LOWER_CASE_BRAND.match(name) is not None  # "tesa SE": its first word no sentence's
    if brand:
        opening = LEGAL_SUFFIX_END.search(name) is not None
    if not opening or LEGAL_SUFFIX.match(name) or NOT_A_NAME_START.match(name) or not HAS_LETTER.search(name):
        return False
    if " | " in name:
        return False  # "LinkedIn | X | Facebook": a row of links
    if KNOWN_DIMENSIONS.match(name) or name.lower() in {"region", "regions", "source", "segments covered"}:
        return False
    firm_word = "Industry" in name or "Development" in name
    if NOT_COMPANY.search(INDUSTRY_FIRM.sub("", name) if firm_word else name) or NOT_A_NAME_PART.search(name):
        return False
    lower = sum(
        1
        for w in (words[1:] if brand else words)
        if w[0].islower()
        and w not in {"and", "of", "&", "de", "the", "für", "du"}
        and not LEGAL_SUFFIX.match(w)
        and not LOWER_CASE_NAME.match(w)
    )  # 'BASF se', 'Michelman, inc.': a legal suffix in lower case is still a suffix
    if lower > len(words) / 3:
        return False
    if not regions:
        return True
    # "Austin, TX / Singapore": a head office's places, one of them named by the index
    return not (regions.resolve(name) or ("/" in name and any(regions.resolve(p.strip()) for p in name.split("/"))))


def _long_legal_name(name: str, words: list[str]) -> bool:
    """Whether `name`, longer than most, is a firm's by its look: capitalised words to its legal form ("Qingdao
    Gather Great Ocean Algae Industry Group Co., Ltd."), not a clause ("… GmbH sowie die niederländische …") nor a
    numbered item ("8. BOGE …")."""
    return name[0].isalpha() and LEGAL_SUFFIX_END.search(name) is not None and not any(w[0].islower() for w in words)


def listed_name(raw: str) -> str:
    """The company in 'Recently, Theriva Biologics' or 'Vancouver, Canada-based Li-FT Power' or
    "KindlyMD, Inc.'s": the last comma-separated part (with its legal suffix), without a '-based' prefix."""
    raw = POSSESSIVE_END.sub("", raw.strip())
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if len(parts) >= 2 and LEGAL_SUFFIX.match(parts[-1]):
        name = f"{parts[-2]}, {parts[-1]}"
    else:
        name = parts[-1] if parts else raw
    name = BASED_IN_PREFIX.sub("", name)
    # 'Approach To Address Difficult-To-Treat CancersTheriva Biologics': a heading glued to the name; camel
    # case near the start ('ZenaTech', 'ABVC BioPharma') is the name itself
    glued = [m for m in GLUED_HEADING.finditer(name) if name[: m.start()].count(" ") >= 3]
    return name[glued[-1].end() - 1 :] if glued else name


def without_trailing_noise(chunk: str) -> str:
    """TRAILING_LIST_NOISE.sub("", chunk), the pattern tried only in the chunk's tail instead of at every
    character (it matches once at most: at the end)."""
    words_end = len(chunk)
    while words_end and not chunk[words_end - 1].isalnum():  # the \W run ("_" taken too only widens the tail)
        words_end -= 1
    match = TRAILING_LIST_NOISE.search(chunk, max(0, words_end - NOISE_REACH))
    return chunk[: match.start()] + chunk[match.end() :] if match else chunk


def split_list(chunk: str) -> list[str]:
    """'Catalent, Inc., Bodycote, and H.C. Starck GmbH' -> ['Catalent, Inc.', 'Bodycote', 'H.C. Starck GmbH']."""
    chunk = without_trailing_noise(chunk.strip())
    if " & " in chunk:
        chunk = SUFFIX_THEN_AMPERSAND.sub(r"\g<suffix>; ", chunk)
    chunk = SUFFIX_AFTER_COMMA.sub(KEEP_COMMA, TICKER.sub("", chunk))
    if " and Company" in chunk:
        chunk = FOUNDERS_COMMA.sub(lambda m: m.group("first") + KEEP_COMMA, chunk)
    if "(" in chunk:  # a note's commas and semicolons part no names: "Aldevron (Fargo, North Dakota; part of …)"
        chunk = NOTE.sub(lambda note: note.group(0).replace(", ", KEEP_COMMA).replace("; ", KEEP_SEMICOLON), chunk)
    names: list[str] = []
    queue: list[str] = []
    pieces = LIST_SPLIT.split(chunk)
    if clause := next((k for k, piece in enumerate(pieces) if k and CLAUSE_PIECE.match(piece)), None):
        pieces = pieces[:clause]  # "…, and you will broaden our work with customers such as A, B": the list ends
    for k, piece in enumerate(pieces):
        # the list's last name: the last piece, or one the sentence goes on after ("A, B and C, and with ...")
        last = k == len(pieces) - 1 or pieces[k + 1][:1].islower()
        # or a group placed ("…, Seqens and Rheinau Synthesis in Europe, and Cambrex …")
        parted = last or SUFFIX_THEN_AND.search(piece) or (" in " in piece and IN_PLACE.search(piece))
        # or a list parted by semicolons, whose pieces hold names joined by "and" too ("A; B and C; D"), not a clause
        parted = parted or ("; " in chunk and CAPITALISED_WORDS.fullmatch(piece) is not None)
        queue += _parted_at_and(piece) if parted else [piece]
    while queue:
        piece = queue.pop(0).replace(KEEP_COMMA, ", ").replace(KEEP_SEMICOLON, "; ").split(": ", 1)[0]
        if sentence := SENTENCE_AFTER_SUFFIX.search(piece) or SENTENCE_AFTER_NAME.search(piece):
            rest = piece[sentence.end("gap") :].strip()
            if NAME_ONLY.fullmatch(rest.rstrip(".")):
                queue.insert(0, rest)
            # the list's last names, before the sentence that follows: "…, Ouster and Continental AG. Among …"
            piece, *more = LAST_AND.split(piece[: sentence.start("gap")])
            queue[0:0] = more
        piece = CLAUSE_AFTER_NAME.split(piece, maxsplit=1)[0]
        if " and " in piece:
            piece = UNNAMED_REST.sub("", piece)  # "Cuisine Solutions and a number of regional players"
        if " such as " in piece and (kind := KIND_SUCH_AS.search(piece)):
            piece = piece[kind.end() :]  # "… and Indian firms such as Aarti Industries": the firm
        piece = piece.strip(" ;:")
        if not ABBREVIATED_END.search(piece):
            piece = piece.rstrip(".")
        piece = ITEM_MARK.sub("", LEADING_AND.sub("", piece))
        if not piece:
            continue
        if names and LEGAL_SUFFIX.match(piece):
            names[-1] = f"{names[-1]}, {piece}."
            continue
        names.append(piece)
    return names


def _parted_at_and(piece: str) -> list[str]:
    """A list's last names parted at their "and"; after a sentence's end, only a sentence that opens with names
    ("… and JCB. Hyundai Construction Equipment and Doosan Bobcat are also expanding", not "… and Ecolab Inc.
    Validation software vendors such as Kneat and ValGenesis are not included")."""
    gap = SENTENCE_AFTER_SUFFIX.search(piece) or SENTENCE_AFTER_NAME.search(piece)
    if not gap:
        return LAST_AND.split(piece)
    head, tail = piece[: gap.start("gap")], piece[gap.end("gap") :]
    # not "… and Tekni-Plex, Inc. In India, your Company competes with …"
    opens_with_names = tail.split(" ", 1)[0] not in PREPOSITIONS and NAME_ONLY.fullmatch(
        CLAUSE_AFTER_NAME.split(tail, maxsplit=1)[0].rstrip(".")
    )
    return LAST_AND.split(head) + (LAST_AND.split(tail) if opens_with_names else [])


def _input_suppliers(text: str, sentence_start: int, at: int, market: str | None) -> bool:
    """Whether the words before "suppliers such as" at `at` name what the players buy ("Polymer and resin", "Bearing"):
    words none of which is in the market's name, nor one that ranks or places the suppliers ("Leading", "Chinese")."""
    words = INPUT_KIND.search(text, max(sentence_start, at - 40), at)
    if not words or not market:
        return False
    kind = words.group(0).split()
    opens = words.start() == sentence_start or text.endswith(". ", 0, words.start())  # "… Pvt. Ltd. Propellant …"
    placed = any(word[0].isupper() for word in kind[1 if opens else 0 :])  # "specialist European suppliers"
    lower = {word.lower() for word in kind}
    return not (placed or lower & SUPPLIER_QUALIFIERS or lower & set(market.lower().split()))


# The words before "suppliers" that say what they supply: "Polymer and resin ", "bearing ".
INPUT_KIND = re.compile(r"(?:^|(?<=\s))[A-Za-z-]+(?:\s(?:and\s)?[a-z-]+){0,2}\s$")
SUPPLIER_QUALIFIERS = frozenset(
    {"key", "leading", "major", "other", "established", "specialist", "domestic", "independent"}
)


def _tied_companies(text: str) -> Iterator[re.Match[str]]:
    """TIED_COMPANY.finditer(text); without "subsidiar" in the text, tried only where a partnership opens."""
    if "subsidiar" in text:
        return TIED_COMPANY.finditer(text)
    return finditer_opening(TIED_COMPANY, text, TIED_OPENINGS, any_case=False)


def _buyers_kind(text: str, sentence_start: int, intro: re.Match[str], market: str | None) -> bool:
    """Whether an inline list's intro calls its names buyers by their industry ("vehicle makers such as"), which
    the market is not the product of."""
    if intro.group(0).split(None, 1)[0].rstrip(",").lower() not in BUYER_HEADS:
        return False
    kind = BUYER_KIND_BEFORE.search(text[max(sentence_start, intro.start() - 40) : intro.start()])
    if not kind:
        return False
    if not market or SERVICE_MARKET.search(market):
        return True
    word = kind.group("kind").lower()
    return not (DRUG_MARKET.search(market) if word.startswith(("pharma", "bio")) else word[:5] in market.lower())


def extract_companies(
    text: str,
    bold: list[str],
    regions: RegionIndex,
    columns: CompanyColumns = NO_COMPANY_COLUMNS,
    market: str | None = None,
    title: str | None = None,
) -> list[CompanyMention]:
    """Key players from lists under player headings, inline lists, profiled bold names and tables' columns of
    companies; never a cell of another column of those tables (a head office, a product), nor buyers of the
    `market` named by their kind."""
    out: list[CompanyMention] = []
    seen: set[str] = set()
    listed, not_names = columns.names, columns.others

    def add(raw: str, start: int, role: str) -> bool:
        """Add a player named `raw` at `start`; whether `raw` names a company (added now or before)."""
        raw = LEADING_ARTICLE.sub("", raw.strip(" ,;:*•-–"))
        if raw.endswith(".") and not ABBREVIATED_END.search(raw):
            raw = raw[:-1]
        if raw.endswith(")") and ROLE_NOTE.search(raw):
            return False  # "Lux Capital (lead investor, SkyForge Series B)", "Anduril Industries (customer of …)"
        raw = without_place_or_note(raw, regions)
        if not is_company_name(raw, regions) or raw in not_names:
            return False
        canonical = company_name(raw)
        if canonical.lower() in seen or not canonical:
            return bool(canonical)
        seen.add(canonical.lower())
        out.append(
            CompanyMention(
                start,
                start + len(raw),
                evidence(text, start, start + len(raw)),
                name_as_written=raw,
                company_name=canonical,
                role=role,
            )
        )
        return True

    for match in finditer_opening(LIST_INTRO, text, LIST_INTRO_OPENINGS, any_case=True):
        if match.group(0).endswith(". ") and text[match.start() - 1 : match.start()] not in ("", "\n"):
            continue  # "… the companies profiled. RazorPitch has been …": a label with a period opens its line
        s, e = sentence_bounds(text, match.end(), match.end())
        clause = max(s, text.rfind(": ", s, match.start()) + 2)
        rivals = match.group(0)[:7].lower() == "compete"  # "the deal … will let it compete more directly with A, B"
        if (not rivals and NOT_PLAYERS.search(text, clause, match.end())) or _buyers_kind(text, s, match, market):
            continue  # from the clause after a colon: "Offtakers have signed contracts, but …: the competitive
            # landscape covers A, B" lists players
        if match.group(0)[:1] in "gGbB" and not LEADING_BEFORE.search(text, max(s, match.start() - 40), match.start()):
            continue  # "age groups include …": no players
        if (other := OTHER_REPORT_ITEM.match(text, s, match.start())) and not _names_market(other.group(1), market):
            continue  # "Metakaolin Market - projected to reach …; key players include BASF SE, …": another report's
        if match.group(0)[:18].lower() == "suppliers such as " and _input_suppliers(text, s, match.start(), market):
            continue  # "Polymer and resin suppliers such as ExxonMobil Chemical, …": the players' suppliers
        chunk_start = match.end()
        if lead := LIST_LEAD.match(text, chunk_start, e):  # "profiled in the report include A, B": from "A"
            chunk_start = lead.end()
        dash = text.find("—", chunk_start, e)  # "providers—including Alibaba Cloud, AWS, ...—are expanding"
        if lead and lead.group(0).endswith("– "):  # "players – IQVIA, …, Parexel – alongside": the closing dash
            dash = text.find(" – ", chunk_start, e)
        e = dash if dash >= 0 else e
        contrast = text.find(", while ", chunk_start, e)  # "… DHL Group and UPS are …, while drive systems are …"
        e = contrast if contrast >= 0 else e
        names = [(name, text.find(name, chunk_start, e)) for name in split_list(text[chunk_start:e])]
        pieces_end = max((pos + len(name) for name, pos in names if pos >= 0), default=chunk_start)
        # from the list's last name, its clause too ("… such as Arriva, appear in the study as customers")
        named = [pos + len(name) for name, pos in names if pos >= 0 and is_company_name(name, regions)]
        names_end = max(named, default=chunk_start)
        if BUYERS_AFTER.search(text[names_end : min(e, pieces_end + BUYERS_REACH)].split(". ", 1)[0]):
            continue
        for name, pos in names:
            add(name, pos if pos >= 0 else chunk_start, "key_player")
    cursor = 0
    for cell in listed:  # a table's column of companies, each at its cell's line
        at = cell_line(text, cell, cursor)
        cursor = at if at >= 0 else cursor
        add(cell, at if at >= 0 else 0, "key_player")
    for match in finditer_opening(
        AMONG_PLAYERS, text, ("name", "lists", "counts", "identifies", "cites"), any_case=False
    ):
        names = match.group("names")
        for name in split_list(names):
            add(name, match.start("names") + names.find(name), "key_player")
        # "… names Merrow among the leading providers alongside A, B and C.": the names after "alongside" too
        if text.startswith(ALONGSIDE, match.end()):
            _add_rest_of_sentence(text, match.end() + len(ALONGSIDE), add)
    for match in finditer_opening(PLAYERS_NAMED_FIRST, text, ("name",), any_case=False):
        _add_rest_of_sentence(text, match.end(), add)
    for match in finditer_opening(PLAYERS_AFTER, text, ("among", "some of"), any_case=False):
        start = sentence_bounds(text, match.start(), match.start())[0]
        names = text[start : text.rfind(" ", 0, match.start() - 1)]  # up to the verb
        for name in split_list(names):
            add(name, start + names.find(name), "key_player")
    for match in finditer_opening(PLAYERS_NAMED_AS, text, ("identified as", "regarded as"), any_case=False):
        start = sentence_bounds(text, match.start(), match.start())[0]
        verb = NAMED_AS_VERB.search(text, start, match.start())
        names = text[start : verb.start()] if verb else ""  # "A, B and C are repeatedly identified as the leading …"
        for name in split_list(names):
            add(name, start + names.find(name), "key_player")
    for match in finditer_opening(PLAYERS_BEFORE, text, ("all ", "each ", "together ", "are the "), any_case=False):
        start, end = sentence_bounds(text, match.start(), match.start())
        # "… together accounted for about 70% of revenue, mainly through contracts", "… are the leading refiners"
        share = match.group(0).startswith(("together", "are "))
        if not share and NOT_PLAYERS.search(text, match.end(), end):
            continue  # "… and FMC Corporation have all signed multi-year supply agreements with contract manufacturers"
        names = [n for n in split_list(text[start : match.start() - 1]) if is_company_name(n, regions)]
        if share and sum(1 for n in names if LEGAL_SUFFIX_END.search(n)) < 2:
            continue  # "Amazon Web Services, Google, Meta and Microsoft together accounted for 58% of purchases": a
            # share the sentence gives buyers or places as often; legal names make them the players
        if len(names) >= PLAYERS_BEFORE_NAMES:
            for name in names:
                add(name, text.find(name, start), "key_player")
    for match in finditer_opening(NAMES_AFTER, text, (": ", "among others, "), any_case=False):
        if len(LEGAL_WORD.findall(text, match.end(), match.end() + LEGAL_WORD_REACH)) < 2:
            continue  # most colons open no list of firms: two legal suffixes close after it, or none is read
        end = sentence_bounds(text, match.end(), match.end())[1]
        names = split_list(text[match.end() : end])
        if _legal_list(names, regions):  # "Names to know, per the report: Nestlé S.A., Starbucks Corporation, …"
            for name in names:
                add(name, text.find(name, match.end()), "key_player")
    for phrase, at in _bold_lists(text, bold, regions):  # "On the full-service side: **IQVIA, ICON plc, …**."
        for name in split_list(phrase):
            add(name, text.find(name, at), "key_player")
    _from_heading_lists(text, add, regions, bold)
    _from_developments(text, bold, add, seen)
    for match in finditer_opening(PROFILE_LINE, text, ("HQ", "Headquarters"), any_case=False):
        end = match.start()
        while end > 0 and text[end - 1] in " \n":
            end -= 1
        line_start = text.rfind("\n", 0, end) + 1
        name = ITEM_NUMBER.sub("", text[line_start:end])  # a ranking's "1. Atlas Copco AB" over "Headquarters: …"
        line_start = end - len(name)
        if len(name) <= PROFILE_NAME_LENGTH and (not name.endswith(".") or ABBREVIATED_END.search(name)):
            add(name, line_start, "key_player")  # a company's card: its name over its head office
    listed = list(LISTED_COMPANY.finditer(text)) if EXCHANGE_IN_PARENS.search(text) else []
    for match in listed:
        name = listed_name(match.group("name"))
        # a summary run into its heading: "Monty Rakusen Investment Thesis Camtek Ltd. (NASDAQ:CAMT)" is
        # "Camtek Ltd. (NASDAQ:CAMT)" where the same ticker is also written after the name alone
        shorter = [
            listed_name(m.group("name"))
            for m in listed
            if m.group("ticker") == match.group("ticker") and name.endswith(" " + listed_name(m.group("name")))
        ]
        name = min(shorter, key=len) if shorter else name
        start = match.end("name") - len(name)
        if CAREER_BEFORE.search(text, max(0, start - 90), start):
            continue  # "an alumnus of Newmont Corporation (NYSE: NEM)": a person's career, not a player
        add(name, start, "issuer")
    for match in _tied_companies(text):
        name = (
            POSSESSIVE_END.sub("", match.group("name")).rstrip(".,")
            if not match.group("name").endswith(("Ltd.", "Inc.", "Corp.", "Co."))
            else match.group("name")
        )
        after = match.end("name")
        if not (INSTITUTION.search(name) or DESCRIBED_PARTNER.match(text, after) or SERVED_AFTER.match(text, after)):
            add(name, match.start("name"), "profiled")
    for match in about_blocks(text):
        about = text[match.end() : match.end() + 400]
        if not WIRE_OR_FIRM.search(match.group("name")) and not RESEARCH_FIRM_ABOUT.search(about):
            add(match.group("name"), match.start("name"), "issuer")
    profiled = first_occurrences(text, bold, lambda start, end: _profiled(text, start, end))
    for phrase in bold:  # the first place only: a name is added once (`add` keeps the first of each company)
        if phrase in profiled:
            add(phrase, profiled[phrase], "profiled")
    issuer = headline_issuer(text, title)
    if issuer and not any(c.name_as_written.startswith(issuer[0]) for c in out):
        add(issuer[0], issuer[1], "issuer")
    _drop_suffixes_and_short_forms(out)
    return out


def _add_rest_of_sentence(text: str, start: int, add: Callable[[str, int, str], bool]) -> None:
    """Each name listed from `start` to its sentence's end, as a player."""
    names = text[start : sentence_bounds(text, start, start)[1]]
    for name in split_list(names):
        add(name, start + names.find(name), "key_player")


def about_blocks(text: str) -> Iterator[re.Match[str]]:
    """ABOUT_COMPANY.finditer(text), tried only where "About" is."""
    return finditer_opening(ABOUT_COMPANY, text, ("About",), any_case=False)


def headline_issuer(text: str, title: str | None = None) -> tuple[str, int] | None:
    """The company a press-release headline is about ("Theriva Biologics Advances Its Pipeline", "How Dunamis
    Charge Is Helping", a trade paper's "Sonterra Electronics opens second factory", "K-beauty ODM Hanbit Cosmetech
    opens Osaka lab"): a capitalised name before a verb, which the text goes on to use as a company; named as the
    text first names it in full ("Valdoria invests …" over "Valdoria Pharma Services, the Rome-based CDMO")."""
    headline = title or text.split("\n", 1)[0]
    opener = HEADLINE_OPENER.match(headline)
    words = headline[opener.end() if opener else 0 :].split(" ")
    body = text[len(headline) :] if not title else text
    for n in range(min(4, len(words) - 1), 0, -1):
        name_words, verb = words[:n], words[n]
        if not all(NAME_WORD.fullmatch(w) for w in name_words) or not HEADLINE_VERB.fullmatch(verb):
            continue
        after = words[n + 1].split("(", 1)[0] if n + 1 < len(words) else ""
        if after != "as" and LEGAL_SUFFIX.match(after):
            return None  # "Corvanta Biologics plc(…)": the would-be verb is the name's; not "BioKey Stands as a …"
        for k in range(n):  # "Co-packer Ridgeline Adds …": the name after the words that say what it is
            if k and not DESCRIPTOR_WORD.fullmatch(name_words[k - 1]):
                break
            name = " ".join(name_words[k:])
            if NOT_AN_ISSUER.search(name) or body.count(name) < 2 or not _used_as_entity(body, name):
                continue
            fuller = re.search(re.escape(name) + FULLER_NAME, body)
            name = fuller.group(0) if fuller else name
            return name, text.find(name)
        return None
    return None


def _used_as_entity(body: str, name: str) -> bool:
    """Whether `body` refers to `name` as a company somewhere: 'Dunamis Charge is', 'Rootless's'."""
    pos = body.find(name)
    while pos >= 0:
        if ENTITY_CUE_AT.match(body, pos + len(name)):
            return True
        pos = body.find(name, pos + 1)
    return False


def _profiled(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a line and is followed by PROFILED_AFTER: a bold name profiled; not a person
    with a role ("Priya Castellano, CEO – …")."""
    opens_line = start == 0 or text[start - 1] == "\n"
    return opens_line and PROFILED_AFTER.match(text, end) is not None and PERSON_ROLE_AFTER.match(text, end) is None


LABEL_REACH = 60  # how far into a long line a players heading that labels its list can end
MARKET_THEN_COMMA = re.compile(r"^[A-Z][^,]*\s(?:Market|Industry),\s$")  # "Engineering Services Outsourcing Market, "


def _is_player_heading(line: str) -> bool:
    if NUMBERED.match(line) and not (line.startswith("1") and NUMBERED_RUN.match(line)):
        return False
    if line.endswith(".") and not PLAYER_HEADING.search(line, 0, line.find(":") + 1):
        return False  # a sentence: "DJI (DJI Power series) added to the company profiles.", "Strategic Analysis:
        # This includes M&A, new product development, and competitive landscape." (players named after its colon)
    if len(line) <= 160:
        heading = PLAYER_HEADING.search(line)
        if heading and line.startswith(" (", heading.end()) and NAMES_INSIDE_TITLE.match(line, heading.end()):
            return False  # a title that names its players inside: "… | Top Manufacturers (Mölnlycke, Cardinal
            # Health, …) & Growth Forecast", no heading over the byline under it
        if (
            heading
            and heading.start() > 1
            and line[-1:] != ":"
            and line[heading.start() - 2] == ","
            and not MARKET_THEN_COMMA.search(line, 0, heading.start())
        ):
            return False  # a subtitle's topics: "A primer on a $31bn market – market sizing, segments, competitive
            # landscape and how to play it"; not "Engineering Services Outsourcing Market, Key Players"
        return bool(heading or (line[-1:] == ":" and COLON_HEADING.search(line)))
    label = PLAYER_HEADING.search(line, 0, LABEL_REACH) if ":" in line[: LABEL_REACH + 3] else None
    if label and LABEL_TAIL.match(line, label.end()):
        return True  # "Key companies: A, B, …", "Key players they list: A, B, …" over a long line
    # a paragraph whose last sentence heads the list: "… today. The companies with product shipping … include:"
    return line.endswith(":") and bool(PLAYER_HEADING.search(line[-160:]) or COLON_HEADING.search(line))


# A title's players inside its parentheses, the title going on after them: " (Mölnlycke, Cardinal Health, …) & Growth".
NAMES_INSIDE_TITLE = re.compile(r" \([^()]*,[^()]*\)\s[^:]*$")
# What a players label may go on with before its colon: "Key players| they list:", "Key players|:".
LABEL_TAIL = re.compile(r"(?:\s[a-z][\w-]*){0,5}(?:\s\([a-z][\w ,-]{0,30}\))?\s?:")  # "… (alphabetical):"
ABBREVIATION_REACH = 8  # the longest abbreviation ABBREVIATED_END names, with its period and the word break before


def _legal_list(names: list[str], regions: RegionIndex) -> bool:
    """Whether `names` are companies by their look alone: LONG_LIST_NAMES or more, most of them names, two or more
    with a legal suffix ("Nestlé S.A.", "Starbucks Corporation")."""
    suffixed = sum(1 for name in names if LEGAL_SUFFIX_END.search(name))
    return len(names) >= LONG_LIST_NAMES and suffixed >= 2 and _named(names, regions) >= LIST_SHARE * len(names)


def _prose_at(line: str) -> re.Match[str] | None:
    """Where `line` shows prose: a sentence's end before another (not an abbreviation's period, "Nolan Pvt. Ltd."),
    or a dash set off by spaces with no capital after it."""
    for prose in PROSE_IN_LINE.finditer(line):
        if prose.group(0)[2] not in ".!?":  # a dash; not one inside a list's name, a capital after it ("…, Kingsdown,
            if not line[prose.end() : prose.end() + 1].isupper():  # Inc., Emma – The Sleep Company, Paramount …")
                return prose
            continue
        end = prose.start() + 3  # after the period: the abbreviation, if any, ends there (looked at from near it)
        if not ABBREVIATED_END.search(line, max(0, end - ABBREVIATION_REACH), end):
            return prose
    return None


def _before_prose(line: str) -> str:
    """`line` up to the end of its first sentence when a sentence follows it."""
    prose = _prose_at(line)
    return line[: prose.start() + 2] if prose and prose.group(0)[2] in ".!?" else line


def _is_list_of_names(line: str, regions: RegionIndex) -> bool:
    """Whether `line`, split as a list, names LONG_LIST_NAMES companies or more and little else (a share
    LIST_SHARE of its pieces or more): "Cargill, Incorporated; Nutreco N.V.; BioMar Group; ...", not a sentence that
    names a few ("Three suppliers — A, B and C — together hold over 60% of ...")."""
    if ("," not in line and ";" not in line) or LIST_INTRO.search(line) or _prose_at(line):
        return False  # an introduced list is read as such, and prose is not a list
    pieces = split_list(line)
    names = _named(pieces, regions)
    return names >= LONG_LIST_NAMES and names >= LIST_SHARE * len(pieces)


# The last name of a list, in bold of its own after the list's bold run: " and Semantix".
LAST_BOLD_NAME = re.compile(r"\s(?:and|&)\s(?P<name>[A-Z][^.,;:\n]{1,60})(?=[.\n]|$)")


def _bold_lists(text: str, bold: list[str], regions: RegionIndex) -> list[tuple[str, int]]:
    """Bold runs set after a colon that are lists of companies and end their sentence, each with where it is:
    "The usual shortlist in our 2024-25 deals: **Accenture, Genpact, Infosys BPM, … and Tata Consultancy
    Services**.", or with its last name in bold of its own ("…, Acolad** and **Semantix**.")."""
    found = []
    names_in_bold = {phrase for phrase in bold if ", " not in phrase}
    for phrase in bold:
        at = text.find(phrase)
        if at < 0 or not text[max(0, at - 3) : at].rstrip(" ").endswith(":"):
            continue
        if ", " not in phrase:
            found += _bold_names(text, at, phrase, names_in_bold)
            continue
        last = LAST_BOLD_NAME.match(text, at + len(phrase))  # "…, Welocalize, Acolad** and **Semantix**."
        listed = phrase + last.group(0) if last and last.group("name") in bold else phrase
        if text[at + len(listed) : at + len(listed) + 1] not in ".\n":
            continue
        names = split_list(listed)
        if len(names) >= LONG_LIST_NAMES and _named(names, regions) == len(names):
            found.append((listed, at))
    return found


def _bold_names(text: str, at: int, first: str, names: set[str]) -> list[tuple[str, int]]:
    """A run of names each in bold of its own after a colon, parted by commas and a last "or" or "and": "… it's
    usually to one of these: **Charles River Laboratories**, **SGS SA**, … or **Svar Life Science**."."""
    run = [(first, at)]
    end = at + len(first)
    while (joint := BOLD_JOINT.match(text, end)) and (
        following := next((name for name in names if text.startswith(name, joint.end())), None)
    ):
        run.append((following, joint.end()))
        end = joint.end() + len(following)
    return run if len(run) >= LONG_LIST_NAMES else []


def _named(pieces: list[str], regions: RegionIndex) -> int:
    """How many of a list's pieces are companies' names, a place or note after one left out."""
    return sum(1 for piece in pieces if is_company_name(without_place_or_note(piece, regions), regions))


def _names_market(title: str, market: str | None) -> bool:
    """Whether a report's `title` names the `market` (or no market is known to tell them apart)."""
    return market is None or re.search(rf"\b{re.escape(market)}\b", title, re.I) is not None


def _spells_out(note: str, name: str) -> bool:
    """Whether `note` spells out `name`, a name in capitals ("HBK (Hottinger Brüel & Kjær)"), not an owner's ("PPD
    (Thermo Fisher Scientific)")."""
    return CAPITALS_NAME.fullmatch(name) is not None and abbreviates(name.lower(), note.lower())


def without_place_or_note(name: str, regions: RegionIndex) -> str:
    """A listed name without the place or the note written after it: "Infineon Technologies AG (Germany)",
    "Avanti Feeds Limited in India", "UPL Limited (sorted alphabetically)", "Eat Just, Inc. (GOOD Meat)", "PCI Pharma
    Services (Packaging Coordinators Inc.)" are the companies before them."""
    if name.endswith(")") and (note := TRAILING_NOTE.search(name)):
        inside = note.group("note")
        suffixed = LEGAL_SUFFIX_END.search(name, 0, note.start())
        suffixed_inside = LEGAL_SUFFIX_END.search(f" {inside}")
        brand = suffixed and not suffixed_inside
        legal = suffixed_inside and not suffixed  # "PCI Pharma Services (Packaging Coordinators Inc.)": its legal name
        # "Völkl (Newell Brands)", "Mercury Marine (Avator range)": an owner or a brand (not a legal name beside one)
        owner = " " in inside.strip() and not suffixed_inside and not _spells_out(inside, name[: note.start()])
        if inside[:1].islower() or regions.resolve(inside) or brand or legal or owner or LISTED_NOTE.search(inside):
            return name[: note.start()]  # "Eat Just, Inc. (GOOD Meat)": a brand after a legal name, not its owner
    elif " in " in name or " from " in name or " aus " in name:
        place = IN_PLACE.search(name)
        if place and (place.group(0).startswith(" aus") or regions.resolve(place.group("place"))):
            return name[: place.start()]  # a city after "aus": "Härterei Reese aus Bochum"
    return name


def _numbered_name(item: str, regions: RegionIndex) -> bool:
    """Whether a numbered line names a company: "1. Shin-Etsu Chemical Co., Ltd. (Japan)"."""
    name = without_place_or_note(ITEM_NUMBER.sub("", item).strip(), regions)
    return LEGAL_SUFFIX_END.search(name) is not None and is_company_name(name, regions)


def _after_label(line: str) -> str:
    """What a players heading's line holds after its colon ("Major vendors: A | B | C"), else ""."""
    heading = PLAYER_HEADING.search(line)
    tail = LABEL_TAIL.match(line, heading.end()) if heading else None
    return line[tail.end() :].strip() if tail else ""


def _opens_sentence(after: str) -> bool:
    """Whether a heading's line goes on after its colon with a sentence, not a name: "The top three producers have
    grown through acquisitions: H.B. Fuller bought … in 2017 …"."""
    return bool(SENTENCE_WORDS.search(PIPE_OR_LIST.split(after, maxsplit=1)[0]))


LISTED_ITEM_WORDS = 8  # the most words of a line that lists one name


def _colons_over_legal_names(lines: Sequence[Line], regions: RegionIndex) -> dict[int, list[tuple[int, str]]]:
    """The lines that end with a colon over a list of names a line each, most of them names and two or more with their
    legal form (a post's "Who makes them? It's a tight club:" over "• Michelin", "• Bridgestone Corporation", …), each
    with its names and the lines they are on."""
    found: dict[int, list[tuple[int, str]]] = {}
    for i, line in enumerate(lines):
        if not line.text.rstrip().endswith(":"):
            continue
        items: list[tuple[int, str]] = []
        for k in range(i + 1, len(lines)):
            text = lines[k].text.strip()
            if not text or len(text.split()) > LISTED_ITEM_WORDS:
                break
            items.append((k, text))
        if _legal_list([text for _, text in items], regions):
            found[i] = items
    return found


def _among_questions(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a question after another ("Key Questions Answered in This Report": "What are the key regions
    in the market?", "Who are the key players/companies in the global market?"): no heading of the lines after it."""
    if not lines[i].text.rstrip().endswith("?"):
        return False
    before = next((line.text.strip() for line in reversed(lines[max(0, i - 3) : i]) if line.text.strip()), "")
    return before.endswith("?")


def _numbered_players_heading(line: str) -> bool:
    """Whether `line`, numbered, heads players: an e-mail's section "2) Who's in the market (GVR's key players list)"
    over names a line each (to the next numbered line, the next section)."""
    number = NUMBERED.match(line)
    return number is not None and _is_player_heading(line[number.end() :])


def _from_heading_lists(
    text: str, add: Callable[[str, int, str], bool], regions: RegionIndex, bold: Sequence[str] = ()
) -> None:
    """Lists under a players heading: one name a line, 'Name: what it offers' lines, numbered runs."""
    lines = lines_of(text)
    headings = lines_holding(text, PLAYER_WORDS)  # no other line can be a players heading
    if "\n1. " in text:
        _ranked_cards(lines, headings, add, regions)
    if "ompet" in text:  # "Competition", "competes"
        _competitors_in_prose(text, lines, add)
    colons = _colons_over_legal_names(lines, regions)  # "Who makes them? It's a tight club:" over "• Michelin", …
    headings |= set(colons)
    i = 0
    while i < len(lines):
        if i not in headings:
            i += 1
            continue
        line = lines[i].text.strip()
        if i in colons and not _is_player_heading(line):
            for k, name in colons[i]:
                add(name, lines[k].start + lines[k].text.find(name), "key_player")
            i += 1
            continue
        heading = _is_player_heading(line) or _numbered_players_heading(line)
        if not heading or _in_agenda(lines, i) or _among_questions(lines, i):
            i += 1
            continue
        listed = _after_label(line)  # "Major vendors: GitHub | Amazon Web Services | ..."
        if listed and _opens_sentence(listed):
            i += 1
            continue
        if PIPE_OR_LIST.search(listed) and len(names := split_list(listed.replace(" | ", "; "))) >= 2:
            start = lines[i].start + lines[i].text.rfind(listed)
            for name in names:
                add(name, start + listed.find(name), "key_player")
            i += 1
            continue
        j, paragraphs, items, labelled_mode, numbered, inline = i + 1, 0, 0, False, False, False
        misses = 0  # lines in a row under the list that name no company
        section = TOC_NUMBER.match(line) if line[:1].isdigit() else None  # "9.3 Company Profiles" on a contents page
        under_number = False  # a subsection's number on a line of its own, its name on the next
        sectioned = NUMBERED.match(line) is not None  # "2) Who's in the market …": the next numbered line, the next
        while j < len(lines) and j - i < 80:  # section ("3) EVENTS")
            item = lines[j].text.strip()
            j += 1
            if sectioned and NUMBERED.match(item):
                break
            if not item:
                if inline:
                    break  # "A, B, …, H" on its own line, then a blank line: the list is done ("AGENDA (BST)")
                continue
            start = lines[j - 1].start
            if section and under_number:
                under_number = False  # "14.3.1" over "Live Nation Entertainment, Inc.": the subsection's name
            elif section and not item.startswith(section.group(0).rstrip() + "."):
                if items:
                    break  # the next section ends its subsections
                section = None  # "1.4 Competitive Landscape" over text: a document's numbered heading
            elif section:  # its subsections name the players ("9.3.1 Lonza")
                if SECTION_NUMBER.fullmatch(item):
                    under_number = True
                    continue
                item = TOC_NUMBER.sub("", item)
            item = item if item.isascii() else without_item_mark(item)  # "✅ Daikin Industries, Ltd."
            if items and "/" in item and SLIDE_COUNTER.match(item):
                break  # "7/8": a carousel's next slide
            if "(" in item and ":" in item:
                item = TICKER.sub("", item)  # "Maytronics Ltd. (TASE: MTRN)": a name, not a label
            item = item.replace(" · ", "; ")  # a card's "IQVIA Inc. · ICON plc · …"
            if " | " in item and _legal_list(split_list(piped := item.replace(" | ", "; ")), regions):
                item = piped  # a slide's "Solvay SA | Tata Chemicals Limited | …", not a footer's "Imprint | Terms"
            if NOTE_LINE.match(item) or OTHER_PLAYERS.match(item):
                break  # a note under the list ends it ("Disclaimer: The author of this press release is …"), and so
                # does the list's last line, "13.10 Other Prominent Players"
            labelled = LABELLED_NAME.match(item) if (":" in item or "—" in item or "–" in item) else None
            unnoted = NOTE.sub("", labelled.group(1)).strip() if labelled else ""  # "Merck KGaA (operates as …)"
            if labelled and ":" not in labelled.group(0) and not is_company_name(unnoted, regions):
                labelled = None  # "Three suppliers — A, B and C — together hold ...": a dash in a sentence
            if item.startswith("1") and NUMBERED_RUN.match(item):  # a run opens with "1." or "1)"
                for piece in split_list(item):
                    add(ITEM_NUMBER.sub("", piece), text.find(piece, start), "key_player")
                items += 1
                continue
            group = _group_names(item, labelled, regions) if labelled and (labelled_mode or items == 0) else []
            if (
                labelled
                and (labelled_mode or items == 0)
                and not PLAYER_HEADING.search(labelled.group(1))
                and (group or not SENTENCE_WORDS.search(unnoted))
            ):  # "BASF SE: Offers ...", not a sentence with a colon ("The market is concentrated: ...")
                labelled_mode = True
                for name, at in group or [(labelled.group(1), 0)]:
                    add(name, start + at, "key_player")
                items += 1
                continue
            # "Cargill, Incorporated; Nutreco N.V.; BioMar Group; ...": a cell; "Lonza, Catalent, …, TriLink
            # BioTechnologies and ST Pharm. North America still has …": a list, then a sentence
            long = len(item) > 100 or len(item.split()) > 12
            if items == 0 and long and _is_list_of_names(listed := _before_prose(item), regions):
                for piece in split_list(listed):
                    add(piece, text.find(piece, start), "key_player")
                items, inline = items + 1, True
                continue
            # "Jungheinrich AG (Hamburg)" after "KION Group AG (Frankfurt am Main) – mit den Marken …": a name alone
            plain = labelled_mode and len(item) <= 100 and bool(LEGAL_SUFFIX_END.search(NOTE.sub("", item).strip()))
            if (labelled_mode and not plain) or len(item) > 100 or len(item.split()) > 12:
                if items or _is_player_heading(item):
                    j -= 1  # the line that ends the list is read again: it may be a players heading of its own
                    break  # ("Competitive Landscape" over "Major CROs active in nephrology (alphabetical): A, B, …")
                paragraphs += 1
                if paragraphs > 2 or line.endswith("?"):
                    break  # a question's answer: one paragraph ("Who are the key players?" over "A, B … are …")
                continue
            if BY_HEADING.match(item):
                break  # the next group of a segmentation ("Segment by Type", "By Design: AE Series, BE Series")
            if (item.endswith((":", "?")) and (items or paragraphs)) or _is_player_heading(item):
                j -= 1  # a heading of its own ("Major players operating in the market are:", "Top … Companies")
                break
            if ITEM_NUMBER.match(item) and items == 0 and paragraphs == 0:
                if not _numbered_name(item, regions):
                    break  # a numbered section, not "1. Shin-Etsu Chemical Co., Ltd. (Japan)"
                numbered = True
            elif numbered and not ITEM_NUMBER.match(item):
                j -= 1  # a numbered list ends at its first line without a number ("KEY RISKS")
                break
            item = ITEM_NUMBER.sub("", item)
            bare = NOTE.sub("", item).strip() if "(" in item else item  # "Procter and Gamble (Tide PODS, Ariel PODS)"
            pieces = split_list(item) if ("," in bare or ";" in bare or " 2. " in item) else [item]
            parts = LAST_AND.split(bare) if " and " in bare else []  # "**Swift Solar** and **Caelux** (US …)":
            if parts and all(part in bold for part in parts):  # two names, each in bold
                pieces = parts
            if len(pieces) == 2 and SEAT_AFTER_FORM.fullmatch(item):
                pieces = [item]  # "Brose Fahrzeugteile SE & Co. KG, Coburg": a German firm's name with its seat
            listed = len(pieces) > 1
            if " / " in item and all(is_company_name(p, regions) for p in item.split(" / ")):
                pieces = item.split(" / ")  # "WuXi AppTec / WuXi Biologics": a group's two companies
            named = [add(piece, text.find(piece, start), "key_player") for piece in pieces]
            misses = 0 if any(named) else misses + 1
            if items and misses == MISSES_ENDING_LIST:
                break  # "Share", "Discussion about this post", "Write a comment…": the list is over
            items, inline = items + 1, listed and not item.endswith(":")  # not "… brands, including:"
        i = j


def _ranked_cards(
    lines: Sequence[Line], headings: set[int], add: Callable[[str, int, str], bool], regions: RegionIndex
) -> None:
    """A ranking's entries after a players heading ("Top 10 Industrial Adhesive Tape Companies in 2025"), however far
    under it: "1. 3M Company" over its card, "2. tesa SE" over its own, …, numbered 1, 2, 3 … in order, most of them
    companies' names (not a document's numbered sections)."""
    first = min((i for i in headings if _is_player_heading(lines[i].text.strip())), default=None)
    if first is None:
        return
    entries: list[tuple[int, str]] = []
    for k in range(first + 1, len(lines)):
        entry = RANKED_ENTRY.match(lines[k].text)
        if entry and int(entry.group(1)) == len(entries) + 1:
            if not entries and _sellers_over(lines, k):
                continue  # "Leading distributors of indexable inserts include:" over "1. MSC Industrial …": no ranking
            entries.append((k, entry.group(2).strip()))
    names = [(k, without_place_or_note(name, regions)) for k, name in entries]
    named = [(k, name) for k, name in names if is_company_name(name, regions)]
    if len(entries) >= RANKED_ENTRIES and len(named) * 3 >= len(entries) * 2:
        for k, name in named:
            add(name, lines[k].start + lines[k].text.find(name), "key_player")


def _sellers_over(lines: Sequence[Line], k: int) -> bool:
    """Whether the line over line `k` (blank lines aside) introduces sellers with a colon."""
    above = next((lines[i].text.strip() for i in range(k - 1, max(-1, k - 4), -1) if lines[i].text.strip()), "")
    return above.endswith(":") and SELLERS.search(above) is not None


# "3. Nitto Denko Corporation": a ranking's entry, its number and its name.
RANKED_ENTRY = re.compile(r"(\d{1,2})\.\s+([^\n]{2,80})$")
RANKED_ENTRIES = 3  # the fewest entries of a ranking


def _competitors_in_prose(text: str, lines: Sequence[Line], add: Callable[[str, int, str], bool]) -> None:
    """The firms a section headed "Who else competes" (or "Competition") names in its sentences by their legal names
    ("… the report lists Epta S.p.A., the Milan-based owner of …. Dover Corporation remains in the market …"), to the
    next section's heading; not an acquirer ("Driivz (acquired by Vontier Corporation in 2022)") nor an owner in
    parentheses ("Rousselot (Darling Ingredients Inc.)")."""
    for i in sorted(lines_holding(text, ("competes", "competition"))):
        if not COMPETES_HEADING.fullmatch(lines[i].text.strip()):
            continue
        paragraphs = 0
        for below in lines[i + 1 :]:
            words = below.text.strip()
            if not words:
                continue
            if len(words) <= SECTION_HEADING_LENGTH and not words.endswith("."):
                break  # the next section's heading
            paragraphs += 1
            if paragraphs > COMPETES_PARAGRAPHS:
                break
            for name in PROSE_LEGAL_NAME.finditer(below.text):
                if not below.text.endswith(OWNER_BEFORE, 0, name.start()):
                    add(name.group(0), below.start + name.start(), "key_player")


# A section's heading over competitors named in sentences.
COMPETES_HEADING = re.compile(r"who\selse\scompetes|competition", re.I)
SECTION_HEADING_LENGTH = 60  # the longest line read as a section's heading
COMPETES_PARAGRAPHS = 3  # the paragraphs of such a section read for names
# A firm's legal name in a sentence: capitalised words, then its legal form ("True Manufacturing Co., Inc.").
PROSE_LEGAL_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'’-]*\s){0,4}[A-Z][\w&'’-]*,?\s"
    r"(?:Co\.,\sInc\.|Corporation|Inc\.|S\.p\.A\.|S\.A\.I\.C\.|Sdn\.\sBhd\.)"
)


BY_LABEL = re.compile(r"by\s", re.I)
# A segmentation's heading: "Segment by Type", "By Application:", "Market Segmentation".
BY_HEADING = re.compile(r"(?:segment\s)?by\s[\w -]{1,40}(?::?$|:\s)|(?:market\s)?segmentation:?$", re.I)
# What comes right before an owner's name, not a competitor's: "Driivz (acquired by Vontier Corporation …",
# "Rousselot (Darling Ingredients Inc.)".
OWNER_BEFORE = ("acquired by ", "(")
# A German firm's registered name with its seat after its legal form: "Brose Fahrzeugteile SE & Co. KG, Coburg".
SEAT_AFTER_FORM = re.compile(r"[^,]+\sKG,\s[A-ZÄÖÜ][a-zäöüß]+")
# Lines in a row that name no company, after a list of one name a line, that end it.
MISSES_ENDING_LIST = 3


def _group_names(item: str, labelled: re.Match[str], regions: RegionIndex) -> list[tuple[str, int]]:
    """The companies a group's label lists after its colon, two or more, each with its offset ("Indian ER&D majors:
    Tata Elxsi, Cyient, …", "Specialist design houses: Sunrise Labs, StarFish Medical"); none for a company's own
    label ("BASF SE: Offers …")."""
    after = labelled.end(1) + 1
    listed = item[after:]
    if item[labelled.end(1)] != ":" or ("," not in listed and ";" not in listed) or BY_LABEL.match(item):
        return []  # not a segmentation's "By device class: Class I · Class II · Class III"
    names = split_list(listed)
    if len(names) >= 2 and all(is_company_name(without_place_or_note(n, regions), regions) for n in names):
        return [(name, item.find(name, after)) for name in names]
    return []


def _in_agenda(lines: Sequence[Line], i: int) -> bool:
    """Whether line i is an item of an agenda or a contents list: a run of lines, no blank one between, under
    "Agenda" or "Contents" ("Agenda" / "Market size and outlook" / … / "Competitive landscape" / "Q&A")."""
    k = i - 1
    while k >= 0 and i - k <= AGENDA_ITEMS:
        item = lines[k].text.strip()
        if not item and not (k and lines[k - 1].text.strip()):
            return False  # two blank lines: a page's sections, not a list's items one a paragraph
        if AGENDA.match(item):
            return True
        if len(item) > 80 or item.endswith("."):
            return False  # prose above: no list
        k -= 1
    return False


def _from_developments(text: str, bold: list[str], add, known: set[str]) -> None:
    """The companies that items under a "Recent Developments" heading are about: "- In August 2024, Olin
    Corporation opened a new calcium hypochlorite manufacturing facility ...", or the bold name in an item; a subject
    that is a player already found (canonical names in `known`, lower case) kept whole ("Procter and Gamble")."""
    lines = lines_of(text)
    candidates = sorted(lines_holding(text, DEVELOPMENTS_WORDS))  # the only lines that can be such a heading
    heads = [
        k
        for k in candidates
        if (len(lines[k].text) < 80 and DEVELOPMENTS_HEADING.match(lines[k].text.strip()))
        or DEVELOPMENTS_LEAD.search(lines[k].text.rstrip())
    ]
    # Each item's subject, or (None and) the item to find bold phrases in: all such items searched at once below.
    found: list[tuple[str | None, str, int]] = []
    for k in heads:
        items = 0
        for line in lines[k + 1 : k + 30]:
            item = line.text.strip()
            if not item:
                continue
            date = DATE_LEAD.match(item)
            if not date:
                if items or len(item) < 80:  # the list has ended, or a new heading starts
                    break
                continue
            items += 1
            offset = line.start + len(line.text) - len(line.text.lstrip())
            subject = DEVELOPMENT_SUBJECT.match(item, date.end())
            if subject:  # "SATS Ltd. and Aviapartner signed …": each
                names = [subject[1]] if company_name(subject[1]).lower() in known else split_list(subject[1])
                found += [(name, item, offset + item.find(name, subject.start(1))) for name in names]
            else:
                found.append((None, item, offset))
    searched = [item for subject, item, _ in found if subject is None]
    order = {phrase: k for k, phrase in enumerate(dict.fromkeys(phrase for phrase in bold if len(phrase) > 2))}
    phrases = iter(first_in_each(searched, order))
    for subject, _, offset in found:
        if subject is not None:
            add(subject, offset, "profiled")
            continue
        in_item = next(phrases)
        for phrase in sorted(in_item, key=order.__getitem__):  # "April 2024: ... from **BASF Coatings** offers ..."
            add(phrase, offset + in_item[phrase], "profiled")


def _drop_suffixes_and_short_forms(mentions: list[CompanyMention]) -> None:
    """Drop mentions that are only a legal suffix ('Inc.' on its own list line), and a name's short form when the
    document names the company in full ("Merrow" in "The study names Merrow among the leading providers", beside
    "Merrow Pharma Solutions", the release's issuer)."""
    names = sorted({m.name_as_written for m in mentions})
    mentions[:] = [
        m
        for m in mentions
        if not LEGAL_SUFFIX.match(m.name_as_written) and not _has_longer_form(m.name_as_written, names)
    ]


def _has_longer_form(short: str, names: list[str]) -> bool:
    """Whether the sorted `names` hold `short` with more words of its name after it ("Merrow Pharma Solutions"), not
    with a note in parentheses ("Givaudan (Naturex)": the short form is the name as written), nor with another name
    after "and" ("Onyx Boox and reMarkable", a list's two names read as one). The names that start with `short` and a
    space are found by bisection, not by a walk over all of them (a long page names thousands)."""
    opening = short + " "
    k = bisect.bisect_left(names, opening)
    while k < len(names) and names[k].startswith(opening):
        if not names[k][len(opening) :].startswith(("(", "and ")):
            return True
        k += 1
    return False


# From this many names on, subject_companies finds the names in a sentence with one automaton pass instead of
# a str.rfind per name (a document names a few dozen companies; a long page thousands).
NAMES_AUTOMATON_FROM = 200


# A market named between a reporting verb and an amount: the amount is the market's, not the reporter's.
MARKET_NAMED = re.compile(r"\b(?:market|industry)\b", re.I)


def subject_companies(text: str, companies: list[str], bold: list[str]) -> Callable[[int, int], str | None]:
    """For the amounts of one document, `subject(sentence start, amount start)`: the company an amount belongs
    to, a known company before it in its sentence (the last one named), else a reporting subject, else the bold
    name that opens its line. The bold phrases are indexed by their openings (text.Openings), and many names are
    looked for by one automaton (made on first use), so that the time grows with the amounts and the text, not
    with the amounts times the names."""
    names = list(dict.fromkeys(name for name in companies if name))
    automaton: ahocorasick_rs.AhoCorasick | None = None
    if "" in bold:  # every line opens with "": the phrases after it are never reached
        bold = bold[: bold.index("")]
    openings = Openings(bold)

    def subject(sent_start: int, amount_start: int) -> str | None:
        nonlocal automaton
        before = text[sent_start:amount_start]
        if len(names) >= NAMES_AUTOMATON_FROM:
            automaton = automaton or ahocorasick_rs.AhoCorasick(names)
            found = automaton.find_matches_as_indexes(before, overlapping=True)
            if found:  # the name that starts last; of two starting there, the first listed
                return names[min(found, key=lambda m: (-m[1], m[0]))[0]]
        else:
            best: tuple[int, str] | None = None
            for name in names:
                pos = before.rfind(name)
                if pos >= 0 and (best is None or pos > best[0]):
                    best = (pos, name)
            if best:
                return best[1]
        match = last_match(REPORTING_VERB, before)
        if match and is_company_name(match.group(1)) and not MARKET_NAMED.search(before, match.end()):
            return match.group(1)  # not "Summitline Research reports that the … market generated revenue of …"
        return next(openings.at(text, text.rfind("\n", 0, amount_start) + 1), None)

    return subject
