"""Page furniture: lines a web page prints around any document (navigation, skip links, update stamps).

One table for every profile: a line that matches is the site's, never the document's. Profiles add
their own labelled chrome; this is what all sites share.
"""

from __future__ import annotations

import html
import re

from chancery.sources.page.sections import Page

# Lines that open with their words: tried on every line (a regex that starts with literals is fast)
FURNITURE = re.compile(
    r"(?i)^(?:"
    r"skip to (?:main )?content|back to top|top of page|print(?: this page)?|"
    # an edition's links among its pages: "Return to Index", "Go to Document Numbers 476-500", "Go to
    # Appendix A", "Back to the list"
    r"(?:return|back)\s+to\s+(?:the\s+)?(?:index|contents|list|table of contents|top|search results)|"
    r"go\s+to\s+(?:documents?(?:\s+numbers?)?\s+\d+\s*[-–]\s*\d+|appendix\s+\w+|index|contents|top)|"
    r"documents?\s+(?:numbers?|nos?\.)\s+\d+\s*[-–]\s*\d+|"  # the page's run of an edition's documents
    r"page\s+\d{1,4}|"  # a printed book's page break, alone on its line ("page 160")
    r"перейти к началу страницы|наверх|nach oben|haut de (?:la )?page|retour en haut(?: de (?:la )?page)?|"
    r"share(?: this)?(?: page| document)?|e-?mail this page|download(?: the)? pdf|last updated:?.*|"
    r"updated:.{0,80}|"
    r"page last updated.*|published on .*\(https?://.*\)|"
    r"auf deutsch\.?|in english\.?|en fran[çc]ais\.?|по-русски\.?|"
    r"(?:home|search)\s*(?:[>›»|]\s*\w[\w ]*){1,6}|"
    # a wiki's (MediaWiki: Wikisource, Wikipedia) lines around every page, in its languages: where the page is
    # from, the skip links, a scanned page's name and proofreading status
    # (the Marxists Internet Archive's wiki mirror names itself so: "From Marxists-en")
    r"from (?:wiki\w+|marxists-[a-z]{2})(?:, the free \w+)?|"
    r"(?:jump to (?:navigation|search|content)\s*){1,3}|"
    r"(?:view\s+)?page\s+images?|link\s+to\s+.{3,80}|"  # a digitised paper's links (Google Books)
    r"page:.{3,200}\.(?:djvu|pdf)/\d+|this page has (?:not )?been (?:proofread|validated)\.?|"
    r"cette page n['’]a pas encore été corrigée\.?|diese seite wurde noch nicht korrekturgelesen\.?|"
    # the links of any page in its languages: print, share, cite, read on, other formats
    r"(?:printable|print) version|druckfassung|druckversion|drucken|imprimer|version imprimable|"
    r"версия для печати|teilen|partager|поделиться|how to cite:?.{0,20}|cite this(?: page| document)?|"
    r"(?:purchase|buy)\s+(?:the\s+)?(?:volumes?|books?|e-?books?)\s+online|"  # an edition's shop link
    r"zitierempfehlung|как цитировать|read more\W*|weiterlesen|lire la suite|читать далее|more…? ?\|?|"
    r"pdf|epub|your session has expired\.?|(?:this document is )?also available in\W{0,3}|"
    r"(?:website )?design(?:ed)? (?:and|&) developed by .{1,60}|powered by .{1,60}|"
    r"all rights reserved\.?|alle rechte vorbehalten\.?|tous droits réservés\.?|все права защищены\.?|"
    # the page's place among pages ("Seite 1 von 2", "Текущая страница: 17 (всего у книги 39 страниц)")
    r"(?:seite|page|страница|стр\.)\s*\d+\s*(?:von|of|sur|из|/)\s*\d+|текущая страница:.{0,80}|"
    # an empty image ("![]() |"), a number of the site's ("#177108")
    r"!\[[^\]]*\]\([^)]*\)\s*\|?|#\d{3,}|"
    # a site's comments, tags, counters and copyright; when it posted the page (no date of the document's)
    r"(?:leave a|add a|\d+) comments?\W{0,3}|kommentare?|commentaires?|"
    r"(?:добавить|оставить) комментарий|"
    r"(?:метки|теги|рубрик[аи]|категори[яи]|schlagw[öo]rter|mots-clés|catégories?)\s*:.{0,200}|"
    r"(?:views|hits|aufrufe|просмотр(?:ов|ы))\s*:?\s*\d[\d\s]*|(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b).{0,80}|"
    r"(?:posted|uploaded|added|published)(?: on\s|:\s*)(?=.*\d).{0,60}|share on \w+|"
    r"(?:опубликовано|добавлено|текст добавлен|дата публикации|veröffentlicht(?: am)?|publié le|"
    r"mis en ligne le)\s*:?.{0,60}"
    r")\s*$"
)
# Lines told by what they hold, each pattern tried only when a cheap test on the line lets it
# previous and next, in the page's language ("Previous Document | ... | Next Document", "Druckfassung
# Dokumenten-Liste vorheriges Dokument  nächstes Dokument")
_PREVIOUS_NEXT = re.compile(r"(?=.*\bprevious\b)(?=.*\bnext\b)(?=.*(?:\||\bdocument\b|\bpage\b)).{0,200}")
_PREVIOUS_NEXT_OTHER = re.compile(
    r"(?=.*\b(?:vorherige[sn]?|précédente?|предыдущ\w*)\b)(?=.*\b(?:nächste[sn]?|suivante?|следующ\w*)\b).{0,200}"
)
# a breadcrumb trail ("Электронная библиотека книг » Иосиф Сталин » Том 17 » Текст книги")
_BREADCRUMB = re.compile(r"[^»›>|]{1,60}(?:\s[»›>]\s[^»›>]{1,80}){2,}")
# a row of links with the home page's ("Marx-Engels | Lenin | Stalin | Home Page")
_LINK_ROW = re.compile(
    r"(?=.*\b(?:home(?: ?page)?|startseite|accueil|главная)\b)[^|]{1,40}(?:\|[^|]{1,40}){2,}"
)
# a pager ("1 ... 17 18 19 ... 45")
_PAGER = re.compile(r"(?:\d+|…|\.\.\.)(?:\s+(?:\d+|…|\.\.\.)){3,}")
# an image's alt text ("GHDI logo"); a file's size ("File Type:pdf, Size:1020Kb", "өлшемі2.89 Mb.")
_LOGO = re.compile(r"[\w .&'-]{1,40} logo")
_SIZE = re.compile(r".{0,40}\d+(?:[.,]\d+)?\s?(?:kb|mb|кб|мб)\.?")


# The words of a row of a page's links ("Drucken | Teilen | Seitenanfang")
_LINK_WORDS = {
    "print", "share", "email", "e-mail", "pdf", "top", "back to top", "drucken", "teilen", "seitenanfang",
    "nach oben", "imprimer", "partager", "haut de page", "печать", "поделиться", "наверх", "",
}  # fmt: skip


def _holds_chrome(low: str) -> bool:
    """A line of chrome told by what it holds (``low``: the line stripped, in lower case)."""
    if "next" in low and _PREVIOUS_NEXT.fullmatch(low):
        return True
    if ("nächst" in low or "suivant" in low or "следующ" in low) and _PREVIOUS_NEXT_OTHER.fullmatch(low):
        return True
    if "метрика" in low or "mail.ru" in low or "liveinternet" in low:  # a line of web counters
        return len(low) <= 160
    if ("»" in low or "›" in low or " > " in low) and _BREADCRUMB.fullmatch(low):
        return True
    if "|" in low and (_LINK_ROW.fullmatch(low) or all(c.strip() in _LINK_WORDS for c in low.split("|"))):
        return True
    if low[0].isdigit() and _PAGER.fullmatch(low):
        return True
    if low.endswith("logo") and _LOGO.fullmatch(low):
        return True
    return low.rstrip(" .")[-2:] in ("kb", "mb", "кб", "мб") and bool(_SIZE.fullmatch(low))


def is_furniture(line: str) -> bool:
    text = line.strip().lstrip("•·").strip()  # a list's bullet ("• Текст добавлен: 7 октября 2016")
    if not text or len(text) > 200:
        return False
    return bool(FURNITURE.match(text)) or _holds_chrome(text.lower())


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


def take_text(page: Page, lines: list[str], start: int, chrome: dict[int, str]) -> Page:
    """``page`` with its text: the lines from ``start`` on that are no furniture, and the chrome above."""
    at = [k for k in range(start, len(lines)) if not is_furniture(lines[k])]
    page.body, page.body_at, page.body_start, page.chrome = [lines[k] for k in at], at, start + 1, chrome
    return page
