"""Undo and redo in the core: every kind of action comes back with the same ids, uids,
links and versions, on SQLite and PostgreSQL, and never over a colleague's change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.model import Participation, agenda_attendee, partnership_cofunder
from coopdesk.core.services import (
    agenda,
    events,
    organisations,
    participants,
    partnerships,
    people,
)
from coopdesk.core.services.clashes import Clash, Resolution, resolving
from coopdesk.core.services.operations import Operation, record, redo, undo
from coopdesk.core.services.participants import NewParticipant
from tests.factories import delegation, partner, person


def _attendance(db: Database) -> set[tuple[int, int]]:
    with db.session() as session:
        return {
            (r.agenda_item_id, r.participation_id) for r in session.execute(select(agenda_attendee))
        }


def _log(db: Database, entity: str, entity_id: int) -> list[str]:
    with db.session() as session:
        return [
            c.action for c in reversed(audit.history(session, entity=entity, entity_id=entity_id))
        ]


def _visit(db: Database, event_id: int, attendees: list[int], **values: Any) -> Any:
    return agenda.create_agenda_item(
        db,
        event_id,
        title=values.pop("title", "Visite du port"),
        type="visit",
        starts_at=datetime(2023, 7, 3, 10),
        ends_at=datetime(2023, 7, 3, 12),
        attendee_ids=attendees,
        **values,
    )


@pytest.fixture
def scene(db: Database) -> dict[str, Any]:
    """An event with two participants, one of them in a visit."""
    event = delegation(db)
    olena = person(db)
    ivan = person(db, first_name="Ivan", last_name="Petrenko", native_name="Іван Петренко")
    first = participants.add_participant(db, event.id, olena.id, role="head_of_delegation")
    second = participants.add_participant(db, event.id, ivan.id)
    visit = _visit(db, event.id, [first.id])
    return {
        "event": event,
        "olena": olena,
        "ivan": ivan,
        "first": first,
        "second": second,
        "visit": visit,
    }


def test_removing_a_participant_undoes_with_the_same_id_uid_and_attendance(db, scene):  # type: ignore[no-untyped-def]
    first, visit = scene["first"], scene["visit"]
    done = record(lambda: participants.remove_participants(db, [first.id], [first]))
    assert (visit.id, first.id) not in _attendance(db)
    with pytest.raises(NotFoundError):
        participants.get_participant(db, first.id)

    undone = undo(db, done)
    back = participants.get_participant(db, first.id)
    assert (back.id, back.uid, back.version, back.role) == (
        first.id,
        first.uid,
        first.version,
        first.role,
    )
    assert (visit.id, first.id) in _attendance(db)
    assert agenda.get_agenda_item(db, visit.id).attendee_ids == (first.id,)
    assert _log(db, "participation", first.id) == ["create", "delete", "create"]

    redo(db, undone)
    with pytest.raises(NotFoundError):
        participants.get_participant(db, first.id)
    assert (visit.id, first.id) not in _attendance(db)
    assert _log(db, "participation", first.id)[-1] == "delete"


def test_removing_several_participants_is_one_operation(db, scene):  # type: ignore[no-untyped-def]
    first, second = scene["first"], scene["second"]
    done = record(lambda: participants.remove_participants(db, [first.id, second.id]))
    assert sorted(done.ids("participation")) == [first.id, second.id]
    assert participants.list_participants(db, scene["event"].id) == []
    undo(db, done)
    again = participants.list_participants(db, scene["event"].id)
    assert sorted((p.id, p.uid) for p in again) == sorted(
        [(first.id, first.uid), (second.id, second.uid)]
    )


def test_deleting_an_agenda_item_undoes_with_the_same_uid(db, scene):  # type: ignore[no-untyped-def]
    visit = scene["visit"]
    done = record(lambda: agenda.delete_agenda_item(db, visit.id, seen=visit))
    assert agenda.list_agenda(db, scene["event"].id) == []
    undone = undo(db, done)
    back = agenda.get_agenda_item(db, visit.id)
    assert (back.uid, back.attendee_ids, back.title) == (visit.uid, visit.attendee_ids, visit.title)
    redo(db, undone)
    assert agenda.list_agenda(db, scene["event"].id) == []
    assert _log(db, "agenda_item", visit.id) == ["create", "delete", "create", "delete"]


def test_creating_and_moving_an_agenda_item_undo_and_redo(db, scene):  # type: ignore[no-untyped-def]
    event = scene["event"]
    made = record(lambda: _visit(db, event.id, [scene["second"].id], title="Dîner"))
    item = made.result
    moved = record(
        lambda: agenda.update_agenda_item(
            db,
            item.id,
            {"starts_at": datetime(2023, 7, 3, 19), "ends_at": datetime(2023, 7, 3, 21)},
            seen=item,
        )
    )
    undone_move = undo(db, moved)
    back = agenda.get_agenda_item(db, item.id)
    assert (back.starts_at, back.ends_at) == (item.starts_at, item.ends_at)
    # Calendars only take a change with a higher sequence: it grows on undo too.
    assert back.sequence > moved.result.sequence > item.sequence
    assert back.version > moved.result.version
    redo(db, undone_move)
    assert agenda.get_agenda_item(db, item.id).starts_at == datetime(2023, 7, 3, 17, tzinfo=UTC)
    # Undo the creation (after the move was redone): the item goes, with its attendance.
    with pytest.raises(StaleEditError):  # moved since it was created: asks first
        undo(db, made)
    undo(db, made, Resolution().choose(_clashes(db, made), "mine"))
    assert [i.title for i in agenda.list_agenda(db, event.id)] == ["Visite du port"]


def _clashes(db: Database, op: Operation[Any]) -> list[Clash]:
    try:
        undo(db, op)
    except StaleEditError as error:
        return list(error.values["clashes"])
    raise AssertionError("no clash")


def test_new_event_add_participant_undo_twice_redo_twice(db):  # type: ignore[no-untyped-def]
    """The sequence that used to end on an error box and an empty event (PostgreSQL)."""
    created = record(
        lambda: events.create_event(
            db,
            kind="delegation_in",
            title="Délégation de Tateyama",
            start_date=date(2024, 5, 13),
            end_date=date(2024, 5, 15),
            timezone="Europe/Paris",
        )
    )
    event = created.result
    guest = person(db, first_name="Haruto", last_name="Sato", native_name="佐藤 陽翔")
    added = record(lambda: participants.add_participant(db, event.id, guest.id))
    undone_add = undo(db, added)
    undone_event = undo(db, created)
    with pytest.raises(NotFoundError):
        events.get_event(db, event.id)
    redo(db, undone_event)
    redo(db, undone_add)
    assert events.get_event(db, event.id).title == "Délégation de Tateyama"
    again = participants.list_participants(db, event.id)
    assert [(p.id, p.uid, p.person_id) for p in again] == [
        (added.result.id, added.result.uid, guest.id)
    ]


def test_deleting_an_event_undoes_with_its_participants_programme_and_attendance(db, scene):  # type: ignore[no-untyped-def]
    event, first, second, visit = scene["event"], scene["first"], scene["second"], scene["visit"]
    before = _attendance(db)
    done = record(lambda: events.delete_event(db, event.id))
    assert _attendance(db) == set()
    undo(db, done)
    assert events.get_event(db, event.id).version == event.version
    rows = participants.list_participants(db, event.id)
    assert {(p.id, p.uid) for p in rows} == {(first.id, first.uid), (second.id, second.uid)}
    assert agenda.get_agenda_item(db, visit.id).uid == visit.uid
    assert _attendance(db) == before


def test_editing_a_cell_undoes_and_redoes_with_growing_versions(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    done = record(
        lambda: participants.update_participation(db, second.id, {"status": "confirmed"}, second)
    )
    assert done.result.version == second.version + 1
    undone = undo(db, done)
    back = participants.get_participant(db, second.id)
    assert back.status.value == "invited"
    assert back.version == second.version + 2  # a new write, never an old version again
    redo(db, undone)
    assert participants.get_participant(db, second.id).status.value == "confirmed"
    with db.session() as session:
        history = audit.history(session, entity="participation", entity_id=second.id)
    statuses = [c.changes["status"] for c in reversed(history) if "status" in c.changes]
    assert statuses[-3:] == [
        ["invited", "confirmed"],
        ["confirmed", "invited"],
        ["invited", "confirmed"],
    ]


def test_a_bulk_change_is_one_operation_and_undoes_each_row(db, scene):  # type: ignore[no-untyped-def]
    first, second = scene["first"], scene["second"]
    participants.update_participation(db, first.id, {"category": "elected"})
    seen = [participants.get_participant(db, i) for i in (first.id, second.id)]
    done = record(
        lambda: participants.update_participations(
            db, [first.id, second.id], {"category": "press"}, seen
        )
    )
    assert len(done.rows) == 2
    undo(db, done)
    after = {p.id: p.category for p in participants.list_participants(db, scene["event"].id)}
    assert after == {first.id: "elected", second.id: "guest"}


def test_adding_imported_people_undoes_and_redoes_people_and_participants(db, scene):  # type: ignore[no-untyped-def]
    event = scene["event"]
    rows = [
        NewParticipant(person={"first_name": "Mykola", "last_name": "Bondarenko"}),
        NewParticipant(person={"first_name": "Anna", "last_name": "Shevchenko"}),
    ]
    done = record(lambda: participants.add_participants(db, event.id, rows))
    ids = done.result
    person_ids = done.ids("person")
    assert len(ids) == 2 and len(person_ids) == 2
    undone = undo(db, done)
    assert {p.id for p in participants.list_participants(db, event.id)} == {
        scene["first"].id,
        scene["second"].id,
    }
    with pytest.raises(NotFoundError):
        people.get_person(db, person_ids[0])
    redo(db, undone)
    names = {p.id: p.last_name for p in participants.list_participants(db, event.id)}
    assert names[ids[0]] == "Bondarenko" and names[ids[1]] == "Shevchenko"


def test_protocol_order_and_travel_undo(db, scene):  # type: ignore[no-untyped-def]
    event, first, second = scene["event"], scene["first"], scene["second"]
    order = record(lambda: participants.set_protocol_order(db, event.id, [second.id, first.id]))
    assert [p.id for p in participants.list_participants(db, event.id)] == [second.id, first.id]
    undo(db, order)
    assert [p.id for p in participants.list_participants(db, event.id)] == [first.id, second.id]
    travel = record(
        lambda: participants.update_participation(
            db,
            first.id,
            {
                "arrival_at": datetime(2023, 7, 2, 14, 35),
                "arrival_number": "AF1035",
                "hotel": "Novotel",
            },
            first,
        )
    )
    undo(db, travel)
    back = participants.get_participant(db, first.id)
    assert (back.arrival_at, back.arrival_number, back.hotel) == (None, None, None)


def test_people_organisations_and_partnerships_undo(db, scene):  # type: ignore[no-untyped-def]
    town = partner(db)
    cofunder = partner(db, name="Région Nouvelle-Aquitaine", kind="french_authority", country="FR")
    olena = scene["olena"]
    people.update_person(db, olena.id, {"organisation_id": town.id})
    made = record(
        lambda: partnerships.create_partnership(
            db,
            partner_id=town.id,
            kind="twinning",
            since=date(1999, 5, 1),
            cofunder_ids=[cofunder.id],
        )
    )
    link = record(
        lambda: partnerships.add_agreement(
            db, made.result.id, title="Convention culturelle", forecast_amount=Decimal("12000")
        )
    )
    # Deleting the partner town takes its partnership, agreement and links, and
    # unlinks its people: undo puts everything back as it was.
    gone = record(lambda: organisations.delete_organisation(db, town.id))
    assert people.get_person(db, olena.id).organisation_id is None
    undo(db, gone)
    assert people.get_person(db, olena.id).organisation_id == town.id
    [back] = partnerships.list_partnerships(db, town.id)
    assert back.id == made.result.id
    assert [a.title for a in back.agreements] == ["Convention culturelle"]
    with db.session() as session:
        assert session.execute(select(partnership_cofunder)).all() == [(back.id, cofunder.id)]
    undo(db, link)
    assert partnerships.list_partnerships(db, town.id)[0].agreements == ()
    # A person deleted with their participation and attendance comes back whole.
    removed = record(lambda: people.delete_person(db, olena.id))
    assert participants.list_participants(db, scene["event"].id)[0].id == scene["second"].id
    undo(db, removed)
    assert (scene["visit"].id, scene["first"].id) in _attendance(db)
    assert people.get_person(db, olena.id).organisation_id == town.id


def test_undo_never_overwrites_a_colleagues_change(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    mine = record(
        lambda: participants.update_participation(
            db, second.id, {"status": "confirmed", "hotel": "Ibis"}, second
        )
    )
    # A colleague changes the hotel again, and the room.
    participants.update_participation(db, second.id, {"hotel": "Mercure", "room": "12"})
    with pytest.raises(StaleEditError) as raised:
        undo(db, mine)
    [clash] = raised.value.values["clashes"]
    assert (clash.field, clash.theirs, clash.mine) == ("hotel", "Mercure", None)
    assert "hôtel" in describe(raised.value, "fr")
    now = participants.get_participant(db, second.id)
    assert (now.status.value, now.hotel) == ("confirmed", "Mercure")  # nothing written
    # Keeping theirs undoes the rest (the status) and leaves their hotel and room.
    undo(db, mine, Resolution().choose([clash], "theirs"))
    now = participants.get_participant(db, second.id)
    assert (now.status.value, now.hotel, now.room) == ("invited", "Mercure", "12")


def test_undo_over_a_colleagues_change_keeps_mine_when_chosen(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    mine = record(
        lambda: participants.update_participation(db, second.id, {"hotel": "Ibis"}, second)
    )
    participants.update_participation(db, second.id, {"hotel": "Mercure"})
    clashes = _clashes(db, mine)
    undo(db, mine, Resolution().choose(clashes, "mine"))
    assert participants.get_participant(db, second.id).hotel is None


def test_undo_of_a_record_a_colleague_deleted_says_so(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    mine = record(
        lambda: participants.update_participation(db, second.id, {"hotel": "Ibis"}, second)
    )
    participants.remove_participant(db, second.id)
    with pytest.raises(NotFoundError) as raised:
        undo(db, mine)
    assert describe(raised.value, "fr").startswith("Impossible d'annuler")


def test_a_removed_participant_a_colleague_added_again_is_not_doubled(db, scene):  # type: ignore[no-untyped-def]
    event, second, ivan = scene["event"], scene["second"], scene["ivan"]
    done = record(lambda: participants.remove_participant(db, second.id))
    participants.add_participant(db, event.id, ivan.id)  # a colleague adds him back
    with pytest.raises(Exception) as raised:
        undo(db, done)
    assert describe(raised.value, "fr").startswith("Impossible de rétablir")
    with db.session() as session:
        count = len(
            session.scalars(select(Participation).where(Participation.person_id == ivan.id)).all()
        )
    assert count == 1


def test_removing_a_participant_a_colleague_changed_asks_first(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    participants.update_participation(db, second.id, {"hotel": "Mercure"})
    with pytest.raises(StaleEditError) as raised:
        participants.remove_participants(db, [second.id], [second])
    [clash] = raised.value.values["clashes"]
    assert (clash.field, clash.theirs) == ("hotel", "Mercure")
    assert participants.get_participant(db, second.id).hotel == "Mercure"
    with resolving(Resolution().choose([clash], "theirs")):
        participants.remove_participants(db, [second.id], [second])
    assert participants.get_participant(db, second.id).hotel == "Mercure"  # kept
    with resolving(Resolution().choose([clash], "mine")):
        participants.remove_participants(db, [second.id], [second])
    with pytest.raises(NotFoundError):
        participants.get_participant(db, second.id)


def test_undoing_a_creation_never_takes_a_colleagues_records_with_it(db):  # type: ignore[no-untyped-def]
    created = record(lambda: delegation(db, title="Délégation de Kishiwada"))
    event = created.result
    # A colleague adds a participant to the new event.
    guest = participants.add_participant(db, event.id, person(db).id)
    with pytest.raises(ValidationError) as raised:
        undo(db, created)
    assert describe(raised.value, "fr").startswith("Impossible d'annuler : quelqu'un d'autre")
    assert participants.get_participant(db, guest.id).event_id == event.id
    assert events.get_event(db, event.id).title == "Délégation de Kishiwada"


def test_undoing_an_added_participant_keeps_a_colleagues_attendance(db, scene):  # type: ignore[no-untyped-def]
    event = scene["event"]
    added = record(
        lambda: participants.add_participant(
            db, event.id, person(db, first_name="Taras", last_name="Melnyk").id
        )
    )
    visit = scene["visit"]
    agenda.update_agenda_item(
        db, visit.id, {}, attendee_ids=[scene["first"].id, added.result.id]
    )  # a colleague puts the newcomer in the visit
    with pytest.raises(ValidationError):
        undo(db, added)
    assert (visit.id, added.result.id) in _attendance(db)


def test_an_agenda_dialog_leaves_a_colleagues_attendees_it_did_not_change(db, scene):  # type: ignore[no-untyped-def]
    visit, first, second = scene["visit"], scene["first"], scene["second"]
    # A colleague adds Ivan to the visit while the user renames it in the dialog,
    # which sends the attendees as it showed them.
    agenda.update_agenda_item(db, visit.id, {}, attendee_ids=[first.id, second.id])
    agenda.update_agenda_item(
        db, visit.id, {"title": "Visite du port autonome"}, seen=visit, attendee_ids=[first.id]
    )
    now = agenda.get_agenda_item(db, visit.id)
    assert (now.title, now.attendee_ids) == ("Visite du port autonome", (first.id, second.id))
    # Both changed the attendees, differently: both lists are shown, by name.
    with pytest.raises(StaleEditError) as raised:
        agenda.update_agenda_item(db, visit.id, {}, seen=visit, attendee_ids=[second.id])
    [clash] = raised.value.values["clashes"]
    assert (clash.theirs, clash.mine) == ("Ivan Petrenko, Olena Kovalenko", "Ivan Petrenko")
    assert "participants présents" in describe(raised.value, "fr")


def test_an_action_reading_before_it_writes_records_each_change_once(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]

    def action() -> Any:
        seen = participants.get_participant(db, second.id)  # its own transaction
        participants.update_participation(db, second.id, {"room": "12"}, seen)
        return participants.update_participation(db, second.id, {"hotel": "Ibis"}, seen)

    done = record(action)
    assert [(c.table, c.id) for c in done.rows] == [("participation", second.id)]
    undo(db, done)
    now = participants.get_participant(db, second.id)
    assert (now.room, now.hotel) == (None, None)


def test_person_partnership_and_agreement_edits_undo(db, scene):  # type: ignore[no-untyped-def]
    olena = scene["olena"]
    renamed = record(
        lambda: people.update_person(
            db, olena.id, {"function": "Maire", "passport_number": "FX123456"}, olena
        )
    )
    undo(db, renamed)
    back = people.get_person(db, olena.id)
    assert (back.function, back.passport_number) == (olena.function, None)
    with db.session() as session:
        [last] = audit.history(session, entity="person", entity_id=olena.id, limit=1)
    assert last.changes["passport_number"] == [audit.MASK, None]  # never in clear
    town = partner(db)
    region = partner(db, name="Région Nouvelle-Aquitaine", kind="french_authority", country="FR")
    agency = partner(db, name="Agence de l'eau", kind="french_authority", country="FR")
    ties = partnerships.create_partnership(
        db, partner_id=town.id, kind="twinning", cofunder_ids=[region.id]
    )
    with_agreement = partnerships.add_agreement(db, ties.id, title="Convention culturelle")
    [agreement] = with_agreement.agreements
    edited = record(
        lambda: partnerships.update_partnership(
            db, ties.id, {"themes": "eau, culture"}, with_agreement, cofunder_ids=[agency.id]
        )
    )
    amended = record(
        lambda: partnerships.update_agreement(db, agreement.id, {"title": "Convention eau"})
    )
    undo(db, amended)
    undo(db, edited)
    [back_ties] = partnerships.list_partnerships(db, town.id)
    assert back_ties.themes == ties.themes
    assert [a.title for a in back_ties.agreements] == ["Convention culturelle"]
    with db.session() as session:
        assert session.execute(select(partnership_cofunder)).all() == [(ties.id, region.id)]


def test_a_cell_edit_of_a_participant_a_colleague_removed_says_so(db, scene):  # type: ignore[no-untyped-def]
    second = scene["second"]
    participants.remove_participant(db, second.id)  # a colleague
    with pytest.raises(NotFoundError) as raised:
        record(lambda: participants.update_participation(db, second.id, {"hotel": "Ibis"}, second))
    assert "retirée de l'événement entre-temps" in describe(raised.value, "fr")
