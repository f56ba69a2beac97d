"""The long imports from the window: a partner's programme (.ics) and the preview of
a long participant list run behind "n sur N" and Cancel; cancelled, they write
nothing and the officer can start again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from coopdesk.core.services import agenda, participants
from coopdesk.gui.calendar_import import CalendarImportDialog
from coopdesk.gui.import_wizard import BACKGROUND_ROWS, ImportWizard

from . import test_long_jobs as long_jobs
from .test_long_jobs import REAL_ADVANCE, _cancel_midway

# The slowed-down units and the counts shown, as for the other long jobs.
slow = long_jobs.slow
counts = long_jobs.counts


def _programme(entries: int) -> bytes:
    """A partner's programme of ``entries`` meetings over the delegation's days."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ville de Poitiers//FR"]
    for n in range(entries):
        day, hour = 2 + n % 3, 8 + n // 3
        lines += [
            "BEGIN:VEVENT",
            f"UID:rdv-{n}@poitiers.fr",
            f"SUMMARY:Rendez-vous n° {n + 1}",
            f"DTSTART;TZID=Europe/Paris:202307{day:02d}T{hour:02d}0000",
            f"DTEND;TZID=Europe/Paris:202307{day:02d}T{hour:02d}3000",
            "END:VEVENT",
        ]
    return ("\r\n".join([*lines, "END:VCALENDAR", ""])).encode()


def test_a_cancelled_agenda_import_adds_nothing_then_imports_with_its_count(  # type: ignore[no-untyped-def]
    qtbot, db, apostolove, tmp_path: Path, monkeypatch, slow, counts
):
    path = tmp_path / "programme-poitiers.ics"
    path.write_bytes(_programme(6))
    before = [item.title for item in agenda.list_agenda(db, apostolove.id)]
    dialog = CalendarImportDialog(db, apostolove)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.job is not None
    _cancel_midway(qtbot, dialog.job)
    assert [item.title for item in agenda.list_agenda(db, apostolove.id)] == before
    assert dialog.isVisible()  # still there, saying why nothing changed
    assert dialog.error.text() == "Opération annulée : rien n'a été enregistré."
    assert dialog.import_button.isEnabled()

    from coopdesk.core import progress as core_progress

    monkeypatch.setattr(core_progress.Progress, "advance", REAL_ADVANCE)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    titles = [item.title for item in agenda.list_agenda(db, apostolove.id)]
    assert len(titles) == len(before) + 6 and "Rendez-vous n° 6" in titles
    assert counts[-1] == "6 sur 6"


def _long_list(path: Path, rows: int) -> None:
    lines = ["Civilité;Prénom;Nom;Organisation;Pays"]
    lines += [f"Mme;Zoé{n};Müller-Brandão;Ville de Poitiers;France" for n in range(rows)]
    path.write_text("\r\n".join([*lines, ""]), encoding="utf-8")


def test_the_preview_of_a_long_list_counts_and_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, db, apostolove, tmp_path: Path, monkeypatch, slow, counts
):
    path = tmp_path / "inscriptions.csv"
    _long_list(path, BACKGROUND_ROWS + 100)
    before = len(participants.list_participants(db, apostolove.id))
    wizard = ImportWizard(db, apostolove)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()  # the preview page: its preview is being made
    assert wizard.job is not None and wizard.preview is None
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    _cancel_midway(qtbot, wizard.job)
    page = wizard.preview_page
    assert wizard.preview is None and not finish.isEnabled()
    assert page.refusal.isVisible()
    assert page.refusal.text() == "Opération annulée : rien n'a été enregistré."
    assert len(participants.list_participants(db, apostolove.id)) == before

    # Back and forth: the preview is made again, to the end this time.
    from coopdesk.core import progress as core_progress

    monkeypatch.setattr(core_progress.Progress, "advance", REAL_ADVANCE)
    wizard.back()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20000)
    assert len(wizard.preview.rows) == BACKGROUND_ROWS + 100
    assert counts[-1] == "5 sur 5"
    qtbot.waitUntil(finish.isEnabled, timeout=5000)
