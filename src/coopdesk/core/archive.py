"""Backup and restore of a whole database, portable between SQLite and PostgreSQL.

A backup is either a SQLite file (taken with SQLite's online backup API, from a
SQLite database) or a JSON archive (any database). Restoring reads either into any
database, in one transaction: a team can move its local file to a shared server.
What a JSON archive holds, and the checks a file passes before it is restored, are in
:mod:`coopdesk.core.backup_format`.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    create_engine,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError, StatementError

from coopdesk.core import audit
from coopdesk.core.backup_format import FORMAT, validate, value_from_json, value_to_json
from coopdesk.core.db import (
    SCHEMA_HEAD,
    Database,
    alembic_config,
    known_revision,
    open_database,
    sqlite_copy,
)
from coopdesk.core.errors import DatabaseError, ValidationError
from coopdesk.core.files import publish
from coopdesk.core.model import Base
from coopdesk.core.oserrors import os_reason

__all__ = ["FORMAT", "SQLITE_SUFFIXES", "backup", "dump", "restore", "validate"]


log = logging.getLogger(__name__)


SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def dump(db: Database) -> dict[str, Any]:
    """Every row of every coopdesk table, as JSON-ready values."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = list(table.columns)
            rows = conn.execute(select(table).order_by(*table.primary_key.columns))
            tables[table.name] = [
                {c.key: value_to_json(c, v) for c, v in zip(columns, row, strict=True)}
                for row in rows
            ]
    return {
        "format": FORMAT,
        "revision": SCHEMA_HEAD,
        "created": datetime.now(UTC).isoformat(),
        "tables": tables,
    }


def backup(db: Database, path: Path) -> Path:
    """Write a backup of ``db`` to ``path``, atomically (never a half-written file)."""
    path = Path(path)
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if db.is_sqlite and path.suffix.lower() in SQLITE_SUFFIXES:
            source = db.engine.url.database
            assert source is not None
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
            os.close(fd)
            os.unlink(tmp)
            sqlite_copy(Path(source), tag="backup", dest=Path(tmp))
        else:
            data = json.dumps(dump(db), ensure_ascii=False, indent=1)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        publish(tmp, path)
    except BaseException as exc:  # a full disk, or the user stopping it (Ctrl+C)
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            reason = os_reason(exc)
            raise DatabaseError("backup.write_failed", path=str(path), reason=reason) from exc
        raise
    return path


@contextmanager
def _rows_from_sqlite(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a SQLite backup, brought to the current schema on a private copy."""
    with tempfile.TemporaryDirectory() as tmpdir:
        copy = Path(tmpdir) / "restore.sqlite3"
        src = sqlite3.connect(path)
        try:
            out = sqlite3.connect(copy)
            src.backup(out)
            out.close()
        except sqlite3.DatabaseError as exc:  # a damaged file
            raise DatabaseError("backup.invalid", path=str(path), reason=str(exc)) from exc
        finally:
            src.close()
        try:
            source = open_database(f"sqlite:///{copy}")
        except DatabaseError as error:  # not coopdesk's, too new, half-made…
            raise DatabaseError("backup.invalid", path=str(path), reason=error.code) from error
        try:
            yield dump(source)
        except SQLAlchemyError as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=_first_line(exc)) from exc
        finally:
            source.dispose()


def _read_backup(path: Path) -> AbstractContextManager[dict[str, Any]]:
    if not path.exists():
        raise DatabaseError("backup.not_found", path=str(path))
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"SQLite format 3"):
        return _rows_from_sqlite(path)

    @contextmanager
    def from_json() -> Iterator[dict[str, Any]]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=str(exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseError("backup.invalid", path=str(path), reason="format")
        revision = data.get("revision")
        if revision == SCHEMA_HEAD:
            yield data
            return
        if not isinstance(data.get("tables"), dict):
            raise DatabaseError("backup.no_tables")
        if not isinstance(revision, str) or not known_revision(revision):
            raise DatabaseError("backup.other_revision", revision=revision, expected=SCHEMA_HEAD)
        with _upgraded(data, revision) as upgraded:
            yield upgraded

    return from_json()


@contextmanager
def _upgraded(data: dict[str, Any], revision: str) -> Iterator[dict[str, Any]]:
    """A JSON backup of an older schema, brought to the current one: its rows are loaded
    into a private SQLite file at their own revision, which is then migrated."""
    from alembic import command

    with tempfile.TemporaryDirectory() as tmpdir:
        url = f"sqlite:///{Path(tmpdir) / 'old.sqlite3'}"
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), revision)
            old = MetaData()
            old.reflect(engine)
            with engine.begin() as conn:
                for table in old.sorted_tables:
                    rows = data.get("tables", {}).get(table.name, [])
                    if table.name == "alembic_version" or not rows:
                        continue
                    # Values are read back with today's column types where they exist.
                    current = Base.metadata.tables.get(table.name)
                    known: dict[str, Column[Any]] = (
                        {c.key: c for c in current.c} if current is not None else {}
                    )
                    conn.execute(
                        insert(table),
                        [
                            {
                                k: value_from_json(known[k], v) if k in known else v
                                for k, v in row.items()
                                if k in table.c
                            }
                            for row in rows
                        ],
                    )
        except (KeyError, ValueError, TypeError, AttributeError, SQLAlchemyError) as exc:
            raise DatabaseError("backup.invalid", path="", reason=_first_line(exc)) from exc
        finally:
            engine.dispose()
        source = open_database(url)
        try:
            yield dump(source)
        finally:
            source.dispose()


def restore(db: Database, path: Path) -> dict[str, int]:
    """Replace the whole content of ``db`` by the backup at ``path``, all or nothing.

    The backup is checked first (tables, fields, types, lengths, choices, time zones,
    references, duplicates) and refused in words; a backup holding nothing at all is
    refused, as restoring it would empty the database. The rows are then written in
    one transaction, in which the event lists, agendas, change log and PDF lists are
    read back: if any of them fails on the restored rows, nothing is kept. A SQLite
    database is copied aside first. Returns the number of rows per table.
    """
    path = Path(path)
    with _read_backup(path) as data:
        rows = validate(data)
        if db.is_sqlite and db.engine.url.database:
            target = Path(db.engine.url.database)
            if target.exists():
                sqlite_copy(target, tag="before-restore")
        counts: dict[str, int] = {}
        try:
            with db.atomic() as conn:
                # The administrator's path: the log is replaced too.
                audit.unlock_log(conn, "restore")
                for table in reversed(Base.metadata.sorted_tables):
                    conn.execute(delete(table))
                for table in Base.metadata.sorted_tables:
                    values = rows[table.name]
                    for group in _same_keys(values):
                        conn.execute(insert(table), group)
                    counts[table.name] = len(values)
                if conn.dialect.name == "postgresql":
                    _reset_sequences(conn)
                audit.lock_log(conn)
                audit.log_restore(conn, str(path), counts)
                _read_back(db)
        except (IntegrityError, DataError, StatementError) as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=_first_line(exc)) from exc
        except ValidationError as exc:
            # The database refused a row (a constraint the checks above do not know):
            # the file is at fault, not a colleague's edit.
            if exc.code != "record.conflict":
                raise
            reason = str(exc.values.get("reason", ""))
            raise DatabaseError("backup.invalid", path=str(path), reason=reason) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=str(exc)) from exc
    return counts


def _same_keys(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Rows in runs of the same fields (one multi-row insert needs the same keys)."""
    run: list[dict[str, Any]] = []
    for row in rows:
        if run and row.keys() != run[0].keys():
            yield run
            run = []
        run.append(row)
    if run:
        yield run


def _reset_sequences(conn: Any) -> None:
    for table in Base.metadata.sorted_tables:
        if "id" in table.columns and table.columns["id"].autoincrement is not False:
            top = conn.scalar(select(func.max(table.columns["id"])))
            if table.columns["id"].primary_key and len(table.primary_key.columns) == 1:
                conn.execute(
                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :c)"),
                    {"t": table.name, "v": top or 1, "c": top is not None},
                )


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__


def _read_back(db: Database) -> None:
    """Inside the restore's transaction: what the office reads after a restore —
    the events, each event's participants, agenda and conflicts, the change log and
    the PDF lists — must work on the restored rows."""
    from coopdesk.core.documents.lists import render_list
    from coopdesk.core.enums import ListKind
    from coopdesk.core.services import agenda, conflicts, events, participants
    from coopdesk.core.services.history import history

    step = "coopdesk history"
    try:
        history(db)
        step = "coopdesk events"
        for event in events.list_events(db):
            step = "coopdesk participants"
            participants.list_participants(db, event.id)
            step = "coopdesk agenda"
            agenda.list_agenda(db, event.id)
            conflicts.agenda_conflicts(db, event.id)
            step = "coopdesk history"
            history(db, event_id=event.id)
            step = "coopdesk export list"
            for kind in (ListKind.PARTICIPANTS, ListKind.ARRIVALS, ListKind.ROOMING):
                render_list(db, event.id, io.BytesIO(), kind)
    except Exception as exc:  # whatever a reader meets in these rows: refused
        log.warning("restored rows refused (%s)", step, exc_info=True)
        raise DatabaseError("backup.breaks", what=step, reason=_first_line(exc)) from exc
