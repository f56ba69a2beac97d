"""Merging, deleting and renaming from the venue, directory, partner and category
editors, undone and redone from the window: the same ids and links come back, and an
undo over a colleague's later change shows both values instead of overwriting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from coopdesk.core.services import agenda, categories, participants, partnerships, people, venues
from coopdesk.gui.categories import CategoriesDialog
from coopdesk.gui.forms.stale import StaleEditDialog
from coopdesk.gui.main_window import DIRECTORY, PARTNERS, VENUES
from tests.factories import delegation, partner, person

from .helpers import type_text, with_dialog


def _answer(qtbot, keep: str, shown: list[list[str]]):  # type: ignore[no-untyped-def]
    """Read the clash dialog's rows, then keep ``mine`` or ``theirs``."""

    def act(dialog: StaleEditDialog) -> None:
        assert isinstance(dialog, StaleEditDialog)
        table = dialog.table
        shown.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        button = dialog.save_mine if keep == "mine" else dialog.keep_theirs
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def _item(db, event_id: int, venue_id: int, title: str, hour: int):  # type: ignore[no-untyped-def]
    return agenda.create_agenda_item(
        db,
        event_id,
        title=title,
        type="meeting",
        starts_at=datetime(2023, 7, 3, hour),
        ends_at=datetime(2023, 7, 3, hour + 1),
        venue_id=venue_id,
    )


def test_a_venue_merge_is_undone_redone_and_an_undo_asks_over_a_colleagues_change(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    event = delegation(db)
    good = venues.create_venue(
        db, name="Salle du conseil", city="Villeneuve", timezone="Europe/Paris"
    )
    typo = venues.create_venue(db, name="Salle du Conseil", capacity=80, timezone="Europe/Paris")
    dinner = _item(db, event.id, typo.id, "Dîner officiel", 19)
    window.show_page(VENUES)
    page = window.venues
    page.select_venue(typo.id)
    offered: list[list[str]] = []

    def choose(parent, title, label, names, *args):  # type: ignore[no-untyped-def]
        offered.append(list(names))
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    page.merge_venue()
    assert offered == [[f"Salle du conseil — Villeneuve (n° {good.id})"]]
    assert [v.id for v in venues.list_venues(db)] == [good.id]
    assert agenda.get_agenda_item(db, dinner.id).venue_id == good.id
    assert page.table.rowCount() == 1

    window.undo_action.trigger()
    assert venues.get_venue(db, typo.id) == typo
    back = agenda.get_agenda_item(db, dinner.id)
    assert (back.venue_id, back.uid) == (typo.id, dinner.uid)
    assert venues.get_venue(db, good.id).capacity is None
    assert page.table.rowCount() == 2  # the page shows it again

    window.redo_action.trigger()
    assert agenda.get_agenda_item(db, dinner.id).venue_id == good.id
    merged = venues.get_venue(db, good.id)
    assert merged.capacity == 80
    # A colleague corrects the capacity the merge brought; undo asks first.
    venues.update_venue(db, good.id, {"capacity": 120}, merged)
    shown: list[list[str]] = []
    with_dialog(qtbot, _answer(qtbot, "theirs", shown), window.undo_action.trigger)
    assert len(shown) == 1 and shown[0][1:] == ["120", "—"]
    assert venues.get_venue(db, good.id).capacity == 120  # theirs kept
    assert venues.get_venue(db, typo.id).id == typo.id  # the rest undone
    assert agenda.get_agenda_item(db, dinner.id).venue_id == typo.id


def test_a_venue_deletion_undone_asks_when_a_colleague_moved_its_item(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    event = delegation(db)
    hall = venues.create_venue(db, name="Hôtel de ville", timezone="Europe/Paris")
    library = venues.create_venue(db, name="Médiathèque", timezone="Europe/Paris")
    welcome = _item(db, event.id, hall.id, "Accueil officiel", 9)
    window.show_page(VENUES)
    page = window.venues
    page.select_venue(hall.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_venue()
    assert agenda.get_agenda_item(db, welcome.id).venue_id is None
    seen = agenda.get_agenda_item(db, welcome.id)
    agenda.update_agenda_item(db, welcome.id, {"venue_id": library.id}, seen=seen)  # a colleague
    shown: list[list[str]] = []
    with_dialog(qtbot, _answer(qtbot, "theirs", shown), window.undo_action.trigger)
    assert shown == [["Accueil officiel — lieu", "Médiathèque", "Hôtel de ville"]]
    assert venues.get_venue(db, hall.id) == hall
    assert agenda.get_agenda_item(db, welcome.id).venue_id == library.id


def test_a_person_merge_undone_brings_back_the_record_and_asks_over_a_colleague(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    first = delegation(db)
    second = delegation(db, title="Assises de la coopération", kind="conference")
    kept = person(db, email="olena@apostolove.gov.ua", phone=None)
    other = person(db, first_name="OLENA", last_name="KOVALENKO", phone="+380 50 123 45 67")
    participants.add_participant(db, first.id, kept.id)
    moved = participants.add_participant(db, second.id, other.id)
    window.show_page(DIRECTORY)
    page = window.directory
    page.person.show_person(kept.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.person.merge_button, Qt.MouseButton.LeftButton)
    merged = people.get_person(db, kept.id)
    assert merged.phone == "+380 50 123 45 67"

    window.undo_action.trigger()
    assert people.get_person(db, other.id) == other
    back = participants.get_participant(db, moved.id)
    assert (back.person_id, back.uid, back.version) == (other.id, moved.uid, moved.version + 2)

    window.redo_action.trigger()
    with_phone = people.get_person(db, kept.id)
    people.update_person(db, kept.id, {"phone": "+380 99 000 00 00"}, with_phone)  # a colleague
    shown: list[list[str]] = []
    with_dialog(qtbot, _answer(qtbot, "mine", shown), window.undo_action.trigger)
    assert [row[1:] for row in shown] == [["+380 99 000 00 00", "—"]]
    # The user chose the value from before the merge: the blank comes back.
    assert people.get_person(db, kept.id).phone is None
    assert participants.get_participant(db, moved.id).person_id == other.id


def test_a_partnership_deletion_redone_asks_when_a_colleague_changed_it(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    made = partnerships.create_partnership(
        db, partner_id=partner(db).id, kind="twinning", since=date(2001, 5, 1), themes="culture"
    )
    made = partnerships.add_agreement(db, made.id, title="Convention culturelle", purpose="")
    window.show_page(PARTNERS)
    page = window.partners
    page.select_partnership(made.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert partnerships.list_partnerships(db) == []

    window.undo_action.trigger()
    assert partnerships.list_partnerships(db) == [made]  # ids, agreement and versions
    partnerships.update_partnership(db, made.id, {"themes": "culture, sport"}, made)
    shown: list[list[str]] = []
    with_dialog(qtbot, _answer(qtbot, "theirs", shown), window.redo_action.trigger)
    assert [row[1] for row in shown] == ["culture, sport"]
    (kept,) = partnerships.list_partnerships(db)  # keeping theirs keeps it
    assert kept.themes == "culture, sport"


def test_a_category_rename_undone_and_redone_asks_over_a_colleagues_rename(qtbot, window, db):  # type: ignore[no-untyped-def]
    made = categories.create_category(db, label_fr="Entreprise", colour="#117733")
    count = len(categories.list_categories(db))
    dialog = CategoriesDialog(db, window.edits, window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(
        r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Entreprise"
    )
    dialog.table.selectRow(row)

    def rename(form) -> None:  # type: ignore[no-untyped-def]
        form.label_fr.clear()
        type_text(qtbot, form.label_fr, "Entreprises")
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(
        qtbot, rename, lambda: qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    )
    renamed = categories.categories_by_code(db)[made.code]
    assert renamed.label_fr == "Entreprises" and renamed.id == made.id
    window.undo_action.trigger()
    assert categories.categories_by_code(db)[made.code].label_fr == "Entreprise"
    window.redo_action.trigger()
    again = categories.categories_by_code(db)[made.code]
    assert again.label_fr == "Entreprises"

    categories.update_category(db, made.id, {"label_fr": "Partenaire privé"}, again)  # a colleague
    shown: list[list[str]] = []
    with_dialog(qtbot, _answer(qtbot, "theirs", shown), window.undo_action.trigger)
    assert [row[1:] for row in shown] == [["Partenaire privé", "Entreprise"]]
    now = categories.categories_by_code(db)[made.code]
    assert (now.id, now.label_fr) == (made.id, "Partenaire privé")
    assert len(categories.list_categories(db)) == count  # no second category made


def test_a_venue_form_over_a_colleagues_change_asks_once_and_merges_the_rest(  # type: ignore[no-untyped-def]
    qtbot, window, db
):
    hall = venues.create_venue(db, name="Hôtel de ville", capacity=80, timezone="Europe/Paris")
    window.show_page(VENUES)
    page = window.venues
    page.select_venue(hall.id)
    shown: list[list[str]] = []

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        # A colleague changes the capacity and the city while the form is open.
        venues.update_venue(db, hall.id, {"capacity": 120, "city": "Villeneuve"}, hall)
        dialog.capacity.clear()
        type_text(qtbot, dialog.capacity, "60")
        dialog.notes.setPlainText("Accès PMR par la cour")
        with_dialog(
            qtbot,
            _answer(qtbot, "theirs", shown),
            lambda: qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                Qt.MouseButton.LeftButton,
            ),
        )

    with_dialog(qtbot, edit, lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton))
    assert shown == [["Capacité", "120", "60"]]  # one dialog, one field
    now = venues.get_venue(db, hall.id)
    assert (now.capacity, now.city, now.notes) == (120, "Villeneuve", "Accès PMR par la cour")
    # Undo takes back the notes only: the colleague's capacity and city stay.
    window.undo_action.trigger()
    now = venues.get_venue(db, hall.id)
    assert (now.capacity, now.city, now.notes) == (120, "Villeneuve", None)


def test_an_organisation_made_from_the_new_participant_form_is_chosen_and_undone(  # type: ignore[no-untyped-def]
    qtbot, window, db
):
    from coopdesk.core.services import organisations
    from coopdesk.gui.forms.participant_dialog import AddParticipantDialog

    dialog = AddParticipantDialog(db, lambda *a: None, window, edits=window.edits)
    qtbot.addWidget(dialog)

    def fill(form) -> None:  # type: ignore[no-untyped-def]
        type_text(qtbot, form.name, "Préfecture de Kishiwada")
        form.country.setText("JP")
        qtbot.mouseClick(
            form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(
        qtbot,
        fill,
        lambda: qtbot.mouseClick(dialog.new_organisation_button, Qt.MouseButton.LeftButton),
    )
    (made,) = organisations.list_organisations(db)
    assert (made.name, made.country) == ("Préfecture de Kishiwada", "JP")
    assert dialog.organisation.currentData() == made.id
    assert dialog.country.text() == "JP"
    window.undo_action.trigger()
    assert organisations.list_organisations(db) == []
    window.redo_action.trigger()
    assert organisations.list_organisations(db) == [made]  # the same id and version
