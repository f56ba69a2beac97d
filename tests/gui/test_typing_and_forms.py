"""Typing in forms as a protocol officer does: dates and times as shown, amounts as the
French write them, every mistake at once, and no edit lost on leaving a form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from coopdesk.core.services import events
from coopdesk.gui.forms.fields import DateField, Leave, TimeField
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.workspace import OVERVIEW, PARTICIPANTS
from tests.factories import delegation, partner

from .every_window import every_dialog
from .helpers import type_text


def _retype(qtbot, field: DateField | TimeField, text: str, leave: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over what the field holds, key by key, then leave the field."""
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    if leave:
        field.edit.editingFinished.emit()  # what Tab or a click elsewhere does


@pytest.mark.parametrize(
    "typed", ["12/10/2026", "12/10/26", "12102026", "2026-10-12", "12.10.2026"]
)
def test_every_date_field_of_every_dialog_takes_the_date_as_it_is_shown(
    qtbot, db, apostolove, tmp_path: Path, typed: str
):  # type: ignore[no-untyped-def]
    partner(db)
    fields_seen = 0
    for name, dialog in every_dialog(db, apostolove, tmp_path):
        qtbot.addWidget(dialog)
        for field in dialog.findChildren(DateField):
            field.setEnabled(True)
            field.setDate(QDate(2026, 1, 1))  # a two-digit year is read near the one shown
            _retype(qtbot, field, typed, leave=False)
            assert field.date() == QDate(2026, 10, 12), name
            assert field.understood.text() == "lundi 12 octobre 2026", name
            field.edit.editingFinished.emit()  # leaving it shows it as the lists do
            assert field.text() == "12/10/2026", name
            fields_seen += 1
    assert fields_seen >= 8  # event, agenda, travel (4), partnership, agreement (2), purge


def test_a_day_and_month_take_the_year_shown_and_unreadable_text_is_said_so(qtbot):  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(date(2023, 7, 2))
    _retype(qtbot, field, "12/10")
    assert field.date() == QDate(2023, 10, 12)
    _retype(qtbot, field, "31/02/2023", leave=False)
    assert not field.date().isValid() and field.understood.text() == "pas une date"
    field.edit.editingFinished.emit()
    assert field.text() == "31/02/2023"  # left as typed, never replaced by another date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14h30", (14, 30)), ("14:30", (14, 30)), ("9h", (9, 0)), ("midi", (12, 0))],
)
def test_time_fields_take_times_as_people_write_them(qtbot, typed, expected):  # type: ignore[no-untyped-def]
    field = TimeField()
    qtbot.addWidget(field)
    _retype(qtbot, field, typed, leave=False)
    assert field.time() == QTime(*expected)
    field.edit.editingFinished.emit()
    assert field.text() == f"{expected[0]:02d}:{expected[1]:02d}"


def _overview(window: MainWindow, event_id: int):  # type: ignore[no-untyped-def]
    window.event_list.refresh()
    window.open_event(event_id)
    window.workspace.tabs.setCurrentIndex(OVERVIEW)
    return window.workspace.overview


def test_dates_typed_as_displayed_are_saved_as_those_dates(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    overview = _overview(window, event.id)
    form = overview.form
    assert form.start.text() == "02/07/2023"
    _retype(qtbot, form.end, "12/10/2026")
    _retype(qtbot, form.start, "12/10/2026")
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    saved = events.get_event(db, event.id)
    assert (saved.start_date, saved.end_date) == (date(2026, 10, 12), date(2026, 10, 12))


def test_the_end_date_follows_the_start_when_the_start_moves_past_it(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)  # 2 to 4 July 2023
    form = _overview(window, event.id).form
    _retype(qtbot, form.start, "10/07/2023")
    assert form.end.date() == QDate(2023, 7, 12)  # three days, as before
    _retype(qtbot, form.start, "09/07/2023")  # before the end: the end stays
    assert form.end.date() == QDate(2023, 7, 12)


def test_four_mistakes_are_shown_at_once_beside_their_fields_focus_on_the_first(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    overview = _overview(window, event.id)
    form = overview.form
    form.title.clear()
    _retype(qtbot, form.start, "32/13/2023")
    form.timezone.setCurrentText("Europe/Pariss")
    form.budget.setText("1e6")
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("title") == "Le champ « titre » est obligatoire."
    assert form.error_text("start_date").startswith("« 32/13/2023 » n'est pas une date")
    assert form.error_text("timezone").startswith("Fuseau horaire inconnu")
    assert form.error_text("budget").startswith("« 1e6 » n'est pas un montant")
    assert form.error_text("end_date") == ""
    assert QApplication.focusWidget() is form.title
    assert events.get_event(db, event.id) == event
    assert window.edits.stack.count() == 0


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("12 500,50 €", "12500.50"), ("12500", "12500"), ("12 500", "12500"), ("1 000,5", "1000.5")],
)
def test_budgets_as_the_french_write_them(qtbot, window, db, typed, saved):  # type: ignore[no-untyped-def]
    event = delegation(db)
    overview = _overview(window, event.id)
    overview.form.budget.clear()
    type_text(qtbot, overview.form.budget, typed)
    qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert overview.form.error_text("budget") == ""
    assert events.get_event(db, event.id).budget == Decimal(saved)


def test_a_title_with_angle_brackets_is_shown_as_typed(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db, title="Visite <b>officielle</b> & <i>réception")
    _overview(window, event.id)
    shown = window.workspace.heading
    # What a reader sees: the markup as text, nothing swallowed.
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(shown.text())
    assert document.toPlainText().startswith("Visite <b>officielle</b> & <i>réception")


def _edit_title(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    form = window.workspace.overview.form
    form.title.setFocus()
    type_text(qtbot, form.title, text)


def test_choosing_another_event_asks_and_stay_keeps_the_typed_edit(qtbot, window, db, unsaved):  # type: ignore[no-untyped-def]
    first = delegation(db, title="Délégation d'Apostolove")
    second = delegation(db, title="Mission à Kendari")
    _overview(window, first.id)
    _edit_title(qtbot, window, " 2023")
    unsaved.answers = [Leave.STAY]
    window.event_list.select(second.id)  # as a click in the list does
    assert unsaved.asked == ["Délégation d'Apostolove"]
    assert window.workspace.event_view.id == first.id
    assert window.event_list.current_id() == first.id
    assert window.workspace.overview.form.title.text() == "Délégation d'Apostolove 2023"
    unsaved.answers = [Leave.DISCARD]
    window.event_list.select(second.id)
    assert window.workspace.event_view.id == second.id
    assert events.get_event(db, first.id).title == "Délégation d'Apostolove"


def test_leaving_for_another_tab_can_save_the_edit(qtbot, window, db, unsaved):  # type: ignore[no-untyped-def]
    event = delegation(db)
    _overview(window, event.id)
    _edit_title(qtbot, window, " (juillet)")
    unsaved.answers = [Leave.SAVE]
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    assert unsaved.asked == ["Délégation d'Apostolove"]
    assert window.workspace.tabs.currentIndex() == PARTICIPANTS
    assert events.get_event(db, event.id).title == "Délégation d'Apostolove (juillet)"
    assert window.edits.stack.undoText() == "Modification de Délégation d'Apostolove"


def test_saving_a_refused_edit_on_leaving_stays_with_the_messages(qtbot, window, db, unsaved):  # type: ignore[no-untyped-def]
    event = delegation(db)
    overview = _overview(window, event.id)
    overview.form.budget.setText("1e6")
    unsaved.answers = [Leave.SAVE]
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    assert window.workspace.tabs.currentIndex() == OVERVIEW
    assert overview.form.error_text("budget").startswith("« 1e6 »")


def test_closing_the_window_with_an_edit_asks_and_stay_keeps_it_open(qtbot, window, db, unsaved):  # type: ignore[no-untyped-def]
    event = delegation(db)
    _overview(window, event.id)
    _edit_title(qtbot, window, "!")
    unsaved.answers = [Leave.STAY]
    window.close()
    assert window.isVisible() and unsaved.asked == ["Délégation d'Apostolove"]
    unsaved.answers = [Leave.DISCARD]
    window.close()
    assert not window.isVisible()
    assert events.get_event(db, event.id).title == "Délégation d'Apostolove"


def test_the_question_itself_offers_save_discard_and_stay(qtbot, window, db, unsaved):  # type: ignore[no-untyped-def]
    event = delegation(db)
    _overview(window, event.id)
    _edit_title(qtbot, window, "!")
    unsaved.real = True
    seen: list[list[str]] = []

    def answer() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unsaved-question"
        ]
        if not boxes or not boxes[0].isVisible():
            QTimer.singleShot(20, answer)
            return
        box = boxes[0]
        seen.append([b.text() for b in box.buttons()] + [box.text()])
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    try:
        window.show_page(1)
    finally:
        unsaved.real = False  # closing the window at the end of the test discards the edit
    assert seen and {"Enregistrer", "Abandonner", "Rester"} <= {t.replace("&", "") for t in seen[0]}
    assert "Enregistrer les modifications de Délégation d'Apostolove ?" in seen[0]
    assert window.pages.currentIndex() == 0  # stayed on the event


def test_closing_the_new_event_dialog_with_a_title_typed_asks(qtbot, db, unsaved):  # type: ignore[no-untyped-def]
    from coopdesk.gui.forms.event_form import NewEventDialog

    created = []
    dialog = NewEventDialog(db, lambda values: created.append(values) or delegation(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a word
    assert unsaved.asked == [] and not dialog.isVisible()
    dialog.show()
    type_text(qtbot, dialog.form.title, "Assises")
    unsaved.answers = [Leave.STAY]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and unsaved.asked == ["Assises"]
    unsaved.answers = [Leave.SAVE]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert created and created[0]["title"] == "Assises"


def test_saved_notices_and_the_stale_dialog_show_typed_titles_as_text(qtbot):  # type: ignore[no-untyped-def]
    from coopdesk.core.errors import StaleEditError
    from coopdesk.gui.forms.stale import StaleEditDialog
    from coopdesk.gui.notice import SavedNotice

    notice = SavedNotice()
    qtbot.addWidget(notice)
    notice.show_message("<b>Accueil</b> <Kishiwada> — fichier enregistré")
    assert notice.text.textFormat() == Qt.TextFormat.PlainText
    assert notice.text.text() == "<b>Accueil</b> <Kishiwada> — fichier enregistré"
    stale = StaleEditError(
        "record.changed", None, entity="event", id=1, fields={"title": ("<i>A", "B")}
    )
    dialog = StaleEditDialog(stale)
    qtbot.addWidget(dialog)
    intros = [label for label in dialog.findChildren(QLabel) if "Quelqu'un" in label.text()]
    assert intros and all(label.textFormat() == Qt.TextFormat.PlainText for label in intros)


def test_the_agenda_items_end_follows_its_start_typed_as_people_write_it(
    qtbot, db, apostolove, tmp_path: Path
):  # type: ignore[no-untyped-def]
    partner(db)
    dialog = dict(every_dialog(db, apostolove, tmp_path))["new agenda item"]
    qtbot.addWidget(dialog)
    assert (dialog.start.text(), dialog.end.text()) == ("09:00", "10:00")
    _retype(qtbot, dialog.start, "14h30")
    assert dialog.end.time() == QTime(15, 30)  # an hour, as before
    _retype(qtbot, dialog.start, "midi")
    assert dialog.end.time() == QTime(15, 30)  # before the end: the end stays
