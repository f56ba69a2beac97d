"""GUI tests run offscreen, in French unless a test says otherwise, on a fresh database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from coopdesk.core.db import Database
from coopdesk.gui import i18n
from coopdesk.gui.app import application
from coopdesk.gui.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot resize windows to their size hints and says so:
    that is a limit of the test platform, not a fault of the window."""
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
            )


@pytest.fixture(autouse=True)
def _french(qapp: QApplication) -> Iterator[None]:
    """The interface in French, as most protocol offices see it."""
    application()
    i18n.apply_language("fr")
    yield
    i18n.apply_language("fr")


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window over a fresh database, shown at a laptop's size."""
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    return win
