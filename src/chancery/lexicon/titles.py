"""What may stand before a name and is not part of it, as single folded words (for the resolver and linker).

* :data:`TITLE_WORDS`: every word of an honorific and of a role noun (:mod:`~chancery.lexicon.honorifics`,
  :mod:`~chancery.lexicon.offices`), folded ("Cde." -> "cde"): a title by itself ("Marshal Stalin").
* :data:`QUALIFIER_WORDS`: the words that qualify an office, and the article ("First Deputy", "Foreign
  Minister", "the President"): part of a title, never one alone ("Central Committee" is a body's name).

Words of one letter are left out, being initials as often as titles ("C. E. Bohlen").
"""

from __future__ import annotations

from chancery.lexicon.honorifics import HONORIFICS
from chancery.lexicon.offices import OFFICE_QUALIFIERS, ROLE_NOUNS
from chancery.lexicon.particles import ARTICLES, CONNECTIVES
from chancery.lexicon.romanisation import fold


def _words(phrases: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in fold(p).split() if len(w) > 1 and w not in CONNECTIVES)


TITLE_WORDS = _words((*HONORIFICS, *ROLE_NOUNS))
QUALIFIER_WORDS = _words(OFFICE_QUALIFIERS) | ARTICLES


def is_title(word: str, qualifiers: bool = True) -> bool:
    """A word that is a title or an office ("Cde.", "Vice-Chairman", "Commander-in-Chief"), or, with
    ``qualifiers``, a word of one ("First", "Foreign")."""
    words = TITLE_WORDS | QUALIFIER_WORDS if qualifiers else TITLE_WORDS
    parts = fold(word).split()
    return any(p in words for p in parts) and all(p in words or p in CONNECTIVES for p in parts)
