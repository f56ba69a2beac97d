"""Leaving an edited dialog asks to save, discard or stay, in every dialog that edits a
record; an unchanged dialog closes without a word. Esc, the window's close button and
Cancel all ask."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from coopdesk.core.seating import Shape
from coopdesk.core.services import agenda, organisations, participants, venues
from coopdesk.core.services.seating import TableView
from coopdesk.gui.categories import CategoryDialog
from coopdesk.gui.forms.agenda_dialog import AgendaItemDialog
from coopdesk.gui.forms.event_form import NewEventDialog
from coopdesk.gui.forms.fields import Leave
from coopdesk.gui.forms.organisation_dialog import OrganisationDialog
from coopdesk.gui.forms.participant_dialog import AddParticipantDialog
from coopdesk.gui.forms.partnership_dialog import AgreementDialog, PartnershipDialog
from coopdesk.gui.forms.person_dialog import PersonDialog
from coopdesk.gui.forms.travel_dialog import TravelDialog
from coopdesk.gui.forms.venue_dialog import VenueDialog
from coopdesk.gui.seating import PeopleDialog, TableDialog
from coopdesk.gui.settings import SettingsDialog
from tests.factories import partner
from tests.gui.helpers import type_text

Save = Callable[..., Any]
# kind -> (build the dialog over a recording save, the line to type in, what to type)
Builder = Callable[[Any, Any, Save], QDialog]


def _new_participant(db: Any, event: Any, save: Save) -> QDialog:
    dialog = AddParticipantDialog(db, save)
    dialog.tabs.setCurrentIndex(1)  # a new person, typed in
    return dialog


def _builders() -> dict[str, tuple[Builder, str, str]]:
    return {
        "venue": (lambda db, ev, save: VenueDialog(save), "name", "Salle des fêtes"),
        "organisation": (
            lambda db, ev, save: OrganisationDialog(save),
            "name",
            "Ville de Kishiwada",
        ),
        "person": (
            lambda db, ev, save: PersonDialog(save, organisations.list_organisations(db)),
            "last_name",
            "Sato",
        ),
        "agenda item": (
            lambda db, ev, save: AgendaItemDialog(
                ev,
                venues.list_venues(db),
                participants.list_participants(db, ev.id),
                save,
                agenda.list_agenda(db, ev.id)[0],
            ),
            "title",
            " reporté",
        ),
        "category": (lambda db, ev, save: CategoryDialog(save), "label_fr", "Presse"),
        "partnership": (
            lambda db, ev, save: PartnershipDialog(
                organisations.list_organisations(db), organisations.list_organisations(db), save
            ),
            "themes",
            "Eau et assainissement",
        ),
        "agreement": (
            lambda db, ev, save: AgreementDialog("Apostolove", save),
            "title",
            "Convention 2024",
        ),
        "travel and stay": (
            lambda db, ev, save: TravelDialog(
                participants.list_participants(db, ev.id)[0], ev.timezone, ev.start_date, save
            ),
            "arrival_number",
            "AF1234",
        ),
        "new event": (lambda db, ev, save: NewEventDialog(db, save), "title", "Assises"),
        "add participant": (_new_participant, "first_name", "Hélène"),
        "table of a seating plan": (
            lambda db, ev, save: TableDialog(
                TableView(1, 3, None, Shape.ROUND, 8, False, 0.0, 0.0)
            ),
            "name",
            "Table des élus",
        ),
        "settings": (lambda db, ev, save: SettingsDialog(db), "name", "Ville de La Rochelle"),
    }


KINDS = list(_builders())


def _line(dialog: QDialog, name: str) -> QLineEdit:
    widget = getattr(dialog, name, None) or getattr(dialog.form, name)  # type: ignore[attr-defined]
    assert isinstance(widget, QLineEdit), name
    return widget


def _open(qtbot, db, event, kind: str) -> tuple[QDialog, list[tuple[Any, ...]], str, str]:  # type: ignore[no-untyped-def]
    build, field, text = _builders()[kind]
    calls: list[tuple[Any, ...]] = []
    partner(db)
    dialog = build(db, event, lambda *values: calls.append(values))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, calls, field, text


def _cancel(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Cancel)


@pytest.mark.parametrize("kind", KINDS)
def test_an_unchanged_dialog_closes_without_a_question(qtbot, db, apostolove, unsaved, kind):  # type: ignore[no-untyped-def]
    dialog, calls, _, _ = _open(qtbot, db, apostolove, kind)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert unsaved.asked == [] and calls == []


@pytest.mark.parametrize("kind", KINDS)
def test_leaving_an_edited_dialog_asks_and_stays_or_discards(  # type: ignore[no-untyped-def]
    qtbot, db, apostolove, unsaved, kind
):
    dialog, calls, field, text = _open(qtbot, db, apostolove, kind)
    line = _line(dialog, field)
    line.setFocus()
    type_text(qtbot, line, text)

    unsaved.answers = [Leave.STAY]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(unsaved.asked) == 1
    assert dialog.isVisible() and text in line.text()  # nothing lost

    unsaved.answers = [Leave.DISCARD]
    qtbot.mouseClick(_cancel(dialog), Qt.MouseButton.LeftButton)
    assert len(unsaved.asked) == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert calls == []  # discarded: nothing saved


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "settings"])
def test_save_from_the_question_saves_what_was_typed(qtbot, db, apostolove, unsaved, kind):  # type: ignore[no-untyped-def]
    dialog, calls, field, text = _open(qtbot, db, apostolove, kind)
    line = _line(dialog, field)
    line.setFocus()
    type_text(qtbot, line, text)
    unsaved.answers = [Leave.SAVE]
    dialog.close()  # the window's close button
    assert len(unsaved.asked) == 1
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    if kind == "table of a seating plan":  # the plan saves what the dialog holds
        assert dialog.values()["name"] == text  # type: ignore[attr-defined]
    else:
        assert len(calls) == 1 and text.strip() in repr(calls[0])


def test_the_question_names_the_record(qtbot, db, apostolove, unsaved):  # type: ignore[no-untyped-def]
    dialog, _, _, _ = _open(qtbot, db, apostolove, "venue")
    type_text(qtbot, _line(dialog, "name"), "Hôtel de ville")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved.asked == ["Hôtel de ville"]


def test_picking_someone_in_the_directory_is_a_change_too(qtbot, db, apostolove, unsaved):  # type: ignore[no-untyped-def]
    dialog = AddParticipantDialog(db, lambda *values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.results.count() > 0
    dialog.results.setCurrentRow(0)
    unsaved.answers = [Leave.STAY]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(unsaved.asked) == 1


def test_unticking_a_guest_is_a_change_too(qtbot, db, apostolove, unsaved):  # type: ignore[no-untyped-def]
    people = participants.list_participants(db, apostolove.id)
    dialog = PeopleDialog("Table 1", people, {people[0].id})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    unsaved.answers = [Leave.STAY]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(unsaved.asked) == 1
