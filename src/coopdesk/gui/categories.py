"""The office's badge categories in the window: their names and colours wherever a
category is shown, and the dialog where the office creates, renames, recolours,
reorders and retires them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.services import categories
from coopdesk.core.services.categories import CategoryView
from coopdesk.gui import category_names, theme
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.fields import Form
from coopdesk.gui.forms.record_edit import edit_in_dialog
from coopdesk.gui.tables import rows as table_rows
from coopdesk.gui.tables import selected_id as selected_row_id
from coopdesk.gui.undo import Edits


def refresh(db: Database) -> list[CategoryView]:
    """Read the office's categories again: names, colours and the choices offered."""
    from coopdesk.gui.models import CHOICES

    found = categories.list_categories(db)
    category_names.remember(found)
    for c in found:
        theme.MEANING[c.code] = c.colour
    CHOICES["category"][:] = [c.code for c in found if not c.retired]
    return found


def offered(db: Database) -> list[str]:
    """The codes to offer for a participant, in the office's order (retired ones aside)."""
    return [c.code for c in refresh(db) if not c.retired]


class CategoryDialog(EditDialog):
    """One category: French and English names, colour, retired."""

    def __init__(
        self, save: Any, category: CategoryView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit category") if category else self.tr("New category"))
        self._save = save
        self.form = Form()
        self.label_fr = self.form.add("label_fr", self.tr("Name in &French"), QLineEdit())
        self.label_fr.setPlaceholderText(self.tr("e.g. Entreprise, Chauffeur, Interprète"))
        self.label_en = self.form.add("label_en", self.tr("Name in &English"), QLineEdit())
        self.label_en.setPlaceholderText(self.tr("the French name if left blank"))
        colour_row = QWidget()
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour = QLineEdit()
        self.colour.setPlaceholderText(self.tr("#RRGGBB, chosen for you if left blank"))
        self.swatch = QLabel()
        self.swatch.setFixedSize(28, 20)
        self.pick = QPushButton(self.tr("C&hoose…"))
        self.pick.clicked.connect(self._choose)
        row.addWidget(self.swatch)
        row.addWidget(self.colour, 1)
        row.addWidget(self.pick)
        self.form.add("colour", self.tr("&Colour"), colour_row)
        self.form.labels["colour"].setBuddy(self.colour)
        self.retired = QCheckBox(self.tr("no longer offered for new participants"))
        self.form.add("retired", self.tr("&Retired"), self.retired)
        self.colour.textChanged.connect(self._show_swatch)
        buttons = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if category is not None:
            self.label_fr.setText(category.label_fr)
            self.label_en.setText(category.label_en)
            self.colour.setText(category.colour)
            self.retired.setChecked(category.retired)
        self.loaded = self.values()
        self.resize(480, 0)

    def _show_swatch(self) -> None:
        colour = QColor(self.colour.text().strip())
        style = f"background:{colour.name()};" if colour.isValid() else ""
        self.swatch.setStyleSheet(style + "border:1px solid #888;")

    def _choose(self) -> None:
        current = QColor(self.colour.text().strip())
        chosen = QColorDialog.getColor(current if current.isValid() else QColor("#0072B2"), self)
        if chosen.isValid():
            self.colour.setText(chosen.name().upper())

    def values(self) -> dict[str, Any]:
        return {
            "label_fr": self.label_fr.text().strip(),
            "label_en": self.label_en.text().strip(),
            "colour": self.colour.text().strip(),
            "retired": self.retired.isChecked(),
        }

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.values()))


class CategoriesDialog(QDialog):
    """The office's badge categories, in their order."""

    def __init__(self, db: Database, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge categories"))
        self.db = db
        self.edits = edits
        intro = QLabel(
            self.tr(
                "The categories of participants, in the order of lists, with the colour of "
                "their badges. A retired category is no longer offered but stays on the "
                "participants who have it."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Colour"),
                self.tr("French"),
                self.tr("English"),
                self.tr("Participants"),
                self.tr("Retired"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.rows = table_rows(self.table, "categories", on_open=self.edit, on_delete=self.delete)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&New category…"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Rename, recolour, retire or bring back"))
        self.edit_button.clicked.connect(self.edit)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Only a category no participant has; retire the others instead")
        )
        self.delete_button.clicked.connect(self.delete)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self._rows: list[CategoryView] = []
        self._uses: dict[int, int] = {}
        self.reload()
        self.resize(640, 480)

    def reload(self, chosen: int | None = None) -> None:
        chosen = chosen if chosen is not None else self.selected_id()
        self._rows = refresh(self.db)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for r, c in enumerate(self._rows):
            uses = self._uses[c.id] = categories.category_uses(self.db, c.id)
            swatch = QTableWidgetItem(c.colour)
            swatch.setIcon(theme.meaning_dot(c.code))  # seen on a selected row too
            cells = [
                swatch,
                QTableWidgetItem(c.label_fr),
                QTableWidgetItem(c.label_en),
                QTableWidgetItem(str(uses)),
                QTableWidgetItem(self.tr("retired") if c.retired else ""),
            ]
            for column, cell in enumerate(cells):
                cell.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(r, column, cell)
            if c.id == chosen:
                self.table.selectRow(r)
        self.table.blockSignals(False)
        self._chosen()

    def selected_id(self) -> int | None:
        return selected_row_id(self.table)

    def _current(self) -> CategoryView | None:
        chosen = self.selected_id()
        return next((c for c in self._rows if c.id == chosen), None)

    def _chosen(self) -> None:
        chosen = self.selected_id()
        for button in (self.edit_button, self.up_button, self.down_button):
            button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None and self._uses.get(chosen, 1) == 0)

    def new(self) -> None:
        state: dict[str, int] = {}

        def save(values: dict[str, Any]) -> Any:
            given = {k: v for k, v in values.items() if v not in ("", None)}
            made = self.edits.perform(
                self.db,
                self.tr("New category %1").replace("%1", values["label_fr"]),
                lambda: categories.create_category(self.db, **given),
            )
            state["id"] = made.id
            return made

        if CategoryDialog(save, None, self).exec():
            self.reload(state["id"])

    def edit(self) -> None:
        seen = self._current()
        if seen is None:
            return
        if edit_in_dialog(
            self.db,
            self.edits,
            self.tr("Edit category %1").replace("%1", seen.label_fr),
            lambda these, view: categories.update_category(self.db, seen.id, these, view),
            seen,
            lambda save: CategoryDialog(save, seen, self),
        ):
            self.reload(seen.id)

    def delete(self) -> None:
        """Delete a category no participant has (undo makes it again)."""
        seen = self._current()
        if seen is None:
            return
        self.edits.perform_shown(
            self,
            self.db,
            self.tr("Delete category %1").replace("%1", seen.label_fr),
            lambda: categories.delete_category(self.db, seen.id, seen),
        )
        self.reload()

    def move_current(self, step: int) -> None:
        seen = self._current()
        if seen is None:
            return
        self.edits.perform_shown(
            self,
            self.db,
            self.tr("Move category %1").replace("%1", seen.label_fr),
            lambda: categories.move_category(self.db, seen.id, step),
        )
        self.reload(seen.id)
