"""Honorifics: the titles and forms of address written before a name ("Cde.", "Marshal", "his Excellency").

The reader strips them from a name and keeps them as the agent's ``honorifics``; the resolver drops them
(word by word, points and case aside: :data:`chancery.lexicon.titles.TITLE_WORDS`) before it compares
names. Lower case, as pages write them, points included; :data:`HONORIFICS` is ordered longest first, so
that "general-major" is tried before "general" and "lt. col." before "lt.".
"""

from __future__ import annotations

import re
from functools import lru_cache

_TABLE = (
    # forms of address; party and state
    "comrade", "comrades", "comr.", "comrs.", "cde.", "cde", "cdes.", "cdes", "tov.", "tovarishch",  # товарищ
    "cmrd.", "cmrd", "cmrds.", "cmrds", "com.", "coms.",
    "т.", "тов.", "товарищ", "товарищу", "товарища", "господин", "господину",  # in Russian
    "c.",  # Romanian and Albanian pages' "c." (tovarăș, shoku): an initial too, see INITIAL_LIKE
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mister", "dr.", "dr", "sir", "dear",
    "madame", "madam", "mme.", "monsieur", "m.", "herr", "frau",  # m. = Monsieur, an initial too
    # honours and rank
    "his excellency", "her excellency", "excellency", "hon.", "lord", "lady", "prince", "king", "queen",
    "right honourable", "right honorable", "rt. hon.", "rt hon", "honourable", "honorable",  # "The Right
    "his grace",  # Honorable The Duke of Newcastle", "His Grace the Duke": the British forms
    # military ranks, Soviet ("general-major") and English ("major general") order
    "commander-in-chief", "generalissimo", "generalissimus", "field marshal", "field-marshal", "marshal",
    "air chief marshal", "air marshal", "air vice-marshal", "air vice marshal",
    "general-major", "general-lieutenant", "general-colonel", "major general", "lieutenant general",
    "major-general", "lieutenant-general", "colonel-general", "army general",
    "lieutenant colonel", "lieutenant-colonel", "rear admiral", "vice admiral", "rear-admiral",
    "vice-admiral",
    "lt. gen.", "maj. gen.", "brig. gen.", "general", "gen.", "colonel", "col.", "lt. col.", "major",
    "maj.", "captain", "capt.", "lieutenant", "lt.", "admiral", "adm.", "comdr.", "commander",
    # offices written as titles ("Premier Zhou", "Ambassador Puzanov", "Duban Sheng Shicai")
    "ambassador", "amb.", "premier", "president", "chairman", "chairwoman", "secretary", "minister",
    "senator", "sen.", "congressman", "congresswoman", "rep.", "governor", "gov.", "consul",
    "consul-general", "consul general", "chief", "secretary-general", "secretary general",
    # the American minutes' abbreviations ("Sec. Humphrey", "Under Sec. Herter", "Atty. Gen. Rogers")
    "sec.", "asst. sec.", "under sec.", "atty. gen.", "attorney general",
    "duban",  # the military governor of Xinjiang, written before his name
    # learning and the church
    "professor", "prof.", "academician", "father", "rev.", "reverend",
    # "the President": the reader strips it without keeping it
    "the",
)  # fmt: skip

HONORIFICS: tuple[str, ...] = tuple(sorted(dict.fromkeys(_TABLE), key=len, reverse=True))

# Forms of address that mark the next words as a person's name in running text ("Cde. Deng Liqun",
# "Mr. Webb"), unlike offices, which may stand alone ("the Minister said").
ADDRESS_FORMS: tuple[str, ...] = tuple(
    h
    for h in HONORIFICS
    if h in {"comrade", "comrades", "comr.", "comrs.", "cde.", "cdes.", "cmrd.", "cmrds.", "tov.", "mr.",
             "mrs.", "ms.", "dr.", "herr", "frau", "monsieur", "madame", "mme."}
)  # fmt: skip

# The party's form of address ("Comrade", "Cde.", "tov."): under an office on an address block it names the
# office's holder ("To the Ambassador of NRB" / "Comrade Yancho Georgiev"), as "Mr." under one does not.
COMRADE_FORMS: frozenset[str] = frozenset(
    h for h in HONORIFICS if re.match(r"(?:comr|comrade|com\.|cde|cmrd|tov|т\.|тов|товарищ)", h)
)


@lru_cache(maxsize=64)
def address_pattern(extra: tuple[str, ...] = ()) -> str:
    """A regex alternation of the forms of address (and ``extra`` titles), for patterns of running text."""
    forms = sorted({*ADDRESS_FORMS, *extra}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\.", r"\.?") for f in forms) + ")"


# Honorifics that are also initials ("C. E. Bohlen", "M. S. Kapitsa"): the reader, which sees them in
# place, may strip them; the resolver never drops a word of one letter.
INITIAL_LIKE = frozenset({"c.", "m.", "т."})
