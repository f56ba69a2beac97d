"""Errors reach the user as one readable sentence; details go to the log file.

:func:`show_error` is what every action calls when a service refuses; the
``sys.excepthook`` installed by :func:`install` catches the rest, so no traceback is
ever shown in a window.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coopdesk.core import logs, paths
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.messages import describe
from coopdesk.gui import i18n

log = logging.getLogger("coopdesk.gui")


def message_for(error: BaseException) -> str:
    """The sentence the user reads for ``error``."""
    if isinstance(error, CoopdeskError):
        return describe(error, i18n.language())
    return QCoreApplication.translate(
        "crash",
        "Something went wrong and the action was not completed. "
        "The details are in the log file: %1",
    ).replace("%1", str(paths.log_dir() / "coopdesk.log"))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user, in their language, what went wrong; log what they cannot use."""
    if isinstance(error, CoopdeskError):
        log.info("refused: %s", error)
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("crash", "coopdesk"), message_for(error))


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.error("uncaught exception", exc_info=(kind, error, tb))
    if QApplication.instance() is not None:
        parent = QApplication.activeWindow()
        QMessageBox.critical(
            parent, QCoreApplication.translate("crash", "coopdesk"), message_for(error)
        )


def install() -> None:
    """Route uncaught exceptions to the log file and a readable message box."""
    logs.setup_logging()
    sys.excepthook = _hook
