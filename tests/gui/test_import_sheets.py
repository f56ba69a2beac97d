"""The import wizard on a workbook of several sheets, and on files it cannot read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from coopdesk.core.services import participants
from coopdesk.gui import i18n
from coopdesk.gui.import_wizard import ImportWizard
from tests.factories import delegation
from tests.io.office_files import encrypted_workbook, partner_workbook


@pytest.fixture
def event(db):  # type: ignore[no-untyped-def]
    return delegation(db)


def _sheets(wizard: ImportWizard) -> list[str]:
    box = wizard.file_page.sheet
    return [box.itemText(i) for i in range(box.count())]


def _sample_column(wizard: ImportWizard, column: int) -> list[str]:
    sample = wizard.file_page.sample
    return [
        item.text()
        for r in range(sample.rowCount())
        if (item := sample.item(r, column)) is not None and item.text()
    ]


def test_the_officer_picks_the_second_delegation_sheet(qtbot, db, event, tmp_path):  # type: ignore[no-untyped-def]
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(partner_workbook(tmp_path / "inscriptions.xlsx"))
    page = wizard.file_page
    assert page.sheet.isVisible()
    assert _sheets(wizard) == [
        "Lisez-moi — 4 lignes",
        "Listes (masquée) — 3 lignes",
        "Inscriptions — 4 lignes",
        "Délégation Kishiwada — 4 lignes",
        "Делегація Апостолове — 2 lignes",
        "Feuil2 — vide",
    ]
    # The core's choice: the registrations, not the instructions or the hidden lists.
    assert page.sheet.currentData() == "Inscriptions"
    assert "Classeur Excel, feuille « Inscriptions » : 4 lignes." in page.detected.text()
    assert "Lefèvre" in _sample_column(wizard, 2)
    assert not page.encoding.isEnabled()

    # The officer goes down the list to the sheet of Kishiwada's delegation.
    page.sheet.setFocus()
    qtbot.keyClick(page.sheet, Qt.Key.Key_Down)
    assert page.sheet.currentData() == "Délégation Kishiwada"
    assert "feuille « Délégation Kishiwada » : 4 lignes" in page.detected.text()
    assert _sample_column(wizard, 3) == [
        "Nom en écriture d'origine",
        "田中 博",
        "佐藤 由紀",
        "森 健二",
    ]
    assert _sheets(wizard)[3] == "Délégation Kishiwada — 4 lignes"

    wizard.next()
    columns = wizard.mapping_page.columns
    assert wizard.mapping_page.header_line.text() == "En-têtes de colonnes trouvés ligne 1."
    assert columns.item(3, 1).text() == "田中 博 · 佐藤 由紀 · 森 健二"
    assert columns.cellWidget(3, 2).currentData() == "native_name"  # type: ignore[union-attr]
    wizard.next()
    assert wizard.preview_page.model.rowCount() == 3
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None)
    natives = sorted(p.native_name or "" for p in participants.list_participants(db, event.id))
    assert natives == ["佐藤 由紀", "森 健二", "田中 博"]


def test_an_empty_sheet_then_back_to_a_list(qtbot, db, event, tmp_path):  # type: ignore[no-untyped-def]
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(partner_workbook(tmp_path / "inscriptions.xlsx"))
    page = wizard.file_page
    page.sheet.setFocus()
    qtbot.keyClick(page.sheet, Qt.Key.Key_End)
    assert page.error.isVisible()
    assert page.error.text().startswith("La feuille « Feuil2 » est vide. Feuilles remplies :")
    assert page.detected.text() == ""  # nothing read: no row count of another sheet
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.sheet.count() == 6  # still there to pick another one
    qtbot.keyClick(page.sheet, Qt.Key.Key_Up)
    assert page.sheet.currentData() == "Делегація Апостолове"
    assert not page.error.isVisible()
    assert "Олена Коваленко" in _sample_column(wizard, 3)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # Another file, a CSV: no sheet to choose.
    csv = tmp_path / "liste.csv"
    csv.write_text("Nom;Prénom\nCôté;François\n", encoding="utf-8")
    wizard.open_file(csv)
    assert not page.sheet.isVisible() and page.sheet.count() == 0
    assert page.encoding.isEnabled()


def test_a_workbook_of_one_sheet_shows_no_sheet_list_in_english(qtbot, db, event, tmp_path):  # type: ignore[no-untyped-def]
    from tests.io.office_files import KISHIWADA, workbook

    i18n.apply_language("en")
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(workbook(tmp_path / "kishiwada.xlsx", [("参加者", "visible", KISHIWADA)]))
    assert not wizard.file_page.sheet.isVisible()
    assert wizard.file_page.detected.text() == "Excel workbook, sheet “参加者”: 4 rows."


def test_a_password_protected_workbook_is_explained(qtbot, db, event, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(encrypted_workbook())
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    error = wizard.file_page.error
    assert error.isVisible()
    assert error.text().startswith("inscriptions.xlsx est protégé par un mot de passe")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
