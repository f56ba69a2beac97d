"""Migration 0005 on a filled database: the categories it always had become the
office's own table, agreements get a version, venues and people keep everything."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from coopdesk.core.db import SCHEMA_HEAD, alembic_config, open_database
from coopdesk.core.services import categories, participants, partnerships, people, venues
from coopdesk.core.services.categories import CategoryView
from tests.core.test_migrations import _fill_at_0001


def test_0005_seeds_the_categories_and_keeps_every_record(db_url):
    if not db_url.startswith("sqlite"):
        engine = create_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    _fill_at_0001(db_url)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO venue (id, name, address, timezone, version) VALUES "
                "(1, 'Conservatoire', '', 'Europe/Paris', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO partnership (id, partner_id, kind, themes, version) VALUES "
                "(1, 1, 'twinning', 'musique', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO agreement (id, partnership_id, title, purpose) VALUES "
                "(1, 1, 'Pacte d''amitié', '')"
            )
        )
    engine.dispose()
    db = open_database(db_url)
    try:
        assert db.current_revision() == SCHEMA_HEAD
        seeded = categories.categories_by_code(db)
        assert isinstance(seeded["delegate"], CategoryView)
        assert seeded["delegate"].label_fr == "Délégué"
        (row,) = participants.list_participants(db, 1)
        assert row.category == "delegate"
        (agreement,) = partnerships.list_partnerships(db)[0].agreements
        assert agreement.version == 1
        partnerships.update_agreement(db, 1, {"purpose": "Échanges"}, agreement)
        venue = venues.get_venue(db, 1)
        assert (venue.name, venue.notes) == ("Conservatoire", None)
        assert people.get_person(db, 1).nationality is None
    finally:
        db.dispose()
