"""Editorial brackets: the notes translators and editors put in square brackets.

"[handwritten: ...]", "[Translator's note: ...]", "[there is missing text between the reproduced pages]",
"[illegible signature]", "[sic]"... are kept, once each, in page order. Brackets that only supply a
word or a variant spelling ("[our]", "[Yining]") are not notes.
"""

from __future__ import annotations

import re

_NOTE_WORDS = re.compile(
    r"(?i)^(?:handwritten|translator|editor|note|illegible|sic|signature|stamp|seal|missing|there is|"
    r"there are|"
    r"text|page|one word|two words|three words|several words|words?|date|unclear|unreadable|crossed|"
    r"underlined|marginal|in the margin|original|document|\?|…|\.\.\.|not |no )"
)


def editorial_notes(text: str) -> list[str]:
    notes: list[str] = []
    for m in re.finditer(r"\[(?P<inner>[^\[\]]{1,400})\]", text):
        inner = m.group("inner").strip()
        if _NOTE_WORDS.match(inner) or len(inner.split()) >= 4 and not inner[:1].isupper():
            note = "[" + re.sub(r"\s+", " ", inner) + "]"
            if note not in notes:
                notes.append(note)
    return notes
