"""User actions as operations that know how to reverse themselves.

A service call made inside :func:`record` is watched as it writes
(:mod:`coopdesk.core.services.operation_recording`, whose names are given here too).
The result, an :class:`Operation`, is a plain value: :func:`undo` and :func:`redo`
write it back in one transaction, with the same ids, uids, links and versions.

An undo never overwrites a colleague's work silently: a field changed by someone
else since the operation is a clash (:class:`StaleEditError`), unless the user chose
what to keep (:class:`coopdesk.core.services.clashes.Resolution`); other fields merge.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.model import Base
from coopdesk.core.services.clashes import Clash, Resolution, current_resolution, stale_error
from coopdesk.core.services.operation_recording import (
    CHANGE_LOG,
    COUNTERS,
    NOT_LOGGED,
    RETRIES,
    Operation,
    Row,
    RowChange,
    created,
    frozen_row,
    is_link_table,
    link_key,
    mapped_tables,
    record,
    referrers,
    sensitive_columns,
    table_order,
    watching,
)
from coopdesk.core.timezones import now_utc

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
    for attempt in range(RETRIES):
        try:
            with db.session() as session:
                return _apply(session, target, resolution)
        except _KeepTheirs:
            return Operation()
        except _Raced:
            if attempt == RETRIES - 1:
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
    for fk in mapped_tables()[name].c[key].foreign_keys:
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
    tables = mapped_tables()
    current: dict[tuple[str, int], Row | None] = {}
    by_table: dict[str, list[int]] = {}
    for c in target.rows:
        by_table.setdefault(c.table, []).append(c.id)
    for name, ids in by_table.items():
        table = tables[name]
        found = {
            r["id"]: frozen_row(r)
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

    with watching() as recorder:
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
                                link_key(name, r)
                                for r in conn.execute(
                                    select(tables[name]).where(tables[name].c[column] == value)
                                ).mappings()
                            )
        log: list[dict[str, Any]] = []
        creates = sorted(
            (p for p in plan if p[0].before is None), key=lambda p: table_order()[p[0].table]
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
            extra = {k: now[k] + 1 for k in COUNTERS if k in table.c and now.get(k) is not None}
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
            (p for p in plan if p[0].after is None), key=lambda p: -table_order()[p[0].table]
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
            conn.execute(insert(Base.metadata.tables[CHANGE_LOG]), log)
        return recorder.finish(session)


class _KeepTheirs(Exception):
    """The user kept a colleague's version of a record the undo would delete."""


def _same(a: Row, b: Row | None) -> bool:
    return b is not None and all(a.get(k) == v for k, v in b.items() if k not in COUNTERS)


def _changed_since(before: Row, now: Row) -> list[str]:
    return [k for k in now if k not in COUNTERS and now[k] != before.get(k)]


def _check_nothing_newer(conn: Any, deleting: set[tuple[str, int]]) -> None:
    """Refuse to delete a record someone else has since given records or links of its
    own (a participant added to an event the undo would delete, an attendance): the
    database would delete them along with it, unseen."""
    for name, row_id in sorted(deleting):
        for child, column, ondelete in referrers(name):
            if ondelete != "CASCADE":
                continue
            table = mapped_tables()[child]
            if is_link_table(table):
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
    tables = mapped_tables()
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
    sensitive = sensitive_columns(name)
    changes: dict[str, list[Any]] = {}
    if action == "create" and after is not None:
        for key, value in after.items():
            if key not in NOT_LOGGED and value is not None:
                changes[key] = [None, audit.MASK if key in sensitive else audit.plain_value(value)]
    elif action == "update" and after is not None and before is not None:
        for key, value in after.items():
            if key in NOT_LOGGED:
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
