"""Cyrillic names in Latin letters, to compare a name signed in Russian with its English form.

"А. Василевский" and "Vasilevsky" are the same man: :func:`name_key` reduces both to one spelling.
The letter table and the romanisation rules are :mod:`chancery.lexicon`'s, shared with the resolver.
"""

from __future__ import annotations

from chancery.lexicon.cyrillic import CYRILLIC as _CYRILLIC
from chancery.lexicon.cyrillic import latin
from chancery.lexicon.romanisation import spelling_key as name_key

__all__ = ["_CYRILLIC", "latin", "name_key"]
