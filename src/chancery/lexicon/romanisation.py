"""One spelling for the romanisations of a name: folding, and the rules of each script family.

* :func:`fold` lower-cases and strips accents, apostrophes and punctuation (``STALIN`` = ``Stalin``).
* :func:`key` applies every rule of :data:`ROMANISATION_RULES`: ``Alikhan``/``Alihan``,
  ``Tse-tung``/``Zedong``, ``Heon-yeong``/``Hon Yong``. It is loose on purpose (a rule only has to map
  two spellings onto one), so it also joins different short names (``Zhu``/``Zhou``, ``Liu``/``Lu``):
  it says two names *may* be one.
* :func:`spelling_key` applies only the rules of one spelling system against another (German and
  English renderings of Cyrillic, Revised Romanisation and McCune-Reischauer, Turkic letters, doubled
  letters), not the families of :data:`LOOSE_FAMILIES` (Chinese consonants and rounded vowels, which
  Chinese syllables settle better: :mod:`chancery.lexicon.chinese`). Two names with one spelling key
  are one name in two spellings: ``Vyshinsky``/``Vyshinskii``/``Wyschinski``, ``Molotov``/``Molotoff``.

Keys are only compared, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from chancery.lexicon.cyrillic import latin

# (script family, pattern, replacement) applied in order to a folded token. Both sides of a
# comparison go through the same rules, so a rule only has to map two spellings onto one.
ROMANISATION_RULES: tuple[tuple[str, str, str], ...] = (
    ("german", r"tsch", "ch"),  # Tschiang -> chiang
    ("german", r"sch", "sh"),  # Wyschinski -> wyshinski
    ("german", r"w", "v"),  # Wyshinski -> vyshinski, Molotow -> molotov
    ("french", r"ff$", "v"),  # Molotoff, Romanoff: -ов written -off
    ("cyrillic", r"shch", "sh"),
    ("cyrillic", r"dzh|dj", "j"),  # Dzhugashvili / Djugashvili
    ("cyrillic", r"zh", "j"),  # Zhukov / Joukov; French j for zh
    ("cyrillic", r"kh", "h"),  # Alikhan -> alihan, Khrushchev
    ("cyrillic", r"ks", "x"),
    ("cyrillic", r"^(y|i)e", "e"),  # Yegnarov / Egnarov
    ("cyrillic", r"[yi]u", "u"),  # Politbyuro -> politburo
    ("chinese", r"hs", "x"),  # Hsiao -> xiao
    ("chinese", r"t[sz]", "z"),  # Tse-tung -> zedung; Tz'u
    ("chinese", r"ch", "j"),  # Chiang -> jiang (Wade-Giles unaspirated ch = pinyin j/zh)
    ("chinese", r"d", "t"),  # Wade-Giles t = pinyin d; the apostrophe of aspiration is often lost
    ("chinese", r"g", "k"),
    ("chinese", r"b", "p"),
    ("chinese", r"z", "c"),
    ("korean", r"eo", "o"),  # Revised Romanisation eo = McCune-Reischauer o with breve
    ("korean", r"eu", "u"),
    ("turkic", r"q", "k"),
    ("turkic", r"gh", "g"),
    ("vowels", r"o", "u"),  # Tore / Tura, Sung / Song, tung / dong: rounded vowels fold together
    ("vowels", r"(?<=\w)e$", "a"),  # Tore / Tura: final -e rendered -a through Russian
    ("cyrillic", r"y", "i"),  # ы and й written y or i: Vyshinsky / Vishinsky, -iy / -yi / -ii endings
    ("any", r"(\w)\1+", r"\1"),  # doubled letters: Vyshinskyy, Jossif
)
# Families whose rules join different names as well as spellings of one: a join that rests on them is
# only a may-be (Zhu / Zhou, Liu / Lu, Chen / Jen).
LOOSE_FAMILIES = frozenset({"chinese", "vowels"})

_RULES = tuple((re.compile(p), r) for _, p, r in ROMANISATION_RULES)
_SPELLING_RULES = tuple((re.compile(p), r) for f, p, r in ROMANISATION_RULES if f not in LOOSE_FAMILIES)


_BRACKETS = re.compile(r"\[[^\]]*\]")
_APOSTROPHES = re.compile(r"['’ʼ`ʻ]")
_PUNCTUATION = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, editorial brackets dropped."""
    text = _BRACKETS.sub(" ", text)
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    text = _PUNCTUATION.sub(" ", text).replace("-", " ").replace("_", " ")
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def key(token: str) -> str:
    """One spelling for the romanisations of a token, every rule applied (a may-be, see above)."""
    return _apply(_RULES, token)


@lru_cache(maxsize=65536)
def spelling_key(token: str) -> str:
    """One spelling for the spellings of one name in several systems (no loose family applied)."""
    return _apply(_SPELLING_RULES, token)


def _apply(rules: tuple[tuple[re.Pattern[str], str], ...], token: str) -> str:
    token = fold(latin(token)).replace(" ", "")
    for pattern, replacement in rules:
        token = pattern.sub(replacement, token)
    return token
