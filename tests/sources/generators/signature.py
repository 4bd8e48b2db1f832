"""Signature blocks: who signed a letter or a telegram, with their offices, composed from independent choices.

Choices: a letter (salutation, complimentary close) or a telegram's bare signature; the number of
signatories (one to three); their nation and the form of their names (capitals, initials, bracketed
completions); a signature mark ("(signed)",
"/s/", "[signature]"); where each office is written (none, on the name's line after a dash or before the
name, on the line above or below, in columns above or below the names, "Office: Name"); what follows the
block (a date, a place and date, an attestation, a reference number, nothing).

Exact recovery: ``read_closing(lines, start)`` (``start``: the line after the body's prose) gives the
signers in order as ``(display name, office)`` with the office as composed (None when none); for a letter,
``read_letter(lines)`` also finds the close at its line, its ``signature`` holds exactly the signers'
display names in order, and its addressee is the salutation's person (None for "Dear Sir:").
"""

from __future__ import annotations

import random

from chancery.sources.page.closing import read_closing
from chancery.sources.page.letters import read_letter

from .case import Case
from .people import NATIONS, Person, write

KIND = "signature"

OFFICES: dict[str, tuple[str, ...]] = {
    "soviet": (
        "Minister of Foreign Affairs of the USSR",
        "Ambassador of the USSR in the DPRK",
        "Chairman of the Council of Ministers of the USSR",
        "First Secretary of the CC CPSU",
        "Deputy Minister of Foreign Affairs of the USSR",
        "Head of the 1st Far Eastern Department",
    ),
    "chinese": (
        "Chairman of the Central People's Government",
        "Premier of the State Administration Council",
        "Commander-in-Chief of the People's Liberation Army",
        "Minister of Foreign Affairs of the PRC",
    ),
    "korean": (
        "Chairman of the Cabinet of Ministers of the DPRK",
        "Chairman of the Presidium of the Supreme People's Assembly",
        "Minister of Foreign Affairs of the DPRK",
    ),
    "hungarian": ("First Secretary of the HSWP CC", "Ambassador of the Hungarian People's Republic"),
    "polish": ("First Secretary of the CC PZPR", "Chairman of the Council of Ministers"),
    "german": ("First Secretary of the SED CC", "Ambassador of the GDR in the PRC"),
    "american": ("Secretary of State", "Ambassador", "Assistant Secretary for Far Eastern Affairs"),
    "british": ("Prime Minister", "Foreign Secretary"),
}
CLOSES: dict[str, tuple[str, ...]] = {
    "bloc": ("With communist greetings,", "With comradely greetings,", "With fraternal greetings,",
             "Fraternally yours,", "With respect,"),
    "west": ("Sincerely yours,", "Respectfully,", "Faithfully yours,", "Yours sincerely,",
             "Very truly yours,", "With warm regards,"),
}  # fmt: skip
SALUTATIONS: dict[str, tuple[str, ...]] = {
    "bloc": ("Dear Comrade {f}!", "Dear Comrade {f},", "Esteemed Comrade {f}!", "Respected Comrade {f},"),
    "west": ("Dear Mr. {f}:", "My dear Mr. {f}:", "Dear Mr. {f},"),
}
GENERIC_SALUTATIONS = ("Dear Sir:", "Dear Comrades!", "Dear Sir,")
LABEL_OFFICES = ("Ambassador", "Minister", "Chargé d'Affaires", "First Secretary", "Counsellor")
MARKS = ("(signed) ", "/s/ ", "[signature] ", "Signed: ")
BODY = (
    "We thank you for your letter and for the help your government has given us in these difficult months.",
    "I have the honour to inform you that the government has considered your proposal and agrees to it.",
    "The delegation will arrive in the capital on the date agreed and will be ready to begin the talks.",
)
AFTER = ("3 November 1945", "Moscow, 16 December 1949", "Pyongyang, 30 July 1953", "Nº 1248/b",
         "Authenticated by: V. Popova", "Washington, March 10, 1962")  # fmt: skip
NATION_WEIGHTS = {"soviet": 30, "chinese": 12, "korean": 8, "hungarian": 6, "polish": 6, "german": 6,
                  "american": 22, "british": 6}  # fmt: skip

Signer = tuple[str, str | None]


def _forms(person: Person) -> list[str]:
    forms = ["full"]
    if person.initials:
        forms += ["initials+family", "initials+family"]
    if person.given and " " not in person.given and "'" not in person.full:
        forms.append("capitals")
        if person.nation == "soviet":
            forms.append("bracketed")
    if person.nation == "soviet":
        forms.append("family-capitals")
    return forms


def _name(person: Person, form: str) -> tuple[str, str]:
    """A signer's name as signed (no honorific), in ``form`` or in full when it has no such form."""
    form = form if form in _forms(person) else "full"
    if form == "family-capitals":  # "SAVEL'YEV": a telegram's signature, the family name in capitals
        return write(person, "family")[0].upper(), _title(person.family)
    return write(person, form)


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _signers(
    rng: random.Random, nation: str, n: int, choices: dict[str, str]
) -> list[tuple[str, str, str | None]]:
    """(name as written, display, office or None) of ``n`` signatories."""
    people = rng.sample(NATIONS[nation], n)
    offices = rng.sample(OFFICES[nation], min(n, len(OFFICES[nation])))
    with_office = rng.random() < 0.6
    form = rng.choice(_forms(people[0]))  # one block, one hand: the same form for every signer
    choices["form"] = form
    out = []
    for k, person in enumerate(people):
        written, display = _name(person, form)
        office = offices[k] if with_office and k < len(offices) else None
        out.append((written, display, office))
    return out


def _lines(
    rng: random.Random, signers: list[tuple[str, str, str | None]], choices: dict[str, str]
) -> tuple[list[str], list[Signer]]:
    """The block's lines, each signer's name with its office where the choice puts it; and the signers."""
    placement = rng.choice(["same-dash", "same-before", "line-above", "line-below", "colon"])
    if len(signers) > 1 and rng.random() < 0.3:
        placement = rng.choice(["columns-above", "columns-below"])
    if all(office is None for _, _, office in signers):
        placement = "none"
    choices["office"] = placement
    marked = rng.random() < 0.2 and placement not in ("colon", "columns-above", "columns-below")
    mark = rng.choice(MARKS) if marked else ""
    if mark:
        choices["mark"] = mark.strip()
    if placement == "colon":  # "Ambassador: Grigor Grigorov": a short office as a label
        signers = [(w, d, rng.choice(LABEL_OFFICES) if o else None) for w, d, o in signers]
    expected: list[Signer] = [(display, office) for _, display, office in signers]
    if placement.startswith("columns"):
        width = max(len(t) for w, _, o in signers for t in (w, o or "")) + rng.randint(4, 10)
        names = "".join(w.ljust(width) for w, _, _ in signers).rstrip()
        offices = "".join((o or "").ljust(width) for _, _, o in signers).rstrip()
        return ([offices, names] if placement == "columns-above" else [names, offices]), expected
    lines: list[str] = []
    for written, _, office in signers:
        name = f"{mark}{written}"
        if office is None:
            lines.append(name)
        elif placement == "same-dash":
            lines.append(f"{office} {rng.choice(['-', '–'])} {name}")
        elif placement == "same-before":
            lines.append(f"{office}{rng.choice([' ', '          '])}{name}")
        elif placement == "line-above":
            lines += [office, name]
        elif placement == "line-below":
            lines += [name, office]
        else:
            lines.append(f"{office}: {name}")
    return lines, expected


def compose(rng: random.Random) -> Case:
    choices: dict[str, str] = {}
    nation = rng.choices(list(NATION_WEIGHTS), weights=list(NATION_WEIGHTS.values()), k=1)[0]
    choices["nation"] = nation
    side = "west" if nation in ("american", "british") else "bloc"
    letter = rng.random() < 0.6
    choices["genre"] = "letter" if letter else "telegram"
    n = rng.choices([1, 2, 3], weights=[60, 25, 15], k=1)[0] if letter else rng.choice([1, 1, 1, 2])
    choices["signers"] = str(n)
    signers = _signers(rng, nation, n, choices)
    lines: list[str] = []
    addressee = None
    if letter and rng.random() < 0.8:
        if rng.random() < 0.15:
            lines.append(rng.choice(GENERIC_SALUTATIONS))
            choices["salutation"] = "generic"
        else:
            other = rng.choice(
                [
                    p
                    for p in NATIONS["soviet" if side == "bloc" else "american"]
                    if p.family not in {s[1].split()[-1] for s in signers}
                ]
            )
            lines.append(rng.choice(SALUTATIONS[side]).format(f=other.family))
            addressee = other.family
            choices["salutation"] = "person"
    lines.append(rng.choice(BODY))
    close_at = None
    if letter:
        close_at = len(lines)
        lines.append(rng.choice(CLOSES[side]))
    block, expected_signers = _lines(rng, signers, choices)
    lines += block
    if rng.random() < 0.5:
        after = rng.choice(AFTER)
        lines.append(after)
        choices["after"] = after[:20]
    if letter:
        names = [display for _, display, _ in signers]
        expected: object = (expected_signers, (close_at, names, addressee))
    else:
        expected = (expected_signers, None)
    return Case(lines, expected, choices)


def recover(case: Case) -> object:
    lines = list(case.text)
    start = 1 + next(k for k, line in enumerate(lines) if line in BODY)  # the block after the prose
    closing = read_closing(lines, start)
    signers = [(a.name, a.office) for a in closing.signers]
    if case.choices["genre"] != "letter":
        return (signers, None)
    letter = read_letter(lines)
    addressee = letter.addressee.name if letter.addressee else None
    return (signers, (letter.close_at, [a.name for a in letter.signature], addressee))
