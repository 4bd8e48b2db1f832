"""HTTP content negotiation: parse an ``Accept`` header (lists, parameters, q-values, wildcards) and pick
the best of the media types a resource offers (RFC 9110, section 12.5.1).

The server's order of offers breaks ties, so ``*/*`` gets the first offer (its preferred format).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float
    params: tuple[tuple[str, str], ...] = ()

    @property
    def specificity(self) -> int:
        """3 for ``type/sub;param``, 2 for ``type/sub``, 1 for ``type/*``, 0 for ``*/*``."""
        if self.type == "*":
            return 0
        if self.subtype == "*":
            return 1
        return 3 if self.params else 2

    def matches(self, media_type: str) -> bool:
        kind, _, sub = media_type.partition("/")
        return self.type in ("*", kind) and self.subtype in ("*", sub)


def _parse_q(value: str) -> float:
    try:
        q = float(value)
    except ValueError:
        return 0.0
    return min(max(q, 0.0), 1.0)


def parse_accept(header: str | None) -> list[MediaRange]:
    """Media ranges of an Accept header; a missing or empty header accepts anything."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        parts = [p.strip() for p in item.split(";")]
        kind, slash, sub = parts[0].lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q, params = 1.0, []
        for param in parts[1:]:
            name, _, value = param.partition("=")
            name, value = name.strip().lower(), value.strip().strip('"')
            if name == "q":
                q = _parse_q(value)
            elif name:
                params.append((name, value))
        ranges.append(MediaRange(kind, sub, q, tuple(params)))
    return ranges


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The q-value the client gives ``media_type``: that of the most specific range matching it."""
    matching = [r for r in ranges if r.matches(media_type)]
    if not matching:
        return 0.0
    best = max(r.specificity for r in matching)
    return max(r.q for r in matching if r.specificity == best)


def negotiate(header: str | None, offers: Sequence[str]) -> str | None:
    """The offered media type the client prefers, or ``None`` if it accepts none (then answer 406)."""
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for offer in offers:
        q = quality(ranges, offer)
        if q > best_q:
            best, best_q = offer, q
    return best
