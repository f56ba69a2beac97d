"""The day timeline of the Agenda tab: items moved and resized with the keyboard and the
mouse, items past midnight drawn on every day they touch, days when the clocks change."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from coopdesk.core.services import agenda, events
from coopdesk.core.timezones import to_local
from coopdesk.gui import i18n
from coopdesk.gui.forms.stale import StaleEditDialog
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.agenda import AgendaTab
from coopdesk.gui.workspace.workspace import AGENDA
from tests.factories import delegation

from .helpers import shortcut, with_dialog

ALT = Qt.KeyboardModifier.AltModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def _board(qtbot, window: MainWindow, event_id: int, day: date) -> AgendaTab:  # type: ignore[no-untyped-def]
    """The Agenda tab of ``event_id`` showing ``day``, the timeline holding the focus."""
    window.event_list.refresh()
    window.open_event(event_id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    board = window.workspace.agenda
    _show(board, day)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    board.timeline.setFocus()
    qtbot.waitUntil(board.timeline.hasFocus, timeout=3000)
    return board


def _days(board: AgendaTab) -> list[date]:
    return [board.days.tabData(t) for t in range(board.days.count())]


def _show(board: AgendaTab, day: date) -> None:
    board.days.setCurrentIndex(_days(board).index(day))


def _local(db, item_id: int) -> tuple[datetime, datetime]:  # type: ignore[no-untyped-def]
    item = agenda.get_agenda_item(db, item_id)
    return (
        to_local(item.starts_at, "Europe/Paris").replace(tzinfo=None),
        to_local(item.ends_at, "Europe/Paris").replace(tzinfo=None),
    )


def _line(board: AgendaTab, label: time, nth: int = 0) -> float:
    """Where the timeline draws the hour line labelled ``label`` (its ``nth`` one)."""
    text = i18n.fmt_time(label)
    return [y for y, shown in board.timeline.hour_lines() if shown == text][nth]


def test_the_keyboard_selects_moves_and_resizes_items_and_undo_takes_it_back(  # type: ignore[no-untyped-def]
    qtbot, window, db, apostolove
):
    ids = {i.title: i.id for i in agenda.list_agenda(db, apostolove.id)}
    savchuk = agenda.get_agenda_item(db, ids["Séance de travail"]).attendee_ids
    visit = agenda.create_agenda_item(
        db,
        apostolove.id,
        title="Visite de site",
        type="visit",
        starts_at=datetime(2023, 7, 3, 16),
        ends_at=datetime(2023, 7, 3, 17),
        attendee_ids=list(savchuk),
    ).id
    board = _board(qtbot, window, apostolove.id, date(2023, 7, 3))
    timeline = board.timeline
    assert board.conflicts_model.rowCount() == 0

    # Arrows and Tab go from block to block, in the order of the day.
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.current == board.selected_id == ids["Accueil à l'aéroport"]
    qtbot.keyClick(timeline, Qt.Key.Key_Tab)
    assert timeline.current == ids["Séance de travail"]
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.current == board.selected_id == ids["Séance de travail"]
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.current == visit

    # Alt+Up moves the visit a quarter hour earlier: it now overlaps the working session
    # Iryna Savchuk attends, and the conflict shows at once. It stays selected.
    top = timeline.block_rect(visit).top()
    qtbot.keyClick(timeline, Qt.Key.Key_Up, ALT)
    assert _local(db, visit) == (datetime(2023, 7, 3, 15, 45), datetime(2023, 7, 3, 16, 45))
    assert timeline.current == board.selected_id == visit
    assert timeline.block_rect(visit).top() == pytest.approx(top - timeline.hour_px / 4)
    assert board.conflicts_model.rowCount() == 1
    assert visit in timeline.conflicts
    qtbot.keyClick(timeline, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(timeline, Qt.Key.Key_Down, ALT)
    assert _local(db, visit) == (datetime(2023, 7, 3, 16, 15), datetime(2023, 7, 3, 17, 15))
    assert board.conflicts_model.rowCount() == 0

    # Alt+Shift+Down lengthens it, Alt+Shift+Up shortens it, never below a quarter hour.
    qtbot.keyClick(timeline, Qt.Key.Key_Down, ALT_SHIFT)
    assert _local(db, visit) == (datetime(2023, 7, 3, 16, 15), datetime(2023, 7, 3, 17, 30))
    for _ in range(8):
        qtbot.keyClick(timeline, Qt.Key.Key_Up, ALT_SHIFT)
    assert _local(db, visit) == (datetime(2023, 7, 3, 16, 15), datetime(2023, 7, 3, 16, 30))
    assert timeline.current == visit
    assert window.edits.stack.count() == 3 + 1 + 4

    # Ctrl+Z takes the steps back one by one, down to the first move and its conflict.
    shortcut(qtbot, timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _local(db, visit)[1] == datetime(2023, 7, 3, 16, 45)
    while window.edits.stack.index() > 1:
        window.undo_action.trigger()
    assert _local(db, visit) == (datetime(2023, 7, 3, 15, 45), datetime(2023, 7, 3, 16, 45))
    assert board.conflicts_model.rowCount() == 1
    window.undo_action.trigger()
    assert _local(db, visit) == (datetime(2023, 7, 3, 16), datetime(2023, 7, 3, 17))
    assert board.conflicts_model.rowCount() == 0

    # Enter opens the item's form, as a double-click does.
    seen: list[str] = []
    timeline.setFocus()
    with_dialog(
        qtbot,
        lambda dialog: seen.append(dialog.title.text()),  # type: ignore[attr-defined]
        lambda: qtbot.keyClick(timeline, Qt.Key.Key_Return),
    )
    assert seen == ["Visite de site"]
    # The shortcuts are in the tooltips.
    assert "Alt+Maj+↑" in timeline.shortcuts_hint()
    assert board.timeline_button.toolTip() == timeline.shortcuts_hint()


# The offscreen test platform cannot raise the tooltip window, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_a_late_item_is_drawn_on_both_days_and_its_second_part_moves_it_whole(  # type: ignore[no-untyped-def]
    qtbot, window, db
):
    event = delegation(db)
    evening = agenda.create_agenda_item(
        db,
        event.id,
        title="Soirée au conservatoire",
        type="performance",
        starts_at=datetime(2023, 7, 3, 22),
        ends_at=datetime(2023, 7, 4, 1, 30),
    ).id
    # Kept in Toronto time, the last call ends on 5 July in Paris: that day is offered too.
    agenda.create_agenda_item(
        db,
        event.id,
        title="Appel avec Québec",
        type="meeting",
        starts_at=datetime(2023, 7, 4, 20),
        ends_at=datetime(2023, 7, 4, 21),
        timezone="America/Toronto",
    )
    board = _board(qtbot, window, event.id, date(2023, 7, 3))
    timeline = board.timeline
    assert _days(board) == [date(2023, 7, d) for d in (2, 3, 4, 5)]

    # First day: from 22:00 down to midnight, cut at the bottom.
    rect = timeline.block_rect(evening)
    assert timeline.block_continues(evening) == (False, True)
    assert rect.top() == pytest.approx(_line(board, time(22)) + 1)
    assert rect.bottom() == pytest.approx(timeline.hour_lines()[-1][0] - 1)
    # Next day: from midnight to 01:30, cut at the top.
    _show(board, date(2023, 7, 4))
    rect = timeline.block_rect(evening)
    assert timeline.block_continues(evening) == (True, False)
    assert rect.top() == pytest.approx(_line(board, time(0)) + 1)
    assert rect.bottom() == pytest.approx(_line(board, time(1)) + timeline.hour_px / 2 - 1)
    # Its tooltip gives both days, and the keys that move it.
    point = rect.center().toPoint()
    tip = QHelpEvent(QEvent.Type.ToolTip, point, timeline.mapToGlobal(point))
    QApplication.sendEvent(timeline, tip)
    qtbot.waitUntil(lambda: "Soirée au conservatoire" in QToolTip.text())
    assert "lun. 3 juil. 22:00 – mar. 4 juil. 01:30 (Europe/Paris)" in QToolTip.text()
    assert "Alt+↑ / Alt+↓ le déplacent de 15 minutes" in QToolTip.text()
    QToolTip.hideText()

    # Dragging the part after midnight down by an hour moves the whole item.
    start = rect.center().toPoint()
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, start + QPoint(0, round(timeline.hour_px / 2)))
    qtbot.mouseMove(timeline, start + QPoint(0, round(timeline.hour_px)))
    qtbot.mouseRelease(
        timeline, Qt.MouseButton.LeftButton, pos=start + QPoint(0, round(timeline.hour_px))
    )
    assert _local(db, evening) == (datetime(2023, 7, 3, 23), datetime(2023, 7, 4, 2, 30))
    assert board.days.tabData(board.days.currentIndex()) == date(2023, 7, 4)
    assert timeline.current == evening
    # So does Alt+Up on it.
    qtbot.keyClick(timeline, Qt.Key.Key_Up, ALT)
    assert _local(db, evening) == (datetime(2023, 7, 3, 22, 45), datetime(2023, 7, 4, 2, 15))

    # Dragging its bottom edge changes its end only.
    rect = timeline.block_rect(evening)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(timeline, edge + QPoint(0, round(timeline.hour_px / 2)))
    qtbot.mouseRelease(
        timeline, Qt.MouseButton.LeftButton, pos=edge + QPoint(0, round(timeline.hour_px / 2))
    )
    assert _local(db, evening) == (datetime(2023, 7, 3, 22, 45), datetime(2023, 7, 4, 2, 45))

    # Undo, three times: back where it was, on both days.
    for _ in range(3):
        window.undo_action.trigger()
    assert _local(db, evening) == (datetime(2023, 7, 3, 22), datetime(2023, 7, 4, 1, 30))
    assert timeline.block_rect(evening).bottom() == pytest.approx(
        _line(board, time(1)) + timeline.hour_px / 2 - 1
    )

    # An item moved off the day shown is followed to its new day.
    qtbot.keyClick(timeline, Qt.Key.Key_Up, ALT)  # 21:45 – 01:15: still on 4 July
    assert board.days.tabData(board.days.currentIndex()) == date(2023, 7, 4)
    for _ in range(6):
        qtbot.keyClick(timeline, Qt.Key.Key_Up, ALT)
    assert _local(db, evening) == (datetime(2023, 7, 3, 20, 15), datetime(2023, 7, 3, 23, 45))
    assert board.days.tabData(board.days.currentIndex()) == date(2023, 7, 3)
    assert timeline.current == evening
    assert timeline.block_continues(evening) == (False, False)


def test_a_workshop_over_the_autumn_clock_change_is_drawn_at_the_right_hours(  # type: ignore[no-untyped-def]
    qtbot, window, db
):
    event = events.create_event(
        db,
        kind="residency",
        title="Résidence d'un artiste haïtien",
        start_date=date(2023, 10, 23),
        end_date=date(2023, 11, 3),
        timezone="Europe/Paris",
        status="confirmed",
    )

    def item(title: str, start: datetime, end: datetime) -> int:
        return agenda.create_agenda_item(
            db, event.id, title=title, type="workshop", starts_at=start, ends_at=end
        ).id

    workshop = item("Atelier de peinture", datetime(2023, 10, 28, 9), datetime(2023, 10, 30, 17))
    visit = item("Visite du musée", datetime(2023, 10, 29, 10), datetime(2023, 10, 29, 11))
    night = item("Concert de nuit", datetime(2023, 10, 29, 1, 30), datetime(2023, 10, 29, 3))
    board = _board(qtbot, window, event.id, date(2023, 10, 28))
    timeline = board.timeline
    assert timeline.block_continues(workshop) == (False, True)
    assert timeline.block_rect(workshop).top() == pytest.approx(_line(board, time(9)) + 1)

    # Sunday has 25 hours: 02:00 comes twice, and each block is beside its own hours.
    _show(board, date(2023, 10, 29))
    labels = [label for _, label in timeline.hour_lines()]
    assert len(labels) == 26
    assert labels.count(i18n.fmt_time(time(2))) == 2
    rect = timeline.block_rect(workshop)
    assert timeline.block_continues(workshop) == (True, True)
    assert rect.height() == pytest.approx(25 * timeline.hour_px - 2)
    rect = timeline.block_rect(visit)
    assert rect.top() == pytest.approx(_line(board, time(10)) + 1)
    assert rect.bottom() == pytest.approx(_line(board, time(11)) - 1)
    rect = timeline.block_rect(night)  # 01:30 summer time to 03:00 winter time
    assert rect.top() == pytest.approx(_line(board, time(1)) + timeline.hour_px / 2 + 1)
    assert rect.bottom() == pytest.approx(_line(board, time(3)) - 1)
    # Side by side with the workshop in the same (empty) venue column, not under it.
    assert not rect.intersects(timeline.block_rect(workshop))

    _show(board, date(2023, 10, 30))
    assert timeline.block_continues(workshop) == (True, False)
    assert timeline.block_rect(workshop).bottom() == pytest.approx(_line(board, time(17)) - 1)


def test_the_spring_clock_change_leaves_out_the_hour_that_does_not_exist(  # type: ignore[no-untyped-def]
    qtbot, window, db
):
    event = delegation(db, start_date=date(2024, 3, 29), end_date=date(2024, 4, 1))
    night = agenda.create_agenda_item(
        db,
        event.id,
        title="Arrivée du vol de nuit",
        type="transfer",
        starts_at=datetime(2024, 3, 31, 1, 30),
        ends_at=datetime(2024, 3, 31, 3, 30),
    ).id
    board = _board(qtbot, window, event.id, date(2024, 3, 31))
    timeline = board.timeline
    labels = [label for _, label in timeline.hour_lines()]
    assert i18n.fmt_time(time(2)) not in labels
    rect = timeline.block_rect(night)  # one real hour
    assert rect.height() == pytest.approx(timeline.hour_px - 2)
    assert rect.top() == pytest.approx(_line(board, time(1)) + timeline.hour_px / 2 + 1)
    # A quarter hour later, by the clock of the place: 01:45 to 03:45.
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    qtbot.keyClick(timeline, Qt.Key.Key_Down, ALT)
    assert _local(db, night) == (datetime(2024, 3, 31, 1, 45), datetime(2024, 3, 31, 3, 45))


def test_a_move_over_a_colleagues_change_is_refused_not_overwritten(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    ids = {i.title: i.id for i in agenda.list_agenda(db, apostolove.id)}
    welcome = ids["Accueil à l'aéroport"]
    board = _board(qtbot, window, apostolove.id, date(2023, 7, 3))
    qtbot.keyClick(board.timeline, Qt.Key.Key_Down)
    assert board.timeline.current == welcome
    # A colleague on the shared database moves it an hour earlier meanwhile.
    agenda.update_agenda_item(
        db, welcome, {"starts_at": datetime(2023, 7, 3, 9), "ends_at": datetime(2023, 7, 3, 10)}
    )
    shown: list[list[str]] = []

    def read(dialog: StaleEditDialog) -> None:
        table = dialog.table
        shown.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        dialog.keep_theirs.click()

    with_dialog(qtbot, read, lambda: qtbot.keyClick(board.timeline, Qt.Key.Key_Down, ALT))
    # Both versions of the clashing times were shown; the colleague's were kept.
    assert [row[0] for row in shown] == [
        "Accueil à l'aéroport — début",
        "Accueil à l'aéroport — fin",
    ]
    assert shown[0][1] != shown[0][2]
    assert _local(db, welcome) == (datetime(2023, 7, 3, 9), datetime(2023, 7, 3, 10))
    assert window.edits.stack.count() == 0
