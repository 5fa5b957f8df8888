"""Generate a synthetic corpus of market-research press releases with gold labels.

Every document is an invented press release about an invented market, written as HTML,
Markdown or plain text (about a third each), 3-15 KB long, and comes with a JSON label in the
gold format of ``shared/corpus/README.md`` (rules in ``shared/corpus/LABELING.md``). The label
is recorded while the text is written, so it holds exactly what the text states.

Usage::

    python benchmarks/generate_corpus.py --n 1000 --out /tmp/corpus [--seed 42] [--jobs 2]

writes ``/tmp/corpus/docs/doc_s42_000000.html`` (or ``.md`` / ``.txt``) and
``/tmp/corpus/gold/doc_s42_000000.json`` for every document. The output depends only on
``--seed`` and the document index, never on ``--jobs``; file names carry the seed, so corpora
made with different seeds can be loaded side by side.

Labelling conventions on top of LABELING.md:

* Main-market sizes and growth rates are every statement about the whole (global) market,
  each distinct ``(value, scale, currency, year)`` once; ``value`` is the number as written
  (``"3,210.5"`` -> 3210.5), crore is converted to million (value x 10, currency INR).
* Growth rate years are those written with the rate ("from 2024 to 2031", "through 2031",
  "during the forecast period" -> the stated forecast period); a rate written without years
  gets ``null`` years. All statements of the main rate in a document carry the same years.
* ``other_markets`` holds every other market the text gives a money size or growth rate for:
  related reports (named as in the link text, without "Market"), segments (the segment name as
  written, e.g. "Hospitals & Clinics") and regions or countries (``"<region as written> <main
  market>"``, e.g. "Asia-Pacific Smart Valves", the text says "the Asia-Pacific Smart Valves
  market").
* Not labelled anywhere: company revenues and growth, report prices, discounts, incremental
  dollar opportunities, unit volumes, market shares.

Standard library only.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from multiprocessing import Pool
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

QUALIFIERS = [
    "Smart",
    "Industrial",
    "Automotive",
    "Medical",
    "Portable",
    "Bio-based",
    "Wireless",
    "Cloud-based",
    "AI-powered",
    "Marine",
    "Agricultural",
    "Residential",
    "Commercial",
    "Aerospace",
    "Automated",
    "High-purity",
    "Flexible",
    "Connected",
    "Low-voltage",
    "High-performance",
    "Disposable",
    "Rugged",
    "Compact",
    "Veterinary",
    "Dental",
    "Laboratory",
    "Offshore",
    "Railway",
    "Warehouse",
    "Retail",
    "Construction",
    "Mining",
    "Pharmaceutical",
    "Food-grade",
    "Next-generation",
    "Renewable",
    "Precision",
    "Specialty",
    "Micro",
    "Modular",
    "Autonomous",
    "Digital",
    "Sustainable",
    "Hybrid",
    "Electric",
]
CORES = [
    "Enzyme",
    "Lithium",
    "Thermal",
    "Optical",
    "Hydrogen",
    "Ceramic",
    "Polymer",
    "Graphene",
    "Ultrasonic",
    "Cryogenic",
    "Robotic",
    "Photonic",
    "Acoustic",
    "Magnetic",
    "Silicone",
    "Infrared",
    "Biometric",
    "Hydraulic",
    "Pneumatic",
    "Nanofiber",
    "Carbon Fiber",
    "Solid-state",
    "Fluid",
    "Vacuum",
    "Laser",
    "Radar",
    "LiDAR",
    "RFID",
    "Antimicrobial",
    "Collagen",
    "Peptide",
    "Protein",
    "Vaccine",
    "Genomic",
    "Dialysis",
    "Insulin",
    "Orthopedic",
    "Surgical",
    "Diagnostic",
    "Wound Care",
    "Packaging",
    "Cold Chain",
    "Water Treatment",
    "Air Quality",
    "Battery",
    "Fuel Cell",
    "Solar",
    "Wind Turbine",
    "Geothermal",
    "Power Grid",
    "Edge Computing",
    "Cybersecurity",
    "Data Center",
    "Blockchain",
    "Payment",
    "Video Analytics",
    "Speech Recognition",
    "Fleet",
    "Asset Tracking",
    "Inventory",
    "Supply Chain",
    "Workforce",
    "E-learning",
    "Loyalty",
    "Pet Care",
    "Skincare",
    "Haircare",
    "Fragrance",
    "Coffee",
    "Plant-based Protein",
    "Seed",
    "Fertilizer",
    "Irrigation",
    "Aquaculture",
    "Textile",
    "Footwear",
    "Furniture",
    "Glass",
    "Steel",
    "Aluminum",
    "Copper",
    "Titanium",
    "Rare Earth",
    "Adhesive",
    "Lubricant",
    "Pigment",
    "Resin",
]
PRODUCTS = [
    "Sensors",
    "Coatings",
    "Adhesives",
    "Inverters",
    "Valves",
    "Membranes",
    "Software",
    "Analytics Platforms",
    "Testing Services",
    "Packaging",
    "Drones",
    "Batteries",
    "Catalysts",
    "Pumps",
    "Imaging Systems",
    "Controllers",
    "Actuators",
    "Modules",
    "Filters",
    "Monitoring Systems",
    "Devices",
    "Equipment",
    "Instruments",
    "Kits",
    "Reagents",
    "Consumables",
    "Materials",
    "Films",
    "Fibers",
    "Composites",
    "Additives",
    "Chips",
    "Displays",
    "Cables",
    "Connectors",
    "Robots",
    "Platforms",
    "Services",
    "Solutions",
    "Management Software",
    "Inspection Systems",
    "Storage Systems",
    "Dispensers",
    "Tracking Systems",
    "Printers",
    "Scanners",
    "Analyzers",
    "Chargers",
    "Motors",
    "Gearboxes",
    "Enclosures",
    "Tapes",
    "Foams",
    "Gels",
    "Powders",
    "Implants",
    "Wearables",
    "Simulators",
    "Test Benches",
    "Lighting",
]
TAILS = ["and Accessories", "Maintenance", "Retrofit", "Testing", "Recycling", "Rental"]

PUBLISHER_NAMES = [
    "Northbridge Market Insights",
    "Veridian Research Partners",
    "Claremont Analytics Group",
    "Bluepeak Intelligence",
    "Harborline Consulting",
    "Quantaris Research",
    "Meridale Scope Research",
    "Sterlane Foresight",
    "Lumenfield Market Analytics",
    "Crestwater Industry Reports",
    "Orbis Metrica",
    "Pinnacrest Data Research",
    "Halcyon Bay Market Research",
    "Tidewell Insights",
    "Arcadine Business Intelligence",
    "Kestrel Market Advisory",
    "Summitline Research",
    "Evergrove Forecasts",
    "Granite Peak Analytics",
    "Silverleaf Market Research",
]
PUBLISHERS = [(name, re.sub(r"[^a-z]", "", name.lower()) + ".com") for name in PUBLISHER_NAMES]

COMPANY_STEMS = [
    "Veltrix",
    "Norvane",
    "Kestara",
    "Aurion",
    "Bramwell",
    "Castellan",
    "Dornfeld",
    "Elmstead",
    "Fenwick",
    "Galvora",
    "Halden",
    "Istrana",
    "Jorvik",
    "Kalden",
    "Lumora",
    "Maxtrel",
    "Nexora",
    "Ostrava",
    "Pellworth",
    "Quillon",
    "Rendell",
    "Sarvik",
    "Torvane",
    "Ulmara",
    "Vantrel",
    "Wexley",
    "Xylora",
    "Yorvane",
    "Zentrix",
    "Altavia",
    "Brightmoor",
    "Corvane",
    "Deltrex",
    "Everon",
    "Greyhaven",
    "Hollis",
    "Ironvale",
    "Kinsley",
    "Larkspur",
    "Meridane",
    "Northwind",
    "Oakridge",
    "Prestwick",
    "Ravenna",
    "Solvent",
    "Tarrow",
    "Unitas",
    "Valmont",
    "Westerly",
    "Ardent",
    "Bexley",
    "Calloway",
    "Dunmore",
    "Emberly",
    "Falkner",
    "Glenholm",
    "Harlow",
    "Ivers",
    "Jasper",
    "Keswick",
    "Linford",
    "Marlow",
    "Nolan",
    "Orwell",
    "Pemberton",
    "Quarry",
    "Redfern",
    "Stanmore",
    "Thornbury",
    "Upland",
    "Verity",
    "Winslow",
    "Axton",
]
COMPANY_NOUNS = [
    "Instruments",
    "Technologies",
    "Systems",
    "Industries",
    "Materials",
    "Solutions",
    "Dynamics",
    "Labs",
    "Engineering",
    "Holdings",
    "Electronics",
    "Biosciences",
    "Chemicals",
    "Robotics",
    "Devices",
    "Analytics",
    "Medical",
    "Energy",
    "Automation",
    "Scientific",
]
JP_STEMS = ["Kamado", "Hoshida", "Tsuruga", "Mizuka", "Sakanoue", "Oyama", "Kurosaki", "Fujinami"]
JP_NOUNS = ["Seiki", "Kogyo", "Denki", "Kasei", "Precision", "Electric"]
ASIA_STEMS = ["Hanseo", "Daeyang", "Shenlan", "Huaxin", "Zhongke", "Jinlong", "Taeil", "Wanrun"]
DE_STEMS = ["Brenner", "Hollenbeck", "Kastner", "Wendler", "Dietzel", "Rauscher", "Lindqvist"]
DE_NOUNS = ["Messtechnik", "Maschinenbau", "Technik", "Werke", "Systemtechnik"]
LATIN_STEMS = ["Ribera", "Montclar", "Valtorre", "Bellandi", "Casaluce", "Lusardi", "Ferrante"]

SEGMENT_POOLS: dict[str, list[str]] = {
    "type": [
        "Portable",
        "Fixed",
        "Handheld",
        "Benchtop",
        "Modular",
        "Integrated",
        "Standalone",
        "Wearable",
        "Single-use",
        "Reusable",
        "Wired",
        "Wireless",
        "Analog",
        "Digital",
        "Automatic",
        "Semi-automatic",
        "Manual",
        "Compact",
        "Heavy-duty",
        "Standard",
        "Premium",
    ],
    "application": [
        "Automotive",
        "Healthcare",
        "Consumer Electronics",
        "Aerospace & Defense",
        "Food & Beverage",
        "Energy & Utilities",
        "Agriculture",
        "Industrial Manufacturing",
        "Oil & Gas",
        "Pharmaceuticals",
        "Telecommunications",
        "Water Treatment",
        "Construction",
        "Logistics",
        "Retail",
        "Chemicals",
        "Mining",
        "Marine",
        "Textiles",
        "Packaging",
        "Security & Surveillance",
        "BFSI",
    ],
    "user": [
        "Hospitals & Clinics",
        "Research Institutes",
        "Small and Medium Enterprises (SMEs)",
        "Large Enterprises",
        "Government Agencies",
        "Residential",
        "Commercial",
        "Utilities",
        "OEMs",
        "Aftermarket",
        "Academic Institutions",
        "Diagnostic Laboratories",
        "Homecare Settings",
        "Contract Research Organizations",
        "Industrial Users",
        "Individual Consumers",
    ],
    "technology": [
        "Ultrasonic",
        "Infrared",
        "Optical",
        "Electrochemical",
        "Capacitive",
        "Piezoelectric",
        "Laser-based",
        "Microwave",
        "Radio Frequency",
        "Machine Learning",
        "Computer Vision",
        "IoT-enabled",
        "Conventional",
        "Hybrid Technology",
    ],
    "component": [
        "Hardware",
        "Software",
        "Services",
        "Controllers",
        "Displays",
        "Power Units",
        "Professional Services",
        "Managed Services",
        "Accessories",
    ],
    "deployment": ["On-Premise", "Cloud-Based", "Hybrid"],
    "material": [
        "Stainless Steel",
        "Aluminum",
        "Polyethylene",
        "Polypropylene",
        "Glass",
        "Ceramic",
        "Composite",
        "Silicone",
        "Natural Rubber",
        "Bio-based Polymers",
        "Carbon Steel",
        "Titanium Alloys",
    ],
    "product": [
        "Instruments",
        "Consumables",
        "Software & Services",
        "Kits & Reagents",
        "Systems",
        "Spare Parts",
        "Refills",
        "Starter Packs",
        "Upgrades",
    ],
    "channel": [
        "Online",
        "Offline",
        "Direct Sales",
        "Distributors",
        "Retail Stores",
        "E-commerce",
        "Specialty Stores",
        "Supermarkets & Hypermarkets",
    ],
    "size": ["Large Enterprises", "Small & Medium Enterprises"],
    "form": ["Liquid", "Powder", "Granules", "Tablets", "Capsules", "Gel", "Spray", "Paste"],
    "source": ["Natural", "Synthetic", "Plant-based", "Animal-based", "Microbial", "Recycled"],
}
# family -> [(label dimension, heading words)]
DIMENSIONS: dict[str, list[tuple[str, str]]] = {
    "type": [("type", "Type"), ("product type", "Product Type")],
    "application": [("application", "Application"), ("end-use industry", "End-Use Industry")],
    "user": [("end user", "End User"), ("end user", "End-User")],
    "technology": [("technology", "Technology")],
    "component": [("component", "Component"), ("offering", "Offering")],
    "deployment": [("deployment", "Deployment"), ("deployment mode", "Deployment Mode")],
    "material": [("material", "Material")],
    "product": [("product", "Product")],
    "channel": [("distribution channel", "Distribution Channel"), ("sales channel", "Sales Channel")],
    "size": [("organization size", "Organization Size")],
    "form": [("form", "Form")],
    "source": [("source", "Source")],
}

# (canonical, spellings, [country spellings ...])
REGIONS: list[tuple[str, list[str], list[list[str]]]] = [
    ("North America", ["North America"], [["U.S.", "US", "United States"], ["Canada"], ["Mexico"]]),
    (
        "Europe",
        ["Europe"],
        [
            ["Germany"],
            ["UK", "U.K.", "United Kingdom"],
            ["France"],
            ["Italy"],
            ["Spain"],
            ["Netherlands"],
            ["Sweden"],
            ["Poland"],
            ["Switzerland"],
            ["Belgium"],
        ],
    ),
    (
        "Asia Pacific",
        ["Asia Pacific", "Asia-Pacific", "APAC"],
        [
            ["China"],
            ["Japan"],
            ["India"],
            ["South Korea"],
            ["Australia"],
            ["Indonesia"],
            ["Singapore"],
            ["Thailand"],
            ["Vietnam"],
            ["Malaysia"],
        ],
    ),
    (
        "Latin America",
        ["Latin America", "South America"],
        [
            ["Brazil"],
            ["Argentina"],
            ["Chile"],
            ["Colombia"],
            ["Peru"],
        ],
    ),
    (
        "Middle East & Africa",
        ["Middle East & Africa", "Middle East and Africa", "MEA"],
        [
            ["Saudi Arabia"],
            ["UAE", "United Arab Emirates"],
            ["South Africa"],
            ["Israel"],
            ["Egypt"],
            ["Nigeria"],
        ],
    ),
]

DRIVERS = [
    "stricter quality and safety regulations",
    "rising investment in plant automation",
    "the push to cut operating costs",
    "growing demand for real-time monitoring",
    "the replacement of ageing installed equipment",
    "wider adoption of digital procurement",
    "pressure to lower energy consumption",
    "the expansion of contract manufacturing capacity",
    "a stronger emphasis on traceability",
    "shorter product development cycles",
    "the shift toward preventive maintenance",
    "growing awareness among smaller buyers",
    "tighter emission targets",
    "the modernisation of public infrastructure",
    "a steady rise in outsourcing",
    "greater spending on research and development",
]
TRENDS = [
    "cloud-connected devices",
    "predictive analytics",
    "modular product architectures",
    "subscription-based pricing",
    "low-power electronics",
    "recyclable materials",
    "edge computing",
    "remote diagnostics",
    "digital twins",
    "machine-learning based inspection",
    "miniaturised components",
    "open integration standards",
    "self-service ordering portals",
    "usage-based service contracts",
    "automated calibration routines",
]
RESTRAINTS = [
    "high upfront costs",
    "a shortage of skilled technicians",
    "volatile raw material prices",
    "lengthy certification procedures",
    "fragmented technical standards",
    "concerns about data security",
    "long replacement cycles",
    "limited awareness among smaller firms",
    "complex integration with legacy systems",
    "uneven after-sales support",
]
BUYERS = [
    "procurement teams",
    "plant managers",
    "product engineers",
    "operations directors",
    "independent distributors",
    "system integrators",
    "original equipment manufacturers",
    "service providers",
    "quality managers",
    "facility owners",
]
PAD_SENTENCES = [
    "Demand for {M} is being shaped by {d}, which has pushed {b} to revisit their purchasing criteria.",
    "Suppliers are responding with {t}, a move that shortens deployment times and simplifies after-sales support.",
    "At the same time, concerns such as {r} continue to slow adoption among price-sensitive customers.",
    "The analysts note that {b} increasingly weigh lifetime cost rather than list price when comparing offers.",
    "Product launches over the past few quarters have focused on {t} and on easier installation.",
    "Interviews with {b} point to {d} as the single most important reason for new orders.",
    "Competition is intensifying as mid-sized suppliers move into segments that were once "
    "served by a handful of specialists.",
    "Pricing pressure remains visible in standard product lines, while customised offerings still command a premium.",
    "Many buyers now expect bundled training, remote support and transparent service levels.",
    "The report examines how {d} and {t} interact, and where the two trends reinforce each other.",
    "Distribution partnerships are becoming more important as suppliers try to reach customers "
    "outside their traditional home markets.",
    "Sustainability commitments are also influencing design choices, with more attention paid "
    "to repairability and end-of-life handling.",
    "Supply disruptions in recent years have encouraged {b} to qualify second sources for critical parts.",
    "Several vendors have reorganised their portfolios around {t}, betting that customers will pay for better data.",
    "Even so, problems such as {r} come up again and again in conversations with {b}.",
    "Regulators are paying closer attention to documentation and testing, which favours "
    "suppliers with mature quality systems.",
    "Start-ups are experimenting with new business models, although most still depend on "
    "partnerships with established players.",
    "The study combines desk research with structured interviews and a bottom-up review of supplier portfolios.",
    "Market estimates were cross-checked against shipment data, trade statistics and pricing surveys.",
    "Industry participants expect {t} to move from pilot projects to routine use within the next few planning cycles.",
    "Customers that adopted early report fewer unplanned stoppages and simpler compliance reporting.",
    "The long-term outlook depends on how quickly {r} can be addressed by suppliers and standards bodies.",
    "Service revenue is growing faster than equipment revenue as installed bases age and maintenance is outsourced.",
    "Mergers and acquisitions have reshaped the supplier landscape, as larger groups buy "
    "niche specialists to fill portfolio gaps.",
    "Buyers in regulated industries tend to favour proven designs, which lengthens sales cycles for newcomers.",
    "Digital sales channels are gaining ground, particularly for replacement parts and consumables.",
    "The report also tracks patent activity, which has concentrated on {t} in recent years.",
    "Investment decisions are increasingly linked to measurable efficiency gains rather than "
    "to capacity expansion alone.",
    "Vendors that can demonstrate interoperability with existing systems have an advantage in competitive tenders.",
    "{d} is expected to remain the main growth lever, while {r} will keep margins under pressure.",
    "Partnerships between hardware makers and software firms are producing integrated offers "
    "that are easier to buy and maintain.",
    "Public funding programmes for modernisation projects are adding a further layer of demand.",
    "For many {b}, the decision to upgrade now hinges on financing options and on the availability of trained staff.",
    "The competitive analysis covers product benchmarking, pricing strategies and recent strategic moves.",
    "Smaller customers often rely on distributors for advice, which gives channel partners "
    "considerable influence over brand choice.",
    "Technical innovation continues at a steady pace, but incremental improvements still "
    "account for most new launches.",
    "Feedback from {b} suggests that reliability and service response times matter more than headline specifications.",
    "Customisation requests are rising, and suppliers with flexible production lines are better placed to serve them.",
    "As {t} mature, the gap between premium and entry-level products is expected to narrow.",
    "The study identifies {d} as a structural driver rather than a short-term effect.",
    "Lead times have shortened compared with the peak of recent supply disruptions, easing "
    "pressure on project schedules.",
    "A growing share of tenders now includes explicit requirements for remote access and data export.",
    "Some suppliers are moving production closer to their customers to reduce logistics risk.",
    "Training and certification programmes run by vendors are becoming an important part of the sales process.",
    "The market remains moderately fragmented, with a long tail of regional specialists.",
    "Customers are asking for clearer total-cost-of-ownership calculations before approving budgets.",
    "Product roadmaps increasingly emphasise software updates delivered over the product's lifetime.",
    "Channel partners report that demand for entry-level configurations has stabilised.",
    "Procurement cycles in the public sector remain long, but contract values tend to be larger.",
    "Several suppliers have introduced leasing and pay-per-use options to lower the barrier to entry.",
    "In interviews, {b} emphasised the importance of local service teams and spare-part availability.",
    "Rising labour costs are encouraging buyers to automate routine tasks wherever possible.",
    "New entrants tend to compete on price, while incumbents defend their position through service quality.",
    "Standardisation efforts are under way, although adoption of common interfaces is still uneven.",
    "The analysts expect consolidation to continue as smaller firms look for partners with broader distribution.",
    "Customer expectations around delivery speed have risen, putting pressure on inventory planning.",
    "Demand tends to follow capital spending cycles, which makes order intake somewhat uneven from quarter to quarter.",
    "A number of vendors now publish environmental product declarations to support green procurement.",
    "Cybersecurity requirements are becoming part of standard technical specifications.",
    "Warranty terms and service-level guarantees are increasingly used as differentiators.",
    "Field trials run jointly with {b} have helped suppliers refine their offerings before wider release.",
]
CITIES = [
    "NEW YORK",
    "LONDON",
    "PUNE",
    "SAN FRANCISCO",
    "CHICAGO",
    "DUBLIN",
    "AUSTIN",
    "SEATTLE",
    "BOSTON",
    "DALLAS",
    "WILMINGTON",
    "ROCKVILLE",
]
FIRST_NAMES = [
    "Priya",
    "Daniel",
    "Sofia",
    "Marcus",
    "Aisha",
    "Tomas",
    "Elena",
    "Rahul",
    "Hannah",
    "Victor",
    "Mei",
    "Oliver",
]
LAST_NAMES = [
    "Raman",
    "Kowalski",
    "Moreau",
    "Okafor",
    "Lindgren",
    "Shah",
    "Bennett",
    "Ito",
    "Costa",
    "Fischer",
    "Nair",
    "Walsh",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABOUT_TEXTS = [
    "{P} is a market research and advisory firm that helps companies size opportunities, "
    "track competitors and plan investments. Its analysts cover more than a dozen industry "
    "verticals and publish several hundred syndicated studies every year.",
    "Founded by a team of industry analysts, {P} delivers syndicated reports, custom studies "
    "and consulting support to manufacturers, investors and public bodies. Its research combines "
    "primary interviews with proprietary databases.",
    "{P} provides data-driven market intelligence for decision makers. Clients use its "
    "forecasts, competitive benchmarks and pricing studies to guide product strategy and "
    "expansion plans.",
    "At {P}, we turn complex industry data into clear recommendations. Our research teams "
    "follow emerging technologies, supply chains and buying behaviour across many sectors.",
    "{P} publishes in-depth industry studies and offers tailored research services. The "
    "company works with start-ups as well as large corporations and is known for transparent "
    "methodology.",
]
ABOUT_EXTRA = [
    "Our consultants are available to adapt any report to specific requirements.",
    "Custom research requests are handled by a dedicated team of subject matter experts.",
    "We also offer quarterly data updates and analyst briefings for subscribers.",
]
GENERIC_FAQ = [
    (
        "What are the main factors driving the {M} market?",
        "The main drivers are {d} and {d2}, supported by growing interest in {t}.",
    ),
    ("What challenges does the {M} market face?", "The main obstacles are {r} and {r2}."),
    ("Which trends are shaping the {M} industry?", "Key trends include {t} and {t2}."),
    (
        "Can the report be customised?",
        "Yes. The scope can be adapted to cover additional companies or segments on request.",
    ),
    (
        "How was the research conducted?",
        "The study combines secondary research with interviews of {b} and other participants.",
    ),
]
RELATED_VERBS = ["is expected to reach", "is projected to hit", "could be worth"]


# --------------------------------------------------------------------------------------------
# Small value types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Money:
    """A money amount as written in the text plus its label fields."""

    text: str
    num: str
    value: int | float
    scale: str
    currency: str


@dataclass(frozen=True, slots=True)
class Rate:
    """A growth rate as written ("7.8%", "7-10%") plus its label fields."""

    text: str
    low: int | float
    high: int | float


@dataclass(frozen=True, slots=True)
class MoneyStyle:
    """How one document writes money: currency prefix and scale words."""

    currency: str
    prefix: str
    words: str  # lower | title | abbr | abbrlow | letter | crore
    sep: str


@dataclass(slots=True)
class Block:
    """A format-neutral piece of document: heading, paragraph, list, table or padding slot.

    Inline markup: ``**bold**`` and ``[text](url)``.
    """

    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    pad: bool = False


SCALE_WORDS = {
    "lower": {"million": "million", "billion": "billion", "trillion": "trillion"},
    "title": {"million": "Million", "billion": "Billion", "trillion": "Trillion"},
    "abbr": {"million": "Mn", "billion": "Bn", "trillion": "Tn"},
    "abbrlow": {"million": "mn", "billion": "bn", "trillion": "tn"},
    "letter": {"million": "M", "billion": "B", "trillion": "T"},
}
CURRENCY_PREFIXES = {
    "USD": ["USD ", "US$ ", "$", "US$"],
    "EUR": ["€ ", "€", "EUR "],
    "GBP": ["£", "£ ", "GBP "],
    "JPY": ["¥", "JPY "],
    "INR": ["INR ", "Rs ", "Rs. ", "₹"],
}
FX = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 150.0, "INR": 83.0}


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    """``rng.choice`` without its overhead (the generator calls it a few hundred times a doc)."""
    return seq[int(rng.random() * len(seq))]


def randint(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` without its overhead; ``low`` and ``high`` are included."""
    return low + int(rng.random() * (high - low + 1))


def sample(rng: random.Random, seq: Sequence[T], k: int) -> list[T]:
    """``rng.sample`` without its overhead: ``k`` distinct items in random order."""
    pool = list(seq)
    n = len(pool)
    for i in range(k):
        j = i + int(rng.random() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


def label_number(num: str, factor: int = 1) -> int | float:
    """Turn a written number ("3,210.5") into a JSON label number, times ``factor``."""
    dec = Decimal(num.replace(",", "")) * factor
    return float(dec) if "." in num else int(dec)


def format_number(rng: random.Random, v: float) -> str:
    """Write ``v`` with thousands separators and 0-2 decimals, as reports do."""
    if v >= 100:
        decimals = pick(rng, (0, 1, 1))
    elif v >= 10:
        decimals = pick(rng, (1, 1, 2))
    else:
        decimals = pick(rng, (1, 2, 2))
    return f"{v:,.{decimals}f}"


def pick_style(rng: random.Random, currency: str) -> MoneyStyle:
    """Choose a money writing style for ``currency``."""
    prefix = pick(rng, CURRENCY_PREFIXES[currency])
    if currency == "INR" and rng.random() < 0.75:
        return MoneyStyle(currency, prefix, "crore", " ")
    words = pick(rng, ("lower", "lower", "title", "title", "abbr", "abbrlow", "letter"))
    if words == "letter" and not prefix.endswith("$"):
        words = "abbr"
    sep = "" if words == "letter" else (pick(rng, (" ", "")) if words == "abbr" else " ")
    return MoneyStyle(currency, prefix, words, sep)


def write_money(style: MoneyStyle, num: str, scale: str) -> str:
    """Render a number and scale in ``style``."""
    if style.words == "crore":
        return f"{style.prefix}{num} crore"
    return f"{style.prefix}{num}{style.sep}{SCALE_WORDS[style.words][scale]}"


def make_money(rng: random.Random, millions: float, style: MoneyStyle, comma_millions: bool = False) -> Money:
    """Write an amount given in millions of ``style.currency``."""
    if style.words == "crore":
        num = format_number(rng, millions / 10)
        return Money(write_money(style, num, "million"), num, label_number(num, 10), "million", "INR")
    if millions >= 1e6:
        scale, v = "trillion", millions / 1e6
    elif millions >= 1000 and not (comma_millions and millions < 100_000):
        scale, v = "billion", millions / 1000
    else:
        scale, v = "million", millions
    num = format_number(rng, v)
    return Money(write_money(style, num, scale), num, label_number(num), scale, style.currency)


def restyle(money: Money, style: MoneyStyle) -> Money:
    """The same amount written in another style of the same currency."""
    if style.currency != money.currency or (style.words == "crore") != ("crore" in money.text):
        return money
    return Money(write_money(style, money.num, money.scale), money.num, money.value, money.scale, money.currency)


def make_rate(rng: random.Random, pct: float, allow_range: bool) -> Rate:
    """Write a growth rate: single ("7.8%", "7.80%") or a range ("7-10%")."""
    if allow_range and rng.random() < 0.12:
        low = max(2, int(pct) - randint(rng, 0, 2))
        high = low + randint(rng, 2, 4)
        text = pick(rng, (f"{low}-{high}%", f"{low}–{high}%", f"{low}% to {high}%"))
        return Rate(text, low, high)
    decimals = pick(rng, (1, 1, 1, 2, 2, 0))
    num = f"{pct:.{decimals}f}"
    suffix = " percent" if rng.random() < 0.08 else "%"
    return Rate(num + suffix, label_number(num), label_number(num))


def join_names(rng: random.Random, names: list[str]) -> str:
    """Comma list with an optional final "and"."""
    if len(names) == 1:
        return names[0]
    if rng.random() < 0.3:
        return ", ".join(names)
    sep = pick(rng, (", and ", " and ")) if len(names) > 2 else " and "
    return ", ".join(names[:-1]) + sep + names[-1]


def sentence_end(text: str) -> str:
    """Close a sentence without doubling the period of "Inc." or "Co., Ltd."."""
    return text if text.endswith(".") else text + "."


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def make_market_name(rng: random.Random) -> str:
    """Compose an invented market name such as "Industrial Enzyme Sensors"."""
    core = pick(rng, CORES)
    product = pick(rng, PRODUCTS)
    parts = [core, product]
    if rng.random() < 0.75:
        qual = pick(rng, QUALIFIERS)
        if qual != core:
            parts.insert(0, qual)
    if rng.random() < 0.08:
        parts.append(pick(rng, TAILS))
    return " ".join(parts)


def make_company(rng: random.Random) -> str:
    """Compose an invented company name with a legal suffix."""
    style = rng.random()
    if style < 0.45:
        base = f"{pick(rng, COMPANY_STEMS)} {pick(rng, COMPANY_NOUNS)}"
        suffix = pick(rng, ("Inc.", "Inc.", "Ltd.", "Corporation", "LLC", "plc", "Corp.", "Group", "", "", "Co."))
        return f"{base} {suffix}".strip()
    if style < 0.55:
        return f"{pick(rng, JP_STEMS)} {pick(rng, JP_NOUNS)} " + pick(rng, ("Co., Ltd.", "Corporation", "K.K."))
    if style < 0.63:
        return f"{pick(rng, ASIA_STEMS)} {pick(rng, COMPANY_NOUNS)} Co., Ltd."
    if style < 0.73:
        return f"{pick(rng, DE_STEMS)} {pick(rng, DE_NOUNS)} " + pick(rng, ("GmbH", "AG"))
    if style < 0.81:
        stem = pick(rng, LATIN_STEMS)
        return pick(rng, (f"{stem} S.p.A.", f"Groupe {stem} S.A.", f"{stem} S.A.", f"{stem} Industrial S.A."))
    if style < 0.88:
        a, b = sample(rng, COMPANY_STEMS, 2)
        return f"{a} & {b} " + pick(rng, ("Co.", "Ltd.", "LLC", "Inc."))
    return f"{pick(rng, COMPANY_STEMS)}" + pick(rng, (" AB", " N.V.", " Pvt. Ltd.", " SE", " Technologies", " Oy"))


# --------------------------------------------------------------------------------------------
# Label
# --------------------------------------------------------------------------------------------


class Label:
    """Gold facts, filled in while the text that states them is written."""

    def __init__(self, file: str, publisher: str, market: str) -> None:
        self.file = file
        self.publisher = publisher
        self.market = market
        self.forecast: list[int] | None = None
        self.sizes: list[dict] = []
        self.rates: list[dict] = []
        self.companies: list[str] = []
        self.segments: dict[str, list[str]] = {}
        self.regions: list[str] = []
        self.countries: list[str] = []
        self.others: dict[str, dict[str, list[dict]]] = {}

    def _target(self, market: str | None) -> tuple[list[dict], list[dict]]:
        if market is None:
            return self.sizes, self.rates
        entry = self.others.setdefault(market, {"market_sizes": [], "growth_rates": []})
        return entry["market_sizes"], entry["growth_rates"]

    def size(self, money: Money, year: int | None, market: str | None = None) -> str:
        """Record a size statement; returns the money text for inline use."""
        item = {"value": money.value, "scale": money.scale, "currency": money.currency, "year": year}
        sizes = self._target(market)[0]
        if item not in sizes:
            sizes.append(item)
        return money.text

    def rate(self, rate: Rate, years: tuple[int | None, int | None], market: str | None = None) -> str:
        """Record a growth statement; returns the rate text for inline use."""
        item = {"low": rate.low, "high": rate.high, "start_year": years[0], "end_year": years[1]}
        rates = self._target(market)[1]
        if item not in rates:
            rates.append(item)
        return rate.text

    @staticmethod
    def _add(items: list[str], name: str) -> str:
        if name not in items:
            items.append(name)
        return name

    def company(self, name: str) -> str:
        return self._add(self.companies, name)

    def region(self, name: str) -> str:
        return self._add(self.regions, name)

    def country(self, name: str) -> str:
        return self._add(self.countries, name)

    def segment(self, dim: str, name: str) -> str:
        return self._add(self.segments.setdefault(dim, []), name)

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "publisher": self.publisher,
            "market": self.market,
            "forecast_period": self.forecast,
            "market_sizes": self.sizes,
            "growth_rates": self.rates,
            "companies": self.companies,
            "segments": self.segments,
            "regions": self.regions,
            "countries": self.countries,
            "other_markets": [{"market": name, **facts} for name, facts in self.others.items()],
        }


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def _html_link(m: re.Match[str]) -> str:
    return f'<a href="{m.group(2)}">{m.group(1)}</a>'


def inline_html(text: str) -> str:
    text = html.escape(text, quote=False)
    if "**" in text:
        text = BOLD_RE.sub(r"<strong>\1</strong>", text)
    return LINK_RE.sub(_html_link, text) if "](" in text else text


def _text_link(m: re.Match[str]) -> str:
    label, url = m.group(1), m.group(2)
    if label == url or url.startswith("mailto:"):
        return label
    return f"{label} ({url})"


def inline_text(text: str) -> str:
    if "**" in text:
        text = BOLD_RE.sub(r"\1", text)
    return LINK_RE.sub(_text_link, text) if "](" in text else text


@dataclass(slots=True)
class Chrome:
    """Per-document rendering choices that are not facts."""

    title: str
    publisher: str
    domain: str
    year: int
    bullet: str = "-"
    newline_html: bool = True
    full_html: bool = True
    header: bool = True
    md_headings: bool = True
    front_matter: str = ""
    text_heading: str = "plain"
    aside: list[str] = field(default_factory=list)


def render_html(blocks: list[Block], ch: Chrome) -> str:
    out: list[str] = []
    for b in blocks:
        k = b.kind
        if k in ("h1", "h2", "h3"):
            out.append(f"<{k}>{inline_html(b.text)}</{k}>")
        elif k == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif k in ("ul", "ol"):
            lis = "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
            out.append(f"<{k}>{lis}</{k}>")
        elif k == "table":
            head = "".join(f"<th>{inline_html(c)}</th>" for c in b.rows[0])
            body = "".join("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in row) + "</tr>" for row in b.rows[1:])
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    sep = "\n" if ch.newline_html else ""
    body = sep.join(out)
    if ch.header:
        nav = "".join(
            f'<li><a href="https://www.{ch.domain}/{p}">{t}</a></li>'
            for t, p in (
                ("Home", ""),
                ("Industries", "industries"),
                ("Press Releases", "press-release"),
                ("Contact", "contact-us"),
            )
        )
        header = (
            f'<header><a href="https://www.{ch.domain}/" class="logo">'
            f"{html.escape(ch.publisher)}</a><nav><ul>{nav}</ul></nav></header>"
        )
        footer = (
            f"<footer><p>&copy; {ch.year} {html.escape(ch.publisher)}. All rights "
            f'reserved.</p><p><a href="/privacy-policy">Privacy Policy</a> | '
            f'<a href="/terms">Terms of Use</a></p></footer>'
        )
        aside = ""
        if ch.aside:
            lis = "".join(
                f'<li><a href="/report/{re.sub(r"[^a-z]+", "-", n.lower())}">{html.escape(n)} Market</a></li>'
                for n in ch.aside
            )
            aside = f"<aside><h4>Trending Reports</h4><ul>{lis}</ul></aside>"
        body = sep.join((header, "<main><article>", body, "</article>" + aside + "</main>", footer))
    if ch.full_html:
        return (
            f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(ch.title)}</title>\n</head>\n<body>\n{body}\n"
            "</body>\n</html>\n"
        )
    return body + "\n"


def _md_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def render_md(blocks: list[Block], ch: Chrome) -> str:
    out: list[str] = []
    for b in blocks:
        k = b.kind
        if k in ("h1", "h2", "h3"):
            level = int(k[1])
            if ch.md_headings or level == 1:
                out.append("#" * level + " " + b.text)
            else:
                out.append(f"**{b.text}**")
        elif k == "p":
            out.append(b.text)
        elif k == "ul":
            out.append("\n".join(f"{ch.bullet} {i}" for i in b.items))
        elif k == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b.items, 1)))
        elif k == "table":
            out.append(_md_table(b.rows))
    return ch.front_matter + "\n\n".join(out) + "\n"


def _text_table(rows: list[list[str]]) -> str:
    if len(rows[0]) == 2:
        return "\n".join(f"{inline_text(r[0])}: {inline_text(r[1])}" for r in rows[1:])
    cells = [[inline_text(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = ("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)
    return "\n".join(line.rstrip() for line in lines)


def render_text(blocks: list[Block], ch: Chrome) -> str:
    out: list[str] = []
    for b in blocks:
        k = b.kind
        if k == "h1":
            text = inline_text(b.text)
            out.append(text + ("\n" + "=" * len(text) if ch.text_heading == "underline" else ""))
        elif k in ("h2", "h3"):
            text = inline_text(b.text)
            if ch.text_heading == "upper" and k == "h2":
                text = text.upper()
            out.append(text)
        elif k == "p":
            out.append(inline_text(b.text))
        elif k == "ul":
            out.append("\n".join(f"{ch.bullet} {inline_text(i)}" for i in b.items))
        elif k == "ol":
            out.append("\n".join(f"{n}) {inline_text(i)}" for n, i in enumerate(b.items, 1)))
        elif k == "table":
            out.append(_text_table(b.rows))
    return "\n\n".join(out) + "\n"


RENDERERS = {"html": render_html, "md": render_md, "txt": render_text}


# --------------------------------------------------------------------------------------------
# Document composition
# --------------------------------------------------------------------------------------------

MIN_BYTES, MAX_BYTES = 3300, 14800


def _pad_variants(per_sentence: int = 12) -> list[tuple[str, ...]]:
    """Each PAD_SENTENCES template filled a few fixed ways ({M} kept), built once at import.

    Drawing a ready variant is much cheaper than filling placeholders for every sentence.
    """
    rng = random.Random("pad-variants")
    out = []
    for template in PAD_SENTENCES:
        variants = {
            template.format(
                M="{M}", d=pick(rng, DRIVERS), t=pick(rng, TRENDS), r=pick(rng, RESTRAINTS), b=pick(rng, BUYERS)
            )
            for _ in range(per_sentence)
        }
        out.append(tuple(sorted(s[0].upper() + s[1:] for s in variants)))
    return out


PAD_VARIANTS = _pad_variants()


class DocBuilder:
    """Draws the facts of one document, writes its blocks and records its label."""

    def __init__(self, seed: int, index: int) -> None:
        self.rng = rng = random.Random(f"{seed}:{index}")
        self.fmt = pick(rng, ("html", "md", "txt"))
        self.stem = f"doc_s{seed}_{index:06d}"  # unique across seeds: corpora can be mixed
        self.file = f"{self.stem}.{self.fmt}"
        self.publisher, self.domain = pick(rng, PUBLISHERS)
        self.market = make_market_name(rng)
        self.label = Label(self.file, self.publisher, self.market)
        self.blocks: list[Block] = []
        self._deck = randint(rng, 0, len(PAD_SENTENCES) - 1)
        self._step = randint(rng, 1, len(PAD_SENTENCES) - 1)
        self.report_id = randint(rng, 10000, 99999)
        self._draw_period()
        self._draw_money()
        self._draw_entities()

    # ---- drawing facts -----------------------------------------------------------------

    def _draw_period(self) -> None:
        rng = self.rng
        self.start = randint(rng, 2023, 2026)
        self.end = self.start + pick(rng, (5, 6, 7, 7, 8, 8, 9, 10))
        self.base = self.start - 1
        if rng.random() < 0.82:
            self.label.forecast = [self.start, self.end]
            self.gyears: tuple[int | None, int | None] = (
                (self.start, self.end) if rng.random() < 0.85 else (None, self.end)
            )
        else:
            self.gyears = (None, self.end) if rng.random() < 0.5 else (None, None)
        self.forecast_said = False

    def _draw_money(self) -> None:
        rng = self.rng
        cur = rng.choices(("USD", "EUR", "GBP", "INR", "JPY"), (74, 8, 5, 7, 6))[0]
        self.currency = cur
        self.style = pick_style(rng, cur)
        self.alt_style = pick_style(rng, cur) if self.style.words != "crore" else self.style
        comma = rng.random() < 0.15
        pct = rng.uniform(2.5, 28.0)
        self.pct = pct
        base_usd = 2.718281828 ** rng.uniform(3.0, 12.9)  # ~20 million .. ~400 billion
        if rng.random() < 0.015:
            base_usd = rng.uniform(1.1e6, 3e6)
        base = base_usd * FX[cur]
        years = self.end - self.base
        self.m_base = make_money(rng, base, self.style, comma)
        self.m_end = make_money(rng, base * (1 + pct / 100) ** years, self.style, comma)
        self.m_mid = make_money(rng, base * (1 + pct / 100), self.style, comma)
        self.base_millions = base
        self.rate = make_rate(rng, pct, allow_range=True)

    def _draw_entities(self) -> None:
        rng = self.rng
        names: list[str] = []
        for _ in range(randint(rng, 4, 13)):
            name = make_company(rng)
            if not any(name in other or other in name for other in names):
                names.append(name)
        self.companies = names
        families = sample(rng, list(DIMENSIONS), pick(rng, (2, 2, 3, 3, 3)))
        self.dims: list[tuple[str, str, list[str]]] = []
        used: set[str] = set()
        for fam in families:
            dim, heading = pick(rng, DIMENSIONS[fam])
            pool = [s for s in SEGMENT_POOLS[fam] if s not in used]
            k = min(len(pool), randint(rng, 2, 6))
            segs = pool if fam in ("deployment", "size") else sample(rng, pool, k)
            if rng.random() < 0.3 and "Others" not in used:
                segs = [*segs, "Others"]
            used.update(segs)
            self.dims.append((dim, heading, segs))
        self._draw_regions()

    def _draw_regions(self) -> None:
        rng = self.rng
        chosen = list(REGIONS)
        if rng.random() < 0.15:
            chosen = chosen[:3]
        elif rng.random() < 0.2:
            chosen = sample(rng, chosen, randint(rng, 3, 5))
        with_countries = rng.random() < 0.6
        self.regions: list[tuple[str, list[str]]] = []
        for _canon, spellings, countries in chosen:
            written = pick(rng, spellings)
            picked: list[str] = []
            if with_countries:
                for variants in sample(rng, countries, randint(rng, 0, min(4, len(countries)))):
                    picked.append(pick(rng, variants))
            self.regions.append((written, picked))
        if len(chosen) == 3 and rng.random() < 0.7:
            self.regions.append(("Rest of the World", []))

    # ---- helpers -----------------------------------------------------------------------

    def add(
        self,
        kind: str,
        text: str = "",
        items: list[str] | None = None,
        rows: list[list[str]] | None = None,
        pad: bool = False,
    ) -> None:
        self.blocks.append(Block(kind, text, items or [], rows or [], pad))

    def slot(self, heading: str = "") -> None:
        """A place for padding paragraphs, shown under ``heading`` when it gets any."""
        self.blocks.append(Block("slot", heading))

    def pad_paragraph(self, n: int | None = None) -> str:
        """A paragraph of fact-free analysis prose (no figures, places or companies).

        Sentences are dealt from a per-document walk over PAD_SENTENCES (a prime number of
        them, so any step visits all of them before one repeats).
        """
        rng = self.rng
        sents = []
        for _ in range(n or randint(rng, 3, 5)):
            sents.append(pick(rng, PAD_VARIANTS[self._deck]))
            self._deck = (self._deck + self._step) % len(PAD_VARIANTS)
        text = " ".join(sents)
        return text.replace("{M}", self.market) if "{M}" in text else text

    def url(self, kind: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.market.lower()).strip("-")
        return f"https://www.{self.domain}/{kind}/{slug}-market-{self.report_id}"

    def base_size(self, style: MoneyStyle | None = None) -> str:
        m = restyle(self.m_base, style) if style else self.m_base
        return self.label.size(m, self.base)

    def end_size(self, style: MoneyStyle | None = None) -> str:
        m = restyle(self.m_end, style) if style else self.m_end
        return self.label.size(m, self.end)

    def forecast_text(self) -> str:
        """ "2024-2031" in one of several spellings; marks the forecast period as stated."""
        self.forecast_said = True
        dash = pick(self.rng, ("-", "–", " - ", " to "))
        return f"{self.start}{dash}{self.end}"

    def growth(self) -> str:
        """The main growth rate with its years, e.g. "a CAGR of 7.8% from 2024 to 2031".

        The phrase always carries the document's growth years and nothing else; with
        ``(None, None)`` years no year is written, so the caller must not put one nearby.
        """
        rng = self.rng
        r = self.label.rate(self.rate, self.gyears)
        start, end = self.gyears
        if start is not None:
            which = randint(rng, 0, 4)
            if which == 4:
                return f"a CAGR of {r} over the forecast period ({self.forecast_text()})"
            return (
                f"a CAGR of {r} from {start} to {end}",
                f"a compound annual growth rate (CAGR) of {r} between {start} and {end}",
                f"a CAGR of {r} over {start}-{end}",
                f"a CAGR of {r} during the forecast period",
            )[which]
        if end is not None:
            return pick(
                rng,
                (
                    f"a CAGR of {r} through {end}",
                    f"a CAGR of {r} until {end}",
                    f"a compound annual growth rate of {r} up to {end}",
                ),
            )
        return pick(
            rng,
            (
                f"a CAGR of {r}",
                f"{r} annually",
                f"a healthy CAGR of {r}",
                f"a compound annual growth rate (CAGR) of {r}",
            ),
        )

    def growth_is_explicit(self) -> bool:
        return self.gyears[1] is not None

    # ---- sections ----------------------------------------------------------------------

    def headline(self) -> str:
        rng, m, p = self.rng, self.market, self.publisher
        g = pick(rng, ("Global ", "", ""))
        forecast = self.label.forecast is not None
        options = ["news", "plain"]
        if forecast:
            options += ["report", "outlook"]
        options += ["reach", "worth"]
        if self.gyears[0] is not None:
            options += ["cagr", "reach_fp"]
        kind = pick(rng, options)
        if kind == "report":
            heads = ", ".join(f"By {h}" for _, h, _ in self.dims[:2])
            return (
                f"{g}{m} Market Size, Share & Trends Analysis Report {heads}, By Region, "
                f"And Segment Forecasts, {self.forecast_text()}"
            )
        if kind == "outlook":
            return f"{g}{m} Market Outlook {self.forecast_text()}: Trends, Share and Key Players"
        if kind == "reach":
            tail = f" | {p}" if rng.random() < 0.5 else ""
            size = self.end_size(self.alt_style)
            if self.gyears[0] is None and self.gyears[1] is not None:
                r = self.label.rate(self.rate, self.gyears)
                return f"{g}{m} Market to Reach {size} by {self.end} at {r} CAGR{tail}"
            return f"{g}{m} Market to Reach {size} by {self.end}{tail}"
        if kind == "reach_fp":
            size = self.end_size(self.alt_style)
            r = self.label.rate(self.rate, self.gyears)
            return f"{g}{m} Market to Reach {size} by {self.end}, Growing at a CAGR of {r} Over the Forecast Period"
        if kind == "worth":
            rounded = make_money(rng, self.base_millions * rng.uniform(1.0, 1.1), self.alt_style)
            stated = {x.value for x in (self.m_base, self.m_mid, self.m_end)}
            if rng.random() < 0.3 and rounded.value not in stated:
                # a yearless headline figure is its own statement (year null)
                size = self.label.size(rounded, None)
                return f"The {size} {m} Market: Demand, Competition and Outlook"
            return f"{m} Market Worth {self.end_size(self.alt_style)} by {self.end} - Report by {p}"
        if kind == "cagr":
            r = self.label.rate(self.rate, self.gyears)
            return f"{g}{m} Market to Grow at a CAGR of {r} from {self.start} to {self.end}"
        if kind == "news":
            return pick(
                rng,
                (
                    f"{m} Market Is Expected to Witness Steady Growth, Says {p}",
                    f"{m} Market Set for Expansion as Demand Broadens: {p}",
                ),
            )
        return pick(
            rng,
            (
                f"{g}{m} Market: Key Trends, Competitive Landscape and Outlook",
                f"{m} Market Analysis: Size, Share and Growth Drivers",
            ),
        )

    def intro(self) -> None:
        rng, m, p, lab = self.rng, self.market, self.publisher, self.label
        dateline = ""
        if rng.random() < 0.6:
            dateline = f"{pick(rng, CITIES)}, {pick(rng, MONTHS)} {randint(rng, 1, 28)}, {self.start} -- "
        attribution = pick(
            rng, (f"According to a new report by {p}, ", f"{p} reports that ", f"A new study from {p} shows that ", "")
        )
        lead = self._size_sentence()  # starts with "The "
        if attribution:
            lead = attribution + "t" + lead[1:]
        sents = [lead]
        if self.growth_is_explicit() and rng.random() < 0.6:
            verb = pick(rng, ("growing at", "expanding at", "registering", "advancing at"))
            sents[0] = f"{lead}, {verb} {self.growth()}."
        else:
            sents[0] = lead + "."
            verb = pick(rng, ("is growing at", "is expanding at", "is set to advance at"))
            sents.append(f"The {m} market {verb} {self.growth()}, supported by {pick(rng, DRIVERS)}.")
        if rng.random() < 0.25:
            sents.append(f"In {self.start}, the market is estimated to be worth {lab.size(self.m_mid, self.start)}.")
        if lab.forecast is not None and not self.forecast_said:
            period = self.forecast_text()
            sents.append(
                pick(
                    rng,
                    (
                        f"The study covers the forecast period {period}, with {self.base} as the base year.",
                        f"Forecasts in the report span {period}.",
                        f"The report provides revenue forecasts for the period {period}.",
                    ),
                )
            )
        if not attribution:
            sents.append(
                pick(
                    rng, (f"The figures come from the latest study by {p}.", f"These estimates were published by {p}.")
                )
            )
        self.add("p", dateline + " ".join(sents))
        if rng.random() < 0.5:
            some = sample(rng, self.companies, min(3, len(self.companies)))
            names = join_names(rng, [lab.company(c) for c in some])
            self.add(
                "p",
                f"Leading suppliers such as {names} are expanding capacity and "
                "broadening their product ranges to meet demand.",
            )

    def _size_sentence(self) -> str:
        rng, m, p = self.rng, self.market, self.publisher
        if rng.random() < 0.1:
            return f"The global {m} market is expected to reach {self.end_size()} by {self.end}"
        b, e = self.base_size(), self.end_size()
        B, E = self.base, self.end
        return pick(
            rng,
            (
                f"The global {m} market was valued at {b} in {B} and is projected to reach {e} by {E}",
                f"The {m} market size is estimated at {b} in {B} and is expected to hit {e} by {E}",
                f"The global {m} market, worth {b} in {B}, is anticipated to climb to {e} by {E}",
                f"The {m} market generated revenue of {b} in {B} and is forecast to touch {e} by {E}",
                f"The worldwide {m} market stood at {b} in {B}; {p} expects it to reach {e} by {E}",
            ),
        )

    def sample_link(self) -> None:
        url = self.url(pick(self.rng, ("request-sample", "sample-report", "enquiry")))
        text = pick(self.rng, ("Get a sample PDF of the report", "Request a free sample", "Download the sample pages"))
        self.add("p", f"**{text}:** [{url}]({url})")

    def overview(self) -> None:
        self.add("h2", pick(self.rng, (f"{self.market} Market Overview", "Market Analysis", "Report Overview")))
        self.add("p", self.pad_paragraph(), pad=True)
        self.slot()

    def key_facts(self) -> None:
        rng, lab = self.rng, self.label
        rows = [["Report Attribute", "Details"]]
        rows.append([f"Market size value in {self.base}", self.base_size()])
        rows.append([f"Revenue forecast in {self.end}", self.end_size()])
        start, end = self.gyears
        r = lab.rate(self.rate, self.gyears)
        if start is not None:
            rows.append(["Growth rate", f"CAGR of {r} from {start} to {end}"])
        elif end is not None:
            rows.append(["Growth rate", f"CAGR of {r} through {end}"])
        else:
            rows.append(["Growth rate", f"CAGR of {r}"])
        rows.append(["Base year for estimation", str(self.base)])
        if lab.forecast is not None:
            rows.append(["Historical data", f"{self.base - 5} - {self.base - 1}"])
            rows.append(["Forecast period", self.forecast_text()])
        rows.append(["Segments covered", ", ".join(h for _, h, _ in self.dims) + ", Region"])
        rows.append(["Regional scope", ", ".join(lab.region(r) for r, _ in self.regions)])
        countries = [c for _, cs in self.regions for c in cs]
        if countries:
            rows.append(["Country scope", ", ".join(lab.country(c) for c in countries)])
        some = self.companies[: randint(rng, 3, len(self.companies))]
        rows.append(["Key companies profiled", "; ".join(lab.company(c) for c in some)])
        self.add("h2", pick(rng, ("Report Scope", "Key Market Facts", "Report Highlights")))
        self.add("table", rows=rows)

    def dynamics(self) -> None:
        rng = self.rng
        self.add("h2", pick(rng, ("Market Dynamics", "Key Growth Drivers", "Drivers, Restraints and Opportunities")))
        drivers = sample(rng, DRIVERS, randint(rng, 3, 5))
        items = [f"{d[0].upper()}{d[1:]}" for d in drivers]
        self.add("ul", items=items, pad=True)
        self.add("p", self.pad_paragraph(3), pad=True)
        self.slot()
        extras = []
        if rng.random() < 0.1:
            opp = make_money(rng, self.base_millions * rng.uniform(0.6, 1.5), self.style)
            extras.append(f"The market is set to create an incremental opportunity of {opp.text} over the next decade.")
        if rng.random() < 0.1:
            extras.append(
                f"Annual shipments exceeded {randint(rng, 2, 90)} million units in "
                f"{self.base}, according to trade data."
            )
        if rng.random() < 0.08:
            lo = max(2, int(self.pct) + randint(rng, -2, 1))
            sec = Rate(f"{lo}-{lo + 3}%", lo, lo + 3)
            end = self.end - randint(rng, 0, 2)
            r = self.label.rate(sec, (None, end))
            extras.append(
                f"Looking at the opportunity side, the {self.market} market could "
                f"expand at a CAGR of {r} through {end} if adoption keeps pace."
            )
        if extras:
            self.add("p", " ".join(extras))

    def segmentation(self) -> None:
        rng, m, lab = self.rng, self.market, self.label
        self.add("h2", pick(rng, (f"{m} Market Segmentation", "Market Segmentation", "Segment Analysis")))
        heads = ", ".join(h.lower() for _, h, _ in self.dims)
        self.add("p", f"The report analyses the {m} market by {heads} and region.")
        style = pick(rng, ("lists", "lists", "inline", "table", "sentence"))
        rows = [["Segment", "Sub-segments"]]
        for dim, heading, segs in self.dims:
            names = [lab.segment(dim, s) for s in segs]
            if style == "lists":
                self.add("h3", f"By {heading}:" if rng.random() < 0.4 else f"By {heading}")
                self.add("ul", items=[f"**{n}**" if rng.random() < 0.2 else n for n in names])
            elif style == "inline":
                self.add("p", f"**By {heading}:** {', '.join(names)}")
            elif style == "table":
                rows.append([f"By {heading}", ", ".join(names)])
            else:
                self.add("p", f"By {heading.lower()}, the market is divided into {join_names(rng, names)}.")
        if style == "table":
            self.add("table", rows=rows)
        self._segment_facts()

    def _segment_facts(self) -> None:
        rng, lab = self.rng, self.label
        segs = pick(rng, self.dims)[2]
        named = [s for s in segs if s != "Others"] or segs
        seg = pick(rng, named)
        sents = [f"The {seg} segment held the largest revenue share, about {randint(rng, 25, 55)}%, in {self.base}."]
        if rng.random() < 0.45:
            money = make_money(rng, self.base_millions * rng.uniform(0.2, 0.5), self.style)
            sents.append(f"The {seg} segment accounted for {lab.size(money, self.base, seg)} in {self.base}.")
        if rng.random() < 0.3:
            other = pick(rng, named)
            rate = make_rate(rng, self.pct + rng.uniform(0.5, 4.0), allow_range=False)
            years = self._sub_years()
            r = lab.rate(rate, years, other)
            sents.append(
                f"The {other} segment is projected to register the fastest CAGR of {r}{self._years_words(years)}."
            )
        self.add("p", " ".join(sents))

    def _sub_years(self) -> tuple[int | None, int | None]:
        if self.label.forecast is not None:
            return (self.start, self.end)
        return (None, self.end) if self.rng.random() < 0.5 else (None, None)

    def _years_words(self, years: tuple[int | None, int | None]) -> str:
        start, end = years
        if start is not None:
            return f" from {start} to {end}"
        return f" through {end}" if end is not None else ""

    def regional(self) -> None:
        rng, m, lab = self.rng, self.market, self.label
        self.add(
            "h2", pick(rng, ("Regional Analysis", "Regional Outlook", f"{m} Market by Region", "Geographical Coverage"))
        )
        names = [lab.region(r) for r, _ in self.regions]
        self.add("p", f"The report covers {join_names(rng, names)}.")
        if rng.random() < 0.7:
            items = []
            for region, countries in self.regions:
                cs = [lab.country(c) for c in countries]
                if cs:
                    items.append(pick(rng, (f"{region} ({', '.join(cs)})", f"**{region}:** {', '.join(cs)}")))
                else:
                    items.append(region)
            self.add("ul", items=items)
        lead = self.regions[0][0]
        sents = [f"{lead} held approximately {randint(rng, 28, 45)}% share of the global {m} market in {self.base}."]
        if rng.random() < 0.35:
            region = pick(rng, self.regions)[0]
            money = make_money(rng, self.base_millions * rng.uniform(0.15, 0.4), self.style)
            name = f"{region} {m}"
            sents.append(f"The {name} market was valued at {lab.size(money, self.base, name)} in {self.base}.")
        if rng.random() < 0.3:
            region = pick(rng, self.regions[1:] or self.regions)[0]
            name = f"{region} {m}"
            rate = make_rate(rng, self.pct + rng.uniform(0.5, 3.0), allow_range=False)
            years = self._sub_years()
            r = lab.rate(rate, years, name)
            sents.append(
                f"The {name} market is anticipated to register the fastest CAGR of {r}{self._years_words(years)}."
            )
        countries = [c for _, cs in self.regions for c in cs]
        if countries and rng.random() < 0.3:
            country = lab.country(pick(rng, countries))
            name = f"{country} {m}"
            money = make_money(
                rng,
                self.base_millions * rng.uniform(0.05, 0.3) * (1 + self.pct / 100) ** (self.end - self.base),
                self.style,
            )
            sents.append(f"The {name} market is projected to reach {lab.size(money, self.end, name)} by {self.end}.")
        self.add("p", " ".join(sents))

    def competition(self) -> None:
        rng, m, lab = self.rng, self.market, self.label
        self.add(
            "h2",
            pick(
                rng,
                ("Competitive Landscape", f"Key Players in the {m} Market", "Major Market Players", "Company Profiles"),
            ),
        )
        names = [lab.company(c) for c in self.companies]
        style = pick(rng, ("comma", "list", "bold", "list"))
        if style == "comma":
            listed = join_names(rng, names)
            self.add(
                "p",
                f"Key players operating in the {m} market include "
                + pick(rng, (sentence_end(listed), f"{listed}, among others.")),
            )
        elif style == "list":
            self.add(
                "p",
                pick(
                    rng, ("The major companies profiled in the report are:", "Prominent players in the market include:")
                ),
            )
            self.add("ul", items=[f"**{n}**" if rng.random() < 0.3 else n for n in names])
        else:
            bold = ", ".join(f"**{n}**" for n in names)
            self.add("p", f"Some of the prominent vendors are {bold}.")
        if rng.random() < 0.5:
            self._profiles()
        self.add("p", self.pad_paragraph(2), pad=True)

    def _profiles(self) -> None:
        rng = self.rng
        for name in sample(rng, self.companies, min(len(self.companies), randint(rng, 1, 4))):
            text = f"**{name}** " + pick(
                rng,
                (
                    "focuses on high-reliability products for demanding environments.",
                    "has been investing in new production lines and service centres.",
                    "is known for a broad portfolio and a strong distributor network.",
                    "recently introduced an updated product family with improved connectivity.",
                ),
            )
            if rng.random() < 0.5:
                cur = pick(rng, ("USD", "USD", "EUR"))
                rev = make_money(rng, rng.uniform(300, 40000) * FX[cur], pick_style(rng, cur))
                text += f" The company reported annual revenue of about {rev.text} in {self.base}"
                if rng.random() < 0.4:
                    text += f", up {rng.uniform(1, 15):.1f}% year on year"
                text += "."
            self.add("p", text)

    def pricing(self) -> None:
        rng = self.rng
        prefix = pick(rng, ("USD ", "US$ ", "$"))
        prices = sorted(sample(rng, range(2900, 9900, 50), 3))
        rows = [["License Type", "Price"]]
        for kind, price in zip(
            ("Single User License", "Multi-User License", "Enterprise License"), prices, strict=True
        ):
            rows.append([kind, f"{prefix}{price:,}"])
        self.add("h2", "Report Pricing")
        self.add("table", rows=rows)
        self.add(
            "p",
            f"Buy now and save up to {pick(rng, (10, 15, 20, 25))}% on the corporate "
            f"license: [{self.url('checkout')}]({self.url('checkout')})",
        )

    def toc(self) -> None:
        m = self.market
        items = ["Executive Summary", "Research Methodology", "Market Dynamics", "Porter's Five Forces Analysis"]
        items += [f"{m} Market, By {h}" for _, h, _ in self.dims]
        items += [f"{m} Market, By Region", "Competitive Landscape", "Company Profiles", "Appendix"]
        self.add("h2", "Table of Contents", pad=True)
        self.add("ol", items=items, pad=True)

    def faq(self) -> None:
        rng, m, lab = self.rng, self.market, self.label
        self.add("h2", "Frequently Asked Questions", pad=True)
        qas: list[tuple[str, str, bool]] = []
        if rng.random() < 0.6:
            qas.append(
                (
                    f"How big is the {m} market?",
                    f"The market was valued at {self.base_size()} in {self.base} and is "
                    f"expected to reach {self.end_size()} by {self.end}.",
                    False,
                )
            )
        if rng.random() < 0.5:
            g = self.growth()
            qas.append(
                (f"What is the growth rate of the {m} market?", f"The market is expected to grow at {g}.", False)
            )
        if rng.random() < 0.5:
            some = sample(rng, self.companies, min(4, len(self.companies)))
            qas.append(
                (
                    f"Who are the key players in the {m} market?",
                    "Key players include " + sentence_end(join_names(rng, [lab.company(c) for c in some])),
                    False,
                )
            )
        for q, a in sample(rng, GENERIC_FAQ, randint(rng, 1, 3)):
            d1, d2 = sample(rng, DRIVERS, 2)
            t1, t2 = sample(rng, TRENDS, 2)
            r1, r2 = sample(rng, RESTRAINTS, 2)
            qas.append((q.format(M=m), a.format(d=d1, d2=d2, t=t1, t2=t2, r=r1, r2=r2, b=pick(rng, BUYERS)), True))
        rng.shuffle(qas)
        for n, (q, a, pad) in enumerate(qas, 1):
            self.add("h3", f"{n}. {q}", pad=pad)
            self.add("p", a, pad=pad)

    def related(self) -> None:
        rng, lab = self.rng, self.label
        items = []
        for _ in range(randint(rng, 1, 4)):
            other = make_market_name(rng)
            if other == self.market or other in lab.others:
                continue
            url = f"https://www.{self.domain}/report/{re.sub(r'[^a-z]+', '-', other.lower())}"
            text = f"[{other} Market]({url})"
            roll = rng.random()
            style = pick_style(rng, "USD")
            base = 2.718281828 ** rng.uniform(3.0, 12.0)
            pct = rng.uniform(3.0, 25.0)
            y0 = self.base + randint(rng, -2, 1)
            y1 = y0 + randint(rng, 5, 9)
            rate = make_rate(rng, pct, allow_range=False)
            if roll < 0.35:
                money = make_money(rng, base * (1 + pct / 100) ** (y1 - y0), style)
                text += (
                    f" {pick(rng, RELATED_VERBS)} {lab.size(money, y1, other)} by {y1}, "
                    f"at a CAGR of {lab.rate(rate, (y0 + 1, y1), other)} from {y0 + 1} "
                    f"to {y1}"
                )
            elif roll < 0.6:
                money = make_money(rng, base, style)
                text += f": valued at {lab.size(money, y0, other)} in {y0}"
            elif roll < 0.8:
                text += f": growing at a CAGR of {lab.rate(rate, (None, None), other)}"
            items.append(text)
        if items:
            self.add("h2", pick(rng, ("Related Reports", "Browse Related Research", "Trending Reports")))
            self.add("ul", items=items)

    def about(self) -> None:
        rng, p = self.rng, self.publisher
        self.add("h2", pick(rng, ("About Us", f"About {p}", f"About {p}:")))
        text = pick(rng, ABOUT_TEXTS).format(P=p)
        if rng.random() < 0.5:
            text += " " + pick(rng, ABOUT_EXTRA)
        self.add("p", text)
        mailbox = pick(rng, ("sales", "info", "enquiry", "contact"))
        email = f"{mailbox}@{self.domain}"
        person = f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"
        phone = f"+1 ({randint(rng, 201, 989)}) {randint(rng, 200, 989)}-{randint(rng, 1000, 9999)}"
        lines = [
            f"Contact: {person}",
            f"Phone: {phone}" + pick(rng, ("", " (US)")),
            f"Email: [{email}](mailto:{email})",
            f"Website: https://www.{self.domain}",
        ]
        self.add("h3", pick(rng, ("Contact Us", "Media Contact", "Contact")))
        if rng.random() < 0.5:
            self.add("ul", items=lines)
        else:
            for line in lines:
                self.add("p", line)

    # ---- assembly ----------------------------------------------------------------------

    def compose(self) -> None:
        rng = self.rng
        self.title = self.headline()
        self.add("h1", self.title)
        self.intro()
        self.sample_link()
        self.overview()
        facts_early = rng.random() < 0.5
        want_facts = rng.random() < 0.5
        if want_facts and facts_early:
            self.key_facts()
        self.dynamics()
        self.slot(pick(rng, ("Key Trends", "Challenges", "Opportunities", "Analyst View")))
        sections = [self.segmentation, self.regional]
        rng.shuffle(sections)
        for section in sections:
            section()
        self.competition()
        if want_facts and not facts_early:
            self.key_facts()
        tail = []
        if rng.random() < 0.4:
            tail.append(self.pricing)
        if rng.random() < 0.45:
            tail.append(self.toc)
        if rng.random() < 0.55:
            tail.append(self.faq)
        rng.shuffle(tail)
        for section in tail:
            section()
        self.slot(pick(rng, ("Research Methodology", "Analyst Perspective", "Outlook")))
        if rng.random() < 0.35:
            self.related()
        self.about()
        assert self.label.forecast is None or self.forecast_said, "forecast never stated"

    def chrome(self) -> Chrome:
        rng = self.rng
        ch = Chrome(self.title, self.publisher, self.domain, self.start)
        if self.fmt == "html":
            ch.newline_html = rng.random() < 0.6
            ch.full_html = rng.random() < 0.5
            ch.header = rng.random() < 0.6
            if rng.random() < 0.3:
                ch.aside = [make_market_name(rng) for _ in range(randint(rng, 2, 4))]
        elif self.fmt == "md":
            ch.bullet = pick(rng, ("-", "-", "*", "•"))
            ch.md_headings = rng.random() < 0.8
            if rng.random() < 0.4:
                title = self.title.replace('"', "'")
                ch.front_matter = (
                    f'---\ntitle: "{title}"\ndate: {self.start}-'
                    f"{randint(rng, 1, 12):02d}-{randint(rng, 1, 28):02d}\n"
                    f"categories: [press-release, market-research]\n---\n\n"
                )
                if rng.random() < 0.5:
                    self.blocks = self.blocks[1:]  # the title lives only in the front matter
        else:
            ch.bullet = pick(rng, ("-", "•", "*", "o"))
            ch.text_heading = pick(rng, ("plain", "upper", "underline"))
        return ch

    def render(self) -> str:
        """Fill the padding slots up to a random target size and render the document."""
        rng = self.rng
        ch = self.chrome()
        render = RENDERERS[self.fmt]
        slots = [i for i, b in enumerate(self.blocks) if b.kind == "slot"]
        fills: list[tuple[int, str]] = []
        need = randint(rng, MIN_BYTES + 300, 13800) - self._estimate(ch)
        while need > 0:
            para = self.pad_paragraph()
            fills.append((pick(rng, slots), para))
            need -= len(para) + 12
        text = render(self._expand(fills), ch)
        size = len(text.encode())
        while size < MIN_BYTES:
            fills.append((pick(rng, slots), self.pad_paragraph()))
            text = render(self._expand(fills), ch)
            size = len(text.encode())
        while size > MAX_BYTES and fills:
            excess = size - MAX_BYTES
            while fills and excess > 0:
                excess -= len(fills.pop()[1])
            text = render(self._expand(fills), ch)
            size = len(text.encode())
        while size > MAX_BYTES and any(b.pad for b in self.blocks):
            last = max(i for i, b in enumerate(self.blocks) if b.pad)
            del self.blocks[last]  # fills is empty here, so slot positions may move
            text = render(self._expand(fills), ch)
            size = len(text.encode())
        return text

    def _estimate(self, ch: Chrome) -> int:
        """Rough rendered size of the blocks without padding, to avoid a trial render."""
        raw = 0
        for b in self.blocks:
            raw += len(b.text) + 3
            for item in b.items:
                raw += len(item) + 3
            for row in b.rows:
                raw += sum(len(c) + 3 for c in row)
        if self.fmt != "html":
            return raw + len(ch.front_matter)
        extra = 9 * len(self.blocks) + (900 if ch.header else 0) + (120 if ch.full_html else 0)
        return int(raw * 1.1) + extra

    def _expand(self, fills: list[tuple[int, str]]) -> list[Block]:
        out: list[Block] = []
        for i, b in enumerate(self.blocks):
            if b.kind != "slot":
                out.append(b)
                continue
            paras = [Block("p", para) for slot, para in fills if slot == i]
            if paras and b.text:
                out.append(Block("h2", b.text))
            out.extend(paras)
        return out


def build_document(seed: int, index: int) -> tuple[str, str, dict]:
    """Return (file name, document text, gold label) for one document."""
    doc = DocBuilder(seed, index)
    doc.compose()
    text = doc.render()
    return doc.file, text, doc.label.to_json()


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


_encode_str = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _json(value: object) -> str:
    """Compact JSON for label values (str, numbers, null, lists, flat dicts), fast."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_encode_str(k)}: {_json(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


def _json_facts(items: list[dict], indent: str) -> str:
    if not items:
        return "[]"
    inner = ",\n".join(indent + "  " + _json(i) for i in items)
    return f"[\n{inner}\n{indent}]"


def dump_label(label: dict) -> str:
    """The label as 2-space indented JSON, one fact object per line (like the hand labels).

    ``json.dumps(indent=2)`` gives the same data but runs the slow pure-Python encoder.
    """
    lines = []
    for key, value in label.items():
        if key in ("market_sizes", "growth_rates"):
            text = _json_facts(value, "  ")
        elif key == "segments" and value:
            inner = ",\n".join(f"    {_json(k)}: {_json(v)}" for k, v in value.items())
            text = f"{{\n{inner}\n  }}"
        elif key == "other_markets" and value:
            entries = [
                f'    {{\n      "market": {_json(o["market"])},\n'
                f'      "market_sizes": {_json_facts(o["market_sizes"], "      ")},\n'
                f'      "growth_rates": {_json_facts(o["growth_rates"], "      ")}\n    }}'
                for o in value
            ]
            text = "[\n" + ",\n".join(entries) + "\n  ]"
        else:
            text = _json(value)
        lines.append(f"  {_json(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _write(path: str, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def write_range(args: tuple[int, int, int, str]) -> tuple[int, int]:
    """Generate documents ``start..stop-1`` into ``out``; returns (count, document bytes)."""
    seed, start, stop, out = args
    docs, gold = os.path.join(out, "docs"), os.path.join(out, "gold")
    total = 0
    for index in range(start, stop):
        name, text, label = build_document(seed, index)
        data = text.encode("utf-8")
        _write(os.path.join(docs, name), data)
        stem = name.rsplit(".", 1)[0]
        _write(os.path.join(gold, stem + ".json"), dump_label(label).encode("utf-8"))
        total += len(data)
    return stop - start, total


def chunks(n: int, size: int, seed: int, out: str) -> list[tuple[int, int, int, str]]:
    return [(seed, a, min(n, a + size), out) for a in range(0, n, size)]


def generate(n: int, out: Path, seed: int = 42, jobs: int | None = None, quiet: bool = False) -> tuple[int, int]:
    """Write ``n`` documents and labels under ``out``; returns (documents, document bytes)."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or os.cpu_count() or 1)
    size = max(1, min(500, n // (jobs * 20) or 1))
    tasks = chunks(n, size, seed, str(out))
    done = nbytes = 0
    next_mark = 1

    def progress(count: int, written: int) -> None:
        nonlocal done, nbytes, next_mark
        done += count
        nbytes += written
        mark = done * 10 // n if n else 10
        if not quiet and mark >= next_mark:
            print(f"[generate_corpus] {mark * 10}% ({done}/{n} documents)", file=sys.stderr)
            next_mark = mark + 1

    if jobs == 1 or len(tasks) == 1:
        for task in tasks:
            progress(*write_range(task))
    else:
        with Pool(jobs) as pool:
            for result in pool.imap_unordered(write_range, tasks):
                progress(*result)
    return done, nbytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="worker processes (default: number of CPUs)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    t0 = time.perf_counter()
    count, nbytes = generate(args.n, args.out, args.seed, args.jobs)
    elapsed = time.perf_counter() - t0
    print(f"wrote {count} documents ({nbytes / 1e6:.1f} MB) to {args.out} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
