"""The sentences of the calendar export and import errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "calendar.zone_unreadable": "Le fuseau horaire {timezone} ne peut pas être écrit "
        "dans un fichier de calendrier ({reason}).",
        "calendar.unreadable": "Ce fichier n'est pas un calendrier iCalendar lisible "
        "({reason}) : exportez-le à nouveau depuis le logiciel d'origine au format .ics.",
        "calendar.not_a_calendar": "Ce fichier ne contient aucun élément de calendrier "
        "(BEGIN:VEVENT) : vérifiez qu'il s'agit bien d'un fichier .ics.",
        "calendar.import_refused_one": "{entry_fr} Rien n'a été importé : corrigez cette "
        "entrée dans le fichier, ou demandez-en un autre à l'expéditeur.",
        "calendar.import_refused": "{count} {count:entrée ne peut pas être importée|entrées "
        "ne peuvent pas être importées, dont celle-ci}. {entry_fr} Rien n'a été importé : "
        "corrigez ces entrées dans le fichier, ou demandez-en un autre à l'expéditeur.",
        "calendar.import_changed": "Le programme a changé depuis l'aperçu : relancez "
        "l'aperçu avant d'importer.",
        "calendar.all_outside_one": "Le seul rendez-vous du fichier a lieu en dehors des "
        "dates de l'événement ({event_start} – {event_end}) : rien à importer. Vérifiez le "
        "fichier ou les dates de l'événement.",
        "calendar.all_outside": "{count} {count:rendez-vous du fichier a|rendez-vous du "
        "fichier ont} lieu en dehors des dates de l'événement ({event_start} – {event_end}) : "
        "rien à importer. Vérifiez le fichier ou les dates de l'événement.",
        "calendar.no_events": "Ce fichier ne contient aucun rendez-vous (VEVENT) : rien à "
        "importer.",
        "calendar.no_title": "cette entrée n'a pas de titre (SUMMARY) ; donnez-lui un "
        "titre dans le logiciel d'origine, puis exportez le fichier à nouveau.",
        "calendar.title_too_long": "le titre compte {length} caractères, au-delà des {max} "
        "permis ; raccourcissez-le (les détails vont dans la description).",
        "calendar.uid_too_long": "son identifiant (UID) compte {length} caractères, au-delà "
        "des {max} permis ; exportez le fichier à nouveau depuis le logiciel d'origine.",
        "calendar.no_start": "cette entrée n'a pas de début (DTSTART) ; ajoutez-en un dans "
        "le logiciel d'origine.",
        "calendar.bad_value": "la valeur de {property} (« {value} ») n'est pas une date "
        "lisible ; corrigez-la dans le logiciel d'origine.",
        "calendar.bad_duration": "la durée (DURATION « {value} ») est illisible ; "
        "indiquez une fin (DTEND) ou une durée du type PT1H30M.",
        "calendar.end_before_start": "la fin ({end}) est avant le début ({start}) ; "
        "corrigez les horaires dans le logiciel d'origine.",
        "calendar.duplicate_property": "la propriété {property} y figure plusieurs fois avec "
        "des valeurs différentes ({values}) ; n'en gardez qu'une.",
        "calendar.duplicate_uid": "l'identifiant {uid} est déjà celui d'une autre entrée "
        "du fichier, différente ; demandez un fichier où chaque entrée a le sien.",
        "calendar.uid_in_other_event": "cette entrée (UID {uid}) a déjà été importée dans un "
        "autre événement, « {event} » ; importez le fichier dans celui-ci, ou "
        "supprimez-y l'élément d'abord.",
        "calendar.unknown_zone": "le fuseau horaire « {timezone} » n'est défini ni dans le "
        "fichier (VTIMEZONE) ni dans la base des fuseaux ; demandez un fichier exporté avec "
        "ses fuseaux, ou en heure UTC.",
        "calendar.bad_recurrence": "sa règle de répétition est illisible ({reason}) ; "
        "saisissez les séances une à une ou demandez un autre fichier.",
        "calendar.outside_row": "Hors des dates",
        "calendar.all_day": "journée entière",
        "calendar.agendas_saved_one": "Agenda personnel enregistré (1 fichier) dans {folder}",
        "calendar.agendas_saved": "{count:Agenda personnel enregistré|Agendas personnels "
        "enregistrés} ({count} {count:fichier|fichiers}) dans {folder}",
        "calendar.agendas_skipped_one": "Un participant sans aucun élément au programme n'a "
        "pas de fichier.",
        "calendar.agendas_skipped": "{count} {count:participant|participants} sans aucun "
        "élément au programme {count:n'a|n'ont} pas de fichier.",
        "calendar.all_days": "{count} {count:journée entière|journées entières}",
        "calendar.cancelled_mark": "(annulé)",
        "calendar.outside_reason": "Non importé : a lieu en dehors des dates de l'événement.",
        "calendar.too_many_repeats": "cette entrée se répète plus de {max} fois dans les "
        "dates de l'événement ; demandez un fichier où les séances sont listées une à une.",
        "calendar.bad_entry": "une de ses valeurs est illisible ({reason}) ; corrigez-la "
        "dans le logiciel d'origine.",
        "calendar.charset": "Ce fichier n'est pas en UTF-8 : il a été lu en {encoding}. "
        "Vérifiez les accents dans l'aperçu.",
        "calendar.not_wrapped": "Les entrées de ce fichier ne sont pas dans un bloc "
        "VCALENDAR : elles ont été lues quand même.",
        "calendar.skipped_component_one": "Un composant {component} ({what_fr}) est ignoré : "
        "seuls les rendez-vous (VEVENT) sont importés.",
        "calendar.skipped_component": "{count} {count:composant|composants} {component} "
        "({what_fr}) {count:est ignoré|sont ignorés} : seuls les rendez-vous (VEVENT) sont "
        "importés.",
        "calendar.repeated_one": "« {title} » se répète : une seule séance tombe dans les "
        "dates de l'événement.",
        "calendar.repeated": "« {title} » se répète : {count} {count:séance tombe|séances "
        "tombent} dans les dates de l'événement{count:|, chacune devient un élément du "
        "programme}.",
        "calendar.floating_one": "Une heure sans fuseau horaire a été lue à l'heure locale de "
        "l'événement ({timezone}).",
        "calendar.floating": "{count} {count:heure sans fuseau horaire a été lue|heures sans "
        "fuseau horaire ont été lues} à l'heure locale de l'événement ({timezone}).",
        "calendar.custom_zone": "Le fuseau « {tzid} » défini dans le fichier suit les mêmes "
        "heures que {timezone} : il est lu ainsi.",
        "calendar.custom_zone_unmatched": "Le fuseau « {tzid} » défini dans le fichier ne "
        "correspond à aucun fuseau connu : ses heures sont converties d'après le fichier et "
        "affichées en {timezone}.",
        "calendar.derived_uid_one": "Une entrée n'a pas d'identifiant (UID) : elle sera "
        "reconnue à un nouvel import par son début et son titre.",
        "calendar.derived_uid": "{count} {count:entrée n'a|entrées n'ont} pas d'identifiant "
        "(UID) : {count:elle sera reconnue|elles seront reconnues} à un nouvel import par "
        "{count:son début et son titre|leur début et leur titre}.",
        "calendar.alarms_one": "Les rappels (VALARM) d'un rendez-vous sont ignorés.",
        "calendar.alarms": "Les rappels (VALARM) de {count} {count:rendez-vous|rendez-vous} "
        "sont ignorés.",
        "calendar.write_failed": "Impossible d'écrire le calendrier {path} : {reason}",
        "calendar.nothing_to_export": "Rien à exporter : {reason}",
        "calendar.empty_programme": "Le programme de « {event} » est vide : rien à exporter.",
        "calendar.empty_agenda": "{name} ne participe à aucun élément du programme de "
        "« {event} » : rien à exporter.",
        "calendar.declined": "{name} a décliné l'invitation à « {event} » : rien à exporter.",
        "calendar.empty_venue": "Aucun élément de programme n'a lieu à « {venue} » : rien "
        "à exporter.",
        "calendar.empty_period": "Aucun événement du {first_day} au {last_day} : rien à exporter.",
    },
    "en": {
        "calendar.zone_unreadable": "The time zone {timezone} cannot be written into a "
        "calendar file ({reason}).",
        "calendar.unreadable": "This file is not a readable iCalendar calendar "
        "({reason}): export it again as .ics from the program it comes from.",
        "calendar.not_a_calendar": "This file holds no calendar entry (BEGIN:VEVENT): "
        "check that it is an .ics file.",
        "calendar.import_refused_one": "{entry_en} Nothing was imported: fix this entry in "
        "the file, or ask the sender for another one.",
        "calendar.import_refused": "{count} {count:entry cannot be imported|entries cannot be "
        "imported, including this one}. {entry_en} Nothing was imported: fix these entries in "
        "the file, or ask the sender for another one.",
        "calendar.import_changed": "The agenda changed since the preview: preview again "
        "before importing.",
        "calendar.all_outside_one": "The only appointment of the file takes place outside the "
        "event's dates ({event_start} – {event_end}): nothing to import. Check the file or "
        "the event's dates.",
        "calendar.all_outside": "{count} {count:appointment of the file takes|appointments of "
        "the file take} place outside the event's dates ({event_start} – {event_end}): "
        "nothing to import. Check the file or the event's dates.",
        "calendar.no_events": "This file holds no appointment (VEVENT): nothing to import.",
        "calendar.no_title": "this entry has no title (SUMMARY); give it one in the "
        "program it comes from, then export the file again.",
        "calendar.title_too_long": "the title has {length} characters, more than the {max} "
        "allowed; shorten it (details belong in the description).",
        "calendar.uid_too_long": "its identifier (UID) has {length} characters, more than "
        "the {max} allowed; export the file again from the program it comes from.",
        "calendar.no_start": "this entry has no start (DTSTART); add one in the program it "
        "comes from.",
        "calendar.bad_value": "the value of {property} (“{value}”) is not a readable date; "
        "fix it in the program it comes from.",
        "calendar.bad_duration": "the duration (DURATION “{value}”) cannot be read; give "
        "an end (DTEND) or a duration such as PT1H30M.",
        "calendar.end_before_start": "the end ({end}) is before the start ({start}); fix "
        "the times in the program it comes from.",
        "calendar.duplicate_property": "the property {property} appears more than once "
        "with different values ({values}); keep only one.",
        "calendar.duplicate_uid": "the identifier {uid} is already that of another, "
        "different entry of the file; ask for a file where each entry has its own.",
        "calendar.uid_in_other_event": "this entry (UID {uid}) was already imported into "
        "another event, “{event}”; import the file there, or delete the item there first.",
        "calendar.unknown_zone": "the time zone “{timezone}” is defined neither in the "
        "file (VTIMEZONE) nor in the zone database; ask for a file exported with its "
        "zones, or in UTC.",
        "calendar.bad_recurrence": "its repeat rule cannot be read ({reason}); enter the "
        "sessions one by one or ask for another file.",
        "calendar.outside_row": "Outside the dates",
        "calendar.all_day": "all day",
        "calendar.agendas_saved_one": "Personal agenda saved (1 file) in {folder}",
        "calendar.agendas_saved": "{count:Personal agenda|Personal agendas} saved ({count} "
        "{count:file|files}) in {folder}",
        "calendar.agendas_skipped_one": "One participant attending no item of the programme "
        "has no file.",
        "calendar.agendas_skipped": "{count} {count:participant|participants} attending no "
        "item of the programme {count:has|have} no file.",
        "calendar.all_days": "{count} {count:whole day|whole days}",
        "calendar.cancelled_mark": "(cancelled)",
        "calendar.outside_reason": "Not imported: takes place outside the event's dates.",
        "calendar.too_many_repeats": "this entry repeats more than {max} times within the "
        "event's dates; ask for a file that lists the sessions one by one.",
        "calendar.bad_entry": "one of its values cannot be read ({reason}); fix it in the "
        "program it comes from.",
        "calendar.charset": "This file is not in UTF-8: it was read as {encoding}. Check "
        "the accents in the preview.",
        "calendar.not_wrapped": "The entries of this file are not inside a VCALENDAR "
        "block: they were read all the same.",
        "calendar.skipped_component_one": "One {component} component ({what_en}) is skipped: "
        "only appointments (VEVENT) are imported.",
        "calendar.skipped_component": "{count} {component} {count:component|components} "
        "({what_en}) {count:is|are} skipped: only appointments (VEVENT) are imported.",
        "calendar.repeated_one": "“{title}” repeats: one session falls within the event's dates.",
        "calendar.repeated": "“{title}” repeats: {count} {count:session falls|sessions fall} "
        "within the event's dates{count:|, each becomes an agenda item}.",
        "calendar.floating_one": "One time without a time zone was read as local time at the "
        "event ({timezone}).",
        "calendar.floating": "{count} {count:time without a time zone was|times without a "
        "time zone were} read as local time at the event ({timezone}).",
        "calendar.custom_zone": "The zone “{tzid}” defined in the file keeps the same clock "
        "as {timezone}: it is read so.",
        "calendar.custom_zone_unmatched": "The zone “{tzid}” defined in the file matches no "
        "known zone: its times are converted as the file defines them and shown in "
        "{timezone}.",
        "calendar.derived_uid_one": "One entry has no identifier (UID): it will be "
        "recognised on a new import by its start and title.",
        "calendar.derived_uid": "{count} {count:entry has|entries have} no identifier (UID): "
        "{count:it|they} will be recognised on a new import by {count:its|their} start "
        "and title.",
        "calendar.alarms_one": "The alarms (VALARM) of one appointment are skipped.",
        "calendar.alarms": "The alarms (VALARM) of {count} {count:appointment|appointments} "
        "are skipped.",
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
