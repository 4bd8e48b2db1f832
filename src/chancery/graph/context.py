"""What every part of the builder shares while one graph is built: IRIs, entities, concepts used."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef

from chancery.config import Settings
from chancery.graph.iris import Iris
from chancery.resolve.entities import Entity, Resolution, fold, slug

log = logging.getLogger(__name__)


@dataclass
class BuildContext:
    """The state of one build: the dataset, the IRI minter, the resolution and what was used."""

    dataset: Dataset
    resolution: Resolution
    settings: Settings
    iris: Iris = field(init=False)
    entities: Graph = field(init=False)
    concepts: set[URIRef] = field(default_factory=set)  # concepts the data uses
    minted_markings: dict[URIRef, str] = field(default_factory=dict)  # markings not in the ontology
    entity_iris: dict[int, URIRef] = field(default_factory=dict)  # id(Entity) -> IRI
    extra_entities: list[Entity] = field(default_factory=list)  # met in mentions, not in the list
    authorities: dict[URIRef, dict[str, set[str]]] = field(default_factory=dict)  # from the records
    _places_by_name: dict[str, Entity] | None = None

    def __post_init__(self) -> None:
        self.iris = Iris(self.settings.base_iri)
        self.entities = self.dataset.graph(self.iris.entities_graph())

    def use(self, concept: URIRef) -> URIRef:
        """Note that the data uses ``concept`` (it is copied into the entities graph) and return it."""
        self.concepts.add(concept)
        return concept

    def entity_iri(self, entity: Entity) -> URIRef:
        iri = self.entity_iris.get(id(entity))
        if iri is None:
            iri = self.iris.entity(entity.kind, entity.key)
            self.entity_iris[id(entity)] = iri
            self.extra_entities.append(entity)
        return iri

    def mention(self, record_id: str, role: str, index: int) -> URIRef | None:
        """The IRI of the entity a mention stands for, or None when the resolver found none."""
        entity = self.resolution.of(record_id, role, index)
        return self.entity_iri(entity) if entity is not None else None

    def affiliation(self, record_id: str, role: str, index: int) -> URIRef | None:
        """The organisation named beside an agent mention, when the resolver made one of it."""
        entity = self.resolution.affiliation_of(record_id, role, index)
        return self.entity_iri(entity) if entity is not None else None

    def note_authority(self, iri: URIRef, authority: dict[str, str]) -> None:
        """Authority identifiers a record gives for an agent, added to the entity's own."""
        for name, ident in authority.items():
            self.authorities.setdefault(iri, {}).setdefault(name, set()).add(ident)

    def place_named(self, name: str) -> Entity:
        """The place entity of a name the resolver did not address (``mentioned_places``)."""
        if self._places_by_name is None:
            self._places_by_name = {}
            for entity in self.resolution.entities:
                if entity.kind == "place":
                    for form in sorted({entity.label, *entity.forms}):
                        self._places_by_name.setdefault(fold(form), entity)
        key = fold(name)
        found = self._places_by_name.get(key)
        if found is None:
            found = Entity(slug(name), "place", name.strip(), forms={name.strip()})
            self._places_by_name[key] = found
        return found
