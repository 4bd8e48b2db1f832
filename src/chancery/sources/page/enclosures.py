"""Documents enclosed in or attached to a page's document.

Three forms: a forwarded text quoted in the body ("We are sending a translation of a letter of A to B
which he passed in the Consulate on 31 October 1945." then the quoted letter and its signers),
an "Enclosures:" list ("1. Suggested reply."), and enclosures named in a sentence
('Below is the "Letter to Congress"', "Enclosed are memoranda on talks that Comrade X ... held").
Enclosed documents are records with ids ``<id>-enc<n>``; their own date stays empty unless the page gives it.
"""

from __future__ import annotations

import re

from chancery.lexicon.honorifics import address_pattern
from chancery.model import Agent, Delivery, Record
from chancery.sources.page.dates import find_dates, parse_date
from chancery.sources.page.distribution import distribution, read_blocks
from chancery.sources.page.doc_types import doc_type_of
from chancery.sources.page.header import is_prose
from chancery.sources.page.letters import CLOSE
from chancery.sources.page.names import is_office, parse_agent
from chancery.sources.page.places import make_place
from chancery.sources.page.present import present
from chancery.sources.page.sections import paragraphs
from chancery.sources.page.signature import name_line
from chancery.sources.page.title import read_title

_KINDS = (
    r"(?P<kind>letter|appeal|message|statement|memorand(?:um|a)|telegram|report|note|reply|petition|"
    r"declaration|congratulations|greetings)"
)
_MENTION = re.compile(
    r"(?i)(?:(?:translation|copy|text)\s+of|(?:send|forward|transmit|enclos)(?:ing|e?s|e)?(?:\s+you)?"
    r"(?:\s+herewith)?)"
    rf"\s+(?:a|an|the|his|their)\s+{_KINDS}\s+(?:of|from|by)\s+(?P<by>.+?)\s+to\s+"
    r"(?P<to>(?:the\s+)?(?:(?i:"
    + address_pattern()
    + r"))?\s*[A-Z][\w.' -]*?)(?=\s+(?:which|that|who)\b|[,.;])"
)
_DELIVERY = re.compile(
    r"(?i)\b(?:passed|handed|delivered|gave|submitted|presented)\b[^.]*?\b(?:in|at|to)\s+"
    r"(?P<place>the\s+\w+(?:\s+\w+)?|[A-Z]\w+)\s+on\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})"
)
_TYPE_OF = {
    "reply": "letter",
    "appeal": "letter",
    "petition": "letter",
    "message": "letter",
    "congratulations": "letter",  # "with congratulations from Stalin to Roosevelt": his message
    "greetings": "letter",
    "memoranda": "memorandum",
}


_ANNOUNCED = re.compile(
    rf"(?i)^(?:an?\s+|the\s+)?(?P<date>.*?\d{{4}}\s+)?(?:(?:personal|secret|private|confidential|urgent|"
    rf"top\s+secret|and|,)\s*)*{_KINDS}\s+(?:from|form|of|by)\s+(?P<by>.+?)"  # "a personal and secret ..."
    r"(?:\s+to\s+(?P<to>.+))?$"
)


def _announced(what: str | None) -> list[Record]:
    """The enclosure a title announces: "[16 November 1950] message from Kim Il Sung to Stalin"."""
    m = _ANNOUNCED.match(what or "")
    if not m:
        return []
    rec = Record(id="", doc_type=_type(m.group("kind")))
    rec.authors = [a for a in [parse_agent(m.group("by"))] if a]
    rec.recipients = [a for a in [parse_agent(m.group("to") or "")] if a]
    if m.group("date") and (dates := find_dates(m.group("date"))):
        rec.date = dates[0].value
    return [rec]


def _type(kind: str) -> str:
    kind = kind.lower()
    return _TYPE_OF.get(
        kind, kind if kind in ("letter", "telegram", "report", "note", "memorandum") else "other"
    )


def read_enclosures(
    record_id: str,
    body: list[str],
    announced: str | None = None,
    writer: list[Agent] | None = None,
    addressee: list[Agent] | None = None,
) -> list[Record]:
    """The enclosed documents; ``announced`` is what the title says the document passes on
    ("message from Kim Il Sung to I.V. Stalin"), read when the text itself names none."""
    text = "\n".join(body)
    flat = re.sub(r"\s+", " ", text)
    found = _routing_forms(body) + (
        _forwarded(flat, body)
        or _listed(body)
        or _attached(body)
        or _appendix(body)
        or _named(flat)
        or _announced(announced)
        or _following(flat, body, writer or [])
        or _text_of(flat, body)
        or _told(flat, writer or [])
        or _quoted_message(body)
        or _sent_you(flat, body, addressee or [])
    )
    if len(found) == 1:
        _fill_from_quote(found[0], body)
    for n, rec in enumerate(found, start=1):
        rec.id = f"{record_id}-enc{n}"
    return found


def _quoted_lines(body: list[str]) -> list[str]:
    """The lines of the first text the body quotes whole: from a line that opens with a quotation mark to
    the line that closes it."""
    lines = [line.strip() for line in body if line.strip()]
    start = next((k for k, line in enumerate(lines) if line[:1] in '"“«„'), None)
    if start is None:
        return []
    for end in range(start, len(lines)):
        if re.search(r"[”\"»“]\s*\.?$", lines[end]) and (end > start or len(lines[end]) > 1):
            return lines[start : end + 1]
    return lines[start:]


def _fill_from_quote(rec: Record, body: list[str]) -> None:
    """What an enclosure's own text says of it, where the mention said nothing: its addressee in its
    salutation ("To Comrade FILIPPOV."), its signer and its date at its foot ("MAO ZEDONG" / "13.6.51")."""
    quote = _quoted_lines(body)
    if not quote:
        return
    closed = re.search(r"[”\"»“]\s*\.?$", quote[-1]) is not None  # not the rest of the page
    if not rec.distribution and closed:  # its own copy line: '"Copy: To Comrade GAO GANG'
        rec.distribution = distribution(read_blocks([q.lstrip('"“«„') for q in quote]))
    if not rec.recipients:
        rec.recipients = _salutation(quote[0])
    # the announcement may name the writer by his office ("letter from the President"): the name he signs
    # under the text is his
    by_office = bool(rec.authors) and all(a.kind == "person" and is_office(a.name) for a in rec.authors)
    for line in reversed(quote[-4:]):
        bare = line.strip('"“”«»„ .')
        close, _, signed = bare.rpartition(",")
        if close and CLOSE.match(f"{close},"):
            bare = signed.strip()  # the close and the name on one line: "As ever, Ike"
        if rec.date is None and (value := parse_date(bare)) is not None and len(bare) < 40:
            rec.date = value
        elif (not rec.authors or by_office) and (signer := name_line(bare)) is not None:
            if by_office and (signer.kind != "person" or is_office(signer.name)):
                continue
            rec.authors, by_office = [signer], False


def _forwarded(flat: str, body: list[str]) -> list[Record]:
    m = _MENTION.search(flat)
    if not m:
        return []
    head = flat[m.start() : m.start("kind")]
    determiner = re.search(r"(?i)\b(?:a|an|the|his|their)\s+$", head)
    title = flat[m.start() + (determiner.start() if determiner else len(head)) : m.end()].strip()
    rec = Record(id="", title=title, doc_type=_type(m.group("kind")))  # "a letter of A to B"
    paras = paragraphs(body)
    start = next((k for k, p in enumerate(paras) if p[0][:1] in '"“«'), None)
    if start is None:
        return []
    rec.recipients = _salutation(paras[start][0]) or [a for a in [parse_agent(m.group("to"))] if a]
    signers = _signature_list(paras[start:])
    if signers:
        rec.authors, rec.signatories = signers[:1], signers[1:]
    else:
        rec.authors = [a for a in [parse_agent(m.group("by"))] if a]
    if d := _DELIVERY.search(flat[m.start() :]):
        dates = find_dates(d.group("date"))
        rec.delivery = Delivery(date=dates[0].value if dates else None, place=d.group("place"))
    rec.text = "\n\n".join(" ".join(p) for p in paras[start : start + 40])
    return [rec]


# A text passed on whole, announced in the sentence before it: "I received the following telegram to you
# from MAO ZEDONG.", "Pass the following answer to MAO ZEDONG.", "He asked me to transmit the following
# message from Kim Il Sung:".
_FOLLOWING = re.compile(
    # the article left out in telegraphese: "Please deliver following personal message from President to ..."
    r"(?i)\b(?:the\s+|deliver\s+|transmit\s+|pass\s+)following\s+(?:\w+\s+){0,2}?(?P<kind>letter|appeal|message|statement|memorandum|telegram|"
    r"cable|report|note|reply|answer|petition|declaration)\b(?P<rest>[^.:]{0,160})[.:]"
)


# The writer passes on his own words: "Transmit to Comrade MAO ZEDONG the following answer:"
_PASS_ON = re.compile(
    r"(?i)\b(?:transmit|pass\s+on|convey|hand\s+over|deliver|tell)\s+(?:it\s+)?(?:to\s+)?(?P<to>[^.:]{3,80}?)\s+"
    r"the\s+following\b"
)


def _following(flat: str, body: list[str], writer: list[Agent]) -> list[Record]:
    m = _FOLLOWING.search(flat)
    if not m:
        return []
    kind = {"answer": "reply", "cable": "telegram"}.get(m.group("kind").lower(), m.group("kind"))
    rec = Record(id="", doc_type=_type(kind))
    rest = m.group("rest")
    by = re.search(r"\bfrom\s+(?P<by>.+?)(?=\s+to\s|$)", rest)
    to = re.search(r"\bto\s+(?:the\s+attention\s+of\s+)?(?P<to>.+?)(?=\s+from\s|$)", rest)
    paras = paragraphs(body)
    start = next((k for k, p in enumerate(paras) if p[0][:1] in '"“«„'), None)
    lines = [line.strip() for line in body if line.strip()]
    first = next((line for line in lines if line[:1] in '"“«„'), None)  # a quote inside a paragraph too
    quoted = _salutation(first) if first is not None else []
    passed = _PASS_ON.search(flat[max(0, m.start() - 120) : m.end()])
    to = to or passed
    named = (
        [a for a in [parse_agent(to.group("to"))] if a]
        if to and not re.match(r"(?i)(?:you|me|us)\b", to.group("to"))
        else []
    )
    # the salutation's office ("Dear Mr. Prime Minister") is the man the announcement names
    rec.recipients = named if named and quoted and all(is_office(a.name) for a in quoted) else quoted or named
    rec.authors = [a for a in [parse_agent(by.group("by"))] if a] if by else []
    if not rec.authors and passed:
        rec.authors = list(writer)  # his own answer, unsigned, that he has passed on
    if start is not None:
        rec.text = "\n\n".join(" ".join(p) for p in paras[start : start + 40])
    if first is not None:
        quote = _quoted_lines(body)
        for line in [*reversed(quote[-3:]), *quote[:1]]:  # dated at its foot, or heading its text
            bare = line.strip('"“”«»„ .')
            if rec.date is None and (value := parse_date(bare)) is not None and len(bare) < 40:
                rec.date = value  # "16 July 1952”": the quoted text's own date
    return [rec] if rec.authors or rec.recipients else []


# Rule *text of*: a telegram announces the text it passes on in telegraphese, its writer's name before the
# genre or after it: "There follows text of President's letter to Prime Minister for delivery soonest:",
# "Below is text of telegram Eden sent Foreign Office after talk with Secretary", "text of message from
# Menzies to Prime Minister:"; the text follows, quoted (its quotation marks may be words: ``quotes``).
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
_TEXT_OF = re.compile(
    rf"(?i)\btext\s+of\s+(?:the\s+|an?\s+|his\s+|their\s+)?(?:(?P<owner>{_NAME})['’]s\s+)?{_KINDS}"
    rf"(?:\s+(?:from|by)\s+(?:the\s+)?(?P<by>{_NAME})|\s+(?P<sender>{_NAME})\s+sent)?"
    rf"(?:(?:\s+to|(?<=sent))\s+(?:the\s+)?(?P<to>{_NAME}))?(?=\s+(?:for|after|which|that|on|dated)\b|\s*[.:;,])"
)


def _text_of(flat: str, body: list[str]) -> list[Record]:
    m = _TEXT_OF.search(flat)
    quote = _quoted_lines(body)
    if m is None or not quote:
        return []
    rec = Record(id="", doc_type=_type(m.group("kind")))
    by = m.group("owner") or m.group("by") or m.group("sender")
    rec.authors = [a for a in [parse_agent(by or "")] if a]
    rec.recipients = [a for a in [parse_agent(m.group("to") or "")] if a] or _salutation(quote[0])
    head = quote[0].strip('"“”«»„ .')
    if (value := parse_date(head)) is not None and len(head) < 40:
        rec.date = value  # "QUOTE February 28, 1962": dated at its head
    rec.text = "\n".join(quote)
    return [rec] if rec.authors or rec.recipients else []


# Rule *sent to you*: the writer passes on a paper to his addressee, its text after the sentence, unquoted:
# "I am sending you a telegram of Cde. MAO ZEDONG.", "I forward to you the report from Comrade X:"
_SENT_YOU = re.compile(
    r"(?i)\bI\s+(?:am\s+|hereby\s+)?(?:send(?:ing)?|forward(?:ing)?|transmit(?:ting)?|pass(?:ing)?\s+on)\s+"
    r"(?:to\s+)?you\s+(?:herewith\s+)?(?:a|an|the)\s+(?:text\s+of\s+(?:a|an|the)\s+)?"
    + _KINDS
    + r"\s+(?:of|from|by)\s+(?P<by>(?:(?:cdes?|comrades?|comr|mr|dr|gen|tov)\.?\s+)?[^.:;]{2,80}?)\s*[.:]"
)


def _sent_you(flat: str, body: list[str], addressee: list[Agent]) -> list[Record]:
    m = _SENT_YOU.search(flat)
    if m is None:
        return []
    rec = Record(id="", doc_type=_type(m.group("kind")))
    rec.authors = [a for a in [parse_agent(m.group("by"))] if a]
    rec.recipients = list(addressee)  # "sending you": the paper went to him, the writer passes it on
    lines = [line.strip() for line in body if line.strip()]
    at = next((k for k, line in enumerate(lines) if m.group(0)[:30] in line), None)
    rec.text = "\n".join(lines[at + 1 :]) if at is not None else ""
    return [rec] if rec.authors else []


# The writer's words for someone, quoted in a sentence: "tell Mao Zedong that “The Soviet government will ..."
_TOLD = re.compile(
    r"(?i)\b(?:tell|inform|advise|assure)\s+(?P<to>(?-i:[A-Z])[^.:;“\"]{2,60}?)\s+that\s*[“\"]"
)


def _told(flat: str, writer: list[Agent]) -> list[Record]:
    m = _TOLD.search(flat)
    to = parse_agent(m.group("to")) if m else None
    if to is None or to.kind != "person":
        return []
    rec = Record(id="", doc_type="other")
    rec.recipients, rec.authors = [to], list(writer)
    return [rec]


def _quoted_message(body: list[str]) -> list[Record]:
    """A message the text quotes whole, hailing its addressee and signed inside the quotes: '“Cde. Mao
    Zedong!' ... 'Filippov [Stalin].”'."""
    quote = _quoted_lines(body)
    if len(quote) < 2 or not re.search(r"[”\"»“]\s*\.?$", quote[-1]):
        return []
    to = _salutation(quote[0])
    signer = name_line(quote[-1].strip('"“”«»„ .'))
    if not (to and signer):
        return []
    rec = Record(id="", doc_type="other")
    rec.recipients, rec.authors = to, [signer]
    return [rec]


def _salutation(line: str) -> list[Agent]:
    """'"To the leader ..., the good, benevolent, his Excellency Stalin.' -> the addressee as written."""
    line = line.strip('"“«” ').rstrip(".!:,")
    if not re.match(r"(?i)^(?:to|dear)\b", line):
        # a hail alone on its line: "Cde. Mao Zedong!", "Comrade STALIN,"
        hailed = parse_agent(line) if len(line.split()) <= 6 and "," not in line else None
        return [hailed] if hailed and hailed.kind == "person" and hailed.honorifics else []
    last = re.split(r",\s*", line)[-1]
    agent = parse_agent(re.sub(r"(?i)^to\s+", "", last))
    return [agent] if agent and agent.kind == "person" and agent.honorifics else []


def _signature_list(paras: list[list[str]]) -> list[Agent]:
    """ "Chairman of the government A, Deputy Chairman B [sic], members of the government C, D, and E." """
    for para in paras:
        text = " ".join(para)
        names = re.findall(r"\b[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z0-9'’-]+)*", text)
        if len(names) < 3 or not re.search(r"(?i)\b(?:chairman|member|secretary|president|head)\b", text):
            continue
        return _signers(text.rstrip('."”'))
    return []


def _signers(text: str) -> list[Agent]:
    out: list[Agent] = []
    office = None
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", text):
        m = re.match(r"^(?P<office>(?:[A-Za-z-]+\s+)*?[a-z][\w-]*)\s+(?P<name>[A-Z][A-Z].*)$", part.strip())
        if m:
            office = re.sub(r"^members\b", "member", m.group("office").strip())
            office = office[:1].upper() + office[1:]
        agent = parse_agent(m.group("name") if m else part)
        if agent:
            agent.as_written = part.strip()
            agent.office = office
            out.append(agent)
    return out


# A reading room's record often opens on the routing form the paper travelled under: its printed heading
_ROUTING_FORM = re.compile(r"^(?P<title>ROUTING\s+AND\s+(?:TRANSMITTAL\s+SLIP|RECORD\s+SHEET))\b")
_STAMP = re.compile(r"(?i)^(?:sanitized\s+copy\s+)?approved\s+for\s+(?:release|ease)\b")


def _routing_forms(body: list[str]) -> list[Record]:
    """The routing forms before the paper ("ROUTING AND TRANSMITTAL SLIP", "ROUTING AND RECORD SHEET"): each
    a paper of its own, of no genre, from the office its FROM box names."""
    lines = [line.strip() for line in body if line.strip()]
    out: list[Record] = []
    for k, line in enumerate(lines):
        if not (m := _ROUTING_FORM.match(line)):
            continue
        rec = Record(id="", title=m.group("title"), doc_type="other")
        for box in lines[k + 1 : k + 8]:
            if _STAMP.match(box):
                break
            if sender := re.match(r"^FROM:\s*(?P<who>[A-Za-z][\w/&.-]*(?:\s+[\w/&.-]+){0,3})$", box):
                rec.authors = [a for a in [parse_agent(sender.group("who"), kind="organization")] if a]
                break
        out.append(rec)
    return out


# A paper attached after the text: "Attachment" under the signature, then, on a page of its own (past a
# reading room's release stamp), its heading naming its genre ("Minutes of the" / "Public Affairs Advisory
# Group") and its date line.
_ATTACHMENT_NOTICE = re.compile(r"(?i)^(?:attachments?|enclosures?)$")


def _attached(body: list[str]) -> list[Record]:
    lines = [line.strip() for line in body if line.strip()]
    notice = next((k for k, line in enumerate(lines) if _ATTACHMENT_NOTICE.match(line)), None)
    if notice is None:
        return []
    page = next((k for k in range(notice + 1, min(len(lines), notice + 10)) if _STAMP.match(lines[k])), None)
    if page is None:
        return []  # the attached paper begins on a page of its own
    for k in range(page + 1, min(len(lines), page + 6)):
        heading, at = lines[k], k + 1
        if _STAMP.match(heading):
            continue
        if re.search(r"(?i)\b(?:of|of the|by|from)$", heading) and at < len(lines):
            heading, at = (
                f"{heading} {lines[at]}",
                at + 1,
            )  # "Minutes of the" / "Public Affairs Advisory Group"
        if doc_type_of(heading) == "other" or at >= len(lines) or len(heading) > 120:
            continue
        dates = find_dates(lines[at])
        if not dates or dates[0].start > 0 or len(lines[at]) > 40:
            continue
        facts = read_title(heading)
        rec = Record(id="", title=heading, doc_type=facts.doc_type, date=dates[0].value)
        rec.authors = list(facts.authors)
        rec.recipients = list(facts.recipients)
        rec.participants = present("\n".join(lines[at + 1 :]))  # "Attending: ..."
        rec.text = "\n".join(lines[at + 1 :])
        return [rec]
    return []


# Rule *appendix*: a paper appended under the text, announced by a word alone on its line ("Appendix",
# "Annex", "Anlage"), a handwritten minute perhaps between, then its heading over its own text
_APPENDIX = re.compile(
    r"(?i)^(?:appendix|annex|annexe|attachment|anlage|приложение)(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?\.?$"
)


def _appendix(body: list[str]) -> list[Record]:
    lines = [line.strip() for line in body if line.strip()]
    notice = next((k for k in range(len(lines) - 1, len(lines) // 3, -1) if _APPENDIX.match(lines[k])), None)
    if notice is None:
        return []
    for k in range(notice + 1, min(len(lines) - 1, notice + 14)):
        heading = lines[k]
        if (
            15 <= len(heading) <= 160
            and heading[:1].isupper()
            and not heading.endswith((".", ",", ":", ";"))
            and not heading.startswith("[")
            and is_prose(lines[k + 1])
            and not is_prose(heading)
        ):
            facts = read_title(heading)
            rec = Record(id="", title=heading, doc_type=facts.doc_type)
            rec.authors = list(facts.authors)
            rec.recipients = list(facts.recipients)
            rec.text = "\n".join(lines[k + 1 :])
            return [rec]
    return []


def _listed(body: list[str]) -> list[Record]:
    """ "Enclosures:" then "1. Suggested reply." lines; or "Enclosure: Memorandum of conversation"."""
    lines = [line.strip() for line in body if line.strip()]
    start = next((k for k, line in enumerate(lines) if ENCLOSURE_LABEL.match(line)), None)
    if start is None:
        return []
    label = ENCLOSURE_LABEL.match(lines[start])
    titles = [label.group("title")] if label and label.group("title") else []
    for line in lines[start + 1 :] if not titles else []:
        m = re.match(r"^\d+[.)]\s+(?P<title>.+?)\.?$", line)
        if not m:
            break
        titles.append(m.group("title"))
    return [_listed_record(lines, title.rstrip(".")) for title in titles]


ENCLOSURE_LABEL = re.compile(r"(?i)^(?:enclosures?|attachments?)(?::?$|:\s*(?P<title>[^:]{3,120})$)")


def _listed_record(lines: list[str], title: str) -> Record:
    kind = doc_type_of(title)
    if kind == "other":  # "Suggested reply": a reply is a letter
        kind = _type(next((w for w in title.lower().split() if _type(w) != "other"), "other"))
    rec = Record(id="", title=title, doc_type=kind)
    rec.recipients = _dear(lines, title)
    return rec


def _dear(lines: list[str], title: str) -> list[Agent]:
    """The addressee of an enclosure printed further down under its own heading: "Dear Mr. Murphy,"."""
    for k, line in enumerate(lines):
        if line.lower() == title.lower():
            for nxt in lines[k + 1 : k + 4]:
                if m := re.match(r"^Dear\s+(?P<who>.+?),?$", nxt):
                    agent = parse_agent(m.group("who"))
                    return [agent] if agent and agent.kind == "person" else []
    return []


def _named(flat: str) -> list[Record]:
    if m := re.search(
        r"(?i)\b(?:below is|enclosed is|attached is|we enclose|please find)\s+(?:the|a|our)\s+"
        r"[\"“](?P<title>[^\"”]+)[\"”]",
        flat,
    ):
        title = m.group("title")
        facts = read_title(title)
        rec = Record(id="", title=title, doc_type=facts.doc_type)
        rec.recipients = facts.recipients
        return [rec]
    m = re.search(
        r"\b(?:Enclosed|Attached)\s+(?:is|are)\s+(?:a\s+|the\s+)?(?P<kind>memorand(?:um|a)|letters?|"
        r"reports?|records?|notes?)\b(?P<rest>.*?)(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.(?:\s|$)",
        flat,
    )
    if not m:
        return []
    kind = m.group("kind").lower().rstrip("s")
    rec = Record(
        id="",
        title=m.group(0).strip(" ."),
        doc_type=_type("memorandum" if kind.startswith("memorand") else kind),
    )
    for who in re.finditer(
        r"\b(?i:" + address_pattern() + r")\s+(?P<n>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w'’-]+)", m.group("rest")
    ):
        if agent := parse_agent(who.group(0)):
            rec.authors.append(agent)
    for where in re.finditer(
        r"(?i)\b(?:consul(?:ate)?(?:-general)?|embassy|legation|mission)\s+in\s+"
        r"(?P<p>[A-ZÜÖ][\w'’-]+)",
        m.group("rest"),
    ):
        if place := make_place(where.group("p"), "sent_from"):
            rec.places.append(place)
    return [rec]
