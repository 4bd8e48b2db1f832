"""The seeds' people, places and bodies, named as the pages write them, linked through the slice."""

from __future__ import annotations

import pytest
from seed_pages import seed_records

from chancery.config import Settings
from chancery.link import link
from chancery.resolve import Resolution, resolve


@pytest.fixture(scope="module")
def linked(authority_endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Resolution:
    resolution = resolve(seed_records())
    settings = Settings(link_endpoint=authority_endpoint, link_cache_dir=tmp_path_factory.mktemp("cache"))
    link(resolution, settings)
    return resolution


def entity(resolution: Resolution, form: str):  # noqa: ANN201
    found = [e for e in resolution.entities if form in e.forms]
    assert len(found) == 1, (form, found)
    return found[0]


@pytest.mark.parametrize(
    ("form", "qid"),
    [("Cde. I. V. Stalin", "Q855"), ("Cde. BERIA", "Q141829"), ("Cde. A. Ya. Vyshinsky", "Q155860"),
     ("Moscow", "Q649"), ("from Alma-Ata", "Q35493"), ("USSR NKVD", "Q182449")],
)  # fmt: skip
def test_the_seed_entities_link_to_the_right_items(linked: Resolution, form: str, qid: str) -> None:
    assert entity(linked, form).authority["wikidata"] == qid


def test_one_stalin_across_both_pages_with_every_form(linked: Resolution) -> None:
    stalin = entity(linked, "Cde. I. V. Stalin")
    assert {"his Excellency Stalin", "Commander-in-Chief Marshal Stalin"} <= stalin.forms
    assert stalin.label == "I. V. Stalin"
    assert stalin.documents == {"000_309a8ed843226cda", "001_2383f93aa2bbb290"}
    assert linked.of("001_2383f93aa2bbb290", "recipients", 0) is stalin
    assert linked.of("000_309a8ed843226cda", "distribution", 0) is stalin


UNLINKED = ["Cde. V. M. Molotov", "Cde. Yegnarov", "Cde. G. M. Malenkov", "Cde. A. I. Mikoyan",
            "Cde. Mamulov", "Gary Goldberg", "ALIHAN TORE", "V. Popova"]  # fmt: skip


@pytest.mark.parametrize("form", UNLINKED)
def test_names_the_slice_does_not_hold_get_no_link(linked: Resolution, form: str) -> None:
    assert entity(linked, form).authority == {}


def test_places_get_geonames_and_coordinates_and_no_namesake(linked: Resolution) -> None:
    moscow = entity(linked, "Moscow")
    assert moscow.authority == {"wikidata": "Q649", "geonames": "524901"}
    assert moscow.coordinates == pytest.approx((55.75204, 37.61781))
    ghulja = entity(linked, "Ghulja [Yining]")
    assert ghulja.authority == {"geonames": "1529435"}  # the city, not the Yining near-misses
    assert ghulja.coordinates == pytest.approx((43.91515, 81.32151))


def test_every_link_carries_score_features_and_source(linked: Resolution, authority_endpoint: str) -> None:
    beria = entity(linked, "Cde. BERIA")
    (evidence,) = beria.link_evidence
    assert evidence.authority == "wikidata" and evidence.id == "Q141829"
    assert evidence.method == "score" and evidence.source == authority_endpoint
    assert 0.85 <= evidence.score <= 1.0
    assert evidence.features["type"] == "agrees" and evidence.features["lifespan"] == "alive"
    assert evidence.features["context"] >= 1  # Stalin and Vyshinsky are on the same page
    assert evidence.matched == "Beria"


def test_the_affiliation_is_an_entity_of_its_own(linked: Resolution) -> None:
    nkvd = linked.affiliation_of("000_309a8ed843226cda", "recipients", 0)
    assert nkvd is not None and nkvd.kind == "organization" and nkvd.label == "USSR NKVD"
