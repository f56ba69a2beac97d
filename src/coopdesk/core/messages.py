"""The core's one catalogue of sentences for its error codes, in French and English.

The general sentences are here; each feature's stand in a module of
:mod:`coopdesk.core.sentences`, listed in :data:`PARTS` and assembled into
:data:`MESSAGES` below (no module adds sentences by being imported). The command line
uses them directly; documents take their language as an argument. A code without a
sentence falls back to a generic one that still names the code.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.sentences import (
    access,
    calendar,
    categories,
    documents,
    imports,
    person_merge,
    reading,
    sanity,
    seating,
    venues,
)
from coopdesk.core.wording import fill

FIELD_LABELS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "title": "titre",
        "kind": "type",
        "start_date": "date de début",
        "end_date": "date de fin",
        "timezone": "fuseau horaire",
        "starts_at": "début",
        "ends_at": "fin",
        "name": "nom",
        "last_name": "nom",
        "first_name": "prénom",
        "email": "courriel",
        "country": "pays",
        "departure_at": "départ",
        "arrival_at": "arrivée",
        "arrival_time_known": "heure d'arrivée connue",
        "departure_time_known": "heure de départ connue",
        "check_out": "date de départ de l'hôtel",
        "person_id": "personne",
        "partner_id": "partenaire",
        "venue_id": "lieu",
        "attendee_ids": "participants présents",
        "capacity": "capacité",
        "budget": "budget",
        "status": "statut",
        "role": "rôle",
        "category": "catégorie",
        "languages": "langues",
        "accessibility_needs": "besoins d'accessibilité",
        "address": "adresse",
        "all_participants": "tous les participants",
        "arrival_number": "n° de vol/train (arrivée)",
        "arrival_place": "lieu d'arrivée",
        "arrival_timezone": "fuseau horaire de l'arrivée",
        "arrival_transport": "transport (arrivée)",
        "artist_id": "artiste",
        "birth_date": "date de naissance",
        "check_in": "arrivée à l'hôtel",
        "city": "ville",
        "civility": "civilité",
        "default_timezone": "fuseau horaire par défaut",
        "deliverables": "livrables",
        "departure_number": "n° de vol/train (départ)",
        "departure_place": "lieu de départ",
        "departure_timezone": "fuseau horaire du départ",
        "departure_transport": "transport (départ)",
        "description": "description",
        "dietary_needs": "régime alimentaire",
        "document_language": "langue des documents",
        "elected_office": "mandat électif",
        "event": "événement (--event)",
        "forecast_amount": "montant prévisionnel",
        "form_of_address": "formule d'appel",
        "function": "fonction",
        "grant_amount": "montant de la bourse",
        "grant_terms": "conditions de la bourse",
        "host_structure": "structure d'accueil",
        "hotel": "hôtel",
        "native_name": "nom en écriture d'origine",
        "notes": "notes",
        "office_rank": "rang protocolaire",
        "organisation": "organisation",
        "organisation_id": "organisation",
        "passport_expiry": "expiration du passeport",
        "passport_number": "n° de passeport",
        "phone": "téléphone",
        "precedence": "préséance",
        "precedence_override": "rang imposé",
        "purpose": "objet",
        "room": "chambre",
        "signature_date": "date de signature",
        "since": "depuis",
        "themes": "thèmes",
        "type": "type",
        "uid": "identifiant",
        "colour": "couleur",
        "label_fr": "nom en français",
        "label_en": "nom en anglais",
        "nationality": "nationalité",
        "retired": "retirée",
        "cofunders": "cofinanceurs",
    },
    "en": {
        "event": "event (--event)",
        "cofunders": "co-funders",
        "native_name": "name in native script",
        "attendee_ids": "attendees",
    },
}

GENERAL: dict[str, dict[str, str]] = {
    "fr": {
        "job.cancelled": "Opération annulée : rien n'a été enregistré.",
        "field.required": "Le champ « {field} » est obligatoire.",
        "field.too_long": "Le champ « {field} » est trop long "
        "({length} caractères, {max} au plus).",
        "field.invalid_choice": "« {value} » n'est pas une valeur possible pour « {field} » "
        "(valeurs possibles : {choices}).",
        "field.unknown": "Champ inconnu « {field} ».",
        "date.invalid": "« {value} » n'est pas une date valide (attendu : AAAA-MM-JJ).",
        "datetime.invalid": "« {value} » n'est pas une date et heure valide "
        "(attendu : AAAA-MM-JJ HH:MM).",
        "number.invalid": "« {value} » n'est pas un nombre.",
        "number.negative": "« {value} » : un nombre positif est attendu.",
        "number.too_large": "« {value} » est trop grand.",
        "amount.invalid": "« {value} » n'est pas un montant : écrivez-le en chiffres, "
        "par exemple 12 500,50 € (ni lettres ni notation scientifique).",
        "amount.cents": "« {value} » : un montant a au plus deux chiffres après la virgule.",
        "capacity.zero": "Une capacité de 0 place n'accueille personne : indiquez le nombre "
        "de places, ou laissez le champ vide s'il n'y a pas de limite.",
        "date.unreadable": "« {value} » n'est pas une date : tapez-la comme 12/10/2026, "
        "12/10, 12102026 ou 2026-10-12.",
        "time.unreadable": "« {value} » n'est pas une heure : tapez-la comme 14h30, 14:30, "
        "9h ou midi.",
        "country.invalid": "« {value} » n'est pas un code pays à deux lettres (FR, UA, JP…).",
        "email.invalid": "« {value} » n'est pas une adresse électronique valide.",
        "language.invalid": "« {value} » n'est pas un code de langue (fr, en, uk, ja…).",
        "language.unsupported": "Langue de document « {value} » non prise en charge (fr ou en).",
        "timezone.unknown": "Fuseau horaire inconnu : « {timezone} » "
        "(exemples : Europe/Paris, America/Toronto, Asia/Makassar).",
        "time.nonexistent": "L'heure {time} n'existe pas dans le fuseau {timezone} "
        "(changement d'heure) : choisissez une autre heure.",
        "dates.end_before_start": "La fin ({end}) est avant le début ({start}).",
        "event.items_outside_dates": "{count} {count:élément|éléments} du programme "
        "{count:tomberait|tomberaient} hors des nouvelles dates ({start} – {end}) : {items}. "
        "{count:Déplacez-le|Déplacez-les} d'abord.",
        "agenda.outside_event": "Cet élément du programme ({start} – {end}) sort des dates de "
        "l'événement ({event_start} – {event_end}).",
        "participation.duplicate": "{person} participe déjà à cet événement.",
        "participation.departure_before_arrival": "Le départ ({departure}) est avant "
        "l'arrivée ({arrival}).",
        "participation.check_out_before_check_in": "La date de départ de l'hôtel ({check_out}) "
        "doit suivre la date d'arrivée ({check_in}).",
        "participation.not_in_event": "Le participant n° {id} ne fait pas partie de cet événement.",
        "person.name_required": "Indiquez au moins le nom de la personne.",
        "person.passport_before_birth": "L'expiration du passeport ({passport_expiry}) est "
        "avant la date de naissance ({birth_date}).",
        "person.not_found": "Personne introuvable (n° {id}).",
        "organisation.not_found": "Organisation introuvable (n° {id}).",
        "venue.not_found": "Lieu introuvable (n° {id}).",
        "event.not_found": "Événement introuvable (n° {id}).",
        "event.not_found_ref": "Aucun événement ne correspond à « {reference} ». "
        "Tapez « coopdesk events » pour voir la liste.",
        "event.ambiguous_ref": "Plusieurs événements correspondent à « {reference} » : "
        "{candidates}. Précisez le titre ou donnez le numéro.",
        "participation.not_found": "Participation introuvable (n° {id}) : la personne a peut-être "
        "été retirée de l'événement entre-temps.",
        "agenda_item.not_found": "Élément du programme introuvable (n° {id}) : il a peut-être été "
        "supprimé entre-temps.",
        "partnership.not_found": "Partenariat introuvable (n° {id}).",
        "partnership.partner_not_foreign_authority": "« {name} » n'est pas une collectivité "
        "étrangère : un partenariat lie l'autorité à une collectivité partenaire.",
        "agreement.not_found": "Convention introuvable (n° {id}).",
        "authority.not_found": "Les paramètres de la collectivité ne sont pas encore saisis.",
        "record.changed": "Quelqu'un d'autre a modifié cet enregistrement entre-temps "
        "({changed}). Rechargez-le pour voir les deux versions.",
        "record.changed_meanwhile": "Quelqu'un d'autre a enregistré une modification de cette "
        "fiche au même instant : rien n'a été enregistré. Rechargez-la et recommencez.",
        "record.conflict": "Cette modification heurte celle que quelqu'un d'autre a "
        "enregistrée au même instant (une fiche supprimée, ou ajoutée deux fois) : rien n'a "
        "été enregistré. Rechargez et recommencez.",
        "undo.record_deleted": "Impossible d'annuler ou de rétablir : la fiche a été supprimée "
        "par quelqu'un d'autre entre-temps. Rien n'a été modifié.",
        "undo.newer_records": "Impossible d'annuler : quelqu'un d'autre a ajouté entre-temps "
        "des fiches ou des liens qui en dépendent (un participant, une présence au "
        "programme…), qui disparaîtraient avec elle. Rien n'a été modifié.",
        "undo.record_exists": "Impossible de rétablir la fiche : son numéro ({id}) est "
        "désormais pris par une autre. Rien n'a été modifié.",
        "undo.cannot_restore": "Impossible de rétablir la fiche : elle heurte une modification "
        "faite entre-temps par quelqu'un d'autre (la même personne ajoutée de nouveau, par "
        "exemple). Rien n'a été modifié.",
        "database.bad_url": "Adresse de base de données incorrecte : {url}",
        "database.unreachable": "Impossible d'ouvrir la base de données {url} : {reason}",
        "database.not_coopdesk": "{url} n'est pas une base coopdesk : elle contient déjà les "
        "tables d'un autre programme. coopdesk n'y a pas touché ; choisissez une base "
        "coopdesk, ou un fichier nouveau.",
        "database.busy": "La base de données est occupée par un autre utilisateur (une "
        "importation, une sauvegarde…) : rien n'a été enregistré. Réessayez dans un instant.",
        "database.migration_failed": "La mise à jour de la base {url} a échoué : {reason}. "
        "La base est restée telle qu'elle était ; la copie faite juste avant la mise à jour "
        "est {backup}",
        "database.migration_failed_no_copy": "La mise à jour de la base {url} a échoué : "
        "{reason}. La base est restée telle qu'elle était.",
        "database.unfinished": "{url} contient des tables de coopdesk avec des données, mais "
        "aucune révision du schéma : coopdesk n'y a pas touché. Restaurez la dernière "
        "sauvegarde (coopdesk db restore) ou choisissez une autre base.",
        "database.too_new": "La base {url} a été créée par une version plus récente de coopdesk "
        "(révision {revision}) : mettez coopdesk à jour.",
        "database.behind": "La base {url} doit être mise à jour (coopdesk db upgrade).",
        "backup.not_found": "Fichier de sauvegarde introuvable : {path}",
        "backup.invalid": "Ce fichier n'est pas une sauvegarde coopdesk lisible : "
        "{path} ({reason})",
        "backup.other_revision": "Cette sauvegarde vient d'une autre version du schéma "
        "({revision}, attendu {expected}).",
        "backup.write_failed": "Impossible d'écrire la sauvegarde {path} : {reason}",
        "backup.no_tables": "Ce fichier n'a pas de tables : ce n'est pas une sauvegarde "
        "coopdesk. Rien n'a été changé.",
        "backup.empty": "Cette sauvegarde ne contient aucune donnée : la restaurer viderait la "
        "base. Rien n'a été changé.",
        "backup.unknown_table": "Sauvegarde refusée : la table « {table} » n'existe pas dans "
        "coopdesk. Rien n'a été changé.",
        "backup.missing_table": "Sauvegarde refusée : la table « {table} » manque. Rien n'a "
        "été changé.",
        "backup.not_rows": "Sauvegarde refusée : la table « {table} » n'est pas une liste de "
        "lignes. Rien n'a été changé.",
        "backup.unknown_column": "Sauvegarde refusée : table « {table} », ligne {line}, le "
        "champ « {column} » n'existe pas dans coopdesk. Rien n'a été changé.",
        "backup.missing_value": "Sauvegarde refusée : table « {table} », ligne {line}, le "
        "champ « {column} » est vide alors qu'il est obligatoire. Rien n'a été changé.",
        "backup.wrong_type": "Sauvegarde refusée : table « {table} », ligne {line}, le champ "
        "« {column} » contient une valeur d'un autre type ({value}). Rien n'a été changé.",
        "backup.too_long": "Sauvegarde refusée : table « {table} », ligne {line}, le champ "
        "« {column} » est trop long ({length} caractères, au plus {max}). Rien n'a été changé.",
        "backup.unknown_choice": "Sauvegarde refusée : table « {table} », ligne {line}, "
        "« {value} » n'est pas une valeur possible du champ « {column} ». Rien n'a été changé.",
        "backup.unknown_zone": "Sauvegarde refusée : table « {table} », ligne {line}, le fuseau "
        "horaire « {value} » est inconnu. Rien n'a été changé.",
        "backup.bad_date": "Sauvegarde refusée : table « {table} », ligne {line}, le champ "
        "« {column} » n'est pas une date lisible ({value}). Rien n'a été changé.",
        "backup.duplicate": "Sauvegarde refusée : table « {table} », ligne {line}, la valeur "
        "« {value} » du champ « {column} » figure deux fois. Rien n'a été changé.",
        "backup.dangling": "Sauvegarde refusée : table « {table} », ligne {line}, le champ "
        "« {column} » renvoie au n° {id} de la table « {target} », absent de la sauvegarde. "
        "Rien n'a été changé.",
        "backup.breaks": "Sauvegarde refusée : une fois restaurée, « {what} » échouerait "
        "({reason}). Rien n'a été changé.",
        "privacy.copy_failed": "Impossible de nettoyer la copie {path} : {reason}. Elle est "
        "restée telle qu'elle était ; supprimez-la à la main si elle n'est plus utile.",
        "privacy.person_ambiguous": "« {text} » désigne {count} {count:personne|personnes} : "
        "précisez avec le numéro ou l'adresse e-mail.",
        "privacy.person_unknown": "Aucune personne ne correspond à « {text} ».",
        "privacy.write_failed": "Impossible d'écrire {path} : {reason}",
        "privacy.confirm": "Cette opération ne peut pas être annulée : ajoutez --yes pour "
        "confirmer.",
        "privacy.vacuum_failed": "Les lignes sont effacées, mais le serveur a refusé "
        "VACUUM FULL ({reason}) : demandez-le au propriétaire des tables.",
        "demo.not_empty": "La base contient déjà des événements : les données de démonstration "
        "ne sont chargées que dans une base vide (ou avec --force).",
        "generic": "Erreur : {code}",
    },
    "en": {
        "job.cancelled": "Cancelled: nothing was saved.",
        "field.required": "“{field}” is required.",
        "field.too_long": "“{field}” is too long ({length} characters, at most {max}).",
        "field.invalid_choice": "“{value}” is not a possible value of “{field}” "
        "(possible values: {choices}).",
        "field.unknown": "Unknown field “{field}”.",
        "date.invalid": "“{value}” is not a valid date (expected YYYY-MM-DD).",
        "datetime.invalid": "“{value}” is not a valid date and time (expected YYYY-MM-DD HH:MM).",
        "number.invalid": "“{value}” is not a number.",
        "number.negative": "“{value}”: a positive number is expected.",
        "number.too_large": "“{value}” is too large.",
        "amount.invalid": "“{value}” is not an amount: write it in figures, for example "
        "12,500.50 € (no letters, no scientific notation).",
        "amount.cents": "“{value}”: an amount has at most two digits after the decimal point.",
        "capacity.zero": "A capacity of 0 seats welcomes nobody: give the number of seats, or "
        "leave the field empty when there is no limit.",
        "date.unreadable": "“{value}” is not a date: type it as 12/10/2026, 12/10, 12102026 "
        "or 2026-10-12.",
        "time.unreadable": "“{value}” is not a time: type it as 14:30, 14h30, 9h or noon.",
        "country.invalid": "“{value}” is not a two-letter country code (FR, UA, JP…).",
        "email.invalid": "“{value}” is not a valid e-mail address.",
        "language.invalid": "“{value}” is not a language code (fr, en, uk, ja…).",
        "language.unsupported": "Document language “{value}” is not supported (fr or en).",
        "timezone.unknown": "Unknown time zone “{timezone}” "
        "(for example Europe/Paris, America/Toronto, Asia/Makassar).",
        "time.nonexistent": "{time} does not exist in {timezone} (the clocks change): "
        "choose another time.",
        "dates.end_before_start": "The end ({end}) is before the start ({start}).",
        "event.items_outside_dates": "{count} agenda {count:item|items} would fall outside "
        "the new dates ({start} – {end}): {items}. Move {count:it|them} first.",
        "agenda.outside_event": "This agenda item ({start} – {end}) falls outside the event's "
        "dates ({event_start} – {event_end}).",
        "participation.duplicate": "{person} already takes part in this event.",
        "participation.departure_before_arrival": "The departure ({departure}) is before the "
        "arrival ({arrival}).",
        "participation.check_out_before_check_in": "The hotel check-out ({check_out}) must come "
        "after the check-in ({check_in}).",
        "participation.not_in_event": "Participant no. {id} is not part of this event.",
        "person.name_required": "Give at least the person's last name.",
        "person.passport_before_birth": "The passport expiry ({passport_expiry}) is before the "
        "date of birth ({birth_date}).",
        "person.not_found": "No such person (no. {id}).",
        "organisation.not_found": "No such organisation (no. {id}).",
        "venue.not_found": "No such venue (no. {id}).",
        "event.not_found": "No such event (no. {id}).",
        "event.not_found_ref": "No event matches “{reference}”. Type “coopdesk events” to see "
        "the list.",
        "event.ambiguous_ref": "Several events match “{reference}”: {candidates}. Give more of "
        "the title or the number.",
        "participation.not_found": "No such participation (no. {id}): the person may have been "
        "removed from the event in the meantime.",
        "agenda_item.not_found": "No such agenda item (no. {id}): it may have been deleted in "
        "the meantime.",
        "partnership.not_found": "No such partnership (no. {id}).",
        "partnership.partner_not_foreign_authority": "“{name}” is not a foreign authority: a "
        "partnership ties the authority to a partner territory.",
        "agreement.not_found": "No such agreement (no. {id}).",
        "authority.not_found": "The authority's settings have not been entered yet.",
        "record.changed": "Someone else changed this record in the meantime ({changed}). "
        "Reload it to see both versions.",
        "record.changed_meanwhile": "Someone else saved a change to this record at the same "
        "moment: nothing was saved. Reload it and try again.",
        "record.conflict": "This change clashes with one someone else saved at the same "
        "moment (a record deleted, or added twice): nothing was saved. Reload and try again.",
        "undo.record_deleted": "Cannot undo or redo: someone else deleted the record in the "
        "meantime. Nothing was changed.",
        "undo.newer_records": "Cannot undo: someone else has since added records or links "
        "that depend on it (a participant, an attendance…), which would go with it. Nothing "
        "was changed.",
        "undo.record_exists": "Cannot bring the record back: its number ({id}) is now taken "
        "by another one. Nothing was changed.",
        "undo.cannot_restore": "Cannot bring the record back: it clashes with a change someone "
        "else made in the meantime (the same person added again, for instance). Nothing was "
        "changed.",
        "database.bad_url": "Incorrect database address: {url}",
        "database.unreachable": "Cannot open the database {url}: {reason}",
        "database.not_coopdesk": "{url} is not a coopdesk database: it already holds another "
        "program's tables. coopdesk left it untouched; choose a coopdesk database, or a new "
        "file.",
        "database.busy": "The database is busy with another user (an import, a backup…): "
        "nothing was saved. Try again in a moment.",
        "database.migration_failed": "Upgrading the database {url} failed: {reason}. The "
        "database was left as it was; the copy made just before the upgrade is {backup}",
        "database.migration_failed_no_copy": "Upgrading the database {url} failed: {reason}. "
        "The database was left as it was.",
        "database.unfinished": "{url} holds coopdesk's tables with data but no schema "
        "revision: coopdesk left it untouched. Restore the latest backup (coopdesk db "
        "restore) or choose another database.",
        "database.too_new": "The database {url} was made by a newer coopdesk (revision "
        "{revision}): update coopdesk.",
        "database.behind": "The database {url} needs upgrading (coopdesk db upgrade).",
        "backup.not_found": "Backup file not found: {path}",
        "backup.invalid": "This file is not a readable coopdesk backup: {path} ({reason})",
        "backup.other_revision": "This backup comes from another schema version ({revision}, "
        "expected {expected}).",
        "backup.write_failed": "Cannot write the backup {path}: {reason}",
        "backup.no_tables": "This file has no tables: it is not a coopdesk backup. Nothing "
        "was changed.",
        "backup.empty": "This backup holds no data: restoring it would empty the database. "
        "Nothing was changed.",
        "backup.unknown_table": "Backup refused: coopdesk has no table “{table}”. Nothing was "
        "changed.",
        "backup.missing_table": "Backup refused: the table “{table}” is missing. Nothing was "
        "changed.",
        "backup.not_rows": "Backup refused: the table “{table}” is not a list of rows. Nothing "
        "was changed.",
        "backup.unknown_column": "Backup refused: table “{table}”, row {line}: coopdesk has no "
        "field “{column}”. Nothing was changed.",
        "backup.missing_value": "Backup refused: table “{table}”, row {line}: the field "
        "“{column}” is empty but required. Nothing was changed.",
        "backup.wrong_type": "Backup refused: table “{table}”, row {line}: the field “{column}” "
        "holds a value of another type ({value}). Nothing was changed.",
        "backup.too_long": "Backup refused: table “{table}”, row {line}: the field “{column}” "
        "is too long ({length} characters, at most {max}). Nothing was changed.",
        "backup.unknown_choice": "Backup refused: table “{table}”, row {line}: “{value}” is not "
        "a possible value of the field “{column}”. Nothing was changed.",
        "backup.unknown_zone": "Backup refused: table “{table}”, row {line}: the time zone "
        "“{value}” is unknown. Nothing was changed.",
        "backup.bad_date": "Backup refused: table “{table}”, row {line}: the field “{column}” is "
        "not a readable date ({value}). Nothing was changed.",
        "backup.duplicate": "Backup refused: table “{table}”, row {line}: the value “{value}” "
        "of the field “{column}” appears twice. Nothing was changed.",
        "backup.dangling": "Backup refused: table “{table}”, row {line}: the field “{column}” "
        "refers to no. {id} of the table “{target}”, which the backup does not hold. Nothing "
        "was changed.",
        "backup.breaks": "Backup refused: once restored, “{what}” would fail ({reason}). "
        "Nothing was changed.",
        "privacy.copy_failed": "Cannot clean the copy {path}: {reason}. It was left as it was; "
        "delete it by hand if it is no longer needed.",
        "privacy.person_ambiguous": "“{text}” matches {count} {count:person|people}: give the "
        "number or the e-mail address.",
        "privacy.person_unknown": "No person matches “{text}”.",
        "privacy.write_failed": "Cannot write {path}: {reason}",
        "privacy.confirm": "This cannot be undone: add --yes to confirm.",
        "privacy.vacuum_failed": "The rows are erased, but the server refused VACUUM FULL "
        "({reason}): ask the owner of the tables to run it.",
        "demo.not_empty": "The database already holds events: demo data is only loaded into an "
        "empty database (or with --force).",
        "generic": "Error: {code}",
    },
}

# The catalogue's parts: the general sentences, then each feature's.
PARTS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "general": GENERAL,
    "access": access.SENTENCES,
    "calendar": calendar.SENTENCES,
    "categories": categories.SENTENCES,
    "documents": documents.SENTENCES,
    "imports": imports.SENTENCES,
    "person_merge": person_merge.SENTENCES,
    "reading": reading.SENTENCES,
    "sanity": sanity.SENTENCES,
    "seating": seating.SENTENCES,
    "venues": venues.SENTENCES,
}

MESSAGES: dict[str, dict[str, str]] = {
    language: {code: text for part in PARTS.values() for code, text in part[language].items()}
    for language in ("fr", "en")
}


def user_language() -> str:
    """``fr`` or ``en``, from ``COOPDESK_LANG`` or the system locale (French by default)."""
    explicit = os.environ.get("COOPDESK_LANG")
    if explicit:
        return "en" if explicit.lower().startswith("en") else "fr"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:  # "C" and "POSIX" say nothing of a language: French, the office's own
            return "en" if value.lower().startswith("en") else "fr"
    if os.name != "nt":
        # No variable set: the C or POSIX locale, which names no language (Python's
        # own "C.UTF-8" would read as en_US): French, the office's own.
        return "fr"
    try:  # Windows: the user's locale (French_France, English_United Kingdom…)
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else "fr"


def field_label(field: str, language: str) -> str:
    """A service field's name as the user reads it (``category`` → ``catégorie``)."""
    return FIELD_LABELS.get(language, {}).get(field, field.replace("_", " "))


def describe(error: CoopdeskError, language: str | None = None) -> str:
    """The sentence a user reads for ``error``."""
    lang = language or user_language()
    table = MESSAGES.get(lang, MESSAGES["fr"])
    template = table.get(error.code) or MESSAGES["en"].get(error.code) or table["generic"]
    values: dict[str, Any] = {k: _show(v, lang) for k, v in error.values.items()}
    field = error.field or ""
    values["field"] = field_label(field, lang)
    values["code"] = error.code
    if error.code == "record.changed":
        fields = error.values.get("fields", {})
        values["changed"] = ", ".join(field_label(k, lang) for k in fields)
    text = fill(template, lang, values)
    if "row" in error.values:
        prefix = "Ligne" if lang == "fr" else "Row"
        text = (
            f"{prefix} {error.values['row']} : {text}"
            if lang == "fr"
            else f"{prefix} {error.values['row']}: {text}"
        )
    return text


def _show(value: Any, language: str) -> str:
    """A value as the user reads it: dates in words, in their language."""
    if isinstance(value, datetime):  # Babel is imported when a sentence shows a date
        from babel.dates import format_datetime

        return format_datetime(value, "d MMMM y HH:mm", locale=language)
    if isinstance(value, date):
        from babel.dates import format_date

        return format_date(value, "long", locale=language)
    return str(value)


def describe_cell(
    line: int,
    column: str | None,
    code: str,
    values: Mapping[str, Any],
    field: str | None = None,
    language: str | None = None,
) -> str:
    """The sentence for one refused row or cell of a list, with its line and column
    ("Ligne 7, colonne « Arrivée » : …")."""
    lang = language or user_language()
    text = describe(ValidationError(code, field, **values), lang)
    french = lang == "fr"
    where = f"Ligne {line}" if french else f"Row {line}"
    if column:
        where += f", colonne « {column} »" if french else f", column “{column}”"
    return f"{where} : {text}" if french else f"{where}: {text}"
