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
    out: list[Agent] = []
    for m in _PRESENT.finditer(text):
        items = re.split(r";\s*(?:and\s+)?", m.group("list"))
        for item in items:
            head = re.sub(r"^(?:and\s+)", "", item.strip())
            head = re.split(r",\s*", head)[0].rstrip(".")
            agent = parse_agent(head)
            if agent and agent.kind == "person":
                out.append(agent)
    return out
