"""Authority responses on disk, so that a rebuild is offline and gives the same links.

One JSON file per request, named by the SHA-256 of the service and the request text; files are
written with sorted keys and renamed into place, so a cache is deterministic and never half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


class ResponseCache:
    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None

    @staticmethod
    def key(service: str, request: str) -> str:
        return hashlib.sha256(f"{service}\n{request}".encode()).hexdigest()

    def path(self, service: str, request: str) -> Path | None:
        if self.folder is None:
            return None
        digest = self.key(service, request)
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, service: str, request: str) -> Any | None:
        path = self.path(service, request)
        if path is None or not path.is_file():
            return None
        return json.loads(path.read_text(encoding="utf-8"))["response"]

    def put(self, service: str, request: str, response: Any) -> None:
        path = self.path(service, request)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"service": service, "request": request, "response": response}
        text = json.dumps(entry, ensure_ascii=False, sort_keys=True, indent=1)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text + "\n")
        os.replace(tmp, path)
