"""Create or edit an organisation: name, kind, country, city and time zone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from coopdesk.core.enums import OrganisationKind
from coopdesk.core.values import OrganisationView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.event_form import COMMON_ZONES
from coopdesk.gui.forms.fields import Form, combo, set_combo

ORGANISATION_FIELDS = ("name", "kind", "country", "city", "timezone")

# save(values) -> the saved organisation; raises CoopdeskError to keep the form open
SaveOrganisation = Callable[[dict[str, Any]], Any]


class OrganisationDialog(EditDialog):
    """The organisation form; stays open, messages beside the fields, until it is valid."""

    def __init__(
        self,
        save: SaveOrganisation,
        organisation: OrganisationView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation else self.tr("New organisation")
        )
        self._save = save
        layout = QVBoxLayout(self)
        self.form = Form()
        self.name = self.form.add("name", self.tr("&Name"), QLineEdit())
        self.kind = self.form.add("kind", self.tr("&Kind"), combo(list(OrganisationKind)))
        self.country = self.form.add("country", self.tr("&Country"), QLineEdit())
        self.country.setPlaceholderText(self.tr("two-letter code, e.g. FR, UA, JP"))
        self.city = self.form.add("city", self.tr("C&ity"), QLineEdit())
        self.zone = self.form.add("timezone", self.tr("Time &zone"), QComboBox())
        self.zone.setEditable(True)
        self.zone.addItems(["", *COMMON_ZONES])
        layout.addWidget(self.form)
        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        if organisation is not None:
            self.name.setText(organisation.name)
            set_combo(self.kind, organisation.kind)
            self.country.setText(organisation.country or "")
            self.city.setText(organisation.city or "")
            self.zone.setCurrentText(organisation.timezone or "")
        else:
            set_combo(self.kind, OrganisationKind.FOREIGN_AUTHORITY)
        self.resize(460, 0)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "country": self.country.text(),
            "city": self.city.text(),
            "timezone": self.zone.currentText().strip(),
        }

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.values()))
