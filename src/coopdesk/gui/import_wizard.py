"""Importing a participant list (.xlsx or .csv) into an event, in three steps.

1. *File*: the file is read; for a CSV the detected encoding and delimiter are shown
   and can be changed (the file is read again), with the first rows as read, so
   mojibake or a wrong split shows at once. A workbook of several sheets gets a
   list of its sheets (row counts, hidden ones marked), set on the sheet the core
   chose: picking another reads that one.
2. *Columns*: each column of the file with the field it fills and why (its header,
   the export it comes from, its values, the last file of the same shape), or why it
   is left out (the buyer's, the form respondent's, an order number); the officer
   corrects.
3. *Preview*: every row with what will happen, every refused cell with its line,
   column and reason; how each date column is read and why, with a choice of order
   when its dates read both ways; what looks wrong (dates far from the event, one
   e-mail for several people, the same person twice, a name column of no names) to
   read and accept. *Import* stays disabled while a row is refused, a date order is
   unchosen or the warnings unaccepted: the officer fixes the file and reads it
   again from this step. Applying is all or nothing
   (:func:`coopdesk.core.io.apply.apply_import`) and runs off the GUI thread; the
   confirmed mapping is then remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.io.apply import ImportResult, apply_import
from coopdesk.core.io.dates import DMY, MDY, describe_order
from coopdesk.core.io.headers import (
    FIELD_HEADERS,
    ColumnMapping,
    guess_mapping,
    reason_text,
    remember_mapping,
)
from coopdesk.core.io.parsers import as_text
from coopdesk.core.io.preview import Action, ImportPreview, preview_import
from coopdesk.core.io.reading import SheetInfo, Table, read_table
from coopdesk.core.messages import describe
from coopdesk.core.progress import NO_PROGRESS, Cancelled, Progress
from coopdesk.core.values import EventView
from coopdesk.gui import i18n, screens
from coopdesk.gui.crash import message_for
from coopdesk.gui.forms.fields import error_label
from coopdesk.gui.icons import icon
from coopdesk.gui.import_models import PreviewLinesModel, action_words, field_name, preview_lines
from coopdesk.gui.workers import Job, run_job

SAMPLE_ROWS = 8
# From this many rows the preview is made off the window's thread, with a count and
# Cancel (2,000 rows take seconds); a shorter list is previewed at once.
BACKGROUND_ROWS = 500


def _table_widget(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FilePage(QWizardPage):
    """Step 1: choose the file (and the sheet of a workbook); see and correct how a
    CSV is decoded and split."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the list"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file, such as a registration form's export."
            )
        )
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(icon("search"), self.tr("&Choose…"))
        self.browse.clicked.connect(self.choose)
        self.encoding = QComboBox()
        for text, value in (
            (self.tr("UTF-8"), "utf-8"),
            (self.tr("UTF-8 with byte-order mark"), "utf-8-sig"),
            (self.tr("Windows-1252 (French Excel)"), "cp1252"),
            (self.tr("Windows-1251 (Cyrillic)"), "cp1251"),
            (self.tr("UTF-16"), "utf-16"),
            (self.tr("ISO-8859-15 (Latin-9)"), "iso8859_15"),
        ):
            self.encoding.addItem(text, value)
        self.delimiter = QComboBox()
        for text, value in (
            (self.tr("Semicolon ;"), ";"),
            (self.tr("Comma ,"), ","),
            (self.tr("Tab"), "\t"),
            (self.tr("Vertical bar |"), "|"),
        ):
            self.delimiter.addItem(text, value)
        self.encoding.activated.connect(lambda _: self.read(forced=True))
        self.delimiter.activated.connect(lambda _: self.read(forced=True))
        self.sheet = QComboBox()
        self.sheet.setToolTip(self.tr("The sheet of the workbook that holds the list"))
        self.sheet.activated.connect(lambda _: self.read(forced=self.forced))
        self.reread = QPushButton(icon("refresh"), self.tr("&Read again"))
        self.reread.setToolTip(self.tr("Read the file again, after correcting it"))
        self.reread.clicked.connect(lambda: self.read(forced=self.forced))
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.error = error_label()
        self.sample = _table_widget([])
        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.browse)
        chooser.addWidget(self.reread)
        self.form = form = QFormLayout()
        for text, field, buddy in (
            (self.tr("&File"), chooser, self.browse),
            (self.tr("&Sheet"), self.sheet, self.sheet),
            (self.tr("&Encoding"), self.encoding, self.encoding),
            (self.tr("&Delimiter"), self.delimiter, self.delimiter),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("First rows as read:")))
        layout.addWidget(self.sample, 1)
        self.forced: bool = False
        self._set_csv_options(False)
        self._show_sheets(())

    def _set_csv_options(self, enabled: bool) -> None:
        self.encoding.setEnabled(enabled)
        self.delimiter.setEnabled(enabled)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the participant list"),
            self.path.text(),
            self.tr("Lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.open(Path(chosen))

    def open(self, path: Path) -> None:
        """Read a newly chosen file, guessing everything (its sheet too)."""
        self.path.setText(str(path))
        self.owner.date_order = None  # a new file: its dates are decided anew
        self._show_sheets(())
        self.read(forced=False)

    def read(self, forced: bool) -> None:
        """Read the file: guessing the encoding and delimiter, or with the chosen ones
        (``forced``); the sheet chosen in the list, else the one the core picks. A
        refusal is shown here and kept in the wizard's ``error``."""
        self.forced = forced
        wizard = self.owner
        wizard.table, wizard.error = None, None
        self.error.setVisible(False)
        path = Path(self.path.text())
        try:
            table = read_table(
                path,
                encoding=self.encoding.currentData() if forced else None,
                delimiter=self.delimiter.currentData() if forced else None,
                sheet=self.sheet.currentData() if self.sheet.count() else None,
            )
            mapping = guess_mapping(table.rows)
        except CoopdeskError as error:
            if error.code == "import.sheet_unknown" and self.sheet.count():
                # The sheet was renamed or removed since: read the one the core picks.
                self._show_sheets(())
                self.read(forced)
                return
            wizard.error = message_for(error)
            self.error.setText(wizard.error)
            self.error.setVisible(True)
            self.detected.clear()
            self._show_sample([])
            self.completeChanged.emit()
            return
        wizard.table, wizard.mapping = table, mapping
        self._set_csv_options(table.encoding is not None)
        self._show_sheets(table.sheets, table.sheet)
        if table.encoding is not None:
            self._select(self.encoding, table.encoding)
            self._select(self.delimiter, table.delimiter)
            separator = self.tr("tab") if table.delimiter == "\t" else str(table.delimiter)
            self.detected.setText(
                self.tr("Read as %1, columns separated by %2: %3 rows.")
                .replace("%1", self.encoding.currentText())
                .replace("%2", i18n.quote(separator))
                .replace("%3", str(len(table.rows)))
            )
            if table.mixed_lines:
                self.detected.setText(
                    self.detected.text()
                    + " "
                    + self.tr(
                        "Read line by line (the file mixes UTF-8 and Windows-1252): see the "
                        "points to check in the preview."
                    )
                )
        else:
            rows = next((s.rows for s in table.sheets if s.name == table.sheet), len(table.rows))
            self.detected.setText(
                self.tr("Excel workbook, sheet “%1”: %2.")
                .replace("%1", table.sheet or "")
                .replace("%2", self._rows_text(rows))
            )
        self._show_sample(table.rows[: mapping.header_line + SAMPLE_ROWS])
        self.completeChanged.emit()

    def _show_sheets(self, sheets: tuple[SheetInfo, ...], current: str | None = None) -> None:
        """List a workbook's sheets to choose from, when it has more than one."""
        if len(sheets) > 1 and [s.name for s in sheets] != [
            self.sheet.itemData(i) for i in range(self.sheet.count())
        ]:
            self.sheet.clear()
            for info in sheets:
                self.sheet.addItem(self._sheet_text(info), info.name)
        elif len(sheets) <= 1:
            self.sheet.clear()
        if current is not None and self.sheet.count():
            self.sheet.setCurrentIndex(max(self.sheet.findData(current), 0))
        self.form.setRowVisible(self.sheet, self.sheet.count() > 1)

    def _rows_text(self, rows: int) -> str:
        if rows > 1:
            return self.tr("%1 rows").replace("%1", QLocale().toString(rows))
        return self.tr("1 row") if rows else self.tr("empty")

    def _sheet_text(self, info: SheetInfo) -> str:
        count = self._rows_text(info.rows)
        if info.hidden:
            return self.tr("%1 (hidden) — %2").replace("%1", info.name).replace("%2", count)
        return self.tr("%1 — %2").replace("%1", info.name).replace("%2", count)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index < 0:
            box.addItem(str(value), value)
            index = box.count() - 1
        box.setCurrentIndex(index)

    def _show_sample(self, rows: Sequence[Sequence[object]]) -> None:
        width = max((len(r) for r in rows), default=0)
        self.sample.clear()
        self.sample.setColumnCount(width)
        self.sample.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        self.sample.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                self.sample.setItem(r, c, QTableWidgetItem(as_text(cell)))
        self.sample.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.owner.table is not None


class MappingPage(QWizardPage):
    """Step 2: which field each column of the file fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and what it fills. Columns set to “Ignore” are "
                "not imported. coopdesk remembers your choices for the next file like this one."
            )
        )
        self.header_line = QLabel()
        self.header_line.setWordWrap(True)
        self.columns = _table_widget(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Fills"), self.tr("Why")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_line)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        mapping, table = self.owner.mapping, self.owner.table
        assert mapping is not None and table is not None
        text = self.tr("Column headers found on row %1.").replace("%1", str(mapping.header_line))
        if mapping.platform:
            text += " " + self.tr("Export recognised: %1.").replace("%1", mapping.platform)
        self.header_line.setText(text)
        body = table.rows[mapping.header_line : mapping.header_line + 3]
        self.columns.setRowCount(len(mapping.headers))
        choices = sorted(FIELD_HEADERS, key=lambda f: field_name(f).casefold())
        for row, (header, field) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
            examples = dict.fromkeys(as_text(r[row]) for r in body if row < len(r))
            examples.pop("", None)
            self.columns.setItem(row, 0, QTableWidgetItem(header or "—"))
            self.columns.setItem(row, 1, QTableWidgetItem(" · ".join(examples)))
            box = QComboBox()
            box.addItem(self.tr("Ignore"), None)
            for choice in choices:
                box.addItem(field_name(choice), choice)
            box.setCurrentIndex(max(box.findData(field), 0))
            box.currentIndexChanged.connect(lambda _, r=row, b=box: self._choose(r, b))
            self.columns.setCellWidget(row, 2, box)
            self._show_reason(row)
        self.columns.setColumnWidth(0, 220)
        self.columns.setColumnWidth(1, 300)
        self.columns.setColumnWidth(2, 200)
        self._check()

    def _show_reason(self, row: int) -> None:
        """Why the column fills its field, or none, in the interface language."""
        assert self.owner.mapping is not None
        why = reason_text(self.owner.mapping.reason(row), i18n.language())
        item = QTableWidgetItem(why)
        item.setToolTip(why)
        self.columns.setItem(row, 3, item)

    def _choose(self, row: int, box: QComboBox) -> None:
        assert self.owner.mapping is not None
        self.owner.mapping = self.owner.mapping.with_column(row, box.currentData())
        self._show_reason(row)
        self._check()

    def _check(self) -> None:
        assert self.owner.mapping is not None
        try:
            self.owner.mapping.check()
        except CoopdeskError as error:
            self.error.setText(message_for(error))
            self.error.setVisible(True)
        else:
            self.error.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.error.isVisibleTo(self)


class PreviewPage(QWizardPage):
    """Step 3: what the import will do, row by row; refused rows explained."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing is written until you click Import, and then everything or nothing.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refusal = error_label()
        self.reread = QPushButton(icon("refresh"), self.tr("&Read the file again"))
        self.reread.setToolTip(self.tr("After correcting the file in Excel or a text editor"))
        self.reread.clicked.connect(self.read_again)
        self.model = PreviewLinesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns sized on the first rows (and those in view), not on all 2,000 of a
        # long list, which would hold the window for a third of a second.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.setWordWrap(False)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("Choose…"), None)
        self.date_order.addItem(self.tr("Day/month/year (31/12/2023)"), DMY)
        self.date_order.addItem(self.tr("Month/day/year (12/31/2023)"), MDY)
        self.date_order.activated.connect(lambda _: self.choose_date_order())
        self.date_question = QLabel(
            self.tr("Some dates read both ways: choose their order before importing.")
        )
        self.date_question.setWordWrap(True)
        self.date_label = QLabel(self.tr("&Date order:"))
        self.date_label.setBuddy(self.date_order)
        order_row = QHBoxLayout()
        order_row.addWidget(self.date_question, 1)
        order_row.addWidget(self.date_label)
        order_row.addWidget(self.date_order)
        self.warnings_title = QLabel(self.tr("Points to check before importing:"))
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(140)
        self.accept_box = QCheckBox(self.tr("I have checked these points: import anyway"))
        self.accept_box.toggled.connect(lambda _: self.completeChanged.emit())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reread, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addWidget(self.dates)
        layout.addLayout(order_row)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.accept_box)
        layout.addWidget(self.view, 1)
        self._shown_warnings: tuple[str, ...] = ()
        self._show_checks(None)

    def choose_date_order(self) -> None:
        """Read the ambiguous dates in the chosen order, and preview again."""
        self.owner.date_order = self.date_order.currentData()
        self.owner.make_preview(self.show_preview)

    def _show_checks(self, preview: ImportPreview | None) -> None:
        """How the dates are read, the order to choose, the warnings to accept."""
        language = i18n.language()
        orders = [o for o in preview.date_orders if o.field is not None] if preview else []
        self.dates.setText(
            self.tr("How the dates are read:")
            + "\n"
            + "\n".join(f"• {describe_order(o, language)}" for o in orders)
            if orders
            else ""
        )
        self.dates.setVisible(bool(orders))
        asked = bool(preview and preview.date_questions) or self.owner.date_order is not None
        widget: QWidget
        for widget in (self.date_question, self.date_label, self.date_order):
            widget.setVisible(asked)
        self.date_question.setVisible(bool(preview and preview.date_questions))
        self.date_order.setCurrentIndex(max(self.date_order.findData(self.owner.date_order), 0))
        warnings = preview.warnings if preview else ()
        texts = tuple(warning.describe(language) for warning in warnings)
        if texts != self._shown_warnings:  # accepted were others: read these ones first
            self.accept_box.setChecked(False)
            self._shown_warnings = texts
        self.warnings.clear()
        self.warnings.addItems(list(texts))
        for widget in (self.warnings_title, self.warnings, self.accept_box):
            widget.setVisible(bool(warnings))
        if not warnings:
            self.accept_box.setChecked(False)

    def initializePage(self) -> None:
        self.accept_box.setChecked(False)
        self.owner.make_preview(self.show_preview)

    def read_again(self) -> None:
        """Read the corrected file with the same options and columns, then preview."""
        wizard = self.owner
        wizard.file_page.read(forced=wizard.file_page.forced)
        if wizard.table is not None and wizard.mapping is not None:
            if wizard.mapping.headers == wizard.confirmed_headers:
                wizard.mapping = wizard.confirmed_mapping
            wizard.make_preview(self.show_preview)
            return
        wizard.preview = None
        self.show_preview()

    def _refused_count(self, refused: int) -> str:
        return self.tr("refused: %1").replace("%1", QLocale().toString(refused)) if refused else ""

    def show_preview(self) -> None:
        preview, table = self.owner.preview, self.owner.table
        self._show_checks(preview)
        if preview is None or table is None:
            self.model.set_lines([])
            self.summary.setText("")
            self.refusal.setText(self.owner.error or "")
            self.refusal.setVisible(bool(self.owner.error))
            self.completeChanged.emit()
            return
        self.model.set_lines(preview_lines(preview, table))
        words = action_words()
        counts = ", ".join(
            self.tr("%1: %2").replace("%1", words[action]).replace("%2", str(preview.count(action)))
            for action in Action
            if preview.count(action)
        )
        refused = len(preview.refused_lines)
        text = (
            self.tr("Rows read: %1 (%2).")
            .replace("%1", QLocale().toString(len(preview.rows) + refused))
            .replace("%2", ", ".join(filter(None, [counts, self._refused_count(refused)])) or "—")
        )
        if preview.new_organisations:
            text += " " + self.tr("New organisations: %1.").replace(
                "%1", ", ".join(preview.new_organisations)
            )
        if preview.new_categories:
            text += " " + self.tr("New categories: %1.").replace(
                "%1", ", ".join(preview.new_categories.values())
            )
        self.summary.setText(text)
        self.refusal.setText(
            self.tr(
                "Rows refused: %1. Nothing can be imported until the file is corrected: "
                "correct it, save it, then click “Read the file again”."
            ).replace("%1", QLocale().toString(refused))
        )
        self.refusal.setVisible(refused > 0)
        self.view.resizeColumnsToContents()
        for column, widest in enumerate((60, 200, 200, 200, 140)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        rows = self.model.refused_rows()
        if rows:
            self.view.scrollTo(self.model.index(rows[0], 0))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.owner.preview
        return (
            preview is not None
            and preview.ready
            and bool(preview.rows)
            and (not preview.warnings or self.accept_box.isChecked())
        )


class ImportWizard(QWizard):
    """Import a participant list into ``event``; ``result`` holds what was done."""

    def __init__(self, db: Database, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view = event
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.confirmed_mapping: ColumnMapping | None = None
        self.confirmed_headers: tuple[str, ...] = ()
        self.preview: ImportPreview | None = None
        self.date_order: str | None = None
        self.error: str | None = None
        self.result_: ImportResult | None = None
        self.job: Job | None = None  # the import being written, once Finish is pressed
        self.setWindowTitle(self.tr("Import participants into %1").replace("%1", event.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        screens.fit(self, 1100, 680)

    def open_file(self, path: Path) -> None:
        """Start from ``path`` (as if chosen in the file dialog)."""
        self.file_page.open(path)

    def make_preview(self, then: Callable[[], None]) -> None:
        """What importing the table with the confirmed mapping would do, then
        ``then()``. A long list is previewed off the window's thread behind "n of N"
        and Cancel (a cancelled preview leaves the page empty, with a word why); a
        short one at once."""
        assert self.table is not None and self.mapping is not None
        self.confirmed_mapping, self.confirmed_headers = self.mapping, self.mapping.headers
        self.error = None
        table, mapping, order = self.table, self.mapping, self.date_order

        def build(progress: Progress) -> ImportPreview | CoopdeskError:
            try:
                return preview_import(
                    self.db, self.event_view.id, table, mapping, date_order=order, progress=progress
                )
            except Cancelled:
                raise
            except CoopdeskError as error:  # said on the page, beside the preview
                return error

        def done(result: ImportPreview | CoopdeskError) -> None:
            if isinstance(result, CoopdeskError):
                self.preview, self.error = None, message_for(result)
            else:
                self.preview = result
            then()

        def cancelled() -> None:
            self.preview, self.error = None, describe(Cancelled(), i18n.language())
            then()

        if len(table.rows) < BACKGROUND_ROWS:
            done(build(NO_PROGRESS))
            return
        self.preview = None
        self.job = run_job(
            self, self.tr("Preparing the preview…"), build, done, on_cancelled=cancelled
        )

    def accept(self) -> None:
        """Write the accepted preview off the GUI thread; close when it is done."""
        preview = self.preview
        if preview is None or not self.preview_page.isComplete():
            return
        accepted = self.preview_page.accept_box.isChecked()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(result: ImportResult) -> None:
            remember_mapping(preview.mapping)
            self.result_ = result
            super(ImportWizard, self).accept()

        def apply(progress: Progress) -> ImportResult:
            return apply_import(self.db, preview, accept_warnings=accepted, progress=progress)

        def again() -> None:  # refused or cancelled: nothing was written, try again
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        self.job = run_job(
            self, self.tr("Importing the participants…"), apply, done, on_cancelled=again
        )
        self.job.signals.failed.connect(lambda _: again())
