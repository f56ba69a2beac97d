"""The sentences of the list import and export errors, in French and English (part of
:mod:`coopdesk.core.messages`)."""

from __future__ import annotations

SENTENCES: dict[str, dict[str, str]] = {
    "fr": {
        "import.file_unreadable": "Impossible de lire le fichier {path} : {reason}",
        "import.not_a_workbook": "{path} n'est pas un classeur Excel (.xlsx) lisible.",
        "import.bad_delimiter": "Séparateur « {value} » : un seul caractère est attendu "
        "(; , ou tab).",
        "import.csv_unreadable": "Le fichier CSV {path} est illisible : {reason}",
        "import.encoding_unknown": "Encodage inconnu : « {encoding} » (exemples : utf-8, cp1252).",
        "import.encoding_wrong": "Le fichier n'est pas en {encoding} (octet {position}) : "
        "essayez un autre encodage (utf-8, cp1252).",
        "import.no_header": "Aucune ligne d'en-tête reconnue en haut du fichier : il faut "
        "au moins deux colonnes nommées comme Nom, Prénom, Courriel, Organisation…",
        "import.no_such_column": "Aucune colonne « {column} » dans le fichier.",
        "import.field_twice": "Deux colonnes remplissent « {field} » : « {other} » et "
        "« {column} ». Ignorez-en une.",
        "import.no_name_column": "Aucune colonne ne donne le nom des personnes : associez "
        "une colonne à « Nom » ou « Nom en écriture d'origine ».",
        "import.mapping_unreadable": "Le fichier de correspondance {path} est illisible "
        '(attendu : {{"en-tête": "champ" ou null}}).',
        "import.date_impossible": "« {value} » : cette date n'existe pas.",
        "import.date_unreadable": "« {value} » n'est pas une date (attendu : 31/12/2023).",
        "import.mapping_field_unknown": "Le fichier de correspondance nomme un champ "
        "inconnu : « {value} ». Champs possibles : {choices}.",
        "import.date_without_year": "« {value} » : l'année manque (attendu : 31/12/2023).",
        "import.datetime_unreadable": "« {value} » n'est pas une date et heure "
        "(attendu : 02/07/2023 10:35).",
        "import.time_impossible": "« {value} » : cette heure n'existe pas.",
        "import.date_out_of_range": "« {value} » : date trop lointaine pour un voyage.",
        "import.time_without_date": "Une heure ({value}) sans date.",
        "import.country_unknown": "Pays inconnu : « {value} » (nom en français ou en "
        "anglais, ou code comme FR, UA, JP).",
        "import.language_unknown": "Langue inconnue : « {value} » (français, anglais, uk, ja…).",
        "import.role_unknown": "Rôle inconnu : « {value} » (Chef de délégation, Élu, "
        "Technicien, Intervenant, Presse, Interprète…).",
        "import.category_unknown": "Catégorie inconnue : « {value} » (Élu, Technicien, "
        "Intervenant, Presse, Organisation…).",
        "import.status_unknown": "Statut inconnu : « {value} » (Invité, Confirmé, Excusé, "
        "Présent).",
        "import.transport_unknown": "Transport inconnu : « {value} » (Avion, Train, "
        "Voiture, Car, Bateau).",
        "import.duplicate_row": "Même personne qu'à la ligne {other}.",
        "import.date_order_needed": "Les dates de {columns} se lisent dans les deux "
        "ordres : choisissez jour/mois/année ou mois/jour/année avant d'importer.",
        "import.warnings_not_accepted": "L'aperçu signale des points à vérifier : lisez-"
        "les et acceptez-les avant d'importer.",
        "import.has_errors": "{count} {count:ligne refusée|lignes refusées} : rien "
        "n'a été importé. Corrigez le fichier puis recommencez.",
        "import.changed_since_preview": "Quelqu'un a modifié entre-temps des personnes, "
        "des organisations ou des inscriptions de cette liste (une autre importation, "
        "peut-être) : rien n'a été importé. Refaites l'aperçu, il en tiendra compte.",
        "export.unknown_format": "Format d'export inconnu pour {path} (.xlsx ou .csv).",
        "export.write_failed": "Impossible d'écrire {path} : {reason}",
        "export.unknown_list": "Liste inconnue : « {value} ».",
    },
    "en": {
        "import.file_unreadable": "Cannot read the file {path}: {reason}",
        "import.not_a_workbook": "{path} is not a readable Excel workbook (.xlsx).",
        "import.bad_delimiter": "Delimiter “{value}”: one character is expected (; , or tab).",
        "import.csv_unreadable": "The CSV file {path} cannot be read: {reason}",
        "import.encoding_unknown": "Unknown encoding “{encoding}” (e.g. utf-8, cp1252).",
        "import.encoding_wrong": "The file is not in {encoding} (byte {position}): try "
        "another encoding (utf-8, cp1252).",
        "import.no_header": "No header row found at the top of the file: at least two "
        "columns must be named like Last name, First name, E-mail, Organisation…",
        "import.no_such_column": "The file has no column “{column}”.",
        "import.field_twice": "Two columns fill “{field}”: “{other}” and “{column}”. "
        "Ignore one of them.",
        "import.no_name_column": "No column gives people's names: map a column to "
        "“Last name” or “Name in native script”.",
        "import.mapping_unreadable": "The mapping file {path} cannot be read "
        '(expected {{"header": "field" or null}}).',
        "import.date_impossible": "“{value}”: this date does not exist.",
        "import.date_unreadable": "“{value}” is not a date (expected 31/12/2023).",
        "import.mapping_field_unknown": "The mapping file names an unknown field: "
        "“{value}”. Possible fields: {choices}.",
        "import.date_without_year": "“{value}”: the year is missing (expected 31/12/2023).",
        "import.datetime_unreadable": "“{value}” is not a date and time "
        "(expected 02/07/2023 10:35).",
        "import.time_impossible": "“{value}”: this time does not exist.",
        "import.date_out_of_range": "“{value}”: too far off for a journey.",
        "import.time_without_date": "A time ({value}) without a date.",
        "import.country_unknown": "Unknown country “{value}” (a French or English name, or "
        "a code such as FR, UA, JP).",
        "import.language_unknown": "Unknown language “{value}” (French, English, uk, ja…).",
        "import.role_unknown": "Unknown role “{value}” (Head of delegation, Elected "
        "official, Officer, Speaker, Press, Interpreter…).",
        "import.category_unknown": "Unknown category “{value}” (Elected official, Officer, "
        "Speaker, Press, Organisation…).",
        "import.status_unknown": "Unknown status “{value}” (Invited, Confirmed, Declined, "
        "Attended).",
        "import.transport_unknown": "Unknown transport “{value}” (Plane, Train, Car, Coach, Boat).",
        "import.duplicate_row": "Same person as on row {other}.",
        "import.date_order_needed": "The dates of {columns} read both ways: choose "
        "day/month/year or month/day/year before importing.",
        "import.warnings_not_accepted": "The preview points out things to check: read "
        "and accept them before importing.",
        "import.has_errors": "{count} {count:row|rows} refused: nothing was "
        "imported. Fix the file and try again.",
        "import.changed_since_preview": "Someone changed people, organisations or "
        "registrations of this list meanwhile (another import, perhaps): nothing was "
        "imported. Preview again; it will take the changes into account.",
        "export.unknown_format": "Unknown export format for {path} (.xlsx or .csv).",
        "export.write_failed": "Cannot write {path}: {reason}",
        "export.unknown_list": "Unknown list “{value}”.",
    },
}
