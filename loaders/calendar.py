"""A calendar invitation saved as text (iCalendar: "BEGIN:VCALENDAR", its lines folded at 75 characters, its commas
escaped): each event's summary, organiser, place, link and description as a reader's calendar shows them."""

from __future__ import annotations

import icalendar

CALENDAR_START = "BEGIN:VCALENDAR"
# An event's properties in the order a calendar shows them, each with the label its line gets ("" for none).
SHOWN = (("SUMMARY", ""), ("ORGANIZER", "Organizer: "), ("LOCATION", "Location: "), ("URL", ""), ("DESCRIPTION", ""))


def calendar_as_text(document: str) -> str | None:
    """The events of the iCalendar `document` as plain text, one paragraph a property, or None when `document` is no
    calendar or cannot be read as one (it is then cleaned as the text it is)."""
    if not document.lstrip().startswith(CALENDAR_START):
        return None
    try:
        calendar = icalendar.Calendar.from_ical(document)
    except ValueError:
        return None
    parts: list[str] = []
    for event in calendar.walk("VEVENT"):
        for name, label in SHOWN:
            value = event.get(name)
            if value is None:
                continue
            # an organiser is shown by its common name ("Data Bridge Market Research Events"), else its address
            shown = value.params.get("CN") or str(value) if name == "ORGANIZER" else str(value)
            parts.append(label + shown.strip())
    return "\n\n".join(parts) if parts else None
