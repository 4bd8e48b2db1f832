"""Lines as the document has them, whatever a scan or a copy did to them.

Four families of damage, each undone by one rule:

- a paragraph broken at the scan's line ends ("Herewith Option X, approved by the DCI this" /
  "afternoon. He made only small changes to the lunch-" / "time draft..."): a line that stops
  mid-sentence (on a word in lower case, a comma or a hyphen), followed by a line that starts in lower
  case, continues on it;
- two elements of a page run together, a label glued to the word before it ("... 1936Archive: RGASPI"):
  cut before the label;
- a letter run into one paragraph ("... Paris, 13 January, 1950. Dear Miss McKenzie, To-day you ..."): cut
  after the date line's year and after the salutation;
- a whole memorandum run into one line by the OCR ("... MEMORANDUM FOR: Helene Boatner C/PES FROM Deputy
  Director for Intelligence SUBJECT DI Brochure ... 1. Sorry to have sprung..."): a long line that holds
  two or more header labels in capitals is cut before each label, each numbered paragraph, each
  "(signed)" and each "Distribution:".
"""

from __future__ import annotations

import re

from chancery.sources.page.datelines import read_dateline
from chancery.sources.page.dates import MONTH_WORDS
from chancery.sources.page.places import is_known_place

_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]$")
_STARTS_LOWER = re.compile(r"^[a-zà-öø-ÿ]")
_ENDS_OPEN = re.compile(r"(?:\b[a-zà-öø-ÿ]+|,|-)$")
_LABELS = re.compile(
    r"(?<![\w/])(?:MEMORANDUM\s+F'?OR\b:?|FROM\b:?|SUBJECT\b\s*:?|TO\b:?|VIA\b:?|REFERENCE\b:?|"
    r"THROUGH\b:?|ATTENTION\b:?)(?=\s)"
)
_CUTS = re.compile(
    r"(?<![\w/])(?=MEMORANDUM\s+F'?OR\b|FROM\s|SUBJECT\s|TO\s|VIA\s|REFERENCE\b|THROUGH\s|ATTENTION\s)"
    r"|\s(?=\d{1,2}\.\s+[A-Z])|\s(?=\(signed\))|\s(?=Distribution:)|\s(?=SUSPENSE DATE)"
)
_LONG = 200
# Rule *glued label*: a copy that ran two elements of the page together glues a label to the word before it,
# no space between ("Kaganovich to Stalin September 1, 1936Archive: RGASPI F. 558. ..."): cut before it
_GLUED_LABEL = re.compile(
    r"(?<=[\da-zà-öø-ÿа-яё.)])(?=(?:Archive|Source|Sources|Quelle|Fonte|Источник|Архив)\s?:\s)"
)


# Rule *run-on letter*: a letter the OCR ran into one paragraph, cut after its date line's year and after its
# salutation ("... Paris, 13 January, 1950. Dear Miss McKenzie, To-day you kindly ...")
_SALUTED = re.compile(
    r"(?<=\b(?:1[6-9]|20)\d\d\.)\s+(?P<s>(?:My\s+)?Dear\s[^,.]{2,40},|(?:Sir|Madam|Excellency),)\s+(?=\S)"
)


def _run_on_letter(line: str) -> list[str] | None:
    if " Dear " not in line and "Sir," not in line:
        return None
    m = _SALUTED.search(line)
    if m is None:
        return None
    return [line[: m.start()].strip(), m.group("s"), line[m.end() :].strip()]


# Rule *run-on despatch*: a parliamentary paper's item run into one paragraph by the OCR ("No. 75. The
# Secretary, General Post Office, Wellington, to the Consul for Portugal, Wellington. Sir,— General Post
# Office, Wellington, 11th April, 1908. I have the honour ... I have, &c., D. Robertson, Secretary. John
# Duncan, Esq., Consul for Portugal, Wellington."): the heading, its date line, the salutation, the text,
# the close and the signer and addressee under it
_DESPATCH = re.compile(
    r"^(?P<head>.{5,250}?\.)\s+(?P<s>(?:Sir|Madam|Gentlemen),\s?[—–-]+)\s*"
    r"(?P<date>[^.]{3,80}?\b\w{1,6}\s+\w+,?\s+1[6-9]\d\d)\.\s+(?P<text>\S.+)$"
)
_DESPATCH_CLOSE = re.compile(r"\bI\s+have[,.]?\s*(?:the\s+honou?r\s+to\s+be[^&]{0,60}?)?(?:&c|Ac)\.?[.,]*\s*")


def _run_on_despatch(line: str) -> list[str] | None:
    m = _DESPATCH.match(line)
    if m is None:
        return None
    out = [m.group("head"), m.group("date").strip() + ".", m.group("s").rstrip("—–- ")]
    text = m.group("text")
    close = _DESPATCH_CLOSE.search(text)
    if close is None:
        return [*out, text]
    out += [text[: close.start()].strip(), close.group(0).strip()]
    out += [p for p in re.split(r"(?<=[a-z]{3}\.)\s+(?=[A-Z])", text[close.end() :]) if p.strip()]
    return out


# Rule *run-on telegram*: the same papers' telegram item run into one paragraph ("No. I. The Secretary of
# State to the Governor of New Zealand. (Sent 7.15 p.m., 6th August, 1914.) Telegram. [Answered by No. 2.]
# Should your Ministers wish ... —Harcourt."): the heading, its dispatch line, its genre, the editor's
# note, the text and the signer after a dash
_TELEGRAPHED = re.compile(
    r"^(?P<head>.{5,250}?\.)\s+(?P<date>\((?:Sent|Received|Despatched|Dispatched)\s[^()]{5,80}\))\s+"
    r"(?:(?P<genre>(?:Paraphrase\s+)?(?:Telegram|Cablegram|Cable)\.)\s+)?(?:(?P<note>\[[^\]]{3,60}\])\s+)?"
    r"(?P<text>\S.+?)(?:\s*[—–]\s*(?P<sig>[A-Z][\w.'’ -]{1,40}?)\.?)?$"
)


def _run_on_telegram(line: str) -> list[str] | None:
    m = _TELEGRAPHED.match(line)
    if m is None:
        return None
    parts = [m.group("head"), m.group("date"), m.group("genre"), m.group("note"), m.group("text")]
    return [p for p in parts if p] + ([m.group("sig")] if m.group("sig") else [])


# A date line with the salutation run onto it: "Guatemala, June 1, 1861. SIR:"
_DATE_THEN_SIR = re.compile(
    r"^(?P<date>.{4,80}?\b1[6-9]\d\d\.)\s+(?P<s>(?:SIR|Sir|MADAM|Madam|GENTLEMEN|Gentlemen|EXCELLENCY|Excellency)[:,]"
    r"\s*[-—–]*)$"
)


# A place and a whole date opening a long line of text, a word before them (the genre of a paper it sends)
_DATELINE_RUN_IN = re.compile(
    rf"^(?:[A-Z][\w-]+\s+)?(?P<d>[A-Z][A-Za-z'’ .-]{{2,30}},\s+\d{{1,2}}\s+(?i:{MONTH_WORDS})\s+\d{{4}})"
    r"\.?\s+(?=[A-Z])"
)


def _known_place_date(text: str) -> bool:
    found = read_dateline(text)
    return bool(found and found.place and is_known_place(found.place) and found.date.value)


def unflatten(line: str) -> list[str]:
    """A memorandum run into one line, cut back into its lines (other lines come back as they are); a
    label glued to the word before it starts a line of its own."""
    if (sir := _DATE_THEN_SIR.match(line)) is not None:
        return [sir.group("date"), sir.group("s")]
    if len(line) >= 80 and (run_in := _DATELINE_RUN_IN.match(line)) and _known_place_date(run_in.group("d")):
        # "Aide-Memoire NEW DELHI, 27 January 1949 I have the honour to send you ...": the date line, then
        # the text a copy ran into it
        return [run_in.group("d"), *unflatten(line[run_in.end() :])]
    if ":" in line and (glued := _GLUED_LABEL.search(line)):
        return [*unflatten(line[: glued.start()]), *unflatten(line[glued.start() :])]
    if len(line) >= _LONG and (
        letter := _run_on_letter(line) or _run_on_despatch(line) or _run_on_telegram(line)
    ):
        return letter
    if len(line) < _LONG or len({m.group(0).split()[0] for m in _LABELS.finditer(line)}) < 2:
        return [line]
    return [piece.strip() for piece in _CUTS.split(line) if piece and piece.strip()]


def rejoin(lines: list[str]) -> list[str]:
    """Paragraphs broken at a scan's line ends, joined again (``lines`` non-blank and stripped)."""
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = out[-1] + line if out[-1].endswith("-") else f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    """Mid-sentence: the line ends on a word in lower case, a comma or a hyphen, the next starts lower."""
    return (
        len(previous) >= 25
        and bool(_ENDS_OPEN.search(previous))
        and not _ENDS_SENTENCE.search(previous)
        and bool(_STARTS_LOWER.match(line))
    )


def reflow(lines: list[str]) -> list[str]:
    """``lines`` (non-blank, stripped) with run-together memoranda cut and broken paragraphs joined."""
    return rejoin([piece for line in lines for piece in unflatten(line)])
