"""The small words of names and of the phrases around them.

* :data:`CONNECTIVES`: the words that join an office or a body's name ("Minister *of* Foreign Affairs");
  a title followed by one is part of a phrase, not a title before a name.
* :data:`PARTICLES`: the particles of personal names ("de Gaulle", "van Kleffens", "bin Laden").
* :data:`SUFFIXES`: what follows a name and is not part of it ("Jr.", "III"); folded, without points.
* :data:`ARTICLES`: what a body's name may begin with and lose ("the CC").
* :data:`DIGRAPH_INITIALS`: the initials written with two letters ("Yu.", "Gy.").
"""

from __future__ import annotations

CONNECTIVES = frozenset({"of", "the", "in", "to", "for", "and", "at", "on", "with", "в", "по", "при", "и"})
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "du", "des", "la", "le", "da", "di", "del", "bin", "ibn", "al", "el",
     "y", "dos", "das", "ter", "zu"}
)  # fmt: skip
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters after a name, its degrees and honours ("The Rev. Robert Maunsell, B.A.", "Sir Winston Churchill,
# M.P."), without their stops: none of them is a name of its own.
POST_NOMINALS = frozenset(
    {"ba", "ma", "bcl", "dcl", "phd", "dd", "lld", "md", "mp", "qc", "kc", "ch", "om", "pc", "cb", "kcb",
     "gcb", "cmg", "kcmg", "gcmg", "cbe", "obe", "mbe", "kbe", "gbe", "cie", "csi", "kcsi", "kcie", "frs",
     "mc", "dso"}
)  # fmt: skip
# Family names after which a particle's word is a name of its own ("Pham Van Dong", "Nguyen Thi Binh"):
# Vietnamese middle names look like Dutch and French particles.
PARTICLE_FREE_FAMILIES = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
     "duong", "ly", "truong", "dinh", "lam", "trinh", "ha", "mai", "cao", "luu", "van", "xuan", "thi"}
)  # fmt: skip
ARTICLES = frozenset({"the"})
# Initials of two letters: a Cyrillic letter written with two ("Yu. V. Andropov", "A. Ya. Vyshinsky", "Zh."),
# Hungarian and Romanian digraphs ("Gy. Kállai", "Gh. Gheorghiu-Dej"). One letter and a full stop is always
# an initial; two only these.
DIGRAPH_INITIALS = frozenset(
    {"Yu", "Ya", "Ye", "Yo", "Zh", "Ch", "Sh", "Kh", "Ts", "Gy", "Gh", "Sz", "Cs", "Ny", "Ly"}
)
