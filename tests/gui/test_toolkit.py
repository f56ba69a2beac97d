"""The Qt binding itself: defects of a release that would bring the window down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_leave_none_alone(qtbot):
    """A binding that releases None on every call returning nothing (PySide6 6.12.0
    on Python 3.11) crashes the window after some thousands of paint calls."""
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.drawLine(QPointF(0, 0), QPointF(10, 10))
            label.setText("coopdesk")
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 50  # other objects may come and go; 400 calls may not
