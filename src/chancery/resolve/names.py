"""Names as written -> comparable forms: honorifics dropped, inversions undone, scripts folded.

Three layers, each applying the tables of :mod:`chancery.lexicon` rather than a list of people:

* :func:`clean` removes what is not the name (titles and offices, editorial brackets, "Jr.").
* :func:`fold` lower-cases and strips accents and punctuation (``STALIN`` = ``Stalin``).
* :func:`key` folds romanisations of one script family onto one spelling (``Alikhan``/``Alihan``,
  ``Tse-tung``/``Zedong``, ``Heon-yeong``/``Hon Yong``); :data:`ROMANISATION_RULES` says which rule
  comes from which family. Keys are only compared, never shown.

:func:`parse` gives a :class:`PersonName` read in both name orders (family name last, as in Russian
and English pages, or first, as in Chinese and Korean names); :func:`agreement` says whether two
names may be one person (initials agree with full names, no given name conflicts) and
:func:`surname_agreement` how sure the family names are: the same, one name in two spellings
(``Vyshinsky``/``Wyschinski``, ``Chou``/``Zhou``), or only alike once folded (``Zhu``/``Zhou``,
``Liu``/``Lu``), which never makes one person without a curator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.lexicon.chinese import readings as chinese_readings
from chancery.lexicon.chinese import same_syllables
from chancery.lexicon.cyrillic import latin as transliterate
from chancery.lexicon.particles import ARTICLES, CONNECTIVES, SUFFIXES
from chancery.lexicon.romanisation import ROMANISATION_RULES, fold, key, spelling_key
from chancery.lexicon.titles import is_title

__all__ = [
    "ROMANISATION_RULES", "PersonName", "agreement", "clean", "compatible", "fold", "folded_surnames",
    "honorifics_of", "key", "parse", "slug", "surname_agreement", "transliterate",
]  # fmt: skip


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(transliterate(text))).strip("-") or "unnamed"


def clean(name: str, drop: str = "titles") -> str:
    """The name without editorial brackets, leading titles and trailing "Jr."-like suffixes.

    ``V[asily]. Pisarev`` keeps the editor's expansion; ``HASHIM SHAH [sic]`` loses the mark.
    A name that is nothing but titles ("THE PRESIDENT") is returned as it is. ``drop``: "titles"
    (persons), "articles" (bodies: "General Staff" keeps its "General", "the CC" loses its "the"),
    "nothing" (places: "The Hague").
    """
    text = re.sub(r"(\w)\[(\w+)\]\.?", r"\1\2", name)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    words = re.sub(r"\s+", " ", text).strip(" ,;:").split()
    if drop == "titles":
        titles = _leading_titles(words)
    else:
        titles = words[: int(drop == "articles" and len(words) > 1 and fold(words[0]) in ARTICLES)]
    words = words[len(titles) :]
    while len(words) > 1 and fold(words[-1]) in SUFFIXES:
        words.pop()
    return " ".join(words).strip(" ,") or name.strip()


def _leading_titles(words: list[str]) -> list[str]:
    """The leading words that are titles, unless nothing would be left or a phrase follows."""
    n = 0
    while n < len(words) - 1 and is_title(words[n]) and fold(words[n + 1]) not in CONNECTIVES:
        n += 1
    if all(is_title(w) for w in words[n:]):
        return []  # "THE PRESIDENT": a title standing for a person stays whole
    titles = words[:n]
    if not any(is_title(w, qualifiers=False) for w in titles) and not all(
        fold(w) in ARTICLES for w in titles
    ):
        return []  # "Central Committee", "State Department": qualifiers alone are a body's words
    return titles


def honorifics_of(name: str) -> list[str]:
    """The leading titles :func:`clean` drops, as written."""
    return _leading_titles(re.sub(r"\[[^\]]*\]", " ", name).split())


def is_initial(token: str) -> bool:
    """Initials are kept with their point: "i.", "ya." (Я), "iu." (Ю)."""
    return token.endswith(".")


@dataclass(frozen=True)
class PersonName:
    """A person's name as tokens: ``tokens`` in page order, inversions undone."""

    tokens: tuple[str, ...]  # folded tokens, initials with their point: "i.", "v.", "stalin"

    @property
    def full(self) -> tuple[str, ...]:
        """Tokens that are words, not initials."""
        return tuple(t for t in self.tokens if not is_initial(t))

    def readings(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(family name, given names) in both orders: family last, then family first."""
        return _readings(self.tokens)


@lru_cache(maxsize=65536)
def _readings(tokens: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not tokens:
        return ()
    out = [(tokens[-1], tokens[:-1])]
    if len(tokens) > 1 and not is_initial(tokens[0]):
        out.append((tokens[0], tokens[1:]))
    return tuple(out)


@lru_cache(maxsize=65536)
def parse(name: str) -> PersonName:
    """Tokens of a person's name; "Nehru, Jawaharlal" and "Stalin, Iosif V." are turned round.

    A word of one letter, or of up to three followed by a point ("Ya.", "Iu.": initials of Я, Ю),
    is an initial.
    """
    text = clean(transliterate(name))
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        if given and fold(given) not in SUFFIXES and fold(family):
            text = f"{given} {family}"
    text = re.sub(r"(?<=\w)\.(?=\w)", ". ", text)  # "G.M. Malenkov"
    tokens: list[str] = []
    for raw in text.split():
        folded = fold(raw).split()
        if len(folded) == 1 and (len(folded[0]) == 1 or re.fullmatch(r"[^\W\d_]{1,3}\.", raw)):
            tokens.append(folded[0] + ".")
        else:
            tokens += folded
    return PersonName(tuple(tokens))


def _initial_fits(initial: str, other: str) -> bool:
    """An initial fits a name it begins: A. Andrey, Iu. Yuri (Ю); Ya. fits Y. but not I. (Я is not И)."""
    a, b = initial.rstrip("."), other.rstrip(".")
    if is_initial(other):
        return a.startswith(b) or b.startswith(a) or key(a) == key(b)
    return b.startswith(a[0]) if len(a) == 1 else b.startswith(a) or key(b).startswith(key(a))


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names or initials of two readings do not conflict (a missing one never conflicts)."""
    if not a or not b:
        return True
    if not any(is_initial(t) for t in a + b) and key("".join(a)) == key("".join(b)):
        return True  # "Il Sung" / "Il-sung" / "Ilsung"
    if not any(is_initial(t) for t in a + b) and same_syllables(a, b):
        return True  # "Shao-ch'i" / "Shaoqi": Wade-Giles and pinyin syllables
    for x, y in zip(a, b, strict=False):
        if is_initial(x) or is_initial(y):
            if not (_initial_fits(x, y) if is_initial(x) else _initial_fits(y, x)):
                return False
        elif key(x) != key(y):
            return False
    return True


@lru_cache(maxsize=65536)
def surname_agreement(a: str, b: str) -> str:
    """How two family names (folded tokens) agree: ``"exact"``; ``"variant"``, one name in two
    spellings (``vyshinsky``/``wyschinski``, ``molotov``/``molotoff``; Chinese syllables whose pinyin
    readings meet: ``chou``/``zhou``); ``"folded"`` when only the loose key joins them (``zhu``/``zhou``,
    ``liu``/``lu``: two Chinese syllables, or two spellings apart by the loose rules); else ``""``.
    Chinese syllables are variants when their pinyin readings meet, whatever the key (``jen``/``ren``)."""
    if a == b:
        return "exact"
    loose = key(a) == key(b)
    syllables_a, syllables_b = chinese_readings(a), chinese_readings(b)
    if syllables_a and syllables_b:
        return "variant" if syllables_a & syllables_b else "folded" if loose else ""
    if not loose:
        return ""
    return "variant" if spelling_key(a) == spelling_key(b) else "folded"


def agreement(a: PersonName, b: PersonName, loose: bool = False) -> str:
    """How two names agree: ``"full"``, ``"initials"``, ``"family"`` (one is a bare family name),
    or ``""`` when they cannot be one person. The family names must agree exactly or as variants
    (:func:`surname_agreement`); with ``loose``, family names that only fold together count too."""
    return _agreements(a, b)[loose]


@lru_cache(maxsize=262144)
def _agreements(a: PersonName, b: PersonName) -> tuple[str, str]:
    """(strict, loose) agreement of two names, computed once."""
    strict = loose = ""
    for fam_a, given_a in a.readings():
        for fam_b, given_b in b.readings():
            surnames = surname_agreement(fam_a, fam_b)
            if not surnames or not _given_compatible(given_a, given_b):
                continue
            if not given_a or not given_b:
                level = "family"
            elif not any(is_initial(t) for t in given_a + given_b):
                level = "full"
            else:
                level = "initials"
            loose = max(loose, level, key=_RANK.index)
            if surnames != "folded":
                strict = max(strict, level, key=_RANK.index)
    return strict, loose


_RANK = ["", "family", "initials", "full"]


def compatible(a: PersonName, b: PersonName) -> bool:
    return bool(agreement(a, b))


def folded_surnames(a: PersonName, b: PersonName) -> tuple[str, str] | None:
    """The family names that only folding joins, when two names agree only loosely (``zhu``, ``zhou``)."""
    if agreement(a, b) or not agreement(a, b, loose=True):
        return None
    for fam_a, given_a in a.readings():
        for fam_b, given_b in b.readings():
            if surname_agreement(fam_a, fam_b) == "folded" and _given_compatible(given_a, given_b):
                return fam_a, fam_b
    return None
