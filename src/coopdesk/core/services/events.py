"""Events: incoming and outgoing delegations, conferences, cultural residencies."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Numeric,
    Row,
    Select,
    String,
    Text,
    column,
    extract,
    func,
    select,
    table,
)

from coopdesk.core.columns import enum_type
from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, EventStatus, OrganisationKind
from coopdesk.core.errors import AmbiguousError, NotFoundError, ValidationError
from coopdesk.core.folding import fold_name, words_match
from coopdesk.core.services import _fields as f
from coopdesk.core.services.clashes import check_stale
from coopdesk.core.timezones import to_local
from coopdesk.core.values import EventView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coopdesk.core.model import Event

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


# Reading events (the list, one event, the filters' choices) goes through Core selects
# over the descriptions below of the model's tables, with the very columns and types
# (tests/core/test_event_reads.py compares them with coopdesk.core.model): the window
# shows its list without importing the ORM and the model, nor configuring its mappers.
# Changes still go through the ORM (and its change log).
_enum = enum_type  # as coopdesk.core.model declares its enum columns


EVENT_TABLE = table(
    "event",
    column("id", Integer),
    column("kind", _enum(EventKind)),
    column("title", String(300)),
    column("partner_id", Integer),
    column("start_date", Date),
    column("end_date", Date),
    column("status", _enum(EventStatus)),
    column("timezone", String(64)),
    column("languages", String(100)),
    column("budget", Numeric(14, 2)),
    column("notes", Text),
    column("artist_id", Integer),
    column("host_structure", String(300)),
    column("grant_amount", Numeric(14, 2)),
    column("grant_terms", Text),
    column("deliverables", Text),
    column("version", Integer),
)
ORGANISATION_TABLE = table(
    "organisation",
    column("id", Integer),
    column("name", String(300)),
    column("kind", _enum(OrganisationKind)),
)
PARTICIPATION_TABLE = table("participation", column("event_id", Integer))

_e = EVENT_TABLE.c
_o = ORGANISATION_TABLE.c


def _participant_counts(conn: Connection | Session, event_ids: list[int]) -> dict[int, int]:
    if not event_ids:
        return {}
    event_id = PARTICIPATION_TABLE.c.event_id
    rows = conn.execute(
        select(event_id, func.count()).where(event_id.in_(event_ids)).group_by(event_id)
    )
    return {event_id: n for event_id, n in rows}


def _events_query() -> Select[Any]:
    """Every column of the events, and the partner's name, as :func:`event_view` reads them."""
    return select(EVENT_TABLE, _o.name.label("partner_name")).outerjoin(
        ORGANISATION_TABLE, _e.partner_id == _o.id
    )


def event_view(row: Event | Row[Any], participant_count: int, partner: str | None) -> EventView:
    """The view of an event, from its ORM object or a row of :func:`_events_query`."""
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
    from coopdesk.core.model import AgendaItem, Organisation, Person

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


def check_fields(values: Mapping[str, Any]) -> None:
    """Refuse, all at once, the values that no event could take (without saving
    anything): what a form checks while another of its fields cannot be read."""
    f.coerce_all(values, EVENT_FIELDS, "event")


def create_event(db: Database, **values: Any) -> EventView:
    from coopdesk.core.model import Event

    data = f.coerce_all(values, EVENT_FIELDS, "event")
    missing = [ValidationError("field.required", r) for r in _REQUIRED if data.get(r) is None]
    if missing:
        raise ValidationError.together(missing)
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
    from coopdesk.core.model import Event
    from coopdesk.core.services._base import assign, get_row

    data = f.coerce_all(changes, EVENT_FIELDS, "event")
    for required in _REQUIRED:
        if required in data and data[required] is None:
            raise ValidationError("field.required", required)
    with db.session() as session:
        row = get_row(session, Event, event_id, "event")
        check_stale("event", event_id, seen, row, data)
        merged = {k: getattr(row, k) for k in EVENT_FIELDS} | data
        _validate(session, merged, event_id)
        assign(row, data)
        session.flush()
        return _view(session, row)


def delete_event(db: Database, event_id: int) -> None:
    from coopdesk.core.model import Event
    from coopdesk.core.services._base import get_row

    with db.session() as session:
        session.delete(get_row(session, Event, event_id, "event"))


def _get(conn: Connection, event_id: int) -> EventView | None:
    row = conn.execute(_events_query().where(_e.id == event_id)).first()
    if row is None:
        return None
    count = conn.scalar(select(func.count()).where(PARTICIPATION_TABLE.c.event_id == event_id))
    return event_view(row, count or 0, row.partner_name)


def get_event(db: Database, event_id: int) -> EventView:
    with db.connection() as conn:
        view = _get(conn, event_id)
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
    """Events, most recent first, filtered in SQL; ``search`` finds every word in the
    title or the partner's name, accents, case and ligatures aside ("quebecoises"
    finds "Assises franco-québécoises").

    The search is folded in Python (:func:`words_match`): an office holds hundreds of
    events, not millions, so a folded copy of the titles in the database (and keeping
    it right on every edit and import) would buy nothing the user could see."""
    query = _events_query().order_by(_e.start_date.desc(), _e.id.desc())
    if kind is not None:
        query = query.where(_e.kind == kind)
    if status is not None:
        query = query.where(_e.status == status)
    if year is not None:
        query = query.where(extract("year", _e.start_date) <= year)
        query = query.where(extract("year", _e.end_date) >= year)
    if partner_id is not None:
        query = query.where(_e.partner_id == partner_id)
    with db.connection() as conn:
        rows = conn.execute(query).all()
        if search and search.strip():
            rows = [row for row in rows if words_match(search, (row.title, row.partner_name))]
        counts = _participant_counts(conn, [row.id for row in rows])
        return [event_view(row, counts.get(row.id, 0), row.partner_name) for row in rows]


def event_years(db: Database) -> list[int]:
    """The years in which events start, most recent first (for the year filter)."""
    year = extract("year", _e.start_date)
    with db.connection() as conn:
        return [int(y) for (y,) in conn.execute(select(year).distinct().order_by(year.desc()))]


def partner_choices(db: Database) -> list[tuple[int, str]]:
    """The foreign authorities, by name, as ``(id, name)``: what events can be filtered
    by (the same rows and order as ``organisations.list_organisations`` of that kind)."""
    query = (
        select(_o.id, _o.name)
        .where(_o.kind == OrganisationKind.FOREIGN_AUTHORITY)
        .order_by(func.lower(_o.name))
    )
    with db.connection() as conn:
        return [(org_id, name) for org_id, name in conn.execute(query)]


def find_event(db: Database, reference: str) -> EventView:
    """The event whose id is ``reference`` or whose title contains it (folded as every
    search is: "assises quebecoises" is the Assises franco-québécoises), alone."""
    reference = reference.strip()
    if not reference:
        raise NotFoundError("event.not_found_ref", None, reference=reference)
    if reference.isdigit():
        try:
            return get_event(db, int(reference))
        except NotFoundError:
            pass
    needle = fold_name(reference)
    with db.connection() as conn:
        rows = conn.execute(select(_e.id, _e.title)).all()
        matches = [(i, t) for i, t in rows if words_match(reference, (t,))]
        exact = [(i, t) for i, t in matches if fold_name(t) == needle]
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
        view = _get(conn, matches[0][0])
        assert view is not None
        return view


def event_days(event: EventView) -> list[date]:
    days = []
    day = event.start_date
    while day <= event.end_date:
        days.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    return days
