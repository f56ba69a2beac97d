"""Driving modal dialogs: they run their own event loop, so the test acts from a timer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget


def with_dialog(qtbot, act: Callable[[QDialog], None], open_it: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Call ``open_it`` (which shows a modal dialog) and let ``act`` work in that dialog."""
    done: list[bool] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        try:
            act(dialog)  # type: ignore[arg-type]
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, step)
    open_it()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def find(widget: QWidget, cls: type, name: str) -> QWidget:
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key; letters QTest cannot map (é, Cyrillic) go as key events."""
    for char in text:
        if char.isascii() and (char.isalnum() or char in " .,-:/"):
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def shortcut(qtbot, where: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a keyboard shortcut with the focus on ``where`` (its window made active again
    after a dialog). Text fields keep Ctrl+Z for their own text, as everywhere in Qt."""
    window = where.window()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    where.setFocus()
    qtbot.keyClick(where, key, modifier)


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the next save dialogs with ``path``; returns the names they proposed."""
    proposed: list[str] = []

    def answer(parent, title, name, filters):  # type: ignore[no-untyped-def]
        proposed.append(Path(name).name)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return proposed
