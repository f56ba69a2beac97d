"""Backup and restore of a whole database, portable between SQLite and PostgreSQL.

A backup is either a SQLite file (taken with SQLite's online backup API, from a
SQLite database) or a JSON archive (any database). Restoring reads either into any
database, in one transaction: a team can move its local file to a shared server.
"""

from __future__ import annotations

import base64
import json
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
    Column,
    Date,
    LargeBinary,
    MetaData,
    Numeric,
    create_engine,
    delete,
    func,
    insert,
    select,
    text,
)

from coopdesk.core.db import (
    SCHEMA_HEAD,
    Database,
    alembic_config,
    known_revision,
    open_database,
    sqlite_copy,
)
from coopdesk.core.errors import DatabaseError
from coopdesk.core.files import publish
from coopdesk.core.model import Base, UTCDateTime
from coopdesk.core.oserrors import os_reason

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
    except OSError as exc:
        raise DatabaseError("backup.write_failed", path=str(path), reason=os_reason(exc)) from exc
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
        finally:
            src.close()
        source = open_database(f"sqlite:///{copy}")
        try:
            yield dump(source)
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
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=str(exc)) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DatabaseError("backup.invalid", path=str(path), reason="format")
        revision = data.get("revision")
        if revision == SCHEMA_HEAD:
            yield data
            return
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
        except (KeyError, ValueError, TypeError) as exc:
            raise DatabaseError("backup.invalid", path="", reason=str(exc)) from exc
        finally:
            engine.dispose()
        source = open_database(url)
        try:
            yield dump(source)
        finally:
            source.dispose()


def restore(db: Database, path: Path) -> dict[str, int]:
    """Replace the whole content of ``db`` by the backup at ``path``, all or nothing.

    A SQLite database is copied aside first. Returns the number of rows per table.
    """
    path = Path(path)
    with _read_backup(path) as data:
        tables = data.get("tables")
        if not isinstance(tables, dict):
            raise DatabaseError("backup.invalid", path=str(path), reason="tables")
        if db.is_sqlite and db.engine.url.database:
            target = Path(db.engine.url.database)
            if target.exists():
                sqlite_copy(target, tag="before-restore")
        counts: dict[str, int] = {}
        try:
            with db.engine.begin() as conn:
                for table in reversed(Base.metadata.sorted_tables):
                    conn.execute(delete(table))
                for table in Base.metadata.sorted_tables:
                    rows = tables.get(table.name, [])
                    columns = {c.key: c for c in table.columns}
                    values = [
                        {k: _from_json(columns[k], v) for k, v in row.items() if k in columns}
                        for row in rows
                    ]
                    if values:
                        conn.execute(insert(table), values)
                    counts[table.name] = len(values)
                if conn.dialect.name == "postgresql":
                    for table in Base.metadata.sorted_tables:
                        if "id" in table.columns and table.columns["id"].autoincrement is not False:
                            top = conn.scalar(select(func.max(table.columns["id"])))
                            if (
                                table.columns["id"].primary_key
                                and len(table.primary_key.columns) == 1
                            ):
                                conn.execute(
                                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :c)"),
                                    {"t": table.name, "v": top or 1, "c": top is not None},
                                )
        except (KeyError, ValueError, TypeError) as exc:
            raise DatabaseError("backup.invalid", path=str(path), reason=str(exc)) from exc
    return counts
