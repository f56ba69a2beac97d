"""Table plans: 400 guests placed on 40 round tables, and printed.

Placing reads the protocol order, seats everyone by the rules (women and men
alternated, delegations spread, interpreters beside their guest) and writes the 400
seats: its baseline is reading the same protocol order through the service alone.
Printing draws the plan (A3, every table and seat to scale) and the alphabetical
entrance list: its baseline is the same 400 names printed as a plain list with
reportlab, one line each.
"""

from __future__ import annotations

import io
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from coopdesk.core.db import Database, open_database
from coopdesk.core.documents import seating as docs
from coopdesk.core.services import agenda, events, organisations, participants, seating
from coopdesk.core.services.participants import NewParticipant

GUESTS = 400
TABLES = 40
FIRST_F = ["Marie-Ève", "Olena", "Yumiko", "Geneviève", "Iryna", "Claire", "Anne-Sophie"]
FIRST_M = ["Jean-François", "Mykola", "Kenji", "Étienne", "Pierre-Luc", "Dmytro", "Laurent"]
LAST = ["Tremblay", "Kovalenko", "Sato", "Gagnon", "Côté-Tremblay", "Nakamura", "Bouchard"]


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _event(db: Database) -> tuple[int, int]:
    """An event of 400 guests from 12 organisations and a dinner for all of them."""
    rng = random.Random(17)
    orgs = [
        organisations.create_organisation(db, name=f"Organisation {i}", kind="association").id
        for i in range(12)
    ]
    event = events.create_event(
        db,
        kind="conference",
        title="Dîner de gala",
        start_date=date(2025, 6, 12),
        end_date=date(2025, 6, 12),
        timezone="Europe/Paris",
    )
    rows = []
    for i in range(GUESTS):
        female = rng.random() < 0.5
        rows.append(
            NewParticipant(
                person={
                    "civility": "Mme" if female else "M.",
                    "first_name": rng.choice(FIRST_F if female else FIRST_M),
                    "last_name": f"{rng.choice(LAST)} {i}",
                    "organisation_id": rng.choice(orgs),
                },
                participation={"role": rng.choice(["elected", "guest", "officer", "guest"])},
            )
        )
    participants.add_participants(db, event.id, rows)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner",
        type="meal",
        starts_at=datetime(2025, 6, 12, 20, 0),
        ends_at=datetime(2025, 6, 12, 23, 0),
        timezone="Europe/Paris",
    )
    meal = seating.create_meal(db, item.id)
    for _ in range(TABLES):
        seating.add_table(db, meal.meal_id, shape="round", seats=GUESTS // TABLES)
    return event.id, meal.meal_id


def bench_place(workdir: Path, repeat: int) -> tuple[float, float]:
    db = open_database(f"sqlite:///{workdir / 'seating.sqlite3'}")
    event_id, meal_id = _event(db)

    def place() -> None:
        plan = seating.place(db, meal_id)
        assert len(plan.seats) == GUESTS and not plan.unseated

    def baseline() -> None:
        assert len(participants.list_participants(db, event_id)) == GUESTS

    place()
    baseline()
    measured, base = _median(place, repeat), _median(baseline, repeat)
    db.dispose()
    return measured, base


def bench_print(workdir: Path, repeat: int) -> tuple[float, float]:
    db = open_database(f"sqlite:///{workdir / 'seating-print.sqlite3'}")
    _event_id, meal_id = _event(db)
    plan = seating.place(db, meal_id)
    names = sorted(s.display_name for s in plan.seats)

    def printed() -> None:
        docs.render_plan(db, meal_id, io.BytesIO(), paper="A3")
        docs.render_seat_list(db, meal_id, io.BytesIO())

    def baseline() -> None:
        # The same names, twice (a plan and a list), as plain lines of text.
        for _ in range(2):
            canvas = Canvas(io.BytesIO(), pagesize=A4)
            y = 800.0
            for name in names:
                canvas.drawString(40, y, name)
                y -= 16
                if y < 40:
                    canvas.showPage()
                    y = 800.0
            canvas.save()

    printed()
    baseline()
    measured, base = _median(printed, repeat), _median(baseline, repeat)
    db.dispose()
    return measured, base


BENCHMARKS = [
    (
        f"place {GUESTS} guests on {TABLES} round tables (rules on, seats written)",
        "read the same protocol order through the service",
        bench_place,
        12.0,
    ),
    (
        f"print the plan (A3) and the entrance list of {GUESTS} guests",
        "the same names as plain reportlab lines, twice",
        bench_print,
        15.0,
    ),
]
