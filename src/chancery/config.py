"""One frozen Settings object: every setting declared once, with its default and help."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_BASE = "https://example.org/chancery/"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    base_iri: str = _setting(DEFAULT_BASE, "Base IRI under which every resource of the graph is minted.")
    shapes_dir: Path | None = _setting(None, "Folder of SHACL shapes (default: the shapes shipped).")
    queries_dir: Path | None = _setting(None, "Folder of saved queries (default: the queries shipped).")
    decisions_file: Path | None = _setting(
        None, "Curators' decisions (merge/split/same-as/not-same-as, accept/reject links)."
    )
    link_endpoint: str | None = _setting(
        None, "SPARQL endpoint of Wikidata's shape to link entities through."
    )
    link_cache_dir: Path | None = _setting(
        None, "Folder of cached authority responses (default: DIR/.cache)."
    )
    link_refresh: bool = _setting(False, "Ask the authority again instead of using the cache.")
    link_high: float = _setting(0.85, "Score at or above which a candidate is linked (if none comes close).")
    link_low: float = _setting(0.5, "Score below which no link is made; up to link_high: review.")
    validate: bool = _setting(True, "Validate the graph against the shapes before writing it.")

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            object.__setattr__(self, "base_iri", self.base_iri + "/")

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed; ``None`` values keep the current one."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}
