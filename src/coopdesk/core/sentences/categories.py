"""The sentences of the badge categories' errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "category.unknown": "Catégorie inconnue : « {value} ». Les catégories se créent "
        "dans les paramètres (Catégories de badge).",
        "category.not_found": "Catégorie introuvable (n° {id}).",
        "category.duplicate": "La catégorie « {label} » existe déjà.",
        "category.in_use": "La catégorie « {label} » est celle de participants : "
        "retirez-la plutôt, elle ne sera plus proposée.",
        "colour.invalid": "« {value} » n'est pas une couleur (attendu : #RRVVBB, "
        "par exemple #0072B2).",
    },
    "en": {
        "category.unknown": "Unknown category “{value}”. Categories are created in the "
        "settings (Badge categories).",
        "category.not_found": "No such category (no. {id}).",
        "category.duplicate": "The category “{label}” already exists.",
        "category.in_use": "Participants have the category “{label}”: retire it instead, "
        "it will no longer be offered.",
        "colour.invalid": "“{value}” is not a colour (expected #RRGGBB, for example #0072B2).",
    },
}
