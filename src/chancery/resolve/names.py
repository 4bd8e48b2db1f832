"""Names as written -> comparable forms: honorifics dropped, inversions undone, scripts folded.

Three layers, each a small table of rules rather than a list of people:

* :func:`clean` removes what is not the name (titles, editorial brackets, "Jr.").
* :func:`fold` lower-cases and strips accents and punctuation (``STALIN`` = ``Stalin``).
* :func:`key` folds romanisations of one script family onto one spelling (``Alikhan``/``Alihan``,
  ``Tse-tung``/``Zedong``, ``Heon-yeong``/``Hon Yong``); :data:`ROMANISATION_RULES` says which rule
  comes from which family. Keys are only compared, never shown.

:func:`parse` gives a :class:`PersonName` read in both name orders (family name last, as in Russian
and English pages, or first, as in Chinese and Korean names); :func:`compatible` says whether two
names may be one person (initials agree with full names, no given name conflicts).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


# Leading words that are titles, forms of address or offices, not part of a name ("Cde. Beria").
def _words(text: str) -> list[str]:
    return text.split()


HONORIFICS = frozenset(
    _words(
        """cde comrade comrades tov tovarishch marshal generalissimo commander-in-chief commander
    chief mr mrs ms miss dr prof professor sir madame mme monsieur his her excellency general
    colonel col lieutenant lt major maj captain capt admiral president premier chairman
    vice-chairman vice deputy minister ambassador secretary senator governor consul the
    first second gen gov amb sen hon mister herr frau madam lord lady prime foreign acting envoy
    consul-general vice-premier vice-president generalissimus congressman congresswoman"""
    )
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset({"of", "the", "and", "for", "in", "to", "de", "du", "des", "la", "le"})

# (script family, pattern, replacement) applied in order to a folded token. Both sides of a
# comparison go through the same rules, so a rule only has to map two spellings onto one.
ROMANISATION_RULES: tuple[tuple[str, str, str], ...] = (
    ("german", r"tsch", "ch"),  # Tschiang -> chiang
    ("german", r"sch", "sh"),  # Wyschinski -> wyshinski
    ("german", r"w", "v"),  # Wyshinski -> vyshinski
    ("cyrillic", r"shch", "sh"),
    ("cyrillic", r"dzh|dj", "j"),  # Dzhugashvili / Djugashvili
    ("cyrillic", r"zh", "j"),  # Zhou / Jou; French j for zh
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
    ("vowels", r"y", "i"),  # Vyshinsky / Vishinsky, -iy / -yi / -ii endings
    ("any", r"(\w)\1+", r"\1"),  # doubled letters: Vyshinskyy, Jossif
)
_RULES = tuple((re.compile(p), r) for _, p, r in ROMANISATION_RULES)

# Cyrillic -> Latin (a plain scholarly-English table), so that "Сталин" compares with "Stalin".
CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў",
        _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i i ye u"),
        strict=True,
    )
)


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin; other scripts unchanged."""
    out = []
    for char in text:
        low = char.lower()
        latin = CYRILLIC.get(low)
        if latin is None:
            out.append(char)
        else:
            latin = latin.replace("_", "")
            out.append(latin.capitalize() if char != low else latin)
    return "".join(out)


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, editorial brackets dropped."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’ʼ`ʻ]", "", text.lower())
    text = re.sub(r"[^\w\s-]", " ", text).replace("-", " ").replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def key(token: str) -> str:
    """One spelling for the romanisations of a folded token (see :data:`ROMANISATION_RULES`)."""
    token = fold(transliterate(token)).replace(" ", "")
    for pattern, replacement in _RULES:
        token = pattern.sub(replacement, token)
    return token


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(transliterate(text))).strip("-") or "unnamed"


ARTICLES = frozenset({"the"})


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
    while n < len(words) - 1 and _is_title(words[n]) and fold(words[n + 1]) not in PARTICLES:
        n += 1
    if all(_is_title(w) for w in words[n:]):
        return []  # "THE PRESIDENT": a title standing for a person stays whole
    return words[:n]


def _is_title(word: str) -> bool:
    return fold(word).replace(" ", "-") in HONORIFICS or fold(word) in HONORIFICS


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

    def readings(self) -> list[tuple[str, tuple[str, ...]]]:
        """(family name, given names) in both orders: family last, then family first."""
        if not self.tokens:
            return []
        out = [(self.tokens[-1], self.tokens[:-1])]
        if len(self.tokens) > 1 and not is_initial(self.tokens[0]):
            out.append((self.tokens[0], self.tokens[1:]))
        return out


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
    for x, y in zip(a, b, strict=False):
        if is_initial(x) or is_initial(y):
            if not (_initial_fits(x, y) if is_initial(x) else _initial_fits(y, x)):
                return False
        elif key(x) != key(y):
            return False
    return True


@lru_cache(maxsize=262144)
def agreement(a: PersonName, b: PersonName) -> str:
    """How two names agree: ``"full"``, ``"initials"``, ``"family"`` (one is a bare family name),
    or ``""`` when they cannot be one person."""
    best = ""
    for fam_a, given_a in a.readings():
        for fam_b, given_b in b.readings():
            if key(fam_a) != key(fam_b) or not _given_compatible(given_a, given_b):
                continue
            if not given_a or not given_b:
                level = "family"
            elif not any(is_initial(t) for t in given_a + given_b):
                level = "full"
            else:
                level = "initials"
            best = max(best, level, key=_RANK.index)
    return best


_RANK = ["", "family", "initials", "full"]


def compatible(a: PersonName, b: PersonName) -> bool:
    return bool(agreement(a, b))
