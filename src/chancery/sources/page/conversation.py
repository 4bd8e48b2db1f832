"""Records of conversation: who was present and who took the notes.

"(Our ambassador ..., comrade Reis Malile, also attended for our side and took the notes below.)"
-> note-taker (the record's author, and a participant); "Present for the Chinese side: comrade Chen Yi,
Deputy Chairman ...; comrade Zhou Enlai, ...; and comrade Luo Shigao, ..." -> participants.
"""

from __future__ import annotations

import re

from chancery.lexicon.countries import is_state_word
from chancery.lexicon.honorifics import address_pattern
from chancery.model import Agent
from chancery.sources.page.fields import field_of
from chancery.sources.page.header import is_prose
from chancery.sources.page.honorifics import HONORIFICS, OFFICE_WORDS
from chancery.sources.page.names import parse_agent, split_names

_NAME = r"(?P<who>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_NOTE_TAKER = re.compile(
    r"(?:" + address_pattern() + r"|c\.)\s+" + _NAME + r",?\s+(?:[^.()]*?\band\s+)?"
    r"(?:took|kept|recorded|wrote)\s+(?:down\s+)?(?:the\s+)?(?:notes|minutes|record)",
    re.I,
)
# The labels of attendance lists: "Present:", "Participants in the meeting:", "Attended by:", "Chinese
# participants:", "Taking part on the Soviet side:", "The following took part in the talks:", and the
# interpreters and note-takers, who were present too.
_ATTENDANCE_WORDS = (
    r"(?:(?:those|also|persons?)\s+)?(?:present|attending)(?:\s+(?:at\s+)?the\s+\w+)?|attended\s+by|"
    r"in\s+attendance|accompanying(?:\s+[^:]{1,40})?|introductions?|"
    r"(?:[A-Z][a-z]+\s+)?participants?(?:\s+(?:in|at)\s+the\s+\w+)?|taking\s+part|"
    r"(?:the\s+following\s+(?:persons\s+|people\s+)?)?took\s+part(?:\s+in\s+the\s+\w+)?|"
    r"interpreters?|translators?|note-?takers?|recorders?"
)
_PRESENT = re.compile(
    rf"(?i)\b(?:{_ATTENDANCE_WORDS})(?:\s+(?:for|from|on)\s+[^:]{{1,60}})?\s?:\s*(?P<list>[^\n]+)"
    r"|^\s*(?:(?:from|on|for)\s+)?(?:the\s+)?[A-Za-z'’-]+\s+side(?:\s+present)?:\s*(?P<side>[^\n]+)"
)


_RECORDED_BY = re.compile(
    r"(?i)\b(?:recorded|notes? (?:were )?taken|minutes taken|written down|transcribed|"
    r"record (?:made|written))\s+by:?\s+(?:comrade\s+|cde\.?\s+|c\.\s+)?"
    + _NAME.replace("(?P<who>", "(?P<who>(?-i:")
    + ")"
)


_DIARY_OF = re.compile(
    r"(?im)^\s*from the (?:diary|journal|notes) of\s+(?:comrade\s+|cde\.\s+)?(?P<who>[^\n]+?)\s*$"
)


_MARKED_TAKER = re.compile(
    r"(?im)^\s*(?P<who>[^,\n(:]{3,60}?)\s*(?:,[^\n(]*)?\((?:[^)\n]*\W)?(?:note[- ]?taker|notes|recorder|"
    r"record-keeper)\)\s*$"
)


# Attendance stated in running text: "Also present at the conversation were Liu Shaoqi and the interpreter
# Shi Zhe.", "GDR embassy official Libermann was present.", "DVO Attaché I. V. Andreyev attended the
# conversation.", "The talk was attended by A and B.", "with the participation of A".
_EVENT = r"(?:conversation|meeting|talks?|discussion|dinner|reception|luncheon|visit|session)"
_ATTENDANCE = (
    re.compile(
        rf"(?i)\b(?:also\s+)?present\s+(?:at|during|in)\s+the\s+{_EVENT}\s+(?:were|was)\s+(?P<list>[^.;]+)"
    ),
    re.compile(rf"(?i)\bthe\s+{_EVENT}\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?P<list>[^.;]+)"),
    re.compile(r"(?i)\bwith\s+the\s+participation\s+of\s+(?P<list>[^.;]+)"),
    re.compile(
        rf"(?:^|[.;:]\s+|\(\s*|,?\s+and\s+)(?P<list>[A-Z][^.;:()]{{2,120}}?)\s+(?:was|were)\s+(?:also\s+)?present\b"
        rf"|(?:^|[.;:]\s+|\(\s*|,?\s+and\s+)(?P<list2>[A-Z][^.;:()]{{2,120}}?)\s+(?:also\s+)?(?:attended|"
        rf"took\s+part\s+in|"
        rf"participated\s+in)\s+(?:the|this|our)\s+{_EVENT}"
    ),
)
_ROLE_IN_LIST = re.compile(
    r"(?i)^(?:and\s+)?(?:the\s+)?(?:interpreters?|translators?|note-?takers?)\s+(?=[A-Z])"
)


def attendance(text: str) -> list[Agent]:
    """People the running text says were present or took part."""
    flat = re.sub(r"\s+", " ", text)
    out: list[Agent] = []
    for rx in _ATTENDANCE:
        for m in rx.finditer(flat):
            names = m.group("list") if m.group("list") else m.groupdict().get("list2") or ""
            for part in split_names(names):
                agent = _participant(_ROLE_IN_LIST.sub("", part.strip()))
                if agent is not None and agent.name[:1].isupper() and all(agent.name != a.name for a in out):
                    out.append(agent)
    return out


# "Recorder: Tao Bingwei", "Recorders: Huang Zhengyou, Lu Dajun", "Notetaker: Lin Qing": the labelled
# note-takers, who wrote the record.
_TAKERS_LABEL = re.compile(r"(?im)^\s*(?:recorders?|note-?takers?|minutes\s+taken\s+by)\s*:\s*(?P<list>[^\n]+?)\s*$")


def note_takers(text: str) -> list[Agent]:
    """The note-takers a label names, or the one the text says took the notes (:func:`note_taker`)."""
    out: list[Agent] = []
    for m in _TAKERS_LABEL.finditer(text):
        for part in split_names(m.group("list")):
            agent = _participant(part)
            if agent is not None and all(agent.name != a.name for a in out):
                out.append(agent)
    if not out and (one := note_taker(text)) is not None:
        out.append(one)
    return out


def note_taker(text: str) -> Agent | None:
    """Who took the notes, when the record says so ("took the notes", "recorded by", "From the diary of",
    a participant marked "(notetaker)")."""
    if marked := _MARKED_TAKER.search(text):
        agent = parse_agent(marked.group("who"))
        if agent and agent.kind == "person":
            return agent
    flat = re.sub(r"\s+", " ", text)
    m = _NOTE_TAKER.search(flat) or _RECORDED_BY.search(flat)
    if m:
        return parse_agent(m.group("who"))
    diary = _DIARY_OF.search(re.sub(r"(?i)(of)\s*\n\s*", r"\1 ", text))
    return parse_agent(diary.group("who")) if diary else None


_PRESENT_LABEL = re.compile(
    rf"(?i)^(?:{_ATTENDANCE_WORDS})(?:\s+[^:]{{1,60}})?:$"
    r"|^(?:PRESENT|ATTENDING|PARTICIPANTS|PERSONS PRESENT)$"  # a heading in capitals, with no colon
)
_BULLET = re.compile(r"^(?:[•·▪◦*–-]|\d{1,2}[.)])\s+")


def present(text: str) -> list[Agent]:
    """People listed as present ("Present: comrade A, office; comrade B"), and the lines under the label.

    A label alone on its line ("PARTICIPANTS:") heads a block of one person a line ("Name, office"); a blank
    line between the two sides does not end it, a line with another label ("DATE AND TIME:") does.
    """
    out: list[Agent] = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _PRESENT.search(line) or _PRESENT_LABEL.match(line.strip())
        if not m:
            continue
        if styled := _styled_members(lines, k):
            return styled
        inline = m.groupdict().get("list") or m.groupdict().get("side")
        items = _inline_items(inline) if inline else []
        items += _block(lines, k + 1, gaps=not inline)
        for agent in (_participant(item) for item in items):
            if agent and all(agent.name != a.name for a in out):
                out.append(agent)
    return out


# A formal list of members, each led by his style ("The Right Hon. Sir WINSTON CHURCHILL, M.P., Prime
# Minister"), as British Cabinet conclusions print them, in columns an OCR interleaves: the style marks
# where each member begins, whatever the columns did to the offices.
_STYLE = re.compile(
    r"(?:Dr\.\s+)?T\s?h\s?e\s+(?:R\s?i\s?g\s?h\s?t|M\s?o\s?s\s?t|R\s?t\.?)\s+H\s?o\s?n\s?\.?\s*(?:,\s*)?"
)
_LIST_END = re.compile(r"(?i)^(?:the following were also present|also present|secretariat|contents|minute\b)")
_LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")
_POST_NOMINALS = re.compile(r"\s*,?\s*\b(?:M\.\s?P|Q\.\s?C|K\.\s?C|C\.\s?H|O\.\s?M)\b\.?")


def _styled_members(lines: list[str], k: int) -> list[Agent]:
    """The members of a "Present" list led by their styles, up to "The following were also present"."""
    block: list[str] = []
    for line in lines[k : k + 80]:
        if block and _LIST_END.match(line.strip()):
            break
        block.append(line.strip())
    text = " ".join(block)
    segments = _STYLE.split(text)[1:]
    if len(segments) < 3:
        return []
    out: list[Agent] = []
    for segment in segments:
        written = _POST_NOMINALS.sub("", segment).split(",")[0].strip(" .")
        name = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), written)
        name = re.sub(r"\s*\(in the chair\)", "", name, flags=re.I)
        agent = parse_agent(name)
        if agent is not None and agent.kind == "person" and re.search(r"[A-Z]{3}", name):
            agent.as_written = written
            out.append(agent)
    return out


def present_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of "Present" lists (label and members): no one on them signs the document."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not (_PRESENT.search(line) or _PRESENT_LABEL.match(line.strip())):
            continue
        out.add(k)
        end = k + 1
        while end < len(lines) and end < k + 80 and not _LIST_END.match(lines[end].strip()):
            if is_prose(lines[end]) and not _STYLE.search(lines[end]):
                break
            end += 1
        out |= set(range(k + 1, end))
    return out


def _inline_items(text: str) -> list[str]:
    """ "A, office; B, office" by semicolons; "A, B, C and D" by commas when each part is a bare name."""
    if ";" in text:  # the sides, or one person with an office each
        return [item for part in re.split(r";\s*(?:and\s+)?", text) for item in _inline_items(part)]
    parts = split_names(text)
    if len(parts) > 1 and all(_bare_name(p) for p in parts):
        return parts
    return [text]


def _bare_name(text: str) -> bool:
    agent = parse_agent(text)
    words = re.sub(r"\([^)]*\)", "", text).split()
    if not agent or agent.kind != "person" or not 0 < len(words) <= 7 or "," in agent.name:
        return False  # an office may stand before the name ("Foreign Minister Ohira"), not be all of it
    return any(w.lower().strip(".") not in OFFICE_WORDS | set(HONORIFICS) for w in agent.name.split())


def _block(lines: list[str], start: int, gaps: bool = True) -> list[str]:
    """The lines of a participants block, sides and their labels included, up to the next field or prose.
    Under a label with names of its own, only the lines right below it continue them (``gaps`` False)."""
    items: list[str] = []
    k = start
    while k < len(lines):
        line = _BULLET.sub("", lines[k].strip())
        if not line and not gaps:
            break
        if not line:
            nxt = next((x.strip() for x in lines[k + 1 :] if x.strip()), "")
            if not (_side_label(nxt) or _person_line(nxt)):
                break
        elif _side_label(line):
            pass
        elif (
            re.match(r"^[A-Za-z][\w ./&-]{0,30}:", line)
            or field_of(line)
            or len(line) > 160
            or len(line.split()) > 20
        ):
            break  # the next field ("DATE AND TIME:", "SUBJECT:") or the text itself
        elif not _person_line(line):
            break
        else:
            items.append(line)
        k += 1
    return items


def _person_line(line: str) -> bool:
    """ "Winston Lord, NSC Staff (notetaker)", "Comrade Kozlov": a person first, then an office."""
    head = re.split(r",\s*", re.sub(r"\s*\([^)]*\)", "", line))[0]
    agent = parse_agent(head) if head else None
    sentence = line.endswith(".") and not re.search(r"(?:\b[A-Z]\.|\b\w+\.\w+\.|\bJr\.|\bSr\.)$", line)
    return bool(agent and agent.kind == "person" and len(head.split()) <= 7 and not sentence)


def _side_label(line: str) -> bool:
    """ "United States", "USSR", "Chinese Side:", "For the Soviet side": the sides of a participants list."""
    bare = line.strip().rstrip(":").lower()
    if re.fullmatch(
        r"(?:(?:for|on|from)\s+)?(?:the\s+)?[\w.'’ -]{1,40}\s+(?:side|delegation|participants)", bare
    ):
        return True
    words = [w.strip(".,") for w in bare.split()]
    return bool(words) and all(w in _SIDE_WORDS or is_state_word(w) for w in words)


_SIDE_WORDS = {"of", "the", "and", "side", "sides", "delegation", "delegations"}


def _participant(item: str) -> Agent | None:
    """The person an item names; an office alone ("The President") is nobody the page names."""
    head = re.sub(r"^(?:and\s+)", "", item.strip())
    head = re.split(r",\s*", head)[0].rstrip(".")
    agent = parse_agent(head)
    if not agent or agent.kind != "person":
        return None
    if all(w.lower().strip(".") in OFFICE_WORDS | set(HONORIFICS) for w in agent.name.split()):
        return None
    return agent


# A speaker's label opening a turn of a transcript: "DENG XIAOPING:", "Premier Zhou: [Asks ...]",
# "Head of Delegation [Lawi Nangwanda] Sijaona:".
_TURN = re.compile(r"^\s*(?P<who>[^\s:][^:\n]{0,60}?)\s*:(?:\s|$)")


def speakers(lines: list[str]) -> list[Agent]:
    """The people whose turns a transcript records: a label that opens two turns or more, when two
    speakers or more take turns (a field such as "Time:" opens one line, not turns)."""
    counts: dict[str, int] = {}
    agents: dict[str, Agent] = {}
    for line in lines:
        m = _TURN.match(line)
        if not m or field_of(line) or _PRESENT.search(line) or _PRESENT_LABEL.match(line.strip()):
            continue
        who = m.group("who")
        if len(re.sub(r"\[[^\]]*\]", "", who).split()) > 5 or not re.match(r"[^\W\d_]", who):
            continue
        agent = _participant(who)
        if agent is not None:  # "Head of Delegation [Lawi Nangwanda] Sijaona", then "Sijaona"
            key = agent.name.split()[-1].lower()
            counts[key] = counts.get(key, 0) + 1
            if key not in agents or len(agent.name.split()) > len(agents[key].name.split()):
                agents[key] = agent
    turns = [agents[key] for key, n in counts.items() if n >= 2]
    return turns if len(turns) >= 2 else []


# What a record says a comrade said or did at the meeting: "Cdes. Ustinov, Gromyko, and Andropov
# reported ...", "Comrade Zhou Enlai said ...", "Cde. L. I. Brezhnev approved ...".
_SPEECH = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n)|(?<=…))\s*(?i:comrades?|cdes?\.)\s+(?P<list>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][^.;:!?\n]{1,80}?)\s+"
    r"(?:also\s+)?(?:said|stated|reported|noted|remarked|replied|answered|asked|stressed|emphasi[sz]ed|"
    r"agreed|approved|proposed|declared|explained|informed|spoke|thanked|expressed|added|pointed out)\b"
)


def speech_subjects(text: str) -> list[Agent]:
    """The comrades a record of a meeting shows speaking or deciding at it."""
    out: list[Agent] = []
    for m in _SPEECH.finditer(text):
        for part in split_names(m.group("list")):
            agent = _participant(part)
            if agent is not None and all(agent.name != a.name for a in out):
                out.append(agent)
    return out
