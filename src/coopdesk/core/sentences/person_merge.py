"""The sentences of the merging and the removal of people's records, in French and
English (part of :mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "person.merge_itself": "Une fiche ne peut pas être fusionnée avec elle-même.",
        "person.merge_same_event": "{kept} et {other} participent tous deux à {events} : "
        "retirez d'abord l'une des deux participations de l'événement, puis fusionnez.",
        "person.in_events": "{name} participe à {count} {count:événement|événements} : "
        "retirez d'abord {count:sa participation|ses participations}, ou effacez la "
        "personne pour de bon depuis sa fiche (droit à l'effacement).",
    },
    "en": {
        "person.merge_itself": "A record cannot be merged into itself.",
        "person.merge_same_event": "{kept} and {other} both take part in {events}: first "
        "remove one of the two participations from the event, then merge.",
        "person.in_events": "{name} takes part in {count} {count:event|events}: first "
        "remove {count:their participation|their participations}, or erase the person for "
        "good from their record (right to erasure).",
    },
}
