"""The linker against the Oxigraph server (the PyPI binary), as against any SPARQL 1.1 endpoint."""

from __future__ import annotations

from pathlib import Path

from seed_pages import seed_records

from chancery.config import Settings
from chancery.link import link
from chancery.resolve import resolve


def test_the_seeds_link_the_same_through_the_oxigraph_server(oxigraph_endpoint: str, tmp_path: Path) -> None:
    resolution = resolve(seed_records())
    link(resolution, Settings(link_endpoint=oxigraph_endpoint, link_cache_dir=tmp_path))
    linked = {
        e.label: e.authority.get("wikidata") or e.authority.get("geonames") for e in resolution.entities
    }
    assert {k: v for k, v in linked.items() if v} == {
        "I. V. Stalin": "Q855", "Beria": "Q141829", "A. Ya. Vyshinsky": "Q155860", "Moscow": "Q649",
        "Alma-Ata": "Q35493", "USSR NKVD": "Q182449", "Ghulja": "1529435",
    }  # fmt: skip
