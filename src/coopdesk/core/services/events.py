"""Events: incoming and outgoing delegations, conferences, cultural residencies."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, EventStatus
from coopdesk.core.errors import AmbiguousError, NotFoundError, ValidationError
from coopdesk.core.model import AgendaItem, Event, Organisation, Participation, Person
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.timezones import to_local
from coopdesk.core.values import EventView

EVENT_FIELDS: Mapping[str, f.Coercer] = {
    "kind": f.enum(EventKind),
    "title": f.text(300, required=True),
    "partner_id": f.count,
    "start_date": f.a_date(required=True),
    "end_date": f.a_date(required=True),
    "status": f.enum(EventStatus),
    "timezone": f.timezone(),
    "languages": f.languages,
    "budget": f.decimal,
    "notes": f.long_text,
    "artist_id": f.count,
    "host_structure": f.text(300),
    "grant_amount": f.decimal,
    "grant_terms": f.long_text,
    "deliverables": f.long_text,
}

_REQUIRED = ("kind", "title", "start_date", "end_date", "timezone")


def _participant_counts(session: Session, event_ids: list[int]) -> dict[int, int]:
    if not event_ids:
        return {}
    rows = session.execute(
        select(Participation.event_id, func.count())
        .where(Participation.event_id.in_(event_ids))
        .group_by(Participation.event_id)
    )
    return {event_id: n for event_id, n in rows}


def event_view(row: Event, participant_count: int, partner: str | None) -> EventView:
    return EventView(
        id=row.id,
        kind=row.kind,
        title=row.title,
        partner_id=row.partner_id,
        partner=partner,
        start_date=row.start_date,
        end_date=row.end_date,
        status=row.status,
        timezone=row.timezone,
        languages=tuple(x for x in row.languages.split(",") if x),
        budget=row.budget,
        notes=row.notes,
        artist_id=row.artist_id,
        host_structure=row.host_structure,
        grant_amount=row.grant_amount,
        grant_terms=row.grant_terms,
        deliverables=row.deliverables,
        participant_count=participant_count,
        version=row.version,
    )


def _view(session: Session, row: Event) -> EventView:
    partner = row.partner.name if row.partner else None
    return event_view(row, _participant_counts(session, [row.id]).get(row.id, 0), partner)


def _validate(session: Session, data: Mapping[str, Any], event_id: int | None) -> None:
    start, end = data["start_date"], data["end_date"]
    if end < start:
        raise ValidationError("dates.end_before_start", "end_date", start=start, end=end)
    if data.get("partner_id") is not None and session.get(Organisation, data["partner_id"]) is None:
        raise ValidationError("organisation.not_found", "partner_id", id=data["partner_id"])
    if data.get("artist_id") is not None and session.get(Person, data["artist_id"]) is None:
        raise ValidationError("person.not_found", "artist_id", id=data["artist_id"])
    if event_id is not None:
        outside = [
            item.title
            for item in session.scalars(select(AgendaItem).where(AgendaItem.event_id == event_id))
            if to_local(item.starts_at, item.timezone).date() < start
            or to_local(item.ends_at, item.timezone).date() > end
        ]
        if outside:
            raise ValidationError(
                "event.items_outside_dates",
                "end_date",
                count=len(outside),
                items=", ".join(outside[:3]),
                start=start,
                end=end,
            )


def create_event(db: Database, **values: Any) -> EventView:
    data = f.coerce_all(values, EVENT_FIELDS, "event")
    for required in _REQUIRED:
        if data.get(required) is None:
            raise ValidationError("field.required", required)
    data.setdefault("languages", "")
    data["status"] = data.get("status") or EventStatus.DRAFT
    with db.session() as session:
        _validate(session, data, None)
        row = Event(**data)
        session.add(row)
        session.flush()
        return _view(session, row)


def update_event(
    db: Database, event_id: int, changes: Mapping[str, Any], seen: EventView | None = None
) -> EventView:
    data = f.coerce_all(changes, EVENT_FIELDS, "event")
    for required in _REQUIRED:
        if required in data and data[required] is None:
            raise ValidationError("field.required", required)
    with db.session() as session:
        row = get_row(session, Event, event_id, "event")
        f.check_stale("event", event_id, seen, row, data)
        merged = {k: getattr(row, k) for k in EVENT_FIELDS} | data
        _validate(session, merged, event_id)
        assign(row, data)
        session.flush()
        return _view(session, row)


def delete_event(db: Database, event_id: int) -> None:
    with db.session() as session:
        session.delete(get_row(session, Event, event_id, "event"))


def _get(session: Session, event_id: int) -> EventView | None:
    row = session.execute(
        select(Event, Organisation.name)
        .outerjoin(Organisation, Event.partner_id == Organisation.id)
        .where(Event.id == event_id)
    ).first()
    if row is None:
        return None
    count = session.scalar(select(func.count()).where(Participation.event_id == event_id))
    return event_view(row[0], count or 0, row[1])


def get_event(db: Database, event_id: int) -> EventView:
    with db.session() as session:
        view = _get(session, event_id)
        if view is None:
            raise NotFoundError("event.not_found", None, id=event_id)
        return view


def list_events(
    db: Database,
    *,
    kind: EventKind | None = None,
    status: EventStatus | None = None,
    year: int | None = None,
    partner_id: int | None = None,
    search: str | None = None,
) -> list[EventView]:
    """Events, most recent first, filtered in SQL."""
    query = (
        select(Event, Organisation.name)
        .outerjoin(Organisation, Event.partner_id == Organisation.id)
        .order_by(Event.start_date.desc(), Event.id.desc())
    )
    if kind is not None:
        query = query.where(Event.kind == kind)
    if status is not None:
        query = query.where(Event.status == status)
    if year is not None:
        query = query.where(extract("year", Event.start_date) <= year)
        query = query.where(extract("year", Event.end_date) >= year)
    if partner_id is not None:
        query = query.where(Event.partner_id == partner_id)
    if search:
        pattern = f"%{search.strip()}%"
        query = query.where(Event.title.ilike(pattern) | Organisation.name.ilike(pattern))
    with db.session() as session:
        rows = session.execute(query).all()
        counts = _participant_counts(session, [e.id for e, _ in rows])
        return [event_view(e, counts.get(e.id, 0), partner) for e, partner in rows]


def _fold(value: str) -> str:
    """Case- and accent-insensitive form of ``value`` (``Québec`` matches ``quebec``)."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_event(db: Database, reference: str) -> EventView:
    """The event whose id is ``reference`` or whose title contains it, alone."""
    reference = reference.strip()
    if not reference:
        raise NotFoundError("event.not_found_ref", None, reference=reference)
    if reference.isdigit():
        try:
            return get_event(db, int(reference))
        except NotFoundError:
            pass
    needle = _fold(reference)
    with db.session() as session:
        rows = session.execute(select(Event.id, Event.title)).all()
        matches = [(i, t) for i, t in rows if needle in _fold(t)]
        exact = [(i, t) for i, t in matches if _fold(t) == needle]
        if len(exact) == 1:
            matches = exact
        if not matches:
            raise NotFoundError("event.not_found_ref", None, reference=reference)
        if len(matches) > 1:
            raise AmbiguousError(
                "event.ambiguous_ref",
                None,
                reference=reference,
                candidates="; ".join(f"{i}: {t}" for i, t in sorted(matches)),
            )
        view = _get(session, matches[0][0])
        assert view is not None
        return view


def event_days(event: EventView) -> list[date]:
    days = []
    day = event.start_date
    while day <= event.end_date:
        days.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    return days
