"""Creating and editing events, with the mistakes people really make."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from coopdesk.core.errors import AmbiguousError, NotFoundError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, events
from tests.factories import delegation, partner


def test_an_incoming_delegation_is_created_with_its_partner(db):
    apostolove = partner(db)
    event = delegation(db, partner_id=apostolove.id, budget="12 500,50")
    assert event.partner == "Рада громади Апостолового"
    assert event.kind == "delegation_in"
    assert event.budget == Decimal("12500.50")
    assert event.languages == ("fr", "uk")
    assert events.get_event(db, event.id) == event


def test_an_end_before_the_start_is_refused_with_a_french_sentence(db):
    with pytest.raises(ValidationError) as err:
        delegation(db, start_date=date(2023, 7, 4), end_date=date(2023, 7, 2))
    assert err.value.code == "dates.end_before_start"
    assert err.value.field == "end_date"
    assert (
        describe(err.value, "fr") == "La fin (2 juillet 2023) est avant le début (4 juillet 2023)."
    )
    assert events.list_events(db) == []


@pytest.mark.parametrize("zone", ["Europe/Pariss", "Paris", "", "../etc/passwd", "UTC+2"])
def test_an_unknown_time_zone_is_refused(db, zone):
    with pytest.raises(ValidationError) as err:
        delegation(db, timezone=zone)
    assert err.value.code == "timezone.unknown"
    assert "Fuseau horaire inconnu" in describe(err.value, "fr")


def test_an_unknown_kind_or_status_is_refused(db):
    with pytest.raises(ValidationError) as err:
        delegation(db, kind="party")
    assert err.value.code == "field.invalid_choice"
    with pytest.raises(ValidationError):
        delegation(db, status="maybe")


def test_a_residency_keeps_its_artist_grant_and_deliverables(db):
    from tests.factories import person

    artist = person(db, first_name="Widlène", last_name="Jean-Baptiste", native_name=None)
    event = events.create_event(
        db,
        kind="residency",
        title="Résidence d'artiste haïtienne – Centre Intermondes",
        start_date="2025-09-22",
        end_date="2025-11-02",
        timezone="Europe/Paris",
        artist_id=artist.id,
        host_structure="Centre Intermondes",
        grant_amount="6000",
        grant_terms="50 % à l'arrivée, 50 % après l'exposition",
        deliverables="Ateliers scolaires, exposition finale",
    )
    assert event.artist_id == artist.id
    assert event.grant_amount == Decimal("6000.00")


def test_changing_dates_that_would_strand_agenda_items_is_refused(db):
    event = delegation(db)
    agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner officiel",
        type="meal",
        starts_at=datetime(2023, 7, 4, 19, 30),
        ends_at=datetime(2023, 7, 4, 22, 0),
    )
    with pytest.raises(ValidationError) as err:
        events.update_event(db, event.id, {"end_date": date(2023, 7, 3)})
    assert err.value.code == "event.items_outside_dates"
    assert events.get_event(db, event.id).end_date == date(2023, 7, 4)


def test_events_are_found_by_part_of_their_title_ignoring_case_and_accents(db):
    delegation(
        db,
        title="Assises franco-québécoises de la coopération décentralisée",
        kind="conference",
        start_date=date(2023, 10, 23),
        end_date=date(2023, 10, 24),
    )
    apostolove = delegation(db)
    assert events.find_event(db, "assises").title.startswith("Assises")
    assert events.find_event(db, "QUEBECOISES").title.startswith("Assises")
    assert events.find_event(db, str(apostolove.id)).id == apostolove.id
    with pytest.raises(NotFoundError):
        events.find_event(db, "Kishiwada")
    with pytest.raises(AmbiguousError) as err:
        events.find_event(db, "de")
    assert "Apostolove" in describe(err.value, "fr")


def test_events_are_filtered_by_kind_status_year_and_search(db):
    delegation(db)
    delegation(
        db,
        title="Mission à Kendari",
        kind="delegation_out",
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
        timezone="Asia/Makassar",
        status="draft",
    )
    assert [e.title for e in events.list_events(db)] == [
        "Mission à Kendari",
        "Délégation d'Apostolove",
    ]
    assert [e.title for e in events.list_events(db, kind="delegation_out")] == ["Mission à Kendari"]
    assert [e.title for e in events.list_events(db, year=2023)] == ["Délégation d'Apostolove"]
    assert [e.title for e in events.list_events(db, status="draft")] == ["Mission à Kendari"]
    assert [e.title for e in events.list_events(db, search="kend")] == ["Mission à Kendari"]


def test_deleting_an_event_removes_its_agenda_and_participants(db):
    from coopdesk.core.services import participants
    from tests.factories import person

    event = delegation(db)
    olena = person(db)
    participants.add_participant(db, event.id, olena.id, role="head_of_delegation")
    events.delete_event(db, event.id)
    with pytest.raises(NotFoundError):
        events.get_event(db, event.id)
    from coopdesk.core.services import people

    assert people.get_person(db, olena.id).last_name == "Kovalenko"
