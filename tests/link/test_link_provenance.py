"""A real linked build of the seeds: each owl:sameAs has its chancery:AuthorityLink (score, features,
source) in the graph, and the entity's page in the server shows it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import rdflib
from click.testing import CliRunner

from chancery.cli import main
from chancery.graph.namespaces import CHANCERY, DCTERMS, OWL, RDF
from chancery.serve.app import ServeOptions, create_app
from chancery.serve.store import load_dataset

Q855 = rdflib.URIRef("http://www.wikidata.org/entity/Q855")


@pytest.fixture(scope="module")
def linked_build(shared: Path, authority_endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("linked")
    args = ["build", str(shared / "seeds"), "--out", str(out), "--link-endpoint", authority_endpoint]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def graph(linked_build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(linked_build / "graph.nt", format="nt")


def stalin(graph: rdflib.Graph) -> rdflib.URIRef:
    (subject,) = set(graph.subjects(OWL.sameAs, Q855))
    return subject  # type: ignore[return-value]


def test_stalin_is_q855_and_the_link_says_why(graph: rdflib.Graph, authority_endpoint: str) -> None:
    person = stalin(graph)
    (link,) = set(graph.subjects(CHANCERY.linkSubject, person))
    assert str(link) == str(person).replace("/person/", "/link/person/") + "/wikidata-Q855"
    assert (link, RDF.type, CHANCERY.AuthorityLink) in graph
    assert graph.value(link, CHANCERY.linkTarget) == Q855
    assert graph.value(link, CHANCERY.linkMethod) == rdflib.Literal("score")
    assert 0.85 <= float(graph.value(link, CHANCERY.linkScore)) <= 1.0  # type: ignore[arg-type]
    assert graph.value(link, DCTERMS.source) == rdflib.URIRef(authority_endpoint)
    names = {str(graph.value(f, CHANCERY.featureName)) for f in graph.objects(link, CHANCERY.linkFeature)}
    assert {"name", "type", "lifespan", "context"} <= names


def test_every_same_as_from_the_linker_has_its_link(graph: rdflib.Graph) -> None:
    targets = {(s, o) for s, o in graph.subject_objects(OWL.sameAs) if "wikidata" in o or "geonames" in o}
    explained = {
        (graph.value(link, CHANCERY.linkSubject), graph.value(link, CHANCERY.linkTarget))
        for link in graph.subjects(RDF.type, CHANCERY.AuthorityLink)
    }
    assert explained and explained <= targets
    assert {s for s, _ in targets} == {s for s, _ in explained}  # every linked entity is explained


def test_the_person_page_shows_the_authority_links(linked_build: Path, graph: rdflib.Graph) -> None:
    dataset = load_dataset(linked_build)
    app = create_app(dataset, ServeOptions(queries=[]))
    path = "/" + dataset.path_of(str(stalin(graph)))

    async def get(url: str, accept: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://local") as c:
            return await c.get(url, headers={"Accept": accept})

    page = asyncio.run(get(path, "text/html"))
    assert page.status_code == 200
    section = page.text.split('<section id="authority-links">', 1)[1].split("</section>", 1)[0]
    assert 'href="http://www.wikidata.org/entity/Q855"' in section
    assert "lifespan: alive" in section and "type: agrees" in section and "score" in section
    link_path = re_href(section, "/link/person/")
    record = asyncio.run(get(link_path, "text/turtle"))
    assert record.status_code == 200
    turtle = rdflib.Graph().parse(data=record.text, format="turtle")
    assert len(set(turtle.subjects(RDF.type, CHANCERY.LinkFeature))) >= 4  # the features come with it


def re_href(html: str, prefix: str) -> str:
    import re

    found = re.search(rf'href="({re.escape(prefix)}[^"]+)"', html)
    assert found, html
    return found.group(1)
