"""Venues and rooms where agenda items happen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Venue
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.values import VenueView

VENUE_FIELDS: Mapping[str, f.Coercer] = {
    "name": f.text(300, required=True),
    "address": lambda v, field: str(v).strip() if v is not None else "",
    "city": f.text(200),
    "country": f.country,
    "timezone": f.timezone(),
    "capacity": f.capacity,
}


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
    )


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


def update_venue(
    db: Database, venue_id: int, changes: Mapping[str, Any], seen: VenueView | None = None
) -> VenueView:
    data = f.coerce_all(changes, VENUE_FIELDS, "venue")
    with db.session() as session:
        row = get_row(session, Venue, venue_id, "venue")
        f.check_stale("venue", venue_id, seen, row, data)
        assign(row, data)
        session.flush()
        return venue_view(row)


def delete_venue(db: Database, venue_id: int) -> None:
    with db.session() as session:
        session.delete(get_row(session, Venue, venue_id, "venue"))


def get_venue(db: Database, venue_id: int) -> VenueView:
    with db.session() as session:
        return venue_view(get_row(session, Venue, venue_id, "venue"))


def list_venues(db: Database) -> list[VenueView]:
    with db.session() as session:
        rows = session.scalars(select(Venue).order_by(func.lower(Venue.name), Venue.id))
        return [venue_view(r) for r in rows]
