"""Purge personal data: choose the date before which guests' sensitive fields are blanked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.gui.forms.fields import date_edit


def default_cutoff(today: date | None = None) -> date:
    """1 January of the current year."""
    return date((today or date.today()).year, 1, 1)


class PurgeDialog(QDialog):
    """Says what is blanked and for whom; the window asks for a confirmation after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purge personal data"))
        explanation = QLabel(
            self.tr(
                "For every person whose last event ended before the date below, these "
                "fields are blanked: passport number and expiry, date of birth, "
                "nationality, dietary needs and accessibility needs. Their name, contact "
                "details and participations are kept. People registered to no event are left alone."
            )
        )
        explanation.setWordWrap(True)
        cutoff = default_cutoff()
        self.date = date_edit()
        self.date.setDate(QDate(cutoff.year, cutoff.month, cutoff.day))
        form = QFormLayout()
        form.addRow(self.tr("Last event ended &before"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Purge…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def cutoff(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())
