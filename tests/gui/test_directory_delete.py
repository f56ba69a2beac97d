"""Delete on the directory's people: a record nobody's event needs is removed after a
question, and undo brings it back; a person in an event is kept, with what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coopdesk.core.errors import NotFoundError, ValidationError
from coopdesk.core.services import people
from coopdesk.gui.main_window import DIRECTORY
from tests.factories import person


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The questions asked (answered Yes) and the warnings shown."""
    said: dict[str, list[str]] = {"asked": [], "warned": []}

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        said["asked"].append(text)
        return QMessageBox.StandardButton.Yes

    def warning(parent, title, text, *args):  # type: ignore[no-untyped-def]
        said["warned"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return said


def _choose(qtbot, window, last_name: str):  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    page = window.directory
    page.search.setText(last_name)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.people.selectRow(0)
    page.people.setFocus()
    qtbot.waitUntil(page.people.hasFocus)
    return page


def test_delete_removes_a_person_in_no_event_and_undo_brings_them_back(  # type: ignore[no-untyped-def]
    qtbot, window, db, boxes
):
    olena = person(db, first_name="Hélène", last_name="Ardouin", native_name=None)
    page = _choose(qtbot, window, "Ardouin")
    qtbot.keyClick(page.people, Qt.Key.Key_Delete)
    assert boxes["asked"] == [
        "Supprimer la fiche d'Hélène Ardouin ? Cette personne ne participe à aucun "
        "événement. Annuler (Ctrl+Z) remet la fiche."
    ]
    with pytest.raises(NotFoundError):
        people.get_person(db, olena.id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert window.edits.stack.undoText() == "Suppression de la fiche d'Hélène Ardouin"
    window.undo_button.trigger()
    assert people.get_person(db, olena.id).last_name == "Ardouin"
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_the_record_s_delete_button_does_the_same(qtbot, window, db, boxes):  # type: ignore[no-untyped-def]
    helene = person(db, first_name="Hélène", last_name="Ardouin", native_name=None)
    page = _choose(qtbot, window, "Ardouin")
    button = page.person.delete_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(boxes["asked"]) == 1
    with pytest.raises(NotFoundError):
        people.get_person(db, helene.id)
    assert not button.isEnabled()  # nobody shown any more


def test_delete_keeps_a_person_who_takes_part_in_an_event(  # type: ignore[no-untyped-def]
    qtbot, window, db, apostolove, boxes
):
    page = _choose(qtbot, window, "Savchuk")
    qtbot.keyClick(page.people, Qt.Key.Key_Delete)
    assert boxes["asked"] == []  # nothing to confirm: nothing is removed
    assert not page.person.delete_button.isEnabled()  # the record's button says so too
    [said] = boxes["warned"]
    assert said == (
        "Iryna Savchuk participe à 1 événement : retirez d'abord sa participation, ou "
        "effacez la personne pour de bon depuis sa fiche (droit à l'effacement)."
    )
    assert page.model.rowCount() == 1


def test_the_service_refuses_a_person_added_to_an_event_meanwhile(db, apostolove):  # type: ignore[no-untyped-def]
    [savchuk] = people.list_people(db, search="Savchuk")
    with pytest.raises(ValidationError) as refused:
        people.delete_person(db, savchuk.id, only_if_in_no_event=True)
    assert refused.value.code == "person.in_events"
    assert people.get_person(db, savchuk.id).last_name == "Savchuk"
