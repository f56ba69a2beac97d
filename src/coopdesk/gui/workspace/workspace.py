"""The event workspace: a heading and one tab per side of the event's work."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coopdesk.core.db import Database
from coopdesk.core.errors import NotFoundError
from coopdesk.core.services import events
from coopdesk.core.values import EventView
from coopdesk.gui import i18n
from coopdesk.gui.icons import icon
from coopdesk.gui.undo import Edits
from coopdesk.gui.workspace.agenda import AgendaTab
from coopdesk.gui.workspace.documents import DocumentsTab
from coopdesk.gui.workspace.logistics import LogisticsTab
from coopdesk.gui.workspace.overview import OverviewTab
from coopdesk.gui.workspace.participants import ParticipantsTab

OVERVIEW, PARTICIPANTS, AGENDA, LOGISTICS, DOCUMENTS = range(5)


class EventWorkspace(QWidget):
    """Everything about one event; tabs load when shown, and reload after each edit."""

    def __init__(self, db: Database, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_view: EventView | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.overview = OverviewTab(db, edits)
        self.participants = ParticipantsTab(db, edits)
        self.agenda = AgendaTab(db, edits)
        self.logistics = LogisticsTab(db)
        self.documents = DocumentsTab(db)
        self.documents.selected_participants = self._selected_participants
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, icon("info"), self.tr("&Overview"))
        self.tabs.addTab(self.participants, icon("people"), self.tr("&Participants"))
        self.tabs.addTab(self.agenda, icon("clock"), self.tr("A&genda"))
        self.tabs.addTab(self.logistics, icon("suitcase"), self.tr("&Logistics"))
        self.tabs.addTab(self.documents, icon("document"), self.tr("&Documents"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._shown_tab = OVERVIEW
        self._loaded: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def open_event(self, event_id: int) -> None:
        self.event_view = events.get_event(self.db, event_id)
        self._loaded.clear()
        self._refresh_heading()
        self._load_current()

    def reload(self) -> None:
        """Read the event again after a change (it may have been deleted by undo)."""
        if self.event_view is None:
            return
        try:
            self.event_view = events.get_event(self.db, self.event_view.id)
        except NotFoundError:
            self.event_view = None
            self.heading.setText("")
            return
        self._loaded.clear()
        self._refresh_heading()
        self._load_current()

    def _selected_participants(self) -> list[int]:
        """The rows selected in the Participants tab, if it shows the current event."""
        shown = self.participants.event_view
        if self.event_view is None or shown is None or shown.id != self.event_view.id:
            return []
        return self.participants.selected_ids()

    def _refresh_heading(self) -> None:
        assert self.event_view is not None
        e = self.event_view
        dates = f"{i18n.fmt_date(e.start_date, long=True)} – {i18n.fmt_date(e.end_date, long=True)}"
        details = " · ".join(
            x for x in (i18n.enum_label(e.kind), dates, e.partner or "", e.timezone) if x
        )
        title, details = html.escape(e.title), html.escape(details)  # a title is text, not markup
        self.heading.setText(f"<span style='font-size:13pt'><b>{title}</b></span><br>{details}")

    def may_leave(self) -> bool:
        """Whether the open event may be replaced (its edited form saved, discarded or
        kept on the user's word)."""
        return self.overview.may_leave()

    def _tab_changed(self, index: int) -> None:
        """Leaving the edited Overview asks first; "stay" puts the Overview back."""
        left, self._shown_tab = self._shown_tab, index
        if left == OVERVIEW and index != OVERVIEW and not self.overview.may_leave():
            self._shown_tab = OVERVIEW
            blocked = self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(OVERVIEW)
            self.tabs.blockSignals(blocked)
            return
        self._load_current()

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if self.event_view is None or index in self._loaded:
            return
        self._loaded.add(index)
        tab = self.tabs.widget(index)
        if (
            index == PARTICIPANTS
            and tab is self.participants
            and self.participants.event_view is not None
            and self.participants.event_view.id == self.event_view.id
        ):
            self.participants.event_view = self.event_view
            self.participants.refresh()
            return
        assert isinstance(
            tab, (OverviewTab, ParticipantsTab, AgendaTab, LogisticsTab, DocumentsTab)
        )
        tab.load(self.event_view)
