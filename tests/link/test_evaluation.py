"""Link precision and recall over the seeds and the dev corpus (gold.json), through the real endpoint."""

from __future__ import annotations

from pathlib import Path

from evaluate import load_gold, run


def test_gold_names_only_items_the_slice_holds(shared: Path) -> None:
    text = (shared / "authorities" / "wikidata-slice.ttl").read_text(encoding="utf-8")
    geonames = (shared / "authorities" / "geonames-slice.ttl").read_text(encoding="utf-8")
    for entry in load_gold().values():
        if entry.get("wikidata"):
            assert f"wd:{entry['wikidata']} " in text
        if entry.get("geonames"):
            assert f"<https://sws.geonames.org/{entry['geonames']}/>" in geonames


def test_link_precision_and_recall(shared: Path, authority_endpoint: str, tmp_path: Path) -> None:
    scores = run(shared, authority_endpoint, tmp_path)
    print(scores.text())
    assert scores.precision >= 0.98, scores.text()
    assert scores.recall >= 0.90, scores.text()
    assert scores.pairs_precision >= 0.98, scores.text()


def test_link_precision_and_recall_on_the_readers_records(
    shared: Path, authority_endpoint: str, tmp_path: Path
) -> None:
    """The same measure over what chancery's page reader makes of the pages (names as it cleans them)."""
    scores = run(shared, authority_endpoint, tmp_path, reader=True)
    print(scores.text())
    assert scores.expected >= 10, "the reader gives too few of the slice's entities to measure"
    assert scores.precision >= 0.98, scores.text()
    assert scores.recall >= 0.90, scores.text()
