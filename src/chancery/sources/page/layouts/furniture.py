"""Page furniture: lines a web page prints around any document (navigation, skip links, update stamps).

One table for every profile: a line that matches is the site's, never the document's. Profiles add
their own labelled chrome; this is what all sites share.
"""

from __future__ import annotations

import html
import re

FURNITURE = re.compile(
    r"(?i)^(?:"
    r"skip to (?:main )?content|back to top|top of page|print(?: this page)?|"
    r"перейти к началу страницы|наверх|nach oben|haut de (?:la )?page|retour en haut(?: de (?:la )?page)?|"
    # a line of web counters ("3W.SU ©® 2015 Яндекс.Метрика Рейтинг@Mail.ru")
    r".{0,80}(?:яндекс\.метрика|рейтинг@mail\.ru|liveinternet).{0,80}|"
    r"share(?: this)?(?: page| document)?|e-?mail this page|download(?: the)? pdf|last updated:?.*|"
    r"page last updated.*|published on .*\(https?://.*\)|"
    r"auf deutsch\.?|in english\.?|en fran[çc]ais\.?|по-русски\.?|"
    r"(?=.*\bprevious\b)(?=.*\bnext\b)(?=.*(?:\||\bdocument\b|\bpage\b)).{0,200}|"
    r"(?:home|search)\s*(?:[>›»|]\s*\w[\w ]*){1,6}|"
    # a wiki's (MediaWiki: Wikisource, Wikipedia) lines around every page, in its languages: where the page is
    # from, the skip links, a scanned page's name and proofreading status
    r"from wiki\w+(?:, the free \w+)?|(?:jump to (?:navigation|search|content)\s*){1,3}|"
    r"page:.{3,200}\.(?:djvu|pdf)/\d+|this page has (?:not )?been (?:proofread|validated)\.?|"
    r"cette page n['’]a pas encore été corrigée\.?|diese seite wurde noch nicht korrekturgelesen\.?"
    r")\s*$"
)


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.match(line.strip()))


_TAG = re.compile(r"<[^<>]*>")


def is_markup(lines: list[str]) -> bool:
    """Rule *markup*: a page copied as its XML or HTML export ("<?xml ...?>", "<item ...>") wraps the text in
    the site's markup; the first filled line says so."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return first.startswith("<?xml") or bool(re.match(r"<[A-Za-z!][^<>]*>", first))


def unmarked(line: str) -> str | None:
    """A line of a markup page without its tags and entities ("<text>Please return ..." -> "Please return
    ..."); None for a line of markup alone ("<elementSet elementSetId="31">", "<name>PDF Text</name>": an
    element that holds nothing but a field of the site)."""
    if "<" not in line:
        return html.unescape(line) if "&" in line else line
    bare = _TAG.sub("", line).strip()
    if not bare or re.fullmatch(r"\s*<(\w+)[^<>]*>[^<>]*</\1>\s*", line):
        return None
    return html.unescape(_TAG.sub("", line))
