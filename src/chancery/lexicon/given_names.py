"""Given names of the languages that write the family name first, so that a name can be turned round.

Hungarian writes "Barity Miklós", "Szüts Pál", "Kádár János": the family name, then the given name. The
archives' English translations keep that order in signatures and writers' lines, and the reader turns such
a name round ("Miklós Barity") when its last word is a Hungarian given name and its first is not.
"""

from __future__ import annotations

import unicodedata

# The common Hungarian given names of the period (men's and women's), as written with their accents.
HUNGARIAN_GIVEN_NAMES = frozenset(
    str.split(
        """ábel ádám adorján ágoston aladár albert alfréd andor andrás antal árpád attila balázs bálint
        béla bence benedek bertalan csaba dániel dávid dénes dezső domokos elek elemér endre ernő ervin
        ferenc frigyes gábor gáspár gedeon gergely géza gusztáv győző gyula györgy henrik ignác imre
        istván iván jakab jános jenő józsef kálmán károly kázmér kristóf lajos lászló lőrinc lukács márk
        márton mátyás menyhért mihály miklós nándor ödön ottó pál péter rezső richárd róbert rudolf
        sándor sebestyén simon szilárd tamás tibor tivadar vilmos viktor vince zoltán zsigmond
        ágnes anna erzsébet éva ilona irén judit katalin klára margit mária piroska rózsa teréz zsuzsanna"""
    )
)


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


_BARE_GIVEN = frozenset(_bare(n) for n in HUNGARIAN_GIVEN_NAMES)

# The commonest English given names of the centuries the pages come from: "From Thomas Jefferson" names a
# writer, not a place ("From Berlin").
ENGLISH_GIVEN_NAMES = frozenset(
    str.split(
        """abraham adam albert alexander alfred allen andrew anne anthony archibald arthur benjamin bernard
        charles christopher clement daniel david dean donald douglas dwight edward edwin elizabeth ernest
        francis frank franklin frederick george gerald gilbert harold harry henry herbert hugh james jane
        john jonathan joseph lawrence leonard lewis lord louis lyndon margaret mary matthew michael nathaniel
        neville oliver patrick paul peter philip ralph raymond richard robert ronald samuel stephen theodore
        thomas timothy walter william winston woodrow"""
    )
)


# The commonest given names of the Slavic and Balkan writers the pages name, romanised as the translators
# write them ("From IVAN BUDINOV" names a minister, not a place).
SLAVIC_GIVEN_NAMES = frozenset(
    str.split(
        """aleksandr aleksei alexander alexei anastas andrei anatoly boris bogdan dimitar dmitri dmitry enver
        georgi georgy grigory igor ivan josip konstantin leonid lazar mihail mikhail nikita nikolai nikolay
        petar pyotr sergei sergey stanko stefan todor valentin vasily viktor vladimir vyacheslav yakov yuri
        zhivko wladyslaw wojciech jozef jan karel vaclav antonin gustav edvard"""
    )
)


def is_common_given_name(word: str) -> bool:
    """Whether ``word`` is one of the commonest English given names ("Thomas", "Dwight"), or of the Slavic
    ones the pages' translators write ("Ivan", "Todor")."""
    bare = _bare(word.strip(".,"))
    return bare in ENGLISH_GIVEN_NAMES or bare in SLAVIC_GIVEN_NAMES


def surname_first(name: str) -> str | None:
    """ "Barity Miklós" -> "Miklós Barity": a two-word name whose last word is a Hungarian given name as
    Hungarian writes it and whose first is not; None for any other name ("János Kádár" is already in the
    usual order, "Václav David" is a Czech's)."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    first = _bare(words[0])
    # the given name as Hungarian spells it, accents and all: "Václav David" is no "David Václav" (Dávid)
    # (and a first word that is a given name elsewhere is one: "John Simon" is no "Simon John")
    common = first in ENGLISH_GIVEN_NAMES or first in SLAVIC_GIVEN_NAMES
    if words[1].lower() in HUNGARIAN_GIVEN_NAMES and first not in _BARE_GIVEN and not common:
        return f"{words[1]} {words[0]}"
    return None
