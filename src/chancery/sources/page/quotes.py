"""Rule *words for quotation marks*: a telegram could not print quotation marks, so it spells them.

"Begin text", "Begin verbatim text", "Verbatim text.", "Text follows:", "QUOTE" open the text it passes on;
"End text", "End verbatim text", "UNQUOTE", "End quote" close it. Written where the marks would stand (an
opening word at the head of a line, a closing word at its end, or each alone on a line), they are the marks:
:func:`as_marks` writes them as “ and ”, so that every rule for a text quoted whole (its own signature,
salutation and date; the telegram's signer after it) reads the telegram's form too.
"""

from __future__ import annotations

import re

from chancery.sources.page.header import is_prose

# the opening words, at the head of a line ("QUOTE February 28, 1962", "Verbatim text. I have talked ...")
_BEGIN = re.compile(
    r"^(?P<indent>\s*)(?:(?i:(?:begin|start)\s+(?:verbatim\s+)?(?:text|quote)|verbatim\s+text|text\s+follows)"
    r"|QUOTE|(?i:quote)(?=\s*[.:]))\s*[.:]?(?:\s+|$)"
)
# the closing words, at the end of a line ("... until further instructions. End verbatim text.")
_END = re.compile(
    r"(?:^|(?<=\s))(?:(?i:end\s+(?:verbatim\s+)?(?:text|quote))|UNQUOTE|(?i:unquote))\s*[.:]?\s*$"
)


OPENS = ('"', "“", "«", "„")
CLOSES = re.compile(r"[”\"»“]\s*\.?$")


def quoted_lines(lines: list[str], *, to_the_end: bool = False) -> set[int]:
    """The lines of texts quoted whole: from a line that opens a quotation to the line that closes it
    ("To Comrade FILIPPOV. ... MAO ZEDONG / 13.6.51\""); ``to_the_end``: a quotation never closed runs to
    the last line (a copy cut inside the text it passes on)."""
    out: set[int] = set()
    opened: int | None = None
    for k, line in enumerate(lines):
        text = line.strip()
        if opened is None and text.startswith(OPENS) and not (len(text) > 1 and CLOSES.search(text)):
            opened = k
        elif opened is not None and CLOSES.search(text):
            out |= set(range(opened, k + 1))
            opened = None
    if opened is not None and to_the_end:
        out |= set(range(opened, len(lines)))
    return out


def passed_on(lines: list[str]) -> set[int]:
    """The lines of a text the document passes on, quoted whole after the sentence that announces it
    ("There follows text of President's letter to Prime Minister: / “Dear Mr. Prime Minister: ..."): its
    salutation, close and signature are its own, not the document's. The line above the quotation is
    that sentence; a page quoted whole from its heading passes nothing on."""
    inside = quoted_lines(lines, to_the_end=True)
    start = min(inside, default=0)
    announced = start and (is_prose(lines[start - 1]) or _ANNOUNCING.search(lines[start - 1]))
    if not announced or len(lines[start].strip(" " + "".join(OPENS))) < 3:
        return set()
    return inside


# a sentence that ends announcing what follows: "... text of President's letter to Prime Minister for
# delivery soonest:"
_ANNOUNCING = re.compile(r"\w+(?:\s+\S+){5,}:$")


def as_marks(body: list[str]) -> list[str]:
    """``body`` (lines, blank ones kept) with the words for quotation marks written as the marks; a word
    alone on its line leaves the line blank and puts its mark on the nearest filled line. The number of
    lines stays."""
    out = list(body)
    pending = False  # an opening word stood alone: the next filled line opens the quotation
    for k, line in enumerate(out):
        if not line.strip():
            continue
        if begin := _BEGIN.match(line):
            rest = line[begin.end() :]
            if not rest.strip():
                out[k], pending = "", True
                continue
            line = f"{begin.group('indent')}“{rest}"
        elif pending:
            line = f"“{line.lstrip()}"
        pending = False
        if end := _END.search(line):
            rest = line[: end.start()].rstrip()
            if rest.strip(" “"):
                line = f"{rest}”"
            else:  # the closing word alone: the last filled line closes the quotation
                line = ""
                before = next((j for j in range(k - 1, -1, -1) if out[j].strip()), None)
                if before is not None and not CLOSES.search(out[before]):
                    out[before] = out[before].rstrip() + "”"
        out[k] = line
    return out
