"""Credits of the Document Information line: who obtained, translated or contributed the document.

"GARF, ... 270-272. Obtained by Jamil Hasanli and translated by Gary Goldberg." ->
citation "GARF, ... 270-272.", obtained_by [Jamil Hasanli], translated_by [Gary Goldberg].
Handles "Obtained and translated for NKIDP by X", "Translated by X and Y", "Contributed by X",
affiliations in parentheses ("James G. Hershberg (George Washington University)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chancery.model import Agent
from chancery.sources.page.names import is_organization, parse_agent, split_names

VERBS = {
    "obtained": "obtained_by",
    "translated": "translated_by",
    "translation": "translated_by",
    "contributed": "contributed_by",
    "donated": "contributed_by",
}
_VERB = r"(?:obtained|translated|translation|contributed|donated)"
_OTHER = r"(?:annotated|edited|transcribed|introduced|selected|compiled|provided)"
CREDIT = re.compile(
    rf"(?P<verbs>{_VERB}(?:\s*(?:,|and|&)\s*(?:{_VERB}|{_OTHER}))*)"
    r"(?:\s+(?:from|into)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and|into)\s+[A-Z][\w-]+)?)?"
    r"(?:\s+for\s+(?:the\s+)?[^,.;]*?)?"
    r"\s+by\s+(?P<names>.+?)"
    rf"(?=(?<!\b[A-Z])(?<!Jr)(?<!Sr)\.(?:\s|$)|;|,?\s+and\s+(?:was\s+)?{_VERB}\b|,\s*{_VERB}\b|$"
    # a clause after the names: "obtained by NHK, provided to CWIHP, and on file at ..."
    r"|,\s*(?:and\s+)?(?-i:[a-z]))",
    re.I,
)
# "copy courtesy of NSA", "courtesy of the National Security Archive": who contributed the copy
COURTESY = re.compile(
    r"(?i)(?:\b(?:copy|document|original)\s+)?\bcourtesy\s+of\s+(?P<names>[^;.]+?)(?=[;.]|,\s*\w+\s+by\b|$)"
)
# "translation from Shuguang Zhang and Jian Chen, eds., Chinese Communist Foreign Policy ...": the
# translation is the edition's, credited to its editors
TRANSLATION_FROM = re.compile(
    r"(?i);?\s*\btranslat(?:ion|ed)\s+(?:from|in)\s+(?P<names>[^,;]+?),\s*(?:eds?\.|editors?)\s*(?:,.*)?$"
)
NOTES_BY = re.compile(r"(?i)^notes?\s+(?:by|of)\s+(?P<names>[A-Z][\w.' -]{2,60}?)(?:\s+at\s+|,\s*)(?=[A-Z])")
# A citation's translator, abbreviated: "...; trans. J. Henriksen"
TRANS = re.compile(r"(?:^|(?<=[;,.]))\s*\btransl?\.\s+(?:by\s+)?(?P<names>[A-Z][^;]*?)\s*\.?\s*(?=;|$)")
_FOR = re.compile(r"\s+(?:for|at|of)\s+(?:the\s+)?[A-Z].*$")
# A sentence after the reference that is about the edition, not the archive: who compiled or edited it,
# where it was published.
_NOT_CITATION = re.compile(
    rf"(?i)(?<=[.;])\s+(?:{_OTHER}|published|reprinted|first\s+published|printed)\s+(?:by|in)\b"
)


@dataclass
class Credits:
    citation_text: str | None = None
    roles: dict[str, list[Agent]] = field(default_factory=dict)


def _agents(names: str) -> list[Agent]:
    names = _FOR.sub("", names.strip())
    out = []
    for part in split_names(re.sub(r"\s+with\s+(?=[A-Z])", ", ", names)):  # "X with Y": both did it
        part = re.sub(r"\s*\([^)]*\)", "", part).strip()
        body = is_organization(part) or re.fullmatch(r"[A-Z]{2,8}", part)
        agent = parse_agent(part, kind="organization" if body else "person")
        if agent is not None and agent.name:
            out.append(agent)
    return out


def read_credits(info: str) -> Credits:
    """Split the Document Information text into the citation and the credits."""
    info = re.sub(r"\s+", " ", info).strip()
    credits = Credits()
    # the notes a scholar took in the archive, cited before its reference: "Notes by O.A. Westad at TsKhSD, f.
    # 5, ...", "Notes of O.A. Westad, TsKhSD, ...": he obtained it; the reference follows
    if (noted := NOTES_BY.match(info)) is not None:
        have = credits.roles.setdefault("obtained_by", [])
        have.extend(a for a in _agents(noted.group("names")) if a.name not in {h.name for h in have})
        info = info[noted.end() :]
    first = None
    for m in CREDIT.finditer(info):
        if first is None:
            first = m.start()
        verbs = re.findall(_VERB, m.group("verbs"), flags=re.I)
        agents = _agents(m.group("names"))
        for verb in verbs:
            role = VERBS[verb.lower()]
            have = credits.roles.setdefault(role, [])
            have.extend(a for a in agents if a.name not in {h.name for h in have})
    if edition := TRANSLATION_FROM.search(info):
        first = edition.start() if first is None else min(first, edition.start())
        have = credits.roles.setdefault("translated_by", [])
        have.extend(a for a in _agents(edition.group("names")) if a.name not in {h.name for h in have})
    for m in TRANS.finditer(info):
        first = m.start() if first is None else min(first, m.start())
        have = credits.roles.setdefault("translated_by", [])
        have.extend(a for a in _agents(m.group("names")) if a.name not in {h.name for h in have})
    for m in COURTESY.finditer(info):
        first = m.start() if first is None else min(first, m.start())
        have = credits.roles.setdefault("contributed_by", [])
        have.extend(a for a in _agents(m.group("names")) if a.name not in {h.name for h in have})
    if after := _NOT_CITATION.search(
        info
    ):  # "... unnumbered page. Compiled by V. N. Malin. Published in ..."
        first = after.start() if first is None else min(first, after.start())
    head = info if first is None else info[:first]
    # "...; copy obtained by NHK": the word of the credit's object goes with it
    head = (
        re.sub(r"\b(?:Original(?:ly)?|Document|[Cc]opy|[Cc]opies)\s*$", "", head.strip())
        .strip()
        .rstrip(",;:")
        .strip()
    )
    credits.citation_text = head or None
    return credits
