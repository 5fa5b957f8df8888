"""The facts extractors return: plain dataclasses, each with its span and evidence sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Span:
    char_start: int
    char_end: int
    evidence_text: str


@dataclass
class Attribute(Span):
    """A document-level attribute: title, market, publisher, publisher_domain, report_id, forecast_period."""

    attribute: str = ""
    value_text: str = ""
    start_year: int | None = None
    end_year: int | None = None


@dataclass
class Money:
    value_text: str
    reported_value: float
    reported_unit: str
    reported_currency: str
    comparator: str | None = None


@dataclass
class SizeMention(Span):
    """A money amount stated for a market (the main one, a segment, a region or another market)."""

    money: Money | None = None
    market_name: str | None = None
    scope: str = "market"
    segment_name: str | None = None
    region_name: str | None = None
    reference_year: int | None = None
    is_forecast: bool = False


@dataclass
class GrowthMention(Span):
    rate_text: str = ""
    rate_low: float = 0.0
    rate_high: float = 0.0
    start_year: int | None = None
    end_year: int | None = None
    period_from_forecast: bool = False
    market_name: str | None = None
    scope: str = "market"
    segment_name: str | None = None
    region_name: str | None = None


@dataclass
class CompanyMention(Span):
    name_as_written: str = ""
    company_name: str = ""
    role: str = "key_player"


@dataclass
class RevenueMention(Span):
    company_name: str = ""
    money: Money | None = None
    reference_year: int | None = None


@dataclass
class SegmentMention(Span):
    dimension: str = ""
    dimension_as_written: str = ""
    segment_name: str = ""


@dataclass
class RegionMention(Span):
    name_as_written: str = ""
    region_name: str | None = None
    parent_as_written: str | None = None
    context: str = "coverage"


@dataclass
class ShareMention(Span):
    region_name: str = ""
    share_percent: float = 0.0
    reference_year: int | None = None
    subject_kind: str = "region"


@dataclass
class DocumentFacts:
    attributes: list[Attribute] = field(default_factory=list)
    sizes: list[SizeMention] = field(default_factory=list)
    growth: list[GrowthMention] = field(default_factory=list)
    companies: list[CompanyMention] = field(default_factory=list)
    revenues: list[RevenueMention] = field(default_factory=list)
    segments: list[SegmentMention] = field(default_factory=list)
    regions: list[RegionMention] = field(default_factory=list)
    shares: list[ShareMention] = field(default_factory=list)


def texts_of(facts: DocumentFacts) -> Iterator[tuple[object, str, int, int]]:
    """Every text the facts hold, a fact's nested records' too (its money's): the record that holds it, the field's
    name and the span of the fact it belongs to."""
    for kind in fields(facts):
        for item in getattr(facts, kind.name):
            yield from _texts(item, item.char_start, item.char_end)


def _texts(record: object, start: int, end: int) -> Iterator[tuple[object, str, int, int]]:
    for item in fields(record):  # type: ignore[arg-type]
        value = getattr(record, item.name)
        if isinstance(value, str) and value:
            yield record, item.name, start, end
        elif is_dataclass(value):
            yield from _texts(value, start, end)
