"""What every service module shares: loading a row or saying it does not exist."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import or_
from sqlalchemy.orm import Session

from coopdesk.core.errors import NotFoundError
from coopdesk.core.model import Base

M = TypeVar("M", bound=Base)


def get_row(session: Session, cls: type[M], row_id: int, entity: str) -> M:
    row = session.get(cls, row_id)
    if row is None:
        raise NotFoundError(f"{entity}.not_found", None, id=row_id)
    return row


def assign(row: Base, values: dict[str, object]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


def contains_text(search: str, *columns: Any) -> Any:
    """A WHERE clause: any of ``columns`` contains ``search`` (case-insensitive)."""
    pattern = f"%{search.strip()}%"
    return or_(*(column.ilike(pattern) for column in columns))
