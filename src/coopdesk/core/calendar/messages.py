"""French and English sentences for the calendar feature's error codes.

Imported by the package itself, so they are registered before any calendar error
can be raised.
"""

from __future__ import annotations

from coopdesk.core.messages import register_messages

register_messages(
    {
        "fr": {
            "calendar.zone_unreadable": "Le fuseau horaire {timezone} ne peut pas être écrit "
            "dans un fichier de calendrier ({reason}).",
            "calendar.unreadable": "Ce fichier n'est pas un calendrier iCalendar lisible : "
            "{reason}",
            "calendar.import_refused": "{count} {count:élément|éléments} du calendrier "
            "{count:ne peut pas être importé|ne peuvent pas être importés} : rien n'a été "
            "importé. Corrigez le fichier ou demandez-en un autre.",
            "calendar.import_changed": "Le programme a changé depuis l'aperçu : relancez "
            "l'aperçu avant d'importer.",
            "calendar.no_uid": "Élément sans identifiant (UID) : impossible de le reconnaître "
            "lors d'un nouvel import.",
            "calendar.duplicate_uid": "L'identifiant {uid} apparaît deux fois dans le fichier.",
            "calendar.uid_in_other_event": "Cet élément (UID {uid}) appartient déjà à un autre "
            "événement : « {event} ».",
            "calendar.recurrence": "Élément répété ({rule}) : les répétitions ne sont pas "
            "importées, saisissez les séances une à une.",
            "calendar.floating_time": "Heure sans fuseau horaire ({time}) : impossible de savoir "
            "à quel instant elle correspond.",
            "calendar.unknown_zone": "Fuseau horaire inconnu dans le fichier : « {timezone} ».",
            "calendar.no_end": "Élément sans fin (ni DTEND ni DURATION).",
            "calendar.not_an_event": "Composant {component} ignoré : seuls les rendez-vous "
            "(VEVENT) sont importés.",
            "calendar.bad_value": "Valeur illisible pour {property} : {reason}",
            "calendar.write_failed": "Impossible d'écrire le calendrier {path} : {reason}",
            "calendar.nothing_to_export": "Rien à exporter : {reason}",
            "calendar.empty_programme": "Le programme de « {event} » est vide : rien à exporter.",
            "calendar.empty_agenda": "{name} ne participe à aucun élément du programme de "
            "« {event} » : rien à exporter.",
            "calendar.declined": "{name} a décliné l'invitation à « {event} » : rien à exporter.",
            "calendar.empty_venue": "Aucun élément de programme n'a lieu à « {venue} » : rien "
            "à exporter.",
            "calendar.empty_period": "Aucun événement du {first_day} au {last_day} : rien à "
            "exporter.",
        },
        "en": {
            "calendar.zone_unreadable": "The time zone {timezone} cannot be written into a "
            "calendar file ({reason}).",
            "calendar.unreadable": "This file is not a readable iCalendar calendar: {reason}",
            "calendar.import_refused": "{count} calendar {count:item|items} cannot be "
            "imported: nothing was imported. Fix the file or ask for another one.",
            "calendar.import_changed": "The agenda changed since the preview: preview again "
            "before importing.",
            "calendar.no_uid": "Item without an identifier (UID): it could not be recognised "
            "when imported again.",
            "calendar.duplicate_uid": "The identifier {uid} appears twice in the file.",
            "calendar.uid_in_other_event": "This item (UID {uid}) already belongs to another "
            "event: “{event}”.",
            "calendar.recurrence": "Repeating item ({rule}): repetitions are not imported, "
            "enter the sessions one by one.",
            "calendar.floating_time": "Time without a time zone ({time}): which instant it "
            "means cannot be known.",
            "calendar.unknown_zone": "Unknown time zone in the file: “{timezone}”.",
            "calendar.no_end": "Item without an end (neither DTEND nor DURATION).",
            "calendar.not_an_event": "{component} component skipped: only appointments "
            "(VEVENT) are imported.",
            "calendar.bad_value": "Unreadable value for {property}: {reason}",
            "calendar.write_failed": "Cannot write the calendar {path}: {reason}",
            "calendar.nothing_to_export": "Nothing to export: {reason}",
            "calendar.empty_programme": "The programme of “{event}” is empty: nothing to export.",
            "calendar.empty_agenda": "{name} attends no item of the programme of “{event}”: "
            "nothing to export.",
            "calendar.declined": "{name} declined the invitation to “{event}”: nothing to export.",
            "calendar.empty_venue": "No agenda item takes place at “{venue}”: nothing to export.",
            "calendar.empty_period": "No event from {first_day} to {last_day}: nothing to export.",
        },
    }
)
