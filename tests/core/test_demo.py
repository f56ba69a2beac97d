"""The demo data a new user sees first: real cases, names in their scripts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coopdesk.core.services import agenda, conflicts, events, participants, partnerships
from coopdesk.core.timezones import to_local


@pytest.fixture
def demo(demo_db):
    return demo_db


def test_the_demo_holds_the_four_kinds_of_events_from_the_seeds(demo):
    listed = events.list_events(demo)
    assert {e.kind for e in listed} == {
        "delegation_in",
        "delegation_out",
        "conference",
        "residency",
    }
    assises = events.find_event(demo, "Assises")
    assert (assises.start_date, assises.end_date) == (date(2023, 10, 23), date(2023, 10, 24))
    assert assises.participant_count >= 350
    apostolove = events.find_event(demo, "Apostolove")
    assert (apostolove.start_date, apostolove.end_date) == (date(2023, 7, 2), date(2023, 7, 4))
    assert events.find_event(demo, "Kendari").timezone == "Asia/Makassar"
    assert events.find_event(demo, "Kishiwada").start_date.year == 2024


def test_the_assises_bring_french_and_quebec_participants(demo):
    assises = events.find_event(demo, "Assises")
    rows = participants.list_participants(demo, assises.id)
    countries = [p.country for p in rows]
    assert countries.count("CA") >= 80
    assert countries.count("FR") >= 200
    assert {p.category for p in rows} >= {"elected", "officer", "speaker", "press"}
    workshops = [i for i in agenda.list_agenda(demo, assises.id) if i.type == "workshop"]
    assert len(workshops) >= 6
    assert all(w.capacity for w in workshops)


def test_names_come_in_their_own_scripts(demo):
    apostolove = events.find_event(demo, "Apostolove")
    rows = participants.list_participants(demo, apostolove.id)
    assert any(
        p.native_name and any("\u0400" <= c <= "\u04ff" for c in p.native_name) for p in rows
    )
    guests = [p for p in rows if p.country == "UA"]
    assert guests[0].role == "head_of_delegation"
    assert sum(p.role == "head_of_delegation" for p in guests) == 1
    kishiwada = events.find_event(demo, "Kishiwada")
    japanese = [
        p
        for p in participants.list_participants(demo, kishiwada.id)
        if p.native_name and any("\u4e00" <= c <= "\u9fff" for c in p.native_name)
    ]
    assert len(japanese) >= 5


def test_the_apostolove_programme_shows_the_interpreter_booked_twice(demo):
    apostolove = events.find_event(demo, "Apostolove")
    found = conflicts.agenda_conflicts(demo, apostolove.id)
    assert [c.kind for c in found] == ["person_double_booked"]
    items = {i.id: i for i in agenda.list_agenda(demo, apostolove.id)}
    starts = {
        to_local(items[i].starts_at, "Europe/Paris").strftime("%H:%M") for i in found[0].item_ids
    }
    assert starts == {"14:00"}


def test_the_kendari_mission_is_in_makassar_time_and_flags_a_passport(demo):
    kendari = events.find_event(demo, "Kendari")
    items = agenda.list_agenda(demo, kendari.id)
    assert any(i.timezone == "Asia/Makassar" for i in items)
    from coopdesk.core.services import people

    return_day = kendari.end_date
    expiring = [
        p
        for p in participants.list_participants(demo, kendari.id)
        if (exp := people.get_person(demo, p.person_id).passport_expiry) is not None
        and exp < return_day + timedelta(days=183)
    ]
    assert len(expiring) == 1


def test_partnerships_have_their_agreements_and_cofunders(demo):
    listed = partnerships.list_partnerships(demo)
    assert len(listed) >= 5
    assert any(p.agreements and p.agreements[0].forecast_amount for p in listed)
    assert any(p.cofunders for p in listed)
