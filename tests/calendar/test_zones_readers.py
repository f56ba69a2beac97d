"""Items in 24 zones, irregular ones included, and in the repeated hour of a clock
change: written once, read back by icalendar, libical and dateutil (both of which
read the file's own VTIMEZONEs), every instant the same as in the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from coopdesk.core.calendar.writer import CalendarHeader, TimedEntry, ambiguous, render
from coopdesk.core.timezones import database_version, to_utc
from tests.calendar.conftest import read_with_dateutil, read_with_libical

ZONES = [
    "Africa/Casablanca", "Asia/Gaza", "America/Havana", "Australia/Lord_Howe",
    "Pacific/Chatham", "Asia/Kathmandu", "America/Vancouver", "America/Mexico_City",
    "Asia/Almaty", "America/Nuuk", "America/Asuncion", "Asia/Tehran", "Pacific/Fiji",
    "America/Santiago", "Africa/Cairo", "Europe/Kyiv", "Australia/Sydney", "Asia/Tokyo",
    "America/New_York", "Europe/Paris", "Europe/London", "America/Sao_Paulo",
    "Pacific/Apia", "Asia/Kolkata",
]  # fmt: skip


def _entries() -> list[TimedEntry]:
    entries = []

    def add(zone: str, start: datetime, minutes: int = 60) -> None:
        n = len(entries)
        entries.append(
            TimedEntry(
                uid=f"item-{n}@test",
                title=f"{zone} {n}",
                starts_at=start,
                ends_at=start + timedelta(minutes=minutes),
                timezone=zone,
                sequence=0,
                cancelled=False,
                category="Réunion",
                language="fr",
            )
        )

    for zone in ZONES:  # every ~5 weeks through 2025 and 2026, at odd hours
        at = datetime(2025, 1, 3, 6, 45, tzinfo=UTC)
        while at < datetime(2026, 12, 31, tzinfo=UTC):
            add(zone, at)
            at += timedelta(days=37, hours=5)
    # Both occurrences of the hour the clocks repeat, and the hour after a skip.
    add("Europe/Paris", datetime(2025, 10, 26, 0, 30, tzinfo=UTC))  # 02:30 CEST
    add("Europe/Paris", datetime(2025, 10, 26, 1, 30, tzinfo=UTC))  # 02:30 CET
    add("America/New_York", datetime(2025, 11, 2, 5, 15, tzinfo=UTC))  # 01:15 EDT
    add("America/New_York", datetime(2025, 11, 2, 6, 15, tzinfo=UTC))  # 01:15 EST
    add("Australia/Lord_Howe", datetime(2025, 4, 5, 14, 45, tzinfo=UTC))  # repeated half hour
    add("Australia/Lord_Howe", datetime(2025, 4, 5, 15, 15, tzinfo=UTC))
    add("Europe/Paris", to_utc(datetime(2025, 3, 30, 3, 0), "Europe/Paris"))  # after the skip
    add("America/Santiago", datetime(2025, 4, 6, 2, 30, tzinfo=UTC), 90)  # across the change
    return entries


def test_every_reader_finds_the_same_instants(tmp_path: Path) -> None:
    entries = _entries()
    assert sum(ambiguous(e.starts_at, e.timezone) for e in entries) >= 5
    data = render(
        CalendarHeader(name="Zones", language="fr", stamp=datetime(2025, 1, 1, tzinfo=UTC)),
        entries,
    )
    expected = {e.uid: (e.starts_at, e.ends_at) for e in entries}
    calendar = Calendar.from_ical(data)
    assert database_version() in str(calendar["PRODID"])
    assert str(calendar["X-COOPDESK-TZDATA"]) == database_version()
    # No zone is described with decades of transitions.
    for vtimezone in calendar.walk("VTIMEZONE"):
        assert len(vtimezone.subcomponents) <= 12, vtimezone["TZID"]
    # 1. icalendar
    theirs = {
        str(e["UID"]): (e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
        for e in calendar.walk("VEVENT")
    }
    assert theirs == expected
    # 2. libical, from the file's VTIMEZONEs
    path = tmp_path / "zones.ics"
    path.write_bytes(data)
    rows = read_with_libical(path)
    libical = {
        r["uid"]: (datetime.fromtimestamp(r["start"], UTC), datetime.fromtimestamp(r["end"], UTC))
        for r in rows
    }
    differ = {uid for uid in expected if libical.get(uid) != expected[uid]}
    assert differ == set(), sorted(
        (
            str(expected[u][0]),
            str(libical.get(u, (None,))[0]),
            next(e.timezone for e in entries if e.uid == u),
        )
        for u in differ
    )
    # 3. dateutil, from the file's VTIMEZONEs too
    third = read_with_dateutil(data)
    assert {uid for uid in expected if third[uid] != expected[uid]} == set()
