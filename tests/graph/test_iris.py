"""IRI minting: deterministic, valid, injective where it must be."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.errors import ConfigError
from chancery.graph.iris import Iris, authority_iri, segment, slug

IRIS = Iris("https://example.org/chancery/")
# RFC 3987 forbids these in an IRI; our segments are ASCII, so every character must be from RFC 3986.
VALID = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
texts = st.text(st.characters(exclude_categories=("Cs",)))


def assert_valid(iri: str) -> None:
    assert VALID.fullmatch(iri), iri
    assert not re.search(r"%(?![0-9A-F]{2})", iri), iri
    ox.NamedNode(iri)  # pyoxigraph validates IRIs strictly


@given(texts)
def test_segment_is_deterministic_valid_and_injective(text: str) -> None:
    iri = IRIS.document(text)
    assert iri == IRIS.document(text)
    assert_valid(iri)
    seg = segment(text)
    assert "/" not in seg and seg not in ("", ".", "..")
    import unicodedata

    assert unquote(seg) == (unicodedata.normalize("NFC", text) or "_")


@given(texts, texts, st.integers(1, 10_000))
def test_every_kind_of_iri_is_valid(a: str, b: str, n: int) -> None:
    for iri in (
        IRIS.role(a, b, n),
        IRIS.distribution(a, n),
        IRIS.copy(a, n),
        IRIS.copy_fate_date(a, n),
        IRIS.reference(a, b, n),
        IRIS.folder(a),
        IRIS.entity("person", a),
        IRIS.archive(a),
        IRIS.archival_unit(a, [("fond", b), ("opis", a)]),
        IRIS.source(a),
        IRIS.document_graph(a),
        IRIS.link("person", a, "wikidata", b),
        IRIS.link_feature(IRIS.link("place", b, "geonames", a), a),
    ):
        assert_valid(iri)
        assert iri.startswith("https://example.org/chancery/")


@given(texts)
def test_slug_is_readable_and_valid(text: str) -> None:
    s = slug(text)
    assert s and "/" not in s and s == slug(text)
    assert_valid(IRIS.archive(text))


def test_examples() -> None:
    assert str(IRIS.archival_unit("GARF", [("fond", "R-9401ss"), ("opis", "2"), ("delo", "100")])) == (
        "https://example.org/chancery/archive/garf/fond/r-9401ss/opis/2/delo/100"
    )
    assert IRIS.archive("PRC FMA").endswith("/archive/prc-fma")
    assert IRIS.document("000_309a8ed843226cda").endswith("/document/000_309a8ed843226cda")
    assert IRIS.role("x", "signatory", 1).endswith("/document/x/role/signatory-1")
    assert str(Iris("http://a.test/base").document("x")) == "http://a.test/base/document/x"


def test_authority_iris() -> None:
    assert str(authority_iri("wikidata", "Q855")) == "http://www.wikidata.org/entity/Q855"
    assert (
        str(authority_iri("wikidata", "http://www.wikidata.org/entity/Q855"))
        == "http://www.wikidata.org/entity/Q855"
    )
    assert str(authority_iri("viaf", "101787139")) == "http://viaf.org/viaf/101787139"
    assert str(authority_iri("geonames", "524901")) == "https://sws.geonames.org/524901/"
    assert str(authority_iri("lcnaf", "n80017285")) == "http://id.loc.gov/authorities/names/n80017285"
    assert str(authority_iri("gnd", "118616889")) == "https://d-nb.info/gnd/118616889"
    assert authority_iri("wikidata", "855 <x>") is None
    assert authority_iri("nope", "1") is None


@pytest.mark.parametrize(
    "base", ["example.org/x", "https://exa mple.org/", "http://x/<y>", "", "http://x/#a"]
)
def test_a_base_that_is_not_an_absolute_iri_is_refused(base: str) -> None:
    with pytest.raises(ConfigError):
        Iris(base)


@pytest.mark.parametrize("base", ["https://example.org/chancery/", "http://data.test/x", "urn:x:chancery#"])
def test_absolute_bases_are_taken(base: str) -> None:
    assert str(Iris(base).document("a")).startswith(base)
