"""Records of conversation: who was present and who took the notes.

"(Our ambassador ..., comrade Reis Malile, also attended for our side and took the notes below.)"
-> note-taker (the record's author, and a participant); "Present for the Chinese side: comrade Chen Yi,
Deputy Chairman ...; comrade Zhou Enlai, ...; and comrade Luo Shigao, ..." -> participants.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from chancery.lexicon.chinese import readings
from chancery.lexicon.honorifics import HONORIFICS, address_pattern
from chancery.lexicon.meetings import RECORDER_WORDS
from chancery.lexicon.offices import ROLE_NOUNS
from chancery.lexicon.particles import DIGRAPH_INITIALS
from chancery.model import Agent
from chancery.sources.page.dates import parse_date
from chancery.sources.page.fields import field_of
from chancery.sources.page.header import NO
from chancery.sources.page.markings import without_markings
from chancery.sources.page.names import is_office, parse_agent, same_person, split_names
from chancery.sources.page.opening import PRONOUN
from chancery.sources.page.places import BUILDING, is_known_place
from chancery.sources.page.present import is_label, listed, name_like, participant, present, present_lines

__all__ = [
    "attendance",
    "met",
    "met_by_writer",
    "note_taker",
    "note_takers",
    "parties",
    "present",
    "present_lines",
    "speakers",
]

_NAME = r"(?P<who>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_NOTE_TAKER = re.compile(
    r"(?:" + address_pattern() + r"|c\.)\s+" + _NAME + r",?\s+(?:[^.()]*?\band\s+)?"
    r"(?:took|kept|recorded|wrote)\s+(?:down\s+)?(?:the\s+)?(?:notes|minutes|record)",
    re.I,
)
_RECORDED_BY = re.compile(
    r"(?i)\b(?:recorded|notes? (?:were )?taken|minutes taken|written down|transcribed|"
    r"record (?:made|written))\s+by:?\s+(?:comrade\s+|cde\.?\s+|c\.\s+)?"
    + _NAME.replace("(?P<who>", "(?P<who>(?-i:")
    + ")"
)


_DIARY_OF = re.compile(
    # the entry's date may come between ("from the journal 30 January 1968" / "of S. P. Kozyrev Nº
    # 128/GS-ns"), the entry's number after the keeper
    r"(?im)^\s*from the (?:diary|journal|notes)(?:\s+[\w.,]+(?:\s+[\w.,]+){0,3}?\s+\d{4})?\s+of\s+"
    r"(?:comrade\s+|cde\.\s+)?(?P<who>[^\n]+?)(?:\s+(?:N[º°o]\.?|№)\s*\S+)?\s*$"
)


_MARKED_TAKER = re.compile(
    r"(?im)^[ \t]*(?P<who>[^,\n(:]{3,60}?)[ \t]*(?:,[^\n(]*)?\((?:[^)\n]*\W)?"
    # ("Pu Shouchang ([responsible] for translation and documentation)": he kept the record)
    r"(?:note[- ]?taker|notes|recorder|record-keeper|documentation)\)\s*$"
)


# Attendance stated in running text: "Also present at the conversation were Liu Shaoqi and the interpreter
# Shi Zhe.", "GDR embassy official Libermann was present.", "DVO Attaché I. V. Andreyev attended the
# conversation.", "The talk was attended by A and B.", "with the participation of A".
_EVENT = r"(?:conversation|meeting|talks?|discussion|dinner|reception|luncheon|visit|session)"
# What a list of names in a sentence may hold: no full stop but an initial's or an abbreviation's ("Cde. B.
# Bierut", "Gy. Kállai", "Llewellyn E. Thompson", "Y[uri]. Andropov"), and marks in brackets ("Kállai
# (interpreter)").
_STOPS = sorted(  # and "c." for comrade, as Czech and Russian records abbreviate it ("c. Moravec")
    {h.rstrip(".") for h in HONORIFICS if h.endswith(".") and " " not in h} | set(DIGRAPH_INITIALS) | {"c"}
)
_IN_LIST = (
    r"(?:[^.;:()\[]|\([^()]*\)|\[[^\]]*\]\.?|(?<=\b[A-Z])\.|"
    + "|".join(rf"(?i:(?<=\b{re.escape(a)}))\." for a in _STOPS)
    + ")"
)
_LIST = rf"(?P<list>{_IN_LIST}+)"
# Where a stop ends a sentence: after no title's or initial's abbreviation ("Cde.", "Amb.", "A.")
_NOT_AFTER_STOP = "".join(rf"(?i:(?<!\b{re.escape(a)}))" for a in _STOPS) + r"(?<!\b[A-Z])"
# Which side of the table: "our side", "the Soviet side", "the DPRK side", "the Korean comrades' side"
_SIDE = r"(?:our|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
_SIDE_AGAIN = re.compile(rf"(?i),?\s+and\s+from\s+{_SIDE}\s+side\s*[,:]?\s+")
# A list whose entries carry their offices after a comma, so semicolons part the entries
_SIDE_LIST = _IN_LIST.replace("[^.;:()\\[]", "[^.:()\\[]")
_ATTENDANCE = (  # the names after the words: a paragraph's sentences, read across its line breaks
    re.compile(rf"(?i)\b(?:also\s+)?present\s+(?:at|during|in)\s+the\s+{_EVENT}\s+(?:were|was)\s+{_LIST}"),
    # "The talks were attended by ...", "... was held in the CC and was attended by Comrades A, B and C"
    re.compile(rf"(?i)\b(?:was|were)\s+(?:also\s+)?attended\s+by\s*:?\s+{_LIST}"),
    # a sentence that opens with the words: "Attended by Comrades A, B and C.", "In attendance were A and
    # B.", "Also present were A, office, and B." (a label's list, "Present: A, B", is ``present``'s)
    re.compile(
        rf"(?i)(?:^|(?<=[.;!?])\s+)(?:also\s+)?(?:attended\s+by|(?:present|attending|in\s+attendance)"
        rf"\s+(?:were|was))\s+(?-i:(?=[A-Z]|comrades?\s|cdes?\.))(?P<list>{_IN_LIST}+)"
    ),
    # Rule *attendance sentence*: a sentence whose subject says who attended, then its verb, then the names:
    # "Participating at the meeting are comrades A, B.", "Also invited are comrades C and D.", "Taking part in
    # the talks were ...", "Those participating in the talks on the Yugoslav side are: A, B and C.", "On the
    # Egyptian side were the President of the National Assembly Anwar El Sadat, ...", "Those present were
    # ...", "The Romanian participants at the reception were comrades: A, B and C."
    re.compile(
        rf"(?i)(?:^|(?<=[.;!?])\s+)(?P<head>[^.;:!?]{{0,60}}?\b(?:invited|particip\w*|taking\s+part|present|"
        rf"attending|in\s+attendance|side)\b[^.;:!?]{{0,80}}?)\s+(?:are|were|was|is|included)\s*(?:also\s+)?"
        rf"(?:comrades?\s*)?:?\s+(?-i:(?=[A-Z]|comrades?\s|cdes?\.|the\s+[A-Z]))(?P<list>{_IN_LIST}+)"
    ),
    # the verb first, then each side's people: "Taking part in the conversation were, from the Cuban side:
    # Ambassador A, and interpreters, and from our side: deputy trade representative B and interpreters C"
    re.compile(
        rf"(?i)\b(?:taking\s+part|participating|present)(?:\s+(?:at|in)\s+the\s+{_EVENT})?\s+(?:were|was|are|is)"
        rf",?\s+from\s+{_SIDE}\s+side\s*:?\s+(?P<list>(?:,?\s+and\s+from\s+{_SIDE}\s+side\s*:\s+|{_IN_LIST})+)"
    ),
    # "Those present were ...", "Those in attendance included ..."
    re.compile(
        rf"(?i)\bthose\s+(?:present|attending|in\s+attendance)\s+(?:were|was|included)\s*:?\s+{_LIST}"
    ),
    re.compile(rf"(?i)\bwith\s+the\s+participation\s+of\s+{_LIST}"),
    # each side's people said in a sentence: "The Romanian participants at the reception were comrades: A, B
    # and C.", "The delegation of the Workers Party of Vietnam was composed of comrades: D, office, E, ..."
    re.compile(
        rf"(?i)\bparticipants\s+(?:at|in|of)\s+the\s+{_EVENT}\s+(?:were|was|are|included)\s*"
        rf"(?:comrades?\s*)?:?\s+{_LIST}"
    ),
    re.compile(
        rf"(?i)\b(?:delegation|side)\b[^.:;]{{0,80}}?\b(?:was|were|is)\s+(?:composed|made\s+up)\s+of\s*"
        rf"(?:comrades?\s*)?:?\s+{_LIST}"
    ),
    # "Besides Fidel Castro and President Dorticos, the reception was attended by ...": those besides too
    re.compile(rf"(?i)\bbesides\s+{_LIST},\s+the\s+{_EVENT}\s+(?:was|were)\s+(?:also\s+)?attended"),
    # "with Foreign Ministry attache P. Urjinlhundev and Ho En Yong translating": the interpreters
    re.compile(rf"\bwith\s+{_LIST}\s+(?:translating|interpreting)\b"),
    # Each side's people, entries with their offices between semicolons: "From our side were: Cdes. A; B,
    # Deputy Counsellor ...; C, ...", "Present from the Korean side were A, office; B, office."
    re.compile(
        rf"(?i)\b(?:present\s+)?from\s+{_SIDE}\s+side,?\s+(?:(?:there\s+)?"
        rf"(?:were|was)(?:\s+(?:also\s+)?present)?|(?:also\s+)?present\s+(?:were|was)|(?:also\s+)?"
        rf"(?:attended|participated))\s*:?\s+(?-i:(?=[A-Z]|comrades?\s|cdes?\.))(?P<list>{_SIDE_LIST}+)"
    ),
    # The sides' lists first, the verb after them: "From the DPRK side deputy minister A, head of department
    # B, and from the MPR side Ambassador C, participated in the discussions."
    re.compile(
        rf"(?i)\bfrom\s+{_SIDE}\s+side,?\s+"
        rf"(?P<list>(?:{_IN_LIST}|,?\s+and\s+from\s+{_SIDE}\s+side,?\s+)+?),?\s+"
        # "participated", and as a typist misspelt it
        r"(?:(?:also\s+)?(?:partic\w*ted|took\s+part|attended)|(?:were|was)\s+(?:also\s+)?present)\b"
    ),
    # "A, office; B, office; and others were present from the Vietnamese side."
    re.compile(
        rf"(?:^|(?<=[.:!?])\s+)(?P<list>[A-Z]{_SIDE_LIST}{{3,900}}?),?\s+(?:and\s+others\s+)?(?:were|was)\s+"
        rf"(?:also\s+)?present\s+(?:from|on)\s+{_SIDE}\s+side\b"
    ),
)
# Those who came with a man to the meeting, each by his title, rank or office: "Maj. Wolny made his farewell
# visit to the Attaché Office, together with Maj. Krajewski (Panmunjom) and Maj. Czub", "accompanied by
# Comrade A", "who was escorted by the Press Attaché Kim Sung-nam".
_ACCOMPANIED = re.compile(rf"\b(?:together\s+with|accompanied\s+by|escorted\s+by)\s+{_LIST}")
# A delegation received, named by those who led it or were in it: "received the state-party delegation led by
# Comrade Cvijetin Mijatović", "led by the Chief of General Staff, Comrade Potočar", "received separately the
# delegation of Comrade C. Mijatović, Dr. D. Dragosavac and Ambassador Vardžinski"
_DELEGATION = re.compile(
    r"(?i:\bdelegations?\s+(?:(?:led|headed)\s+by|of)|\b(?:led|headed)\s+by)\s+(?:the\s+[^,.;:]{3,60},\s+)?"
    rf"(?P<list>(?-i:(?:Comrades?|Cdes?\.|Dr\.|Mr\.|Ambassador|General|Marshal|President|Premier|Chairman)\s+)"
    rf"{_IN_LIST}*?)(?=\s+together\s+with|\s+(?:and|with)\s+the\b|[;:]|$"
    r"|(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bCde)(?<!\bCdes)\.(?:\s|$))"
)
# Names on the line of the words (a label's list below them is ``present``'s): "The following officials
# attended the discussion: A, office and B, office.", "Chaired by cde. M.S. GORBACHEV".
_ON_THE_LINE = (
    re.compile(
        rf"(?i)\bthe\s+following\s+(?:\w+\s+)?(?:attended|took\s+part\s+in)\s+the\s+{_EVENT}\s*:\s*{_LIST}"
    ),
    re.compile(rf"(?:^|[.;:]\s+)(?i:chaired|presided(?:\s+over)?)\s+by\s+{_LIST}"),
)
# Words one of the attendance patterns needs.
_ATTENDANCE_WORDS = ("present", " side", "attend", "participa", "besides", "translating", "interpreting",
                     "together", "accompanied", "escorted", "took part", "chaired", "presided", "presiding",
                     "composed", "made up")  # fmt: skip
_DELEGATION_WORDS = ("led by", "headed by", "delegation of", "consisting of", "composed of", "includes")
# Rule *a delegation's members*: a sentence that says what a delegation consists of, its members' offices
# and names in one list ("... received the government delegation of the Iraqi Republic, consisting of the
# Minister of Economics, Dr. Ibrahim Kubba, and ...", "The delegation ... includes representatives of a wide
# spectrum of Iraqi society – A, B, C"): the people in it, not the offices
_MEMBERS = re.compile(
    r"(?i)\bdelegation\b[^.;]{0,160}?\b(?:consist(?:s|ed|ing)\s+of|composed\s+of|made\s+up\s+of|"
    rf"includ(?:es|ed|ing)\s+[^–—:.;]{{0,80}}?\s[–—:])\s*(?P<list>{_IN_LIST}+)"
)


def _a_member(part: str) -> bool:
    agent = participant(re.sub(r"(?i)^(?:and\s+)?(?:also\s+)?(?:the\s+)?", "", part.strip()))
    return agent is not None and agent.kind == "person" and not is_office(agent.name)


# The names before the words ("A and B were also present.", "X attended the conversation."): from the start
# of their clause on the same line (a line above is a list's or another sentence's).
_ATTENDED = re.compile(
    rf"(?:^|[.;:]\s+|\(\s*|,?\s+and\s+)(?P<list>[A-Z]{_IN_LIST}{{1,240}}?)\s+(?:was|were)\s+(?:also\s+)?"
    rf"present\b|(?:^|[.;:]\s+|\(\s*|,?\s+and\s+)(?P<list2>[A-Z]{_IN_LIST}{{1,120}}?)\s+(?:also\s+)?"
    rf"(?:(?:attended|took\s+part\s+in|participated\s+in)\s+(?:the|this|our)\s+{_EVENT}|attended\.)"
    rf"|(?:^|[.;:]\s+)(?P<list3>[A-Z]{_IN_LIST}{{1,80}}?)\s+presiding\b"  # "Cde. L. I. BREZHNEV presiding."
)
_ROLE_IN_LIST = re.compile(
    r"(?i)^(?:and\s+)?(?:the\s+)?(?:interpreters?|translators?|note-?takers?)\s+(?=[A-Z])"
)


# The roll of a session in brackets under its heading, as the Presidium's working notes give it:
# "(Molotov, Serov, Zhukov, Mikoyan, Pervukhin, Saburov, Kaganovich, Voroshilov, Suslov, Furtseva, Malenkov)".
_ROLL = re.compile(r"^\s*\((?P<list>[A-ZА-Я][^()]{3,400})\)\s*$")


def _roll(lines: list[str]) -> list[Agent]:
    for line in [x for x in lines if x.strip()][:12]:
        if not (m := _ROLL.match(line)):
            continue
        parts = [p.strip(" .") for p in re.split(r",\s*|\s+and\s+", m.group("list")) if p.strip(" .")]
        if len(parts) >= 3 and all(
            re.fullmatch(r"(?:[A-ZА-Я]\.\s?){0,3}[A-ZА-ЯЁ][\w'’-]+", p) for p in parts
        ):
            return [a for a in map(participant, parts) if a is not None]
    return []


# A roster with no label, each line a titled name and its office after a dash, as GDR records open:
# "Comrade Pak [Yeong-chan] – DPRK Ambassador to the GDR" / "Comrade Jae – 3rd Embassy Secretary".
_ROSTER_LINE = re.compile(rf"^\s*(?:{address_pattern()})\s+\S.{{0,60}}?\s+[–—-]\s+\S.{{2,120}}$", re.I)


def _roster(lines: list[str]) -> list[Agent]:
    filled = [x.strip() for x in lines if x.strip()][:30]
    best: list[str] = []
    run: list[str] = []
    for line in filled + [""]:
        if _ROSTER_LINE.match(line):
            run.append(line)
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(best) < 2:
        return []
    return [a for a in map(participant, best) if a is not None]


# The parties a record names for its conversation, as its heading does ("Talks between Comrade Todor Zhivkov
# and Comrade Leonid Brezhnev at Voden Residence", "Part 2: Summary of Conversation of Vice Premier Chen and
# Andropov"), its name in a sentence ("a memorandum of a conversation of c. Moravec with the Soviet
# Ambassador c. Moskovskyi") or the sentence that says it took place ("a private talk between Comrades
# Andropov and Mielke took place"). A conversation recalled ("the conversation he had had with Kosygin") is
# another's.
_TALK = r"(?:conversations?|talks?|meetings?|discussions?|negotiations?)"
_RECORD_OF = r"(?:record|minutes|memorandum|transcript|notes?|summary|protocol)\s+of\s+(?:a\s+|the\s+)?"
_PARTIES = (
    re.compile(
        rf"(?im)(?:^[ \t]*(?:part\s+[\dIVX]+\s*[:.]\s*)?(?:{_RECORD_OF})?|\b{_RECORD_OF})"
        # (a stop after an initial or a title ends no list: "between N. S. Khrushchev", "K. YE. VOROSHILOV,")
        rf"(?:[\w-]+\s+){{0,2}}?{_TALK}\s+(?:between|of)\s+(?P<list>{_IN_LIST}{{3,600}}?)\s*"
        rf"(?:{_NOT_AFTER_STOP}\.|[;:(]|$)"
    ),
    re.compile(rf"(?i)\b{_TALK}\s+between\s+(?P<list>{_IN_LIST}{{3,300}}?)\s+(?:took\s+place|was\s+held)\b"),
    # the heading's second line, in lower case: "Memorandum of Conversation" / "with the head of the DRV
    # delegation Comrade Xuan Thuy and the head of the NLFSV delegation Comrade Tran Buu Kiem at the Paris"
    re.compile(rf"(?m)^[ \t]*with\s+(?P<list>{_IN_LIST}{{3,300}}?)(?=\s+(?:at|in|on|during)\s|[.;:(]|$)"),
    # a note-taker's heading of the sitting: "Meeting with Comrades Khrushchev, Mikoyan, Molotov, Kaganovich
    # on 19 X 56."
    re.compile(
        rf"(?im)^[ \t]*{_TALK}\s+with\s+(?P<list>{_IN_LIST}{{3,300}}?)(?=\s+(?:at|in|on|during)\s|[.;:(]|$)"
    ),
)
# Where the parties end: a place or a date after the last of them ("... and Comrade Brezhnev at Voden
# Residence", "... with Zhou Enlai, 11 September 1969").
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}\b)"
_AFTER_PARTIES = re.compile(
    rf"\s+(?:at|in|on|during)\s+|,?\s+(?={_DATE})"
    # "..., Hangzhou, 7 June 1960"
    rf"|,\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*,\s*{_DATE}|\s*$)"
)


def parties(text: str) -> list[Agent]:
    """The parties to the conversation or meeting a record names in its heading or a sentence."""
    out: list[Agent] = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = re.sub(r"[ \t]*\n[ \t]*", " ", paragraph)
        named = re.search(rf"(?i)\b{_TALK}\s+(?:between|of)\b", flat)
        if not named and not re.match(rf"(?i)[ \t]*(?:{_TALK}\s+)?with\s", flat):
            continue
        for rx in _PARTIES:
            for m in rx.finditer(flat):
                # the sides: "A with B", "A – B" (a dash between two names)
                for side in re.split(
                    r",?\s+(?:\[and\]\s+|and\s+)?with\s+|\s+[–—]\s+", _cut_parties(m.group("list"))
                ):
                    side = re.sub(r"\s*\[and\]\s*$", "", side.strip(" ,"))
                    # "the head of the DRV delegation Comrade A and the head of the NLFSV delegation ..."
                    pieces = re.split(r"\s+and\s+(?=the\s+[a-z])", side)
                    for agent in [a for piece in pieces for a in listed(piece)]:
                        if BUILDING.search(agent.name) or is_known_place(agent.name):
                            continue  # "..., Voden Residence", "..., London": where they met
                        if all(not same_person(agent, a) for a in out):
                            out.append(agent)
    return out


def _cut_parties(text: str) -> str:
    """The parties of a list, without what the talk was about ("... and H. Kroll about the state of Soviet-
    German relations ... with Germanya") and the place or date after the last of them."""
    text = re.split(
        r"\s+(?:about|regarding|concerning|on\s+the\s+(?:question|subject|issue|state)s?\s+of)\s", text
    )[0]
    for m in _AFTER_PARTIES.finditer(text):
        before = re.split(r",\s*|\s+and\s+|\s+with\s+", text[: m.start()])[-1]
        place = m.group("place")
        if place and not (is_known_place(place) or re.match(rf",\s*{_DATE}", text[m.end("place") :])):
            continue
        if participant(before) is not None:
            return text[: m.start()]  # "Comrade Brezhnev | at Voden Residence"; not "Ambassador | in Beijing"
    return text


def met(lines: list[str]) -> list[Agent]:
    """Who a record of a meeting shows at it, each once: its lists of those present, the running text's word
    of who attended, the speakers of its turns and the comrades it shows speaking (``lines``: the body)."""
    text = "\n".join(lines).strip("\n")
    out = present(text)  # two entries of a list are two people ("Dean" and "Dean Rusk")
    others = _roll(lines) + _roster(lines) + parties(text) + attendance(text)
    for agent in others + speakers(lines) + speech_subjects(text):
        if not any(same_person(agent, b) for b in out):
            out.append(agent)
    return out


# The writer met someone, in the first person: "The Counselor-Minister of the USSR Embassy, Comrade G.
# Ragulin, called on me", "On 20 March I received Comrade Pak Gyeong-sun", "I called on Foreign Minister
# Ohira": the other, and the writer, sat at it.
_CALLED_ON_ME = re.compile(
    rf"(?:^|[.;]\s+)(?P<list>[A-Z]{_IN_LIST}{{1,160}}?)\s+(?:called\s+on|visited|came\s+to\s+(?:see|visit))\s+"
    r"(?:me|us)\b"
)
_I_MET = re.compile(
    rf"\b(?:I|[Ww]e)\s+(?:received|met(?:\s+with)?|called\s+on|visited|spoke\s+with|talked\s+(?:with|to)|"
    rf"had\s+an?\s+(?:talk|conversation|meeting)\s+with)\s+(?P<list>{_IN_LIST}{{3,160}}?)"
    # (a sentence's stop, not a title's: "I received Ambassador Cde. Yadamjav at his request.")
    rf"(?=(?:{_NOT_AFTER_STOP})\.|;|,\s+(?:who|at|in|on|the)\b|\s+(?:at|in|on|to|for|from|with|and)\s)"
)


# ... and in the passive, as a journal tells its keeper's meeting: "A meeting was held with Kim Chang-man
# during the day in the KWP CC.", "A conversation was held with Comrade X"
_HELD_WITH = re.compile(
    rf"\b(?:[Aa]|[Tt]he)\s+(?:meeting|conversation|talk|talks)\s+(?:was|were)\s+held\s+with\s+"
    rf"(?P<list>{_IN_LIST}{{3,160}}?)"
    rf"(?=(?:{_NOT_AFTER_STOP})\.|;|,\s+(?:who|at|in|on|the)\b|\s+(?:at|in|on|to|for|from|during|and)\s)"
)


# Two people meeting, told in the third person at a paragraph's head: "On November 16, 1981 Embassy
# counselor Ts. Narkhuu met, on his own initiative, the Deputy Head of the USSR MFA Boris Nikolaevich
# Vereshchagin."
_THEY_MET = re.compile(
    r"(?m)^(?:On\s+[^.;]{3,40}?\d{4},?\s+)?(?P<a>(?:[A-Za-z][\w.-]*\s+){0,4}?(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+)\s+"
    r"met(?:\s+with)?,?(?:\s+[a-z][^,.;]{0,40},)?\s+(?P<b>(?:the\s+)?[A-Z][^.;]{2,120}?)(?=[.;]|\s+(?:at|in|on)\s)"
)


# Rule *the writer's interlocutors*: a journal or a record in the first person names those its writer talked
# with by what they told him, or by the talk he had with them: "Pang Hak-se confidentially informed [me]",
# "In a conversation with me Nam Il said", "In a conversation with Chinese Ambassador Qiao Xiaoguang, I
# asked", "By previous agreement I went fishing with PRC Ambassador Qiao Xiaoguang". (The speech verbs are
# the record's own, below; the name before them may hold its office: "Minister of National Defense Kim".)
_TO_ME = (
    r"(?:informed|told|asked|assured|reminded|notified|advised|briefed|confided\s+to|said\s+to|"
    r"explained\s+to|reported\s+to|complained\s+to|handed)"
)
_WHO = (
    r"(?:^|(?<=[.;:!?,…]\s)|(?<=\n)|(?<=[a-z]\s))"  # a name opens its clause
    r"(?P<who>(?:[A-Z][\w'’.-]*[ \t]+){0,5}?(?:[A-Z]\.[ \t]?){0,3}[A-Z][\w'’-]+(?:[ \t]+\[[^\]]{2,40}\])?)"
)
# (the verb found first, the name then sought in the words before it: a name tried at every capital is slow)
_TOLD_ME = re.compile(rf"\s+(?:[a-z]+ly\s+)?{_TO_ME}\s+\[?(?:me|us)\]?(?=\W)")
_WHO_BEFORE = re.compile(rf"{_WHO}$")
_WITH_ME = re.compile(
    rf"(?i:conversations?|talks?)\s+with\s+(?:me|us)\s*,?\s+{_WHO}\s+(?:[a-z]+ly\s+)?(?=[a-z])"
)
_I_TALKED = re.compile(
    rf"\b(?i:in|during)\s+(?:a|the|my|our)\s+(?:[a-z]+\s+)?(?:conversation|talk)\s+with\s+"
    rf"(?P<list>{_IN_LIST}{{3,120}}?)\s*,\s+(?:I|we)\s"
)
_WENT_WITH = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:went|travell?ed|drove|flew|walked|dined|lunched|had\s+(?:lunch|dinner|breakfast)|"
    r"visited|received|called\s+on|met)\b"
    rf"[^.;]{{0,40}}?\s+with\s+(?P<list>{_IN_LIST}{{3,120}}?)(?=(?:{_NOT_AFTER_STOP})\.|;|,\s+(?:who|at|in|on)\b)"
)


_TITLED_OPENING = re.compile(rf"(?:the\s+)?(?:[A-Z\d]|(?i:{address_pattern()})\s)")


def _companions(text: str) -> list[str]:
    """The people a list of companions names, each by his title, rank or office ("together with Maj.
    Krajewski and Maj. Czub"), or the first so and those after him by their names alone ("with Counsellors
    V. I. Pelishenko, M. Ye. Kryukov, and N. M. Shesterikov"); a part in lower case is no one ("[our]
    wives", "instructor of the institute Ippolitov"). A list that opens on no titled man is no company
    ("together with the delegation")."""
    parts = split_names(text)
    # an office, then its holder after a comma ("the PRC Ambassador to the Soviet Union, Liu Xiao", "the 3rd
    # secretary of the embassy, Denlop"): the holder, titled by it
    if len(parts) > 1 and participant(parts[0]) is None and is_office(re.sub(r"(?i)^the\s+", "", parts[0])):
        office, holder = parts[0], participant(parts[1])
        if holder is None:
            return []
        parts = [f"{office}, {parts[1]}", *parts[2:]]
        agents = [replace(holder, office=holder.office or office), *map(participant, parts[1:])]
    else:
        agents = [participant(p) for p in parts]
    first = agents[0] if agents else None
    # ... or a name, then his office after a comma ("Hoa Tu Truc, the second secretary of that embassy")
    titled = first is not None and (
        first.honorifics
        or first.office
        or any(w.lower().strip(".,") in ROLE_NOUNS for w in parts[0].partition(",")[2].split()[:6])
    )
    if first is None or not titled or not _TITLED_OPENING.match(parts[0]):
        return []  # ("a DPRK delegation which had visited ... at the invitation of Marshal ...": a body)
    if any(a is None and re.match(r"[\[(]?[A-Z]", p.strip()) for a, p in zip(agents, parts, strict=True)):
        return []  # a part in capitals that is no one's name: a body, a place
    return [p for a, p in zip(agents, parts, strict=True) if a is not None]


def _interlocutors(text: str) -> list[str]:
    """Rule *the writer's interlocutors*: the names of those the writer says told him or talked with him;
    a word the text writes in lower case opening the name is no part of it ("Yesterday Kim told me")."""
    lower = set(re.findall(r"\b[a-z]+\b", text))
    found = []
    told = (_WHO_BEFORE.search(text, max(0, v.start() - 120), v.start()) for v in _TOLD_ME.finditer(text))
    for m in [*(t for t in told if t is not None), *_WITH_ME.finditer(text)]:
        words = m.group("who").split()
        while words and (words[0].lower() in lower or PRONOUN.match(words[0] + " ")):
            words.pop(0)
        found.append(" ".join(words))
    found += [m.group("list") for m in _I_TALKED.finditer(text)]
    # a companion by his office ("with PRC Ambassador Qiao Xiaoguang"), not a word of the text ("with them")
    found += [", ".join(_companions(m.group("list"))) for m in _WENT_WITH.finditer(text)]
    return [x for x in found if x]


def met_by_writer(text: str) -> list[Agent]:
    """Whom the writer says he received or called on, or who called on him (the writer was there too); two
    people the record says met, in its first sentence."""
    flat = re.sub(r"\s+", " ", text)
    out: list[Agent] = []
    for m in _THEY_MET.finditer(text[:1500]):
        pair = [participant(m.group("a")), participant(m.group("b"))]
        if all(a is not None and a.kind == "person" for a in pair):
            _add_listed(out, [m.group("a"), m.group("b")])
            break
    if re.search(
        r"\b(?:called on|visited|came to|received|met|spoke with|talked|had an? \w+ with|held with)\b", flat
    ):
        # "The Counselor-Minister ..., Comrade G. Ragulin": the name after
        for rx in (_CALLED_ON_ME, _I_MET, _HELD_WITH):
            office_first = r"^(?:[^,]*,\s*)?(?=(?i:comrades?|cdes?\.|mr\.|ambassador))"
            _add_listed(out, (re.sub(office_first, "", m.group("list")) for m in rx.finditer(flat)))
    if re.search(r"\b(?:me|us|I|we)\b", flat):
        _add_listed(out, _interlocutors(re.sub(r"[ \t]+", " ", text)))
    return out


def _add_listed(out: list[Agent], lists: Iterable[str]) -> None:
    """The people each list of names holds ("A, B and C"), added to ``out`` once each."""
    for text in lists:
        for part in split_names(text):
            agent = participant(part.strip())
            if agent is not None and all(agent.name != a.name for a in out):
                out.append(agent)


def attendance(text: str) -> list[Agent]:
    """People the running text says were present or took part, in the order the text names them."""
    found: list[tuple[int, int, str]] = []
    for k, paragraph in enumerate(re.split(r"\n\s*\n", text)):
        lines = [re.sub(r"\s+", " ", line).strip() for line in paragraph.split("\n")]
        starts = [0, *accumulate(len(x) + 1 for x in lines)][: len(lines)]
        low = paragraph.lower()
        flat = " ".join(lines)
        if any(word in low for word in _DELEGATION_WORDS):
            for m in _DELEGATION.finditer(flat):
                found += [(k, m.start("list"), part) for part in split_names(m.group("list"))]
            for m in _MEMBERS.finditer(flat):  # the people among the offices of a delegation's members
                found += [
                    (k, m.start("list"), part) for part in split_names(m.group("list")) if _a_member(part)
                ]
        if not any(word in low for word in _ATTENDANCE_WORDS):
            continue  # no word of attendance: no pattern can match (the patterns are slow to fail)
        matches = [(0, m) for rx in _ATTENDANCE for m in rx.finditer(flat)]
        matches += [
            (at, m)
            for at, line in zip(starts, lines, strict=True)
            for rx in (_ATTENDED, *_ON_THE_LINE)
            for m in rx.finditer(line)
        ]
        for at, m in matches:
            group = next((g for g in ("list", "list2", "list3") if m.groupdict().get(g)), "list")
            listed = _SIDE_AGAIN.sub(", ", m.group(group))  # one side's people, then the other's
            found += [(k, at + m.start(group), part) for part in split_names(listed)]
        for m in _ACCOMPANIED.finditer(" ".join(lines)):
            found += [(k, m.start("list"), part) for part in _companions(m.group("list"))]
    out: list[Agent] = []
    for _, _, part in sorted(found, key=lambda f: f[:2]):
        agent = participant(_ROLE_IN_LIST.sub("", part.strip()))
        if agent is not None and agent.name[:1].isupper() and all(agent.name != a.name for a in out):
            out.append(agent)
    return out


# "Recorder: Tao Bingwei", "Recorders: Huang Zhengyou, Lu Dajun", "Notetaker: Lin Qing": the labelled
# note-takers, who wrote the record.
_TAKERS_LABEL = re.compile(
    # (a Chinese record's 记录, translated "Minutes:", over one name: "Minutes: Xu Cunyao")
    # (and the interpreter who kept the notes too: "Interpreter and note taker: Pu Shouchang")
    r"(?im)(?:^\s*|[.;]\s+)(?:(?:interpreter|translator)\s+and\s+)?(?:recorders?|note[-\s]?takers?|minutes\s+taken\s+by|minutes(?=\s*:\s*(?-i:[A-Z][\w'’-]+)(?:\s(?-i:[A-Z][\w'’-]+)){0,2}\s*$)|"
    + "|".join(RECORDER_WORDS)
    + r")\s*:\s*(?P<list>[^\n]+?)\s*$"
)


def note_takers(text: str) -> list[Agent]:
    """The note-takers a label names, or the one the text says took the notes (:func:`note_taker`)."""
    out: list[Agent] = []
    _add_listed(out, (m.group("list") for m in _TAKERS_LABEL.finditer(text)))
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
    # the heading broken over lines: "From the diary of" / "V. V. Kuznetsov", "from the journal 30 January
    # 1968" / "of S. P. Kozyrev"
    joined = re.sub(r"(?i)(\bof)\s*\n\s*", r"\1 ", text)
    joined = re.sub(
        r"(?im)^(\s*from the (?:diary|journal|notes)\b[^\n]{0,30}?\d{4})\s*\n\s*(?=of\s)", r"\1 ", joined
    )
    diary = _DIARY_OF.search(joined)
    if diary and parse_date(diary.group("who")) is not None:
        # "From the journal of 18 July 1977" / "Ratanov, A.P. Original No. 255": the keeper on the next line
        after = joined[diary.end() :].lstrip("\n").split("\n", 1)[0]
        keeper = _ENTRY_NUMBER.sub("", without_markings(after))
        return parse_agent(keeper) if keeper else None
    if diary:
        keeper = without_markings(diary.group("who")).strip()
        if not keeper or keeper.startswith("["):
            # the heading set beside the marking or a stamp ("From the diary of Top Secret" / "N. V.
            # Roshchin 6 May 1951"): the keeper opens a later line, by his initials and surname
            for line in joined[diary.end() :].lstrip("\n").split("\n")[:4]:
                if kept := _KEEPER_FIRST.match(line):
                    return parse_agent(kept.group("who"))
            return None
        after = joined[diary.end() :].lstrip("\n").split("\n", 1)[0].strip()
        if is_office(keeper.strip(" ,")) and (holder := _COMRADE_LINE.match(after)):
            # "From the Diary of the Ambassador of the USSR in the DPRK," / "Comrade Ivanov V.I.": its holder
            return parse_agent(holder.group("who"))
        return parse_agent(keeper)
    # the heading set in columns beside the marking, the copy and the stamp: "from the journal SECRET Copy Nº
    # 1" / "of P. F. YUDIN 1 November 1957": the keeper on a later line of its own that opens on "of"
    if head := _JOURNAL_HEAD.search(text):
        for line in [x for x in text[head.end() :].split("\n")[1:] if x.strip()][:5]:
            if keeper_line := _OF_KEEPER.match(line):
                return parse_agent(keeper_line.group("who"))
    # a Soviet embassy's journal opens on its keeper over its period: "Ambassador of the USSR in the DPRK,
    # Cde. Ivanov V.I." / "For the period from 24 May to 11 June 1956."
    period = _JOURNAL_PERIOD.search(text)
    return participant(period.group("who")) if period else None


# A journal's heading, whatever a column beside it holds, and the keeper's line under it, his initials and his
# surname (in capitals as the journals print it) before a date or the stamp's text
_JOURNAL_HEAD = re.compile(r"(?im)^[ \t]*from the (?:journal|diary)\b(?![ \t]+of\b)")
_INITIALS = r"(?:[A-ZА-Я]\.[ \t]?){1,3}"
_OF_KEEPER = re.compile(
    rf"^[ \t]*of[ \t]+(?P<who>{_INITIALS}[ \t]*[A-ZА-Я][\w'’-]+|[A-ZА-Я][\w'’-]+[ \t]+{_INITIALS})"
)
_KEEPER_FIRST = re.compile(rf"^[ \t]*(?P<who>{_INITIALS}[ \t]*[A-ZА-Я][\w'’-]+)\b")
# The holder's line under an office: "Comrade Ivanov V.I.", "Cde. S. Suzdalev"
_COMRADE_LINE = re.compile(rf"(?i)^{address_pattern()}\s+(?P<who>(?-i:[A-ZА-Я])[^,;:]{{2,40}})$")
# The entry's number after the keeper's name: "Ratanov, A.P. Original No. 255", "Nº 128/GS-ns"
_ENTRY_NUMBER = re.compile(rf"(?i)[\s,]+(?:original\s+)?{NO}\s*\S+\s*$")


_JOURNAL_PERIOD = re.compile(
    r"(?im)^[ \t]*(?P<who>[^\n]{3,120}?(?:comrade|cde\.)\s[^\n]{2,60}?)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*for the period (?:from|of)\b"
)


# A speaker's label opening a turn of a transcript: "DENG XIAOPING:", "Premier Zhou: [Asks ...]",
# "Head of Delegation [Lawi Nangwanda] Sijaona:".
_TURN = re.compile(r"^\s*(?P<who>[^\s:][^:\n]{0,60}?)\s*:(?:\s|$)")
# A turn in Soviet working notes: the speaker's name in capitals and a full stop ("GORBACHEV. [Informs the
# comrades ...]", "Cde. KHRUSHCHEV. ...").
_CAPS_TURN = re.compile(
    r"^\s*(?P<who>(?:(?i:cdes?\.|comrade)\s+)?(?:[A-ZА-Я]\.\s?){0,3}[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{2,})\.(?:\s+\S|(?=[A-Z][a-z]))"
)  # (a copy may lose the space after the stop: "GORBACHEV.And we ...")


def speakers(lines: list[str]) -> list[Agent]:
    """The people whose turns a transcript records: a label that opens two turns or more, when two
    speakers or more take turns (a field such as "Time:" opens one line, not turns; a stamp repeated on
    each sheet opens the same line again, not a turn)."""
    counts: dict[str, int] = {}
    agents: dict[str, Agent] = {}
    sure: set[str] = set()  # speakers written as speakers are: in capitals, or with a title
    heads: set[str] = set()  # ... and over their words, the label alone on its line
    seen: set[str] = set()
    for line in lines:
        m = _TURN.match(line) or _CAPS_TURN.match(line)
        if not m or field_of(line) or is_label(line):
            continue
        said = re.sub(r"\s+", " ", line.strip())
        if line[m.end() :].strip() and said in seen:
            continue  # a line again word for word ("Reason: file no. 267"): a stamp on each sheet, no turn
        seen.add(said)
        who = m.group("who")
        if len(re.sub(r"\[[^\]]*\]", "", who).split()) > 5 or not re.match(r"[^\W\d_]", who):
            continue
        if re.search(r"\w['’]s\b", re.sub(r"\[[^\]]*\]", "", who)):
            continue  # "Translator's Note:", "Editor's comment:": the apparatus, no speaker
        agent = participant(who)
        if agent is not None:  # "Head of Delegation [Lawi Nangwanda] Sijaona", then "Sijaona"
            key = agent.name.split()[-1].lower()
            counts[key] = counts.get(key, 0) + 1
            bare = re.sub(r"\[[^\]]*\]", "", who)
            if re.sub(r"(?i)^(?:cdes?\.|comrade)\s+", "", bare).isupper() or agent.honorifics or agent.office:
                sure.add(key)
                if not line[m.end() :].strip() and not re.match(r"(?i)\s*dear\b", who):
                    heads.add(key)  # "Cde. Khrushchev:" alone on its line, his words under it
            if key not in agents or len(agent.name.split()) > len(agents[key].name.split()):
                agents[key] = agent
    # a speaker's initials once his name is known ("Cde. N. Ceausescu:", then "Cde. NC:"): his turns
    initials = _initials(agents)
    for key in [k for k in counts if re.fullmatch(r"[a-zа-я]{2,3}", k) and k.upper() in initials]:
        owner = initials[key.upper()]
        counts[owner] = counts.get(owner, 0) + counts.pop(key)
        sure.discard(key)
    turns = [agents[key] for key, n in counts.items() if n >= 2]
    if len(turns) < 2 and not (turns and len(sure) >= 2) and len(sure) < 3:
        # one voice, or labels that open single lines: no transcript, but for a speaker's heading over his
        # words, as working notes give the one who spoke ("Cde. Khrushchev:" / "[...]")
        return [agents[key] for key in heads] if len(heads) == 1 and len(counts) == 1 else []
    # a transcript: who spoke once spoke too ("CHAZOV."), when written as its speakers are
    return [agents[key] for key, n in counts.items() if n >= 2 or key in sure]


def _initials(agents: dict[str, Agent]) -> dict[str, str]:
    """The initials the speakers' names give, to their keys: "Nicolae Ceausescu" -> NC, "Zhou Enlai" -> ZE."""
    out: dict[str, str] = {}
    for key, agent in agents.items():
        words = [w for w in re.split(r"[\s.-]+", agent.name) if w]
        if len(words) >= 2:
            out.setdefault("".join(w[0] for w in words).upper(), key)
            out.setdefault((words[0][0] + words[-1][0]).upper(), key)
    return out


# What a record says a comrade said or did at the meeting: "Cdes. Ustinov, Gromyko, and Andropov
# reported ...", "Comrade Zhou Enlai said ...", "Cde. L. I. Brezhnev approved ...".
# The verbs of what a record says someone said or did, each as the past ("said") and the present ("says")
# tell it.
_SPEAKING = (
    ("said", "says"), ("stated", "states"), ("reported", "reports"), ("noted", "notes"),
    ("remarked", "remarks"), ("replied", "replies"), ("answered", "answers"), ("asked", "asks"),
    ("stressed", "stresses"), ("emphasi[sz]ed", "emphasi[sz]es"), ("agreed", "agrees"),
    ("approved", "approves"), ("proposed", "proposes"), ("declared", "declares"), ("explained", "explains"),
    ("informed", "informs"), ("spoke", "speaks"), ("thanked", "thanks"), ("expressed", "expresses"),
    ("added", "adds"), ("pointed out", "points out"), ("described", "describes"), ("suggested", "suggests"),
    ("observed", "observes"), ("objected", "objects"), ("inquired", "inquires"), ("enquired", "enquires"),
    ("responded", "responds"), ("continued", "continues"), ("underlined", "underlines"),
    ("mentioned", "mentions"), ("joked", "jokes"), ("recalled", "recalls"),
)  # fmt: skip
_SPEECH_VERBS = r"(?:also\s+)?(?:" + "|".join(past for past, _ in _SPEAKING) + r")\b"
_SPEECH_VERBS_NOW = r"(?:also\s+)?(?:" + "|".join(now for _, now in _SPEAKING) + r")\b"
_SPEECH = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n)|(?<=…))\s*(?i:comrades?|cdes?\.)\s+(?P<list>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][^.;:!?\n]{1,80}?)\s+"
    + _SPEECH_VERBS
)
# A man by his title and name opening a sentence of the record, speaking: "Maj. Wolny described the recent
# incidents", "The acting attaché, Col. Ivan F. Latishev, asked", "MR. ATTLEE said", "DR. EVATT said". A
# title of address or rank, not an office ("President Kennedy said" may be quoted, not present).
_NOT_RANKS = {"the", "dear", "m.", "c.", "т.", "senator", "sen.", "congressman", "congresswoman", "rep.",
              "gov.", "amb.", "duban", "king", "queen", "prince", "excellency", "his excellency",
              "her excellency", "consul general"}  # fmt: skip
_RANKS = sorted((h for h in HONORIFICS if h not in _NOT_RANKS | ROLE_NOUNS), key=len, reverse=True)
_TITLE = r"(?i:" + "|".join(re.escape(h).replace(r"\.", r"\.?") for h in _RANKS) + r")"
_TITLED_SPEECH = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))[ \t]*(?:(?i:the)\s+(?:[a-z][\w-]*\s+){0,4}?(?:[\w-]+),\s+|(?i:the)\s+)?"
    + _TITLE
    + r"\s+(?P<who>(?:[A-Z][a-z]?\.\s*){0,3}(?:(?i:st)\.\s*)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+"
    + _SPEECH_VERBS
)


# A record told in turns, each paragraph opened by its speaker's bare name and what he does: "Nasution says
# that ...", "N.S. Khrushchev responds that ...", "Subandrio noted ...". Two speakers or more take turns so,
# or it is no dialogue (a report may open a paragraph "Stalin said in 1945 ...").
_BARE_TURN = re.compile(
    r"(?m)^[ \t]*(?P<who>(?:[A-Z]\.\s?){0,3}[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2}),?\s+"
    rf"(?:{_SPEECH_VERBS}|{_SPEECH_VERBS_NOW})"
)


def _bare_turns(text: str) -> list[Agent]:
    """The speakers of a record told in turns by their bare names, when two or more take turns."""
    found: list[Agent] = []
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for m in _BARE_TURN.finditer(text):
        words = m.group("who").split()
        while len(words) > 1 and words[0].lower() in lower:
            words.pop(0)  # "Later Pak Seong-cheol reported": a word the text writes in lower case opens it
        if len(words) == 1 and (
            words[0].lower() in lower
            or PRONOUN.match(words[0] + " ")
            or re.fullmatch(r"[A-Z][a-z]{2,}ing", words[0])
            and not readings(words[0].lower()[-4:])
        ):
            continue  # "We said ...", "Then noted ...", "Having noted ...": a word, no one's name
        agent = participant(" ".join(words))
        if agent is not None and agent.kind == "person" and not any(same_person(agent, a) for a in found):
            found.append(agent)
    # "Pak Seong-cheol replied ...", then "Later Pak Seong-cheol reported ...": the name with a word before it
    names = {a.name for a in found}
    found = [a for a in found if not any(a.name.endswith(" " + n) for n in names)]
    return found if len(found) >= 2 else []


def speech_subjects(text: str) -> list[Agent]:
    """The comrades a record of a meeting shows speaking or deciding at it, the men by their titles, and the
    speakers of its turns by their bare names or in capitals."""
    out: list[Agent] = []
    lists = [m.group("list") for m in _SPEECH.finditer(text)]
    _add_listed(out, (x for x in lists if all(name_like(p) for p in split_names(x))))
    _add_listed(out, (m.group("who") for m in _TITLED_SPEECH.finditer(text)))
    out += [a for a in _bare_turns(text) if not any(same_person(a, b) for b in out)]
    _add_listed(out, caps_speakers(text))
    return out


# A paragraph opened by its speaker in capitals, then what he did in lower case, as American minutes set
# their turns: "THE PRESIDENT stressed ...", "SENATOR WILEY asked ...", "SECRETARY PACE mentioned ..."
_CAPS_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?P<who>(?:THE\s+)?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})\s+(?=[a-z]{2,}\b)"
)


def caps_speakers(text: str) -> list[str]:
    """Rule *speakers in capitals*: the speakers who open the paragraphs of a record in capitals ("SENATOR
    WILEY asked"), as written, when two or more take turns so (one such paragraph may be a heading's
    word)."""
    found: list[str] = []
    for m in _CAPS_SPEAKER.finditer(text):
        who = m.group("who").strip()
        if len(who) > 3 and who not in found:
            found.append(who)
    return found if len(found) >= 2 else []
