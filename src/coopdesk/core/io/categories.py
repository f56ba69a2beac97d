"""Badge categories in an imported list: the office's own, or new ones.

A category cell is read as one of the built-in words (``Élu``, ``Presse``…); any other
word is kept as a :class:`CategoryName`. The preview then matches each such name with
the office's categories (by code or by French or English name, case and accents
aside) and lists those still unknown as new categories, made by the same all-or-nothing
transaction that writes the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core.enums import BadgeCategory
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.parsers import as_text
from coopdesk.core.io.vocabularies import parse_word
from coopdesk.core.model import BadgeCategoryRecord, fold_name
from coopdesk.core.services.categories import add_category, code_for, find_category

if TYPE_CHECKING:
    from coopdesk.core.io.rows import ParsedRows

_MAX_NAME = 100
_BUILT_IN = [c.value for c in BadgeCategory]


class CategoryName(str):
    """A category named in a file that is not one of the built-in words."""

    __slots__ = ()


def parse_category(cell: Any) -> Any:
    """A built-in category, or the cell's text as a :class:`CategoryName`."""
    try:
        return parse_word("category", cell)
    except ValidationError:
        text = as_text(cell)
        if len(text) > _MAX_NAME:
            raise ValidationError(
                "field.too_long", "category", length=len(text), max=_MAX_NAME
            ) from None
        return CategoryName(text)


def _office_own(session: Session, parsed: ParsedRows, raw: Sequence[Any]) -> None:
    """Where a cell names one of the office's own categories ("Chauffeur", made in the
    settings), it is that one, even when a built-in word says the same ("chauffeur" is
    also a word for the staff)."""
    own = session.scalars(
        select(BadgeCategoryRecord).where(BadgeCategoryRecord.code.not_in(_BUILT_IN))
    ).all()
    if not own:
        return
    names = {fold_name(n): row.code for row in own for n in (row.label_fr, row.label_en)}
    column = parsed.columns.get("category")
    if column is None:
        return
    for position, cell in enumerate(raw):
        code = names.get(fold_name(as_text(cell))) if cell not in (None, "") else None
        if code is not None:
            column[position] = code


def resolve_categories(
    session: Session, parsed: ParsedRows, raw: Sequence[Any] | None = None
) -> dict[str, str]:
    """Replace the category names of ``parsed`` by the office's codes; returns the new
    categories to make, code → name (in the order the file first names them). ``raw``
    holds the category cells as the file gives them, a row per row of ``parsed``."""
    column = parsed.columns.get("category")
    if not column:
        return {}
    if raw is not None:
        _office_own(session, parsed, raw)
        column = parsed.columns["category"]
    named = {v for v in column if isinstance(v, CategoryName)}
    if not named:
        return {}
    codes: dict[str, str] = {}
    new: dict[str, str] = {}
    taken: set[str] = set()
    for name in dict.fromkeys(v for v in column if isinstance(v, CategoryName)):
        found = find_category(session, name)
        if found is not None:
            codes[name] = found.code
            continue
        same = next((c for c, label in new.items() if code_for(label) == code_for(name)), None)
        if same is not None:  # "Entreprise" and "entreprise" in one file: one category
            codes[name] = same
            continue
        code = _free_code(session, code_for(name), taken)
        taken.add(code)
        new[code] = str(name)
        codes[name] = code
    parsed.columns["category"] = [codes.get(v, v) if v in named else v for v in column]
    return new


def _free_code(session: Session, wanted: str, taken: set[str]) -> str:
    code, n = wanted, 2
    while code in taken or session.query(BadgeCategoryRecord.id).filter_by(code=code).first():
        suffix = f"_{n}"
        code, n = wanted[: 32 - len(suffix)] + suffix, n + 1
    return code


def create_categories(session: Session, new: Mapping[str, str]) -> list[str]:
    """Make the new categories of a preview, in the import's transaction; refused when
    one was made meanwhile (the preview is then read again)."""
    made = []
    for code, name in new.items():
        if find_category(session, name) is not None or (
            session.query(BadgeCategoryRecord.id).filter_by(code=code).first()
        ):
            raise ValidationError(
                "import.changed_since_preview", None, reason=f"category {name} added meanwhile"
            )
        row = add_category(session, {"label_fr": name})
        if row.code != code:  # the same rule made the preview's code: never expected
            row.code = code
        made.append(row.code)
    session.flush()
    return made
