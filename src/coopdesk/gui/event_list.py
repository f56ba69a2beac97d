"""The events list: filters (kind, status, year, partner) and search as you type, in SQL."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.enums import EventKind, EventStatus
from coopdesk.core.services import events
from coopdesk.gui.changes import EVENTS, ORGANISATIONS, Changes
from coopdesk.gui.forms.fields import combo, compact
from coopdesk.gui.icons import icon
from coopdesk.gui.models import ID_ROLE, EventListModel


class EventList(QWidget):
    """Lists events, most recent first; ``chosen(event_id)`` when one is picked."""

    chosen = Signal(int)

    def __init__(
        self, db: Database, changes: Changes | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search events or partners"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind = combo(list(EventKind), empty=self.tr("All kinds"))
        self.status = combo(list(EventStatus), empty=self.tr("All statuses"))
        self.year = compact(QComboBox())
        self.partner = compact(QComboBox())
        self.fill_choices()
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.kind, 1, 0)
        filters.addWidget(self.status, 1, 1)
        filters.addWidget(self.year, 2, 0)
        filters.addWidget(self.partner, 2, 1)
        self.model = EventListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab and Shift+Tab move to the next field, out of the list, as in any form;
        # the arrow keys move between events.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in (1, 3, 4, 5):
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: current.isValid() and self.chosen.emit(int(current.data(ID_ROLE)))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        for box in (self.kind, self.status, self.year, self.partner):
            box.currentIndexChanged.connect(self.refresh)
        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.status)
        self.setTabOrder(self.status, self.year)
        self.setTabOrder(self.year, self.partner)
        self.setTabOrder(self.partner, self.table)
        self.refresh()
        if changes is not None:  # partners and years offered follow every page's edits
            changes.follow((ORGANISATIONS, EVENTS), self.fill_choices, self)

    def fill_choices(self) -> None:
        """Years and partners that events can be filtered by, as they are now: the
        filter chosen stays chosen (a partner renamed shows its new name); a partner
        deleted, or a year no event has any more, leaves its filter on "All"."""
        chosen = (self.year.currentData(), self.partner.currentData())
        for box in (self.year, self.partner):
            box.blockSignals(True)
            box.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in events.event_years(self.db):
            self.year.addItem(str(year), year)
        self.partner.addItem(self.tr("All partners"), None)
        for org_id, name in events.partner_choices(self.db):
            self.partner.addItem(name, org_id)
            self.partner.setItemData(self.partner.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        for box, value in zip((self.year, self.partner), chosen, strict=True):
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        if (self.year.currentData(), self.partner.currentData()) != chosen:
            self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        rows = events.list_events(
            self.db,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
            partner_id=self.partner.currentData(),
            search=self.search.text().strip() or None,
        )
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if current is not None:
            self.select(current)
        self.table.selectionModel().blockSignals(False)

    def first_event_id(self) -> int | None:
        """The id of the event on the first row (the latest), if the list has any."""
        if self.model.rowCount() == 0:
            return None
        return int(self.model.index(0, 0).data(ID_ROLE))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, event_id: int, *, quietly: bool = False) -> None:
        """Make ``event_id`` the current row (``chosen`` fires unless signals are blocked
        or ``quietly`` is true)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == event_id:
                selection = self.table.selectionModel()
                blocked = selection.blockSignals(True) if quietly else None
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                if blocked is not None:
                    selection.blockSignals(blocked)
                self.table.scrollTo(index)
                return

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
