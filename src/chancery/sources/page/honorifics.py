"""The words around names, as the reader uses them: honorifics, the words of offices, the nouns of roles.

:mod:`~chancery.sources.page.names` strips the first, and tells an office ("Soviet Ambassador in China")
from a name by the second and third. The tables are :mod:`chancery.lexicon`'s, shared with the resolver
and the linker; extend them there. Lower case; compared case-insensitively.
"""

from __future__ import annotations

from chancery.lexicon.honorifics import HONORIFICS
from chancery.lexicon.offices import OFFICE_WORDS, ROLE_NOUNS

__all__ = ["HONORIFICS", "OFFICE_WORDS", "ROLE_NOUNS"]
