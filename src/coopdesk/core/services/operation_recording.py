"""Watching a user action as it writes: every record it creates, changes or deletes,
kept as it was before and as it is after, in the same transaction, with what the
database removes or unlinks along with it (a deleted participant's agenda
attendance, an event's programme). The result is an :class:`Operation`, a plain
value that :mod:`coopdesk.core.services.operations` writes back to undo or redo it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NEVER_SET, NO_VALUE

from coopdesk.core.errors import DatabaseError, StaleEditError
from coopdesk.core.model import Base

R = TypeVar("R")
Row = Mapping[str, Any]
Link = tuple[str, tuple[tuple[str, Any], ...]]  # (table, sorted (column, value) pairs)

# Columns an undo does not put back: the version grows on every write, and a calendar
# item's sequence too (a calendar ignores a change with a lower SEQUENCE).
COUNTERS = ("version", "sequence")
NOT_LOGGED = {"version", "sequence", "logo", "id"}
CHANGE_LOG = "change_log"


@dataclass(frozen=True, slots=True)
class RowChange:
    """One record before and after: ``before`` is None for a record created, ``after``
    for a record deleted. Both hold every column, ids and uids included."""

    table: str
    id: int
    before: Row | None
    after: Row | None

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields that changed (every field for a creation or a deletion)."""
        if self.before is None or self.after is None:
            return tuple((self.after or self.before or {}).keys())
        return tuple(
            k for k in self.after if k not in COUNTERS and self.before.get(k) != self.after[k]
        )


@dataclass(frozen=True, slots=True)
class Operation(Generic[R]):
    """What one user action did, enough to reverse it; ``result`` is what the service
    returned (a view of the saved record)."""

    rows: tuple[RowChange, ...] = ()
    links_added: frozenset[Link] = frozenset()
    links_removed: frozenset[Link] = frozenset()
    result: R = None  # type: ignore[assignment]

    @property
    def empty(self) -> bool:
        return not (self.rows or self.links_added or self.links_removed)

    def inverse(self) -> Operation[None]:
        return Operation(
            rows=tuple(RowChange(c.table, c.id, c.after, c.before) for c in reversed(self.rows)),
            links_added=self.links_removed,
            links_removed=self.links_added,
        )

    def ids(self, table: str) -> list[int]:
        return [c.id for c in self.rows if c.table == table]


# --- the tables -------------------------------------------------------------------------


@cache
def mapped_tables() -> dict[str, Table]:
    return {
        t.name: t
        for t in Base.metadata.sorted_tables
        if t.name not in (CHANGE_LOG, "alembic_version")
    }


@cache
def table_order() -> dict[str, int]:
    """Parents before children (creation order)."""
    return {name: i for i, name in enumerate(mapped_tables())}


def is_link_table(table: Table) -> bool:
    return "id" not in table.c


@cache
def referrers(name: str) -> tuple[tuple[str, str, str | None], ...]:
    """(table, column, ondelete) of every foreign key pointing at ``name``'s ids."""
    out = []
    for table in mapped_tables().values():
        for fk in table.foreign_keys:
            if fk.column.table.name == name:
                out.append((table.name, fk.parent.name, fk.ondelete))
    return tuple(out)


@cache
def sensitive_columns(name: str) -> frozenset[str]:
    return frozenset(c.name for c in mapped_tables()[name].columns if c.info.get("sensitive"))


def frozen_row(row: Any) -> Row:
    return MappingProxyType(dict(row))


def link_key(table: str, row: Any) -> Link:
    return (table, tuple(sorted(dict(row).items())))


def row_differs(before: Row | None, after: Row | None) -> bool:
    """Whether a row was created, deleted or changed in more than its version or
    sequence (a change of those alone is nothing the user could undo)."""
    if before is None or after is None:
        return before is not after
    return any(before.get(k) != v for k, v in after.items() if k not in COUNTERS)


# --- watching a service's writes --------------------------------------------------------


@dataclass
class Recorder:
    before: dict[tuple[str, int], Row | None] = field(default_factory=dict)
    # (link table, column) -> ids whose links are watched
    scopes: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    # Rows changed in place through the ORM: read before and after from the session.
    in_session: dict[tuple[str, int], Any] = field(default_factory=dict)
    links_before: set[Link] = field(default_factory=set)
    operation: Operation[Any] | None = None

    def watch(self, session: Session, name: str, ids: Iterable[int], *, cascade: bool) -> None:
        """Keep the rows ``ids`` of ``name`` as they are now (the first time only) and,
        for a deletion, every row the database deletes or unlinks with them."""
        new = sorted({i for i in ids if (name, i) not in self.before})
        if not new:
            return
        table = mapped_tables()[name]
        found = {
            r["id"]: frozen_row(r)
            for r in session.connection()
            .execute(select(table).where(table.c.id.in_(new)))
            .mappings()
        }
        for i in new:
            self.before[(name, i)] = found.get(i)
        self.watch_links(session, name, new)
        if cascade:
            for child, column, ondelete in referrers(name):
                if is_link_table(mapped_tables()[child]):
                    continue
                table = mapped_tables()[child]
                child_ids = list(
                    session.connection()
                    .execute(select(table.c.id).where(table.c[column].in_(new)))
                    .scalars()
                )
                self.watch(session, child, child_ids, cascade=ondelete == "CASCADE")

    def watch_links(self, session: Session, name: str, ids: list[int]) -> None:
        for child, column, _ondelete in referrers(name):
            table = mapped_tables()[child]
            if not is_link_table(table):
                continue
            scope = self.scopes.setdefault((child, column), set())
            fresh = [i for i in ids if i not in scope]
            if not fresh:
                continue
            scope.update(fresh)
            rows = session.connection().execute(select(table).where(table.c[column].in_(fresh)))
            self.links_before.update(link_key(child, r) for r in rows.mappings())

    def created(self, name: str, ids: Iterable[int]) -> None:
        ids = list(ids)
        for i in ids:
            self.before.setdefault((name, i), None)
        for child, column, _ondelete in referrers(name):
            if is_link_table(mapped_tables()[child]):
                self.scopes.setdefault((child, column), set()).update(ids)

    def finish(self, session: Session) -> Operation[Any]:
        """The rows as they are now, beside what they were."""
        after: dict[tuple[str, int], Row | None] = {}
        for key, obj in self.in_session.items():
            image = _image(obj, committed=False)
            if image is not None and not obj.deleted:
                after[key] = image
        by_table: dict[str, list[int]] = {}
        for name, i in self.before:
            if (name, i) not in after:
                by_table.setdefault(name, []).append(i)
        conn = session.connection() if by_table or self.scopes else None
        for name, ids in by_table.items():
            assert conn is not None
            table = mapped_tables()[name]
            found = {
                r["id"]: frozen_row(r)
                for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
            }
            for i in ids:
                after[(name, i)] = found.get(i)
        links_after: set[Link] = set()
        for (child, column), scope in self.scopes.items():
            if scope and conn is not None:
                table = mapped_tables()[child]
                rows = conn.execute(select(table).where(table.c[column].in_(sorted(scope))))
                links_after.update(link_key(child, r) for r in rows.mappings())
        changes = [
            RowChange(name, i, before, after[(name, i)])
            for (name, i), before in self.before.items()
            if row_differs(before, after[(name, i)])
        ]
        changes.sort(key=lambda c: (table_order()[c.table], c.id))
        return Operation(
            rows=tuple(changes),
            links_added=frozenset(links_after - self.links_before),
            links_removed=frozenset(self.links_before - links_after),
        )


_CURRENT: ContextVar[Recorder | None] = ContextVar("coopdesk_operation", default=None)


def _name(obj: Any) -> str | None:
    table = getattr(obj, "__table__", None)
    name = getattr(table, "name", None)
    return name if name in mapped_tables() else None


@cache
def _column_keys(mapper: Any) -> tuple[tuple[str, str], ...]:
    return tuple((prop.key, prop.columns[0].name) for prop in mapper.column_attrs)


def _image(state: Any, *, committed: bool) -> Row | None:
    """Every column of an ORM row (its instance state) as it was loaded
    (``committed``) or as it is now; None when one of them is not loaded."""
    now = state.dict
    before = state.committed_state if committed else {}
    out: dict[str, Any] = {}
    for key, column in _column_keys(state.mapper):
        if key in before:
            value = before[key]
            out[column] = None if value is NO_VALUE or value is NEVER_SET else value
        elif key in now:
            out[column] = now[key]
        else:
            return None  # not loaded (expired or deferred)
    return MappingProxyType(out)


@cache
def _secondaries(mapper: Any) -> tuple[str, ...]:
    return tuple(rel.key for rel in mapper.relationships if rel.secondary is not None)


def _secondary_changed(state: Any) -> bool:
    return any(state.attrs[key].history.has_changes() for key in _secondaries(state.mapper))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    rec = _CURRENT.get()
    if rec is None:
        return
    groups: dict[tuple[str, bool], list[int]] = {}
    for cascade, objects in ((False, session.dirty), (True, session.deleted)):
        for obj in objects:
            name = _name(obj)
            state = inspect(obj)
            key = state.identity
            if name is None or key is None:
                continue
            if not cascade and (name, key[0]) not in rec.before:
                image = _image(state, committed=True)
                if image is not None:  # every column loaded: no need to read it again
                    rec.before[(name, key[0])] = image
                    rec.in_session[(name, key[0])] = state
            if (name, key[0]) not in rec.before or cascade:
                groups.setdefault((name, cascade), []).append(key[0])
            if not cascade and _secondary_changed(state):
                rec.watch_links(session, name, [key[0]])
    for (name, cascade), ids in groups.items():
        rec.watch(session, name, ids, cascade=cascade)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    rec = _CURRENT.get()
    if rec is None:
        return
    groups: dict[str, list[int]] = {}
    for obj in session.new:
        name = _name(obj)
        if name is not None:
            groups.setdefault(name, []).append(obj.id)
    for name, ids in groups.items():
        rec.created(name, ids)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    rec = _CURRENT.get()
    if rec is None:
        return
    session.flush()
    done = rec.finish(session)
    # What a later transaction of the same action does is compared afresh.
    rec.before.clear()
    rec.scopes.clear()
    rec.links_before.clear()
    rec.in_session.clear()
    if rec.operation is not None:  # a second transaction in the same action
        done = _combined(rec.operation, done)
    rec.operation = done


def _combined(first: Operation[Any], then: Operation[Any]) -> Operation[Any]:
    """One operation doing what ``first`` then ``then`` did: each record from where it
    was before the first to where it is after the last."""
    rows: dict[tuple[str, int], RowChange] = {}
    for c in first.rows + then.rows:
        earlier = rows.get((c.table, c.id))
        before = earlier.before if earlier is not None else c.before
        rows[(c.table, c.id)] = RowChange(c.table, c.id, before, c.after)
    kept = sorted(
        (c for c in rows.values() if row_differs(c.before, c.after)),
        key=lambda c: (table_order()[c.table], c.id),
    )
    added: set[Link] = set()
    removed: set[Link] = set()
    for link in first.links_added | first.links_removed | then.links_added | then.links_removed:
        if link in first.links_added or link in first.links_removed:
            was = link in first.links_removed
        else:
            was = link in then.links_removed
        if link in then.links_added or link in then.links_removed:
            now = link in then.links_added
        else:
            now = link in first.links_added
        if now and not was:
            added.add(link)
        elif was and not now:
            removed.add(link)
    return Operation(
        rows=tuple(kept), links_added=frozenset(added), links_removed=frozenset(removed)
    )


def created(session: Session, name: str, ids: Iterable[int]) -> None:
    """Tell the operation being recorded of rows inserted without the ORM."""
    rec = _CURRENT.get()
    if rec is not None:
        rec.created(name, list(ids))


RETRIES = 3
_RACES = ("record.changed_meanwhile", "database.busy")


def record(action: Callable[[], R]) -> Operation[R]:
    """Run ``action`` (one service call, one transaction) and return what it did.

    A colleague's write landing between the read and the write of the action makes
    the database refuse it; it is then run again from the start, so its own checks
    (a clash on a field, a merge of different fields) see the colleague's version.
    """
    for attempt in range(RETRIES):
        recorder = Recorder()
        token = _CURRENT.set(recorder)
        try:
            result = action()
        except (StaleEditError, DatabaseError) as error:
            # A colleague's write to the same row won the race (or, on SQLite, held
            # the file): read again and decide again.
            if error.code not in _RACES or attempt == RETRIES - 1:
                raise
            continue
        finally:
            _CURRENT.reset(token)
        done = recorder.operation or Operation()
        return Operation(done.rows, done.links_added, done.links_removed, result)
    raise StaleEditError("record.changed_meanwhile", None)  # pragma: no cover


@contextmanager
def watching() -> Iterator[Recorder]:
    """Watch the writes made inside the block (as :func:`record` does) and give the
    recorder that holds them."""
    recorder = Recorder()
    token = _CURRENT.set(recorder)
    try:
        yield recorder
    finally:
        _CURRENT.reset(token)
