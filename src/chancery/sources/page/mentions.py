"""People a page names in no other role: "Cde. Deng Liqun", "dear Petr Andreyevich", "General Zhang".

Only names the page marks as names (an honorific before them, or a Russian first name and patronymic)
are taken; capitalised words alone are not enough.
"""

from __future__ import annotations

import re

from chancery.lexicon.honorifics import address_pattern
from chancery.model import ROLES, Agent, Record
from chancery.sources.page.names import parse_agent

_TITLED = re.compile(
    r"(?<!\[)\b(?:(?i:" + address_pattern() + r")|General|Marshal|Ambassador)[ ]+"
    r"(?P<n>(?:[A-Z][a-z]?\.[ ]?){0,3}[A-Z][\w’-]*[a-z][\w’-]*(?:[ ][A-Z][a-z][\w’-]*){0,2})(?!['’\w])"
)
_PATRONYMIC = re.compile(r"\b(?P<n>[A-Z][a-z]+[ ][A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna))\b")


def mentioned_persons(text: str, record: Record) -> list[Agent]:
    known = [a for role in ROLES if role != "mentioned_persons" for a in record.agents(role)]
    known += [d.agent for d in record.distribution]
    out: list[Agent] = []
    for rx in (_TITLED, _PATRONYMIC):
        for m in rx.finditer(text):
            agent = parse_agent(m.group(0) if rx is _TITLED else m.group("n"))
            if agent is None or agent.kind != "person":
                continue
            surname = agent.name.split()[-1].lower()
            if any(
                a.name.split()[-1:] == [agent.name.split()[-1]] or a.name.lower().endswith(surname)
                for a in known + out
            ):
                continue
            out.append(agent)
    return out
