"""Add a participant: an existing person from the directory, or a new one typed inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.services import organisations, people
from coopdesk.gui.categories import offered as office_categories
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.fields import Form, combo, compact, set_combo, text_value
from coopdesk.gui.undo import Edits

PERSON_FIELDS = ("civility", "first_name", "last_name", "native_name", "function", "email")

# add(existing person id or None, new person's fields, participation fields)
AddParticipant = Callable[[int | None, dict[str, Any], dict[str, Any]], Any]


class AddParticipantDialog(EditDialog):
    """Pick someone in the directory or type a new person, then their role and status."""

    def __init__(
        self,
        db: Database,
        add: AddParticipant,
        parent: QWidget | None = None,
        *,
        edits: Edits | None = None,
    ) -> None:
        """``edits`` (the window's undo stack) lets the form make a new organisation."""
        super().__init__(parent)
        self.edits = edits
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
        search_label = QLabel(self.tr("Searc&h the directory:"))
        search_label.setBuddy(self.search)
        existing_layout.addWidget(search_label)
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
        self.organisation = compact(QComboBox(), 20)
        self.new_organisation_button = QPushButton(self.tr("Ne&w organisation…"))
        self.new_organisation_button.setToolTip(
            self.tr("An organisation not in the directory yet, with its country")
        )
        self.new_organisation_button.clicked.connect(self.add_organisation)
        self.new_organisation_button.setVisible(edits is not None)
        self.country = QLabel()
        organisation_row = QWidget()
        row = QHBoxLayout(organisation_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.organisation, 1)
        row.addWidget(self.new_organisation_button)
        self.person.add("organisation_id", self.tr("&Organisation"), organisation_row)
        self.person.labels["organisation_id"].setBuddy(self.organisation)
        self.person.add("country", self.tr("Country"), self.country)
        self.organisation.currentIndexChanged.connect(self._show_country)
        self._fill_organisations()
        self.tabs.addTab(self.person, self.tr("&New person"))
        layout.addWidget(self.tabs)
        self.part = Form()
        self.role = self.part.add("role", self.tr("&Role"), combo(list(Role)))
        self.category = self.part.add(
            "category", self.tr("&Category"), combo(office_categories(db) or list(BadgeCategory))
        )
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

    def _fill_organisations(self, chosen: int | None = None) -> None:
        self._countries: dict[int, str] = {}
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("(none)"), None)
        for org in organisations.list_organisations(self.db):
            self.organisation.addItem(org.name, org.id)
            self._countries[org.id] = org.country or ""
        set_combo(self.organisation, chosen)
        self.organisation.blockSignals(False)
        self._show_country()

    def _show_country(self) -> None:
        """The country of the person's organisation (as lists and badges print it)."""
        org_id = self.organisation.currentData()
        code = self._countries.get(org_id, "") if org_id is not None else ""
        self.country.setText(code or "—")

    def add_organisation(self) -> None:
        """Make an organisation (undoable) and choose it for the new person."""
        if self.edits is None:
            return
        edits = self.edits
        state: dict[str, int] = {}

        def save(values: dict[str, Any]) -> Any:
            made = edits.perform(
                self.db,
                self.tr("New organisation %1").replace("%1", str(values["name"]).strip()),
                lambda: organisations.create_organisation(self.db, **values),
            )
            state["id"] = made.id
            return made

        from coopdesk.gui.forms.organisation_dialog import OrganisationDialog

        if OrganisationDialog(save, None, self).exec():
            self._fill_organisations(state["id"])

    def _refresh(self) -> None:
        self.results.clear()
        for row in people.people_page(self.db, offset=0, limit=50, search=self.search.text()):
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

    def editing_state(self) -> list[object]:
        """The forms, and who is picked in the directory."""
        item = self.results.currentItem()
        picked = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return [*super().editing_state(), picked]

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
            person = {f: text_value(self.person.editors[f]) for f in PERSON_FIELDS}
            person["organisation_id"] = self.organisation.currentData()
        try:
            self._add(person_id, person, self.participation())
        except ValidationError as error:
            error.values = {k: v for k, v in error.values.items() if k != "row"}
            if error.field in (*PERSON_FIELDS, "organisation_id"):
                self.person.show_error(error)
            else:
                self.part.show_error(error)
            return
        self.accept()
