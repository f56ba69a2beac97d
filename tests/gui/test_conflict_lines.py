"""One line per double booking in the agenda's conflicts, naming everyone it concerns."""

from __future__ import annotations

from datetime import datetime

from coopdesk.core.services import agenda
from coopdesk.gui.workspace.workspace import AGENDA


def test_three_people_booked_twice_at_once_read_as_one_line(window, db, apostolove):  # type: ignore[no-untyped-def]
    # Everyone (three people not declined) is expected at the airport 10:00-11:00 and,
    # from 10:30, at the press point: one double booking, not three.
    agenda.create_agenda_item(
        db,
        apostolove.id,
        title="Point presse",
        type="meeting",
        starts_at=datetime(2023, 7, 3, 10, 30),
        ends_at=datetime(2023, 7, 3, 11, 30),
    )
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    board = window.workspace.agenda
    lines = [
        board.conflicts_model.index(r, 0).data() for r in range(board.conflicts_model.rowCount())
    ]
    assert len(lines) == 1, lines
    (line,) = lines
    assert "Double réservation" in line
    assert "Vitalii Bondarenko, Olena Kovalenko et Iryna Savchuk" in line
    assert "Point presse" in line and "Accueil à l'aéroport" in line
    assert "Conflits (1)" in board.conflicts_title.text()
