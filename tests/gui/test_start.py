"""Starting the window: the list first, the rest (workspace, pages, menus) when needed."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from PySide6.QtWidgets import QApplication

from coopdesk.core import paths
from coopdesk.gui import app, config
from coopdesk.gui.main_window import DIRECTORY, EVENTS, PARTNERS, VENUES, MainWindow
from tests.factories import delegation


def _shown(qtbot, db) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win._workspace is not None)
    return win


def test_the_latest_event_is_open_once_the_window_is_on_screen(qtbot, db):  # type: ignore[no-untyped-def]
    older = delegation(db)
    latest = delegation(
        db, title="Mission à Kendari", start_date=date(2025, 3, 3), end_date=date(2025, 3, 10)
    )
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win._workspace is None  # not yet: the list comes first
    assert win.event_list.current_id() == latest.id  # already selected in the list
    win.show()
    qtbot.waitUntil(lambda: win._workspace is not None)
    assert win.workspace.event_view is not None and win.workspace.event_view.id == latest.id
    assert config.get_int(config.LAST_EVENT) == latest.id
    assert win.events_page.widget(1) is win.workspace
    # and the last event opened is the one the next start opens
    win.open_event(older.id)
    again = _shown(qtbot, db)
    assert again.workspace.event_view.id == older.id  # type: ignore[union-attr]
    assert again.event_list.current_id() == older.id


def test_an_event_deleted_since_is_forgotten_and_nothing_opens(qtbot, db):  # type: ignore[no-untyped-def]
    delegation(db)
    config.put(config.LAST_EVENT, 9999)
    win = _shown(qtbot, db)
    assert win.workspace.event_view is None
    assert config.get_int(config.LAST_EVENT) is None
    assert win.event_list.current_id() is None


def test_the_pages_and_the_notice_are_built_when_first_shown(qtbot, db):  # type: ignore[no-untyped-def]
    delegation(db)
    win = _shown(qtbot, db)
    assert win._directory is None and win._partners is None and win._notice is None
    assert win._venues is None
    placeholder = win.pages.widget(PARTNERS)
    win.show_page(PARTNERS)
    assert win.pages.currentWidget() is win.partners is win.pages.widget(PARTNERS)
    assert placeholder is not win.partners
    win.show_page(DIRECTORY)
    assert win.pages.currentWidget() is win.directory is win.pages.widget(DIRECTORY)
    win.show_page(VENUES)
    assert win.pages.currentWidget() is win.venues is win.pages.widget(VENUES)
    assert win.pages.count() == 4
    win.show_page(EVENTS)
    assert win.pages.currentWidget() is win.events_page
    assert not win.notice.isVisible()
    assert win.centralWidget().layout().indexOf(win.notice) == 1  # below the pages


def test_menu_icons_are_drawn_when_the_menu_opens(qtbot, db):  # type: ignore[no-untyped-def]
    win = _shown(qtbot, db)
    assert not win.new_event_action.icon().isNull()  # in the toolbar: at once
    assert win.purge_action.icon().isNull() and win.save_action.icon().isNull()
    file_menu, edit_menu = (action.menu() for action in win.menuBar().actions()[:2])
    file_menu.aboutToShow.emit()  # the File menu opens
    assert not win.purge_action.icon().isNull() and win.save_action.icon().isNull()
    edit_menu.aboutToShow.emit()
    assert not win.save_action.icon().isNull()


def test_switching_language_rebuilds_the_window_with_its_event(qtbot, db):  # type: ignore[no-untyped-def]
    event = delegation(db)
    win = _shown(qtbot, db)
    win.set_language("en")
    try:
        assert win.workspace.event_view is not None and win.workspace.event_view.id == event.id
        assert win.events_page.widget(1) is win.workspace
    finally:
        win.set_language("fr")


def test_first_run_offers_the_demo_and_later_runs_do_not(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    import coopdesk.gui.first_run

    offered: list[object] = []
    monkeypatch.setattr(coopdesk.gui.first_run, "offer_demo", offered.append)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("coopdesk.gui.crash.install", lambda: None)
    assert app.run() == 0
    assert paths.default_database_path().exists() and len(offered) == 1
    assert app.run() == 0
    assert len(offered) == 1
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)


def test_the_window_shows_its_list_before_loading_the_orm_and_the_other_pages(db, db_url):  # type: ignore[no-untyped-def]
    event = delegation(db)
    code = f"""
import sys
from coopdesk.core.db import open_database
from coopdesk.gui.app import application
from coopdesk.gui.main_window import MainWindow
app = application()
window = MainWindow(open_database({db_url!r}))
window.resize(1366, 768)
window.show()
assert window.event_list.model.rowCount() == 1
later = (
    "sqlalchemy.orm", "coopdesk.core.model", "alembic", "coopdesk.core.demo",
    "coopdesk.gui.workspace.workspace", "coopdesk.gui.directory", "coopdesk.gui.partners",
)
loaded = [m for m in later if m in sys.modules]
assert loaded == [], loaded
while window._workspace is None:
    app.processEvents()
assert window.workspace.event_view.id == {event.id}
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_an_event_chosen_before_the_workspace_is_built_is_the_one_opened(qtbot, db):  # type: ignore[no-untyped-def]
    older = delegation(db)
    delegation(
        db, title="Mission à Kendari", start_date=date(2025, 3, 3), end_date=date(2025, 3, 10)
    )
    win = MainWindow(db)
    qtbot.addWidget(win)
    opened: list[int] = []
    win.event_list.chosen.connect(opened.append)
    win.event_list.select(older.id)  # a click on the older event, before the first paint
    assert win.workspace.event_view is not None and win.workspace.event_view.id == older.id
    assert win.event_list.current_id() == older.id and opened == [older.id]
    assert config.get_int(config.LAST_EVENT) == older.id


def test_a_demo_loading_stopped_by_a_kill_is_offered_again(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    import coopdesk.gui.first_run
    from coopdesk.gui import config

    offered: list[object] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("coopdesk.gui.crash.install", lambda: None)

    def killed_while_loading(db) -> None:  # type: ignore[no-untyped-def]
        offered.append(db)
        config.put(config.DEMO_PENDING, db.url)  # loading began; the process died there

    monkeypatch.setattr(coopdesk.gui.first_run, "offer_demo", killed_while_loading)
    assert app.run() == 0
    assert app.run() == 0  # the next start offers it again
    assert len(offered) == 2
    monkeypatch.setattr(coopdesk.gui.first_run, "offer_demo", offered.append)
    config.put(config.DEMO_PENDING, None)  # a loading that ended
    assert app.run() == 0
    assert len(offered) == 2
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)


def test_an_upgrade_on_opening_names_the_copy_made_before_it(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from alembic import command
    from sqlalchemy import create_engine

    from coopdesk.core.db import alembic_config

    path = paths.default_database_path()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("coopdesk.gui.crash.install", lambda: None)
    shown: list[MainWindow] = []
    show = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: (shown.append(self), show(self)))
    assert app.run() == 0
    for widget in shown:
        qtbot.addWidget(widget)
    copies = list(paths.backup_dir().iterdir())
    assert len(copies) == 1 and "from-0003" in copies[0].name
    text = shown[0].notice.text.text()
    assert "La base a été mise à jour" in text and str(copies[0]) in text
