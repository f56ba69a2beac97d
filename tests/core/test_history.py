"""Who changed what: the change log a team relies on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import make_url

from coopdesk.core.db import open_database
from coopdesk.core.services import agenda, participants, people
from coopdesk.core.services.history import history
from coopdesk.core.services.participants import NewParticipant
from tests.factories import delegation, person


def test_each_change_is_logged_with_who_and_what(db_url, monkeypatch):
    monkeypatch.setenv("COOPDESK_USER", "s.poitevin")
    db = open_database(db_url)
    try:
        event = delegation(db)
        part = participants.add_participant(db, event.id, person(db).id)
        participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
        item = agenda.create_agenda_item(
            db,
            event.id,
            title="Dîner officiel",
            type="meal",
            starts_at=datetime(2023, 7, 3, 19, 30),
            ends_at=datetime(2023, 7, 3, 22),
        )
        agenda.delete_agenda_item(db, item.id)
        log = history(db, event_id=event.id)
    finally:
        db.dispose()
    assert [(c.entity, c.action) for c in log] == [
        ("agenda_item", "delete"),
        ("agenda_item", "create"),
        ("participation", "update"),
        ("participation", "create"),
        ("event", "create"),
    ]
    # On SQLite the system login (or COOPDESK_USER); on a server, the server's own user:
    # what the program says does not count there.
    expected = "s.poitevin" if db_url.startswith("sqlite") else make_url(db_url).username
    assert {c.user for c in log} == {expected}
    assert log[2].changes == {"hotel": [None, "Hôtel de la Monnaie"]}


def test_sensitive_values_never_enter_the_log(db):
    olena = person(db, passport_number="FA123456", dietary_needs="Sans gluten")
    people.update_person(db, olena.id, {"passport_number": "FB999999", "function": "Maire"})
    entries = history(db, entity="person", entity_id=olena.id)
    text = repr(entries)
    assert "FA123456" not in text and "FB999999" not in text and "gluten" not in text
    assert entries[0].changes["passport_number"] == ["•••", "•••"]
    assert entries[0].changes["function"] == ["Chair of the community council", "Maire"]


def test_a_bulk_import_is_logged_once_with_its_count(db):
    event = delegation(db)
    participants.add_participants(
        db, event.id, [NewParticipant(person={"last_name": f"Nom{i}"}) for i in range(25)]
    )
    imports = [c for c in history(db, event_id=event.id) if c.action == "import"]
    assert len(imports) == 1
    assert imports[0].changes == {"count": [None, 25]}
