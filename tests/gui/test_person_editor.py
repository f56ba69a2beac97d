"""A person's record, created and corrected in the window: from the directory (button,
double-click, Enter) and from a participant row; likely duplicates merged."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from coopdesk.core.services import organisations, participants, people
from coopdesk.gui.forms.person_dialog import PersonDialog
from coopdesk.gui.main_window import DIRECTORY
from coopdesk.gui.workspace.workspace import PARTICIPANTS
from tests.factories import delegation, partner, person

from .helpers import shortcut, type_text, with_dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_person_is_created_then_given_an_office_a_phone_and_a_passport(qtbot, window, db):  # type: ignore[no-untyped-def]
    town = organisations.create_organisation(
        db, name="Ville de Villeneuve", kind="french_authority", country="FR"
    )
    window.show_page(DIRECTORY)
    page = window.directory

    def create(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Nouvelle personne"
        type_text(qtbot, dialog.civility, "M.")
        type_text(qtbot, dialog.first_name, "Jean")
        type_text(qtbot, dialog.last_name, "Martin")
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(town.id))
        _save(qtbot, dialog)

    with_dialog(
        qtbot, create, lambda: qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    )
    (made,) = people.list_people(db)
    assert (made.civility, made.display_name, made.organisation) == (
        "M.",
        "Jean Martin",
        "Ville de Villeneuve",
    )
    assert page.person.person_id == made.id
    seen: dict[str, str] = {}

    def edit(dialog: PersonDialog) -> None:
        assert dialog.windowTitle() == "Modifier la personne"
        assert dialog.last_name.text() == "Martin"
        dialog.elected_office.setCurrentIndex(dialog.elected_office.findData("mayor"))
        type_text(qtbot, dialog.form_of_address, "Monsieur le Maire")
        type_text(qtbot, dialog.phone, "+33 5 46 00 00 00")
        type_text(qtbot, dialog.email, "jean.martin@")
        type_text(qtbot, dialog.passport_number, "19AB12345")
        dialog.passport_expiry.known.setChecked(True)
        dialog.passport_expiry.day.setDate(date(2031, 5, 1))
        type_text(qtbot, dialog.nationality, "fr")
        _save(qtbot, dialog)
        seen["email"] = dialog.identity.error_text("email")
        dialog.email.clear()
        type_text(qtbot, dialog.email, "jean.martin@villeneuve.fr")
        _save(qtbot, dialog)

    table = page.people
    cell = table.visualRect(table.model().index(0, 0)).center()

    def double_click() -> None:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    with_dialog(qtbot, edit, double_click)
    assert "adresse électronique" in seen["email"]
    saved = people.get_person(db, made.id)
    assert (saved.elected_office, saved.form_of_address, saved.phone, saved.email) == (
        "mayor",
        "Monsieur le Maire",
        "+33 5 46 00 00 00",
        "jean.martin@villeneuve.fr",
    )
    assert (saved.passport_number, saved.passport_expiry, saved.nationality) == (
        "19AB12345",
        date(2031, 5, 1),
        "FR",
    )
    assert "Maire" in page.person.card.text()
    window.undo_action.trigger()
    assert people.get_person(db, made.id).elected_office is None
    assert people.get_person(db, made.id).phone is None

    def enter_opens(dialog: PersonDialog) -> None:
        seen["title"] = dialog.windowTitle()

    with_dialog(
        qtbot,
        enter_opens,
        lambda: shortcut(qtbot, table, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    assert seen["title"] == "Modifier la personne"


def test_a_participants_imported_name_is_corrected_from_their_row(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    who = person(db, first_name="Olena", last_name="Kovalenko ")
    participants.add_participant(db, event.id, who.id, role="head_of_delegation")
    window.event_list.refresh()
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    view = window.workspace.participants
    view.table.selectRow(0)
    assert view.person_action.isEnabled()

    def edit(dialog: PersonDialog) -> None:
        dialog.last_name.setText("Kovalenko-Shevchenko")
        dialog.elected_office.setCurrentIndex(dialog.elected_office.findData("mayor"))
        _save(qtbot, dialog)

    with_dialog(qtbot, edit, lambda: view.person_action.trigger())
    (row,) = participants.list_participants(db, event.id)
    assert row.last_name == "Kovalenko-Shevchenko"
    assert "Kovalenko-Shevchenko" in view.model.index(0, 0).data()


def test_a_likely_duplicate_is_offered_and_merged_with_its_participations(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    apostolove = partner(db)
    first = delegation(db)
    second = delegation(db, title="Assises de la coopération", kind="conference")
    kept = person(db, email="olena@apostolove.gov.ua", organisation_id=apostolove.id)
    other = person(db, first_name="OLENA", last_name="KOVALENKO", phone="+380 50 123 45 67")
    participants.add_participant(db, first.id, kept.id)
    moved = participants.add_participant(db, second.id, other.id)
    window.show_page(DIRECTORY)
    page = window.directory
    page.person.show_person(kept.id)
    assert page.person.merge_button.isVisible()
    assert "même nom" in page.person.duplicates.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.person.merge_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in people.list_people(db)] == [kept.id]
    assert people.get_person(db, kept.id).phone == "+380 50 123 45 67"
    assert participants.get_participant(db, moved.id).person_id == kept.id
    assert page.person.events.rowCount() == 2
    assert not page.person.merge_button.isVisible()
    window.undo_action.trigger()
    assert participants.get_participant(db, moved.id).person_id == other.id
    assert len(people.list_people(db)) == 2


def test_a_birth_date_that_is_not_a_date_is_refused_beside_it_and_nothing_saved(qtbot):  # type: ignore[no-untyped-def]
    saved: list[dict] = []
    dialog = PersonDialog(saved.append, [])
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.last_name, "Kovalenko")
    dialog.birth_date.known.setChecked(True)
    dialog.birth_date.day.edit.selectAll()
    qtbot.keyClicks(dialog.birth_date.day.edit, "31/02/1980")
    dialog.birth_date.day.edit.editingFinished.emit()
    _save(qtbot, dialog)
    assert saved == []
    assert dialog.birth_date.day.text() == "31/02/1980"  # left as typed
    assert "date" in dialog.sensitive.error_text("birth_date").lower()
