"""Participants of an event: adding them, recording who comes, in which role, how they
travel and sleep, setting the protocol order by hand, removing them.

Listing them in protocol order is in :mod:`coopdesk.core.services.participant_lists`;
its names are given here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.enums import (
    BadgeCategory,
    ParticipationStatus,
    Role,
    Transport,
)
from coopdesk.core.errors import NotFoundError, ValidationError
from coopdesk.core.model import Base, Event, Organisation, Participation, Person, new_uid
from coopdesk.core.services import _fields as f
from coopdesk.core.services import operations
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.categories import category_code, check_category
from coopdesk.core.services.clashes import Clash, deletion_clashes, stale_clashes, stale_error
from coopdesk.core.services.participant_lists import (
    count_participants,
    counted_participant_page,
    get_participant,
    list_participants,
    participant_view,
    participants_query,
    participation_counts,
    protocol_order,
)
from coopdesk.core.services.people import person_values, validate_person
from coopdesk.core.timezones import to_local, to_utc
from coopdesk.core.values import ParticipantView

__all__ = [
    "PARTICIPATION_FIELDS",
    "NewParticipant",
    "add_participant",
    "add_participants",
    "clear_protocol_order",
    "count_participants",
    "counted_participant_page",
    "get_participant",
    "list_participants",
    "participants_query",
    "participation_counts",
    "protocol_order",
    "remove_participant",
    "remove_participants",
    "set_protocol_order",
    "update_participation",
    "update_participations",
]


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
        return participant_view(session, row.id)


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
        return participant_view(session, row.id)


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
