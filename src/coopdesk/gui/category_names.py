"""The office's badge categories as last read from the database, by code: what the
window's words need to name a category (kept apart from the categories dialog, so that
the translation helpers can ask it without importing the dialog back)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not at start: the categories service loads the ORM
    from coopdesk.core.services.categories import CategoryView

_KNOWN: dict[str, CategoryView] = {}


def remember(found: Iterable[CategoryView]) -> None:
    """Replace what is known by ``found`` (the categories just read)."""
    _KNOWN.clear()
    _KNOWN.update({c.code: c for c in found})


def name(code: str, language: str) -> str | None:
    """The office's name of the category ``code`` (None when not known here)."""
    known = _KNOWN.get(code)
    return known.label(language) if known else None
