"""Words for the domain's vocabularies in the document and interface languages."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

_FR: Mapping[str, str] = {
    # event kinds
    "delegation_in": "Délégation entrante",
    "delegation_out": "Délégation sortante (mission)",
    "conference": "Conférence",
    "residency": "Résidence d'artiste",
    # event status
    "draft": "Brouillon",
    "confirmed": "Confirmé",
    "done": "Terminé",
    "cancelled": "Annulé",
    # roles
    "head_of_delegation": "Chef de délégation",
    "elected": "Élu",
    "speaker": "Intervenant",
    "artist": "Artiste",
    "officer": "Technicien",
    "guest": "Invité",
    "interpreter": "Interprète",
    "press": "Presse",
    "organiser": "Organisation",
    "staff": "Équipe",
    # badge categories (those not already above)
    "delegate": "Délégué",
    "organisation": "Organisation",
    # participation status
    "invited": "Invité",
    "declined": "Excusé",
    "attended": "Présent",
    # agenda item types
    "meeting": "Réunion",
    "visit": "Visite",
    "meal": "Repas",
    "transfer": "Transfert",
    "plenary": "Plénière",
    "workshop": "Atelier",
    "ceremony": "Cérémonie",
    "performance": "Spectacle",
    "free_time": "Temps libre",
    "planned": "Prévu",
    # transport
    "plane": "Avion",
    "train": "Train",
    "car": "Voiture",
    "coach": "Car",
    "boat": "Bateau",
    "other": "Autre",
    # organisations
    "french_authority": "Collectivité française",
    "foreign_authority": "Collectivité étrangère",
    "state": "État / ambassade",
    "association": "Association",
    "company": "Entreprise",
    "funder": "Financeur",
    # partnerships
    "twinning": "Jumelage",
    "decentralised_cooperation": "Coopération décentralisée",
}

_EN: Mapping[str, str] = {
    "delegation_in": "Incoming delegation",
    "delegation_out": "Outgoing delegation (mission)",
    "conference": "Conference",
    "residency": "Cultural residency",
    "draft": "Draft",
    "confirmed": "Confirmed",
    "done": "Done",
    "cancelled": "Cancelled",
    "head_of_delegation": "Head of delegation",
    "elected": "Elected official",
    "speaker": "Speaker",
    "artist": "Artist",
    "officer": "Officer",
    "guest": "Guest",
    "interpreter": "Interpreter",
    "press": "Press",
    "organiser": "Organiser",
    "staff": "Staff",
    "delegate": "Delegate",
    "organisation": "Organisation",
    "invited": "Invited",
    "declined": "Declined",
    "attended": "Attended",
    "meeting": "Meeting",
    "visit": "Visit",
    "meal": "Meal",
    "transfer": "Transfer",
    "plenary": "Plenary",
    "workshop": "Workshop",
    "ceremony": "Ceremony",
    "performance": "Performance",
    "free_time": "Free time",
    "planned": "Planned",
    "plane": "Plane",
    "train": "Train",
    "car": "Car",
    "coach": "Coach",
    "boat": "Boat",
    "other": "Other",
    "french_authority": "French authority",
    "foreign_authority": "Foreign authority",
    "state": "State / embassy",
    "association": "Association",
    "company": "Company",
    "funder": "Funder",
    "twinning": "Twinning",
    "decentralised_cooperation": "Decentralised cooperation",
}

_TABLES: Mapping[str, Mapping[str, str]] = {"fr": _FR, "en": _EN}


def label(value: StrEnum | str | None, language: str = "fr") -> str:
    """The word for an enum value in ``language`` (the value itself if none is known)."""
    if value is None:
        return ""
    key = value.value if isinstance(value, StrEnum) else value
    return _TABLES.get(language, _FR).get(key, key)
