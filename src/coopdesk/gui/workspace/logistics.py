"""Logistics tab: arrivals and departures day by day, and the rooming list by hotel."""

from __future__ import annotations

from collections import defaultdict
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
from coopdesk.core.enums import ParticipationStatus
from coopdesk.core.services import participants
from coopdesk.core.services.stays import hotel_stay
from coopdesk.core.timezones import to_local
from coopdesk.core.values import EventView, ParticipantView
from coopdesk.gui import i18n


def _name(p: ParticipantView) -> str:
    """The name in Latin letters, else (a guest named only in their script) that name."""
    return p.display_name.strip() or (p.native_name or "").strip()


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
        people = [
            p
            for p in participants.list_participants(self.db, event.id)
            if p.status != ParticipationStatus.DECLINED
        ]
        self._fill_movements(people, event.timezone)
        self._fill_rooming(people, event.timezone)

    def _fill_movements(self, people: list[ParticipantView], event_zone: str) -> None:
        self.movements.clear()
        by_day: dict[date, list[tuple[object, ...]]] = defaultdict(list)
        for p in people:
            for at, tz, known, kind, transport, number, place in (
                (
                    p.arrival_at,
                    p.arrival_timezone,
                    p.arrival_time_known,
                    self.tr("Arrival"),
                    p.arrival_transport,
                    p.arrival_number,
                    p.arrival_place,
                ),
                (
                    p.departure_at,
                    p.departure_timezone,
                    p.departure_time_known,
                    self.tr("Departure"),
                    p.departure_transport,
                    p.departure_number,
                    p.departure_place,
                ),
            ):
                if at is None:
                    continue
                local = to_local(at, tz or event_zone)  # as the printed list does
                by_day[local.date()].append(
                    (
                        local,
                        known,
                        _name(p),
                        kind,
                        i18n.enum_label(transport),
                        number or "",
                        place or "",
                    )
                )
        for day in sorted(by_day):
            top = QTreeWidgetItem([i18n.fmt_day(day)])
            self.movements.addTopLevelItem(top)
            # A leg known to the day only comes first, "time to be confirmed" (not 00:00).
            for local, known, *rest in sorted(by_day[day], key=lambda r: (r[1], r[0])):  # type: ignore[arg-type, return-value]
                when = i18n.fmt_time(local) if known else self.tr("time to be confirmed")  # type: ignore[arg-type]
                top.addChild(QTreeWidgetItem([when, *map(str, rest)]))
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        if not by_day:
            self.movements.addTopLevelItem(QTreeWidgetItem([self.tr("No travel recorded yet.")]))
        for column, width in enumerate((150, 220, 100, 100, 100)):
            self.movements.setColumnWidth(column, width)

    def _fill_rooming(self, people: list[ParticipantView], event_zone: str) -> None:
        self.rooming.clear()
        by_hotel: dict[str, list[ParticipantView]] = defaultdict(list)
        for p in people:
            if p.hotel:
                by_hotel[p.hotel].append(p)
        for hotel in sorted(by_hotel, key=str.casefold):
            guests = by_hotel[hotel]
            top = QTreeWidgetItem([f"{hotel} ({len(guests)})"])
            self.rooming.addTopLevelItem(top)
            for p in sorted(guests, key=lambda g: (g.room or "", g.last_name.casefold())):
                # The hotel dates, else the travel dates, as the Excel and PDF lists give them.
                stay = hotel_stay(p, event_zone)
                top.addChild(
                    QTreeWidgetItem(
                        [
                            _name(p),
                            p.native_name or "",
                            i18n.fmt_date(stay.check_in),
                            i18n.fmt_date(stay.check_out),
                            "" if stay.nights is None else str(stay.nights),
                            p.room or "",
                        ]
                    )
                )
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        if not by_hotel:
            self.rooming.addTopLevelItem(QTreeWidgetItem([self.tr("No hotel recorded yet.")]))
        for column, width in enumerate((240, 200, 110, 110, 60)):
            self.rooming.setColumnWidth(column, width)
