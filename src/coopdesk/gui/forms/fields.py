"""A form that shows the core's refusals beside the field they concern.

Each editor is registered under the service's field name; a ``ValidationError``
whose ``field`` names it puts the translated sentence right under that editor (and
focuses it). Errors without a field, or for a field not on the form, go to a message
line at the top. Editing a field clears its message.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.messages import describe
from coopdesk.gui import i18n, theme


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("inlineError")
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.error_color())
    label.setPalette(palette)
    return label


def date_edit() -> QDateEdit:
    """A date field in the locale's format, with a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(i18n.date_input_format())
    edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    edit.setMinimumWidth(120)
    return edit


def time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumWidth(80)
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def combo(values: list[Any], *, empty: str | None = None) -> QComboBox:
    """A choice among domain values, shown in words, the value as item data."""
    box = QComboBox()
    compact(box)
    if empty is not None:
        box.addItem(empty, None)
    for value in values:
        box.addItem(i18n.enum_label(value), value)
    return box


def compact(box: QComboBox, chars: int = 12) -> QComboBox:
    """Let a combo box be narrower than its longest entry (long partner names)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class Form(QWidget):
    """A two-column form whose fields show their own error messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = error_label()
        outer.addWidget(self.banner)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.layout_)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, field: str, label: str, editor: QWidget) -> QWidget:
        """Add ``editor`` for the service field ``field``, with room for its message."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = error_label()
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.layout_.addRow(caption, box)
        self.editors[field] = editor
        self.errors[field] = message
        self.labels[field] = caption
        self._clear_on_edit(field, editor)
        return editor

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.labels[field], visible)

    def _clear_on_edit(self, field: str, editor: QWidget) -> None:
        def clear() -> None:
            self.errors[field].setVisible(False)
            self.banner.setVisible(False)

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(clear)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(clear)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(clear)
        elif isinstance(editor, (QDateEdit, QTimeEdit, QSpinBox)):
            editor.editingFinished.connect(clear)

    def clear_errors(self) -> None:
        self.banner.setVisible(False)
        for label in self.errors.values():
            label.setVisible(False)

    def show_error(self, error: CoopdeskError, aliases: dict[str, str] | None = None) -> None:
        """Show ``error`` beside its field (``aliases`` maps service fields to ours)."""
        self.clear_errors()
        text = describe(error, i18n.language())
        field = (aliases or {}).get(error.field or "", error.field or "")
        if field in self.errors:
            self.errors[field].setText(text)
            self.errors[field].setVisible(True)
            self.editors[field].setFocus()
        else:
            self.banner.setText(text)
            self.banner.setVisible(True)

    def error_text(self, field: str) -> str:
        """The message shown beside ``field`` ('' when none): what a user reads there."""
        label = self.errors[field]
        return label.text() if label.isVisibleTo(self) else ""


class OptionalDate(QWidget):
    """A date (and a time) that may be unknown: a tick box says whether it is set."""

    def __init__(self, text: str, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(text)
        self.day: QDateEdit = date_edit()
        self.time: QTimeEdit | None = time_edit() if with_time else None
        row.addWidget(self.known)
        row.addWidget(self.day)
        if self.time is not None:
            row.addWidget(self.time)
        row.addStretch(1)
        self.known.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.day.setEnabled(on)
        if self.time is not None:
            self.time.setEnabled(on)

    def set_value(self, value: date | datetime | None, default: date) -> None:
        self.known.setChecked(value is not None)
        self._enable(value is not None)
        day = value.date() if isinstance(value, datetime) else value
        self.day.setDate(to_qdate(day or default))
        if self.time is not None:
            self.time.setTime(value.time() if isinstance(value, datetime) else time(12, 0))

    def value(self) -> date | datetime | None:
        if not self.known.isChecked():
            return None
        day = from_qdate(self.day.date())
        if self.time is None:
            return day
        return datetime.combine(day, from_qtime(self.time.time()))


def text_value(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def decimal_text(value: Decimal | None) -> str:
    return "" if value is None else i18n.decimal_text(value)


def local_datetime(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment)
