"""Partners: partner territories with their partnerships, agreements and events."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import OrganisationKind
from coopdesk.core.services import events, organisations, partnerships
from coopdesk.core.values import PartnershipView
from coopdesk.gui import i18n
from coopdesk.gui.forms.partnership_dialog import AgreementDialog, PartnershipDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.models import ID_ROLE
from coopdesk.gui.undo import Edits


class PartnersPage(QWidget):
    """Choose a partner territory; see how the authority works with it."""

    open_event = Signal(int)

    def __init__(
        self, db: Database, edits: Edits | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits if edits is not None else Edits(self)
        self.new_button = QPushButton(icon("add"), self.tr("&New partnership…"))
        self.new_button.clicked.connect(self.new_partnership)
        self.agreement_button = QPushButton(icon("document"), self.tr("Add a&greement…"))
        self.agreement_button.setToolTip(self.tr("A new agreement in the selected partnership"))
        self.agreement_button.clicked.connect(self.add_agreement)
        self.agreement_button.setEnabled(False)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = QTableWidget(0, 3)
        self.events.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Dates"), self.tr("Status")]
        )
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setStretchLastSection(True)
        self.events.doubleClicked.connect(lambda i: self.open_event.emit(int(i.data(ID_ROLE))))
        self.events.setToolTip(self.tr("Double-click an event to open it"))
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.card)
        layout.addWidget(QLabel("<b>" + self.tr("Events") + "</b>"))
        layout.addWidget(self.events, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.agreement_button)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 1000])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self._partnerships: dict[int, PartnershipView] = {}

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.list.clear()
        self._partnerships = {p.id: p for p in partnerships.list_partnerships(self.db)}
        for p in self._partnerships.values():
            text = p.partner + (f" ({p.partner_country})" if p.partner_country else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == keep or (keep is None and self.list.count() == 1):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)  # the one shown was removed (an undo)
        if self.list.currentItem() is None:
            self.card.clear()
            self.events.setRowCount(0)
        self.agreement_button.setEnabled(self.list.currentItem() is not None)

    def selected_partnership(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def select_partnership(self, partnership_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == partnership_id:
                self.list.setCurrentRow(row)
                return

    # --- edits -------------------------------------------------------------------------

    def new_partnership(self) -> None:
        state: dict[str, int] = {}
        partners = organisations.list_organisations(
            self.db, kind=OrganisationKind.FOREIGN_AUTHORITY
        )

        def save(values: dict[str, Any], cofunder_ids: list[int]) -> Any:
            def do() -> Any:
                created = partnerships.create_partnership(
                    self.db, cofunder_ids=cofunder_ids, **values
                )
                state["id"] = created.id
                return created

            name = next((o.name for o in partners if o.id == values.get("partner_id")), "")
            return self.edits.run(
                self.tr("New partnership with %1").replace("%1", name),
                do,
                lambda: partnerships.delete_partnership(self.db, state["id"]),
            )

        dialog = PartnershipDialog(partners, organisations.list_organisations(self.db), save, self)
        if dialog.exec():
            self.refresh()
            self.select_partnership(state["id"])

    def add_agreement(self) -> None:
        partnership_id = self.selected_partnership()
        if partnership_id is None:
            return
        partner = self._partnerships[partnership_id].partner
        state: dict[str, int] = {}

        def save(values: dict[str, Any]) -> Any:
            def do() -> Any:
                saved = partnerships.add_agreement(self.db, partnership_id, **values)
                state["id"] = max(a.id for a in saved.agreements)  # the newest
                return saved

            return self.edits.run(
                self.tr("New agreement %1").replace("%1", str(values.get("title", "")).strip()),
                do,
                lambda: partnerships.delete_agreement(self.db, state["id"]),
            )

        if AgreementDialog(partner, save, self).exec():
            self.refresh()
            self.select_partnership(partnership_id)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.agreement_button.setEnabled(item is not None)
        if item is None:
            return
        p = self._partnerships[int(item.data(ID_ROLE))]
        parts = [
            f"<span style='font-size:13pt'><b>{html.escape(p.partner)}</b></span>",
            html.escape(i18n.enum_label(p.kind))
            + (
                " — " + i18n.fill(self.tr("since %1"), i18n.fmt_date(p.since, long=True))
                if p.since
                else ""
            ),
        ]
        if p.themes:
            parts.append(self.tr("Themes: %1").replace("%1", html.escape(p.themes)))
        if p.cofunders:
            parts.append(
                self.tr("Co-funders: %1").replace("%1", html.escape(", ".join(p.cofunders)))
            )
        if p.agreements:
            parts.append("<b>" + self.tr("Agreements") + "</b>")
            for a in p.agreements:
                line = f"• <b>{html.escape(a.title)}</b>"
                if a.signature_date:
                    line += " — " + i18n.fill(self.tr("signed %1"), i18n.fmt_date(a.signature_date))
                if a.forecast_amount is not None:
                    line += " — " + self.tr("forecast %1").replace(
                        "%1", i18n.fmt_money(a.forecast_amount)
                    )
                if a.purpose:
                    line += "<br>&nbsp;&nbsp;" + html.escape(a.purpose)
                parts.append(line)
        self.card.setText("<br>".join(parts))
        rows = events.list_events(self.db, partner_id=p.partner_id)
        self.events.setRowCount(len(rows))
        for r, e in enumerate(rows):
            values = [
                e.title,
                f"{i18n.fmt_date(e.start_date)} – {i18n.fmt_date(e.end_date)}",
                i18n.enum_label(e.status),
            ]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, e.id)
                self.events.setItem(r, c, cell)
        self.events.setColumnWidth(0, 520)
        self.events.setColumnWidth(1, 200)
