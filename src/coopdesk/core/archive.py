"""Backup and restore of a whole database, portable between SQLite and PostgreSQL.

A backup is either a SQLite file (taken with SQLite's online backup API, from a
SQLite database) or a JSON archive (any database). Restoring reads either into any
database, in one transaction: a team can move its local file to a shared server.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError, StatementError

from coopdesk.core import audit
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
from coopdesk.core.model import Base, UTCDateTime
from coopdesk.core.oserrors import os_reason
from coopdesk.core.timezones import check_timezone

log = logging.getLogger(__name__)

FORMAT = "coopdesk-backup"
SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def _to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, Numeric):
        return Decimal(value)
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


def dump(db: Database) -> dict[str, Any]:
    """Every row of every coopdesk table, as JSON-ready values."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = list(table.columns)
            rows = conn.execute(select(table).order_by(*table.primary_key.columns))
            tables[table.name] = [
                {c.key: _to_json(c, v) for c, v in zip(columns, row, strict=True)} for row in rows
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
                                k: _from_json(known[k], v) if k in known else v
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


# -- what a restore file must be ------------------------------------------------------------


def _bad(code: str, table: str, row: int, column: str, **values: Any) -> DatabaseError:
    return DatabaseError(code, table=table, line=row, column=column, **values)


def _check_value(table: str, n: int, column: Column[Any], value: Any) -> Any:
    """``value`` of ``column`` as the database takes it, or a refusal in words."""
    name = column.key
    if value is None:
        if not column.nullable and column.default is None and column.server_default is None:
            raise _bad("backup.missing_value", table, n, name)
        return None
    kind = column.type
    if isinstance(kind, SAEnum):
        if not isinstance(value, str) or value not in kind.enums:
            raise _bad("backup.unknown_choice", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**31:
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Numeric):
        try:
            number = Decimal(str(value)) if isinstance(value, (str, int, float)) else None
        except ArithmeticError:
            number = None
        if isinstance(value, bool) or number is None or not number.is_finite():
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        digits = len(number.as_tuple().digits) - max(0, -int(number.as_tuple().exponent))
        if kind.precision is not None and digits > kind.precision - (kind.scale or 0):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return number
    if isinstance(kind, UTCDateTime):
        moment = _parse(datetime.fromisoformat, value)
        if moment is None or moment.tzinfo is None:
            raise _bad("backup.bad_date", table, n, name, value=_short(value))
        return moment
    if isinstance(kind, Date):
        day = _parse(date.fromisoformat, value)
        if day is None:
            raise _bad("backup.bad_date", table, n, name, value=_short(value))
        return day
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(value, validate=True) if isinstance(value, str) else None
        except (ValueError, TypeError):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value)) from None
    if isinstance(kind, (String, Text)):
        if not isinstance(value, str) or "\x00" in value:
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise _bad("backup.too_long", table, n, name, length=len(value), max=length)
        if name.endswith("timezone"):
            try:
                check_timezone(value)
            except ValidationError:
                raise _bad("backup.unknown_zone", table, n, name, value=_short(value)) from None
        if table == "change_log" and name == "changes":
            try:
                changes = json.loads(value)
            except ValueError:
                changes = None
            if not isinstance(changes, dict) or not all(
                isinstance(v, list) for v in changes.values()
            ):
                raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    return value


def _parse(parse: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return parse(value)
    except (ValueError, TypeError):
        return None


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return shown if len(shown) <= 40 else shown[:39] + "…"


# Tables the migrations fill in every new database: rows there are not the office's data.
_SEEDED = frozenset({"badge_category"})


def validate(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows of a backup at the current schema, each value as the database takes it;
    a :class:`DatabaseError` saying what is wrong, and where, otherwise."""
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise DatabaseError("backup.no_tables")
    known = {t.name: t for t in Base.metadata.sorted_tables}
    unknown = sorted(str(name) for name in tables if name not in known)
    if unknown:
        raise DatabaseError("backup.unknown_table", table=_short(unknown[0]))
    missing = [name for name in known if name not in tables]
    if missing:
        raise DatabaseError("backup.missing_table", table=missing[0])
    if not any(rows for name, rows in tables.items() if name not in _SEEDED):
        # Only what the migrations put in every database (badge categories): a restore
        # would empty the office's data.
        raise DatabaseError("backup.empty")
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        given = tables[name]
        if not isinstance(given, list):
            raise DatabaseError("backup.not_rows", table=name)
        columns = {c.key: c for c in table.columns}
        checked = []
        for n, row in enumerate(given, start=1):
            if not isinstance(row, dict):
                raise DatabaseError("backup.not_rows", table=name)
            extra = sorted(str(k) for k in row if k not in columns)
            if extra:
                raise _bad("backup.unknown_column", name, n, _short(extra[0]))
            values = {}
            for key, column in columns.items():
                # A null where the column has a default reads as the value left out.
                if key in row and not (
                    row[key] is None
                    and not column.nullable
                    and (
                        column.default is not None
                        or column.server_default is not None
                        or (column.primary_key and column.autoincrement is True)
                    )
                ):
                    values[key] = _check_value(name, n, column, row[key])
                elif (
                    not column.nullable
                    and column.default is None
                    and column.server_default is None
                    and not (column.primary_key and column.autoincrement is True)
                ):
                    raise _bad("backup.missing_value", name, n, key)
            checked.append(values)
        rows[name] = checked
    _check_keys(rows)
    return rows


def _check_keys(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Primary keys and unique fields without duplicates; every reference to a row that
    the backup holds."""
    for table in Base.metadata.sorted_tables:
        uniques = [tuple(c.key for c in table.primary_key.columns)]
        uniques += [
            tuple(c.key for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        uniques += [(c.key,) for c in table.columns if c.unique]
        for keys in uniques:
            seen: set[tuple[Any, ...]] = set()
            for n, row in enumerate(rows[table.name], start=1):
                if any(row.get(k) is None for k in keys):
                    continue
                value = tuple(row[k] for k in keys)
                if value in seen:
                    raise _bad(
                        "backup.duplicate", table.name, n, ", ".join(keys), value=_short(value[0])
                    )
                seen.add(value)
        for fk in table.foreign_keys:
            target = fk.column.table.name
            present = {r.get(fk.column.key) for r in rows[target]}
            key = fk.parent.key
            for n, row in enumerate(rows[table.name], start=1):
                if row.get(key) is not None and row[key] not in present:
                    raise _bad("backup.dangling", table.name, n, key, target=target, id=row[key])


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
