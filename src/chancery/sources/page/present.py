"""Lists of those present at a meeting or a conversation: their labels, their sides and their layouts.

    Present: Comrades V. M. Molotov, G. M. Malenkov and N. T. Fedorenko (interpreter)
    Chaired by: Cde. L. I. BREZHNEV
    Members of the Politburo: Cdes. Yu. V. Andropov, A. A. Gromyko
    Guinean side in attendance: Boubacar Bah, director, ...; Ambassador Camara Mamady
    Interpreter(s): Xu Weiqin

    PARTICIPANTS:                          PARTICIPANTS:     The President
    United States         USSR                               Prime Minister Eisaku Sato
    The Secretary         Foreign Minister Gromyko
                                           For the GDR:
                                           Comrade Erich Mielke – Minister for State Security

A label says who follows: those present, a side, the chair, a rank of a body, the interpreters. The names
follow it on its line (a line that ends on a comma goes on on the next), on the lines under it (one a
line, bulleted or numbered, a side's heading over its people, two sides in columns, a column a side), or
hang under its first name. British Cabinet conclusions lead each member with his style ("The Right Hon. Sir
WINSTON CHURCHILL, M.P., Prime Minister"), the ministers and those "also present" alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chancery.lexicon.countries import is_state_word
from chancery.lexicon.honorifics import ADDRESS_FORMS
from chancery.lexicon.meetings import ATTENDING_WORDS, CHAIR_WORDS
from chancery.lexicon.offices import OFFICE_QUALIFIERS, SURNAME_LIKE_ROLES
from chancery.lexicon.organisations import ORGANISATION_ACRONYMS, ORGANISATION_WORDS
from chancery.lexicon.particles import CONNECTIVES, DIGRAPH_INITIALS, PARTICLES, POST_NOMINALS
from chancery.model import Agent
from chancery.sources.page.fields import field_of
from chancery.sources.page.header import is_prose
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS, ROLE_NOUNS
from chancery.sources.page.names import (
    inverted,
    is_office,
    is_organization,
    parse_agent,
    split_names,
    strip_honorifics,
)
from chancery.sources.page.places import is_known_place

# the sitting named after the words: "at the meeting", "at the 195th meeting of the National Security Council"
_EVENT = r"(?:\s+(?:(?:at|in|during)\s+)?the\s+(?:\w+\s+)?\w+(?:\s+of\s+(?:the\s+)?[A-Z][^:;]{1,60})?)?"
# Those present: "Present:", "Those attending the meeting:", "Attended by:", "Invited:", "Accompanying
# Premier Zhou:", "Participants in the talks:", "Chinese participants:", "Korean side present:", "The
# following took part in the conversation:", and the interpreters and note-takers, who were present too.
_ATTENDING = (
    r"(?:[\w'’.-]+\s+){0,3}?"  # "Chinese participants", "Guinean side in attendance", "Persons present"
    r"(?:(?:present|attending|in\s+attendance)"
    + _EVENT
    + r"|attended(?:\s+by)?|(?:also\s+)?invited(?:\s+to\s+the\s+\w+)?|"
    r"accompanying(?:\s+[^:]{1,40})?|introductions?|participants?" + _EVENT + r"|attendees?|taking\s+part|"
    r"(?:the\s+following\s+(?:\w+\s+){0,2})?(?:took\s+part|were\s+(?:also\s+)?present)" + _EVENT + r"|"
    # "Present were: Cdes. ...", "The Chinese side was [also] represented by: Comrade ..."
    r"present\s+were|(?:side|delegation)\s+(?:was|were)\s+(?:\[?also\]?\s+)?represented\s+by|"
    r"interpreters?|translators?|note-?takers?|recorders?|" + "|".join(ATTENDING_WORDS) + r")(?:\s*\(s\))?"
    r"(?:\s+(?:for|from|on)\s+[^:]{1,60})?"  # "Present for the Chinese side", "Taking part on the ... side"
)
# Who chaired: "Chaired by:", "Chairman:", "In the chair:", "Presiding:".
_CHAIR = (
    r"chair(?:ed\s+by)?|chairman|chairwoman|in\s+the\s+chair|presiding|presided\s+(?:over\s+)?by|"
    + "|".join(CHAIR_WORDS)
)


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


# The ranks of a body present: "Members of the Politburo:", "Candidate members:", "Secretaries of the CC
# CPSU:", "Advisers:": an office's noun in the plural, its qualifiers before it and its body after.
_RANK = (
    r"(?:(?:" + "|".join(sorted(map(re.escape, OFFICE_QUALIFIERS), key=len, reverse=True)) + r")\s+){0,2}"
    r"(?:" + "|".join(sorted({_plural(n) for n in ROLE_NOUNS if "-" not in n}, key=len, reverse=True)) + r")"
    r"(?:\s+(?:of|from|for)\s+[^:]{1,50})?"
)
# A side: "From the Soviet side:", "On the Chinese side:", "Our side:", "Polish delegation:", "For the GDR:".
_SIDE = (
    r"(?:(?:present|taking\s+part)\s+)?(?:(?:from|on|for)\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?"
    r"(?:side|delegation)(?:\s+(?:present|in\s+attendance))?"
)
_STATE_SIDE = (  # "For the GDR:", "from the MfS [Ministry for State Security]:"
    r"(?:from|on|for)\s+(?P<state>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?(?:\s*\[[^\]]{1,60}\])?)"
)
_OPEN = r"(?i)^\s*[(\[]?\s*(?:[–—•*-]\s+|\d{1,2}[.)]\s+)?"
_LABELS = (  # (kind, pattern): a chair, a rank or a state's side only before names, never a speaker's turn
    # a side's label ends on a colon or, before its people on the line, a dash: "For the Bulgarian side – A,
    # Minister of Foreign Affairs; B, ..."
    ("side", re.compile(_OPEN + r"(?:" + _SIDE + r")(?:\s?:|\s[–—-](?=\s+\S))(?P<value>.*)$")),
    ("state", re.compile(_OPEN + _STATE_SIDE + r"\s?:(?P<value>.*)$")),
    # (a stop for the colon before the comrades: "Commenters. Comrades A, B")
    (
        "attending",
        re.compile(_OPEN + r"(?:" + _ATTENDING + r")(?:\s?:|\.(?=\s+(?i:comrades|cdes\.)))(?P<value>.*)$"),
    ),
    ("chair", re.compile(_OPEN + r"(?:" + _CHAIR + r")\s?:(?P<value>.*)$")),
    ("rank", re.compile(_OPEN + r"(?:" + _RANK + r")\s?:(?P<value>.*)$")),
)
# a heading, no colon: "PRESENT", "OTHERS PRESENT", "Also present"
_HEADING = re.compile(
    r"(?i)^(?:(?:others?|also|persons)\s+)?(?:present|attending|participants|attendees)$"
    r"|^(?:the\s+)?following\s+(?:\w+\s+)?were\s+(?:also\s+)?present$"  # "THE FOLLOWING WERE PRESENT"
)


_BY_COMRADES = re.compile(
    r"(?i)^\s*(?P<verb>(?:attended|chaired|presided(?:\s+over)?)(?:\s+by)?|present)\s+"
    # "C.C.", "t.t.": the Russian "т.т." (comrades) as a translation keeps it
    r"(?P<value>(?:coms?\.|comrades?|cdes?\.|(?-i:C\.\s?C\.|t\.\s?t\.))\s+\S.*)$"
)


_SPACED_WORD = re.compile(r"(?P<w>(?:[A-Z] ){3,}[A-Z])\s*[.:]?")


@dataclass
class Label:
    kind: str
    value: str  # the names on the label's line, "" when they follow below
    column: int  # where the value starts on the line


def label_of(line: str) -> Label | None:
    """The label of a list of those present that opens ``line``, with what follows it on the line."""
    if spaced := _SPACED_WORD.fullmatch(line.strip()):  # "P R E S E N T .": a heading set letter-spaced
        line = spaced.group("w").replace(" ", "")
    if _HEADING.match(line.strip()):
        return Label("attending", "", len(line))
    # with no colon, before the comrades: "Attended by Coms. Andropov, Iu.V., Kulakov, F.D., ...", "Chaired
    # by Com. KIRILENKO, A.P.", "Chaired comrade BREZHNEV L.Y.", "Present C.C. Andropov Y.V.; Gorbachev M.S."
    if by := _BY_COMRADES.match(line):
        kind = "chair" if by.group("verb").lower().split()[0] not in ("attended", "present") else "attending"
        value = re.sub(r"^(?:C\.\s?C\.|t\.\s?t\.)\s+", "", by.group("value").strip())  # as "Cdes."
        return Label(kind, value, by.start("value"))
    for kind, pattern in _LABELS:
        m = pattern.match(line)
        if not m or (kind == "state" and not _state(m.group("state"), m.group("value"))):
            continue
        value = m.group("value")
        column = m.start("value") + len(value) - len(value.lstrip())
        value = value.strip()
        if line.lstrip().startswith(("(", "[")):
            value = value.rstrip(")]")  # "(Interpreter: Yan Mingfu)"
        if kind in ("chair", "rank", "state") and value and not _names_only(value):
            return None  # "Chairman: I declare the session open." is a turn, not a list
        return Label(kind, value, column)
    return None


_BRACKETED = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))")


def _state(text: str, value: str = "") -> bool:
    """A state, a body standing for a side ("from the KGB:", "For the MfS:"), or the city of its capital
    ("From Seoul:", "From Pyongyang: A, B"): a known one, or a name with the names of its people after it."""
    if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text.strip()) and (
        is_known_place(text) or value.strip() and _names_only(value) and parse_agent(value) is not None
    ):
        return True
    spelled = re.search(
        r"\[([^\]]+)\]", text
    )  # "the MfS [Ministry for State Security]": the body spelled out
    text = _BRACKETED.sub(" ", text)
    words = [w.strip(".,") for w in re.sub(r"^(?i:the)\s+", "", text.strip()).split()]
    if len(words) == 1 and (
        words[0].lower() in ORGANISATION_ACRONYMS
        or spelled is not None  # an acronym, then its words spelled out in capitals
        and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", words[0]) is not None
        and sum(c.isupper() for c in words[0]) >= 2
        and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the))+", spelled.group(1))
        is not None
    ):
        return True
    return bool(words) and all(is_state_word(w) or w.lower() in ("of", "the") for w in words)


def _names_only(value: str) -> bool:
    """Whether a label's value is names ("Cde. L. I. BREZHNEV", "Cdes. A, B and C"), not a sentence."""
    items = [item for item in _inline_items(value) if not office_alone(item)]  # "A and B, interpreters"
    return bool(items) and all(_name_like(_name_head(re.split(r",\s*", item)[0])) for item in items)


_LOWER_IN_NAMES = CONNECTIVES | PARTICLES | {h for h in HONORIFICS if h.islower()}


def name_like(text: str) -> bool:
    """Words of a name: capitalised, or a name's particles ("Kim Il Sung", "van der Stoel")."""
    return _name_like(text)


def _name_like(text: str) -> bool:
    words = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text).split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper()
        or w.lower() in _LOWER_IN_NAMES
        or w.split("-")[0].lower() in PARTICLES
        or not w[:1].isalpha()
        for w in words
    )


# An ordinal's suffix set as a superscript and broken onto the next line: "Head of 1" / "st Main Directorate"
_ORDINAL_BREAK = re.compile(r"(\d)\n[ \t]*(st|nd|rd|th)\b")


# A page an OCR or a copy ran into one line ("... S.W.1, Present: The Right Hon. WINSTON S. CHURCHILL, M.P.,
# ... The following were also present: ... Secretariat: ..."): its labels of those present, each on a line
# of its own as the printed page sets them, the names after them on the next.
_RUN_ON_LABEL = re.compile(
    r"(?<=\S)[ \t]+(?=(?:The\s+following\s+(?:\w+\s+){0,2}(?:were\s+)?also\s+present|Also\s+present|Present|"
    r"Secretariat|CONTENTS)[ \t]*:)"
)
_RUN_ON_NAMES = re.compile(r"(?i)(?<=\bpresent)[ \t]*:[ \t]+(?=\S)")


def _run_on_lines(lines: list[str]) -> list[str]:
    """The lines of a page, a line run on past 400 characters parted at its labels of those present."""
    out: list[str] = []
    for line in lines:
        if len(line) > 400 and _RUN_ON_LABEL.search(line):
            out += _RUN_ON_NAMES.sub(":\n", _RUN_ON_LABEL.sub("\n", line)).split("\n")
        else:
            out.append(line)
    return out


def present(text: str) -> list[Agent]:
    """The people the lists of those present name, in page order, each once."""
    out: list[Agent] = []
    lines = _run_on_lines(_ORDINAL_BREAK.sub(r"\1\2", text).split("\n"))
    k = 0
    while k < len(lines):
        label = label_of(lines[k]) or _closing_label(lines[k])
        if label is None:
            k += 1
            continue
        if styled := _styled_members(lines, k, label.value):
            agents, k = styled
        else:
            items, k = _read_list(lines, k, label)
            agents = [a for a in map(participant, items) if a is not None]
        for agent in agents:
            if all(agent.name != a.name for a in out):
                out.append(agent)
    return out


def _closing_label(line: str) -> Label | None:
    """A paragraph's last sentence that labels the list under it: "... who is paying an official visit to our
    country. The meeting was attended by:" over one name a line."""
    if not line.rstrip().endswith(":"):
        return None
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[-1]
    # or its last clause: "Besides Minister Grechko, the Soviet side was represented by:"
    clause = re.split(r",\s+(?=the\s|our\s)", last)[-1]
    for part in sorted({last, clause} - {line.strip()}):
        label = label_of(part)
        if label and label.kind in ("attending", "side") and not label.value:
            return Label("attending", "", len(line))
    return None


def _read_list(lines: list[str], k: int, label: Label) -> tuple[list[str], int]:
    """The items of the list labelled on line ``k``, and the line after it."""
    if not label.value:
        return _block(lines, k + 1)
    value = label.value
    k += 1
    while k < len(lines):
        joint = re.search(r"(?:[,;]|\band|&)$", value) or value.count("(") > value.count(")")
        nxt = k + 1 if joint and not lines[k].strip() and k + 1 < len(lines) else k  # a doubled line break
        if not (_continues(lines[nxt]) and (joint or re.match(r"\s*(?:and|&)\s", lines[nxt]))):
            break
        value = f"{value} {lines[nxt].strip()}"  # "Present: A, B," / "C and D": the list wrapped
        k = nxt + 1
    items = _inline_items(value)
    more, k = _hanging(lines, k, label.column)
    return items + more, k


def _continues(line: str) -> bool:
    """The line after a list that ends on a joint (or opens with "and") goes on with it, unless it is a
    label or a field."""
    return bool(line.strip()) and label_of(line) is None and not field_of(line)


def _hanging(lines: list[str], k: int, column: int) -> tuple[list[str], int]:
    """The lines under a label's first name: right below it, or indented to it ("PARTICIPANTS:     The
    President" over "                  Prime Minister Eisaku Sato"), blank lines between included (between
    the sides, when the copy lost the indent: a person's line as far in as the names above it)."""
    items: list[str] = []
    first = None  # how far in the names under the label stand
    while k < len(lines):
        line = lines[k]
        if not line.strip():
            nxt = next((x for x in lines[k + 1 :] if x.strip()), "")
            level = column > 1 and _indent(nxt) >= column - 1 or first is not None and _indent(nxt) == first
            if not level or not _person_line(nxt.strip()):
                break
        elif items and _wraps(items[-1], line.strip()):
            items[-1] = f"{items[-1]} {line.strip()}"
        elif (
            not _person_line(line.strip())
            or label_of(line)
            or _LABELLED.match(line.strip())
            or field_of(line)
        ):
            break  # the text, or the next label ("Absent:", "Candidate members:", "SUBJECT:")
        elif line.strip():
            items.append(line.strip())
            first = _indent(line) if first is None else first
        k += 1
    return items, k


# Rule *wrapped entry*: a typed list of those present wraps a long office onto the lines under its entry
# ("Dr. Henry A. Kissinger, Special Assistant" / "to the President for National Security" / "Affairs"). A
# line right under an entry goes on with it when it opens on a joining word, or the entry stops on one
# ("for", "Deputy" after its comma); or when the entry gave its office after a comma and the line is a few
# words of an office's name, no one's ("Affairs", "United States").
_WRAP_OPEN = re.compile(r"(?:of|and|for|to|the|in|at|on|with|by|&)\b")


def _wraps(entry: str, line: str) -> bool:
    if not line or label_of(line) or _LABELLED.match(line) or _BULLET.match(line):
        return False
    last = entry.rstrip().split()[-1].lower() if entry.strip() else ""
    if last in _JOINS or entry.rstrip().endswith("-"):
        return True
    if _WRAP_OPEN.match(line):
        return "," in entry
    if "," in entry and last in OFFICE_WORDS and not _person_line(line):
        return True  # "General Alexander M. Haig, Jr., Deputy" / "Special Assistant to the President for"
    words = line.split()
    return (
        "," in entry
        and len(words) <= 3
        and "," not in line
        and not _person_line(line)
        and all(w[:1].isupper() for w in words)
        and any(w.lower().strip(".") in OFFICE_WORDS or is_state_word(w) for w in words)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_DIGRAPHS = "|".join(sorted(DIGRAPH_INITIALS))
_BULLET = re.compile(r"^(?:--|[•·▪◦*–-]|\d{1,2}[.)])\s+")
_LABELLED = re.compile(r"^[A-Za-z][\w ./&-]{0,30}:")  # any label: "Absent:", "DATE AND TIME:"
_CELL_GAP = re.compile(r"\s{3,}")


def _block(lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines under a label alone: one person a line, sides under their headings, blank lines between
    sides, and two sides in columns under their headings ("United States     USSR"), read a column at a
    time. It ends at the next field ("SUBJECT:"), a label with names of its own, or the text."""
    items: list[str] = []
    columns: tuple[list[str], list[str], int] | None = None
    k = start
    while k < len(lines):
        raw = lines[k]
        line = _BULLET.sub("", raw.strip())
        bulleted = line != raw.strip()
        if _NOTE_MARK.fullmatch(line):
            k += 1  # a note's number left on its own line ("[1]")
            continue
        if (
            line
            and not bulleted
            and columns is None
            and items
            and lines[k - 1].strip()
            and _wraps(items[-1], line)
        ):
            items[-1] = f"{items[-1]} {line}"  # the entry's office wrapped onto this line
            k += 1
            continue
        if (
            line
            and not _CELL_GAP.search(raw.strip())
            and not _side_label(line)
            and _subheading(line, lines[k + 1 :])
        ):
            k += 1  # "Members of the government", "Representing the ministers in absentia": a rank's heading
            continue
        if not line:
            at = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), len(lines))
            nxt = _BULLET.sub("", lines[at].strip()) if at < len(lines) else ""
            next_bulleted = at < len(lines) and nxt != lines[at].strip()
            if not (
                _side_label(nxt)
                or _person_line(nxt.rstrip(".") if next_bulleted else nxt)
                or _side_first(nxt)
                or columns
                and _cells(nxt)
                or items
                and _subheading(nxt, lines[at + 1 :])  # "Members of the government" over more of them
            ):
                break
        elif (heads := _cells(raw)) and all(_side_label(h) for h in heads):
            columns = ([], [], raw.index(heads[1], len(heads[0])))
        elif _side_label(line):
            pass
        elif (
            (label := label_of(line)) is None and not raw.strip()[:1].isdigit() and (who := _side_first(line))
        ):
            # (not a numbered item: "1. Austria: Ration Scales" heads the text's first section)
            items.append(who)  # "KGB: Comrade Zinyov – 1st Deputy of the Chairman"
        elif label is not None:
            if label.value:
                break  # a label with names of its own ("Interpreter(s): X") is read on its own
            # "For the GDR:" over its people
        elif bulleted and line.endswith(":") and _bulleted_person(lines[k + 1 :]):
            pass  # a side's bullet over its people's: "• Central Intelligence Agency:" / "• Lt. General ..."
        elif _LABELLED.match(line) or field_of(line) or len(line.split()) > (40 if bulleted else 20):
            # the next field ("DATE AND TIME:", "SUBJECT:") or the text itself (a bulleted entry's office may
            # run long)
            break
        elif columns is not None and _row(raw):
            _column_cells(raw, columns)
        # (a bulleted entry may end on a full stop, the list's last: "-- Col. Gen. M. Šmoldas, ..., deputy
        # minister.")
        elif row := _flat_row(line):
            items += row
        elif not _person_line(line.rstrip(".") if bulleted else line):
            break
        else:
            items.append(line)
        k += 1
    if columns is not None:
        items += columns[0] + columns[1]
    return items, k


def _bulleted_person(after: list[str]) -> bool:
    """The next filled line is a bulleted entry that reads as a person."""
    nxt = next((x.strip() for x in after if x.strip()), "")
    bare = _BULLET.sub("", nxt)
    return bare != nxt and _person_line(bare.rstrip("."))


_NOTE_MARK = re.compile(r"\[\d{1,2}\]|\d{1,2}\)")

# Rule *flattened table*: a copy that lost a table's columns runs a row of its people into one line ("Mr.
# Bevin Mr. Byrnes (Chairman) M. Molotov", one delegation a column): every person opens on a form of
# address, and each form after a name's last word (not after an initial: "Mr. J. M. Smith", nor after a
# rank's first word: "Comrade Lieutenant General Grigorenko") opens the next
_ROW_FORMS = sorted(
    {h for h in HONORIFICS if h in {*ADDRESS_FORMS, "sir", "m.", "dr.", "general", "lord", "lady"}},
    key=len,
    reverse=True,
)
_ROW_FORM = re.compile(r"(?i:" + "|".join(re.escape(f) for f in _ROW_FORMS) + r")\s+[A-Z]")
_ROW_SPLIT = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\)))\s+(?=" + _ROW_FORM.pattern + ")")


def _flat_row(line: str) -> list[str]:
    """The people of a row a copy ran into one line, when it holds two or more, each a person."""
    if not _ROW_FORM.match(line):
        return []
    cells, start = [], 0
    for m in _ROW_SPLIT.finditer(line):
        if line[: m.start()].split()[-1].lower() not in HONORIFICS:  # "Lieutenant | General": one rank
            cells.append(line[start : m.start()])
            start = m.end()
    cells.append(line[start:])
    # each cell a name after its form ("Comrade Zimyanin M. V." is one man, his initials after his name)
    named = all(
        re.search(r"[^\W\d_]{2,}", c[form.end() - 1 :] if (form := _ROW_FORM.match(c)) else c) for c in cells
    )
    if len(cells) < 2 or not named or not all(_person_line(c) for c in cells):
        return []
    # every cell opens on its form of address: "M." before initials is Monsieur's ("M. F. T. Gousev")
    return [re.sub(r"^M\.\s+(?=(?:[A-Z]\.\s*)+[A-Z])", "", c) for c in cells]


def _subheading(line: str, after: list[str]) -> bool:
    """A short heading inside a list of those present, over more of them: no name, no sentence, no label."""
    if (
        _person_line(line)
        or len(line.split()) > 6
        or line.endswith((".", ":"))
        or label_of(line)
        or field_of(line)
    ):
        return False
    nxt = next((x.strip() for x in after if x.strip()), "")
    return bool(nxt) and _person_line(_BULLET.sub("", nxt)) and not _LABELLED.match(line)


def _cells(line: str) -> list[str]:
    """The two cells of a row set in two columns, when it is one."""
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    return cells if len(cells) == 2 else []


def _row(raw: str) -> bool:
    """A row of two columns of people (or of one, the other's cell empty)."""
    cells = [c for c in _CELL_GAP.split(raw.strip()) if c]
    return 0 < len(cells) <= 2 and all(_person_line(c) for c in cells)


def _column_cells(raw: str, columns: tuple[list[str], list[str], int]) -> None:
    left, right, at = columns
    cells = [c for c in _CELL_GAP.split(raw.strip()) if c]
    if len(cells) == 2:
        left.append(cells[0])
        right.append(cells[1])
    elif cells:
        (right if _indent(raw) >= at - 2 else left).append(cells[0])


def _person_line(line: str) -> bool:
    """ "Winston Lord, NSC Staff (notetaker)", "Comrade Kozlov": a person first, then an office."""
    head = re.split(r",\s*|\s+[-–]\s+", re.sub(r"\s*\([^)]*\)", "", line))[0]
    if after := _office_after(head):
        head = after[1]  # "Comrade Shumilov Head of KGB Representation"
    agent = parse_agent(head) if head else None
    sentence = line.endswith(".") and not re.search(
        rf"(?:\b(?:[A-Z]|{_DIGRAPHS})\.|\b\w+\.\w+\.|\bJr\.|\bSr\.)$", line
    )
    return bool(
        agent and agent.kind == "person" and _name_like(head) and len(head.split()) <= 7 and not sentence
    )


_SIDE_WORDS = {"of", "the", "and", "side", "sides", "delegation", "delegations"}
_SIDE_FIRST = re.compile(r"^(?P<side>[^:]{2,70}):\s*(?P<who>\S.*)$")  # a side, then its first member


def _side_first(line: str) -> str | None:
    """ "KGB: Comrade Zinyov – 1st Deputy of the Chairman": a side's heading and its first member on one
    line; the member."""
    m = _SIDE_FIRST.match(line.strip())
    if m and _side_label(m.group("side")) and _person_line(m.group("who")):
        return m.group("who")
    return None


def _side_label(line: str) -> bool:
    """ "United States", "USSR", "Chinese Side:", "Germans", "For the Soviet side", and a side by its body:
    "KGB:", "MfS:", "Ministry of State Security of the DRV"."""
    bare = line.strip().rstrip(":").lower()
    if re.fullmatch(
        r"(?:(?:for|on|from)\s+)?(?:the\s+)?[\w.'’ -]{1,40}\s+(?:side|delegation|participants)", bare
    ):
        return True
    head = line.strip().rstrip(":")
    if ":" in head:
        return False  # "KGB: Comrade Zinyov – ...": a side and its first member
    body = re.split(r"\s+of\s+", head)[
        0
    ]  # the body's own noun first ("Ministry of State Security of the DRV")
    if strip_honorifics(head)[0] or "," in head:
        return False  # "Comrade Shumilov Head of KGB Representation", "Huang Hua, Ambassador": a man
    last = head.split()[-1] if head.split() else ""
    ends_as_body = (
        last.lower() in ORGANISATION_WORDS
        or last.isupper()
        or is_state_word(last)
        or body != head
        and body.split()[-1].lower() in ORGANISATION_WORDS  # "Department of State"
    )  # not "... Hager"
    acronym = re.fullmatch(r"[A-Z][A-Za-z]{1,5}", head) and (  # "KGB", "MfS"; not a field ("PLACE:")
        head.lower() in ORGANISATION_ACRONYMS or not head.isupper() and sum(c.isupper() for c in head) >= 2
    )
    whole = parse_agent(head)
    if acronym or (
        is_organization(body) and ends_as_body and whole is not None and whole.kind == "organization"
    ):
        return len(head.split()) <= 10  # "KGB", "MfS"; "Ministry of State Security of the DRV"
    words = [w.strip(".,") for w in bare.split()]
    return bool(words) and all(w in _SIDE_WORDS or is_state_word(w) for w in words)


# Another label after the list on its line: "... von Maltzan. Protokoll: Pühl"
_NEXT_LABEL_ON_LINE = re.compile(r"\s*\.\s+(?=[A-ZÄÖÜА-Я][\w ]{1,30}:)")


def _inline_items(text: str) -> list[str]:
    """ "A, office; B, office" by semicolons; "A, B, C and D" by commas when each part is a bare name or an
    office ("The Secretary, Ambassador Dobrynin, Mr. Kohler"; "A and B, interpreters": theirs). In a list
    of those present "Mielke, Ulbricht" and "Sonnenfeldt, Mao Zedong" are two men, not one name turned round
    ("Gromyko, A. A." is one)."""
    text = _NEXT_LABEL_ON_LINE.split(text, maxsplit=1)[0]
    if ";" not in text and len(runs := _run_on(text)) > 2:
        return [item for run in runs for item in _inline_items(run)]
    if ";" in text:  # the sides, or one person with an office each
        parts = [p for p in re.split(r";\s*(?:and\s+)?", text) if p.strip(" .")]
        return [item for part in parts for item in _inline_items(part)]
    if _office_then_holder(text):
        return [text.strip(" .")]  # "Director-General, Huang Hua"
    if "," in text and inverted(text) and not re.search(r"\b[A-Z][a-z]?\.", text.partition(",")[2]):
        return [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text.strip(" .")) if p]
    # an office with its article is an entry of its own ("Vice Premier Zhang, The Vice President")
    parts = [q for p in split_names(text) for q in re.split(r",\s*(?=The\s)", p)]
    if len(parts) > 1 and all(_bare_name(p) or office_alone(p) for p in parts):
        return parts
    if len(parts) == 2 and all("," in p and _starts_person(p.split(",")[0].strip()) for p in parts):
        return parts  # "A, office of ..., and B, office": two men, each with his office
    return _people_and_offices(parts) if len(parts) > 2 else [text]


# Where a column of participants run onto one line starts its next entry: an office with its article, or a
# name with its form of address ("The Secretary The Italian Ambassador Mr. Walter Dowling, SE").
_RUN_ON = re.compile(r"(?<=[\w.)])\s+(?=(?:The|Mr\.|Mrs\.|Ms\.|Dr\.)\s+[A-Z])")
_JOINS = {"of", "and", "for", "to", "the", "in", "at", "on", "with", "by"}


def _run_on(text: str) -> list[str]:
    """The entries of a column run onto one line: each office or named man where he starts."""
    cuts = [m.end() for m in _RUN_ON.finditer(text) if text[: m.start()].split()[-1].lower() not in _JOINS]
    return [text[a:b].strip(" ,") for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def listed(text: str) -> list[Agent]:
    """The people a list in a sentence names, offices after them included ("A, Premier of ..., and B")."""
    out: list[Agent] = []
    for item in _inline_items(re.sub(r"(?i)^(?:comrades|cdes\.)\s+", "", text.strip())):
        agent = participant(item)
        if agent is None or re.match(r"(?:the|a|an)\s", item) and not (agent.honorifics or agent.office):
            continue  # "the Cs": after an article, only a title names ("the Soviet Ambassador c. X")
        if all(agent.name != a.name for a in out):
            out.append(agent)
    return out


def _people_and_offices(parts: list[str]) -> list[str]:
    """ "Nicolae Ceausescu, the General Secretary of the RCP, President of the SRR, Elena Ceausescu, member
    of ...": each person opens an item, the offices after him are his."""
    items: list[str] = []
    for part in parts:
        head = part.split(",")[0].strip()
        if _starts_person(head) or not items:
            items.append(part)
        else:
            items[-1] = f"{items[-1]}, {part}"
    return items


def _name_head(head: str) -> str:
    """A name without the office that follows it in lower case with no comma ("Li Jong-ok [Ri Jong Ok]
    member of the Political Committee" -> "Li Jong-ok [Ri Jong Ok]")."""
    m = re.match(r"(?P<name>[A-Z][^,]*?)\s+(?P<office>[a-z][\w-]*)\b", head)
    return m.group("name") if m and m.group("office") in ROLE_NOUNS else head


def _starts_person(head: str) -> bool:
    """A person's name, not an office or a domain ("International Economic Cooperation" after "Minister of
    Foreign Trade and"): no word of an office in it. His office may follow in lower case with no comma
    ("Li Jong-ok [Ri Jong Ok] member of the Political Committee")."""
    head = _name_head(head)
    agent = parse_agent(head)
    if agent is None or agent.kind != "person" or is_office(head):
        return False
    if not _name_like(head) and not (agent.office and _name_like(agent.name)):
        return False  # (a long office before the name: "Iranian Ambassador in the USSR A. G. Masoud Ansari")
    if _OFFICE_SYMBOL.fullmatch(head.strip(" .")):
        return False
    return not any(w.lower().strip(".,") in OFFICE_WORDS for w in agent.name.split())


# An office's symbol after a name in a list, as US memoranda write it ("Mr. Walter Dowling, SE"): his office.
_OFFICE_SYMBOL = re.compile(r"[A-Z]{2,3}")


def _bare_name(text: str) -> bool:
    if _OFFICE_SYMBOL.fullmatch(text.strip(" .")):
        return False
    agent = parse_agent(text)
    words = re.sub(r"\([^)]*\)", "", text).split()
    if not agent or agent.kind != "person" or not 0 < len(words) <= 7 or "," in agent.name:
        return False  # an office may stand before the name ("Foreign Minister Ohira"), not be all of it
    return _name_like(text.split(",")[0]) and _names_someone(agent)  # "deputy engineer" is no one


def _names_someone(agent: Agent) -> bool:
    """Whether a word of the name is no title: after a title, a word of rank is a name ("Amb. Lord"); an
    office never is ("Mr. President", "The Secretary"), nor its state ("The Italian Ambassador")."""
    titles = OFFICE_WORDS if agent.honorifics else OFFICE_WORDS | set(HONORIFICS)
    words = [w.lower().strip(".") for w in agent.name.split()]
    office = any(w in titles for w in words)
    return any(w not in titles and not (office and is_state_word(w)) for w in words)


def office_alone(text: str) -> bool:
    """ "The Secretary", "interpreters", "MFA translators", "members of the Politburo": an office, no name."""
    words = text.strip(" .").split()
    singular = " ".join(_singular(w) for w in words)
    if not 0 < len(words) <= 6 or "," in text:
        return False
    return all(w.lower().strip(".") in OFFICE_WORDS | set(HONORIFICS) for w in singular.split()) or (
        is_office(singular) and participant(text) is None
    )


def _singular(word: str) -> str:
    """ "secretaries" -> "secretary", "members" -> "member": an office's noun in the singular."""
    low = word.lower()
    for plural, single in ((r"ies$", "y"), (r"men$", "man"), (r"s$", "")):
        if re.search(plural, low) and re.sub(plural, single, low) in ROLE_NOUNS:
            return re.sub(plural, single, word, flags=re.I)
    return word


def participant(item: str) -> Agent | None:
    """The person an item names; an office alone ("The President") is nobody the page names."""
    head = re.sub(r"^(?:and\s+)", "", item.strip())
    if m := re.match(r"(?i)the\s+(?P<rest>.+)$", head):
        office, comma, domain = m.group("rest").partition(",")
        if (
            is_office(m.group("rest"))
            or comma
            and is_office(office.strip())
            and is_organization(domain.strip())
        ):
            return (
                None  # "the Attorney General", "the Chairman, Joint Chiefs of Staff": an office, no one named
            )
    # "General Ridgway for the Secretary of the Army", "Mr. Morrison for the Director, Bureau of the Budget":
    # who sat in for an office (its body after a comma)
    head = re.sub(
        r"^(?P<who>[A-Z][^,]{2,40}?)\s+for\s+the\s+[A-Z][^,]*(?:,\s*[A-Z][^,]*)?$", r"\g<who>", head
    )
    head = re.sub(r"(?:\s*\([^)]*\))?\s+\d{1,2}$", "", head)  # "Adenauer (zeitweise) 1": a note's number
    head = re.sub(r"(?<=[^\W\d_])\(\d{1,2}\)$", "", head)  # "Pospelov(1)": the edition's note on him
    head = re.sub(r"\s*\(as\s+[a-z][^()]*\)$", "", head)  # "Choe Won-sik (as interpreter)": what he did there
    # "acting heads of department L. Badamragchaa and B. Nachaa": the office shared, in the singular, when
    # a whole name follows it ("representatives of the Institute of Agrarian Reform" names no one)
    # ("Counsellors V. I. Pelishenko, M. Ye. Kryukov": the plural opening a list, capitalised)
    words = head.split(" ")
    single = " ".join(
        [*(_singular(w) if w[:1].islower() or k == 0 else w for k, w in enumerate(words[:3])), *words[3:]]
    )
    if (
        single != head
        and (one := parse_agent(single)) is not None
        and one.office
        and len(one.name.split()) > 1
    ):
        head = single
    if _office_then_holder(head):
        head = head.partition(",")[2].strip()  # "Director-General, Huang Hua": the office, then its holder
    head = re.sub(r"\s*\([^()]*,[^()]*\)", "", head)  # "Yang Lin (Assistant Bureau Director, General ...)"
    if "," not in head or not inverted(
        head
    ):  # "Kennedy, John F.": a name turned round; "Zhou Enlai, Premier"
        head = re.split(r",\s*", head)[0].rstrip(".")
    if re.search(r"(?i)\[(?:redacted|illegible|name illegible|\?+)\]", re.split(r"\s[-–]\s", head)[0]):
        return None  # "Comrade [REDACTED] - Interpreter": someone, unnamed
    agent = None
    if after := _office_after(
        head
    ):  # "Comrade Shumilov Head of KGB Representation", "Comrade Blinov Interpreter"
        agent = parse_agent(after[1])
        if agent is not None:
            agent.office, agent.as_written = agent.office or after[0], head
    if agent is None or agent.kind != "person":
        agent = parse_agent(head)
    if agent is not None and _prose(agent.name):
        return None  # "17 December 1940 Sir John Maffey", "who had recently arrived in Urumchi": no name
    if agent is not None and not re.search(r"[^\W\d_]{2}", agent.name):
        return None  # "Ambassador of the Chinese P. R.": a state's letters after an office, initials alone
    return agent if agent is not None and agent.kind == "person" and _names_someone(agent) else None


def _prose(name: str) -> bool:
    """Words a name holds none of: a number, or a word in lower case that is no particle ("de", "von")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return bool(re.search(r"\d", name)) or any(
        w[:1].islower()
        and w.lower() not in PARTICLES
        and w.split("-")[0].lower() not in PARTICLES  # "al-Ahmar", "el-Sadat": the particle joined on
        and not re.fullmatch(r"[a-z]{1,2}", w)
        for w in words
    )


def _office_then_holder(text: str) -> bool:
    """ "Director-General, Huang Hua", "Ambassador, A. Dobrynin": an office alone, a comma, its holder."""
    office, _, rest = text.strip(" .").partition(",")
    return bool(
        rest.strip()
        and "," not in rest
        and (office_alone(office) or is_office(office.strip()))
        and _starts_person(rest.strip())
    )


def _office_after(text: str) -> tuple[str, str] | None:
    """A name, then its office with nothing between them: the office and the name. One word of office after
    a name is one only when no family name is spelled so ("Blinov Interpreter", not "Antony Head")."""
    if re.search(r",|\s[-–—]\s", text):
        return None  # a comma or a dash parts them already ("Comrade Zinyov – 1st Deputy of the Chairman")
    words = text.split()
    for k in range(1, len(words)):
        rest = words[k:]
        if words[k].lower() not in ROLE_NOUNS | OFFICE_QUALIFIERS or not is_office(" ".join(rest)):
            continue
        if len(rest) == 1 and rest[0].lower() in SURNAME_LIKE_ROLES:
            return None
        name = " ".join(words[:k])
        if words[0].lower() in ("the", "a", "an", "our", "their"):
            return None  # "the Cs. Ambassador to the DPRK": an office described, no name
        return (" ".join(rest), name) if re.search(r"[A-Z][a-z]", name) else None
    return None


# A formal list of members, each led by his style ("The Right Hon. Sir WINSTON CHURCHILL, M.P., Prime
# Minister"), as British Cabinet conclusions print them, in columns an OCR interleaves: the style marks
# where each member begins, whatever the columns did to the offices. "The following were also present:"
# goes on with more of them.
_STYLE = re.compile(
    r"(?:Dr\.\s+)?T\s?h\s?e\s+(?:R\s?i\s?g\s?h\s?t|M\s?o\s?s\s?t|R\s?t\.?)\s+H\s?o\s?n\s?\.?\s*(?:,\s*)?"
)
_LIST_END = re.compile(r"(?i)^(?:secretariat|contents|minute\b)")
_ALSO_PRESENT = re.compile(r"(?i)^(?:the following were also present|also present)\b")
_LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")
_POST_NOMINALS = re.compile(  # "M.P.", "K. C.": the letters after a member's name (lexicon.particles)
    r"\s*,?\s*\b(?:"
    + "|".join(r"\.\s?".join(p.upper()) for p in sorted(POST_NOMINALS, key=len, reverse=True))
    + r")\b\.?"
)


def _styled_members(lines: list[str], k: int, first: str) -> tuple[list[Agent], int] | None:
    """The members of a "Present" list led by their styles (``first``: what the label's line holds), those
    "also present" with them."""
    block = [first]
    end = k + 1
    while end < min(len(lines), k + 80):
        line = lines[end].strip()
        also = _ALSO_PRESENT.match(line)
        if also and not _STYLE.search(line[also.end() :]):
            end += 1  # the label alone: its names on the lines under it
            continue
        if _LIST_END.match(line) or line and not _STYLE.search(line) and (field_of(line) or is_prose(line)):
            break
        block.append(line[also.end() :].lstrip(" :") if also else line)  # the names after the label
        end += 1
    segments = _STYLE.split(" ".join(block))[1:]
    if len(segments) < 3:
        return None
    out: list[Agent] = []
    side_by_side = 0  # styles in a row: the columns' members, their names interleaved after them
    for segment in segments:
        side_by_side += 1
        if not segment.strip(" ,"):
            continue  # "The Rt. Hon. The Right Hon. Sir John Simon, ..., Viscount Runciman, ...": two members
        parts = [p.strip(" .") for p in _POST_NOMINALS.sub("", segment).split(",")]
        found = [a for a in map(_member, parts if side_by_side > 1 else parts[:1]) if a is not None]
        out += found[:side_by_side]
        side_by_side = 0
    return out, end


# A peer, named by his title: "Viscount Runciman", "The Marquess of Zetland", "Lord Chatfield"
_PEER = re.compile(
    r"^(?:The\s+)?(?:Lord|Viscount|Earl|Marquess|Marquis|Baron|Duke|Lady|Countess)\s+(?:of\s+)?[A-Z]"
)


def _member(written: str) -> Agent | None:
    """The member a part of a styled list names: the surname in capitals, as the lists print it, a whole name
    in mixed case with no office, or a peer by his title."""
    name = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), written)
    name = re.sub(r"\s*\(in the chair\)", "", name, flags=re.I)
    agent = parse_agent(name)
    if agent is None or agent.kind != "person":
        return None
    named = (
        bool(re.search(r"[A-Z]{3}", name))
        or len(agent.name.split()) >= 2
        and not is_office(agent.name)
        and all(w[:1].isupper() for w in agent.name.split())
        or bool(_PEER.match(name))
    )
    if not named:
        return None
    agent.as_written = written
    return agent


def present_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of "Present" lists (label and members): no one on them signs the document."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        label = label_of(line)
        if label is None or label.kind not in ("attending", "side"):
            continue
        out.add(k)
        end = k + 1
        while end < len(lines) and end < k + 80 and not _LIST_END.match(lines[end].strip()):
            if is_prose(lines[end]) and not _STYLE.search(lines[end]):
                break
            end += 1
        out |= set(range(k + 1, end))
    return out


def is_label(line: str) -> bool:
    """Whether ``line`` opens with the label of a list of those present (no speaker's turn)."""
    return label_of(line) is not None
