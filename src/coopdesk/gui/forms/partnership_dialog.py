"""Create or edit a partnership (partner territory, kind, since, themes, co-funders) and
an agreement of one (title, purpose, forecast amount, signature and end dates)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.enums import PartnershipKind
from coopdesk.core.values import AgreementView, OrganisationView, PartnershipView
from coopdesk.gui.forms.edit_dialog import EditDialog
from coopdesk.gui.forms.fields import (
    Form,
    OptionalDate,
    combo,
    compact,
    decimal_text,
    set_combo,
    text_value,
)

# save(values, co-funder ids) -> the saved partnership; raises CoopdeskError to keep it open
SavePartnership = Callable[[dict[str, Any], list[int]], Any]
# save(values) -> the partnership with the new agreement; raises CoopdeskError likewise
SaveAgreement = Callable[[dict[str, Any]], Any]


class PartnershipDialog(EditDialog):
    """A partnership, new or edited; stays open, messages beside the fields, until it is
    valid."""

    def __init__(
        self,
        partners: list[OrganisationView],
        organisations: list[OrganisationView],
        save: SavePartnership,
        parent: QWidget | None = None,
        partnership: PartnershipView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit partnership") if partnership else self.tr("New partnership")
        )
        self._save = save
        layout = QVBoxLayout(self)
        self.form = Form()
        self.partner = self.form.add("partner_id", self.tr("&Partner"), compact(QComboBox(), 30))
        self.partner.addItem(self.tr("(choose a partner territory)"), None)
        for org in partners:
            name = org.name + (f" ({org.country})" if org.country else "")
            self.partner.addItem(name, org.id)
        self.kind = self.form.add("kind", self.tr("&Kind"), combo(list(PartnershipKind)))
        self.since = self.form.add("since", self.tr("&Since"), OptionalDate(self.tr("known")))
        self.since.set_value(None, date.today())
        self.themes = self.form.add("themes", self.tr("&Themes"), QLineEdit())
        self.themes.setPlaceholderText(self.tr("e.g. culture, youth, water"))
        self.cofunders = QListWidget()
        self.cofunders.setFixedHeight(130)
        for org in organisations:
            entry = QListWidgetItem(org.name)
            entry.setData(Qt.ItemDataRole.UserRole, org.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.cofunders.addItem(entry)
        self.form.add("cofunder_ids", self.tr("&Co-funders"), self.cofunders)
        layout.addWidget(self.form)
        self.save_cancel_buttons()
        layout.addWidget(self.buttons)
        if partnership is not None:
            set_combo(self.partner, partnership.partner_id)
            set_combo(self.kind, partnership.kind)
            self.since.set_value(partnership.since, date.today())
            self.themes.setText(partnership.themes)
            for i in range(self.cofunders.count()):
                entry = self.cofunders.item(i)
                if entry.data(Qt.ItemDataRole.UserRole) in partnership.cofunder_ids:
                    entry.setCheckState(Qt.CheckState.Checked)
        self.loaded = self.values()
        self.loaded_cofunders = self.cofunder_ids()
        self.resize(500, 0)

    def values(self) -> dict[str, Any]:
        return {
            "partner_id": self.partner.currentData(),
            "kind": self.kind.currentData(),
            "since": self.since.value(),
            "themes": self.themes.text(),
        }

    def cofunder_ids(self) -> list[int]:
        return [
            int(self.cofunders.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.cofunders.count())
            if self.cofunders.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.values(), self.cofunder_ids()))


class AgreementDialog(EditDialog):
    """An agreement of a partnership, new or edited; messages beside the fields until it
    is valid."""

    def __init__(
        self,
        partner: str,
        save: SaveAgreement,
        parent: QWidget | None = None,
        agreement: AgreementView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            (
                self.tr("Agreement with %1") if agreement else self.tr("New agreement with %1")
            ).replace("%1", partner)
        )
        self._save = save
        layout = QVBoxLayout(self)
        self.form = Form()
        self.title = self.form.add("title", self.tr("&Title"), QLineEdit())
        self.purpose = self.form.add("purpose", self.tr("P&urpose"), QPlainTextEdit())
        self.purpose.setFixedHeight(70)
        self.amount = self.form.add("forecast_amount", self.tr("&Forecast amount (€)"), QLineEdit())
        today = date.today()
        self.signature = self.form.add(
            "signature_date", self.tr("&Signature date"), OptionalDate(self.tr("known"))
        )
        self.signature.set_value(None, today)
        self.end = self.form.add("end_date", self.tr("&End date"), OptionalDate(self.tr("known")))
        self.end.set_value(None, today)
        for editor in (self.signature, self.end):  # either date may settle a refusal
            editor.known.toggled.connect(self._clear_dates)
            editor.day.dateChanged.connect(self._clear_dates)
        layout.addWidget(self.form)
        self.save_cancel_buttons()
        layout.addWidget(self.buttons)
        if agreement is not None:
            self.title.setText(agreement.title)
            self.purpose.setPlainText(agreement.purpose)
            self.amount.setText(decimal_text(agreement.forecast_amount))
            self.signature.set_value(agreement.signature_date, today)
            self.end.set_value(agreement.end_date, today)
        self.loaded = self.values()
        self.resize(500, 0)

    def _clear_dates(self) -> None:
        for field in ("signature_date", "end_date"):
            self.form.errors[field].setVisible(False)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "purpose": text_value(self.purpose),
            "forecast_amount": self.amount.text(),
            "signature_date": self.signature.value(),
            "end_date": self.end.value(),
        }

    def save(self) -> None:
        self.save_through(self.form, lambda: self._save(self.values()))
