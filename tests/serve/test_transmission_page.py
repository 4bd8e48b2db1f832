"""The page of a document from another archive (a State Department telegram built by hand): who cleared,
approved, typed and signed it for the author, its precedence, when it was dispatched and received, the
purpose and copy count of each distribution entry, the layout it was read with; escaped like the rest,
and the same on the static site."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from chancery.config import Settings
from chancery.graph import build_graph
from chancery.graph.namespaces import CHANCERY
from chancery.publish.dumps import dump
from chancery.publish.site import write_site
from chancery.resolve import resolve
from chancery.serve.app import ServeOptions, create_app
from chancery.serve.store import ServedDataset, load_dataset
from chancery.serve.views import ROLE_HEADINGS

ROOT = Path(__file__).resolve().parents[2]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PATH = "document/frus_1955_042"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _cable():
    spec = importlib.util.spec_from_file_location(
        "hand_records", ROOT / "tests" / "graph" / "hand_records.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.cable()


@pytest.fixture(scope="module")
def cable_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = [_cable()]
    out = tmp_path_factory.mktemp("cable-build")
    dump(build_graph(records, resolve(records), Settings()), out, Settings())
    return out


@pytest.fixture(scope="module")
def html(serve_app, cable_build: Path) -> str:
    url = serve_app(create_app(load_dataset(cable_build), ServeOptions(queries=[]))).url
    response = httpx.get(url + PATH, headers={"Accept": BROWSER})
    assert response.status_code == 200
    return response.text


def dd(html: str, ident: str) -> str:
    found = re.search(rf'<dd id="{ident}">(.*?)</dd>', html, re.S)
    assert found, ident
    return found.group(1)


def test_precedence_dispatch_and_receipt(html: str) -> None:
    precedence = dd(html, "precedence")
    assert re.search(r'<a href="[^"]*precedence/niact">NIACT</a>', precedence)
    assert "as-written" not in precedence  # the page's word is the concept's label
    assert "<time>1955-07-28T18:37:00</time>" in dd(html, "dispatched")
    assert "“July 28, 1955, 6:37 p.m.”" in dd(html, "dispatched")
    assert "<time>1955-07-29T02:10:00</time>" in dd(html, "received")


def test_cleared_approved_typed_and_signed_for(html: str) -> None:
    headings = re.findall(r"<dt>([^<]+)</dt>\s*<dd class=\"role-([a-z-]+)\">", html)
    shown = {role: heading for heading, role in headings}
    for role in ("proxy-signatory", "clearer", "approver", "typist"):
        assert shown[role] == ROLE_HEADINGS[role].capitalize()
    cleared = re.search(r'class="role-clearer">(.*?)</dd>', html, re.S).group(1)
    assert "EUR - Mr. Merchant" in cleared and "G - Mr. Murphy" in cleared
    order = [role for _, role in headings]
    assert order.index("signatory" if "signatory" in order else "author") < order.index("proxy-signatory")
    assert order.index("drafter") < order.index("clearer") < order.index("approver") < order.index("typist")


def test_distribution_for_action_and_information_with_copies(html: str) -> None:
    table = html.split('id="distribution"')[1].split("</table>")[0]
    assert "<th>Copies</th>" in table and "<th>For</th>" in table
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>(.*?)</tr>", table, re.S)
    purposes = [re.search(r'class="purpose">(.*?)</td>', row).group(1) for _, row in rows]
    assert [re.sub(r"<[^>]+>", "", p) for p in purposes] == [
        "for action",
        "for information",
        "for information",
    ]
    copies = [re.search(r'class="copies">(.*?)</td>', row).group(1) for _, row in rows]
    assert copies == ["", "", "2"]


def test_the_layout_is_named_with_the_source(html: str) -> None:
    assert re.search(r"Read from data/frus/frus_1955_042\.txt \(layout: frus\)\.", html)


def test_a_list_without_purposes_or_counts_has_no_such_columns(serve_app, tmp_path: Path) -> None:
    record = _cable()
    record.distribution = [
        type(e)(e.agent, e.position, e.copy_number) for e in record.distribution
    ]  # no purpose, no copies
    dump(build_graph([record], resolve([record]), Settings()), tmp_path, Settings())
    url = serve_app(create_app(load_dataset(tmp_path), ServeOptions(queries=[]))).url
    page = httpx.get(url + PATH, headers={"Accept": BROWSER}).text
    assert 'id="distribution"' in page and "<th>For</th>" not in page and "<th>Copies</th>" not in page


def test_hostile_precedence_layout_and_names_are_escaped(serve_app, cable_build: Path) -> None:
    store = load_dataset(cable_build).store
    base = "https://example.org/chancery/"
    doc, graph = ox.NamedNode(base + PATH), ox.NamedNode(base + "graph/" + PATH)
    hostile = ox.Literal(HOSTILE)
    store.remove(next(iter(store.quads_for_pattern(doc, ox.NamedNode(str(CHANCERY.precedence)), None))))
    for subject, predicate, where in [
        (doc, CHANCERY.precedenceAsWritten, graph),
        (
            ox.NamedNode(base + "graph/" + PATH),
            CHANCERY.sourceLayout,
            ox.NamedNode(base + "graph/provenance"),
        ),
        (ox.NamedNode(base + PATH + "/role/clearer-1"), CHANCERY.nameAsWritten, graph),
    ]:
        store.add(ox.Quad(subject, ox.NamedNode(str(predicate)), hostile, where))
    url = serve_app(create_app(ServedDataset(store), ServeOptions(queries=[]))).url
    response = httpx.get(url + PATH, headers={"Accept": BROWSER})
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    assert response.text.count("&lt;script&gt;alert") >= 3
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_the_static_site_shows_the_same(cable_build: Path, tmp_path: Path) -> None:
    write_site(load_dataset(cable_build), tmp_path / "site")
    page = (tmp_path / "site" / (PATH + ".html")).read_text(encoding="utf-8")
    for ident in ("precedence", "dispatched", "received"):
        assert f'<dd id="{ident}">' in page
    assert 'class="role-typist"' in page and "(layout: frus)" in page


def test_every_role_of_the_scheme_has_a_heading() -> None:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    ontology = Graph().parse(ROOT / "ontology" / "chancery.ttl")
    roles = {str(c).rsplit("/", 1)[-1] for c in ontology.subjects(SKOS.inScheme, CHANCERY.RoleScheme)}
    assert roles == set(ROLE_HEADINGS)
