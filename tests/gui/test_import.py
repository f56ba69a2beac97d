"""Importing a participant list and a partner's programme through the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
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
    """Apostolove's list as UTF-8 (Windows-1252 cannot hold Cyrillic): the names in
    Ukrainian are recognised from their values, with the reason shown; a column the
    guess does not know is mapped by hand and remembered for the next file."""
    path = tmp_path / "apostolove.csv"
    path.write_text(
        "Nom;Prénom;Ім'я українською;Обов'язки\n"
        "Kovalenko;Olena;Олена Коваленко;Голова громади\n"
        "Bondarenko;Vitalii;Віталій Бондаренко;Секретар ради\n",
        encoding="utf-8",
    )
    window.open_event(event.id)
    tab = window.workspace.participants
    window.workspace.tabs.setCurrentIndex(PARTICIPANTS)

    def run(wizard: ImportWizard) -> None:
        wizard.open_file(path)
        assert wizard.file_page.encoding.currentData() == "utf-8"
        wizard.next()
        columns = wizard.mapping_page.columns
        native: QComboBox = columns.cellWidget(2, 2)  # type: ignore[assignment]
        assert native.currentData() == "native_name"
        assert columns.item(2, 3).text() == (
            "deviné d'après les valeurs : des noms en écriture d'origine (« Олена Коваленко »)"
        )
        assert columns.item(0, 3).text() == "en-tête reconnu"
        position: QComboBox = columns.cellWidget(3, 2)  # type: ignore[assignment]
        assert position.currentData() is None
        assert columns.item(3, 3).text() == "en-tête inconnu : à associer ou à ignorer"
        position.setCurrentIndex(position.findData("function"))
        assert columns.item(3, 3).text() == "votre choix"
        wizard.next()
        assert wizard.preview_page.model.rowCount() == 2
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not wizard.isVisible())

    with_dialog(qtbot, run, lambda: qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton))
    assert tab.model.rowCount() == 2  # the table reloaded
    assert "2 participants ajoutés" in tab.imported.text()
    found = participants.list_participants(db, event.id)
    assert {p.native_name for p in found} == {"Олена Коваленко", "Віталій Бондаренко"}
    assert {p.function for p in found} == {"Голова громади", "Секретар ради"}
    # The same shape of file next time: the hand-made choice is remembered.
    again = ImportWizard(db, event)
    qtbot.addWidget(again)
    again.open_file(path)
    assert again.mapping is not None and again.mapping.fields[2:] == ("native_name", "function")


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
            "UID:later\nSUMMARY:Après l'événement\nDTSTART:20230910T090000Z",
            "UID:lunch\nSUMMARY:Déjeuner\nDTSTART:20230703T100000Z\nDURATION:PT1X",
            "UID:untitled\nDTSTART:20230703T100000Z",
        )
    )
    dialog = CalendarImportDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(5)]
    assert rows[0][:4] == [
        "Nouveau rendez-vous",
        "lundi 3 juillet",
        "09:00 – 11:00",
        "Visite du port",
    ]
    # The weekly workshop's only session within the event, then what is left out.
    assert rows[1][1:4] == ["lundi 3 juillet", "14:00 – 15:00", "Atelier hebdo"]
    assert rows[2] == [
        "Hors des dates",
        "dimanche 10 septembre",
        "",
        "Après l'événement",
        "Non importé : a lieu en dehors des dates de l'événement.",
    ]
    assert rows[3][0] == "Refus" and rows[3][3] == "« Déjeuner » (ligne 22)"
    assert rows[3][4].startswith("la durée (DURATION « PT1X ») est illisible")
    assert rows[4][3] == "l'entrée de la ligne 28"
    assert "« Atelier hebdo » se répète : une seule séance" in dialog.summary.text()
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

    with_dialog(qtbot, run, tab.import_action.trigger)  # in the tab's "Autres" menu
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


def test_the_wizard_asks_the_date_order_and_has_warnings_accepted(  # type: ignore[no-untyped-def]
    qtbot, db, event, tmp_path
):
    """Birth dates that read both ways are asked, not guessed; an e-mail shared by a
    delegation is shown and must be accepted before Import is enabled."""
    from datetime import date

    from coopdesk.core.services import people

    path = tmp_path / "apostolove.csv"
    path.write_text(
        "Nom;Prénom;Courriel;Date de naissance\n"
        "Kovalenko;Olena;secretariat@apostolove.ua;03/04/1980\n"
        "Bondarenko;Vitalii;secretariat@apostolove.ua;05/06/1975\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.date_question.isVisible() and page.date_order.isVisible()
    assert page.dates.text() == (
        "Lecture des dates :\n• Date de naissance : « 03/04/1980 » peut se lire dans les deux "
        "ordres : choisissez jour/mois ou mois/jour"
    )
    assert page.warnings.isVisible() and page.warnings.count() == 1
    assert (
        page.warnings.item(0)
        .text()
        .startswith(
            "Lignes 2 et 3 : Le même courriel « secretariat@apostolove.ua » pour Olena Kovalenko "
            "et Vitalii Bondarenko"
        )
    )
    assert not finish.isEnabled()
    page.date_order.setCurrentIndex(page.date_order.findData("mdy"))
    page.date_order.activated.emit(page.date_order.currentIndex())
    assert not page.date_question.isVisible()
    assert "Date de naissance : mois/jour/année (votre choix)" in page.dates.text()
    assert not finish.isEnabled()  # the warning is still to accept
    box = page.accept_box  # clicked on its tick box, at its left
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None)
    found = participants.list_participants(db, event.id)
    births = {p.last_name: people.get_person(db, p.person_id).birth_date for p in found}
    assert births == {"Kovalenko": date(1980, 3, 4), "Bondarenko": date(1975, 5, 6)}


def test_warnings_accepted_for_one_file_are_not_accepted_for_its_new_version(  # type: ignore[no-untyped-def]
    qtbot, db, event, tmp_path
):
    path = tmp_path / "liste.csv"
    path.write_text("Nom;Prénom;Courriel\nRoux;Anne;a@x.fr\nRoux;Anne;a@x.fr\n", encoding="utf-8")
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.warnings.item(0).text() == (
        "Ligne 3 : Même personne qu'à la ligne 2 (même courriel) : seule la ligne 2 sera importée."
    )
    page.accept_box.setChecked(True)
    assert finish.isEnabled()
    # The file is corrected elsewhere, and another point appears: to be read first.
    path.write_text("Nom;Prénom;Courriel\nRoux;Anne;a@x.fr\nBlanc;Eve;a@x.fr\n", encoding="utf-8")
    qtbot.mouseClick(page.reread, Qt.MouseButton.LeftButton)
    assert page.warnings.item(0).text().startswith("Lignes 2 et 3 : Le même courriel")
    assert not page.accept_box.isChecked() and not finish.isEnabled()


def test_a_file_mixing_two_encodings_is_said_so_on_the_first_page(  # type: ignore[no-untyped-def]
    qtbot, db, event, tmp_path
):
    path = tmp_path / "fusion.csv"
    path.write_bytes(
        "Nom;Prénom\r\nКоваленко;Олена\r\n".encode() + "Lefèvre;Hélène\r\n".encode("cp1252")
    )
    wizard = ImportWizard(db, event)
    qtbot.addWidget(wizard)
    wizard.open_file(path)
    assert wizard.file_page.detected.text().endswith(
        "Lu ligne par ligne (le fichier mélange UTF-8 et Windows-1252) : voir les points à "
        "vérifier de l'aperçu."
    )
    assert wizard.file_page.sample.item(2, 1).text() == "Hélène"


def test_a_calendar_naming_an_unknown_place_offers_it_as_a_new_venue(  # type: ignore[no-untyped-def]
    qtbot, db, event, tmp_path
):
    from coopdesk.core.services import venues

    path = tmp_path / "porto-novo.ics"
    path.write_bytes(
        _ics(
            "UID:welcome\nSUMMARY:Accueil\nLOCATION:Mairie de Porto-Novo\\, place Jean Bayol\n"
            "DTSTART:20230703T080000Z\nDTEND:20230703T090000Z"
        )
    )
    dialog = CalendarImportDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    assert dialog.make_venues.isVisible() and dialog.make_venues.isChecked()
    assert "Mairie de Porto-Novo, place Jean Bayol" in dialog.make_venues.text()
    dialog.make_venues.setChecked(False)  # not wanted: the place stays in the description
    assert dialog.preview is not None and dialog.preview.new_venues == ()
    dialog.make_venues.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(venues.list_venues(db)))
    (made,) = venues.list_venues(db)
    assert (made.name, made.address) == ("Mairie de Porto-Novo", "place Jean Bayol")
    (item,) = agenda.list_agenda(db, event.id)
    assert item.venue_id == made.id and not (item.description or "")
