"""Every migration, run on a database filled with data, keeps that data."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.core import paths
from coopdesk.core.db import SCHEMA_HEAD, alembic_config, open_database
from coopdesk.core.model import name_sort_key
from coopdesk.core.services import events, participants
from coopdesk.core.services.history import history


def _fill_at_0001(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (id, name, kind, country, version) VALUES "
                "(1, 'Ville de Kishiwada', 'foreign_authority', 'JP', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO person (id, first_name, last_name, native_name, languages, version) "
                "VALUES (1, 'Hanako', 'Yamada', '山田 花子', 'ja,en', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO event (id, kind, title, partner_id, start_date, end_date, status, "
                "timezone, languages, version) VALUES (1, 'delegation_in', "
                "'Délégation de Kishiwada', 1, '2024-12-09', '2024-12-12', 'confirmed', "
                "'Europe/Paris', 'fr,ja', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO participation (id, uid, event_id, person_id, role, category, status, "
                "version) VALUES (1, 'u-1', 1, 1, 'head_of_delegation', 'delegate', 'confirmed', 1)"
            )
        )
    engine.dispose()


def test_upgrading_a_filled_database_keeps_everything(db_url):
    if not db_url.startswith("sqlite"):
        # PostgreSQL test databases come from a template already at head: empty it.
        engine = create_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    _fill_at_0001(db_url)
    db = open_database(db_url)
    try:
        assert db.current_revision() == SCHEMA_HEAD
        event = events.find_event(db, "Kishiwada")
        assert event.partner == "Ville de Kishiwada"
        rows = participants.list_participants(db, event.id)
        assert [(p.native_name, p.role) for p in rows] == [("山田 花子", "head_of_delegation")]
        # 0003 computed the sort key of the people already there
        with db.engine.connect() as conn:
            key = conn.execute(text("SELECT sort_key FROM person WHERE id = 1")).scalar()
        assert key == name_sort_key("Yamada", "Hanako")
        # the new change log works on the upgraded database
        participants.update_participation(db, rows[0].id, {"hotel": "Hôtel Mercure"})
        assert history(db, event_id=event.id)[0].changes == {"hotel": [None, "Hôtel Mercure"]}
    finally:
        db.dispose()
    if db_url.startswith("sqlite"):
        copies = list(paths.backup_dir().iterdir())
        assert len(copies) == 1 and "from-0001" in copies[0].name


def test_the_migrations_go_down_and_up_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'updown.sqlite3'}"
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    db = open_database(url)
    assert db.current_revision() == SCHEMA_HEAD
    db.dispose()


def test_0004_keeps_the_travel_and_says_every_time_is_known(db_url):
    """A filled database at 0003: its legs keep their times, marked as known, and the
    rows that refer to a participation (agenda attendees) are still there."""
    if not db_url.startswith("sqlite"):
        engine = create_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    _fill_at_0001(db_url)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE participation SET arrival_at = '2024-12-09 09:35:00', "
                "arrival_timezone = 'Europe/Paris', departure_at = '2024-12-12 16:00:00'"
            )
        )
        conn.execute(
            text(
                "INSERT INTO agenda_item (id, uid, event_id, title, type, status, starts_at, "
                "ends_at, timezone, all_participants, sequence, version) VALUES (1, 'a-1', 1, "
                "'Dîner officiel', 'meal', 'planned', '2024-12-10 18:00:00', "
                "'2024-12-10 21:00:00', 'Europe/Paris', false, 0, 1)"
            )
        )
        conn.execute(
            text("INSERT INTO agenda_attendee (agenda_item_id, participation_id) VALUES (1, 1)")
        )
    engine.dispose()
    db = open_database(db_url)
    try:
        assert db.current_revision() == SCHEMA_HEAD
        event = events.find_event(db, "Kishiwada")
        (row,) = participants.list_participants(db, event.id)
        assert row.arrival_at is not None and row.arrival_at.hour == 9
        assert (row.arrival_time_known, row.departure_time_known) == (True, True)
        with db.engine.connect() as conn:
            attendees = conn.execute(text("SELECT count(*) FROM agenda_attendee")).scalar()
        assert attendees == 1
        saved = participants.update_participation(
            db, row.id, {"departure_at": "2024-12-12", "departure_time_known": False}
        )
        assert saved.departure_time_known is False
    finally:
        db.dispose()


def _revision_and_columns(path, table: str) -> tuple[str | None, set[str]]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    return (revision[0] if revision else None), columns


def test_a_failed_upgrade_leaves_the_database_as_it_was_and_names_the_copy(tmp_path):
    import sqlite3

    import pytest

    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.messages import describe

    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    _fill_at_0001(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    # The disk fills up as 0004 records its revision, after its columns were added.
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TRIGGER full_disk BEFORE UPDATE ON alembic_version "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(DatabaseError) as error:
        open_database(url)
    assert error.value.code == "database.migration_failed"
    copy = error.value.values["backup"]
    message = describe(error.value, "fr")
    assert "restée telle qu'elle était" in message and copy in message
    # nothing of 0004 was kept: no half-added column, the revision is still 0003
    assert _revision_and_columns(path, "participation") == _revision_and_columns(
        copy, "participation"
    )
    revision, columns = _revision_and_columns(path, "participation")
    assert revision == "0003" and "arrival_time_known" not in columns
    # the disk freed, the next opening upgrades it and keeps the guest
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER full_disk")
    db = open_database(url)
    try:
        assert db.current_revision() == SCHEMA_HEAD
        event = events.find_event(db, "Kishiwada")
        assert [p.native_name for p in participants.list_participants(db, event.id)] == [
            "山田 花子"
        ]
    finally:
        db.dispose()


def test_an_upgrade_an_older_coopdesk_left_half_done_is_finished(tmp_path):
    """Older versions committed each schema statement on its own: a kill could leave
    0002's table or one of 0004's columns without the revision that adds them."""
    import sqlite3

    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    _fill_at_0001(url)
    with sqlite3.connect(path) as conn:  # 0002 half done: the table, no index, no revision
        conn.execute(
            "CREATE TABLE change_log (id INTEGER NOT NULL PRIMARY KEY, at DATETIME NOT NULL, "
            '"user" VARCHAR(100) NOT NULL, entity VARCHAR(50) NOT NULL, entity_id INTEGER, '
            "event_id INTEGER, action VARCHAR(20) NOT NULL, changes TEXT NOT NULL, "
            "summary VARCHAR(300) NOT NULL)"
        )
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    with sqlite3.connect(path) as conn:  # 0004 half done: one of its two columns
        conn.execute(
            "ALTER TABLE participation ADD COLUMN arrival_time_known BOOLEAN NOT NULL DEFAULT 1"
        )
    db = open_database(url)
    try:
        assert db.current_revision() == SCHEMA_HEAD
        event = events.find_event(db, "Kishiwada")
        rows = participants.list_participants(db, event.id)
        participants.update_participation(db, rows[0].id, {"hotel": "Hôtel Mercure"})
        assert history(db, event_id=event.id)[0].changes == {"hotel": [None, "Hôtel Mercure"]}
    finally:
        db.dispose()
    with sqlite3.connect(path) as conn:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(change_log)")}
    assert {"ix_change_log_at", "ix_change_log_event_id"} <= indexes
