"""Undo and redo of edits: the stack holds the core's operations, never the database.

An action runs once, straight away, through :meth:`Edits.perform`: the service call is
recorded by the core as an operation (:mod:`coopdesk.core.services.operations`) that
knows every record it created, changed or deleted, with their ids, uids, links and
versions. A refusal (a ``ValidationError``) reaches the form before anything is
pushed. Undo and redo write the operation back in one transaction; a field a
colleague changed since is never overwritten unseen: the user sees both values and
chooses (:class:`coopdesk.gui.forms.stale.StaleEditDialog`), other fields merge.
Every change is announced by ``Edits.changed`` so the views reload what they show, and
the kinds of records it touched by ``Edits.changes`` (:mod:`coopdesk.gui.changes`), so
that every page's lists and combos follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coopdesk.core.db import Database
from coopdesk.core.errors import CoopdeskError, StaleEditError
from coopdesk.core.services.clashes import Resolution, resolving
from coopdesk.gui.changes import Changes, kinds_of

if TYPE_CHECKING:  # the ORM loads with the first edit, not with the window
    from coopdesk.core.services.operations import Operation

R = TypeVar("R")
# How many times in a row a colleague may change what the user is settling.
_ROUNDS = 5


class _ReverseCommand(QUndoCommand):
    """An action and its reverse as two service calls, each carrying the version it
    expects (a table plan's): a colleague's change since makes the step obsolete, said
    to the user, instead of being overwritten."""

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
            self.setObsolete(True)
            self._edits.failed.emit(error)
        self._edits.changes.announce_everything()
        self._edits.changed.emit()

    def redo(self) -> None:
        if self._first:  # the action itself already ran in Edits.run_reversible
            self._first = False
            return
        self._call(self._do)

    def undo(self) -> None:
        self._call(self._undo)


class _OperationCommand(QUndoCommand):
    """One core operation: undo writes back its ``before``, redo its ``after``."""

    def __init__(self, text: str, db: Database, done: Operation[Any], edits: Edits) -> None:
        super().__init__(text)
        self.db = db
        self.done: Operation[Any] = done
        self.undone: Operation[Any] | None = None
        self._edits = edits
        self._first = True

    def _call(self, step: Callable[[Resolution], Operation[Any]]) -> Operation[Any] | None:
        try:
            return self._edits.settle(step)
        except CoopdeskError as error:
            # The record vanished or clashes in a way no choice settles: this step
            # cannot be replayed; the user reads why.
            self.setObsolete(True)
            self._edits.failed.emit(error)
            return None
        finally:
            self._edits.changes.announce(kinds_of(self.done))
            self._edits.changed.emit()

    def redo(self) -> None:
        if self._first:  # the action itself already ran in Edits.perform
            self._first = False
            return
        undone = self.undone
        assert undone is not None
        from coopdesk.core.services import operations

        done = self._call(lambda choice: operations.redo(self.db, undone, choice))
        if done is not None:
            self.done = done

    def undo(self) -> None:
        from coopdesk.core.services import operations

        done = self.done
        undone = self._call(lambda choice: operations.undo(self.db, done, choice))
        if undone is not None:
            self.undone = undone


def settle(step: Callable[[Resolution], R], ask: Callable[[StaleEditError], str]) -> R:
    """Run ``step`` (a write); on a clash with a colleague's change, ``ask`` the user
    which value to keep (``"mine"`` or ``"theirs"``) and run it again with their
    choice, the other fields merging. A colleague changing the same field again
    meanwhile is asked about again."""
    resolution = Resolution()
    for _ in range(_ROUNDS):
        try:
            with resolving(resolution):
                return step(resolution)
        except StaleEditError as error:
            clashes = error.values.get("clashes")
            if not clashes:
                raise
            resolution = resolution.choose(clashes, ask(error))
    with resolving(resolution):
        return step(resolution)


def ask_user(error: StaleEditError, parent: QWidget | None) -> str:
    """Show both versions; ``"mine"`` or ``"theirs"``."""
    from coopdesk.gui.forms.stale import StaleEditDialog

    dialog = StaleEditDialog(error, parent or QApplication.activeWindow())
    return "mine" if dialog.exec() == QDialog.DialogCode.Accepted else "theirs"


class Edits(QObject):
    """The window's undo stack, and the signals views listen to.

    It always has a parent (the window or page it serves) and goes with it: its steps
    and its ``ask`` refer back to it, so without a parent only Python's garbage
    collector would free it, at a moment and in an order of its choosing, which can
    delete the steps twice (a crash).
    """

    changed = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.changes = Changes(self)
        # Asked when a write clashes with a colleague's: "mine" or "theirs".
        self.ask: Callable[[StaleEditError], str] = lambda error: ask_user(
            error, owner if isinstance(owner := self.parent(), QWidget) else None
        )

    def settle(self, step: Callable[[Resolution], R]) -> R:
        """Run ``step``; on a clash with a colleague's change, ask the user which value
        to keep and run it again with their choice (other fields merge)."""
        return settle(step, self.ask)

    def perform(self, db: Database, text: str, action: Callable[[], R]) -> R:
        """Run ``action`` (one service call, one transaction) as an undoable operation.

        A refusal propagates and nothing is pushed; a clash with a colleague's change
        asks the user first. Returns what the service returned.
        """
        from coopdesk.core.services import operations

        done = self.settle(lambda _choice: operations.record(action))
        if not done.empty:
            self.stack.push(_OperationCommand(text, db, done, self))
        self.changes.announce(kinds_of(done))
        self.changed.emit()
        return done.result

    def perform_shown(
        self, parent: QWidget, db: Database, text: str, action: Callable[[], Any]
    ) -> bool:
        """:meth:`perform`, with a refusal shown to the user over ``parent`` (the
        sentence, never a traceback); whether the action was done."""
        from coopdesk.gui.crash import show_error

        try:
            self.perform(db, text, action)
        except CoopdeskError as error:
            show_error(parent, error)
            return False
        return True

    def run_reversible(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """Run ``do`` (errors propagate, nothing is pushed) and push ``undo`` as its
        reverse. Only for services whose every call checks the version it is given
        (the table plan's), so that neither step can overwrite a colleague's change."""
        result = do()
        self.stack.push(_ReverseCommand(text, do, undo, self))
        self.changes.announce_everything()
        self.changed.emit()
        return result

    def run_final(self, do: Callable[[], Any]) -> Any:
        """Run ``do``, which cannot be undone (an erasure): errors propagate; once it is
        done the undo history is cleared, so no earlier step can bring back, or keep in
        memory, what was just erased."""
        result = do()
        self.stack.clear()
        self.changes.announce_everything()
        self.changed.emit()
        return result
