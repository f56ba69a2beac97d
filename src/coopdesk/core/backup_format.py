"""What a JSON backup holds and must hold to be restored: each value as JSON writes
it (dates, amounts, binary data) and read back, every value checked against the
column it goes into, keys that hold together, and the tables the migrations fill
themselves kept apart from the office's data.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum

from coopdesk.core.errors import DatabaseError, ValidationError
from coopdesk.core.model import Base, UTCDateTime
from coopdesk.core.timezones import check_timezone

FORMAT = "coopdesk-backup"


def value_to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def value_from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, Numeric):
        return Decimal(value)
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


def _bad(code: str, table: str, row: int, column: str, **values: Any) -> DatabaseError:
    return DatabaseError(code, table=table, line=row, column=column, **values)


def _check_value(table: str, n: int, column: Column[Any], value: Any) -> Any:
    """``value`` of ``column`` as the database takes it, or a refusal in words."""
    name = column.key
    if value is None:
        # A column that never holds nothing cannot be given nothing: its default only
        # stands in for a value left out, and NULL would fail at the insert.
        if not column.nullable:
            raise _bad("backup.missing_value", table, n, name)
        return None
    kind = column.type
    if isinstance(kind, SAEnum):
        if not isinstance(value, str) or value not in kind.enums:
            raise _bad("backup.unknown_choice", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**31:
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    if isinstance(kind, Numeric):
        try:
            number = Decimal(str(value)) if isinstance(value, (str, int, float)) else None
        except ArithmeticError:
            number = None
        if isinstance(value, bool) or number is None or not number.is_finite():
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        digits = len(number.as_tuple().digits) - max(0, -int(number.as_tuple().exponent))
        if kind.precision is not None and digits > kind.precision - (kind.scale or 0):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return number
    if isinstance(kind, UTCDateTime):
        moment = _parse(datetime.fromisoformat, value)
        if moment is None or moment.tzinfo is None:
            raise _bad("backup.bad_date", table, n, name, value=_short(value))
        return moment
    if isinstance(kind, Date):
        day = _parse(date.fromisoformat, value)
        if day is None:
            raise _bad("backup.bad_date", table, n, name, value=_short(value))
        return day
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(value, validate=True) if isinstance(value, str) else None
        except (ValueError, TypeError):
            raise _bad("backup.wrong_type", table, n, name, value=_short(value)) from None
    if isinstance(kind, (String, Text)):
        if not isinstance(value, str) or "\x00" in value:
            raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise _bad("backup.too_long", table, n, name, length=len(value), max=length)
        if name.endswith("timezone"):
            try:
                check_timezone(value)
            except ValidationError:
                raise _bad("backup.unknown_zone", table, n, name, value=_short(value)) from None
        if table == "change_log" and name == "changes":
            try:
                changes = json.loads(value)
            except ValueError:
                changes = None
            if not isinstance(changes, dict) or not all(
                isinstance(v, list) for v in changes.values()
            ):
                raise _bad("backup.wrong_type", table, n, name, value=_short(value))
        return value
    return value


def _parse(parse: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return parse(value)
    except (ValueError, TypeError):
        return None


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return shown if len(shown) <= 40 else shown[:39] + "…"


# Tables the migrations fill in every new database: rows there are not the office's data.
_SEEDED = frozenset({"badge_category"})


def validate(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows of a backup at the current schema, each value as the database takes it;
    a :class:`DatabaseError` saying what is wrong, and where, otherwise."""
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise DatabaseError("backup.no_tables")
    known = {t.name: t for t in Base.metadata.sorted_tables}
    unknown = sorted(str(name) for name in tables if name not in known)
    if unknown:
        raise DatabaseError("backup.unknown_table", table=_short(unknown[0]))
    missing = [name for name in known if name not in tables]
    if missing:
        raise DatabaseError("backup.missing_table", table=missing[0])
    if not any(rows for name, rows in tables.items() if name not in _SEEDED):
        # Only what the migrations put in every database (badge categories): a restore
        # would empty the office's data.
        raise DatabaseError("backup.empty")
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, table in known.items():
        given = tables[name]
        if not isinstance(given, list):
            raise DatabaseError("backup.not_rows", table=name)
        columns = {c.key: c for c in table.columns}
        checked = []
        for n, row in enumerate(given, start=1):
            if not isinstance(row, dict):
                raise DatabaseError("backup.not_rows", table=name)
            extra = sorted(str(k) for k in row if k not in columns)
            if extra:
                raise _bad("backup.unknown_column", name, n, _short(extra[0]))
            values = {}
            for key, column in columns.items():
                if key in row:
                    values[key] = _check_value(name, n, column, row[key])
                elif (
                    not column.nullable
                    and column.default is None
                    and column.server_default is None
                    and not (column.primary_key and column.autoincrement is True)
                ):
                    raise _bad("backup.missing_value", name, n, key)
            checked.append(values)
        rows[name] = checked
    _check_keys(rows)
    return rows


def _check_keys(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Primary keys and unique fields without duplicates; every reference to a row that
    the backup holds."""
    for table in Base.metadata.sorted_tables:
        uniques = [tuple(c.key for c in table.primary_key.columns)]
        uniques += [
            tuple(c.key for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        uniques += [(c.key,) for c in table.columns if c.unique]
        for keys in uniques:
            seen: set[tuple[Any, ...]] = set()
            for n, row in enumerate(rows[table.name], start=1):
                if any(row.get(k) is None for k in keys):
                    continue
                value = tuple(row[k] for k in keys)
                if value in seen:
                    raise _bad(
                        "backup.duplicate", table.name, n, ", ".join(keys), value=_short(value[0])
                    )
                seen.add(value)
        for fk in table.foreign_keys:
            target = fk.column.table.name
            present = {r.get(fk.column.key) for r in rows[target]}
            key = fk.parent.key
            for n, row in enumerate(rows[table.name], start=1):
                if row.get(key) is not None and row[key] not in present:
                    raise _bad("backup.dangling", table.name, n, key, target=target, id=row[key])
