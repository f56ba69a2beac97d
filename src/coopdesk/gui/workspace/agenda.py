"""Agenda tab: the programme as a day-by-day timeline or a list, its conflicts beside it.

Times are shown in each item's zone; when the event (or an item) is not in Paris
time, Paris time is shown too. Conflicts come from ``services.conflicts``; each one is
a sentence in the side panel, and the items involved are marked where they are drawn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import agenda, conflicts, events, participants, venues
from coopdesk.core.timezones import PARIS, to_local
from coopdesk.core.values import (
    CONFLICT_ITEM_CAPACITY,
    CONFLICT_PERSON,
    CONFLICT_VENUE,
    AgendaItemView,
    Conflict,
    EventView,
)
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.flow import FlowLayout
from coopdesk.gui.forms.agenda_dialog import AgendaItemDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.models import ID_ROLE, AgendaListModel, ConflictsModel
from coopdesk.gui.tables import rows
from coopdesk.gui.undo import Edits
from coopdesk.gui.workspace.timeline import SNAP_MINUTES, DayTimeline, item_days


class AgendaTab(QWidget):
    """The programme of the open event, with its conflicts."""

    def __init__(self, db: Database, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.edits = edits
        self.event_view: EventView | None = None
        self.items: list[AgendaItemView] = []
        self.new_button = QPushButton(icon("add"), self.tr("&New item…"))
        self.new_button.setToolTip(self.tr("A new item in the programme"))
        self.new_button.clicked.connect(lambda: self.new_item(None))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        # The import, less frequent, waits in a menu, so that the row fits a small screen.
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("&More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.more_button)
        more.setToolTipsVisible(True)
        self.import_action = more.addAction(icon("import"), self.tr("&Import agenda (.ics)…"))
        self.import_action.setToolTip(self.tr("Import a programme received as a calendar file"))
        self.import_action.triggered.connect(self.import_calendar)
        self.more_button.setMenu(more)
        self.seating_button = QPushButton(icon("people"), self.tr("Ta&ble plan…"))
        self.seating_button.clicked.connect(self.open_seating)
        self.timeline_button = self._toggle(self.tr("&Timeline"), "timeline")
        self.list_button = self._toggle(self.tr("&List"), "list")
        toggles = QButtonGroup(self)
        toggles.addButton(self.timeline_button)
        toggles.addButton(self.list_button)
        self.timeline_button.setChecked(True)
        bar = FlowLayout()  # wraps on a narrow screen rather than cutting the buttons
        bar.addWidget(self.timeline_button)
        bar.addWidget(self.list_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.seating_button)
        bar.addWidget(self.more_button)

        self.days = QTabBar()
        self.days.setExpanding(False)
        self.days.setUsesScrollButtons(True)
        self.days.currentChanged.connect(self._show_day)
        self.timeline = DayTimeline()
        self.timeline.selected.connect(self._select)
        self.timeline.edit_requested.connect(self.edit_item)
        self.timeline.new_requested.connect(self.new_item)
        self.timeline.moved.connect(self.move_item)
        self.timeline.resized.connect(self.resize_item)
        self.timeline_button.setToolTip(self.timeline.shortcuts_hint())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.days)
        timeline_layout.addWidget(scroll, 1)

        self.model = AgendaListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda i: self.edit_item(int(i.data(ID_ROLE))))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: (
                self._select(int(current.data(ID_ROLE))) if current.isValid() else None
            )
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Venue and attendees are read without scrolling; the zone (Paris time when the
        # programme is elsewhere) shows when it says something, the type on demand.
        self.rows = rows(
            self.table,
            "agenda",
            on_open=self.edit_selected,
            on_delete=self.delete_selected,
            hidden=(2, 4),
            fill=(3, 160),  # the title: the room left
        )
        self.views = QStackedWidget()
        self.views.addWidget(timeline_page)
        self.views.addWidget(self.table)
        self.timeline_button.toggled.connect(lambda on: self.views.setCurrentIndex(0 if on else 1))

        self.conflicts_model = ConflictsModel(self)
        self.conflicts_title = QLabel()
        self.conflicts_view = QListView()
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.setWordWrap(True)
        self.conflicts_view.setSpacing(3)
        self.conflicts_view.activated.connect(self._conflict_activated)
        self.conflicts_view.clicked.connect(self._conflict_activated)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.conflicts_title)
        side_layout.addWidget(self.conflicts_view, 1)
        side_layout.addStretch(0)  # keeps "no conflicts" at the top when the list is hidden
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        self.splitter = splitter
        self._had_conflicts: bool | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.selected_id: int | None = None

    def _toggle(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(name))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    # --- loading ----------------------------------------------------------------------

    def load(self, event: EventView) -> None:
        changed_event = self.event_view is None or self.event_view.id != event.id
        self.event_view = event
        self.items = agenda.list_agenda(self.db, event.id)
        found = conflicts.agenda_conflicts(self.db, event.id)
        sentences = [(self.describe(c), c.item_ids) for c in found]
        by_item: dict[int, list[str]] = {}
        for text, ids in sentences:
            for item_id in ids:
                by_item.setdefault(item_id, []).append(text)
        self.conflicts_model.set_conflicts(sentences)
        self.conflicts_title.setText(
            "<b>"
            + self.tr("Conflicts (%1)").replace("%1", str(len(sentences)))
            + "</b>"
            + ("" if sentences else "<br>" + self.tr("No conflicts in this programme."))
        )
        self.conflicts_title.setWordWrap(True)
        self._fit_conflicts(bool(sentences))
        show_paris = event.timezone != PARIS or any(i.timezone != PARIS for i in self.items)
        self.model.show_paris = show_paris
        self.model.conflicts = by_item
        self.model.participant_names = {
            p.id: p.display_name
            for p in participants.list_participants(self.db, event.id)
            if any(p.id in i.attendee_ids for i in self.items)
        }
        self.model.set_rows(self.items)
        if not self.rows.remembered:  # else the widths the user gave
            with self.rows.sizing():
                self.table.setColumnHidden(2, not show_paris)
                self.table.resizeColumnsToContents()
                for column, (least, most) in {5: (90, 140), 6: (90, 140)}.items():
                    width = self.table.columnWidth(column)
                    self.table.setColumnWidth(column, min(max(width, least), most))
            self.rows.fit(measured=True)
            self.table.resizeRowsToContents()
        self.timeline.show_paris = show_paris
        current = self.days.currentIndex()
        shown = None if changed_event or current < 0 else self.days.tabData(current)
        self._by_item = by_item
        self.days.blockSignals(True)
        while self.days.count():
            self.days.removeTab(0)
        # The event's days, and any other day an item reaches in the event's zone
        # (past midnight on the last day, or an item kept in a zone far from it).
        days = set(events.event_days(event))
        for item in self.items:
            days.update(item_days(item, event.timezone))
        for day in sorted(days):
            self.days.addTab(i18n.fmt_day(day))
            self.days.setTabData(self.days.count() - 1, day)
        index = 0
        if shown is not None:
            index = next(
                (t for t in range(self.days.count()) if self.days.tabData(t) == shown),
                min(current, self.days.count() - 1),
            )
        self.days.setCurrentIndex(index)
        self.days.blockSignals(False)
        self._show_day(self.days.currentIndex())

    def _fit_conflicts(self, any_conflict: bool) -> None:
        """No conflicts: a narrow side that says so, the programme takes the room; the
        list of conflicts gets a quarter of the width when it has some."""
        self.conflicts_view.setVisible(any_conflict)
        if any_conflict == self._had_conflicts:
            return  # the width the user gave it stays
        self._had_conflicts = any_conflict
        total = sum(self.splitter.sizes()) or 1200
        side = total // 4 if any_conflict else min(180, total // 4)
        self.splitter.setSizes([total - side, side])

    def _show_day(self, index: int) -> None:
        if self.event_view is None or index < 0:
            return
        self.timeline.set_day(
            self.days.tabData(index),
            self.event_view.timezone,
            self.items,
            self._by_item,
            self.timeline.show_paris,
        )

    def describe(self, conflict: Conflict) -> str:
        """A conflict as a sentence that names the people, rooms and items involved:
        one double booking is one sentence, with everyone it concerns and when."""
        titles = [self._title(i) for i in conflict.item_ids]
        zone = self.event_view.timezone if self.event_view is not None else PARIS
        start = i18n.fmt_time(to_local(conflict.starts_at, zone)) if conflict.starts_at else ""
        end = i18n.fmt_time(to_local(conflict.ends_at, zone)) if conflict.ends_at else ""
        if conflict.kind == CONFLICT_PERSON:
            return i18n.fill(
                self.tr("%1 and %2 overlap from %3 to %4: %5 {%6:is|are} expected at both"),
                titles[0],
                titles[1],
                start,
                end,
                conflicts.names_in_words(conflict.people, i18n.language()),
                str(len(conflict.people)),
            )
        if conflict.kind == CONFLICT_VENUE:
            return i18n.fill(
                self.tr("%1 is booked twice from %2 to %3: %4 and %5"),
                conflict.venue or "?",
                start,
                end,
                titles[0],
                titles[1],
            )
        if conflict.kind == CONFLICT_ITEM_CAPACITY:
            return (
                self.tr("%1: %2 attendees for %3 seats")
                .replace("%1", titles[0])
                .replace("%2", str(conflict.count))
                .replace("%3", str(conflict.limit))
            )
        return i18n.fill(
            self.tr("%1: %2 attendees, more than %3 holds (%4)"),
            titles[0],
            str(conflict.count),
            conflict.venue or "?",
            str(conflict.limit),
        )

    def _title(self, item_id: int) -> str:
        for item in self.items:
            if item.id == item_id:
                start = to_local(item.starts_at, item.timezone)
                return f"{i18n.quote(item.title)} ({i18n.fmt_time(start)})"
        other = agenda.get_agenda_item(self.db, item_id)
        start = to_local(other.starts_at, other.timezone)
        return f"{i18n.quote(other.title)} ({i18n.fmt_datetime(start)})"

    # --- selection and actions --------------------------------------------------------

    def _select(self, item_id: int) -> None:
        self.selected_id = item_id

    def _conflict_activated(self, index: QModelIndex) -> None:
        item_id = int(index.data(ID_ROLE))
        self.selected_id = item_id
        self.timeline.current = item_id
        self._show_item(item_id)
        self.timeline.update()

    def _show_item(self, item_id: int) -> None:
        """Show the day of ``item_id``: the day shown if it reaches it, else its first."""
        item = self._item(item_id)
        if item is None or self.event_view is None:
            return
        reached: list[date] = item_days(item, self.event_view.timezone)
        if self.days.tabData(self.days.currentIndex()) in reached:
            return
        for tab in range(self.days.count()):
            if self.days.tabData(tab) == reached[0]:
                self.days.setCurrentIndex(tab)

    def _item(self, item_id: int) -> AgendaItemView | None:
        return next((i for i in self.items if i.id == item_id), None)

    def _dialog(self, item: AgendaItemView | None, start: datetime | None) -> AgendaItemDialog:
        assert self.event_view is not None
        people = participants.list_participants(self.db, self.event_view.id)
        near, others = venues.venues_for_event(self.db, self.event_view.id)
        from coopdesk.gui.venues import new_venue

        return AgendaItemDialog(
            self.event_view,
            near,
            people,
            self._saver(item),
            item,
            start,
            self,
            other_venues=others,
            new_venue=lambda zone, parent: new_venue(self.db, self.edits, parent, timezone=zone),
        )

    def _saver(self, item: AgendaItemView | None) -> Any:
        assert self.event_view is not None
        event_id = self.event_view.id

        if item is None:

            def create(values: dict[str, Any], attendee_ids: list[int] | None) -> Any:
                return self.edits.perform(
                    self.db,
                    self.tr("New agenda item %1").replace("%1", values["title"]),
                    lambda: agenda.create_agenda_item(
                        self.db, event_id, attendee_ids=attendee_ids, **values
                    ),
                )

            return create

        def update(values: dict[str, Any], attendee_ids: list[int] | None) -> Any:
            return self.edits.perform(
                self.db,
                self.tr("Edit agenda item %1").replace("%1", item.title),
                lambda: agenda.update_agenda_item(
                    self.db,
                    item.id,
                    values | {"all_participants": attendee_ids is None},
                    seen=item,
                    attendee_ids=attendee_ids,
                ),
            )

        return update

    def new_item(self, start: datetime | None) -> None:
        if self.event_view is not None:
            self._dialog(None, start).exec()

    def edit_item(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is not None:
            self._dialog(item, None).exec()

    def edit_selected(self) -> None:
        if self.selected_id is not None:
            self.edit_item(self.selected_id)

    def move_item(self, item_id: int, minutes: int) -> None:
        """Shift an item by ``minutes`` (on the timeline, by mouse or keyboard), keeping
        its length."""
        item = self._item(item_id)
        if item is None:
            return
        shift = timedelta(minutes=minutes)
        after = {"starts_at": item.starts_at + shift, "ends_at": item.ends_at + shift}
        self._retime(item, i18n.fill(self.tr("Move %1"), item.title), after)

    def resize_item(self, item_id: int, minutes: int) -> None:
        """Lengthen an item by ``minutes`` (shorten it if negative), never below a quarter
        hour: its end moves, its start stays."""
        item = self._item(item_id)
        if item is None:
            return
        end = item.ends_at + timedelta(minutes=minutes)
        if end - item.starts_at < timedelta(minutes=SNAP_MINUTES):
            return
        self._retime(
            item, i18n.fill(self.tr("Change the length of %1"), item.title), {"ends_at": end}
        )

    def _retime(self, item: AgendaItemView, text: str, after: dict[str, datetime]) -> None:
        """Give ``item`` new times, undoably. Each step is checked against the version it
        last wrote, so a change someone else made meanwhile is refused, not overwritten."""
        try:
            self.edits.perform(
                self.db,
                text,
                lambda: agenda.update_agenda_item(self.db, item.id, after, seen=item),
            )
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.selected_id = item.id
        self.timeline.current = item.id
        self._show_item(item.id)

    def delete_selected(self) -> None:
        item = self._item(self.selected_id) if self.selected_id is not None else None
        if item is None or self.event_view is None:
            return
        try:
            self.edits.perform(
                self.db,
                i18n.fill(self.tr("Delete %1"), item.title),
                lambda: agenda.delete_agenda_item(self.db, item.id, seen=item),
            )
        except CoopdeskError as error:
            show_error(self, error)
        self.selected_id = None

    def import_calendar(self) -> None:
        """Import a programme (.ics) after its preview; every view reloads after."""
        from coopdesk.gui.calendar_import import CalendarImportDialog  # icalendar on demand

        if self.event_view is None:
            return
        dialog = CalendarImportDialog(self.db, self.event_view, self)
        if dialog.exec() == CalendarImportDialog.DialogCode.Accepted:
            self.edits.changed.emit()

    def open_seating(self) -> None:
        """The table plan of the selected meal (coopdesk.gui.seating)."""
        from coopdesk.gui.seating import open_seating

        item = self._item(self.selected_id) if self.selected_id is not None else None
        if item is not None and item.type == "meal":
            self.seating_dialog = open_seating(self.db, self.edits, item.id, self)
        else:
            show_error(self, CoopdeskError("seating.choose_a_meal"))
