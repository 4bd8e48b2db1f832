"""Records built from the ground truth of the seeds and the dev corpus, with names as the pages write them.

Each person or body of a role gets its longest page form (``name_variants`` maps page forms to the
corpus's display form); the page's other forms of it, and the people only named in the text, become
``mentioned_persons`` of the same record, so that resolution sees every form a page uses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chancery.model import ROLES, Agent, DateValue, DistributionEntry, Place, Record
from chancery.resolve.names import clean, honorifics_of

AGENT_ROLES = [r for r in ROLES if r != "mentioned_persons"]


def truth_files(shared: Path) -> list[Path]:
    return sorted((shared / "seeds").glob("*.json")) + sorted((shared / "dev-corpus").glob("*.json"))


def variants_of(truth: dict[str, Any]) -> dict[str, list[str]]:
    """display form -> page forms, over the record and its enclosures."""
    out: dict[str, list[str]] = {}
    for data in [truth, *truth.get("enclosed_documents", [])]:
        for form, display in data.get("name_variants", {}).items():
            if form not in out.setdefault(display, []):
                out[display].append(form)
    return out


def agent(form: str) -> Agent:
    return Agent(name=clean(form), as_written=form, kind="unknown", honorifics=honorifics_of(form))


def page_form(display: str, variants: dict[str, list[str]]) -> str:
    forms = variants.get(display) or [display]
    return max(forms, key=lambda f: (len(clean(f).split()), not f.isupper(), f))


def record(truth: dict[str, Any], rid: str, variants: dict[str, list[str]], used: set[str]) -> Record:
    date = truth.get("date")
    rec = Record(id=rid, date=DateValue(as_written=str(date), value=date) if isinstance(date, str) else None)
    for role in AGENT_ROLES:
        for display in truth.get(role) or []:
            used.add(display)
            getattr(rec, role).append(agent(page_form(display, variants)))
    for i, display in enumerate(truth.get("distribution") or []):
        used.add(display)
        rec.distribution.append(DistributionEntry(agent(page_form(display, variants)), i + 1, i + 1))
    rec.places = [Place(name=p, as_written=p, role="sent_from") for p in truth.get("places") or []]
    for i, enclosed in enumerate(truth.get("enclosed_documents") or []):
        rec.enclosed_documents.append(record(enclosed, f"{rid}-enc{i + 1}", variants, used))
    return rec


def records(shared: Path) -> list[Record]:
    out = []
    for path in truth_files(shared):
        truth = json.loads(path.read_text(encoding="utf-8"))
        variants = variants_of(truth)
        used: set[str] = set()
        rec = record(truth, path.stem, variants, used)
        for display, forms in variants.items():
            chosen = page_form(display, variants) if display in used else None
            rec.mentioned_persons += [agent(f) for f in forms if f != chosen]
        out.append(rec)
    return out


def gold_display(shared: Path) -> dict[tuple[str, str], str]:
    """(document id, page form) -> display form, for scoring resolution and links."""
    out = {}
    for path in truth_files(shared):
        truth = json.loads(path.read_text(encoding="utf-8"))
        for display, forms in variants_of(truth).items():
            for form in [*forms, display]:
                out[(path.stem, form)] = display
        for data in [truth, *truth.get("enclosed_documents", [])]:
            for place in data.get("places") or []:
                out[(path.stem, place)] = place
    return out
