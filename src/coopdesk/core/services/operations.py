"""User actions as operations that know how to reverse themselves.

A service call made inside :func:`record` is watched as it writes: every record it
creates, changes or deletes is kept as it was before and as it is after, in the same
transaction, with what the database removes or unlinks along with it (a deleted
participant's agenda attendance, an event's programme). The result, an
:class:`Operation`, is a plain value: :func:`undo` and :func:`redo` write it back in
one transaction, with the same ids, uids, links and versions.

An undo never overwrites a colleague's work silently: a field changed by someone
else since the operation is a clash (:class:`StaleEditError`), unless the user chose
what to keep (:class:`coopdesk.core.services.clashes.Resolution`); other fields merge.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, and_, delete, event, insert, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NEVER_SET, NO_VALUE

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.errors import DatabaseError, NotFoundError, StaleEditError, ValidationError
from coopdesk.core.model import Base
from coopdesk.core.services.clashes import Clash, Resolution, current_resolution, stale_error
from coopdesk.core.timezones import now_utc

R = TypeVar("R")
Row = Mapping[str, Any]
Link = tuple[str, tuple[tuple[str, Any], ...]]  # (table, sorted (column, value) pairs)

# Columns an undo does not put back: the version grows on every write, and a calendar
# item's sequence too (a calendar ignores a change with a lower SEQUENCE).
_COUNTERS = ("version", "sequence")
_NOT_LOGGED = {"version", "sequence", "logo", "id"}
_LOG = "change_log"


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
            k for k in self.after if k not in _COUNTERS and self.before.get(k) != self.after[k]
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
def _tables() -> dict[str, Table]:
    return {
        t.name: t for t in Base.metadata.sorted_tables if t.name not in (_LOG, "alembic_version")
    }


@cache
def _order() -> dict[str, int]:
    """Parents before children (creation order)."""
    return {name: i for i, name in enumerate(_tables())}


def _is_link(table: Table) -> bool:
    return "id" not in table.c


@cache
def _referrers(name: str) -> tuple[tuple[str, str, str | None], ...]:
    """(table, column, ondelete) of every foreign key pointing at ``name``'s ids."""
    out = []
    for table in _tables().values():
        for fk in table.foreign_keys:
            if fk.column.table.name == name:
                out.append((table.name, fk.parent.name, fk.ondelete))
    return tuple(out)


@cache
def _sensitive(name: str) -> frozenset[str]:
    return frozenset(c.name for c in _tables()[name].columns if c.info.get("sensitive"))


def _frozen(row: Any) -> Row:
    return MappingProxyType(dict(row))


def _link(table: str, row: Any) -> Link:
    return (table, tuple(sorted(dict(row).items())))


# --- watching a service's writes --------------------------------------------------------


@dataclass
class _Recorder:
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
        table = _tables()[name]
        found = {
            r["id"]: _frozen(r)
            for r in session.connection()
            .execute(select(table).where(table.c.id.in_(new)))
            .mappings()
        }
        for i in new:
            self.before[(name, i)] = found.get(i)
        self.watch_links(session, name, new)
        if cascade:
            for child, column, ondelete in _referrers(name):
                if _is_link(_tables()[child]):
                    continue
                table = _tables()[child]
                child_ids = list(
                    session.connection()
                    .execute(select(table.c.id).where(table.c[column].in_(new)))
                    .scalars()
                )
                self.watch(session, child, child_ids, cascade=ondelete == "CASCADE")

    def watch_links(self, session: Session, name: str, ids: list[int]) -> None:
        for child, column, _ondelete in _referrers(name):
            table = _tables()[child]
            if not _is_link(table):
                continue
            scope = self.scopes.setdefault((child, column), set())
            fresh = [i for i in ids if i not in scope]
            if not fresh:
                continue
            scope.update(fresh)
            rows = session.connection().execute(select(table).where(table.c[column].in_(fresh)))
            self.links_before.update(_link(child, r) for r in rows.mappings())

    def created(self, name: str, ids: Iterable[int]) -> None:
        ids = list(ids)
        for i in ids:
            self.before.setdefault((name, i), None)
        for child, column, _ondelete in _referrers(name):
            if _is_link(_tables()[child]):
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
            table = _tables()[name]
            found = {
                r["id"]: _frozen(r)
                for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
            }
            for i in ids:
                after[(name, i)] = found.get(i)
        links_after: set[Link] = set()
        for (child, column), scope in self.scopes.items():
            if scope and conn is not None:
                table = _tables()[child]
                rows = conn.execute(select(table).where(table.c[column].in_(sorted(scope))))
                links_after.update(_link(child, r) for r in rows.mappings())
        changes = [
            RowChange(name, i, before, after[(name, i)])
            for (name, i), before in self.before.items()
            if _differs(before, after[(name, i)])
        ]
        changes.sort(key=lambda c: (_order()[c.table], c.id))
        return Operation(
            rows=tuple(changes),
            links_added=frozenset(links_after - self.links_before),
            links_removed=frozenset(self.links_before - links_after),
        )


_CURRENT: ContextVar[_Recorder | None] = ContextVar("coopdesk_operation", default=None)


def _name(obj: Any) -> str | None:
    table = getattr(obj, "__table__", None)
    name = getattr(table, "name", None)
    return name if name in _tables() else None


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
        (c for c in rows.values() if _differs(c.before, c.after)),
        key=lambda c: (_order()[c.table], c.id),
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


_RETRIES = 3
_RACES = ("record.changed_meanwhile", "database.busy")


def record(action: Callable[[], R]) -> Operation[R]:
    """Run ``action`` (one service call, one transaction) and return what it did.

    A colleague's write landing between the read and the write of the action makes
    the database refuse it; it is then run again from the start, so its own checks
    (a clash on a field, a merge of different fields) see the colleague's version.
    """
    for attempt in range(_RETRIES):
        recorder = _Recorder()
        token = _CURRENT.set(recorder)
        try:
            result = action()
        except (StaleEditError, DatabaseError) as error:
            # A colleague's write to the same row won the race (or, on SQLite, held
            # the file): read again and decide again.
            if error.code not in _RACES or attempt == _RETRIES - 1:
                raise
            continue
        finally:
            _CURRENT.reset(token)
        done = recorder.operation or Operation()
        return Operation(done.rows, done.links_added, done.links_removed, result)
    raise StaleEditError("record.changed_meanwhile", None)  # pragma: no cover


# --- writing an operation back ----------------------------------------------------------


def undo(
    db: Database, operation: Operation[Any], resolution: Resolution | None = None
) -> Operation[None]:
    """Reverse ``operation``; returns what was done (redo is the undo of that)."""
    return apply(db, operation.inverse(), resolution)


def redo(
    db: Database, undone: Operation[Any], resolution: Resolution | None = None
) -> Operation[None]:
    """Do again what :func:`undo` reversed (``undone`` is what it returned)."""
    return apply(db, undone.inverse(), resolution)


def apply(
    db: Database, target: Operation[Any], resolution: Resolution | None = None
) -> Operation[None]:
    """Bring each record of ``target`` from its ``before`` to its ``after``, in one
    transaction, checking that nobody else changed it meanwhile."""
    resolution = resolution or current_resolution()
    for attempt in range(_RETRIES):
        try:
            with db.session() as session:
                return _apply(session, target, resolution)
        except _KeepTheirs:
            return Operation()
        except _Raced:
            if attempt == _RETRIES - 1:
                raise StaleEditError("record.changed_meanwhile", None) from None
    raise StaleEditError("record.changed_meanwhile", None)  # pragma: no cover


class _Raced(Exception):
    """A colleague wrote the same row between our read and our write."""


def _label(table: str, row: Row | None) -> str:
    if row is None:
        return ""
    for key in ("title", "name"):
        if isinstance(row.get(key), str):
            return str(row[key])
    if "last_name" in row:
        return f"{row.get('first_name') or ''} {row['last_name']}".strip()
    return ""


def _shown(conn: Any, target: Operation[Any], name: str, key: str, value: Any) -> Any:
    """A value as the user knows it: a link to another record (a venue, a person) by
    that record's name rather than its number (the name it has now, or the one it gets
    back from ``target``); the number when it has none."""
    if value is None:
        return None
    for fk in _tables()[name].c[key].foreign_keys:
        parent = fk.column.table
        coming = [c.after for c in target.rows if (c.table, c.id) == (parent.name, value)]
        found = (
            coming[0]
            if coming and coming[0] is not None
            else conn.execute(select(parent).where(fk.column == value)).mappings().first()
        )
        label = _label(parent.name, found) if found is not None else ""
        return label or value
    return value


def _apply(session: Session, target: Operation[Any], resolution: Resolution) -> Operation[None]:
    conn = session.connection()
    tables = _tables()
    current: dict[tuple[str, int], Row | None] = {}
    by_table: dict[str, list[int]] = {}
    for c in target.rows:
        by_table.setdefault(c.table, []).append(c.id)
    for name, ids in by_table.items():
        table = tables[name]
        found = {
            r["id"]: _frozen(r)
            for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()
        }
        for i in ids:
            current[(name, i)] = found.get(i)

    clashes: list[Clash] = []
    plan: list[tuple[RowChange, Row | None, dict[str, Any]]] = []
    for c in target.rows:
        now = current[(c.table, c.id)]
        entity = c.table
        if c.before is None:  # to create (again)
            if now is not None:
                if _same(now, c.after):
                    continue
                raise ValidationError("undo.record_exists", None, entity=entity, id=c.id)
            plan.append((c, None, {}))
        elif c.after is None:  # to delete
            if now is None:
                continue  # already gone: nothing to do
            theirs = _changed_since(c.before, now)
            for key in theirs:
                shown = _shown(conn, target, c.table, key, now[key])
                clash = Clash(entity, c.id, _label(c.table, now), key, shown, None)
                if resolution.choice(clash) is None:
                    clashes.append(clash)
                elif resolution.choice(clash) == "theirs":
                    raise _KeepTheirs
            plan.append((c, now, {}))
        else:  # to update
            if now is None:
                raise NotFoundError(
                    "undo.record_deleted",
                    None,
                    entity=entity,
                    id=c.id,
                    name=_label(c.table, c.before),
                )
            values: dict[str, Any] = {}
            for key in c.fields:
                mine, before, theirs = c.after[key], c.before[key], now[key]
                if theirs != before and theirs != mine:
                    clash = Clash(
                        entity,
                        c.id,
                        _label(c.table, now),
                        key,
                        _shown(conn, target, c.table, key, theirs),
                        _shown(conn, target, c.table, key, mine),
                    )
                    choice = resolution.choice(clash)
                    if choice is None:
                        clashes.append(clash)
                        continue
                    if choice == "theirs":
                        continue
                if theirs != mine:
                    values[key] = mine
            if values:
                plan.append((c, now, values))
    if clashes:
        raise stale_error(clashes)

    recorder = _Recorder()
    token = _CURRENT.set(recorder)
    try:
        # Watch what is about to change, so the result can itself be reversed.
        for c, now, _values in plan:
            if now is not None:
                recorder.watch(session, c.table, [c.id], cascade=c.after is None)
        for name in {lk[0] for lk in target.links_added | target.links_removed}:
            for lk in target.links_added | target.links_removed:
                if lk[0] == name:
                    for column, value in lk[1]:
                        scope = recorder.scopes.setdefault((name, column), set())
                        if value not in scope:
                            scope.add(value)
                            recorder.links_before.update(
                                _link(name, r)
                                for r in conn.execute(
                                    select(tables[name]).where(tables[name].c[column] == value)
                                ).mappings()
                            )
        log: list[dict[str, Any]] = []
        creates = sorted(
            (p for p in plan if p[0].before is None), key=lambda p: _order()[p[0].table]
        )
        for c, _now, _v in creates:
            assert c.after is not None
            try:
                with conn.begin_nested():
                    conn.execute(insert(tables[c.table]).values(dict(c.after)))
            except IntegrityError:
                raise ValidationError(
                    "undo.cannot_restore", None, entity=c.table, name=_label(c.table, c.after)
                ) from None
            recorder.created(c.table, [c.id])
            log.append(_log_row(session, c.table, c.id, "create", c.after, None, c.after))
        for c, now, values in plan:
            if c.before is None or c.after is None:
                continue
            assert now is not None
            table = tables[c.table]
            extra = {k: now[k] + 1 for k in _COUNTERS if k in table.c and now.get(k) is not None}
            where = table.c.id == c.id
            if "version" in table.c:
                where = and_(where, table.c.version == now["version"])
            result = conn.execute(update(table).where(where).values(**values, **extra))
            if result.rowcount != 1:
                raise _Raced
            log.append(
                _log_row(
                    session, c.table, c.id, "update", c.after, {k: now[k] for k in values}, values
                )
            )
        _apply_links(conn, target)
        deletes = sorted(
            (p for p in plan if p[0].after is None), key=lambda p: -_order()[p[0].table]
        )
        _check_nothing_newer(conn, {(p[0].table, p[0].id) for p in deletes})
        for c, now, _v in deletes:
            assert now is not None
            table = tables[c.table]
            where = table.c.id == c.id
            if "version" in table.c:
                where = and_(where, table.c.version == now["version"])
            if conn.execute(delete(table).where(where)).rowcount != 1:
                if conn.execute(select(table.c.id).where(table.c.id == c.id)).first() is None:
                    continue  # removed with its parent
                raise _Raced
            log.append(_log_row(session, c.table, c.id, "delete", now, None, None))
        if log:
            conn.execute(insert(Base.metadata.tables[_LOG]), log)
        return recorder.finish(session)
    finally:
        _CURRENT.reset(token)


class _KeepTheirs(Exception):
    """The user kept a colleague's version of a record the undo would delete."""


def _differs(before: Row | None, after: Row | None) -> bool:
    """Whether a row was created, deleted or changed in more than its version or
    sequence (a change of those alone is nothing the user could undo)."""
    if before is None or after is None:
        return before is not after
    return any(before.get(k) != v for k, v in after.items() if k not in _COUNTERS)


def _same(a: Row, b: Row | None) -> bool:
    return b is not None and all(a.get(k) == v for k, v in b.items() if k not in _COUNTERS)


def _changed_since(before: Row, now: Row) -> list[str]:
    return [k for k in now if k not in _COUNTERS and now[k] != before.get(k)]


def _check_nothing_newer(conn: Any, deleting: set[tuple[str, int]]) -> None:
    """Refuse to delete a record someone else has since given records or links of its
    own (a participant added to an event the undo would delete, an attendance): the
    database would delete them along with it, unseen."""
    for name, row_id in sorted(deleting):
        for child, column, ondelete in _referrers(name):
            if ondelete != "CASCADE":
                continue
            table = _tables()[child]
            if _is_link(table):
                found = conn.execute(select(*table.c).where(table.c[column] == row_id)).first()
                if found is not None:
                    raise ValidationError("undo.newer_records", None, entity=name, id=row_id)
                continue
            for child_id in conn.execute(
                select(table.c.id).where(table.c[column] == row_id)
            ).scalars():
                if (child, child_id) not in deleting:
                    raise ValidationError("undo.newer_records", None, entity=name, id=row_id)


def _apply_links(conn: Any, target: Operation[Any]) -> None:
    tables = _tables()
    for name, pairs in sorted(target.links_removed):
        table = tables[name]
        conn.execute(delete(table).where(and_(*(table.c[k] == v for k, v in pairs))))
    for name, pairs in sorted(target.links_added):
        table = tables[name]
        where = and_(*(table.c[k] == v for k, v in pairs))
        if conn.execute(select(*table.c).where(where)).first() is not None:
            continue
        # Both ends must still exist: a colleague may have removed one.
        alive = True
        for k, v in pairs:
            for fk in table.c[k].foreign_keys:
                parent = fk.column.table
                if conn.execute(select(parent.c.id).where(parent.c.id == v)).first() is None:
                    alive = False
        if alive:
            conn.execute(insert(table).values(dict(pairs)))


def _log_row(
    session: Session,
    name: str,
    row_id: int,
    action: str,
    row: Row,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """A change-log entry in the form the flush hook writes (sensitive values masked)."""
    sensitive = _sensitive(name)
    changes: dict[str, list[Any]] = {}
    if action == "create" and after is not None:
        for key, value in after.items():
            if key not in _NOT_LOGGED and value is not None:
                changes[key] = [None, audit.MASK if key in sensitive else audit.plain_value(value)]
    elif action == "update" and after is not None and before is not None:
        for key, value in after.items():
            if key in _NOT_LOGGED:
                continue
            old = before.get(key)
            if key in sensitive:
                changes[key] = [
                    audit.MASK if old is not None else None,
                    audit.MASK if value is not None else None,
                ]
            else:
                changes[key] = [audit.plain_value(old), audit.plain_value(value)]
    event_id = row_id if name == "event" else row.get("event_id")
    return {
        "at": now_utc(),
        "user": session.info.get("user") or audit.current_user(),
        "entity": name,
        "entity_id": row_id,
        "event_id": event_id if isinstance(event_id, int) else None,
        "action": action,
        "changes": json.dumps(changes, ensure_ascii=False),
        "summary": _summary(name, row),
    }


def _summary(name: str, row: Row) -> str:
    label = _label(name, row)
    if not label and name == "participation":
        label = f"person {row.get('person_id')} in event {row.get('event_id')}"
    return label[:300]


__all__ = [
    "Operation",
    "RowChange",
    "apply",
    "created",
    "record",
    "redo",
    "undo",
]
