"""Page sections: what a layout profile makes of a page (``layouts``), and helpers on lines.

Every profile gives the same :class:`Page`, so the document reader never knows which site a page
came from; ``next_filled`` and ``paragraphs`` are the line helpers the profiles share.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    """The parts of one page, as lines of text (blank lines kept in ``body`` as "").

    A layout profile (``layouts``) fills it: the site's metadata in the fields, the document's own text
    in ``body``. A field the site does not give stays empty and the document reader looks for it in
    the text (a plain transcription gives nothing but ``body``).
    """

    date_line: str
    title: str
    body: list[str] = field(default_factory=list)
    summary: str | None = None
    info: str | None = None  # the Document Information line(s): citation and credits
    classification: str | None = None  # the "Original Classification" field
    classification_code: str | None = None  # a site's code for it ("T"), when the text has no marking
    funder: str | None = None
    listed_authors: list[str] = field(default_factory=list)  # the "Author(s):" field, one a line
    body_start: int = 0  # 1-based line number of the first body line
    layout: str = "plain-document"  # the profile that read the page
    citation: str | None = None  # a citation the site gives apart from credits (a source note, a bracket)
    archive: str | None = None  # the archive the site itself is (CIA CREST)
    notes: list[str] = field(
        default_factory=list
    )  # sentences about the document: markings, drafting, routing
    doc_type: str | None = None  # a genre the site states beside the title ("393.1115/7–1249: Telegram")
    # the kind a catalogue files the record under ("Content Type: MFR"): the weakest evidence of genre,
    # read only when the document's own text names none
    catalogue_genre: str | None = None
    title_is_heading: bool = False  # the title is the document's own heading (FRUS, DFAT), not a site's
    signatures: list[str] = field(default_factory=list)  # signers an archivist's description names
    place: str | None = None  # where the document was written or the meeting held, as the site gives it
    sent_to: str | None = (
        None  # where the letter went, as the edition says ("Marx To Engels" / "In Manchester")
    )
    sent_from: str | None = None  # where it was sent from, as the edition notes it ("Sent from Paris.")
    lines: list[str] = field(default_factory=list)  # every line of the page, for --explain
    chrome: dict[int, str] = field(default_factory=dict)  # page line index -> what the site uses it for
    body_at: list[int] = field(default_factory=list)  # page line index of each body line

    @property
    def body_text(self) -> str:
        return "\n".join(self.body).strip("\n")

    def body_lines(self) -> list[str]:
        """Non-blank body lines, stripped."""
        return [line.strip() for line in self.body if line.strip()]


class NotAPage(ValueError):
    """The text lacks the parts every page has."""


def next_filled(lines: list[str], start: int) -> int:
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out
