"""Export actions: an event's calendar files and participant lists, saved where the
officer chooses.

Each action asks for a file (or a folder), does the writing in the thread pool
behind a busy indicator, then says where the result is in the nearest
:class:`~coopdesk.gui.notice.SavedNotice`. Refusals and failures become one sentence
(:func:`coopdesk.gui.crash.show_error`). Documents are written in the *document
language* of the authority's settings (what partners and hotels read), else in the
interface language; the folder last used is offered again.

The core's writers (icalendar, openpyxl, reportlab behind them) are imported inside
the actions, not here: this module loads with the window, whose start-up time is
measured, and most sessions never export anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coopdesk.core.attendance import gets_printed_material
from coopdesk.core.db import Database
from coopdesk.core.filenames import safe_stem
from coopdesk.core.services import organisations, participants
from coopdesk.core.values import EventView
from coopdesk.gui import config, i18n
from coopdesk.gui.notice import report_saved
from coopdesk.gui.workers import run_job, run_with_progress

if TYPE_CHECKING:
    from coopdesk.core.calendar.export import ExportOptions, PersonalAgendas

EXPORT_FOLDER = "exports/folder"


def file_stem(text: str) -> str:
    """A file name from a title that Windows accepts (accents and scripts kept, never
    a reserved device name such as ``CON`` or ``NUL``)."""
    return safe_stem(text, None)


def document_language(db: Database) -> str:
    """The language documents are written in: the authority's document language,
    else the interface language."""
    authority = organisations.get_authority(db)
    return authority.document_language if authority is not None else i18n.language()


def _folder() -> Path:
    """The folder of the last export, else the user's Documents folder."""
    last = config.get_str(EXPORT_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_save_path(
    parent: QWidget, title: str, name: str, filters: list[tuple[str, str]]
) -> Path | None:
    """Ask where to save ``name``; ``filters`` are (description, suffix) pairs, the
    first the default. A name typed without a known suffix gets the chosen filter's."""
    patterns = [f"{text} (*{suffix})" for text, suffix in filters]
    chosen, pattern = QFileDialog.getSaveFileName(
        parent, title, str(_folder() / name), ";;".join(patterns)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffixes = [suffix for _, suffix in filters]
    if path.suffix.lower() not in suffixes:
        index = patterns.index(pattern) if pattern in patterns else 0
        path = path.with_name(path.name + suffixes[index])
    config.put(EXPORT_FOLDER, str(path.parent))
    return path


def _save_calendar(
    db: Database,
    parent: QWidget,
    ask: str,
    name: str,
    build: Callable[[ExportOptions], bytes],
    saved: str,
) -> None:
    """Ask where to save the calendar ``build`` makes (proposing ``name``.ics), write it
    in the background and tell the user where it is (``saved``: "…: %1")."""
    from coopdesk.core.calendar.export import ExportOptions, write_calendar

    path = ask_save_path(
        parent,
        ask,
        f"{file_stem(name)}.ics",
        [(QCoreApplication.translate("Exports", "Calendar"), ".ics")],
    )
    if path is None:
        return
    options = ExportOptions(language=document_language(db))
    run_with_progress(
        parent,
        QCoreApplication.translate("Exports", "Writing the calendar…"),
        lambda: write_calendar(path, build(options)),
        lambda written: report_saved(parent, saved.replace("%1", str(written)), written),
    )


def save_programme_calendar(db: Database, event: EventView, parent: QWidget) -> None:
    """The event's programme as one .ics file, for Outlook and phones."""
    from coopdesk.core.calendar.export import export_programme

    _save_calendar(
        db,
        parent,
        QCoreApplication.translate("Exports", "Save the programme as a calendar"),
        event.title,
        lambda options: export_programme(db, event.id, options),
        QCoreApplication.translate("Exports", "Programme saved as a calendar: %1"),
    )


def _agenda_count(db: Database, event_id: int) -> int:
    by_status, _ = participants.participation_counts(db, event_id)
    return sum(n for status, n in by_status.items() if gets_printed_material(status))


def save_personal_agendas(db: Database, event: EventView, parent: QWidget) -> None:
    """One .ics file per participant (except those who declined), in a new folder
    named after the event inside the folder the officer chooses."""
    from coopdesk.core.calendar.export import ExportOptions, export_personal_agendas

    count = _agenda_count(db, event.id)
    if count == 0:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Exports", "Personal agendas"),
            QCoreApplication.translate(
                "Exports", "This event has no participants yet (other than those who declined)."
            ),
        )
        return
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "Exports", "Choose where to create the folder of personal agendas"
        ),
        str(_folder()),
    )
    if not chosen:
        return
    config.put(EXPORT_FOLDER, chosen)
    folder = Path(chosen) / file_stem(
        QCoreApplication.translate("Exports", "Personal agendas – %1").replace("%1", event.title)
    )
    options = ExportOptions(language=document_language(db))

    def done(result: PersonalAgendas) -> None:
        from coopdesk.core.errors import ValidationError
        from coopdesk.core.messages import describe

        def sentence(code: str, count: int, **values: object) -> str:
            code = f"{code}_one" if count == 1 else code
            error = ValidationError(code, None, count=count, **values)
            return describe(error, i18n.language())

        written, left = len(result.written), len(result.skipped)
        message = sentence("calendar.agendas_saved", written, folder=str(folder))
        skipped = [sentence("calendar.agendas_skipped", left)]
        report_saved(parent, message, folder, skipped if result.skipped else [])

    run_job(
        parent,
        i18n.fill(
            QCoreApplication.translate(
                "Exports", "Writing %1 {%1:personal agenda|personal agendas}…"
            ),
            str(count),
        ),
        lambda progress: export_personal_agendas(db, event.id, folder, options, progress),
        done,
    )


def save_person_agenda(db: Database, participation_id: int, name: str, parent: QWidget) -> None:
    """One participant's agenda in one event (``name`` proposes the file name)."""
    from coopdesk.core.calendar.export import export_personal_agenda

    _save_calendar(
        db,
        parent,
        QCoreApplication.translate("Exports", "Save this agenda as a calendar"),
        name,
        lambda options: export_personal_agenda(db, participation_id, options),
        QCoreApplication.translate("Exports", "Agenda saved as a calendar: %1"),
    )


def list_titles() -> dict[str, str]:
    """The lists ``export_list`` writes, by kind, named as the office names them."""
    return {
        "participants": QCoreApplication.translate("Exports", "Participants in protocol order"),
        "organisations": QCoreApplication.translate("Exports", "Participants by organisation"),
        "arrivals": QCoreApplication.translate("Exports", "Arrivals and departures"),
        "rooming": QCoreApplication.translate("Exports", "Rooming list"),
    }


def list_export(kind: str) -> Callable[[Database, EventView, QWidget], None]:
    """The action that saves the list ``kind`` of an event as .xlsx (or .csv)."""

    def save(db: Database, event: EventView, parent: QWidget) -> None:
        from coopdesk.core.io.export import export_list

        title = list_titles()[kind]
        path = ask_save_path(
            parent,
            QCoreApplication.translate("Exports", "Save the list: %1").replace("%1", title),
            f"{file_stem(f'{event.title} – {title}')}.xlsx",
            [
                (QCoreApplication.translate("Exports", "Excel workbook"), ".xlsx"),
                (QCoreApplication.translate("Exports", "CSV, semicolon-separated"), ".csv"),
            ],
        )
        if path is None:
            return
        language = document_language(db)
        run_job(
            parent,
            QCoreApplication.translate("Exports", "Writing the list…"),
            lambda progress: export_list(db, event.id, kind, path, language, progress),
            lambda written: report_saved(
                parent,
                i18n.fill(
                    QCoreApplication.translate("Exports", "%1 saved: %2"), title, str(written)
                ),
                written,
            ),
        )

    return save
