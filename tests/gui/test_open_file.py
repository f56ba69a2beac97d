"""A calendar file opened with coopdesk (``coopdesk programme.ics``, *Open with*): the
user picks the event, previews the file in its agenda and imports it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from coopdesk.cli import plain_start
from coopdesk.core.services import agenda
from coopdesk.gui import app
from coopdesk.gui.calendar_import import CalendarImportDialog
from coopdesk.gui.main_window import MainWindow
from coopdesk.gui.open_file import import_calendar_file
from coopdesk.gui.workspace.workspace import AGENDA
from tests.factories import delegation

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Porto-Novo//Programme//FR\r\n"
    "BEGIN:VEVENT\r\nUID:welcome\r\nSUMMARY:Accueil à la mairie\r\n"
    "DTSTART:20230703T080000Z\r\nDTEND:20230703T090000Z\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_a_calendar_file_alone_on_the_command_line_opens_the_window_to_import_it():
    args = plain_start(["programme-partenaire.ICS"])
    assert args is not None and args.file == "programme-partenaire.ICS"
    args = plain_start(["--database", "sqlite:///x.sqlite3", "agenda.ics"])
    assert args is not None and args.file == "agenda.ics"
    assert plain_start([]).file is None  # type: ignore[union-attr]
    for argv in (["events"], ["a.ics", "b.ics"], ["liste.xlsx"], ["import", "ical", "a.ics"]):
        assert plain_start(argv) is None, argv  # commands stay commands


def _choose(label_part: str, accept_import: bool):  # type: ignore[no-untyped-def]
    """Answer the event question, then press Import (or Cancel) in the preview."""
    seen: dict[str, object] = {}

    def get_item(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        seen["question"] = label
        seen["items"] = list(items)
        seen["offered"] = items[current]
        chosen = next(i for i in items if label_part in i)

        def in_preview() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, CalendarImportDialog):
                QTimer.singleShot(20, in_preview)
                return
            seen["preview"] = dialog.summary.text()
            seen["enabled"] = dialog.import_button.isEnabled()
            if accept_import:
                dialog.import_button.click()
            else:
                dialog.reject()

        QTimer.singleShot(0, in_preview)
        return chosen, True

    return seen, get_item


def test_the_user_picks_the_event_previews_and_imports(
    qtbot, window: MainWindow, db, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    older = delegation(db)
    newer = delegation(
        db, title="Mission à Kendari", start_date=date(2025, 3, 3), end_date=date(2025, 3, 10)
    )
    window.event_list.refresh()
    window.open_event(newer.id)
    path = tmp_path / "programme-partenaire.ics"
    path.write_text(ICS, encoding="utf-8")
    seen, get_item = _choose("Apostolove", accept_import=True)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    assert import_calendar_file(window, path)
    assert "programme-partenaire.ics" in str(seen["question"])
    assert str(seen["offered"]).startswith("Mission à Kendari")  # the event on screen first
    assert len(seen["items"]) == 2  # type: ignore[arg-type]
    assert seen["enabled"] and "1 nouveau" in str(seen["preview"]).lower()
    qtbot.waitUntil(lambda: len(agenda.list_agenda(db, older.id)) == 1)
    assert [i.title for i in agenda.list_agenda(db, older.id)] == ["Accueil à la mairie"]
    assert agenda.list_agenda(db, newer.id) == []
    # the window now shows that event's agenda with the imported item
    assert window.workspace.event_view.id == older.id
    assert window.workspace.tabs.currentIndex() == AGENDA
    qtbot.waitUntil(lambda: window.workspace.agenda.model.rowCount() == 1)


def test_cancelling_the_preview_imports_nothing(
    qtbot, window: MainWindow, db, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    event = delegation(db)
    window.event_list.refresh()
    path = tmp_path / "programme.ics"
    path.write_text(ICS, encoding="utf-8")
    seen, get_item = _choose("Apostolove", accept_import=False)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    assert not import_calendar_file(window, path)
    assert seen["enabled"]  # it could have been imported: the user said no
    assert agenda.list_agenda(db, event.id) == []


def test_without_any_event_the_user_is_told_to_create_one_first(
    window: MainWindow, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(
        "coopdesk.gui.open_file.QMessageBox.information",
        lambda parent, title, text: told.append(text),
    )
    assert not import_calendar_file(window, tmp_path / "programme.ics")
    assert told == [
        "Créez d'abord l'événement : un calendrier s'importe dans le programme d'un événement."
    ]


def test_coopdesk_started_on_a_file_offers_to_import_it(qtbot, db, db_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    delegation(db)
    path = tmp_path / "programme.ics"
    path.write_text(ICS, encoding="utf-8")
    asked: list[object] = []
    monkeypatch.setattr(
        "coopdesk.gui.open_file.import_calendar_file",
        lambda window, file: asked.append((window, file)),
    )

    def exec_(self) -> int:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: bool(asked))
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setattr("coopdesk.gui.crash.install", lambda: None)
    assert app.run(db_url, None, str(path)) == 0
    ((window, file),) = asked
    assert isinstance(window, MainWindow) and file == path
    qtbot.addWidget(window)
    assert window.isVisible()  # the question comes over the window


def test_without_a_window_the_command_to_import_it_is_given(tmp_path, capsys):  # type: ignore[no-untyped-def]
    from coopdesk.cli import main

    path = tmp_path / "programme.ics"
    path.write_text(ICS, encoding="utf-8")
    assert main(["--text", str(path)]) == 2
    assert f"coopdesk import ical --event ÉVÉNEMENT {path}" in capsys.readouterr().err
