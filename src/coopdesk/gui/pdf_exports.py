"""Printed documents of an event as PDF: badges, name tents, programmes and lists.

Each action asks its few choices (:mod:`coopdesk.gui.pdf_dialogs`), then where to
save, then renders with the core in the thread pool, showing "n of N" (badges,
tents, rows of a list or a programme) with a Cancel button. The PDF is written to a
temporary file beside the chosen one, which takes its name only once it is whole: a
refusal (no participants, an item of another event), a failure or a cancel leaves no
half-written file behind, and the file chosen is untouched until then; a run of
thousands of badges never sits in memory. The notice that follows offers Open and Print…, and
lists the renderer's warnings in the interface language, so the officer knows
before printing that a name will not come out whole.

The core's renderers (reportlab) are imported inside the actions: this module loads
with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from coopdesk.core.attendance import expected
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.files import written_whole
from coopdesk.core.messages import describe
from coopdesk.core.oserrors import os_reason
from coopdesk.core.progress import Progress
from coopdesk.core.services import agenda, participants
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.exports import ask_save_path, document_language, file_stem
from coopdesk.gui.notice import report_saved
from coopdesk.gui.pdf_dialogs import BadgeDialog, ListDialog, language_dialog
from coopdesk.gui.workers import run_job

if TYPE_CHECKING:
    from coopdesk.core.documents.report import DocumentReport

Render = Callable[[BinaryIO, Progress], "DocumentReport"]


def write_pdf(render: Render, path: Path, progress: Progress) -> DocumentReport:
    """Render into a temporary file beside ``path``, then give it that name; a
    failure to write is a sentence, and a failure or a cancel leaves nothing behind."""
    try:
        with written_whole(path) as partial, partial.open("wb") as stream:
            return render(stream, progress)
    except OSError as exc:
        raise _write_failed(path, exc) from exc


def _write_failed(path: Path, exc: OSError) -> CoopdeskError:
    return CoopdeskError("documents.write_failed", None, path=str(path), reason=os_reason(exc))


def save_pdf(parent: QWidget, title: str, name: str, render: Render) -> None:
    """Ask where to save the document ``title`` (``name`` proposes the file name),
    render it off the GUI thread, then say where it is and what went less well."""
    path = ask_save_path(
        parent,
        QCoreApplication.translate("PdfExports", "Save as PDF: %1").replace("%1", title),
        f"{file_stem(name)}.pdf",
        [(QCoreApplication.translate("PdfExports", "PDF document"), ".pdf")],
    )
    if path is None:
        return

    def done(report: DocumentReport) -> None:
        message = i18n.fill(
            QCoreApplication.translate("PdfExports", "%1 saved (%2 {%2:page|pages}): %3"),
            title,
            str(report.pages),
            str(path),
        )
        warnings = [describe(w, i18n.language()) for w in report.warnings]
        report_saved(parent, message, path, warnings)

    run_job(
        parent,
        i18n.fill(QCoreApplication.translate("PdfExports", "Writing the PDF: %1…"), title),
        lambda progress: write_pdf(render, path, progress),
        done,
    )


def _coming(db: Database, event_id: int) -> list[Any]:
    """The participants who get printed material: all but those who declined."""
    return expected(participants.list_participants(db, event_id))


def _selected(parent: QWidget) -> list[int]:
    """The participations selected in the Participants tab, when ``parent`` (the
    Documents tab) knows them."""
    selected: Callable[[], list[int]] | None = getattr(parent, "selected_participants", None)
    return selected() if selected is not None else []


def save_badges(db: Database, event: EventView, parent: QWidget) -> None:
    """Badges on the layout, for the people and with the options chosen."""
    from coopdesk.core.documents.badges import render_badges
    from coopdesk.core.documents.layouts import list_layouts

    people = _coming(db, event.id)
    try:
        layouts = list_layouts()
        if not people:
            raise ValidationError("documents.no_participants", None)
    except CoopdeskError as exc:  # a user layout file with a mistake, or nobody to print
        show_error(parent, exc)
        return
    dialog = BadgeDialog(layouts, people, _selected(parent), document_language(db), parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    options = dialog.options()
    dialog.deleteLater()
    if not accepted:
        return
    title = QCoreApplication.translate("PdfExports", "Badges")
    if options["participation_ids"] is not None and len(options["participation_ids"]) == 1:
        [one] = [p for p in people if p.id == options["participation_ids"][0]]
        name = f"{title} – {one.first_name} {one.last_name}"
    else:
        name = f"{event.title} – {title}"
    save_pdf(
        parent,
        title,
        name,
        lambda out, progress: render_badges(db, event.id, out, progress=progress, **options),
    )


def _ask_language(title: str, db: Database, parent: QWidget) -> str | None:
    """The language of a document whose only choice it is; None if cancelled."""
    dialog = language_dialog(title, document_language(db), parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    language: str = dialog.options()["language"]
    dialog.deleteLater()
    return language if accepted else None


def _save_event_pdf(
    db: Database,
    event: EventView,
    parent: QWidget,
    title: str,
    render: Callable[..., DocumentReport],
) -> None:
    """Ask the language, then save the event's document ``title`` made by ``render``
    (called as the core's renderers are: db, event id, out, language, progress)."""
    language = _ask_language(title, db, parent)
    if language is not None:
        save_pdf(
            parent,
            title,
            f"{event.title} – {title}",
            lambda out, progress: render(db, event.id, out, language=language, progress=progress),
        )


def save_tents(db: Database, event: EventView, parent: QWidget) -> None:
    """One folded name tent per participant, in protocol order."""
    from coopdesk.core.documents.tents import render_tents

    title = QCoreApplication.translate("PdfExports", "Name tents")
    _save_event_pdf(db, event, parent, title, render_tents)


def save_programme(db: Database, event: EventView, parent: QWidget) -> None:
    """The whole programme of the event."""
    from coopdesk.core.documents.programme import render_programme

    title = QCoreApplication.translate("PdfExports", "Programme")
    _save_event_pdf(db, event, parent, title, render_programme)


def save_person_programme(db: Database, participation_id: int, name: str, parent: QWidget) -> None:
    """One participant's own programme in one event (``name`` proposes the file name)."""
    from coopdesk.core.documents.programme import render_programme

    title = QCoreApplication.translate("PdfExports", "Personal programme")
    language = _ask_language(title, db, parent)
    if language is None:
        return
    event_id = participants.get_participant(db, participation_id).event_id
    save_pdf(
        parent,
        title,
        name,
        lambda out, progress: render_programme(
            db,
            event_id,
            out,
            participation_id=participation_id,
            language=language,
            progress=progress,
        ),
    )


def save_list(db: Database, event: EventView, parent: QWidget) -> None:
    """One of the printed lists; a sign-in sheet for the chosen agenda item."""
    from coopdesk.core.documents.lists import render_list

    dialog = ListDialog(agenda.list_agenda(db, event.id), document_language(db), parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    title, options = dialog.title(), dialog.options()
    dialog.deleteLater()
    if accepted:
        save_pdf(
            parent,
            title,
            f"{event.title} – {title}",
            lambda out, progress: render_list(db, event.id, out, progress=progress, **options),
        )
