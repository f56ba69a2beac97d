"""Start the desktop application: ``run(database_url, home)``.

Creates the QApplication, installs the error hook and the language, opens the
database (creating it and offering the demo data on first run) and shows the window.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk.core import paths
from coopdesk.core.db import Database, open_database, resolve_url
from coopdesk.core.errors import CoopdeskError
from coopdesk.gui import config, crash, i18n
from coopdesk.gui.crash import message_for
from coopdesk.gui.icons import application_icon

# What is loaded by now (Qt, SQLAlchemy, the core) stays as long as the process: out of
# the garbage collector's sight, so that the full collections the start-up triggers
# (tens of thousands of objects made while the window is built) skip it.
gc.freeze()


def application() -> QApplication:
    """The running QApplication (created once, with coopdesk's names and language)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none yet (never a bare QCoreApplication here)
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName("coopdesk")
    app.setOrganizationName("coopdesk")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("coopdesk")  # the menu entry (Wayland: the icon in the task bar)
    register_script_fonts()
    i18n.apply_language(config.get_str(config.LANGUAGE) or i18n.system_language())
    return app


_LATIN_FACES = ("DejaVuSans", "NotoSans-")


def register_script_fonts() -> list[str]:
    """Offer the window the fonts shipped for the documents, for the scripts an office
    PC may lack (Japanese, Chinese, Korean, Arabic, Hebrew, Thai, Indian scripts…):
    a guest's name in the lists and forms then shows in its letters, not as boxes.
    Latin and Cyrillic are left to the system's fonts. Returns the families added."""
    from importlib import resources

    from PySide6.QtGui import QFontDatabase

    folder = resources.files("coopdesk.resources") / "fonts"
    families: list[str] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".ttf", ".ttc", ".otf")) or entry.name.startswith(_LATIN_FACES):
            continue
        with resources.as_file(entry) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def is_first_run(url: str) -> bool:
    """True when ``url`` is a SQLite file that does not exist yet."""
    if not url.startswith("sqlite:///"):
        return False
    path = url.removeprefix("sqlite:///")
    from pathlib import Path

    return not Path(path).exists()


def open_or_create(database_url: str | None) -> tuple[Database, bool]:
    """Open the database chosen (argument, settings, environment, else the local file);
    the flag says it was just created."""
    from coopdesk.core.credentials import with_password

    url = resolve_url(with_password(database_url) if database_url else config.database_url())
    first = is_first_run(url)
    db = open_database(url)
    return db, first or db.created


def run(
    database_url: str | None = None, home: str | None = None, calendar: str | None = None
) -> int:
    """Show the coopdesk window until it is closed; returns the exit status. With
    ``calendar`` (a file opened with coopdesk), the window offers to import it."""
    if home:
        paths.set_home(home)
    crash.install()
    app = application()
    try:
        db, first = open_or_create(database_url)
    except CoopdeskError as error:
        QMessageBox.critical(None, "coopdesk", message_for(error))
        return 2
    from coopdesk.gui.main_window import MainWindow

    # The demo data (and its modules) for a database just created, or whose demo
    # loading was stopped (all or nothing: it was left empty).
    if first or config.get_str(config.DEMO_PENDING) == db.url:
        from coopdesk.core.demo import has_events
        from coopdesk.gui.first_run import offer_demo

        if not has_events(db):
            offer_demo(db)
    window = MainWindow(db)
    window.show()
    if calendar:
        from pathlib import Path

        from PySide6.QtCore import QTimer

        from coopdesk.gui.open_file import import_calendar_file

        QTimer.singleShot(0, window, lambda: import_calendar_file(window, Path(calendar)))
    if db.upgrade_copy is not None:  # upgraded on opening: where the copy made before is
        window.notice.show_saved(
            QCoreApplication.translate(
                "App", "The database was upgraded; the copy made just before is %1"
            ).replace("%1", str(db.upgrade_copy)),
            db.upgrade_copy,
        )
    status = app.exec()
    db.dispose()
    return status
