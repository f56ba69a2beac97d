"""Ctrl+F (Edit > Find) puts the cursor in the search field of the page shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coopdesk.gui.main_window import DIRECTORY, EVENTS, MainWindow
from tests.gui.helpers import shortcut


def test_ctrl_f_goes_to_the_search_field_of_the_page_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page(EVENTS)
    window.event_list.search.setText("Assises")
    shortcut(qtbot, window.event_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.event_list.search.hasFocus, timeout=3000)
    assert window.event_list.search.selectedText() == "Assises"  # typing replaces it

    window.show_page(DIRECTORY)
    shortcut(qtbot, window.directory.people, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.directory.search.hasFocus, timeout=3000)
    assert not window.event_list.search.hasFocus()
