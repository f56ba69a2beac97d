"""Importing a partner's programme (.ics) into the event's agenda, after a preview.

The preview lists each entry of the file: a new item, an update of an item imported
before (same UID), unchanged, or refused with its reason. *Import* stays disabled
while an entry is refused or there is nothing to write; the import itself runs off
the GUI thread, in one transaction (:func:`coopdesk.core.calendar.importer.apply_import`
refuses it whole if the agenda changed since the preview).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.calendar.importer import ImportPreview, apply_import, preview_import
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.crash import message_for
from coopdesk.gui.forms.fields import error_label
from coopdesk.gui.icons import icon
from coopdesk.gui.import_models import CalendarLinesModel, calendar_lines
from coopdesk.gui.workers import run_with_progress


class CalendarImportDialog(QDialog):
    """Choose an .ics file, see what it would change in the agenda, import it."""

    def __init__(self, db: Database, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view = event
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import an agenda into %1").replace("%1", event.title))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(icon("search"), self.tr("&Choose a calendar file…"))
        browse.clicked.connect(self.choose)
        self.summary = QLabel(
            self.tr("Entries already imported from the same programme are updated, not copied.")
        )
        self.summary.setWordWrap(True)
        self.error = error_label()
        self.model = CalendarLinesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the programme to import"),
            self.path.text(),
            self.tr("Calendars (*.ics);;All files (*)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read ``path`` and show what importing it would do (nothing is written)."""
        self.path.setText(str(path))
        self.preview, self.data = None, None
        self.error.setVisible(False)
        try:
            self.data = path.read_bytes()
            self.preview = preview_import(self.db, self.event_view.id, self.data)
        except OSError as exc:
            self._refuse(
                self.tr("Cannot read %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or "")
            )
        except CoopdeskError as error:
            self._refuse(message_for(error))
        self._show()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _show(self) -> None:
        preview = self.preview
        self.model.set_rows(calendar_lines(preview) if preview is not None else [])
        for column, width in enumerate((170, 150, 110, 300)):
            self.view.setColumnWidth(column, width)
        if preview is None:
            self.import_button.setEnabled(False)
            return
        self.summary.setText(
            i18n.fill(
                self.tr("%1 new, %2 updated, %3 unchanged, %4 refused."),
                str(len(preview.created)),
                str(len(preview.updated)),
                str(len(preview.unchanged)),
                str(len(preview.refused)),
            )
        )
        if preview.refused:
            self._refuse(
                self.tr(
                    "Some entries cannot be imported (reason in the last column): nothing "
                    "is imported until the file is corrected."
                )
            )
        self.import_button.setEnabled(
            not preview.refused and bool(preview.created or preview.updated)
        )

    def accept(self) -> None:
        """Write the previewed entries off the GUI thread; close once done."""
        if self.preview is None or self.data is None or not self.import_button.isEnabled():
            return
        data, seen = self.data, self.preview
        self.import_button.setEnabled(False)
        task = run_with_progress(
            self,
            self.tr("Importing the agenda…"),
            lambda: apply_import(self.db, self.event_view.id, data, seen=seen),
            lambda _: super(CalendarImportDialog, self).accept(),
        )
        task.signals.failed.connect(lambda _: self.import_button.setEnabled(True))
