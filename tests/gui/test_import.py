"""Importing a participant list and a partner's programme through the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard

from coopdesk.core.services import agenda, participants
from coopdesk.gui.calendar_import import CalendarImportDialog
from coopdesk.gui.import_models import CalendarLinesModel, PreviewLinesModel
from coopdesk.gui.import_wizard import ImportWizard
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.workspace.workspace import AGENDA, PARTICIPANTS
from tests.factories import delegation

from .helpers import with_dialog

HEADER = "Civilité;Prénom;Nom;Organisation;Pays;Courriel;Arrivée;Régime alimentaire"
ROWS = [
    "Mme;Hélène;Lefèvre;Ville de Poitiers;France;helene.lefevre@poitiers.fr;02/07/2023 18:40;",
    "M.;François;Côté;Ville de Québec;Canada;francois.cote@quebec.ca;02/07/2023 09:15;végétarien",
    "Mme;Zoé;Müller-Brandão;Région Nouvelle-Aquitaine;FR;zoe@na.fr;31/06/2023 10:00;",
    "M.;Jérôme;Noël;Ville de Trois-Rivières;Canada;j.noel@v3r.net;;sans gluten",
]


def _write(path: Path, rows: list[str], encoding: str = "cp1252") -> Path:
    """A list as French Excel saves it: ;-separated, Windows-1252, CRLF."""
    path.write_bytes("\r\n".join([HEADER, *rows, ""]).encode(encoding))
    return path


@pytest.fixture
def event(db):  # type: ignore[no-untyped-def]
    return delegation(db)


def _refused_lines(model: PreviewLinesModel) -> list[tuple[str, str, str, str]]:
    return [
        tuple(model.index(r, c).data() for c in (0, 2, 4, 5))  # type: ignore[misc]
        for r in model.refused_rows()
    ]


def test_a_french_excel_csv_with_a_bad_date_then_fixed(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, db, event, tmp_path
):
    path = _write(tmp_path / "inscriptions.csv", ROWS)
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    page = wizard.file_page
    assert page.encoding.currentData() == "cp1252"
    assert page.delimiter.currentData() == ";"
    assert "Windows-1252" in page.detected.text() and "5 lignes" in page.detected.text()
    assert page.sample.item(1, 1).text() == "Hélène"  # decoded right
    wizard.next()
    fills = [
        wizard.mapping_page.columns.cellWidget(r, 2).currentData()  # type: ignore[union-attr]
        for r in range(wizard.mapping_page.columns.rowCount())
    ]
    assert fills == [
        "civility",
        "first_name",
        "last_name",
        "organisation",
        "country",
        "email",
        "arrival_at",
        "dietary_needs",
    ]
    wizard.next()
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert _refused_lines(model) == [
        ("4", "Zoé Müller-Brandão", "Arrivée", "« 31/06/2023 » : cette date n'existe pas.")
    ]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.preview_page.refusal.isVisible()
    assert participants.list_participants(db, event.id) == []

    # The officer corrects the date in the file and reads it again from the preview.
    _write(path, [r.replace("31/06/2023", "30/06/2023") for r in ROWS])
    qtbot.mouseClick(wizard.preview_page.reread, Qt.MouseButton.LeftButton)
    assert model.refused_rows() == []
    assert [model.index(r, 1).data() for r in range(4)] == ["Nouvelle personne"] * 4
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled() and finish.text().replace("&", "") == "Importer"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None)
    names = sorted(p.display_name for p in participants.list_participants(db, event.id))
    assert names == ["François Côté", "Hélène Lefèvre", "Jérôme Noël", "Zoé Müller-Brandão"]


def test_the_wizard_from_the_participants_tab_with_cyrillic_names(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, db, event, tmp_path
):
    """Apostolove's list as UTF-8 (Windows-1252 cannot hold Cyrillic), with a column
    the guess does not know, mapped by hand and remembered for the next file."""
    path = tmp_path / "apostolove.csv"
    path.write_text(
        "Nom;Prénom;Ім'я українською;Fonction\n"
        "Kovalenko;Olena;Олена Коваленко;Голова громади\n"
        "Bondarenko;Vitalii;Віталій Бондаренко;Officer\n",
        encoding="utf-8",
    )
    window.open_event(event.id)
    tab = window.workspace.participants
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)

    def run(wizard: ImportWizard) -> None:
        wizard.open_file(path)
        assert wizard.file_page.encoding.currentData() == "utf-8"
        wizard.next()
        native: QComboBox = wizard.mapping_page.columns.cellWidget(2, 2)  # type: ignore[assignment]
        assert native.currentData() is None
        native.setCurrentIndex(native.findData("native_name"))
        wizard.next()
        assert wizard.preview_page.model.rowCount() == 2
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not wizard.isVisible())

    with_dialog(qtbot, run, lambda: qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton))
    assert tab.model.rowCount() == 2  # the table reloaded
    assert "2 participants ajoutés" in tab.imported.text()
    natives = {p.native_name for p in participants.list_participants(db, event.id)}
    assert natives == {"Олена Коваленко", "Віталій Бондаренко"}
    # The same shape of file next time: the hand-made choice is remembered.
    again = ImportWizard(db, event)
    qtbot.addWidget(again)
    again.open_file(path)
    assert again.mapping is not None and again.mapping.fields[2] == "native_name"


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def test_agenda_import_preview_refuses_what_it_cannot_place(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, db, event, tmp_path
):
    path = tmp_path / "programme.ics"
    path.write_bytes(
        _ics(
            "UID:visit\nSUMMARY:Visite du port\nDTSTART;TZID=Romance Standard Time:20230703T"
            "090000\nDTEND;TZID=Romance Standard Time:20230703T110000",
            "UID:weekly\nSUMMARY:Atelier hebdo\nDTSTART;TZID=Europe/Paris:20230703T140000\n"
            "DTEND;TZID=Europe/Paris:20230703T150000\nRRULE:FREQ=WEEKLY;COUNT=3",
        )
    )
    dialog = CalendarImportDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert rows[0][:4] == [
        "Nouveau rendez-vous",
        "lundi 3 juillet",
        "09:00 – 11:00",
        "Visite du port",
    ]
    assert rows[1][0] == "Refus" and rows[1][3] == "Atelier hebdo" and rows[1][4]
    assert not dialog.import_button.isEnabled()
    assert agenda.list_agenda(db, event.id) == []


def test_agenda_import_through_the_agenda_tab(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, db, event, tmp_path
):
    path = tmp_path / "porto-novo.ics"
    path.write_bytes(
        _ics("UID:welcome\nSUMMARY:Accueil\nDTSTART:20230703T080000Z\nDTEND:20230703T090000Z")
    )
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    tab = window.workspace.agenda

    def run(dialog: CalendarImportDialog) -> None:
        dialog.open_file(path)
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    with_dialog(qtbot, run, lambda: qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton))
    assert [i.title for i in agenda.list_agenda(db, event.id)] == ["Accueil"]
    assert tab.model.rowCount() == 1


def test_models_are_sound_when_empty(qtmodeltester):  # type: ignore[no-untyped-def]
    for model in (PreviewLinesModel(), CalendarLinesModel()):
        qtmodeltester.check(model)


def test_a_list_with_ukrainian_headers_is_mapped_by_hand(  # type: ignore[no-untyped-def]
    qtbot, db, event, tmp_path
):
    path = tmp_path / "делегація.csv"
    path.write_text(
        "Прізвище;Ім'я;Електронна пошта\nКоваленко;Олена;olena@example.ua\n", encoding="utf-8"
    )
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    columns = wizard.mapping_page.columns
    assert [columns.item(r, 0).text() for r in range(columns.rowCount())] == [
        "Прізвище",
        "Ім'я",
        "Електронна пошта",
    ]
    for row, field in enumerate(("last_name", "first_name", "email")):
        combo = columns.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None)
    [guest] = participants.list_participants(db, event.id)
    assert (guest.last_name, guest.first_name) == ("Коваленко", "Олена")
