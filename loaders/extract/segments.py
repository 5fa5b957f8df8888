"""Segments with their dimension: "By Type: ...", "Analysis by types is segmented into:",
"categorized based on Type (A, B) and Application (C, D)"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from loaders.clean import Outline
from loaders.extract.figures import figure_segments
from loaders.extract.market import MARKET, TWO_LETTERS
from loaders.extract.model import SegmentMention
from loaders.extract.tables import NOTE, cell_line, cell_pieces
from loaders.extract.text import (
    TOC_NUMBER,
    Line,
    Openings,
    evidence,
    finditer_at,
    finditer_opening,
    folded,
    lines_holding,
    lines_of,
    literal_positions,
    sentence_bounds,
)
from loaders.text_tables import Table

# A segmentation heading: "By Product Type:", "Market By Application, 2020-2030, (USD Billion)", "X Market by Fiber
# Type [Value from 2019 to 2031]:".
SEGMENT_HEADING = re.compile(
    r"(?:^|\b)(?:by|based on|on the basis of|in terms of|segmented by)\s(?:the\s)?"
    r"(?P<dim>[A-Za-z](?:[^\W\d_]|[/&\- ]){1,40}?)\s*"  # "By categoría de producto:" too
    r"(?=\s?[:,(\[–]|\s-\s|\s(?:is|are)\ssegmented|\ssegment|\sinto\s|\sas\sfollows\b|\s\d{4}|$)",
    re.I,
)
# "Revenue forecasts by type, tone, application and 20 countries": prose naming dimensions, not a heading.
# "By Technology, By End Use, By Region" and "by Component, Application, and Region, 2025-2033" too.
DIMENSIONS_LISTED = re.compile(r",\s(?:[a-z]|[Bb]y\s|[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?,\s(?:and\s)?[A-Z])")
# ", the market is categorized into:" after a dimension, its segments listed under it.
MARKET_SPLIT_INTO = re.compile(r",\s(?:the\s)?(?:[\w-]+\s){0,4}?(?:market|industry)\s(?:is|has been|can be|was)\s")
# The longest line that can be a segmentation heading, but for one that lists its segments after a colon.
HEADING_LENGTH = 160
INLINE_HEADING = re.compile(r"(?i:by)\s[A-Za-z](?:[^\W\d_]|[/&\- ]){1,40}:\s")  # "By categoría de producto: …" too
# "driven by several key factors:": a cause, not a segmentation; "market leader by capacity": a rank.
CAUSED_BY = re.compile(
    r"\b(?:driven|fu?ell?ed|led|boosted|supported|propelled|hampered|restrained|influenced|affected|caused|"
    r"dominated|followed|challenged|shaped|powered|leader|largest)\s+by$",
    re.I,
)
# The words SEGMENT_HEADING and SEGMENTED_SENTENCE open with, in any case ("segmented by" holds "by").
HEADING_OPENINGS = ("by", "based on", "on the basis of", "in terms of")
# "Type (Mammalian Cell Culture, Microbial Fermentation)"
# Runs of letters are possessive (++, {..}+): what follows each one cannot extend it, so giving characters back
# could never lead to a match, and a failed try ends at once.
INLINE_GROUP = re.compile(r"\b(?P<dim>[A-Z][A-Za-z-]++(?:[ /][A-Za-z-]++){0,2})\s\((?P<items>[^()\n]{3,400}+)\)")
# INLINE_GROUP's dimension read backwards from the space before its "(": the up to three words it can lie in.
WORDS_BEFORE_GROUP = re.compile(r"[A-Za-z-]++(?:[ /][A-Za-z-]++){0,2}")
CAPITAL_WORD_START = re.compile(r"\b[A-Z]")
BY_WORD = re.compile(r"(?:^| )[Bb]y ")
KNOWN_DIMENSIONS = re.compile(
    r"^(?:type|types|product|products|product type|application|applications|end[- ]users?|end[- ]use|"
    r"technology|technologies|component|components|deployment|deployment mode|material|materials|"
    r"service|services|source|sources|form|forms|function|grade|offering|solution|vertical|"
    r"industry|industries|distribution channel|channel|organization size|enterprise size|"
    r"size|method|process|mode|category|platform|indication|route of administration|"
    r"modality|therapy|treatment|vehicle type|propulsion|capacity|design|nature|"
    r"composition|resin|fiber|crop type|formulation|connectivity|power|range|installation|"
    r"end[- ]user/application|product type/application|segment|equipment|purpose|usage|kind|"
    r"research area|therapeutic area|phase|sponsor)$",
    re.I,
)
# Nouns that end a dimension's name: "Ingredient Type", "Deployment Mode", "End-Use Industry".
HEAD_NOUNS = frozenset(
    """type application product technology component material service source form function grade offering
    solution vertical industry channel size method process mode category platform indication modality therapy
    treatment capacity design composition resin fiber formulation connectivity power range installation user use
    end-user equipment purpose usage device ingredient packaging organization enterprise deployment model
    crop animal livestock system operation coating substrate chemistry weight group""".split()
)
# A list item that names a segment and then describes it: "Surfactants: Surfactants dominate the market ..."
LABELLED_ITEM = re.compile(r"^([A-Z0-9][^:.!?]{1,60}?):\s+\S")
# ... or then a dash and its description (its share before the dash dropped as ITEM_NOISE), in either case
# ("thermopompes murales – environ 46 % des ventes").
DASHED_ITEM = re.compile(r"^([^\W_][^:.!?–—]{1,60}?)\s[–—]\s\S")
# The cell that opens a segment table in a report-scope block, and the cells that close it.
SCOPE_TABLE = re.compile(
    r"^(?:segmental coverage|segments? covered|segmentation(?: covered)?|market segments?)\s*:?$", re.I
)
# One of a cell's labelled groups: "Coverage type: Medical Expenses, Trip Cancellation, Others" and the "; " after.
LABELLED_GROUP = re.compile(r"(?:[Bb]y\s)?(?P<dim>[A-Z][\w&/ -]{1,40}):\s(?P<items>[^;:]+)(?:;\s|$)")
# A section over such a table, which opens with the table's header cells: "Market Segmentation" then "Segment",
# "Sub-segment"; "Segment view" then "Dimension", "Segments".
SCOPE_SECTION = re.compile(r"^(?:market segmentation|segment view)\s*:?$", re.I)
TABLE_HEADER = re.compile(r"^(?:segments?|dimensions?)$", re.I)
SCOPE_TABLE_WORDS = ("segment",)  # every SCOPE_TABLE match holds it
# A release's section over its dimensions, each a line over its items: "Catalyst Contract Manufacturing Market
# Segmentation" over "Catalyst Type", "Service"; a dimension after the market's name: "… Service Outlook".
# "This fourth-party logistics (4PL) market report extensively covers market segmentation by" over "1. End-user",
# "1.1 Retail and e-commerce", …: the dimensions and items numbered as a contents page numbers them.
MARKET_SEGMENTATION = re.compile(r"^(?:[\w&/()-]+\s){0,8}market\ssegmentation(?:\sby)?\s*:?$", re.I)
OUTLOOK_DIMENSION = re.compile(r"^(?:[\w&/-]+\s){0,8}?(?P<dim>[\w-]+(?:\s[Uu]se)?)\s[Oo]utlook$")
SCOPE_TABLE_END = re.compile(
    r"^(?:regional|region|regions|countr\w*|geograph\w*|market leaders|key (?:players|companies)|companies|report"
    r"|base year|forecast|historical|customi[sz]ation|pricing|units?|competitive|competition)\b",
    re.I,
)
# Any heading that ends a list: "By Geography", "3. By Region:", "Regional Analysis", "Key Players".
ANY_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s)?(?:by\s|regional\b|regions?\b|introduction\b|appendix\b|geograph|competitive|"
    r"key\s(?:players|companies|market|segments)|recent developments|"
    r"market (?:drivers|dynamics|trends|opportunities|challenges))",
    re.I,
)
# What follows a dimension in a table heading, not a segment: "(USD Billion)", "(Kilotons)", "2020-2030".
UNIT_NOTE = re.compile(
    r"^\(?(?:USD|US\$|EUR|\$|(?:Kilotons?|Tons?|Units?|Volume|Value|Revenue|Million|Billion|Thousand|Share|%|\d{4})"
    r"(?![\w-]))",
    re.I,
)
# "By technology, the market is divided into Piezoelectric, Ultrasonic, and Others."
# "By product type, the report covers A, B and C." "Based on Service Type, market is studied across A, B, and C."
SEGMENTED_SENTENCE = re.compile(
    r"\b(?:by|based on|on the basis of|in terms of)\s(?P<dim>[a-z][a-z /&-]{1,40}?),\s(?:the\s)?(?:"
    r"(?:it|(?:[\w-]+\s){0,4}?(?:market|industry))\s(?:is|has been|can be|was)\s"  # "Based on lubrication, it is …"
    r"(?:(?:divided|segmented|split|categori[sz]ed|classified|bifurcated)\s(?:into|as)|studied\sacross)"
    r"|(?:report|study|analysis)\s(?:covers|includes|spans|distinguishes|differentiates)"
    r"|market\scovers"  # "Based on end use industry, the market covers Manufacturing, Oil & Gas, …"
    r"|(?:[\w&]+\s){1,4}?splits\sdemand\sinto"  # "By end user, Frost & Sullivan splits demand into …"
    r"|we\s(?:split|segment|divide|distinguish|look\sat|cover))\s(?P<items>(?:[^.;\n(]|\([^()\n]{0,80}\)){3,400})",
    re.I,
)
# A segment's own segments, after its dimension's sentence: "The Prokaryotic Expression is further studied across
# Bacillus Subtilis and Escherichia Coli."
FURTHER_STUDIED = re.compile(
    r"\bThe\s(?P<parent>[A-Z][^.;\n]{1,80}?)\sis\sfurther\sstudied\sacross\s(?P<items>[^.;\n]{3,400})"
)
# "The report segments the market by function into herbicide, fungicide and nematicide, and by crop type into
# commercial crops, …": each dimension in lower case with the segments it is split into.
BY_INTO = re.compile(
    r"\b(?:(?:segments|segmented|divides|divided|splits|split|categori[sz]es|categori[sz]ed|classifies|classified)\s"
    r"(?:the\s(?:[\w-]+\s){0,4}?(?:market|industry)\s)?"
    r"|breaks\sthe\s(?:[\w-]+\s){0,4}?(?:market|industry)\sdown\s)"  # "Lucintel breaks the market down by …"
    r"by\s(?P<dim>[a-z][a-z /&-]{1,40}?)\sinto\s"
    r"(?!the\sfollowing\b|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:[\w-]+\s)?(?:segments|categories)\b)"
    r"(?P<items>[^.;\n]{3,400}?)(?=,?\sand\sby\s|[.;\n]|$)"
)
NEXT_BY_INTO = re.compile(  # "…, and by crop type into …", "…; by content type into …; and by end user into …"
    r"(?:,?\sand|;(?:\sand)?)\sby\s(?P<dim>[a-z][a-z /&-]{1,40}?)\sinto\s"
    r"(?P<items>[^.;\n]{3,400}?)(?=,?\sand\sby\s|[.;\n]|$)"
)
# A sentence whose subject is the dimension: "Sales channels are split into Offline Sales and Online Sales."
SUBJECT_SPLIT = re.compile(
    r"(?P<dim>[A-Z][a-z-]+(?:\s[a-z-]+)?)\sare\s(?:split|divided)\sinto\s(?P<items>[^.;\n]{3,300})"
)
SPLIT_INTO = (" split into ", " divided into ")
# "We split it by product: paddles, balls, nets, …": a dimension named after "by", its segments after a colon.
SPLIT_BY_COLON = re.compile(
    r"\b(?:split|segment|divide|break\sdown)s?\s(?:it|the\smarket|the\sdata)\sby\s(?P<dim>[a-z][a-z/&-]*+(?:\s[a-z/&-]++){0,3})"
    r":\s(?P<items>[^.;:\n]{3,400}?)(?=\.(?:\s|$)|;|$)",
    re.I | re.M,
)
# A wire release's "The Study Explore the product types of E-Commerce Fulfillment Services Market: A, B, C" and "Key
# Applications/end-users of … Market: A, B": the dimension, the market's name and a colon before the segments.
OF_MARKET_COLON = re.compile(
    r"\b(?P<dim>product\stypes|applications(?:/end-users)?)\sof\s(?:[\w&/()-]+\s){1,8}?market:\s"
    r"(?P<items>[^.:\n]{3,400}?)(?=\.(?:\s|$)|$)",
    re.I | re.M,
)
# "By dosage form — creams, ointments, gels, lotions, foams, and others such as pastes. And by end user — …": a
# sentence that opens with its dimension and a dash before the segments.
DASHED_GROUP = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[Aa]nd\s))[Bb]y\s(?P<dim>[a-z][a-z/&-]*+(?:\s[a-z/&-]++){0,3})\s[—–]\s(?P<items>[^.;:\n]{3,400}?)(?=\.(?:\s|$))",
    re.M,
)
# "Segments. By type: automated liquid handlers; robotic arms; … By end user: …": a sentence that opens with its
# dimension and a colon before the segments.
COLON_GROUP = re.compile(
    r"(?<=[.!?]\s)By\s(?P<dim>[a-z][a-z/&-]*+(?:\s[a-z/&-]++){0,3}):\s(?P<items>[^.:\n]{3,400}?)(?=\.(?:\s|$))"
)
# "The report analyses three lift technologies: vectored thrust, multirotor, and lift plus cruise.", "Applications
# covered are air taxi, cargo & logistics, …": a dimension named in the plural, with its count or "covered are".
PLURAL_GROUP = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s(?P<dim>(?:[a-z][a-z-]*\s){0,2}[a-z]+s):"
    r"|(?P<dim2>[A-Z][a-z]+(?:[\s-][a-z]+){0,2}s)\scovered\s(?:are|include))"
    r"\s(?P<items>[^.:\n]{3,400}?)(?=\.(?:\s|$)|$)",
    re.M,
)
PLURAL_OPENINGS = ("two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ", "ten ", "s covered ")
SUCH_AS = re.compile(r"\ssuch\sas\s")  # "others such as pastes": the others' examples, segments too
BY_INTO_OPENINGS = ("segment", "divide", "split", "categori", "classifie", "breaks")
# "segments the market by coverage type (first-party coverage, third-party liability coverage), by component
# (solutions, services) and ...": a dimension in lower case, its segments in parentheses.
# An item may hold an abbreviation in parentheses: "by service type (VSAT, Mobile Satellite Services (MSS), …)".
GROUP_ITEMS = r"\((?P<items>(?:[^()\n]|\([^()\n]{1,30}+\)){3,400}+)\)"
# (a dimension's word: "Service", "End-Use")
_DIM_WORD = r"[A-Za-z](?:[a-z]|-[A-Za-z])*+"
BY_GROUP = re.compile(rf"\b[Bb]y\s(?P<dim>{_DIM_WORD}(?:\s{_DIM_WORD}){{0,2}})\s" + GROUP_ITEMS)
# "… splits the market by container type — dry containers, …, special containers — and by lease type (…)": a group
# between dashes.
BY_DASHED = re.compile(rf"\bby\s(?P<dim>{_DIM_WORD}(?:\s{_DIM_WORD}){{0,2}})\s—\s(?P<items>[^—\n]{{3,300}}?)\s—")
# The next group of such a series, "by" left out or not: "by product (...), wound type (...) and end user (...)",
# "By Type (…), By Product (…), By Region (…)".
NEXT_GROUP = re.compile(rf",?\s(?:and\s)?(?:[Bb]y\s)?(?P<dim>{_DIM_WORD}(?:\s{_DIM_WORD}){{0,2}})\s" + GROUP_ITEMS)
# A group of a series opened with its own "by": ", by mushroom (…)", " and by client (…)"; and the end of the group
# before one.
SERIES_BY = re.compile(r"(?:,?\s(?:and\s)?)?by\s")
AFTER_GROUP = re.compile(r"\),?\s$")
# Words before a BY_GROUP that say the groups are the market's segmentation, whatever their dimensions' names:
# "The study segments the market by orbit (GEO, MEO, LEO), …".
SEGMENTS_THE_MARKET = re.compile(
    r"\b(?:(?:segments|segmented|divides|divided|splits|split)\s(?:the\s(?:[\w-]+\s){0,4}?(?:market|industry)\s)?"
    r"|breaks\s(?:the\s(?:[\w-]+\s){0,4}?(?:market|industry)|demand)\sdown\s)$",  # "breaks the market down by …"
    re.I,  # "… is Segmented by Service Type (…)"
)
# A segmentation heading's segments in parentheses after it: "By Material (Silicone Hydrogel, Hydrogel, Hybrid)".
GROUPED_AFTER = re.compile(r"\(([^()]{3,300}(?:,[^()]{1,100}){1,})\)")
# A sentence under a dimension's heading that names its segments: "By radioisotope, the market covers
# Technetium-99m, Fluorine-18 and Others.", "End users include Hospitals, Diagnostic Imaging Centers and …".
LISTED_IN_SENTENCE = re.compile(
    r"\b(?:includes?|covers?|comprises?|consists?\sof|spans?|(?:is|are|has\sbeen)\s(?:divided|segmented|split|"
    r"categori[sz]ed|classified|grouped)\sinto)\s(?P<items>[^.;:\n]{3,300}?)(?=\.(?:\s|$)|;|$)"
)
# "Based on distribution channel, retail optical stores held the largest share, followed by e-commerce and
# hospitals & clinics.": the segments of a dimension in the order of their shares.
RANKED = re.compile(
    r"\b(?:by|based on|in terms of)\s(?P<dim>[a-z][a-z /&-]{1,40}?),\s(?:the\s)?(?P<first>[\w&/ -]{2,50}?)\s"
    r"(?:segment\s)?(?:held|accounted\sfor|captured|commanded|led\swith)\s(?:the\s)?(?:largest|biggest|highest|"
    r"leading|major)\s[^,.;]{0,40},\sfollowed\sby\s(?P<rest>[^.;\n]{3,200}?)(?=[.;]|$)",
    re.I | re.M,
)
# A paragraph that opens with its dimension and names its segments as such: "By dosage form, the Tablets segment held
# the largest share in 2024 … The Capsules segment followed, … while the Liquids segment, which …".
PARAGRAPH_DIMENSION = re.compile(
    r"^(?:By|In\sterms\sof|Based\son)\s(?P<dim>[a-z][a-z /&-]{1,40}?),\s(?=the\s[A-Z][^\n]{0,60}?\ssegment\b)", re.M
)
PARAGRAPH_OPENINGS = ("By ", "In terms of ", "Based on ")
NAMED_SEGMENT = re.compile(r"\b[Tt]he\s(?P<name>[A-Z][\w&/-]*(?:\s(?:[A-Z][\w&/-]*|&|and|of)){0,5})\ssegment\b")
# Words between two outlines that open another section: the coverage or the companies, not the segmentation.
COVERAGE_WORDS = re.compile(r"geograph|region|countr|compan|player", re.I)
# Commas (or semicolons, middle dots) and a final "and" between list items.
LIST_SEPARATOR = re.compile(r"(?:[,;]|\s[·|])\s(?:and\s)?")  # "Cloud · Self-hosted", "Seawater | Brackish Water"
ITEM_SPLIT = re.compile(r"[,;·|]")
# Semicolons between the items of a list whose items hold commas: "Packaging, Labeling And Blinding; Manufacturing".
SEMICOLON = re.compile(r";\s(?:and\s)?")
# A slide's counter on a line of its own: "5/8".
SLIDE_COUNTER = re.compile(r"^\d{1,2}\s?/\s?\d{1,2}$")
# The number of a list's item: "1) ", "2. ".
ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s")
# A contents page's chapter, numbered without a point: "5 Market of Adhesive Labels by Application".
CHAPTER = re.compile(r"\d{1,2}\s[A-Z]")
TRAILING_FIGURE = re.compile(r"\s\d{1,3}(?:,\d{3})*\.\d+$|\s\d{1,3}(?:,\d{3})+$")
NAMED_CHAPTER = re.compile(r"Chapter\s\d{1,2}\b")
HIGHLIGHT = re.compile(r"(?:\W\s)?leading\b", re.I)  # a key highlight's label
# The sections of a contents page no segment is.
TOC_SECTIONS = frozenset({"overview", "introduction"})
BY_REGION = re.compile(r"\b(?:by|on\sthe\sbasis\sof)\s(?:regions?|geograph(?:y|ies)|countr(?:y|ies))\s*:?$", re.I)
# A dimension's label over its segments, or before them: "Product Type Outlook (Revenue, USD Million; 2019-2032)",
# "Resin Type [Value from 2019 to 2033]:", "Product type:", "Lease Type: Full-service Lease, Net Lease".
# LABEL_OPENINGS: what each holds (in any case).
DIMENSION_LABEL = re.compile(
    r"^(?P<dim>[A-Z][A-Za-z/&\- ]{1,40}?)(?:\s(?P<kind>Outlook|Insights|Covered))?"
    r"(?:\s\([^()]{0,80}\)|\s\[[^\[\]]{0,80}\])?\s?(?::(?:\s+(?P<items>\S.*))?)?$"
)
LABEL_OPENINGS = (":", "outlook", "insights", " -- ")
# What a report covers that is no dimension of its market: "Regions Covered:", "Key Topics Covered:", "Units
# Covered: Value (US$ Million), Volume (Units)".
NOT_COVERED = re.compile(r"^(?:(?:key\s)?topics|(?:geographical\s)?regions|countries|companies|segments|units)$", re.I)
LABEL_LENGTH = 300
# A paragraph under a dimension's heading that opens with its segments parted by semicolons, then a period: "Phase I;
# Phase II; Phase III; Phase IV. Phase III trials account for most of the spending …".
SEMICOLON_LIST = re.compile(r"(?P<items>[A-Z][^;.]{0,50}(?:;\s(?:[A-Z]|[a-z]+[A-Z])[^;.]{0,50}){2,})\.(?:\s|$)")
# A wire's footer names the feeds it sent the release to: "Distribution channels: Food & Beverage Industry, Retail".
WIRE_CHANNEL = re.compile(r"\sIndustry$")
LABEL_WORDS = 5  # the most words a dimension's label has ("Type of End-Use Industry")
# Names of a label that are not a segmentation's dimension ("Source:", "Regional Outlook", "Base year:").
NOT_LABEL_DIMENSION = re.compile(
    r"^(?:regional|region|regions|geograph\w*|countr\w*|sources?|range|power|segments?|purpose|usage|nature|design|"
    r"size|method|process|mode|categor(?:y|ies)|services?|function|grade|platform|solution|offering|industry|capacity|"
    r"industries|market|report|forecast|base|content-type)\b(?!\stype\b)",  # an e-mail's "Content-Type: text/plain; …"
    re.I,  # (but "Service Type Outlook (Revenue, USD Billion; 2020-2033)" heads its items)
)
# The places' heading after a segmentation's dimensions: "Topical Hemostats Regional Outlook (Revenue, …)".
PLACES_OUTLOOK = re.compile(r"^(?:[\w&/-]+\s){0,6}regional\soutlook\b", re.I)
# A contents line's page after its leaders, which the text gives as a colon: "2.1 Industrial Grade: 7".
CONTENTS_PAGE = re.compile(r":\s\d{1,3}$")
HAS_LETTER = re.compile(r"[A-Za-z]")
PRICED = re.compile(r"(?:USD|US\$|\$|€|£|EUR|GBP)\s?\d")
MARKET_BY = re.compile(r"\b(?:market|industry)\s+by\b", re.I)
# The "and" before a list's last item "Others" or "Other …" ("corn oil and other vegetable oils"), which parts it
# from the item before it.
AND_OTHERS = re.compile(r"\sand\s(?=[Oo]thers?\b)")
# The next of a line's labelled groups: "By Product Type: Lotions & Creams, Sprays|; |By SPF Range: SPF 15-29, …".
NEXT_LABELLED_GROUP = re.compile(r";\s(?=[Bb]y\s[^:;]{1,40}:)")
# "By Meg Flippin, Benzinga", "By MarketNewsDesk": an article's author and outlet, or its desk's name in one word
BYLINE = re.compile(r"By\s(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2},\s[A-Z]|[A-Z][a-z]+(?:[A-Z][a-z]+)+$)")
# ... or a name alone over a city's dateline in capitals: "By Dewi Lestari" over "JAKARTA — Indonesia's baby …".
AUTHOR = re.compile(r"By\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}$")
ANALYSIS_BY = re.compile(r"(?:[\w-]+\s){0,3}(?:analysis|data)\sby\s", re.I)
PUBLISHED_LINE = re.compile(r"Published\s")
CITY_DATELINE = re.compile(r"[A-Z]{3,}(?:\s[A-Z]{3,})?\s[—–]\s")
BY_DASH = re.compile(r"By\s[A-Za-z][\w -]{0,40}\s—\s")  # a dimension's label before a dash, its items after it
SENTENCE_GROUP = re.compile(r"(?<=\.)\s(?=(?:Segment\s)?[Bb]y\s[^:;.]{1,40}:\s)")
DOTTED_GROUP = re.compile(r"\s·\s(?=[A-Z][^:;·]{1,40}:)")  # "… Handheld Devices · Application: …"
MARKET_THEN_BY = re.compile(r"\bmarket,?\s+by\s+(?=\w)", re.I)  # a dimension after its market's name
ENDS_AS_SENTENCE = re.compile(r"[.!?]$")
# A verb that makes a line a clause, a slide's title, no cell of a segmentation: "Cordless is the growth engine",
# "Technology: closed loop gains share", "Installation: retrofit still dominates".
CLAUSE_VERB = re.compile(
    r"\s(?:is|are|was|were|remains?|stays?|keeps?|gains?|leads?|dominates?|grows?|drives?|rises?|falls?|wins?|"
    r"loses?|holds?|lags?)(?:\s|$)"
)
# A verb that makes a heading's inline pieces a key takeaway's clauses: "By Material: Rubber dominated; Steel Cord is
# the fastest-growing material."
TAKEAWAY_VERB = re.compile(r"\sis\s")
ENDS_AS_CLAUSE = re.compile(r"[.;!?]$")
NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
SENTENCE_WORDS = 6  # a piece of more words than this, in what ends as a clause, is a sentence's, no segment


# A last "and"'s left side that is an item by itself, not a word sharing the right side's head ("polymer and coating
# additives"): a plural ("inhalers and on-body injectors"), an acronym ("API and finished dosage formulation (FDF)")
# or a hyphenated noun ("scale-up and commercial manufacturing").
LONE_ITEM = re.compile(r"[a-z]+[^sui\W]s|[A-Z]{2,}s?|[A-Za-z]+-[A-Za-z]+")


# A list's last item after a comma and its "and": "…, Instruments, and Software and Services".
OXFORD_AND = re.compile(r",\sand\s[^,]+$")


def split_items(items: str, pair: bool = False) -> list[str]:
    """'Upgrades, Refills, and Kits & Reagents' -> [Upgrades, Refills, Kits & Reagents]: commas separate items,
    "&" never does (Food & Beverage, Oil & Gas); a last "and" does when it joins a single word ('Hospitals and
    Clinics') or two names of several words or with "&" ('Large Enterprises and Small & Medium Enterprises'),
    not inside a name ('Food and Beverage Packaging'); nor does a comma inside parentheses ('Others (Stick pack,
    Sachets, etc.)' is one item) or in a list of two semicolons or more ('Packaging, Labeling And Blinding;
    Manufacturing; Other'); a `pair` of items too, for a list that names two or more ('by product into API and finished
    dosage formulation (FDF)')."""
    if _semicolon_list(items):  # "Check-in, screening and loading; …; Unloading and reclaim": each item whole
        return SEMICOLON.split(items)
    pieces = LIST_SEPARATOR.split(items)
    if "(" in items and len(pieces) > 1:
        pieces = _within_parentheses(items, pieces)
    if OXFORD_AND.search(items):
        return pieces  # "Consumables, Instruments, and Software and Services": the list's "and" is the comma's
    left, sep, right = pieces[-1].rpartition(" and ")
    words = pieces[-1].split(" and ")
    if len(words) == 3 and len(words[1].split()) == 1:  # "large enterprises and small and medium-sized enterprises"
        left, right = words[0], f"{words[1]} and {words[2]}"
    if sep and left and right:
        single = re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)*", right.strip()) is not None
        several = len(left.split()) >= 2 and len(right.split()) >= 2
        # a list's "…, inhalers and on-body injectors", "API and …"
        whole = (len(pieces) > 1 or pair) and LONE_ITEM.fullmatch(left.strip()) is not None
        if single or several or whole or "&" in left or "&" in right:
            pieces[-1:] = [left, right]
    return pieces


def _next_text(lines: Sequence[Line], i: int) -> str:
    """The first line after line `i` that holds text, stripped; "" when none does."""
    return next((line.text.strip() for line in lines[i + 1 :] if line.text.strip()), "")


def _previous_text(lines: Sequence[Line], i: int) -> str:
    """The last line before line `i` that holds text, stripped; "" when none does."""
    return next((line.text.strip() for line in reversed(lines[:i]) if line.text.strip()), "")


def _semicolon_list(items: str) -> bool:
    """A list whose items are separated by semicolons, two or more, and may hold commas: 'Packaging, Labeling And
    Blinding; Manufacturing; Other Services'."""
    return items.count(";") >= 2


def _separated(items: str) -> list[str]:
    """The pieces of a list at its separators, as written (no "and" split): at its semicolons in a semicolon list,
    else at commas, semicolons and middle dots."""
    return SEMICOLON.split(items) if _semicolon_list(items) else ITEM_SPLIT.split(items)


def _balanced(name: str) -> bool:
    """Whether `name` closes every parenthesis it opens: a piece of a name cut inside them does not."""
    return name.count("(") == name.count(")")


def _within_parentheses(items: str, pieces: list[str]) -> list[str]:
    """`pieces` of `items` (split at LIST_SEPARATOR) with those that a separator inside parentheses cut joined back."""
    joined: list[str] = []
    depth = 0
    for piece, separator in zip(pieces, [m.group(0) for m in LIST_SEPARATOR.finditer(items)] + [""], strict=True):
        if depth > 0:
            joined[-1] += piece
        else:
            joined.append(piece)
        depth = max(0, depth + piece.count("(") - piece.count(")"))
        if depth > 0:
            joined[-1] += separator
    return joined


# "5.4 Data Triangulation and Validation" among a contents page's segments: a section of the method.
METHOD_SECTION = re.compile(r"\b(?:triangulation|methodology)\b", re.I)
# Header cells of a segmentation table, and a site's menu entries (under "By Industry" in its menu): not segments;
# nor a table's growth column, its total row or a unit under its header ("CAGR (%)", "… Market (Total)", "(kt LCE)").
TABLE_HEADER_CELL = re.compile(
    r"^(?:segments?|sub-?segments?|segmentation|details|category|categories|contact(?: us)?|about(?: us)?|home|"
    r"newsroom|news|login|log in|sign in|subscribe|search|menu|total|cagr(?:\s\(%\))?|.+\s\(total\)|\([^()]+\))$",
    re.I,
)
NOT_DIMENSION = re.compile(  # "Based on key geographical regions, the market is segmented into North America, …"
    r"^(?:(?:key\s)?geographical\sregions|region|regions|región|région|geography|geographies|country|countries|company|companies"
    r"|players?|key players|the|order of the board|competitive landscape)$",  # a notice's signature: "By order of …"
    re.I,
)
HEADING_END = re.compile(r"(?:is|are)\ssegmented\sinto:?|:\s*$|\(|,", re.I)
ITEM_NOISE = re.compile(
    r"^(?:and|&|or)\s|^\([a-z]\)\s|\s?\((?:USD|US\$|\$)[^)]*\)$"
    # its share: "Oil & Gas (39%)", "Lagers – 15.8%", "Utilities (c.45% of 2024 revenue)"
    r"|\s?\((?:~|c\.\s?)?\d[\d.]*\s?%[^()]*\)$|\s[–—-]\s~?\d[\d.]*\s?%.*$",
    re.I,
)
# A list's piece that gives the share of the segment before it: "vitamins, with 38.6% of 2024 revenue".
# A page's or a report's details, no segment: "ID: MRFR/…", "Report Code", "186 Pages", "Published 17 November
# 2025, 08:15 AST", "March 2025".
PAGE_DETAIL = re.compile(
    r"^(?:ID|Report\sCode|Published)\b|\b\d+\sPages\b|\b\d{1,2}:\d{2}\b"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4}$"
)
# A list's closing clause, no item: "with 41% of revenue", "with finished device assembly generating the most revenue".
# A piece of a list that is a clause about a segment, not its name: "…, with 45% …", "while identity security is the
# fastest-growing", "projected at a 29.6% CAGR through 2032".
SHARE_CLAUSE = re.compile(
    r"(?:with|at|accounting\sfor|holding)\s~?\d|with\s(?:[\w-]+\s){1,4}[a-z]+ing\b|while\s|projected\s", re.I
)
# A line that opens the companies or the coverage after a segmentation's lists: "Companies assessed".
OTHER_SECTION = re.compile(
    r"(?:(?:key|major|leading|main)\s)?(?:compan(?:y|ies)|players?|enterprises|regions?|countr(?:y|ies)|geograph\w*)\b",
    re.I,
)


# A section's "By" before its dimension's name: "5.2 By Core Material"; a section's number: "5.2 ", "6. ".
BY_WORD = re.compile(r"^by\s", re.I)
SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+")


@lru_cache(maxsize=4096)  # a few dimension names, normalized over and over
def normalize_dimension(raw: str) -> str:
    """'Product Type' -> 'type'; 'End-User/Application' -> 'application'; 'types' -> 'type'."""
    words = raw.lower().replace("-", " ").replace("_", " ").strip(" :,.")
    words = re.sub(r"^(?:their|its|the|each)\s", "", words)
    part = words.split("/")[-1].strip()
    part = re.sub(r"\b(\w+?)(?:ies)$", r"\1y", part)
    part = re.sub(r"\b(\w+[^s])s$", r"\1", part)
    tokens = part.split()
    if len(tokens) > 1 and tokens[-1] in {"type", "application"}:
        return tokens[-1]
    return " ".join(tokens)


def _listed_in_sentence(item: str) -> re.Match[str] | None:
    """The list the first sentence under a dimension's heading names its segments in, when it is a list of two
    short names or more (LISTED_IN_SENTENCE)."""
    listed = LISTED_IN_SENTENCE.search(item.split(". ", 1)[0])
    return listed if listed and _short_items(listed.group("items"), least=2) else None


def _described(lines: list, j: int) -> bool:
    """Whether the line after `j` is a description paragraph (a segment name followed by its text)."""
    nxt = next((ln.text.strip() for ln in lines[j + 1 : j + 3] if ln.text.strip()), "")
    return len(nxt) > 80


def _table_segments(lines: list, add, openings: set[int]) -> None:
    """Report-scope tables: 'Segmental Coverage' then dimension names each followed by their segments. Only the
    lines in `openings` can open one: those holding "segment" (in any case), as every SCOPE_TABLE match does."""
    k = 0
    while k < len(lines):
        if k not in openings or not (SCOPE_TABLE.match(lines[k].text.strip()) or _table_section(lines, k)):
            k += 1
            continue
        dim: str | None = None
        k += 1
        while k < len(lines):
            cell = lines[k].text.strip()
            k += 1
            if not cell:
                continue
            groups = _labelled_groups(cell) if "; " in cell else []
            if groups:  # "Insurance cover: Single Trip, Annual Multi-Trip; Coverage type: Medical Expenses, …"
                start = lines[k - 1].start + lines[k - 1].text.find(cell)
                for group in groups:
                    for piece in split_items(group.group("items")):
                        add(group.group("dim"), piece, start + cell.find(piece.strip(), group.start("items")))
                continue
            if SCOPE_TABLE_END.match(cell) or (len(cell) > 80 and not _short_items(cell)) or CLAUSE_VERB.search(cell):
                break
            if SCOPE_TABLE.match(NOTE.sub("", cell)):
                continue  # "Segmentation (continued)": the table goes on
            by_dimension = cell[:3].lower() == "by "  # "By Boundary Technology": a dimension, whatever its name
            name = cell[3:] if by_dimension else cell
            if not by_dimension and (after_market := MARKET_THEN_BY.search(cell)):
                by_dimension, name = True, cell[after_market.end() :]  # "BA/BE Studies CRO Market, By Dosage Form"
            if by_dimension and NOT_DIMENSION.match(name):
                break  # "By Region": the coverage, after the segments
            if not by_dimension and _dimensions_named(name):
                break  # "Segments Covered | Type and Application": the dimensions' names, no items under them
            words = normalize_dimension(name).split()
            if by_dimension or KNOWN_DIMENSIONS.match(name) or (len(words) <= 3 and words and words[-1] in HEAD_NOUNS):
                dim = name
            elif dim:
                start = lines[k - 1].start + lines[k - 1].text.find(cell)
                for piece in split_items(cell) if ITEM_SPLIT.search(cell) else [cell]:  # "Online, Offline"
                    add(dim, piece, start + cell.find(piece.strip()))


def _labelled_groups(cell: str) -> list[re.Match[str]]:
    """A cell's dimensions each labelled before its segments, parted by semicolons ("Insurance cover: Single Trip,
    Long-Stay; Coverage type: Medical Expenses, Others"), two or more; else []."""
    groups = list(LABELLED_GROUP.finditer(cell))
    return groups if len(groups) >= 2 else []


def _dimensions_named(cell: str) -> bool:
    """Whether a scope table's cell names its dimensions ("Type and Application"), not one dimension over its
    items; not an item ("Hospitals and Clinics")."""
    parts = cell.split(" and ")
    return len(parts) == 2 and all(_named_dimension(part) for part in parts)


def _dimension_lines(lines: list, add, openings: set[int]) -> None:
    """Under a MARKET_SEGMENTATION line, each dimension's line ("Catalyst Type", "End-use Industry", "… Service
    Outlook") over its items, one a line, to the coverage ("Region", "… Regional Outlook") or the first line that is
    neither; a line another segmentation heading would read ("By Form:") ends it too, its own reading's."""
    for k in sorted(openings):
        if not MARKET_SEGMENTATION.match(lines[k].text.strip()):
            continue
        dim: str | None = None
        for line in lines[k + 1 : k + 80]:
            cell = line.text.strip()
            if not cell:
                continue
            if cell[:1].isdigit() and (number := ITEM_NUMBER.match(cell)):
                cell = cell[number.end() :]  # "1. End-user" over "1.1 Retail" (its number `add`'s to drop)
            outlook = OUTLOOK_DIMENSION.match(cell)
            name = outlook.group("dim") if outlook else cell
            if NOT_DIMENSION.match(name) or name.lower().startswith("regional") or _heading(cell):
                break
            if KNOWN_DIMENSIONS.fullmatch(name) or name.split()[-1].lower() in {"type", "industry"}:
                dim = name
            elif dim and len(cell) <= 60 and not ENDS_AS_SENTENCE.search(cell):
                add(dim, cell, line.start + line.text.find(cell))
            else:
                break


def _table_section(lines: list, k: int) -> bool:
    """Whether line `k` is a section heading (SCOPE_SECTION) whose next line is a segment table's header cell."""
    if not SCOPE_SECTION.match(lines[k].text.strip()):
        return False
    cell = next((line.text.strip() for line in lines[k + 1 : k + 3] if line.text.strip()), "")
    return TABLE_HEADER.match(cell) is not None


def heading_dimension(line: str) -> str | None:
    """The dimension a segmentation heading names ('By Ingredient Type' -> 'Ingredient Type'), else None."""
    if not _heading_length(line):
        return None
    match = SEGMENT_HEADING.search(line)
    if not match or CAUSED_BY.search(line, 0, match.start() + 2) or COVERAGE_WORDS.search(line, 0, match.start()):
        return None  # not "Most relevant companies in the Hair Care market by brand revenue (selection …):"
    dim = match.group("dim").strip()
    # "On the basis of robot type, the market is categorized into:" over its list names one dimension
    split = line.endswith(":") and MARKET_SPLIT_INTO.match(line, match.end()) is not None
    listed = DIMENSIONS_LISTED.match(line, match.end()) and not split
    if NOT_DIMENSION.match(dim) or listed:
        return None
    standalone = match.start() == 0 and len(line.split()) <= 6
    words = normalize_dimension(dim).split()
    known = bool(KNOWN_DIMENSIONS.match(dim)) or (bool(words) and words[-1] in HEAD_NOUNS)
    market_by = bool(MARKET_BY.search(line))
    inline = INLINE_HEADING.match(line) is not None  # "By power output: Below 30 W, 30 W to 65 W, ..."
    return dim if known or line.endswith(":") or standalone or market_by or inline else None


def _up_to_closing(items: str) -> str:
    """A group's items up to the parenthesis that closes the groups' own: "Manual, Automated) - Global Industry
    Analysis, Size, Share" after a title's "(By Service Type: …; By Station Type: "."""
    close = items.find(")")
    return items[:close] if close >= 0 and "(" not in items[:close] else items


def _heading(line: str) -> tuple[str, str] | None:
    numbered = ITEM_NUMBER.match(line)  # "2) By Phase: Phase I; Phase II": the heading after its number
    if " -- " in line:
        line = line.replace(" -- ", ": ", 1)  # "Filling -- Meat; Seafood; Vegetable": a text's label and its dash
    elif " — " in line and BY_DASH.match(line):
        line = line.replace(" — ", ": ", 1)  # "By Service Type — Level 1 Support · Level 2 Support · …"
    return _unnumbered_heading(line[numbered.end() :] if numbered else line)


def _unnumbered_heading(line: str) -> tuple[str, str] | None:
    """(dimension, what follows it) of a segmentation heading: "By Product Type:", "Market By Application, 2020-2030"
    (heading_dimension); or a dimension's label ("Product Type Outlook (Revenue, USD Million; 2019-2032)", "Product
    type:" alone, "Lease Type: Full-service Lease, Net Lease" with two short segments or more)."""
    low = line.lower()  # SEGMENT_HEADING needs one of its openings, DIMENSION_LABEL a colon or its kind's word
    match = SEGMENT_HEADING.search(line) if any(o in low for o in HEADING_OPENINGS) and _heading_length(line) else None
    dim = heading_dimension(line) if match else None
    if match and dim:
        return dim, line[match.end() :]
    if len(line) > LABEL_LENGTH or not (":" in line or "outlook" in low or "insights" in low):
        return None
    label = DIMENSION_LABEL.match(line)
    if label is None or not (label.group("kind") or ":" in line):
        return None
    dim = label.group("dim")
    if label.group("kind") == "Covered":  # "Base Oils Covered:", "Services Covered:" over their items
        return None if NOT_COVERED.match(dim) else (dim, label.group("items") or "")
    if NOT_LABEL_DIMENSION.match(dim) or not _named_dimension(dim) or len(dim.split()) > LABEL_WORDS:
        return None  # not "Numbers people mix up with market size (…):", a sentence's words
    items = label.group("items") or ""
    if PRICED.search(items):
        return None  # "Single User: USD 4,250 | Corporate: USD 7,050": a report's prices
    if items and not (len(ITEM_SPLIT.split(items)) >= 2 and _short_items(items, least=2)):
        return None
    return label.group("dim"), items


def _heading_length(line: str) -> bool:
    """Whether `line` is short enough to be a segmentation heading: HEADING_LENGTH characters, or any length when it
    opens with its dimension and a colon, the segments after it ("By Robot Type: A, B, ...")."""
    return len(line) <= HEADING_LENGTH or INLINE_HEADING.match(line) is not None


def _plural_groups(text: str) -> Iterator[re.Match[str]]:
    """PLURAL_GROUP's matches: from a count word, or from the capital that opens a word before "s covered are"."""
    low = folded(text)
    starts = literal_positions(low, PLURAL_OPENINGS[:9])
    for at in literal_positions(low, PLURAL_OPENINGS[9:]):  # the capitals of the words before "s covered are"
        starts += [j for j in range(max(0, at - 40), at) if text[j].isupper() and not text[j - 1 : j].isalpha()]
    yield from finditer_at(PLURAL_GROUP, text, sorted(set(starts)))


def _named_dimension(dim: str) -> bool:
    """'Resin Type', 'End-Use Industry': a dimension by its name, not any phrase before a colon."""
    words = normalize_dimension(dim).split()
    return bool(KNOWN_DIMENSIONS.match(dim)) or (bool(words) and words[-1] in HEAD_NOUNS)


# How far before a list of dimensions the word "segment" tells that it is the market's segmentation.
OUTLINE_REACH = 400
OUTLINE_GAP = 200
# A table's head that names no dimension of the market: a report's licences and prices ("License Type | Price").
# ("Phase | Weeks | Activities | Output": a project's plan)
NOT_TABLE_DIMENSION = re.compile(
    r"\b(?:licen[cs]es?|prices?|pricing|editions?|formats?|delivery|report|phases?)\b", re.I
)
# A cell that is a dimension's label, in a table of dimensions: "By pump type:", "Product type:".
HEADING_CELL = re.compile(r"^(?:by\s.*|.*:)$", re.I)


def _from_outlines(text: str, outlines: list[Outline], add: Callable[[str, str, int], None]) -> None:
    """Dimensions in a list, each over the list of its segments, after the words "segment…": "The market is
    segmented across the following parameters:" then "Type of Peptide" over "Innovative Peptides", "Generic
    Peptides"; not a list of regions or companies."""
    cursor = 0
    run_end = -1  # where the last list of segments taken ends: the dimensions after it are its siblings
    for outline in outlines:
        at = cell_line(text, outline.label, cursor)
        if at < 0:
            continue
        cursor = at + len(outline.label)
        sibling = run_end >= 0 and at - run_end <= OUTLINE_GAP and not COVERAGE_WORDS.search(text, run_end, at)
        label = outline.label.strip().rstrip(":")
        label = label[3:] if label[:3].lower() == "by " else label
        if NOT_A_SEGMENT_DIMENSION.search(label) or NOT_DIMENSION.match(label) or len(label.split()) > 5:
            continue
        before = text[max(0, at - OUTLINE_REACH) : at].lower()
        if not sibling and ((k := before.rfind("segment")) < 0 or COVERAGE_WORDS.search(before, k)):
            continue  # no "segment" before the list, or the coverage or the companies named after it
        for item in outline.items:
            found = cell_line(text, item, cursor)
            if found >= 0:
                cursor = run_end = found + len(item)
                add(label, item, found)


def _dimension_tables(tables: list[Table]) -> list[Table]:
    """The tables whose first header cell names a dimension ('Product form', 'Regulatory category') over two
    segments or more in its column; not a table of dimensions ('Segment | Sub-segment') or of regions."""
    return [
        table
        for table in tables
        if len(table.rows) >= 3
        and len(table.rows[0]) >= 2
        and _named_dimension(dim := table.rows[0][0].strip())
        and not TABLE_HEADER_CELL.match(dim)
        and not NOT_LABEL_DIMENSION.match(dim)
        and not NOT_A_SEGMENT_DIMENSION.search(dim)
        and not NOT_TABLE_DIMENSION.search(dim)
        and not any(HEADING_CELL.match(row[0]) for row in table.rows if row)
        and not all(_named_dimension(row[0].strip()) for row in table.rows[1:] if row)  # "Product | A; B; C" rows
    ]


# A table in long form, a row a segment: "id | dimension | segment | share 2025 pct" over "P01 | product_type |
# Bakery & confectionery | 22.4"; rows of regions or of the whole market ("total | Global") are no segment.
LONG_DIMENSION = re.compile(r"^dimension$", re.I)
LONG_SEGMENT = re.compile(r"^segment$", re.I)
NOT_LONG_DIMENSION = re.compile(r"^total$", re.I)


def _long_rows(tables: list[Table]) -> list[tuple[Table, int, int]]:
    """The tables in long form, with their dimension's column and their segments'."""
    out = []
    for table in tables:
        header = [cell.strip() for cell in table.rows[0]]
        dimension = next((j for j, cell in enumerate(header) if LONG_DIMENSION.match(cell)), None)
        segment = next((j for j, cell in enumerate(header) if LONG_SEGMENT.match(cell)), None)
        if dimension is not None and segment is not None:
            out.append((table, dimension, segment))
    return out


def _bold_lead(item: str, bold: Openings) -> str | None:
    """'Waterborne Coatings Waterborne coatings are ...' where 'Waterborne Coatings' was bold: the item's name."""
    for phrase in bold.at(item, 0):
        if len(item) > len(phrase) + 20 and item[len(phrase)] in " :–-":
            return phrase
    return None


# A fact sheet naming the largest segment of a dimension with its share: "Leading Deployment Model: Cloud-Based
# (62.0% Share)", "Dominant Application: Water Treatment (41% share)".
LEADING_SEGMENT = re.compile(
    r"\b(?:Leading|Dominant|Largest)\s(?P<dim>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s?:\s"
    r"(?P<name>[^()•\n:]{2,60}?)\s?\(\s?~?\d[\d.]*\s?%"
)
LEADING_OPENINGS = ("Leading", "Dominant", "Largest")  # where LEADING_SEGMENT can start
# What such a fact sheet also names that is not a segmentation.
NOT_A_SEGMENT_DIMENSION = re.compile(r"\b(?:Regions?|Country|Countries|Compan(?:y|ies)|Players?|Markets?)\b", re.I)


def _short_items(line: str, least: int = 3) -> bool:
    """'Automotive, Construction, Retail, Telecommunications, Consumer Electronics, Pharmaceuticals': a long
    line that is only a list of short names (`least` of them or more, a note in parentheses not counted: "Short
    Range (up to 25 km)"), not a sentence."""
    pieces = [p.strip() for p in split_items(line)]
    return len(pieces) >= least and all(
        0 < len(NOTE.sub("", p).split()) <= 5 and not ENDS_AS_CLAUSE.search(p) for p in pieces
    )


def inline_group_starts(text: str) -> list[int]:
    """Every offset where INLINE_GROUP can match (a superset): the capitals that start a word within the three words
    before a "(" that follows whitespace. The words are read backwards, in the reversed text."""
    starts: list[int] = []
    reversed_text = ""
    for bracket in literal_positions(text, ("(",)):
        if bracket < 2 or not text[bracket - 1].isspace():
            continue
        reversed_text = reversed_text or text[::-1]
        words = WORDS_BEFORE_GROUP.match(reversed_text, len(text) - bracket + 1)  # from text[bracket - 2] back
        if words is not None:
            starts += [m.start() for m in CAPITAL_WORD_START.finditer(text, len(text) - words.end(), bracket - 1)]
    return starts


def extract_segments(
    text: str,
    bold: list[str] | tuple[str, ...] = (),
    tables: list[Table] | None = None,
    outlines: list[Outline] | None = None,
) -> list[SegmentMention]:
    """Segments under segmentation headings, in scope tables, in tables headed by a dimension, in lists of
    dimensions each over a list of its segments (`outlines`) and in 'segmented into' sentences; `bold` holds the
    document's bold phrases, which name the items of described lists."""
    out: list[SegmentMention] = []
    leads = Openings(sorted({b.strip() for b in bold if 0 < len(b.split()) <= 6}, key=len, reverse=True))
    seen: set[tuple[str, str]] = set()
    headed = _dimension_tables(tables or [])
    not_segments = {
        piece for table in headed for row in table.rows for cell in row[1:] for piece in cell_pieces(cell, ITEM_SPLIT)
    }
    not_segments |= {table.rows[0][0] for table in headed}
    long = _long_rows(tables or [])
    for table, _, segment in long:  # a long table's codes and figures; its names only whole
        not_segments |= {piece for row in table.rows for cell in row for piece in cell_pieces(cell, ITEM_SPLIT)}
        not_segments -= {row[segment] for row in table.rows[1:] if segment < len(row)}

    def add(dim_raw: str, name: str, start: int) -> None:
        if TABLE_HEADER_CELL.match(name.strip()) or name.strip() in not_segments:
            return
        name = ITEM_NOISE.sub("", CONTENTS_PAGE.sub("", name.strip()).strip(" .;,:*•-–|")).strip()
        if name[:1].isdigit() and (number := TOC_NUMBER.match(name)):  # "2.1 Telecom Operators" under "2. End-user"
            name, start = name[number.end() :], start + number.end()
        if (
            not name
            or (name[-1:].isdigit() and TRAILING_FIGURE.search(name))  # a row run into its cell: "Pelagic 402.8"
            or " = " in name  # a table's note: "r = revised"
            or SHARE_CLAUSE.match(name)
            or PAGE_DETAIL.search(name)
            or len(name) > 80
            or len(name.split()) > 9
            or not HAS_LETTER.search(name)
            or not _balanced(name)
            or METHOD_SECTION.search(name)
        ):
            return
        name = name.split(" such as ", 1)[0]  # "recombinant proteins such as insulin analogues": its examples aside
        section = SECTION_NUMBER.match(dim_raw.strip()) if dim_raw[:1].isdigit() else None
        named = BY_WORD.sub("", dim_raw.strip()[section.end() :]) if section else dim_raw  # "5.2 By Core Material"
        if section and NOT_DIMENSION.match(named):
            return  # a contents page's "5.5 Geography" over "5.5.1 Asia-Pacific": the coverage
        dimension = normalize_dimension(named)
        key = (dimension, name.lower())
        if key in seen:
            return
        seen.add(key)
        out.append(
            SegmentMention(
                start,
                start + len(name),
                evidence(text, start, start + len(name)),
                dimension=dimension,
                dimension_as_written=dim_raw.strip(),
                segment_name=name,
            )
        )

    def add_listed(dim: str, items: str, offset: int, skip: re.Pattern[str] | None = None, pair: bool = False) -> None:
        """Each item of the list `items` (at `offset` in the text) as a segment of `dim`; none that `skip` matches;
        a `pair` of items too (split_items)."""
        for piece in split_items(items, pair):
            if piece.strip() and not (skip and skip.match(piece.strip())):
                add(dim, piece, offset + items.find(piece.strip()))

    cursor = 0
    for table in headed:  # "Product form | Examples" over "Beverages | Fermented milk drinks, …": the first column
        for row in table.rows[1:]:
            at = cell_line(text, row[0], cursor) if row and row[0] else -1
            if at >= 0:
                cursor = at + len(row[0])
                add(table.rows[0][0], row[0], at)
    for table, dimension, segment in long:
        cursor = 0
        for row in table.rows[1:]:
            if max(dimension, segment) >= len(row) or not row[segment]:
                continue
            at = cell_line(text, row[segment], cursor)
            dim = row[dimension].replace("_", " ")
            if at >= 0 and not NOT_A_SEGMENT_DIMENSION.search(dim) and not NOT_LONG_DIMENSION.match(dim):
                cursor = at + len(row[segment])
                add(dim, row[segment], at)
    _from_outlines(text, outlines or [], add)
    # the header cells of tables of three columns or more ("Growth mechanism | Share, 2024 | CAGR 2025–2032"); not a
    # label's and its value's ("By Technology: | Reverse Osmosis (RO) | Multi-Stage Flash (MSF)")
    header_cells = {cell for table in tables or [] if len(table.rows[0]) >= 3 for cell in table.rows[0] if cell}
    lines = lines_of(text)
    openings = lines_holding(text, HEADING_OPENINGS + LABEL_OPENINGS)  # no other line can be a segmentation heading
    i = 0
    while i < len(lines):
        if i not in openings:
            i += 1
            continue
        line = lines[i].text.strip()
        dotted = " · " in line and DOTTED_GROUP.search(line) is not None  # its groups parted by middle dots
        heading = _heading(line) or (_heading(DOTTED_GROUP.split(line, maxsplit=1)[0]) if dotted else None)
        # "Segment by Type: A, B. Segment by Application: C, D. By Region: …": a run-on page's groups in sentences
        sentenced = heading is None and ". " in line and SENTENCE_GROUP.search(line) is not None
        heading = _heading(SENTENCE_GROUP.split(line, maxsplit=1)[0]) if sentenced else heading
        if heading is None:
            i += 1
            continue
        dim, after = heading
        if BYLINE.match(line) and not _named_dimension(dim):
            i += 1  # "By Meg Flippin, Benzinga": an article's author and outlet
            continue
        if AUTHOR.match(line) and CITY_DATELINE.match(_next_text(lines, i)):
            i += 1
            continue
        if ANALYSIS_BY.match(line) and ANALYSIS_BY.match(_previous_text(lines, i)):
            i += 1  # "Market Analysis by Type" over "Market Analysis by Application": a contents page's entries
            continue
        if line.startswith("By ") and PUBLISHED_LINE.match(_next_text(lines, i)):
            i += 1  # "By WiseGuy Reports" over "Published April 2, 2025": a byline
            continue
        rest = after.lstrip(" :–-")
        named = _named_dimension(dim) or line[:3].lower() == "by "  # "Resin Type", "By Radioisotope"
        grouped = GROUPED_AFTER.fullmatch(after.strip())  # "By Material (Silicone Hydrogel, Hydrogel, Hybrid)"
        if grouped and named:
            after = rest = grouped.group(1)
        # "By Product Type: A, B; By SPF Range: C, D; …", "Product type: A, B · Application: C, D · End user: E"
        parted = NEXT_LABELLED_GROUP if ";" in rest and NEXT_LABELLED_GROUP.search(rest) else None
        parted = parted or (DOTTED_GROUP if dotted else None) or (SENTENCE_GROUP if sentenced else None)
        if parted:
            for group in parted.split(line):
                if labelled_group := _heading(group.strip()):
                    for piece in _separated(_up_to_closing(labelled_group[1].lstrip(" :–-"))):
                        if TWO_LETTERS.search(piece):
                            add(labelled_group[0], piece, lines[i].start + lines[i].text.find(piece.strip()))
            i += 1
            continue
        inline = [p for p in _separated(rest) if TWO_LETTERS.search(p) and not UNIT_NOTE.match(p.strip())]
        if inline and (others := AND_OTHERS.search(inline[-1])):  # "…, Tungsten Heavy Alloys and Others"
            inline[-1:] = [inline[-1][: others.start()], inline[-1][others.end() :]]
        first = NEXT_SENTENCE.split(rest, maxsplit=1)[0]  # "yeast, fungi, bacteria, and algae. Yeast hosts …"
        long_piece = any(len(NOTE.sub("", p).split()) > SENTENCE_WORDS for p in _separated(first))
        if ENDS_AS_CLAUSE.search(first) and long_piece:
            i += 1  # "By Component: Hardware held the largest share, …, because steel structures, lifts and
            continue  # shuttles make up most of a project's cost.": a sentence about the dimension, no list
        if "@" in rest:
            i += 1  # "Sterling Facility Services: Priya Menon, corporate.communications@…": a contact's line
            continue
        if len(inline) >= 2 and any(TAKEAWAY_VERB.search(piece) for piece in _separated(first)):
            i += 1  # "By End-Use Industry: Mining held the largest share; Logistics & Warehousing is expanding …"
            continue
        if len(inline) >= 2 and not HEADING_END.match(after.strip()):
            for piece in inline:
                add(dim, piece, lines[i].start + lines[i].text.find(piece.strip()))
            i += 1
            continue
        if len(inline) == 1 and HIGHLIGHT.match(line):
            i += 1  # "• Leading segment by type: Ground Ball Screws": a highlight's one value, no list under it
            continue
        j, items, labelled_mode, numbered = i + 1, 0, False, False
        chapter = CHAPTER.match(line) is not None  # "5 Market of Adhesive Labels by Application" on a contents page
        while j < len(lines) and j - i < 60:
            item = lines[j].text.strip()
            if not item:
                j += 1
                continue
            if items == 0 and PRICED.match(item):
                break  # "Single User:" over "US$ 2,900": a report's price, no segment
            if numbered and item[:1].isdigit() and not TOC_NUMBER.match(item):
                break  # "6. APPENDIX" after "5.1 Mammalian", "5.2 Microbial": a contents page's next chapter
            if chapter and CHAPTER.match(item):
                break  # "6 Regional Analysis" after "5 Market of Adhesive Labels by Application": the next chapter
            if item.startswith("Chapter ") and NAMED_CHAPTER.match(item):
                break  # "Chapter 5 Regional Analysis" under "Chapter 4 … by Application": a contents page's next one
            if items and not lines[j - 1].text.strip() and len(item.split()) <= 6 and CLAUSE_VERB.search(item):
                break  # after a blank line, a clause: the next slide's or paragraph's title, no item
            if items and "(" in item and SCOPE_TABLE.match(NOTE.sub("", item)):
                break  # "Segmentation (continued)": the next slide's segmentation
            if items and "/" in item and SLIDE_COUNTER.match(item):
                break  # "5/8": a carousel's next slide
            if item.startswith("… by "):
                break  # "… by Trial Phase, 2019–2033 (USD Million)": a contents page's next section
            if BY_REGION.search(item) or (len(item.split()) <= 4 and OTHER_SECTION.match(item)):
                break  # "Segmentation 4: by Region", "Companies assessed": the coverage or players, after the segments
            labelled = LABELLED_ITEM.match(item) if ":" in item else None  # a label ends with a colon
            if labelled is None and (" – " in item or " — " in item):
                labelled = DASHED_ITEM.match(item)  # "Contact Center and BPO (63%) – customer care, …"
            if labelled and (NOT_DIMENSION.match(labelled.group(1)) or labelled.group(1) == "Source"):
                break  # "Regions: North America, Europe, ...": the coverage, after the segments; "Source: …" under them
            lead = _bold_lead(item, leads) if leads.width and len(item) > 80 and _named_dimension(dim) else None
            if items == 0 and not lead and item.endswith(":") and len(item) > 60 and not heading_dimension(item):
                j += 1  # "The primary segmentation includes:" introduces the list
                continue
            if item in header_cells:
                if items:
                    break  # another table after the list: no segment of its dimension
                j += 1  # a table right under the heading: its header names no segment
                continue
            if lead and (labelled_mode or items == 0):
                label, labelled_mode = lead, True
            elif labelled and (labelled_mode or items == 0):
                label, labelled_mode = labelled.group(1), True
            elif item.endswith(":") and len(item.split()) <= 6 and not heading_dimension(item) and _described(lines, j):
                label, labelled_mode = item.rstrip(":"), True
            elif labelled_mode and len(item) > 80:
                j += 1
                continue
            elif items == 0 and named and (listed := _listed_in_sentence(item)):
                add_listed(dim, listed.group("items"), lines[j].start + listed.start("items"))
                i = j
                break
            elif items == 0 and "; " in item and (listed := SEMICOLON_LIST.match(item)):
                label = listed.group("items")  # "Phase I; Phase II; Phase III. Phase III trials account for …"
            elif (
                labelled_mode
                or (len(item) > 80 and not _short_items(item))
                or item.endswith(":")
                or _heading(item)
                or ANY_HEADING.match(item)
                or PLACES_OUTLOOK.match(item)
                or MARKET.search(item)
                or (ENDS_AS_SENTENCE.search(item) and len(item.split()) > 5)
            ):
                break
            else:
                label = item
            if ANY_HEADING.match(label):
                break
            if label[:1].isdigit() and TOC_NUMBER.match(label):  # a contents page's "6.2 iOS-compatible"
                label, numbered = TOC_NUMBER.sub("", label), True
                if label.lower() in TOC_SECTIONS:
                    j += 1  # "6.1 Overview": a section of the chapter, no segment
                    continue
            pieces = [p for p in split_items(label) if p.strip()] if ITEM_SPLIT.search(label) else [label]
            for piece in pieces:
                add(dim, piece, lines[j].start + lines[j].text.find(piece.strip()))
            items += 1
            j += 1
        i = j if items else i + 1
    segment_lines = lines_holding(text, SCOPE_TABLE_WORDS)
    _table_segments(lines, add, segment_lines)
    _dimension_lines(lines, add, segment_lines)
    for match in finditer_opening(SEGMENTED_SENTENCE, text, HEADING_OPENINGS, any_case=True):
        if NOT_DIMENSION.match(match.group("dim").strip()):
            continue  # "Based on region, the market has been classified into North America, …": the coverage
        add_listed(match.group("dim"), match.group("items"), match.start("items"), pair=True)  # "into A and B"
    for match in FURTHER_STUDIED.finditer(text) if " further studied across " in text else ():
        parent = next((s.dimension_as_written for s in out if s.segment_name == match.group("parent")), None)
        if parent:  # "The Mammalian Cell Expression is further studied across CHO Cells and HEK 293 Cells."
            add_listed(parent, match.group("items"), match.start("items"), pair=True)
    for at in literal_positions(text, SPLIT_INTO):  # "Sales channels are split into Offline Sales and Online Sales."
        match = SUBJECT_SPLIT.match(text, sentence_bounds(text, at, at)[0])
        if match and _named_dimension(match.group("dim")):
            add_listed(match.group("dim"), match.group("items"), match.start("items"), pair=True)
    for match in finditer_opening(SPLIT_BY_COLON, text, ("split", "segment", "divide", "break"), any_case=True):
        add_listed(match.group("dim"), match.group("items"), match.start("items"))
    for match in _plural_groups(text):
        dim = match.group("dim") or match.group("dim2")
        if _named_dimension(dim) and len(split_items(match.group("items"))) >= 2:
            add_listed(dim, match.group("items"), match.start("items"))
    for match in finditer_opening(OF_MARKET_COLON, text, ("product types of", "applications"), any_case=True):
        add_listed(match.group("dim"), match.group("items"), match.start("items"))
    for match in finditer_opening(COLON_GROUP, text, ("By ",), any_case=False):
        if not NOT_DIMENSION.match(match.group("dim")) and len(split_items(match.group("items"))) >= 2:
            add_listed(match.group("dim"), match.group("items"), match.start("items"))
    for match in finditer_opening(DASHED_GROUP, text, ("by",), any_case=True):
        if not NOT_DIMENSION.match(match.group("dim")) and len(split_items(match.group("items"))) >= 2:
            add_listed(match.group("dim"), SUCH_AS.sub(", ", match.group("items")), match.start("items"))
    for match in finditer_opening(BY_INTO, text, BY_INTO_OPENINGS, any_case=False):
        group: re.Match[str] | None = match
        while group is not None:
            if not NOT_DIMENSION.match(group.group("dim")):  # not "segmented by geography into North America, …"
                add_listed(group.group("dim"), group.group("items"), group.start("items"), pair=True)
            group = NEXT_BY_INTO.match(text, group.end())  # ", and by crop type into …"
    ranked = finditer_opening(RANKED, text, HEADING_OPENINGS, any_case=True) if "followed by" in text else ()
    for match in ranked:
        if NOT_DIMENSION.match(match.group("dim").strip()):
            continue
        add(match.group("dim"), match.group("first"), match.start("first"))
        add_listed(match.group("dim"), match.group("rest"), match.start("rest"))
    for match in finditer_opening(PARAGRAPH_DIMENSION, text, PARAGRAPH_OPENINGS, any_case=False):
        if not NOT_DIMENSION.match(match.group("dim")):
            for named in NAMED_SEGMENT.finditer(text, match.end(), _line_end(text, match.end())):
                add(match.group("dim"), named.group("name"), named.start("name"))
    for match in finditer_opening(LEADING_SEGMENT, text, LEADING_OPENINGS, any_case=False):
        if not NOT_A_SEGMENT_DIMENSION.search(match.group("dim")):
            add(match.group("dim"), match.group("name"), match.start("name"))
    for match in finditer_opening(BY_GROUP, text, ("by", "By"), any_case=False):
        group: re.Match[str] | None = match
        stated = SEGMENTS_THE_MARKET.search(text, max(0, match.start() - 80), match.start()) is not None
        # a group after another, with its own "by": "By product type (…), by mushroom (lion's mane, chaga, …)"
        series = AFTER_GROUP.search(text, max(0, match.start() - 6), match.start()) is not None
        chained = False  # a group after one read: "… Market by Type (…), Lubrication (Dry, Oil-lubricated), …"
        while (
            group is not None
            and not NOT_DIMENSION.match(group.group("dim"))  # "… and Geography (North America, …)": the coverage
            and (
                (stated and "into" not in group.group("dim").split())
                or _named_dimension(group.group("dim"))
                or (series and SERIES_BY.match(group.group(0)) is not None)
                or chained
            )
        ):  # not "by type into ready-to-drink (RTD)": a list "into" its segments, its own pattern's
            add_listed(group.group("dim"), group.group("items"), group.start("items"), skip=UNIT_NOTE, pair=True)
            group, series, chained = NEXT_GROUP.match(text, group.end()), True, True  # ", wound type (…) and …"
    for match in finditer_opening(BY_DASHED, text, ("by",), any_case=False) if " — " in text else ():
        if SEGMENTS_THE_MARKET.search(text, max(0, match.start() - 80), match.start()):
            add_listed(match.group("dim"), match.group("items"), match.start("items"))
    for match in finditer_at(INLINE_GROUP, text, inline_group_starts(text)):
        dim = BY_WORD.split(match.group("dim"))[-1]  # "Segmented by Form (...)", "Report By Material (...)": after "by"
        if not KNOWN_DIMENSIONS.match(dim) or len(split_items(match.group("items"))) < 2:
            continue  # "Source (edition)" heading a table's column: a note, no list
        # not "by Distribution Channel (Revenue, USD Million, 2018 - 2030)"
        add_listed(dim, match.group("items"), match.start("items"), skip=UNIT_NOTE)
    for dim, name, start in figure_segments(text):  # a report's table of the market's parts under its caption
        add(dim, name, start)
    if any(WIRE_CHANNEL.search(s.segment_name) for s in out if s.dimension_as_written == "Distribution channels"):
        out = [s for s in out if s.dimension_as_written != "Distribution channels"]  # a wire's feeds
    return out


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
