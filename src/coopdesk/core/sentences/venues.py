"""The sentences of the venues' errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "venue.in_use": "Le lieu « {name} » est utilisé au programme : {uses}. "
        "Choisissez un autre lieu pour ces éléments, ou fusionnez ce lieu avec un autre.",
        "venue.merge_itself": "Un lieu ne peut pas être fusionné avec lui-même.",
    },
    "en": {
        "venue.in_use": "The venue “{name}” is used in the programme: {uses}. Choose "
        "another venue for these items, or merge this venue into another.",
        "venue.merge_itself": "A venue cannot be merged into itself.",
    },
}
