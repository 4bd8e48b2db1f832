"""Document types: what a page title says its document is.

:data:`DOC_TYPES` is a table of (pattern, type) tried in order on the lower-cased title; an excerpt,
draft or copy ("Excerpt from a Report by ...") has the type of the document it is part of.
"""

from __future__ import annotations

import re

PART_OF = re.compile(
    r"(?i)^(?:an?\s+)?(?:excerpts?|extracts?|fragments?|draft|copy|translation|text)\s+(?:from|of)\s+(?:an?\s+|the\s+)?"
    r"(?=(?:[\w’'.-]+\s+){0,2}?(?:telegram|cable|letter|despatch|dispatch|memorandum|report|note|message|"
    r"ciphergram|speech|diary|"
    r"journal|minutes|protocol|transcript)\b)"
)


# The nouns and verbs of people meeting, as titles name them: "Conversation between ...", "Record of the
# Fifth Contact between ...", "Reception of X by Y"; "Comrade Zhou Enlai, Comrade Peng Zhen Receive X".
_MEETINGS = (
    "conversation", "talk", "meeting", "discussion", "contact", "reception", "interview", "audience",
    "consultation",
)  # fmt: skip
MEETING_NOUNS = "(?:" + "|".join(f"{noun}s?" for noun in _MEETINGS) + ")"
MEETING_VERBS = (
    r"(?:receives?|received|meets?(?:\s+with)?|met(?:\s+with)?|(?:holds?|held)\s+talks\s+with|talks?\s+with|"
    r"confer(?:s|red)?\s+with)"
)

# The words a title sets before its genre's noun: "Official Note from ...", "Oral Message of ...", "Ciphered
# Telegram No. 5".
GENRE_QUALIFIERS = (
    r"(?:ciphered|deciphered|cipher|code|coded|decoded|encrypted|secret|top secret|strictly secret|"
    r"confidential|urgent|incoming|outgoing|open|"
    r"personal|private|official|draft|navy|circular|oral|verbal|written|joint|special|supplementary|"
    r"additional|further|brief|short|final|preliminary|backchannel|back-channel|"
    r"annual|quarterly|monthly|weekly|daily|interim|progress|status|situation|summary|detailed|"
    r"political|economic|military|intelligence|information|informational|informative|explanatory|analytical|"
    r"background|introductory|operational|periodic|consolidated|comprehensive|longhand|handwritten|"
    r"untitled|unsigned|undated|anonymous)"  # the editor's words for what the paper lacks
)

# The gerunds of people in talk, after their names: "A and B discussing the Laos Issue".
DISCUSSING = r"(?:discussing|talking\s+(?:about|over|with|on)|conversing|conferring|exchanging\s+views)"

# Up to seven words of an issuing body before its act ("USSR Council of Ministers Decree"), not a subject.
_ISSUER = r"(?:(?!(?:on|about|concerning|regarding|the|to|for|with|in)\b)[\w()'-]+ ){0,7}"

# A deliberative body's name alone, heading the notes of its sitting: "The Cabinet.", "Politburo" (a heading
# of the text, not a title: in a title the body is who decided, "Politburo Decision to ...")
BODY_HEADING = r"^(?:the\s+)?(?:war\s+)?(?:cabinet|politburo|presidium)\.?$"

# (pattern, doc_type): the first that matches the title decides its type.
DOC_TYPES: tuple[tuple[str, str], ...] = (
    # Russian genre words, the first word of a title (or after "Из", "from"): the same families
    (r"^(?:из\s+)?(?:запис[ьи]\s+бесед[ыу]|беседа|запись\s+разговора)", "record_of_conversation"),
    (r"^(?:из\s+)?(?:выписка\s+из\s+протокола|постановлени[ея]|решени[ея])", "resolution"),
    (r"^(?:из\s+)?(?:протокол[а]?|стенограмм[аы])", "minutes"),
    (r"^(?:из\s+)?(?:шифротелеграмм[аы]|телеграмм[аы]|шифровк[аи])", "telegram"),
    (
        r"^(?:из\s+)?(?:докладн(?:ая|ой)\s+записк[аи]|справк[аи]|донесени[ея]|сообщени[ея]|информаци[яи])",
        "report",
    ),
    (r"^(?:из\s+)?(?:доклад[а]?|выступлени[ея]|речь|речи)", "speech"),
    (r"^(?:из\s+)?(?:записк[аи]|нот[аы])", "note"),
    (r"^(?:из\s+)?(?:письм[оа]|обращени[ея])", "letter"),
    (r"^(?:из\s+)?(?:приказ[а]?|указ[а]?|распоряжени[ея]|директив[аы])", "decree"),
    (r"^(?:из\s+)?(?:дневник[а]?)", "diary"),
    # German and French genre words, the first word of a heading ("Schreiben an ...", "Brief Eisenhowers an
    # Adenauer", "58. Kabinettssitzung", "Procès-verbal de la séance du ...", "Télégramme"); a compound
    # names its genre last ("Handschreiben", "Kabinettssitzung")
    (
        r"^(?:(?:aufzeichnung|vermerk|niederschrift|compte[- ]rendu|note)\s+"
        r"(?:über|d[eu]s?|de\s+l['’]|d['’])\s*(?:(?:ein|eine|die|das|den|une?|la|le|l['’])\s*)?(?:\w+\s+)?"
        r"(?:gespräch|unterredung|unterhaltung|besprechung|entretien|conversation|audience)|"
        r"^(?:gespräch|unterredung|entretien)\s+(?:zwischen|mit|des|der|entre|avec|du|de)\b)",
        "record_of_conversation",
    ),
    (
        r"^(?:extrait du |auszug aus dem )?(?:proc[èe]s[- ]verbal|\w*sitzung|\w*protokoll|niederschrift)\b",
        "minutes",
    ),
    (r"^(?:\w+ )?(?:fernschreiben|telegramm|t[ée]l[ée]gramme|drahtbericht|funkspruch)\b", "telegram"),
    # the abbreviation a British edition heads a telegram with: "Tel. (No. 468.)", "Tel. (No. 55.) Urgent."
    (r"^tel\.\s*(?:\(no\.|no\.|$)", "telegram"),
    # the edition's word over a message sent by cipher: "In code" (Lenin's Collected Works), "En clair"
    (r"^(?:sent\s+)?in\s+(?:code|cipher)\.?$", "telegram"),
    (r"^\w*schreiben\b|^brief\s+(?:[\w.-]+\s+){0,3}?(?:an|von)\b|^(?:\w+ )?lettre\b", "letter"),
    (r"^\w*gesprächs(?:aufzeichnung|notiz|vermerk|protokoll)\b", "record_of_conversation"),
    (r"^(?:aufzeichnung|vermerk|denkschrift|mémorandum)\b", "memorandum"),
    (r"^(?:verbalnote|note verbale)\b", "note"),
    (r"^(?:\w+ )?(?:bericht|rapport)\b|^\w*bericht\b", "report"),
    (r"^(?:rede|discours|allocution)\b", "speech"),
    (r"^(?:tagebuch|journal de)\b", "diary"),
    (r"^(?:\w*erlass|weisung|befehl|verordnung|décret|arrêté|ordonnance)\b", "decree"),
    (r"^(?:из\s+)?(?:меморандум[а]?|памятн(?:ая|ой)\s+записк[аи])", "memorandum"),
    (r"^(?:из\s+)?(?:личное\s+)?послани[ея]", "letter"),
    # Japanese names the genre last ("...に関する交換公文", an exchange of notes; "...書簡", a letter)
    (r"(?:交換公文|口上書)$", "note"),
    (r"書簡$", "letter"),
    (r"(?:会談録|会談記録|会談要旨)$", "record_of_conversation"),
    (r"(?:電報|電信)$", "telegram"),
    # ("Minutes of Conversation between ..." is a record of conversation, as "Memorandum of Conversation" is:
    # the talk it keeps, not a body's sitting; see below)
    # a body's sitting, recorded as its discussion: "Memorandum of Discussion at the 195th Meeting of the
    # National Security Council" (minutes, as "CONCLUSIONS of a Meeting of the Cabinet" are)
    (
        r"^(?:\w+ )?(?:memorandum|record|notes?|summary) of (?:the )?discussions? at (?:the |a )?(?:\w+ )?"
        r"(?:meeting|session|sitting) of\b",
        "minutes",
    ),
    # a note on a talk is a note, as the embassies file it: "Note on a Conversation with the First Secretary
    # ...", "Note from the Polish Embassy in Pyongyang on a Conversation with ..." ("Notes of a
    # Conversation between A and B" are its record)
    (
        r"^(?:\w+ )?note\b(?! of)[^,;]{0,80}?\b(?:on|about|regarding|concerning) (?:the |a |an )?"
        r"(?:conversations?|talks?)\b(?! of\b)",  # "on a Conversation of A with B": a record
        "note",
    ),
    (
        r"\b(?:record(?:ing)?|memorandum|minutes|notes?|summary|transcript|memo|protocol) "
        r"(?:of|on|from|about) "
        r"(?:the |a |an )?[\"“‘']?(?:\w+ )?(?:conversations?|talks?|(?:meetings?|contacts?) between|"
        r"discussions?|receptions?)\b",
        "record_of_conversation",
    ),
    # the talk's noun before the record's, as translations from Chinese set it: "Conversation Record of
    # Premier Zhou Enlai's Meeting with ...", "Talks Minutes of ..."
    (
        r"^(?:\w+ )?(?:conversation|talks?) (?:record|minutes|memorandum|notes)\b",
        "record_of_conversation",
    ),
    # "Conversation between ...", "Fifth Official Meeting Between the Delegation of ... and ..."
    (rf"^(?:the )?(?:\w+ ){{0,2}}{MEETING_NOUNS} (?:between|with)\b", "record_of_conversation"),
    # the writer named before what he records: "Memorandum by Joseph P. Walshe of meeting with Sir John
    # Maffey"
    (
        r"^(?:record|memorandum|note|minute)s? by [^,;]{3,60}? (?:of|on) (?:an? |the |his |her )?"
        r"(?:meeting|conversation|interview|talk)s? with\b",
        "record_of_conversation",
    ),
    (r"^(?:[\w’'.]+ ){0,3}?receptions? (?:of|for)\b", "record_of_conversation"),
    (rf"^(?:\w+ )?{MEETING_NOUNS} of [^,]+ with\b", "record_of_conversation"),
    (
        r"^(?:\w+ )?(?:record|memorandum|minutes|notes?|transcript|summary) (?:of|from|on) (?:the |a )?"
        r"(?:meeting|talk|discussion)s? (?:of|between) [^,]+ with\b",
        "record_of_conversation",
    ),
    (r"\bconversations? (?:between|with)\b", "record_of_conversation"),
    # "Note by the ... Embassy in Hanoi on a Conversation of Comrade Jarck with the Attache ...", and the
    # embassy's note of its man "with" another: "Note of Comrade Bergold, East German Ambassador, with the
    # Polish Ambassador in North Vietnam, Comrade Siedliecky"
    (r"\bconversations? of [^,;]{3,60}? with\b", "record_of_conversation"),
    (
        r"^(?:\w+ )?notes? of (?:comrade|cde\.?|mr\.?|ambassador)\s[^;]{0,120}?\bwith\b",
        "record_of_conversation",
    ),
    (
        r"^(?:[\w-]+ ){0,2}conversations? of\b",
        "record_of_conversation",
    ),  # "Conversation of Cde. A and Cde. B"
    # "Memorandum of a Conference With the President": a talk with him, not a conference of bodies
    (
        r"^(?:\w+ )?(?:memorandum|record|notes?|minutes) of (?:a |the )?conference with\b",
        "record_of_conversation",
    ),
    # people named, then what they talk over: "Transcript of Vice Premier Chen Yi and Ambassador Chervonenko
    # discussing the Laos Issue"
    (
        rf"^(?:\w+ )?(?:record|memorandum|minutes|notes?|transcript|summary) of "
        rf"[^;]{{3,120}}? and [^;]{{3,60}}? {DISCUSSING}\b",
        "record_of_conversation",
    ),
    (r"\bmemcon\b", "record_of_conversation"),
    (r"\b(?:excerpts?|extracts?) .*\bfrom (?:the )?(?:minutes|protocol)\b", "resolution"),
    (
        rf"^(?:{GENRE_QUALIFIERS} )*"
        r"(?:telegram|ciphergram|cryptogram|szyfrogram|telex|radiogram|airgram|telephonogram|phonogram|"
        r"(?:teletype|teleprinter|telex|telephone) message|cipher\s+(?:no\.?|nr\.?|#|n[º°])\s*\d+)\b",
        "telegram",
    ),
    (rf"^{_ISSUER}(?:cable|cablegram|savingram)\b", "cable"),  # "Secret North Vietnam Politburo Cable"
    (rf"^(?:{GENRE_QUALIFIERS} )*(?:letter|message|appeal|petition)\b", "letter"),
    # a despatch: a head of mission's or a governor's formal letter ("Despatch from Lord John Russell to ...")
    (rf"^(?:{GENRE_QUALIFIERS} )*(?:despatch|dispatch)\s+(?:no\.?\s*\d+\s+)?(?:from|to|of)\b", "letter"),
    # a head of government's personal message named by its markings: "Personal and Secret from Premier ..."
    (r"^(?:personal|private) and (?:top )?secret (?:message )?from\b", "letter"),
    (r"^(?:top )?secret and (?:personal|private) (?:message )?from\b", "letter"),
    (r"^(?:\w+ )?(?:memorandum|memo|aide[- ]m[ée]moire)\b", "memorandum"),
    # a body's record of what it decided: "War Cabinet Minute 4452", "Defence Committee Minute"
    (r"^(?:[\w-]+ ){0,3}(?:cabinet|committee|council|board) minutes?\b", "minutes"),
    (r"^(?:\w+ )?protocol (?:to|on|of the agreement|of the treaty)\b", "other"),  # a treaty's protocol
    (r"^(?:\w+ )?minutes\b|^protocol\b|^conclusions of (?:a|the) meeting\b", "minutes"),
    (
        r"^(?:\w+ )?(?:transcript|stenographic record|verbatim record|stenogram|record|notes?|summary)s? "
        # what the record keeps of the sitting: "Record of Decisions of the Twenty-Ninth Meeting of ..."
        r"(?:of (?:the )?(?:decisions|conclusions|proceedings|discussions?) )?"
        r"(?:of|from|at) (?:the |an? )?"
        r"(?:[\w()-]+ ){0,3}(?:meeting|session|sitting|plenum|conference)s?\b",
        "minutes",
    ),
    # a body's sitting named as such: "Meeting of the Politburo of the CC CPSU", "Session of the CPSU CC
    # Politburo, 30 April 1981"
    (
        r"^(?:\w+ )?(?:meeting|session|sitting|plenum|plenary session)s? of (?:the )?(?:[\w()-]+ ){0,4}"
        r"(?:politburo|presidium|committee|council|cabinet|secretariat|plenum|bureau|board|commission|"
        r"government|assembly|congress)\b",
        "minutes",
    ),
    (r"^(?:[\w-]+ ){0,2}report\b|^(?:\w+ )?information\b", "report"),
    # an information bulletin, and a party's communication to another's leadership ("Soviet Communication to
    # the Hungarian Leadership on ..."): what one side informs the other of
    (r"^(?:[\w-]+ ){0,2}(?:bulletin|communication)\b", "report"),
    (
        r"^(?:[\w-]+ ){0,3}(?:estimate|assessment|evaluation|appraisal|analysis|survey|overview|study|"
        r"summation)\b",
        "report",
    ),
    (rf"^{_ISSUER}(?:resolution|decision)\b", "resolution"),
    (rf"^{_ISSUER}(?:decree|order|directive|ukaz|instructions?)\b", "decree"),
    (r"^(?:\w+ )?note\b|^notes\b|^note verbale\b", "note"),
    (r"^(?:\w+ )?(?:diary|journal)\b", "diary"),
    (r"^(?:\w+ )?(?:speech|address|remarks)\b", "speech"),
    (rf"^[^.;:]{{3,120}}?\s{MEETING_VERBS}\s", "record_of_conversation"),  # "A, B Receive X; Y"
    (r"\b(?:telegram|cryptogram)\b", "telegram"),  # "cryptogram": the Polish szyfrogram, translated
    (r"\bletter\b", "letter"),
)


# The instruments states conclude: a heading naming one ("German-Soviet Boundary and Friendship Treaty",
# "Confidential Protocol", "Déclaration commune de l'URSS et du Japon", "Договор о ненападении") heads a
# treaty, of no genre of correspondence ("other").
INSTRUMENTS = re.compile(
    r"(?i)\b(?:treaty|agreement|pact|convention|protocol|accord|charter|armistice|concordat|modus vivendi|"
    r"joint declaration|traité|protocole|déclaration commune|vertrag|abkommen|übereinkommen|договор|"
    r"соглашение|конвенция|пакт)\b"
)


# A paper named by its writer's possessive ("Tsedenbal's diary on his conversation with ...", "Mao's Letter
# to Stalin"): the possessed noun is the genre, whatever the rest names.
POSSESSED = re.compile(
    r"^(?:[\w.’'-]+\s+){0,3}?[\w.-]+['’]s\s+(?:\w+\s+)?(?=(?:diary|journal|letter|telegram|cable|report|"
    r"memorandum|note|speech|message|instructions?|directive|notes)\b)",
    re.I,
)


# An edition's number or a sitting's ordinal before the genre word ("58. Kabinettssitzung", "I. Нота")
_ORDINAL = re.compile(r"^(?:\d{1,4}|[ivx]{1,5})\.\s+(?=\w)", re.I)


# The heading of an extract of a body's decisions, inside the text: "Extract from Protocol No. 142 of the
# meeting of the CC Presidium", "[cut off] from Protocol No. 78", "Excerpt from Minutes Nº 80"
DECISION_EXTRACT = re.compile(
    r"(?i)^\s*(?:\[[^\]]*\]\s*|(?:an?\s+)?(?:excerpts?|extracts?)\s+)from\s+(?:the\s+)?(?:protocol|minutes)\s+"
    r"(?:No\.?|N[º°o]|№|#)\s*[A-Z]?\d"
)
_TABLE = tuple((re.compile(rx), kind) for rx, kind in DOC_TYPES)  # compiled once

# The codes a catalogue files its records under, where they are not genre words: the CIA reading room's
# "Content Type: MFR" (memorandum for the record) and "MF" (its memoranda), "MIN" (minutes).
CATALOGUE_CODES = {"mf": "memorandum", "mfr": "memorandum", "min": "minutes"}


def catalogue_genre(code: str | None) -> str | None:
    """The type a catalogue's content-type code gives ("MFR", "MEMO", "REPORT"), or None."""
    if not code:
        return None
    low = code.strip().lower()
    kind = CATALOGUE_CODES.get(low) or doc_type_of(low)
    return kind if kind != "other" else None


# A message sent as several, numbered each: "Cablegrams 87, 284", "Telegrams Nos. 12 and 13": one of its genre
_NUMBERED_PLURAL = re.compile(
    r"(?i)^(?P<genre>cablegram|telegram|cable|savingram|airgram|radiogram|despatch|dispatch|memorand)"
    r"(?:s|es|a)(?=\s+(?:nos?\.?\s*)?\d+(?:\s*(?:,|and|&)\s*\d+)+\b)"
)


# A paper that carries another: its genre first, what it carries after ("Containing", "Enclosing")
_CARRIES = re.compile(r"(?i)^(?P<head>.{6,200}?)\s+(?:containing|enclosing|transmitting|forwarding)\s")


def _singular(m: re.Match[str]) -> str:
    return m.group("genre") + "um" * (m.group("genre").lower() == "memorand")


_QUOTES = "'\"‘’“”"


_REPORTS_ON = re.compile(
    r"^(?:[A-Z][^,;:]{1,60}?\s)?(?:Reports|reports)\s+(?:to\s+[A-Z][\w ]{1,40}?\s+)?(?:on|that|about)\s"
)


def doc_type_of(title: str) -> str:
    """The type the title names; "Excerpt from a Report ..." is a report."""
    title = _NUMBERED_PLURAL.sub(_singular, title)
    if (carrier := _CARRIES.match(title)) and (kind := doc_type_of(carrier.group("head"))) != "other":
        return kind  # "Message from Bagirov to Stalin Containing a Record of a Conversation": a message
    low = _ORDINAL.sub("", title.lower().strip())
    part = PART_OF.sub("", title).lower().strip()
    if m := POSSESSED.match(part):  # the possessed noun alone, without what it is on or to
        return doc_type_of(
            re.split(r"\s+(?:on|about|to|from|with|of|regarding|concerning)\s|,", part[m.end() :])[0]
        )
    for rx, kind in _TABLE:
        if rx.search(low) or part != low and rx.search(part):
            return kind
    # an issuer of two or three words in capitals before the genre's noun: "Foreign Office Memorandum", "State
    # Department Memorandum on ..." (one word before it the table reads: "Ministry Memorandum")
    words = title.split()
    for k in (2, 3):
        if (
            len(words) > k
            and all(w[:1].isupper() for w in words[:k])
            and doc_type_of(words[k]) != "other"
            and (kind := doc_type_of(" ".join(words[k:]))) != "other"
        ):
            return kind
    # a writer who "Reports on" something: an archive's title for his report ("P. Shelest Reports on a
    # Meeting Between ...", "Ambassador Kim Reports to Pyongyang on ...")
    if _REPORTS_ON.match(title):
        return "report"
    for sentence in re.split(r"\.\s+(?=\w)", low)[1:3]:  # "Об эвакуации ... . Из доклада секретаря ..."
        for rx, kind in _TABLE[:10]:
            if rx.search(sentence):
                return kind
    issuer, sep, rest = low.partition(", ")
    quoted = rest[:1] in _QUOTES  # the archive's form "Issuer, 'Title'": the issuer may be long
    if sep and (quoted or len(issuer.split()) <= 8) and (kind := doc_type_of(rest.strip(_QUOTES))) != "other":
        return kind  # "Central Intelligence Agency, Intelligence Report, '...'": the issuer comes first
    if sep and re.fullmatch(r"(?:\w+ )?(?:transcript|minutes|record|notes?|summary|stenogram)", issuer):
        return doc_type_of(
            f"{issuer} of {rest}"
        )  # "Transcript, Meeting of A and B, Crimea, ...": "of" left out
    return "other"
