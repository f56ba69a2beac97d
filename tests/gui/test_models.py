"""Every item model of the window passes Qt's model tester, on real demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coopdesk.core.services import agenda, events, participants, people
from coopdesk.gui.models import (
    AgendaListModel,
    ConflictsModel,
    EventListModel,
    ParticipantsModel,
    PeopleModel,
)


@pytest.fixture
def demo(demo_db):  # type: ignore[no-untyped-def]
    return demo_db


def test_event_list_model(qtmodeltester, demo):  # type: ignore[no-untyped-def]
    model = EventListModel()
    model.set_rows(events.list_events(demo))
    qtmodeltester.check(model)
    assert model.rowCount() == 6


def test_participants_model_pages_through_a_conference(qtmodeltester, demo):  # type: ignore[no-untyped-def]
    event_id = events.find_event(demo, "Assises").id
    model = ParticipantsModel()
    model.load(
        lambda offset, limit: participants.list_participants(
            demo, event_id, offset=offset, limit=limit
        )
    )
    assert model.rowCount() == model.PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(participants.list_participants(demo, event_id))
    qtmodeltester.check(model)


def test_people_model(qtmodeltester, demo):  # type: ignore[no-untyped-def]
    model = PeopleModel()
    model.load(lambda offset, limit: people.people_page(demo, offset=offset, limit=limit))
    qtmodeltester.check(model)
    model.load(
        lambda offset, limit: people.people_page(
            demo, offset=offset, limit=limit, search="Мельничук"
        )
    )
    assert model.rowCount() == 1


def test_agenda_and_conflict_models(qtmodeltester, demo):  # type: ignore[no-untyped-def]
    event_id = events.find_event(demo, "Kendari").id
    model = AgendaListModel()
    model.show_paris = True
    model.set_rows(agenda.list_agenda(demo, event_id))
    qtmodeltester.check(model)
    # A mission abroad shows Paris time beside local time.
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Heure de Paris"
    conflicts = ConflictsModel()
    conflicts.set_conflicts([("Une personne à deux endroits", (1, 2))])
    qtmodeltester.check(conflicts)
