"""Every view follows changes: what kind of record each edit touched, announced once.

The edit path (:class:`coopdesk.gui.undo.Edits`) announces, after every operation that
succeeded (an action, its undo or its redo), the kinds of records it created, changed or
deleted: the tables the core's operation wrote (``organisation``, ``venue``, ``person``,
``badge_category``…). A page whose lists or combos show such records follows those
kinds with :meth:`Changes.follow`, and refills them at once: a partner created on the
People page is in the event form's partner list and the events' partner filter
without a restart. A reload (F5, a colleague's work) announces :data:`EVERYTHING`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from coopdesk.core.services.operations import Operation

# The kinds of records pages show in their lists and combos (the core's table names).
EVENTS = "event"
ORGANISATIONS = "organisation"
PEOPLE = "person"
VENUES = "venue"
CATEGORIES = "badge_category"
PARTNERSHIPS = "partnership"
PARTICIPANTS = "participation"
# Announced when anything may have changed (a reload, an erasure, a table plan's step).
EVERYTHING = "*"


def kinds_of(operation: Operation[Any]) -> frozenset[str]:
    """The kinds of records ``operation`` created, changed, deleted or linked."""
    return frozenset(
        {change.table for change in operation.rows}
        | {table for table, _ in operation.links_added | operation.links_removed}
    )


class _Follower(QObject):
    """Calls ``slot`` when one of ``kinds`` changed; a child of the view it refills, so
    that it stops with it."""

    def __init__(self, kinds: frozenset[str], slot: Callable[[], None], owner: QObject) -> None:
        super().__init__(owner)
        self.kinds = kinds
        self.slot = slot

    @Slot(object)
    def changed(self, kinds: frozenset[str]) -> None:
        if EVERYTHING in kinds or kinds & self.kinds:
            self.slot()


class Changes(QObject):
    """The window's change notifications: ``changed(kinds)`` after each edit."""

    changed = Signal(object)  # frozenset[str]: the kinds of records changed

    def announce(self, kinds: Iterable[str]) -> None:
        """Tell every view that records of ``kinds`` changed (none: nothing is said)."""
        found = frozenset(kinds)
        if found:
            self.changed.emit(found)

    def announce_everything(self) -> None:
        self.changed.emit(frozenset({EVERYTHING}))

    def follow(self, kinds: Iterable[str], slot: Callable[[], None], owner: QObject) -> None:
        """Call ``slot`` whenever records of one of ``kinds`` change, as long as
        ``owner`` (the view showing them) lives."""
        follower = _Follower(frozenset(kinds), slot, owner)
        self.changed.connect(follower.changed)
