"""Atomic writes: every output goes to a temporary file in its folder and is renamed into place, so an
interrupted build never leaves a half-written file (a reader sees the old file or the new one)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from chancery.errors import OutputError


def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


class Staged:
    """Files written to temporaries, all renamed into place by :meth:`commit` (or all discarded)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._temps: list[tuple[Path, Path]] = []  # (temporary, final)

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """A binary file to write ``name`` into; it appears under its name only on :meth:`commit`."""
        final = self.folder / name
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=self.folder)
        self._temps.append((Path(temp), final))
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _FILE_MODE)  # mkstemp makes 0600; published files are as readable as any other

    def write(self, name: str, data: bytes) -> None:
        with self.open(name) as handle:
            handle.write(data)

    def commit(self) -> list[Path]:
        written = []
        for temp, final in self._temps:
            os.replace(temp, final)
            written.append(final)
        self._temps.clear()
        return written

    def discard(self) -> None:
        for temp, _ in self._temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self._temps.clear()


@contextlib.contextmanager
def staged(folder: Path) -> Iterator[Staged]:
    """Stage files in ``folder``; on success they are renamed into place together, on error removed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder ({exc.strerror})", path=folder) from None
    files = Staged(folder)
    try:
        yield files
    except OSError as exc:
        files.discard()
        raise OutputError(f"cannot write ({exc.strerror})", path=folder) from None
    except BaseException:
        files.discard()
        raise


def write_atomic(path: Path, data: bytes) -> Path:
    """Write one file atomically."""
    with staged(path.parent) as files:
        files.write(path.name, data)
        return files.commit()[0]
