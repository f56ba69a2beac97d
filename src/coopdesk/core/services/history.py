"""Who changed what: reading the change log."""

from __future__ import annotations

from coopdesk.core import audit
from coopdesk.core.db import Database


def history(
    db: Database,
    *,
    event_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 500,
) -> list[audit.Change]:
    """The most recent changes first, for one event, one kind of record or one record."""
    with db.session() as session:
        return audit.history(
            session, event_id=event_id, entity=entity, entity_id=entity_id, limit=limit
        )
