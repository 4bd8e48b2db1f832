"""The static site: files per resource, indexes, VoID, and content negotiation by a real nginx."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.publish.site import resource_iris
from chancery.serve.store import load_dataset

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def site(site_build, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "out"
    result = CliRunner().invoke(main, ["publish", str(site_build), "--site", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def dataset(site_build):
    return load_dataset(site_build)


def test_every_resource_has_its_files(site, dataset):
    iris = resource_iris(dataset)
    assert iris
    for iri in iris:
        stem = site / dataset.path_of(iri)
        for suffix in (".html", ".ttl", ".jsonld", ".nt", ".rdf"):
            assert stem.with_name(stem.name + suffix).is_file(), (iri, suffix)
    doc = next(
        i for i in iris if dataset.path_of(i).startswith("document/") and dataset.path_of(i).count("/") == 1
    )
    ttl = site / (dataset.path_of(doc) + ".ttl")
    assert any(t.subject.value == doc for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))


def test_indexes_and_descriptions(site):
    for name in (
        "index.html",
        "document/index.html",
        "person/index.html",
        ".well-known/void",
        "sitemap.xml",
        ".htaccess",
        "nginx-map.conf",
        "nginx-site.conf",
        "static/chancery.css",
        "dumps/graph.nq",
    ):
        assert (site / name).is_file(), name
    void = list(ox.parse(path=str(site / ".well-known/void"), format=ox.RdfFormat.TURTLE))
    assert any(t.predicate.value == "http://rdfs.org/ns/void#triples" for t in void)
    assert "RewriteEngine On" in (site / ".htaccess").read_text()


def test_a_query_page_when_an_endpoint_is_given(site_build, tmp_path):
    out = tmp_path / "site"
    endpoint = "https://sparql.example.org/chancery"
    result = CliRunner().invoke(
        main, ["publish", str(site_build), "--site", str(out), "--endpoint", endpoint]
    )
    assert result.exit_code == 0, result.output
    html = (out / "query.html").read_text()
    assert f'data-endpoint="{endpoint}"' in html and (out / "static" / "query.js").is_file()
    assert 'href="/query"' in (out / "index.html").read_text()
    assert 'action="/search"' not in (out / "index.html").read_text()  # no search on a static host


def test_publish_refuses_a_folder_that_is_not_a_site(site_build, tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["publish", str(site_build), "--site", str(tmp_path)])
    assert result.exit_code != 0 and "not empty" in result.output
    assert (tmp_path / "precious.txt").is_file()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    """nginx serving the site with the generated rules, as an unprivileged foreground process."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)
    if binary is None:
        pytest.skip("nginx is not installed")
    work, port = tmp_path_factory.mktemp("nginx"), free_port()
    conf = work / "nginx.conf"
    conf.write_text(f"""
daemon off;
master_process off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {work}/body; proxy_temp_path {work}/proxy; fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;
    include {site}/nginx-map.conf;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {site}/nginx-site.conf;
    }}
}}
""")
    process = subprocess.Popen(
        [binary, "-c", str(conf), "-p", str(work), "-e", str(work / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            httpx.get(url, timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None:
                pytest.fail("nginx did not start: " + (work / "error.log").read_text())
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(10)


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (BROWSER, "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("*/*", "text/html"),
        (None, "text/html"),
    ],
)
def test_nginx_negotiates(nginx, dataset, accept, media_type):
    doc = next(i for i in resource_iris(dataset) if dataset.path_of(i).startswith("document/"))
    headers = {"Accept": accept} if accept else {}
    r = httpx.get(nginx + dataset.path_of(doc), headers=headers)
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type
    assert "Accept" in r.headers.get("vary", "")
    if media_type != "text/html":
        triples = ox.parse(r.content, format=ox.RdfFormat.from_media_type(media_type))
        assert any(t.subject.value == doc for t in triples)


def test_nginx_406_index_and_void(nginx, dataset):
    doc = next(i for i in resource_iris(dataset) if dataset.path_of(i).startswith("document/"))
    assert httpx.get(nginx + dataset.path_of(doc), headers={"Accept": "image/png"}).status_code == 406
    assert 'href="/document/' in httpx.get(nginx + "document/", headers={"Accept": BROWSER}).text
    void = httpx.get(nginx + ".well-known/void")
    assert void.headers["content-type"].startswith("text/turtle")
    context = httpx.get(nginx + "context.jsonld")
    if context.status_code == 200:  # the builder writes one
        assert "max-age" in context.headers["cache-control"]


def test_the_vocabulary_is_written_where_the_pages_link_it(site, nginx):
    """Concepts have w3id IRIs that no static host of ours serves: the site writes them under ns/."""
    assert (site / "ns.html").is_file() and (site / "ns.ttl").is_file()
    assert (site / "ns/doc-type/telegram.html").is_file() and (site / "ns/role/author.ttl").is_file()
    doc = next(p for p in sorted((site / "document").glob("*.html")) if p.name != "index.html")
    assert 'href="/ns/doc-type/' in doc.read_text(encoding="utf-8")
    page = httpx.get(nginx + "ns/doc-type/telegram", headers={"Accept": BROWSER})
    assert page.status_code == 200 and "<h1>telegram</h1>" in page.text
    turtle = httpx.get(nginx + "ns", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert any(
        t.subject.value.endswith("/ns#Document") for t in ox.parse(turtle.content, format=ox.RdfFormat.TURTLE)
    )
