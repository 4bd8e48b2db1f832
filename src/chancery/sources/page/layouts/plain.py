"""A plain document: a transcription with no site around it, and the reading of any page no profile
recognises. The whole text is the document, but for the furniture every web page shares."""

from __future__ import annotations

from chancery.sources.page.layouts.furniture import is_furniture, is_markup, unmarked
from chancery.sources.page.sections import NotAPage, Page


class PlainDocument:
    name = "plain-document"

    def recognise(self, lines: list[str]) -> int:
        return 0

    def split(self, lines: list[str]) -> Page:
        return document_page(lines)


LAYOUT = PlainDocument()


def document_page(lines: list[str], start: int = 0, end: int | None = None) -> Page:
    """``lines[start:end]`` as the document's text, furniture set apart; the date and title are left for
    the document reader to find."""
    end = len(lines) if end is None else end
    chrome = {k: "site: furniture" for k in range(start, end) if is_furniture(lines[k])}
    text = {k: lines[k] for k in range(start, end)}
    if is_markup(lines[start:end]):  # an XML or HTML export: the markup is the site's, the text the page's
        for k in range(start, end):
            bare = unmarked(lines[k])
            if bare is None:
                chrome.setdefault(k, "site: markup")
            else:
                text[k] = bare
    at = [k for k in range(start, end) if k not in chrome]
    if not any(text[k].strip() for k in at):
        raise NotAPage("no text")
    while at and not text[at[0]].strip():
        at.pop(0)
    page = Page(date_line="", title="", body=[text[k] for k in at], chrome=chrome, body_at=at)
    page.body_start = at[0] + 1
    return page
