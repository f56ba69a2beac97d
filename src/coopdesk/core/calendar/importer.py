"""Importing a partner's programme (.ics) into an event's agenda: preview, then apply.

Partner authorities send programmes from Outlook (Windows zone names such as
"Romance Standard Time", or "Customized Time Zone" defined in the file), Google
(UTC times, X-WR-TIMEZONE), Apple, Thunderbird or a CalDAV server, in UTF-8 or in
Windows-1252. Every file ends in one of two ways: its entries are imported, each
refused one named (title or line) with what to do, or the whole file is refused
in one sentence. Nothing escapes as an unexpected error.

Each entry becomes an agenda item in the zone where it happens. A TZID is read as
an IANA name, a Windows name (CLDR's mapping, shipped with icalendar), a vendor
prefixed name (``/mozilla.org/.../Europe/Paris``), or else from the file's own
VTIMEZONE, matched to the IANA zone that keeps the same clock over the event's
years. Local times follow RFC 5545: a time that occurs twice is the first of the
two, a skipped one is read with the offset before the change. A UTC time stays
the same instant, shown in the event's zone (or the zone coopdesk wrote beside
it); a floating time is read in the event's zone.

An entry whose UID is already in the event updates that item; a personal agenda
exported by coopdesk updates the items its entries stand for. Repeating entries
are expanded within the event's dates. Entries outside the event's dates are
listed and left out; other components (tasks, journal entries, alarms,
availability) are skipped with a note. :func:`preview_import` says what would
happen; :func:`apply_import` does it in one transaction, and does nothing at all
if any entry is refused.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar, Component
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.calendar.outcome import (
    ImportedItem,
    ImportPreview,
    Note,
    OutsideEntry,
    RefusedEntry,
    counted_code,
    counts,
    nothing_to_import,
    refusal_of,
)
from coopdesk.core.calendar.parsing import (
    STRUCTURAL,
    Refused,
    calendar_of,
    entry_title,
    entry_type,
    ical_value,
    normalise,
    property_text,
    read_components,
    sequence_of,
    short_reason,
    with_calendar,
)
from coopdesk.core.calendar.writer import ITEM_PROPERTY
from coopdesk.core.calendar.zones import (
    UTC_KEYS,
    floating_zone_of,
    iana_zone,
    local_instant,
    matching_zone,
    utc_zone_of,
)
from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.model import AgendaItem, Authority, Event, Venue
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services._base import get_row
from coopdesk.core.timezones import to_local

__all__ = [
    "ImportPreview",
    "ImportedItem",
    "Note",
    "OutsideEntry",
    "RefusedEntry",
    "apply_import",
    "counts",
    "iana_zone",
    "nothing_to_import",
    "preview_import",
]


_MAX_TITLE = 300
_MAX_UID = 255
_MAX_OCCURRENCES = 500
_LOCATION_PREFIX = {"fr": "Lieu : ", "en": "Location: "}


# What a component that is not an appointment is, for the note that skips it:
# (French singular, French plural, English singular, English plural).
_KINDS = {
    "VTODO": ("tâche", "tâches", "task", "tasks"),
    "VJOURNAL": ("note de journal", "notes de journal", "journal entry", "journal entries"),
    "VFREEBUSY": ("plage libre/occupé", "plages libre/occupé", "free/busy", "free/busy"),
    "VAVAILABILITY": ("disponibilité", "disponibilités", "availability", "availabilities"),
    "VALARM": ("rappel", "rappels", "alarm", "alarms"),
}
_OTHER_KIND = ("composant inconnu", "composants inconnus", "unknown kind", "unknown kind")


class _Outside(Exception):
    def __init__(self, first: date, last: date) -> None:
        super().__init__("outside")
        self.first, self.last = first, last


class _Context:
    """What reading the entries of one file shares: the event, zones matched, notes."""

    def __init__(self, session: Session, event: Event, make_venues: bool = False) -> None:
        self.session = session
        self.event = event
        self.make_venues = make_venues
        authority = session.get(Authority, 1)
        self.language = authority.document_language if authority else "fr"
        self.venues = {v.name.casefold(): v.id for v in session.scalars(select(Venue))}
        self.seen: set[str] = set()
        self.custom: dict[str, str | None] = {}
        self.floating = 0
        self.floating_zone = event.timezone
        self.derived = 0
        self.alarms = 0

    def custom_zone(self, tz: tzinfo, tzid: str) -> str | None:
        if tzid not in self.custom:
            years = (self.event.start_date.year, self.event.end_date.year)
            self.custom[tzid] = matching_zone(tz, tzid, years, self.event.timezone)
        return self.custom[tzid]

    def venue(self, location: str | None) -> int | None:
        if not location:
            return None
        folded = location.casefold()
        for name, venue_id in self.venues.items():
            if folded == name or folded.startswith(name + ","):
                return venue_id
        return None


def _instant(
    component: Component, name: str, context: _Context
) -> tuple[datetime, str, bool] | None:
    """The UTC instant of a DTSTART/DTEND, the zone it is shown in, whether a day."""
    prop = component.get(name)
    if prop is None:
        return None
    try:
        value = prop.dt
    except STRUCTURAL as exc:
        raise Refused("calendar.bad_value", property=name, value=ical_value(prop)) from exc
    event = context.event
    if isinstance(value, date) and not isinstance(value, datetime):
        # A whole day in the event's zone, from midnight.
        return (
            local_instant(datetime(value.year, value.month, value.day), event.timezone),
            event.timezone,
            True,
        )
    if not isinstance(value, datetime):
        raise Refused("calendar.bad_value", property=name, value=ical_value(prop))
    wall = value.replace(tzinfo=None)
    tz = value.tzinfo
    if tz is None:
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        if tzid:
            zone_name = iana_zone(str(tzid))
            if zone_name is None:
                raise Refused("calendar.unknown_zone", timezone=str(tzid))
        else:
            zone_name = context.floating_zone = floating_zone_of(component, event)
            context.floating += 1
        return local_instant(wall, zone_name), zone_name, False
    key = getattr(tz, "key", None)
    if isinstance(tz, ZoneInfo) and key is not None and key not in UTC_KEYS:
        zone_name = iana_zone(key)
        if zone_name is None:
            raise Refused("calendar.unknown_zone", timezone=key)
        return local_instant(wall, zone_name), zone_name, False
    if value.utcoffset() == timedelta(0) and (key in UTC_KEYS or tz is UTC):
        return value.astimezone(UTC), utc_zone_of(component, event), False
    # A zone defined by the file's own VTIMEZONE under a name no database knows.
    tzid = str(prop.params.get("TZID", "")) or str(tz)
    known = iana_zone(tzid) if tzid else None
    if known is not None:  # a name the database knows, whatever the file defines
        return local_instant(wall, known), known, False
    matched = context.custom_zone(tz, tzid)
    if matched is None:
        return value.astimezone(UTC), event.timezone, False
    return local_instant(wall, matched), matched, False


def _derived_uid(component: Component) -> str:
    """A UID for an entry without one, stable from one copy of the file to the next:
    from its start and its title."""
    key = f"{ical_value(component.get('DTSTART', ''))}|{entry_title(component) or ''}"
    return "coopdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@import"


def _item(
    context: _Context,
    component: Component,
    uid: str,
    cancelled_calendar: bool,
    line: int | None,
) -> ImportedItem:
    event = context.event
    session = context.session
    if len(uid) > _MAX_UID:
        raise Refused("calendar.uid_too_long", length=len(uid), max=_MAX_UID)
    title = entry_title(component)
    if title is None:
        raise Refused("calendar.no_title")
    if len(title) > _MAX_TITLE:
        raise Refused("calendar.title_too_long", length=len(title), max=_MAX_TITLE)
    start = _instant(component, "DTSTART", context)
    if start is None:
        raise Refused("calendar.no_start")
    starts_at, zone_name, all_day = start
    end = _instant(component, "DTEND", context)
    if end is not None:
        ends_at = end[0]
    elif component.get("DURATION") is not None:
        prop: Any = component["DURATION"]
        try:
            duration = prop.dt
        except STRUCTURAL as exc:
            raise Refused("calendar.bad_duration", value=ical_value(prop)) from exc
        if not isinstance(duration, timedelta):
            raise Refused("calendar.bad_duration", value=ical_value(prop))
        ends_at = starts_at + duration
    elif all_day:  # an all-day entry lasts its day
        midnight = to_local(starts_at, zone_name).replace(tzinfo=None) + timedelta(days=1)
        ends_at = local_instant(midnight, zone_name)
    else:  # RFC 5545: a DTSTART alone is an instant (a deadline, a reminder)
        ends_at = starts_at
    first, last = to_local(starts_at, zone_name), to_local(ends_at, zone_name)
    if ends_at < starts_at:
        raise Refused(
            "calendar.end_before_start",
            start=first.replace(tzinfo=None),
            end=last.replace(tzinfo=None),
        )
    # An end at midnight closes the day before (all-day entries end so).
    last_day = last.date() if ends_at == starts_at else (last - timedelta(microseconds=1)).date()
    if first.date() < event.start_date or last_day > event.end_date:
        raise _Outside(first.date(), last_day)
    existing = None
    own = property_text(component, ITEM_PROPERTY)
    if own:  # a personal agenda's copy of one of this event's items
        existing = session.scalar(
            select(AgendaItem).where(AgendaItem.uid == own, AgendaItem.event_id == event.id)
        )
        if existing is not None:
            uid = own
    if existing is None:
        existing = session.scalar(select(AgendaItem).where(AgendaItem.uid == uid))
    if existing is not None and existing.event_id != event.id:
        other = session.get(Event, existing.event_id)
        raise Refused("calendar.uid_in_other_event", uid=uid, event=other.title if other else "")
    if uid in context.seen:
        raise Refused("calendar.duplicate_uid", uid=uid)
    context.seen.add(uid)
    location = property_text(component, "LOCATION")
    venue_id = context.venue(location)
    description = property_text(component, "DESCRIPTION")
    new_venue = None
    if location and venue_id is None and context.make_venues:
        new_venue = location
    elif location and venue_id is None:
        prefix = _LOCATION_PREFIX.get(context.language, _LOCATION_PREFIX["en"])
        line_text = prefix + location
        description = f"{description}\n\n{line_text}" if description else line_text
    status = str(component.get("STATUS", "")).strip().upper()
    if any(c.name == "VALARM" for c in component.subcomponents):
        context.alarms += 1
    return ImportedItem(
        uid=uid,
        title=title,
        type=entry_type(component, existing.type if existing else None),
        status=AgendaItemStatus.CANCELLED
        if status == "CANCELLED" or cancelled_calendar
        else AgendaItemStatus.PLANNED,
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=zone_name,
        venue_id=venue_id,
        description=description,
        sequence=sequence_of(component),
        existing_id=existing.id if existing else None,
        line=line,
        new_venue=new_venue,
    )


_COMPARED = ("title", "type", "status", "starts_at", "ends_at", "timezone", "venue_id")


def _unchanged(session: Session, item: ImportedItem) -> bool:
    row = session.get(AgendaItem, item.existing_id)
    assert row is not None
    return all(getattr(row, k) == getattr(item, k) for k in _COMPARED) and (
        (row.description or None) == item.description
    )


@dataclass
class _Group:
    """The VEVENTs of one UID: the entry, and the changed occurrences of a series."""

    uid: str
    line: int | None
    members: list[Component] = field(default_factory=list)


@dataclass
class _Plan:
    created: list[ImportedItem] = field(default_factory=list)
    updated: list[ImportedItem] = field(default_factory=list)
    unchanged: list[ImportedItem] = field(default_factory=list)
    refused: list[RefusedEntry] = field(default_factory=list)
    outside: list[OutsideEntry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def _cancelled(component: Component) -> bool:
    calendar = calendar_of(component)
    return calendar is not None and str(calendar.get("METHOD", "")).strip().upper() == "CANCEL"


def _groups(
    context: _Context, components: list[Component], lines: list[int], plan: _Plan
) -> Iterator[_Group]:
    """The VEVENTs grouped by UID, in the order of the file; other kinds counted."""
    skipped: dict[str, int] = {}
    groups: dict[str, _Group] = {}
    for index, component in enumerate(components):
        line = lines[index] if lines else None
        if component.name == "VTIMEZONE":
            continue
        broken = getattr(component, "_coopdesk_broken", None)
        if broken is not None and component.name == "VEVENT":
            plan.refused.append(
                RefusedEntry(
                    property_text(component, "UID"),
                    entry_title(component),
                    "calendar.bad_entry",
                    (("reason", broken),),
                    line,
                )
            )
            continue
        if component.name != "VEVENT":
            kind = component.name or "?"
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        try:
            normalise(component)
        except Refused as exc:
            plan.refused.append(
                RefusedEntry(
                    property_text(component, "UID"),
                    entry_title(component),
                    exc.code,
                    exc.values,
                    line,
                )
            )
            continue
        uid = property_text(component, "UID")
        if uid is None:
            uid = _derived_uid(component)
            context.derived += 1
        group = groups.get(uid)
        recurring = any(
            component.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID")
        ) or (group is not None and any(_repeats(m) for m in group.members))
        if group is not None and not recurring:
            # The same UID twice without a series: a copy, or a conflict.
            if all(_same(component, m) for m in group.members):
                continue
            plan.refused.append(
                RefusedEntry(
                    uid, entry_title(component), "calendar.duplicate_uid", (("uid", uid),), line
                )
            )
            continue
        if group is None:
            group = groups[uid] = _Group(uid, line)
        group.members.append(component)
    for kind, count in skipped.items():
        words = _KINDS.get(kind, _OTHER_KIND)
        plan.notes.append(
            Note(
                counted_code("calendar.skipped_component", count),
                (
                    ("component", kind),
                    ("count", count),
                    ("what_fr", words[0 if count == 1 else 1]),
                    ("what_en", words[2 if count == 1 else 3]),
                ),
            )
        )
    yield from groups.values()


def _repeats(component: Component) -> bool:
    return any(component.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _same(one: Component, other: Component) -> bool:
    return bool(ical_value(one) == ical_value(other))


def _occurrences(group: _Group, components: list[Component], event: Event) -> list[Component]:
    """The occurrences of a repeating entry within the event's dates (a day either
    side, for entries in zones far from the event's)."""
    for member in group.members:
        rules = member.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules]:
            frequency = rule.get("FREQ") if hasattr(rule, "get") else None
            if frequency and str(
                frequency[0] if isinstance(frequency, list) else frequency
            ).upper() in (
                "SECONDLY",
                "MINUTELY",
            ):
                raise Refused("calendar.too_many_repeats", max=_MAX_OCCURRENCES)
    calendar = Calendar()
    for component in components:
        if component.name == "VTIMEZONE":
            calendar.add_component(component)
    for member in group.members:
        calendar.add_component(member)
    first = event.start_date - timedelta(days=1)
    last = event.end_date + timedelta(days=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found: list[Component] = list(recurring_ical_events.of(calendar).between(first, last))
    if len(found) > _MAX_OCCURRENCES:
        raise Refused("calendar.too_many_repeats", max=_MAX_OCCURRENCES)
    source = calendar_of(group.members[0])
    return [with_calendar(o, source) if source is not None else o for o in found]


def _occurrence_uid(uid: str, occurrence: Component) -> str:
    """The UID of one occurrence: the series' UID and its original start in UTC."""
    prop = occurrence.get("RECURRENCE-ID") or occurrence.get("DTSTART")
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        suffix = value.strftime("%Y%m%dT%H%M%S") + ("Z" if value.tzinfo is not None else "")
    elif isinstance(value, date):
        suffix = value.strftime("%Y%m%d")
    else:
        suffix = "?"
    return f"{uid}/{suffix}"


def _add(
    plan: _Plan,
    context: _Context,
    component: Component,
    uid: str,
    line: int | None,
    listed_outside: bool = True,
) -> bool:
    """Read one entry into the plan; True if it takes place within the event."""
    title = entry_title(component)
    try:
        item = _item(context, component, uid, _cancelled(component), line)
    except _Outside as outside:
        if listed_outside:
            plan.outside.append(OutsideEntry(uid, title, outside.first, outside.last, line))
        return False
    except Refused as exc:
        plan.refused.append(RefusedEntry(uid, title, exc.code, exc.values, line))
        return True
    except CoopdeskError as error:
        values = tuple(error.values.items())
        plan.refused.append(RefusedEntry(uid, title, error.code, values, line))
        return True
    except STRUCTURAL as exc:  # a value of a kind the entry cannot have
        reason = (("reason", short_reason(exc)),)
        plan.refused.append(RefusedEntry(uid, title, "calendar.bad_entry", reason, line))
        return True
    if item.existing_id is None:
        plan.created.append(item)
    elif _unchanged(context.session, item):
        plan.unchanged.append(item)
    else:
        plan.updated.append(item)
    return True


def _with_new_venues(session: Session, plan: ImportPreview) -> ImportPreview:
    """Make the plan's new venues (a LOCATION "Name, address" gives both, in the zone
    of the first item held there) and hold its items there."""
    if not plan.new_venues:
        return plan
    made: dict[str, int] = {}
    items = (*plan.created, *plan.updated, *plan.unchanged)
    for location in plan.new_venues:
        name, _, address = location.partition(",")
        zone_name = next(i.timezone for i in items if i.new_venue == location)
        venue = Venue(name=name.strip()[:300], address=address.strip(), timezone=zone_name)
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


def _plan(session: Session, event: Event, data: bytes, make_venues: bool = False) -> ImportPreview:
    context = _Context(session, event, make_venues)
    components, lines, notes = read_components(data)
    plan = _Plan(notes=notes)
    for group in _groups(context, components, lines, plan):
        master = next((m for m in group.members if m.get("RECURRENCE-ID") is None), None)
        title = entry_title(master if master is not None else group.members[0])
        if not any(_repeats(m) for m in group.members):
            _add(plan, context, group.members[0], group.uid, group.line)
            continue
        try:
            occurrences = _occurrences(group, components, event)
        except Refused as exc:
            plan.refused.append(RefusedEntry(group.uid, title, exc.code, exc.values, group.line))
            continue
        except Exception as exc:  # the recurrence library on a stranger's rule
            reason = (("reason", short_reason(exc)),)
            plan.refused.append(
                RefusedEntry(group.uid, title, "calendar.bad_recurrence", reason, group.line)
            )
            continue
        inside = 0
        for occurrence in occurrences:
            uid = _occurrence_uid(group.uid, occurrence)
            inside += _add(plan, context, occurrence, uid, group.line, listed_outside=False)
        if inside:
            plan.notes.append(
                Note(
                    counted_code("calendar.repeated", inside),
                    (("title", title or group.uid), ("count", inside)),
                )
            )
        else:
            first = master if master is not None else group.members[0]
            try:
                start = _instant(first, "DTSTART", context)
            except Refused as exc:
                plan.refused.append(
                    RefusedEntry(group.uid, title, exc.code, exc.values, group.line)
                )
                continue
            day = to_local(start[0], start[1]).date() if start else event.start_date
            plan.outside.append(OutsideEntry(group.uid, title, day, day, group.line))
    if context.floating:
        plan.notes.append(
            Note(
                counted_code("calendar.floating", context.floating),
                (("count", context.floating), ("timezone", context.floating_zone)),
            )
        )
    for tzid, matched in sorted(context.custom.items()):
        plan.notes.append(
            Note(
                "calendar.custom_zone" if matched else "calendar.custom_zone_unmatched",
                (("tzid", tzid.replace("\\,", ",")), ("timezone", matched or event.timezone)),
            )
        )
    if context.derived:
        plan.notes.append(
            Note(
                counted_code("calendar.derived_uid", context.derived), (("count", context.derived),)
            )
        )
    if context.alarms:
        plan.notes.append(
            Note(counted_code("calendar.alarms", context.alarms), (("count", context.alarms),))
        )
    return ImportPreview(
        event.id,
        tuple(plan.created),
        tuple(plan.updated),
        tuple(plan.unchanged),
        tuple(sorted(plan.refused, key=lambda r: r.line or 0)),
        tuple(plan.outside),
        tuple(plan.notes),
    )


def preview_import(
    db: Database, event_id: int, data: bytes, *, make_venues: bool = False
) -> ImportPreview:
    """What importing ``data`` (an .ics file) into the event would create, update,
    leave as is, refuse, and leave out as outside the event. Writes nothing. With
    ``make_venues``, a LOCATION no venue has becomes a new venue (listed in
    ``new_venues``) instead of a line of the item's description."""
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        return _plan(session, event, data, make_venues)


def apply_import(
    db: Database,
    event_id: int,
    data: bytes,
    seen: ImportPreview | None = None,
    source: str = "",
    *,
    make_venues: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportPreview:
    """Import ``data`` into the event in one transaction: all entries or none, with
    one entry in the change log naming the file ``source``.

    Refuses (and writes nothing) if any entry is refused, if the file brings no
    entry within the event, or if ``seen`` — the preview the user accepted — no
    longer matches what the import would do. With ``make_venues``, the new venues are
    made in the same transaction. ``progress`` counts the entries written; a cancel
    rolls the whole import back.
    """
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        plan = _plan(session, event, data, make_venues)
        if plan.refused:
            raise refusal_of(plan)
        empty = nothing_to_import(plan, event)
        if empty is not None:
            raise empty
        if seen is not None and plan != seen:
            raise ValidationError("calendar.import_changed", None)
        plan = _with_new_venues(session, plan)
        progress.begin(len(plan.created) + len(plan.updated))
        added = []
        for item in plan.created:
            added.append(
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
            progress.advance()
        session.add_all(added)
        for item in plan.updated:
            row = session.get(AgendaItem, item.existing_id)
            assert row is not None
            for key in (*_COMPARED, "description"):
                setattr(row, key, getattr(item, key))
            row.sequence = max(row.sequence + 1, item.sequence)
            progress.advance()
        progress.check()
        session.flush()
        audit.log_calendar_import(
            session,
            event_id,
            source,
            [row.id for row in added],
            [item.existing_id for item in plan.updated if item.existing_id is not None],
        )
        return plan
