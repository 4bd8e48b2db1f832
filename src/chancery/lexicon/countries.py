"""Countries, nationalities and diplomatic posts: a place or a body, never a person.

"INDONESIA" at the head of a telegram, "USUN" or "Embassy Moscow" as its sender name a state or its
mission; the reader and the resolver never make a person of them (:func:`is_country_or_post`). Folded
(lower case, no points or apostrophes): "u s" is "us".
"""

from __future__ import annotations

from chancery.lexicon.offices import ROLE_NOUNS
from chancery.lexicon.romanisation import fold

# States of the period (and the short forms pages use: "HPR", "PPR", "SRR" for the Hungarian and Polish
# People's Republics and the Socialist Republic of Romania), folded.
COUNTRIES = frozenset(
    str.split(
        """afghanistan albania algeria angola argentina australia austria bangladesh belgium bolivia brazil
        britain bulgaria burma cambodia cameroon canada ceylon chad chile china colombia congo cuba
        cyprus czechoslovakia dahomey denmark ecuador egypt england ethiopia finland france gabon
        germany ghana greece guatemala guinea haiti holland honduras hungary iceland india indonesia
        iran iraq ireland israel italy japan jordan kampuchea kenya korea kuwait laos lebanon
        liberia libya luxembourg madagascar malaya malaysia mali manchukuo mexico mongolia morocco
        mozambique nepal netherlands nicaragua niger nigeria norway pakistan panama paraguay persia
        peru philippines poland portugal rhodesia romania rumania senegal siam somalia spain sudan
        sweden switzerland syria taiwan tanganyika tanzania thailand tibet tunisia turkey uganda
        uruguay venezuela vietnam yemen yugoslavia zaire zambia ussr prc roc dprk rok gdr frg drv
        rvn mpr uar usa us uk hpr ppr prb rpr srr csr cssr
        croatia slovenia serbia bosnia montenegro macedonia slovakia ukraine byelorussia belorussia belarus
        georgia armenia azerbaijan kazakhstan uzbekistan estonia latvia lithuania moldavia moldova
        singapore oman qatar bahrain bhutan sikkim namibia botswana zimbabwe malawi eritrea djibouti
        scotland wales"""
    )
) | frozenset(
    {
        "soviet union", "united states", "united states of america", "united kingdom", "great britain",
        "east germany", "west germany", "north korea", "south korea", "north vietnam", "south vietnam",
        "saudi arabia", "sri lanka", "new zealand", "south africa", "united arab republic", "costa rica",
        "el salvador", "ivory coast", "outer mongolia", "vatican", "holy see",
        "peoples republic of china", "republic of china", "republic of korea",
        "democratic peoples republic of korea", "german democratic republic",
        "federal republic of germany", "democratic republic of vietnam", "mongolian peoples republic",
        "union of soviet socialist republics", "east turkestan republic",
    }
)  # fmt: skip
# The adjectives of states and the words of their names ("the Soviet side", "the U.S. position").
NATIONALITIES = frozenset(
    str.split(
        """soviet chinese american polish hungarian romanian czechoslovak bulgarian german mongolian korean
        albanian cuban vietnamese british french indian japanese yugoslav indonesian russian italian
        austrian swiss swedish turkish iranian egyptian syrian iraqi israeli australian canadian"""
    )
)
# Every word of a state's name or adjective, folded ("united", "kingdom", "peoples", "democratic", "north"):
# a phrase of them alone ("the Soviet Union", "United States") names a state or its side, not a person.
STATE_WORDS = (
    frozenset(word for name in COUNTRIES for word in name.split())
    | NATIONALITIES
    | frozenset({"east", "west", "north", "south", "federal", "socialist", "democratic", "peoples", "us"})
)


def is_state_word(word: str) -> bool:
    """ "Soviet", "U.S.", "People's", "Germans": a word of a state's name, adjective or people."""
    folded = fold(word)
    if len(folded) > 1 and all(len(p) == 1 for p in folded.split()):
        folded = folded.replace(" ", "")  # "U.S." -> "us"
    return folded in STATE_WORDS or folded.endswith("s") and folded[:-1] in STATE_WORDS


# The nouns of a diplomatic post ("Embassy Moscow", "the Soviet Consulate General in Urumqi").
POST_NOUNS = frozenset({"embassy", "legation", "consulate", "mission", "delegation"})
_POST_PREPOSITIONS = frozenset({"in", "to", "at", "of", "for", "with"})
# Posts and offices as cables address them ("AMEMBASSY MOSCOW", "USUN", "SECSTATE WASHDC").
CABLE_POSTS = frozenset(
    {"amembassy", "amembass", "amconsul", "amcongen", "amlegation", "usun", "usmission", "usnato", "usmis",
     "usdel", "secstate", "secdef", "deptstate", "cincpac", "cinceur", "cincunc", "uslo", "usint"}
)  # fmt: skip


# Cable addresses: the post word, and the body it names ("{}" is the city that follows it). What follows
# SECSTATE or USUN is the city the body sits in.
CABLE_ADDRESSES = {
    "amembassy": "Embassy in {}", "amembass": "Embassy in {}", "amconsul": "Consulate in {}",
    "amcongen": "Consulate General in {}", "amlegation": "Legation in {}", "usmission": "US Mission in {}",
    "usmis": "US Mission in {}", "usdel": "US Delegation in {}", "usnato": "US Mission to NATO",
    "uslo": "Liaison Office in {}", "usint": "US Interests Section in {}",  # Peking 1973-79; Havana, Cairo
    "usun": "US Mission to the United Nations", "secstate": "Department of State",
    "deptstate": "Department of State",
    "secdef": "Department of Defense", "cincpac": "Commander in Chief, Pacific",
    "cinceur": "Commander in Chief, Europe", "cincunc": "Commander in Chief, United Nations Command",
}  # fmt: skip
# Cities as cable addresses write them.
CABLE_CITIES = {"washdc": "Washington", "wash dc": "Washington", "nyc": "New York"}


def is_country_or_post(name: str) -> bool:
    """ "Indonesia", "the U.S.", "USUN", "AMEMBASSY MOSCOW", "Embassy in Moscow", "Soviet Embassy in
    Pyongyang": a state, or a post named by its noun after nothing but a state's name or adjective."""
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 1 and all(len(w) == 1 for w in words):
        words = ["".join(words)]  # "U. S." -> "us"
    if " ".join(words) in COUNTRIES:
        return True
    while words and (words[0] in NATIONALITIES or words[0] in COUNTRIES):
        words = words[1:]  # "Soviet", "US", "Polish"
    if not words or words[0] not in POST_NOUNS and words[0] not in CABLE_POSTS:
        return False
    rest = words[2:] if words[1:2] == ["general"] else words[1:]
    # what may follow the post's noun: where it is ("in Moscow", "to the UN", "Moscow"), not a person
    # ("GDR embassy official Libermann") or a longer phrase
    return not rest or rest[0] in _POST_PREPOSITIONS or len(rest) <= 2 and rest[0] not in ROLE_NOUNS
