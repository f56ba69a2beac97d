"""The window over a PostgreSQL server, as a reader and as an editor: what the role may
not do is greyed, says why, and stays greyed whatever is selected."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from coopdesk.core.access import Role
from coopdesk.core.db import open_database
from coopdesk.core.services import agenda, participants
from coopdesk.gui.main_window import DIRECTORY, MainWindow
from tests import pg_roles
from tests.factories import delegation, person

server = pg_roles.server  # the fixture: a login of each role on a fresh database


def _window(qtbot, url):  # type: ignore[no-untyped-def]
    db = open_database(url)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win, db


def _fill(url):  # type: ignore[no-untyped-def]
    owner = open_database(url)
    try:
        event = delegation(owner)
        for last in ("Kovalenko", "Savchuk"):
            who = person(owner, last_name=last, first_name="Olena")
            participants.add_participant(owner, event.id, who.id)
        agenda.create_agenda_item(
            owner,
            event.id,
            title="Dîner officiel",
            type="meal",
            starts_at=datetime(2023, 7, 3, 19, 30),
            ends_at=datetime(2023, 7, 3, 22),
        )
        return event
    finally:
        owner.dispose()


def test_a_reader_sees_every_edit_action_greyed_and_why(qtbot, server):  # type: ignore[no-untyped-def]
    event = _fill(server.owner_url)
    win, db = _window(qtbot, server.urls[Role.READER])
    try:
        login = server.logins[Role.READER]
        assert win.role_note.isVisible()
        assert win.role_note.text() == (
            f"Connecté en tant que « {login} » (lecteur) : vous pouvez consulter et "
            "exporter, mais pas créer, modifier ni supprimer."
        )
        assert not win.new_event_action.isEnabled()
        assert not win.purge_action.isEnabled()
        assert win.find_action.isEnabled() and win.refresh_action.isEnabled()
        win.open_event(event.id)
        tab = win.workspace.participants
        win.workspace.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.table.model().rowCount() == 2)
        tab.table.selectRow(0)  # a selection enables editing buttons, not for a reader
        qtbot.wait(10)
        for button in (tab.add_button, tab.edit_button, tab.remove_button, tab.import_button):
            assert not button.isEnabled(), button.text()
            assert "ne permet pas de modifier" in button.toolTip()
        assert tab.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        # Nor do the keys: Delete asks nothing and removes nothing, F2 edits nothing.
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
        qtbot.keyClick(tab.table, Qt.Key.Key_F2)
        assert QApplication.activeModalWidget() is None
        assert tab.table.state() != QAbstractItemView.State.EditingState
        assert tab.table.model().rowCount() == 2
        tab_agenda = win.workspace.agenda
        assert not tab_agenda.new_button.isEnabled() and not tab_agenda.import_action.isEnabled()
        win.workspace.tabs.setCurrentWidget(tab_agenda)
        tab_agenda.list_button.click()  # the list view of the agenda
        qtbot.waitUntil(lambda: tab_agenda.table.model().rowCount() == 1)
        assert _double_click_opens_a_dialog(qtbot, tab_agenda.table) is False
        assert not win.workspace.overview.save_button.isEnabled()
        win.show_page(DIRECTORY)
        assert not win.directory.new_org_button.isEnabled()
        assert not win.directory.person.erase_button.isEnabled()
        assert win.directory.search.isEnabled()  # looking for someone still works
        qtbot.waitUntil(lambda: win.directory.model.rowCount() == 2)
        win.directory.people.selectRow(0)
        qtbot.wait(10)
        assert not win.directory.person.erase_button.isEnabled()
        assert win.directory.person.export_data_button.isEnabled()  # reading is allowed
        assert not win.directory.new_person_button.isEnabled()
        assert not win.directory.person.edit_button.isEnabled()
        assert not win.directory.person.merge_button.isEnabled()
        # The venues and partners pages, built on first use, are greyed the same way.
        venues, partners = win.venues, win.partners
        for button in (
            venues.new_button,
            venues.edit_button,
            venues.merge_button,
            venues.delete_button,
            partners.new_button,
            partners.agreement_button,
            partners.edit_button,
            partners.delete_button,
            partners.edit_agreement_button,
            partners.delete_agreement_button,
        ):
            assert not button.isEnabled(), button.text()
            assert "ne permet pas de modifier" in button.toolTip(), button.text()
    finally:
        win.close()
        db.dispose()


def _double_click_opens_a_dialog(qtbot, view) -> bool:  # type: ignore[no-untyped-def]
    """Double-click the first row of ``view``; a dialog that opens is closed again."""
    opened: list[str] = []

    def close_any() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(300, close_any)
    cell = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a real one
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.wait(400)
    return bool(opened)


def test_an_editor_edits_but_may_not_erase_or_purge(qtbot, server):  # type: ignore[no-untyped-def]
    event = _fill(server.owner_url)
    win, db = _window(qtbot, server.urls[Role.EDITOR])
    try:
        assert "réservés aux administrateurs" in win.role_note.text()
        assert win.new_event_action.isEnabled()
        assert not win.purge_action.isEnabled()
        win.open_event(event.id)
        tab = win.workspace.participants
        win.workspace.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.table.model().rowCount() == 2)
        tab.table.selectRow(0)
        qtbot.waitUntil(tab.edit_button.isEnabled)
        assert tab.add_button.isEnabled()
        tab_agenda = win.workspace.agenda
        win.workspace.tabs.setCurrentWidget(tab_agenda)
        tab_agenda.list_button.click()
        qtbot.waitUntil(lambda: tab_agenda.table.model().rowCount() == 1)
        assert _double_click_opens_a_dialog(qtbot, tab_agenda.table) is True
        win.show_page(DIRECTORY)
        qtbot.waitUntil(lambda: win.directory.model.rowCount() == 2)
        win.directory.people.selectRow(0)
        qtbot.wait(10)
        erase = win.directory.person.erase_button
        assert not erase.isEnabled() and "Réservé aux administrateurs" in erase.toolTip()
    finally:
        win.close()
        db.dispose()


def test_an_administrator_sees_no_note_and_nothing_greyed(qtbot, server):  # type: ignore[no-untyped-def]
    _fill(server.owner_url)
    win, db = _window(qtbot, server.urls[Role.ADMIN])
    try:
        assert not win.role_note.isVisible()
        assert win.purge_action.isEnabled() and win.new_event_action.isEnabled()
        win.show_page(DIRECTORY)
        qtbot.waitUntil(lambda: win.directory.model.rowCount() == 2)
        win.directory.people.selectRow(0)
        qtbot.waitUntil(win.directory.person.erase_button.isEnabled)
    finally:
        win.close()
        db.dispose()
