"""Create or edit a venue: name, address, city, country, time zone, capacity, notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.values import VenueView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.event_form import COMMON_ZONES
from coopdesk.gui.forms.fields import Form

# save(values) -> the saved venue; raises CoopdeskError to keep the form open
SaveVenue = Callable[[dict[str, Any]], Any]


class VenueDialog(EditDialog):
    """The venue form; stays open, messages beside the fields, until it is valid."""

    def __init__(
        self,
        save: SaveVenue,
        venue: VenueView | None = None,
        parent: QWidget | None = None,
        *,
        timezone: str = "Europe/Paris",
        city: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit venue") if venue else self.tr("New venue"))
        self._save = save
        layout = QVBoxLayout(self)
        self.form = Form()
        self.name = self.form.add("name", self.tr("&Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Town hall — council chamber"))
        self.address = self.form.add("address", self.tr("&Address"), QPlainTextEdit())
        self.address.setFixedHeight(54)
        self.city = self.form.add("city", self.tr("C&ity"), QLineEdit())
        self.country = self.form.add("country", self.tr("C&ountry"), QLineEdit())
        self.country.setPlaceholderText(self.tr("two-letter code, e.g. FR, UA, JP"))
        self.zone = self.form.add("timezone", self.tr("Time &zone"), QComboBox())
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.capacity = self.form.add("capacity", self.tr("&Capacity"), QLineEdit())
        self.capacity.setPlaceholderText(self.tr("seats, if known"))
        self.notes = self.form.add("notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setPlaceholderText(self.tr("access, contact on site, equipment…"))
        self.notes.setFixedHeight(70)
        layout.addWidget(self.form)
        buttons = self.save_cancel_buttons()
        layout.addWidget(buttons)
        if venue is not None:
            self.name.setText(venue.name)
            self.address.setPlainText(venue.address)
            self.city.setText(venue.city or "")
            self.country.setText(venue.country or "")
            self.zone.setCurrentText(venue.timezone)
            self.capacity.setText("" if venue.capacity is None else str(venue.capacity))
            self.notes.setPlainText(venue.notes or "")
        else:
            self.zone.setCurrentText(timezone)
            self.city.setText(city)
        self.loaded = self.values()
        self.resize(480, 0)

    def values(self) -> dict[str, Any]:
        capacity = self.capacity.text().strip()
        return {
            "name": self.name.text(),
            "address": self.address.toPlainText().strip(),
            "city": self.city.text().strip() or None,
            "country": self.country.text().strip().upper() or None,
            "timezone": self.zone.currentText().strip(),
            "capacity": int(capacity) if capacity.isdigit() else capacity or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.values()))
