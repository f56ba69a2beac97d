"""Organisations created and edited in the directory, refused beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.core.services import organisations
from coopdesk.gui.forms.organisation_dialog import OrganisationDialog
from coopdesk.gui.main_window import DIRECTORY

from .helpers import type_text, with_dialog


def test_an_organisation_created_and_edited_with_inline_errors_and_undo(qtbot, window, db):  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    page = window.directory
    page.lists.setCurrentIndex(1)
    assert not page.edit_org_button.isEnabled()
    seen: dict[str, str] = {}

    def create(dialog: OrganisationDialog) -> None:
        assert dialog.windowTitle() == "Nouvelle organisation"
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["name"] = dialog.form.error_text("name")
        type_text(qtbot, dialog.name, "Ville de Kishiwada")
        assert dialog.form.error_text("name") == ""
        type_text(qtbot, dialog.country, "Japon")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["country"] = dialog.form.error_text("country")
        dialog.country.clear()
        type_text(qtbot, dialog.country, "jp")
        type_text(qtbot, dialog.city, "Kishiwada")
        dialog.zone.setCurrentText("Asia/Tokio")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["timezone"] = dialog.form.error_text("timezone")
        dialog.zone.setCurrentText("Asia/Tokyo")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    with_dialog(
        qtbot, create, lambda: qtbot.mouseClick(page.new_org_button, Qt.MouseButton.LeftButton)
    )
    assert "obligatoire" in seen["name"]
    assert "code pays" in seen["country"]
    assert "Asia/Tokio" in seen["timezone"]
    (org,) = organisations.list_organisations(db)
    assert (org.name, org.kind, org.country, org.city, org.timezone) == (
        "Ville de Kishiwada",
        "foreign_authority",
        "JP",
        "Kishiwada",
        "Asia/Tokyo",
    )
    assert page.organisations.item(0, 0).text() == "Ville de Kishiwada"
    assert page.selected_organisation() == org.id and page.edit_org_button.isEnabled()

    def edit(dialog: OrganisationDialog) -> None:
        assert dialog.windowTitle() == "Modifier l'organisation"
        assert dialog.name.text() == "Ville de Kishiwada" and dialog.country.text() == "JP"
        dialog.kind.setCurrentIndex(dialog.kind.findData("french_authority"))
        dialog.city.clear()
        type_text(qtbot, dialog.city, "Kishiwada-shi")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    cell = page.organisations.visualItemRect(page.organisations.item(0, 0)).center()

    def double_click() -> None:
        viewport = page.organisations.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)

    with_dialog(qtbot, edit, double_click)
    edited = organisations.get_organisation(db, org.id)
    assert (edited.kind, edited.city) == ("french_authority", "Kishiwada-shi")
    assert page.organisations.item(0, 3).text() == "Kishiwada-shi"

    window.undo_action.trigger()
    assert organisations.get_organisation(db, org.id).city == "Kishiwada"
    assert page.organisations.item(0, 3).text() == "Kishiwada"
    window.undo_action.trigger()
    assert organisations.list_organisations(db) == []
    assert page.organisations.rowCount() == 0
