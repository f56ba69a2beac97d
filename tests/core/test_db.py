"""Opening, migrating and protecting the database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from coopdesk.core import paths
from coopdesk.core.db import (
    SCHEMA_HEAD,
    alembic_config,
    normalise_url,
    open_database,
    resolve_url,
)
from coopdesk.core.errors import DatabaseError
from coopdesk.core.messages import describe
from coopdesk.core.model import Base
from tests.factories import delegation


def test_the_code_expects_the_head_of_the_shipped_migrations():
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD


def test_the_migrations_build_exactly_the_model(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # Only type details that the migrations store more plainly may differ (enums as text).
    assert [d for d in diff if d[0] not in ("modify_type",)] == []


def test_by_default_the_database_is_a_file_in_the_users_data_folder(_isolated_home):
    url = resolve_url(None)
    assert url == f"sqlite:///{paths.data_dir() / 'coopdesk.sqlite3'}"
    assert str(_isolated_home) in url


def test_the_environment_names_another_database(monkeypatch):
    monkeypatch.setenv("COOPDESK_DATABASE_URL", "postgres://u:p@db.example.org/coop")
    assert resolve_url(None) == "postgresql+psycopg://u:p@db.example.org/coop"
    assert resolve_url("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    assert normalise_url("postgresql://h/db") == "postgresql+psycopg://h/db"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_new_file_is_created_at_the_current_schema(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new' / 'office.sqlite3'}")
    try:
        assert db.current_revision() == SCHEMA_HEAD
        delegation(db)
    finally:
        db.dispose()
    # nothing to migrate: no copy was made
    assert list(paths.backup_dir().iterdir()) == []


def test_a_database_from_a_newer_coopdesk_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert err.value.code == "database.too_new"
    assert "version plus récente" in describe(err.value, "fr")


def test_an_unreachable_server_gives_a_readable_error():
    with pytest.raises(DatabaseError) as err:
        open_database("postgresql://nobody:secret@127.0.0.1:9/coopdesk?connect_timeout=2")
    assert err.value.code == "database.unreachable"
    message = describe(err.value, "fr")
    assert message.startswith("Impossible d'ouvrir la base de données")
    assert "secret" not in message


def test_a_bad_url_gives_a_readable_error():
    with pytest.raises(DatabaseError) as err:
        open_database("not a url at all")
    assert err.value.code == "database.bad_url"


def test_a_killed_process_loses_at_most_the_edit_in_progress(tmp_path):
    """Each action commits on its own: a failing action leaves earlier ones intact."""
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        delegation(db)
        with pytest.raises(RuntimeError), db.session() as session:
            from coopdesk.core.model import Event

            session.get(Event, 1).title = "Titre à moitié saisi"  # type: ignore[union-attr]
            raise RuntimeError("process killed")
    finally:
        db.dispose()
    again = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        from coopdesk.core.services import events

        assert [e.title for e in events.list_events(again)] == ["Délégation d'Apostolove"]
    finally:
        again.dispose()


def test_the_home_override_keeps_tests_out_of_the_real_home(_isolated_home):
    assert Path(paths.data_dir()).is_relative_to(_isolated_home)
    assert Path(paths.log_dir()).is_relative_to(_isolated_home)


def test_a_database_another_writer_keeps_busy_says_so(db):
    from sqlalchemy import text

    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.messages import describe

    other = db.engine.raw_connection()  # a colleague's import, holding a lock
    try:
        if db.is_sqlite:
            other.execute("BEGIN IMMEDIATE")
            wait = "PRAGMA busy_timeout = 50"
        else:
            other.cursor().execute("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")
            wait = "SET LOCAL lock_timeout = '50ms'"
        with pytest.raises(DatabaseError) as error, db.session() as session:
            session.execute(text(wait))
            session.execute(text("UPDATE alembic_version SET version_num = version_num"))
        assert error.value.code == "database.busy"
        assert describe(error.value, "fr").startswith("La base de données est occupée")
    finally:
        other.rollback()
        other.close()


def test_another_program_s_sqlite_file_is_refused_and_left_untouched(tmp_path):
    import hashlib

    from coopdesk.core.db import open_database
    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.messages import describe

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (id INTEGER, x TEXT)")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for _ in range(2):
        with pytest.raises(DatabaseError) as error:
            open_database(f"sqlite:///{path}")
        assert error.value.code == "database.not_coopdesk"
    assert "n'est pas une base coopdesk" in describe(error.value, "fr")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["person"]


def test_a_plain_path_to_a_file_is_a_sqlite_database(tmp_path):
    from coopdesk.core.db import open_database

    path = tmp_path / "Mes documents" / "coopdesk.sqlite3"
    path.parent.mkdir()
    db = open_database(str(path))
    try:
        assert db.is_sqlite and db.is_current()
    finally:
        db.dispose()
    assert path.is_file()


def _half_created(path):
    """What an older coopdesk killed during creation left: some of coopdesk's tables,
    each complete, and no revision recorded yet."""
    from alembic import command
    from sqlalchemy import create_engine

    from coopdesk.core.db import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
        for name in ("agenda_attendee", "agenda_item", "participation", "event"):
            conn.execute(f"DROP TABLE {name}")


def test_a_database_coopdesk_began_to_create_is_finished_not_called_another_program_s(
    tmp_path,
):
    from coopdesk.core.db import SCHEMA_HEAD, open_database
    from coopdesk.core.services import events

    path = tmp_path / "half.sqlite3"
    _half_created(path)
    db = open_database(f"sqlite:///{path}")
    try:
        assert db.current_revision() == SCHEMA_HEAD
        assert db.created
        assert events.list_events(db) == []
    finally:
        db.dispose()


def test_coopdesk_tables_holding_rows_without_a_revision_are_left_untouched(tmp_path):
    from coopdesk.core.db import open_database
    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.messages import describe

    path = tmp_path / "half.sqlite3"
    _half_created(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, kind, version) VALUES (1, 'Ville', 'other', 1)"
        )

    def content() -> list[str]:
        with sqlite3.connect(path) as conn:
            return list(conn.iterdump())

    before = content()
    with pytest.raises(DatabaseError) as error:
        open_database(f"sqlite:///{path}")
    assert error.value.code == "database.unfinished"
    assert "coopdesk n'y a pas touché" in describe(error.value, "fr")
    assert "another program" not in describe(error.value, "en")
    assert content() == before


def test_schema_statements_are_part_of_the_transaction(sqlite_db):
    """SQLite's driver used to run CREATE and ALTER outside any transaction."""
    from sqlalchemy import inspect, text

    with pytest.raises(RuntimeError), sqlite_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch (id INTEGER)"))
        conn.execute(text("INSERT INTO scratch VALUES (1)"))
        raise RuntimeError("killed")
    with sqlite_db.engine.connect() as conn:
        assert not inspect(conn).has_table("scratch")


def test_upgrading_another_program_s_database_by_command_leaves_it_untouched(tmp_path):
    from coopdesk.cli import main

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE person (id INTEGER, x TEXT)")
        conn.execute("INSERT INTO person VALUES (1, 'a')")
    assert main(["--database", f"sqlite:///{path}", "db", "upgrade"]) == 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM person").fetchall() == [(1, "a")]
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert names == ["person"]
