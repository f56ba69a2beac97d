"""The fields every form is made of, and a form that shows refusals beside them.

- Date and time fields take what people type (``12/10/2026``, ``12/10``, ``12102026``,
  ``2026-10-12``; ``14h30``, ``9h``, ``midi``), say beside the field what they
  understood ("lundi 12 octobre 2026"), and never hand over another date than the one
  shown: what they cannot read is refused beside the field when the form is saved.
- Each editor of a :class:`Form` is registered under the service's field name; a
  ``ValidationError`` (with the others found with it) puts every sentence right under
  its editor at once, and the focus on the first. Errors without a field, or for a
  field not on the form, go to a message line at the top. Editing a field clears its
  message.
- A form knows whether it was edited since it was loaded (:meth:`Form.is_modified`);
  :func:`confirm_leaving` asks whether to save, discard or stay before leaving it.
- Notes fields let Tab move on to the next field, as in every other field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias, TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.typed import parse_date, parse_time
from coopdesk.gui import i18n, theme
from coopdesk.gui.icons import icon

# The widget a form was given, handed back with its own type.
W = TypeVar("W", bound=QWidget)
# Inside DateField and TimeField, ``date`` and ``time`` name their getters, not the types.
Day: TypeAlias = date
Moment: TypeAlias = time

UNREADABLE = ("date.unreadable", "time.unreadable")
# An end field and the start field it follows when the start moves past it.
FOLLOWS = {
    "end_date": "start_date",
    "ends_at": "starts_at",
    "departure_at": "arrival_at",
    "check_out": "check_in",
}


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("inlineError")
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.error_color())
    label.setPalette(palette)
    return label


def plain_label(text: str = "") -> QLabel:
    """A label that shows ``text`` as it is: a title with ``<…>`` is never read as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class _TypedField(QWidget):
    """A line where a value is typed as people write it, read as it is typed; while the
    text cannot be read, saving is refused with the sentence ``unreadable`` names."""

    unreadable = ""
    edit: QLineEdit
    _value: object

    def text(self) -> str:
        return self.edit.text()

    def is_unreadable(self) -> bool:
        """The field holds text that is not a value (what saving would refuse)."""
        return self.isEnabled() and self._value is None and bool(self.edit.text().strip())

    def error(self, field: str) -> ValidationError | None:
        if self.is_unreadable():
            return ValidationError(self.unreadable, field, value=self.edit.text().strip())
        return None


class DateField(_TypedField):
    """A date typed as it is shown (or picked in a calendar), with what was understood
    written beside it. :meth:`date` is an invalid ``QDate`` while the text is not a date."""

    dateChanged = Signal(QDate)
    editingFinished = Signal()
    unreadable = "date.unreadable"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = i18n.date_input_format()
        self._day_first = self._format.find("d") < self._format.find("M")
        self._value: date | None = None
        self._reference: date | None = None  # the date shown before typing: its year
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(i18n.date_placeholder(self._format))
        self.edit.setMaxLength(40)
        self.edit.setMinimumWidth(96)
        self.edit.setMaximumWidth(140)
        self.pick = QToolButton()
        self.pick.setIcon(icon("calendar"))
        self.pick.setToolTip(self.tr("Choose in a calendar"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.clicked.connect(self._show_calendar)
        self.understood = plain_label()
        self.understood.setObjectName("understood")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.pick)
        row.addWidget(self.understood, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finish)
        self.edit.installEventFilter(self)

    # --- the value -------------------------------------------------------------------

    def date(self) -> QDate:
        return to_qdate(self._value) if self._value is not None else QDate()

    def setDate(self, value: QDate | Day) -> None:
        day = from_qdate(value) if isinstance(value, QDate) else value
        self.edit.setText(self._shown(day))
        self._reference = day
        self._set(day)

    # --- typing ----------------------------------------------------------------------

    def _shown(self, day: Day) -> str:
        return QLocale().toString(to_qdate(day), self._format)

    def _typed(self, text: str) -> None:
        reference = self._reference or date.today()
        self._set(parse_date(text, reference, day_first=self._day_first))

    def _set(self, day: Day | None) -> None:
        changed = day != self._value
        self._value = day
        self._explain()
        if changed and day is not None:
            self.dateChanged.emit(to_qdate(day))

    def _explain(self) -> None:
        palette = self.understood.palette()
        if self._value is not None:
            self.understood.setText(i18n.fmt_date_words(self._value))
            palette.setColor(
                QPalette.ColorRole.WindowText,
                self.palette().color(QPalette.ColorRole.PlaceholderText),
            )
        elif self.edit.text().strip():
            self.understood.setText(self.tr("not a date"))
            palette.setColor(QPalette.ColorRole.WindowText, theme.error_color())
        else:
            self.understood.setText("")
        self.understood.setPalette(palette)

    def _finish(self) -> None:
        if self._value is not None:
            self.edit.setText(self._shown(self._value))
            self._reference = self._value
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move by a day, Page Up and Page Down by a month."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if event.key() in steps and self._value is not None:
                days, months = steps[Qt.Key(event.key())]
                moved = to_qdate(self._value).addDays(days).addMonths(months)
                self.setDate(moved)
                return True
        return super().eventFilter(watched, event)

    def _show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        if self._value is not None:
            calendar.setSelectedDate(to_qdate(self._value))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            self.setDate(day)
            menu.close()
            self.edit.setFocus()
            self.editingFinished.emit()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        calendar.setFocus()
        menu.exec(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))


class TimeField(_TypedField):
    """A time typed as people write it (``14h30``, ``14:30``, ``9h``, ``midi``), shown as
    ``14:30`` once typed. :meth:`time` is an invalid ``QTime`` while it is not a time."""

    timeChanged = Signal(QTime)
    editingFinished = Signal()
    unreadable = "time.unreadable"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: time | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setMaxLength(20)
        self.edit.setMinimumWidth(56)
        self.edit.setMaximumWidth(90)
        self.understood = plain_label()
        self.understood.setObjectName("understood")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.understood, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finish)

    def time(self) -> QTime:
        if self._value is None:
            return QTime()
        return QTime(self._value.hour, self._value.minute)

    def setTime(self, value: QTime | Moment) -> None:
        moment = from_qtime(value) if isinstance(value, QTime) else value.replace(second=0)
        self.edit.setText(f"{moment:%H:%M}")
        self._set(moment)

    def _typed(self, text: str) -> None:
        self._set(parse_time(text))

    def _set(self, moment: Moment | None) -> None:
        changed = moment != self._value
        self._value = moment
        typed = self.edit.text().strip()
        if moment is not None:
            self.understood.setText("" if typed == f"{moment:%H:%M}" else f"{moment:%H:%M}")
        else:
            self.understood.setText(self.tr("not a time") if typed else "")
        if changed and moment is not None:
            self.timeChanged.emit(self.time())

    def _finish(self) -> None:
        if self._value is not None:
            self.edit.setText(f"{self._value:%H:%M}")
            self.understood.setText("")
        self.editingFinished.emit()


def date_edit() -> DateField:
    """A date field in the locale's order, typed or picked in a calendar."""
    return DateField()


def time_edit() -> TimeField:
    return TimeField()


def follow_dates(start: DateField, end: DateField) -> None:
    """When the start is moved past the end, the end moves with it, keeping the length
    the two had (settled when a date is set or typed in full, not at each keystroke)."""

    def read(field: DateField) -> datetime | None:
        value = field.date()
        return datetime.combine(from_qdate(value), time()) if value.isValid() else None

    def write(field: DateField, value: datetime) -> None:
        field.setDate(value.date())

    _follow(start, end, read, write, start.dateChanged, end.dateChanged, None)


def follow_times(start: TimeField, end: TimeField) -> None:
    """When the start time is moved past the end time, the end moves with it, keeping
    the length (within the day)."""

    def read(field: TimeField) -> datetime | None:
        value = field.time()
        return datetime.combine(date(2000, 1, 1), from_qtime(value)) if value.isValid() else None

    def write(field: TimeField, value: datetime) -> None:
        field.setTime(value.time() if value.day == 1 else time(23, 59))

    _follow(start, end, read, write, start.timeChanged, end.timeChanged, timedelta(hours=1))


def _follow(
    start: Any,
    end: Any,
    read: Callable[[Any], datetime | None],
    write: Callable[[Any, datetime], None],
    start_changed: Any,
    end_changed: Any,
    default: timedelta | None,
) -> None:
    state: dict[str, timedelta | None] = {"length": None}

    def settle() -> None:
        first, last = read(start), read(end)
        if first is not None and last is not None and last >= first:
            state["length"] = last - first

    def set_quietly(*_: object) -> None:  # set by the program (loading, a calendar pick)
        if not (start.edit.isModified() or end.edit.isModified()):
            settle()

    def moved() -> None:
        first, last = read(start), read(end)
        if first is None or last is None or last >= first:
            settle()
            return
        length = state["length"] if state["length"] is not None else default
        write(end, first + (length or timedelta()))
        settle()

    start_changed.connect(set_quietly)
    end_changed.connect(set_quietly)
    start.editingFinished.connect(moved)
    end.editingFinished.connect(settle)
    settle()


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """The date of a field; an unreadable one (invalid) is refused, never guessed."""
    if not value.isValid():
        raise ValidationError("date.unreadable", None, value="")
    return date(value.year(), value.month(), value.day())


def from_qtime(value: QTime) -> time:
    if not value.isValid():
        raise ValidationError("time.unreadable", None, value="")
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

    def add(self, field: str, label: str, editor: W) -> W:
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
        caption.setObjectName(f"caption-{field}")
        self.layout_.addRow(caption, box)
        self.editors[field] = editor
        self.errors[field] = message
        self.labels[field] = caption
        self._clear_on_edit(field, editor)
        leader = FOLLOWS.get(field)
        if leader in self.editors:
            self._follow(self.editors[leader], editor)
        return editor

    @staticmethod
    def _follow(leader: QWidget, follower: QWidget) -> None:
        """The end field follows the start field when the start moves past it."""

        def inner(widget: QWidget, cls: type[QWidget]) -> QWidget | None:
            if isinstance(widget, cls):
                return widget
            return widget.findChild(cls)

        start_day, end_day = inner(leader, DateField), inner(follower, DateField)
        if isinstance(start_day, DateField) and isinstance(end_day, DateField):
            follow_dates(start_day, end_day)
        start_time, end_time = inner(leader, TimeField), inner(follower, TimeField)
        if (
            start_day is None
            and isinstance(start_time, TimeField)
            and isinstance(end_time, TimeField)
        ):
            follow_times(start_time, end_time)

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.labels[field], visible)

    def _clear_on_edit(self, field: str, editor: QWidget) -> None:
        def clear() -> None:
            self.errors[field].setVisible(False)
            self.banner.setVisible(False)

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(clear)
        elif isinstance(editor, (QPlainTextEdit, QTextEdit)):
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(clear)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(clear)
        elif isinstance(editor, QSpinBox):
            editor.editingFinished.connect(clear)
        for typed in [editor, *editor.findChildren(QWidget)]:
            if isinstance(typed, DateField):
                typed.edit.textEdited.connect(clear)
                typed.dateChanged.connect(clear)
            elif isinstance(typed, TimeField):
                typed.edit.textEdited.connect(clear)
                typed.timeChanged.connect(clear)
            elif isinstance(typed, QCheckBox):
                typed.toggled.connect(clear)

    def clear_errors(self) -> None:
        self.banner.setVisible(False)
        for label in self.errors.values():
            label.setVisible(False)

    def typing_errors(self) -> list[ValidationError]:
        """What the date and time fields hold that is not a date or a time, by field."""
        found: list[ValidationError] = []
        for field, editor in self.editors.items():
            for typed in [editor, *editor.findChildren(QWidget)]:
                if isinstance(typed, (DateField, TimeField)):
                    error = typed.error(field)
                    if error is not None:
                        found.append(error)
        return found

    def show_error(self, error: CoopdeskError, aliases: dict[str, str] | None = None) -> None:
        """Show ``error`` and the others found with it, each beside its field (``aliases``
        maps service fields to ours), with what the date fields could not read; the focus
        goes to the first field in the form's order."""
        self.clear_errors()
        typing = self.typing_errors()
        errors: list[CoopdeskError] = [*typing]
        for found in error.every if isinstance(error, ValidationError) else (error,):
            if found.code in UNREADABLE and found.field is None and typing:
                continue  # the field that could not be read says so itself
            errors.append(found)
        by_field: dict[str, list[str]] = {}
        banner: list[str] = []
        for found in errors:
            text = describe(found, i18n.language())
            field = (aliases or {}).get(found.field or "", found.field or "")
            if field in self.errors:
                if text not in by_field.setdefault(field, []):
                    by_field[field].append(text)
            elif text not in banner:
                banner.append(text)
        for field, texts in by_field.items():
            self.errors[field].setText("\n".join(texts))
            self.errors[field].setVisible(True)
        if banner:
            self.banner.setText("\n".join(banner))
            self.banner.setVisible(True)
        first = next((f for f in self.editors if f in by_field), None)
        if first is not None:
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        """The message shown beside ``field`` ('' when none): what a user reads there."""
        label = self.errors[field]
        return label.text() if label.isVisibleTo(self) else ""

    # --- unsaved changes ---------------------------------------------------------------

    def state(self) -> list[object]:
        """What every field shows now (its text, choice or tick)."""
        out: list[object] = []
        for editor in self.editors.values():
            for widget in [editor, *editor.findChildren(QWidget)]:
                if isinstance(widget, QLineEdit):
                    out.append(widget.text())
                elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                    out.append(widget.toPlainText())
                elif isinstance(widget, QComboBox):
                    out.append((widget.currentIndex(), widget.currentText()))
                elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                    out.append(widget.isChecked())
                elif isinstance(widget, QListWidget):
                    out.append([widget.item(i).checkState().value for i in range(widget.count())])
        return out

    def mark_clean(self) -> None:
        """What the fields show now is what was loaded (or saved)."""
        self._clean = self.state()

    def is_modified(self) -> bool:
        """Whether a field was edited since :meth:`mark_clean`."""
        return self.state() != getattr(self, "_clean", None)


class Leave(Enum):
    """What to do with an edited form the user is leaving."""

    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask ``question`` with Yes and No, No by default (a deletion, a merge)."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_leave(parent: QWidget, what: str) -> Leave:
    """Ask whether to save the changes to ``what``, discard them or stay."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Form", "Unsaved changes"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        i18n.fill(QApplication.translate("Form", "Save the changes to %1?"), what)
        if what
        else QApplication.translate("Form", "Save the changes?")
    )
    box.setInformativeText(
        QApplication.translate("Form", "Otherwise what you typed in this form is lost.")
    )
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    save.setText(QApplication.translate("Form", "&Save"))
    discard.setText(QApplication.translate("Form", "&Discard"))
    stay.setText(QApplication.translate("Form", "S&tay"))
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.setObjectName("unsaved-question")
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Leave.SAVE
    if clicked is discard:
        return Leave.DISCARD
    return Leave.STAY


def confirm_leaving(
    parent: QWidget,
    form: Form,
    save: Callable[[], bool],
    discard: Callable[[], None] | None = None,
    what: str = "",
) -> bool:
    """Before leaving ``form``: ``True`` when it may be left (unchanged, saved or
    discarded), ``False`` to stay on it (the user said so, or saving was refused and
    the messages are beside the fields)."""
    if not form.is_modified():
        return True
    choice = ask_leave(parent, what)
    if choice is Leave.SAVE:
        return save()
    if choice is Leave.DISCARD:
        if discard is not None:
            discard()
        return True
    return False


class OptionalDate(QWidget):
    """A date (and a time) that may be unknown: a tick box says whether it is set."""

    def __init__(self, text: str, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(text)
        self.day = date_edit()
        self.time: TimeField | None = time_edit() if with_time else None
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
