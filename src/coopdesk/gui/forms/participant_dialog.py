"""Add a participant: an existing person from the directory, or a new one typed inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.services import gui_queries
from coopdesk.gui.forms.fields import Form, combo, set_combo

PERSON_FIELDS = ("civility", "first_name", "last_name", "native_name", "function", "email")

# add(existing person id or None, new person's fields, participation fields)
AddParticipant = Callable[[int | None, dict[str, Any], dict[str, Any]], Any]


class AddParticipantDialog(QDialog):
    """Pick someone in the directory or type a new person, then their role and status."""

    def __init__(self, db: Database, add: AddParticipant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a participant"))
        self.db = db
        self._add = add
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        existing = QWidget()
        existing_layout = QVBoxLayout(existing)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the directory by name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        existing_layout.addWidget(self.search)
        existing_layout.addWidget(self.results)
        self.tabs.addTab(existing, self.tr("&Existing person"))
        self.person = Form()
        self.civility = self.person.add("civility", self.tr("Civility"), QLineEdit())
        self.first_name = self.person.add("first_name", self.tr("&First name"), QLineEdit())
        self.last_name = self.person.add("last_name", self.tr("&Last name"), QLineEdit())
        self.native_name = self.person.add(
            "native_name", self.tr("Name in own &script"), QLineEdit()
        )
        self.function = self.person.add("function", self.tr("F&unction"), QLineEdit())
        self.email = self.person.add("email", self.tr("E-&mail"), QLineEdit())
        self.tabs.addTab(self.person, self.tr("&New person"))
        layout.addWidget(self.tabs)
        self.part = Form()
        self.role = self.part.add("role", self.tr("&Role"), combo(list(Role)))
        self.category = self.part.add("category", self.tr("&Category"), combo(list(BadgeCategory)))
        self.status = self.part.add("status", self.tr("S&tatus"), combo(list(ParticipationStatus)))
        set_combo(self.role, Role.GUEST)
        set_combo(self.category, BadgeCategory.GUEST)
        set_combo(self.status, ParticipationStatus.INVITED)
        layout.addWidget(self.part)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._timer.start)
        self._refresh()
        self.resize(520, 560)

    def _refresh(self) -> None:
        self.results.clear()
        for row in gui_queries.people_page(self.db, offset=0, limit=50, search=self.search.text()):
            name = " ".join(x for x in (row.first_name, row.last_name) if x)
            extra = " · ".join(x for x in (row.native_name, row.organisation) if x)
            item = QListWidgetItem(f"{name} — {extra}" if extra else name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def participation(self) -> dict[str, Any]:
        return {
            "role": self.role.currentData(),
            "category": self.category.currentData(),
            "status": self.status.currentData(),
        }

    def save(self) -> None:
        self.person.clear_errors()
        self.part.clear_errors()
        person_id: int | None = None
        person: dict[str, Any] = {}
        if self.tabs.currentIndex() == 0:
            item = self.results.currentItem()
            if item is None:
                self.part.show_error(ValidationError("field.required", "person_id"))
                return
            person_id = int(item.data(Qt.ItemDataRole.UserRole))
        else:
            person = {f: self.person.editors[f].text() for f in PERSON_FIELDS}  # type: ignore[attr-defined]
        try:
            self._add(person_id, person, self.participation())
        except ValidationError as error:
            error.values = {k: v for k, v in error.values.items() if k != "row"}
            if error.field in PERSON_FIELDS:
                self.person.show_error(error)
            else:
                self.part.show_error(error)
            return
        self.accept()
