"""The coopdesk window: events (list and workspace), the directory, the partners.

Everything the window shows comes from the services; every change goes through the
undo stack (:mod:`coopdesk.gui.undo`), whose ``changed`` signal makes the visible
views reload. Geometry, the open event and the language are remembered in
:mod:`coopdesk.gui.config`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core import access
from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.services import events
from coopdesk.core.values import EventView
from coopdesk.gui import config, i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.event_list import EventList
from coopdesk.gui.icons import application_icon, icon
from coopdesk.gui.permissions import guard
from coopdesk.gui.undo import Edits

if TYPE_CHECKING:  # the workspace, pages and notice are built when first needed
    from coopdesk.gui.directory import DirectoryPage
    from coopdesk.gui.notice import SavedNotice
    from coopdesk.gui.partners import PartnersPage
    from coopdesk.gui.venues import VenuesPage
    from coopdesk.gui.workspace.workspace import EventWorkspace

EVENTS, DIRECTORY, PARTNERS, VENUES = range(4)
MINIMUM_SIZE = (760, 480)


def list_width(window: int) -> int:
    """The events list's share of the window's width: under a third, within reason, so
    that the event's tables keep their usual columns at 1366 px."""
    return max(300, min(600, int(window * 0.33)))


class ShortAction(QAction):
    """A toolbar button for ``full`` whose label stays short: ``full``'s text, which
    grows with what it would undo, is its tooltip."""

    def __init__(self, full: QAction, glyph: QIcon, text: str, parent: QObject) -> None:
        super().__init__(glyph, text, parent)
        self._full = full
        self._text = text
        self.triggered.connect(full.trigger)
        full.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        if not (shiboken6.isValid(self._full) and shiboken6.isValid(self)):
            return  # the window is being taken down
        self.setEnabled(self._full.isEnabled())
        self.setToolTip(self._full.text().replace("&", "") or self._text)


class MainWindow(QMainWindow):
    """The main window over one open database."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.edits = Edits(self)
        self.edits.changed.connect(self._data_changed)
        self.edits.failed.connect(lambda error: show_error(self, error))
        self.setWindowIcon(application_icon())
        # Usable on a 1024×600 netbook and a 1280×720 laptop at 125 % (1024×576).
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        self._icons_due: list[tuple[QAction, str]] = []  # icons not drawn yet (menus)
        self._start_event: int | None = None
        # The role, asked of the server once: what it may not do is greyed, and said.
        self.access = access.detect(db)
        self.role_note = QLabel()
        self.statusBar().addPermanentWidget(self.role_note, 1)
        self._build()
        geometry = config.settings().value(config.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        # The event opened at start: the last one, else (never an empty form at start)
        # the most recent, if there is one. It is selected in the list now and opened
        # when the workspace is built, right after the window is first painted.
        last = config.get_int(config.LAST_EVENT)
        self._start_event = last if last is not None else self.event_list.first_event_id()
        if self._start_event is not None:
            self.event_list.select(self._start_event, quietly=True)

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("coopdesk — international relations and protocol"))
        self.event_list = EventList(self.db, self.edits.changes)
        self.event_list.chosen.connect(self.open_event)
        # The workspace (its tabs, their modules, the ORM) is built once the list has
        # been painted, or when something needs it first: a placeholder holds its place.
        self._workspace: EventWorkspace | None = None
        self._workspace_due = False
        self.event_list.table.viewport().installEventFilter(self)
        events_page = QSplitter()
        events_page.addWidget(self.event_list)
        events_page.addWidget(QWidget())
        events_page.setStretchFactor(0, 0)
        events_page.setStretchFactor(1, 1)
        events_page.setSizes([400, 966])
        events_page.splitterMoved.connect(self._list_width_chosen)
        self.events_page = events_page
        self._list_width_fixed = False  # till the user drags the splitter
        events_page.installEventFilter(self)
        # The directory and the partners are built (and their modules imported) the
        # first time they are needed: an empty placeholder holds their place till then.
        self._directory: DirectoryPage | None = None
        self._partners: PartnersPage | None = None
        self._venues: VenuesPage | None = None
        self.pages = QStackedWidget()
        for page in (events_page, QWidget(), QWidget(), QWidget()):
            self.pages.addWidget(page)
        self._notice: SavedNotice | None = None  # hidden till the window reports something
        central = QWidget()
        self._central = QVBoxLayout(central)
        self._central.setContentsMargins(0, 0, 0, 0)
        self._central.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.role_note.setText(access.role_sentence(self.access, i18n.language()))
        self.role_note.setVisible(bool(self.role_note.text()))
        guard(self, self.access)

    @property
    def notice(self) -> SavedNotice:
        """What the window itself reports (a purge), below the pages (built on first use)."""
        if self._notice is None:
            from coopdesk.gui.notice import SavedNotice

            self._notice = SavedNotice()
            self._central.addWidget(self._notice)
        return self._notice

    def _action(
        self,
        text: str,
        icon_name: str | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            self._icons_due.append((action, icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _short(self, full: QAction, text: str, icon_name: str) -> QAction:
        """A toolbar twin of ``full`` with the fixed label ``text``; ``full``'s
        changing text (“Undo Edit …”) becomes its tooltip."""
        return ShortAction(full, icon(icon_name), text, self)

    def _give_icons(self, actions: list[QAction]) -> None:
        """Set the icons of ``actions``: the toolbar's at once, a menu's when it opens
        (each icon is rendered when set)."""
        due = []
        for action, name in self._icons_due:
            if action in actions:
                action.setIcon(icon(name))
            else:
                due.append((action, name))
        self._icons_due = due

    def _build_actions(self) -> None:
        self.menuBar().clear()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        self._icons_due = []
        self.nav_actions = [
            self._action(self.tr("&Events"), "calendar", "Ctrl+1", lambda: self.show_page(EVENTS)),
            self._action(
                self.tr("&People && organisations"),
                "people",
                "Ctrl+2",
                lambda: self.show_page(DIRECTORY),
            ),
            self._action(self.tr("P&artners"), "globe", "Ctrl+3", lambda: self.show_page(PARTNERS)),
            self._action(self.tr("&Venues"), "venue", "Ctrl+4", lambda: self.show_page(VENUES)),
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
        # The toolbar's undo and redo keep a short label; what they would undo is in
        # their tooltip (the menu's entries say it in full).
        self.undo_button = self._short(self.undo_action, self.tr("Undo"), "undo")
        self.redo_button = self._short(self.redo_action, self.tr("Redo"), "redo")
        self.save_action = self._action(self.tr("&Save"), "save", "Ctrl+S", self.save)
        self.find_action = self._action(self.tr("&Find"), "search", "Ctrl+F", self.find_in_page)
        self.settings_action = self._action(
            self.tr("&Settings…"), "settings", "Ctrl+,", self.open_settings
        )
        self.categories_action = self._action(
            self.tr("&Badge categories…"), "badge", None, self.open_categories
        )
        self.purge_action = self._action(
            self.tr("P&urge personal data…"), "delete", None, self.purge_personal_data
        )
        self.quit_action = self._action(self.tr("&Quit"), None, "Ctrl+Q", self.close)
        self.refresh_action = self._action(self.tr("&Reload"), "refresh", "F5", self.reload)
        self.history_action = self._action(
            self.tr("&History of changes…"), None, "Ctrl+H", self.show_history
        )
        about = self._action(self.tr("&About coopdesk"), None, None, self.about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_event_action, self.settings_action, self.categories_action])
        file_menu.addSeparator()
        file_menu.addAction(self.purge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.save_action, self.find_action])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([*self.nav_actions, self.refresh_action, self.history_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about)
        for menu in (file_menu, edit_menu, view_menu, help_menu):
            menu.aboutToShow.connect(lambda menu=menu: self._give_icons(menu.actions()))

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions(self.nav_actions)
        bar.addSeparator()
        bar.addActions([self.new_event_action, self.undo_button, self.redo_button])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        bar.addAction(self.settings_action)
        self._give_icons(bar.actions())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.show_page(self.pages.currentIndex())

    @property
    def workspace(self) -> EventWorkspace:
        """The event workspace (built on first use)."""
        return self._workspace or self._make_workspace()

    def _make_workspace(self) -> EventWorkspace:
        """Build the workspace in its place, and open the event chosen at start in it."""
        from coopdesk.gui.categories import refresh
        from coopdesk.gui.workspace.workspace import EventWorkspace

        refresh(self.db)  # the office's badge categories: their names and colours
        workspace = EventWorkspace(self.db, self.edits)
        placeholder = self.events_page.replaceWidget(1, workspace)
        if placeholder is not None:
            placeholder.deleteLater()
        self.events_page.setStretchFactor(1, 1)
        self._fit_list()
        self.event_list.table.viewport().removeEventFilter(self)
        self._workspace = workspace
        guard(workspace, self.access)
        start, self._start_event = self._start_event, None
        if start is not None:
            self.open_event(start)
        return workspace

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Once the list is painted (the window is on screen), the workspace is built;
        the list takes its share of the events page's width till the user sets it."""
        if watched is getattr(self, "events_page", None) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._fit_list()
        if (
            event.type() == QEvent.Type.Paint
            and self._workspace is None
            and not self._workspace_due
        ):
            self._workspace_due = True
            QTimer.singleShot(0, self, self._workspace_now)
        return super().eventFilter(watched, event)

    def _workspace_now(self) -> None:
        self._workspace_due = False
        if self._workspace is None:
            self._make_workspace()

    @property
    def directory(self) -> DirectoryPage:
        """The people and organisations page (built on first use)."""
        if self._directory is None:
            from coopdesk.gui.directory import DirectoryPage

            page = DirectoryPage(self.db, self.edits)
            page.open_event.connect(self._show_event)
            self._place(DIRECTORY, page)
            self._directory = page
        return self._directory

    @property
    def partners(self) -> PartnersPage:
        """The partners page (built on first use)."""
        if self._partners is None:
            from coopdesk.gui.partners import PartnersPage

            page = PartnersPage(self.db, self.edits)
            page.open_event.connect(self._show_event)
            self._place(PARTNERS, page)
            self._partners = page
        return self._partners

    @property
    def venues(self) -> VenuesPage:
        """The venues page (built on first use)."""
        if self._venues is None:
            from coopdesk.gui.venues import VenuesPage

            page = VenuesPage(self.db, self.edits)
            page.open_event.connect(self._show_event)
            self._place(VENUES, page)
            self._venues = page
        return self._venues

    def _place(self, index: int, page: QWidget) -> None:
        """Put ``page`` in the stack instead of the placeholder at ``index``."""
        placeholder = self.pages.widget(index)
        guard(page, self.access)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def _fit_list(self) -> None:
        """Give the events list its share of the page, unless the user set it."""
        if not self._list_width_fixed:
            total = self.events_page.width()
            width = list_width(total)
            self.events_page.setSizes([width, max(0, total - width)])

    def _list_width_chosen(self) -> None:
        self._list_width_fixed = True

    # --- navigation -----------------------------------------------------------------

    def may_leave_event(self) -> bool:
        """Whether the open event's edited form may be left (saved, discarded, or the
        user chose to stay)."""
        return self._workspace is None or self._workspace.may_leave()

    def show_page(self, page: int) -> None:
        if page != self.pages.currentIndex() and not self.may_leave_event():
            for index, action in enumerate(self.nav_actions):
                action.setChecked(index == self.pages.currentIndex())
            return
        shown: DirectoryPage | PartnersPage | VenuesPage | None = None
        if page == DIRECTORY:  # built (on first use) before it is made current
            shown = self.directory
        elif page == PARTNERS:
            shown = self.partners
        elif page == VENUES:
            shown = self.venues
        self.pages.setCurrentIndex(page)
        for index, action in enumerate(self.nav_actions):
            action.setChecked(index == page)
        if shown is not None:
            shown.refresh()

    def open_event(self, event_id: int) -> None:
        """Show an event in the workspace (and select it in the list)."""
        self._start_event = None  # chosen before the workspace was built: this one instead
        shown = self._workspace.event_view if self._workspace is not None else None
        if shown is not None and shown.id != event_id and not self.may_leave_event():
            self.event_list.select(shown.id, quietly=True)  # the user stays on the form
            return
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
        def create(values: dict[str, object]) -> EventView:
            return self.edits.perform(
                self.db,
                self.tr("New event %1").replace("%1", str(values.get("title", ""))),
                lambda: events.create_event(self.db, **values),
            )

        from coopdesk.gui.forms.event_form import NewEventDialog

        dialog = NewEventDialog(self.db, create, self)
        if dialog.exec() and dialog.created is not None:
            self.event_list.refresh()
            self.show_page(EVENTS)
            self.open_event(dialog.created.id)

    def save(self) -> None:
        if self.pages.currentIndex() == EVENTS and self.workspace.event_view is not None:
            self.workspace.overview.save()

    def find_in_page(self) -> None:
        page = self.pages.currentIndex()
        if page == DIRECTORY:
            self.directory.search.setFocus()
        elif page == VENUES:
            self.venues.search.setFocus()
        elif page == PARTNERS:
            self.partners.search.setFocus()
        elif self.workspace.tabs.currentWidget() is self.workspace.participants:
            self.workspace.participants.search.setFocus()
        else:
            self.event_list.focus_search()

    def reload(self) -> None:
        """Read everything again (a colleague's work): every page's lists and combos."""
        self.edits.changes.announce_everything()
        self._data_changed()

    def _data_changed(self) -> None:
        from coopdesk.gui.categories import refresh

        refresh(self.db)  # names and colours of the badge categories, a colleague's too
        self.event_list.refresh()
        self.workspace.reload()
        if self.workspace.event_view is None:
            config.put(config.LAST_EVENT, None)
        if self.pages.currentIndex() == DIRECTORY:
            self.directory.refresh()
        elif self.pages.currentIndex() == PARTNERS:
            self.partners.refresh()
        elif self.pages.currentIndex() == VENUES:
            self.venues.refresh()

    def purge_personal_data(self) -> None:
        """Blank the sensitive fields of past guests, after the dialog and a confirmation."""
        from coopdesk.gui.forms.purge_dialog import PurgeDialog

        dialog = PurgeDialog(self)
        if not dialog.exec():
            return
        cutoff = dialog.cutoff()
        from coopdesk.core.services import privacy
        from coopdesk.gui.forms.purge_dialog import confirm, outcome_note

        try:
            count, copies = privacy.purge_preview(self.db, cutoff)
        except CoopdeskError as error:
            show_error(self, error)
            return
        confirmed, clean_copies = confirm(
            self,
            self.tr("Purge personal data"),
            i18n.fill(
                self.tr(
                    "Blank the passport number and expiry, date of birth, nationality, dietary "
                    "and accessibility needs of everyone whose last event ended before %1?\n\n"
                    "This cannot be undone: a purge is not on the undo stack, and the undo "
                    "history is cleared."
                ),
                i18n.fmt_date(cutoff, long=True),
            )
            + "\n\n"
            + self.tr("People concerned: %1").replace("%1", str(count)),
            copies,
        )
        if not confirmed:
            return
        try:
            outcome = self.edits.run_final(lambda: privacy.purge(self.db, cutoff))
            cleaned = privacy.purge_copies(outcome.traces, outcome.copies) if clean_copies else []
        except CoopdeskError as error:
            show_error(self, error)
            return
        self.notice.show_message(
            (
                self.tr("People whose sensitive data was blanked: %1").replace(
                    "%1", str(outcome.people)
                )
                + " "
                + outcome_note(outcome, cleaned)
            ).strip()
        )

    def show_history(self) -> None:
        """Who changed what: the open event's log (or the whole base's), in words."""
        from coopdesk.gui.history_view import HistoryDialog

        event = self._workspace.event_view if self._workspace is not None else None
        dialog = HistoryDialog(
            self.db, event.id if event else None, event.title if event else "", self
        )
        dialog.exec()

    def open_categories(self) -> None:
        from coopdesk.gui.categories import CategoriesDialog

        CategoriesDialog(self.db, self.edits, self).exec()
        self._data_changed()

    def open_settings(self) -> None:
        from coopdesk.gui.settings import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec() and dialog.chosen_language != i18n.language():
            self.set_language(dialog.chosen_language)

    def set_language(self, lang: str) -> None:
        """Switch the interface language now: the views are rebuilt in the new language."""
        if not self.may_leave_event():
            return
        config.put(config.LANGUAGE, lang)
        i18n.apply_language(lang)
        page = self.pages.currentIndex()
        event = self.workspace.event_view
        tab = self.workspace.tabs.currentIndex()
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        self.show_page(page)
        if event is not None:
            self.open_event(event.id)
            self.workspace.tabs.setCurrentIndex(tab)
        else:
            self._make_workspace()

    def about(self) -> None:
        from coopdesk.gui.about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_event():
            event.ignore()
            return
        config.put(config.GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
