"""Quoted-printable left in a text, as e-mail clients leave it when a message is saved or forwarded as text:
"grow fastest =E2=80=93 at 9.1% a=" / "nnually" reads "grow fastest – at 9.1% annually"."""

from __future__ import annotations

import re

# An encoded UTF-8 character: a lead byte, then one to three continuation bytes ("=E2=80=93", "=C3=A9").
ENCODED_CHARACTER = re.compile(r"=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}")
# A soft line break ("=" at a line's end) and the quote marks that open the line it continues ("a=\n> nnually").
SOFT_BREAK = re.compile(r"=\n((?:> ?)*)")


def without_quoted_printable(text: str) -> str:
    """`text` with its quoted-printable characters decoded and its soft line breaks joined, when it holds an encoded
    character; any other text as it is (an "=" at a line's end alone is no sign of the encoding)."""
    if "=" not in text or not ENCODED_CHARACTER.search(text):
        return text
    text = SOFT_BREAK.sub("", text)
    return ENCODED_CHARACTER.sub(_decoded, text)


def _decoded(match: re.Match[str]) -> str:
    try:
        return bytes.fromhex(match.group(0).replace("=", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)  # no character's bytes: as written
