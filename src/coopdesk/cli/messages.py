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
        "command.description": (
            "Délégations, conférences et résidences : le bureau des relations internationales."
        ),
        "command.option.database": (
            "base de données (URL SQLAlchemy ; défaut : COOPDESK_DATABASE_URL, sinon un fichier "
            "SQLite local)"
        ),
        "command.option.text": "sans fenêtre : lister les événements dans le terminal",
        "command.option.home": "dossier pour toutes les données (installation portable)",
        "command.command.export": "exporter (calendriers, documents, listes)",
        "command.command.import": "importer (participants, programme)",
        "command.interrupted": (
            "\nInterrompu : l'action en cours est annulée, rien n'en est enregistré."
        ),
        "command.unexpected_error": "Erreur inattendue. Le détail est dans le journal : {logfile}",
        "command.command_metavar": "COMMANDE",
        # the names of the values the commands take (coopdesk.cli.parser)
        "metavar.EVENT": "ÉVÉNEMENT",
        "metavar.DIR": "DOSSIER",
        "metavar.EMAIL": "E-MAIL",
        "metavar.FILE": "FICHIER",
        "metavar.ID": "NUMÉRO",
        "metavar.IDS": "NUMÉROS",
        "metavar.PATH": "CHEMIN",
        "metavar.PREFIX": "PRÉFIXE",
        "metavar.KIND": "TYPE",
        "metavar.STATUS": "STATUT",
        "metavar.YEAR": "ANNÉE",
        "metavar.SEARCH": "TEXTE",
        "metavar.LIMIT": "NOMBRE",
        "metavar.PERSON": "PERSONNE",
        "metavar.LAYOUT": "GABARIT",
        "metavar.ENCODING": "ENCODAGE",
        "metavar.DELIMITER": "SÉPARATEUR",
        "metavar.NAME": "NOM",
        "metavar.ADDRESS": "ADRESSE",
        "metavar.CITY": "VILLE",
        "metavar.CAPACITY": "PLACES",
        "metavar.KEEP": "GARDER",
        "metavar.OTHER": "AUTRE",
        "metavar.ENGLISH": "ANGLAIS",
        "metavar.ITEM": "REPAS",
        "metavar.TEMPLATE": "SALLE",
        "metavar.OUTPUT": "FICHIER",
        "metavar.SEATS": "PLACES",
        "metavar.NUMBER": "NUMÉRO",
        "metavar.GUEST": "INVITÉ",
        "metavar.SEAT": "PLACE",
        "metavar.GUESTS": "INVITÉS",
        # argparse's own words (usage, errors): see coopdesk.cli.parser
        "argparse.usage": "utilisation : ",
        "argparse.positional_arguments": "arguments positionnels",
        "argparse.options": "options",
        "argparse.subcommands": "sous-commandes",
        "argparse.help": "afficher cette aide et quitter",
        "argparse.version": "afficher la version du programme et quitter",
        "argparse.error": "%(prog)s : erreur : %(message)s\n",
        "argparse.warning": "%(prog)s : attention : %(message)s\n",
        "argparse.argument": "argument %(argument_name)s : %(message)s",
        "argparse.unrecognized": "ce qui suit n'est pas reconnu : %s",
        "argparse.required": "il manque %s",
        "argparse.one_required": "il faut l'un des arguments %s",
        "argparse.not_allowed_with": "impossible avec l'argument %s",
        "argparse.ignored_value": "valeur %r ignorée : cette option ne prend pas de valeur",
        "argparse.expected_one": "il faut une valeur",
        "argparse.expected_at_most_one": "il faut au plus une valeur",
        "argparse.expected_at_least_one": "il faut au moins une valeur",
        "argparse.expected_count_one": "il faut %s valeur",
        "argparse.expected_count_many": "il faut %s valeurs",
        "argparse.ambiguous": "option ambiguë : %(option)s peut désigner %(matches)s",
        "argparse.invalid_value": "« %(value)s » n'est pas une valeur valide (%(type)s)",
        "argparse.invalid_choice": (
            "« %(value)s » n'est pas un choix possible (au choix : %(choices)s)"
        ),
        "argparse.unknown_command": (
            "commande inconnue : « %(parser_name)s » (au choix : %(choices)s)"
        ),
        "argparse.cannot_open": "impossible d'ouvrir « %(filename)s » : %(error)s",
        "argparse.dash_mode": "argument « - » avec le mode %r",
        "argparse.command_deprecated": "la commande « %(parser_name)s » est obsolète",
        "argparse.option_deprecated": "l'option « %(option)s » est obsolète",
        "argparse.argument_deprecated": "l'argument « %(argument_name)s » est obsolète",
        # (mistakes in the program rather than in the command typed)
        "argparse.not_callable": "%r n'est pas appelable",
        "argparse.required_positional": "« required » ne s'applique pas à un argument positionnel",
        "argparse.call_not_defined": ".__call__() non défini",
        "argparse.several_subparsers": "un seul groupe de sous-commandes est possible",
        "argparse.groups_same_name": "fusion impossible : deux groupes se nomment %r",
        "argparse.conflicting_option_one": "option en conflit : %s",
        "argparse.conflicting_option_many": "options en conflit : %s",
        "argparse.conflicting_alias": "alias de sous-commande en conflit : %s",
        "argparse.conflicting_subparser": "sous-commande en conflit : %s",
        "argparse.dest_required": "dest= est obligatoire pour une option comme %r",
        "argparse.invalid_conflict_resolution": "valeur de conflict_resolution invalide : %r",
        "argparse.invalid_option_string": (
            "option %(option)r invalide : elle doit commencer par un caractère parmi "
            "%(prefix_chars)r"
        ),
        "argparse.exclusive_optional": (
            "des arguments mutuellement exclusifs sont forcément des options"
        ),
        "argparse.unexpected_option_string": "option inattendue : %s",
        # plain coopdesk: the window, or the events as text
        "start.import_without_window": (
            "Pour importer {calendar} sans fenêtre : coopdesk import ical --event ÉVÉNEMENT "
            "{calendar}"
        ),
        "start.no_display": "Pas d'écran disponible : voici les événements en mode texte.",
        "start.database": "Base de données : {url}",
        "start.next_steps": (
            "Ensuite : « coopdesk participants ASSISES » pour une liste de participants dans "
            "l'ordre protocolaire, « coopdesk --help » pour toutes les commandes."
        ),
        "start.libxcb_cursor_missing": (
            "Il manque la bibliothèque libxcb-cursor0 pour ouvrir la fenêtre (sudo apt install "
            "libxcb-cursor0)."
        ),
        "start.windows_too_old": (
            "coopdesk ne peut pas démarrer : il demande Windows 10 version 1903 (mise à jour "
            "de mai 2019) ou plus récent, ou Windows 11, et cet ordinateur a une version plus "
            "ancienne de Windows (build {build}). Demandez à votre service informatique de "
            "mettre Windows à jour."
        ),
        "start.loading_demo": "Première ouverture : chargement des données de démonstration…",
        # shared by every command
        "common.event_number_or_title": "numéro ou partie du titre",
        "common.date_metavar": "AAAA-MM-JJ",
        "common.do_not_ask": "sans confirmation",
        "common.import_cancelled": "Import abandonné.",
        "common.not_a_date": "« {value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        "common.not_a_number": "« {value} » n'est pas un nombre entier",
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
        "lists.no_conflicts": "Aucun conflit dans le programme.",
        "lists.command.events": "lister les événements",
        "lists.command.participants": "participants d'un événement, dans l'ordre protocolaire",
        "lists.option.category": "code d'une catégorie (coopdesk categories)",
        "lists.command.agenda": "programme d'un événement",
        "lists.command.conflicts": "conflits du programme",
        "lists.command.history": "qui a changé quoi",
        "lists.option.event": "limiter à un événement",
        "lists.cancelled": " (annulé)",
        "lists.arrival_far": (
            "{name} : arrivée le {when}, loin des dates de l'événement ({first} – {last}) : "
            "l'année ou le mois sont-ils justes ?"
        ),
        "lists.departure_far": (
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
        "lists.people_booked_twice": (
            "Double réservation de {start} à {end} pour {people} : {items}"
        ),
        "lists.venue_booked_twice": (
            "Lieu réservé deux fois de {start} à {end} ({venue}) : {items}"
        ),
        "lists.over_item_capacity": (
            "{item} : {count} {count:personne|personnes} pour {limit} {limit:place|places}"
        ),
        "lists.over_venue_capacity": (
            "{item} : {count} {count:personne|personnes}, {venue} en accueille {limit}"
        ),
        # coopdesk db, coopdesk demo
        "database.roles_ready": (
            "Rôles prêts : {reader} (lecture seule), {editor} (modifications), {admin} "
            "(restauration, effacement, purge, journal). Donnez-en un à chaque utilisateur : "
            "coopdesk db roles --grant NOM reader|editor|admin"
        ),
        "database.command.roles": "rôles lecteur, rédacteur, administrateur (PostgreSQL)",
        "database.option.grant": "donner un rôle à un utilisateur du serveur",
        "database.option.list": "qui a quel rôle",
        "database.option.me": "mon rôle et ses limites",
        "database.option.sql": "afficher le script SQL sans rien changer",
        "database.option.prefix": "préfixe des noms de rôles (coopdesk)",
        "database.command.demo": "charger les données de démonstration",
        "database.option.force": "même si la base contient déjà des événements",
        "database.command.db": "mise à jour, sauvegarde, restauration",
        "database.command.upgrade": "mettre le schéma à jour",
        "database.command.backup": (
            "sauvegarder dans un fichier (.json, ou .sqlite3 pour une base SQLite)"
        ),
        "database.command.restore": "remplacer le contenu par une sauvegarde",
        "database.up_to_date": "La base est à jour (révision {revision}).",
        "database.backup_written": "Sauvegarde écrite : {path}",
        "database.role_granted": "« {login} » est maintenant {label} ({name}).",
        "database.login_metavar": "UTILISATEUR",
        "database.safety_copy": "Copie de sécurité : {copy}",
        "database.signed_in_as_administrator": (
            "Connecté en tant que « {user} » (administrateur) : toutes les actions sont permises."
        ),
        "database.no_roles_yet": "Aucun utilisateur n'a encore de rôle.",
        "database.restore_question": "Remplacer tout le contenu de {url} par {path} ? [o/N] ",
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
        "privacy.copy_kind.backup": "sauvegarde",
        "privacy.journal_in_use": (
            "Une autre fenêtre lisait la base : son journal sera vidé à la prochaine fermeture "
            "de coopdesk (ou relancez la commande quand elle sera fermée)."
        ),
        "privacy.vacuum_advised": (
            "PostgreSQL garde les anciennes versions des lignes dans ses fichiers jusqu'au "
            "prochain VACUUM : relancez avec --vacuum (propriétaire des tables) ou demandez « "
            "VACUUM FULL person, participation, agenda_attendee, change_log » à l'administrateur "
            "du serveur."
        ),
        "privacy.copy_cleaned": "Copie nettoyée : {path}",
        "privacy.copy_unreadable": ", illisible : à vérifier à la main",
        "privacy.copies_advice": (
            "Relancez avec --copies pour retirer aussi ces données de ces copies. Les "
            "sauvegardes rangées ailleurs (clés USB, serveurs de fichiers) sont à traiter à la "
            "main."
        ),
        "privacy.command.privacy": "données personnelles : exporter, effacer une personne, purger",
        "privacy.command.export": "tout ce qui est conservé sur une personne (JSON)",
        "privacy.option.person": "numéro, e-mail ou nom",
        "privacy.command.erase": "effacer une personne (droit à l'effacement)",
        "privacy.command.purge": (
            "effacer passeports, dates de naissance, régimes et besoins des anciens invités"
        ),
        "privacy.option.before": "dernier événement terminé avant",
        "privacy.copy_kind.upgrade": "copie d'avant mise à jour",
        "privacy.copy_kind.restore": "copie d'avant restauration",
        "privacy.nothing_was_purged": "Rien n'a été purgé.",
        "privacy.not_a_date": "date attendue AAAA-MM-JJ : {value}",
        "privacy.option.copies": "nettoyer aussi les copies faites par coopdesk",
        "privacy.option.vacuum": "PostgreSQL : VACUUM FULL des tables concernées",
        "privacy.data_written": "Données écrites : {output}",
        "privacy.erase_summary": (
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
        "calendar.written": "Calendrier écrit : {path}",
        "calendar.imported": "Import fait : {created}, {updated}.",
        "calendar.command.export_ical": "calendrier .ics (Outlook, Google, Apple, Thunderbird)",
        "calendar.option.participant": "agenda personnel d'un participant (n° de la liste)",
        "calendar.option.all_participants": "un fichier par participant dans ce dossier",
        "calendar.option.venue": "agenda d'un lieu",
        "calendar.option.from": "tous les événements de cette période (avec --to)",
        "calendar.option.lang": "langue des libellés",
        "calendar.option.organizer_email": "adresse de la collectivité (ORGANIZER)",
        "calendar.command.import_ical": "programme reçu d'un partenaire (.ics)",
        "calendar.option.dry_run": "montrer sans importer",
        "calendar.dry_run": "Simulation : rien n'a été importé.",
        "calendar.import_question": "Importer ? [o/N] ",
        "calendar.agendas_written": (
            "{count} {count:agenda personnel écrit|agendas personnels écrits}"
        ),
        "calendar.agendas_in_folder": "{agendas} dans {folder}",
        "calendar.participants_without_items": (
            "{count} {count:participant n'assiste|participants n'assistent}"
        ),
        "calendar.no_items_no_file": "{nobody} à aucun élément du programme : pas de fichier.",
        # coopdesk export badges, tents, programme, list
        "documents.option.lang": "langue du document",
        "documents.option.output": "fichier PDF à écrire (.pdf)",
        "documents.command.badges": "badges (PDF)",
        "documents.option.layout": (
            "gabarit : a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 ou un gabarit "
            "personnel"
        ),
        "documents.option.participants": "numéros de participation (ex. 12,15)",
        "documents.option.back": "imprimer aussi le verso (recto verso)",
        "documents.option.cut_marks": "traits de coupe",
        "documents.option.no_qr": "sans code QR",
        "documents.command.tents": "chevalets (PDF)",
        "documents.command.programme": "programme (PDF)",
        "documents.option.participant": "programme personnel de ce participant",
        "documents.command.list": "listes (PDF)",
        "documents.option.item": "élément du programme (feuille d'émargement)",
        "documents.not_numbers": "numéros séparés par des virgules",
        # coopdesk import participants, coopdesk export (Excel lists)
        "io.rows_counted": "{count} {count:ligne|lignes}",
        "io.empty": "vide",
        "io.sheet_read": "{source} : feuille « {sheet} » lue (--sheet pour en lire une autre)",
        "io.headers_on_row": "En-têtes ligne {header_line} :",
        "io.list_written": "Liste écrite : {path}",
        "io.hidden": ", masquée",
        "io.read": "  ← lue",
        "io.encoding_and_delimiter": (
            "{source} : encodage {encoding}, séparateur « {shown} » (--encoding et --delimiter "
            "pour corriger)"
        ),
        "io.export_recognised": "Export reconnu : {platform}",
        "io.ignored": "(ignorée)",
        "io.date_order": "Ordre des dates :",
        "io.new_organisation": "Nouvelle organisation : {name}",
        "io.please_check": "Points à vérifier :",
        "io.new_category": "Nouvelle catégorie : {name}",
        "io.command.participants": "importer une liste de participants (.xlsx, .csv)",
        "io.option.event": "numéro ou partie du titre",
        "io.option.mapping": 'correspondance JSON {{"en-tête": "champ" ou null}}',
        "io.option.encoding": "encodage du CSV (utf-8, cp1252…)",
        "io.option.delimiter": "séparateur du CSV (; , tab)",
        "io.metavar.sheet": "NOM",
        "io.option.sheet": (
            "feuille du classeur à lire (par défaut : la première feuille visible dont les "
            "en-têtes sont reconnus)"
        ),
        "io.option.date_order": (
            "ordre des dates que leurs valeurs ne tranchent pas : dmy (31/12/2023, par défaut "
            "rien n'est supposé) ou mdy (12/31/2023, formulaires américains)"
        ),
        "io.option.accept_warnings": "importer malgré les points à vérifier signalés par l'aperçu",
        "io.option.dry_run": "aperçu seulement",
        "io.same_e_mail": "même courriel",
        "io.same_name": "même nom",
        "io.date_order_ambiguous": (
            "Les dates de {columns} se lisent dans les deux ordres : relancez avec --date-order "
            "dmy (jour/mois/année) ou --date-order mdy (mois/jour/année)."
        ),
        "io.dry_run": "Aperçu seulement (--dry-run) : rien n'est écrit.",
        "io.import_anyway_question": "Importer malgré ces points ? [o/N] ",
        "io.new": " (nouvelle)",
        "io.header_quoted": "« {header} »",
        "io.warnings_refused": (
            "Des points sont à vérifier (ci-dessus) : rien n'est importé. Relancez avec "
            "--accept-warnings pour importer quand même."
        ),
        "io.import_question": "Importer dans « {title} » ? [o/N] ",
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
        "venues.option.timezone": "fuseau horaire (Europe/Paris…)",
        "venues.option.address": "adresse",
        "venues.option.city": "ville",
        "venues.option.country": "code pays (FR, UA…)",
        "venues.option.capacity": "nombre de places",
        "venues.option.notes": "notes (accès, contact…)",
        "venues.command.venues": "les lieux : lister, ajouter, modifier…",
        "venues.command.add": "ajouter un lieu",
        "venues.command.edit": "modifier un lieu",
        "venues.command.delete": "supprimer un lieu",
        "venues.option.detach": "même s'il sert au programme : ces éléments n'auront plus de lieu",
        "venues.command.merge": "fusionner deux fiches du même lieu",
        "venues.option.keep": "le lieu gardé",
        "venues.option.other": "le lieu fusionné",
        "venues.venue_created_no": "Lieu créé : n° {id}, {name}.",
        "venues.option.name": "nom du lieu",
        "venues.option.id": "numéro du lieu",
        "venues.option.new_name": "nouveau nom",
        "venues.venue_changed": "Lieu modifié : {name}.",
        "venues.venue_deleted": "Lieu supprimé : {name}.",
        "venues.items_without_venue": "Éléments du programme désormais sans lieu : {count}.",
        "venues.merged": (
            "« {removed} » fusionné dans « {kept} » (éléments du programme déplacés : {count})."
        ),
        # coopdesk people, coopdesk categories
        "people.yes": "oui",
        "people.command.people": "l'annuaire : lister, doublons, fusion",
        "people.command.duplicates": (
            "les fiches probablement de la même personne (même courriel, même nom)"
        ),
        "people.command.merge": "fusionner deux fiches de la même personne",
        "people.command.delete": (
            "supprimer la fiche d'une personne qui ne participe à aucun événement"
        ),
        "people.deleted": "Fiche n° {id} ({display_name}) supprimée.",
        "people.option.keep": "la fiche gardée",
        "people.option.other": "la fiche fusionnée",
        "people.command.categories": "les catégories de badge",
        "people.command.add": "créer une catégorie",
        "people.option.name_fr": "nom en français",
        "people.option.name_en": "nom en anglais",
        "people.option.colour": "couleur",
        "people.merged": (
            "Fiche n° {id} fusionnée dans la fiche n° {id2} ({display_name}) ; participations "
            "reprises : {moved}."
        ),
        "people.category_created_code": "Catégorie créée : {label_fr} (code {code}, {colour}).",
        # coopdesk seating
        "seating.command.seating": "plans de table des repas officiels",
        "seating.command.place": "placer les invités par préséance",
        "seating.command.show": "qui est à quelle place",
        "seating.command.print": "imprimer en PDF",
        "seating.command.table": "ajouter, changer, retirer une table",
        "seating.command.add": "ajouter une table",
        "seating.option.honour": "table d'honneur",
        "seating.command.change": "changer une table",
        "seating.option.table": "numéro ou nom de la table",
        "seating.command.remove": "retirer une table",
        "seating.command.move": "placer un invité (échange si la place est prise)",
        "seating.option.guest": "invité (nom ou numéro)",
        "seating.option.pin": "épingler à cette place",
        "seating.command.hosts": "choisir les hôtes, dans l'ordre",
        "seating.option.guests": "aucun : les hôtes de l'événement",
        "seating.command.apart": "ne pas placer deux invités côte à côte",
        "seating.option.clear": "effacer toutes les paires",
        "seating.command.rules": "règles et usage du placement",
        "seating.table_label": "Table {label}",
        "seating.option.event": "événement (mots du titre)",
        "seating.option.item": "repas (titre ou numéro)",
        "seating.unseated_one": "Sans place : {names}",
        "seating.unseated_many": "Sans place ({count}) : {names}",
        "seating.help.unseat": "libérer la place d'un invité",
        "seating.help.pin": "épingler un invité à sa place",
        "seating.help.unpin": "désépingler un invité",
        "seating.option.template": "tables d'une salle type (nouveau plan) : {templates}",
    },
    "en": {
        # the command itself (coopdesk --help, errors)
        "command.description": (
            "Delegations, conferences and residencies for an international-relations office."
        ),
        "command.option.database": (
            "database (SQLAlchemy URL; default: COOPDESK_DATABASE_URL, else a local SQLite file)"
        ),
        "command.option.text": "no window: list the events in the terminal",
        "command.option.home": "folder for all data (portable install)",
        "command.command.export": "export (calendars, documents, lists)",
        "command.command.import": "import (participants, agenda)",
        "command.interrupted": (
            "\nInterrupted: the action in progress is cancelled, none of it is saved."
        ),
        "command.unexpected_error": "Unexpected error. Details are in the log: {logfile}",
        "command.command_metavar": "COMMAND",
        # the names of the values the commands take (coopdesk.cli.parser)
        "metavar.EVENT": "EVENT",
        "metavar.DIR": "DIR",
        "metavar.EMAIL": "EMAIL",
        "metavar.FILE": "FILE",
        "metavar.ID": "ID",
        "metavar.IDS": "IDS",
        "metavar.PATH": "PATH",
        "metavar.PREFIX": "PREFIX",
        "metavar.KIND": "KIND",
        "metavar.STATUS": "STATUS",
        "metavar.YEAR": "YEAR",
        "metavar.SEARCH": "SEARCH",
        "metavar.LIMIT": "LIMIT",
        "metavar.PERSON": "PERSON",
        "metavar.LAYOUT": "LAYOUT",
        "metavar.ENCODING": "ENCODING",
        "metavar.DELIMITER": "DELIMITER",
        "metavar.NAME": "NAME",
        "metavar.ADDRESS": "ADDRESS",
        "metavar.CITY": "CITY",
        "metavar.CAPACITY": "CAPACITY",
        "metavar.KEEP": "KEEP",
        "metavar.OTHER": "OTHER",
        "metavar.ENGLISH": "ENGLISH",
        "metavar.ITEM": "ITEM",
        "metavar.TEMPLATE": "TEMPLATE",
        "metavar.OUTPUT": "OUTPUT",
        "metavar.SEATS": "SEATS",
        "metavar.NUMBER": "NUMBER",
        "metavar.GUEST": "GUEST",
        "metavar.SEAT": "SEAT",
        "metavar.GUESTS": "GUESTS",
        # argparse's own words (usage, errors): see coopdesk.cli.parser
        "argparse.usage": "usage: ",
        "argparse.positional_arguments": "positional arguments",
        "argparse.options": "options",
        "argparse.subcommands": "subcommands",
        "argparse.help": "show this help message and exit",
        "argparse.version": "show program's version number and exit",
        "argparse.error": "%(prog)s: error: %(message)s\n",
        "argparse.warning": "%(prog)s: warning: %(message)s\n",
        "argparse.argument": "argument %(argument_name)s: %(message)s",
        "argparse.unrecognized": "unrecognized arguments: %s",
        "argparse.required": "the following arguments are required: %s",
        "argparse.one_required": "one of the arguments %s is required",
        "argparse.not_allowed_with": "not allowed with argument %s",
        "argparse.ignored_value": "ignored explicit argument %r",
        "argparse.expected_one": "expected one argument",
        "argparse.expected_at_most_one": "expected at most one argument",
        "argparse.expected_at_least_one": "expected at least one argument",
        "argparse.expected_count_one": "expected %s argument",
        "argparse.expected_count_many": "expected %s arguments",
        "argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
        "argparse.invalid_value": "invalid %(type)s value: %(value)r",
        "argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
        "argparse.unknown_command": "unknown parser %(parser_name)r (choices: %(choices)s)",
        "argparse.cannot_open": "can't open '%(filename)s': %(error)s",
        "argparse.dash_mode": 'argument "-" with mode %r',
        "argparse.command_deprecated": "command '%(parser_name)s' is deprecated",
        "argparse.option_deprecated": "option '%(option)s' is deprecated",
        "argparse.argument_deprecated": "argument '%(argument_name)s' is deprecated",
        # (mistakes in the program rather than in the command typed)
        "argparse.not_callable": "%r is not callable",
        "argparse.required_positional": "'required' is an invalid argument for positionals",
        "argparse.call_not_defined": ".__call__() not defined",
        "argparse.several_subparsers": "cannot have multiple subparser arguments",
        "argparse.groups_same_name": "cannot merge actions - two groups are named %r",
        "argparse.conflicting_option_one": "conflicting option string: %s",
        "argparse.conflicting_option_many": "conflicting option strings: %s",
        "argparse.conflicting_alias": "conflicting subparser alias: %s",
        "argparse.conflicting_subparser": "conflicting subparser: %s",
        "argparse.dest_required": "dest= is required for options like %r",
        "argparse.invalid_conflict_resolution": "invalid conflict_resolution value: %r",
        "argparse.invalid_option_string": (
            "invalid option string %(option)r: must start with a character %(prefix_chars)r"
        ),
        "argparse.exclusive_optional": "mutually exclusive arguments must be optional",
        "argparse.unexpected_option_string": "unexpected option string: %s",
        # plain coopdesk: the window, or the events as text
        "start.import_without_window": (
            "To import {calendar} without a window: coopdesk import ical --event EVENT {calendar}"
        ),
        "start.no_display": "No display available: here are the events as text.",
        "start.database": "Database: {url}",
        "start.next_steps": (
            "Next: “coopdesk participants ASSISES” for a participant list in protocol order, "
            "“coopdesk --help” for every command."
        ),
        "start.libxcb_cursor_missing": (
            "The libxcb-cursor0 library is missing to open the window (sudo apt install "
            "libxcb-cursor0)."
        ),
        "start.windows_too_old": (
            "coopdesk cannot start: it needs Windows 10 version 1903 (May 2019 Update) or "
            "later, or Windows 11, and this computer has an older version of Windows (build "
            "{build}). Ask your IT department to update Windows."
        ),
        "start.loading_demo": "First run: loading the demo data…",
        # shared by every command
        "common.event_number_or_title": "number or part of the title",
        "common.date_metavar": "YYYY-MM-DD",
        "common.do_not_ask": "do not ask",
        "common.import_cancelled": "Import cancelled.",
        "common.not_a_date": "“{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY)",
        "common.not_a_number": "“{value}” is not a whole number",
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
        "lists.no_conflicts": "No conflicts in the agenda.",
        "lists.command.events": "list events",
        "lists.command.participants": "an event's participants, in protocol order",
        "lists.option.category": "a category code (coopdesk categories)",
        "lists.command.agenda": "an event's agenda",
        "lists.command.conflicts": "agenda conflicts",
        "lists.command.history": "who changed what",
        "lists.option.event": "only one event",
        "lists.cancelled": " (cancelled)",
        "lists.arrival_far": (
            "{name}: arrives on {when}, far from the event's dates ({first} – {last}): are the "
            "year and month right?"
        ),
        "lists.departure_far": (
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
        "lists.people_booked_twice": "{people} booked twice from {start} to {end}: {items}",
        "lists.venue_booked_twice": "{venue} booked twice from {start} to {end}: {items}",
        "lists.over_item_capacity": (
            "{item}: {count} {count:person|people} for {limit} {limit:seat|seats}"
        ),
        "lists.over_venue_capacity": "{item}: {count} {count:person|people}, {venue} holds {limit}",
        # coopdesk db, coopdesk demo
        "database.roles_ready": (
            "Roles ready: {reader} (read only), {editor} (changes), {admin} (restore, erase, "
            "purge, change log). Give each user one: coopdesk db roles --grant NAME "
            "reader|editor|admin"
        ),
        "database.command.roles": "reader, editor and administrator roles (PostgreSQL)",
        "database.option.grant": "give a server login a role",
        "database.option.list": "who has which role",
        "database.option.me": "my role and its limits",
        "database.option.sql": "print the SQL script, change nothing",
        "database.option.prefix": "prefix of the role names (coopdesk)",
        "database.command.demo": "load demo data",
        "database.option.force": "even if the database already holds events",
        "database.command.db": "upgrade, backup, restore",
        "database.command.upgrade": "upgrade the schema",
        "database.command.backup": "back up to a file (.json, or .sqlite3 from SQLite)",
        "database.command.restore": "replace the content with a backup",
        "database.up_to_date": "The database is up to date (revision {revision}).",
        "database.backup_written": "Backup written: {path}",
        "database.role_granted": "“{login}” is now {label} ({name}).",
        "database.login_metavar": "LOGIN",
        "database.safety_copy": "Safety copy: {copy}",
        "database.signed_in_as_administrator": (
            "Signed in as “{user}” (administrator): every action is allowed."
        ),
        "database.no_roles_yet": "No user has a role yet.",
        "database.restore_question": "Replace the whole content of {url} with {path}? [y/N] ",
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
        "privacy.copy_kind.backup": "backup",
        "privacy.journal_in_use": (
            "Another window was reading the database: its log will be emptied when coopdesk is "
            "next closed (or run the command again once it is closed)."
        ),
        "privacy.vacuum_advised": (
            "PostgreSQL keeps old row versions in its files until the next VACUUM: run again "
            "with --vacuum (as the tables' owner) or ask the server's administrator for “VACUUM "
            "FULL person, participation, agenda_attendee, change_log”."
        ),
        "privacy.copy_cleaned": "Copy cleaned: {path}",
        "privacy.copy_unreadable": ", unreadable: check it by hand",
        "privacy.copies_advice": (
            "Run again with --copies to take this data out of these copies too. Backups kept "
            "elsewhere (USB sticks, file servers) must be handled by hand."
        ),
        "privacy.command.privacy": "personal data: export, erase a person, purge",
        "privacy.command.export": "everything held about a person (JSON)",
        "privacy.option.person": "number, e-mail or name",
        "privacy.command.erase": "erase a person",
        "privacy.command.purge": "blank past guests' passports, birth dates, diets and needs",
        "privacy.option.before": "last event ended before",
        "privacy.copy_kind.upgrade": "copy made before an upgrade",
        "privacy.copy_kind.restore": "copy made before a restore",
        "privacy.nothing_was_purged": "Nothing was purged.",
        "privacy.not_a_date": "expected a date YYYY-MM-DD: {value}",
        "privacy.option.copies": "clean coopdesk's own copies too",
        "privacy.option.vacuum": "PostgreSQL: VACUUM FULL the tables concerned",
        "privacy.data_written": "Data written: {output}",
        "privacy.erase_summary": (
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
        "calendar.written": "Calendar written: {path}",
        "calendar.imported": "Imported: {created}, {updated}.",
        "calendar.command.export_ical": ".ics calendar (Outlook, Google, Apple, Thunderbird)",
        "calendar.option.participant": "one participant's agenda (list no.)",
        "calendar.option.all_participants": "one file per participant in this folder",
        "calendar.option.venue": "a venue's agenda",
        "calendar.option.from": "every event of this period (with --to)",
        "calendar.option.lang": "language of the labels",
        "calendar.option.organizer_email": "the authority's address (ORGANIZER)",
        "calendar.command.import_ical": "a partner's programme (.ics)",
        "calendar.option.dry_run": "show without importing",
        "calendar.dry_run": "Dry run: nothing was imported.",
        "calendar.import_question": "Import? [y/N] ",
        "calendar.agendas_written": (
            "{count} {count:personal agenda written|personal agendas written}"
        ),
        "calendar.agendas_in_folder": "{agendas} to {folder}",
        "calendar.participants_without_items": (
            "{count} {count:participant attends|participants attend}"
        ),
        "calendar.no_items_no_file": "{nobody} no item: no file.",
        # coopdesk export badges, tents, programme, list
        "documents.option.lang": "language of the document",
        "documents.option.output": "PDF file to write (.pdf)",
        "documents.command.badges": "badges (PDF)",
        "documents.option.layout": (
            "layout: a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 or one of your own"
        ),
        "documents.option.participants": "participation numbers",
        "documents.option.back": "print the back too (duplex)",
        "documents.option.cut_marks": "cut marks",
        "documents.option.no_qr": "without QR code",
        "documents.command.tents": "name tents (PDF)",
        "documents.command.programme": "programme (PDF)",
        "documents.option.participant": "this participant's agenda",
        "documents.command.list": "lists (PDF)",
        "documents.option.item": "agenda item (sign-in sheet)",
        "documents.not_numbers": "numbers separated by commas",
        # coopdesk import participants, coopdesk export (Excel lists)
        "io.rows_counted": "{count} {count:row|rows}",
        "io.empty": "empty",
        "io.sheet_read": "{source}: sheet “{sheet}” read (--sheet to read another one)",
        "io.headers_on_row": "Headers on row {header_line}:",
        "io.list_written": "List written: {path}",
        "io.hidden": ", hidden",
        "io.read": "  ← read",
        "io.encoding_and_delimiter": (
            "{source}: encoding {encoding}, delimiter “{shown}” (--encoding and --delimiter to "
            "correct)"
        ),
        "io.export_recognised": "Export recognised: {platform}",
        "io.ignored": "(ignored)",
        "io.date_order": "Date order:",
        "io.new_organisation": "New organisation: {name}",
        "io.please_check": "Please check:",
        "io.new_category": "New category: {name}",
        "io.command.participants": "import a participant list (.xlsx, .csv)",
        "io.option.event": "id or title",
        "io.option.mapping": 'JSON mapping {{"header": "field" or null}}',
        "io.option.encoding": "CSV encoding",
        "io.option.delimiter": "CSV delimiter",
        "io.metavar.sheet": "NAME",
        "io.option.sheet": (
            "workbook sheet to read (by default: the first visible sheet whose headers are "
            "recognised)"
        ),
        "io.option.date_order": (
            "order of the dates their values do not settle: dmy (31/12/2023; by default nothing "
            "is assumed) or mdy (12/31/2023, American forms)"
        ),
        "io.option.accept_warnings": "import despite the points the preview asks to check",
        "io.option.dry_run": "preview only",
        "io.same_e_mail": "same e-mail",
        "io.same_name": "same name",
        "io.date_order_ambiguous": (
            "The dates of {columns} read both ways: run again with --date-order dmy "
            "(day/month/year) or --date-order mdy (month/day/year)."
        ),
        "io.dry_run": "Dry run: nothing written.",
        "io.import_anyway_question": "Import anyway? [y/N] ",
        "io.new": " (new)",
        "io.header_quoted": "“{header}”",
        "io.warnings_refused": (
            "Some points need checking (above): nothing is imported. Run again with "
            "--accept-warnings to import anyway."
        ),
        "io.import_question": "Import into “{title}”? [y/N] ",
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
        "venues.option.timezone": "time zone (Europe/Paris…)",
        "venues.option.address": "address",
        "venues.option.city": "city",
        "venues.option.country": "country code",
        "venues.option.capacity": "number of seats",
        "venues.option.notes": "notes (access, contact…)",
        "venues.command.venues": "venues: list, add, edit…",
        "venues.command.add": "add a venue",
        "venues.command.edit": "change a venue",
        "venues.command.delete": "delete a venue",
        "venues.option.detach": "even when the programme uses it: those items keep no venue",
        "venues.command.merge": "merge two records of one venue",
        "venues.option.keep": "the venue kept",
        "venues.option.other": "the venue merged into it",
        "venues.venue_created_no": "Venue created: no. {id}, {name}.",
        "venues.option.name": "name of the venue",
        "venues.option.id": "number of the venue",
        "venues.option.new_name": "new name",
        "venues.venue_changed": "Venue changed: {name}.",
        "venues.venue_deleted": "Venue deleted: {name}.",
        "venues.items_without_venue": "Agenda items now without a venue: {count}.",
        "venues.merged": "“{removed}” merged into “{kept}” (agenda items moved: {count}).",
        # coopdesk people, coopdesk categories
        "people.yes": "yes",
        "people.command.people": "people: list, duplicates, merge",
        "people.command.duplicates": "records probably of the same person (same e-mail, same name)",
        "people.command.merge": "merge two records of the same person",
        "people.command.delete": "delete the record of a person who takes part in no event",
        "people.deleted": "Record no. {id} ({display_name}) deleted.",
        "people.option.keep": "the record kept",
        "people.option.other": "the record merged",
        "people.command.categories": "badge categories",
        "people.command.add": "create a category",
        "people.option.name_fr": "name in French",
        "people.option.name_en": "name in English",
        "people.option.colour": "colour",
        "people.merged": (
            "Record no. {id} merged into record no. {id2} ({display_name}); participations "
            "moved: {moved}."
        ),
        "people.category_created_code": "Category created: {label_fr} (code {code}, {colour}).",
        # coopdesk seating
        "seating.command.seating": "table plans of official meals",
        "seating.command.place": "seat the guests by precedence",
        "seating.command.show": "who sits where",
        "seating.command.print": "print as PDF",
        "seating.command.table": "add, change, remove a table",
        "seating.command.add": "add a table",
        "seating.option.honour": "top table",
        "seating.command.change": "change a table",
        "seating.option.table": "table number or name",
        "seating.command.remove": "remove a table",
        "seating.command.move": "seat a guest (a swap when taken)",
        "seating.option.guest": "guest (name or number)",
        "seating.option.pin": "pin to this seat",
        "seating.command.hosts": "choose the hosts, in order",
        "seating.option.guests": "none: the event's hosts",
        "seating.command.apart": "keep two guests apart",
        "seating.option.clear": "clear every pair",
        "seating.command.rules": "placement rules and custom",
        "seating.table_label": "Table {label}",
        "seating.option.event": "event (title words)",
        "seating.option.item": "meal (title or number)",
        "seating.unseated_one": "Not seated: {names}",
        "seating.unseated_many": "Not seated ({count}): {names}",
        "seating.help.unseat": "unseat a guest",
        "seating.help.pin": "pin a guest to the seat",
        "seating.help.unpin": "unpin a guest",
        "seating.option.template": "tables of a usual room (new plan): {templates}",
    },
}
