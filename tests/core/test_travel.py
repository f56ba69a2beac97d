"""Passports checked before a mission abroad."""

from __future__ import annotations

from datetime import date

from coopdesk.core.services import participants
from coopdesk.core.services.travel import passport_problems
from tests.factories import delegation, person


def test_a_passport_expiring_within_six_months_of_the_return_is_flagged(db):
    from coopdesk.core.services import organisations

    kendari = organisations.create_organisation(
        db, name="Kota Kendari", kind="foreign_authority", country="ID", timezone="Asia/Makassar"
    )
    host = person(db, first_name="Ridwan", last_name="Saputra", organisation_id=kendari.id)
    mission = delegation(
        db,
        kind="delegation_out",
        title="Mission à Kendari",
        partner_id=kendari.id,
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
        timezone="Asia/Makassar",
    )
    ok = person(db, first_name="Claire", last_name="Morin", passport_expiry="2025-09-10")
    late = person(db, first_name="Dominique", last_name="Renaudin", passport_expiry="2025-08-14")
    unknown = person(db, first_name="Paul", last_name="Girard")
    excused = person(db, first_name="Anne", last_name="Léger", passport_expiry="2025-04-01")
    for p in (ok, late, unknown, host):
        participants.add_participant(db, mission.id, p.id)
    participants.add_participant(db, mission.id, excused.id, status="declined")
    found = {(p.name, p.kind) for p in passport_problems(db, mission.id)}
    assert found == {
        ("Dominique Renaudin", "passport_expires_too_soon"),
        ("Paul Girard", "passport_missing"),
    }
    assert passport_problems(db, mission.id)[0].required_until == date(2025, 9, 10)


def test_the_end_of_a_long_month_is_handled(db):
    mission = delegation(
        db,
        kind="delegation_out",
        title="Mission",
        start_date=date(2024, 8, 25),
        end_date=date(2024, 8, 31),
    )
    participants.add_participant(db, mission.id, person(db, passport_expiry="2025-02-28").id)
    assert passport_problems(db, mission.id) == []


def test_a_journey_dated_far_from_the_event_is_flagged(db):
    from datetime import UTC, datetime

    from coopdesk.core.services.travel import journey_problems

    event = delegation(db)  # 2-4 July 2023, Paris
    on_time = person(db, first_name="Olena", last_name="Kovalenko")
    wrong_year = person(db, first_name="Petro", last_name="Antonenko")
    in_script = person(db, first_name="", last_name="", native_name="Ірина Шевченко")
    for guest, arrival, departure in (
        (on_time, datetime(2023, 6, 26, 8, tzinfo=UTC), datetime(2023, 7, 11, 20, tzinfo=UTC)),
        (wrong_year, datetime(2022, 7, 1, 19, tzinfo=UTC), datetime(2023, 7, 4, 16, tzinfo=UTC)),
        (in_script, None, datetime(2023, 8, 4, 16, tzinfo=UTC)),
    ):
        participants.add_participant(
            db, event.id, guest.id, arrival_at=arrival, departure_at=departure
        )
    found = {(p.name, p.kind, f"{p.at:%d/%m/%Y %H:%M}") for p in journey_problems(db, event.id)}
    assert found == {
        ("Petro Antonenko", "arrival_far", "01/07/2022 21:00"),  # local time, a year early
        ("Ірина Шевченко", "departure_far", "04/08/2023 18:00"),
    }
