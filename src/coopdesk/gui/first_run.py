"""First run: the database is created, and the demo data offered and loaded off the
GUI thread with a progress indication."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopdesk.core.db import Database
from coopdesk.core.demo import load_demo
from coopdesk.gui import config
from coopdesk.gui.crash import show_error
from coopdesk.gui.workers import run_in_background


def offer_demo(db: Database, parent: QWidget | None = None) -> bool:
    """Ask whether to load the demo data into the new, empty database; load it if so.

    Texts are translated in an explicit context: a message box's own ``tr`` would look them up under
    "QMessageBox", where lupdate never puts them.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to coopdesk"))
    box.setText(QCoreApplication.translate("FirstRun", "Your database is ready, and empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstRun",
            "Load the demo data to discover coopdesk? It holds the Assises "
            "franco-québécoises, the Apostolove and Kishiwada delegations, a mission to "
            "Kendari and an artist residency, with invented people.",
        )
    )
    load = box.addButton(
        QCoreApplication.translate("FirstRun", "Load the demo data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("FirstRun", "Start empty"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(load)
    box.exec()
    if box.clickedButton() is not load:
        return False
    return load_in_background(db, parent)


def load_in_background(db: Database, parent: QWidget | None = None) -> bool:
    """Load the demo data in the thread pool while a progress dialog keeps the GUI alive."""
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("FirstRun", "coopdesk"))
    progress.setLabelText(QCoreApplication.translate("FirstRun", "Loading the demo data…"))
    progress.setRange(0, 0)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(result: object) -> None:
        outcome["ok"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    # Remembered until the loading ends: a start after a kill offers it again.
    config.put(config.DEMO_PENDING, db.url)
    task = run_in_background(lambda: load_demo(db), done, failed)
    loop.exec()
    progress.close()
    del task
    config.put(config.DEMO_PENDING, None)
    error = outcome.get("error")
    if isinstance(error, BaseException):
        show_error(parent, error)
        return False
    return True
