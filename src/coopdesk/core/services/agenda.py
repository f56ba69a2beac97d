"""An event's agenda (programme): items at exact instants, in the zone where they happen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from coopdesk.core.attendance import gets_printed_material
from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus, AgendaItemType
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import AgendaItem, Event, Participation, Venue
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import (
    Clash,
    check_deletion,
    current_resolution,
    stale_clashes,
    stale_error,
)
from coopdesk.core.timezones import to_local, to_utc
from coopdesk.core.values import AgendaItemView

ITEM_FIELDS: Mapping[str, f.Coercer] = {
    "title": f.text(300, required=True),
    "type": f.enum(AgendaItemType),
    "status": f.enum(AgendaItemStatus),
    "starts_at": lambda v, field: v,  # read with the item's time zone in _times
    "ends_at": lambda v, field: v,
    "timezone": f.timezone(),
    "venue_id": f.count,
    "capacity": f.capacity,
    "description": f.long_text,
    "all_participants": f.boolean,
    "uid": f.text(255),
}


def item_view(row: AgendaItem) -> AgendaItemView:
    return AgendaItemView(
        id=row.id,
        uid=row.uid,
        event_id=row.event_id,
        title=row.title,
        type=row.type,
        status=row.status,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        timezone=row.timezone,
        venue_id=row.venue_id,
        venue=row.venue.name if row.venue else None,
        capacity=row.capacity,
        description=row.description,
        all_participants=row.all_participants,
        attendee_ids=tuple(sorted(p.id for p in row.attendees)),
        sequence=row.sequence,
        version=row.version,
    )


def _instant(value: Any, tz: str, field: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("datetime.invalid", field, value=value) from None
    if not isinstance(value, datetime):
        raise ValidationError("datetime.invalid", field, value=value)
    return to_utc(value, tz, field)


def _prepare(
    session: Session, event: Event, data: dict[str, Any], current: Mapping[str, Any]
) -> dict[str, Any]:
    """Merge ``data`` into ``current``, read the times, and check the whole item."""
    if data.get("venue_id") is not None:
        venue = session.get(Venue, data["venue_id"])
        if venue is None:
            raise ValidationError("venue.not_found", "venue_id", id=data["venue_id"])
        if "timezone" not in data and current.get("timezone") is None:
            data["timezone"] = venue.timezone
    tz = data.get("timezone") or current.get("timezone") or event.timezone
    data["timezone"] = tz
    for key in ("starts_at", "ends_at"):
        if key in data:
            if data[key] is None:
                raise ValidationError("field.required", key)
            data[key] = _instant(data[key], tz, key)
    merged = dict(current) | data
    for required in ("title", "type", "starts_at", "ends_at"):
        if merged.get(required) is None:
            raise ValidationError("field.required", required)
    start, end = merged["starts_at"], merged["ends_at"]
    if end < start:  # an item may last no time at all (a photo call, a deadline)
        raise ValidationError(
            "dates.end_before_start",
            "ends_at",
            start=to_local(start, tz).isoformat(timespec="minutes"),
            end=to_local(end, tz).isoformat(timespec="minutes"),
        )
    first, last = to_local(start, tz).date(), to_local(end, tz).date()
    if first < event.start_date or last > event.end_date:
        raise ValidationError(
            "agenda.outside_event",
            "starts_at" if first < event.start_date else "ends_at",
            start=first,
            end=last,
            event_start=event.start_date,
            event_end=event.end_date,
        )
    return data


def _attendees(session: Session, event_id: int, ids: Sequence[int]) -> list[Participation]:
    rows = []
    for participation_id in dict.fromkeys(ids):
        row = session.get(Participation, participation_id)
        if row is None or row.event_id != event_id:
            raise ValidationError("participation.not_in_event", "attendee_ids", id=participation_id)
        rows.append(row)
    return rows


def create_agenda_item(
    db: Database, event_id: int, *, attendee_ids: Sequence[int] | None = None, **values: Any
) -> AgendaItemView:
    """Add an item. Naive ``starts_at``/``ends_at`` are local times in the item's zone
    (given, else the venue's, else the event's)."""
    data = f.coerce_all(values, ITEM_FIELDS, "agenda_item")
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        data = _prepare(session, event, data, {})
        if data.get("uid") is None:
            data.pop("uid", None)
        data.setdefault("status", AgendaItemStatus.PLANNED)
        if attendee_ids is not None:
            data["all_participants"] = False
        data.setdefault("all_participants", True)
        row = AgendaItem(event_id=event_id, sequence=0, **data)
        if attendee_ids:
            row.attendees = _attendees(session, event_id, attendee_ids)
        session.add(row)
        session.flush()
        return item_view(row)


def update_agenda_item(
    db: Database,
    item_id: int,
    changes: Mapping[str, Any],
    seen: AgendaItemView | None = None,
    attendee_ids: Sequence[int] | None = None,
) -> AgendaItemView:
    data = f.coerce_all(changes, ITEM_FIELDS, "agenda_item")
    with db.session() as session:
        row = get_row(session, AgendaItem, item_id, "agenda_item")
        current = {k: getattr(row, k) for k in ITEM_FIELDS}
        event = get_row(session, Event, row.event_id, "event")
        data = _prepare(session, event, data, current)
        clashes = stale_clashes("agenda_item", item_id, seen, row, data, row.title)
        if attendee_ids is not None and seen is not None:
            attendee_ids, clash = _attendee_clash(row, seen, attendee_ids)
            clashes += clash
        if clashes:
            raise stale_error(clashes)
        changed = {k: v for k, v in data.items() if getattr(row, k) != v}
        assign(row, changed)
        if attendee_ids is not None:
            row.attendees = _attendees(session, row.event_id, attendee_ids)
            row.all_participants = False
        if changed or attendee_ids is not None:
            row.sequence += 1
        session.flush()
        return item_view(row)


def _attendee_clash(
    row: AgendaItem, seen: AgendaItemView, attendee_ids: Sequence[int]
) -> tuple[Sequence[int] | None, list[Clash]]:
    """Who attends, as the user leaves it, against a colleague's change since ``seen``:
    unchanged by the user, the colleague's list stays (None); changed by both
    differently, a clash showing both lists of names."""
    mine = tuple(sorted(set(attendee_ids)))
    if mine == seen.attendee_ids:
        return None, []
    theirs = tuple(sorted(p.id for p in row.attendees))
    if theirs == seen.attendee_ids or theirs == mine:
        return attendee_ids, []
    clash = Clash(
        "agenda_item",
        row.id,
        row.title,
        "attendee_ids",
        ", ".join(sorted(_names(row, theirs))),
        ", ".join(sorted(_names(row, mine))),
    )
    choice = current_resolution().choice(clash)
    if choice == "theirs":
        return None, []
    return attendee_ids, [] if choice == "mine" else [clash]


def _names(row: AgendaItem, ids: Sequence[int]) -> list[str]:
    session = object_session(row)
    out = []
    for participation_id in ids:
        part = session.get(Participation, participation_id) if session is not None else None
        out.append(
            f"{part.person.first_name} {part.person.last_name}".strip()
            if part is not None
            else str(participation_id)
        )
    return out


def cancel_agenda_item(db: Database, item_id: int) -> AgendaItemView:
    """Mark an item cancelled: it stays in the agenda so calendars learn of it."""
    return update_agenda_item(db, item_id, {"status": AgendaItemStatus.CANCELLED})


def delete_agenda_item(db: Database, item_id: int, seen: AgendaItemView | None = None) -> None:
    """Delete an item (its attendance with it). One a colleague changed since ``seen``
    is not deleted unseen: what they changed is a clash to settle first."""
    with db.session() as session:
        row = get_row(session, AgendaItem, item_id, "agenda_item")
        kept = check_deletion(
            "agenda_item", item_id, seen, row, ITEM_FIELDS, seen.title if seen else ""
        )
        if not kept:
            session.delete(row)


def get_agenda_item(db: Database, item_id: int) -> AgendaItemView:
    with db.session() as session:
        return item_view(get_row(session, AgendaItem, item_id, "agenda_item"))


def _items_query() -> Any:
    return select(AgendaItem).options(
        selectinload(AgendaItem.venue), selectinload(AgendaItem.attendees)
    )


def list_agenda(db: Database, event_id: int) -> list[AgendaItemView]:
    with db.session() as session:
        get_row(session, Event, event_id, "event")
        rows = session.scalars(
            _items_query()
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
        )
        return [item_view(r) for r in rows]


def personal_agenda(db: Database, participation_id: int) -> list[AgendaItemView]:
    """The items one participant attends: the whole-event ones and those they are in."""
    with db.session() as session:
        part = get_row(session, Participation, participation_id, "participation")
        if not gets_printed_material(part.status):
            return []
        rows = session.scalars(
            _items_query()
            .where(AgendaItem.event_id == part.event_id)
            .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
        )
        return [
            item_view(r)
            for r in rows
            if r.all_participants or any(a.id == participation_id for a in r.attendees)
        ]
