"""The travel and stay of a participant, and the manual protocol order, edited in the
Participants tab and undone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.core.services import participants
from coopdesk.gui.forms.travel_dialog import TravelDialog
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.workspace import PARTICIPANTS

from .helpers import shortcut, type_text, with_dialog


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


def _order(db, event_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.last_name for p in participants.list_participants(db, event_id)]


def test_travel_and_stay_edited_by_double_click_refused_beside_the_field_and_undone(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    participation_id = tab.model.row_at(row).id
    seen: dict[str, str] = {}

    def fill(dialog: TravelDialog) -> None:
        assert "Savchuk" in dialog.windowTitle()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(dialog.arrival.known, Qt.MouseButton.LeftButton)
        dialog.arrival.day.setDate(QDate(2023, 7, 2))
        dialog.arrival.time.setTime(QTime(14, 30))
        dialog.arrival_zone.setCurrentText("Europe/Kyiv")
        dialog.arrival_transport.setCurrentIndex(dialog.arrival_transport.findData("plane"))
        type_text(qtbot, dialog.arrival_number, "PS 101")
        type_text(qtbot, dialog.arrival_place, "CDG 2E")
        qtbot.mouseClick(dialog.departure.known, Qt.MouseButton.LeftButton)
        dialog.departure.day.setDate(QDate(2023, 7, 1))
        type_text(qtbot, dialog.hotel, "Hôtel de la Cité")
        type_text(qtbot, dialog.room, "214")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        # Refused beside the departure, in French; the form stays open.
        seen["departure"] = dialog.form.error_text("departure_at")
        assert dialog.isVisible()
        dialog.departure.day.setDate(QDate(2023, 7, 5))
        dialog.departure.time.setTime(QTime(9, 15))
        qtbot.mouseClick(dialog.check_in.known, Qt.MouseButton.LeftButton)
        dialog.check_in.day.setDate(QDate(2023, 7, 3))
        qtbot.mouseClick(dialog.check_out.known, Qt.MouseButton.LeftButton)
        dialog.check_out.day.setDate(QDate(2023, 7, 2))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["check_out"] = dialog.form.error_text("check_out")
        assert dialog.form.error_text("departure_at") == ""
        dialog.check_out.day.setDate(QDate(2023, 7, 5))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["closed"] = str(not dialog.isVisible())

    cell = tab.table.visualRect(tab.model.index(row, 0)).center()

    def double_click() -> None:  # a press first, as a real double-click starts with one
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    with_dialog(qtbot, fill, double_click)
    assert "départ" in seen["departure"].lower() and "avant" in seen["departure"]
    assert seen["check_out"] != ""
    assert seen["closed"] == "True"
    saved = participants.get_participant(db, participation_id)
    assert saved.arrival_at == datetime(2023, 7, 2, 11, 30, tzinfo=UTC)  # 14:30 in Kyiv
    assert saved.arrival_timezone == "Europe/Kyiv"
    assert saved.arrival_transport == "plane" and saved.arrival_number == "PS 101"
    assert saved.departure_timezone == "Europe/Paris"
    assert saved.departure_at == datetime(2023, 7, 5, 7, 15, tzinfo=UTC)
    assert (saved.hotel, saved.room) == ("Hôtel de la Cité", "214")
    assert (saved.check_in, saved.check_out) == (date(2023, 7, 3), date(2023, 7, 5))
    assert tab.model.row_at(_row_of(tab, "Savchuk")).hotel == "Hôtel de la Cité"

    shortcut(qtbot, tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = participants.get_participant(db, participation_id)
    assert (undone.arrival_at, undone.hotel, undone.check_in) == (None, None, None)
    shortcut(qtbot, tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert participants.get_participant(db, participation_id).arrival_at == saved.arrival_at


def test_the_edit_button_opens_the_current_travel_in_local_time(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Bondarenko")
    participants.update_participation(
        db,
        tab.model.row_at(row).id,
        {"arrival_at": datetime(2023, 7, 2, 8, 5), "arrival_timezone": "Asia/Tokyo"},
    )
    tab.refresh()
    assert not tab.edit_button.isEnabled()
    tab.table.selectRow(row)
    assert tab.edit_button.isEnabled()
    shown: list[object] = []

    def look(dialog: TravelDialog) -> None:
        shown.extend(
            [
                dialog.arrival.known.isChecked(),
                dialog.arrival.day.date(),
                dialog.arrival.time.time(),
                dialog.arrival_zone.currentText(),
                dialog.departure.known.isChecked(),
            ]
        )
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, look, lambda: qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton))
    assert shown == [True, QDate(2023, 7, 2), QTime(8, 5), "Asia/Tokyo", False]
    assert not window.edits.stack.canUndo()


def test_manual_protocol_order_moved_by_buttons_and_keys_restored_and_undone(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    automatic = _order(db, apostolove.id)
    assert not tab.up_action.isEnabled()
    last = automatic[-1]
    tab.table.selectRow(_row_of(tab, last))
    tab.up_action.trigger()
    moved = [*automatic[:2], last, automatic[2]]
    assert _order(db, apostolove.id) == moved
    assert [tab.model.row_at(r).last_name for r in range(4)] == moved
    # The moved participant stays selected: Ctrl+Up moves them again.
    assert tab.selected_ids() == [tab.model.row_at(2).id]
    shortcut(qtbot, tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _order(db, apostolove.id) == [automatic[0], last, automatic[1], automatic[2]]
    shortcut(qtbot, tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _order(db, apostolove.id) == moved
    # The first cannot go higher: nothing happens, nothing to undo.
    tab.table.selectRow(0)
    depth = window.edits.stack.count()
    tab.up_action.trigger()
    assert window.edits.stack.count() == depth

    tab.auto_order_action.trigger()
    assert _order(db, apostolove.id) == automatic
    assert all(
        p.precedence_override is None for p in participants.list_participants(db, apostolove.id)
    )
    window.undo_action.trigger()
    assert _order(db, apostolove.id) == moved
    for _ in range(3):
        window.undo_action.trigger()
    assert _order(db, apostolove.id) == automatic
    window.redo_action.trigger()
    assert _order(db, apostolove.id) == moved


def test_the_time_unknown_box_turns_the_time_off_and_round_trips(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    participation_id = tab.model.row_at(row).id
    tab.table.selectRow(row)

    def fill(dialog: TravelDialog) -> None:
        assert not dialog.arrival_time_unknown.isEnabled()  # no date yet
        qtbot.mouseClick(dialog.arrival.known, Qt.MouseButton.LeftButton)
        assert dialog.arrival_time_unknown.isEnabled() and dialog.arrival.time.isEnabled()
        dialog.arrival.day.setDate(QDate(2023, 7, 2))
        dialog.arrival.time.setTime(QTime(14, 30))
        qtbot.mouseClick(dialog.arrival_time_unknown, Qt.MouseButton.LeftButton)
        assert not dialog.arrival.time.isEnabled()
        qtbot.mouseClick(dialog.departure.known, Qt.MouseButton.LeftButton)
        dialog.departure.day.setDate(QDate(2023, 7, 2))  # same day, time unknown: fine
        qtbot.mouseClick(dialog.departure_time_unknown, Qt.MouseButton.LeftButton)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    with_dialog(qtbot, fill, tab.edit_button.click)
    saved = participants.get_participant(db, participation_id)
    assert (saved.arrival_time_known, saved.departure_time_known) == (False, False)
    assert saved.arrival_at == datetime(2023, 7, 1, 22, 0, tzinfo=UTC)  # local midnight
    # the table shows the day without "00:00"
    arrival = tab.model.index(_row_of(tab, "Savchuk"), 6).data()
    assert arrival and "00:00" not in arrival

    shown: list[object] = []
    tab.table.selectRow(_row_of(tab, "Savchuk"))

    def look(dialog: TravelDialog) -> None:
        shown.extend(
            [
                dialog.arrival_time_unknown.isChecked(),
                dialog.arrival.time.isEnabled(),
                dialog.arrival.day.date(),
            ]
        )
        qtbot.mouseClick(dialog.arrival_time_unknown, Qt.MouseButton.LeftButton)
        dialog.arrival.time.setTime(QTime(9, 10))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, look, tab.edit_button.click)
    assert shown == [True, False, QDate(2023, 7, 2)]
    again = participants.get_participant(db, participation_id)
    assert again.arrival_time_known is True
    assert again.arrival_at == datetime(2023, 7, 2, 7, 10, tzinfo=UTC)
