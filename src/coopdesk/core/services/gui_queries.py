"""Read-only queries the desktop window needs for large lists: pages, counts, summaries.

The window shows lists of tens of thousands of rows; it asks for one page at a time
(``LIMIT``/``OFFSET`` over the same ordered query the other services use) and for
counts computed by the database, so it never loads a whole list to count or filter it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func, select

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, ParticipationStatus, Role
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services import events
from coopdesk.core.services._base import contains_text
from coopdesk.core.services.participants import list_participants, participants_query
from coopdesk.core.values import ParticipantView


class DirectoryRow(NamedTuple):
    """One line of the people directory: who, from where, how to reach them."""

    id: int
    civility: str | None
    first_name: str
    last_name: str
    native_name: str | None
    function: str | None
    organisation: str | None
    country: str | None
    email: str | None


class PersonEventRow(NamedTuple):
    """One event a person took part in, and how."""

    participation_id: int
    event_id: int
    title: str
    kind: EventKind
    start_date: date
    end_date: date
    role: Role
    status: ParticipationStatus


def participant_page(
    db: Database,
    event_id: int,
    *,
    offset: int,
    limit: int,
    search: str | None = None,
    status: ParticipationStatus | None = None,
    category: str | None = None,
) -> list[ParticipantView]:
    """One page of the event's participants, in protocol order, filtered in SQL."""
    return list_participants(
        db, event_id, search=search, status=status, category=category, offset=offset, limit=limit
    )


def counted_participant_page(
    db: Database,
    event_id: int,
    *,
    offset: int,
    limit: int,
    search: str | None = None,
    status: ParticipationStatus | None = None,
    category: str | None = None,
) -> tuple[list[ParticipantView], int]:
    """A page as :func:`participant_page`, and how many rows match in all, in one query
    (``COUNT(*) OVER ()``): what the window needs at each keystroke."""
    query = participants_query(event_id, search=search, status=status, category=category)
    query = query.add_columns(func.count().over()).offset(offset).limit(limit)
    with db.session() as session:
        rows = session.connection().execute(query).all()
    if not rows:
        return [], 0 if offset == 0 else count_participants(
            db, event_id, search=search, status=status, category=category
        )
    return [ParticipantView(*row[:-1]) for row in rows], int(rows[0][-1])


def count_participants(
    db: Database,
    event_id: int,
    *,
    search: str | None = None,
    status: ParticipationStatus | None = None,
    category: str | None = None,
) -> int:
    """How many participants the same filters select."""
    query = participants_query(event_id, search=search, status=status, category=category)
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    with db.session() as session:
        return int(session.scalar(counted) or 0)


def participation_counts(
    db: Database, event_id: int
) -> tuple[dict[ParticipationStatus, int], dict[str, int]]:
    """The event's participants counted by status and by badge category."""
    where = Participation.event_id == event_id
    with db.session() as session:
        by_status = {
            ParticipationStatus(s): int(n)
            for s, n in session.execute(
                select(Participation.status, func.count())
                .where(where)
                .group_by(Participation.status)
            )
        }
        by_category = {
            str(c): int(n)
            for c, n in session.execute(
                select(Participation.category, func.count())
                .where(where)
                .group_by(Participation.category)
            )
        }
    return by_status, by_category


def _people_query(search: str | None) -> Any:
    query = select(
        Person.id,
        Person.civility,
        Person.first_name,
        Person.last_name,
        Person.native_name,
        Person.function,
        Organisation.name,
        Organisation.country,
        Person.email,
    ).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    if search and search.strip():
        query = query.where(
            contains_text(
                search,
                Person.last_name,
                Person.first_name,
                Person.native_name,
                Person.email,
                Organisation.name,
                folded=Person.sort_key,
            )
        )
    return query


def people_page(
    db: Database, *, offset: int, limit: int, search: str | None = None
) -> list[DirectoryRow]:
    """One page of the directory, by name, filtered in SQL."""
    query = _people_query(search).order_by(Person.sort_key, Person.id).offset(offset).limit(limit)
    with db.session() as session:
        return [DirectoryRow(*row) for row in session.execute(query)]


def count_people(db: Database, search: str | None = None) -> int:
    counted = select(func.count()).select_from(_people_query(search).subquery())
    with db.session() as session:
        return int(session.scalar(counted) or 0)


def person_events(db: Database, person_id: int) -> list[PersonEventRow]:
    """Every event the person took part in, most recent first."""
    query = (
        select(
            Participation.id,
            Event.id,
            Event.title,
            Event.kind,
            Event.start_date,
            Event.end_date,
            Participation.role,
            Participation.status,
        )
        .join(Event, Participation.event_id == Event.id)
        .where(Participation.person_id == person_id)
        .order_by(Event.start_date.desc(), Event.id.desc())
    )
    with db.session() as session:
        return [PersonEventRow(*row) for row in session.execute(query)]


def event_years(db: Database) -> list[int]:
    """The years in which events start, most recent first (for the year filter)."""
    return events.event_years(db)
