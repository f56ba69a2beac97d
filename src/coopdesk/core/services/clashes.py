"""Two people editing one record: what a colleague changed since the user read it.

Every write carries the version the user saw. A field the colleague changed and the
user changes too is a :class:`Clash`, shown with both values; the user's choice for
each clash (their value or the colleague's) is a :class:`Resolution`, and the write
runs again under :func:`resolving`. Fields only one of them changed go through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from coopdesk.core.errors import StaleEditError


def _norm(value: Any) -> Any:
    return ",".join(value) if isinstance(value, tuple) else value


@dataclass(frozen=True, slots=True)
class Clash:
    """One field a colleague changed that the user changes too: both values."""

    entity: str
    id: int
    label: str
    field: str
    theirs: Any
    mine: Any

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.entity, self.id, self.field)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the user chose for clashes already shown to them: their own value
    (``mine``) or the colleague's (``theirs``), by (entity, id, field)."""

    mine: frozenset[tuple[str, int, str]] = frozenset()
    theirs: frozenset[tuple[str, int, str]] = frozenset()

    def choice(self, clash: Clash) -> str | None:
        if clash.key in self.mine:
            return "mine"
        if clash.key in self.theirs:
            return "theirs"
        return None

    def choose(self, clashes: Iterable[Clash], keep: str) -> Resolution:
        keys = frozenset(c.key for c in clashes)
        if keep == "mine":
            return Resolution(self.mine | keys, self.theirs - keys)
        return Resolution(self.mine - keys, self.theirs | keys)


_NO_CHOICE = Resolution()
_RESOLUTION: ContextVar[Resolution | None] = ContextVar("coopdesk_resolution", default=None)


def current_resolution() -> Resolution:
    return _RESOLUTION.get() or _NO_CHOICE


@contextmanager
def resolving(resolution: Resolution) -> Iterator[None]:
    """Run a write again with the user's choices for the clashes they were shown."""
    token = _RESOLUTION.set(resolution)
    try:
        yield
    finally:
        _RESOLUTION.reset(token)


def stale_error(clashes: Sequence[Clash]) -> StaleEditError:
    """The error that shows the user both values of each clash."""
    first = clashes[0]
    fields = {c.field: (c.theirs, c.mine) for c in clashes if c.id == first.id}
    return StaleEditError(
        "record.changed",
        None,
        entity=first.entity,
        id=first.id,
        fields=fields,
        clashes=tuple(clashes),
    )


def stale_clashes(
    entity: str,
    entity_id: int,
    seen: Any | None,
    row: Any,
    changes: dict[str, Any],
    label: str = "",
) -> list[Clash]:
    """The clashes of ``changes`` with what someone else changed since ``seen`` was
    read, less those the user already settled: a field where they kept the
    colleague's value is taken out of ``changes``."""
    if seen is None or seen.version == row.version:
        return []
    out = []
    resolution = current_resolution()
    for field, mine in list(changes.items()):
        theirs = getattr(row, field)
        before = _norm(getattr(seen, field, theirs))
        if theirs != before and mine == before:
            # Sent as the user saw it, not changed by them: the colleague's value stays.
            del changes[field]
        elif theirs != before and theirs != mine:
            clash = Clash(entity, entity_id, label, field, theirs, mine)
            choice = resolution.choice(clash)
            if choice == "theirs":
                del changes[field]
            elif choice is None:
                out.append(clash)
    return out


def deletion_clashes(
    entity: str,
    entity_id: int,
    seen: Any | None,
    row: Any,
    fields: Iterable[str],
    label: str = "",
) -> tuple[list[Clash], bool]:
    """What a colleague changed since ``seen`` in a record the user deletes: the
    clashes still to show, and whether the user chose to keep the colleague's record."""
    if seen is None or seen.version == row.version:
        return [], False
    out, kept = [], False
    resolution = current_resolution()
    for field in fields:
        theirs = getattr(row, field)
        if theirs != _norm(getattr(seen, field, theirs)):
            clash = Clash(entity, entity_id, label, field, theirs, None)
            choice = resolution.choice(clash)
            if choice is None:
                out.append(clash)
            kept = kept or choice == "theirs"
    return out, kept


def check_deletion(
    entity: str,
    entity_id: int,
    seen: Any | None,
    row: Any,
    fields: Iterable[str],
    label: str = "",
) -> bool:
    """Before deleting one record: refuse with the clashes still to show when a
    colleague changed it since ``seen``; else whether the user chose to keep the
    colleague's record (then nothing is deleted)."""
    clashes, kept = deletion_clashes(entity, entity_id, seen, row, fields, label)
    if clashes:
        raise stale_error(clashes)
    return kept


def check_stale(
    entity: str, entity_id: int, seen: Any | None, row: Any, changes: Mapping[str, Any]
) -> None:
    """Refuse ``changes`` to fields someone else changed since ``seen`` was read.

    ``seen`` is the value the user started editing from, ``row`` the record as it is
    now. Changes to other fields go through: two people editing different fields of
    the same record both keep their work. A clash the user settled
    (:func:`resolving`) goes through with their choice: ``changes``, when it is a
    dict, loses the fields where they kept the colleague's value.
    """
    data = changes if isinstance(changes, dict) else dict(changes)
    clashes = stale_clashes(entity, entity_id, seen, row, data)
    if clashes:
        raise stale_error(clashes)
