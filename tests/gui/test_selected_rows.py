"""A selected row keeps its status visible: the coloured dot beside the word is not
lost in the selection's colour (a blue "Terminé" dot on a blue band)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.gui.event_list import STATUS
from tests.factories import delegation


def _far_from(colour: QColor, other: QColor) -> bool:
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
    ) > 150


def _dot_pixels(window, row: int) -> int:  # type: ignore[no-untyped-def]
    """The pixels of the status cell's dot (its left end, before the word) that stand
    out from the selection band."""
    table = window.event_list.table
    cell = table.visualRect(table.model().index(row, STATUS))
    image = table.viewport().grab(cell.adjusted(0, 0, -(cell.width() - 24), 0)).toImage()
    band = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    return sum(
        _far_from(image.pixelColor(x, y), band)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_a_done_event_keeps_its_status_dot_visible_when_selected(qtbot, window, db):  # type: ignore[no-untyped-def]
    done = delegation(db, title="Accueil de la délégation d'Apostolove", status="done")
    window.event_list.refresh()
    window.open_event(done.id)
    table = window.event_list.table
    table.setFocus()
    qtbot.waitUntil(lambda: table.selectionModel().isRowSelected(0))
    band = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert not _far_from(QColor("#2f7fd1"), band)  # the blue of "done" is the band's blue
    assert _dot_pixels(window, 0) >= 20  # yet the dot shows, ringed
