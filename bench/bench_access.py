"""The change log's guard on PostgreSQL: saves through the services with the trigger
that names the database user as author (and refuses restore, erase and purge entries
to non-administrators), against the same saves with that trigger disabled (target
≤ 1.1x).

Runs only where ``COOPDESK_TEST_POSTGRES_URL`` names a server (a maintenance URL, as
for the tests); it makes a database of its own and drops it afterwards. On SQLite the
guard's triggers fire only on UPDATE and DELETE of the log, which saves never do.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coopdesk.core.db import normalise_url, open_database
from coopdesk.core.services import people
from run import median_time

N_EDITS = 100


def bench_log_guard(workdir: Path, repeat: int) -> tuple[float, float]:
    admin_url = normalise_url(os.environ["COOPDESK_TEST_POSTGRES_URL"])
    name = f"coopdesk_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    try:
        ids = [
            people.create_person(db, last_name=f"Kovalenko{i}", first_name="Olena").id
            for i in range(N_EDITS)
        ]
        turn = [0]

        def edits() -> None:
            turn[0] += 1
            for person_id in ids:
                people.update_person(db, person_id, {"function": f"Maire adjointe {turn[0]}"})

        def guarded(on: bool) -> Callable[[], None]:
            def switch() -> None:
                state = "ENABLE" if on else "DISABLE"
                with db.engine.begin() as conn:
                    conn.execute(text(f"ALTER TABLE change_log {state} TRIGGER change_log_guard"))

            return switch

        edits()
        measured = median_time(edits, repeat, setup=guarded(True))
        base = median_time(edits, repeat, setup=guarded(False))
        guarded(True)()
        return measured, base
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


BENCHMARKS = (
    [
        (
            f"{N_EDITS} saves on PostgreSQL, the change log's guard on",
            "the same saves with the guard's trigger disabled",
            bench_log_guard,
            1.1,
        )
    ]
    if os.environ.get("COOPDESK_TEST_POSTGRES_URL")
    else []
)
