"""Long jobs from the window: "n sur N" while they run, and Cancel that leaves no file
and no row behind.

The core's units are slowed down so that Cancel lands half-way, as it would on a run
of 378 badges; what is checked is what the officer would look for afterwards: the
folder they chose, the participants of the event.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QWidget,
    QWizard,
)

from coopdesk.core import progress as core_progress
from coopdesk.core.services import agenda, participants, seating
from coopdesk.gui import i18n, workers
from coopdesk.gui.import_wizard import ImportWizard
from coopdesk.gui.seating import SeatingDialog
from coopdesk.gui.undo import Edits
from tests.gui.helpers import save_as, with_dialog

REAL_ADVANCE = core_progress.Progress.advance


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every unit of work takes a noticeable moment, as on a slow office PC."""
    real = core_progress.Progress.advance

    def advance(self, units: int = 1) -> None:  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        real(self, units)

    monkeypatch.setattr(core_progress.Progress, "advance", advance)


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every "n sur N" the progress window showed."""
    shown: list[str] = []
    real = workers.count_text

    def record(done: int, total: int) -> str:
        text = real(done, total)
        shown.append(text)
        return text

    monkeypatch.setattr(workers, "count_text", record)
    return shown


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The officer's folder for exports (the test's database lives beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _job(qtbot) -> workers.Job:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(isinstance(j, workers.Job) for j in workers._running))
    [job] = [j for j in workers._running if isinstance(j, workers.Job)]
    return job


def _cancel_midway(qtbot, job: workers.Job) -> None:  # type: ignore[no-untyped-def]
    """Wait for the progress window to show a first unit done, then press Cancel."""
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 1, timeout=5000)
    assert " sur " in dialog.labelText()
    assert dialog.value() < dialog.maximum()  # really half-way
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Annuler"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job not in workers._running, timeout=5000)


def _accept(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    with_dialog(
        qtbot,
        lambda d: d.accept(),  # type: ignore[union-attr]
        lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton),
    )


def test_badges_cancelled_halfway_leave_no_file(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, slow
):
    folder = out
    save_as(monkeypatch, folder / "badges.pdf")

    def one_per_sheet(dialog: QDialog) -> None:
        combo = dialog.layout_choice  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData("a6"))
        dialog.accept()

    with_dialog(
        qtbot,
        one_per_sheet,
        lambda: qtbot.mouseClick(documents.buttons["badges"], Qt.MouseButton.LeftButton),
    )
    job = _job(qtbot)
    _cancel_midway(qtbot, job)
    assert job.progress.cancelled
    assert list(folder.iterdir()) == []  # neither badges.pdf nor a temporary file
    notice = documents.notice  # no "saved" for what was not saved, and no file to open
    assert notice.isVisible()
    assert notice.text.text() == "Opération annulée : rien n'a été enregistré."
    assert not notice.open_file_button.isVisible() and not notice.open_button.isVisible()


def test_badges_count_up_to_everyone(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, slow, counts
):
    target = out / "badges.pdf"
    save_as(monkeypatch, target)
    _accept(qtbot, documents.buttons["badges"])
    qtbot.waitUntil(documents.notice.isVisible, timeout=10000)
    assert counts[-1] == "3 sur 3"  # the three who come, the one who declined has none
    with pdfplumber.open(target) as pdf:
        assert "BONDARENKO" in "".join(p.extract_text() or "" for p in pdf.pages).upper()


def test_name_tents_cancelled_keep_the_file_that_was_there(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, slow
):
    target = out / "chevalets.pdf"
    target.write_bytes(b"%PDF-1.4 last week's tents")
    save_as(monkeypatch, target)
    _accept(qtbot, documents.buttons["tents"])
    _cancel_midway(qtbot, _job(qtbot))
    assert target.read_bytes() == b"%PDF-1.4 last week's tents"
    assert [p.name for p in out.iterdir()] == ["chevalets.pdf"]


def test_personal_agendas_cancelled_leave_no_folder(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, slow
):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    qtbot.mouseClick(documents.buttons["personal_ical"], Qt.MouseButton.LeftButton)
    _cancel_midway(qtbot, _job(qtbot))
    assert list(out.iterdir()) == []  # the event's folder was not left behind


def test_personal_agendas_count_every_file(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, counts
):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    qtbot.mouseClick(documents.buttons["personal_ical"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(documents.notice.isVisible, timeout=10000)
    [folder] = out.iterdir()
    assert len(list(folder.glob("*.ics"))) == 3
    assert counts[-1] == "3 sur 3"


def test_a_cancelled_workbook_is_not_written(  # type: ignore[no-untyped-def]
    qtbot, documents, out, monkeypatch, slow, counts
):
    target = out / "liste.xlsx"
    save_as(monkeypatch, target)
    qtbot.mouseClick(documents.buttons["list_participants"], Qt.MouseButton.LeftButton)
    _cancel_midway(qtbot, _job(qtbot))
    assert list(out.iterdir()) == []

    # Asked again, it runs to the end and the workbook holds every participant.
    monkeypatch.setattr(core_progress.Progress, "advance", REAL_ADVANCE)
    qtbot.mouseClick(documents.buttons["list_participants"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 1 + 4  # the full list shows who declined
    assert counts[-1] == "4 sur 4"


HEADER = "Civilité;Prénom;Nom;Organisation;Pays"
NAMES = [
    ("Hélène", "Lefèvre"),
    ("François", "Côté"),
    ("Zoé", "Müller-Brandão"),
    ("Jérôme", "Noël"),
    ("Amélie", "Tremblay"),
    ("Benoît", "Gagnon"),
]
ROWS = [f"Mme;{first};{last};Ville de Poitiers;France" for first, last in NAMES]


def test_a_cancelled_import_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, db, apostolove, tmp_path, slow
):
    path = tmp_path / "inscriptions.csv"
    path.write_text("\r\n".join([HEADER, *ROWS, ""]), encoding="utf-8")
    before = sorted(p.display_name for p in participants.list_participants(db, apostolove.id))
    wizard = ImportWizard(db, apostolove)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.preview is not None, wizard.error
    assert not wizard.preview.issues, wizard.preview.issues
    assert not wizard.preview.warnings, wizard.preview.warnings
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.job is not None
    _cancel_midway(qtbot, wizard.job)
    after = sorted(p.display_name for p in participants.list_participants(db, apostolove.id))
    assert after == before  # no row of the file, not even the first ones
    assert wizard.isVisible() and wizard.result_ is None
    assert finish.isEnabled()  # the officer can import after all
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10000)
    names = {p.display_name for p in participants.list_participants(db, apostolove.id)}
    assert {f"{first} {last}" for first, last in NAMES} <= names


@pytest.fixture
def seated(qtbot, db, apostolove):  # type: ignore[no-untyped-def]
    """The table plan of the official dinner, everyone who comes placed."""
    dinner = agenda.create_agenda_item(
        db,
        apostolove.id,
        title="Dîner de gala",
        type="meal",
        starts_at=datetime(2023, 7, 4, 20),
        ends_at=datetime(2023, 7, 4, 23),
    )
    meal = seating.create_meal(db, dinner.id, template="table-12")
    seating.place(db, meal.meal_id, meal.version)
    holder = QWidget()  # the window whose undo stack the plan uses
    qtbot.addWidget(holder)
    dialog = SeatingDialog(db, Edits(holder), dinner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_name_tents_of_a_table_plan_are_written_off_the_window_and_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, seated, out, monkeypatch, slow, counts
):
    target = out / "chevalets.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    seated.print_kind("tents", None)
    _cancel_midway(qtbot, _job(qtbot))
    assert list(out.iterdir()) == []

    seated.print_kind("tents", None)
    job = _job(qtbot)
    qtbot.waitUntil(lambda: job not in workers._running, timeout=10000)
    assert counts[-1] == "3 sur 3"
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 3


@pytest.mark.parametrize(
    ("lang", "expected"), [("fr", "1 234 sur 2 000"), ("en", "1,234 of 2,000")]
)
def test_counts_are_written_as_numbers_are_in_the_language(lang, expected):  # type: ignore[no-untyped-def]
    i18n.apply_language(lang)
    text = workers.count_text(1234, 2000)
    assert text.replace("\u202f", " ").replace("\xa0", " ") == expected
