"""Importing a partner's programme (.ics) into an event's agenda: preview, then apply.

Partner authorities send programmes from Outlook (Windows zone names such as
"Romance Standard Time"), Google (UTC times), Apple or Thunderbird. Each entry
becomes an agenda item in the zone where it happens: a TZID is read as an IANA
name, a Windows name through the CLDR mapping that icalendar maintains, an old
Thunderbird "/mozilla.org/.../Europe/Paris" by its tail; a UTC time stays the same
instant, shown in the event's zone. The wall-clock time in the file is kept and the
instant computed with the IANA rules (Windows' zones follow the same clocks).

An entry whose UID is already in the event updates that item (a newer version of
the same programme); an all-day entry lasts its whole day in the event's zone;
nothing is guessed: repeating entries, floating times, entries outside the event's
dates, without an end or a UID are refused with their reason.
:func:`preview_import` says what would happen; :func:`apply_import` does it in one
transaction, and does nothing at all if any entry is refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar, Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus, AgendaItemType
from coopdesk.core.errors import ValidationError
from coopdesk.core.labels import label
from coopdesk.core.messages import describe
from coopdesk.core.model import AgendaItem, Authority, Event, Venue
from coopdesk.core.services._base import get_row
from coopdesk.core.timezones import check_timezone, to_local, to_utc

_MAX_TITLE = 300
_MAX_UID = 255
_LOCATION_PREFIX = {"fr": "Lieu : ", "en": "Location: "}


@dataclass(frozen=True, slots=True)
class ImportedItem:
    """An agenda item as the file describes it; ``existing_id`` is the item it updates."""

    uid: str
    title: str
    type: AgendaItemType
    status: AgendaItemStatus
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    description: str | None
    sequence: int
    existing_id: int | None = None
    # A LOCATION no venue has, to become a new venue (when the import makes them).
    new_venue: str | None = None


@dataclass(frozen=True, slots=True)
class RefusedEntry:
    """An entry of the file that is not imported, and why (an error code and values)."""

    uid: str | None
    summary: str | None
    code: str
    values: tuple[tuple[str, Any], ...] = ()

    def reason(self, language: str | None = None) -> str:
        """The reason, as a sentence in ``language``."""
        return describe(ValidationError(self.code, None, **dict(self.values)), language)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file into the event would do."""

    event_id: int
    created: tuple[ImportedItem, ...]
    updated: tuple[ImportedItem, ...]
    unchanged: tuple[ImportedItem, ...]
    refused: tuple[RefusedEntry, ...]

    @property
    def new_venues(self) -> tuple[str, ...]:
        """The places the file names that no venue has (in the order first named)."""
        items = (*self.created, *self.updated, *self.unchanged)
        return tuple(dict.fromkeys(i.new_venue for i in items if i.new_venue))


class _Refused(Exception):
    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.code = code
        self.values = tuple(values.items())


def iana_zone(tzid: str) -> str | None:
    """The IANA name for a TZID from a calendar file, or None if unknown.

    Accepts IANA names, Windows names (CLDR's windowsZones mapping, shipped with
    icalendar) and prefixed names such as ``/mozilla.org/20070129_1/Europe/Paris``.
    """
    name = tzid.strip().strip('"')
    parts = [p for p in name.split("/") if p]
    candidates = [WINDOWS_TO_OLSON.get(name)] + ["/".join(parts[i:]) for i in range(len(parts))]
    for candidate in candidates:
        if candidate:
            try:
                return check_timezone(candidate)
            except ValidationError:
                continue
    return None


def _read(data: bytes) -> list[Calendar]:
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError("calendar.unreadable", None, reason=str(exc)) from exc
    if not calendars:
        raise ValidationError("calendar.unreadable", None, reason="no VCALENDAR")
    return list(calendars)


def _raw(component: Component, name: str) -> tuple[str, Mapping[str, str]] | None:
    prop = component.get(name)
    if prop is None:
        return None
    return prop.to_ical().decode("ascii", "replace").strip(), prop.params


def _instant(component: Component, name: str, event_zone: str) -> tuple[datetime, str] | None:
    """The UTC instant of a DTSTART/DTEND and the zone it is shown in."""
    found = _raw(component, name)
    if found is None:
        return None
    value, params = found
    if _all_day(component, name):  # a whole day in the event's zone, from midnight
        try:
            day = datetime.strptime(value, "%Y%m%d")
        except ValueError as exc:
            raise _Refused("calendar.bad_value", property=name, reason=value) from exc
        return to_utc(day, event_zone, name.lower()), event_zone
    try:
        wall = datetime.strptime(value.rstrip("Zz"), "%Y%m%dT%H%M%S")
    except ValueError as exc:
        raise _Refused("calendar.bad_value", property=name, reason=value) from exc
    if value[-1:] in "Zz":
        return wall.replace(tzinfo=UTC), event_zone
    tzid = params.get("TZID")
    if not tzid:
        raise _Refused("calendar.floating_time", time=wall.isoformat(timespec="minutes"))
    zone = iana_zone(tzid)
    if zone is None:
        raise _Refused("calendar.unknown_zone", timezone=tzid)
    try:
        return to_utc(wall, zone, name.lower()), zone
    except ValidationError as exc:
        raise _Refused(exc.code, **exc.values) from exc


def _all_day(component: Component, name: str) -> bool:
    """Whether the DTSTART/DTEND ``name`` is a date without a time (an all-day entry)."""
    found = _raw(component, name)
    return found is not None and (found[1].get("VALUE", "").upper() == "DATE" or len(found[0]) == 8)


def _text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


def _type(component: Component, current: AgendaItemType | None) -> AgendaItemType:
    """The item type named in CATEGORIES (code, French or English word), else the
    current one, else a meeting."""
    words: list[str] = []
    categories = component.get("CATEGORIES")
    for prop in categories if isinstance(categories, list) else [categories]:
        if prop is not None:
            words += [str(c).strip().casefold() for c in prop.cats]
    for kind in AgendaItemType:
        names = {kind.value, label(kind, "fr").casefold(), label(kind, "en").casefold()}
        if names & set(words):
            return kind
    return current or AgendaItemType.MEETING


class _Planner:
    """Reads the file's entries against the event, within one session."""

    def __init__(self, session: Session, event: Event, make_venues: bool = False) -> None:
        self.session = session
        self.event = event
        self.make_venues = make_venues
        authority = session.get(Authority, 1)
        self.language = authority.document_language if authority else "fr"
        self.venues = {v.name.casefold(): v.id for v in session.scalars(select(Venue))}
        self.seen: set[str] = set()

    def _venue(self, location: str | None) -> int | None:
        if not location:
            return None
        folded = location.casefold()
        for name, venue_id in self.venues.items():
            if folded == name or folded.startswith(name + ","):
                return venue_id
        return None

    def item(self, component: Component, cancelled_calendar: bool) -> ImportedItem:
        uid = _text(component, "UID")
        if uid is None:
            raise _Refused("calendar.no_uid")
        if len(uid) > _MAX_UID:
            raise _Refused("field.too_long", field="uid", length=len(uid), max=_MAX_UID)
        if uid in self.seen:
            raise _Refused("calendar.duplicate_uid", uid=uid)
        self.seen.add(uid)
        for name in ("RRULE", "RDATE", "RECURRENCE-ID"):
            found = _raw(component, name)
            if found is not None:
                raise _Refused("calendar.recurrence", rule=f"{name}:{found[0]}")
        title = _text(component, "SUMMARY")
        if title is None:
            raise _Refused("field.required", field="title")
        if len(title) > _MAX_TITLE:
            raise _Refused("field.too_long", field="title", length=len(title), max=_MAX_TITLE)
        start = _instant(component, "DTSTART", self.event.timezone)
        if start is None:
            raise _Refused("field.required", field="starts_at")
        starts_at, zone = start
        end = _instant(component, "DTEND", self.event.timezone)
        if end is not None:
            ends_at = end[0]
        elif component.get("DURATION") is not None:
            duration = getattr(component["DURATION"], "dt", None)
            if not isinstance(duration, timedelta):
                raise _Refused("calendar.bad_value", property="DURATION", reason=str(duration))
            ends_at = starts_at + duration
        elif _all_day(component, "DTSTART"):  # an all-day entry lasts its day
            ends_at = to_utc(
                to_local(starts_at, zone).replace(tzinfo=None) + timedelta(days=1), zone
            )
        else:
            raise _Refused("calendar.no_end")
        first, last = to_local(starts_at, zone), to_local(ends_at, zone)
        if ends_at <= starts_at:
            raise _Refused(
                "dates.end_before_start",
                start=first.isoformat(timespec="minutes"),
                end=last.isoformat(timespec="minutes"),
            )
        # An end at midnight closes the day before (all-day entries end so).
        last_day = (last - timedelta(microseconds=1)).date()
        if first.date() < self.event.start_date or last_day > self.event.end_date:
            raise _Refused(
                "agenda.outside_event",
                start=first.date(),
                end=last.date(),
                event_start=self.event.start_date,
                event_end=self.event.end_date,
            )
        existing = self.session.scalar(select(AgendaItem).where(AgendaItem.uid == uid))
        if existing is not None and existing.event_id != self.event.id:
            other = self.session.get(Event, existing.event_id)
            raise _Refused(
                "calendar.uid_in_other_event", uid=uid, event=other.title if other else ""
            )
        location = _text(component, "LOCATION")
        venue_id = self._venue(location)
        description = _text(component, "DESCRIPTION")
        new_venue = None
        if location and venue_id is None and self.make_venues:
            new_venue = location
        elif location and venue_id is None:
            line = _LOCATION_PREFIX.get(self.language, _LOCATION_PREFIX["en"]) + location
            description = f"{description}\n\n{line}" if description else line
        status = str(component.get("STATUS", "")).upper()
        sequence = component.get("SEQUENCE")
        return ImportedItem(
            uid=uid,
            title=title,
            type=_type(component, existing.type if existing else None),
            status=AgendaItemStatus.CANCELLED
            if status == "CANCELLED" or cancelled_calendar
            else AgendaItemStatus.PLANNED,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=zone,
            venue_id=venue_id,
            description=description,
            sequence=max(int(sequence), 0) if sequence is not None else 0,
            existing_id=existing.id if existing else None,
            new_venue=new_venue,
        )


_COMPARED = ("title", "type", "status", "starts_at", "ends_at", "timezone", "venue_id")


def _unchanged(session: Session, item: ImportedItem) -> bool:
    row = session.get(AgendaItem, item.existing_id)
    assert row is not None
    return all(getattr(row, k) == getattr(item, k) for k in _COMPARED) and (
        (row.description or None) == item.description
    )


def _with_new_venues(session: Session, plan: ImportPreview) -> ImportPreview:
    """Make the plan's new venues (a LOCATION "Name, address" gives both, in the zone
    of the first item held there) and hold its items there."""
    if not plan.new_venues:
        return plan
    made: dict[str, int] = {}
    items = (*plan.created, *plan.updated, *plan.unchanged)
    for location in plan.new_venues:
        name, _, address = location.partition(",")
        zone = next(i.timezone for i in items if i.new_venue == location)
        venue = Venue(name=name.strip()[:300], address=address.strip(), timezone=zone)
        session.add(venue)
        session.flush()
        made[location] = venue.id

    def held(item: ImportedItem) -> ImportedItem:
        if item.new_venue is None:
            return item
        return replace(item, venue_id=made[item.new_venue])

    return replace(
        plan,
        created=tuple(map(held, plan.created)),
        updated=tuple(map(held, plan.updated)),
        unchanged=tuple(map(held, plan.unchanged)),
    )


def _entries(calendars: list[Calendar]) -> Iterator[tuple[Component, bool]]:
    for calendar in calendars:
        cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        for component in calendar.subcomponents:
            if component.name != "VTIMEZONE":
                yield component, cancelled


def _plan(session: Session, event: Event, data: bytes, make_venues: bool = False) -> ImportPreview:
    planner = _Planner(session, event, make_venues)
    created: list[ImportedItem] = []
    updated: list[ImportedItem] = []
    unchanged: list[ImportedItem] = []
    refused: list[RefusedEntry] = []
    for component, cancelled in _entries(_read(data)):
        uid, summary = _text(component, "UID"), _text(component, "SUMMARY")
        if component.name != "VEVENT":
            refused.append(
                RefusedEntry(
                    uid, summary, "calendar.not_an_event", (("component", component.name),)
                )
            )
            continue
        try:
            item = planner.item(component, cancelled)
        except _Refused as exc:
            refused.append(RefusedEntry(uid, summary, exc.code, exc.values))
            continue
        if item.existing_id is None:
            created.append(item)
        elif _unchanged(session, item):
            unchanged.append(item)
        else:
            updated.append(item)
    return ImportPreview(event.id, tuple(created), tuple(updated), tuple(unchanged), tuple(refused))


def preview_import(
    db: Database, event_id: int, data: bytes, *, make_venues: bool = False
) -> ImportPreview:
    """What importing ``data`` (an .ics file) into the event would create, update,
    leave as is and refuse. Writes nothing. With ``make_venues``, a LOCATION no venue
    has becomes a new venue (listed in ``new_venues``) instead of a line of the
    item's description."""
    with db.session() as session:
        return _plan(session, get_row(session, Event, event_id, "event"), data, make_venues)


def apply_import(
    db: Database,
    event_id: int,
    data: bytes,
    seen: ImportPreview | None = None,
    *,
    make_venues: bool = False,
) -> ImportPreview:
    """Import ``data`` into the event in one transaction: all entries or none.

    Refuses (and writes nothing) if any entry is refused, or if ``seen`` — the
    preview the user accepted — no longer matches what the import would do. With
    ``make_venues``, the new venues are made in the same transaction.
    """
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        plan = _plan(session, event, data, make_venues)
        if plan.refused:
            raise ValidationError("calendar.import_refused", None, count=len(plan.refused))
        if seen is not None and plan != seen:
            raise ValidationError("calendar.import_changed", None)
        plan = _with_new_venues(session, plan)
        for item in plan.created:
            session.add(
                AgendaItem(
                    event_id=event_id,
                    uid=item.uid,
                    title=item.title,
                    type=item.type,
                    status=item.status,
                    starts_at=item.starts_at,
                    ends_at=item.ends_at,
                    timezone=item.timezone,
                    venue_id=item.venue_id,
                    description=item.description,
                    all_participants=True,
                    sequence=item.sequence,
                )
            )
        for item in plan.updated:
            row = session.get(AgendaItem, item.existing_id)
            assert row is not None
            for key in (*_COMPARED, "description"):
                setattr(row, key, getattr(item, key))
            row.sequence = max(row.sequence + 1, item.sequence)
        session.flush()
        return plan
