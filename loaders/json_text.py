"""A chat's or a tool's export saved as JSON ("[{"type": "message", "text": "pasting the summary of …"}, …]"), read as
the texts its records hold, a paragraph each, in the order they are written: the words people wrote, their escapes
("\\n", "\\u2022") decoded and their bold labels as labels, without the keys, ids and time stamps around them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

# A string that is text rather than an id, a time stamp or a type: it holds a space between words.
WORDS = 2
# A chat's bold label at a line's start, its words between asterisks: "*Key companies* Google LLC (Apigee), …".
BOLD_LABEL = re.compile(r"^\*([^*\n]{2,40})\*(?=[ \n])", re.M)


def json_as_text(body: str) -> str | None:
    """The texts of a document that is JSON as a whole, a paragraph each; None for any other document, or JSON that
    holds no text."""
    stripped = body.strip()
    if not stripped or stripped[0] not in "[{" or stripped[-1] not in "]}":
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    texts = [text.strip() for text in _strings(data) if len(text.split()) >= WORDS]
    return BOLD_LABEL.sub(r"\1:", "\n\n".join(texts)) if texts else None  # "Key companies: Google LLC …"


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value, depth first, in the order written."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
