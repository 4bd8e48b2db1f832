"""Reader for archival document pages (plain text, the seeds' layout).

Placeholder layer structure; the full reader lands with issue 3:
text (decode) -> sections -> header -> title -> names -> dates -> citation -> credits.
"""

from __future__ import annotations

from pathlib import Path

from chancery.errors import SourceError
from chancery.model import Record, Source
from chancery.sources import register, sha256_of


class PageReader:
    name = "page"
    suffixes = (".txt",)

    def read(self, path: Path, data: bytes) -> list[Record]:
        if not data.strip():
            raise SourceError("empty file", path=path)
        if b"\x00" in data:
            raise SourceError("binary data, not a text page", path=path)
        text = data.decode("utf-8", errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        record = Record(id=path.stem, title=lines[0] if lines else None)
        record.source = Source(path=path.as_posix(), sha256=sha256_of(data))
        return [record]


register(PageReader())
