"""Cable addresses: the FM, TO and INFO lines of telegrams as the State Department's system prints them.

    FM AMEMBASSY BUENOS AIRES                 -> Embassy in Buenos Aires, sent from Buenos Aires
    TO SECSTATE WASHDC IMMEDIATE 0800         -> Department of State, sent to Washington; precedence
                                                 IMMEDIATE; the telegram's number there
    INFO AMEMBASSY MONTEVIDEO, USUN NEW YORK  -> information addressees

The post words and the bodies they name are the lexicon's (``CABLE_ADDRESSES``); an address that
starts with no post word is left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chancery.lexicon.countries import CABLE_ADDRESSES, CABLE_CITIES
from chancery.model import Agent
from chancery.sources.page.markings import PRECEDENCE_WORDS

_PRECEDENCE = re.compile(
    r"(?i)\s+(?P<p>" + "|".join(sorted(PRECEDENCE_WORDS, key=len, reverse=True)) + r")\b"
)
_ROUTING = re.compile(r"^[A-Z]{4,7}/(?=[A-Z])")  # a routing indicator before the address: "RUEHC/SECSTATE"
_NUMBER = re.compile(r"\s+(?P<n>\d{1,6})\s*$")


@dataclass
class CableAddress:
    agent: Agent
    city: str | None = None
    precedence: str | None = None
    number: str | None = None


def read_address(text: str) -> CableAddress | None:
    """ "AMEMBASSY BUENOS AIRES", "SECSTATE WASHDC IMMEDIATE 0800"; None for anything else."""
    words = _ROUTING.sub("", text.strip()).split()
    if not words or words[0].lower() not in CABLE_ADDRESSES:
        return None
    rest = " ".join(words[1:])
    address = CableAddress(Agent(name="", kind="organization"))
    if m := _NUMBER.search(rest):
        address.number, rest = m.group("n"), rest[: m.start()]
    if m := _PRECEDENCE.search(" " + rest):
        address.precedence, rest = m.group("p").upper(), (" " + rest)[: m.start()].strip()
    city = CABLE_CITIES.get(rest.strip().lower(), rest.strip().title()) or None
    template = CABLE_ADDRESSES[words[0].lower()]
    address.agent.name = template.format(city) if "{}" in template else template
    address.agent.as_written = " ".join(text.split())
    address.city = city
    return address


def read_addresses(text: str) -> list[CableAddress]:
    """Several addresses on one line ("AMEMBASSY MONTEVIDEO, USUN NEW YORK")."""
    return [a for a in map(read_address, re.split(r"\s*[,;]\s*|\s{2,}", text)) if a]
