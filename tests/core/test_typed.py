"""Dates, times and amounts read as people type them; what cannot be read is refused."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.services import agenda, events
from coopdesk.core.typed import parse_amount, parse_date, parse_time
from tests.factories import delegation

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "12/10/2026",
        "12/10/26",
        "12/10",
        "12102026",
        "121026",
        "2026-10-12",
        "12.10.2026",
        "12-10-2026",
        " 12 / 10 / 2026 ",
        "12 octobre 2026",
        "lundi 12 octobre 2026",
        "12 oct. 2026",
    ],
)
def test_a_date_typed_as_people_write_it_is_the_12th_of_october(typed):
    assert parse_date(typed, TODAY) == date(2026, 10, 12)


def test_month_first_when_the_interface_shows_dates_that_way():
    assert parse_date("10/12/2026", TODAY, day_first=False) == date(2026, 10, 12)
    assert parse_date("2026-10-12", TODAY, day_first=False) == date(2026, 10, 12)


def test_two_digit_years_are_the_nearest_sensible_century():
    assert parse_date("12/10/58", TODAY) == date(1958, 10, 12)  # a date of birth
    assert parse_date("01/02/40", TODAY) == date(2040, 2, 1)  # a passport's expiry


@pytest.mark.parametrize("typed", ["31/02/2026", "13/13", "abc", "12/10/2026/1", "", "123"])
def test_what_is_not_a_date_is_not_guessed(typed):
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14h30", time(14, 30)),
        ("14:30", time(14, 30)),
        ("14 h 30", time(14, 30)),
        ("14.30", time(14, 30)),
        ("1430", time(14, 30)),
        ("9h", time(9, 0)),
        ("9", time(9, 0)),
        ("930", time(9, 30)),
        ("midi", time(12, 0)),
        ("Minuit", time(0, 0)),
        ("2:30 pm", time(14, 30)),
        ("12 am", time(0, 0)),
    ],
)
def test_a_time_typed_as_people_write_it(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24h", "12h60", "13 pm", "demain", ""])
def test_what_is_not_a_time_is_not_guessed(typed):
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 500,50 €", "12500.50"),
        ("12\u202f500,50\u00a0€", "12500.50"),
        ("12500", "12500"),
        ("12 500", "12500"),
        ("1 000,5", "1000.5"),
        ("12.500,50", "12500.50"),
        ("12,500.50", "12500.50"),
        ("1.000.000", "1000000"),
        ("0,5", "0.5"),
        ("300 EUR", "300"),
    ],
)
def test_amounts_as_the_french_write_them(typed, expected):
    assert parse_amount(typed) == Decimal(expected)


@pytest.mark.parametrize("typed", ["1e6", "1E6", "nan", "Infinity", "douze", "1,2,3", "€", "0x10"])
def test_nothing_scientific_or_odd_is_an_amount(typed):
    assert parse_amount(typed) is None


def test_an_event_budget_is_saved_as_typed_and_1e6_is_refused_in_words(db):
    event = delegation(db)
    saved = events.update_event(db, event.id, {"budget": "12 500,50 €"})
    assert saved.budget == Decimal("12500.50")
    with pytest.raises(ValidationError) as refused:
        events.update_event(db, event.id, {"budget": "1e6"})
    assert refused.value.code == "amount.invalid" and refused.value.field == "budget"
    assert events.get_event(db, event.id).budget == Decimal("12500.50")
    with pytest.raises(ValidationError) as negative:
        events.update_event(db, event.id, {"budget": "-12,50"})
    assert negative.value.code == "number.negative"
    with pytest.raises(ValidationError) as cents:
        events.update_event(db, event.id, {"budget": "12,505"})
    assert cents.value.code == "amount.cents"


def test_every_refused_field_is_reported_at_once(db):
    event = delegation(db)
    with pytest.raises(ValidationError) as refused:
        events.update_event(
            db,
            event.id,
            {"title": "", "budget": "1e6", "timezone": "Europe/Pariss", "languages": "français"},
        )
    assert {e.field for e in refused.value.every} == {"title", "budget", "timezone", "languages"}
    with pytest.raises(ValidationError) as missing:
        events.create_event(db, kind="delegation_in")
    assert {e.field for e in missing.value.every} == {
        "title",
        "start_date",
        "end_date",
        "timezone",
    }


def test_a_capacity_of_zero_is_refused_and_empty_means_no_limit(db):
    from datetime import datetime

    event = delegation(db)
    values = {
        "title": "Réception",
        "type": "meal",
        "starts_at": datetime(2023, 7, 2, 18, 0),
        "ends_at": datetime(2023, 7, 2, 20, 0),
        "timezone": "Europe/Paris",
    }
    with pytest.raises(ValidationError) as refused:
        agenda.create_agenda_item(db, event.id, **values, capacity="0")
    assert refused.value.code == "capacity.zero" and refused.value.field == "capacity"
    assert agenda.create_agenda_item(db, event.id, **values, capacity="").capacity is None
    assert agenda.create_agenda_item(db, event.id, **values, capacity="40").capacity == 40
