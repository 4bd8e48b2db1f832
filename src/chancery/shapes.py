"""The SHACL shapes of ``shapes/``: read once, and compiled into the form pyshacl checks fastest.

pyshacl checks a node shape's ``sh:property`` shapes one focus node at a time, setting each property
shape up again for every node: at 1,000 documents that was two thirds of the validation time (9,000 role
entries x 8 property shapes). A property shape with targets of its own is set up once for all its focus
nodes. :func:`compiled_shapes` therefore lifts the property shapes of every targeted node shape to the top,
with the node shape's targets; the results are the same, and each lifted shape names its node shape
(``rdfs:isDefinedBy``), so that a report still says ``chs:AgentRoleShape``. Node shapes that another
shape refers to (``sh:node``, ``sh:or``...) and shapes with a SPARQL target keep their form.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Namespace
from rdflib.namespace import SH
from rdflib.term import Node

from chancery.errors import ConfigError

CHS = Namespace("https://w3id.org/chancery/shapes#")
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
REFERENCES = (SH.node, SH["and"], SH["or"], SH["not"], SH.xone, SH.qualifiedValueShape)


def load_shapes(shapes_dir: Path) -> Graph:
    """Every ``*.ttl`` of ``shapes_dir`` in one graph, as written (cached while the files do not change)."""
    return _load_shapes(str(shapes_dir), _stamp(shapes_dir))


def compiled_shapes(shapes_dir: Path) -> Graph:
    """The shapes of ``shapes_dir`` with the property shapes of targeted node shapes lifted to the top."""
    return _compiled(str(shapes_dir), _stamp(shapes_dir))


def targeted_shapes(shapes: Graph) -> list[Node]:
    """The shapes that find their own focus nodes (helper shapes are reached through these)."""
    return sorted({s for p in (*TARGETS, SH.target) for s in shapes.subjects(p, None)}, key=str)


def _stamp(shapes_dir: Path) -> tuple[tuple[str, float], ...]:
    files = sorted(Path(shapes_dir).glob("*.ttl"))
    if not files:
        raise ConfigError("no SHACL shapes (*.ttl) in this folder", path=shapes_dir)
    return tuple((f.name, f.stat().st_mtime) for f in files)


@lru_cache(maxsize=8)
def _load_shapes(shapes_dir: str, stamp: tuple[tuple[str, float], ...]) -> Graph:
    shapes = Graph()
    for name, _ in stamp:
        try:
            shapes.parse(Path(shapes_dir) / name, format="turtle")
        except Exception as exc:  # rdflib raises many kinds
            raise ConfigError(f"not a valid shapes file: {exc}", path=Path(shapes_dir) / name) from exc
    return shapes


@lru_cache(maxsize=8)
def _compiled(shapes_dir: str, stamp: tuple[tuple[str, float], ...]) -> Graph:
    shapes = Graph()
    shapes += _load_shapes(shapes_dir, stamp)
    referenced = {o for p in REFERENCES for o in shapes.objects(None, p)}
    referenced |= {n for lst in list(referenced) for n in _members(shapes, lst)}
    for shape in targeted_shapes(shapes):
        if shape in referenced or (shape, SH.target, None) in shapes:
            continue
        targets = [(p, o) for p in TARGETS for o in shapes.objects(shape, p)]
        for prop in list(shapes.objects(shape, SH.property)):
            lifted = BNode()
            for p, o in shapes.predicate_objects(prop):
                shapes.add((lifted, p, o))
            shapes += [(lifted, RDF.type, SH.PropertyShape), (lifted, RDFS.isDefinedBy, shape)]
            shapes += [(lifted, p, o) for p, o in targets]
            shapes.remove((shape, SH.property, prop))
    return shapes


def _members(shapes: Graph, node: Node) -> list[Node]:
    """The members of an RDF list (the shapes of an sh:or), or nothing."""
    return list(shapes.items(node)) if (node, RDF.first, None) in shapes else []
