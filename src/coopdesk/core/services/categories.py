"""The office's badge categories: created, renamed, recoloured, reordered and retired.

A category has a short code (stored on each participation), a French and an English
name, a colour (the band of its badges, its mark in lists) and a place in lists. The
categories coopdesk always had are seeded by the migration that made the table; an
office adds its own ("Entreprise", "Chauffeur", "Interprète"...). A retired category is
no longer offered for new participants but stays on those that have it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import BadgeCategoryRecord, Participation, fold_name
from coopdesk.core.services import _fields as f
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import check_deletion, check_stale

_CODE = re.compile(r"[a-z0-9][a-z0-9_]{0,31}")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# Colours given in turn to new categories, far apart for the colour-blind (Tol's muted).
_NEW_COLOURS = ("#CC6677", "#117733", "#DDCC77", "#88CCEE", "#AA4499", "#44AA99", "#999933")


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: int
    code: str
    label_fr: str
    label_en: str
    colour: str
    position: int
    retired: bool
    version: int

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_fr


def _colour(value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    text = f.clean_text(value)
    if not _COLOUR.fullmatch(text):
        raise ValidationError("colour.invalid", field, value=value)
    return text.upper()


CATEGORY_FIELDS: Mapping[str, f.Coercer] = {
    "label_fr": f.text(100, required=True),
    "label_en": f.text(100),
    "colour": _colour,
    "retired": f.boolean,
}


def category_code(value: Any, field: str) -> str | None:
    """A category code as services take it (``elected``, ``entreprise``): its existence
    is checked with :func:`check_category`."""
    if value is None or value == "":
        return None
    text = value.value if hasattr(value, "value") else f.clean_text(value)
    if not isinstance(text, str) or not _CODE.fullmatch(text):
        raise ValidationError("category.unknown", field, value=value)
    return text


def code_for(label: str) -> str:
    """The code of a new category named ``label``: ``Entreprise`` → ``entreprise``."""
    folded = re.sub(r"[^a-z0-9]+", "_", fold_name(label)).strip("_")
    return (folded or "category")[:32]


def check_category(session: Session, code: str | None) -> None:
    """Refuse a category code the office does not have."""
    if code is None:
        return
    found = session.scalar(select(BadgeCategoryRecord.id).where(BadgeCategoryRecord.code == code))
    if found is None:
        raise ValidationError("category.unknown", "category", value=code)


def _view(row: BadgeCategoryRecord) -> CategoryView:
    return CategoryView(
        id=row.id,
        code=row.code,
        label_fr=row.label_fr,
        label_en=row.label_en,
        colour=row.colour,
        position=row.position,
        retired=row.retired,
        version=row.version,
    )


def list_categories(db: Database, *, include_retired: bool = True) -> list[CategoryView]:
    """The categories in the office's order (retired ones too unless told not to)."""
    query = select(BadgeCategoryRecord).order_by(
        BadgeCategoryRecord.position, BadgeCategoryRecord.id
    )
    if not include_retired:
        query = query.where(BadgeCategoryRecord.retired.is_(False))
    with db.session() as session:
        return [_view(r) for r in session.scalars(query)]


def categories_by_code(db: Database) -> dict[str, CategoryView]:
    return {c.code: c for c in list_categories(db)}


def category_names(db: Database, language: str) -> dict[str, str]:
    """The office's name of each category in ``language``, by code."""
    return {c.code: c.label(language) for c in list_categories(db)}


def _unique_code(session: Session, wanted: str) -> str:
    taken = set(session.scalars(select(BadgeCategoryRecord.code)))
    code, n = wanted, 2
    while code in taken:
        suffix = f"_{n}"
        code, n = wanted[: 32 - len(suffix)] + suffix, n + 1
    return code


def _check_label_free(session: Session, label: str, but: int | None = None) -> None:
    folded = fold_name(label)
    for row_id, fr, en in session.execute(
        select(BadgeCategoryRecord.id, BadgeCategoryRecord.label_fr, BadgeCategoryRecord.label_en)
    ):
        if row_id != but and folded in (fold_name(fr), fold_name(en)):
            raise ValidationError("category.duplicate", "label_fr", label=label)


def add_category(session: Session, values: Mapping[str, Any]) -> BadgeCategoryRecord:
    """Make a category in ``session`` (the import makes its new ones in its own
    transaction); the code comes from the French name, the colour is chosen if none."""
    data = f.coerce_all(values, CATEGORY_FIELDS, "category")
    if not data.get("label_fr"):
        raise ValidationError("field.required", "label_fr")
    _check_label_free(session, data["label_fr"])
    data["label_en"] = data.get("label_en") or data["label_fr"]
    count = session.scalar(select(func.count()).select_from(BadgeCategoryRecord)) or 0
    data["colour"] = data.get("colour") or _NEW_COLOURS[count % len(_NEW_COLOURS)]
    last = session.scalar(select(func.max(BadgeCategoryRecord.position)))
    row = BadgeCategoryRecord(
        code=_unique_code(session, code_for(data["label_fr"])),
        position=(last or 0) + 1,
        retired=data.get("retired", False),
        **{k: v for k, v in data.items() if k != "retired"},
    )
    session.add(row)
    session.flush()
    return row


def create_category(db: Database, **values: Any) -> CategoryView:
    with db.session() as session:
        return _view(add_category(session, values))


def update_category(
    db: Database, category_id: int, changes: Mapping[str, Any], seen: CategoryView | None = None
) -> CategoryView:
    """Rename, recolour, retire or bring back a category, from the version ``seen``."""
    data = f.coerce_all(changes, CATEGORY_FIELDS, "category")
    if "label_fr" in data and not data["label_fr"]:
        raise ValidationError("field.required", "label_fr")
    if "colour" in data and data["colour"] is None:
        raise ValidationError("field.required", "colour")
    with db.session() as session:
        row = get_row(session, BadgeCategoryRecord, category_id, "category")
        check_stale("category", category_id, seen, row, data)
        if data.get("label_fr"):
            _check_label_free(session, data["label_fr"], but=category_id)
        if "label_en" in data and not data["label_en"]:
            data["label_en"] = data.get("label_fr") or row.label_fr
        assign(row, data)
        session.flush()
        return _view(row)


def move_category(db: Database, category_id: int, step: int) -> list[CategoryView]:
    """Move a category ``step`` places up (negative) or down the office's order."""
    with db.session() as session:
        rows = list(
            session.scalars(
                select(BadgeCategoryRecord).order_by(
                    BadgeCategoryRecord.position, BadgeCategoryRecord.id
                )
            )
        )
        index = next((i for i, r in enumerate(rows) if r.id == category_id), None)
        if index is None:
            raise ValidationError("category.not_found", None, id=category_id)
        target = max(0, min(len(rows) - 1, index + step))
        rows.insert(target, rows.pop(index))
        for position, row in enumerate(rows):
            if row.position != position:
                row.position = position
        session.flush()
        return [_view(r) for r in rows]


def category_uses(db: Database, category_id: int) -> int:
    """How many participations have the category."""
    with db.session() as session:
        row = get_row(session, BadgeCategoryRecord, category_id, "category")
        return int(
            session.scalar(select(func.count()).where(Participation.category == row.code)) or 0
        )


def delete_category(db: Database, category_id: int, seen: CategoryView | None = None) -> None:
    """Delete a category no participation has (one in use is retired instead); what a
    colleague changed in it since ``seen`` is a clash the user settles first."""
    with db.session() as session:
        row = get_row(session, BadgeCategoryRecord, category_id, "category")
        kept = check_deletion("category", category_id, seen, row, CATEGORY_FIELDS, row.label_fr)
        if kept:
            return
        used = session.scalar(select(Participation.id).where(Participation.category == row.code))
        if used is not None:
            raise ValidationError("category.in_use", None, label=row.label_fr)
        session.delete(row)


def find_category(session: Session, text: str) -> BadgeCategoryRecord | None:
    """The category whose code, French or English name is ``text`` (case and accents
    aside), if the office has one."""
    folded = fold_name(text)
    for row in session.scalars(select(BadgeCategoryRecord).order_by(BadgeCategoryRecord.id)):
        if folded in (row.code.replace("_", " "), fold_name(row.label_fr), fold_name(row.label_en)):
            return row
    return None
