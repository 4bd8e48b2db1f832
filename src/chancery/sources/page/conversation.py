"""Records of conversation: who was present and who took the notes.

"(Our ambassador ..., comrade Reis Malile, also attended for our side and took the notes below.)"
-> note-taker (the record's author, and a participant); "Present for the Chinese side: comrade Chen Yi,
Deputy Chairman ...; comrade Zhou Enlai, ...; and comrade Luo Shigao, ..." -> participants.
"""

from __future__ import annotations

import re

from chancery.model import Agent
from chancery.sources.page.names import parse_agent

_NAME = r"(?P<who>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_NOTE_TAKER = re.compile(
    r"(?:comrade|cde\.?|mr\.?|c\.)\s+" + _NAME + r",?\s+(?:[^.()]*?\band\s+)?"
    r"(?:took|kept|recorded|wrote)\s+(?:down\s+)?(?:the\s+)?(?:notes|minutes|record)",
    re.I,
)
_PRESENT = re.compile(
    r"(?i)\b(?:present|attending|also present|participants|taking part)(?:\s+(?:for|from|on)\s+"
    r"[^:]{1,60})?:\s*(?P<list>[^\n]+)"
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


def note_taker(text: str) -> Agent | None:
    """Who took the notes, when the record says so ("took the notes", "recorded by", "From the diary of")."""
    flat = re.sub(r"\s+", " ", text)
    m = _NOTE_TAKER.search(flat) or _RECORDED_BY.search(flat)
    if m:
        return parse_agent(m.group("who"))
    diary = _DIARY_OF.search(re.sub(r"(?i)(of)\s*\n\s*", r"\1 ", text))
    return parse_agent(diary.group("who")) if diary else None


def present(text: str) -> list[Agent]:
    """People listed as present ("Present: comrade A, office; comrade B"), and the lines under the label."""
    out: list[Agent] = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _PRESENT.search(line) or _PRESENT_LABEL.match(line.strip())
        if not m:
            continue
        items = re.split(r";\s*(?:and\s+)?", m.group("list")) if m.groupdict().get("list") else []
        for more in lines[k + 1 :]:
            if not more.strip() or ":" in more or len(more) > 100 or len(more.split()) > 12:
                break
            items.append(more.strip())
        out += [a for a in (_participant(item) for item in items) if a]
    return out


_PRESENT_LABEL = re.compile(
    r"(?i)^(?:present|attending|also present|participants|taking part)(?:\s+[^:]{1,60})?:$"
)


def _participant(item: str) -> Agent | None:
    head = re.sub(r"^(?:and\s+)", "", item.strip())
    head = re.split(r",\s*", head)[0].rstrip(".")
    agent = parse_agent(head)
    return agent if agent and agent.kind == "person" else None
