"""The words of bodies' names: nouns, acronyms, and the abbreviations official names use.

The reader tells a body from a person by them; the resolver does so for a name the reader could not
place (kind "unknown"), and keys bodies' names with :data:`ABBREVIATIONS` so that "CC CPSU" and
"Central Committee of the KPSS" are one.
"""

from __future__ import annotations

# The bodies an office is named after ("Secretary of the Party Committee", "Head of the Government").
OFFICE_BODIES = frozenset(
    {"embassy", "government", "politburo", "party", "committee", "council", "ministry", "department", "army"}
)
# Nouns that make a name a body's: governing bodies, diplomatic posts, and the words of institutions.
ORGANISATION_WORDS = OFFICE_BODIES | frozenset(
    {
        "commissariat", "presidium", "secretariat", "commission", "bureau", "directorate", "administration",
        "agency", "service", "office", "cabinet", "senate", "parliament", "assembly", "congress",
        "consulate", "legation", "mission", "delegation",  # diplomatic posts
        "command", "headquarters", "division", "front",  # military bodies
        "union", "league", "federation", "association", "society", "organization", "organisation",
        "group", "institute", "academy", "center", "centre", "company", "corporation", "bank", "station",
        "republic",  # a state acting as a body ("the Republic of Korea")
        "section",  # "the Far Eastern Section"
        "representation",  # "Head of KGB Representation": a body's office abroad
        "staff",  # "the Armed Forces General Staff", "NSC Staff"
        "leadership",  # "the Hungarian Leadership": a party's or a state's leaders as one
        "file",  # "the NKVD Secretariat file": a distribution entry that is a file, not a person
        "house", "people", "peoples",  # "the White House", "People's Daily", "the Korean people"
        "room",  # "THE SITUATION ROOM"
    }
)  # fmt: skip
# Acronyms of bodies on these pages (folded: "vkpb" for ВКП(б), "tsk" for ЦК).
ORGANISATION_ACRONYMS = frozenset(
    {"mfa", "cc", "tsk", "cpsu", "kpss", "vkpb", "nkvd", "mgb", "kgb", "mvd", "nkid", "ccp", "cpc", "sed",
     "pzpr", "kpd", "bcp", "wpk", "nato", "un", "mid", "sssr", "cia", "kcia", "nsc", "jcs", "usia", "mzv",
     "ссср", "цк", "кпсс", "нкид", "мид", "нквд", "мгб", "кгб",  # as Russian pages write them
     "mfs", "stb",  # the East German and Czechoslovak state security
     # the ruling parties, as the translations abbreviate them (Polish, Hungarian, Korean, Czechoslovak,
     # Romanian, Yugoslav, Mongolian, Vietnamese, Albanian and Afghan)
     "puwp", "hswp", "hwp", "kwp", "cpcz", "kscs", "rwp", "rcp", "pcr", "lcy", "mprp", "vwp", "cpv", "pla",
     "pdpa",
     "prc", "ussr", "dprk", "gdr"}  # states acting as bodies
)  # fmt: skip
# Bodies named by a phrase whose words alone do not say so.
ORGANISATION_NAMES = frozenset({"state department", "white house", "foreign ministry", "stasi"})

# Abbreviations that official names use for the same words, folded to one spelling (regex -> spelling).
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\bcentral committee\b|\btsk\b", "cc"),  # ЦК = Центральный Комитет
    (r"\bunion of soviet socialist republics\b|\bsssr\b|\bsoviet union\b", "ussr"),
    (r"\bkpss\b", "cpsu"),
    (r"\bvkp\s*b\b", "vkpb"),  # ВКП(б)
)
