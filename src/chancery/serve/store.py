"""The served dataset: a pyoxigraph Store loaded from a build folder, with the base its IRIs live under.

pyoxigraph rather than rdflib: it parses a build about 10x and answers queries 15-20x faster
(``notes/performance.md``), releases the GIL while it evaluates, and its Store is safe to query from
several threads at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from chancery.config import DEFAULT_BASE
from chancery.errors import ConfigError
from chancery.publish.buildinfo import FileInfo, read_build_info

log = logging.getLogger(__name__)

# The dumps a build writes, in the order they are preferred for loading (quads keep the named graphs).
DUMPS: dict[str, ox.RdfFormat] = {
    "graph.nq": ox.RdfFormat.N_QUADS,
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
}
CONTEXT = "context.jsonld"
ENTITY_GRAPHS = ("graph/entities", "graph/provenance")  # docs/rdf-model.md, named graphs


@dataclass
class ServedDataset:
    """What the server and the static site publish: the store, the base IRI, and the build folder."""

    store: ox.Store
    base: str = DEFAULT_BASE
    directory: Path | None = None
    title: str = "chancery knowledge graph"
    license: str | None = None  # IRI of the data's licence (build.json "license"), for DCAT
    extra: dict[str, object] = field(default_factory=dict)
    files: dict[str, FileInfo] = field(default_factory=dict)  # sizes and SHA-256 from build.json

    def is_local(self, iri: str) -> bool:
        return iri.startswith(self.base)

    def path_of(self, iri: str) -> str:
        """The path (without leading '/') under which ``iri`` is served; '' if it is not under the base."""
        return iri[len(self.base) :] if self.is_local(iri) else ""

    def iri_of(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def dump_files(self) -> list[Path]:
        if self.directory is None:
            return []
        names = [*DUMPS, CONTEXT]
        return [self.directory / n for n in names if (self.directory / n).is_file()]

    def checksums(self) -> dict[str, str]:
        """The SHA-256 build.json records for each dump file that still has the size recorded."""
        return {p.name: self.files[p.name].sha256 for p in self.dump_files() if self._recorded(p)}

    def _recorded(self, path: Path) -> bool:
        return path.name in self.files and self.files[path.name].matches(path)

    def version(self) -> str | None:
        """A fingerprint of the build's files, or None for a store built in memory: their SHA-256 from
        build.json when it records every one (the same on every restart and every copy of the folder),
        else their names, sizes and times."""
        files = self.dump_files()
        if not files:
            return None
        if all(self._recorded(p) for p in files):
            stats = " ".join(f"{p.name}:{self.files[p.name].sha256}" for p in files)
        else:
            stats = " ".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files)
        return hashlib.sha1(stats.encode()).hexdigest()[:16]

    def context(self) -> dict | None:
        """The build's JSON-LD context (the value of its ``@context``), if it wrote one."""
        if "context" not in self.extra:
            path = self.context_file()
            try:
                self.extra["context"] = (
                    json.loads(path.read_text(encoding="utf-8"))["@context"] if path else None
                )
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("%s: not a JSON-LD context (%s); JSON-LD is written expanded", path, exc)
                self.extra["context"] = None
        return self.extra["context"]  # type: ignore[return-value]

    def context_file(self) -> Path | None:
        if self.directory is not None and (self.directory / CONTEXT).is_file():
            return self.directory / CONTEXT
        return None


def infer_base(store: ox.Store) -> str | None:
    """The base of a build that recorded none: its entities or provenance graph is ``B/graph/...``."""
    for graph in store.named_graphs():
        for suffix in ENTITY_GRAPHS:
            if isinstance(graph, ox.NamedNode) and graph.value.endswith(suffix):
                return graph.value[: -len(suffix)]
    return None


def find_dump(directory: Path) -> tuple[Path, ox.RdfFormat]:
    for name, fmt in DUMPS.items():
        if (directory / name).is_file():
            return directory / name, fmt
    raise ConfigError(
        f"no graph dump ({', '.join(DUMPS)}) in the folder",
        path=directory,
        hint="Build it first: chancery build PATH --out DIR",
    )


def load_dataset(directory: Path, base: str | None = None) -> ServedDataset:
    """Load a build folder into an in-memory store. ``base`` overrides the one the build recorded."""
    if not directory.is_dir():
        raise ConfigError("not a folder", path=directory)
    dump, fmt = find_dump(directory)
    store = ox.Store()
    try:
        store.bulk_load(path=str(dump), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ConfigError(f"cannot load the graph: {exc}", path=dump) from exc
    recorded = read_build_info(directory)
    info = recorded.texts
    chosen = base or info.get("base") or infer_base(store) or DEFAULT_BASE
    if not chosen.endswith(("/", "#")):
        chosen += "/"
    log.info("loaded %d quads from %s (base %s)", len(store), dump, chosen)
    title = info.get("title", ServedDataset.title)
    return ServedDataset(
        store=store,
        base=chosen,
        directory=directory,
        title=title,
        license=info.get("license"),
        files=recorded.files,
    )
