"""Responses cached on disk: a rebuild is offline and gives the same links; --refresh asks again."""

from __future__ import annotations

from pathlib import Path

from authority_server import Requests
from seed_pages import seed_records

from chancery.config import Settings
from chancery.link import link
from chancery.link.cache import ResponseCache
from chancery.resolve import resolve


def links(settings: Settings) -> tuple[dict[str, dict[str, str]], list[str]]:
    resolution = resolve(seed_records())
    report = link(resolution, settings)
    return {e.key: dict(e.authority) for e in resolution.entities if e.authority}, report.notes


def test_a_rebuild_from_the_cache_asks_nothing_and_links_the_same(
    authority_endpoint: str, endpoint_requests: Requests, tmp_path: Path
) -> None:
    online, _ = links(Settings(link_endpoint=authority_endpoint, link_cache_dir=tmp_path))
    before = endpoint_requests.count
    offline, notes = links(Settings(link_cache_dir=tmp_path))
    assert offline == online
    assert {"wikidata": "Q855"} in offline.values()
    assert endpoint_requests.count == before
    assert not any("skipped" in n for n in notes)


def test_refresh_asks_again(authority_endpoint: str, endpoint_requests: Requests, tmp_path: Path) -> None:
    links(Settings(link_endpoint=authority_endpoint, link_cache_dir=tmp_path))
    before = endpoint_requests.count
    again, _ = links(Settings(link_endpoint=authority_endpoint, link_cache_dir=tmp_path, link_refresh=True))
    assert endpoint_requests.count > before
    assert any(a.get("wikidata") == "Q855" for a in again.values())


def test_without_endpoint_or_cache_linking_is_skipped_and_said(tmp_path: Path) -> None:
    found, notes = links(Settings(link_cache_dir=tmp_path / "none"))
    assert found == {}
    assert any("linking skipped" in n for n in notes)


def test_a_cache_that_does_not_answer_skips_linking(tmp_path: Path) -> None:
    (tmp_path / "cache").mkdir()
    found, notes = links(Settings(link_cache_dir=tmp_path / "cache"))
    assert found == {} and any("does not answer" in n for n in notes)


def test_cache_files_are_deterministic(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    cache.put("sparql", "SELECT * {}", [{"b": {"type": "literal", "value": "é"}}, {"a": {"value": "1"}}])
    path = cache.path("sparql", "SELECT * {}")
    assert path is not None and path.name == ResponseCache.key("sparql", "SELECT * {}") + ".json"
    first = path.read_bytes()
    cache.put("sparql", "SELECT * {}", [{"b": {"type": "literal", "value": "é"}}, {"a": {"value": "1"}}])
    assert path.read_bytes() == first
    assert cache.get("sparql", "SELECT * {}")[0]["b"]["value"] == "é"


def test_an_unreachable_endpoint_skips_linking_and_the_build_goes_on(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    found, notes = links(Settings(link_endpoint=f"http://127.0.0.1:{port}/sparql", link_cache_dir=tmp_path))
    assert found == {} and any("linking skipped" in n for n in notes)


def test_an_endpoint_that_refuses_post_is_asked_with_get(slice_store, tmp_path: Path) -> None:  # noqa: ANN001
    from authority_server import serve

    server = serve(slice_store, Requests(), post=False)
    try:
        found, _ = links(
            Settings(link_endpoint=f"http://127.0.0.1:{server.server_port}/sparql", link_cache_dir=tmp_path)
        )
    finally:
        server.shutdown()
        server.server_close()
    assert {"wikidata": "Q855"} in found.values()
