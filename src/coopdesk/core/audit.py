"""The change log: every record created, changed or deleted, with who and when.

Recorded by a flush hook on each database's sessions, in the same transaction as the
change itself, so the log and the data never disagree. Sensitive values (passport,
birth date, diet, health needs) are never copied into the log: it only says that
they changed.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import NEVER_SET, NO_VALUE

from coopdesk.core.model import (
    AgendaItem,
    Agreement,
    Authority,
    Base,
    ChangeLogEntry,
    Event,
    Organisation,
    Participation,
    Partnership,
    Person,
    Venue,
)
from coopdesk.core.timezones import now_utc

USER_ENV = "COOPDESK_USER"
MASK = "•••"

AUDITED: dict[type[Base], str] = {
    Authority: "authority",
    Organisation: "organisation",
    Person: "person",
    Partnership: "partnership",
    Agreement: "agreement",
    Venue: "venue",
    Event: "event",
    Participation: "participation",
    AgendaItem: "agenda_item",
}

_IGNORED = {"version", "sequence", "logo"}


def current_user() -> str:
    """The name recorded in the log: ``COOPDESK_USER``, else the system login."""
    name = os.environ.get(USER_ENV)
    if name:
        return name[:100]
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError, ImportError):
        return "?"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _summary(obj: Any) -> str:
    for attr in ("title", "name"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return value[:300]
    if isinstance(obj, Person):
        return f"{obj.first_name} {obj.last_name}".strip()[:300]
    if isinstance(obj, Participation):
        return f"person {obj.person_id} in event {obj.event_id}"
    return ""


def _event_id(obj: Any) -> int | None:
    if isinstance(obj, Event):
        return obj.id
    value = getattr(obj, "event_id", None)
    return value if isinstance(value, int) else None


def _changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    if action == "update":
        return _updates(obj, state)
    out: dict[str, list[Any]] = {}
    for column in obj.__table__.columns:
        key = column.key
        if key in _IGNORED or key == "id":
            continue
        sensitive = bool(column.info.get("sensitive"))
        if action == "create":
            after = getattr(obj, key)
            if after is not None:
                out[key] = [None, MASK if sensitive else _plain(after)]
            continue
        if action == "delete":
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        if sensitive:
            out[key] = [MASK if before is not None else None, MASK if after is not None else None]
        else:
            out[key] = [_plain(before), _plain(after)]
    return out


def _updates(obj: Any, state: Any) -> dict[str, list[Any]]:
    """The columns changed in place: only those the session holds an old value of."""
    out: dict[str, list[Any]] = {}
    columns = obj.__table__.columns
    for key, before in state.committed_state.items():
        if key in _IGNORED or key == "id" or key not in columns:
            continue
        if before is NO_VALUE or before is NEVER_SET:
            before = None
        after = state.dict.get(key)
        if before == after:
            continue
        if columns[key].info.get("sensitive"):
            out[key] = [MASK if before is not None else None, MASK if after is not None else None]
        else:
            out[key] = [_plain(before), _plain(after)]
    return out


def _after_flush(session: Session, _context: Any) -> None:
    user = session.info.get("user") or current_user()
    at = now_utc()
    rows = []
    for action, objects in (
        ("create", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            entity = AUDITED.get(type(obj))
            if entity is None:
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": at,
                    "user": user,
                    "entity": entity,
                    "entity_id": getattr(obj, "id", None),
                    "event_id": _event_id(obj),
                    "action": action,
                    "changes": json.dumps(changes, ensure_ascii=False),
                    "summary": _summary(obj),
                }
            )
    if rows:
        session.connection().execute(insert(Base.metadata.tables["change_log"]), rows)


def install(sessions: sessionmaker[Session], user: str) -> None:
    """Record every change made through ``sessions`` in the change log."""
    sessions.configure(info={"user": user})
    event.listen(sessions, "after_flush", _after_flush)


def log_bulk(session: Session, entity: str, event_id: int | None, count: int, summary: str) -> None:
    """One entry for many records written at once (a bulk import)."""
    session.execute(
        insert(Base.metadata.tables["change_log"]),
        [
            {
                "at": now_utc(),
                "user": session.info.get("user") or current_user(),
                "entity": entity,
                "entity_id": None,
                "event_id": event_id,
                "action": "import",
                "changes": json.dumps({"count": [None, count]}),
                "summary": summary[:300],
            }
        ],
    )


@dataclass(frozen=True, slots=True)
class Change:
    at: datetime
    user: str
    entity: str
    entity_id: int | None
    event_id: int | None
    action: str
    changes: dict[str, list[Any]]
    summary: str


def history(
    session: Session,
    *,
    event_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 500,
) -> list[Change]:
    query = select(ChangeLogEntry).order_by(ChangeLogEntry.at.desc(), ChangeLogEntry.id.desc())
    if event_id is not None:
        query = query.where(ChangeLogEntry.event_id == event_id)
    if entity is not None:
        query = query.where(ChangeLogEntry.entity == entity)
    if entity_id is not None:
        query = query.where(ChangeLogEntry.entity_id == entity_id)
    return [
        Change(
            at=row.at,
            user=row.user,
            entity=row.entity,
            entity_id=row.entity_id,
            event_id=row.event_id,
            action=row.action,
            changes=json.loads(row.changes),
            summary=row.summary,
        )
        for row in session.scalars(query.limit(limit))
    ]
