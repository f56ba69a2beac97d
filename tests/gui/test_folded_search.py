"""Every search folds accents, case and ligatures the same way: "quebecoises",
"oeuvray" and "HELENE" find their records in the people search, the command line's
event lookup and event list, and the window's event and people searches."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coopdesk.cli import main
from coopdesk.core.folding import fold_name, words_match
from coopdesk.core.services import events, organisations, participants, people
from coopdesk.gui.directory import DirectoryPage
from coopdesk.gui.event_list import EventList
from tests.factories import delegation, partner, person

# What an officer types, and the event and person each must find.
TYPED = {
    "quebecoises": ("Assises franco-québécoises", "Côté"),
    "oeuvray": ("Résidence de Lætitia Œuvray", "Œuvray"),
    "HELENE": ("Visite d'Hélène Tremblay à Lyon", "Tremblay"),
}


@pytest.fixture
def records(db):  # type: ignore[no-untyped-def]
    network = partner(db, name="Réseau des municipalités québécoises", country="CA", city="Québec")
    found = [
        delegation(db, title=title, start_date=date(2026, 5, 1 + n), end_date=date(2026, 5, 2 + n))
        for n, (title, _) in enumerate(TYPED.values())
    ]
    delegation(db, title="Délégation d'Apostolove")  # found by none of them
    guests = [
        person(
            db, first_name="Maude", last_name="Côté", native_name=None, organisation_id=network.id
        ),
        person(db, first_name="Lætitia", last_name="Œuvray", native_name=None),
        person(db, first_name="Hélène", last_name="Tremblay", native_name=None),
        person(db, first_name="Olena", last_name="Kovalenko"),  # found by none of them
    ]
    for guest in guests:
        participants.add_participant(db, found[0].id, guest.id)
    return found[0]


def test_the_one_folding_function() -> None:
    assert fold_name(" Œuvray ") == "oeuvray"
    assert fold_name("HÉLÈNE") == "helene"
    assert fold_name("Lætitia") == "laetitia"
    assert words_match("assises QUEBECOISES", ["Assises franco-québécoises"])
    assert not words_match("assises lyon", ["Assises franco-québécoises"])


@pytest.mark.parametrize("typed", list(TYPED))
def test_core_searches_find_the_record(db, records, typed):  # type: ignore[no-untyped-def]
    title, last_name = TYPED[typed]
    assert [e.title for e in events.list_events(db, search=typed)] == [title]
    assert events.find_event(db, typed).title == title
    assert [p.last_name for p in people.list_people(db, search=typed)] == [last_name]
    page = people.people_page(db, offset=0, limit=50, search=typed)
    assert [row.last_name for row in page] == [last_name]
    assert people.count_people(db, search=typed) == 1
    # An event's participants are searched alike.
    listed = participants.list_participants(db, records.id, search=typed)
    assert [p.last_name for p in listed] == [last_name]
    page, count = participants.counted_participant_page(
        db, records.id, offset=0, limit=50, search=typed
    )
    assert ([p.last_name for p in page], count) == ([last_name], 1)
    assert participants.count_participants(db, records.id, search=typed) == 1


def test_organisations_are_searched_folded(db, records):  # type: ignore[no-untyped-def]
    found = organisations.list_organisations(db, search="reseau QUEBECOISES")
    assert [o.name for o in found] == ["Réseau des municipalités québécoises"]
    assert organisations.list_organisations(db, search="lyon") == []


@pytest.mark.parametrize("typed", list(TYPED))
def test_the_command_line_finds_the_event(db, db_url, records, typed, capsys):  # type: ignore[no-untyped-def]
    title, _ = TYPED[typed]
    assert main(["--database", db_url, "events", "--search", typed, "--json"]) == 0
    assert [e["title"] for e in json.loads(capsys.readouterr().out)] == [title]
    # The event lookup every command uses (here: the participants of the event).
    assert main(["--database", db_url, "participants", typed, "--json"]) == 0
    listed = [p["last_name"] for p in json.loads(capsys.readouterr().out)]
    assert listed == (["Côté", "Kovalenko", "Œuvray", "Tremblay"] if typed == "quebecoises" else [])
    assert main(["--database", db_url, "participants", "quebecoises lyon"]) == 2
    assert "Aucun événement ne correspond" in capsys.readouterr().err


@pytest.mark.parametrize("typed", list(TYPED))
def test_the_window_finds_the_event_and_the_person(qtbot, db, records, typed):  # type: ignore[no-untyped-def]
    title, last_name = TYPED[typed]
    event_list = EventList(db)
    qtbot.addWidget(event_list)
    event_list.search.setText(typed)  # as typed: the list filters after a pause
    qtbot.waitUntil(lambda: event_list.model.rowCount() == 1)
    shown = [
        event_list.model.index(row, column).data()
        for row in range(event_list.model.rowCount())
        for column in range(event_list.model.columnCount())
    ]
    assert title in shown
    assert event_list.model.rowCount() == 1

    directory = DirectoryPage(db)
    qtbot.addWidget(directory)
    directory.search.setText(typed)
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1)
    names = [
        directory.model.index(0, column).data() for column in range(directory.model.columnCount())
    ]
    assert any(last_name in str(name) for name in names)


def test_several_words_each_found_folded_somewhere(db, records):  # type: ignore[no-untyped-def]
    # "quebecoises" in the organisation, "maude" in the first name: both must hold.
    found = people.list_people(db, search="QUEBECOISES maude")
    assert [p.last_name for p in found] == ["Côté"]
    assert people.list_people(db, search="quebecoises helene") == []
    page = people.people_page(db, offset=0, limit=50, search="reseau quebecoises")
    assert [row.last_name for row in page] == ["Côté"]


def test_a_word_in_thousands_of_organisation_names(db):  # type: ignore[no-untyped-def]
    """More organisations match than a statement may bind parameters: still found."""
    from sqlalchemy import func, insert, select

    from coopdesk.core.model import Organisation

    with db.session() as session:
        session.execute(
            insert(Organisation),
            [
                {"name": f"Mairie n° {n} du Québec", "kind": "foreign_authority", "version": 1}
                for n in range(66_000)  # PostgreSQL binds 65,535 at most
            ],
        )
        last = session.scalar(select(func.max(Organisation.id)))
    someone = person(db, first_name="Élise", last_name="Gagnon", organisation_id=last)
    found = people.list_people(db, search="mairie quebec")
    assert [p.id for p in found] == [someone.id]
