"""Long database work off the GUI thread: a QRunnable that reports back by signals.

:func:`run_in_background` is the bare mechanism; :func:`run_with_progress` adds what
an action the user started needs: a busy indicator that blocks the window (so the
same export is not started twice), and the error shown as a sentence. :func:`run_job`
is for the long ones (hundreds of badges, personal agendas, lists, imports): the core
reports "n of N" through a :class:`~coopdesk.core.progress.Progress`, and the Cancel
button stops the work at its next unit, leaving nothing written.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.messages import describe
from coopdesk.core.progress import Cancelled, Progress
from coopdesk.gui import i18n
from coopdesk.gui.crash import show_error
from coopdesk.gui.notice import report_message

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    cancelled = Signal()


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
        except Cancelled:  # the user stopped it: nothing to tell
            self.signals.cancelled.emit()
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


# Reports of progress closer together than this are not shown (a list of thousands of
# rows would queue thousands of repaints); the last one always is.
_REPORT_EVERY = 0.05


def count_text(done: int, total: int) -> str:
    """The count shown under a long job's text ("12 sur 378", "12 of 378")."""
    locale = QLocale()  # the interface language's: "1 234" in French
    return i18n.fill(
        QCoreApplication.translate("Workers", "%1 of %2"),
        locale.toString(done),
        locale.toString(total),
    )


class Job(Task):
    """A task whose work takes a :class:`Progress`: ``progressed(done, total)`` and,
    if the user stopped it, ``cancelled`` arrive in the GUI thread."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self.progress = Progress(self._report)
        self._last = 0.0
        super().__init__(lambda: fn(self.progress))
        self.dialog: QProgressDialog | None = None

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= _REPORT_EVERY:
            self._last = now
            self.signals.progressed.emit(done, total)


def run_job(
    parent: QWidget,
    text: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Job:
    """Run ``fn(progress)`` in the thread pool behind a window-modal dialog that shows
    ``text``, "n of N" as the core counts its units, and a Cancel button (Esc too)
    that asks the work to stop; then ``on_done(result)``, ``on_cancelled()``, or the
    error as a readable sentence. Without ``on_cancelled``, a cancel is said in the
    nearest notice ("nothing was saved"). The window keeps repainting all along."""
    dialog = QProgressDialog(text, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle("coopdesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(360)
    job = Job(fn)
    job.dialog = dialog

    def progressed(done: int, total: int) -> None:
        if job.progress.cancelled:
            return
        if total:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(f"{text}\n{count_text(done, total)}")

    def cancel() -> None:
        job.progress.cancel()
        dialog.setLabelText(QCoreApplication.translate("Workers", "Cancelling…"))

    def finish() -> None:
        dialog.canceled.disconnect(cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        _running.discard(job)

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(error: BaseException) -> None:
        finish()
        show_error(parent, error)

    def cancelled() -> None:
        finish()
        if on_cancelled is not None:
            on_cancelled()
        else:  # said where the "saved" notice would have been
            report_message(parent, describe(Cancelled(), i18n.language()))

    dialog.canceled.connect(cancel)
    job.signals.progressed.connect(progressed)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job
