"""The words of offices: the nouns of a personal office, and the words that qualify an office.

The reader tells an office ("Soviet Ambassador in China") from a name by them and cuts it off; the
resolver drops them when they stand before a name ("First Deputy Foreign Minister Gromyko").
"""

from __future__ import annotations

from chancery.lexicon.organisations import OFFICE_BODIES
from chancery.lexicon.particles import CONNECTIVES

# The nouns of a personal office: an office phrase names one of these.
ROLE_NOUNS = frozenset(
    {
        "ambassador", "premier", "minister", "chairman", "chairwoman", "member", "members", "secretary",
        "president", "head", "director", "deputy", "consul", "consul-general", "counsellor", "counselor",
        "chargé", "charge", "attaché", "attache", "envoy", "commander", "chief", "officer", "leader",
        "representative", "delegate", "advisor", "adviser", "co-chairman", "co-chairmen", "editor",
        "governor", "marshal", "commissar", "commissioner", "general", "general-major", "commander-in-chief",
        "vice-chairman", "vice-premier", "vice-president",  # written as one word as often as two
        "official", "aide", "interpreter", "translator", "assistant", "staffer", "functionary",
        "administrator", "attorney",  # "the Federal Civil Defense Administrator", "the Attorney General"
        "superintendent", "supt", "supt.",  # "R.M. Manly / Supt Education"
        # German and French titles of office, as their pages write them
        "gesandte", "gesandten", "gesandter", "botschafter", "botschafters", "kanzler", "bundeskanzler",
        "reichskanzler", "staatssekretär", "ministerpräsident", "außenminister", "konsul", "generalkonsul",
        "legationsrat", "ministre", "ambassadeur", "chargé d'affaires", "consul général", "secrétaire",
        "rúnaí", "aire",  # Irish: the secretary of a department, a minister
    }
)  # fmt: skip
# Russian nouns and adjectives of office in the cases titles and addresses put them in ("Полномочному
# Представителю СССР в Турции Л. Карахану", "Народного Комиссара Иностранных Дел"): stem and endings.
_HARD = ("", "а", "у", "ом")  # "посол", "посла", "послу", "послом"
_SOFT = ("ь", "я", "ю", "ем")  # "председатель", "председателя", ...
_ADJECTIVE = ("ый", "ого", "ому")  # "поверенный", "поверенного", ...
_RUSSIAN_NOUNS = {
    "посол": ("",), "посл": ("а", "у", "ом"), "министр": _HARD, "комиссар": _HARD, "нарком": _HARD,
    "полпред": _HARD, "консул": _HARD, "начальник": _HARD, "директор": _HARD, "советник": _HARD,
    "инженер": _HARD, "председател": _SOFT, "заместител": _SOFT, "секретар": _SOFT, "представител": _SOFT,
    "поверенн": _ADJECTIVE, "уполномоченн": _ADJECTIVE,
}  # fmt: skip
_RUSSIAN_QUALIFIERS = ("полномочн", "чрезвычайн", "народн", "перв", "главн", "генеральн", "государственн")
RUSSIAN_ROLE_NOUNS = frozenset(
    stem + ending for stem, endings in _RUSSIAN_NOUNS.items() for ending in endings
)
RUSSIAN_QUALIFIERS = frozenset(
    stem + ending for stem in _RUSSIAN_QUALIFIERS for ending in ("ый", "ой", "ого", "ому", "ым", "ая", "ую")
)
# Role nouns that are also family names ("Antony Head", "John Major", "Mark General"): alone after a name
# they are not taken for its office.
SURNAME_LIKE_ROLES = frozenset(
    {"head", "general", "chief", "major", "marshal", "leader", "member", "governor"}
)
# Words that qualify an office ("First Deputy", "Foreign Minister", "People's Commissar").
OFFICE_QUALIFIERS = frozenset(
    {
        "vice", "first", "second", "third", "executive", "people's", "foreign", "prime", "acting",
        "assistant", "state", "defense", "defence", "affairs", "interior", "military", "soviet", "central",
        "labor", "labour", "workers'", "communist", "under", "special", "senior", "principal", "embassy",
        # the domains offices are named after ("Director of Central Intelligence", "Secretary of Commerce")
        "intelligence", "commerce", "agriculture", "justice", "finance", "treasury", "trade", "education",
        "health", "navy", "naval", "economic", "political", "cultural", "information", "press", "protocol",
        "consular", "planning", "security", "national", "internal", "external", "overseas",
        "development", "industry", "industrial", "transport", "communications", "posts", "construction",
        "railways", "energy", "fisheries", "housing", "welfare",
        "d'affaires", "d’affaires",  # "Chargé d'Affaires"
        "candidate", "alternate",  # "Candidate Member of the Politburo", "Alternate Member"
        "extraordinary", "plenipotentiary",  # "Ambassador Extraordinary and Plenipotentiary"
        # the crown's offices in German ("Der Kais. Legationsrat", "Kgl. Gesandter")
        "kais", "kaiserlich", "kaiserliche", "kaiserlicher", "königlich", "königliche", "königlicher", "kgl",
    }
)  # fmt: skip
ROLE_NOUNS = ROLE_NOUNS | RUSSIAN_ROLE_NOUNS
OFFICE_QUALIFIERS = OFFICE_QUALIFIERS | RUSSIAN_QUALIFIERS
# Words that make a phrase an office or a body rather than a personal name.
OFFICE_WORDS = ROLE_NOUNS | OFFICE_QUALIFIERS | OFFICE_BODIES | CONNECTIVES
