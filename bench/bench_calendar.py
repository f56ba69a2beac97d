"""Calendar export benchmarks (discovered by bench/run.py).

Baselines build the same VEVENTs straight with icalendar and let its
``add_missing_timezones`` write the VTIMEZONEs: what coopdesk adds on top of that
(reading the database, its own VTIMEZONEs, one file per person) is the ratio.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import insert

from coopdesk.core.calendar.export import (
    export_personal_agendas,
    export_programme,
)
from coopdesk.core.db import Database, open_database
from coopdesk.core.demo import load_demo
from coopdesk.core.labels import label
from coopdesk.core.model import AgendaItem, new_uid
from coopdesk.core.services import agenda, events, venues
from coopdesk.core.timezones import to_local
from coopdesk.core.values import AgendaItemView
from run import median_time


def _demo(workdir: Path) -> tuple[Database, int]:
    path = workdir / "calendar-demo.sqlite3"
    fresh = not path.exists()
    db = open_database(f"sqlite:///{path}")
    if fresh:
        load_demo(db)
    return db, events.find_event(db, "Assises").id


def _baseline(items: list[AgendaItemView], locations: dict[int, str]) -> bytes:
    """The same VEVENTs (same properties and parameters) built straight with icalendar,
    VTIMEZONEs by ``add_missing_timezones``."""
    calendar = Calendar()
    calendar.add("PRODID", "-//bench//bench//FR")
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", "Programme", parameters={"LANGUAGE": "fr"})
    stamp = datetime.now(UTC)
    for item in items:
        event = Event()
        event.add("UID", item.uid)
        event.add("DTSTAMP", stamp)
        event.add("SEQUENCE", item.sequence)
        event.add("DTSTART", to_local(item.starts_at, item.timezone))
        event.add("DTEND", to_local(item.ends_at, item.timezone))
        event.add("SUMMARY", item.title, parameters={"LANGUAGE": "fr"})
        if item.venue_id is not None:
            event.add("LOCATION", locations[item.venue_id], parameters={"LANGUAGE": "fr"})
        if item.description:
            event.add("DESCRIPTION", item.description, parameters={"LANGUAGE": "fr"})
        event.add("CATEGORIES", [label(item.type, "fr")], parameters={"LANGUAGE": "fr"})
        event.add("STATUS", "CANCELLED" if item.status == "cancelled" else "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _locations(db: Database) -> dict[int, str]:
    return {
        v.id: ", ".join(x.strip() for x in [v.name, *v.address.splitlines()] if x.strip())
        for v in venues.list_venues(db)
    }


def bench_programme(workdir: Path, repeat: int) -> tuple[float, float]:
    db, event_id = _demo(workdir)
    items = agenda.list_agenda(db, event_id)
    places = _locations(db)
    result = (
        median_time(lambda: export_programme(db, event_id), repeat),
        median_time(lambda: _baseline(agenda.list_agenda(db, event_id), places), repeat),
    )
    assert items
    db.dispose()
    return result


def bench_all_personal(workdir: Path, repeat: int) -> tuple[float, float]:
    db, event_id = _demo(workdir)
    folder = workdir / "agendas"
    written = export_personal_agendas(db, event_id, folder).written
    # The baseline: one file with as many items as all the personal files together.
    pool = agenda.list_agenda(db, event_id)
    total = sum(w.item_count for w in written)
    items = [pool[n % len(pool)] for n in range(total)]
    places = _locations(db)
    result = (
        median_time(lambda: export_personal_agendas(db, event_id, folder), repeat),
        median_time(lambda: _baseline(items, places), repeat),
    )
    db.dispose()
    return result


N_ITEMS = 10_000
_ZONES = ("Europe/Paris", "America/Toronto", "Asia/Makassar", "Australia/Sydney")


def bench_big_file(workdir: Path, repeat: int) -> tuple[float, float]:
    db = open_database(f"sqlite:///{workdir / 'calendar-big.sqlite3'}")
    event = events.create_event(
        db,
        kind="conference",
        title="Grand forum",
        start_date=date(2030, 1, 1),
        end_date=date(2030, 12, 31),
        timezone="Europe/Paris",
    )
    start = datetime(2030, 1, 2, 8, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(
            insert(AgendaItem),
            [
                {
                    "uid": new_uid(),
                    "event_id": event.id,
                    "title": f"Atelier n° {n} – « territoires, eau ; énergie »",
                    "type": "workshop",
                    "status": "planned",
                    "starts_at": start + timedelta(minutes=50 * n),
                    "ends_at": start + timedelta(minutes=50 * n + 45),
                    "timezone": _ZONES[n % len(_ZONES)],
                    "description": "Salle à confirmer.\nInterprétation français–anglais.",
                    "all_participants": True,
                    "sequence": 0,
                    "version": 1,
                }
                for n in range(N_ITEMS)
            ],
        )
    items = agenda.list_agenda(db, event.id)
    assert len(items) == N_ITEMS
    places = _locations(db)
    result = (
        median_time(lambda: export_programme(db, event.id), repeat),
        median_time(lambda: _baseline(items, places), repeat),
    )
    db.dispose()
    return result


BENCHMARKS = [
    (
        "calendar: export the Assises programme (demo DB)",
        "icalendar + add_missing_timezones, same items",
        bench_programme,
        1.5,
    ),
    (
        "calendar: personal agendas of all Assises participants",
        "one icalendar file holding as many items",
        bench_all_personal,
        1.5,
    ),
    (
        f"calendar: {N_ITEMS} items in one file (from the database)",
        "icalendar + add_missing_timezones, same events",
        bench_big_file,
        1.2,
    ),
]
