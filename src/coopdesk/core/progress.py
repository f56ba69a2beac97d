"""Progress and cancellation of long work, without Qt.

A :class:`Progress` is handed to the core's long operations (badges, name tents,
lists, programmes, calendar exports, imports): they say how many units the work has
(:meth:`Progress.begin`), then call :meth:`Progress.advance` after each unit, which
reports ``(done, total)`` to whoever watches and raises :class:`Cancelled` once the
user asked to stop. An operation that is cancelled leaves nothing behind: files are
written to a temporary name (:func:`coopdesk.core.files.written_whole`), database
work runs in one transaction that the exception rolls back.

``NO_PROGRESS`` is the default of every such operation: nobody watches, nothing stops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from coopdesk.core.errors import CoopdeskError

Report = Callable[[int, int], None]


class Cancelled(CoopdeskError):
    """The user stopped the work; nothing it was writing was kept."""

    def __init__(self) -> None:
        super().__init__("job.cancelled")


class Progress:
    """Counts the units of a job and carries the user's request to stop it.

    ``report(done, total)`` is called from the thread doing the work at every step;
    :meth:`cancel` may be called from any thread.
    """

    def __init__(self, report: Report | None = None) -> None:
        self._report = report
        self._stop = threading.Event()
        self.total = 0
        self.done = 0

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next unit."""
        self._stop.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled()

    def begin(self, total: int) -> None:
        """The job has ``total`` units, none done yet."""
        self.check()
        self.total, self.done = max(0, total), 0
        self._tell()

    def advance(self, units: int = 1) -> None:
        """``units`` more are done; stop here if the user asked to."""
        self.done = min(self.done + units, self.total) if self.total else self.done + units
        self._tell()
        self.check()

    def _tell(self) -> None:
        if self._report is not None:
            self._report(self.done, self.total)


class _NoProgress(Progress):
    """Nobody watches and nobody can stop the work (the command line, the tests)."""

    def begin(self, total: int) -> None:
        pass

    def advance(self, units: int = 1) -> None:
        pass

    def cancel(self) -> None:
        raise TypeError("NO_PROGRESS is shared and cannot be cancelled")


NO_PROGRESS: Progress = _NoProgress()
