"""The year a document was written in, from the first full date at its head (a byline's "14 May 2025", a dateline's
"October 2, 2025", an e-mail's "Date: Tue, 14 Oct 2025") or the one it states ("The current year refers to 2025"): the
year its "last year", "this year", "in the current year" and "next year" count from."""

from __future__ import annotations

import re

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "October 2, 2025", "14 May 2025", "2025-08-26".
FULL_DATE = re.compile(
    rf"\b(?:{MONTH}\s\d{{1,2}},?\s|\d{{1,2}}\s{MONTH},?\s)((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)-[01]\d-[0-3]\d\b"
)
HEAD = 2000  # a date this far into a document is its own (a byline, a dateline, a header)
# "The current year refers to 2025": the document's year, stated.
CURRENT_YEAR_IS = re.compile(r"\bcurrent\syear\s(?:refers\sto|is)\s((?:19|20)\d\d)\b", re.I)
# A year named by its distance from the document's: "$4.9 billion last year", "$1.46bn this year", "from USD 5.43
# billion in the current year".
RELATIVE_YEAR = re.compile(r"\s(?:in\sthe\s)?(?P<which>last|this|next|current)\syear\b(?!['’]s)", re.I)
OFFSET = {"last": -1, "this": 0, "current": 0, "next": 1}


def document_year(text: str) -> int | None:
    """The year `text` states as its current one, else that of the first full date in its head, else None."""
    stated = CURRENT_YEAR_IS.search(text) if "urrent year" in text else None
    if stated:
        return int(stated.group(1))
    match = FULL_DATE.search(text, 0, HEAD)
    return int(match.group(1) or match.group(2)) if match else None


def relative_year(after: str, text: str) -> int | None:
    """The year that `after` (the words right after an amount) names by its distance from the year `text` was
    written in ("last year", "this year", "next year"); None when it names none or `text` has no date."""
    match = RELATIVE_YEAR.match(after)
    year = document_year(text) if match else None
    return year + OFFSET[match.group("which").lower()] if year is not None and match else None
