"""Long database work off the GUI thread: a QRunnable that reports back by signals.

:func:`run_in_background` is the bare mechanism; :func:`run_with_progress` adds what
an action the user started needs: a busy indicator that blocks the window (so the
same export is not started twice), and the error shown as a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.core.errors import CoopdeskError
from coopdesk.gui.crash import show_error

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``fn()`` in the thread pool; ``finished(result)`` or ``failed(exception)``
    arrive in the GUI thread."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self._fn()
        except CoopdeskError as exc:  # a refusal: the GUI says why
            self.signals.failed.emit(exc)
        except Exception as exc:  # reported to the GUI, which shows and logs it
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    task = Task(fn)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task


# Tasks started by run_with_progress, kept alive until they report back.
_running: set[Task] = set()


def run_with_progress(
    parent: QWidget, text: str, fn: Callable[[], Any], on_done: Callable[[Any], None]
) -> Task:
    """Run ``fn()`` in the thread pool behind a window-modal busy indicator that shows
    ``text`` (only if the work lasts more than a moment); then ``on_done(result)``, or
    the error as a readable sentence (details in the log)."""
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle("coopdesk")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def finish(task: Task) -> None:
        progress.reset()
        progress.deleteLater()
        _running.discard(task)

    def done(result: Any) -> None:
        finish(task)
        on_done(result)

    def failed(error: BaseException) -> None:
        finish(task)
        show_error(parent, error)

    task = run_in_background(fn, done, failed)
    _running.add(task)
    return task
