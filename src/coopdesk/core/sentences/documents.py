"""The sentences of the printed documents' warnings and errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
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
        "documents.layout_not_found": "Unknown badge layout “{name}” (available layouts: {names}).",
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
