"""Database round trips per screen opened, over PostgreSQL, as the data grows tenfold.

The real widgets are driven offscreen (``QT_QPA_PLATFORM=offscreen``) on the demo data,
then again once the Assises hold ten times their participants and the directory ten
times its people (inserted in bulk); every statement the screen sends is counted by a
``before_cursor_execute`` listener on the database's engine. The screens:

- the event workspace: opening the Assises (heading and Overview), then showing the
  Participants and the Agenda tabs;
- the participants page alone (the Participants tab shown: first page, counts);
- a directory search (a name typed and the search run: first page of people, the
  organisations that match).

The "times" are counts / 1000, so the runner's ratio is tenfold / base; the target is
flat (≤ 1.0x): the number of statements must not grow with the data. Runs only where
``COOPDESK_TEST_POSTGRES_URL`` names a server (a maintenance URL, as for the tests); it
makes a database of its own and drops it afterwards. ``COOPDESK_BENCH_SQL=1`` prints
each statement counted.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.engine import make_url

GROWTH = 10
SCREENS = ("event workspace", "participants page", "directory search")
_counts: dict[str, dict[str, int]] = {}


def _count(db: object, action: Callable[[], object]) -> int:
    engine = db.engine  # type: ignore[attr-defined]
    seen = [0]

    def one(*args: object) -> None:
        seen[0] += 1
        if os.environ.get("COOPDESK_BENCH_SQL"):
            print("    " + " ".join(str(args[2]).split())[:150])

    event.listen(engine, "before_cursor_execute", one)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", one)
    return seen[0]


def _screens(db: object, event_id: int, term: str) -> dict[str, int]:
    """Open each screen on fresh widgets, as the window does, and count its statements."""
    from coopdesk.gui.directory import DirectoryPage
    from coopdesk.gui.undo import Edits
    from coopdesk.gui.workspace.workspace import AGENDA, PARTICIPANTS, EventWorkspace

    edits = Edits()
    workspace = EventWorkspace(db, edits)  # type: ignore[arg-type]
    opened = _count(db, lambda: workspace.open_event(event_id))
    participants = _count(db, lambda: workspace.tabs.setCurrentIndex(PARTICIPANTS))
    agenda = _count(db, lambda: workspace.tabs.setCurrentIndex(AGENDA))
    assert workspace.participants.model.rowCount() > 0 and workspace.agenda.items
    directory = DirectoryPage(db, edits)  # type: ignore[arg-type]
    directory.search.blockSignals(True)  # no typing delay: the search is run just below
    directory.search.setText(term)
    directory.search.blockSignals(False)
    searched = _count(db, directory.refresh)
    assert directory.model.rowCount() > 0
    for widget in (workspace, directory):
        widget.deleteLater()
    return {
        "event workspace": opened + participants + agenda,
        "participants page": participants,
        "directory search": searched,
    }


def _grow(db: object, event_id: int, term: str) -> None:
    """Ten times the event's participants and the directory's people, in bulk."""
    from coopdesk.core.model import Participation, Person, new_uid

    engine = db.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        people = conn.execute(select(func.count()).select_from(Person)).scalar_one()
        taking = conn.execute(
            select(func.count()).where(Participation.event_id == event_id)
        ).scalar_one()
        rows = [
            {
                "first_name": f"Prénom{i}",
                "last_name": f"{term}-{i}",
                "languages": "fr",
                "version": 1,
            }
            for i in range((GROWTH - 1) * people)
        ]
        ids = (
            conn.execute(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
        conn.execute(
            insert(Participation),
            [
                {
                    "event_id": event_id,
                    "person_id": pid,
                    "uid": new_uid(),
                    "role": "guest",
                    "category": "guest",
                    "status": "confirmed",
                    "version": 1,
                }
                for pid in ids[: (GROWTH - 1) * taking]
            ],
        )


def _measure() -> dict[str, dict[str, int]]:
    if _counts:
        return _counts
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from coopdesk.core.db import normalise_url, open_database
    from coopdesk.core.demo import load_demo
    from coopdesk.core.model import Participation, Person
    from coopdesk.core.services import events

    app = QApplication.instance() or QApplication([])
    admin_url = normalise_url(os.environ["COOPDESK_TEST_POSTGRES_URL"])
    name = f"coopdesk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    try:
        load_demo(db)
        event_id = events.find_event(db, "Assises").id
        with db.engine.connect() as conn:
            term = conn.execute(select(Person.last_name).order_by(Person.id).limit(1)).scalar_one()

            def sizes() -> str:
                people = conn.execute(select(func.count()).select_from(Person)).scalar_one()
                taking = conn.execute(
                    select(func.count()).where(Participation.event_id == event_id)
                ).scalar_one()
                conn.rollback()
                return f"{taking} participants, {people} people"

            base_sizes = sizes()
            _counts["base"] = _screens(db, event_id, term)
            _grow(db, event_id, term)
            grown_sizes = sizes()
            _counts["tenfold"] = _screens(db, event_id, term)
        app.processEvents()
        print(f"  data: demo {base_sizes}; tenfold {grown_sizes}; search {term!r}")
        for screen in SCREENS:
            print(
                f"  {screen}: {_counts['base'][screen]} statements, "
                f"{_counts['tenfold'][screen]} tenfold"
            )
        return _counts
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _bench(screen: str) -> Callable[[Path, int], tuple[float, float]]:
    def run(workdir: Path, repeat: int) -> tuple[float, float]:
        counts = _measure()  # counts do not vary between runs: measured once
        return counts["tenfold"][screen] / 1000, counts["base"][screen] / 1000

    return run


BENCHMARKS = (
    [
        (
            f"round trips (count/1000), {screen}, data x{GROWTH}",
            f"the same {screen} on the demo data",
            _bench(screen),
            1.0,
        )
        for screen in SCREENS
    ]
    if os.environ.get("COOPDESK_TEST_POSTGRES_URL")
    else []
)
