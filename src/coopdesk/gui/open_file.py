"""Opening a calendar file with coopdesk (``coopdesk programme.ics``, *Open with* on
Windows, the file manager on Linux): the agenda import of the event the user picks.

A calendar import belongs to an event (its preview compares the file with that event's
agenda), so the user first says which event the file is for; the event the window
shows is offered first. Then the usual import dialog opens on the file: preview,
refused entries, nothing written until *Import*.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from coopdesk.core.services import events
from coopdesk.gui import i18n

if TYPE_CHECKING:
    from coopdesk.gui.main_window import MainWindow


def import_calendar_file(window: MainWindow, path: Path) -> bool:
    """Ask which event ``path`` is for, then preview and import it into its agenda.
    Returns whether something was imported."""
    from coopdesk.gui.calendar_import import CalendarImportDialog
    from coopdesk.gui.main_window import EVENTS
    from coopdesk.gui.workspace.workspace import AGENDA

    found = events.list_events(window.db)
    if not found:
        QMessageBox.information(
            window,
            QCoreApplication.translate("OpenFile", "Import a calendar"),
            QCoreApplication.translate(
                "OpenFile",
                "Create the event first: a calendar is imported into an event's agenda.",
            ),
        )
        return False
    shown = window.workspace.event_view
    current = next((i for i, e in enumerate(found) if shown and e.id == shown.id), 0)
    labels = [
        f"{e.title} ({i18n.fmt_date(e.start_date)} – {i18n.fmt_date(e.end_date)})" for e in found
    ]
    label, ok = QInputDialog.getItem(
        window,
        QCoreApplication.translate("OpenFile", "Import a calendar"),
        QCoreApplication.translate("OpenFile", "Import %1 into the agenda of:").replace(
            "%1", path.name
        ),
        labels,
        current,
        False,
    )
    if not ok:
        return False
    event = found[labels.index(label)]
    window.show_page(EVENTS)
    window.open_event(event.id)
    window.workspace.tabs.setCurrentIndex(AGENDA)
    dialog = CalendarImportDialog(window.db, event, window)
    dialog.open_file(path)
    if dialog.exec() != CalendarImportDialog.DialogCode.Accepted:
        return False
    window.edits.changed.emit()
    return True
