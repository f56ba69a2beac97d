"""Tables as a day-long tool: role, category and status edited in their cell with the
mouse and the keyboard, the selection kept by row through edits, reloads and undos,
columns chosen and ordered per table, and Enter, Delete and F2 on the rows of every
table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from coopdesk.core.documents.badges import badge_participants
from coopdesk.core.documents.layouts import list_layouts
from coopdesk.core.services import agenda, categories, organisations, participants, venues
from coopdesk.gui.categories import CategoriesDialog
from coopdesk.gui.list_page import ListPane
from coopdesk.gui.main_window import DIRECTORY, PARTNERS, VENUES, MainWindow
from coopdesk.gui.pdf_dialogs import BadgeDialog
from coopdesk.gui.tables import row_table
from coopdesk.gui.workspace.workspace import AGENDA, PARTICIPANTS
from tests.factories import partner

from .helpers import with_dialog

ROLE, CATEGORY, STATUS = 2, 3, 4


def _tab(window: MainWindow, event_id: int):  # type: ignore[no-untyped-def]
    window.open_event(event_id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    tab = window.workspace.participants
    assert tab.model.rowCount() == 4
    return tab


def _row_of(tab, last_name: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).last_name == last_name
    )


def _saved(db, event_id: int, last_name: str):  # type: ignore[no-untyped-def]
    return next(p for p in participants.list_participants(db, event_id) if p.last_name == last_name)


def _editor(tab, row: int, column: int) -> QWidget | None:  # type: ignore[no-untyped-def]
    return tab.table.indexWidget(tab.model.index(row, column))


def _cell_centre(tab, row: int, column: int) -> QPoint:  # type: ignore[no-untyped-def]
    return tab.table.visualRect(tab.model.index(row, column)).center()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_double_click_opens_the_list_in_the_cell_and_one_click_saves_and_undoes(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    qtbot.mouseClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(tab, row, ROLE)
    )
    qtbot.mouseDClick(
        tab.table.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(tab, row, ROLE)
    )
    qtbot.waitUntil(lambda: isinstance(_editor(tab, row, ROLE), QComboBox))
    editor = _editor(tab, row, ROLE)
    assert isinstance(editor, QComboBox)
    # In the cell, inside the table, not a window of its own.
    assert not editor.isWindow() and editor.parent() is tab.table.viewport()
    cell = tab.table.visualRect(tab.model.index(row, ROLE))
    assert cell.contains(editor.geometry().center())
    assert editor.currentData() == "interpreter"
    listing = editor.view()
    qtbot.waitUntil(listing.isVisible)  # the list is open: one click chooses
    wanted = editor.findData("guest")
    assert wanted > 0
    target = listing.visualRect(listing.model().index(wanted, 0)).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: _saved(db, apostolove.id, "Savchuk").role == "guest")
    qtbot.waitUntil(lambda: _editor(tab, row, ROLE) is None)
    row = _row_of(tab, "Savchuk")
    assert tab.model.index(row, ROLE).data() == "Invité"
    assert window.edits.stack.undoText().endswith(": rôle")
    window.undo_action.trigger()
    assert _saved(db, apostolove.id, "Savchuk").role == "interpreter"


def test_f2_opens_the_editor_arrows_choose_enter_saves_escape_cancels(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Kravets")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, STATUS))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab, row, STATUS)
    assert isinstance(editor, QComboBox) and editor.hasFocus()
    assert not editor.view().isVisible()  # by the keyboard, the arrows choose
    assert editor.currentData() == "declined"
    start = editor.currentIndex()
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.currentIndex() == start - 1
    chosen = editor.currentData()
    assert _saved(db, apostolove.id, "Kravets").status == "declined"  # not yet saved
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _editor(tab, row, STATUS) is None)
    assert _saved(db, apostolove.id, "Kravets").status == "declined"
    # Enter opens it as F2 does; Enter again saves.
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    editor = _editor(tab, row, STATUS)
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _saved(db, apostolove.id, "Kravets").status == chosen)
    # The same row stays current and selected, the keyboard goes on from there.
    row = _row_of(tab, "Kravets")
    assert tab.table.currentIndex().row() == row
    assert tab.selected_ids() == [tab.model.row_at(row).id]


def test_a_colleague_s_change_of_the_same_field_is_shown_never_overwritten(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Bondarenko")
    seen = tab.model.row_at(row)
    # A colleague makes them head of delegation meanwhile.
    participants.update_participation(db, seen.id, {"role": "head_of_delegation"}, seen)
    asked = []
    window.edits.ask = lambda error: asked.append(error) or "theirs"
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, ROLE))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = _editor(tab, row, ROLE)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("interpreter"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(asked) == 1)  # the user saw both values
    assert _saved(db, apostolove.id, "Bondarenko").role == "head_of_delegation"
    assert tab.model.index(_row_of(tab, "Bondarenko"), ROLE).data() == "Chef de délégation"


def test_the_role_of_a_multi_selection_is_changed_in_one_undoable_edit(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    tab.rows.select_ids(
        [tab.model.row_at(_row_of(tab, n)).id for n in ("Savchuk", "Kravets", "Kovalenko")]
    )
    menu = tab.set_button.menu()
    (role_menu,) = [a.menu() for a in menu.actions() if a.text().replace("&", "") == "Rôle"]
    role_menu.aboutToShow.emit()
    (guest,) = [a for a in role_menu.actions() if a.text() == "Invité"]
    guest.trigger()
    roles = {p.last_name: p.role for p in participants.list_participants(db, apostolove.id)}
    assert roles == {
        "Savchuk": "guest",
        "Kravets": "guest",
        "Kovalenko": "guest",
        "Bondarenko": "officer",
    }
    assert window.edits.stack.undoText().endswith("rôle de 3 participants")
    window.undo_action.trigger()
    roles = {p.last_name: p.role for p in participants.list_participants(db, apostolove.id)}
    assert roles["Savchuk"] == "interpreter" and roles["Kovalenko"] == "head_of_delegation"


def test_the_selection_follows_its_rows_through_edits_reloads_and_undos(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    chosen = sorted(tab.model.row_at(_row_of(tab, n)).id for n in ("Savchuk", "Kovalenko"))
    tab.rows.select_ids(chosen)
    tab.set_selected("status", "invited")
    assert sorted(tab.selected_ids()) == chosen
    tab.set_selected("role", "guest")  # the protocol order changes
    assert sorted(tab.selected_ids()) == chosen
    window.refresh_action.trigger()
    assert sorted(tab.selected_ids()) == chosen
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert sorted(tab.selected_ids()) == chosen
    # The badge dialog counts the rows the user sees selected.
    selected = window.workspace.documents.selected_participants()
    people = badge_participants(db, apostolove.id)
    dialog = BadgeDialog(list_layouts(), people, selected, "fr", window)
    qtbot.addWidget(dialog)
    assert sorted(window.workspace.documents.selected_participants()) == chosen
    assert "(2)" in dialog.chosen.text()


def test_delete_asks_removes_the_selection_and_undo_brings_it_back(
    qtbot, window, db, apostolove, monkeypatch
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    asked = []

    def answer(*args):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.table.setFocus()
    tab.table.selectRow(_row_of(tab, "Kravets"))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Kravets" in asked[0]
    assert tab.model.rowCount() == 4  # "no": nothing removed
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert [p.last_name for p in participants.list_participants(db, apostolove.id)].count(
        "Kravets"
    ) == 0
    window.undo_action.trigger()
    assert tab.model.rowCount() == 4


def test_enter_on_a_cell_not_edited_in_place_opens_the_travel_of_the_row(
    qtbot, window, db, apostolove, monkeypatch
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    opened = []
    monkeypatch.setattr(tab, "edit_participant", opened.append)
    row = _row_of(tab, "Savchuk")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # nothing to edit in place: the row opens
    assert opened == [tab.model.row_at(row).id] * 2


def test_columns_are_chosen_reordered_remembered_and_reset(qtbot, db, apostolove):  # type: ignore[no-untyped-def]
    def open_window() -> MainWindow:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        return win

    window = open_window()
    tab = _tab(window, apostolove.id)
    header = tab.table.horizontalHeader()
    # By default arrival, departure and hotel are seen without scrolling at 1366 px.
    qtbot.wait(20)
    for column in (6, 7, 8):
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
            tab.table.viewport().width()
        )
    assert tab.table.horizontalScrollBar().maximum() == 0
    menu = row_table(tab.table).columns_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles[:3] == ["Nom", "Nom dans son écriture", "Rôle"]
    organisation = next(a for a in menu.actions() if a.text() == "Organisation")
    assert not organisation.isChecked()
    organisation.trigger()  # shown
    hotel = next(a for a in menu.actions() if a.text() == "Hôtel")
    hotel.trigger()  # hidden
    assert not header.isSectionHidden(5) and header.isSectionHidden(8)
    header.moveSection(header.visualIndex(4), 0)  # status dragged first
    qtbot.wait(400)  # the order is written once the drag ends
    window.close()

    window = open_window()  # another day: the same columns
    tab = _tab(window, apostolove.id)
    header = tab.table.horizontalHeader()
    assert not header.isSectionHidden(5) and header.isSectionHidden(8)
    assert header.logicalIndex(0) == 4
    menu = row_table(tab.table).columns_menu()
    assert next(a.text() for a in menu.actions() if a.isCheckable()) == "Statut"
    (reset,) = [a for a in menu.actions() if a.text() == "Réinitialiser les colonnes"]
    reset.trigger()
    assert header.logicalIndex(0) == 0
    assert header.isSectionHidden(5) and not header.isSectionHidden(8)
    window.close()
    window = open_window()
    tab = _tab(window, apostolove.id)
    assert tab.table.horizontalHeader().logicalIndex(0) == 0


def test_the_participants_buttons_fit_a_1024_pixel_screen(qtbot, window, apostolove):  # type: ignore[no-untyped-def]
    window.resize(1024, 600)
    tab = _tab(window, apostolove.id)
    qtbot.wait(50)
    QApplication.processEvents()
    buttons = [tab.add_button, tab.set_button, tab.remove_button, tab.edit_button]
    buttons += [tab.more_button, tab.import_button]
    for button in buttons:
        assert button.isVisible()
        right = button.mapTo(tab, QPoint(button.width(), 0)).x()
        assert right <= tab.width(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # never cut


# --- the keyboard on the rows of every table ------------------------------------------


def _press(qtbot, view, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.keyClick(view, key)


def test_agenda_list_enter_and_f2_open_the_item_delete_removes_it_undo_brings_it_back(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    tab = window.workspace.agenda
    tab.list_button.setChecked(True)
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).title == "Dîner officiel"
    )
    tab.table.selectRow(row)
    titles: list[str] = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        with_dialog(
            qtbot,
            lambda d: titles.append(d.title.text()),
            lambda k=key: _press(qtbot, tab.table, k),
        )
    assert titles == ["Dîner officiel", "Dîner officiel"]
    _press(qtbot, tab.table, Qt.Key.Key_Delete)
    assert "Dîner officiel" not in [i.title for i in agenda.list_agenda(db, apostolove.id)]
    window.undo_action.trigger()
    assert "Dîner officiel" in [i.title for i in agenda.list_agenda(db, apostolove.id)]


def test_the_agenda_list_shows_venue_and_attendees_without_scrolling(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    tab = window.workspace.agenda
    tab.list_button.setChecked(True)
    qtbot.wait(20)
    header = tab.table.horizontalHeader()
    for column in (3, 5, 6):  # title, venue, attendees
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
            tab.table.viewport().width()
        )
    assert tab.table.horizontalScrollBar().maximum() == 0


def test_venues_enter_edits_delete_asks_then_removes_and_undo_brings_back(
    qtbot, window, db, monkeypatch
):  # type: ignore[no-untyped-def]
    for name in ("Abbaye", "Beffroi", "Cloître"):
        venues.create_venue(db, name=name, timezone="Europe/Paris")
    window.show_page(VENUES)
    page = window.venues
    page.refresh()
    page.table.selectRow(1)
    seen: list[str] = []
    with_dialog(
        qtbot,
        lambda d: seen.append(d.windowTitle()),
        lambda: _press(qtbot, page.table, Qt.Key.Key_Return),
    )
    assert seen == ["Modifier le lieu"]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    _press(qtbot, page.table, Qt.Key.Key_Delete)
    assert "Beffroi" in asked[0]
    assert [v.name for v in venues.list_venues(db)] == ["Abbaye", "Cloître"]
    window.undo_action.trigger()
    assert [v.name for v in venues.list_venues(db)] == ["Abbaye", "Beffroi", "Cloître"]


def test_a_renamed_venue_stays_selected_where_its_row_moved(qtbot, window, db):  # type: ignore[no-untyped-def]
    made = [
        venues.create_venue(db, name=name, timezone="Europe/Paris")
        for name in ("Abbaye", "Beffroi", "Cloître")
    ]
    window.show_page(VENUES)
    page = window.venues
    page.refresh()
    page.table.selectRow(0)
    assert page.selected_venue() == made[0].id
    venues.update_venue(db, made[0].id, {"name": "Zénith"}, made[0])
    page.refresh()
    assert page.table.item(2, 0).text() == "Zénith"
    assert page.selected_venue() == made[0].id


def test_organisations_enter_edits_delete_asks_removes_and_undo(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    kept = organisations.create_organisation(db, name="Ville de Poitiers", kind="french_authority")
    gone = organisations.create_organisation(db, name="Ville de Niort", kind="french_authority")
    window.show_page(DIRECTORY)
    page = window.directory
    page.lists.setCurrentIndex(1)
    page.refresh()
    page.select_organisation(gone.id)
    seen: list[str] = []
    with_dialog(
        qtbot,
        lambda d: seen.append(d.name.text()),
        lambda: _press(qtbot, page.organisations, Qt.Key.Key_Return),
    )
    assert seen == ["Ville de Niort"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    _press(qtbot, page.organisations, Qt.Key.Key_Delete)
    assert [o.id for o in organisations.list_organisations(db)] == [kept.id]
    window.undo_action.trigger()
    assert {o.id for o in organisations.list_organisations(db)} == {kept.id, gone.id}


def test_categories_enter_edits_and_delete_removes_with_undo(qtbot, window, db):  # type: ignore[no-untyped-def]
    categories.create_category(db, label_fr="Chauffeur", colour="#117733")
    dialog = CategoriesDialog(db, window.edits, window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Chauffeur"
    )
    dialog.table.selectRow(row)
    seen: list[str] = []
    with_dialog(
        qtbot,
        lambda d: seen.append(d.windowTitle()),
        lambda: _press(qtbot, dialog.table, Qt.Key.Key_Return),
    )
    assert len(seen) == 1 and dialog.isVisible()  # Enter edited the row, not closed the dialog
    _press(qtbot, dialog.table, Qt.Key.Key_Delete)
    assert "chauffeur" not in categories.categories_by_code(db)
    window.undo_action.trigger()
    assert "chauffeur" in categories.categories_by_code(db)


def test_enter_on_an_event_of_a_person_opens_it(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    page = window.directory
    who = participants.list_participants(db, apostolove.id)[0]
    page.person.show_person(who.person_id)
    page.person.events.selectRow(0)
    with qtbot.waitSignal(page.person.open_event) as opened:
        _press(qtbot, page.person.events, Qt.Key.Key_Return)
    assert opened.args == [apostolove.id]


# --- one list page for venues, people and organisations, partners ------------------------


def test_venues_directory_and_partners_share_one_list_pane(qtbot, window, db):  # type: ignore[no-untyped-def]
    for page in (window.venues, window.directory, window.partners):
        panes = page.findChildren(ListPane)
        assert panes, type(page).__name__
        assert any(p.search is page.search for p in panes)


def test_partners_are_searched_by_name_country_or_theme_without_accents(qtbot, window, db):  # type: ignore[no-untyped-def]
    from coopdesk.core.services import partnerships

    for name, country in (("Ville d'Apostolove", "UA"), ("Préfecture de Kyōto", "JP")):
        made = partner(db, name=name, country=country)
        partnerships.create_partnership(db, partner_id=made.id, kind="twinning")
    window.show_page(PARTNERS)
    page = window.partners
    page.refresh()
    assert page.list.count() == 2
    page.search.setText("prefecture")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # at once, not in a moment
    shown = [page.list.item(r).text() for r in range(page.list.count())]
    assert shown == ["Préfecture de Kyōto (JP)"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.list.count() == 2)
    window.find_action.trigger()
    assert page.search.hasFocus()


def test_tab_leaves_every_table_for_the_next_field(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert not tab.table.hasFocus()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tab.category_filter
    window.show_page(VENUES)
    for view in (window.venues.table, window.venues.uses):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert not view.hasFocus()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_click_on_the_selected_cell_opens_its_list_and_a_click_saves(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Kravets")
    pos = _cell_centre(tab, row, CATEGORY)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a second click, not a double one
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: isinstance(_editor(tab, row, CATEGORY), QComboBox))
    editor = _editor(tab, row, CATEGORY)
    listing = editor.view()
    qtbot.waitUntil(listing.isVisible)
    wanted = editor.findData("press")
    assert wanted >= 0 and editor.currentData() != "press"
    target = listing.visualRect(listing.model().index(wanted, 0)).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: _saved(db, apostolove.id, "Kravets").category == "press")
    assert tab.model.index(_row_of(tab, "Kravets"), CATEGORY).data() == "Presse"


def test_the_agenda_buttons_fit_a_1024_pixel_screen(qtbot, window, apostolove):  # type: ignore[no-untyped-def]
    window.resize(1024, 600)
    window.open_event(apostolove.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    tab = window.workspace.agenda
    qtbot.wait(50)
    buttons = [tab.timeline_button, tab.list_button, tab.new_button, tab.edit_button]
    buttons += [tab.delete_button, tab.seating_button, tab.more_button]
    for button in buttons:
        right = button.mapTo(tab, QPoint(button.width(), 0)).x()
        assert right <= tab.width(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # never cut
    (found,) = [a for a in tab.more_button.menu().actions() if a is tab.import_action]
    assert found.text() == "Impor&ter un programme (.ics)…"
