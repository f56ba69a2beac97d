"""What rendering a document returns, and the sentences of the documents' codes.

A render never prints a name wrongly without saying so: characters that no shipped
font holds, or a logo that cannot be read, come back as warnings (typed like errors,
with a code and values, so the CLI and the GUI word them in the user's language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coopdesk.core.errors import CoopdeskError, ValidationError


class DocumentWarning(CoopdeskError):
    """Something printed less well than asked (not raised: returned with the report)."""


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """A written document: how many pages and what could not be printed as asked."""

    pages: int
    items: int
    warnings: tuple[DocumentWarning, ...] = field(default=())


def missing_glyphs(text: str, characters: str) -> DocumentWarning:
    return DocumentWarning(
        "documents.missing_glyphs",
        None,
        text=text,
        characters=" ".join(f"{c} (U+{ord(c):04X})" for c in characters),
    )


class WarningLog:
    """Warnings gathered while a document is drawn, each told once."""

    def __init__(self) -> None:
        self._warnings: dict[tuple[str, str], DocumentWarning] = {}

    def add(self, warning: DocumentWarning) -> None:
        key = (warning.code, repr(sorted(warning.values.items())))
        self._warnings.setdefault(key, warning)

    def note_missing(self, text: str, characters: str) -> None:
        if characters:
            self.add(missing_glyphs(text, characters))

    def as_tuple(self) -> tuple[DocumentWarning, ...]:
        return tuple(self._warnings.values())


def pdf_path(path: str) -> str:
    """``path`` for a PDF document: ``.pdf`` added to a name without a suffix; a name
    with another suffix (``badges.xlsx``) refused, as it would not open as it says."""
    given = Path(path)
    if given.suffix.lower() == ".pdf":
        return path
    if not given.suffix:
        return str(given.with_name(given.name + ".pdf"))
    raise ValidationError(
        "documents.not_pdf", "output", path=path, suggestion=str(given.with_suffix(".pdf"))
    )
