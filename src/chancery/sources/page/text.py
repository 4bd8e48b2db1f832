"""Decoding: the bytes of a page file become clean text lines.

Pages arrive as UTF-8 (with or without a BOM), sometimes as cp1251, cp1250 or cp1252/latin-1 (see
:mod:`~chancery.sources.page.charsets`), with CRLF line ends,
non-breaking spaces and stray control characters. :func:`decode` never raises on odd bytes; it raises
:class:`~chancery.errors.SourceError` only when the data is clearly not text.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from chancery.sources.page.charsets import best_reading

log = logging.getLogger(__name__)

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


class NotText(ValueError):
    """The data is binary, not a text page."""


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:4096]:
        return True
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> str:
    """The text of ``data``: UTF-8 (BOM or not), UTF-16 with a BOM, else the most plausible code page."""
    if data.startswith(_BOMS[0]):
        data = data[3:]
    elif data.startswith(_BOMS[1:]):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise NotText("binary data, not a text page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            log.debug("UTF-8 cut in the middle of a character at the end; the last bytes are dropped")
            return data[: exc.start].decode("utf-8")
    name, text = best_reading(data)
    log.debug("not UTF-8; decoded as %s (the most plausible reading)", name)
    return text


def clean_text(text: str) -> str:
    """Normalised text: NFC, LF line ends, plain spaces, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def decode(data: bytes) -> str:
    return clean_text(decode_bytes(data))


def squeeze(text: str) -> str:
    """One line with single spaces."""
    return re.sub(r"\s+", " ", text).strip()


# A word set letter by letter for emphasis, as typescripts print a name ("Jiri H e n d r y c h", "W a l t e r
# U l b r i c h t"): its letters, one space apart, four or more
_SPACED_LETTERS = re.compile(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b")


def unspaced(text: str) -> str:
    """``text`` with its letter-spaced words set solid; two words run together split where a capital
    follows a small letter ("W a l t e r U l b r i c h t" -> "Walter Ulbricht")."""
    if " " not in text:
        return text
    return _SPACED_LETTERS.sub(
        lambda m: re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", " ", m.group(0).replace(" ", "")), text
    )
