"""Dereferencing and the pages: content negotiation on resource IRIs, what a document and a person
page show, escaping of hostile text, search, the query page, VoID/DCAT, the context, the sitemap."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from chancery.serve.app import ServeOptions, create_app

SAMPLE = Path(__file__).resolve().parent / "data" / "sample.trig"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def path(dataset, iri: str) -> str:
    return dataset.path_of(iri)


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (BROWSER, "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("text/turtle;q=0.4, application/n-triples;q=0.8", "application/n-triples"),
        ("*/*", "text/html"),
        ("application/*", "application/ld+json"),
    ],
)
def test_content_negotiation(client, dataset, document_iri, accept, media_type):
    r = client.get(path(dataset, document_iri), headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type
    assert "Accept" in r.headers["vary"]
    if media_type != "text/html":
        assert r.headers["content-location"].endswith(
            path(dataset, document_iri)
            + {
                "text/turtle": ".ttl",
                "application/ld+json": ".jsonld",
                "application/n-triples": ".nt",
                "application/rdf+xml": ".rdf",
            }[media_type]
        )
        triples = list(ox.parse(r.content, format=ox.RdfFormat.from_media_type(media_type)))
        assert any(t.subject.value == document_iri for t in triples)


def test_a_document_answers_with_its_roles_and_copies(client, dataset, document_iri):
    r = client.get(path(dataset, document_iri), headers={"Accept": "application/n-triples"})
    subjects = {t.subject.value for t in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)}
    assert any(s.startswith(document_iri + "/distribution/") for s in subjects)
    assert any(s.startswith(document_iri + "/role/") for s in subjects)


def test_suffix_and_406_and_404(client, dataset, document_iri):
    p = path(dataset, document_iri)
    assert (
        client.get(p + ".ttl", headers={"Accept": "image/png"})
        .headers["content-type"]
        .startswith("text/turtle")
    )
    r = client.get(p, headers={"Accept": "image/png, application/pdf"})
    assert r.status_code == 406 and "text/turtle" in r.text and "Accept" in r.headers["vary"]
    assert client.get("document/no-such-thing").status_code == 404


def test_document_page(client, dataset, document_iri):
    html = client.get(path(dataset, document_iri), headers={"Accept": BROWSER}).text
    d = dataset.store
    label = next(
        iter(d.quads_for_pattern(ox.NamedNode(document_iri), ox.NamedNode(str(rdflib.RDFS.label)), None))
    )
    assert f"<h1>{escape(label.object.value)}</h1>" in html
    for section in ('id="date"', 'id="distribution"', 'id="citation"', 'class="role-author"', 'id="text"'):
        assert section in html
    # the distribution list in order, with copy numbers
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>.*?</td>\s*<td>.*?</td><td>(\d*)</td>", html, re.S)
    positions = [int(p) for p, _ in rows]
    assert positions == sorted(positions) and positions[0] == 1 and all(copy for _, copy in rows)
    # links to the people, places and archival units, all local
    assert re.search(r'href="/person/[^"]+"', html) and re.search(r'href="/archive/[^"]+"', html)


def test_document_page_tells_what_became_of_the_copies(client, dataset, document_iri):
    html = client.get(path(dataset, document_iri), headers={"Accept": BROWSER}).text
    # the copy that went to a file, not to a person on the list
    assert re.search(r'class="copy">copy Nº 6 to NKVD Secretariat file<', html)
    # Vyshinsky's copy, with the date it was destroyed
    row = re.search(r"<tr>\s*<td>5</td>(.*?)</tr>", html, re.S).group(1)
    assert "Vyshinsky" in row and "returned and destroyed <time>1946-06-05</time>" in row
    # the body named beside the recipient is a resource of its own
    recipients = re.search(r'class="role-recipient">(.*?)</dd>', html, re.S).group(1)
    assert re.search(r'href="/organization/[^"]+">USSR NKVD<', recipients)


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def test_person_page_lists_documents_and_roles(client, dataset, person_iri):
    html = client.get(path(dataset, person_iri), headers={"Accept": BROWSER}).text
    appearances = html.split('id="appearances"')[1].split("</section>")[0]
    assert re.search(r'href="/document/[^"]+"', appearances)
    assert re.search(r"<td>[a-z ,]*(author|recipient|distribution|signatory)[a-z ,]*</td>", appearances)


def test_index_and_search(client, dataset, person_iri):
    home = client.get("").text
    assert 'href="/document/' in home and 'action="/search"' in home
    label = next(
        iter(
            dataset.store.quads_for_pattern(
                ox.NamedNode(person_iri), ox.NamedNode(str(rdflib.RDFS.label)), None
            )
        )
    ).object.value
    found = client.get("search", params={"q": label[-5:].lower()}).text
    assert f'href="/{path(dataset, person_iri)}"' in found
    assert client.get("document/").status_code == 200


def test_query_page_offers_the_saved_queries(client, queries):
    html = client.get("query").text
    for q in queries:
        assert f'id="q-{q.name}"' in html
    assert '<script src="/static/query.js"' in html and "cdn" not in html.lower()
    assert "fetch(" in client.get("static/query.js").text


@pytest.fixture(scope="module")
def hostile(hostile_url):
    with httpx.Client(base_url=hostile_url) as c:
        yield c


@pytest.mark.parametrize("page", ["document/000_x", "person/stalin", "search?q=script", "document/"])
def test_hostile_text_is_escaped(hostile, page):
    r = hostile.get(page, headers={"Accept": BROWSER})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_void_and_dcat(client, dataset, build_dir):
    r = client.get(".well-known/void", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    void, dcat = rdflib.Namespace("http://rdfs.org/ns/void#"), rdflib.Namespace("http://www.w3.org/ns/dcat#")
    spdx = rdflib.Namespace("http://spdx.org/rdf/terms#")
    ds = rdflib.URIRef(dataset.base + "dataset")
    assert int(g.value(ds, void.triples)) > 0 and int(g.value(ds, void.distinctSubjects)) > 0
    assert g.value(ds, void.sparqlEndpoint) == rdflib.URIRef(str(client.base_url) + "sparql")
    assert (ds, rdflib.RDF.type, dcat.Dataset) in g
    dumps = {p.name: p for p in build_dir.glob("graph.*")}
    for dist in g.objects(ds, dcat.distribution):
        url = g.value(dist, dcat.downloadURL)
        if url is None:
            assert g.value(dist, dcat.accessService) is not None
            continue
        local = dumps[str(url).rsplit("/", 1)[1]]
        assert int(g.value(dist, dcat.byteSize)) == local.stat().st_size
        digest = str(g.value(g.value(dist, spdx.checksum), spdx.checksumValue))
        assert digest == hashlib.sha256(local.read_bytes()).hexdigest()
        download = client.get(str(url)[len(str(client.base_url)) :])
        assert hashlib.sha256(download.content).hexdigest() == digest
    service = g.value(predicate=rdflib.RDF.type, object=dcat.DataService)
    assert g.value(service, dcat.endpointURL) == rdflib.URIRef(str(client.base_url) + "sparql")


def test_context_is_cached(client, build_dir):
    if not (build_dir / "context.jsonld").is_file():
        pytest.skip("this build has no context.jsonld")
    r = client.get("context.jsonld")
    assert (
        r.headers["content-type"].startswith("application/ld+json")
        and "max-age" in r.headers["cache-control"]
    )
    again = client.get("context.jsonld", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


def test_sitemap(client, dataset, document_iri):
    xml = client.get("sitemap.xml").text
    assert f"<loc>{client.base_url}{path(dataset, document_iri)}</loc>" in xml


def test_jsonld_is_compact_and_exact(client, dataset, document_iri):
    """Under the build's context, JSON-LD reads like JSON and still expands to exactly the triples."""
    from chancery.serve.resources import describe

    r = client.get(path(dataset, document_iri), headers={"Accept": "application/ld+json"})
    parsed = {q.triple for q in ox.parse(r.content, format=ox.RdfFormat.JSON_LD)}
    assert parsed == set(describe(dataset.store, document_iri))
    if dataset.context() is not None:
        assert '"@context"' in r.text and '"label"' in r.text


def test_listings_are_paged(client, monkeypatch):
    import chancery.serve.pages as pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    first = client.get("person/").text
    second = client.get("person/", params={"page": 2}).text
    assert 'rel="next"' in first and 'rel="prev"' not in first and 'rel="prev"' in second
    people = re.findall(r'<li><a href="(/person/[^"]+)"', first + second)
    assert len(people) == len(set(people)) == 4


def test_the_base_path_is_mapped_to_this_host(client, dataset, document_iri):
    """The data's IRIs live under https://example.org/chancery/; this server answers them at its root."""
    from urllib.parse import urlsplit

    prefix = urlsplit(dataset.base).path.lstrip("/")
    if not prefix:
        pytest.skip("the base has no path")
    r = client.get(prefix + path(dataset, document_iri))
    assert r.status_code == 301 and r.headers["location"] == "/" + path(dataset, document_iri)


def test_build_json_gives_base_title_and_licence(tmp_path):
    """DIR/build.json (written by the builder, or by hand) names the base, a title and the licence."""
    import asyncio
    import json
    import shutil

    from chancery.serve.store import load_dataset

    shutil.copy(SAMPLE, tmp_path / "graph.trig")
    licence = "https://creativecommons.org/licenses/by/4.0/"
    info = {"base": "https://example.org/chancery/", "title": "Eastern Turkestan files", "license": licence}
    (tmp_path / "build.json").write_text(json.dumps(info))
    app = create_app(load_dataset(tmp_path), ServeOptions(queries=[]))

    async def get(url: str, **headers) -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://local") as c:
            return await c.get(url, headers=headers)

    void = rdflib.Graph().parse(data=asyncio.run(get("/.well-known/void")).text, format="turtle")
    dataset = rdflib.URIRef("https://example.org/chancery/dataset")
    assert void.value(dataset, rdflib.DCTERMS.license) == rdflib.URIRef(licence)
    assert "Eastern Turkestan files" in asyncio.run(get("/")).text
    assert asyncio.run(get("/person/stalin", accept="text/turtle")).status_code == 200


def test_conditional_get(client, dataset, document_iri):
    first = client.get(path(dataset, document_iri), headers={"Accept": "text/turtle"})
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    again = client.get(path(dataset, document_iri), headers={"Accept": "text/turtle", "If-None-Match": etag})
    assert again.status_code == 304 and not again.content
    html = client.get(path(dataset, document_iri), headers={"Accept": "text/html", "If-None-Match": etag})
    assert html.status_code == 200 and html.headers["etag"] != etag  # one tag per representation
