"""Reading the events list as the window opens: Core selects, no ORM, the same values."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from sqlalchemy import Enum, Numeric, String

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind
from coopdesk.core.model import Event, Organisation, Participation
from coopdesk.core.services import events, organisations, participants
from tests.factories import delegation, partner, person


def _type_signature(column: object) -> tuple[object, ...]:
    kind = column.type  # type: ignore[attr-defined]
    signature: tuple[object, ...] = (type(kind),)
    if isinstance(kind, String):
        signature += (kind.length,)
    if isinstance(kind, Numeric):
        signature += (kind.precision, kind.scale, kind.asdecimal)
    if isinstance(kind, Enum):
        signature += (
            kind.enum_class,
            kind.enums,
            kind.native_enum,
            kind.length,
            kind.validate_strings,
        )
    return signature


def test_the_tables_the_list_reads_are_those_of_the_model():
    for light, model in (
        (events.EVENT_TABLE, Event.__table__),
        (events.ORGANISATION_TABLE, Organisation.__table__),
        (events.PARTICIPATION_TABLE, Participation.__table__),
    ):
        assert light.name == model.name
        for column in light.columns:
            assert _type_signature(column) == _type_signature(model.c[column.name]), column.name
    # every column of an event is read: the view is built from them all
    assert set(events.EVENT_TABLE.c.keys()) == set(Event.__table__.c.keys())


def test_the_list_and_one_event_read_with_core_equal_the_views_the_orm_builds(db):
    apostolove = partner(db)
    made = [
        delegation(db, partner_id=apostolove.id, budget="12 500,50", notes="Visite du port"),
        delegation(db, title="Mission à Kendari", kind="delegation_out", status="draft"),
    ]
    participants.add_participant(db, made[0].id, person(db).id)
    made[0] = events.get_event(db, made[0].id)
    assert made[0].participant_count == 1
    listed = events.list_events(db)
    assert sorted(listed, key=lambda e: e.id) == sorted(made, key=lambda e: e.id)
    # the views the ORM builds (as after a change) are the same values
    for event in made:
        assert events.update_event(db, event.id, {}) == events.get_event(db, event.id)
    assert events.find_event(db, "kendari") == made[1]
    assert [e.title for e in events.list_events(db, partner_id=apostolove.id)] == [made[0].title]
    assert [e.title for e in events.list_events(db, search="apostol")] == [made[0].title]


def test_the_filters_choices_years_and_foreign_partners_by_name(db):
    for name in ("rada de Zhytomyr", "Ville de Kishiwada", "Apostolove"):
        partner(db, name=name)
    partner(db, name="Alliance française", kind="association")
    delegation(db, start_date=date(2024, 12, 30), end_date=date(2025, 1, 2))
    delegation(db, start_date=date(2023, 7, 2), end_date=date(2023, 7, 4))
    assert events.event_years(db) == [2024, 2023]
    foreign = organisations.list_organisations(db, kind=OrganisationKind.FOREIGN_AUTHORITY)
    assert events.partner_choices(db) == [(o.id, o.name) for o in foreign]
    assert [name for _, name in events.partner_choices(db)] == [
        "Apostolove",
        "rada de Zhytomyr",
        "Ville de Kishiwada",
    ]


def test_the_user_of_the_change_log_is_read_when_first_needed(db, monkeypatch):
    monkeypatch.setenv(audit.USER_ENV, "c.martin")
    late = Database(db.engine)
    assert late.user == "c.martin" == audit.current_user()
    assert Database(db.engine, user="j.dupont").user == "j.dupont"


def test_opening_a_database_and_listing_its_events_loads_neither_orm_nor_model(db, db_url):
    event = delegation(db, partner_id=partner(db).id)
    code = f"""
import sys
from coopdesk.core.db import open_database
from coopdesk.core.services import events
db = open_database({db_url!r})
assert [e.id for e in events.list_events(db)] == [{event.id}]
assert events.get_event(db, {event.id}).partner
assert events.event_years(db) and events.partner_choices(db)
loaded = sorted(m for m in ("sqlalchemy.orm", "coopdesk.core.model", "alembic") if m in sys.modules)
assert loaded == [], loaded
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
