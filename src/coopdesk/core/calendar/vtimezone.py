"""VTIMEZONE components built from the time-zone database itself.

Every TZID in an exported file needs its VTIMEZONE, and the calendar programs read
them differently: classic Outlook only understands a zone described by one STANDARD
and one DAYLIGHT component with a yearly RRULE (it misreads the long RDATE lists
that icalendar's ``add_missing_timezones`` writes). So each zone is described by
the rule that governs it today: the POSIX TZ string at the end of its TZif file in
the ``tzdata`` package (``CET-1CEST,M3.5.0,M10.5.0/3``, ``<+08>-8``...), turned into
yearly RRULEs, never a hand-kept table.

That rule governs from the zone's last explicit transition on (TZif files of the
``tzdata`` package are "slim": the footer takes over where the list of transitions
stops). When a file needs an earlier date in a zone whose rules changed since, the
explicit transitions from that year on are added as single-onset components.

Components are built once per zone (and start year) and kept: a folder of hundreds
of personal agendas reuses the same few objects.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources

from icalendar import Component, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from coopdesk.core.errors import ValidationError

# RRULE weekday codes, indexed by the POSIX day number (0 = Sunday).
_WEEKDAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
_EPOCH_YEAR = 1970
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Onset:
    """When a POSIX rule switches, in the local time in force before the switch."""

    month: int
    # Mm.w.d rules: week 1-5 (5 = last) and POSIX weekday (0 = Sunday).
    week: int | None
    weekday: int | None
    # Jn rules (day of a 365-day year, no 29 February) are kept as a month and a day.
    day: int | None
    # The time of day of the switch; may be negative or past 24 h (RFC 8536).
    time: timedelta


@dataclass(frozen=True, slots=True)
class PosixZone:
    """A parsed POSIX TZ string: the standard offset, and the DST rule if any."""

    std_name: str
    std_offset: timedelta
    dst_name: str | None = None
    dst_offset: timedelta | None = None
    dst_start: Onset | None = None
    dst_end: Onset | None = None


_NAME = r"(<[^>]+>|[A-Za-z]{3,})"
_OFFSET = r"([+-]?\d{1,3}(?::\d{2}){0,2})"
_POSIX = re.compile(rf"^{_NAME}{_OFFSET}(?:{_NAME}{_OFFSET}?(?:,([^,]+),([^,]+))?)?$")


def _duration(text: str) -> timedelta:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2])


def _onset(text: str) -> Onset:
    rule, _, time = text.partition("/")
    at = _duration(time) if time else timedelta(hours=2)
    if rule.startswith("M"):
        month, week, weekday = (int(p) for p in rule[1:].split("."))
        return Onset(month, week, weekday, None, at)
    if rule.startswith("J"):
        # Day n of a year without 29 February: a fixed month and day.
        when = date(2001, 1, 1) + timedelta(days=int(rule[1:]) - 1)
        return Onset(when.month, None, None, when.day, at)
    raise ValueError(f"unsupported POSIX rule {text!r}")


def parse_posix_tz(text: str) -> PosixZone:
    """Read a POSIX TZ string such as ``CET-1CEST,M3.5.0,M10.5.0/3`` or ``<+08>-8``.

    POSIX offsets count west of Greenwich: they are negated into UTC offsets.
    """
    match = _POSIX.match(text.strip())
    if match is None:
        raise ValueError(f"unreadable POSIX TZ string {text!r}")
    std_name, std, dst_name, dst, start, end = match.groups()
    std_offset = -_duration(std)
    if dst_name is None:
        return PosixZone(std_name.strip("<>"), std_offset)
    if start is None or end is None:
        raise ValueError(f"POSIX TZ string without DST rules {text!r}")
    dst_offset = -_duration(dst) if dst else std_offset + timedelta(hours=1)
    return PosixZone(
        std_name.strip("<>"),
        std_offset,
        dst_name.strip("<>"),
        dst_offset,
        _onset(start),
        _onset(end),
    )


@dataclass(frozen=True, slots=True)
class TzifData:
    """What a TZif file says: its explicit transitions and the POSIX rule after them."""

    # (UTC instant, UTC offset after it, is DST, abbreviation), in order.
    transitions: tuple[tuple[datetime, timedelta, bool, str], ...]
    footer: str


def read_tzif(zone_name: str) -> TzifData:
    """The transitions and footer of ``tzdata/zoneinfo/<zone_name>`` (RFC 8536, v2+)."""
    try:
        data = resources.files("tzdata.zoneinfo").joinpath(zone_name).read_bytes()
    except (FileNotFoundError, IsADirectoryError, ValueError) as exc:
        raise ValidationError("timezone.unknown", "timezone", timezone=zone_name) from exc
    if data[:4] != b"TZif" or data[4:5] < b"2":
        raise ValidationError("calendar.zone_unreadable", "timezone", timezone=zone_name)
    isut, isstd, leap, timecnt, typecnt, charcnt = struct.unpack(">6l", data[20:44])
    skip = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
    isut, isstd, leap, timecnt, typecnt, charcnt = struct.unpack(">6l", data[skip + 20 : skip + 44])
    pos = skip + 44
    times = struct.unpack(f">{timecnt}q", data[pos : pos + timecnt * 8])
    pos += timecnt * 8
    indexes = data[pos : pos + timecnt]
    pos += timecnt
    types = [struct.unpack(">lBB", data[pos + i * 6 : pos + i * 6 + 6]) for i in range(typecnt)]
    pos += typecnt * 6
    chars = data[pos : pos + charcnt]
    pos += charcnt + leap * 12 + isstd + isut
    footer = data[pos:].strip(b"\n").decode("ascii")

    def abbreviation(index: int) -> str:
        return chars[index : chars.index(b"\0", index)].decode("ascii")

    transitions = tuple(
        (
            datetime.fromtimestamp(at, UTC),
            timedelta(seconds=types[i][0]),
            bool(types[i][1]),
            abbreviation(types[i][2]),
        )
        for at, i in zip(times, indexes, strict=True)
    )
    return TzifData(transitions, footer)


def _onset_date(onset: Onset, year: int) -> datetime:
    """The local date and time of ``onset`` in ``year`` (time past 24 h rolls over)."""
    if onset.day is not None:
        day = date(year, onset.month, onset.day)
    else:
        assert onset.week is not None and onset.weekday is not None
        first = date(year, onset.month, 1)
        # date.weekday(): Monday = 0; POSIX: Sunday = 0.
        shift = (onset.weekday - (first.isoweekday() % 7)) % 7
        day = first + timedelta(days=shift + 7 * (onset.week - 1))
        while day.month != onset.month:
            day -= timedelta(days=7)
    return datetime(day.year, day.month, day.day) + onset.time


def _rrule(onset: Onset) -> vRecur:
    """The yearly RRULE of ``onset``, with the time of day brought into 0–24 h.

    A switch at "last Sunday, -1:00" (Greenland) or "first Saturday, 24:00" (Chile)
    happens on another weekday: the day is moved and, when it must be, written as a
    weekday within a range of days of the month (BYMONTHDAY), which RFC 5545 readers
    all expand the same way.
    """
    days = onset.time // _DAY
    if onset.day is not None:
        moved = date(2001, onset.month, onset.day) + timedelta(days=days)
        return vRecur({"FREQ": "YEARLY", "BYMONTH": moved.month, "BYMONTHDAY": moved.day})
    assert onset.week is not None and onset.weekday is not None
    weekday = _WEEKDAYS[(onset.weekday + days) % 7]
    if days == 0:
        ordinal = -1 if onset.week == 5 else onset.week
        return vRecur({"FREQ": "YEARLY", "BYMONTH": onset.month, "BYDAY": f"{ordinal}{weekday}"})
    if onset.week == 5:
        first, last = -7 + days, -1 + days
    else:
        first, last = 7 * (onset.week - 1) + 1 + days, 7 * onset.week + days
    shortest = 28 if onset.month == 2 else 30 if onset.month in (4, 6, 9, 11) else 31
    same_month = (first > 0 and last > 0) or (first < 0 and last < 0)
    if not (first >= -shortest and last <= shortest and same_month):
        raise ValueError(f"a switch that leaves its month cannot be written as RRULE: {onset}")
    return vRecur(
        {
            "FREQ": "YEARLY",
            "BYMONTH": onset.month,
            "BYDAY": weekday,
            "BYMONTHDAY": list(range(first, last + 1)),
        }
    )


def _component(
    kind: type[Component], name: str, start: datetime, before: timedelta, after: timedelta
) -> Component:
    part = kind()
    part.add("TZNAME", name)
    part.add("DTSTART", start)
    part.add("TZOFFSETFROM", before)
    part.add("TZOFFSETTO", after)
    return part


def _first_onset(onset: Onset, offset_before: timedelta, since: datetime) -> datetime:
    """The first local onset of ``onset`` at or after the UTC instant ``since``."""
    year = (since + offset_before).year
    while True:
        local = _onset_date(onset, year)
        if local - offset_before >= since.replace(tzinfo=None):
            return local
        year += 1


def _yearly_components(posix: PosixZone, since: datetime, until_year: int) -> list[Component]:
    """The rule's switches one by one, from ``since`` to the end of ``until_year``:
    for a rule no RRULE can say (Cairo: "the day after the last Thursday")."""
    assert posix.dst_start and posix.dst_end and posix.dst_offset and posix.dst_name
    parts = []
    for year in range(since.year, until_year + 2):
        for onset, kind, name, before, after in (
            (posix.dst_start, TimezoneDaylight, posix.dst_name, posix.std_offset, posix.dst_offset),
            (posix.dst_end, TimezoneStandard, posix.std_name, posix.dst_offset, posix.std_offset),
        ):
            local = _onset_date(onset, year)
            if local - before >= since.replace(tzinfo=None):
                parts.append(_component(kind, name, local, before, after))
    return parts


def _rule_components(
    posix: PosixZone, since: datetime, until_year: int | None = None
) -> list[Component]:
    """STANDARD (and DAYLIGHT) components of the POSIX rule, from ``since`` on."""
    if posix.dst_start is not None and until_year is not None:
        try:
            _rrule(posix.dst_start)
            assert posix.dst_end is not None
            _rrule(posix.dst_end)
        except ValueError:
            return _yearly_components(posix, since, until_year)
    if posix.dst_start is None or posix.dst_end is None or posix.dst_offset is None:
        start = (since + posix.std_offset).replace(tzinfo=None)
        return [
            _component(TimezoneStandard, posix.std_name, start, posix.std_offset, posix.std_offset)
        ]
    assert posix.dst_name is not None
    daylight = _component(
        TimezoneDaylight,
        posix.dst_name,
        _first_onset(posix.dst_start, posix.std_offset, since),
        posix.std_offset,
        posix.dst_offset,
    )
    daylight.add("RRULE", _rrule(posix.dst_start))
    standard = _component(
        TimezoneStandard,
        posix.std_name,
        _first_onset(posix.dst_end, posix.dst_offset, since),
        posix.dst_offset,
        posix.std_offset,
    )
    standard.add("RRULE", _rrule(posix.dst_end))
    return [standard, daylight]


@lru_cache(maxsize=64)
def _zone_data(zone_name: str) -> tuple[TzifData, PosixZone, datetime]:
    tzif = read_tzif(zone_name)
    try:
        posix = parse_posix_tz(tzif.footer)
    except ValueError as exc:
        raise ValidationError(
            "calendar.zone_unreadable", "timezone", timezone=zone_name, reason=str(exc)
        ) from exc
    epoch = datetime(_EPOCH_YEAR, 1, 1, tzinfo=UTC)
    rule_from = tzif.transitions[-1][0] if tzif.transitions else epoch
    return tzif, posix, max(rule_from, epoch)


def rule_start_year(zone_name: str) -> int:
    """The first year entirely governed by the zone's present rule (its TZif footer)."""
    return _zone_data(zone_name)[2].year + 1


@lru_cache(maxsize=256)
def vtimezone(
    zone_name: str, since_year: int | None = None, until_year: int | None = None
) -> Timezone:
    """The VTIMEZONE of ``zone_name``, right for every date from ``since_year`` to the
    end of ``until_year``.

    Without ``since_year`` (or when the present rule already holds then) it is the
    present rule alone: one STANDARD and one DAYLIGHT component with a yearly RRULE,
    the form every calendar program reads. A zone whose rules changed since (or that
    has no yearly rule at all: Gaza, Casablanca...) gets its explicit transitions
    from ``since_year`` on, one component each, and only those up to ``until_year``:
    a handful for an event, never the decades of precomputed transitions that the
    database keeps for some zones. The result is shared: callers must not change it.
    """
    tzif, posix, rule_from = _zone_data(zone_name)
    component = Timezone()
    component.add("TZID", zone_name)
    component.add("X-LIC-LOCATION", zone_name)
    with_rule = True
    if since_year is not None and since_year < rule_from.year + 1:
        since = datetime(since_year, 1, 1, tzinfo=UTC)
        stop = rule_from
        if until_year is not None and datetime(until_year + 2, 1, 1, tzinfo=UTC) < rule_from:
            stop, with_rule = datetime(until_year + 2, 1, 1, tzinfo=UTC), False
        earlier = [t for t in tzif.transitions if t[0] < since]
        offset = earlier[-1][1] if earlier else posix.std_offset
        kept = [t for t in tzif.transitions if since <= t[0] < stop]
        if not kept and not with_rule:  # no change in the span: the offset in force
            is_dst, name = (earlier[-1][2], earlier[-1][3]) if earlier else (False, "")
            kind = TimezoneDaylight if is_dst else TimezoneStandard
            local = (since + offset).replace(tzinfo=None)
            component.add_component(_component(kind, name or "-", local, offset, offset))
        for at, after, is_dst, name in kept:
            kind = TimezoneDaylight if is_dst else TimezoneStandard
            local = (at + offset).replace(tzinfo=None)
            component.add_component(_component(kind, name, local, offset, after))
            offset = after
    if not with_rule:
        return component
    try:
        rule = _rule_components(posix, rule_from, until_year)
    except ValueError as exc:
        raise ValidationError(
            "calendar.zone_unreadable", "timezone", timezone=zone_name, reason=str(exc)
        ) from exc
    for part in rule:
        component.add_component(part)
    return component
