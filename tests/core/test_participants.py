"""Participants: who comes, in protocol order, and how they travel and sleep."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coopdesk.core.errors import StaleEditError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import organisations, participants, people
from coopdesk.core.services.participants import NewParticipant
from tests.factories import delegation, person


def _names(db, event_id):
    return [p.last_name for p in participants.list_participants(db, event_id)]


def test_the_head_of_delegation_comes_first_whatever_the_order_of_entry(db):
    event = delegation(db)
    for last, role in [
        ("Shevchenko", "interpreter"),
        ("Bondarenko", "officer"),
        ("Kovalenko", "elected"),
        ("Melnyk", "head_of_delegation"),
        ("Tkachenko", "press"),
    ]:
        p = person(db, last_name=last, native_name=None)
        participants.add_participant(db, event.id, p.id, role=role)
    assert _names(db, event.id) == ["Melnyk", "Kovalenko", "Bondarenko", "Shevchenko", "Tkachenko"]
    # marking someone head of delegation reorders the list
    bondarenko = next(
        p for p in participants.list_participants(db, event.id) if p.last_name == "Bondarenko"
    )
    participants.update_participation(db, bondarenko.id, {"role": "head_of_delegation"})
    assert _names(db, event.id)[0] in ("Bondarenko", "Melnyk")
    assert set(_names(db, event.id)[:2]) == {"Bondarenko", "Melnyk"}


def test_host_elected_officials_follow_the_decree_order(db):
    event = delegation(db)
    la_rochelle = organisations.create_organisation(
        db, name="Communauté d'agglomération de La Rochelle", kind="french_authority", country="fr"
    )
    entries = [
        ("Conseillère", "community_councillor", None),
        ("VicePrésidentTrois", "vice_president", 3),
        ("Députée", "parliament_member", None),
        ("Président", "intercommunal_president", None),
        ("VicePrésidentUn", "vice_president", 1),
        ("Maire", "mayor", None),
    ]
    for last, office, rank in entries:
        p = person(
            db,
            last_name=last,
            native_name=None,
            organisation_id=la_rochelle.id,
            elected_office=office,
            office_rank=rank,
        )
        participants.add_participant(db, event.id, p.id, role="elected")
    assert _names(db, event.id) == [
        "Députée",
        "Maire",
        "Président",
        "VicePrésidentUn",
        "VicePrésidentTrois",
        "Conseillère",
    ]


def test_an_explicit_rank_and_a_manual_order_override_the_rules(db):
    event = delegation(db)
    ids = {}
    for last, role in [("Aoki", "head_of_delegation"), ("Baba", "elected"), ("Chiba", "staff")]:
        p = person(db, last_name=last, native_name=None)
        ids[last] = participants.add_participant(db, event.id, p.id, role=role).id
    people.update_person(
        db, participants.get_participant(db, ids["Chiba"]).person_id, {"precedence": 1}
    )
    assert _names(db, event.id) == ["Chiba", "Aoki", "Baba"]
    participants.set_protocol_order(db, event.id, [ids["Baba"], ids["Aoki"]])
    assert _names(db, event.id) == ["Baba", "Aoki", "Chiba"]
    participants.clear_protocol_order(db, event.id)
    assert _names(db, event.id) == ["Chiba", "Aoki", "Baba"]


def test_a_person_cannot_take_part_twice_in_one_event(db):
    event = delegation(db)
    olena = person(db)
    participants.add_participant(db, event.id, olena.id)
    with pytest.raises(ValidationError) as err:
        participants.add_participant(db, event.id, olena.id, role="elected")
    assert err.value.code == "participation.duplicate"
    assert describe(err.value, "fr") == "Olena Kovalenko participe déjà à cet événement."
    assert len(participants.list_participants(db, event.id)) == 1


def test_arrival_is_read_in_local_time_and_a_departure_before_it_is_refused(db):
    event = delegation(db)
    olena = person(db)
    part = participants.add_participant(
        db,
        event.id,
        olena.id,
        arrival_at=datetime(2023, 7, 2, 10, 35),
        arrival_transport="plane",
        arrival_number="SN 3585",
        arrival_place="Aéroport La Rochelle – Île de Ré",
    )
    # 10:35 in Paris in July is 08:35 UTC
    assert part.arrival_at == datetime(2023, 7, 2, 8, 35, tzinfo=UTC)
    assert part.arrival_timezone == "Europe/Paris"
    with pytest.raises(ValidationError) as err:
        participants.update_participation(db, part.id, {"departure_at": datetime(2023, 7, 1, 18)})
    assert err.value.code == "participation.departure_before_arrival"
    assert participants.get_participant(db, part.id).departure_at is None


def test_an_arrival_in_another_zone_keeps_its_instant(db):
    event = delegation(db)
    olena = person(db)
    part = participants.add_participant(
        db,
        event.id,
        olena.id,
        arrival_at=datetime(2023, 7, 2, 6, 0),
        arrival_timezone="Europe/Kyiv",
        departure_at=datetime(2023, 7, 4, 18, 0),
    )
    assert part.arrival_at == datetime(2023, 7, 2, 3, 0, tzinfo=UTC)
    assert part.departure_at == datetime(2023, 7, 4, 16, 0, tzinfo=UTC)


def test_a_hotel_check_out_must_follow_the_check_in(db):
    event = delegation(db)
    with pytest.raises(ValidationError) as err:
        participants.add_participant(
            db,
            event.id,
            person(db).id,
            hotel="Hôtel de la Monnaie",
            check_in=date(2023, 7, 4),
            check_out=date(2023, 7, 2),
        )
    assert err.value.code == "participation.check_out_before_check_in"


def test_the_list_is_filtered_by_search_in_any_script(db):
    event = delegation(db)
    participants.add_participant(db, event.id, person(db).id)
    participants.add_participant(
        db,
        event.id,
        person(db, first_name="Hanako", last_name="Yamada", native_name="山田 花子").id,
    )
    assert [p.last_name for p in participants.list_participants(db, event.id, search="山田")] == [
        "Yamada"
    ]
    assert [p.last_name for p in participants.list_participants(db, event.id, search="Олена")] == [
        "Kovalenko"
    ]


def test_a_bulk_add_is_all_or_nothing(db):
    event = delegation(db)
    rows = [
        NewParticipant(
            person={"first_name": "Iryna", "last_name": "Bondarenko"},
            participation={"role": "officer", "category": "officer"},
        ),
        NewParticipant(
            person={"first_name": "Taras", "last_name": "Melnyk"},
            participation={"role": "officer", "check_in": "2023-07-04", "check_out": "2023-07-02"},
        ),
    ]
    with pytest.raises(ValidationError) as err:
        participants.add_participants(db, event.id, rows)
    assert err.value.values["row"] == 2
    assert describe(err.value, "fr").startswith("Ligne 2 :")
    assert participants.list_participants(db, event.id) == []
    assert people.list_people(db) == []


def test_bulk_status_change_for_a_selection(db):
    event = delegation(db)
    ids = [
        participants.add_participant(db, event.id, person(db, last_name=n).id).id
        for n in ("Aaa", "Bbb", "Ccc")
    ]
    participants.update_participations(db, ids[:2], {"status": "confirmed"})
    statuses = {p.last_name: p.status for p in participants.list_participants(db, event.id)}
    assert statuses == {"Aaa": "confirmed", "Bbb": "confirmed", "Ccc": "invited"}


def test_two_officers_editing_different_fields_both_keep_their_change(db):
    event = delegation(db)
    part = participants.add_participant(db, event.id, person(db).id)
    seen_by_first = participants.get_participant(db, part.id)
    seen_by_second = participants.get_participant(db, part.id)
    participants.update_participation(
        db, part.id, {"hotel": "Hôtel Mercure Vieux Port"}, seen=seen_by_first
    )
    participants.update_participation(
        db, part.id, {"arrival_number": "TGV 8381"}, seen=seen_by_second
    )
    now = participants.get_participant(db, part.id)
    assert now.hotel == "Hôtel Mercure Vieux Port"
    assert now.arrival_number == "TGV 8381"


def test_the_second_save_of_the_same_field_is_told_and_sees_both_versions(db):
    event = delegation(db)
    part = participants.add_participant(db, event.id, person(db).id)
    seen_by_first = participants.get_participant(db, part.id)
    seen_by_second = participants.get_participant(db, part.id)
    participants.update_participation(db, part.id, {"hotel": "Hôtel Mercure"}, seen=seen_by_first)
    with pytest.raises(StaleEditError) as err:
        participants.update_participation(
            db, part.id, {"hotel": "Ibis Centre"}, seen=seen_by_second
        )
    assert err.value.values["fields"] == {"hotel": ("Hôtel Mercure", "Ibis Centre")}
    assert "Quelqu'un d'autre a modifié" in describe(err.value, "fr")
    assert participants.get_participant(db, part.id).hotel == "Hôtel Mercure"


def test_a_bulk_add_accepts_rows_that_fill_different_fields(db):
    event = delegation(db)
    known = person(db)
    rows = [
        NewParticipant(
            person={},
            existing_person_id=known.id,
            participation={
                "role": "head_of_delegation",
                "arrival_at": datetime(2023, 7, 2, 10, 35),
                "hotel": "Hôtel de la Monnaie",
            },
        ),
        NewParticipant(
            person={
                "first_name": "Hanako",
                "last_name": "Yamada",
                "native_name": "山田 花子",
                "email": "h.yamada@example.jp",
            },
            participation={"role": "interpreter"},
        ),
        NewParticipant(person={"last_name": "Tremblay"}, participation={}),
    ]
    participants.add_participants(db, event.id, rows)
    listed = {p.last_name: p for p in participants.list_participants(db, event.id)}
    assert listed["Kovalenko"].hotel == "Hôtel de la Monnaie"
    assert listed["Yamada"].native_name == "山田 花子"
    assert listed["Yamada"].hotel is None
    assert listed["Tremblay"].role == "guest"


def test_names_sort_as_in_a_french_list_whatever_the_accents_and_the_database(db):
    event = delegation(db)
    for last in ["Zola", "Écuyer", "Ebrard", "Œuvray", "Oberlin", "eudes", "Dupont", "d'Aubigné"]:
        participants.add_participant(db, event.id, person(db, last_name=last, native_name=None).id)
    assert _names(db, event.id) == [
        "d'Aubigné",
        "Dupont",
        "Ebrard",
        "Écuyer",
        "eudes",
        "Oberlin",
        "Œuvray",
        "Zola",
    ]
    # renaming someone moves them
    zola = next(p for p in participants.list_participants(db, event.id) if p.last_name == "Zola")
    people.update_person(db, zola.person_id, {"last_name": "Abélard"})
    assert _names(db, event.id)[0] == "Abélard"
