"""Every sentence and word the ``coopdesk`` command prints, in French and English.

One table for the command line: the command modules ask for a sentence by its key
through :func:`coopdesk.cli.common.text`, which fills the placeholders with the French
agreement and elision of :mod:`coopdesk.core.wording` (``{count:one|many}`` picks the
form that agrees with a count). Nothing is added to the table when a module is imported:
what is here is all there is, and a test checks that each key has both languages with the
same placeholders. The core's error sentences are in :mod:`coopdesk.core.messages`.
"""

from __future__ import annotations

from collections.abc import Mapping

CLI_MESSAGES: Mapping[str, Mapping[str, str]] = {
    "fr": {
        # the command itself (coopdesk --help, errors)
        "command.delegations_conferences_and_residencies_for": (
            "Délégations, conférences et résidences : le bureau des relations internationales."
        ),
        "command.database_sqlalchemy_url_default_coopdesk": (
            "base de données (URL SQLAlchemy ; défaut : COOPDESK_DATABASE_URL, sinon un fichier "
            "SQLite local)"
        ),
        "command.no_window_list_the_events": (
            "sans fenêtre : lister les événements dans le terminal"
        ),
        "command.folder_for_all_data_portable": (
            "dossier pour toutes les données (installation portable)"
        ),
        "command.export_calendars_documents_lists": "exporter (calendriers, documents, listes)",
        "command.import_participants_agenda": "importer (participants, programme)",
        "command.interrupted_the_action_in_progress": (
            "\nInterrompu : l'action en cours est annulée, rien n'en est enregistré."
        ),
        "command.unexpected_error_details_are_in": (
            "Erreur inattendue. Le détail est dans le journal : {logfile}"
        ),
        "command.command_metavar": "COMMANDE",
        # plain coopdesk: the window, or the events as text
        "start.to_import_without_a_window": (
            "Pour importer {calendar} sans fenêtre : coopdesk import ical --event ÉVÉNEMENT "
            "{calendar}"
        ),
        "start.no_display_available_here_are": (
            "Pas d'écran disponible : voici les événements en mode texte."
        ),
        "start.database": "Base de données : {url}",
        "start.next_coopdesk_participants_assises_for": (
            "Ensuite : « coopdesk participants ASSISES » pour une liste de participants dans "
            "l'ordre protocolaire, « coopdesk --help » pour toutes les commandes."
        ),
        "start.the_libxcb_cursor0_library_is": (
            "Il manque la bibliothèque libxcb-cursor0 pour ouvrir la fenêtre (sudo apt install "
            "libxcb-cursor0)."
        ),
        "start.first_run_loading_the_demo": (
            "Première ouverture : chargement des données de démonstration…"
        ),
        # shared by every command
        "common.event_number_or_title": "numéro ou partie du titre",
        "common.date_metavar": "AAAA-MM-JJ",
        "common.do_not_ask": "sans confirmation",
        "common.import_cancelled": "Import abandonné.",
        "common.is_not_a_date_yyyy": "« {value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        "common.words_metavar": "MOTS",
        "common.search": "chercher",
        "common.confirm": "{question} [o/N] ",
        "common.json_output": "sortie JSON",
        "common.document_written": (
            "{path} écrit : {pages} {pages:page|pages}, {items} {items:élément|éléments}."
        ),
        "common.warning": "Attention : {warning}",
        "common.date_format": "%d/%m/%Y",
        "common.file_metavar": "FICHIER",
        "common.labelled": "{label} : {value}",
        "common.possible_values": "valeurs possibles : {values}",
        # column headings of the tables printed
        "heading.to_create": "À créer",
        "heading.to_update": "À mettre à jour",
        "heading.unchanged": "Inchangés",
        "heading.outside_the_event_dates": "Hors des dates de l'événement, non importés",
        "heading.refused": "Refusés",
        "heading.row": "Ligne",
        "heading.name": "Nom",
        "heading.details": "Détail",
        "heading.start": "Début",
        "heading.end": "Fin",
        "heading.zone": "Fuseau",
        "heading.item": "Élément",
        "heading.venue": "Lieu",
        "heading.who": "Qui",
        "heading.action": "Action",
        "heading.record": "Fiche",
        "heading.what": "Quoi",
        "heading.organisation": "Organisation",
        "heading.number": "N°",
        "heading.event": "Événement",
        "heading.kind": "Type",
        "heading.partner": "Partenaire",
        "heading.dates": "Dates",
        "heading.status": "Statut",
        "heading.participants": "Participants",
        "heading.civility": "Civ.",
        "heading.native_name": "Nom d'origine",
        "heading.function": "Fonction",
        "heading.role": "Rôle",
        "heading.category": "Catégorie",
        "heading.date": "Date",
        "heading.type": "Type",
        "heading.city": "Ville",
        "heading.country": "Pays",
        "heading.time_zone": "Fuseau",
        "heading.capacity": "Capacité",
        "heading.email": "Courriel",
        "heading.code": "Code",
        "heading.english": "Anglais",
        "heading.colour": "Couleur",
        "heading.retired": "Retirée",
        # coopdesk events, participants, agenda, conflicts, history
        "lists.participants_counted": "{count} {count:participant|participants}",
        "lists.no_events": "(aucun événement)",
        "lists.paris_time": "Heure de Paris",
        "lists.no_conflicts_in_the_agenda": "Aucun conflit dans le programme.",
        "lists.list_events": "lister les événements",
        "lists.an_event_s_participants_in": (
            "participants d'un événement, dans l'ordre protocolaire"
        ),
        "lists.a_category_code_coopdesk_categories": "code d'une catégorie (coopdesk categories)",
        "lists.an_event_s_agenda": "programme d'un événement",
        "lists.agenda_conflicts": "conflits du programme",
        "lists.who_changed_what": "qui a changé quoi",
        "lists.only_one_event": "limiter à un événement",
        "lists.cancelled": " (annulé)",
        "lists.arrives_on_far_from_the": (
            "{name} : arrivée le {when}, loin des dates de l'événement ({first} – {last}) : "
            "l'année ou le mois sont-ils justes ?"
        ),
        "lists.leaves_on_far_from_the": (
            "{name} : départ le {when}, loin des dates de l'événement ({first} – {last}) : "
            "l'année ou le mois sont-ils justes ?"
        ),
        "lists.passport_unknown": "{name} : passeport non renseigné.",
        "lists.conflicts_counted": (
            "{count} {count:conflit|conflits} — « coopdesk conflicts » pour le détail."
        ),
        "lists.passport_expires": (
            "{name} : le passeport expire le {expiry}, il doit être valable jusqu'au {until} au "
            "moins."
        ),
        "lists.person_booked_twice": "Double réservation pour {person} : {items}",
        "lists.venue_booked_twice": "{venue} est occupé deux fois : {items}",
        "lists.over_item_capacity": (
            "{item} : {count} {count:personne|personnes} pour {limit} {limit:place|places}"
        ),
        "lists.over_venue_capacity": (
            "{item} : {count} {count:personne|personnes}, {venue} en accueille {limit}"
        ),
        # coopdesk db, coopdesk demo
        "database.roles_ready_read_only_changes": (
            "Rôles prêts : {reader} (lecture seule), {editor} (modifications), {admin} "
            "(restauration, effacement, purge, journal). Donnez-en un à chaque utilisateur : "
            "coopdesk db roles --grant NOM reader|editor|admin"
        ),
        "database.reader_editor_and_administrator_roles": (
            "rôles lecteur, rédacteur, administrateur (PostgreSQL)"
        ),
        "database.give_a_server_login_a": "donner un rôle à un utilisateur du serveur",
        "database.who_has_which_role": "qui a quel rôle",
        "database.my_role_and_its_limits": "mon rôle et ses limites",
        "database.print_the_sql_script_change": "afficher le script SQL sans rien changer",
        "database.prefix_of_the_role_names": "préfixe des noms de rôles (coopdesk)",
        "database.load_demo_data": "charger les données de démonstration",
        "database.even_if_the_database_already": "même si la base contient déjà des événements",
        "database.upgrade_backup_restore": "mise à jour, sauvegarde, restauration",
        "database.upgrade_the_schema": "mettre le schéma à jour",
        "database.back_up_to_a_file": (
            "sauvegarder dans un fichier (.json, ou .sqlite3 pour une base SQLite)"
        ),
        "database.replace_the_content_with_a": "remplacer le contenu par une sauvegarde",
        "database.up_to_date": "La base est à jour (révision {revision}).",
        "database.backup_written": "Sauvegarde écrite : {path}",
        "database.is_now": "« {login} » est maintenant {label} ({name}).",
        "database.login_metavar": "UTILISATEUR",
        "database.safety_copy": "Copie de sécurité : {copy}",
        "database.signed_in_as_administrator_every": (
            "Connecté en tant que « {user} » (administrateur) : toutes les actions sont permises."
        ),
        "database.no_user_has_a_role": "Aucun utilisateur n'a encore de rôle.",
        "database.replace_the_whole_content_of": (
            "Remplacer tout le contenu de {url} par {path} ? [o/N] "
        ),
        "database.restore_cancelled": "Restauration abandonnée.",
        "database.demo_loaded": (
            "Données de démonstration chargées : {events} {events:événement|événements}, "
            "{participants} {participants:participation|participations}, {items} "
            "{items:élément|éléments} de programme."
        ),
        "database.upgraded": "Base mise à jour : {before} → {revision}.",
        "database.no_revision": "vide",
        "database.restored": (
            "Restauration faite : {events} {events:événement|événements}, {people} "
            "{people:personne|personnes}."
        ),
        # coopdesk privacy
        "privacy.backup": "sauvegarde",
        "privacy.another_window_was_reading_the": (
            "Une autre fenêtre lisait la base : son journal sera vidé à la prochaine fermeture "
            "de coopdesk (ou relancez la commande quand elle sera fermée)."
        ),
        "privacy.postgresql_keeps_old_row_versions": (
            "PostgreSQL garde les anciennes versions des lignes dans ses fichiers jusqu'au "
            "prochain VACUUM : relancez avec --vacuum (propriétaire des tables) ou demandez « "
            "VACUUM FULL person, participation, agenda_attendee, change_log » à l'administrateur "
            "du serveur."
        ),
        "privacy.copy_cleaned": "Copie nettoyée : {path}",
        "privacy.unreadable_check_it_by_hand": ", illisible : à vérifier à la main",
        "privacy.run_again_with_copies_to": (
            "Relancez avec --copies pour retirer aussi ces données de ces copies. Les "
            "sauvegardes rangées ailleurs (clés USB, serveurs de fichiers) sont à traiter à la "
            "main."
        ),
        "privacy.personal_data_export_erase_a": (
            "données personnelles : exporter, effacer une personne, purger"
        ),
        "privacy.everything_held_about_a_person": (
            "tout ce qui est conservé sur une personne (JSON)"
        ),
        "privacy.number_e_mail_or_name": "numéro, e-mail ou nom",
        "privacy.erase_a_person": "effacer une personne (droit à l'effacement)",
        "privacy.blank_past_guests_passports_birth": (
            "effacer passeports, dates de naissance, régimes et besoins des anciens invités"
        ),
        "privacy.last_event_ended_before": "dernier événement terminé avant",
        "privacy.copy_made_before_an_upgrade": "copie d'avant mise à jour",
        "privacy.copy_made_before_a_restore": "copie d'avant restauration",
        "privacy.nothing_was_purged": "Rien n'a été purgé.",
        "privacy.expected_a_date_yyyy_mm": "date attendue AAAA-MM-JJ : {value}",
        "privacy.clean_coopdesk_s_own_copies": "nettoyer aussi les copies faites par coopdesk",
        "privacy.postgresql_vacuum_full_the_tables": (
            "PostgreSQL : VACUUM FULL des tables concernées"
        ),
        "privacy.data_written": "Données écrites : {output}",
        "privacy.to_erase_no_their_participations": (
            "À effacer : {name} (n° {person_id}), ses participations et son nom dans l'historique."
        ),
        "privacy.nothing_was_erased": "Rien n'a été effacé.",
        "privacy.erased": "Effacement fait : {name}.",
        "privacy.erase_question": "Effacer {name} ?",
        "privacy.purge_question": "Purger ?",
        "privacy.copies_still_holding": (
            "Copies faites par coopdesk qui contiennent encore ces données ({count}) :"
        ),
        "privacy.copies_holding_person": (
            "Copies faites par coopdesk qui contiennent ses données : {count}"
        ),
        "privacy.purge_candidates": (
            "Données sensibles à effacer : {count} {count:personne|personnes} dont le dernier "
            "événement s'est terminé avant le {cutoff}."
        ),
        # coopdesk export ical, coopdesk import ical
        "calendar.items_created": "{count} {count:élément créé|éléments créés}",
        "calendar.items_updated": "{count} mis à jour",
        "calendar.calendar_written": "Calendrier écrit : {path}",
        "calendar.imported": "Import fait : {created}, {updated}.",
        "calendar.ics_calendar_outlook_google_apple": (
            "calendrier .ics (Outlook, Google, Apple, Thunderbird)"
        ),
        "calendar.one_participant_s_agenda_list": (
            "agenda personnel d'un participant (n° de la liste)"
        ),
        "calendar.one_file_per_participant_in": "un fichier par participant dans ce dossier",
        "calendar.a_venue_s_agenda": "agenda d'un lieu",
        "calendar.every_event_of_this_period": "tous les événements de cette période (avec --to)",
        "calendar.language_of_the_labels": "langue des libellés",
        "calendar.the_authority_s_address_organizer": "adresse de la collectivité (ORGANIZER)",
        "calendar.a_partner_s_programme_ics": "programme reçu d'un partenaire (.ics)",
        "calendar.show_without_importing": "montrer sans importer",
        "calendar.dry_run_nothing_was_imported": "Simulation : rien n'a été importé.",
        "calendar.import_y_n": "Importer ? [o/N] ",
        "calendar.agendas_written": (
            "{count} {count:agenda personnel écrit|agendas personnels écrits}"
        ),
        "calendar.agendas_in_folder": "{agendas} dans {folder}",
        "calendar.participants_without_items": (
            "{count} {count:participant n'assiste|participants n'assistent}"
        ),
        "calendar.no_item_no_file": "{nobody} à aucun élément du programme : pas de fichier.",
        # coopdesk export badges, tents, programme, list
        "documents.language_of_the_document": "langue du document",
        "documents.pdf_file_to_write_pdf": "fichier PDF à écrire (.pdf)",
        "documents.badges_pdf": "badges (PDF)",
        "documents.layout_a6_avery_l4785_cards": (
            "gabarit : a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 ou un gabarit "
            "personnel"
        ),
        "documents.participation_numbers": "numéros de participation (ex. 12,15)",
        "documents.print_the_back_too_duplex": "imprimer aussi le verso (recto verso)",
        "documents.cut_marks": "traits de coupe",
        "documents.without_qr_code": "sans code QR",
        "documents.name_tents_pdf": "chevalets (PDF)",
        "documents.programme_pdf": "programme (PDF)",
        "documents.this_participant_s_agenda": "programme personnel de ce participant",
        "documents.lists_pdf": "listes (PDF)",
        "documents.agenda_item_sign_in_sheet": "élément du programme (feuille d'émargement)",
        "documents.numbers_separated_by_commas": "numéros séparés par des virgules",
        # coopdesk import participants, coopdesk export (Excel lists)
        "io.rows_counted": "{count} {count:ligne|lignes}",
        "io.empty": "vide",
        "io.sheet_read_sheet_to_read": (
            "{source} : feuille « {sheet} » lue (--sheet pour en lire une autre)"
        ),
        "io.headers_on_row": "En-têtes ligne {header_line} :",
        "io.list_written": "Liste écrite : {path}",
        "io.hidden": ", masquée",
        "io.read": "  ← lue",
        "io.encoding_delimiter_encoding_and_delimiter": (
            "{source} : encodage {encoding}, séparateur « {shown} » (--encoding et --delimiter "
            "pour corriger)"
        ),
        "io.export_recognised": "Export reconnu : {platform}",
        "io.ignored": "(ignorée)",
        "io.date_order": "Ordre des dates :",
        "io.new_organisation": "Nouvelle organisation : {name}",
        "io.please_check": "Points à vérifier :",
        "io.new_category": "Nouvelle catégorie : {name}",
        "io.import_a_participant_list_xlsx": "importer une liste de participants (.xlsx, .csv)",
        "io.id_or_title": "numéro ou partie du titre",
        "io.json_mapping": 'correspondance JSON {{"en-tête": "champ" ou null}}',
        "io.csv_encoding": "encodage du CSV (utf-8, cp1252…)",
        "io.csv_delimiter": "séparateur du CSV (; , tab)",
        "io.name_metavar": "NOM",
        "io.workbook_sheet_to_read_by": (
            "feuille du classeur à lire (par défaut : la première feuille visible dont les "
            "en-têtes sont reconnus)"
        ),
        "io.order_of_the_dates_their": (
            "ordre des dates que leurs valeurs ne tranchent pas : dmy (31/12/2023, par défaut "
            "rien n'est supposé) ou mdy (12/31/2023, formulaires américains)"
        ),
        "io.import_despite_the_points_the": (
            "importer malgré les points à vérifier signalés par l'aperçu"
        ),
        "io.preview_only": "aperçu seulement",
        "io.same_e_mail": "même courriel",
        "io.same_name": "même nom",
        "io.the_dates_of_read_both": (
            "Les dates de {columns} se lisent dans les deux ordres : relancez avec --date-order "
            "dmy (jour/mois/année) ou --date-order mdy (mois/jour/année)."
        ),
        "io.dry_run_nothing_written": "Aperçu seulement (--dry-run) : rien n'est écrit.",
        "io.import_anyway_y_n": "Importer malgré ces points ? [o/N] ",
        "io.new": " (nouvelle)",
        "io.header_quoted": "« {header} »",
        "io.some_points_need_checking_above": (
            "Des points sont à vérifier (ci-dessus) : rien n'est importé. Relancez avec "
            "--accept-warnings pour importer quand même."
        ),
        "io.import_y_n": "Importer dans « {title} » ? [o/N] ",
        "io.action.new_person": "nouvelle personne",
        "io.action.existing_person": "personne de l'annuaire",
        "io.action.update_participation": "mise à jour",
        "io.action.skipped": "déjà inscrite, rien à changer",
        "io.action_counted.new_person": "{count} {count:nouvelle personne|nouvelles personnes}",
        "io.action_counted.existing_person": "{count} {count:personne|personnes} de l'annuaire",
        "io.action_counted.update_participation": "{count} {count:mise à jour|mises à jour}",
        "io.action_counted.skipped": "{count} déjà {count:inscrite|inscrites}, rien à changer",
        "io.rows_refused": (
            "{count} {count:ligne refusée|lignes refusées} : rien n'est importé. Corrigez le "
            "fichier puis recommencez."
        ),
        "io.imported": (
            "Importé : {added} {added:participant ajouté|participants ajoutés} ({created} "
            "{created:nouvelle personne|nouvelles personnes}), {updated} mis à jour, {skipped} "
            "{skipped:inchangé|inchangés}."
        ),
        "io.export_help.participants": "liste complète, ordre protocolaire",
        "io.export_help.arrivals": "arrivées et départs, heures locales",
        "io.export_help.rooming": "liste d'hébergement par hôtel",
        "io.export_help.organisations": "participants par organisation",
        "io.fills": "complète : {fields}",
        # coopdesk venues
        "venues.time_zone_europe_paris": "fuseau horaire (Europe/Paris…)",
        "venues.address": "adresse",
        "venues.city": "ville",
        "venues.country_code": "code pays (FR, UA…)",
        "venues.number_of_seats": "nombre de places",
        "venues.notes_access_contact": "notes (accès, contact…)",
        "venues.venues_list_add_edit": "les lieux : lister, ajouter, modifier…",
        "venues.add_a_venue": "ajouter un lieu",
        "venues.change_a_venue": "modifier un lieu",
        "venues.delete_a_venue": "supprimer un lieu",
        "venues.even_when_the_programme_uses": (
            "même s'il sert au programme : ces éléments n'auront plus de lieu"
        ),
        "venues.merge_two_records_of_one": "fusionner deux fiches du même lieu",
        "venues.the_venue_kept": "le lieu gardé",
        "venues.the_venue_merged_into_it": "le lieu fusionné",
        "venues.venue_created_no": "Lieu créé : n° {id}, {name}.",
        "venues.name_of_the_venue": "nom du lieu",
        "venues.number_of_the_venue": "numéro du lieu",
        "venues.new_name": "nouveau nom",
        "venues.venue_changed": "Lieu modifié : {name}.",
        "venues.venue_deleted": "Lieu supprimé : {name}.",
        "venues.agenda_items_now_without_a": "Éléments du programme désormais sans lieu : {count}.",
        "venues.merged": (
            "« {removed} » fusionné dans « {kept} » (éléments du programme déplacés : {count})."
        ),
        # coopdesk people, coopdesk categories
        "people.yes": "oui",
        "people.people_list_duplicates_merge": "l'annuaire : lister, doublons, fusion",
        "people.records_probably_of_the_same": (
            "les fiches probablement de la même personne (même courriel, même nom)"
        ),
        "people.merge_two_records_of_the": "fusionner deux fiches de la même personne",
        "people.the_record_kept": "la fiche gardée",
        "people.the_record_merged": "la fiche fusionnée",
        "people.badge_categories": "les catégories de badge",
        "people.create_a_category": "créer une catégorie",
        "people.name_in_french": "nom en français",
        "people.name_in_english": "nom en anglais",
        "people.colour": "couleur",
        "people.record_no_merged_into_record": (
            "Fiche n° {id} fusionnée dans la fiche n° {id2} ({display_name}) ; participations "
            "reprises : {moved}."
        ),
        "people.category_created_code": "Catégorie créée : {label_fr} (code {code}, {colour}).",
        # coopdesk seating
        "seating.table_plans_of_official_meals": "plans de table des repas officiels",
        "seating.seat_the_guests_by_precedence": "placer les invités par préséance",
        "seating.who_sits_where": "qui est à quelle place",
        "seating.print_as_pdf": "imprimer en PDF",
        "seating.add_change_remove_a_table": "ajouter, changer, retirer une table",
        "seating.add_a_table": "ajouter une table",
        "seating.top_table": "table d'honneur",
        "seating.change_a_table": "changer une table",
        "seating.table_number_or_name": "numéro ou nom de la table",
        "seating.remove_a_table": "retirer une table",
        "seating.seat_a_guest_a_swap": "placer un invité (échange si la place est prise)",
        "seating.guest_name_or_number": "invité (nom ou numéro)",
        "seating.pin_to_this_seat": "épingler à cette place",
        "seating.choose_the_hosts_in_order": "choisir les hôtes, dans l'ordre",
        "seating.none_the_event_s_hosts": "aucun : les hôtes de l'événement",
        "seating.keep_two_guests_apart": "ne pas placer deux invités côte à côte",
        "seating.clear_every_pair": "effacer toutes les paires",
        "seating.placement_rules_and_custom": "règles et usage du placement",
        "seating.table_label": "Table {label}",
        "seating.event_title_words": "événement (mots du titre)",
        "seating.meal_title_or_number": "repas (titre ou numéro)",
        "seating.unseated_one": "Sans place : {names}",
        "seating.unseated_many": "Sans place ({count}) : {names}",
        "seating.help.unseat": "libérer la place d'un invité",
        "seating.help.pin": "épingler un invité à sa place",
        "seating.help.unpin": "désépingler un invité",
        "seating.template_help": "tables d'une salle type (nouveau plan) : {templates}",
    },
    "en": {
        # the command itself (coopdesk --help, errors)
        "command.delegations_conferences_and_residencies_for": (
            "Delegations, conferences and residencies for an international-relations office."
        ),
        "command.database_sqlalchemy_url_default_coopdesk": (
            "database (SQLAlchemy URL; default: COOPDESK_DATABASE_URL, else a local SQLite file)"
        ),
        "command.no_window_list_the_events": "no window: list the events in the terminal",
        "command.folder_for_all_data_portable": "folder for all data (portable install)",
        "command.export_calendars_documents_lists": "export (calendars, documents, lists)",
        "command.import_participants_agenda": "import (participants, agenda)",
        "command.interrupted_the_action_in_progress": (
            "\nInterrupted: the action in progress is cancelled, none of it is saved."
        ),
        "command.unexpected_error_details_are_in": (
            "Unexpected error. Details are in the log: {logfile}"
        ),
        "command.command_metavar": "COMMAND",
        # plain coopdesk: the window, or the events as text
        "start.to_import_without_a_window": (
            "To import {calendar} without a window: coopdesk import ical --event EVENT {calendar}"
        ),
        "start.no_display_available_here_are": "No display available: here are the events as text.",
        "start.database": "Database: {url}",
        "start.next_coopdesk_participants_assises_for": (
            "Next: “coopdesk participants ASSISES” for a participant list in protocol order, "
            "“coopdesk --help” for every command."
        ),
        "start.the_libxcb_cursor0_library_is": (
            "The libxcb-cursor0 library is missing to open the window (sudo apt install "
            "libxcb-cursor0)."
        ),
        "start.first_run_loading_the_demo": "First run: loading the demo data…",
        # shared by every command
        "common.event_number_or_title": "number or part of the title",
        "common.date_metavar": "YYYY-MM-DD",
        "common.do_not_ask": "do not ask",
        "common.import_cancelled": "Import cancelled.",
        "common.is_not_a_date_yyyy": "“{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY)",
        "common.words_metavar": "WORDS",
        "common.search": "search",
        "common.confirm": "{question} [y/N] ",
        "common.json_output": "JSON output",
        "common.document_written": (
            "{path} written: {pages} {pages:page|pages}, {items} {items:item|items}."
        ),
        "common.warning": "Warning: {warning}",
        "common.date_format": "%Y-%m-%d",
        "common.file_metavar": "FILE",
        "common.labelled": "{label}: {value}",
        "common.possible_values": "possible values: {values}",
        # column headings of the tables printed
        "heading.to_create": "To create",
        "heading.to_update": "To update",
        "heading.unchanged": "Unchanged",
        "heading.outside_the_event_dates": "Outside the event's dates, not imported",
        "heading.refused": "Refused",
        "heading.row": "Row",
        "heading.name": "Name",
        "heading.details": "Details",
        "heading.start": "Start",
        "heading.end": "End",
        "heading.zone": "Zone",
        "heading.item": "Item",
        "heading.venue": "Venue",
        "heading.who": "Who",
        "heading.action": "Action",
        "heading.record": "Record",
        "heading.what": "What",
        "heading.organisation": "Organisation",
        "heading.number": "No.",
        "heading.event": "Event",
        "heading.kind": "Kind",
        "heading.partner": "Partner",
        "heading.dates": "Dates",
        "heading.status": "Status",
        "heading.participants": "Participants",
        "heading.civility": "Civ.",
        "heading.native_name": "Native name",
        "heading.function": "Function",
        "heading.role": "Role",
        "heading.category": "Category",
        "heading.date": "Date",
        "heading.type": "Type",
        "heading.city": "City",
        "heading.country": "Country",
        "heading.time_zone": "Time zone",
        "heading.capacity": "Capacity",
        "heading.email": "E-mail",
        "heading.code": "Code",
        "heading.english": "English",
        "heading.colour": "Colour",
        "heading.retired": "Retired",
        # coopdesk events, participants, agenda, conflicts, history
        "lists.participants_counted": "{count} {count:participant|participants}",
        "lists.no_events": "(no events)",
        "lists.paris_time": "Paris time",
        "lists.no_conflicts_in_the_agenda": "No conflicts in the agenda.",
        "lists.list_events": "list events",
        "lists.an_event_s_participants_in": "an event's participants, in protocol order",
        "lists.a_category_code_coopdesk_categories": "a category code (coopdesk categories)",
        "lists.an_event_s_agenda": "an event's agenda",
        "lists.agenda_conflicts": "agenda conflicts",
        "lists.who_changed_what": "who changed what",
        "lists.only_one_event": "only one event",
        "lists.cancelled": " (cancelled)",
        "lists.arrives_on_far_from_the": (
            "{name}: arrives on {when}, far from the event's dates ({first} – {last}): are the "
            "year and month right?"
        ),
        "lists.leaves_on_far_from_the": (
            "{name}: leaves on {when}, far from the event's dates ({first} – {last}): are the "
            "year and month right?"
        ),
        "lists.passport_unknown": "{name}: passport unknown.",
        "lists.conflicts_counted": (
            "{count} {count:conflict|conflicts} — “coopdesk conflicts” for details."
        ),
        "lists.passport_expires": (
            "{name}: the passport expires on {expiry}; it must be valid until at least {until}."
        ),
        "lists.person_booked_twice": "{person} is booked twice: {items}",
        "lists.venue_booked_twice": "{venue} is booked twice: {items}",
        "lists.over_item_capacity": (
            "{item}: {count} {count:person|people} for {limit} {limit:seat|seats}"
        ),
        "lists.over_venue_capacity": "{item}: {count} {count:person|people}, {venue} holds {limit}",
        # coopdesk db, coopdesk demo
        "database.roles_ready_read_only_changes": (
            "Roles ready: {reader} (read only), {editor} (changes), {admin} (restore, erase, "
            "purge, change log). Give each user one: coopdesk db roles --grant NAME "
            "reader|editor|admin"
        ),
        "database.reader_editor_and_administrator_roles": (
            "reader, editor and administrator roles (PostgreSQL)"
        ),
        "database.give_a_server_login_a": "give a server login a role",
        "database.who_has_which_role": "who has which role",
        "database.my_role_and_its_limits": "my role and its limits",
        "database.print_the_sql_script_change": "print the SQL script, change nothing",
        "database.prefix_of_the_role_names": "prefix of the role names (coopdesk)",
        "database.load_demo_data": "load demo data",
        "database.even_if_the_database_already": "even if the database already holds events",
        "database.upgrade_backup_restore": "upgrade, backup, restore",
        "database.upgrade_the_schema": "upgrade the schema",
        "database.back_up_to_a_file": "back up to a file (.json, or .sqlite3 from SQLite)",
        "database.replace_the_content_with_a": "replace the content with a backup",
        "database.up_to_date": "The database is up to date (revision {revision}).",
        "database.backup_written": "Backup written: {path}",
        "database.is_now": "“{login}” is now {label} ({name}).",
        "database.login_metavar": "LOGIN",
        "database.safety_copy": "Safety copy: {copy}",
        "database.signed_in_as_administrator_every": (
            "Signed in as “{user}” (administrator): every action is allowed."
        ),
        "database.no_user_has_a_role": "No user has a role yet.",
        "database.replace_the_whole_content_of": (
            "Replace the whole content of {url} with {path}? [y/N] "
        ),
        "database.restore_cancelled": "Restore cancelled.",
        "database.demo_loaded": (
            "Demo data loaded: {events} {events:event|events}, {participants} "
            "{participants:participation|participations}, {items} agenda {items:item|items}."
        ),
        "database.upgraded": "Database upgraded: {before} → {revision}.",
        "database.no_revision": "empty",
        "database.restored": (
            "Restored: {events} {events:event|events}, {people} {people:person|people}."
        ),
        # coopdesk privacy
        "privacy.backup": "backup",
        "privacy.another_window_was_reading_the": (
            "Another window was reading the database: its log will be emptied when coopdesk is "
            "next closed (or run the command again once it is closed)."
        ),
        "privacy.postgresql_keeps_old_row_versions": (
            "PostgreSQL keeps old row versions in its files until the next VACUUM: run again "
            "with --vacuum (as the tables' owner) or ask the server's administrator for “VACUUM "
            "FULL person, participation, agenda_attendee, change_log”."
        ),
        "privacy.copy_cleaned": "Copy cleaned: {path}",
        "privacy.unreadable_check_it_by_hand": ", unreadable: check it by hand",
        "privacy.run_again_with_copies_to": (
            "Run again with --copies to take this data out of these copies too. Backups kept "
            "elsewhere (USB sticks, file servers) must be handled by hand."
        ),
        "privacy.personal_data_export_erase_a": "personal data: export, erase a person, purge",
        "privacy.everything_held_about_a_person": "everything held about a person (JSON)",
        "privacy.number_e_mail_or_name": "number, e-mail or name",
        "privacy.erase_a_person": "erase a person",
        "privacy.blank_past_guests_passports_birth": (
            "blank past guests' passports, birth dates, diets and needs"
        ),
        "privacy.last_event_ended_before": "last event ended before",
        "privacy.copy_made_before_an_upgrade": "copy made before an upgrade",
        "privacy.copy_made_before_a_restore": "copy made before a restore",
        "privacy.nothing_was_purged": "Nothing was purged.",
        "privacy.expected_a_date_yyyy_mm": "expected a date YYYY-MM-DD: {value}",
        "privacy.clean_coopdesk_s_own_copies": "clean coopdesk's own copies too",
        "privacy.postgresql_vacuum_full_the_tables": "PostgreSQL: VACUUM FULL the tables concerned",
        "privacy.data_written": "Data written: {output}",
        "privacy.to_erase_no_their_participations": (
            "To erase: {name} (no. {person_id}), their participations and their name in the "
            "change log."
        ),
        "privacy.nothing_was_erased": "Nothing was erased.",
        "privacy.erased": "Erased: {name}.",
        "privacy.erase_question": "Erase {name}?",
        "privacy.purge_question": "Purge?",
        "privacy.copies_still_holding": (
            "Copies made by coopdesk that still hold this data ({count}):"
        ),
        "privacy.copies_holding_person": "Copies made by coopdesk that hold their data: {count}",
        "privacy.purge_candidates": (
            "Sensitive data to blank: {count} {count:person|people} whose last event ended "
            "before {cutoff}."
        ),
        # coopdesk export ical, coopdesk import ical
        "calendar.items_created": "{count} {count:item created|items created}",
        "calendar.items_updated": "{count} updated",
        "calendar.calendar_written": "Calendar written: {path}",
        "calendar.imported": "Imported: {created}, {updated}.",
        "calendar.ics_calendar_outlook_google_apple": (
            ".ics calendar (Outlook, Google, Apple, Thunderbird)"
        ),
        "calendar.one_participant_s_agenda_list": "one participant's agenda (list no.)",
        "calendar.one_file_per_participant_in": "one file per participant in this folder",
        "calendar.a_venue_s_agenda": "a venue's agenda",
        "calendar.every_event_of_this_period": "every event of this period (with --to)",
        "calendar.language_of_the_labels": "language of the labels",
        "calendar.the_authority_s_address_organizer": "the authority's address (ORGANIZER)",
        "calendar.a_partner_s_programme_ics": "a partner's programme (.ics)",
        "calendar.show_without_importing": "show without importing",
        "calendar.dry_run_nothing_was_imported": "Dry run: nothing was imported.",
        "calendar.import_y_n": "Import? [y/N] ",
        "calendar.agendas_written": (
            "{count} {count:personal agenda written|personal agendas written}"
        ),
        "calendar.agendas_in_folder": "{agendas} to {folder}",
        "calendar.participants_without_items": (
            "{count} {count:participant attends|participants attend}"
        ),
        "calendar.no_item_no_file": "{nobody} no item: no file.",
        # coopdesk export badges, tents, programme, list
        "documents.language_of_the_document": "language of the document",
        "documents.pdf_file_to_write_pdf": "PDF file to write (.pdf)",
        "documents.badges_pdf": "badges (PDF)",
        "documents.layout_a6_avery_l4785_cards": (
            "layout: a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 or one of your own"
        ),
        "documents.participation_numbers": "participation numbers",
        "documents.print_the_back_too_duplex": "print the back too (duplex)",
        "documents.cut_marks": "cut marks",
        "documents.without_qr_code": "without QR code",
        "documents.name_tents_pdf": "name tents (PDF)",
        "documents.programme_pdf": "programme (PDF)",
        "documents.this_participant_s_agenda": "this participant's agenda",
        "documents.lists_pdf": "lists (PDF)",
        "documents.agenda_item_sign_in_sheet": "agenda item (sign-in sheet)",
        "documents.numbers_separated_by_commas": "numbers separated by commas",
        # coopdesk import participants, coopdesk export (Excel lists)
        "io.rows_counted": "{count} {count:row|rows}",
        "io.empty": "empty",
        "io.sheet_read_sheet_to_read": (
            "{source}: sheet “{sheet}” read (--sheet to read another one)"
        ),
        "io.headers_on_row": "Headers on row {header_line}:",
        "io.list_written": "List written: {path}",
        "io.hidden": ", hidden",
        "io.read": "  ← read",
        "io.encoding_delimiter_encoding_and_delimiter": (
            "{source}: encoding {encoding}, delimiter “{shown}” (--encoding and --delimiter to "
            "correct)"
        ),
        "io.export_recognised": "Export recognised: {platform}",
        "io.ignored": "(ignored)",
        "io.date_order": "Date order:",
        "io.new_organisation": "New organisation: {name}",
        "io.please_check": "Please check:",
        "io.new_category": "New category: {name}",
        "io.import_a_participant_list_xlsx": "import a participant list (.xlsx, .csv)",
        "io.id_or_title": "id or title",
        "io.json_mapping": 'JSON mapping {{"header": "field" or null}}',
        "io.csv_encoding": "CSV encoding",
        "io.csv_delimiter": "CSV delimiter",
        "io.name_metavar": "NAME",
        "io.workbook_sheet_to_read_by": (
            "workbook sheet to read (by default: the first visible sheet whose headers are "
            "recognised)"
        ),
        "io.order_of_the_dates_their": (
            "order of the dates their values do not settle: dmy (31/12/2023; by default nothing "
            "is assumed) or mdy (12/31/2023, American forms)"
        ),
        "io.import_despite_the_points_the": "import despite the points the preview asks to check",
        "io.preview_only": "preview only",
        "io.same_e_mail": "same e-mail",
        "io.same_name": "same name",
        "io.the_dates_of_read_both": (
            "The dates of {columns} read both ways: run again with --date-order dmy "
            "(day/month/year) or --date-order mdy (month/day/year)."
        ),
        "io.dry_run_nothing_written": "Dry run: nothing written.",
        "io.import_anyway_y_n": "Import anyway? [y/N] ",
        "io.new": " (new)",
        "io.header_quoted": "“{header}”",
        "io.some_points_need_checking_above": (
            "Some points need checking (above): nothing is imported. Run again with "
            "--accept-warnings to import anyway."
        ),
        "io.import_y_n": "Import into “{title}”? [y/N] ",
        "io.action.new_person": "new person",
        "io.action.existing_person": "person from the directory",
        "io.action.update_participation": "update",
        "io.action.skipped": "already there, nothing to change",
        "io.action_counted.new_person": "{count} {count:new person|new people}",
        "io.action_counted.existing_person": "{count} {count:person|people} from the directory",
        "io.action_counted.update_participation": "{count} {count:update|updates}",
        "io.action_counted.skipped": "{count} already there, nothing to change",
        "io.rows_refused": (
            "{count} {count:row refused|rows refused}: nothing is imported. Fix the file and try "
            "again."
        ),
        "io.imported": (
            "Imported: {added} {added:participant added|participants added} ({created} "
            "{created:new person|new people}), {updated} updated, {skipped} unchanged."
        ),
        "io.export_help.participants": "full list, protocol order",
        "io.export_help.arrivals": "arrivals and departures",
        "io.export_help.rooming": "rooming list by hotel",
        "io.export_help.organisations": "participants by organisation",
        "io.fills": "fills: {fields}",
        # coopdesk venues
        "venues.time_zone_europe_paris": "time zone (Europe/Paris…)",
        "venues.address": "address",
        "venues.city": "city",
        "venues.country_code": "country code",
        "venues.number_of_seats": "number of seats",
        "venues.notes_access_contact": "notes (access, contact…)",
        "venues.venues_list_add_edit": "venues: list, add, edit…",
        "venues.add_a_venue": "add a venue",
        "venues.change_a_venue": "change a venue",
        "venues.delete_a_venue": "delete a venue",
        "venues.even_when_the_programme_uses": (
            "even when the programme uses it: those items keep no venue"
        ),
        "venues.merge_two_records_of_one": "merge two records of one venue",
        "venues.the_venue_kept": "the venue kept",
        "venues.the_venue_merged_into_it": "the venue merged into it",
        "venues.venue_created_no": "Venue created: no. {id}, {name}.",
        "venues.name_of_the_venue": "name of the venue",
        "venues.number_of_the_venue": "number of the venue",
        "venues.new_name": "new name",
        "venues.venue_changed": "Venue changed: {name}.",
        "venues.venue_deleted": "Venue deleted: {name}.",
        "venues.agenda_items_now_without_a": "Agenda items now without a venue: {count}.",
        "venues.merged": "“{removed}” merged into “{kept}” (agenda items moved: {count}).",
        # coopdesk people, coopdesk categories
        "people.yes": "yes",
        "people.people_list_duplicates_merge": "people: list, duplicates, merge",
        "people.records_probably_of_the_same": (
            "records probably of the same person (same e-mail, same name)"
        ),
        "people.merge_two_records_of_the": "merge two records of the same person",
        "people.the_record_kept": "the record kept",
        "people.the_record_merged": "the record merged",
        "people.badge_categories": "badge categories",
        "people.create_a_category": "create a category",
        "people.name_in_french": "name in French",
        "people.name_in_english": "name in English",
        "people.colour": "colour",
        "people.record_no_merged_into_record": (
            "Record no. {id} merged into record no. {id2} ({display_name}); participations "
            "moved: {moved}."
        ),
        "people.category_created_code": "Category created: {label_fr} (code {code}, {colour}).",
        # coopdesk seating
        "seating.table_plans_of_official_meals": "table plans of official meals",
        "seating.seat_the_guests_by_precedence": "seat the guests by precedence",
        "seating.who_sits_where": "who sits where",
        "seating.print_as_pdf": "print as PDF",
        "seating.add_change_remove_a_table": "add, change, remove a table",
        "seating.add_a_table": "add a table",
        "seating.top_table": "top table",
        "seating.change_a_table": "change a table",
        "seating.table_number_or_name": "table number or name",
        "seating.remove_a_table": "remove a table",
        "seating.seat_a_guest_a_swap": "seat a guest (a swap when taken)",
        "seating.guest_name_or_number": "guest (name or number)",
        "seating.pin_to_this_seat": "pin to this seat",
        "seating.choose_the_hosts_in_order": "choose the hosts, in order",
        "seating.none_the_event_s_hosts": "none: the event's hosts",
        "seating.keep_two_guests_apart": "keep two guests apart",
        "seating.clear_every_pair": "clear every pair",
        "seating.placement_rules_and_custom": "placement rules and custom",
        "seating.table_label": "Table {label}",
        "seating.event_title_words": "event (title words)",
        "seating.meal_title_or_number": "meal (title or number)",
        "seating.unseated_one": "Not seated: {names}",
        "seating.unseated_many": "Not seated ({count}): {names}",
        "seating.help.unseat": "unseat a guest",
        "seating.help.pin": "pin a guest to the seat",
        "seating.help.unpin": "unpin a guest",
        "seating.template_help": "tables of a usual room (new plan): {templates}",
    },
}
