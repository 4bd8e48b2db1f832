"""``DIR/build.json``: what a build wrote, under which base, with which version of chancery.

::

    {"base": "https://example.org/chancery/", "chancery": "0.1.0",
     "files": {"graph.nq": {"bytes": 123, "sha256": "..."}, ...}}

Keys sorted, no timestamp: the same build gives the same bytes. :func:`chancery.publish.dumps.dump`
writes it with the dumps, renamed into place together. The server reads it back
(:func:`chancery.serve.store.load_dataset`): the base its IRIs live under, an optional ``title`` and
``license`` added by hand, and the digests, for stable ETags and for DCAT checksums without hashing
every dump again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chancery import __version__
from chancery.errors import ConfigError

BUILD_INFO = "build.json"
TEXT_KEYS = ("base", "title", "license")  # what a person may also write into build.json


@dataclass(frozen=True)
class FileInfo:
    """The size and SHA-256 of one file of a build."""

    size: int  # "bytes" in build.json
    sha256: str

    @classmethod
    def of(cls, data: bytes) -> FileInfo:
        return cls(len(data), hashlib.sha256(data).hexdigest())

    def matches(self, path: Path) -> bool:
        """Whether ``path`` still looks like the file recorded (same size; a build rewrites both)."""
        return path.is_file() and path.stat().st_size == self.size


def build_info(base: str, files: dict[str, FileInfo], version: str = __version__) -> bytes:
    """The bytes of ``build.json``."""
    document = {
        "base": base,
        "chancery": version,
        "files": {name: {"bytes": f.size, "sha256": f.sha256} for name, f in files.items()},
    }
    return (json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class BuildInfo:
    """``build.json`` as read: the texts (base, title, license) and the files' digests."""

    texts: dict[str, str]
    files: dict[str, FileInfo]


def read_build_info(directory: Path) -> BuildInfo:
    """``DIR/build.json``, or nothing recorded when there is none."""
    path = directory / BUILD_INFO
    if not path.is_file():
        return BuildInfo({}, {})
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = {k: str(v) for k, v in data.items() if k in TEXT_KEYS and v}
    except (ValueError, AttributeError) as exc:
        raise ConfigError(f"not a JSON object: {exc}", path=path) from exc
    return BuildInfo(texts, _files(data.get("files")))


def _files(found: Any) -> dict[str, FileInfo]:
    """The digests recorded; an entry that is not ``{"bytes": int, "sha256": hex}`` is left out."""
    files = {}
    for name, entry in (found if isinstance(found, dict) else {}).items():
        size = entry.get("bytes") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if isinstance(size, int) and isinstance(digest, str) and len(digest) == 64:
            files[str(name)] = FileInfo(size, digest.lower())
    return files
