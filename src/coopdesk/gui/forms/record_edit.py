"""Saving an edit form: only the fields the user changed, from the version they saw.

A form is loaded from a record; what it holds when saved is compared with what it
held when loaded, and only the differences go to the service, with the record the
user saw. When a colleague changed the same fields since, both versions are shown
(:class:`StaleEditDialog`) and the user chooses; the undo step puts back the values
the user replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from coopdesk.core.errors import StaleEditError
from coopdesk.gui.forms.stale import StaleEditDialog
from coopdesk.gui.undo import Edits

# update(changes, seen or None) -> the saved record
Update = Callable[[dict[str, Any], Any], Any]


def changed_fields(loaded: Mapping[str, Any], now: Mapping[str, Any]) -> dict[str, Any]:
    """The fields whose value differs from the one the form was loaded with."""
    return {k: v for k, v in now.items() if k not in loaded or loaded[k] != v}


def save_changes(
    parent: QWidget,
    edits: Edits,
    text: str,
    update: Update,
    changes: dict[str, Any],
    seen: Any,
) -> bool:
    """Send ``changes`` made from ``seen`` through the undo stack. Validation errors
    propagate (the form shows them); a clash with a colleague's edit asks the user.
    Returns whether the changes were saved."""
    if not changes:
        return True
    before = {k: getattr(seen, k) for k in changes}
    try:
        edits.run(text, lambda: update(changes, seen), lambda: update(before, None))
    except StaleEditError as error:
        if StaleEditDialog(error, parent).exec() != QDialog.DialogCode.Accepted:
            return False
        edits.run(text, lambda: update(changes, None), lambda: update(before, None))
    return True
