"""Participants of an event: who comes, in which role, how they travel and sleep,
listed in protocol order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, case, func, insert, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.enums import (
    ELECTED_OFFICE_RANK,
    ROLE_RANK,
    BadgeCategory,
    ParticipationStatus,
    Role,
    Transport,
)
from coopdesk.core.errors import NotFoundError, ValidationError
from coopdesk.core.model import Base, Event, Organisation, Participation, Person, new_uid
from coopdesk.core.services import _fields as f
from coopdesk.core.services import operations
from coopdesk.core.services._base import assign, contains_text, get_row
from coopdesk.core.services.categories import category_code, check_category
from coopdesk.core.services.clashes import Clash, deletion_clashes, stale_clashes, stale_error
from coopdesk.core.services.people import PERSON_LINE, person_values, validate_person
from coopdesk.core.services.search import in_organisation
from coopdesk.core.timezones import to_local, to_utc
from coopdesk.core.values import ParticipantView

PARTICIPATION_FIELDS: Mapping[str, f.Coercer] = {
    "role": f.enum(Role),
    "category": category_code,
    "status": f.enum(ParticipationStatus),
    "precedence_override": f.count,
    "arrival_at": lambda v, field: v,  # read in _times with its time zone
    "arrival_timezone": f.timezone(required=False),
    "arrival_transport": f.enum(Transport, required=False),
    "arrival_number": f.text(50),
    "arrival_place": f.text(300),
    "arrival_time_known": f.boolean,
    "departure_at": lambda v, field: v,
    "departure_timezone": f.timezone(required=False),
    "departure_transport": f.enum(Transport, required=False),
    "departure_number": f.text(50),
    "departure_place": f.text(300),
    "departure_time_known": f.boolean,
    "hotel": f.text(300),
    "check_in": f.a_date(),
    "check_out": f.a_date(),
    "room": f.text(100),
    "notes": f.long_text,
}

_DEFAULTS: Mapping[str, Any] = {
    "role": Role.GUEST,
    "category": BadgeCategory.GUEST,
    "status": ParticipationStatus.INVITED,
    "arrival_time_known": True,
    "departure_time_known": True,
}


def _times(data: dict[str, Any], event_tz: str, current: Mapping[str, Any] | None = None) -> None:
    """Turn arrival and departure times into UTC instants (naive ones are local)."""
    for leg in ("arrival", "departure"):
        key, tz_key = f"{leg}_at", f"{leg}_timezone"
        if key not in data:
            continue
        value = data[key]
        if value is None or value == "":
            data[key] = None
            continue
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                raise ValidationError("datetime.invalid", key, value=value) from None
        if not hasattr(value, "tzinfo"):
            raise ValidationError("datetime.invalid", key, value=value)
        tz = data.get(tz_key) or (current or {}).get(tz_key) or event_tz
        data[tz_key] = tz
        data[key] = to_utc(value, tz, key)


def _local_day(value: datetime, tz: str | None) -> date:
    return (to_local(value, tz) if tz else value).date()


def _validate(data: Mapping[str, Any]) -> None:
    arrival, departure = data.get("arrival_at"), data.get("departure_at")
    if arrival is not None and departure is not None and departure < arrival:
        shown: list[date | datetime] = [arrival, departure]
        # A leg known to the day only counts by its day: a same-day departure is fine.
        by_day = [data.get(f"{leg}_time_known") is False for leg in ("arrival", "departure")]
        if any(by_day):
            days = [
                _local_day(arrival, data.get("arrival_timezone")),
                _local_day(departure, data.get("departure_timezone")),
            ]
            if days[1] >= days[0]:
                days = []
            else:
                shown = [day if d else v for v, day, d in zip(shown, days, by_day, strict=True)]
        if not any(by_day) or days:
            raise ValidationError(
                "participation.departure_before_arrival",
                "departure_at",
                arrival=shown[0],
                departure=shown[1],
            )
    check_in, check_out = data.get("check_in"), data.get("check_out")
    if check_in is not None and check_out is not None and check_out <= check_in:
        raise ValidationError(
            "participation.check_out_before_check_in",
            "check_out",
            check_in=check_in,
            check_out=check_out,
        )


def _participation_values(
    values: Mapping[str, Any], event_tz: str, current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    data = f.coerce_all(values, PARTICIPATION_FIELDS, "participation")
    _times(data, event_tz, current)
    for key in ("role", "category", "status"):
        if key in data and data[key] is None:
            raise ValidationError("field.required", key)
    return data


def _check_not_already(session: Session, event_id: int, person_id: int) -> None:
    existing = session.scalar(
        select(Participation.id).where(
            Participation.event_id == event_id, Participation.person_id == person_id
        )
    )
    if existing is not None:
        person = session.get(Person, person_id)
        name = f"{person.first_name} {person.last_name}".strip() if person else str(person_id)
        raise ValidationError("participation.duplicate", "person_id", person=name)


def add_participant(db: Database, event_id: int, person_id: int, **values: Any) -> ParticipantView:
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        get_row(session, Person, person_id, "person")
        data = dict(_DEFAULTS) | _participation_values(values, event.timezone)
        _validate(data)
        check_category(session, data.get("category"))
        _check_not_already(session, event_id, person_id)
        row = Participation(event_id=event_id, person_id=person_id, **data)
        session.add(row)
        session.flush()
        return _one(session, row.id)


@dataclass(frozen=True)
class NewParticipant:
    """A person not yet in the directory and how they take part: one imported row."""

    person: Mapping[str, Any]
    participation: Mapping[str, Any] = field(default_factory=dict)
    existing_person_id: int | None = None


def add_participants(db: Database, event_id: int, rows: Sequence[NewParticipant]) -> list[int]:
    """Add many participants in one transaction: all of them or, on any error, none.

    Every row is validated before anything is written. Returns the participation ids.
    """
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        people: list[dict[str, Any]] = []
        parts: list[dict[str, Any]] = []
        seen_people: set[int] = set(
            session.scalars(
                select(Participation.person_id).where(Participation.event_id == event_id)
            )
        )
        # Imported rows often take part the same way: each distinct way is checked once.
        checked: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
        for index, row in enumerate(rows):
            try:
                part = _checked_participation(row.participation, event.timezone, checked)
                if row.existing_person_id is None:
                    person = person_values(row.person)
                    validate_person(None, person)
                    people.append(person)
                else:
                    if row.existing_person_id in seen_people:
                        raise ValidationError(
                            "participation.duplicate", "person_id", person=row.existing_person_id
                        )
                    seen_people.add(row.existing_person_id)
                    people.append({})
            except ValidationError as exc:
                exc.values = dict(exc.values) | {"row": index + 1}
                raise
            parts.append(part)
        for code in {p.get("category") for p in parts}:
            check_category(session, code)
        org_ids = {p["organisation_id"] for p in people if p.get("organisation_id") is not None}
        if org_ids:
            known = set(
                session.scalars(select(Organisation.id).where(Organisation.id.in_(org_ids)))
            )
            if org_ids - known:
                raise ValidationError(
                    "organisation.not_found", "organisation_id", id=min(org_ids - known)
                )
        # One executemany needs the same keys in every row: absent fields are null.
        new_people = _same_keys([p for p in people if p])
        new_ids: list[int] = []
        if new_people:
            for person in new_people:
                person["version"] = 1
            new_ids = list(
                session.scalars(
                    insert(Base.metadata.tables["person"]).returning(
                        Person.id, sort_by_parameter_order=True
                    ),
                    new_people,
                )
            )
        ids = iter(new_ids)
        values = []
        for row, part in zip(rows, parts, strict=True):
            person_id = row.existing_person_id if row.existing_person_id is not None else next(ids)
            values.append(
                part
                | {"event_id": event_id, "person_id": person_id, "uid": new_uid(), "version": 1}
            )
        values = _same_keys(values)
        # One executemany without RETURNING (SQLite would then insert row by row); the
        # ids come back in one query, a person being at most once in an event.
        session.execute(insert(Base.metadata.tables["participation"]), values)
        id_of = {
            person_id: participation_id
            for person_id, participation_id in session.execute(
                select(Participation.person_id, Participation.id).where(
                    Participation.event_id == event_id
                )
            )
        }
        participation_ids = [id_of[v["person_id"]] for v in values]
        operations.created(session, "person", new_ids)
        operations.created(session, "participation", participation_ids)
        audit.log_bulk(session, "participation", event_id, len(participation_ids), event.title)
        return participation_ids


def _checked_participation(
    values: Mapping[str, Any],
    event_tz: str,
    checked: dict[tuple[tuple[str, Any], ...], dict[str, Any]],
) -> dict[str, Any]:
    """The validated participation values (defaults filled in), from ``checked`` when the
    same values were already validated in this batch."""
    key: tuple[tuple[str, Any], ...] | None = tuple(values.items())
    try:
        return dict(checked[key])  # type: ignore[index]
    except KeyError:
        pass
    except TypeError:  # unhashable values: no cache
        key = None
    part = dict(_DEFAULTS) | _participation_values(values, event_tz)
    _validate(part)
    if key is not None:
        checked[key] = part
    return dict(part)


def _same_keys(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with the union of their keys, absent values as null (for executemany)."""
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    if all(len(row) == len(keys) for row in rows):
        return rows
    blank = dict.fromkeys(keys)
    return [blank | row for row in rows]


def update_participation(
    db: Database,
    participation_id: int,
    changes: Mapping[str, Any],
    seen: ParticipantView | None = None,
) -> ParticipantView:
    with db.session() as session:
        row = get_row(session, Participation, participation_id, "participation")
        current = {k: getattr(row, k) for k in PARTICIPATION_FIELDS}
        data = _participation_values(changes, row.event.timezone, current)
        clashes = stale_clashes(
            "participation",
            participation_id,
            seen,
            row,
            data,
            seen.display_name if seen is not None else "",
        )
        if clashes:
            raise stale_error(clashes)
        _validate(current | data)
        check_category(session, data.get("category"))
        assign(row, data)
        session.flush()
        return _one(session, row.id)


def _in_order(session: Session, participation_ids: Sequence[int]) -> list[Participation]:
    """The participations, in the order given, read at once; refused when one no longer
    exists (a colleague removed it)."""
    rows = {
        r.id: r
        for r in session.scalars(
            select(Participation).where(Participation.id.in_(participation_ids))
        )
    }
    for participation_id in participation_ids:
        if participation_id not in rows:
            raise NotFoundError("participation.not_found", None, id=participation_id)
    return [rows[i] for i in participation_ids]


def update_participations(
    db: Database,
    participation_ids: Sequence[int],
    changes: Mapping[str, Any],
    seen: Sequence[ParticipantView] | None = None,
) -> None:
    """One change (a status, a category) to many participants at once, all or none.

    ``seen`` are the rows as the user saw them: a participant whose same field a
    colleague changed since is a clash (every clash of the batch is reported at once);
    a colleague's change to another field stays.
    """
    seen_by_id = {v.id: v for v in seen or ()}
    with db.session() as session:
        rows = _in_order(session, participation_ids)
        clashes: list[Clash] = []
        timezones: dict[int, str] = {}
        for participation_id, row in zip(participation_ids, rows, strict=True):
            if row.event_id not in timezones:
                timezones[row.event_id] = row.event.timezone
            current = {k: getattr(row, k) for k in PARTICIPATION_FIELDS}
            data = _participation_values(changes, timezones[row.event_id], current)
            view = seen_by_id.get(participation_id)
            label = view.display_name if view is not None else ""
            clashes += stale_clashes("participation", participation_id, view, row, data, label)
            _validate(current | data)
            check_category(session, data.get("category"))
            assign(row, data)
        if clashes:
            raise stale_error(clashes)


def remove_participant(
    db: Database, participation_id: int, seen: ParticipantView | None = None
) -> None:
    remove_participants(db, [participation_id], [seen] if seen is not None else None)


def remove_participants(
    db: Database,
    participation_ids: Sequence[int],
    seen: Sequence[ParticipantView] | None = None,
) -> None:
    """Take participants out of their event, with their agenda attendance, in one
    transaction. One a colleague changed since ``seen`` is not removed unseen: it is
    a clash that shows what they changed."""
    seen_by_id = {v.id: v for v in seen or ()}
    with db.session() as session:
        rows = _in_order(session, participation_ids)
        clashes: list[Clash] = []
        for participation_id, row in zip(participation_ids, rows, strict=True):
            view = seen_by_id.get(participation_id)
            label = view.display_name if view is not None else ""
            found, kept = deletion_clashes(
                "participation", participation_id, view, row, PARTICIPATION_FIELDS, label
            )
            clashes += found
            if not kept:
                session.delete(row)
        if clashes:
            raise stale_error(clashes)


def set_protocol_order(db: Database, event_id: int, participation_ids: Sequence[int]) -> None:
    """Put these participants first, in this order (a manual override of precedence)."""
    with db.session() as session:
        get_row(session, Event, event_id, "event")
        rows = {
            r.id: r
            for r in session.scalars(
                select(Participation).where(Participation.event_id == event_id)
            )
        }
        for rank, participation_id in enumerate(participation_ids, start=1):
            if participation_id not in rows:
                raise ValidationError("participation.not_in_event", None, id=participation_id)
            rows[participation_id].precedence_override = rank
        for participation_id, row in rows.items():
            if participation_id not in participation_ids and row.precedence_override is not None:
                row.precedence_override = None


def clear_protocol_order(db: Database, event_id: int) -> None:
    with db.session() as session:
        for row in session.scalars(select(Participation).where(Participation.event_id == event_id)):
            row.precedence_override = None


# --- listing in protocol order ---------------------------------------------------------


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


def _one(session: Session, participation_id: int) -> ParticipantView:
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
        return _one(session, participation_id)
