"""Personal data kept only as long as needed: purge, export and erasure."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.model import (
    ChangeLogEntry,
    Event,
    Participation,
    Person,
    as_dict,
    sensitive_columns,
)
from coopdesk.core.services._base import get_row


def purge_sensitive(db: Database, ended_before: date) -> int:
    """Blank the sensitive fields (passport, birth date, nationality, diet, health
    needs) of everyone whose last event ended before ``ended_before``. Returns how
    many people were purged.

    People never registered to any event are left alone: they are not guests yet.
    """
    fields = sensitive_columns(Person)
    last_event = (
        select(Participation.person_id, func.max(Event.end_date).label("last_end"))
        .join(Event, Participation.event_id == Event.id)
        .group_by(Participation.person_id)
        .subquery()
    )
    with db.session() as session:
        people = session.scalars(
            select(Person)
            .join(last_event, last_event.c.person_id == Person.id)
            .where(last_event.c.last_end < ended_before)
        ).all()
        purged = 0
        for person in people:
            if any(getattr(person, name) is not None for name in fields):
                for name in fields:
                    setattr(person, name, None)
                purged += 1
        audit.log_purge(session, ended_before, purged)
        return purged


def export_person(db: Database, person_id: int) -> dict[str, Any]:
    """Everything held about one person (a subject access request), JSON-ready."""
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        data = {k: _plain(v) for k, v in as_dict(person).items()}
        data["organisation"] = person.organisation.name if person.organisation else None
        data["participations"] = [
            {k: _plain(v) for k, v in as_dict(p).items()} | {"event": p.event.title}
            for p in session.scalars(
                select(Participation).where(Participation.person_id == person_id)
            )
        ]
        return data


def erase_person(db: Database, person_id: int) -> None:
    """Erase a person and their participations (a right-to-erasure request).

    The change log keeps that a person was erased, but no longer what they were called
    or any value of theirs.
    """
    with db.session() as session:
        session.delete(get_row(session, Person, person_id, "person"))
        session.flush()
        audit.unlock_log(session, "erase")  # the administrator's path: the log forgets the person
        session.execute(
            delete(ChangeLogEntry).where(
                ChangeLogEntry.entity == "person", ChangeLogEntry.entity_id == person_id
            )
        )
        session.execute(
            update(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "participation", ChangeLogEntry.action != "import")
            .where(ChangeLogEntry.summary.like(f"person {person_id} in event %"))
            .values(changes="{}")
        )
        audit.lock_log(session)
        audit.log_erasure(session, person_id)


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    if value is not None and not isinstance(value, (str, int, float, bool)):
        return str(value)
    return value
