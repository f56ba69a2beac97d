"""Personal data from the interface: a person's data exported and erased, past guests'
sensitive fields purged, an organisation deleted; none of it on the undo stack."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from coopdesk.core.errors import NotFoundError
from coopdesk.core.services import (
    history,
    organisations,
    participants,
    partnerships,
    people,
)
from coopdesk.gui.forms.purge_dialog import PurgeDialog, default_cutoff
from coopdesk.gui.main_window import DIRECTORY
from coopdesk.gui.models import ID_ROLE
from tests.factories import delegation, partner, person

from .helpers import save_as, with_dialog


def answer_questions(monkeypatch: pytest.MonkeyPatch, *answers: bool) -> list[str]:
    """Answer the next confirmations Yes or No in turn; returns the texts they showed
    (the question, then what it says of coopdesk's copies, if anything)."""
    asked: list[str] = []
    replies = list(answers)

    def exec_(box: QMessageBox) -> int:
        asked.append("\n\n".join(x for x in (box.text(), box.informativeText()) if x))
        yes = replies.pop(0)
        box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()
        return 0

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        yes = replies.pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _show_person(qtbot, window, last_name: str):  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    window.directory.search.setText(last_name)
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == 1)
    window.directory.people.selectRow(0)
    return window.directory.person


def test_a_person_s_data_exported_as_json(qtbot, window, apostolove, db, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "savchuk.json"
    proposed = save_as(monkeypatch, target)
    page = _show_person(qtbot, window, "Savchuk")
    assert page.export_data_button.isEnabled() and page.erase_button.isEnabled()
    qtbot.mouseClick(page.export_data_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.notice.isVisible)
    assert proposed == ["Iryna Savchuk.json"]
    raw = target.read_text(encoding="utf-8")
    assert "Ірина Савчук" in raw and "\n  " in raw  # UTF-8 as written, indented
    data = json.loads(raw)
    assert (data["first_name"], data["last_name"]) == ("Iryna", "Savchuk")
    assert [p["event"] for p in data["participations"]] == ["Délégation d'Apostolove"]
    assert "Iryna Savchuk" in page.notice.text.text()


def test_a_person_erased_after_a_confirmation_and_not_undoable(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove, db, monkeypatch
):
    page = _show_person(qtbot, window, "Savchuk")
    savchuk = page.person_id
    assert savchuk is not None
    asked = answer_questions(monkeypatch, False, True)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert people.get_person(db, savchuk).last_name == "Savchuk"  # No: nothing erased
    assert "ne peut pas être annulé" in asked[0] and "Iryna Savchuk" in asked[0]
    assert "historique des modifications" in asked[0]

    window.directory.search.clear()
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == 4)
    model = window.directory.model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == savchuk]
    window.directory.people.selectRow(rows[0])
    assert page.person_id == savchuk
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)  # Yes
    with pytest.raises(NotFoundError):
        people.get_person(db, savchuk)
    assert len(participants.list_participants(db, apostolove.id)) == 3
    logged = history.history(db, entity="person", entity_id=savchuk)
    assert [c.action for c in logged] == ["erase"]
    assert "Savchuk" not in json.dumps([c.changes for c in logged] + [c.summary for c in logged])
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == 3)  # the directory reloaded
    assert page.person_id is None and not page.erase_button.isEnabled()
    assert not window.undo_action.isEnabled()  # final: nothing to undo


def test_purge_blanks_the_sensitive_fields_of_past_guests(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    past = delegation(db, start_date=date(2023, 7, 2), end_date=date(2023, 7, 4))
    recent = delegation(
        db, title="Délégation de Kishiwada", start_date=date(2024, 5, 2), end_date=date(2024, 5, 4)
    )
    sensitive = {
        "passport_number": "FE123456",
        "passport_expiry": date(2030, 1, 1),
        "birth_date": date(1970, 3, 8),
        "dietary_needs": "halal",
        "accessibility_needs": "wheelchair",
    }
    old = person(db, **sensitive)
    new = person(db, first_name="Kenji", last_name="Sato", native_name="佐藤健二", **sensitive)
    participants.add_participant(db, past.id, old.id)
    participants.add_participant(db, recent.id, new.id)
    assert default_cutoff(date(2025, 6, 30)) == date(2025, 1, 1)
    asked = answer_questions(monkeypatch, True)

    def purge(dialog: QDialog) -> None:
        assert isinstance(dialog, PurgeDialog)
        assert dialog.cutoff() == date(date.today().year, 1, 1)
        dialog.date.setDate(QDate(2024, 1, 1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    file_menu = window.menuBar().actions()[0].menu()
    assert window.purge_action in file_menu.actions()
    with_dialog(qtbot, purge, window.purge_action.trigger)
    assert "passeport" in asked[0] and "ne peut pas être annulée" in asked[0]
    assert "Personnes concernées : 1" in asked[0]
    kept = people.get_person(db, new.id)
    purged = people.get_person(db, old.id)
    assert all(getattr(purged, name) is None for name in sensitive)
    assert all(getattr(kept, name) == value for name, value in sensitive.items())
    assert purged.last_name == "Kovalenko"
    assert window.notice.isVisible()
    assert window.notice.text.text().startswith(
        "Personnes dont les données sensibles ont été effacées : 1"
    )
    assert not window.notice.open_button.isVisible()


def test_purge_cancelled_or_refused_changes_nothing(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    event = delegation(db)
    who = person(db, passport_number="FE123456")
    participants.add_participant(db, event.id, who.id)
    asked = answer_questions(monkeypatch, False)

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, PurgeDialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with_dialog(qtbot, confirm, window.purge_action.trigger)
    with_dialog(qtbot, lambda dialog: dialog.reject(), window.purge_action.trigger)
    assert len(asked) == 1  # the confirmation after OK only
    assert people.get_person(db, who.id).passport_number == "FE123456"
    assert not window.notice.isVisible()


def test_an_organisation_deleted_after_a_confirmation_can_be_undone(qtbot, window, db, monkeypatch):  # type: ignore[no-untyped-def]
    org = partner(db)
    partnerships.create_partnership(db, partner_id=org.id, kind="twinning")
    member = person(db, organisation_id=org.id)
    window.show_page(DIRECTORY)
    page = window.directory
    page.lists.setCurrentIndex(1)
    assert not page.delete_org_button.isEnabled()
    page.select_organisation(org.id)
    assert page.delete_org_button.isEnabled()
    asked = answer_questions(monkeypatch, False, True)
    qtbot.mouseClick(page.delete_org_button, Qt.MouseButton.LeftButton)
    assert organisations.get_organisation(db, org.id).name == org.name  # No
    assert "gardent leur fiche" in asked[0]
    assert "Son partenariat, avec ses conventions, est supprimé aussi" in asked[0]
    qtbot.mouseClick(page.delete_org_button, Qt.MouseButton.LeftButton)  # Yes
    assert organisations.list_organisations(db) == []
    assert page.organisations.rowCount() == 0 and not page.delete_org_button.isEnabled()
    kept = people.get_person(db, member.id)
    assert kept.last_name == "Kovalenko" and kept.organisation_id is None
    assert partnerships.list_partnerships(db) == []
    assert window.undo_action.isEnabled()  # it comes back whole with Ctrl+Z


def test_erasing_says_which_copies_still_hold_the_person_and_cleans_them(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove, db, monkeypatch, tmp_path
):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from coopdesk.core import archive, paths
    from coopdesk.core.db import sqlite_copy

    if db.is_sqlite:  # the copy coopdesk makes of the file before a restore
        copy = sqlite_copy(Path(db.engine.url.database), tag="before-restore")
        kind = "copie d'avant restauration"
    else:  # a server's data is copied by backups saved in the backups folder
        copy = archive.backup(db, paths.backup_dir() / "sauvegarde.json")
        kind = "sauvegarde"
    assert b"Savchuk" in copy.read_bytes()
    page = _show_person(qtbot, window, "Savchuk")
    shown: list[QMessageBox] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog)
        dialog.grab().save(str(tmp_path / "erase.png"))
        assert "Copies faites par coopdesk qui contiennent encore ces données : 1" in (
            dialog.informativeText()
        )
        assert copy.name in dialog.informativeText()
        assert kind in dialog.informativeText()
        box = dialog.checkBox()
        assert box is not None and box.isChecked()
        dialog.button(QMessageBox.StandardButton.Yes).click()

    with_dialog(qtbot, look, lambda: page.erase_button.click())
    QApplication.processEvents()
    assert shown
    assert b"Savchuk" not in copy.read_bytes()
    assert "Copies nettoyées : 1" in page.notice.text.text()
    assert "Effacement fait : Iryna Savchuk." in page.notice.text.text()
