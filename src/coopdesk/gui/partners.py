"""Partners: partner territories with their partnerships, agreements and events."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.services import events, partnerships
from coopdesk.core.values import PartnershipView
from coopdesk.gui import i18n
from coopdesk.gui.models import ID_ROLE


class PartnersPage(QWidget):
    """Choose a partner territory; see how the authority works with it."""

    open_event = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
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
        splitter = QSplitter()
        splitter.addWidget(self.list)
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

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        p = self._partnerships[int(item.data(ID_ROLE))]
        parts = [
            f"<span style='font-size:13pt'><b>{html.escape(p.partner)}</b></span>",
            html.escape(i18n.enum_label(p.kind))
            + (
                " — " + self.tr("since %1").replace("%1", i18n.fmt_date(p.since, long=True))
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
                    line += " — " + self.tr("signed %1").replace(
                        "%1", i18n.fmt_date(a.signature_date)
                    )
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
