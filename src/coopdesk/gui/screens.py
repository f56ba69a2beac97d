"""Window sizes that fit the screen the window opens on (a 1024×600 netbook, a
1280×720 laptop at 125 %), whatever size a dialog would like."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` the size ``width``×``height``, or less where the screen is
    smaller (never below what its layout needs)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 16)
        height = min(height, room.height() - 48)  # the title bar and the frame
    widget.resize(width, height)
