"""Participants as the office lists them: in protocol order (the event's own order set
by hand, then each person's rank, the role, the French elected offices, the name),
filtered, counted and paged for the window, the command line and the printed lists.

Adding, changing and removing participants is in
:mod:`coopdesk.core.services.participants`, which also gives these names.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, case, func, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import (
    ELECTED_OFFICE_RANK,
    ROLE_RANK,
    ParticipationStatus,
)
from coopdesk.core.errors import NotFoundError
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import contains_text, get_row
from coopdesk.core.services.people import PERSON_LINE
from coopdesk.core.services.search import in_organisation
from coopdesk.core.values import ParticipantView


def _rank_case(column: Any, ranks: Mapping[Any, int]) -> Any:
    return case({k.value: v for k, v in ranks.items()}, value=column, else_=len(ranks))


def _nulls_last(column: Any) -> Any:
    return case((column.is_(None), 1), else_=0)


@cache
def protocol_order() -> tuple[Any, ...]:
    """ORDER BY terms of the order of precedence.

    This event's manual order first, then the person's own explicit rank, then the
    role (head of delegation first), then the French elected offices in the order of
    decree 89-655 (and deputies by their rank), then the name.
    """
    return (
        _nulls_last(Participation.precedence_override),
        Participation.precedence_override,
        _nulls_last(Person.precedence),
        Person.precedence,
        _rank_case(Participation.role, ROLE_RANK),
        _rank_case(Person.elected_office, ELECTED_OFFICE_RANK),
        _nulls_last(Person.office_rank),
        Person.office_rank,
        Person.sort_key,
        Participation.id,
    )


_COLUMNS = (
    Participation.id,
    Participation.uid,
    Participation.event_id,
    Participation.person_id,
    *PERSON_LINE,
    Participation.role,
    Participation.category,
    Participation.status,
    Participation.precedence_override,
    Participation.arrival_at,
    Participation.arrival_timezone,
    Participation.arrival_transport,
    Participation.arrival_number,
    Participation.arrival_place,
    Participation.departure_at,
    Participation.departure_timezone,
    Participation.departure_transport,
    Participation.departure_number,
    Participation.departure_place,
    Participation.hotel,
    Participation.check_in,
    Participation.check_out,
    Participation.room,
    Participation.notes,
    Participation.version,
    Participation.arrival_time_known,
    Participation.departure_time_known,
)


@cache
def _base_query() -> Any:
    return (
        select(*_COLUMNS)
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
    )


def participant_view(session: Session, participation_id: int) -> ParticipantView:
    row = session.execute(_base_query().where(Participation.id == participation_id)).one()
    return ParticipantView(*row)


def participants_query(
    event_id: int,
    *,
    search: str | None = None,
    status: ParticipationStatus | None = None,
    category: str | None = None,
    conn: Connection | None = None,
) -> Any:
    """The participants query; a ``search`` matches names (folded), function and the
    organisation's name (folded too when ``conn`` is given to read the names)."""
    query = _base_query().where(Participation.event_id == event_id)
    if status is not None:
        query = query.where(Participation.status == status)
    if category is not None:
        query = query.where(Participation.category == category)
    if search:
        query = query.where(
            contains_text(
                search,
                Person.last_name,
                Person.first_name,
                Person.native_name,
                Person.function,
                Organisation.name,
                folded=Person.sort_key,
                also=in_organisation(conn) if conn is not None else None,
            )
        )
    return query.order_by(*protocol_order())


def list_participants(
    db: Database,
    event_id: int,
    *,
    search: str | None = None,
    status: ParticipationStatus | None = None,
    category: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[ParticipantView]:
    """The event's participants in protocol order, filtered in SQL; ``offset`` and
    ``limit`` give one page of them."""
    with db.session() as session:
        query = participants_query(
            event_id,
            search=search,
            status=status,
            category=category,
            conn=session.connection(),
        )
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        # A plain column query: run it on the connection, without the ORM's row loading.
        rows = [ParticipantView(*row) for row in session.connection().execute(query)]
        if not rows and session.get(Event, event_id) is None:
            raise NotFoundError("event.not_found", None, id=event_id)
        return rows


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
    """A page as :func:`list_participants` gives it, and how many rows match in all, in
    one query (``COUNT(*) OVER ()``): what a long list needs at each keystroke."""
    with db.session() as session:
        conn = session.connection()
        query = participants_query(
            event_id, search=search, status=status, category=category, conn=conn
        )
        query = query.add_columns(func.count().over()).offset(offset).limit(limit)
        rows = conn.execute(query).all()
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
    """How many participants the same filters as :func:`list_participants` select."""
    with db.session() as session:
        conn = session.connection()
        query = participants_query(
            event_id, search=search, status=status, category=category, conn=conn
        )
        counted = select(func.count()).select_from(query.order_by(None).subquery())
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


def get_participant(db: Database, participation_id: int) -> ParticipantView:
    with db.session() as session:
        get_row(session, Participation, participation_id, "participation")
        return participant_view(session, participation_id)
