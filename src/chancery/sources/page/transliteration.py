"""Cyrillic names in Latin letters, to compare a name signed in Russian with its English form.

"А. Василевский" and "Vasilevsky" are the same man: :func:`name_key` reduces both to "vasilevsky"
(a plain romanisation, then the endings that romanisations write differently made one).
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic letter -> Latin ("" for the hard and soft signs).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


def latin(text: str) -> str:
    """A plain romanisation of the Cyrillic letters in ``text``; other letters stay."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _CYRILLIC:
            rom = _CYRILLIC[low]
            out.append(rom.capitalize() if ch != low and rom else rom)
        else:
            out.append(ch)
    return "".join(out)


def name_key(word: str) -> str:
    """ "Василевский", "Vasilevskiy", "Vasilevsky" -> "vasilevsky"; accents and apostrophes dropped."""
    text = unicodedata.normalize("NFKD", latin(word).lower())
    text = "".join(c for c in text if c.isalpha() and not unicodedata.combining(c))
    text = re.sub(r"(?:iy|ii|yy|ij|yi)$", "y", text)
    return text.replace("kh", "h").replace("yu", "iu").replace("ya", "ia")
