"""The coopdesk window: events (list and workspace), the directory, the partners.

Everything the window shows comes from the services; every change goes through the
undo stack (:mod:`coopdesk.gui.undo`), whose ``changed`` signal makes the visible
views reload. Geometry, the open event and the language are remembered in
:mod:`coopdesk.gui.config`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import events, privacy
from coopdesk.core.values import EventView
from coopdesk.gui import config, i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.directory import DirectoryPage
from coopdesk.gui.event_list import EventList
from coopdesk.gui.forms.event_form import NewEventDialog
from coopdesk.gui.forms.purge_dialog import PurgeDialog
from coopdesk.gui.icons import icon
from coopdesk.gui.notice import SavedNotice
from coopdesk.gui.partners import PartnersPage
from coopdesk.gui.undo import Edits
from coopdesk.gui.workspace.workspace import EventWorkspace

EVENTS, DIRECTORY, PARTNERS = range(3)


class MainWindow(QMainWindow):
    """The main window over one open database."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.edits = Edits(self)
        self.edits.changed.connect(self._data_changed)
        self.edits.failed.connect(lambda error: show_error(self, error))
        self.setWindowIcon(icon("globe"))
        self.setMinimumSize(1000, 640)
        self._build()
        geometry = config.settings().value(config.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        last = config.get_int(config.LAST_EVENT)
        if last is not None:
            self.open_event(last)
        else:  # never an empty form at start: the most recent event, if there is one
            first = self.event_list.first_event_id()
            if first is not None:
                self.open_event(first)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("coopdesk — international relations and protocol"))
        self.event_list = EventList(self.db)
        self.workspace = EventWorkspace(self.db, self.edits)
        self.event_list.chosen.connect(self.open_event)
        events_page = QSplitter()
        events_page.addWidget(self.event_list)
        events_page.addWidget(self.workspace)
        events_page.setStretchFactor(0, 0)
        events_page.setStretchFactor(1, 1)
        events_page.setSizes([400, 966])
        self.events_page = events_page
        self.directory = DirectoryPage(self.db, self.edits)
        self.directory.open_event.connect(self._show_event)
        self.partners = PartnersPage(self.db, self.edits)
        self.partners.open_event.connect(self._show_event)
        self.pages = QStackedWidget()
        for page in (events_page, self.directory, self.partners):
            self.pages.addWidget(page)
        self.notice = SavedNotice()  # what the window itself reports (a purge)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        self.setCentralWidget(central)
        self._build_actions()

    def _action(
        self, text: str, icon_name: str | None, shortcut: QKeySequence | str | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self.nav_actions = [
            self._action(self.tr("&Events"), "calendar", "Ctrl+1", lambda: self.show_page(EVENTS)),
            self._action(
                self.tr("&People && organisations"),
                "people",
                "Ctrl+2",
                lambda: self.show_page(DIRECTORY),
            ),
            self._action(self.tr("P&artners"), "globe", "Ctrl+3", lambda: self.show_page(PARTNERS)),
        ]
        for action in self.nav_actions:
            action.setCheckable(True)
        self.new_event_action = self._action(
            self.tr("&New event…"), "add", QKeySequence.StandardKey.New, self.new_event
        )
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.save_action = self._action(self.tr("&Save"), "save", "Ctrl+S", self.save)
        self.find_action = self._action(self.tr("&Find"), "search", "Ctrl+F", self.find)
        self.settings_action = self._action(
            self.tr("&Settings…"), "settings", "Ctrl+,", self.open_settings
        )
        self.purge_action = self._action(
            self.tr("P&urge personal data…"), "delete", None, self.purge_personal_data
        )
        self.quit_action = self._action(self.tr("&Quit"), None, "Ctrl+Q", self.close)
        self.refresh_action = self._action(self.tr("&Reload"), "refresh", "F5", self._data_changed)
        about = self._action(self.tr("&About coopdesk"), None, None, self.about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_event_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addAction(self.purge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.save_action, self.find_action])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([*self.nav_actions, self.refresh_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about)

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions(self.nav_actions)
        bar.addSeparator()
        bar.addActions([self.new_event_action, self.undo_action, self.redo_action])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        bar.addAction(self.settings_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.show_page(self.pages.currentIndex())

    # --- navigation -----------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        for index, action in enumerate(self.nav_actions):
            action.setChecked(index == page)
        if page == DIRECTORY:
            self.directory.refresh()
        elif page == PARTNERS:
            self.partners.refresh()

    def open_event(self, event_id: int) -> None:
        """Show an event in the workspace (and select it in the list)."""
        try:
            self.workspace.open_event(event_id)
        except CoopdeskError:
            config.put(config.LAST_EVENT, None)
            return
        config.put(config.LAST_EVENT, event_id)
        if self.event_list.current_id() != event_id:
            self.event_list.select(event_id)

    def _show_event(self, event_id: int) -> None:
        self.show_page(EVENTS)
        self.open_event(event_id)

    def current_event(self) -> EventView | None:
        return self.workspace.event_view

    # --- actions --------------------------------------------------------------------

    def new_event(self) -> None:
        state: dict[str, int] = {}

        def create(values: dict[str, object]) -> EventView:
            def do() -> EventView:
                created = events.create_event(self.db, **values)
                state["id"] = created.id
                return created

            return self.edits.run(  # type: ignore[no-any-return]
                self.tr("New event %1").replace("%1", str(values.get("title", ""))),
                do,
                lambda: events.delete_event(self.db, state["id"]),
            )

        dialog = NewEventDialog(self.db, create, self)
        if dialog.exec() and dialog.created is not None:
            self.event_list.fill_choices()
            self.event_list.refresh()
            self.show_page(EVENTS)
            self.open_event(dialog.created.id)

    def save(self) -> None:
        if self.pages.currentIndex() == EVENTS and self.workspace.event_view is not None:
            self.workspace.overview.save()

    def find(self) -> None:
        page = self.pages.currentIndex()
        if page == DIRECTORY:
            self.directory.search.setFocus()
        elif self.workspace.tabs.currentWidget() is self.workspace.participants:
            self.workspace.participants.search.setFocus()
        else:
            self.event_list.focus_search()

    def _data_changed(self) -> None:
        self.event_list.refresh()
        self.workspace.reload()
        if self.workspace.event_view is None:
            config.put(config.LAST_EVENT, None)
        if self.pages.currentIndex() == DIRECTORY:
            self.directory.refresh()
        elif self.pages.currentIndex() == PARTNERS:
            self.partners.refresh()

    def purge_personal_data(self) -> None:
        """Blank the sensitive fields of past guests, after the dialog and a confirmation."""
        dialog = PurgeDialog(self)
        if not dialog.exec():
            return
        cutoff = dialog.cutoff()
        answer = QMessageBox.question(
            self,
            self.tr("Purge personal data"),
            self.tr(
                "Blank the passport number and expiry, date of birth, dietary and "
                "accessibility needs of everyone whose last event ended before %1?\n\n"
                "This cannot be undone: a purge is not on the undo stack, and the undo "
                "history is cleared."
            ).replace("%1", i18n.fmt_date(cutoff, long=True)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            count = self.edits.run_final(lambda: privacy.purge_sensitive(self.db, cutoff))
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.notice.show_message(self.tr("%1 person(s) purged").replace("%1", str(count)))

    def open_settings(self) -> None:
        from coopdesk.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec() and dialog.chosen_language != i18n.language():
            self.set_language(dialog.chosen_language)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now: the views are rebuilt in the new language."""
        config.put(config.LANGUAGE, lang)
        i18n.apply_language(lang)
        page = self.pages.currentIndex()
        event = self.workspace.event_view
        tab = self.workspace.tabs.currentIndex()
        old = self.centralWidget()
        self._build()
        old.deleteLater()
        self.show_page(page)
        if event is not None:
            self.open_event(event.id)
            self.workspace.tabs.setCurrentIndex(tab)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About coopdesk"),
            self.tr(
                "coopdesk %1 — delegations, conferences and residencies for an "
                "international-relations and protocol office."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        config.put(config.GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
