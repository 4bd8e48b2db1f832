"""Drafting blocks: who drafted, cleared, approved, typed or authenticated a document.

Choices: the form (a FRUS source note's sentence, a State Department telegram's form lines, a Soviet or
East European attestation line, the drafting code "EUR:SOV:JMcSweeney:ek 3/15/62"); which roles appear
and in what order; the verbs and prepositions ("cleared with", "cleared by", "cleared in draft with",
"Drafted and approved by"); the clause joints (";", "; and", ","); how many names a role has and how they
are joined; surnames alone or full names, honorifics ("Cde.", "Mr."); office codes before a name
("S/S - Mr. Rusk") or in brackets after it ("Hewitt (L/NEA)"); an office that approved ("approved in S");
dates after the names ("on March 8"); "who signed for Dulles"; more clearances given another way ("and in
S/S", "and in substance by Kohler"); a form's clearances on one line, continued
on the lines below, or below their label alone; its approval labelled "Approved by:" or "Telegraphic
transmission and classification approved by:", above or below the clearances.

Exact recovery: the roles ``read_drafting`` gives (over every statement ``drafting_statements`` finds
among the lines, into one ``Drafting``, as ``reader._drafting`` does) equal the composed ones: for each
role the ordered list of ``(display name, office)`` (the office code or bracket as written, None when
none; a drafting code's initials spaced "J. McSweeney"), and ``signed_for`` the names of who signed for
another.
"""

from __future__ import annotations

import random

from chancery.sources.page.drafting import Drafting, drafting_statements, read_drafting

from .case import Case
from .people import AMERICAN, NATIONS, write

KIND = "drafting"

SURNAMES = ("Troxel", "Barnes", "Ludlow", "Wilkins", "Allen", "Burdett", "Crawford", "Sisco", "Hewitt",
            "Talbot", "Sneider", "McSweeney", "Guthrie", "Davies", "Kohler", "Tyler", "Hilsman", "Rusk",
            "Ball", "Bundy", "Sonnenfeldt", "Hummel", "Barnett", "Jenkins", "Popper", "Stoessel",
            "Freeman", "Bacon", "Meeker", "Rice", "Holdridge", "Zurhellen")  # fmt: skip
OFFICES = ("L/NEA", "EUR/SOV", "S/S", "FE", "INR", "S/P", "IO/UNP", "NEA/NE", "EA/ROC", "U", "G", "L")
DATES = ("March 8", "November 27", "July 12", "October 3", "January 19, 1962", "May 5")
SIGNED_FOR = ("Dulles", "Rusk", "Acheson", "Herter", "Kissinger", "Rogers")
TYPISTS = ("Mrs. Smith", "Miss Jones", "Mrs. Barton")

Named = tuple[str, str | None]


def _names(rng: random.Random, n: int, used: set[str], choices: dict[str, str]) -> list[tuple[str, Named]]:
    """``n`` drafters or clearers: (as written, (display, office))."""
    pool = [s for s in SURNAMES if s not in used]
    out = []
    for surname in rng.sample(pool, n):
        used.add(surname)
        written, office = surname, None
        r = rng.random()
        if r < 0.1:
            office = rng.choice(OFFICES)
            written = f"{surname} ({office})"
            choices["office"] = "bracket"
        out.append((written, (surname, office)))
    return out


def _join(rng: random.Random, parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    last = rng.choice([", and ", " and "]) if len(parts) > 2 else " and "
    return ", ".join(parts[:-1]) + last + parts[-1]


def _note(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], dict[str, list[Named]], list[str]]:
    """A FRUS source note's drafting sentence."""
    used: set[str] = set()
    roles: dict[str, list[Named]] = {}
    clauses: list[str] = []
    drafter = _names(rng, rng.choice([1, 1, 1, 2]), used, choices)
    both = rng.random() < 0.1  # "Drafted and approved by Rusk"
    if both:
        clauses.append(f"Drafted and approved by {_join(rng, [w for w, _ in drafter])}")
        roles["drafted_by"] = [e for _, e in drafter]
        roles["approved_by"] = [e for _, e in drafter]
        choices["verbs"] = "drafted-and-approved"
    else:
        date = f" on {rng.choice(DATES)}" if rng.random() < 0.3 else ""
        clauses.append(f"Drafted by {_join(rng, [w for w, _ in drafter])}{date}")
        roles["drafted_by"] = [e for _, e in drafter]
    if rng.random() < 0.7:
        cleared = _names(rng, rng.randint(1, 4), used, choices)
        verb = rng.choice(["cleared by", "cleared with", "cleared in draft with", "cleared in draft by"])
        choices["cleared"] = verb
        text = f"{verb} {_join(rng, [w for w, _ in cleared])}"
        roles["cleared_by"] = [e for _, e in cleared]
        if rng.random() < 0.15:  # the same verb's names in another way: "and in S/S", "and in substance by"
            if rng.random() < 0.5:
                office = rng.choice(["S/S", "S/S-S", "EUR", "L", "S/P"])
                text += f" and in {office}"
                roles["cleared_by"].append((office, None))
                choices["cleared-also"] = "in-office"
            else:
                more = _names(rng, 1, used, choices)
                text += f" and in substance by {more[0][0]}"
                roles["cleared_by"].append(more[0][1])
                choices["cleared-also"] = "in-substance"
        clauses.append(text)
    signed_for: list[str] = []
    if not both and rng.random() < 0.8:
        if rng.random() < 0.1:
            office = rng.choice(["S", "EUR", "FE", "NEA"])
            clauses.append(
                f"approved in {office}" + (f" on {rng.choice(DATES)}" if rng.random() < 0.5 else "")
            )
            roles["approved_by"] = [(office, None)]
            choices["approved"] = "in-office"
        else:
            approver = _names(rng, 1, used, choices)
            text = f"approved by {approver[0][0]}"
            roles["approved_by"] = [approver[0][1]]
            if rng.random() < 0.25:
                text += f", who signed for {rng.choice(SIGNED_FOR)}"
                signed_for = [approver[0][1][0]]
                choices["signed-for"] = "yes"
            clauses.append(text)
    joint = rng.choice(["; ", ", ", "; "])
    choices["joint"] = joint.strip() or "space"
    sentence = clauses[0]
    for k, clause in enumerate(clauses[1:], 1):
        last = k == len(clauses) - 1
        sentence += joint + ("and " if last and rng.random() < 0.6 else "") + clause
    return [sentence + "."], roles, signed_for


def _code(rng: random.Random, surname: str) -> tuple[str, Named]:
    """ "EUR:SOV:JMcSweeney:ek 3/15/62": the drafter's office, initials run into the surname, a typist."""
    initials = "".join(rng.sample("ABCDEFGHJKLMNPRSTW", rng.choice([1, 2])))
    office = rng.choice(["EUR:SOV", "S", "FE:CA", "NEA:NE", "EA:ROC", "EUR:GER"])
    text = f"{office}:{initials}{surname}"
    if rng.random() < 0.7:
        text += f":{rng.choice(['ek', 'mlm', 'jb', 'rmc'])}"
    if rng.random() < 0.5:
        text += f" {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(50, 73)}"
    return text, (" ".join(f"{c}." for c in initials) + f" {surname}", office)


def _form(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], dict[str, list[Named]], list[str]]:
    """A State Department telegram's drafting lines: "Drafted by: ...", "Cleared: S/S - Mr. Rusk"."""
    used: set[str] = set()
    roles: dict[str, list[Named]] = {}
    lines: list[str] = []
    surname = rng.choice(SURNAMES)
    used.add(surname)
    code, drafter = _code(rng, surname)
    style = rng.choice(["label", "code-alone"])
    choices["drafter"] = style
    lines.append(f"Drafted by: {code}" if style == "label" else code)
    roles["drafted_by"] = [drafter]
    clearances: list[str] = []
    if rng.random() < 0.7:
        people = rng.sample([p for p in AMERICAN if p.family not in used], rng.randint(1, 3))
        cleared = [(rng.choice(OFFICES), p) for p in people]
        written = [f"{o} - Mr. {p.family}" for o, p in cleared]
        layout = rng.choice(["one-line", "lines", "below"]) if len(written) > 1 else "one-line"
        choices["cleared"] = layout
        label = rng.choice(["Cleared:", "Cleared by:", "Clearances:"])
        if layout == "one-line":
            clearances.append(f"{label} {'; '.join(written)}")
        elif layout == "lines":
            clearances += [f"{label} {written[0]}", *written[1:]]
        else:  # the label alone, the items in the box below it
            clearances += [label, *written]
        roles["cleared_by"] = [(p.family, o) for o, p in cleared]
    approval: list[str] = []
    if rng.random() < 0.6:
        person = rng.choice([p for p in AMERICAN if p.family not in used])
        office = rng.choice(OFFICES)
        # the 1960s telegram form prints its label in full
        label = rng.choice(["Approved by:", "Telegraphic transmission and classification approved by:"])
        choices["approved"] = label
        approval.append(f"{label} {office} - {person.full}")
        roles["approved_by"] = [(person.full, office)]
    order = rng.choice(["cleared-first", "approved-first"])
    lines += clearances + approval if order == "cleared-first" else approval + clearances
    return lines, roles, []


def _bloc(rng: random.Random, choices: dict[str, str]) -> tuple[list[str], dict[str, list[Named]], list[str]]:
    """Attestation lines of Soviet and East European papers: "Drafted by Cde. Mamulov"."""
    nation = rng.choice(["soviet", "soviet", "hungarian", "polish", "german", "bloc"])
    choices["nation"] = nation
    roles: dict[str, list[Named]] = {}
    lines: list[str] = []
    people = iter(rng.sample(NATIONS[nation], 3))
    verbs = [
        ("Drafted by", "drafted_by"),
        ("Prepared by", "drafted_by"),
        ("Typed by", "typed_by"),
        ("Authenticated by:", "authenticated_by"),
        ("Certified true copy:", "authenticated_by"),
    ]
    for verb, role in rng.sample(verbs, rng.randint(1, 2)):
        if role in roles:
            continue
        person = next(people)
        form = rng.choice(["cde", "initials", "bare"]) if person.initials else rng.choice(["cde", "bare"])
        # people.write's forms: "M. Spychalski" alone is ambiguous (an initial, or Monsieur), so an initial
        # that is also a form of address is written as the given name ("Marian Spychalski"), as the
        # other generators write it
        bare = {"cde": "honorific+family", "initials": "initials+family", "bare": "family"}[form]
        written, display = write(person, bare, "Cde.")
        lines.append(f"{verb} {written}")
        roles[role] = [(display, None)]
        choices.setdefault("verb", verb)
    return lines, roles, []


FORMS = {"note": _note, "form": _form, "bloc": _bloc}


def compose(rng: random.Random) -> Case:
    choices: dict[str, str] = {}
    form = rng.choices(list(FORMS), weights=[55, 25, 20], k=1)[0]
    choices["form"] = form
    lines, roles, signed_for = FORMS[form](rng, choices)
    return Case(lines, (roles, signed_for), choices)


def recover(case: Case) -> tuple[dict[str, list[Named]], list[str]]:
    drafting = Drafting()
    for _, statement in drafting_statements(list(case.text)):
        read_drafting(statement, drafting)
    roles = {role: [(a.name, a.office) for a in agents] for role, agents in drafting.roles.items() if agents}
    return roles, [a.name for a in drafting.signed_for]
