"""Cyrillic letters in Latin: one plain scholarly-English table, so "Сталин" compares with "Stalin".

The reader uses it to compare a name signed in Russian with its English form, the resolver and the
linker to compare any Cyrillic name or label with Latin ones.
"""

from __future__ import annotations

# Cyrillic letter -> Latin ("" for the hard and soft signs). Ukrainian і ї є ґ and Belarusian ў too.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


def latin(text: str) -> str:
    """A plain romanisation of the Cyrillic letters in ``text``; other letters stay."""
    out = []
    for char in text:
        low = char.lower()
        if low in CYRILLIC:
            rom = CYRILLIC[low]
            out.append(rom.capitalize() if char != low and rom else rom)
        else:
            out.append(char)
    return "".join(out)
