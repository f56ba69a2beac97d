"""Agenda items: exact instants in the zone where they happen, across clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from coopdesk.core.errors import StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, participants, venues
from coopdesk.core.timezones import to_local
from tests.factories import delegation, person


def _conference(db, start=date(2023, 10, 23), end=date(2023, 11, 10)):
    return delegation(
        db, kind="conference", title="Assises franco-québécoises", start_date=start, end_date=end
    )


@pytest.mark.parametrize(
    ("day", "utc_hour", "quebec_hour"),
    [
        # both on summer time: Paris UTC+2, Québec UTC-4
        (date(2023, 10, 23), 7, 3),
        # Paris has left summer time (29 Oct), Québec has not (5 Nov): UTC+1 / UTC-4
        (date(2023, 10, 31), 8, 4),
        # both on winter time: UTC+1 / UTC-5
        (date(2023, 11, 7), 8, 3),
    ],
)
def test_a_paris_morning_lands_at_the_right_hour_in_quebec_across_the_clock_changes(
    db, day, utc_hour, quebec_hour
):
    event = _conference(db)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Plénière d'ouverture",
        type="plenary",
        starts_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
        ends_at=datetime.combine(day, datetime.min.time()).replace(hour=10, minute=30),
    )
    assert item.timezone == "Europe/Paris"
    assert item.starts_at == datetime(day.year, day.month, day.day, utc_hour, tzinfo=UTC)
    assert to_local(item.starts_at, "America/Toronto").hour == quebec_hour
    stored = agenda.get_agenda_item(db, item.id)
    assert stored.starts_at == item.starts_at
    assert to_local(stored.starts_at, "Europe/Paris").hour == 9


def test_items_in_kendari_are_in_makassar_time_without_daylight_saving(db):
    event = delegation(
        db,
        kind="delegation_out",
        title="Mission eau et assainissement à Kendari",
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
        timezone="Asia/Makassar",
    )
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Visite de la station de traitement de Kendari",
        type="visit",
        starts_at=datetime(2025, 3, 5, 9, 0),
        ends_at=datetime(2025, 3, 5, 11, 30),
    )
    assert item.starts_at == datetime(2025, 3, 5, 1, 0, tzinfo=UTC)
    # the mayor's office in Paris: 02:00 (UTC+1 in March)
    assert to_local(item.starts_at, "Europe/Paris").strftime("%H:%M") == "02:00"


def test_the_item_takes_its_venue_zone_when_none_is_given(db):
    event = delegation(
        db,
        kind="delegation_out",
        title="Mission à Montréal",
        start_date=date(2024, 5, 13),
        end_date=date(2024, 5, 17),
        timezone="America/Toronto",
    )
    hall = venues.create_venue(
        db,
        name="Hôtel de ville de Montréal",
        address="275, rue Notre-Dame Est",
        city="Montréal",
        country="CA",
        timezone="America/Toronto",
        capacity=80,
    )
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Réception à l'hôtel de ville",
        type="ceremony",
        venue_id=hall.id,
        starts_at=datetime(2024, 5, 14, 18, 0),
        ends_at=datetime(2024, 5, 14, 20, 0),
    )
    assert item.timezone == "America/Toronto"
    assert item.venue == "Hôtel de ville de Montréal"
    assert item.starts_at == datetime(2024, 5, 14, 22, 0, tzinfo=UTC)


def test_an_aware_time_from_another_zone_is_converted_not_misread(db):
    event = _conference(db)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Visioconférence avec Québec",
        type="meeting",
        starts_at=datetime(2023, 10, 24, 10, 0, tzinfo=ZoneInfo("America/Toronto")),
        ends_at=datetime(2023, 10, 24, 11, 0, tzinfo=ZoneInfo("America/Toronto")),
    )
    assert to_local(item.starts_at, "Europe/Paris").hour == 16


def test_an_end_before_the_start_is_refused(db):
    event = _conference(db)
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Déjeuner",
            type="meal",
            starts_at=datetime(2023, 10, 23, 14),
            ends_at="2023-10-23T12:30",
        )
    assert err.value.code == "dates.end_before_start"
    assert agenda.list_agenda(db, event.id) == []


def test_an_item_outside_the_event_dates_is_refused(db):
    event = delegation(db)
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Visite du port",
            type="visit",
            starts_at=datetime(2023, 7, 5, 9),
            ends_at=datetime(2023, 7, 5, 11),
        )
    assert err.value.code == "agenda.outside_event"
    assert "sort des dates de l'événement" in describe(err.value, "fr")


def test_a_time_skipped_by_the_spring_clock_change_is_refused(db):
    event = delegation(db, start_date=date(2024, 3, 30), end_date=date(2024, 3, 31))
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Départ matinal",
            type="transfer",
            starts_at=datetime(2024, 3, 31, 2, 30),
            ends_at=datetime(2024, 3, 31, 4, 0),
        )
    assert err.value.code == "time.nonexistent"
    assert "n'existe pas" in describe(err.value, "fr")


def test_an_unknown_zone_and_a_bad_date_are_refused(db):
    event = delegation(db)
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Dîner",
            type="meal",
            timezone="Europe/Kiev2",
            starts_at=datetime(2023, 7, 3, 19),
            ends_at=datetime(2023, 7, 3, 21),
        )
    assert err.value.code == "timezone.unknown"
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Dîner",
            type="meal",
            starts_at="31/06/2023 19:00",
            ends_at=datetime(2023, 7, 3, 21),
        )
    assert err.value.code == "datetime.invalid"


def test_each_change_grows_the_sequence_and_cancelling_keeps_the_item(db):
    event = delegation(db)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner officiel",
        type="meal",
        starts_at=datetime(2023, 7, 3, 19, 30),
        ends_at=datetime(2023, 7, 3, 22),
    )
    assert item.sequence == 0
    moved = agenda.update_agenda_item(db, item.id, {"starts_at": datetime(2023, 7, 3, 20, 0)})
    assert moved.sequence == 1
    assert moved.uid == item.uid
    cancelled = agenda.cancel_agenda_item(db, item.id)
    assert cancelled.status == "cancelled"
    assert cancelled.sequence == 2
    assert [i.status for i in agenda.list_agenda(db, event.id)] == ["cancelled"]


def test_a_personal_agenda_holds_whole_event_items_and_the_persons_own(db):
    event = delegation(db)
    chair = participants.add_participant(db, event.id, person(db).id, role="head_of_delegation")
    interpreter = participants.add_participant(
        db,
        event.id,
        person(db, first_name="Sofiia", last_name="Moreau", native_name=None).id,
        role="interpreter",
    )
    agenda.create_agenda_item(
        db,
        event.id,
        title="Accueil à l'aéroport",
        type="transfer",
        starts_at=datetime(2023, 7, 2, 10, 35),
        ends_at=datetime(2023, 7, 2, 11, 30),
    )
    agenda.create_agenda_item(
        db,
        event.id,
        title="Entretien presse",
        type="meeting",
        starts_at=datetime(2023, 7, 2, 15),
        ends_at=datetime(2023, 7, 2, 16),
        attendee_ids=[chair.id],
    )
    assert [i.title for i in agenda.personal_agenda(db, chair.id)] == [
        "Accueil à l'aéroport",
        "Entretien presse",
    ]
    assert [i.title for i in agenda.personal_agenda(db, interpreter.id)] == ["Accueil à l'aéroport"]


def test_attendees_must_belong_to_the_event(db):
    event = delegation(db)
    other = delegation(db, title="Autre délégation")
    outsider = participants.add_participant(db, other.id, person(db).id)
    with pytest.raises(ValidationError) as err:
        agenda.create_agenda_item(
            db,
            event.id,
            title="Réunion",
            type="meeting",
            starts_at=datetime(2023, 7, 3, 9),
            ends_at=datetime(2023, 7, 3, 10),
            attendee_ids=[outsider.id],
        )
    assert err.value.code == "participation.not_in_event"


def test_moving_an_item_someone_else_just_moved_is_refused(db):
    event = delegation(db)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Déjeuner",
        type="meal",
        starts_at=datetime(2023, 7, 3, 12, 30),
        ends_at=datetime(2023, 7, 3, 14),
    )
    agenda.update_agenda_item(db, item.id, {"starts_at": datetime(2023, 7, 3, 12, 0)}, seen=item)
    with pytest.raises(StaleEditError):
        agenda.update_agenda_item(
            db, item.id, {"starts_at": datetime(2023, 7, 3, 13, 0)}, seen=item
        )
    assert to_local(agenda.get_agenda_item(db, item.id).starts_at, "Europe/Paris").hour == 12
