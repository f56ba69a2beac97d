"""The office's badge categories, made and changed in the window, shown everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.core.services import categories, participants
from coopdesk.gui.categories import CategoriesDialog
from coopdesk.gui.workspace.workspace import PARTICIPANTS
from tests.factories import delegation, person

from .helpers import type_text, with_dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_category_is_made_recoloured_moved_retired_and_offered(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    participants.add_participant(db, event.id, person(db).id)
    window.event_list.refresh()
    window.open_event(event.id)
    dialog = CategoriesDialog(db, window.edits, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 9
    seen: dict[str, str] = {}

    def create(form) -> None:  # type: ignore[no-untyped-def]
        assert form.windowTitle() == "Nouvelle catégorie"
        type_text(qtbot, form.label_fr, "Elu")
        _save(qtbot, form)
        seen["duplicate"] = form.form.error_text("label_fr")
        form.label_fr.clear()
        type_text(qtbot, form.label_fr, "Entreprise")
        form.colour.setText("vert")
        _save(qtbot, form)
        seen["colour"] = form.form.error_text("colour")
        form.colour.setText("#117733")
        _save(qtbot, form)

    with_dialog(
        qtbot, create, lambda: qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    )
    assert "existe déjà" in seen["duplicate"]
    assert "#RRVVBB" in seen["colour"]
    made = categories.categories_by_code(db)["entreprise"]
    assert (made.label_fr, made.label_en, made.colour) == ("Entreprise", "Entreprise", "#117733")
    assert dialog.table.item(9, 1).text() == "Entreprise" and dialog.selected_id() == made.id

    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [c.code for c in categories.list_categories(db)][-2:] == ["entreprise", "staff"]

    def recolour(form) -> None:  # type: ignore[no-untyped-def]
        form.colour.setText("#AA4499")
        form.label_en.setText("Company")
        _save(qtbot, form)

    with_dialog(
        qtbot, recolour, lambda: qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    )
    again = categories.categories_by_code(db)["entreprise"]
    assert (again.colour, again.label_en) == ("#AA4499", "Company")

    # Offered for participants: the filter and the bulk menu of the Participants tab.
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    tab = window.workspace.participants
    window.edits.changed.emit()
    box = tab.category_filter
    assert "Entreprise" in [box.itemText(i) for i in range(box.count())]
    tab.table.selectRow(0)
    tab.set_selected("category", "entreprise")
    (row,) = participants.list_participants(db, event.id)
    assert row.category == "entreprise"
    assert tab.model.index(0, 3).data() == "Entreprise"

    # Retired: no longer offered, still on the participant.
    dialog.table.selectRow(8)

    def retire(form) -> None:  # type: ignore[no-untyped-def]
        form.retired.setChecked(True)
        _save(qtbot, form)

    with_dialog(
        qtbot, retire, lambda: qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    )
    assert categories.categories_by_code(db)["entreprise"].retired
    window.edits.changed.emit()
    assert "Entreprise" not in [box.itemText(i) for i in range(box.count())]
    assert tab.model.index(0, 3).data() == "Entreprise"

    window.undo_action.trigger()  # the retirement
    assert not categories.categories_by_code(db)["entreprise"].retired


def test_only_a_category_no_participant_has_is_deleted(qtbot, window, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    participants.add_participant(db, event.id, person(db).id)  # a guest
    categories.create_category(db, label_fr="Chauffeur", colour="#117733")
    dialog = CategoriesDialog(db, window.edits, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(5)  # Invité: one participant has it
    assert dialog.table.item(5, 1).text() == "Invité"
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectRow(9)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "chauffeur" not in categories.categories_by_code(db)
    assert dialog.table.rowCount() == 9
    window.undo_action.trigger()
    back = categories.categories_by_code(db)["chauffeur"]
    assert (back.label_fr, back.colour) == ("Chauffeur", "#117733")
