"""What every service module shares: loading a row or saying it does not exist."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import and_, or_, true
from sqlalchemy.orm import Session

from coopdesk.core.errors import NotFoundError
from coopdesk.core.model import Base, fold_name

M = TypeVar("M", bound=Base)


def get_row(session: Session, cls: type[M], row_id: int, entity: str) -> M:
    row = session.get(cls, row_id)
    if row is None:
        raise NotFoundError(f"{entity}.not_found", None, id=row_id)
    return row


def assign(row: Base, values: dict[str, object]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_text(
    search: str, *columns: Any, folded: Any = None, also: Callable[[str], Any] | None = None
) -> Any:
    """A WHERE clause: every word of ``search`` is in one of ``columns`` (case aside),
    or in ``folded``, a column of names without accents (``Person.sort_key``): "helene
    dupont" finds Hélène Dupont; or ``also(word)`` holds (a clause of its own, such as
    :func:`coopdesk.core.services.search.in_organisation`). ``%`` and ``_`` are searched
    as they are typed."""
    clauses = []
    for word in search.split():
        pattern = _like(word)
        alternatives = [column.ilike(pattern, escape="\\") for column in columns]
        if folded is not None:
            alternatives.append(folded.like(_like(fold_name(word)), escape="\\"))
        if also is not None:
            alternatives.append(also(word))
        clauses.append(or_(*alternatives))
    return and_(true(), *clauses)
