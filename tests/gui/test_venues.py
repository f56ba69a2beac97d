"""The Venues page and the agenda dialog's venues, from an empty database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from coopdesk.core.services import agenda, venues
from coopdesk.gui.forms.venue_dialog import VenueDialog
from coopdesk.gui.main_window import VENUES
from tests.factories import delegation

from .helpers import type_text, with_dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_venue_is_created_corrected_and_the_undo_puts_it_back(qtbot, window, db):  # type: ignore[no-untyped-def]
    window.show_page(VENUES)
    page = window.venues
    assert page.table.rowCount() == 0 and not page.edit_button.isEnabled()
    seen: dict[str, str] = {}

    def create(dialog: VenueDialog) -> None:
        assert dialog.windowTitle() == "Nouveau lieu"
        _save(qtbot, dialog)
        seen["name"] = dialog.form.error_text("name")
        type_text(qtbot, dialog.name, "Hôtel de ville")
        type_text(qtbot, dialog.city, "Villeneuve")
        type_text(qtbot, dialog.capacity, "quatre-vingts")
        _save(qtbot, dialog)
        seen["capacity"] = dialog.form.error_text("capacity")
        dialog.capacity.clear()
        type_text(qtbot, dialog.capacity, "80")
        _save(qtbot, dialog)

    with_dialog(qtbot, create, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton))
    assert "obligatoire" in seen["name"]
    assert "nombre" in seen["capacity"]
    (hall,) = venues.list_venues(db)
    assert (hall.name, hall.city, hall.timezone, hall.capacity) == (
        "Hôtel de ville",
        "Villeneuve",
        "Europe/Paris",
        80,
    )
    assert page.table.item(0, 0).text() == "Hôtel de ville"
    assert page.selected_venue() == hall.id

    def edit(dialog: VenueDialog) -> None:
        assert dialog.windowTitle() == "Modifier le lieu"
        dialog.capacity.clear()
        type_text(qtbot, dialog.capacity, "120")
        dialog.notes.setPlainText("Accès PMR par la cour")
        _save(qtbot, dialog)

    cell = page.table.visualItemRect(page.table.item(0, 0)).center()

    def double_click() -> None:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    with_dialog(qtbot, edit, double_click)
    edited = venues.get_venue(db, hall.id)
    assert (edited.capacity, edited.notes) == (120, "Accès PMR par la cour")
    assert "Accès PMR par la cour" in page.card.text()
    window.undo_action.trigger()
    assert venues.get_venue(db, hall.id).capacity == 80
    assert page.table.item(0, 4).text() == "80"


def test_a_colleague_renaming_the_venue_meanwhile_is_kept_with_mine(qtbot, window, db):  # type: ignore[no-untyped-def]
    hall = venues.create_venue(db, name="Hôtel de ville", timezone="Europe/Paris")
    window.show_page(VENUES)
    page = window.venues
    page.select_venue(hall.id)

    def edit(dialog: VenueDialog) -> None:
        venues.update_venue(db, hall.id, {"name": "Mairie annexe"}, hall)  # a colleague
        type_text(qtbot, dialog.capacity, "40")
        _save(qtbot, dialog)

    with_dialog(qtbot, edit, lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton))
    both = venues.get_venue(db, hall.id)
    assert (both.name, both.capacity) == ("Mairie annexe", 40)


def test_deleting_a_venue_in_use_says_where_and_undo_brings_back_its_items(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    event = delegation(db)
    hall = venues.create_venue(db, name="Hôtel de ville", timezone="Europe/Paris")
    item = agenda.create_agenda_item(
        db,
        event.id,
        title="Accueil officiel",
        type="ceremony",
        starts_at=datetime(2023, 7, 2, 11),
        ends_at=datetime(2023, 7, 2, 12),
        venue_id=hall.id,
    )
    window.show_page(VENUES)
    page = window.venues
    page.select_venue(hall.id)
    assert page.uses.item(0, 0).text() == "Accueil officiel"
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_venue()
    assert venues.get_venue(db, hall.id).name == "Hôtel de ville"  # "No" keeps it
    page.delete_venue()
    assert "Accueil officiel — Délégation d'Apostolove" in asked[0]
    assert venues.list_venues(db) == []
    assert agenda.get_agenda_item(db, item.id).venue_id is None
    window.undo_action.trigger()
    assert venues.get_venue(db, hall.id).name == "Hôtel de ville"
    assert agenda.get_agenda_item(db, item.id).venue_id == hall.id


def test_the_agenda_dialog_offers_near_venues_first_and_makes_a_new_one(qtbot, window, db):  # type: ignore[no-untyped-def]
    from coopdesk.gui.workspace.workspace import AGENDA

    venues.create_venue(db, name="Balai Kota Kendari", city="Kendari", timezone="Asia/Makassar")
    venues.create_venue(db, name="Salle du conseil", city="Villeneuve", timezone="Europe/Paris")
    event = delegation(db)
    window.event_list.refresh()
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    view = window.workspace.agenda
    seen: dict[str, object] = {}

    def fill_venue(dialog: VenueDialog) -> None:
        type_text(qtbot, dialog.name, "Aéroport de Lyon")
        _save(qtbot, dialog)

    def create(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["offered"] = [dialog.venue.itemText(i) for i in range(dialog.venue.count())]
        with_dialog(
            qtbot,
            fill_venue,
            lambda: qtbot.mouseClick(dialog.new_venue_button, Qt.MouseButton.LeftButton),
        )
        seen["chosen"] = dialog.venue.currentText()
        type_text(qtbot, dialog.title, "Accueil a l'aeroport")
        _save(qtbot, dialog)

    with_dialog(qtbot, create, lambda: view.new_item(None))
    assert seen["offered"] == [
        "(aucun lieu)",
        "Salle du conseil — Villeneuve",
        "",
        "Balai Kota Kendari — Kendari",
    ]
    assert seen["chosen"] == "Aéroport de Lyon"
    (item,) = agenda.list_agenda(db, event.id)
    assert item.venue == "Aéroport de Lyon"
