"""A colleague on the shared database changes what the user is editing: the cell, the
travel dialog, or what the user is about to undo. The user sees both values and
chooses; a change to another field merges; removing and undoing keep ids and uids."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.core.services import agenda, participants
from coopdesk.gui.forms.stale import StaleEditDialog
from coopdesk.gui.forms.travel_dialog import TravelDialog
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.models import EDITABLE_PARTICIPANT_FIELDS
from coopdesk.gui.workspace.workspace import PARTICIPANTS

from .helpers import shortcut, type_text, with_dialog

HOTEL = next(c for c, f in EDITABLE_PARTICIPANT_FIELDS.items() if f == "hotel")
STATUS = next(c for c, f in EDITABLE_PARTICIPANT_FIELDS.items() if f == "status")


def _tab(window: MainWindow, event_id: int):  # type: ignore[no-untyped-def]
    window.open_event(event_id)
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)
    return window.workspace.participants


def _row_of(tab, last_name: str) -> int:  # type: ignore[no-untyped-def]
    return next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).last_name == last_name
    )


def _answer(qtbot, keep: str, shown: list[list[str]]):  # type: ignore[no-untyped-def]
    def act(dialog: StaleEditDialog) -> None:
        assert isinstance(dialog, StaleEditDialog)
        table = dialog.table
        shown.extend([table.item(r, c).text() for c in range(3)] for r in range(table.rowCount()))
        button = dialog.save_mine if keep == "mine" else dialog.keep_theirs
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def test_the_same_cell_changed_by_a_colleague_shows_both_values(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    guest = tab.model.row_at(row)
    # A colleague puts the guest at the Mercure; this table still shows no hotel.
    participants.update_participation(db, guest.id, {"hotel": "Mercure"})
    shown: list[list[str]] = []
    with_dialog(
        qtbot,
        _answer(qtbot, "theirs", shown),
        lambda: tab.model.setData(tab.model.index(row, HOTEL), "Ibis"),
    )
    assert shown == [["Iryna Savchuk — hôtel", "Mercure", "Ibis"]]
    assert participants.get_participant(db, guest.id).hotel == "Mercure"
    assert tab.model.row_at(_row_of(tab, "Savchuk")).hotel == "Mercure"  # reloaded
    assert window.edits.stack.count() == 0  # nothing done, nothing to undo

    # The same clash again, and this time the user keeps their own value.
    participants.update_participation(db, guest.id, {"hotel": "Novotel"})
    shown.clear()
    row = _row_of(tab, "Savchuk")
    with_dialog(
        qtbot,
        _answer(qtbot, "mine", shown),
        lambda: tab.model.setData(tab.model.index(row, HOTEL), "Ibis"),
    )
    assert shown == [["Iryna Savchuk — hôtel", "Novotel", "Ibis"]]
    assert participants.get_participant(db, guest.id).hotel == "Ibis"


def test_a_colleagues_change_to_another_field_merges_without_asking(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    guest = tab.model.row_at(row)
    participants.update_participation(db, guest.id, {"status": "declined"})
    assert tab.model.setData(tab.model.index(row, HOTEL), "Ibis")
    now = participants.get_participant(db, guest.id)
    assert (now.hotel, now.status.value) == ("Ibis", "declined")


def test_undo_after_a_colleagues_change_asks_and_keeps_theirs(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    guest = tab.model.row_at(row)
    assert tab.model.setData(tab.model.index(row, HOTEL), "Ibis")
    participants.update_participation(db, guest.id, {"hotel": "Mercure"})  # a colleague
    shown: list[list[str]] = []
    with_dialog(
        qtbot,
        _answer(qtbot, "theirs", shown),
        lambda: shortcut(qtbot, tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    )
    # Undo would put back "no hotel" over the colleague's Mercure: the user saw both.
    assert shown == [["Hôtel", "Mercure", "—"]]
    assert participants.get_participant(db, guest.id).hotel == "Mercure"


def test_removing_a_participant_and_undoing_keeps_id_uid_and_attendance(
    qtbot, window, db, apostolove
):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    guest = tab.model.row_at(row)
    item = agenda.create_agenda_item(
        db,
        apostolove.id,
        title="Rencontre avec les élus",
        type="meeting",
        starts_at=datetime(2023, 7, 3, 15),
        ends_at=datetime(2023, 7, 3, 16),
        attendee_ids=[guest.id],
    )
    tab.table.selectRow(row)
    asked: list[str] = []

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        box.button(box.StandardButton.Yes).click()

    with_dialog(qtbot, confirm, tab.remove_selected)
    assert asked == ["Retirer Iryna Savchuk de cet événement ?"]
    assert all(tab.model.row_at(r).id != guest.id for r in range(tab.model.rowCount()))
    shortcut(qtbot, tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = participants.get_participant(db, guest.id)
    assert (back.id, back.uid) == (guest.id, guest.uid)
    assert agenda.get_agenda_item(db, item.id).attendee_ids == (guest.id,)
    shortcut(qtbot, tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert agenda.get_agenda_item(db, item.id).attendee_ids == ()


def test_the_travel_dialog_sends_only_what_changed(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    row = _row_of(tab, "Savchuk")
    guest = tab.model.row_at(row)
    tab.table.selectRow(row)

    def fill(dialog: TravelDialog) -> None:
        # While the dialog is open, a colleague books the hotel.
        participants.update_participation(db, guest.id, {"hotel": "Mercure", "room": "12"})
        type_text(qtbot, dialog.arrival_number, "PS 101")
        assert dialog.changed_values() == {"arrival_number": "PS 101"}
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    with_dialog(qtbot, fill, lambda: qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton))
    now = participants.get_participant(db, guest.id)
    assert (now.arrival_number, now.hotel, now.room) == ("PS 101", "Mercure", "12")


def test_a_bulk_status_over_a_colleagues_change_lists_who_clashes(qtbot, window, db, apostolove):  # type: ignore[no-untyped-def]
    tab = _tab(window, apostolove.id)
    tab.table.selectAll()
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    savchuk = next(r for r in rows if r.last_name == "Savchuk")
    participants.update_participation(db, savchuk.id, {"status": "declined"})
    shown: list[list[str]] = []
    with_dialog(
        qtbot, _answer(qtbot, "theirs", shown), lambda: tab.set_selected("status", "invited")
    )
    assert shown == [["Iryna Savchuk — statut", "Excusé", "Invité"]]
    statuses = {
        p.last_name: p.status.value for p in participants.list_participants(db, apostolove.id)
    }
    assert statuses.pop("Savchuk") == "declined"
    assert set(statuses.values()) == {"invited"}
    shortcut(qtbot, tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = {p.id: p.status for p in participants.list_participants(db, apostolove.id)}
    assert after == {r.id: (r.status if r.id != savchuk.id else after[savchuk.id]) for r in rows}


def test_deleting_an_organisation_undoes_with_its_partnership_and_people(qtbot, window, db):  # type: ignore[no-untyped-def]
    from coopdesk.core.services import organisations, partnerships, people
    from coopdesk.gui.main_window import DIRECTORY
    from tests.factories import partner, person

    town = partner(db)
    ties = partnerships.create_partnership(db, partner_id=town.id, kind="twinning")
    partnerships.add_agreement(db, ties.id, title="Convention culturelle")
    mayor = person(db, organisation_id=town.id)
    window.show_page(DIRECTORY)
    page = window.directory
    page.lists.setCurrentIndex(1)
    page.refresh()
    page.select_organisation(town.id)
    asked: list[str] = []

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        asked.append(box.text())
        box.button(box.StandardButton.Yes).click()

    with_dialog(qtbot, confirm, page.delete_organisation)
    assert "Son partenariat, avec ses conventions, est supprimé aussi." in asked[0]
    assert "annulé" not in asked[0]
    assert organisations.list_organisations(db) == []
    assert people.get_person(db, mayor.id).organisation_id is None
    shortcut(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [o.id for o in organisations.list_organisations(db)] == [town.id]
    assert people.get_person(db, mayor.id).organisation_id == town.id
    [back] = partnerships.list_partnerships(db, town.id)
    assert (back.id, [a.title for a in back.agreements]) == (ties.id, ["Convention culturelle"])


def test_new_event_add_participant_undo_twice_redo_twice(qtbot, window, db):  # type: ignore[no-untyped-def]
    """The window's own stack over the sequence that used to end on an error box and
    an event without participants (on PostgreSQL)."""
    from datetime import date

    from coopdesk.core.services import events
    from tests.factories import person

    edits = window.edits
    event = edits.perform(
        db,
        "Nouvel événement",
        lambda: events.create_event(
            db,
            kind="delegation_in",
            title="Délégation de Tateyama",
            start_date=date(2024, 5, 13),
            end_date=date(2024, 5, 15),
            timezone="Europe/Paris",
        ),
    )
    guest = person(db, first_name="Haruto", last_name="Sato", native_name="佐藤 陽翔")
    added = edits.perform(db, "Ajout", lambda: participants.add_participant(db, event.id, guest.id))
    failures: list[object] = []
    edits.failed.connect(failures.append)
    edits.stack.undo()
    edits.stack.undo()
    edits.stack.redo()
    edits.stack.redo()
    assert failures == []
    [back] = participants.list_participants(db, event.id)
    assert (back.id, back.uid) == (added.id, added.uid)
