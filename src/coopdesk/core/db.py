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
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from coopdesk.core import paths
from coopdesk.core.errors import DatabaseError, StaleEditError, ValidationError

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
    # The driver's own transaction handling runs DDL outside any transaction (each
    # CREATE or ALTER committed on its own, so a kill half-way left a half-built schema)
    # and cannot nest savepoints: transactions are begun by coopdesk instead, below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # What is deleted is overwritten with zeros, not left in free pages of the file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


# Statements that only read: they run as they always did, each on its own, until the
# transaction writes. Anything else (INSERT, UPDATE, DELETE, CREATE, ALTER, DROP,
# SAVEPOINT…) opens the transaction first, so schema changes are part of it too.
_READS = ("SELECT", "PRAGMA", "EXPLAIN")


def _begin_before_writing(
    conn: Connection, cursor: Any, statement: str, *_args: Any, **_kwargs: Any
) -> None:
    if not conn.in_transaction():
        return
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or dbapi.in_transaction:
        return
    if statement.lstrip()[:7].upper().startswith(_READS):
        return
    cursor.execute("BEGIN")


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
        event.listen(engine, "before_cursor_execute", _begin_before_writing)
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
        self._atomic = threading.local()
        # Set by :func:`open_database`: the schema was created by this opening, and the
        # copy of the file taken before it was migrated.
        self.created = False
        self.upgrade_copy: Path | None = None

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
        shared: Connection | None = getattr(self._atomic, "conn", None)
        if shared is not None:  # inside atomic(): a savepoint of its one transaction
            with (
                self._unavailable(),
                self._session_factory()(
                    bind=shared, join_transaction_mode="create_savepoint"
                ) as session,
                session.begin(),
            ):
                yield session
            return
        with self._unavailable(), self._session_factory()() as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection for reading with Core selects (no ORM session), released when the
        block ends; nothing is committed through it."""
        shared: Connection | None = getattr(self._atomic, "conn", None)
        if shared is not None:
            yield shared
            return
        with self._unavailable(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction for a whole series of actions (loading the demo data): every
        session opened in the block by this thread joins it, and nothing is kept unless
        the block ends normally. A kill half-way leaves the database as it was."""
        if getattr(self._atomic, "conn", None) is not None:
            yield self._atomic.conn
            return
        with self._unavailable(), self.engine.connect() as conn, conn.begin():
            self._atomic.conn = conn
            try:
                yield conn
            finally:
                self._atomic.conn = None

    @contextmanager
    def _unavailable(self) -> Iterator[None]:
        """Say it in words when the database cannot serve: locked by another writer
        longer than the wait allows (SQLite), a deadlock or a lost server."""
        try:
            yield
        except IntegrityError as exc:  # a colleague deleted or added the same meanwhile
            raise ValidationError("record.conflict", None, reason=_first_line(exc)) from exc
        except OperationalError as exc:
            text = str(exc.orig or exc).lower()
            if any(word in text for word in ("locked", "busy", "deadlock", "lock timeout")):
                raise DatabaseError("database.busy", url=self.url) from exc
            raise DatabaseError(
                "database.unreachable", url=self.url, reason=_first_line(exc)
            ) from exc
        except SQLAlchemyError as exc:
            # The ORM's StaleDataError (named, so that reads need not load the ORM): a
            # colleague's write to the same row won the race.
            if type(exc).__name__ == "StaleDataError":
                raise StaleEditError("record.changed_meanwhile", None) from exc
            raise

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            row = conn.execute(_REVISION_QUERY).first()
            return row[0] if row else None

    def is_current(self) -> bool:
        return self.current_revision() == SCHEMA_HEAD

    def upgrade(self) -> Path | None:
        """Migrate to the latest schema, in one transaction; copy a SQLite file aside first.

        Creation from nothing and every migration are all-or-nothing: a failure, or the
        process killed half-way, leaves the database as it was before. Tables that
        coopdesk began to create without finishing (empty, with no revision recorded)
        are made again in the same transaction. Returns the path of the copy, if one was
        made; a failure names it.
        """
        from alembic import command

        current = self.current_revision()
        if current == SCHEMA_HEAD:
            return None
        copy = None
        path = _sqlite_path(str(self.engine.url))
        state = _unfinished_state(self.engine) if current is None else None
        if state == "foreign":
            raise DatabaseError("database.not_coopdesk", url=self.url)
        if state == "rows":
            raise DatabaseError("database.unfinished", url=self.url)
        unfinished = state == "empty"
        if path is not None and path.exists() and current is not None:
            copy = sqlite_copy(path, tag=f"before-{SCHEMA_HEAD}-from-{current}")
        elif path is not None and path.exists() and unfinished:
            copy = sqlite_copy(path, tag="before-first-migration")
        try:
            with self._unavailable(), self.engine.begin() as conn:
                if unfinished:
                    _drop_unfinished(conn)
                command.upgrade(alembic_config(conn), "head")
        except (OperationalError, SADatabaseError) as exc:
            if copy is None:
                raise DatabaseError(
                    "database.migration_failed_no_copy", url=self.url, reason=_first_line(exc)
                ) from exc
            raise DatabaseError(
                "database.migration_failed", url=self.url, backup=str(copy), reason=_first_line(exc)
            ) from exc
        except DatabaseError as error:
            if copy is not None:
                error.values = dict(error.values) | {"backup": str(copy)}
            raise
        log.info("database %s upgraded from %s to %s", self.url, current, SCHEMA_HEAD)
        self.created = current is None
        self.upgrade_copy = copy
        return copy

    def dispose(self) -> None:
        """Close the pooled connections (the engine stays ready for the next opening)."""
        self.engine.dispose()


def _foreign_sqlite(path: Path) -> bool:
    """Whether ``path`` is a SQLite file of another program (a table that is not one of
    coopdesk's, and no coopdesk revision table), read without writing anything to it."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master "
                    "WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                )
            ]
            if "alembic_version" in names:
                return False
            tables = {
                name: {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
                for name in names
            }
    except sqlite3.DatabaseError:
        return False  # not SQLite at all: opening it says so
    return bool(tables) and not _coopdesk_shaped(tables)


def _coopdesk_shaped(tables: dict[str, set[str]]) -> bool:
    """Whether every table is one coopdesk makes, with none but coopdesk's columns."""
    from coopdesk.core.model import Base

    for name, columns in tables.items():
        if name == "alembic_version":
            continue
        table = Base.metadata.tables.get(name)
        if table is None or not columns <= {c.name for c in table.columns}:
            return False
    return True


def _unfinished_state(engine: Engine) -> str | None:
    """What tables without a recorded revision are: ``None`` when there are none,
    ``"empty"`` when they are only coopdesk's and hold nothing (a creation that was
    stopped half-way), ``"rows"`` when coopdesk's tables hold rows, ``"foreign"`` when
    another program's tables are among them."""
    with engine.connect() as conn:
        inspector = inspect(conn)
        tables = {
            name: {c["name"] for c in inspector.get_columns(name)}
            for name in inspector.get_table_names()
        }
    if not tables:
        return None
    if not _coopdesk_shaped(tables):
        return "foreign"
    names = set(tables)
    with engine.connect() as conn:
        for name in names - {"alembic_version"}:
            if conn.execute(text(f'SELECT 1 FROM "{name}" LIMIT 1')).first() is not None:
                return "rows"
    return "empty"


def _drop_unfinished(conn: Connection) -> None:
    """Drop the empty tables of a creation stopped half-way (dependants first)."""
    from coopdesk.core.model import Base

    present = set(inspect(conn).get_table_names())
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in present:
            table.drop(conn)
    if "alembic_version" in present:
        conn.execute(text("DROP TABLE alembic_version"))


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
    if current is None:
        state = _unfinished_state(db.engine)
        if state == "foreign":
            # Tables, but not only coopdesk's and no revision: another program's
            # database. Migrating would write coopdesk's tables among its own.
            db.dispose()
            raise DatabaseError("database.not_coopdesk", url=db.url)
        if state == "rows":
            # coopdesk's own tables, holding rows, with no revision: nothing coopdesk
            # writes leaves that; say so rather than guess (or call it another program's).
            db.dispose()
            raise DatabaseError("database.unfinished", url=db.url)
        # "empty": coopdesk's creation was stopped half-way: upgrade() makes it again.
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
