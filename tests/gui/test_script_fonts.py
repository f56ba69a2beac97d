"""Guests' names in their own script show in the window in their letters, not as
boxes, on a PC without fonts for that script (the fonts shipped for the documents
are offered to the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from coopdesk.gui.app import register_script_fonts


def _drawn(text: str) -> QImage:
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_japanese_korean_and_arabic_names_are_drawn_in_their_letters(qapp):  # type: ignore[no-untyped-def]
    families = register_script_fonts()
    assert {"IPAGothic", "NanumGothic", "Noto Sans Arabic"} <= set(families)
    # Two different names of two letters each: drawn as boxes, they would look alike.
    for one, other in (("佐藤", "健二"), ("김민", "수정"), ("ليلى", "حداد")):
        assert _drawn(one) != _drawn(other), (one, other)
