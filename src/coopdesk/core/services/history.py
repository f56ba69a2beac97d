"""Who changed what: reading the change log, and saying each entry in words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.messages import FIELD_LABELS


def history(
    db: Database,
    *,
    event_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 500,
) -> list[audit.Change]:
    """The most recent changes first, for one event, one kind of record or one record."""
    with db.session() as session:
        return audit.history(
            session, event_id=event_id, entity=entity, entity_id=entity_id, limit=limit
        )


_ACTIONS = {
    "fr": {
        "create": "création",
        "update": "modification",
        "delete": "suppression",
        "import": "importation",
        "restore": "restauration",
        "erase": "effacement",
        "purge": "purge",
    },
    "en": {
        "create": "created",
        "update": "changed",
        "delete": "deleted",
        "import": "imported",
        "restore": "restored",
        "erase": "erased",
        "purge": "purged",
    },
}
_ENTITIES = {
    "fr": {
        "authority": "collectivité",
        "organisation": "organisation",
        "person": "personne",
        "partnership": "partenariat",
        "agreement": "convention",
        "venue": "lieu",
        "event": "événement",
        "participation": "participation",
        "agenda_item": "élément du programme",
        "database": "base entière",
    },
    "en": {"agenda_item": "agenda item", "database": "whole database"},
}
# Table names of a restore's counts, as a reader says them (singular, plural).
_TABLES = {
    "fr": {
        "event": ("événement", "événements"),
        "person": ("personne", "personnes"),
        "participation": ("participation", "participations"),
        "organisation": ("organisation", "organisations"),
        "agenda_item": ("élément du programme", "éléments du programme"),
    },
    "en": {
        "event": ("event", "events"),
        "person": ("person", "people"),
        "participation": ("participation", "participations"),
        "organisation": ("organisation", "organisations"),
        "agenda_item": ("agenda item", "agenda items"),
    },
}


_REGISTRATION = re.compile(r"person (\d+) in event (\d+)")


@dataclass(frozen=True, slots=True)
class ChangeText:
    """One entry of the log as a reader sees it."""

    action: str
    record: str
    what: str
    detail: str


def _n(count: int, one: str, many: str, language: str) -> str:
    # French puts 0 and 1 in the singular, English only 1.
    singular = count <= 1 if language == "fr" else count == 1
    return f"{count} {one if singular else many}"


def _value(values: list[Any], index: int) -> Any:
    return values[index] if len(values) > index else None


def _count(change: audit.Change, key: str) -> int:
    value = _value(change.changes.get(key, []), 1)
    return value if isinstance(value, int) else 0


def _shown(value: Any) -> str:
    return "∅" if value is None else str(value)


def _agenda_import_detail(change: audit.Change, fr: bool) -> str:
    """ "3 éléments créés, 1 mis à jour depuis programme.ics"."""
    lang = "fr" if fr else "en"
    created, updated = _count(change, "created"), _count(change, "updated")
    if fr:
        words = _n(created, "élément créé", "éléments créés", lang)
        words += ", " + _n(updated, "mis à jour", "mis à jour", lang)
    else:
        words = _n(created, "item created", "items created", lang)
        words += ", " + _n(updated, "updated", "updated", lang)
    if change.summary:
        words += f" depuis {change.summary}" if fr else f" from {change.summary}"
    return words


def _import_detail(change: audit.Change, fr: bool) -> str:
    if change.entity == "agenda_item":
        return _agenda_import_detail(change, fr)
    count = _count(change, "count")
    lang = "fr" if fr else "en"
    added = (
        _n(count, "participant ajouté", "participants ajoutés", lang)
        if fr
        else _n(count, "participant added", "participants added", lang)
    )
    parts = []
    if "people_created" in change.changes:
        created = _count(change, "people_created")
        known = count - created
        parts.append(
            _n(created, "personne créée", "personnes créées", lang)
            if fr
            else _n(created, "person created", "people created", lang)
        )
        if known > 0:
            parts.append(
                _n(known, "déjà connue", "déjà connues", lang)
                if fr
                else _n(known, "already known", "already known", lang)
            )
    for key, words_fr, words_en in (
        (
            "people_filled",
            ("fiche complétée", "fiches complétées"),
            ("record filled in", "records filled in"),
        ),
        (
            "updated",
            ("participation mise à jour", "participations mises à jour"),
            ("participation updated", "participations updated"),
        ),
    ):
        value = _count(change, key)
        if value:
            parts.append(_n(value, *(words_fr if fr else words_en), lang))
    source = f" depuis {change.summary}" if fr else f" from {change.summary}"
    has_source = "rows" in change.changes and change.summary
    return added + (source if has_source else "") + (f" ({', '.join(parts)})" if parts else "")


def _date(value: Any, language: str) -> str:
    from babel.dates import format_date

    try:
        return format_date(date.fromisoformat(str(value)), "long", locale=language)
    except ValueError:
        return str(value)


def describe_change(change: audit.Change, language: str = "fr") -> ChangeText:
    """What ``change`` did, in ``language`` (``fr`` or ``en``)."""
    lang = "en" if language == "en" else "fr"
    fr = lang == "fr"
    action = _ACTIONS[lang].get(change.action, change.action)
    record = _ENTITIES[lang].get(change.entity) or _ENTITIES["fr"].get(
        change.entity, change.entity.replace("_", " ")
    )
    if lang == "en" and change.entity not in _ENTITIES["en"]:
        record = change.entity.replace("_", " ")
    what = change.summary
    registration = _REGISTRATION.fullmatch(what)
    if registration is not None:  # how the log names a participation: in words
        person_id, event_id = registration.groups()
        what = (
            f"personne n° {person_id}, événement n° {event_id}"
            if fr
            else f"person no. {person_id}, event no. {event_id}"
        )
    detail = ""
    if change.action == "update":
        labels = FIELD_LABELS.get(lang, {})
        fallback = FIELD_LABELS["fr"] if fr else {}
        detail = ", ".join(
            f"{labels.get(field) or fallback.get(field) or field.replace('_', ' ')} : "
            f"{_shown(_value(values, 0))} → {_shown(_value(values, 1))}"
            if fr
            else f"{labels.get(field) or field.replace('_', ' ')}: "
            f"{_shown(_value(values, 0))} → {_shown(_value(values, 1))}"
            for field, values in change.changes.items()
        )
    elif change.action == "import":
        detail = _import_detail(change, fr)
    elif change.action == "restore":
        counted = [
            _n(_count(change, table), *names, lang)
            for table, names in _TABLES[lang].items()
            if table in change.changes
        ]
        detail = (
            f"Tout le contenu remplacé par la sauvegarde {change.summary}"
            if fr
            else f"The whole content replaced by the backup {change.summary}"
        ) + (f" ({', '.join(counted)})" if counted else "")
    elif change.action == "erase":
        what = f"n° {change.entity_id}" if fr else f"no. {change.entity_id}"
        detail = (
            "Personne effacée avec ses participations ; le journal ne garde plus rien d'elle"
            if fr
            else "Person erased with their participations; the log keeps nothing of them"
        )
    elif change.action == "purge":
        count = _count(change, "count")
        before = _date(_value(change.changes.get("ended_before", []), 1), lang)
        detail = (
            "Données sensibles effacées pour "
            + _n(count, "personne", "personnes", lang)
            + f" (dernier événement terminé avant le {before})"
            if fr
            else "Sensitive data blanked for "
            + _n(count, "person", "people", lang)
            + f" (last event ended before {before})"
        )
    return ChangeText(action=action, record=record, what=what, detail=detail)
