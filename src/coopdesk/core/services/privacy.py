"""Personal data kept only as long as needed: purge, export and erasure.

Erased means erased in the bytes too: SQLite deletes with ``secure_delete`` (content
overwritten with zeros), and after an erasure or a purge the file is rebuilt and its
write-ahead log checkpointed and truncated, so that neither holds the old values. On
PostgreSQL the rows are gone from every query at once; the server keeps the old row
versions in its files until the table is vacuumed (``VACUUM FULL``, which
:func:`compact` runs on request).

The copies coopdesk makes itself — before an upgrade, before a restore, and the
backups in its backups folder — hold the person as they were: :func:`copies_holding`
lists them, and :func:`erase_from_copies` / :func:`purge_copies` take the person (or
the purged values) out of them, each copy rewritten whole and replaced at once.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update

from coopdesk.core import audit, paths
from coopdesk.core.db import Database
from coopdesk.core.errors import DatabaseError
from coopdesk.core.model import (
    ChangeLogEntry,
    Event,
    Participation,
    Person,
    as_dict,
    sensitive_columns,
)
from coopdesk.core.services._base import get_row


@dataclass(frozen=True, slots=True)
class Trace:
    """What recognises a person in a copy: their number and name, or their e-mail."""

    person_id: int
    first_name: str
    last_name: str
    email: str | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class HeldCopy:
    """A file coopdesk made that still holds some of the people concerned."""

    path: Path
    kind: str  # "upgrade", "restore", "backup"
    people: int
    readable: bool = True  # False: a file coopdesk could not read, to check by hand


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an erasure or a purge did, and what still holds the people concerned."""

    people: int
    traces: tuple[Trace, ...]
    copies: tuple[HeldCopy, ...]
    compacted: bool  # SQLite: file rebuilt and its log emptied; False when a reader held it
    vacuum_advised: bool  # PostgreSQL: old row versions remain until VACUUM FULL


def _trace(person: Person) -> Trace:
    return Trace(person.id, person.first_name or "", person.last_name or "", person.email)


def _past_guests(session: Any, ended_before: date) -> list[Person]:
    """Everyone whose last event ended before ``ended_before``."""
    last_event = (
        select(Participation.person_id, func.max(Event.end_date).label("last_end"))
        .join(Event, Participation.event_id == Event.id)
        .group_by(Participation.person_id)
        .subquery()
    )
    return list(
        session.scalars(
            select(Person)
            .join(last_event, last_event.c.person_id == Person.id)
            .where(last_event.c.last_end < ended_before)
            .order_by(Person.id)
        ).all()
    )


def _holding(people: Sequence[Person]) -> list[Person]:
    fields = sensitive_columns(Person)
    return [p for p in people if any(getattr(p, name) is not None for name in fields)]


def purge_candidates(db: Database, ended_before: date) -> tuple[Trace, ...]:
    """The people a purge with this date would blank (nothing is changed)."""
    with db.session() as session:
        return tuple(_trace(p) for p in _holding(_past_guests(session, ended_before)))


def purge_preview(db: Database, ended_before: date) -> tuple[int, tuple[HeldCopy, ...]]:
    """How many people a purge with this date would blank, and which of coopdesk's
    copies hold sensitive values of past guests (nothing is changed)."""
    with db.session() as session:
        past = _past_guests(session, ended_before)
        count = len(_holding(past))
        traces = [_trace(p) for p in past]
    return count, tuple(copies_holding(traces, sensitive_only=True)) if traces else ()


def purge_sensitive(db: Database, ended_before: date) -> int:
    """Blank the sensitive fields (passport, birth date, diet, health needs) of everyone
    whose last event ended before ``ended_before``. Returns how many people were purged.

    People never registered to any event are left alone: they are not guests yet.
    """
    return purge(db, ended_before).people


def purge(db: Database, ended_before: date) -> Outcome:
    """:func:`purge_sensitive`, then the file compacted; says which copies still hold
    the purged values."""
    fields = sensitive_columns(Person)
    with db.session() as session:
        past = _past_guests(session, ended_before)
        people = _holding(past)
        # The copies are searched for every past guest: one purged earlier may still
        # be whole in a copy.
        traces = tuple(_trace(p) for p in past)
        for person in people:
            for name in fields:
                setattr(person, name, None)
        audit.log_purge(session, ended_before, len(people))
    compacted = compact(db) if people else True
    return Outcome(
        people=len(people),
        traces=traces,
        copies=tuple(copies_holding(traces, sensitive_only=True)) if traces else (),
        compacted=compacted,
        vacuum_advised=bool(people) and not db.is_sqlite,
    )


def export_person(db: Database, person_id: int) -> dict[str, Any]:
    """Everything held about one person (a subject access request), JSON-ready."""
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        data = {k: _plain(v) for k, v in as_dict(person).items()}
        data["organisation"] = person.organisation.name if person.organisation else None
        data["participations"] = [
            {k: _plain(v) for k, v in as_dict(p).items()} | {"event": p.event.title}
            for p in session.scalars(
                select(Participation).where(Participation.person_id == person_id)
            )
        ]
        return data


def erase_person(db: Database, person_id: int) -> Outcome:
    """Erase a person and their participations (a right-to-erasure request).

    The change log keeps that a person was erased, but no longer what they were called
    or any value of theirs. The file is then compacted; the outcome lists the copies
    coopdesk made that still hold the person.
    """
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        trace = _trace(person)
        session.delete(person)
        session.flush()
        audit.unlock_log(session, "erase")  # the administrator's path: the log forgets the person
        session.execute(
            delete(ChangeLogEntry).where(
                ChangeLogEntry.entity == "person", ChangeLogEntry.entity_id == person_id
            )
        )
        session.execute(
            update(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "participation", ChangeLogEntry.action != "import")
            .where(ChangeLogEntry.summary.like(f"person {person_id} in event %"))
            .values(changes="{}")
        )
        audit.lock_log(session)
        audit.log_erasure(session, person_id)
    return Outcome(
        people=1,
        traces=(trace,),
        copies=tuple(copies_holding((trace,))),
        compacted=compact(db),
        vacuum_advised=not db.is_sqlite,
    )


def person_trace(db: Database, person_id: int) -> Trace:
    with db.session() as session:
        return _trace(get_row(session, Person, person_id, "person"))


# -- the bytes of the database ------------------------------------------------------------


def compact(db: Database, *, vacuum_server: bool = False) -> bool:
    """Leave no erased value in the database's files.

    SQLite: the file is rebuilt (``VACUUM``: no free page, no slack space keeps an old
    value, even one written before ``secure_delete`` was on) and its write-ahead log is
    checkpointed and truncated. Returns False when another connection kept reading an
    older state for longer than the wait: the log is emptied at the next erasure or
    when the last window closes. PostgreSQL: with ``vacuum_server``, ``VACUUM FULL``
    rewrites the tables that held the person (it needs the tables' owner); otherwise
    nothing is done here and True is returned.
    """
    if not db.is_sqlite:
        if vacuum_server:
            with db.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.execute(text("VACUUM FULL person, participation, agenda_attendee, change_log"))
        return True
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA temp_store=MEMORY")  # no temporary copy on disk
        cursor.execute("VACUUM")
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    except sqlite3.OperationalError:
        return False
    finally:
        raw.close()
    return not busy


# -- coopdesk's own copies ----------------------------------------------------------------


def _kind(path: Path) -> str:
    name = path.stem
    if "-before-restore" in name:
        return "restore"
    if "-before-" in name:
        return "upgrade"
    return "backup"


def own_copies() -> list[Path]:
    """The copies coopdesk made: its backups folder (copies before an upgrade or a
    restore, and backups saved there)."""
    folder = paths.backup_dir()
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in (".sqlite3", ".sqlite", ".db", ".json")
    )


def copies_holding(
    traces: Sequence[Trace], *, sensitive_only: bool = False, files: Iterable[Path] | None = None
) -> list[HeldCopy]:
    """The copies of :func:`own_copies` (or ``files``) that hold any of these people
    (with ``sensitive_only``: any sensitive value of theirs)."""
    held = []
    for path in own_copies() if files is None else files:
        try:
            count = len(_matches(path, traces, sensitive_only))
        except (OSError, ValueError, RecursionError, sqlite3.DatabaseError):
            # Damaged, locked or not coopdesk's: it may hold them; the user is told.
            held.append(HeldCopy(path, _kind(path), 0, readable=False))
            continue
        if count:
            held.append(HeldCopy(path, _kind(path), count))
    return held


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16).startswith(b"SQLite format 3")


def _row_matches(row: dict[str, Any], trace: Trace) -> bool:
    if trace.email and row.get("email") == trace.email:
        return True
    return (
        row.get("id") == trace.person_id
        and row.get("last_name") == trace.last_name
        and (row.get("first_name") or "") == trace.first_name
    )


def _holds(row: dict[str, Any], sensitive_only: bool) -> bool:
    if not sensitive_only:
        return True
    return any(row.get(name) is not None for name in sensitive_columns(Person))


def _sqlite_people(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM person").fetchall()
    except sqlite3.OperationalError:
        return []
    return [dict(r) for r in rows]


def _json_tables(path: Path) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise ValueError("not a coopdesk backup")
    return data, tables


def _matches(path: Path, traces: Sequence[Trace], sensitive_only: bool) -> set[int]:
    """The person numbers, in the copy at ``path``, of these people."""
    if _is_sqlite(path):
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            rows = _sqlite_people(conn)
    else:
        rows = [r for r in _json_tables(path)[1].get("person", []) if isinstance(r, dict)]
    return {
        row["id"]
        for row in rows
        if _holds(row, sensitive_only) and any(_row_matches(row, t) for t in traces)
    }


def erase_from_copies(traces: Sequence[Trace], copies: Sequence[HeldCopy]) -> list[Path]:
    """Take these people out of these copies (as :func:`erase_person` does in the
    database). Each copy is rewritten into a new file that replaces it at once.
    Returns the copies cleaned."""
    return [c.path for c in copies if c.readable and _rewrite(c.path, traces, erase=True)]


def purge_copies(traces: Sequence[Trace], copies: Sequence[HeldCopy]) -> list[Path]:
    """Blank these people's sensitive values in these copies (as a purge does)."""
    return [c.path for c in copies if c.readable and _rewrite(c.path, traces, erase=False)]


def _rewrite(path: Path, traces: Sequence[Trace], *, erase: bool) -> bool:
    ids = _matches(path, traces, sensitive_only=not erase)
    if not ids:
        return False
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    os.close(fd)
    try:
        if _is_sqlite(path):
            os.unlink(tmp)
            _rewrite_sqlite(path, Path(tmp), ids, erase)
        else:
            _rewrite_json(path, Path(tmp), ids, erase)
        shutil.copymode(path, tmp)  # the cleaned copy keeps the permissions it had
        os.replace(tmp, path)
    except (OSError, sqlite3.DatabaseError) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DatabaseError("privacy.copy_failed", path=str(path), reason=str(exc)) from exc
    for suffix in ("-wal", "-shm"):  # the replaced file's log would not belong to it
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return True


def _rewrite_sqlite(path: Path, dest: Path, ids: set[int], erase: bool) -> None:
    """The copy is read into memory, cleaned there and written anew: no journal, no
    free page of the old file carries the old values into the new one."""
    with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(":memory:")) as mem:
        src.backup(mem)
        mem.isolation_level = None
        mem.execute("PRAGMA foreign_keys=ON")
        marks = ",".join("?" * len(ids))
        params = sorted(ids)
        tables = {r[0] for r in mem.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        mem.execute("BEGIN")
        if erase:
            if "change_log" in tables:
                # The copy's log is append-only like the database's: its guards are
                # lifted for this cleaning and put back before the commit.
                for name in audit.SQLITE_TRIGGERS:
                    mem.execute(f"DROP TRIGGER IF EXISTS {name}")
                mem.execute(
                    f"DELETE FROM change_log WHERE entity = 'person' AND entity_id IN ({marks})",
                    params,
                )
                for pid in params:
                    mem.execute(
                        "UPDATE change_log SET changes = '{}' WHERE entity = 'participation' "
                        "AND action != 'import' AND summary LIKE ?",
                        (f"person {pid} in event %",),
                    )
            mem.execute(f"DELETE FROM person WHERE id IN ({marks})", params)
            if "change_log" in tables:
                for statement in audit.SQLITE_TRIGGERS.values():
                    mem.execute(statement)
        else:
            columns = {r[1] for r in mem.execute("PRAGMA table_info(person)")}
            blank = [c for c in sensitive_columns(Person) if c in columns]
            sets = ", ".join(f"{c} = NULL" for c in blank)
            mem.execute(f"UPDATE person SET {sets} WHERE id IN ({marks})", params)
        mem.execute("COMMIT")
        mem.execute("VACUUM INTO ?", (str(dest),))
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def _rewrite_json(path: Path, dest: Path, ids: set[int], erase: bool) -> None:
    data, tables = _json_tables(path)
    if erase:
        tables["person"] = [r for r in tables.get("person", []) if r.get("id") not in ids]
        gone = {r.get("id") for r in tables.get("participation", []) if r.get("person_id") in ids}
        tables["participation"] = [
            r for r in tables.get("participation", []) if r.get("id") not in gone
        ]
        tables["agenda_attendee"] = [
            r for r in tables.get("agenda_attendee", []) if r.get("participation_id") not in gone
        ]
        for row in tables.get("event", []):
            if row.get("artist_id") in ids:
                row["artist_id"] = None
        log = []
        for row in tables.get("change_log", []):
            if row.get("entity") == "person" and row.get("entity_id") in ids:
                continue
            if (
                row.get("entity") == "participation"
                and row.get("action") != "import"
                and any(
                    str(row.get("summary", "")).startswith(f"person {pid} in event ") for pid in ids
                )
            ):
                row = dict(row, changes="{}")
            log.append(row)
        if "change_log" in tables:
            tables["change_log"] = log
    else:
        for row in tables.get("person", []):
            if row.get("id") in ids:
                for name in sensitive_columns(Person):
                    if name in row:
                        row[name] = None
    with open(dest, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=1))
        out.flush()
        os.fsync(out.fileno())


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    if value is not None and not isinstance(value, (str, int, float, bool)):
        return str(value)
    return value
