"""Saving an edit form: only the fields the user changed, from the version they saw.

A form is loaded from a record; what it holds when saved is compared with what it
held when loaded, and only the differences go to the service, with the record the
user saw, as one undoable core operation (:meth:`Edits.perform`). When a colleague
changed the same fields since, both versions are shown and the user chooses; fields
only one of them changed merge. Undo puts back the values the user replaced, with
the same check against a colleague's later change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from coopdesk.core.db import Database
from coopdesk.gui.undo import Edits

# update(changes, seen) -> the saved record
Update = Callable[[dict[str, Any], Any], Any]


def changed_fields(loaded: Mapping[str, Any], now: Mapping[str, Any]) -> dict[str, Any]:
    """The fields whose value differs from the one the form was loaded with."""
    return {k: v for k, v in now.items() if k not in loaded or loaded[k] != v}


def save_changes(
    db: Database,
    edits: Edits,
    text: str,
    update: Update,
    changes: dict[str, Any],
    seen: Any,
) -> bool:
    """Send ``changes`` made from ``seen`` as one undoable operation. Refusals
    propagate (the form shows them); a clash with a colleague's edit asks the user
    which value to keep. Returns whether there was anything to save."""
    if not changes:
        return False
    edits.perform(db, text, lambda: update(changes, seen))
    return True


class _LoadedDialog(Protocol):
    loaded: dict[str, Any]

    def exec(self) -> int: ...


def edit_in_dialog(
    db: Database,
    edits: Edits,
    text: str,
    update: Update,
    seen: Any,
    dialog_around: Callable[[Callable[[dict[str, Any]], bool]], _LoadedDialog],
) -> bool:
    """Open the dialog ``dialog_around`` makes around its save: the fields changed since
    the dialog was loaded go, from ``seen``, through :func:`save_changes`. Whether the
    user saved."""
    dialog: _LoadedDialog | None = None

    def save(values: dict[str, Any]) -> bool:
        assert dialog is not None
        return save_changes(db, edits, text, update, changed_fields(dialog.loaded, values), seen)

    dialog = dialog_around(save)
    return bool(dialog.exec())
