"""coopdesk benchmarks: each one timed against a baseline measured in the same run.

    python bench/run.py [--repeat N]

Prints, for every benchmark, the median time, the baseline's median time and their
ratio, with the target ratio. Shared machines are noisy: ratios, not seconds, are
what to compare between runs.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.dialects import sqlite as sqlite_dialect

from coopdesk.core import paths
from coopdesk.core.db import open_database
from coopdesk.core.demo import load_demo
from coopdesk.core.model import Participation, Person, new_uid
from coopdesk.core.services import events, participants
from coopdesk.core.services.participants import NewParticipant, participants_query


def median_time(
    fn: Callable[[], object], repeat: int, setup: Callable[[], None] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_list_assises(workdir: Path, repeat: int) -> tuple[float, float]:
    path = workdir / "demo.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    load_demo(db)
    event_id = events.find_event(db, "Assises").id
    expected = len(participants.list_participants(db, event_id))
    db.dispose()

    def with_services() -> None:
        database = open_database(url)
        rows = participants.list_participants(database, events.find_event(database, "Assises").id)
        assert len(rows) == expected
        database.dispose()

    # The baseline runs the very SQL the service sends (same columns, same protocol
    # ORDER BY), straight through sqlite3: the ratio is what coopdesk adds around it.
    sql = str(
        participants_query(event_id).compile(
            dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
        )
    )

    def baseline() -> None:
        conn = sqlite3.connect(path)
        rows = conn.execute(sql).fetchall()
        assert len(rows) == expected
        conn.close()

    with_services()
    baseline()
    return median_time(with_services, repeat), median_time(baseline, repeat)


N_BIG = 5000


def _rows() -> list[NewParticipant]:
    return [
        NewParticipant(
            person={
                "civility": "Mme",
                "first_name": f"Prénom{i}",
                "last_name": f"Nom{i}",
                "email": f"p{i}@example.fr",
                "languages": "fr",
            },
            participation={"role": "guest", "category": "guest", "status": "confirmed"},
        )
        for i in range(N_BIG)
    ]


def bench_create_big_event(workdir: Path, repeat: int) -> tuple[float, float]:
    counter = iter(range(10_000))
    state: dict[str, object] = {}

    def fresh() -> None:
        old = state.get("db")
        if old is not None:
            old.dispose()  # type: ignore[attr-defined]
        state["db"] = open_database(f"sqlite:///{workdir / f'big{next(counter)}.sqlite3'}")

    def with_services() -> None:
        db = state["db"]
        event = events.create_event(
            db,
            kind="conference",
            title="Grand congrès",  # type: ignore[arg-type]
            start_date=date(2026, 6, 1),
            end_date=date(2026, 6, 3),
            timezone="Europe/Paris",
        )
        participants.add_participants(db, event.id, _rows())  # type: ignore[arg-type]

    def baseline() -> None:
        db = state["db"]
        event = events.create_event(
            db,
            kind="conference",
            title="Grand congrès",  # type: ignore[arg-type]
            start_date=date(2026, 6, 1),
            end_date=date(2026, 6, 3),
            timezone="Europe/Paris",
        )
        people = [
            {
                "civility": "Mme",
                "first_name": f"Prénom{i}",
                "last_name": f"Nom{i}",
                "email": f"p{i}@example.fr",
                "languages": "fr",
                "version": 1,
            }
            for i in range(N_BIG)
        ]
        with db.engine.begin() as conn:  # type: ignore[attr-defined]
            ids = (
                conn.execute(
                    insert(Person).returning(Person.id, sort_by_parameter_order=True), people
                )
                .scalars()
                .all()
            )
            conn.execute(
                insert(Participation),
                [
                    {
                        "event_id": event.id,
                        "person_id": pid,
                        "uid": new_uid(),
                        "role": "guest",
                        "category": "guest",
                        "status": "confirmed",
                        "version": 1,
                    }
                    for pid in ids
                ],
            )

    result = (median_time(with_services, repeat, fresh), median_time(baseline, repeat, fresh))
    state["db"].dispose()  # type: ignore[attr-defined]
    return result


BENCHMARKS = [
    (
        "open demo + list Assises participants in protocol order",
        "bare sqlite3 run of the same SELECT",
        bench_list_assises,
        3.0,
    ),
    (
        f"create a {N_BIG}-participant event through the services",
        "SQLAlchemy Core bulk insert of the same rows",
        bench_create_big_event,
        2.0,
    ),
]


def all_benchmarks() -> list[
    tuple[str, str, Callable[[Path, int], tuple[float, float] | None], float]
]:
    """The benchmarks above and those of every ``bench/bench_*.py`` module.

    Such a module has a ``BENCHMARKS`` list of ``(name, baseline name, function, target
    ratio)``; the function takes a scratch folder and a repeat count and returns the
    median time of the benchmark and of its baseline, measured in the same run, or
    ``None`` when what it measures is not there (the bundle not built).
    """
    import importlib

    found = list(BENCHMARKS)
    here = Path(__file__).parent
    sys.path.insert(0, str(here))
    for module in sorted(here.glob("bench_*.py")):
        found += importlib.import_module(module.stem).BENCHMARKS
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", help="run only the benchmarks whose name contains this")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ[paths.HOME_ENV] = str(workdir / "home")
        print(f"{'benchmark':60} {'time':>9} {'baseline':>9} {'ratio':>6} {'target':>7}")
        for name, base_name, fn, target in all_benchmarks():
            if args.only and args.only.lower() not in name.lower():
                continue
            result = fn(workdir, args.repeat)
            if result is None:  # what it measures is not there (see its message)
                print(f"{name:60} skipped")
                continue
            measured, base = result
            ratio = measured / base
            ok = ratio <= target
            failures += not ok
            print(
                f"{name:60} {measured * 1000:7.1f}ms {base * 1000:7.1f}ms {ratio:6.2f} "
                f"{'≤' if ok else '>'}{target:5.1f}x"
            )
            print(f"  baseline: {base_name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
