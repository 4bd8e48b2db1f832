"""Document entries of Russian archival portals (rusarchives.ru, docs.historyrussia.org, the RGASPI
and GARF collections): the archivists' description of a document, in Russian.

```
<Заголовок: жанр, автор, адресат, «предмет»>. 8 октября 1941 г.[ Подлинник. Машинописный текст.
Подписи – автографы А.И. Микояна, И.В. Сталина, факсимиле Г.М. Маленкова.]
[... // ]РГАСПИ. Ф. 17. Оп. 163. Д. 1323. Л. 57[. Заверенная копия.]
<the document's text, when the portal gives it>
```

The heading up to its date is the title, the date the date line; the archival reference (after "//"
or on a line of its own) the citation; the description's sentences (original or copy, typed or
handwritten, whose signatures) are notes about the document, and its signers are read from them.
"""

from __future__ import annotations

import re

from chancery.sources.page.dates import find_dates
from chancery.sources.page.layouts.furniture import is_furniture
from chancery.sources.page.sections import NotAPage, Page

_REFERENCE = re.compile(
    r"(?P<ref>(?:[А-ЯЁ]{2,8}(?:\s[А-ЯЁ]{2})?|[А-ЯЁ][а-яё]+\s+[а-яё]+\s+архив[^,.]*)[.,]\s*[Фф](?:онд)?\.?\s*[\wР-]+"
    r"[.,]\s*[Оо]п(?:ись)?\.?\s*\S+?[.,]\s*[Дд](?:ело)?\.?\s*\S+?(?:[.,]\s*[Лл]{1,2}\.?\s*[\d\s,–об.-]+\d)?)"
    r"(?=[.,]?\s|[.,]?$)"
)
_DESCRIPTION = re.compile(
    r"^(?:Подлинник|Копия|Заверенная копия|Машинописн(?:ый|ая) (?:текст|копия)|Рукописн(?:ый|ая)\s+\w+|"
    r"Автограф|Подпис[ьи]|Опубл(?:иковано|\.)|Публикуется|Черновик|Отпуск)\b"
)
_DATE_END = re.compile(r"[.,]?\s*(?P<date>\d{1,2}\s+[а-яё]+\s+\d{4}\s*г(?:ода|\.)?)\s*\.?")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


class RussianPortal:
    name = "russian-archival-portal"

    def recognise(self, lines: list[str]) -> int:
        text = "\n".join(lines[:40])
        if not _CYRILLIC.search(text):
            return 0  # every mark below is written in Cyrillic
        score = 3 if _REFERENCE.search(text) else 0
        score += 1 if re.search(r"(?m)\b(?:Подлинник|Копия|Подписи?\s+[–-])", text) else 0
        score += 1 if re.search(r"\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
                                r"октября|ноября|декабря)\s+\d{4}\s*г", text) else 0  # fmt: skip
        return score if score >= 3 else 0

    def split(self, lines: list[str]) -> Page:
        filled = [
            (k, line.strip()) for k, line in enumerate(lines) if line.strip() and not is_furniture(line)
        ]
        if not filled:
            raise NotAPage("no text")
        first_k, heading = filled[0]
        page = Page(date_line="", title="", chrome={first_k: "site: heading"}, title_is_heading=True)
        if m := _DATE_END.search(heading):
            page.title, page.date_line = heading[: m.start()].strip(" ."), m.group("date")
            page.notes = _sentences(heading[m.end() :])
        else:
            page.title = heading
        body: list[int] = []
        for k, line in filled[1:]:
            if line == heading or line.startswith(page.title[:60]) and "//" in line:
                line = line.split("//", 1)[1] if "//" in line else ""  # the heading again, with the reference
                page.chrome[k] = "site: heading and reference"
            if ref := _REFERENCE.search(line):
                page.citation = page.citation or ref.group("ref").strip(" .")
                page.notes += _sentences(line[ref.end() :])
                page.chrome[k] = "site: archival reference"
            elif k not in page.chrome:
                body.append(k)
        page.body, page.body_at = [lines[k] for k in body], body
        page.body_start = body[0] + 1 if body else first_k + 1
        page.signatures = signers(page.notes)
        return page


LAYOUT = RussianPortal()


def _sentences(text: str) -> list[str]:
    """Sentences, not cut after an initial ("А.И. Микояна")."""
    return [s.strip() for s in re.split(r"(?<=[а-яёa-z0-9)»\"]\.)\s*(?=[А-ЯЁ][а-яё])", text) if s.strip(" .")]


_SIGNED = re.compile(r"^Подпис(?:и|ь)\s*[–—-]\s*(?P<names>.+)$")


def signers(notes: list[str]) -> list[str]:
    """The names of "Подписи – автографы А.И. Микояна, И.В. Сталина, факсимиле Г.М. Маленкова"."""
    out: list[str] = []
    for note in notes:
        if m := _SIGNED.match(note.strip()):
            for part in re.split(r",\s*|\s+и\s+", m.group("names").rstrip(".")):
                name = re.sub(r"^(?:автограф[ыа]?|факсимиле|копи[яи])\s*", "", part.strip())
                if re.search(r"[А-ЯЁ][а-яё]+", name) and not find_dates(name):
                    out.append(name)
    return out
