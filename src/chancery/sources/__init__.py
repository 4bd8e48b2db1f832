"""Readers: one per input format, behind one small interface and a registry.

A reader turns one source file into records. :func:`read_sources` walks the paths the user gave,
picks a reader per file and yields either the records or the error for that file, so that a batch
goes on past a bad file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from chancery.errors import ChanceryError, SourceError
from chancery.model import Record

log = logging.getLogger(__name__)


class Reader(Protocol):
    name: str
    suffixes: tuple[str, ...]

    def read(self, path: Path, data: bytes) -> list[Record]:
        """Records of one source file; raises :class:`SourceError` when the file is not of this kind."""
        ...


_READERS: list[Reader] = []


def register(reader: Reader) -> Reader:
    _READERS.append(reader)
    return reader


def reader_for(path: Path) -> Reader | None:
    suffix = path.suffix.lower()
    return next((r for r in _READERS if suffix in r.suffixes), None)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Outcome:
    """What reading a batch gave: the records, and one error per file that failed."""

    records: list[Record] = field(default_factory=list)
    errors: list[ChanceryError] = field(default_factory=list)
    files_read: int = 0

    @property
    def files_failed(self) -> int:
        return len(self.errors)


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths, folders walked in sorted order, only those a reader takes."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if reader_for(child) is not None and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_file(path: Path) -> list[Record]:
    reader = reader_for(path)
    if reader is None:
        raise SourceError(f"no reader for files ending in {path.suffix or '(no suffix)'!r}", path=path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file", path=path) from None
    except IsADirectoryError:
        raise SourceError("is a directory", path=path) from None
    except OSError as exc:
        raise SourceError(f"cannot be read ({exc.strerror})", path=path) from None
    return reader.read(path, data)


def read_sources(paths: Iterable[str | Path]) -> Outcome:
    """Read every source under ``paths``; a bad file becomes an error in the outcome, not an exception."""
    outcome = Outcome()
    seen: dict[str, Path] = {}  # document id -> the file it was read from
    for path in expand(paths):
        try:
            records = read_file(path)
            _check_unique_ids(path, records, seen)
        except ChanceryError as exc:
            if exc.path is None:
                exc.path = str(path)
            log.warning("%s", exc)
            outcome.errors.append(exc)
            continue
        outcome.files_read += 1
        outcome.records.extend(records)
    return outcome


def _check_unique_ids(path: Path, records: list[Record], seen: dict[str, Path]) -> None:
    """A document id names one document: a second file with the same stem is refused, not merged."""
    for record in records:
        if record.id in seen:
            raise SourceError(f"document id {record.id!r} was already read from {seen[record.id]}", path=path)
    for record in records:
        seen[record.id] = path


def _register_builtin() -> None:
    from chancery.sources import page  # noqa: F401  (registers itself)


_register_builtin()
