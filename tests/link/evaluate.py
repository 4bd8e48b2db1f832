"""Link precision and recall on the seeds and the dev corpus, against ``gold.json``.

Run it as a script (it serves the authority slices on 127.0.0.1 itself)::

    .venv/bin/python tests/link/evaluate.py [--shared ../shared] [--verbose]

or through ``tests/link/test_evaluation.py``. A predicted link is one (entity, authority, id) pair
(Wikidata, and GeoNames whether reached through Wikidata's P1566 or directly); it is right when the
gold gives that id for the entity's display form. Recall counts the gold ids (not "excluded") found.
Resolution is scored too: pairs of mentions of one display form that share an entity.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUTHORITIES = ("wikidata", "geonames")


@dataclass
class Scores:
    predicted: int = 0
    correct: int = 0
    expected: int = 0
    found: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    pairs_precision: float = 1.0
    pairs_recall: float = 1.0
    merged: list[str] = field(default_factory=list)  # display forms resolution joined wrongly

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def text(self) -> str:
        lines = [
            f"link precision {self.precision:.3f} ({self.correct}/{self.predicted})",
            f"link recall    {self.recall:.3f} ({self.found}/{self.expected})",
            f"resolution pairs: precision {self.pairs_precision:.3f}, recall {self.pairs_recall:.3f}",
        ]
        lines += [f"  wrong:  {w}" for w in self.wrong] + [f"  missed: {m}" for m in self.missed]
        lines += [f"  joined: {m}" for m in self.merged]
        return "\n".join(lines)


def load_gold() -> dict[str, dict]:
    return json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["entities"]


def displays(records: list, resolution, display_of: dict) -> tuple[dict[int, str], list[tuple[str, int]]]:
    """Each entity's display form (the most common among its mentions), and (display, entity) per mention."""
    from chancery.resolve.mentions import mentions

    per_mention = []
    for record in records:
        for mention in mentions(record):
            entity = resolution.mentions.get(mention.key)
            if entity is not None:
                display = _display(display_of, mention)
                per_mention.append((display, id(entity)))
    votes: dict[int, Counter] = {}
    for display, entity in per_mention:
        votes.setdefault(entity, Counter())[display] += 1
    return {e: c.most_common(1)[0][0] for e, c in votes.items()}, per_mention


def _display(display_of: dict, mention) -> str:  # noqa: ANN001
    """The gold display form of a mention: by its form as written, its clean name, or its variants."""
    from chancery.resolve.names import clean

    document = mention.document.split("-enc")[0]
    for form in (mention.form, mention.name, clean(mention.form), *mention.variants):
        if (document, form) in display_of:
            return display_of[(document, form)]
    return mention.name


def score(records: list, resolution, display_of: dict, gold: dict[str, dict]) -> Scores:
    named, per_mention = displays(records, resolution, display_of)
    scores = Scores()
    found = set()
    for entity in resolution.entities:
        display = named.get(id(entity), entity.label)
        for authority in AUTHORITIES:
            got = entity.authority.get(authority)
            if got is None:
                continue
            scores.predicted += 1
            if (gold.get(display) or {}).get(authority) == got:
                scores.correct += 1
                found.add((display, authority))
            else:
                scores.wrong.append(f"{display} -> {authority}:{got}")
    present = {display for display, _ in per_mention}
    for display, entry in sorted(gold.items()):
        if display not in present:
            continue  # the records do not name it (the reader may not give text mentions)
        for authority in AUTHORITIES:
            if entry.get(authority) and not entry.get("excluded"):
                scores.expected += 1
                if (display, authority) in found:
                    scores.found += 1
                else:
                    scores.missed.append(f"{display} -> {authority}:{entry[authority]}")
    scores.pairs_precision, scores.pairs_recall = _pairs(per_mention)
    scores.merged = sorted(
        {f"{d1} = {d2}" for (d1, e1), (d2, e2) in combinations(per_mention, 2) if e1 == e2 and d1 != d2}
    )
    return scores


def _pairs(per_mention: list[tuple[str, int]]) -> tuple[float, float]:
    same_entity = same_display = both = 0
    for (d1, e1), (d2, e2) in combinations(per_mention, 2):
        same_entity += e1 == e2
        same_display += d1 == d2
        both += e1 == e2 and d1 == d2
    return (both / same_entity if same_entity else 1.0), (both / same_display if same_display else 1.0)


def run(shared: Path, endpoint: str, cache: Path, reader: bool = False) -> Scores:
    """Scores over records built from the ground truth, or (``reader``) read from the pages."""
    sys.path.insert(0, str(HERE))
    from gold_records import gold_display, records

    from chancery.config import Settings
    from chancery.link import link
    from chancery.pipeline import extract
    from chancery.resolve import resolve

    built = extract([shared / "seeds", shared / "dev-corpus"]).records if reader else records(shared)
    resolution = resolve(built)
    report = link(resolution, Settings(link_endpoint=endpoint, link_cache_dir=cache))
    if report.skipped:
        raise RuntimeError(report.skipped)
    return score(built, resolution, gold_display(shared), load_gold())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    parser.add_argument("--reader", action="store_true", help="read the pages with chancery's reader")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import pyoxigraph
    from authority_server import SLICES, Requests, serve

    store = pyoxigraph.Store()
    for name in SLICES:
        store.load(path=str(args.shared / "authorities" / name), format=pyoxigraph.RdfFormat.TURTLE)
    server = serve(store, Requests())
    try:
        with tempfile.TemporaryDirectory() as cache:
            url = f"http://127.0.0.1:{server.server_port}/sparql"
            scores = run(args.shared, url, Path(cache), reader=args.reader)
    finally:
        server.shutdown()
        server.server_close()
    print(scores.text())


if __name__ == "__main__":
    main()
