"""Turn a file's bytes into text: refuse binaries, honour BOMs, try UTF-8, then detect, then fix mojibake."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes
from ftfy.badness import is_bad

# Signatures of binary formats that turn up in scraped folders under a document extension.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office file)"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable program"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.01
DETECTION_SAMPLE = 256 * 1024
# Encodings a detector takes for Windows-1252 on Western texts whose only non-ASCII characters are a few
# (“smart quotes” read as "ìWidgetî", or as "ōWidgetö" in DOS Baltic): scraped pages are practically never Mac- or
# DOS-encoded (the Latin DOS code pages, and IBM's Urdu one, which detection picked for English texts), and ISO
# Latin-1 pages are read as Windows-1252 by browsers.
CP1252_LOOKALIKES = re.compile(r"^(?:mac_|latin_1$|iso8859_1$|iso8859_15$|cp(?:437|775|85[0278]|86[0135]|1006)$)")
# Characters that UTF-8 read as Windows-1252 or Latin-1 leaves behind ("â‚¬", "Ã©", "Â "): ftfy runs only then.
MOJIBAKE_HINT = re.compile(
    "[ÃÂâÅÐÑØÎÏ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
# A word processor's bullet from the Symbol font (U+F0B7, a private-use character), as itself or read as Windows-1252
# ("ï‚·"), which no repair of mojibake turns back into a character that shows: a bullet.
SYMBOL_BULLETS = ("ï‚·", "\uf0b7")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not a text document; the message says why, for a person."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes, or raise DecodeError with a reason a person understands."""
    if not data.strip():
        raise DecodeError("empty file" if not data else "file holds only whitespace")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DecodeError(f"binary file ({kind}) with a document extension")
    text, encoding = _to_text(data)
    _refuse_binary_text(text)
    if text.isascii() or not MOJIBAKE_HINT.search(text) or not is_bad(text):
        fixed = unicodedata.normalize("NFC", text)
    else:
        fixed = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False, normalization="NFC")
    for bullet in SYMBOL_BULLETS:
        if bullet in fixed:
            fixed = fixed.replace(bullet, "•")
    return Decoded(text=fixed, encoding=encoding, repaired=fixed != text)


def _to_text(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data (NUL bytes) in a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:DETECTION_SAMPLE]).best()
    if best is None or best.encoding is None:
        raise DecodeError("not text in any known encoding")
    if CP1252_LOOKALIKES.match(best.encoding):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(best.encoding, errors="replace"), f"{best.encoding} (with replacements)"


def _refuse_binary_text(text: str) -> None:
    sample = text[:DETECTION_SAMPLE]
    controls = len(CONTROL_CHARS.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise DecodeError("binary data (control characters) in a text document")
