"""Opening the database: engine, SQLite pragmas, migrations, one session per action.

SQLite (the default, a file in the user's data folder) runs in WAL mode with foreign
keys on; any SQLAlchemy URL (PostgreSQL through psycopg 3) is accepted through
``--database`` or ``COOPDESK_DATABASE_URL``. A database that is behind is migrated
when it is opened, and a SQLite file is copied aside first.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from coopdesk.core import paths
from coopdesk.core.errors import DatabaseError

if TYPE_CHECKING:  # the ORM (and the model) load with the first session, not on opening
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DATABASE_URL_ENV = "COOPDESK_DATABASE_URL"

# The Alembic revision this code expects; a test checks it is the migrations' head.
SCHEMA_HEAD = "0007"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: the explicit one, else the environment, else the local file."""
    url = explicit or os.environ.get(DATABASE_URL_ENV)
    if not url:
        return f"sqlite:///{paths.default_database_path()}"
    return normalise_url(url)


def normalise_url(url: str) -> str:
    """Accept what people paste: ``postgres://`` and ``postgresql://`` use psycopg 3; a
    path to a SQLite file (``C:\\Users\\…\\coopdesk.sqlite3``, ``~/coopdesk.db``) is
    that file."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if "://" not in url and (
        url.lower().endswith((".sqlite3", ".sqlite", ".db")) or "/" in url or "\\" in url
    ):
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


# Engines are meant to live as long as the process: opening the same database again
# reuses its engine, and with it the cache of compiled statements.
_ENGINES: dict[str, Engine] = {}
_MAX_ENGINES = 16


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    engine = _ENGINES.get(url)
    if engine is None:
        engine = _new_engine(url)
        if len(_ENGINES) >= _MAX_ENGINES:
            _ENGINES.pop(next(iter(_ENGINES))).dispose()
        _ENGINES[url] = engine
    return engine


def _new_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError("database.bad_url", url=url) from exc
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # a missing driver, an unknown dialect
        raise DatabaseError("database.bad_url", url=url, reason=str(exc)) from exc


def alembic_config(connection: Any | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("coopdesk.core") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION_QUERY = text("SELECT version_num FROM alembic_version")


class Database:
    """An open database: the engine and the factory of sessions, one per user action.

    The factory of sessions (with the change log's hook) is made when the first session
    is asked for: reads through :meth:`connection` need neither the ORM nor the model.
    """

    def __init__(self, engine: Engine, user: str | None = None) -> None:
        self.engine = engine
        self._user = user or None
        self._sessions: sessionmaker[Session] | None = None
        self._sessions_lock = threading.Lock()

    @property
    def user(self) -> str:
        """Who the change log names: the user given, else ``COOPDESK_USER`` or the
        system login, read once (at the latest when the first session opens)."""
        if self._user is None:
            from coopdesk.core import audit

            self._user = audit.current_user()
        return self._user

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is not None:
            return self._sessions
        with self._sessions_lock:  # a first session may be asked for by a worker thread
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from coopdesk.core import audit

                sessions = sessionmaker(self.engine, expire_on_commit=False)
                audit.install(sessions, self.user)
                self._sessions = sessions
            return self._sessions

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.
        A database kept busy by someone else, or gone, is a :class:`DatabaseError`."""
        with self._unavailable(), self._session_factory()() as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection for reading with Core selects (no ORM session), released when the
        block ends; nothing is committed through it."""
        with self._unavailable(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _unavailable(self) -> Iterator[None]:
        """Say it in words when the database cannot serve: locked by another writer
        longer than the wait allows (SQLite), a deadlock or a lost server."""
        try:
            yield
        except OperationalError as exc:
            text = str(exc.orig or exc).lower()
            if any(word in text for word in ("locked", "busy", "deadlock", "lock timeout")):
                raise DatabaseError("database.busy", url=self.url) from exc
            raise DatabaseError(
                "database.unreachable", url=self.url, reason=_first_line(exc)
            ) from exc

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            row = conn.execute(_REVISION_QUERY).first()
            return row[0] if row else None

    def is_current(self) -> bool:
        return self.current_revision() == SCHEMA_HEAD

    def upgrade(self) -> Path | None:
        """Migrate to the latest schema; copy a SQLite file aside first.

        Returns the path of that copy, if one was made.
        """
        from alembic import command

        current = self.current_revision()
        if current == SCHEMA_HEAD:
            return None
        copy = None
        path = _sqlite_path(str(self.engine.url))
        if path is not None and path.exists() and current is not None:
            copy = sqlite_copy(path, tag=f"before-{SCHEMA_HEAD}-from-{current}")
        elif path is not None and path.exists() and current is None and _has_tables(self.engine):
            copy = sqlite_copy(path, tag="before-first-migration")
        try:
            with self.engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
        except (OperationalError, SADatabaseError) as exc:
            raise DatabaseError(
                "database.migration_failed", url=self.url, backup=str(copy or ""), reason=str(exc)
            ) from exc
        log.info("database %s upgraded from %s to %s", self.url, current, SCHEMA_HEAD)
        return copy

    def dispose(self) -> None:
        """Close the pooled connections (the engine stays ready for the next opening)."""
        self.engine.dispose()


def _foreign_sqlite(path: Path) -> bool:
    """Whether ``path`` is a SQLite file of another program (tables, none of them
    coopdesk's revision table), read without writing anything to it."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        return False  # not SQLite at all: opening it says so
    return bool(names) and "alembic_version" not in names


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def sqlite_copy(path: Path, tag: str, dest: Path | None = None) -> Path:
    """A consistent copy of a SQLite file (WAL included), through SQLite's backup API."""
    if dest is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        dest = paths.backup_dir() / f"{path.stem}-{stamp}-{tag}.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and create or migrate, unless ``upgrade`` is false) the database at ``url``."""
    url = resolve_url(url)
    try:
        path = _sqlite_path(url)
    except ArgumentError:  # not a URL: make_engine says so in words
        path = None
    if path is not None and _foreign_sqlite(path):
        raise DatabaseError("database.not_coopdesk", url=url)
    db = Database(make_engine(url))
    try:
        current = db.current_revision()
    except (OperationalError, SADatabaseError) as exc:
        db.dispose()
        raise DatabaseError("database.unreachable", url=db.url, reason=_first_line(exc)) from exc
    if current is None and _has_tables(db.engine):
        # Tables, but none of coopdesk's history: another program's database. Migrating
        # would write coopdesk's tables among its own (and fail half-way on a name).
        db.dispose()
        raise DatabaseError("database.not_coopdesk", url=db.url)
    if current != SCHEMA_HEAD:
        if current is not None and not known_revision(current):
            db.dispose()
            raise DatabaseError("database.too_new", url=db.url, revision=current)
        if upgrade:
            db.upgrade()
        else:
            db.dispose()
            raise DatabaseError("database.behind", url=db.url, revision=current or "")
    return db


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


# What the drivers say when another writer holds the database, or the server is gone.
_BUSY = (
    "database is locked",
    "database is busy",
    "deadlock",
    "lock timeout",
    "could not obtain lock",
)
_GONE = ("server closed", "connection refused", "could not connect", "terminating connection")


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc)
    return text_.strip().splitlines()[0] if text_.strip() else type(exc).__name__


def copy_file(src: Path, dest: Path) -> None:
    shutil.copy2(src, dest)
