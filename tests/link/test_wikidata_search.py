"""The search-API candidate search for live Wikidata, exercised offline through its cache (no network)."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from chancery.link.cache import ResponseCache
from chancery.link.sparql import OfflineMiss
from chancery.link.wikidata import WikidataSearch


def api_url(name: str) -> str:
    params = {"action": "wbsearchentities", "search": name, "language": "en", "uselang": "en",
              "type": "item", "limit": "10", "format": "json"}  # fmt: skip
    return f"{WikidataSearch.API}?{urllib.parse.urlencode(params)}"


def test_answers_come_from_the_cache_when_offline(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    cache.put("wikidata-search", api_url("Stalin"), {"search": [{"id": "Q855"}, {"id": "Q12345"}]})
    cache.put("wikidata-search", api_url("I. V. Stalin"), {"search": [{"id": "Q855"}]})
    search = WikidataSearch(cache, offline=True)
    assert search.search(["Stalin", "I. V. Stalin"], ["stalin"], ["stali"]) == ["Q855", "Q12345"]


def test_a_question_the_cache_never_saw_is_an_offline_miss(tmp_path: Path) -> None:
    with pytest.raises(OfflineMiss):
        WikidataSearch(ResponseCache(tmp_path), offline=True).search(["Molotov"])
