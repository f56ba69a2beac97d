"""Personal data kept only as long as needed."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.core.errors import NotFoundError
from coopdesk.core.services import participants, people, privacy
from tests.factories import delegation, person


def test_last_years_guests_lose_passports_and_diets_but_keep_their_names(db):
    old = delegation(db)
    upcoming = delegation(
        db,
        title="Délégation de Kishiwada",
        start_date=date(2024, 12, 9),
        end_date=date(2024, 12, 12),
    )
    past_guest = person(
        db,
        passport_number="FA123456",
        passport_expiry="2030-01-01",
        dietary_needs="Sans porc",
        birth_date="1970-02-03",
        nationality="UA",
    )
    returning = person(db, first_name="Taras", last_name="Melnyk", passport_number="FB654321")
    participants.add_participant(db, old.id, past_guest.id)
    participants.add_participant(db, old.id, returning.id)
    participants.add_participant(db, upcoming.id, returning.id)

    assert privacy.purge_sensitive(db, ended_before=date(2024, 2, 1)) == 1
    purged = people.get_person(db, past_guest.id)
    assert (
        purged.passport_number,
        purged.passport_expiry,
        purged.dietary_needs,
        purged.birth_date,
        purged.nationality,
    ) == (None, None, None, None, None)
    assert purged.last_name == "Kovalenko"
    assert people.get_person(db, returning.id).passport_number == "FB654321"


def test_a_person_can_be_exported_then_erased_on_request(db):
    event = delegation(db)
    olena = person(db, email="olena.k@example.org", dietary_needs="Végétarienne")
    participants.add_participant(db, event.id, olena.id, hotel="Hôtel de la Monnaie")
    data = privacy.export_person(db, olena.id)
    assert data["native_name"] == "Олена Коваленко"
    assert data["participations"][0]["hotel"] == "Hôtel de la Monnaie"
    assert data["participations"][0]["event"] == "Délégation d'Apostolove"
    privacy.erase_person(db, olena.id)
    with pytest.raises(NotFoundError):
        people.get_person(db, olena.id)
    assert participants.list_participants(db, event.id) == []


def test_an_erased_person_leaves_no_name_in_the_change_log(db):
    from coopdesk.core.services.history import history

    event = delegation(db)
    olena = person(db, email="olena.k@example.org")
    part = participants.add_participant(db, event.id, olena.id)
    participants.update_participation(db, part.id, {"hotel": "Hôtel de la Monnaie"})
    privacy.erase_person(db, olena.id)
    everything = repr(history(db))
    assert "Kovalenko" not in everything
    assert "olena.k@example.org" not in everything
    assert "Monnaie" not in everything
    assert [c.action for c in history(db, entity="person")] == ["erase"]
