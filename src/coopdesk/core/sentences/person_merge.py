"""The sentences of the merging of two people's records, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "person.merge_itself": "Une fiche ne peut pas être fusionnée avec elle-même.",
        "person.merge_same_event": "{kept} et {other} participent tous deux à {events} : "
        "retirez d'abord l'une des deux participations de l'événement, puis fusionnez.",
    },
    "en": {
        "person.merge_itself": "A record cannot be merged into itself.",
        "person.merge_same_event": "{kept} and {other} both take part in {events}: first "
        "remove one of the two participations from the event, then merge.",
    },
}
