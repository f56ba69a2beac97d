"""The words printed on documents, in French and English.

Documents take their language as an argument (one programme in French for the
mayor's office, one in English for the guests), so these are plain dictionaries
rather than the interface's translations. Domain vocabularies (categories, item
types) come from :mod:`coopdesk.core.labels`.
"""

from __future__ import annotations

from collections.abc import Mapping

from coopdesk.core.errors import ValidationError
from coopdesk.core.wording import fill

LANGUAGES = ("fr", "en")

_FR: Mapping[str, str] = {
    "badges": "Badges",
    "tents": "Chevalets",
    "programme": "Programme",
    "personal_programme": "Programme personnel — {name}",
    "participants": "Liste des participants",
    "by_organisation": "Participants par organisation",
    "by_category": "Participants par catégorie",
    "arrivals": "Arrivées et départs",
    "rooming": "Liste d'hébergement",
    "sign_in": "Feuille d'émargement",
    "page": "page {page} / {pages}",
    "printed_on": "Édité le {date}",
    "count": "{count} {count:participant|participants}",
    "no": "N°",
    "name": "Nom",
    "function": "Fonction",
    "organisation": "Organisation",
    "category": "Catégorie",
    "status": "Statut",
    "signature": "Signature",
    "arrival": "Arrivée",
    "arrivals_section": "Arrivées",
    "departures_section": "Départs",
    "departure": "Départ",
    "hotel": "Hôtel",
    "room": "Chambre",
    "check_in": "Du",
    "check_out": "Au",
    "nights": "Nuits",
    "time": "Heure",
    "time_unknown": "heure à préciser",
    "transport": "Transport",
    "place": "Lieu",
    "venue": "Lieu",
    "paris_time": "Heure de Paris",
    "local_time": "Heure locale",
    "cancelled": "Annulé",
    "no_organisation": "Sans organisation",
    "no_hotel": "Hôtel à confirmer",
    "nothing": "Rien à afficher.",
    "times_in": "Heures locales ({zone}) ; heure de Paris en regard.",
}

_EN: Mapping[str, str] = {
    "badges": "Badges",
    "tents": "Name tents",
    "programme": "Programme",
    "personal_programme": "Personal programme — {name}",
    "participants": "Participants",
    "by_organisation": "Participants by organisation",
    "by_category": "Participants by category",
    "arrivals": "Arrivals and departures",
    "rooming": "Rooming list",
    "sign_in": "Sign-in sheet",
    "page": "page {page} / {pages}",
    "printed_on": "Printed on {date}",
    "count": "{count} {count:participant|participants}",
    "no": "No.",
    "name": "Name",
    "function": "Function",
    "organisation": "Organisation",
    "category": "Category",
    "status": "Status",
    "signature": "Signature",
    "arrival": "Arrival",
    "arrivals_section": "Arrivals",
    "departures_section": "Departures",
    "departure": "Departure",
    "hotel": "Hotel",
    "room": "Room",
    "check_in": "From",
    "check_out": "To",
    "nights": "Nights",
    "time": "Time",
    "time_unknown": "time to be confirmed",
    "transport": "Transport",
    "place": "Place",
    "venue": "Venue",
    "paris_time": "Paris time",
    "local_time": "Local time",
    "cancelled": "Cancelled",
    "no_organisation": "No organisation",
    "no_hotel": "Hotel to be confirmed",
    "nothing": "Nothing to show.",
    "times_in": "Local times ({zone}); Paris time alongside.",
}

_TABLES: Mapping[str, Mapping[str, str]] = {"fr": _FR, "en": _EN}


def check_language(language: str) -> str:
    """``language`` if documents can be printed in it, else a ValidationError."""
    if language not in LANGUAGES:
        raise ValidationError("language.unsupported", "language", value=language)
    return language


def word(key: str, language: str, **values: object) -> str:
    return fill(_TABLES[language][key], language, values)
