"""Someone else changed the record: show their version beside ours, let the user choose."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
        intro = QLabel(describe(error, i18n.language()))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the values as typed, never markup
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields: Mapping[str, tuple[Any, Any]] = error.values.get("fields", {})
        table = QTableWidget(len(fields), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Their version"), self.tr("Your version")]
        )
        names = FIELD_LABELS.get(i18n.language(), {})
        for row, (field, (theirs, mine)) in enumerate(fields.items()):
            for column, text in enumerate((names.get(field, field), _show(theirs), _show(mine))):
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
