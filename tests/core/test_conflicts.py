"""Conflicts: a person or a room booked twice, more people than seats."""

from __future__ import annotations

from datetime import date, datetime

from coopdesk.core.services import agenda, participants, venues
from coopdesk.core.services.conflicts import agenda_conflicts
from tests.factories import delegation, person


def _setup(db):
    event = delegation(db)
    interpreter = participants.add_participant(
        db,
        event.id,
        person(db, first_name="Sofiia", last_name="Moreau", native_name=None).id,
        role="interpreter",
    )
    chair = participants.add_participant(db, event.id, person(db).id, role="head_of_delegation")
    return event, interpreter, chair


def test_the_interpreter_booked_in_two_places_at_14_00_is_reported(db):
    event, interpreter, chair = _setup(db)
    session = agenda.create_agenda_item(
        db,
        event.id,
        title="Séance de travail avec les services",
        type="meeting",
        starts_at=datetime(2023, 7, 3, 14, 0),
        ends_at=datetime(2023, 7, 3, 16, 0),
        attendee_ids=[interpreter.id, chair.id],
    )
    visit = agenda.create_agenda_item(
        db,
        event.id,
        title="Visite du port de pêche",
        type="visit",
        starts_at=datetime(2023, 7, 3, 14, 0),
        ends_at=datetime(2023, 7, 3, 15, 0),
        attendee_ids=[interpreter.id],
    )
    found = agenda_conflicts(db, event.id)
    assert [(c.kind, c.people, set(c.item_ids)) for c in found] == [
        ("person_double_booked", ("Sofiia Moreau",), {session.id, visit.id})
    ]
    # the time the two items share: the visit's hour
    assert (found[0].starts_at, found[0].ends_at) == (visit.starts_at, visit.ends_at)
    # moving the visit to 16:00 (back to back, not overlapping) clears it
    agenda.update_agenda_item(
        db,
        visit.id,
        {"starts_at": datetime(2023, 7, 3, 16, 0), "ends_at": datetime(2023, 7, 3, 17, 0)},
    )
    assert agenda_conflicts(db, event.id) == []


def test_a_cancelled_item_no_longer_conflicts(db):
    event, _interpreter, _ = _setup(db)
    agenda.create_agenda_item(
        db,
        event.id,
        title="Déjeuner",
        type="meal",
        starts_at=datetime(2023, 7, 3, 12),
        ends_at=datetime(2023, 7, 3, 14),
    )
    dinner = agenda.create_agenda_item(
        db,
        event.id,
        title="Visite",
        type="visit",
        starts_at=datetime(2023, 7, 3, 13),
        ends_at=datetime(2023, 7, 3, 15),
    )
    assert {c.kind for c in agenda_conflicts(db, event.id)} == {"person_double_booked"}
    agenda.cancel_agenda_item(db, dinner.id)
    assert agenda_conflicts(db, event.id) == []


def test_a_room_used_twice_at_once_is_reported_even_across_events(db):
    event, _, _ = _setup(db)
    room = venues.create_venue(db, name="Salle du conseil", timezone="Europe/Paris", capacity=40)
    other = delegation(
        db, title="Délégation de Kishiwada", start_date=date(2023, 7, 3), end_date=date(2023, 7, 3)
    )
    mine = agenda.create_agenda_item(
        db,
        event.id,
        title="Séance de travail",
        type="meeting",
        venue_id=room.id,
        starts_at=datetime(2023, 7, 3, 9),
        ends_at=datetime(2023, 7, 3, 11),
        attendee_ids=[],
    )
    theirs = agenda.create_agenda_item(
        db,
        other.id,
        title="Accueil",
        type="ceremony",
        venue_id=room.id,
        starts_at=datetime(2023, 7, 3, 10, 30),
        ends_at=datetime(2023, 7, 3, 12),
    )
    found = agenda_conflicts(db, event.id)
    assert [(c.kind, c.venue, set(c.item_ids)) for c in found] == [
        ("venue_double_booked", "Salle du conseil", {mine.id, theirs.id})
    ]


def test_more_people_than_the_room_or_the_item_holds_is_reported(db):
    event, _, _ = _setup(db)
    for n in range(3):
        participants.add_participant(db, event.id, person(db, last_name=f"Invité{n}").id)
    small = venues.create_venue(db, name="Bureau du président", timezone="Europe/Paris", capacity=4)
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Entretien",
        type="meeting",
        venue_id=small.id,
        starts_at=datetime(2023, 7, 2, 15),
        ends_at=datetime(2023, 7, 2, 16),
        capacity=3,
    )
    found = {(c.kind, c.count, c.limit) for c in agenda_conflicts(db, event.id)}
    assert found == {("over_item_capacity", 5, 3), ("over_venue_capacity", 5, 4)}
    assert all(c.item_ids == (item.id,) for c in agenda_conflicts(db, event.id))


def test_declined_participants_do_not_count(db):
    event, _interpreter, chair = _setup(db)
    agenda.create_agenda_item(
        db,
        event.id,
        title="Entretien",
        type="meeting",
        starts_at=datetime(2023, 7, 2, 15),
        ends_at=datetime(2023, 7, 2, 16),
        capacity=1,
    )
    assert agenda_conflicts(db, event.id)[0].count == 2
    participants.update_participation(db, chair.id, {"status": "declined"})
    assert agenda_conflicts(db, event.id) == []


def test_one_double_booking_of_six_people_is_one_conflict_naming_them_all(db):
    """Six people at a session and a visit at the same time: one overlap, one line
    naming the six (by last name), not six lines; the room booked twice too is its own
    line; a third item overlapping only one of them is its own overlap."""
    event = delegation(db)
    names = [
        "Zoé Abadie",
        "Yann Lefèvre",
        "Olena Kovalenko",
        "Iryna Savchuk",
        "Ana Ruiz",
        "Ken Itō",
    ]
    ids = []
    for full in names:
        first, last = full.split()
        ids.append(
            participants.add_participant(
                db, event.id, person(db, first_name=first, last_name=last, native_name=None).id
            ).id
        )
    room = venues.create_venue(db, name="Salle du conseil", timezone="Europe/Paris")
    session = agenda.create_agenda_item(
        db,
        event.id,
        title="Séance de travail",
        type="meeting",
        venue_id=room.id,
        starts_at=datetime(2023, 7, 3, 14, 0),
        ends_at=datetime(2023, 7, 3, 16, 0),
        attendee_ids=ids,
    )
    visit = agenda.create_agenda_item(
        db,
        event.id,
        title="Visite du port",
        type="visit",
        venue_id=room.id,
        starts_at=datetime(2023, 7, 3, 15, 0),
        ends_at=datetime(2023, 7, 3, 17, 0),
        attendee_ids=ids,
    )
    interview = agenda.create_agenda_item(
        db,
        event.id,
        title="Entretien",
        type="meeting",
        starts_at=datetime(2023, 7, 3, 16, 30),
        ends_at=datetime(2023, 7, 3, 18, 0),
        attendee_ids=[ids[2]],
    )
    found = agenda_conflicts(db, event.id)
    people = [c for c in found if c.kind == "person_double_booked"]
    assert [(set(c.item_ids), c.people) for c in people] == [
        (
            {session.id, visit.id},
            (
                "Zoé Abadie",
                "Ken Itō",
                "Olena Kovalenko",
                "Yann Lefèvre",
                "Ana Ruiz",
                "Iryna Savchuk",
            ),
        ),
        ({visit.id, interview.id}, ("Olena Kovalenko",)),
    ]
    assert (people[0].starts_at, people[0].ends_at) == (visit.starts_at, session.ends_at)
    assert (people[1].starts_at, people[1].ends_at) == (interview.starts_at, visit.ends_at)
    rooms = [c for c in found if c.kind == "venue_double_booked"]
    assert [(set(c.item_ids), c.venue) for c in rooms] == [
        ({session.id, visit.id}, "Salle du conseil")
    ]
    assert len(found) == 3


def test_the_conflicts_command_prints_one_line_per_double_booking(db_url, capsys):
    from coopdesk.cli import main
    from coopdesk.core.db import open_database

    db = open_database(db_url)
    try:
        event = delegation(db)
        ids = [
            participants.add_participant(
                db, event.id, person(db, first_name=first, last_name=last, native_name=None).id
            ).id
            for first, last in (("Olena", "Kovalenko"), ("Iryna", "Savchuk"), ("Kenji", "Sato"))
        ]
        for title, hour in (("Séance de travail", 14), ("Visite du port", 15)):
            agenda.create_agenda_item(
                db,
                event.id,
                title=title,
                type="meeting",
                starts_at=datetime(2023, 7, 3, hour),
                ends_at=datetime(2023, 7, 3, hour + 2),
                attendee_ids=ids,
            )
    finally:
        db.dispose()
    assert main(["--database", db_url, "conflicts", "Apostolove"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert lines == [
        "Double réservation de 15:00 à 16:00 pour Olena Kovalenko, Kenji Sato et Iryna Savchuk"
        " : « Séance de travail » (03/07 14:00) / « Visite du port » (03/07 15:00)"
    ]
