"""Undo and redo of edits: each command calls the services, never the database.

An action runs once, straight away, so a refusal (a ``ValidationError``) reaches the
form before anything is pushed; only an action that succeeded becomes a command on
the stack. Undo and redo call the services again, and every change is announced by
``Edits.changed`` so the views reload what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coopdesk.core.errors import CoopdeskError


class _ServiceCommand(QUndoCommand):
    def __init__(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], edits: Edits
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._edits = edits
        self._first = True

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except CoopdeskError as error:
            # The record changed or vanished since: this step cannot be replayed.
            self.setObsolete(True)
            self._edits.failed.emit(error)
        self._edits.changed.emit()

    def redo(self) -> None:
        if self._first:  # the action itself already ran in Edits.run
            self._first = False
            return
        self._call(self._do)

    def undo(self) -> None:
        self._call(self._undo)


class Edits(QObject):
    """The window's undo stack, and the signals views listen to."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """Run ``do`` (errors propagate, nothing is pushed), then make it undoable."""
        result = do()
        self.stack.push(_ServiceCommand(text, do, undo, self))
        self.changed.emit()
        return result

    def run_final(self, do: Callable[[], Any]) -> Any:
        """Run ``do``, which cannot be undone (an erasure): errors propagate; once it is
        done the undo history is cleared, so no earlier step can bring back, or keep in
        memory, what was just erased."""
        result = do()
        self.stack.clear()
        self.changed.emit()
        return result
