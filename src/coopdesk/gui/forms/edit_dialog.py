"""The dialog that edits a record: leaving it with changes asks to save, discard or stay.

Every form in a dialog of its own (a person, a venue, an organisation, an agenda item,
a category, a partnership, an agreement, travel and stay, a table of a seating plan,
the settings) derives from :class:`EditDialog`. What its fields show when it opens is
remembered; closing it by Esc, by the window's close button or by Cancel after an edit
asks the question the event form asks (:func:`~coopdesk.gui.forms.fields.ask_leave`),
and an unchanged dialog closes without a word. "Save" runs the dialog's own ``save``,
which closes it when the record is saved and keeps it open, with the messages beside
the fields, when it is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.gui.forms import fields


def shown_values(root: QWidget) -> list[object]:
    """What every input inside ``root`` shows now: texts, choices, ticks, numbers."""
    out: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                out.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                out.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            out.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            out.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            out.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            out.append([widget.item(i).checkState().value for i in range(widget.count())])
    return out


class EditDialog(QDialog):
    """A dialog over one record's fields that does not lose an edit silently."""

    _loaded: list[object] | None = None
    buttons: QDialogButtonBox

    def save_cancel_buttons(self) -> QDialogButtonBox:
        """The dialog's Save and Cancel buttons (kept as ``self.buttons``): Save runs
        its ``save``, Cancel asks first when something was changed."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def editing_state(self) -> list[object]:
        """What the user may have changed: every field of the dialog's forms (or, for
        a dialog without one, of the dialog itself)."""
        forms = self.findChildren(fields.Form)
        if forms:
            return [form.state() for form in forms]
        return shown_values(self)

    def subject(self) -> str:
        """The record the question names ("save the changes to …"): the title or
        the name its form shows; '' for none."""
        for form in self.findChildren(fields.Form):
            for key in ("title", "name"):
                editor = form.editors.get(key)
                if isinstance(editor, QLineEdit) and editor.text().strip():
                    return editor.text().strip()
            names = [
                editor.text().strip()
                for key in ("first_name", "last_name")
                if isinstance(editor := form.editors.get(key), QLineEdit)
            ]
            if any(names):
                return " ".join(n for n in names if n)
        return ""

    def mark_clean(self) -> None:
        """What the fields show now is what was loaded (or saved)."""
        self._loaded = self.editing_state()

    def is_modified(self) -> bool:
        return self._loaded is not None and self.editing_state() != self._loaded

    def showEvent(self, event: QShowEvent) -> None:
        if self._loaded is None:  # the fields as the dialog opens on them
            self.mark_clean()
        super().showEvent(event)

    def save_through(self, form: fields.Form, save: Callable[[], object]) -> None:
        """Run ``save``: the dialog closes when the record is saved, and stays open with
        the refusal beside its field in ``form`` (a clash on top) when it is not."""
        try:
            save()
        except CoopdeskError as error:
            form.show_error(error)
            return
        self.accept()

    def save_and_close(self) -> None:
        """Save as the Save button does (the dialog closes only if the record is saved)."""
        save = getattr(self, "save", None)
        if callable(save):
            save()
        else:
            self.accept()

    def reject(self) -> None:
        """Esc, the close button and Cancel come here: ask first if something changed."""
        if self.is_modified():
            choice = fields.ask_leave(self, self.subject())
            if choice is fields.Leave.STAY:
                return
            if choice is fields.Leave.SAVE:
                self.save_and_close()
                return
        super().reject()
