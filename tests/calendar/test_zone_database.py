"""One zone database (the tzdata package) for conversion, display, the VTIMEZONEs
of exported files and import; every demo event read back the same by three
readers; a personal agenda and a programme imported into their own event update
their items instead of copying them, repeated-hour items included."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta
from importlib import resources

import pytest
from icalendar import Calendar

from coopdesk.core.calendar.export import export_personal_agenda, export_programme
from coopdesk.core.calendar.importer import apply_import, preview_import
from coopdesk.core.calendar.vtimezone import read_tzif
from coopdesk.core.services import agenda, events, participants
from coopdesk.core.timezones import database_version, to_local, zone
from tests.calendar.conftest import read_with_dateutil
from tests.factories import delegation, person

# Zones whose rules changed in the last years or that have none yearly.
ZONES = [
    "America/Vancouver", "America/Mexico_City", "Asia/Almaty", "America/Nuuk",
    "America/Asuncion", "Africa/Casablanca", "Asia/Gaza", "Africa/Cairo", "Europe/Paris",
]  # fmt: skip


def test_conversion_reads_the_tzdata_package_not_the_system():
    assert zoneinfo.TZPATH == ()
    import tzdata

    assert database_version() == tzdata.IANA_VERSION
    for name in ZONES:
        with resources.files("tzdata.zoneinfo").joinpath(name).open("rb") as handle:
            packaged = zoneinfo.ZoneInfo.from_file(handle)
        at = datetime(2024, 1, 1, tzinfo=UTC)
        while at < datetime(2028, 1, 1, tzinfo=UTC):
            assert to_local(at, name).utcoffset() == at.astimezone(packaged).utcoffset()
            at += timedelta(days=3, hours=7)


@pytest.mark.parametrize("name", ZONES)
def test_conversion_and_vtimezone_source_agree_at_every_change(name):
    """The transitions the VTIMEZONEs are written from are those conversion uses."""
    for at, after, _dst, _abbr in read_tzif(name).transitions:
        if datetime(2015, 1, 1, tzinfo=UTC) <= at < datetime(2040, 1, 1, tzinfo=UTC):
            assert at.astimezone(zone(name)).utcoffset() == after, (name, at)


def test_every_demo_event_is_read_back_the_same_by_three_readers(demo_db, libical):
    db = demo_db  # the demo, loaded once per run
    for event in events.list_events(db):
        items = agenda.list_agenda(db, event.id)
        if not items:
            continue
        data = export_programme(db, event.id)
        assert f"tzdata {database_version()}" in str(Calendar.from_ical(data)["PRODID"])
        expected = {i.uid: (i.starts_at, i.ends_at) for i in items}
        first = {
            str(e["UID"]): (
                e.decoded("DTSTART").astimezone(UTC),
                e.decoded("DTEND").astimezone(UTC),
            )
            for e in Calendar.from_ical(data).walk("VEVENT")
        }
        second = {
            r["uid"]: (
                datetime.fromtimestamp(r["start"], UTC),
                datetime.fromtimestamp(r["end"], UTC),
            )
            for r in libical(data)
        }
        third = read_with_dateutil(data)
        assert first == second == third == expected, event.title


def test_a_personal_agenda_imported_into_its_event_updates_its_items(db):
    event = delegation(db)
    guest = participants.add_participant(db, event.id, person(db).id, status="confirmed")
    for day in (2, 3, 4):
        agenda.create_agenda_item(
            db,
            event.id,
            title=f"Séance du {day}",
            type="meeting",
            starts_at=datetime(2023, 7, day, 10),
            ends_at=datetime(2023, 7, day, 12),
        )
    data = export_personal_agenda(db, guest.id)
    preview = preview_import(db, event.id, data)
    assert (len(preview.created), len(preview.updated), len(preview.unchanged)) == (0, 0, 3)
    # Moved in the guest's calendar program, then sent back: the item moves.
    moved = data.replace(b"20230703T100000", b"20230703T110000").replace(
        b"20230703T120000", b"20230703T130000"
    )
    preview = preview_import(db, event.id, moved)
    assert [i.title for i in preview.updated] == ["Séance du 3"]
    apply_import(db, event.id, moved, seen=preview)
    items = agenda.list_agenda(db, event.id)
    assert len(items) == 3
    third = next(i for i in items if i.title == "Séance du 3")
    assert third.starts_at == datetime(2023, 7, 3, 9, tzinfo=UTC)


def test_items_in_the_repeated_hour_are_written_in_utc_and_come_back_unchanged(db, libical):
    event = delegation(
        db, start_date=datetime(2023, 10, 28).date(), end_date=datetime(2023, 10, 30).date()
    )
    first = datetime(2023, 10, 29, 0, 30, tzinfo=UTC)  # 02:30 summer time
    second = datetime(2023, 10, 29, 1, 30, tzinfo=UTC)  # 02:30 winter time
    for title, start in (("Avant le changement", first), ("Après le changement", second)):
        agenda.create_agenda_item(
            db,
            event.id,
            title=title,
            type="meeting",
            starts_at=start,
            ends_at=start + timedelta(minutes=20),
        )
    data = export_programme(db, event.id)
    assert b"DTSTART:20231029T003000Z" in data and b"DTSTART:20231029T013000Z" in data
    rows = {r["summary"]: r["start"] for r in libical(data)}
    assert rows == {
        "Avant le changement": int(first.timestamp()),
        "Après le changement": int(second.timestamp()),
    }
    preview = preview_import(db, event.id, data)
    assert len(preview.unchanged) == 2 and not preview.created and not preview.updated
    assert {i.timezone for i in preview.unchanged} == {"Europe/Paris"}
