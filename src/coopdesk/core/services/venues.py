"""Venues and rooms where agenda items happen: the office's own list of places.

A venue in use by agenda items is not deleted without saying where it is used; two
records of the same place are merged into one, its items moved to the one kept. A
deletion and a merge say which items they moved; undone from the window (as core
operations, :mod:`coopdesk.core.services.operations`), everything comes back as it
was: the same ids, the same items at the same venue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import AgendaItem, Event, Organisation, Venue, fold_name
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, contains_text, get_row
from coopdesk.core.services.clashes import (
    check_deletion,
    check_stale,
    deletion_clashes,
    stale_error,
)
from coopdesk.core.values import VenueView

VENUE_FIELDS: Mapping[str, f.Coercer] = {
    "name": f.text(300, required=True),
    "address": lambda v, field: str(v).strip() if v is not None else "",
    "city": f.text(200),
    "country": f.country,
    "timezone": f.timezone(),
    "capacity": f.capacity,
    "notes": f.long_text,
}

# What a calendar entry shows of its venue: changing it is a change of the entry.
_LOCATION_FIELDS = ("name", "address")


@dataclass(frozen=True, slots=True)
class VenueUse:
    """An agenda item held at a venue."""

    item_id: int
    item: str
    event_id: int
    event: str
    starts_at: datetime
    timezone: str


@dataclass(frozen=True, slots=True)
class VenueRemoval:
    """A deleted venue and the agenda items that were held there (now without one)."""

    venue: VenueView
    item_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class VenueMerge:
    """``removed`` was merged into ``kept``: its items moved, its blanks filled in."""

    kept: VenueView
    removed: VenueView
    item_ids: tuple[int, ...]


def venue_view(row: Venue) -> VenueView:
    return VenueView(
        id=row.id,
        name=row.name,
        address=row.address,
        city=row.city,
        country=row.country,
        timezone=row.timezone,
        capacity=row.capacity,
        version=row.version,
        notes=row.notes,
    )


def _values(view: VenueView) -> dict[str, Any]:
    return {k: getattr(view, k) for k in VENUE_FIELDS}


def create_venue(db: Database, **values: Any) -> VenueView:
    data = f.coerce_all(values, VENUE_FIELDS, "venue")
    for required in ("name", "timezone"):
        if data.get(required) is None:
            raise ValidationError("field.required", required)
    data.setdefault("address", "")
    with db.session() as session:
        row = Venue(**data)
        session.add(row)
        session.flush()
        return venue_view(row)


def _touch_items(session: Session, item_ids: Sequence[int]) -> None:
    """The calendar entries of ``item_ids`` changed place: their SEQUENCE grows, so
    calendars that hold them take the new place instead of keeping the old one."""
    for item in session.scalars(select(AgendaItem).where(AgendaItem.id.in_(item_ids))):
        item.sequence += 1


def _item_ids(session: Session, venue_id: int) -> list[int]:
    query = select(AgendaItem.id).where(AgendaItem.venue_id == venue_id).order_by(AgendaItem.id)
    return list(session.scalars(query))


def update_venue(
    db: Database, venue_id: int, changes: Mapping[str, Any], seen: VenueView | None = None
) -> VenueView:
    """Change the fields in ``changes``; ``seen`` is the record the user edited from
    (fields someone else changed since are refused, see :class:`StaleEditError`)."""
    data = f.coerce_all(changes, VENUE_FIELDS, "venue")
    if "name" in data and data["name"] is None:
        raise ValidationError("field.required", "name")
    if "timezone" in data and data["timezone"] is None:
        raise ValidationError("field.required", "timezone")
    if "address" in data and data["address"] is None:
        data["address"] = ""
    with db.session() as session:
        row = get_row(session, Venue, venue_id, "venue")
        check_stale("venue", venue_id, seen, row, data)
        moved = any(k in data and data[k] != getattr(row, k) for k in _LOCATION_FIELDS)
        assign(row, data)
        if moved:
            _touch_items(session, _item_ids(session, venue_id))
        session.flush()
        return venue_view(row)


def venue_uses(db: Database, venue_id: int) -> list[VenueUse]:
    """The agenda items held at the venue, in time order, with their event."""
    with db.session() as session:
        get_row(session, Venue, venue_id, "venue")
        return _uses(session, venue_id)


def _uses(session: Session, venue_id: int) -> list[VenueUse]:
    query = (
        select(AgendaItem, Event.title)
        .join(Event, AgendaItem.event_id == Event.id)
        .where(AgendaItem.venue_id == venue_id)
        .order_by(AgendaItem.starts_at, AgendaItem.id)
    )
    return [
        VenueUse(
            item_id=item.id,
            item=item.title,
            event_id=item.event_id,
            event=title,
            starts_at=item.starts_at,
            timezone=item.timezone,
        )
        for item, title in session.execute(query)
    ]


def _describe_uses(uses: Sequence[VenueUse], limit: int = 5) -> str:
    shown = [f"« {u.item} » ({u.event}, {u.starts_at:%Y-%m-%d})" for u in uses[:limit]]
    if len(uses) > limit:
        shown.append(f"+{len(uses) - limit}")
    return ", ".join(shown)


def delete_venue(
    db: Database, venue_id: int, *, seen: VenueView | None = None, detach: bool = False
) -> VenueRemoval:
    """Delete the venue. When agenda items are held there, it is refused
    (``venue.in_use``, naming them) unless ``detach``: the items then keep no venue.

    ``seen`` is the record the user chose to delete: what someone changed in it since
    is a clash the user settles first (keeping their version keeps the venue).
    """
    with db.session() as session:
        row = get_row(session, Venue, venue_id, "venue")
        kept = check_deletion("venue", venue_id, seen, row, VENUE_FIELDS, row.name)
        if kept:  # the user kept the venue as a colleague changed it
            return VenueRemoval(venue=venue_view(row), item_ids=())
        uses = _uses(session, venue_id)
        if uses and not detach:
            raise ValidationError(
                "venue.in_use",
                None,
                name=row.name,
                uses=_describe_uses(uses),
                item_ids=tuple(u.item_id for u in uses),
            )
        item_ids = tuple(u.item_id for u in uses)
        for item in session.scalars(select(AgendaItem).where(AgendaItem.id.in_(item_ids))):
            item.venue_id = None
            item.sequence += 1
        removed = venue_view(row)
        session.delete(row)
        return VenueRemoval(venue=removed, item_ids=item_ids)


def _move_items(
    session: Session, item_ids: Sequence[int], from_venue: int | None, to_venue: int
) -> None:
    """Hold at ``to_venue`` those of ``item_ids`` still at ``from_venue`` (or at none)."""
    where = (
        AgendaItem.venue_id.is_(None) if from_venue is None else AgendaItem.venue_id == from_venue
    )
    for item in session.scalars(select(AgendaItem).where(AgendaItem.id.in_(item_ids), where)):
        item.venue_id = to_venue
        item.sequence += 1


def merge_venues(
    db: Database,
    keep_id: int,
    other_id: int,
    *,
    seen_keep: VenueView | None = None,
    seen_other: VenueView | None = None,
) -> VenueMerge:
    """Merge ``other_id`` into ``keep_id``: the other's agenda items are held at the
    one kept, the kept venue's blank fields take the other's values, the other goes."""
    if keep_id == other_id:
        raise ValidationError("venue.merge_itself", None)
    with db.session() as session:
        kept = get_row(session, Venue, keep_id, "venue")
        other = get_row(session, Venue, other_id, "venue")
        clashes, keep_theirs = deletion_clashes(
            "venue", keep_id, seen_keep, kept, VENUE_FIELDS, kept.name
        )
        more, other_theirs = deletion_clashes(
            "venue", other_id, seen_other, other, VENUE_FIELDS, other.name
        )
        if clashes or more:
            raise stale_error(clashes + more)
        removed = venue_view(other)
        if keep_theirs or other_theirs:  # the user kept a colleague's change: no merge
            return VenueMerge(kept=venue_view(kept), removed=removed, item_ids=())
        item_ids = tuple(_item_ids(session, other_id))
        _move_items(session, item_ids, other_id, keep_id)
        filled = {
            k: getattr(other, k)
            for k in ("address", "city", "country", "capacity", "notes")
            if not getattr(kept, k) and getattr(other, k)
        }
        assign(kept, filled)
        session.delete(other)
        session.flush()
        return VenueMerge(kept=venue_view(kept), removed=removed, item_ids=item_ids)


def get_venue(db: Database, venue_id: int) -> VenueView:
    with db.session() as session:
        return venue_view(get_row(session, Venue, venue_id, "venue"))


def list_venues(db: Database, search: str | None = None) -> list[VenueView]:
    """Every venue by name, or those whose name, address or city hold every word of
    ``search`` (accents and case aside in the name)."""
    query = select(Venue)
    if search and search.strip():
        query = query.where(contains_text(search, Venue.name, Venue.address, Venue.city))
    with db.session() as session:
        return _by_name([venue_view(r) for r in session.scalars(query)])


def _by_name(rows: list[VenueView]) -> list[VenueView]:
    """Venues as a French list sorts them: ``Aéroport`` before ``Aquarium``."""
    return sorted(rows, key=lambda v: (fold_name(v.name), v.id))


def venues_for_event(db: Database, event_id: int) -> tuple[list[VenueView], list[VenueView]]:
    """The venues to offer for an event's agenda: first those near it (already used by
    the event, in the partner's city for a mission abroad, or in the event's time zone),
    then the others; each group by name."""
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        partner = session.get(Organisation, event.partner_id) if event.partner_id else None
        used = set(
            session.scalars(
                select(AgendaItem.venue_id).where(
                    AgendaItem.event_id == event_id, AgendaItem.venue_id.is_not(None)
                )
            )
        )
        near_clauses = [Venue.timezone == event.timezone]
        if used:
            near_clauses.append(Venue.id.in_(used))
        if partner is not None and partner.city and partner.timezone == event.timezone:
            near_clauses.append(func.lower(Venue.city) == partner.city.lower())
        near = case((or_(*near_clauses), 0), else_=1)
        rows = session.execute(select(Venue, near)).all()
        first = _by_name([venue_view(v) for v, rank in rows if rank == 0])
        rest = _by_name([venue_view(v) for v, rank in rows if rank == 1])
        return first, rest
