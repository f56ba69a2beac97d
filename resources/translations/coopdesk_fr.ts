<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopdesk</source>
        <translation>À propos de coopdesk</translation>
    </message>
    <message>
        <source>Delegations, conferences and residencies for an international-relations and protocol office.</source>
        <translation>Délégations, conférences et résidences pour un service des relations internationales et du protocole.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>En cas de problème</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fonts printed in the documents</source>
        <translation>Polices imprimées dans les documents</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>licence text</source>
        <translation>texte de la licence</translation>
    </message>
    <message>
        <source>Unexpected errors are written with their details to the log file; send it to your IT support with a word on what you were doing:</source>
        <translation>Les erreurs inattendues sont écrites avec leur détail dans le journal ; envoyez-le à votre service informatique en précisant ce que vous faisiez :</translation>
    </message>
    <message>
        <source>Your data and settings are kept in:</source>
        <translation>Vos données et vos réglages sont conservés dans :</translation>
    </message>
    <message>
        <source>coopdesk is free software under the European Union Public Licence %1.</source>
        <translation>coopdesk est un logiciel libre sous la licence publique de l&apos;Union européenne (EUPL) %1.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL 3: their libraries are shipped unmodified, as separate files, and can be replaced.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence LGPL 3 : leurs bibliothèques sont livrées sans modification, dans des fichiers séparés, et peuvent être remplacées.</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Search the directory by name or organisation</source>
        <translation>Chercher dans l&apos;annuaire par nom ou organisation</translation>
    </message>
    <message>
        <source>Searc&amp;h the directory:</source>
        <translation>Rec&amp;hercher dans l&apos;annuaire :</translation>
    </message>
    <message>
        <source>&amp;Existing person</source>
        <translation>Per&amp;sonne existante</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Name in own &amp;script</source>
        <translation>Nom dans son é&amp;criture</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;onction</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>Nou&amp;velle organisation…</translation>
    </message>
    <message>
        <source>An organisation not in the directory yet, with its country</source>
        <translation>Une organisation qui n&apos;est pas encore dans l&apos;annuaire, avec son pays</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Rôl&amp;e</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>New organisation %1</source>
        <translation>Nouvelle organisation %1</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier l&apos;élément du programme</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouvel élément du programme</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation>Nouveau &amp;lieu…</translation>
    </message>
    <message>
        <source>A venue that is not in the list yet</source>
        <translation>Un lieu qui n&apos;est pas encore dans la liste</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(aucun lieu)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>seats, if limited</source>
        <translation>places, si elles sont limitées</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Everyone taking part</source>
        <translation>To&amp;us les participants</translation>
    </message>
    <message>
        <source>Only the people &amp;ticked</source>
        <translation>Seule&amp;ment les personnes cochées</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>AgendaListModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Heure de Paris</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Fuseau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>A new item in the programme</source>
        <translation>Un nouvel élément du programme</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>Au&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>Impor&amp;ter un programme (.ics)…</translation>
    </message>
    <message>
        <source>Import a programme received as a calendar file</source>
        <translation>Importer un programme reçu sous forme de fichier calendrier</translation>
    </message>
    <message>
        <source>Ta&amp;ble plan…</source>
        <translation>Plan de ta&amp;ble…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Li&amp;ste</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>No conflicts in this programme.</source>
        <translation>Aucun conflit dans ce programme.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4: %5 {%6:is|are} expected at both</source>
        <translation>Double réservation de %3 à %4 pour %5 : %1 et %2</translation>
    </message>
    <message>
        <source>%1 is booked twice from %2 to %3: %4 and %5</source>
        <translation>Lieu réservé deux fois de %2 à %3 (%1) : %4 et %5</translation>
    </message>
    <message>
        <source>%1: %2 attendees for %3 seats</source>
        <translation>%1 : %2 participants pour %3 places</translation>
    </message>
    <message>
        <source>%1: %2 attendees, more than %3 holds (%4)</source>
        <translation>%1 : %2 participants, plus que %3 ne peut accueillir (%4)</translation>
    </message>
    <message>
        <source>New agenda item %1</source>
        <translation>Nouvel élément du programme %1</translation>
    </message>
    <message>
        <source>Edit agenda item %1</source>
        <translation>Modification de l&apos;élément %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacement de %1</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>Changement de durée de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement with %1</source>
        <translation>Nouvelle convention avec %1</translation>
    </message>
    <message>
        <source>Agreement with %1</source>
        <translation>Convention avec %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>&amp;Forecast amount (€)</source>
        <translation>&amp;Montant prévisionnel (€)</translation>
    </message>
    <message>
        <source>&amp;Signature date</source>
        <translation>Date de &amp;signature</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Date de fi&amp;n</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database was upgraded; the copy made just before is %1</source>
        <translation>La base a été mise à jour ; la copie faite juste avant est %1</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>&amp;All participants (%1)</source>
        <translation>&amp;Tous les participants (%1)</translation>
    </message>
    <message>
        <source>Those &amp;selected in the Participants tab (%1)</source>
        <translation>Ceux &amp;sélectionnés dans l&apos;onglet Participants (%1)</translation>
    </message>
    <message>
        <source>&amp;One badge to reprint:</source>
        <translation>&amp;Un badge à réimprimer :</translation>
    </message>
    <message>
        <source>Print the &amp;back too (duplex)</source>
        <translation>Imprimer aussi le &amp;verso (recto verso)</translation>
    </message>
    <message>
        <source>&amp;Cut marks</source>
        <translation>Traits de &amp;coupe</translation>
    </message>
    <message>
        <source>&amp;QR code (the participant&apos;s reference)</source>
        <translation>Code &amp;QR (référence du participant)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>Ga&amp;barit :</translation>
    </message>
    <message>
        <source>Badges for:</source>
        <translation>Badges pour :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import an agenda into %1</source>
        <translation>Importer un programme dans « %1 »</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a calendar file…</source>
        <translation>&amp;Choisir un fichier calendrier…</translation>
    </message>
    <message>
        <source>Entries already imported from the same programme are updated, not copied.</source>
        <translation>Les rendez-vous déjà importés du même programme sont mis à jour, pas dupliqués.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Choose the programme to import</source>
        <translation>Choisir le programme à importer</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendriers (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Make the places no venue has yet into &amp;venues: %1</source>
        <translation>Créer comme &amp;lieux les endroits qui n&apos;en sont pas encore : %1</translation>
    </message>
    <message>
        <source>Some entries cannot be imported (reason in the last column): nothing is imported until the file is corrected.</source>
        <translation>Certains rendez-vous ne peuvent pas être importés (raison en dernière colonne) : rien n&apos;est importé tant que le fichier n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Importing the agenda…</source>
        <translation>Import du programme…</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Badge categories</source>
        <translation>Catégories de badge</translation>
    </message>
    <message>
        <source>The categories of participants, in the order of lists, with the colour of their badges. A retired category is no longer offered but stays on the participants who have it.</source>
        <translation>Les catégories de participants, dans l&apos;ordre des listes, avec la couleur de leurs badges. Une catégorie retirée n&apos;est plus proposée mais reste celle des participants qui l&apos;ont.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>&amp;Nouvelle catégorie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>Rename, recolour, retire or bring back</source>
        <translation>Renommer, changer la couleur, retirer ou rétablir</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Only a category no participant has; retire the others instead</source>
        <translation>Seulement une catégorie qu&apos;aucun participant n&apos;a ; retirez plutôt les autres</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nouvelle catégorie %1</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Modification de la catégorie %1</translation>
    </message>
    <message>
        <source>Delete category %1</source>
        <translation>Suppression de la catégorie %1</translation>
    </message>
    <message>
        <source>Move category %1</source>
        <translation>Déplacement de la catégorie %1</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>e.g. Entreprise, Chauffeur, Interprète</source>
        <translation>par ex. Entreprise, Chauffeur, Interprète</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nom en &amp;anglais</translation>
    </message>
    <message>
        <source>the French name if left blank</source>
        <translation>le nom français si vide</translation>
    </message>
    <message>
        <source>#RRGGBB, chosen for you if left blank</source>
        <translation>#RRVVBB, choisie pour vous si vide</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>C&amp;ouleur</translation>
    </message>
    <message>
        <source>no longer offered for new participants</source>
        <translation>n&apos;est plus proposée pour de nouveaux participants</translation>
    </message>
    <message>
        <source>&amp;Retired</source>
        <translation>&amp;Retirée</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Drag a block to move it, its bottom edge to change its length.</source>
        <translation>Faites glisser un bloc pour le déplacer, son bord inférieur pour changer sa durée.</translation>
    </message>
    <message>
        <source>Keyboard: arrows or Tab select a block, Enter edits it,</source>
        <translation>Clavier : les flèches ou Tab sélectionnent un bloc, Entrée le modifie,</translation>
    </message>
    <message>
        <source>Alt+↑ / Alt+↓ move it by 15 minutes,</source>
        <translation>Alt+↑ / Alt+↓ le déplacent de 15 minutes,</translation>
    </message>
    <message>
        <source>Alt+Shift+↑ / Alt+Shift+↓ shorten or lengthen it by 15 minutes.</source>
        <translation>Alt+Maj+↑ / Alt+Maj+↓ le raccourcissent ou l’allongent de 15 minutes.</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Sans lieu</translation>
    </message>
    <message>
        <source>(Paris %1)</source>
        <translation>(Paris %1)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>↑ continued</source>
        <translation>↑ suite</translation>
    </message>
    <message>
        <source>continues ↓</source>
        <translation>suite ↓</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search people or organisations</source>
        <translation>Chercher des personnes ou des organisations</translation>
    </message>
    <message>
        <source>Double-click or Enter: edit the person. Delete: remove a person in no event</source>
        <translation>Double-clic ou Entrée : modifier la personne. Suppr : supprimer la fiche d&apos;une personne qui ne participe à aucun événement</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Ed&amp;it organisation…</source>
        <translation>&amp;Modifier l’organisation…</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Supprimer l’organisation…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Delete the record of %1? They take part in no event. Undo (Ctrl+Z) brings the record back.</source>
        <translation>Supprimer la fiche de %1 ? Cette personne ne participe à aucun événement. Annuler (Ctrl+Z) remet la fiche.</translation>
    </message>
    <message>
        <source>Deletion of the record of %1</source>
        <translation>Suppression de la fiche de %1</translation>
    </message>
    <message>
        <source>New organisation %1</source>
        <translation>Nouvelle organisation %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Modification de l’organisation %1</translation>
    </message>
    <message>
        <source>Delete the organisation %1? The people of this organisation keep their record, with no organisation; events keep going without this partner.</source>
        <translation>Supprimer l’organisation %1 ? Les personnes de cette organisation gardent leur fiche, sans organisation ; les événements continuent sans ce partenaire.</translation>
    </message>
    <message>
        <source>{%1:Its partnership, with its agreements, is|Its %1 partnerships, with their agreements, are} deleted too.</source>
        <translation>{%1:Son partenariat, avec ses conventions, est supprimé|Ses %1 partenariats, avec leurs conventions, sont supprimés} aussi.</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Suppression de l’organisation %1</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>La&amp;ngue du document :</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Lists (Excel or CSV)</source>
        <translation>Listes (Excel ou CSV)</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Programme calendar (.ics)</source>
        <translation>Programme pour les agendas (.ics)</translation>
    </message>
    <message>
        <source>The whole programme for Outlook and phones, at the local time of each place.</source>
        <translation>Tout le programme pour Outlook et les téléphones, à l&apos;heure locale de chaque lieu.</translation>
    </message>
    <message>
        <source>Personal agendas (.ics)</source>
        <translation>Agendas personnels (.ics)</translation>
    </message>
    <message>
        <source>A folder with one file per participant, holding only their own items (none for those who declined).</source>
        <translation>Un dossier avec un fichier par participant, ne contenant que ses propres rendez-vous (aucun pour ceux qui se sont excusés).</translation>
    </message>
    <message>
        <source>Every participant with every column, in protocol order; a partner can complete it and send it back for import.</source>
        <translation>Tous les participants avec toutes les colonnes, dans l&apos;ordre protocolaire ; un partenaire peut la compléter et la renvoyer pour import.</translation>
    </message>
    <message>
        <source>Participants grouped by organisation.</source>
        <translation>Participants regroupés par organisation.</translation>
    </message>
    <message>
        <source>By day at local time, for drivers and hosts.</source>
        <translation>Par jour, à l&apos;heure locale, pour les chauffeurs et l&apos;accueil.</translation>
    </message>
    <message>
        <source>One sheet per hotel, as hotels expect it.</source>
        <translation>Une feuille par hôtel, comme les hôtels l&apos;attendent.</translation>
    </message>
    <message>
        <source>Programme (PDF)</source>
        <translation>Programme (PDF)</translation>
    </message>
    <message>
        <source>The visit programme in French or English, with exact times and places.</source>
        <translation>Le programme de la visite en français ou en anglais, avec les heures et les lieux exacts.</translation>
    </message>
    <message>
        <source>Badges (PDF)</source>
        <translation>Badges (PDF)</translation>
    </message>
    <message>
        <source>Badges coloured by category, both forms of each name, on the label sheets or cards you choose; everyone, a selection or one reprint.</source>
        <translation>Badges de la couleur de chaque catégorie, le nom sous ses deux formes, sur les planches d&apos;étiquettes ou les cartes choisies ; pour tous, une sélection ou une réimpression.</translation>
    </message>
    <message>
        <source>Name tents (PDF)</source>
        <translation>Chevalets (PDF)</translation>
    </message>
    <message>
        <source>One folded A4 tent per participant, for the meeting table.</source>
        <translation>Un chevalet A4 plié par participant, pour la table de réunion.</translation>
    </message>
    <message>
        <source>Protocol order, by organisation or category, arrivals and departures, rooming by hotel, sign-in sheets per agenda item.</source>
        <translation>Ordre protocolaire, par organisation ou par catégorie, arrivées et départs, hébergement par hôtel, feuilles d&apos;émargement par élément du programme.</translation>
    </message>
    <message>
        <source>Participant lists (PDF)</source>
        <translation>Listes de participants (PDF)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Files are written in %1, the document language chosen in the settings; printed documents let you choose another.</source>
        <translation>Les fichiers sont rédigés en %1, la langue des documents choisie dans les paramètres ; pour les documents imprimés, vous pouvez en choisir une autre.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Date de dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Date de fi&amp;n</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Part&amp;enaire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Év&amp;énement</translation>
    </message>
    <message>
        <source>Venue time &amp;zone</source>
        <translation>Fuseau &amp;horaire du lieu</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>language codes, e.g. fr, uk</source>
        <translation>codes de langue, par ex. fr, uk</translation>
    </message>
    <message>
        <source>&amp;Budget (€)</source>
        <translation>Budget pré&amp;vu (€)</translation>
    </message>
    <message>
        <source>e.g. 12 500,50</source>
        <translation>par ex. 12 500,50</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>A&amp;rtist</source>
        <translation>Ar&amp;tiste</translation>
    </message>
    <message>
        <source>&amp;Host structure</source>
        <translation>Str&amp;ucture d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Grant (€)</source>
        <translation>&amp;Bourse (€)</translation>
    </message>
    <message>
        <source>Grant ter&amp;ms</source>
        <translation>Modalités de &amp;versement</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>Restitutions atte&amp;ndues</translation>
    </message>
    <message>
        <source>&amp;Residency</source>
        <translation>Résiden&amp;ce</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Search events or partners</source>
        <translation>Chercher un événement ou un partenaire</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation>Logisti&amp;que</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;ocuments</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save the programme as a calendar</source>
        <translation>Enregistrer le programme comme calendrier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>Programme saved as a calendar: %1</source>
        <translation>Programme enregistré comme calendrier : %1</translation>
    </message>
    <message>
        <source>Personal agendas</source>
        <translation>Agendas personnels</translation>
    </message>
    <message>
        <source>This event has no participants yet (other than those who declined).</source>
        <translation>Cet événement n&apos;a pas encore de participants (en dehors de ceux qui se sont excusés).</translation>
    </message>
    <message>
        <source>Choose where to create the folder of personal agendas</source>
        <translation>Choisir où créer le dossier des agendas personnels</translation>
    </message>
    <message>
        <source>Personal agendas – %1</source>
        <translation>Agendas personnels – %1</translation>
    </message>
    <message>
        <source>Writing %1 {%1:personal agenda|personal agendas}…</source>
        <translation>Écriture de %1 {%1:agenda personnel|agendas personnels}…</translation>
    </message>
    <message>
        <source>Save this agenda as a calendar</source>
        <translation>Enregistrer cet agenda comme calendrier</translation>
    </message>
    <message>
        <source>Agenda saved as a calendar: %1</source>
        <translation>Agenda enregistré comme calendrier : %1</translation>
    </message>
    <message>
        <source>Participants in protocol order</source>
        <translation>Participants dans l&apos;ordre protocolaire</translation>
    </message>
    <message>
        <source>Participants by organisation</source>
        <translation>Participants par organisation</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivées et départs</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Liste d&apos;hébergement</translation>
    </message>
    <message>
        <source>Save the list: %1</source>
        <translation>Enregistrer la liste : %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated</source>
        <translation>CSV, séparateur point-virgule</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 — fichier enregistré : %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>Choisir la liste</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, such as a registration form&apos;s export.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV, par exemple l&apos;export d&apos;un formulaire d&apos;inscription.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel)</source>
        <translation>Windows-1252 (Excel français)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation>ISO-8859-15 (Latin-9)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>La feuille du classeur qui contient la liste</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Re&amp;lire</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>Relire le fichier, après l&apos;avoir corrigé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>Feu&amp;ille</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>Premières lignes telles que lues :</translation>
    </message>
    <message>
        <source>Choose the participant list</source>
        <translation>Choisir la liste des participants</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Listes (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2: %3 rows.</source>
        <translation>Lu en %1, colonnes séparées par %2 : %3 lignes.</translation>
    </message>
    <message>
        <source>Read line by line (the file mixes UTF-8 and Windows-1252): see the points to check in the preview.</source>
        <translation>Lu ligne par ligne (le fichier mélange UTF-8 et Windows-1252) : voir les points à vérifier de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”: %2.</source>
        <translation>Classeur Excel, feuille « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 (hidden) — %2</source>
        <translation>%1 (masquée) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to coopdesk</source>
        <translation>Bienvenue dans coopdesk</translation>
    </message>
    <message>
        <source>Your database is ready, and empty.</source>
        <translation>Votre base de données est prête, et vide.</translation>
    </message>
    <message>
        <source>Load the demo data to discover coopdesk? It holds the Assises franco-québécoises, the Apostolove and Kishiwada delegations, a mission to Kendari and an artist residency, with invented people.</source>
        <translation>Charger les données de démonstration pour découvrir coopdesk ? Elles contiennent les Assises franco-québécoises, les délégations d’Apostolove et de Kishiwada, une mission à Kendari et une résidence d’artiste, avec des personnes fictives.</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <translation>coopdesk</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Otherwise what you typed in this form is lost.</source>
        <translation>Sinon, ce que vous avez saisi dans ce formulaire sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Rester</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>This event: %1</source>
        <translation>Cet événement : %1</translation>
    </message>
    <message>
        <source>The whole base</source>
        <translation>Toute la base</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The %1 most recent changes</source>
        <translation>Les %1 modifications les plus récentes</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 modification</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Person from the directory</source>
        <translation>Personne de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Skipped: nothing to change</source>
        <translation>Ignorée : rien à changer</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>fills: %1</source>
        <translation>complète : %1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants into %1</source>
        <translation>Importer des participants dans « %1 »</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Importing the participants…</source>
        <translation>Import des participants…</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Participants in protocol order</source>
        <translation>Participants dans l&apos;ordre protocolaire</translation>
    </message>
    <message>
        <source>Participants by organisation</source>
        <translation>Participants par organisation</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>Participants par catégorie</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivées et départs</translation>
    </message>
    <message>
        <source>Rooming list by hotel</source>
        <translation>Liste d&apos;hébergement par hôtel</translation>
    </message>
    <message>
        <source>Sign-in sheet for an agenda item</source>
        <translation>Feuille d&apos;émargement d&apos;un élément du programme</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Listes de participants</translation>
    </message>
    <message>
        <source>This event has no agenda items yet.</source>
        <translation>Cet événement n&apos;a pas encore d&apos;élément au programme.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>Li&amp;ste :</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Élément du programme :</translation>
    </message>
    <message>
        <source>Sign-in sheet – %1</source>
        <translation>Émargement – %1</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <source>Day / time</source>
        <translation>Jour / heure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hotel / name</source>
        <translation>Hôtel / nom</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée hôtel</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ hôtel</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivées et départs</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Liste d&apos;hébergement</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>time to be confirmed</source>
        <translation>heure à préciser</translation>
    </message>
    <message>
        <source>No travel recorded yet.</source>
        <translation>Aucun voyage saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Hotel to be confirmed</source>
        <translation>Hôtel à confirmer</translation>
    </message>
    <message>
        <source>No hotel recorded yet.</source>
        <translation>Aucun hôtel saisi pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>coopdesk — international relations and protocol</source>
        <translation>coopdesk — relations internationales et protocole</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; organisations</source>
        <translation>&amp;Personnes et organisations</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>P&amp;artenaires</translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Badge categories…</source>
        <translation>&amp;Catégories de badge…</translation>
    </message>
    <message>
        <source>P&amp;urge personal data…</source>
        <translation>P&amp;urger les données personnelles…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>&amp;About coopdesk</source>
        <translation>À &amp;propos de coopdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>New event %1</source>
        <translation>Nouvel événement %1</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <source>Blank the passport number and expiry, date of birth, nationality, dietary and accessibility needs of everyone whose last event ended before %1?

This cannot be undone: a purge is not on the undo stack, and the undo history is cleared.</source>
        <translation>Effacer le numéro et la date d’expiration du passeport, la date de naissance, la nationalité, les régimes alimentaires et les besoins d’accessibilité de toutes les personnes dont le dernier événement s’est terminé avant le %1 ?

Cette opération est définitive : une purge ne peut pas être annulée, et l’historique des annulations est vidé.</translation>
    </message>
    <message>
        <source>People concerned: %1</source>
        <translation>Personnes concernées : %1</translation>
    </message>
    <message>
        <source>People whose sensitive data was blanked: %1</source>
        <translation>Personnes dont les données sensibles ont été effacées : %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file and what it fills. Columns set to “Ignore” are not imported. coopdesk remembers your choices for the next file like this one.</source>
        <translation>Chaque colonne du fichier et ce qu&apos;elle remplit. Les colonnes « Ignorer » ne sont pas importées. coopdesk retient vos choix pour le prochain fichier de la même forme.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Column headers found on row %1.</source>
        <translation>En-têtes de colonnes trouvés ligne %1.</translation>
    </message>
    <message>
        <source>Export recognised: %1.</source>
        <translation>Export reconnu : %1.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>Import a calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>Create the event first: a calendar is imported into an event&apos;s agenda.</source>
        <translation>Créez d&apos;abord l&apos;événement : un calendrier s&apos;importe dans le programme d&apos;un événement.</translation>
    </message>
    <message>
        <source>Import %1 into the agenda of:</source>
        <translation>Importer %1 dans le programme de :</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pay&amp;s</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>code à deux lettres, par ex. FR, UA, JP</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Search by name, function or organisation</source>
        <translation>Chercher par nom, fonction ou organisation</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>Ajouter &amp;un participant…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>Fic&amp;he de la personne…</translation>
    </message>
    <message>
        <source>The person&apos;s record: names, contact details, elected office, passport…</source>
        <translation>La fiche de la personne : noms, coordonnées, mandat électif, passeport…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Restore the au&amp;tomatic order</source>
        <translation>Revenir &amp;à l’ordre automatique</translation>
    </message>
    <message>
        <source>Forget the manual order: order of precedence by role and office</source>
        <translation>Oublier l’ordre manuel : ordre protocolaire selon le rôle et la fonction</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Impor&amp;ter…</translation>
    </message>
    <message>
        <source>Import a participant list (Excel, CSV)</source>
        <translation>Importer une liste de participants (Excel, CSV)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 affichés)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Change %1 of %2 {%2:participant|participants}</source>
        <translation>Modification : %1 de %2 {%2:participant|participants}</translation>
    </message>
    <message>
        <source>Import done: %1 {%1:participant|participants} added (%2 new {%2:person|people}), %3 updated, %4 unchanged.</source>
        <translation>Import terminé : %1 {%1:participant ajouté|participants ajoutés} (%2 {%2:nouvelle personne|nouvelles personnes}), %3 mis à jour, %4 {%4:inchangé|inchangés}.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajout d’un participant</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Retirer les participants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Travel and stay of the selected participant (Enter)</source>
        <translation>Voyage et séjour du participant sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>More ac&amp;tions</source>
        <translation>Plu&amp;s</translation>
    </message>
    <message>
        <source>Give the selected participants the same status, category or role</source>
        <translation>Donner aux participants sélectionnés le même statut, la même catégorie ou le même rôle</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Remove %1 from this event?</source>
        <translation>Retirer %1 de cet événement ?</translation>
    </message>
    <message>
        <source>Remove these %1 participants from this event?</source>
        <translation>Retirer ces %1 participants de cet événement ?</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Retirer des participants</translation>
    </message>
    <message>
        <source>Travel and stay of %1</source>
        <translation>Voyage et séjour de %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter dans l’ordre protocolaire</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre dans l’ordre protocolaire</translation>
    </message>
    <message>
        <source>Restore the automatic order</source>
        <translation>Revenir à l’ordre automatique</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nouveau partenariat…</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Ajouter une con&amp;vention…</translation>
    </message>
    <message>
        <source>A new agreement in the selected partnership</source>
        <translation>Une nouvelle convention dans le partenariat choisi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Kind, date, themes and co-funders of the partnership</source>
        <translation>Type, date, thèmes et cofinanceurs du partenariat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the partnership with its agreements</source>
        <translation>Supprimer le partenariat avec ses conventions</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Forecast amount</source>
        <translation>Montant prévisionnel</translation>
    </message>
    <message>
        <source>Double-click an agreement to edit it</source>
        <translation>Double-cliquez sur une convention pour la modifier</translation>
    </message>
    <message>
        <source>Edit the agr&amp;eement…</source>
        <translation>Modifier la conv&amp;ention…</translation>
    </message>
    <message>
        <source>Delete the agreemen&amp;t…</source>
        <translation>Supprimer la conven&amp;tion…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Double-click an event (or Enter) to open it</source>
        <translation>Double-cliquez sur un événement (ou Entrée) pour l’ouvrir</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Search partners by name, country or theme</source>
        <translation>Chercher un partenaire par nom, pays ou thème</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>Nouveau partenariat avec %1</translation>
    </message>
    <message>
        <source>New agreement %1</source>
        <translation>Nouvelle convention %1</translation>
    </message>
    <message>
        <source>Edit the partnership with %1</source>
        <translation>Modification du partenariat avec %1</translation>
    </message>
    <message>
        <source>Delete the partnership with %1?</source>
        <translation>Supprimer le partenariat avec %1 ?</translation>
    </message>
    <message>
        <source>Its agreements are deleted with it: %1.</source>
        <translation>Ses conventions sont supprimées avec lui : %1.</translation>
    </message>
    <message>
        <source>The partner territory and its events are kept.</source>
        <translation>La collectivité partenaire et ses événements sont conservés.</translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Supprimer le partenariat</translation>
    </message>
    <message>
        <source>Delete the partnership with %1</source>
        <translation>Suppression du partenariat avec %1</translation>
    </message>
    <message>
        <source>Edit the agreement %1</source>
        <translation>Modification de la convention %1</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Supprimer la convention</translation>
    </message>
    <message>
        <source>Delete the agreement “%1”?</source>
        <translation>Supprimer la convention « %1 » ?</translation>
    </message>
    <message>
        <source>Delete the agreement %1</source>
        <translation>Suppression de la convention %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Co-funders: %1</source>
        <translation>Cofinanceurs : %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Modifier le partenariat</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>(choose a partner territory)</source>
        <translation>(choisir un territoire partenaire)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>D&amp;epuis le</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connu</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>e.g. culture, youth, water</source>
        <translation>p. ex. culture, jeunesse, eau</translation>
    </message>
    <message>
        <source>&amp;Co-funders</source>
        <translation>&amp;Cofinanceurs</translation>
    </message>
</context>
<context>
    <name>PdfExports</name>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Enregistrer en PDF : %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>%1 saved (%2 {%2:page|pages}): %3</source>
        <translation>%1 — PDF enregistré (%2 {%2:page|pages}) : %3</translation>
    </message>
    <message>
        <source>Writing the PDF: %1…</source>
        <translation>Enregistrement du PDF : %1…</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Chevalets</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Personal programme</source>
        <translation>Programme personnel</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not change data.</source>
        <translation>Votre rôle (%1) ne permet pas de modifier les données.</translation>
    </message>
    <message>
        <source>Only an administrator may do this; your role: %1.</source>
        <translation>Réservé aux administrateurs ; votre rôle : %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Civility</source>
        <translation>Ci&amp;vilité</translation>
    </message>
    <message>
        <source>Mme, M., Dr…</source>
        <translation>Mme, M., Dr…</translation>
    </message>
    <message>
        <source>Form of &amp;address</source>
        <translation>For&amp;mule d&apos;appel</translation>
    </message>
    <message>
        <source>e.g. Madame la Présidente</source>
        <translation>par ex. Madame la Présidente</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name in own &amp;script</source>
        <translation>Nom dans son é&amp;criture</translation>
    </message>
    <message>
        <source>e.g. Олена Коваленко, 山田 花子</source>
        <translation>par ex. Олена Коваленко, 山田 花子</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;gues</translation>
    </message>
    <message>
        <source>codes, e.g. uk, en</source>
        <translation>codes, par ex. uk, en</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Elected office</source>
        <translation>M&amp;andat électif</translation>
    </message>
    <message>
        <source>(no elected office)</source>
        <translation>(aucun mandat)</translation>
    </message>
    <message>
        <source>&amp;Rank in the office</source>
        <translation>Rang dan&amp;s le mandat</translation>
    </message>
    <message>
        <source>1 for the first deputy mayor…</source>
        <translation>1 pour le premier adjoint…</translation>
    </message>
    <message>
        <source>Own protocol ran&amp;k</source>
        <translation>Rang protoco&amp;laire imposé</translation>
    </message>
    <message>
        <source>only to override the usual order</source>
        <translation>seulement pour passer outre l&apos;ordre habituel</translation>
    </message>
    <message>
        <source>The elected office places the person in the order of precedence (decree 89-655), after the head of delegation.</source>
        <translation>Le mandat électif place la personne dans l&apos;ordre protocolaire (décret 89-655), après le chef de délégation.</translation>
    </message>
    <message>
        <source>Pass&amp;port number</source>
        <translation>N° d&amp;e passeport</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>E&amp;xpiration du passeport</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>Na&amp;tionalité</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>code à deux lettres, par ex. FR, UA, JP</translation>
    </message>
    <message>
        <source>&amp;Diet</source>
        <translation>Rég&amp;ime alimentaire</translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation>Accessi&amp;bilité</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Données personnelles sensibles</translation>
    </message>
    <message>
        <source>Kept only as long as needed: blanked by “Purge personal data” once the person&apos;s last event is over, never written to the change log.</source>
        <translation>Conservées le temps nécessaire seulement : effacées par « Purger les données personnelles » une fois le dernier événement de la personne passé, jamais recopiées dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person %1</source>
        <translation>Nouvelle personne %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Merge the record of %2 into that of %1? Every participation of %2 moves to %1, the blank fields of %1 take the values of %2, and the record of %2 is removed. The merge can be undone.</source>
        <translation>Fusionner la fiche de %2 dans celle de %1 ? Toutes les participations de %2 passent à %1, les champs vides de %1 prennent les valeurs de %2, et la fiche de %2 est supprimée. La fusion peut être annulée.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusion de %1 dans %2</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Double-click an event (or Enter) to open it</source>
        <translation>Double-cliquez sur un événement (ou Entrée) pour l’ouvrir</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>E&amp;xport this agenda (.ics)…</source>
        <translation>E&amp;xporter cet agenda (.ics)…</translation>
    </message>
    <message>
        <source>This person&apos;s items in the chosen event, for their calendar</source>
        <translation>Les rendez-vous de cette personne dans l&apos;événement choisi, pour son agenda</translation>
    </message>
    <message>
        <source>Personal &amp;programme (PDF)…</source>
        <translation>Progra&amp;mme personnel (PDF)…</translation>
    </message>
    <message>
        <source>This person&apos;s programme in the chosen event, ready to print</source>
        <translation>Le programme de cette personne dans l&apos;événement choisi, prêt à imprimer</translation>
    </message>
    <message>
        <source>Export this person&apos;s &amp;data…</source>
        <translation>&amp;Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file (subject access request)</source>
        <translation>Tout ce qui est conservé sur cette personne, dans un fichier JSON (demande d’accès)</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>Effacer &amp;cette personne…</translation>
    </message>
    <message>
        <source>Right to erasure: remove this person for good, with their participations</source>
        <translation>Droit à l’effacement : supprimer définitivement cette personne et ses participations</translation>
    </message>
    <message>
        <source>Delete the rec&amp;ord…</source>
        <translation>Supprimer la fic&amp;he…</translation>
    </message>
    <message>
        <source>Remove the record of a person who takes part in no event (Delete in the list); undo brings it back</source>
        <translation>Supprimer la fiche d&apos;une personne qui ne participe à aucun événement (Suppr dans la liste) ; Annuler la remet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>Names, contact details, elected office, passport and other details</source>
        <translation>Noms, coordonnées, mandat électif, passeport et autres informations</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge the other record into this one, with all its participations</source>
        <translation>Fusionner l&apos;autre fiche dans celle-ci, avec toutes ses participations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Personal agenda in</source>
        <translation>Agenda personnel pour</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>Probably the same person: %1</source>
        <translation>Sans doute la même personne : %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Record to merge into this one:</source>
        <translation>Fiche à fusionner dans celle-ci :</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>Personal data of %1 saved: %2</source>
        <translation>Données personnelles de %1 enregistrées : %2</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their record and their participations in every event are removed, and their name is removed from the change log.

This cannot be undone: an erasure is not on the undo stack, and the undo history is cleared.</source>
        <translation>Effacer définitivement %1 ? Sa fiche et ses participations à tous les événements sont supprimées, et son nom est retiré de l’historique des modifications.

Cette opération est définitive : un effacement ne peut pas être annulé, et l’historique des annulations est vidé.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>Effacement fait : %1.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview – %1</source>
        <translation>Aperçu – %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The preview shows the first %1 pages of %2; all are printed.</source>
        <translation>L&apos;aperçu montre les %1 premières pages sur %2 ; toutes sont imprimées.</translation>
    </message>
    <message>
        <source>%1 – %2 {%2:page|pages}</source>
        <translation>%1 – %2 {%2:page|pages}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Ouvrir dans le lecteur PDF</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import, and then everything or nothing.</source>
        <translation>Rien n&apos;est écrit avant de cliquer sur Importer, et alors tout ou rien.</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>R&amp;elire le fichier</translation>
    </message>
    <message>
        <source>After correcting the file in Excel or a text editor</source>
        <translation>Après avoir corrigé le fichier dans Excel ou un éditeur de texte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2023)</source>
        <translation>Jour/mois/année (31/12/2023)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2023)</source>
        <translation>Mois/jour/année (12/31/2023)</translation>
    </message>
    <message>
        <source>Some dates read both ways: choose their order before importing.</source>
        <translation>Certaines dates se lisent dans les deux ordres : choisissez leur ordre avant d&apos;importer.</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Ordre des dates :</translation>
    </message>
    <message>
        <source>Points to check before importing:</source>
        <translation>Points à vérifier avant d&apos;importer :</translation>
    </message>
    <message>
        <source>I have checked these points: import anyway</source>
        <translation>J&apos;ai vérifié ces points : importer quand même</translation>
    </message>
    <message>
        <source>How the dates are read:</source>
        <translation>Lecture des dates :</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusées : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2).</source>
        <translation>Lignes lues : %1 (%2).</translation>
    </message>
    <message>
        <source>New categories: %1.</source>
        <translation>Nouvelles catégories : %1.</translation>
    </message>
    <message>
        <source>Rows refused: %1. Nothing can be imported until the file is corrected: correct it, save it, then click “Read the file again”.</source>
        <translation>Lignes refusées : %1. Rien ne peut être importé tant que le fichier n&apos;est pas corrigé : corrigez-le, enregistrez-le, puis cliquez sur « Relire le fichier ».</translation>
    </message>
    <message>
        <source>New organisations: %1.</source>
        <translation>Nouvelles organisations : %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>copy made before an upgrade</source>
        <translation>copie d&apos;avant mise à jour</translation>
    </message>
    <message>
        <source>copy made before a restore</source>
        <translation>copie d&apos;avant restauration</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>unreadable: check it by hand</source>
        <translation>illisible : à vérifier à la main</translation>
    </message>
    <message>
        <source>Copies made by coopdesk that still hold this data: %1</source>
        <translation>Copies faites par coopdesk qui contiennent encore ces données : %1</translation>
    </message>
    <message>
        <source>Backups kept elsewhere (USB sticks, file servers) are not searched: handle them by hand.</source>
        <translation>Les sauvegardes rangées ailleurs (clés USB, serveurs de fichiers) ne sont pas examinées : traitez-les à la main.</translation>
    </message>
    <message>
        <source>Also take this data out of these copies</source>
        <translation>Retirer aussi ces données de ces copies</translation>
    </message>
    <message>
        <source>Copies cleaned: %1</source>
        <translation>Copies nettoyées : %1</translation>
    </message>
    <message>
        <source>Another window was reading the database: its log is emptied at the next erasure or when the last window closes.</source>
        <translation>Une autre fenêtre lisait la base : son journal sera vidé au prochain effacement ou à la fermeture de la dernière fenêtre.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps old row versions in its files until the next VACUUM: ask the server&apos;s administrator for “VACUUM FULL person, participation, agenda_attendee, change_log” (or run “coopdesk privacy … --vacuum”).</source>
        <translation>PostgreSQL garde les anciennes versions des lignes dans ses fichiers jusqu&apos;au prochain VACUUM : demandez à l&apos;administrateur du serveur « VACUUM FULL person, participation, agenda_attendee, change_log » (ou lancez « coopdesk privacy … --vacuum »).</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge personal data</source>
        <translation>Purger les données personnelles</translation>
    </message>
    <message>
        <source>For every person whose last event ended before the date below, these fields are blanked: passport number and expiry, date of birth, nationality, dietary needs and accessibility needs. Their name, contact details and participations are kept. People registered to no event are left alone.</source>
        <translation>Pour chaque personne dont le dernier événement s’est terminé avant la date ci-dessous, ces champs sont effacés : numéro et date d’expiration du passeport, date de naissance, nationalité, régime alimentaire et besoins d’accessibilité. Son nom, ses coordonnées et ses participations sont conservés. Les personnes inscrites à aucun événement ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Last event ended &amp;before</source>
        <translation>Dernier &amp;événement terminé avant le</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>P&amp;urger…</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the document in the PDF viewer</source>
        <translation>Ouvrir le document dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Look at the pages, then print them</source>
        <translation>Voir les pages, puis les imprimer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation>rectangulaire</translation>
    </message>
    <message>
        <source>imperial</source>
        <translation>impériale</translation>
    </message>
    <message>
        <source>U-shaped</source>
        <translation>en U</translation>
    </message>
    <message>
        <source>T-shaped</source>
        <translation>en T</translation>
    </message>
    <message>
        <source>One rectangular table of 12</source>
        <translation>Une table rectangulaire de 12</translation>
    </message>
    <message>
        <source>One rectangular table of 20</source>
        <translation>Une table rectangulaire de 20</translation>
    </message>
    <message>
        <source>One imperial table of 24</source>
        <translation>Une table impériale de 24</translation>
    </message>
    <message>
        <source>One U-shaped table of 30</source>
        <translation>Une table en U de 30</translation>
    </message>
    <message>
        <source>One T-shaped table of 24</source>
        <translation>Une table en T de 24</translation>
    </message>
    <message>
        <source>10 round tables of 10</source>
        <translation>10 tables rondes de 10</translation>
    </message>
    <message>
        <source>30 round tables of 10</source>
        <translation>30 tables rondes de 10</translation>
    </message>
    <message>
        <source>Table plan</source>
        <translation>Plan de table</translation>
    </message>
    <message>
        <source>No table (to add)</source>
        <translation>Sans table (à ajouter)</translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <source>French style</source>
        <translation>À la française</translation>
    </message>
    <message>
        <source>English style</source>
        <translation>À l&apos;anglaise</translation>
    </message>
    <message>
        <source>Alternate women and men</source>
        <translation>Alterner femmes et hommes</translation>
    </message>
    <message>
        <source>Spread delegations</source>
        <translation>Répartir les délégations</translation>
    </message>
    <message>
        <source>Interpreters beside</source>
        <translation>Interprètes à côté</translation>
    </message>
    <message>
        <source>&amp;Place by precedence</source>
        <translation>&amp;Placer par préséance</translation>
    </message>
    <message>
        <source>Add a table</source>
        <translation>Ajouter une table</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Plan (A4 landscape)</source>
        <translation>Plan (A4 paysage)</translation>
    </message>
    <message>
        <source>Plan (A3 landscape)</source>
        <translation>Plan (A3 paysage)</translation>
    </message>
    <message>
        <source>Who sits where (entrance)</source>
        <translation>Liste « qui est où » pour l&apos;entrée</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Cartons de table</translation>
    </message>
    <message>
        <source>Name tents in seat order</source>
        <translation>Chevalets dans l&apos;ordre des places</translation>
    </message>
    <message>
        <source>Delete the plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>Pla&amp;ces :</translation>
    </message>
    <message>
        <source>Hosts…</source>
        <translation>Hôtes…</translation>
    </message>
    <message>
        <source>Keep apart…</source>
        <translation>Tenir éloignés…</translation>
    </message>
    <message>
        <source>No seat chosen.</source>
        <translation>Aucune place choisie.</translation>
    </message>
    <message>
        <source>Unseat</source>
        <translation>Libérer la place</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> and %n more</source>
        <comment>one</comment>
        <translation> et %n autre</translation>
    </message>
    <message>
        <source> and %n more</source>
        <comment>many</comment>
        <translation> et %n autres</translation>
    </message>
    <message>
        <source>Hosts: </source>
        <translation>Hôtes : </translation>
    </message>
    <message>
        <source>Kept apart: </source>
        <translation>Tenus éloignés : </translation>
    </message>
    <message>
        <source>Table plan — </source>
        <translation>Plan de table — </translation>
    </message>
    <message>
        <source>Everybody is seated.</source>
        <translation>Tout le monde est placé.</translation>
    </message>
    <message>
        <source>%n guest not seated:</source>
        <translation>%n invité sans place :</translation>
    </message>
    <message>
        <source>%n guests not seated:</source>
        <translation>%n invités sans place :</translation>
    </message>
    <message>
        <source>Table %1, seat %2</source>
        <translation>Table %1, place %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a seat and its guest</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Create the table plan</source>
        <translation>Créer le plan de table</translation>
    </message>
    <message>
        <source>Place by precedence</source>
        <translation>Placer par préséance</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Changer les règles</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>Échanger %1 et %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Placer %1</translation>
    </message>
    <message>
        <source>Unseat %1</source>
        <translation>Libérer la place de %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épingler %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>Move table %1</source>
        <translation>Déplacer la table %1</translation>
    </message>
    <message>
        <source>Edit the table…</source>
        <translation>Modifier la table…</translation>
    </message>
    <message>
        <source>Delete the table</source>
        <translation>Supprimer la table</translation>
    </message>
    <message>
        <source>Edit table %1</source>
        <translation>Modifier la table %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Supprimer la table %1</translation>
    </message>
    <message>
        <source>Hosts, in protocol order</source>
        <translation>Hôtes, par ordre protocolaire</translation>
    </message>
    <message>
        <source>Choose the hosts</source>
        <translation>Choisir les hôtes</translation>
    </message>
    <message>
        <source>Two guests not to seat side by side</source>
        <translation>Deux invités à ne pas placer côte à côte</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Tenir éloignés</translation>
    </message>
    <message>
        <source>Delete the table plan</source>
        <translation>Supprimer le plan de table</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>A shared Postgre&amp;SQL server</source>
        <translation>Un ser&amp;veur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>M&amp;ot de passe</translation>
    </message>
    <message>
        <source>A new database choice applies the next time coopdesk starts.</source>
        <translation>Un changement de base de données prend effet au prochain démarrage de coopdesk.</translation>
    </message>
    <message>
        <source>Your authority (used on every document)</source>
        <translation>Votre collectivité (reprise sur chaque document)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Default time &amp;zone</source>
        <translation>Fuseau &amp;horaire par défaut</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Langue de&amp;s documents</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>&amp;Choisir un logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Kept: leave empty to keep it</source>
        <translation>Enregistré : laissez vide pour le garder</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring (%1), never in the settings file.</source>
        <translation>Le mot de passe est gardé dans le trousseau du système (%1), jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept only until coopdesk closes. To avoid typing it again, put it in PostgreSQL&apos;s password file (pgpass).</source>
        <translation>Aucun trousseau système n&apos;est disponible : le mot de passe n&apos;est gardé que jusqu&apos;à la fermeture de coopdesk. Pour ne pas le retaper, mettez-le dans le fichier de mots de passe de PostgreSQL (pgpass).</translation>
    </message>
    <message>
        <source>New logo chosen</source>
        <translation>Nouveau logo choisi</translation>
    </message>
    <message>
        <source>A logo is set</source>
        <translation>Un logo est enregistré</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Images (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Quelqu’un d’autre a modifié cet enregistrement</translation>
    </message>
    <message>
        <source>Someone else changed what you are changing in the meantime. For each field below, keep your version or theirs; your other changes are saved either way.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps ce que vous modifiez. Pour chaque champ ci-dessous, gardez votre version ou la sienne ; vos autres changements sont enregistrés dans les deux cas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Garder sa version</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Enregistrer ma version</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>&amp;Top table</source>
        <translation>Table d&apos;&amp;honneur</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>N&amp;ame (optional)</source>
        <translation>N&amp;om (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation>&amp;Forme</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Places</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>pas une heure</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Travel and stay of %1</source>
        <translation>Voyage et séjour de %1</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>Arri&amp;vée</translation>
    </message>
    <message>
        <source>set</source>
        <translation>renseigné</translation>
    </message>
    <message>
        <source>Arrival time &amp;zone</source>
        <translation>F&amp;useau horaire de l’arrivée</translation>
    </message>
    <message>
        <source>Arrival &amp;transport</source>
        <translation>&amp;Transport à l’arrivée</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Arrival &amp;number</source>
        <translation>&amp;Numéro à l’arrivée</translation>
    </message>
    <message>
        <source>flight or train number</source>
        <translation>numéro de vol ou de train</translation>
    </message>
    <message>
        <source>Arrival &amp;place</source>
        <translation>Li&amp;eu d’arrivée</translation>
    </message>
    <message>
        <source>airport, station…</source>
        <translation>aéroport, gare…</translation>
    </message>
    <message>
        <source>&amp;Departure</source>
        <translation>&amp;Départ</translation>
    </message>
    <message>
        <source>Departure time z&amp;one</source>
        <translation>Fuseau &amp;horaire du départ</translation>
    </message>
    <message>
        <source>Departure t&amp;ransport</source>
        <translation>Tran&amp;sport au départ</translation>
    </message>
    <message>
        <source>Departure n&amp;umber</source>
        <translation>Nu&amp;méro au départ</translation>
    </message>
    <message>
        <source>Departure p&amp;lace</source>
        <translation>Lieu de dé&amp;part</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>Hôte&amp;l</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Arrivée &amp;à l’hôtel</translation>
    </message>
    <message>
        <source>Chec&amp;k-out</source>
        <translation>S&amp;ortie de l’hôtel</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>&amp;Chambre</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Town hall — council chamber</source>
        <translation>par ex. Hôtel de ville — salle du conseil</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>code à deux lettres, par ex. FR, UA, JP</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>seats, if known</source>
        <translation>nombre de places, s&apos;il est connu</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>access, contact on site, equipment…</source>
        <translation>accès, contact sur place, équipement…</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>New venue %1</source>
        <translation>Nouveau lieu %1</translation>
    </message>
    <message>
        <source>Search venues by name, address or city</source>
        <translation>Chercher un lieu par nom, adresse ou ville</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>F&amp;usionner avec…</translation>
    </message>
    <message>
        <source>Two records of the same place: keep one, its items move to it</source>
        <translation>Deux fiches du même lieu : en garder une, les éléments du programme y sont déplacés</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Choose a venue in the list.</source>
        <translation>Choisissez un lieu dans la liste.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Double-click an item to open its event</source>
        <translation>Double-cliquez sur un élément pour ouvrir son événement</translation>
    </message>
    <message>
        <source>&amp;Calendar of this venue…</source>
        <translation>&amp;Calendrier de ce lieu…</translation>
    </message>
    <message>
        <source>Every item held here, across events, for the venue&apos;s manager (.ics)</source>
        <translation>Tout ce qui se tient ici, tous événements confondus, pour le gestionnaire du lieu (.ics)</translation>
    </message>
    <message>
        <source>In the programmes</source>
        <translation>Aux programmes</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>Modification du lieu %1</translation>
    </message>
    <message>
        <source>Merge venues</source>
        <translation>Fusionner des lieux</translation>
    </message>
    <message>
        <source>There is no other venue to merge into.</source>
        <translation>Il n&apos;y a pas d&apos;autre lieu avec lequel fusionner.</translation>
    </message>
    <message>
        <source>Merge “%1” into the venue below: its agenda items move there, its details fill the blanks of the one kept, and “%1” is removed.</source>
        <translation>Fusionner « %1 » avec le lieu ci-dessous : ses éléments du programme y sont déplacés, ses informations complètent celles du lieu gardé, et « %1 » est supprimé.</translation>
    </message>
    <message>
        <source>Merge venue %1 into %2</source>
        <translation>Fusion du lieu %1 avec %2</translation>
    </message>
    <message>
        <source>“%1” is used by these agenda items; once it is deleted they have no venue:</source>
        <translation>« %1 » sert à ces éléments du programme ; une fois le lieu supprimé, ils n&apos;auront plus de lieu :</translation>
    </message>
    <message>
        <source>To move them to another venue instead, use “Merge into…”.</source>
        <translation>Pour les déplacer plutôt vers un autre lieu, utilisez « Fusionner avec… ».</translation>
    </message>
    <message>
        <source>Delete this venue anyway?</source>
        <translation>Supprimer ce lieu malgré tout ?</translation>
    </message>
    <message>
        <source>Delete the venue “%1”?</source>
        <translation>Supprimer le lieu « %1 » ?</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Supprimer le lieu</translation>
    </message>
    <message>
        <source>Delete venue %1</source>
        <translation>Suppression du lieu %1</translation>
    </message>
    <message>
        <source>Save the calendar of this venue</source>
        <translation>Enregistrer le calendrier de ce lieu</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar of %1 saved: %2</source>
        <translation>Calendrier de %1 enregistré : %2</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong and the action was not completed. The details are in the log file: %1</source>
        <translation>Un problème est survenu et l’action n’a pas abouti. Les détails sont dans le journal : %1</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <translation>coopdesk</translation>
    </message>
</context>
</TS>
