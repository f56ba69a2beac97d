"""Turning plain calendar entries into the bytes of an .ics file (RFC 5545).

The entries are plain values (no database here), so the same writer serves every
export and the property tests. icalendar escapes text (commas, semicolons,
backslashes, newlines) and folds lines at 75 octets without splitting a UTF-8
character; this module adds what it cannot know: a VTIMEZONE for every TZID used
(see :mod:`coopdesk.core.calendar.vtimezone`), text cleaned of what RFC 5545 forbids,
and the properties the calendar programs need to show, update and cancel entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from icalendar import Calendar, Event, vCalAddress, vText

from coopdesk import __version__
from coopdesk.core.calendar.vtimezone import rule_start_year, vtimezone
from coopdesk.core.timezones import database_version, to_local, zone


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in an entry (organiser or attendee): only with a known address."""

    name: str
    email: str
    accepted: bool = True


@dataclass(frozen=True, slots=True)
class TimedEntry:
    """An agenda item at exact instants, shown in the zone where it happens."""

    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    sequence: int
    cancelled: bool
    category: str
    language: str
    location: str | None = None
    description: str | None = None
    attendees: tuple[Person, ...] = ()
    # The agenda item's own UID when ``uid`` is another (a personal agenda's copy):
    # importing the file into its event again updates that item.
    item_uid: str | None = None


@dataclass(frozen=True, slots=True)
class DayEntry:
    """An entry that covers whole days (an event in a calendar of the period)."""

    uid: str
    title: str
    first_day: date
    last_day: date
    status: str
    category: str
    language: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class CalendarHeader:
    """What the whole file says: its name, language and organiser."""

    name: str
    language: str
    stamp: datetime
    timezone: str | None = None
    organizer: Person | None = None


# RFC 5545 TEXT excludes control characters other than HTAB (newlines are escaped).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` as a calendar keeps it: line ends as ``\\n``, no control characters,
    no blanks at either end (libical drops them, so they would not round-trip)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip(" \t")


def _text(value: str, language: str) -> vText:
    return vText(clean_text(value), params={"LANGUAGE": language})


def _address(person: Person) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = clean_text(person.name)
    return address


def _attendee(person: Person) -> vCalAddress:
    address = _address(person)
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["PARTSTAT"] = "ACCEPTED" if person.accepted else "NEEDS-ACTION"
    # Informational copy (METHOD:PUBLISH): no client should ask anyone to reply.
    address.params["RSVP"] = "FALSE"
    return address


# The item's zone, for an import of the file to show it where it happens even when
# its times are written in UTC; the agenda item a personal copy stands for.
ZONE_PROPERTY = "X-COOPDESK-TZID"
ITEM_PROPERTY = "X-COOPDESK-ITEM-UID"
DATABASE_PROPERTY = "X-COOPDESK-TZDATA"


def ambiguous(instant: datetime, zone_name: str) -> bool:
    """Whether the local time of ``instant`` in ``zone_name`` occurs twice (the hour
    repeated when the clocks go back)."""
    wall = to_local(instant, zone_name).replace(tzinfo=None)
    tz = zone(zone_name)
    return (
        wall.replace(tzinfo=tz, fold=0).utcoffset() != wall.replace(tzinfo=tz, fold=1).utcoffset()
    )


def _moment(instant: datetime, zone_name: str) -> datetime:
    """How an instant is written: local time with its TZID, or UTC when that local
    time occurs twice: RFC 5545 reads it as the first of the two, libical as the
    second, and a UTC time means one instant to every reader."""
    if ambiguous(instant, zone_name):
        return instant.astimezone(UTC)
    return to_local(instant, zone_name)


def _timed_event(entry: TimedEntry, header: CalendarHeader) -> Event:
    event = Event()
    event.add("UID", entry.uid)
    event.add("DTSTAMP", header.stamp)
    event.add("SEQUENCE", entry.sequence)
    event.add("DTSTART", _moment(entry.starts_at, entry.timezone))
    event.add("DTEND", _moment(entry.ends_at, entry.timezone))
    event.add(ZONE_PROPERTY, entry.timezone)
    if entry.item_uid is not None and entry.item_uid != entry.uid:
        event.add(ITEM_PROPERTY, entry.item_uid)
    event.add("SUMMARY", _text(entry.title, entry.language))
    if entry.location:
        event.add("LOCATION", _text(entry.location, entry.language))
    if entry.description:
        event.add("DESCRIPTION", _text(entry.description, entry.language))
    event.add("CATEGORIES", [entry.category], parameters={"LANGUAGE": header.language})
    event.add("STATUS", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("TRANSP", "OPAQUE")
    if header.organizer is not None:
        event.add("ORGANIZER", _address(header.organizer))
    for person in entry.attendees:
        event.add("ATTENDEE", _attendee(person))
    return event


def _day_event(entry: DayEntry, header: CalendarHeader) -> Event:
    event = Event()
    event.add("UID", entry.uid)
    event.add("DTSTAMP", header.stamp)
    event.add("DTSTART", entry.first_day)
    # All-day entries end on the day after the last one (the end is exclusive).
    event.add("DTEND", entry.last_day + timedelta(days=1))
    event.add("SUMMARY", _text(entry.title, entry.language))
    if entry.description:
        event.add("DESCRIPTION", _text(entry.description, entry.language))
    event.add("CATEGORIES", [entry.category], parameters={"LANGUAGE": header.language})
    event.add("STATUS", entry.status)
    # A whole-day entry tells of an event; it should not block the office's diaries.
    event.add("TRANSP", "TRANSPARENT")
    if header.organizer is not None:
        event.add("ORGANIZER", _address(header.organizer))
    return event


def _zones(entries: Iterable[TimedEntry]) -> dict[str, tuple[int | None, int | None]]:
    """Each zone used, with the years it must describe: from the year before the
    first entry (when older than the zone's present rule) to the year of the last."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for entry in entries:
        year = entry.starts_at.year - 1
        first[entry.timezone] = min(year, first.get(entry.timezone, year))
        last[entry.timezone] = max(entry.ends_at.year, last.get(entry.timezone, year))
    return {
        zone: (year if year < rule_start_year(zone) else None, last[zone] + 1)
        for zone, year in sorted(first.items())
    }


@lru_cache(maxsize=256)
def _vtimezone_bytes(zone: str, since: int | None, until: int | None) -> bytes:
    data: bytes = vtimezone(zone, since, until).to_ical()
    return data


_END = b"END:VCALENDAR\r\n"


def render(
    header: CalendarHeader, timed: Iterable[TimedEntry] = (), days: Iterable[DayEntry] = ()
) -> bytes:
    """The .ics file of ``header`` and its entries, every TZID with its VTIMEZONE.

    The VTIMEZONEs are serialised once per zone and spliced in: a folder of hundreds
    of personal agendas pays for them once.
    """
    timed = list(timed)
    calendar = Calendar()
    version = database_version()
    calendar.add(
        "PRODID",
        f"-//coopdesk//coopdesk {__version__} tzdata {version}//{header.language.upper()}",
    )
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    # A published copy: importing it again updates the entries (same UID, SEQUENCE).
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", _text(header.name, header.language))
    if header.timezone is not None:
        calendar.add("X-WR-TIMEZONE", header.timezone)
    # The zone rules the VTIMEZONEs and the instants come from (IANA release).
    calendar.add(DATABASE_PROPERTY, version)
    head: bytes = calendar.to_ical()
    parts = [head[: -len(_END)]]
    parts += [_vtimezone_bytes(zone, *years) for zone, years in _zones(timed).items()]
    parts += [_timed_event(entry, header).to_ical() for entry in timed]
    parts += [_day_event(day, header).to_ical() for day in days]
    parts.append(_END)
    return b"".join(parts)
