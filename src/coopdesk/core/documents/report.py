"""What rendering a document returns, and the sentences of the documents' codes.

A render never prints a name wrongly without saying so: characters that no shipped
font holds, or a logo that cannot be read, come back as warnings (typed like errors,
with a code and values, so the CLI and the GUI word them in the user's language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.messages import register_messages


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


register_messages(
    {
        "fr": {
            "documents.missing_glyphs": "« {text} » : aucune police fournie ne contient "
            "{characters} ; ces caractères ne sont pas imprimés.",
            "documents.logo_unreadable": "Le logo de la collectivité n'est pas une image "
            "lisible (PNG ou JPEG) : les documents sont imprimés sans logo.",
            "documents.layout_not_found": "Gabarit de badge inconnu : « {name} » "
            "(gabarits disponibles : {names}).",
            "documents.layout_invalid": "Le gabarit {path} est incorrect : {reason}.",
            "documents.no_participants": "Aucun participant à imprimer pour cet événement.",
            "documents.list_kind": "Type de liste inconnu : « {kind} ».",
            "documents.item_required": "Indiquez l'élément du programme (--item) pour une "
            "feuille d'émargement.",
            "documents.item_not_in_event": "L'élément du programme n° {id} ne fait pas partie "
            "de cet événement.",
            "documents.write_failed": "Impossible d'écrire le document {path} : {reason}",
            "documents.not_pdf": "« {path} » ne se termine pas par .pdf : ce document est un "
            "PDF. Donnez un nom de fichier en .pdf (par exemple {suggestion}).",
        },
        "en": {
            "documents.missing_glyphs": "“{text}”: no shipped font holds {characters}; these "
            "characters are not printed.",
            "documents.logo_unreadable": "The authority's logo is not a readable image (PNG or "
            "JPEG): documents are printed without it.",
            "documents.layout_not_found": "Unknown badge layout “{name}” (available layouts: "
            "{names}).",
            "documents.layout_invalid": "The layout {path} is wrong: {reason}.",
            "documents.no_participants": "No participants to print for this event.",
            "documents.list_kind": "Unknown kind of list “{kind}”.",
            "documents.item_required": "Give the agenda item (--item) for a sign-in sheet.",
            "documents.item_not_in_event": "Agenda item no. {id} is not part of this event.",
            "documents.write_failed": "Cannot write the document {path}: {reason}",
            "documents.not_pdf": "“{path}” does not end in .pdf, and this document is a PDF. "
            "Give a file name ending in .pdf (for example {suggestion}).",
        },
    }
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
