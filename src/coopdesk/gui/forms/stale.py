"""Someone else changed the record: show their version beside ours, let the user choose."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import StaleEditError
from coopdesk.core.messages import FIELD_LABELS, describe
from coopdesk.gui import i18n


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return i18n.fmt_datetime(value.astimezone(ZoneInfo("Europe/Paris")))
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return i18n.fmt_date(value)
    if hasattr(value, "value") and isinstance(value.value, str):
        return i18n.enum_label(value)
    return str(value)


class StaleEditDialog(QDialog):
    """Both versions of each clashing field; *accept* means "save mine anyway"."""

    def __init__(self, error: StaleEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this record"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone else changed what you are changing in the meantime. For each field "
                "below, keep your version or theirs; your other changes are saved either way."
            )
            if error.values.get("clashes")
            else describe(error, i18n.language())
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the values as typed, never markup
        intro.setWordWrap(True)
        layout.addWidget(intro)
        names = FIELD_LABELS.get(i18n.language(), {})
        rows: list[tuple[str, Any, Any]] = []
        clashes = error.values.get("clashes") or ()
        if clashes:
            for c in clashes:
                label = names.get(c.field, c.field.replace("_", " "))
                rows.append((f"{c.label} — {label}" if c.label else label, c.theirs, c.mine))
        else:
            fields: Mapping[str, tuple[Any, Any]] = error.values.get("fields", {})
            for field, (theirs, mine) in fields.items():
                rows.append((names.get(field, field.replace("_", " ")), theirs, mine))
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Their version"), self.tr("Your version")]
        )
        for row, (name, theirs, mine) in enumerate(rows):
            name = name[:1].upper() + name[1:]
            for column, text in enumerate((name, _show(theirs), _show(mine))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.table = table
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        self.keep_theirs = buttons.addButton(
            self.tr("Keep their version"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_mine = buttons.addButton(
            self.tr("Save my version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 260)
