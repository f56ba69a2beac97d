"""Day first or month first, decided per column from all its values, the file and the
event, and asked when still ambiguous: never a silent guess."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.apply import apply_import
from coopdesk.core.io.dates import describe_order
from coopdesk.core.io.preview import preview_import
from coopdesk.core.io.reading import Table
from coopdesk.core.messages import describe
from coopdesk.core.services import events, participants
from tests.factories import delegation

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def october(db):
    return delegation(db, start_date=date(2023, 10, 5), end_date=date(2023, 10, 6))


def _arrivals(db, event_id):
    found = participants.list_participants(db, event_id)
    return {
        p.last_name: p.arrival_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(PARIS).date()
        for p in found
        if p.arrival_at
    }


def test_an_american_form_s_dates_are_read_month_first_from_its_timestamps(db, october):
    """Google Forms in English: 10/5/2023 is 5 October; the timestamps say so."""
    rows = [
        ("Timestamp", "Last name", "First name", "Arrival date"),
        ("9/14/2023 10:22:05", "Smith", "Anna", "10/4/2023"),
        ("9/15/2023 8:02:11", "Jones", "Bob", "10/5/2023"),
    ]
    preview = preview_import(db, october.id, Table("form.csv", rows))
    [stamp, arrival] = preview.date_orders
    assert (stamp.field, stamp.order, stamp.reason) == (None, "mdy", "values")
    assert (arrival.order, arrival.reason, arrival.other) == ("mdy", "file", "Timestamp")
    assert describe_order(arrival, "fr") == (
        "Arrival date : mois/jour/année (comme la colonne « Timestamp » du même fichier)"
    )
    apply_import(db, preview)
    assert _arrivals(db, october.id) == {"Smith": date(2023, 10, 4), "Jones": date(2023, 10, 5)}


def test_without_any_clue_in_the_file_the_event_s_dates_decide(db, october):
    rows = [
        ("Last name", "First name", "Arrival date"),
        ("Smith", "Anna", "10/4/2023"),
        ("Jones", "Bob", "10/5/2023"),
    ]
    preview = preview_import(db, october.id, Table("form.csv", rows))
    [arrival] = preview.date_orders
    assert (arrival.order, arrival.reason) == ("mdy", "event")
    assert describe_order(arrival, "en") == (
        "Arrival date: month/day/year (only this order puts the dates around the event)"
    )
    apply_import(db, preview)
    assert _arrivals(db, october.id) == {"Smith": date(2023, 10, 4), "Jones": date(2023, 10, 5)}


def test_one_value_over_12_settles_its_column(db, october):
    rows = [
        ("Nom", "Prénom", "Arrivée"),
        ("Dupont", "Marie", "04/10/2023"),
        ("Durand", "Paul", "14/10/2023"),
    ]
    preview = preview_import(db, october.id, Table("liste.csv", rows))
    [arrival] = preview.date_orders
    assert (arrival.order, arrival.reason, arrival.example) == ("dmy", "values", "14/10/2023")
    assert describe_order(arrival, "fr") == "Arrivée : jour/mois/année (« 14/10/2023 » le montre)"


def test_dates_that_read_both_ways_are_asked_not_guessed(db, october):
    rows = [
        ("Nom", "Prénom", "Date de naissance"),
        ("Dupont", "Marie", "03/04/1980"),
        ("Durand", "Paul", "05/06/1975"),
    ]
    table = Table("liste.csv", rows)
    preview = preview_import(db, october.id, table)
    [question] = preview.date_questions
    assert question.header == "Date de naissance" and question.order is None
    assert describe_order(question, "fr") == (
        "Date de naissance : « 03/04/1980 » peut se lire dans les deux ordres : choisissez "
        "jour/mois ou mois/jour"
    )
    assert not preview.ready
    with pytest.raises(ValidationError) as error:
        apply_import(db, preview)
    assert describe(error.value, "fr") == (
        "Les dates de « Date de naissance » se lisent dans les deux ordres : choisissez "
        "jour/mois/année ou mois/jour/année avant d'importer."
    )
    assert participants.list_participants(db, october.id) == []
    answered = preview_import(db, october.id, table, date_order="mdy")
    assert answered.ready and answered.date_orders[0].reason == "choice"
    births = {r.person["last_name"]: r.person["birth_date"] for r in answered.rows}
    assert births == {"Dupont": date(1980, 3, 4), "Durand": date(1975, 5, 6)}
    french = preview_import(db, october.id, table, date_order="dmy")
    births = {r.person["last_name"]: r.person["birth_date"] for r in french.rows}
    assert births == {"Dupont": date(1980, 4, 3), "Durand": date(1975, 6, 5)}


def test_each_column_is_decided_on_its_own_values(db, october):
    """A French hand-made list pasted beside an American export: each column its order."""
    rows = [
        ("Nom", "Prénom", "Arrivée", "Expiration du passeport"),
        ("Dupont", "Marie", "24/10/2023", "12/31/2030"),
        ("Durand", "Paul", "25/10/2023", "1/15/2031"),
    ]
    preview = preview_import(db, october.id, Table("liste.csv", rows))
    orders = {o.header: o.order for o in preview.date_orders}
    assert orders == {"Arrivée": "dmy", "Expiration du passeport": "mdy"}
    expiry = {r.person["last_name"]: r.person["passport_expiry"] for r in preview.rows}
    assert expiry == {"Dupont": date(2030, 12, 31), "Durand": date(2031, 1, 15)}


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    days=st.lists(
        st.dates(min_value=date(2023, 9, 1), max_value=date(2023, 11, 30)),
        min_size=1,
        max_size=8,
    ),
    american=st.booleans(),
    stamps=st.lists(st.dates(min_value=date(2023, 8, 1), max_value=date(2023, 9, 30)), max_size=3),
)
def test_dates_are_never_read_wrong_silently(db, days, american, stamps):
    """Whatever the dates and their order, each arrival is read right, or the preview
    asks: never another day without a word."""
    found = events.list_events(db)
    event_id = (
        found[0].id
        if found
        else delegation(db, start_date=date(2023, 10, 5), end_date=date(2023, 10, 6)).id
    )

    def written(day: date) -> str:
        return f"{day.month}/{day.day}/{day.year}" if american else f"{day:%d/%m/%Y}"

    header = ("Timestamp", "Last name", "Arrival date") if stamps else ("Last name", "Arrival date")
    rows = [header] + [
        ((f"{written(stamps[n % len(stamps)])} 10:00:00",) if stamps else ())
        + (f"Name{chr(65 + n)}", written(day))
        for n, day in enumerate(days)
    ]
    preview = preview_import(db, event_id, Table("form.csv", rows))
    if preview.date_questions:
        return  # asked, not guessed
    got = [row.participation["arrival_at"] for row in preview.rows]
    assert preview.issues == ()
    local = [v.replace(tzinfo=ZoneInfo("UTC")).astimezone(PARIS).date() for v in got]
    assert local == days


def test_times_and_iso_dates_say_nothing_of_the_order(db, october):
    rows = [
        ("Nom", "Prénom", "Date d'arrivée", "Heure d'arrivée", "Date de départ"),
        ("Dupont", "Marie", "2023-10-04", "10.05", "2023-10-07"),
        ("Durand", "Paul", "2023-10-05", "9.30", "2023-10-06"),
    ]
    preview = preview_import(db, october.id, Table("liste.csv", rows))
    assert preview.date_orders == () and preview.issues == ()
