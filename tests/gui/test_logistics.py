"""The Logistics tab as an officer reads it: every guest named, stays as the lists give them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QTreeWidget

from coopdesk.core.io.export import rooming_list
from coopdesk.core.services import participants
from coopdesk.gui.workspace.logistics import LogisticsTab
from tests.factories import delegation, person


def _rows(tree: QTreeWidget) -> list[list[str]]:
    """Every child row of the tree, as its cells' texts."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            rows.append([child.text(c) for c in range(tree.columnCount())])
    return rows


def test_guests_named_only_in_their_script_and_stays_from_travel_dates(qtbot, db):  # type: ignore[no-untyped-def]
    event = delegation(
        db,
        title="Mission à Kendari",
        kind="delegation_out",
        timezone="Asia/Makassar",
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 10),
    )
    sato = person(db, first_name="", last_name="", native_name="佐藤 健二")
    participants.add_participant(
        db,
        event.id,
        sato.id,
        hotel="Hotel Zahra",
        # Travel times without a zone of their own are the event's (Makassar) times.
        arrival_at=datetime(2025, 3, 4, 15, 35),
        departure_at=datetime(2025, 3, 9, 17, 35),
    )
    tab = LogisticsTab(db)
    qtbot.addWidget(tab)
    tab.load(event)

    movements = _rows(tab.movements)
    assert [(row[0], row[1]) for row in movements] == [
        ("15:35", "佐藤 健二"),
        ("17:35", "佐藤 健二"),
    ]

    [guest] = _rows(tab.rooming)
    headers = [tab.rooming.headerItem().text(c) for c in range(tab.rooming.columnCount())]
    cells = dict(zip(headers, guest, strict=True))
    assert cells["Hôtel / nom"] == "佐藤 健二"
    stay = (cells["Arrivée hôtel"], cells["Départ hôtel"], cells["Nuits"])
    assert stay == ("04/03/2025", "09/03/2025", "5")  # from the travel dates
    [sheet] = rooming_list(db, event.id)  # the Excel list says the same
    assert sheet.rows[0][3:6] == (date(2025, 3, 4), date(2025, 3, 9), 5)


def test_a_leg_known_to_the_day_only_comes_first_without_a_time(qtbot, db):  # type: ignore[no-untyped-def]
    event = delegation(db, start_date=date(2026, 3, 28), end_date=date(2026, 3, 30))
    for first, last, arrival, known in (
        ("Kenji", "Sato", datetime(2026, 3, 28, 8, 15), True),
        ("Hanako", "Yamada", datetime(2026, 3, 28), False),
    ):
        who = person(db, first_name=first, last_name=last)
        participants.add_participant(
            db, event.id, who.id, arrival_at=arrival, arrival_time_known=known
        )
    tab = LogisticsTab(db)
    qtbot.addWidget(tab)
    tab.load(event)
    assert [(row[0], row[1]) for row in _rows(tab.movements)] == [
        ("heure à préciser", "Hanako Yamada"),
        ("08:15", "Kenji Sato"),
    ]
