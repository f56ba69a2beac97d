"""The change log: every record created, changed or deleted, with who and when.

Recorded by a flush hook on each database's sessions, in the same transaction as the
change itself, so the log and the data never disagree. Sensitive values (passport,
birth date, diet, health needs) are never copied into the log: it only says that
they changed. What is written without the ORM or to many records at once has one
entry of its own, written in the same transaction: an import (with its rows, as ids:
no name enters the log that an erasure would have to find), a restore, an erasure, a
purge.

Who: on SQLite the system login (or ``COOPDESK_USER``); on PostgreSQL the server
writes the database user (``session_user``) itself, whatever the program says.

The log is append-only. On PostgreSQL only the administrator role may change or
delete entries (grants, see :mod:`coopdesk.core.access`); on SQLite, where every user
is an administrator, triggers refuse any UPDATE or DELETE, and the administrator's
path (:func:`unlock_log`, used by an erasure and a restore) drops them inside the
transaction and puts them back before it commits: a crash in between rolls both back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.base import NEVER_SET, NO_VALUE

# Importing access makes the server's refusals typed errors; who the user is lives there
# too, so that knowing it loads no ORM.
from coopdesk.core.access import USER_ENV as USER_ENV
from coopdesk.core.access import current_user as current_user
from coopdesk.core.errors import AccessDeniedError
from coopdesk.core.model import (
    AgendaItem,
    Agreement,
    Authority,
    BadgeCategoryRecord,
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
    BadgeCategoryRecord: "badge_category",
}

_IGNORED = {"version", "sequence", "logo"}


def plain_value(value: Any) -> Any:
    """A value as the audit log stores it in JSON (enums by value, dates in ISO 8601)."""
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
    for attr in ("title", "name", "label_fr"):
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
                out[key] = [None, MASK if sensitive else plain_value(after)]
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
            out[key] = [plain_value(before), plain_value(after)]
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
            out[key] = [plain_value(before), plain_value(after)]
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


def _author(target: Session | Connection) -> str:
    if isinstance(target, Session):
        user = target.info.get("user")
        if isinstance(user, str) and user:
            return user
    return current_user()


def _append(
    target: Session | Connection,
    *,
    entity: str,
    action: str,
    changes: Mapping[str, Any],
    summary: str = "",
    entity_id: int | None = None,
    event_id: int | None = None,
) -> None:
    """One entry written in the caller's transaction (the data and its entry commit or
    roll back together)."""
    target.execute(
        insert(Base.metadata.tables["change_log"]),
        [
            {
                "at": now_utc(),
                "user": _author(target),
                "entity": entity,
                "entity_id": entity_id,
                "event_id": event_id,
                "action": action,
                "changes": json.dumps(changes, ensure_ascii=False),
                "summary": summary[:300],
            }
        ],
    )


def log_bulk(session: Session, entity: str, event_id: int | None, count: int, summary: str) -> None:
    """One entry for many records written at once (a bulk import)."""
    _append(
        session,
        entity=entity,
        action="import",
        event_id=event_id,
        changes={"count": [None, count]},
        summary=summary,
    )


def log_import(
    session: Session,
    event_id: int,
    source: str,
    rows: Sequence[tuple[int, int, int | None]],
    counts: Mapping[str, int],
) -> None:
    """One entry for an applied import of a participant list: the file's name, the
    counts (``people_created``, ``people_filled``, ``participations_updated``…) and its
    rows as ``(line, person_id, participation_id)``, ids only."""
    changes: dict[str, list[Any]] = {"count": [None, len(rows)]}
    changes |= {key: [None, value] for key, value in counts.items()}
    changes["rows"] = [None, [list(row) for row in rows]]
    _append(
        session,
        entity="participation",
        action="import",
        event_id=event_id,
        changes=changes,
        summary=os.path.basename(source),
    )


def log_calendar_import(
    session: Session,
    event_id: int,
    source: str,
    created: Sequence[int],
    updated: Sequence[int],
) -> None:
    """One entry for an applied calendar import: the file's name, the items created and
    updated (ids only)."""
    _append(
        session,
        entity="agenda_item",
        action="import",
        event_id=event_id,
        changes={
            "count": [None, len(created) + len(updated)],
            "created": [None, len(created)],
            "updated": [None, len(updated)],
            "items": [None, [*created, *updated]],
        },
        summary=os.path.basename(source),
    )


def log_restore(connection: Session | Connection, source: str, counts: Mapping[str, int]) -> None:
    """The entry that says the whole content was replaced by a backup (written after the
    restored log, so it is the newest entry)."""
    _append(
        connection,
        entity="database",
        action="restore",
        changes={table: [None, count] for table, count in counts.items() if count},
        summary=os.path.basename(source),
    )


def log_erasure(session: Session, person_id: int) -> None:
    """A person was erased: their number only, never what they were called."""
    _append(session, entity="person", action="erase", entity_id=person_id, changes={})


def log_purge(session: Session, ended_before: date, count: int) -> None:
    """Sensitive fields of ``count`` people, whose last event ended before
    ``ended_before``, were blanked."""
    _append(
        session,
        entity="person",
        action="purge",
        changes={"count": [None, count], "ended_before": [None, ended_before.isoformat()]},
    )


# The triggers that keep the log append-only on SQLite (created by migration 0006).
SQLITE_TRIGGERS: Mapping[str, str] = {
    "change_log_no_update": "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'coopdesk: the change log is append-only'); END",
    "change_log_no_delete": "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'coopdesk: the change log is append-only'); END",
}


def _dialect(target: Session | Connection) -> str:
    if isinstance(target, Session):
        return target.get_bind().dialect.name
    return target.dialect.name


def unlock_log(target: Session | Connection, action: str = "change_log") -> None:
    """The administrator's path: let this transaction change or delete log entries
    (an erasure removes a person's values, a restore replaces the whole log).

    On SQLite the triggers are dropped inside the transaction (a first harmless write
    opens it, so the DDL cannot commit on its own); :func:`lock_log` puts them back
    before the commit, and a rollback or a crash brings them back anyway. On
    PostgreSQL the grants decide (only an administrator may): a user who may not is
    refused at once, with ``action`` (``restore``, ``erase``) in the sentence; the
    transaction-local setting lets an administrator's restore keep the authors of the
    restored entries.
    """
    if _dialect(target) == "sqlite":
        target.execute(text("UPDATE change_log SET id = id WHERE 0"))
        for name in SQLITE_TRIGGERS:
            target.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    elif _dialect(target) == "postgresql":
        user, allowed = target.execute(
            text("SELECT session_user, has_table_privilege('change_log', 'DELETE')")
        ).one()
        if not allowed:
            raise AccessDeniedError(f"access.admin_only.{action}", user=user)
        target.execute(text("SELECT set_config('coopdesk.log_admin', 'on', true)"))


def lock_log(target: Session | Connection) -> None:
    """Make the log append-only again, in the same transaction as :func:`unlock_log`."""
    if _dialect(target) == "sqlite":
        for statement in SQLITE_TRIGGERS.values():
            target.execute(text(statement))
    elif _dialect(target) == "postgresql":
        target.execute(text("SELECT set_config('coopdesk.log_admin', 'off', true)"))


@contextmanager
def log_unlocked(target: Session | Connection) -> Iterator[None]:
    """:func:`unlock_log` for the block; an error leaves it to the rollback."""
    unlock_log(target)
    yield
    lock_log(target)


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
