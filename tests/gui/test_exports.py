"""Exports from the Documents tab and the person page, read back with independent
readers (icalendar, openpyxl), as the officer's file dialogs would answer."""

from __future__ import annotations

from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coopdesk.core.services import agenda, participants
from tests.gui.helpers import save_as


def test_programme_calendar(qtbot, documents, apostolove, db, tmp_path, monkeypatch, opened):  # type: ignore[no-untyped-def]
    target = tmp_path / "programme.ics"
    proposed = save_as(monkeypatch, target)
    qtbot.mouseClick(documents.buttons["ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible)
    assert proposed == ["Délégation d'Apostolove.ics"]
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert len(uids) == len(agenda.list_agenda(db, apostolove.id)) == 3
    assert str(target) in documents.notice.text.text()
    qtbot.mouseClick(documents.notice.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_personal_agendas_one_file_per_participant_who_comes(  # type: ignore[no-untyped-def]
    qtbot, documents, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    qtbot.mouseClick(documents.buttons["personal_ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible)
    [folder] = list(out.iterdir())
    assert folder.name == "Agendas personnels – Délégation d'Apostolove"
    files = sorted(p.name for p in folder.glob("*.ics"))
    assert files == [
        "BONDARENKO Vitalii.ics",
        "KOVALENKO Olena.ics",
        "SAVCHUK Iryna.ics",
    ]  # Kravets declined
    savchuk = Calendar.from_ical((folder / "SAVCHUK Iryna.ics").read_bytes())
    assert len(list(savchuk.walk("VEVENT"))) == 3  # she interprets the working session
    kovalenko = Calendar.from_ical((folder / "KOVALENKO Olena.ics").read_bytes())
    assert len(list(kovalenko.walk("VEVENT"))) == 2
    assert "(3 fichiers)" in documents.notice.text.text()


def test_participant_list_in_protocol_order(
    qtbot, documents, apostolove, db, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    target = tmp_path / "liste.xlsx"
    proposed = save_as(monkeypatch, target)
    qtbot.mouseClick(documents.buttons["list_participants"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible)
    assert proposed == ["Délégation d'Apostolove – Participants dans l'ordre protocolaire.xlsx"]
    book = load_workbook(target, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    column = rows[0].index("Nom")  # headers in the document language: French
    names = [row[column] for row in rows[1:]]
    expected = [p.last_name for p in participants.list_participants(db, apostolove.id)]
    assert names == expected
    assert names[0] == "Kovalenko"  # the head of delegation first, though added last


def test_a_list_as_csv_and_a_refusal_as_a_sentence(qtbot, documents, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    target = tmp_path / "hébergement.csv"
    save_as(monkeypatch, target)
    qtbot.mouseClick(documents.buttons["list_rooming"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    # A folder in the way of the file: the officer reads why, no traceback.
    blocked = tmp_path / "bloqué.xlsx"
    blocked.mkdir()
    save_as(monkeypatch, blocked)
    messages: list[str] = []
    monkeypatch.setattr(
        "coopdesk.gui.crash.QMessageBox.warning",
        staticmethod(lambda parent, title, text: messages.append(text)),
    )
    qtbot.mouseClick(documents.buttons["list_arrivals"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))
    assert "Traceback" not in messages[0] and "bloqué.xlsx" in messages[0]


def test_person_page_exports_the_agenda_of_the_chosen_event(  # type: ignore[no-untyped-def]
    qtbot, window, apostolove, db, tmp_path, monkeypatch
):
    from coopdesk.gui.main_window import DIRECTORY

    target = tmp_path / "savchuk.ics"
    proposed = save_as(monkeypatch, target)
    window.show_page(DIRECTORY)
    window.directory.search.setText("Savchuk")
    qtbot.waitUntil(lambda: window.directory.model.rowCount() == 1)  # searched as typed
    window.directory.people.selectRow(0)
    page = window.directory.person
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.notice.isVisible)
    assert proposed == ["Iryna Savchuk – Délégation d'Apostolove.ics"]
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "Accueil à l'aéroport",
        "Dîner officiel",
        "Séance de travail",
    ]


def test_an_empty_programme_is_refused_in_a_sentence_and_no_file_written(  # type: ignore[no-untyped-def]
    qtbot, window, db, tmp_path, monkeypatch
):
    from coopdesk.gui.workspace.workspace import DOCUMENTS
    from tests.factories import delegation, person

    event = delegation(db, title="Visite sans programme")
    participants.add_participant(db, event.id, person(db).id)
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(DOCUMENTS)
    documents = window.workspace.documents
    target = tmp_path / "vide.ics"
    save_as(monkeypatch, target)
    messages: list[str] = []
    monkeypatch.setattr(
        "coopdesk.gui.crash.QMessageBox.warning",
        staticmethod(lambda parent, title, text: messages.append(text)),
    )
    qtbot.mouseClick(documents.buttons["ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Le programme de « Visite sans programme » est vide : rien à exporter."]
    assert not target.exists()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    qtbot.mouseClick(documents.buttons["personal_ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[1] == messages[0]
    assert not any(out.rglob("*.ics"))


def test_personal_agendas_say_who_got_no_file(  # type: ignore[no-untyped-def]
    qtbot, documents, apostolove, db, tmp_path, monkeypatch
):
    for item in agenda.list_agenda(db, apostolove.id):  # Savchuk's items only
        if item.title != "Séance de travail":
            agenda.delete_agenda_item(db, item.id)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(out)))
    qtbot.mouseClick(documents.buttons["personal_ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible)
    assert [p.name for p in out.rglob("*.ics")] == ["SAVCHUK Iryna.ics"]
    assert "Agenda personnel enregistré (1 fichier) dans" in documents.notice.text.text()
    assert documents.notice.warnings.text() == (
        "⚠ 2 participants sans aucun élément au programme n'ont pas de fichier."
    )
