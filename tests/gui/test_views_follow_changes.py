"""Every view follows changes: a partner created, renamed or deleted on one page is in
the other pages' lists and combos at once, without restarting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox

from coopdesk.core.services import events, organisations
from coopdesk.gui.forms.organisation_dialog import OrganisationDialog
from coopdesk.gui.main_window import DIRECTORY, EVENTS

from .helpers import type_text, with_dialog


def _choices(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _save(qtbot, dialog: OrganisationDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_partner_created_renamed_and_deleted_in_the_directory_follows_in_the_events_page(  # type: ignore[no-untyped-def]
    qtbot, window, db, apostolove, monkeypatch
):
    window.open_event(apostolove.id)
    form = window.workspace.overview.form
    partner_filter = window.event_list.partner
    assert "Ville de Kishiwada" not in _choices(form.partner)
    assert "Ville de Kishiwada" not in _choices(partner_filter)
    # The officer has started typing notes in the event's form.
    type_text(qtbot, form.notes, "Prévoir un interprète")
    assert form.is_modified()

    # A partner is created on the People & organisations page.
    window.show_page(DIRECTORY)
    page = window.directory
    page.lists.setCurrentIndex(1)

    def create(dialog: OrganisationDialog) -> None:
        type_text(qtbot, dialog.name, "Ville de Kishiwada")
        dialog.kind.setCurrentIndex(dialog.kind.findData("foreign_authority"))
        _save(qtbot, dialog)

    with_dialog(
        qtbot, create, lambda: qtbot.mouseClick(page.new_org_button, Qt.MouseButton.LeftButton)
    )
    (kishiwada,) = (
        o for o in organisations.list_organisations(db) if o.name == "Ville de Kishiwada"
    )

    # Back on the events page: it is offered in the event's form and in the filter,
    # and what the officer typed is still there.
    window.show_page(EVENTS)
    assert form.partner.findData(kishiwada.id) > 0
    assert form.partner.itemText(form.partner.findData(kishiwada.id)) == "Ville de Kishiwada"
    assert partner_filter.findData(kishiwada.id) > 0
    assert form.notes.toPlainText() == "Prévoir un interprète"
    assert form.is_modified()

    # Chosen for the event and saved; the filter on it shows the event.
    form.partner.setCurrentIndex(form.partner.findData(kishiwada.id))
    assert window.workspace.overview.save()
    assert events.get_event(db, apostolove.id).partner_id == kishiwada.id
    partner_filter.setCurrentIndex(partner_filter.findData(kishiwada.id))
    assert window.event_list.model.rowCount() == 1

    # Renamed in the directory: the new name in the form and the filter, still chosen.
    window.show_page(DIRECTORY)
    page.select_organisation(kishiwada.id)

    def rename(dialog: OrganisationDialog) -> None:
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Ville de Kishiwada-shi")
        _save(qtbot, dialog)

    with_dialog(qtbot, rename, page.edit_organisation)
    window.show_page(EVENTS)
    assert form.partner.currentText() == "Ville de Kishiwada-shi"
    assert partner_filter.currentText() == "Ville de Kishiwada-shi"
    assert "Ville de Kishiwada" not in _choices(form.partner) + _choices(partner_filter)
    assert not form.is_modified()  # the form, saved, is not "edited" by a new name

    # Deleted: gone from both; the filter falls back to every partner, the event listed.
    window.show_page(DIRECTORY)
    page.select_organisation(kishiwada.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_organisation()
    window.show_page(EVENTS)
    assert form.partner.findData(kishiwada.id) < 0
    assert partner_filter.findData(kishiwada.id) < 0
    assert partner_filter.currentData() is None
    assert window.event_list.model.rowCount() >= 1

    # Undo brings it back in both, at once.
    window.undo_action.trigger()
    assert form.partner.findData(kishiwada.id) > 0
    assert partner_filter.findData(kishiwada.id) > 0


def test_a_view_follows_only_the_kinds_it_shows_and_stops_with_it(qtbot, db):  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from coopdesk.core.services import venues
    from coopdesk.gui.changes import ORGANISATIONS, VENUES
    from coopdesk.gui.undo import Edits

    window = QWidget()
    qtbot.addWidget(window)
    edits = Edits(window)
    calls: list[str] = []
    view = QWidget()
    edits.changes.follow((VENUES,), lambda: calls.append("venues"), view)
    edits.changes.follow((ORGANISATIONS,), lambda: calls.append("organisations"), view)
    edits.perform(
        db, "Nouveau lieu", lambda: venues.create_venue(db, name="Salle", timezone="Europe/Paris")
    )
    assert calls == ["venues"]  # a venue made: the organisations' view is not disturbed
    edits.stack.undo()
    assert calls == ["venues", "venues"]  # its undo too
    edits.changes.announce_everything()  # a reload: everyone
    assert sorted(calls[2:]) == ["organisations", "venues"]
    shiboken6.delete(view)  # the page closed
    edits.changes.announce_everything()
    assert len(calls) == 4  # the view is gone: nothing called on it
