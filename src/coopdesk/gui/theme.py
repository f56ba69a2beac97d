"""Colours that carry meaning (status, category, errors), readable in light and dark mode.

Backgrounds always come from the system palette; meaning is shown by a coloured dot
beside the word, never by colour alone.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from coopdesk.core.enums import EventStatus, ParticipationStatus

# Mid-tone colours: visible on white and on dark grey alike.
MEANING: dict[str, str] = {
    ParticipationStatus.INVITED: "#8a8f98",
    ParticipationStatus.CONFIRMED: "#2e9d5b",
    ParticipationStatus.DECLINED: "#d0463b",
    ParticipationStatus.ATTENDED: "#2f7fd1",
    EventStatus.DRAFT: "#8a8f98",
    EventStatus.CONFIRMED: "#2e9d5b",
    EventStatus.DONE: "#2f7fd1",
    EventStatus.CANCELLED: "#d0463b",
    # Badge categories take the office's colours (gui.categories.refresh).
}


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> QColor:
    """The colour of inline error messages and conflict marks."""
    return QColor("#ff8a80" if is_dark() else "#b3261e")


def meaning_color(value: str) -> QColor:
    return QColor(MEANING.get(value, "#8a8f98"))


def _dot_pixmap(color: str, size: int, ring: str | None) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if ring is None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(2, 2, size - 4, size - 4)
    else:  # the dot inside a ring of the selection's text colour
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ring))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setBrush(QColor(color))
        painter.drawEllipse(3, 3, size - 6, size - 6)
    painter.end()
    return pixmap


@cache
def _dot(color: str, size: int, ring: str) -> QIcon:
    icon = QIcon(_dot_pixmap(color, size, None))
    # On a selected row (a blue band) the dot keeps a ring of the selected text's
    # colour: a blue "Terminé" dot stays visible on the blue selection.
    icon.addPixmap(_dot_pixmap(color, size, ring), QIcon.Mode.Selected)
    return icon


def meaning_dot(value: str) -> QIcon:
    """A small round mark in the colour of ``value``, shown beside its word."""
    ring = QApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
    return _dot(MEANING.get(value, "#8a8f98"), 14, ring)
