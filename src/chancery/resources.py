"""Where the files the product ships (ontology, shapes, queries, sample data) are found.

In a wheel they sit in ``chancery/resources/``; in a source checkout (editable install) they are the
top-level folders of the repository. The product never reads ``../shared``.
"""

from __future__ import annotations

from pathlib import Path

from chancery.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent.parent)


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``shapes``, ``queries``, ``data``) of this installation."""
    for root in _CANDIDATES:
        path = root / name
        if path.is_dir():
            return path
    raise ConfigError(f"resource folder {name!r} not found in this installation")


def resource(name: str, filename: str) -> Path:
    path = resource_dir(name) / filename
    if not path.is_file():
        raise ConfigError(f"resource {name}/{filename} not found in this installation")
    return path
