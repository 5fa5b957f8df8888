"""A calendar invitation saved as text: its events read as a calendar shows them."""

from __future__ import annotations

from loaders.calendar import calendar_as_text
from loaders.clean import clean
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT

INVITE = REPO_ROOT / "tests/written/docs/w9-26-electric-heat-tracing-webinar-invite.txt"


def test_an_invitation_s_folded_description_reads_as_its_text() -> None:
    """A written results-webinar invitation (Outlook's iCalendar, its lines folded mid-word at 75 characters, its
    commas escaped): its summary names the market, its description's figures and players read whole, none of its
    properties ("DTSTART;TZID=…", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY") is a company."""
    facts = process_file(INVITE, 10**8).facts
    assert next(a.value_text for a in facts.attributes if a.attribute == "market_name") == "Electric Heat Tracing"
    assert {3.42, 6.61} <= {s.money.reported_value for s in facts.sizes if s.scope == "market"}
    names = {c.name_as_written for c in facts.companies}
    assert {"nVent Electric plc", "Thermon Group Holdings, Inc.", "Emerson Electric Co.", "Heat Trace Limited"} <= names
    assert not any(":" in name or ";" in name or "\\" in name for name in names)


def test_an_event_s_summary_organiser_place_link_and_description() -> None:
    calendar = (
        'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Widget webinar\nORGANIZER;CN="Acme Research":mailto:e@acme.example\n'
        "LOCATION:Online\nURL:https://acme.example/w\nDESCRIPTION:The widget market was USD 5.1 bil\n lion in 2024\\, "
        "up 4%.\\nSecond line\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert calendar_as_text(calendar) == (
        "Widget webinar\n\nOrganizer: Acme Research\n\nLocation: Online\n\nhttps://acme.example/w\n\n"
        "The widget market was USD 5.1 billion in 2024, up 4%.\nSecond line"
    )


def test_a_text_that_only_opens_like_a_calendar_is_cleaned_as_text() -> None:
    text = "BEGIN:VCALENDAR\nthis line is no property of a calendar\n"
    assert calendar_as_text(text) is None
    assert "no property of a calendar" in clean(text, ".txt").text
    assert calendar_as_text("The widget market was USD 5.1 billion in 2024.") is None


def test_an_invitation_s_scope_lines_give_its_segments() -> None:
    """The invitation's scope: "Type: …", "Application: …" and "Vertical: Oil & gas, Chemicals, …" label lists of
    segments ("Vertical" is a dimension as "Type" is)."""
    segments = {(s.dimension_as_written, s.segment_name) for s in process_file(INVITE, 10**8).facts.segments}
    assert {("Type", "Skin effect"), ("Application", "Floor heating"), ("Vertical", "Oil & gas")} <= segments
    assert ("Vertical", "Residential") in segments
