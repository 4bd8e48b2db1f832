"""Names as written -> one entity per person, organisation and place in the collection.

The graph builder asks a :class:`Resolution` which entity a mention stands for. A mention is
addressed by ``(record_id, role, index)``: ``role`` is a key of :data:`chancery.model.ROLES`,
``"distribution"`` or ``"places"``, and ``index`` the mention's position in that list (0-based).
The body named beside an agent (its ``affiliation``) is an entity too:
:meth:`Resolution.affiliation_of` with the agent's address.
"""

from __future__ import annotations

from chancery.resolve.decisions import Decisions, read_decisions
from chancery.resolve.entities import Entity, LinkEvidence, Resolution, resolve

__all__ = ["Decisions", "Entity", "LinkEvidence", "Resolution", "read_decisions", "resolve"]
