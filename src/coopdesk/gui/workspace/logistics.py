"""Logistics tab: arrivals and departures day by day, and the rooming list by hotel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.services import logistics
from coopdesk.core.services.logistics import Leg
from coopdesk.core.values import EventView
from coopdesk.gui import i18n


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree


class LogisticsTab(QWidget):
    """Who arrives and leaves when and how, and who sleeps where (declined left out)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.movements = _tree(
            [
                self.tr("Day / time"),
                self.tr("Name"),
                self.tr("Movement"),
                self.tr("Transport"),
                self.tr("Number"),
                self.tr("Place"),
            ]
        )
        self.rooming = _tree(
            [
                self.tr("Hotel / name"),
                self.tr("Name in own script"),
                self.tr("Check-in"),
                self.tr("Check-out"),
                self.tr("Nights"),
                self.tr("Room"),
            ]
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, tree in (
            (self.tr("Arrivals and departures"), self.movements),
            (self.tr("Rooming list"), self.rooming),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            layout.addWidget(heading)
            layout.addWidget(tree, 1)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(self, event: EventView) -> None:
        """The event's logistics as the printed and Excel lists give them (one read
        model: the same people, in the same order)."""
        model = logistics.logistics(self.db, event.id)
        self._fill_movements(model)
        self._fill_rooming(model)

    def _fill_movements(self, model: logistics.Logistics) -> None:
        self.movements.clear()
        kinds = {Leg.ARRIVAL: self.tr("Arrival"), Leg.DEPARTURE: self.tr("Departure")}
        top: QTreeWidgetItem | None = None
        day: date | None = None
        for m in model.movements:  # by day, a leg known to the day only first, by time
            if top is None or m.day != day:
                day = m.day
                top = QTreeWidgetItem([i18n.fmt_day(day)])
                self.movements.addTopLevelItem(top)
                top.setExpanded(True)
                top.setFirstColumnSpanned(True)
            when = i18n.fmt_time(m.local) if m.time_known else self.tr("time to be confirmed")
            cells = [when, m.name, kinds[m.leg], i18n.enum_label(m.transport)]
            top.addChild(QTreeWidgetItem([*cells, m.number or "", m.place or ""]))
        if not model.movements:
            self.movements.addTopLevelItem(QTreeWidgetItem([self.tr("No travel recorded yet.")]))
        for column, width in enumerate((150, 220, 100, 100, 100)):
            self.movements.setColumnWidth(column, width)

    def _fill_rooming(self, model: logistics.Logistics) -> None:
        self.rooming.clear()
        for hotel in model.hotels:
            name = hotel.name or self.tr("Hotel to be confirmed")
            top = QTreeWidgetItem([f"{name} ({len(hotel.guests)})"])
            self.rooming.addTopLevelItem(top)
            for g in hotel.guests:
                # The hotel dates, else the travel dates, as the Excel and PDF lists give them.
                top.addChild(
                    QTreeWidgetItem(
                        [
                            g.name,
                            g.native_name or "",
                            i18n.fmt_date(g.check_in),
                            i18n.fmt_date(g.check_out),
                            "" if g.nights is None else str(g.nights),
                            g.room or "",
                        ]
                    )
                )
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        if not model.hotels:
            self.rooming.addTopLevelItem(QTreeWidgetItem([self.tr("No hotel recorded yet.")]))
        for column, width in enumerate((240, 200, 110, 110, 60)):
            self.rooming.setColumnWidth(column, width)
