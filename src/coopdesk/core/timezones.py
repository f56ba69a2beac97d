"""Time zones and local times: validation and conversion between local and UTC.

One zone database for everything: the ``tzdata`` package, not the system's files.
Conversion, display, the VTIMEZONE blocks of exported calendars, the import of
calendar files (icalendar resolves TZIDs through :mod:`zoneinfo`) and the programme
PDFs all read the same rules, so a zone whose rules changed recently cannot be an
hour off in one place and right in another, and Windows, macOS and Linux agree
(Windows has no system zone files at all; macOS and Linux distributions ship
versions months apart). The package is pinned by pip like any other dependency and
its version is written into every exported calendar (:func:`database_version`).

Importing this module empties :mod:`zoneinfo`'s search path for the whole process,
which makes ``zoneinfo.ZoneInfo`` read the ``tzdata`` package; ``coopdesk.core``
imports it first of all.
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzdata  # type: ignore[import-untyped]

from coopdesk.core.errors import ValidationError

PARIS = "Europe/Paris"

zoneinfo.reset_tzpath(to=())
ZoneInfo.clear_cache()


def database_version() -> str:
    """The IANA release of the zone rules in use (``2025b``), from the tzdata package."""
    version: str = tzdata.IANA_VERSION
    return version


def known_zones() -> frozenset[str]:
    """Every zone name of the database in use."""
    return _known_zones()


@lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - {"localtime", "Factory"})


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def check_timezone(name: object, field: str = "timezone") -> str:
    """The IANA name ``name`` if the system knows it, else a ValidationError."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("timezone.unknown", field, timezone=name)
    name = name.strip()
    if name.startswith("/") or ".." in name or name != name.strip("/"):
        raise ValidationError("timezone.unknown", field, timezone=name)
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError, UnicodeError) as exc:
        raise ValidationError("timezone.unknown", field, timezone=name) from exc
    return name


def to_utc(value: datetime, tz_name: str, field: str = "time") -> datetime:
    """An aware UTC instant from ``value``.

    An aware ``value`` is converted; a naive one is read as local time in ``tz_name``.
    A local time that the clocks skip (the spring change) is refused; one that occurs
    twice (the autumn change) is read as the first of the two.
    """
    if value.tzinfo is not None:
        return value.astimezone(UTC)
    tz = zone(tz_name)
    local = value.replace(tzinfo=tz)
    utc = local.astimezone(UTC)
    if utc.astimezone(tz).replace(tzinfo=None) != value:
        raise ValidationError(
            "time.nonexistent", field, time=value.isoformat(timespec="minutes"), timezone=tz_name
        )
    return utc


def to_local(value: datetime, tz_name: str) -> datetime:
    return value.astimezone(zone(tz_name))


def utc_offset_label(value: datetime, tz_name: str) -> str:
    """``UTC+02:00`` style label of the offset in force in ``tz_name`` at ``value``."""
    offset = to_local(value, tz_name).utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def now_utc() -> datetime:
    return datetime.now(UTC)
