"""Importing a partner's programme (.ics) into the event's agenda, after a preview.

The preview lists each entry of the file: a new item, an update of an item imported
before (same UID), unchanged, or refused with its reason. *Import* stays disabled
while an entry is refused or there is nothing to write; the import itself runs off
the GUI thread behind "n of N" and Cancel, in one transaction that a cancel rolls
back (:func:`coopdesk.core.calendar.importer.apply_import` also refuses it whole if
the agenda changed since the preview).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from coopdesk.core.calendar.importer import (
    ImportPreview,
    apply_import,
    nothing_to_import,
    preview_import,
)
from coopdesk.core.calendar.importer import counts as import_counts
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.progress import Cancelled
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.crash import message_for
from coopdesk.gui.forms.fields import error_label
from coopdesk.gui.icons import icon
from coopdesk.gui.import_models import CalendarLine, CalendarLinesModel, calendar_lines
from coopdesk.gui.workers import Job, run_job


def preview_lines(preview: ImportPreview, zone: str, year: int | None = None) -> list[CalendarLine]:
    """The rows of the preview: entries imported (new, updated, unchanged), those
    outside the event's dates (listed by title and day, not imported), then those
    refused, each named (title or line) with what is wrong and what to do."""
    language = i18n.language()
    items = [*preview.created, *preview.updated, *preview.unchanged]
    lines = [line for line in calendar_lines(preview) if not line.refused]
    # A time in another zone than the event's says which (a call with Montréal).
    lines = [
        line._replace(time=f"{line.time} ({item.timezone})") if item.timezone != zone else line
        for line, item in zip(lines, items, strict=True)
    ]
    outside = describe(ValidationError("calendar.outside_row"), language)
    reason = describe(ValidationError("calendar.outside_reason"), language)

    def outside_day(day: date) -> str:
        # A file of another year is a common mistake: then the year is said.
        return i18n.fmt_day(day) + (f" {day.year}" if day.year != year else "")

    for entry in preview.outside:
        day = outside_day(entry.first_day)
        if entry.last_day != entry.first_day:
            day += " – " + outside_day(entry.last_day)
        lines.append(CalendarLine(outside, day, "", entry.summary or entry.name_uid(), reason))
    refused = [line for line in calendar_lines(preview) if line.refused]
    for line, refusal in zip(refused, preview.refused, strict=True):
        lines.append(line._replace(title=refusal.name(language), reason=refusal.reason(language)))
    return lines


class CalendarImportDialog(QDialog):
    """Choose an .ics file, see what it would change in the agenda, import it."""

    def __init__(self, db: Database, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view = event
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.job: Job | None = None  # the import being written, once Import is pressed
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
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # titles from the file, as text
        self.make_venues = QCheckBox()
        self.make_venues.setChecked(True)
        self.make_venues.setVisible(False)
        self.make_venues.toggled.connect(self._replan)
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
        layout.addWidget(self.make_venues)
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
            self._plan_venues()
        except OSError as exc:
            self._refuse(
                self.tr("Cannot read %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or "")
            )
        except CoopdeskError as error:
            self._refuse(message_for(error))
        self._show()

    def _plan_venues(self) -> None:
        """Preview the file; places no venue has are offered as new venues."""
        assert self.data is not None
        offered = preview_import(self.db, self.event_view.id, self.data, make_venues=True)
        places = offered.new_venues
        self.make_venues.setVisible(bool(places))
        self.make_venues.setText(
            self.tr("Make the places no venue has yet into &venues: %1").replace(
                "%1", "; ".join(places)
            )
        )
        self.preview = (
            offered
            if self.make_venues.isChecked() or not places
            else preview_import(self.db, self.event_view.id, self.data)
        )

    def _replan(self) -> None:
        if self.data is None:
            return
        self.error.setVisible(False)
        try:
            self._plan_venues()
        except CoopdeskError as error:
            self.preview = None
            self._refuse(message_for(error))
        self._show()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _show(self) -> None:
        preview = self.preview
        self.model.set_rows(
            preview_lines(preview, self.event_view.timezone, self.event_view.start_date.year)
            if preview is not None
            else []
        )
        for column, width in enumerate((150, 150, 250, 260)):
            self.view.setColumnWidth(column, width)
        if preview is None:
            self.import_button.setEnabled(False)
            return
        language = i18n.language()
        counts = import_counts(preview, language)
        # What the import did with the file: charset, skipped kinds, repeats, zones.
        self.summary.setText("\n".join([counts, *(n.sentence(language) for n in preview.notes)]))
        empty = nothing_to_import(preview)
        if empty is not None:
            self._refuse(describe(empty, language))
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
        data, seen, source = self.data, self.preview, self.path.text()
        make = bool(seen.new_venues)
        self.import_button.setEnabled(False)

        def cancelled() -> None:  # nothing was written: the officer may import after all
            self._refuse(describe(Cancelled(), i18n.language()))
            self.import_button.setEnabled(True)

        self.job = run_job(
            self,
            self.tr("Importing the agenda…"),
            lambda progress: apply_import(
                self.db,
                self.event_view.id,
                data,
                seen=seen,
                source=source,
                make_venues=make,
                progress=progress,
            ),
            lambda _: super(CalendarImportDialog, self).accept(),
            on_cancelled=cancelled,
        )
        self.job.signals.failed.connect(lambda _: self.import_button.setEnabled(True))
