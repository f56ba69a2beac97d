"""Merges, deletions and renames made from the editors are core operations: undo and
redo bring back the same ids, links and versions, on SQLite and PostgreSQL, log what
they did, and never overwrite what a colleague changed since."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.errors import NotFoundError, StaleEditError
from coopdesk.core.services import (
    agenda,
    categories,
    organisations,
    participants,
    partnerships,
    people,
    venues,
)
from coopdesk.core.services.clashes import Clash, Resolution, resolving
from coopdesk.core.services.operations import record, redo, undo
from coopdesk.core.services.partnership_removal import remove_partnership
from coopdesk.core.services.person_merge import merge_people
from tests.factories import delegation, partner, person


def _log(db: Database, entity: str, entity_id: int) -> list[str]:
    with db.session() as session:
        return [
            c.action for c in reversed(audit.history(session, entity=entity, entity_id=entity_id))
        ]


def _venue(db: Database, name: str, **values: Any) -> Any:
    data = {"address": "", "city": "Villeneuve", "timezone": "Europe/Paris"} | values
    return venues.create_venue(db, name=name, **data)


def _item(db: Database, event_id: int, venue_id: int | None, title: str, hour: int) -> Any:
    return agenda.create_agenda_item(
        db,
        event_id,
        title=title,
        type="meeting",
        starts_at=datetime(2023, 7, 3, hour),
        ends_at=datetime(2023, 7, 3, hour + 1),
        venue_id=venue_id,
    )


def _clashes(error: StaleEditError) -> list[Clash]:
    return list(error.values["clashes"])


# --- venues ---------------------------------------------------------------------------


def test_a_venue_merge_undone_and_redone_keeps_ids_uids_and_links(db: Database) -> None:
    event = delegation(db)
    good = _venue(db, "Hôtel de ville — salle des mariages", address="1 place de la Mairie")
    typo = _venue(db, "Hotel de ville", capacity=80, notes="Accès par la cour")
    dinner = _item(db, event.id, typo.id, "Dîner officiel", 19)
    visit = _item(db, event.id, typo.id, "Visite", 15)
    session = _item(db, event.id, good.id, "Séance de travail", 10)

    done = record(
        lambda: venues.merge_venues(db, good.id, typo.id, seen_keep=good, seen_other=typo)
    )
    assert done.result.item_ids == (dinner.id, visit.id)
    assert sorted(done.ids("agenda_item")) == [dinner.id, visit.id]
    assert {i.id: i.venue_id for i in agenda.list_agenda(db, event.id)} == {
        dinner.id: good.id,
        visit.id: good.id,
        session.id: good.id,
    }
    merged = venues.get_venue(db, good.id)
    assert (merged.capacity, merged.notes) == (80, "Accès par la cour")

    undone = undo(db, done)
    assert venues.get_venue(db, typo.id) == typo  # same id, same version, same fields
    kept = venues.get_venue(db, good.id)
    assert (kept.capacity, kept.notes, kept.address) == (None, None, "1 place de la Mairie")
    assert kept.version > merged.version  # a window holding the merged one sees the change
    for item in (dinner, visit):
        back = agenda.get_agenda_item(db, item.id)
        assert (back.venue_id, back.uid) == (typo.id, item.uid)
        assert back.sequence > item.sequence  # calendars take the place back
    assert agenda.get_agenda_item(db, session.id).venue_id == good.id
    assert _log(db, "venue", typo.id) == ["create", "delete", "create"]
    assert _log(db, "agenda_item", dinner.id)[-2:] == ["update", "update"]

    redo(db, undone)
    with pytest.raises(NotFoundError):
        venues.get_venue(db, typo.id)
    assert {i.venue_id for i in agenda.list_agenda(db, event.id)} == {good.id}
    assert venues.get_venue(db, good.id).capacity == 80
    assert _log(db, "venue", typo.id)[-1] == "delete"


def test_undoing_a_venue_merge_asks_before_overwriting_a_colleagues_change(db: Database) -> None:
    event = delegation(db)
    good = _venue(db, "Salle du conseil")
    typo = _venue(db, "Salle du Conseil", capacity=80)
    dinner = _item(db, event.id, typo.id, "Dîner officiel", 19)
    done = record(
        lambda: venues.merge_venues(db, good.id, typo.id, seen_keep=good, seen_other=typo)
    )
    merged = venues.get_venue(db, good.id)
    # A colleague corrects the capacity the merge filled in.
    venues.update_venue(db, good.id, {"capacity": 120}, merged)
    with pytest.raises(StaleEditError) as raised:
        undo(db, done)
    [clash] = _clashes(raised.value)
    assert (clash.entity, clash.field, clash.theirs, clash.mine) == ("venue", "capacity", 120, None)
    # Nothing was written: the merge still stands.
    with pytest.raises(NotFoundError):
        venues.get_venue(db, typo.id)
    # Keeping the colleague's capacity undoes the rest.
    undo(db, done, Resolution().choose([clash], "theirs"))
    assert venues.get_venue(db, good.id).capacity == 120
    assert venues.get_venue(db, typo.id).id == typo.id
    assert agenda.get_agenda_item(db, dinner.id).venue_id == typo.id


def test_a_venue_deleted_in_use_comes_back_with_its_items(db: Database) -> None:
    event = delegation(db)
    hall = _venue(db, "Hôtel de ville")
    welcome = _item(db, event.id, hall.id, "Accueil officiel", 9)
    done = record(lambda: venues.delete_venue(db, hall.id, seen=hall, detach=True))
    assert agenda.get_agenda_item(db, welcome.id).venue_id is None

    undone = undo(db, done)
    assert venues.get_venue(db, hall.id) == hall
    back = agenda.get_agenda_item(db, welcome.id)
    assert (back.venue_id, back.uid) == (hall.id, welcome.uid)
    assert _log(db, "venue", hall.id) == ["create", "delete", "create"]

    redo(db, undone)
    with pytest.raises(NotFoundError):
        venues.get_venue(db, hall.id)
    assert agenda.get_agenda_item(db, welcome.id).venue_id is None


def test_undoing_a_venue_deletion_does_not_take_back_an_item_a_colleague_moved(
    db: Database,
) -> None:
    event = delegation(db)
    hall = _venue(db, "Hôtel de ville")
    other = _venue(db, "Médiathèque")
    welcome = _item(db, event.id, hall.id, "Accueil officiel", 9)
    done = record(lambda: venues.delete_venue(db, hall.id, seen=hall, detach=True))
    # Meanwhile a colleague holds the welcome at the library.
    seen = agenda.get_agenda_item(db, welcome.id)
    agenda.update_agenda_item(db, welcome.id, {"venue_id": other.id}, seen=seen)
    with pytest.raises(StaleEditError) as raised:
        undo(db, done)
    [clash] = _clashes(raised.value)
    # Shown by name, as the user knows them, the deleted hall too.
    assert (clash.field, clash.theirs, clash.mine) == ("venue_id", "Médiathèque", "Hôtel de ville")
    with pytest.raises(NotFoundError):  # nothing written
        venues.get_venue(db, hall.id)
    undo(db, done, Resolution().choose([clash], "theirs"))
    assert venues.get_venue(db, hall.id).name == "Hôtel de ville"
    assert agenda.get_agenda_item(db, welcome.id).venue_id == other.id


def test_deleting_a_venue_a_colleague_changed_asks_and_keeping_theirs_keeps_it(
    db: Database,
) -> None:
    seen = _venue(db, "Hôtel de ville")
    venues.update_venue(db, seen.id, {"capacity": 50}, seen)
    with pytest.raises(StaleEditError) as raised:
        record(lambda: venues.delete_venue(db, seen.id, seen=seen))
    [clash] = _clashes(raised.value)
    with resolving(Resolution().choose([clash], "theirs")):
        done = record(lambda: venues.delete_venue(db, seen.id, seen=seen))
    assert done.empty and venues.get_venue(db, seen.id).capacity == 50
    with resolving(Resolution().choose([clash], "mine")):
        record(lambda: venues.delete_venue(db, seen.id, seen=seen))
    with pytest.raises(NotFoundError):
        venues.get_venue(db, seen.id)


# --- people -----------------------------------------------------------------------------


def test_a_person_merge_undone_and_redone_keeps_participations_and_attendance(
    db: Database,
) -> None:
    apostolove = delegation(db)
    kishiwada = delegation(db, title="Délégation de Kishiwada")
    kept = person(db, phone=None)
    other = person(db, first_name="Olena", last_name="KOVALENKO", phone="+380 50 123 45 67")
    mine = participants.add_participant(db, apostolove.id, kept.id, role="head_of_delegation")
    theirs = participants.add_participant(db, kishiwada.id, other.id)
    dinner = agenda.create_agenda_item(
        db,
        kishiwada.id,
        title="Dîner",
        type="meal",
        starts_at=datetime(2023, 7, 3, 19),
        ends_at=datetime(2023, 7, 3, 21),
        attendee_ids=[theirs.id],
    )

    done = record(lambda: merge_people(db, kept.id, other.id, seen_keep=kept, seen_other=other))
    moved = participants.get_participant(db, theirs.id)
    assert (moved.person_id, moved.uid) == (kept.id, theirs.uid)
    assert agenda.get_agenda_item(db, dinner.id).attendee_ids == (theirs.id,)
    merged = people.get_person(db, kept.id)
    assert merged.phone == "+380 50 123 45 67"

    undone = undo(db, done)
    assert people.get_person(db, other.id) == other
    back = participants.get_participant(db, theirs.id)
    assert (back.id, back.uid, back.person_id) == (theirs.id, theirs.uid, other.id)
    assert participants.get_participant(db, mine.id).person_id == kept.id
    assert agenda.get_agenda_item(db, dinner.id).attendee_ids == (theirs.id,)
    again = people.get_person(db, kept.id)
    assert again.phone is None and again.version > merged.version
    assert _log(db, "person", other.id) == ["create", "delete", "create"]
    assert _log(db, "participation", theirs.id)[-2:] == ["update", "update"]

    redo(db, undone)
    with pytest.raises(NotFoundError):
        people.get_person(db, other.id)
    assert participants.get_participant(db, theirs.id).person_id == kept.id
    assert agenda.get_agenda_item(db, dinner.id).attendee_ids == (theirs.id,)


def test_undoing_a_person_merge_asks_before_overwriting_a_colleagues_change(
    db: Database,
) -> None:
    kept = person(db, phone=None)
    other = person(db, first_name="Olena", last_name="Kovalenko", phone="+380 1")
    done = record(lambda: merge_people(db, kept.id, other.id, seen_keep=kept, seen_other=other))
    merged = people.get_person(db, kept.id)
    people.update_person(db, kept.id, {"phone": "+380 2"}, merged)
    with pytest.raises(StaleEditError) as raised:
        undo(db, done)
    [clash] = _clashes(raised.value)
    assert (clash.entity, clash.field, clash.theirs) == ("person", "phone", "+380 2")
    with pytest.raises(NotFoundError):
        people.get_person(db, other.id)
    undo(db, done, Resolution().choose([clash], "theirs"))
    assert people.get_person(db, kept.id).phone == "+380 2"
    assert people.get_person(db, other.id).phone == "+380 1"


# --- partnerships -----------------------------------------------------------------------


def test_a_partnership_deletion_undone_and_redone_keeps_agreements_and_cofunders(
    db: Database,
) -> None:
    apostolove = partner(db)
    afd = organisations.create_organisation(
        db, name="Agence française de développement", kind="funder", country="FR"
    )
    made = partnerships.create_partnership(
        db,
        partner_id=apostolove.id,
        kind="decentralised_cooperation",
        since=date(2022, 9, 1),
        themes="eau, jeunesse",
        cofunder_ids=[afd.id],
    )
    made = partnerships.add_agreement(
        db, made.id, title="Convention 2023-2025", purpose="Eau", forecast_amount="45 000"
    )
    done = record(lambda: remove_partnership(db, made.id, made))
    assert partnerships.list_partnerships(db) == []

    undone = undo(db, done)
    (back,) = partnerships.list_partnerships(db)
    assert back == made  # same id, agreement ids, co-funders and versions
    assert _log(db, "partnership", made.id)[-1] == "create"

    redone = redo(db, undone)
    assert partnerships.list_partnerships(db) == []
    undo(db, redone)  # and back once more
    assert partnerships.list_partnerships(db) == [made]


def test_redoing_a_partnership_deletion_asks_when_a_colleague_changed_it(db: Database) -> None:
    made = partnerships.create_partnership(
        db, partner_id=partner(db).id, kind="twinning", themes="culture"
    )
    done = record(lambda: remove_partnership(db, made.id, made))
    undone = undo(db, done)
    back = partnerships.list_partnerships(db)[0]
    partnerships.update_partnership(db, made.id, {"themes": "culture, sport"}, back)
    with pytest.raises(StaleEditError) as raised:
        redo(db, undone)
    [clash] = _clashes(raised.value)
    assert (clash.field, clash.theirs) == ("themes", "culture, sport")
    assert partnerships.list_partnerships(db)[0].themes == "culture, sport"
    redo(db, undone, Resolution().choose([clash], "theirs"))  # keep theirs: kept
    assert partnerships.list_partnerships(db)[0].themes == "culture, sport"


# --- categories -------------------------------------------------------------------------


def test_a_category_rename_undone_and_redone(db: Database) -> None:
    made = categories.create_category(db, label_fr="Entreprise", label_en="Business")
    done = record(
        lambda: categories.update_category(db, made.id, {"label_fr": "Entreprises"}, made)
    )
    renamed = next(c for c in categories.list_categories(db) if c.id == made.id)
    assert (renamed.label_fr, renamed.code) == ("Entreprises", made.code)
    undone = undo(db, done)
    back = next(c for c in categories.list_categories(db) if c.id == made.id)
    assert (back.code, back.label_fr, back.label_en) == (made.code, "Entreprise", "Business")
    assert back.version > made.version
    redo(db, undone)
    again = next(c for c in categories.list_categories(db) if c.id == made.id)
    assert again.label_fr == "Entreprises" and again.code == made.code
    assert _log(db, "badge_category", made.id) == ["create", "update", "update", "update"]


def test_undoing_a_category_rename_asks_when_a_colleague_renamed_it_again(db: Database) -> None:
    made = categories.create_category(db, label_fr="Entreprise")
    done = record(
        lambda: categories.update_category(db, made.id, {"label_fr": "Entreprises"}, made)
    )
    seen = next(c for c in categories.list_categories(db) if c.id == made.id)
    categories.update_category(db, made.id, {"label_fr": "Partenaire privé"}, seen)
    with pytest.raises(StaleEditError) as raised:
        undo(db, done)
    [clash] = _clashes(raised.value)
    assert (clash.field, clash.theirs, clash.mine) == ("label_fr", "Partenaire privé", "Entreprise")
    now = next(c for c in categories.list_categories(db) if c.id == made.id)
    assert now.label_fr == "Partenaire privé"


def test_a_deleted_category_comes_back_under_its_id_and_code(db: Database) -> None:
    made = categories.create_category(db, label_fr="Chauffeur", colour="#117733")
    done = record(lambda: categories.delete_category(db, made.id, made))
    assert made.id not in {c.id for c in categories.list_categories(db)}
    undo(db, done)
    assert next(c for c in categories.list_categories(db) if c.id == made.id) == made


def test_moving_and_retiring_a_category_undo_to_the_same_order(db: Database) -> None:
    made = categories.create_category(db, label_fr="Interprète")
    order = [c.id for c in categories.list_categories(db)]
    moved = record(lambda: categories.move_category(db, made.id, -3))
    assert [c.id for c in categories.list_categories(db)] != order
    undone = undo(db, moved)
    assert [c.id for c in categories.list_categories(db)] == order
    redo(db, undone)
    assert [c.id for c in categories.list_categories(db)].index(made.id) == len(order) - 4
    seen = next(c for c in categories.list_categories(db) if c.id == made.id)
    retired = record(lambda: categories.update_category(db, made.id, {"retired": True}, seen))
    assert made.id not in {c.id for c in categories.list_categories(db, include_retired=False)}
    undo(db, retired)
    assert made.id in {c.id for c in categories.list_categories(db, include_retired=False)}
