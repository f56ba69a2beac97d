"""An incoming delegation built through the window, as a protocol officer would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

from coopdesk.core.services import agenda, events, participants
from coopdesk.gui.forms.agenda_dialog import AgendaItemDialog
from coopdesk.gui.forms.event_form import NewEventDialog
from coopdesk.gui.forms.participant_dialog import AddParticipantDialog
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.workspace import AGENDA, OVERVIEW, PARTICIPANTS

from .helpers import shortcut, type_text, with_dialog

DELEGATION = [
    ("Mme", "Olena", "Kovalenko", "Олена Коваленко"),
    ("M.", "Vitalii", "Bondarenko", "Віталій Бондаренко"),
    ("Mme", "Iryna", "Savchuk", "Ірина Савчук"),
    ("M.", "Dmytro", "Kravets", "Дмитро Кравець"),
    ("Mme", "Khrystyna", "Tkachuk", "Христина Ткачук"),
]


def _create_event(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    def fill(dialog: NewEventDialog) -> None:
        form = dialog.form
        type_text(qtbot, form.title, "Délégation d'Apostolove")
        form.kind.setCurrentIndex(form.kind.findData("delegation_in"))
        form.start.setDate(QDate(2023, 7, 2))
        form.end.setDate(QDate(2023, 7, 4))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, fill, window.new_event_action.trigger)
    event = window.workspace.event_view
    assert event is not None and event.title == "Délégation d'Apostolove"
    return event.id


def _add_person(qtbot, window: MainWindow, civility, first, last, native, role):  # type: ignore[no-untyped-def]
    tab = window.workspace.participants

    def fill(dialog: AddParticipantDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        type_text(qtbot, dialog.civility, civility)
        type_text(qtbot, dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        type_text(qtbot, dialog.native_name, native)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, fill, lambda: qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton))


def _add_item(qtbot, window, title, start, end, only=None):  # type: ignore[no-untyped-def]
    tab = window.workspace.agenda

    def fill(dialog: AgendaItemDialog) -> None:
        type_text(qtbot, dialog.title, title)
        dialog.day.setDate(QDate(2023, 7, 3))
        dialog.start.setTime(QTime(*start))
        dialog.end.setTime(QTime(*end))
        if only is not None:
            dialog.subset.setChecked(True)
            for row in range(dialog.attendees.count()):
                entry = dialog.attendees.item(row)
                if entry.text() == only:
                    entry.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, fill, lambda: qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton))


def test_an_incoming_delegation_from_start_to_conflict_and_undo(qtbot, window, db):  # type: ignore[no-untyped-def]
    event_id = _create_event(qtbot, window)
    tabs: QTabWidget = window.workspace.tabs
    tabs.setCurrentIndex(PARTICIPANTS)
    for index, (civility, first, last, native) in enumerate(DELEGATION):
        role = "head_of_delegation" if index == 4 else "officer"
        _add_person(qtbot, window, civility, first, last, native, role)
    tab = window.workspace.participants
    assert tab.model.rowCount() == 5
    # Protocol order: the head of delegation comes first, whatever the order of entry.
    assert tab.model.row_at(0).last_name == "Tkachuk"
    assert "5 participants" in tab.counts.text()
    assert "Дмитро Кравець" in [tab.model.row_at(r).native_name for r in range(5)]

    tabs.setCurrentIndex(AGENDA)
    _add_item(qtbot, window, "Séance de travail", (10, 0), (12, 0))
    _add_item(qtbot, window, "Réunion technique", (14, 0), (16, 0), only="Iryna Savchuk")
    _add_item(qtbot, window, "Visite de site", (14, 0), (15, 30), only="Iryna Savchuk")
    board = window.workspace.agenda
    assert len(agenda.list_agenda(db, event_id)) == 3
    qtbot.waitUntil(lambda: board.conflicts_model.rowCount() == 1)
    sentence = board.conflicts_model.index(0).data()
    assert "Iryna Savchuk" in sentence and "Double réservation" in sentence
    assert "Conflits (1)" in board.conflicts_title.text()
    marked = set(board.model.conflicts)
    titles = {i.id: i.title for i in board.items}
    assert {titles[i] for i in marked} == {"Réunion technique", "Visite de site"}
    # The day with the conflict shows both blocks framed, with the sentence as tooltip.
    board.days.setCurrentIndex(1)
    assert set(board.timeline.conflicts) == marked
    assert not board.timeline.block_rect(next(iter(marked))).isEmpty()

    # Undo (Ctrl+Z) takes back the last agenda item, and the conflict with it.
    shortcut(qtbot, board.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in agenda.list_agenda(db, event_id)] == [
        "Séance de travail",
        "Réunion technique",
    ]
    qtbot.waitUntil(lambda: board.conflicts_model.rowCount() == 0)
    shortcut(qtbot, board.timeline, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(agenda.list_agenda(db, event_id)) == 3

    # An edit of the overview, undone.
    tabs.setCurrentIndex(OVERVIEW)
    form = window.workspace.overview.form
    form.title.clear()
    type_text(qtbot, form.title, "Délégation du conseil d'Apostolove")
    shortcut(qtbot, form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert events.get_event(db, event_id).title == "Délégation du conseil d'Apostolove"
    window.undo_action.trigger()
    assert events.get_event(db, event_id).title == "Délégation d'Apostolove"
    assert form.title.text() == "Délégation d'Apostolove"


def test_a_date_before_the_start_is_refused_beside_the_field_in_french(qtbot, window, db):  # type: ignore[no-untyped-def]
    from tests.factories import delegation

    event = delegation(db)
    window.event_list.refresh()
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(OVERVIEW)
    form = window.workspace.overview.form
    form.end.setFocus()
    form.end.setDate(QDate(2023, 6, 30))
    qtbot.mouseClick(window.workspace.overview.save_button, Qt.MouseButton.LeftButton)
    message = form.error_text("end_date")
    assert message.startswith("La fin (30 juin 2023) est avant le début (2 juillet 2023)")
    assert form.error_text("title") == ""
    assert events.get_event(db, event.id).end_date == date(2023, 7, 4)
    assert window.edits.stack.count() == 0
    # Correcting the field clears its message.
    type_text(qtbot, form.title, " ")
    form.end.setDate(QDate(2023, 7, 5))
    form.end.editingFinished.emit()
    assert form.error_text("end_date") == ""


def test_an_unknown_time_zone_in_an_agenda_item_saves_nothing(qtbot, window, db):  # type: ignore[no-untyped-def]
    from tests.factories import delegation

    event = delegation(db)
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    messages: list[str] = []

    def fill(dialog: AgendaItemDialog) -> None:
        type_text(qtbot, dialog.title, "Dîner officiel")
        dialog.zone.setCurrentText("Europe/Pariss")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        messages.append(dialog.form.error_text("timezone"))

    with_dialog(qtbot, fill, lambda: window.workspace.agenda.new_item(None))
    assert messages[0].startswith("Fuseau horaire inconnu : « Europe/Pariss »")
    assert agenda.list_agenda(db, event.id) == []


def test_bulk_status_change_is_one_undoable_edit(qtbot, window, db):  # type: ignore[no-untyped-def]
    from tests.factories import delegation, person

    event = delegation(db)
    for last in ("Kovalenko", "Savchuk", "Kravets"):
        participants.add_participant(db, event.id, person(db, last_name=last).id)
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    tab = window.workspace.participants
    tab.table.selectAll()
    tab.set_selected("status", "confirmed")
    assert {p.status for p in participants.list_participants(db, event.id)} == {"confirmed"}
    window.undo_action.trigger()
    assert {p.status for p in participants.list_participants(db, event.id)} == {"invited"}
    # Typing in the search box filters in SQL.
    type_text(qtbot, tab.search, "Sav")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "(1 affichés)" in tab.counts.text()


def test_the_language_switches_live(qtbot, window, db):  # type: ignore[no-untyped-def]
    from tests.factories import delegation

    event = delegation(db)
    window.open_event(event.id)
    assert window.workspace.tabs.tabText(AGENDA).replace("&", "") == "Programme"
    window.set_language("en")
    assert window.workspace.tabs.tabText(AGENDA) == "A&genda"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.workspace.event_view is not None
    assert window.workspace.event_view.id == event.id
    assert "Incoming delegation" in window.workspace.heading.text()
    window.set_language("fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
