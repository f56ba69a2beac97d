"""Saving with the safety of shared work: the change log, the version the user saw and
the operation kept for undo, against the same saves without them.

- 300 cell edits (hotel, status), one transaction each, as the participants table
  sends them: the version shown checked field by field, the change log written, the
  operation recorded for undo (target ≤ 1.3x);
- 20 bulk status changes of 100 participants each, the same way (target ≤ 1.3x).

The baseline makes the very same service calls on the same database, with no change
log hook, no version shown and no operation recorded (the ORM's own version counter,
part of the model, stays in both).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import sessionmaker

from coopdesk.core.db import Database, open_database
from coopdesk.core.services import participants
from coopdesk.core.services.operations import record
from coopdesk.core.services.participants import NewParticipant


def _alternating(
    measured: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """The fastest run of each, the two taking turns: on a busy machine the fastest
    run is the one least slowed by other work, and turns spread the slowdowns."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for out, fn in zip(times, (measured, baseline), strict=True):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


N_PEOPLE = 300
N_BULK = 20
BULK_SIZE = 100
_STATUSES = ("confirmed", "invited", "declined")


def _event(workdir: Path, name: str) -> tuple[str, int, list[int]]:
    from tests.factories import delegation

    url = f"sqlite:///{workdir / name}"
    db = open_database(url)
    event = delegation(db)
    ids = participants.add_participants(
        db,
        event.id,
        [
            NewParticipant(person={"first_name": f"Invité {i}", "last_name": f"Nom {i:04d}"})
            for i in range(N_PEOPLE)
        ],
    )
    db.dispose()
    return url, event.id, ids


def _bare(url: str) -> Database:
    """The same database with no change-log hook on its sessions."""
    db = open_database(url)
    db._sessions = sessionmaker(db.engine, expire_on_commit=False)
    return db


def _cell_values(round_: int, i: int) -> dict[str, Any]:
    if i % 2:
        return {"hotel": f"Hôtel {round_}-{i}"}
    return {"status": _STATUSES[(round_ + i) % 3]}


def bench_cell_saves(workdir: Path, repeat: int) -> tuple[float, float]:
    # Two identical databases, one per way of saving, so neither sees the other's writes.
    url, _event_id, ids = _event(workdir, "cells.sqlite3")
    bare_url, _bare_event, bare_ids = _event(workdir, "cells-bare.sqlite3")
    safe, bare = open_database(url), _bare(bare_url)
    state = {"round": 0}
    shown = {i: participants.get_participant(safe, i) for i in ids}

    def with_checks() -> None:
        state["round"] += 1
        for n, pid in enumerate(ids):
            values = _cell_values(state["round"], n)
            done = record(
                lambda: participants.update_participation(safe, pid, values, shown[pid])  # noqa: B023
            )
            shown[pid] = done.result

    def baseline() -> None:
        state["round"] += 1
        for n, pid in enumerate(bare_ids):
            participants.update_participation(bare, pid, _cell_values(state["round"], n))

    with_checks()
    baseline()
    result = _alternating(with_checks, baseline, repeat)
    safe.dispose()
    return result


def _bulk_save(db: Database, ids: list[int], status: str, seen: list[Any]) -> Callable[[], None]:
    return lambda: participants.update_participations(db, ids, {"status": status}, seen)


def bench_bulk_saves(workdir: Path, repeat: int) -> tuple[float, float]:
    url, event_id, ids = _event(workdir, "bulk.sqlite3")
    bare_url, bare_event, bare_ids = _event(workdir, "bulk-bare.sqlite3")
    safe, bare = open_database(url), _bare(bare_url)
    groups = [ids[i : i + BULK_SIZE] for i in range(0, BULK_SIZE * 3, BULK_SIZE)]
    bare_groups = [bare_ids[i : i + BULK_SIZE] for i in range(0, BULK_SIZE * 3, BULK_SIZE)]
    state = {"round": 0}

    def with_checks() -> None:
        for n in range(N_BULK):
            state["round"] += 1
            group = groups[n % len(groups)]
            seen = [r for r in participants.list_participants(safe, event_id) if r.id in group]
            status = _STATUSES[state["round"] % 3]
            record(_bulk_save(safe, group, status, seen))

    def baseline() -> None:
        for n in range(N_BULK):
            state["round"] += 1
            group = bare_groups[n % len(groups)]
            [r for r in participants.list_participants(bare, bare_event) if r.id in group]
            participants.update_participations(
                bare, group, {"status": _STATUSES[state["round"] % 3]}
            )

    with_checks()
    baseline()
    result = _alternating(with_checks, baseline, repeat)
    safe.dispose()
    return result


BENCHMARKS = [
    (
        f"{N_PEOPLE} cell saves with change log, versions seen and undo recorded",
        "the same saves without change log, version seen or undo",
        bench_cell_saves,
        1.3,
    ),
    (
        f"{N_BULK} bulk status changes of {BULK_SIZE} with change log, versions and undo",
        "the same bulk saves without them",
        bench_bulk_saves,
        1.3,
    ),
]
