"""Treaties and agreements between governments: who concludes them, who signs, what is annexed to them.

```
German-Soviet Boundary and Friendship Treaty                   the heading names an instrument
The Government of the German Reich and the Government of       the parties open the preamble: the
the U.S.S.R. regard it as exclusively their task, ...          instrument's authors
ARTICLE I. ...
Done in duplicate, in the German and Russian languages.
Moscow, September 28, 1939.                                    dated at its foot (``opening.foot_dateline``)
For the Government of the German Reich: J. RIBBENTROP          who signs for each party: the signatories
By authority of the Government of the U.S.S.R.: V. MOLOTOV
Confidential Protocol                                          an instrument annexed after the signatures:
The Government of the USSR shall place no obstacle ...         an enclosed document, no line of the closing
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.model import Agent, Record
from chancery.sources.page.doc_types import INSTRUMENTS, doc_type_of
from chancery.sources.page.names import parse_agent

# A party as a preamble names it: "the Government of the German Reich", "the Government of the U.S.S.R."
_PARTY = re.compile(
    r"(?:[Tt]he\s+)?(?P<p>Government\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of\s+the|of))*"
    r"(?<!\bof)(?<!\bthe))"
)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# Who signs for a party: "For the Government of the German Reich: J. RIBBENTROP", "By authority of the
# Government of the U.S.S.R.: V. MOLOTOV", "On behalf of the Government of X:" (the name on the next line)
_SIGNS_FOR = re.compile(
    r"(?i)^(?:for|on\s+behalf\s+of|by\s+authority\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?"
    r"(?P<party>(?:government|president|presidium|state|republic|kingdom|union|people)\b[^:]{0,80}):"
    r"\s*(?P<who>\S.*)?$"
)
_NAME = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\.?$")


@dataclass
class Treaty:
    parties: list[Agent] = field(default_factory=list)
    signers: list[Agent] = field(default_factory=list)
    annexes: list[Record] = field(default_factory=list)
    annexed_at: set[int] = field(default_factory=set)  # the annexes' lines (indices in the lines read)


def is_instrument(title: str) -> bool:
    """A heading that names a treaty, an agreement, a pact, a protocol ("German-Soviet Boundary and
    Friendship Treaty", "Confidential Protocol"): short, no sentence, no other genre."""
    text = title.strip()
    return (
        bool(INSTRUMENTS.search(text))
        and len(text.split()) <= 15
        and not text.endswith((".", ",", ";", ":"))
        and doc_type_of(text) == "other"
        and text[:1].isupper()
    )


def read_treaty(title: str, lines: list[str]) -> Treaty | None:
    """The treaty ``lines`` (non-blank, stripped) hold under the heading ``title``; None unless the title
    names an instrument."""
    if not is_instrument(title):
        return None
    treaty = Treaty()
    signed = _signers(treaty, lines)
    treaty.parties = _parties(lines[: signed if signed is not None else len(lines)]) or _title_parties(title)
    if signed is not None:
        _annexes(treaty, lines, signed)
    return treaty


def _parties(lines: list[str]) -> list[Agent]:
    """The governments the preamble's first sentence names as its subject."""
    for line in lines[:6]:
        first = _PARTY.search(line)
        if first is None:
            continue
        names, end = [first.group("p")], first.end()
        while (joint := _JOINED.match(line, end)) and (more := _PARTY.match(line, joint.end())):
            names.append(more.group("p"))
            end = more.end()
        return [a for a in (parse_agent(n, kind="organization") for n in names) if a]
    return []


# The parties a title names: "Security Treaty Between Japan and the United States of America", "Déclaration
# commune de l'Union des Républiques socialistes soviétiques et du Japon", "Abkommen zwischen ... und ..."
# (Russian names them in the instrumental case, "между Германией и ...": no party's name as such)
_TITLE_PARTIES = re.compile(
    r"(?i)\b(?:between|entre|zwischen|(?:declaration|statement|communiqué|déclaration commune|"
    r"erklärung)\s+(?:of|de|des|du|der))\s+(?P<a>.+?)\s+(?:and|et|und|и)\s+(?P<b>.+)$"
)
_ARTICLE = re.compile(r"(?i)^(?:the|l['’]|la|le|les|du|de la|de l['’]|des|de|der|die|dem|den)\s*")
# What the title says after the parties: the subject ("... concerning the Trade in Textiles")
_SUBJECT = re.compile(
    r"(?i)\s*(?:,|\s(?:concerning|on|regarding|relating to|for|with respect to|sur|relatif|relative|"
    r"concernant|pour|über|betreffend|zur)\s).*$"
)


def _title_parties(title: str) -> list[Agent]:
    """The parties an instrument's title names, when its preamble names none."""
    m = _TITLE_PARTIES.search(title)
    if m is None:
        return []
    names = [_ARTICLE.sub("", m.group("a")), _ARTICLE.sub("", _SUBJECT.sub("", m.group("b")))]
    if any(not n or len(n.split()) > 8 for n in names):
        return []
    return [a for a in (parse_agent(n.strip(" ."), kind="organization") for n in names) if a]


def _signers(treaty: Treaty, lines: list[str]) -> int | None:
    """Who signs for each party; the index of the last line of the signatures (None: no signature)."""
    last = None
    for k, line in enumerate(lines):
        m = _SIGNS_FOR.match(line)
        if not m:
            continue
        last = k
        who = (m.group("who") or "").strip()
        if (
            not who
            and k + 1 < len(lines)
            and _NAME.match(lines[k + 1])
            and not _SIGNS_FOR.match(lines[k + 1])
        ):
            who, last = lines[k + 1], k + 1
        if who and (agent := parse_agent(who)) is not None and agent.kind == "person":
            treaty.signers.append(agent)
    return last


def _annexes(treaty: Treaty, lines: list[str], signed: int) -> None:
    """Instruments printed after the signatures ("Confidential Protocol", "Secret Additional Protocol"):
    each an enclosed document, from its heading to the next."""
    heads = [k for k in range(signed + 1, len(lines)) if is_instrument(lines[k])]
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        annex = Record(id="", title=lines[k], doc_type="other", text="\n".join(lines[k + 1 : end]))
        treaty.annexes.append(annex)
        treaty.annexed_at |= set(range(k, end))
