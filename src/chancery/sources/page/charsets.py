"""Which 8-bit code page a page file was written in, judged by how plausible each decoding reads.

A page that is not UTF-8 is tried as cp1252 (latin-1 with Windows quotes), cp1250 (Polish, Czech,
Hungarian, Romanian...) and cp1251 (Cyrillic). Each reading is scored on its non-ASCII characters:
a letter counts for the reading when its word could belong to one language (its accented letters share a
language in :data:`LANGUAGE_LETTERS`, or the word is wholly Cyrillic); symbols where letters should be
("Pawe³"), words that mix scripts ("Cafй") or letters no language of the table combines ("Pøísnì") count
against it. The best reading wins; ties go to the earlier code page of :data:`CODE_PAGES`.
"""

from __future__ import annotations

import re

CODE_PAGES = ("cp1252", "cp1250", "cp1251")
# Accented letters of the languages these pages are written in (lower case).
LANGUAGE_LETTERS: dict[str, str] = {
    "german": "äöüß",
    "french": "àâæçéèêëîïôœùûüÿ",
    "spanish": "áéíñóúü",
    "italian": "àèéìíîòóùú",
    "portuguese": "áâãàçéêíóôõú",
    "nordic": "åäæøöé",
    "dutch": "éëïöü",
    "hungarian": "áéíóöőúüű",
    "polish": "ąćęłńóśźż",
    "czech": "áčďéěíňóřšťúůýž",
    "slovak": "áäčďéíĺľňóôŕšťúýž",
    "romanian": "ăâîșşțţ",
    "croatian": "čćđšž",
    "turkish": "çğıöşü",
    "albanian": "çë",
}
# Non-ASCII punctuation a page may well contain.
FAIR_SYMBOLS = set("“”‘’„‚«»‹›–—…•·°№§©®€£¥×")
_WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    return "latin" if ch.isascii() or "\u00c0" <= ch <= "\u024f" else "other"


def _word_fits(word: str) -> bool:
    scripts = {_script(c) for c in word}
    if scripts == {"cyrillic"} or "other" in scripts and len(scripts) == 1:
        return True
    if len(scripts) > 1:
        return False
    accented = {c for c in word.lower() if not c.isascii()}
    return any(accented <= set(letters) for letters in LANGUAGE_LETTERS.values())


def plausibility(text: str) -> int:
    """Points for the non-ASCII characters of ``text`` read as letters of real words, minus the rest."""
    score = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        foreign = sum(1 for c in word if not c.isascii())
        if foreign:
            score += foreign if _word_fits(word) else -2 * foreign
    for ch in text:
        if ch.isascii() or ch.isalpha() or ch.isspace():
            continue
        score -= 0 if ch in FAIR_SYMBOLS else 3 if ch == "\ufffd" or not ch.isprintable() else 2
    return score


def best_reading(data: bytes) -> tuple[str, str]:
    """The most plausible decoding of ``data`` among :data:`CODE_PAGES` (latin-1 as the last resort)."""
    best: tuple[int, str, str] | None = None
    for name in CODE_PAGES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is None:
        return "latin-1", data.decode("latin-1")
    return best[1], best[2]
