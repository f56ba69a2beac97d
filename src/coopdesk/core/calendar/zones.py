"""The time zone of an entry's times: a TZID read as an IANA, Windows or prefixed
name, an Outlook custom zone matched to the IANA zone with the same clock, and the
zones of UTC and floating times; local times to instants as RFC 5545 reads them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

from icalendar import Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from coopdesk.core.calendar.parsing import STRUCTURAL, calendar_of, property_text
from coopdesk.core.calendar.writer import ZONE_PROPERTY
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Event
from coopdesk.core.timezones import check_timezone, known_zones, zone

UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT"})


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


_WORD = re.compile(r"[^\W\d_]+")
# The geographic areas of the zone database (not US/Eastern, Etc/GMT-3, EST5EDT...).
_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)
_NOT_NAMES = {"standard", "time", "daylight", "summer", "zone", "customized", "utc", "gmt", "us"}


# For a zone a file defines without naming a place: the zone where most people live
# among those that keep the same clock, from west to east.
_MAIN_ZONES = (
    *("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Phoenix"),
    *("America/Denver", "America/Chicago", "America/Mexico_City", "America/Bogota"),
    *("America/Lima", "America/New_York", "America/Caracas", "America/Santiago"),
    *("America/Halifax", "America/St_Johns", "America/Sao_Paulo"),
    *("America/Argentina/Buenos_Aires", "Atlantic/Azores", "Europe/London"),
    *("Africa/Lagos", "Africa/Casablanca", "Europe/Paris", "Africa/Johannesburg"),
    *("Africa/Cairo", "Europe/Athens", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow"),
    *("Africa/Nairobi", "Asia/Tehran", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata"),
    *("Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon", "Asia/Bangkok", "Asia/Jakarta"),
    *("Asia/Shanghai", "Asia/Singapore", "Australia/Perth", "Asia/Tokyo", "Asia/Seoul"),
    *("Australia/Adelaide", "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney"),
    *("Pacific/Noumea", "Pacific/Auckland"),
)


def _offsets(tz: tzinfo, samples: list[datetime]) -> list[timedelta | None]:
    return [s.astimezone(tz).utcoffset() for s in samples]


def matching_zone(tz: tzinfo, tzid: str, years: tuple[int, int], prefer: str) -> str | None:
    """The IANA zone that keeps the same clock as the file's own VTIMEZONE ``tz``
    through ``years`` (one sample a day), chosen by the names the TZID gives
    ("(GMT+01.00) Brussels, Copenhagen, Madrid, Paris", "US-Eastern"), else the
    event's zone, else the zone Windows would take; None if no zone matches."""
    first = datetime(years[0], 1, 1, 12, tzinfo=UTC)
    days = (datetime(years[1] + 1, 1, 1, tzinfo=UTC) - first).days
    samples = [first + timedelta(days=d) for d in range(days)]
    try:
        theirs = _offsets(tz, samples)
    except STRUCTURAL:
        return None
    probe = [0, len(samples) // 4, len(samples) // 2, 3 * len(samples) // 4]
    candidates = []
    for name in sorted(n for n in known_zones() if n.split("/", 1)[0] in _AREAS):
        ours = zone(name)
        if all(samples[i].astimezone(ours).utcoffset() == theirs[i] for i in probe) and (
            _offsets(ours, samples) == theirs
        ):
            candidates.append(name)
    if not candidates:
        return None
    text = " ".join(_WORD.findall(tzid.replace("_", " "))).casefold()
    named = []
    for name in candidates:
        city = name.rsplit("/", 1)[-1].replace("_", " ").casefold()
        where = re.search(rf"\b{re.escape(city)}\b", text)
        if where:
            named.append((where.start(), name))
    if prefer in (n for _, n in named):
        return prefer
    if named:
        return min(named)[1]
    if prefer in candidates:
        return prefer
    words = set(text.split()) - _NOT_NAMES
    scored = []
    for windows, olson in WINDOWS_TO_OLSON.items():
        if olson in candidates:
            all_words = {w.casefold() for w in _WORD.findall(windows)}
            shared = len(words & (all_words - _NOT_NAMES))
            if shared:
                scored.append((-shared, len(all_words), olson))
    if scored:
        return min(scored)[2]
    # Nothing named: the zone most people keep that clock in (a "Customized Time Zone"
    # on New York's rules is New York's, not the Turks and Caicos'), then the zone
    # Windows itself would take, of the event's region first.
    main = next((name for name in _MAIN_ZONES if name in candidates), None)
    if main is not None:
        return main
    region = prefer.split("/", 1)[0] + "/"
    primary = sorted(
        set(WINDOWS_TO_OLSON.values()) & set(candidates),
        key=lambda n: (not n.startswith(region), n),
    )
    return (primary or candidates)[0]


def local_instant(wall: datetime, zone_name: str) -> datetime:
    """The UTC instant of a local time, as RFC 5545 reads it: the first of a time
    that occurs twice, the offset before the change for a skipped one."""
    return wall.replace(tzinfo=zone(zone_name), fold=0).astimezone(UTC)


def utc_zone_of(component: Component, event: Event) -> str:
    """The zone a UTC time is shown in: the one coopdesk wrote beside it, else the
    event's."""
    written = property_text(component, ZONE_PROPERTY)
    if written:
        try:
            return check_timezone(written)
        except ValidationError:
            pass
    return event.timezone


def floating_zone_of(component: Component, event: Event) -> str:
    """A floating time is a local time where the event happens: Google's
    X-WR-TIMEZONE says which, else the event's zone."""
    calendar = calendar_of(component)
    declared = property_text(calendar, "X-WR-TIMEZONE") if calendar is not None else None
    return (iana_zone(declared) if declared else None) or event.timezone
