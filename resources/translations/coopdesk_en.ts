<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About coopdesk</source>
        <translation>About coopdesk</translation>
    </message>
    <message>
        <source>Delegations, conferences and residencies for an international-relations and protocol office.</source>
        <translation>Delegations, conferences and residencies for an international-relations and protocol office.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>If something goes wrong</source>
        <translation>If something goes wrong</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fonts printed in the documents</source>
        <translation>Fonts printed in the documents</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>licence text</source>
        <translation>licence text</translation>
    </message>
    <message>
        <source>Unexpected errors are written with their details to the log file; send it to your IT support with a word on what you were doing:</source>
        <translation>Unexpected errors are written with their details to the log file; send it to your IT support with a word on what you were doing:</translation>
    </message>
    <message>
        <source>Your data and settings are kept in:</source>
        <translation>Your data and settings are kept in:</translation>
    </message>
    <message>
        <source>coopdesk is free software under the European Union Public Licence %1.</source>
        <translation>coopdesk is free software under the European Union Public Licence %1.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL 3: their libraries are shipped unmodified, as separate files, and can be replaced.</source>
        <translation>Qt and PySide6 are used under the LGPL 3: their libraries are shipped unmodified, as separate files, and can be replaced.</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Search the directory by name or organisation</source>
        <translation>Search the directory by name or organisation</translation>
    </message>
    <message>
        <source>Searc&amp;h the directory:</source>
        <translation>Searc&amp;h the directory:</translation>
    </message>
    <message>
        <source>&amp;Existing person</source>
        <translation>E&amp;xisting person</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Name in own &amp;script</source>
        <translation>Name in own &amp;script</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;unction</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>Ne&amp;w organisation…</translation>
    </message>
    <message>
        <source>An organisation not in the directory yet, with its country</source>
        <translation>An organisation not in the directory yet, with its country</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New organisation %1</source>
        <translation>New organisation %1</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation>New &amp;venue…</translation>
    </message>
    <message>
        <source>A venue that is not in the list yet</source>
        <translation>A venue that is not in the list yet</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(no venue)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>seats, if limited</source>
        <translation>seats, if limited</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>&amp;Everyone taking part</source>
        <translation>Eve&amp;ryone taking part</translation>
    </message>
    <message>
        <source>Only the people &amp;ticked</source>
        <translation>O&amp;nly the people ticked</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>AgendaListModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Paris time</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>A new item in the programme</source>
        <translation>A new item in the programme</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>&amp;Import agenda (.ics)…</source>
        <translation>Import &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Import a programme received as a calendar file</source>
        <translation>Import a programme received as a calendar file</translation>
    </message>
    <message>
        <source>Ta&amp;ble plan…</source>
        <translation>Ta&amp;ble plan…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Li&amp;st</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>No conflicts in this programme.</source>
        <translation>No conflicts in this programme.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap from %3 to %4: %5 {%6:is|are} expected at both</source>
        <translation>%1 and %2 overlap from %3 to %4: %5 {%6:is|are} expected at both</translation>
    </message>
    <message>
        <source>%1 is booked twice from %2 to %3: %4 and %5</source>
        <translation>%1 is booked twice from %2 to %3: %4 and %5</translation>
    </message>
    <message>
        <source>%1: %2 attendees for %3 seats</source>
        <translation>%1: %2 attendees for %3 seats</translation>
    </message>
    <message>
        <source>%1: %2 attendees, more than %3 holds (%4)</source>
        <translation>%1: %2 attendees, more than %3 holds (%4)</translation>
    </message>
    <message>
        <source>New agenda item %1</source>
        <translation>New agenda item %1</translation>
    </message>
    <message>
        <source>Edit agenda item %1</source>
        <translation>Edit agenda item %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>Change the length of %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement with %1</source>
        <translation>New agreement with %1</translation>
    </message>
    <message>
        <source>Agreement with %1</source>
        <translation>Agreement with %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>&amp;Forecast amount (€)</source>
        <translation>Forecast &amp;amount (€)</translation>
    </message>
    <message>
        <source>&amp;Signature date</source>
        <translation>&amp;Signature date</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>E&amp;nd date</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database was upgraded; the copy made just before is %1</source>
        <translation>The database was upgraded; the copy made just before is %1</translation>
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
        <translation>&amp;All participants (%1)</translation>
    </message>
    <message>
        <source>Those &amp;selected in the Participants tab (%1)</source>
        <translation>Those selected &amp;in the Participants tab (%1)</translation>
    </message>
    <message>
        <source>&amp;One badge to reprint:</source>
        <translation>One &amp;badge to reprint:</translation>
    </message>
    <message>
        <source>Print the &amp;back too (duplex)</source>
        <translation>P&amp;rint the back too (duplex)</translation>
    </message>
    <message>
        <source>&amp;Cut marks</source>
        <translation>&amp;Cut marks</translation>
    </message>
    <message>
        <source>&amp;QR code (the participant&apos;s reference)</source>
        <translation>&amp;QR code (the participant&apos;s reference)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Badges for:</source>
        <translation>Badges for:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Import an agenda into %1</source>
        <translation>Import an agenda into %1</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose a calendar file…</source>
        <translation>&amp;Choose a calendar file…</translation>
    </message>
    <message>
        <source>Entries already imported from the same programme are updated, not copied.</source>
        <translation>Entries already imported from the same programme are updated, not copied.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the programme to import</source>
        <translation>Choose the programme to import</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendars (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Make the places no venue has yet into &amp;venues: %1</source>
        <translation>Make the places no venue has yet into &amp;venues: %1</translation>
    </message>
    <message>
        <source>Some entries cannot be imported (reason in the last column): nothing is imported until the file is corrected.</source>
        <translation>Some entries cannot be imported (reason in the last column): nothing is imported until the file is corrected.</translation>
    </message>
    <message>
        <source>Importing the agenda…</source>
        <translation>Importing the agenda…</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Badge categories</source>
        <translation>Badge categories</translation>
    </message>
    <message>
        <source>The categories of participants, in the order of lists, with the colour of their badges. A retired category is no longer offered but stays on the participants who have it.</source>
        <translation>The categories of participants, in the order of lists, with the colour of their badges. A retired category is no longer offered but stays on the participants who have it.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>&amp;New category…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Rename, recolour, retire or bring back</source>
        <translation>Rename, recolour, retire or bring back</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Only a category no participant has; retire the others instead</source>
        <translation>Only a category no participant has; retire the others instead</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>New category %1</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Edit category %1</translation>
    </message>
    <message>
        <source>Delete category %1</source>
        <translation>Delete category %1</translation>
    </message>
    <message>
        <source>Move category %1</source>
        <translation>Move category %1</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Edit category</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Name in &amp;French</translation>
    </message>
    <message>
        <source>e.g. Entreprise, Chauffeur, Interprète</source>
        <translation>e.g. Entreprise, Chauffeur, Interprète</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Name in &amp;English</translation>
    </message>
    <message>
        <source>the French name if left blank</source>
        <translation>the French name if left blank</translation>
    </message>
    <message>
        <source>#RRGGBB, chosen for you if left blank</source>
        <translation>#RRGGBB, chosen for you if left blank</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <source>no longer offered for new participants</source>
        <translation>no longer offered for new participants</translation>
    </message>
    <message>
        <source>&amp;Retired</source>
        <translation>&amp;Retired</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choose in a calendar</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Drag a block to move it, its bottom edge to change its length.</source>
        <translation>Drag a block to move it, its bottom edge to change its length.</translation>
    </message>
    <message>
        <source>Keyboard: arrows or Tab select a block, Enter edits it,</source>
        <translation>Keyboard: arrows or Tab select a block, Enter edits it,</translation>
    </message>
    <message>
        <source>Alt+↑ / Alt+↓ move it by 15 minutes,</source>
        <translation>Alt+↑ / Alt+↓ move it by 15 minutes,</translation>
    </message>
    <message>
        <source>Alt+Shift+↑ / Alt+Shift+↓ shorten or lengthen it by 15 minutes.</source>
        <translation>Alt+Shift+↑ / Alt+Shift+↓ shorten or lengthen it by 15 minutes.</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>No venue</translation>
    </message>
    <message>
        <source>(Paris %1)</source>
        <translation>(Paris %1)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelled)</translation>
    </message>
    <message>
        <source>↑ continued</source>
        <translation>↑ continued</translation>
    </message>
    <message>
        <source>continues ↓</source>
        <translation>continues ↓</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search people or organisations</source>
        <translation>Search people or organisations</translation>
    </message>
    <message>
        <source>Double-click or Enter: edit the person. Delete: remove a person in no event</source>
        <translation>Double-click or Enter: edit the person. Delete: remove a person who takes part in no event</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>Ed&amp;it organisation…</source>
        <translation>Ed&amp;it organisation…</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>&amp;Delete organisation…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Delete the record</translation>
    </message>
    <message>
        <source>Delete the record of %1? They take part in no event. Undo (Ctrl+Z) brings the record back.</source>
        <translation>Delete the record of %1? This person takes part in no event. Undo (Ctrl+Z) brings the record back.</translation>
    </message>
    <message>
        <source>Deletion of the record of %1</source>
        <translation>Deletion of the record of %1</translation>
    </message>
    <message>
        <source>New organisation %1</source>
        <translation>New organisation %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>Edit organisation %1</translation>
    </message>
    <message>
        <source>Delete the organisation %1? The people of this organisation keep their record, with no organisation; events keep going without this partner.</source>
        <translation>Delete the organisation %1? The people of this organisation keep their record, with no organisation; events keep going without this partner.</translation>
    </message>
    <message>
        <source>{%1:Its partnership, with its agreements, is|Its %1 partnerships, with their agreements, are} deleted too.</source>
        <translation>{%1:Its partnership, with its agreements, is|Its %1 partnerships, with their agreements, are} deleted too.</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>Delete organisation %1</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Delete organisation</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Language of &amp;the document:</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Calendars</source>
        <translation>Calendars</translation>
    </message>
    <message>
        <source>Lists (Excel or CSV)</source>
        <translation>Lists (Excel or CSV)</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Programme calendar (.ics)</source>
        <translation>Programme calendar (.ics)</translation>
    </message>
    <message>
        <source>The whole programme for Outlook and phones, at the local time of each place.</source>
        <translation>The whole programme for Outlook and phones, at the local time of each place.</translation>
    </message>
    <message>
        <source>Personal agendas (.ics)</source>
        <translation>Personal agendas (.ics)</translation>
    </message>
    <message>
        <source>A folder with one file per participant, holding only their own items (none for those who declined).</source>
        <translation>A folder with one file per participant, holding only their own items (none for those who declined).</translation>
    </message>
    <message>
        <source>Every participant with every column, in protocol order; a partner can complete it and send it back for import.</source>
        <translation>Every participant with every column, in protocol order; a partner can complete it and send it back for import.</translation>
    </message>
    <message>
        <source>Participants grouped by organisation.</source>
        <translation>Participants grouped by organisation.</translation>
    </message>
    <message>
        <source>By day at local time, for drivers and hosts.</source>
        <translation>By day at local time, for drivers and hosts.</translation>
    </message>
    <message>
        <source>One sheet per hotel, as hotels expect it.</source>
        <translation>One sheet per hotel, as hotels expect it.</translation>
    </message>
    <message>
        <source>Programme (PDF)</source>
        <translation>Programme (PDF)</translation>
    </message>
    <message>
        <source>The visit programme in French or English, with exact times and places.</source>
        <translation>The visit programme in French or English, with exact times and places.</translation>
    </message>
    <message>
        <source>Badges (PDF)</source>
        <translation>Badges (PDF)</translation>
    </message>
    <message>
        <source>Badges coloured by category, both forms of each name, on the label sheets or cards you choose; everyone, a selection or one reprint.</source>
        <translation>Badges coloured by category, both forms of each name, on the label sheets or cards you choose; everyone, a selection or one reprint.</translation>
    </message>
    <message>
        <source>Name tents (PDF)</source>
        <translation>Name tents (PDF)</translation>
    </message>
    <message>
        <source>One folded A4 tent per participant, for the meeting table.</source>
        <translation>One folded A4 tent per participant, for the meeting table.</translation>
    </message>
    <message>
        <source>Protocol order, by organisation or category, arrivals and departures, rooming by hotel, sign-in sheets per agenda item.</source>
        <translation>Protocol order, by organisation or category, arrivals and departures, rooming by hotel, sign-in sheets per agenda item.</translation>
    </message>
    <message>
        <source>Participant lists (PDF)</source>
        <translation>Participant lists (PDF)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Files are written in %1, the document language chosen in the settings; printed documents let you choose another.</source>
        <translation>Files are written in %1, the document language chosen in the settings; printed documents let you choose another.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>E&amp;nd date</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Summar&amp;y</translation>
    </message>
    <message>
        <source>Venue time &amp;zone</source>
        <translation>Venue time &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Lang&amp;uages</translation>
    </message>
    <message>
        <source>language codes, e.g. fr, uk</source>
        <translation>language codes, e.g. fr, uk</translation>
    </message>
    <message>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <source>e.g. 12 500,50</source>
        <translation>e.g. 12,500.50</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Re&amp;marks</translation>
    </message>
    <message>
        <source>A&amp;rtist</source>
        <translation>Art&amp;ist</translation>
    </message>
    <message>
        <source>&amp;Host structure</source>
        <translation>Host str&amp;ucture</translation>
    </message>
    <message>
        <source>&amp;Grant (€)</source>
        <translation>G&amp;rant (€)</translation>
    </message>
    <message>
        <source>Grant ter&amp;ms</source>
        <translation>Grant ter&amp;ms</translation>
    </message>
    <message>
        <source>&amp;Deliverables</source>
        <translation>Deliverable&amp;s</translation>
    </message>
    <message>
        <source>&amp;Residency</source>
        <translation>Residen&amp;cy</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Search events or partners</source>
        <translation>Search events or partners</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Logistics</source>
        <translation>&amp;Logistics</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Save the programme as a calendar</source>
        <translation>Save the programme as a calendar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>Programme saved as a calendar: %1</source>
        <translation>Programme saved as a calendar: %1</translation>
    </message>
    <message>
        <source>Personal agendas</source>
        <translation>Personal agendas</translation>
    </message>
    <message>
        <source>This event has no participants yet (other than those who declined).</source>
        <translation>This event has no participants yet (other than those who declined).</translation>
    </message>
    <message>
        <source>Choose where to create the folder of personal agendas</source>
        <translation>Choose where to create the folder of personal agendas</translation>
    </message>
    <message>
        <source>Personal agendas – %1</source>
        <translation>Personal agendas – %1</translation>
    </message>
    <message>
        <source>Writing %1 {%1:personal agenda|personal agendas}…</source>
        <translation>Writing %1 {%1:personal agenda|personal agendas}…</translation>
    </message>
    <message>
        <source>Save this agenda as a calendar</source>
        <translation>Save this agenda as a calendar</translation>
    </message>
    <message>
        <source>Agenda saved as a calendar: %1</source>
        <translation>Agenda saved as a calendar: %1</translation>
    </message>
    <message>
        <source>Participants in protocol order</source>
        <translation>Participants in protocol order</translation>
    </message>
    <message>
        <source>Participants by organisation</source>
        <translation>Participants by organisation</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivals and departures</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Rooming list</translation>
    </message>
    <message>
        <source>Save the list: %1</source>
        <translation>Save the list: %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated</source>
        <translation>CSV, semicolon-separated</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Writing the list…</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 saved: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, such as a registration form&apos;s export.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file, such as a registration form&apos;s export.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 with byte-order mark</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel)</source>
        <translation>Windows-1252 (French Excel)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Cyrillic)</translation>
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
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>The sheet of the workbook that holds the list</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>Read the file again, after correcting it</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>E&amp;ncoding</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>Del&amp;imiter</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>First rows as read:</translation>
    </message>
    <message>
        <source>Choose the participant list</source>
        <translation>Choose the participant list</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2: %3 rows.</source>
        <translation>Read as %1, columns separated by %2: %3 rows.</translation>
    </message>
    <message>
        <source>Read line by line (the file mixes UTF-8 and Windows-1252): see the points to check in the preview.</source>
        <translation>Read line by line (the file mixes UTF-8 and Windows-1252): see the points to check in the preview.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”: %2.</source>
        <translation>Excel workbook, sheet “%1”: %2.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1 (hidden) — %2</source>
        <translation>%1 (hidden) — %2</translation>
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
        <translation>Welcome to coopdesk</translation>
    </message>
    <message>
        <source>Your database is ready, and empty.</source>
        <translation>Your database is ready, and empty.</translation>
    </message>
    <message>
        <source>Load the demo data to discover coopdesk? It holds the Assises franco-québécoises, the Apostolove and Kishiwada delegations, a mission to Kendari and an artist residency, with invented people.</source>
        <translation>Load the demo data to discover coopdesk? It holds the Assises franco-québécoises, the Apostolove and Kishiwada delegations, a mission to Kendari and an artist residency, with invented people.</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Load the demo data</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <translation>coopdesk</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Save the changes?</translation>
    </message>
    <message>
        <source>Otherwise what you typed in this form is lost.</source>
        <translation>Otherwise what you typed in this form is lost.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>S&amp;tay</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>This event: %1</source>
        <translation>This event: %1</translation>
    </message>
    <message>
        <source>The whole base</source>
        <translation>The whole base</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The %1 most recent changes</source>
        <translation>The %1 most recent changes</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 change</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 changes</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person from the directory</source>
        <translation>Person from the directory</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Skipped: nothing to change</source>
        <translation>Skipped: nothing to change</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>fills: %1</source>
        <translation>fills: %1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants into %1</source>
        <translation>Import participants into %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Importing the participants…</source>
        <translation>Importing the participants…</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Participants in protocol order</source>
        <translation>Participants in protocol order</translation>
    </message>
    <message>
        <source>Participants by organisation</source>
        <translation>Participants by organisation</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>Participants by category</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivals and departures</translation>
    </message>
    <message>
        <source>Rooming list by hotel</source>
        <translation>Rooming list by hotel</translation>
    </message>
    <message>
        <source>Sign-in sheet for an agenda item</source>
        <translation>Sign-in sheet for an agenda item</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Participant lists</translation>
    </message>
    <message>
        <source>This event has no agenda items yet.</source>
        <translation>This event has no agenda items yet.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>L&amp;ist:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Agenda item:</translation>
    </message>
    <message>
        <source>Sign-in sheet – %1</source>
        <translation>Sign-in sheet – %1</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <source>Day / time</source>
        <translation>Day / time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hotel / name</source>
        <translation>Hotel / name</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Arrivals and departures</source>
        <translation>Arrivals and departures</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>Rooming list</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>time to be confirmed</source>
        <translation>time to be confirmed</translation>
    </message>
    <message>
        <source>No travel recorded yet.</source>
        <translation>No travel recorded yet.</translation>
    </message>
    <message>
        <source>Hotel to be confirmed</source>
        <translation>Hotel to be confirmed</translation>
    </message>
    <message>
        <source>No hotel recorded yet.</source>
        <translation>No hotel recorded yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>coopdesk — international relations and protocol</source>
        <translation>coopdesk — international relations and protocol</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; organisations</source>
        <translation>&amp;People &amp;&amp; organisations</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>P&amp;artners</translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation>&amp;Venues</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Badge categories…</source>
        <translation>&amp;Badge categories…</translation>
    </message>
    <message>
        <source>P&amp;urge personal data…</source>
        <translation>P&amp;urge personal data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;History of changes…</translation>
    </message>
    <message>
        <source>&amp;About coopdesk</source>
        <translation>&amp;About coopdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>New event %1</source>
        <translation>New event %1</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <source>Blank the passport number and expiry, date of birth, nationality, dietary and accessibility needs of everyone whose last event ended before %1?

This cannot be undone: a purge is not on the undo stack, and the undo history is cleared.</source>
        <translation>Blank the passport number and expiry, date of birth, nationality, dietary and accessibility needs of everyone whose last event ended before %1?

This cannot be undone: a purge is not on the undo stack, and the undo history is cleared.</translation>
    </message>
    <message>
        <source>People concerned: %1</source>
        <translation>People concerned: %1</translation>
    </message>
    <message>
        <source>People whose sensitive data was blanked: %1</source>
        <translation>People whose sensitive data was blanked: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Each column of the file and what it fills. Columns set to “Ignore” are not imported. coopdesk remembers your choices for the next file like this one.</source>
        <translation>Each column of the file and what it fills. Columns set to “Ignore” are not imported. coopdesk remembers your choices for the next file like this one.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Fills</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Column headers found on row %1.</source>
        <translation>Column headers found on row %1.</translation>
    </message>
    <message>
        <source>Export recognised: %1.</source>
        <translation>Export recognised: %1.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>Import a calendar</source>
        <translation>Import a calendar</translation>
    </message>
    <message>
        <source>Create the event first: a calendar is imported into an event&apos;s agenda.</source>
        <translation>Create the event first: a calendar is imported into an event&apos;s agenda.</translation>
    </message>
    <message>
        <source>Import %1 into the agenda of:</source>
        <translation>Import %1 into the agenda of:</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>two-letter code, e.g. FR, UA, JP</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Search by name, function or organisation</source>
        <translation>Search by name, function or organisation</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>Perso&amp;n…</translation>
    </message>
    <message>
        <source>The person&apos;s record: names, contact details, elected office, passport…</source>
        <translation>The person&apos;s record: names, contact details, elected office, passport…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Restore the au&amp;tomatic order</source>
        <translation>Restore the au&amp;tomatic order</translation>
    </message>
    <message>
        <source>Forget the manual order: order of precedence by role and office</source>
        <translation>Forget the manual order: order of precedence by role and office</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Import a participant list (Excel, CSV)</source>
        <translation>Import a participant list (Excel, CSV)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 shown)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Change %1 of %2 {%2:participant|participants}</source>
        <translation>Change %1 of %2 {%2:participant|participants}</translation>
    </message>
    <message>
        <source>Import done: %1 {%1:participant|participants} added (%2 new {%2:person|people}), %3 updated, %4 unchanged.</source>
        <translation>Import done: %1 {%1:participant|participants} added (%2 new {%2:person|people}), %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Remove the selected participants (Delete)</translation>
    </message>
    <message>
        <source>Travel and stay of the selected participant (Enter)</source>
        <translation>Travel and stay of the selected participant (Enter)</translation>
    </message>
    <message>
        <source>More ac&amp;tions</source>
        <translation>More ac&amp;tions</translation>
    </message>
    <message>
        <source>Give the selected participants the same status, category or role</source>
        <translation>Give the selected participants the same status, category or role</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Remove %1 from this event?</source>
        <translation>Remove %1 from this event?</translation>
    </message>
    <message>
        <source>Remove these %1 participants from this event?</source>
        <translation>Remove these %1 participants from this event?</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <source>Travel and stay of %1</source>
        <translation>Travel and stay of %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Restore the automatic order</source>
        <translation>Restore the automatic order</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>&amp;New partnership…</source>
        <translation>&amp;New partnership…</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>&amp;Add agreement…</translation>
    </message>
    <message>
        <source>A new agreement in the selected partnership</source>
        <translation>A new agreement in the selected partnership</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Kind, date, themes and co-funders of the partnership</source>
        <translation>Kind, date, themes and co-funders of the partnership</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the partnership with its agreements</source>
        <translation>Delete the partnership with its agreements</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Forecast amount</source>
        <translation>Forecast amount</translation>
    </message>
    <message>
        <source>Double-click an agreement to edit it</source>
        <translation>Double-click an agreement to edit it</translation>
    </message>
    <message>
        <source>Edit the agr&amp;eement…</source>
        <translation>Edit the a&amp;greement…</translation>
    </message>
    <message>
        <source>Delete the agreemen&amp;t…</source>
        <translation>Delete the agreemen&amp;t…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click an event (or Enter) to open it</source>
        <translation>Double-click an event (or Enter) to open it</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Search partners by name, country or theme</source>
        <translation>Search partners by name, country or theme</translation>
    </message>
    <message>
        <source>New partnership with %1</source>
        <translation>New partnership with %1</translation>
    </message>
    <message>
        <source>New agreement %1</source>
        <translation>New agreement %1</translation>
    </message>
    <message>
        <source>Edit the partnership with %1</source>
        <translation>Edit the partnership with %1</translation>
    </message>
    <message>
        <source>Delete the partnership with %1?</source>
        <translation>Delete the partnership with %1?</translation>
    </message>
    <message>
        <source>Its agreements are deleted with it: %1.</source>
        <translation>Its agreements are deleted with it: %1.</translation>
    </message>
    <message>
        <source>The partner territory and its events are kept.</source>
        <translation>The partner territory and its events are kept.</translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Delete partnership</translation>
    </message>
    <message>
        <source>Delete the partnership with %1</source>
        <translation>Delete the partnership with %1</translation>
    </message>
    <message>
        <source>Edit the agreement %1</source>
        <translation>Edit the agreement %1</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <source>Delete the agreement “%1”?</source>
        <translation>Delete the agreement “%1”?</translation>
    </message>
    <message>
        <source>Delete the agreement %1</source>
        <translation>Delete the agreement %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>Co-funders: %1</source>
        <translation>Co-funders: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Edit partnership</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>(choose a partner territory)</source>
        <translation>(choose a partner territory)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Since</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
    </message>
    <message>
        <source>e.g. culture, youth, water</source>
        <translation>e.g. culture, youth, water</translation>
    </message>
    <message>
        <source>&amp;Co-funders</source>
        <translation>&amp;Co-funders</translation>
    </message>
</context>
<context>
    <name>PdfExports</name>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Save as PDF: %1</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>%1 saved (%2 {%2:page|pages}): %3</source>
        <translation>%1 saved (%2 {%2:page|pages}): %3</translation>
    </message>
    <message>
        <source>Writing the PDF: %1…</source>
        <translation>Writing the PDF: %1…</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Name tents</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Personal programme</source>
        <translation>Personal programme</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not change data.</source>
        <translation>Your role (%1) may not change data.</translation>
    </message>
    <message>
        <source>Only an administrator may do this; your role: %1.</source>
        <translation>Only an administrator may do this; your role: %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Civility</source>
        <translation>&amp;Civility</translation>
    </message>
    <message>
        <source>Mme, M., Dr…</source>
        <translation>Mme, M., Dr…</translation>
    </message>
    <message>
        <source>Form of &amp;address</source>
        <translation>Form of &amp;address</translation>
    </message>
    <message>
        <source>e.g. Madame la Présidente</source>
        <translation>e.g. Madame la Présidente</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Name in own &amp;script</source>
        <translation>Name in o&amp;wn script</translation>
    </message>
    <message>
        <source>e.g. Олена Коваленко, 山田 花子</source>
        <translation>e.g. Олена Коваленко, 山田 花子</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;unction</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;guages</translation>
    </message>
    <message>
        <source>codes, e.g. uk, en</source>
        <translation>codes, e.g. uk, en</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Elected office</source>
        <translation>&amp;Elected office</translation>
    </message>
    <message>
        <source>(no elected office)</source>
        <translation>(no elected office)</translation>
    </message>
    <message>
        <source>&amp;Rank in the office</source>
        <translation>Rank &amp;in the office</translation>
    </message>
    <message>
        <source>1 for the first deputy mayor…</source>
        <translation>1 for the first deputy mayor…</translation>
    </message>
    <message>
        <source>Own protocol ran&amp;k</source>
        <translation>Own protocol ran&amp;k</translation>
    </message>
    <message>
        <source>only to override the usual order</source>
        <translation>only to override the usual order</translation>
    </message>
    <message>
        <source>The elected office places the person in the order of precedence (decree 89-655), after the head of delegation.</source>
        <translation>The elected office places the person in the order of precedence (decree 89-655), after the head of delegation.</translation>
    </message>
    <message>
        <source>Pass&amp;port number</source>
        <translation>Pa&amp;ssport number</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Passport e&amp;xpiry</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Da&amp;te of birth</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationality</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>two-letter code, e.g. FR, UA, JP</translation>
    </message>
    <message>
        <source>&amp;Diet</source>
        <translation>&amp;Diet</translation>
    </message>
    <message>
        <source>Accessi&amp;bility</source>
        <translation>Accessi&amp;bility</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Sensitive personal data</translation>
    </message>
    <message>
        <source>Kept only as long as needed: blanked by “Purge personal data” once the person&apos;s last event is over, never written to the change log.</source>
        <translation>Kept only as long as needed: blanked by “Purge personal data” once the person&apos;s last event is over, never written to the change log.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>New person %1</source>
        <translation>New person %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Merge the record of %2 into that of %1? Every participation of %2 moves to %1, the blank fields of %1 take the values of %2, and the record of %2 is removed. The merge can be undone.</source>
        <translation>Merge the record of %2 into that of %1? Every participation of %2 moves to %1, the blank fields of %1 take the values of %2, and the record of %2 is removed. The merge can be undone.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click an event (or Enter) to open it</source>
        <translation>Double-click an event (or Enter) to open it</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>E&amp;xport this agenda (.ics)…</source>
        <translation>E&amp;xport this agenda (.ics)…</translation>
    </message>
    <message>
        <source>This person&apos;s items in the chosen event, for their calendar</source>
        <translation>This person&apos;s items in the chosen event, for their calendar</translation>
    </message>
    <message>
        <source>Personal &amp;programme (PDF)…</source>
        <translation>Per&amp;sonal programme (PDF)…</translation>
    </message>
    <message>
        <source>This person&apos;s programme in the chosen event, ready to print</source>
        <translation>This person&apos;s programme in the chosen event, ready to print</translation>
    </message>
    <message>
        <source>Export this person&apos;s &amp;data…</source>
        <translation>Export &amp;this person&apos;s data…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file (subject access request)</source>
        <translation>Everything held about this person, as a JSON file (subject access request)</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>E&amp;rase this person…</translation>
    </message>
    <message>
        <source>Right to erasure: remove this person for good, with their participations</source>
        <translation>Right to erasure: remove this person for good, with their participations</translation>
    </message>
    <message>
        <source>Delete the rec&amp;ord…</source>
        <translation>Delete the rec&amp;ord…</translation>
    </message>
    <message>
        <source>Remove the record of a person who takes part in no event (Delete in the list); undo brings it back</source>
        <translation>Remove the record of a person who takes part in no event (Delete in the list); undo brings it back</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Names, contact details, elected office, passport and other details</source>
        <translation>Names, contact details, elected office, passport and other details</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Merge the other record into this one, with all its participations</source>
        <translation>Merge the other record into this one, with all its participations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Personal agenda in</source>
        <translation>Personal agenda in</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>Probably the same person: %1</source>
        <translation>Probably the same person: %1</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Record to merge into this one:</source>
        <translation>Record to merge into this one:</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON data</translation>
    </message>
    <message>
        <source>Personal data of %1 saved: %2</source>
        <translation>Personal data of %1 saved: %2</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their record and their participations in every event are removed, and their name is removed from the change log.

This cannot be undone: an erasure is not on the undo stack, and the undo history is cleared.</source>
        <translation>Erase %1 for good? Their record and their participations in every event are removed, and their name is removed from the change log.

This cannot be undone: an erasure is not on the undo stack, and the undo history is cleared.</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 was erased.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The preview shows the first %1 pages of %2; all are printed.</source>
        <translation>The preview shows the first %1 pages of %2; all are printed.</translation>
    </message>
    <message>
        <source>%1 – %2 {%2:page|pages}</source>
        <translation>%1 – %2 {%2:page|pages}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Open in the PDF viewer</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import, and then everything or nothing.</source>
        <translation>Nothing is written until you click Import, and then everything or nothing.</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Read the file again</translation>
    </message>
    <message>
        <source>After correcting the file in Excel or a text editor</source>
        <translation>After correcting the file in Excel or a text editor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2023)</source>
        <translation>Day/month/year (31/12/2023)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2023)</source>
        <translation>Month/day/year (12/31/2023)</translation>
    </message>
    <message>
        <source>Some dates read both ways: choose their order before importing.</source>
        <translation>Some dates read both ways: choose their order before importing.</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Date order:</translation>
    </message>
    <message>
        <source>Points to check before importing:</source>
        <translation>Points to check before importing:</translation>
    </message>
    <message>
        <source>I have checked these points: import anyway</source>
        <translation>I have checked these points: import anyway</translation>
    </message>
    <message>
        <source>How the dates are read:</source>
        <translation>How the dates are read:</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2).</source>
        <translation>Rows read: %1 (%2).</translation>
    </message>
    <message>
        <source>New categories: %1.</source>
        <translation>New categories: %1.</translation>
    </message>
    <message>
        <source>Rows refused: %1. Nothing can be imported until the file is corrected: correct it, save it, then click “Read the file again”.</source>
        <translation>Rows refused: %1. Nothing can be imported until the file is corrected: correct it, save it, then click “Read the file again”.</translation>
    </message>
    <message>
        <source>New organisations: %1.</source>
        <translation>New organisations: %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>copy made before an upgrade</source>
        <translation>copy made before an upgrade</translation>
    </message>
    <message>
        <source>copy made before a restore</source>
        <translation>copy made before a restore</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>unreadable: check it by hand</source>
        <translation>unreadable: check it by hand</translation>
    </message>
    <message>
        <source>Copies made by coopdesk that still hold this data: %1</source>
        <translation>Copies made by coopdesk that still hold this data: %1</translation>
    </message>
    <message>
        <source>Backups kept elsewhere (USB sticks, file servers) are not searched: handle them by hand.</source>
        <translation>Backups kept elsewhere (USB sticks, file servers) are not searched: handle them by hand.</translation>
    </message>
    <message>
        <source>Also take this data out of these copies</source>
        <translation>Also take this data out of these copies</translation>
    </message>
    <message>
        <source>Copies cleaned: %1</source>
        <translation>Copies cleaned: %1</translation>
    </message>
    <message>
        <source>Another window was reading the database: its log is emptied at the next erasure or when the last window closes.</source>
        <translation>Another window was reading the database: its log is emptied at the next erasure or when the last window closes.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps old row versions in its files until the next VACUUM: ask the server&apos;s administrator for “VACUUM FULL person, participation, agenda_attendee, change_log” (or run “coopdesk privacy … --vacuum”).</source>
        <translation>PostgreSQL keeps old row versions in its files until the next VACUUM: ask the server&apos;s administrator for “VACUUM FULL person, participation, agenda_attendee, change_log” (or run “coopdesk privacy … --vacuum”).</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge personal data</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <source>For every person whose last event ended before the date below, these fields are blanked: passport number and expiry, date of birth, nationality, dietary needs and accessibility needs. Their name, contact details and participations are kept. People registered to no event are left alone.</source>
        <translation>For every person whose last event ended before the date below, these fields are blanked: passport number and expiry, date of birth, nationality, dietary needs and accessibility needs. Their name, contact details and participations are kept. People registered to no event are left alone.</translation>
    </message>
    <message>
        <source>Last event ended &amp;before</source>
        <translation>Last event ended &amp;before</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>P&amp;urge…</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Open the document in the PDF viewer</source>
        <translation>Open the document in the PDF viewer</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Look at the pages, then print them</source>
        <translation>Look at the pages, then print them</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>SeatingDialog</name>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>rectangular</source>
        <translation>rectangular</translation>
    </message>
    <message>
        <source>imperial</source>
        <translation>imperial</translation>
    </message>
    <message>
        <source>U-shaped</source>
        <translation>U-shaped</translation>
    </message>
    <message>
        <source>T-shaped</source>
        <translation>T-shaped</translation>
    </message>
    <message>
        <source>One rectangular table of 12</source>
        <translation>One rectangular table of 12</translation>
    </message>
    <message>
        <source>One rectangular table of 20</source>
        <translation>One rectangular table of 20</translation>
    </message>
    <message>
        <source>One imperial table of 24</source>
        <translation>One imperial table of 24</translation>
    </message>
    <message>
        <source>One U-shaped table of 30</source>
        <translation>One U-shaped table of 30</translation>
    </message>
    <message>
        <source>One T-shaped table of 24</source>
        <translation>One T-shaped table of 24</translation>
    </message>
    <message>
        <source>10 round tables of 10</source>
        <translation>10 round tables of 10</translation>
    </message>
    <message>
        <source>30 round tables of 10</source>
        <translation>30 round tables of 10</translation>
    </message>
    <message>
        <source>Table plan</source>
        <translation>Table plan</translation>
    </message>
    <message>
        <source>No table (to add)</source>
        <translation>No table (to add)</translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation>Create the plan</translation>
    </message>
    <message>
        <source>French style</source>
        <translation>French style</translation>
    </message>
    <message>
        <source>English style</source>
        <translation>English style</translation>
    </message>
    <message>
        <source>Alternate women and men</source>
        <translation>Alternate women and men</translation>
    </message>
    <message>
        <source>Spread delegations</source>
        <translation>Spread delegations</translation>
    </message>
    <message>
        <source>Interpreters beside</source>
        <translation>Interpreters beside</translation>
    </message>
    <message>
        <source>&amp;Place by precedence</source>
        <translation>&amp;Place by precedence</translation>
    </message>
    <message>
        <source>Add a table</source>
        <translation>Add a table</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Plan (A4 landscape)</source>
        <translation>Plan (A4 landscape)</translation>
    </message>
    <message>
        <source>Plan (A3 landscape)</source>
        <translation>Plan (A3 landscape)</translation>
    </message>
    <message>
        <source>Who sits where (entrance)</source>
        <translation>Who sits where (entrance)</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <source>Name tents in seat order</source>
        <translation>Name tents in seat order</translation>
    </message>
    <message>
        <source>Delete the plan</source>
        <translation>Delete the plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>S&amp;eats:</translation>
    </message>
    <message>
        <source>Hosts…</source>
        <translation>Hosts…</translation>
    </message>
    <message>
        <source>Keep apart…</source>
        <translation>Keep apart…</translation>
    </message>
    <message>
        <source>No seat chosen.</source>
        <translation>No seat chosen.</translation>
    </message>
    <message>
        <source>Unseat</source>
        <translation>Unseat</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> and %n more</source>
        <comment>one</comment>
        <translation> and %n more</translation>
    </message>
    <message>
        <source> and %n more</source>
        <comment>many</comment>
        <translation> and %n more</translation>
    </message>
    <message>
        <source>Hosts: </source>
        <translation>Hosts: </translation>
    </message>
    <message>
        <source>Kept apart: </source>
        <translation>Kept apart: </translation>
    </message>
    <message>
        <source>Table plan — </source>
        <translation>Table plan — </translation>
    </message>
    <message>
        <source>Everybody is seated.</source>
        <translation>Everybody is seated.</translation>
    </message>
    <message>
        <source>%n guest not seated:</source>
        <translation>%n guest not seated:</translation>
    </message>
    <message>
        <source>%n guests not seated:</source>
        <translation>%n guests not seated:</translation>
    </message>
    <message>
        <source>Table %1, seat %2</source>
        <translation>Table %1, seat %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a seat and its guest</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Create the table plan</source>
        <translation>Create the table plan</translation>
    </message>
    <message>
        <source>Place by precedence</source>
        <translation>Place by precedence</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Change the rules</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>Swap %1 and %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <source>Unseat %1</source>
        <translation>Unseat %1</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Pin %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Unpin %1</translation>
    </message>
    <message>
        <source>Move table %1</source>
        <translation>Move table %1</translation>
    </message>
    <message>
        <source>Edit the table…</source>
        <translation>Edit the table…</translation>
    </message>
    <message>
        <source>Delete the table</source>
        <translation>Delete the table</translation>
    </message>
    <message>
        <source>Edit table %1</source>
        <translation>Edit table %1</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Delete table %1</translation>
    </message>
    <message>
        <source>Hosts, in protocol order</source>
        <translation>Hosts, in protocol order</translation>
    </message>
    <message>
        <source>Choose the hosts</source>
        <translation>Choose the hosts</translation>
    </message>
    <message>
        <source>Two guests not to seat side by side</source>
        <translation>Two guests not to seat side by side</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Keep apart</translation>
    </message>
    <message>
        <source>Delete the table plan</source>
        <translation>Delete the table plan</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>A file on &amp;this computer</translation>
    </message>
    <message>
        <source>A shared Postgre&amp;SQL server</source>
        <translation>A shared Postgre&amp;SQL server</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Test the connect&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>A new database choice applies the next time coopdesk starts.</source>
        <translation>A new database choice applies the next time coopdesk starts.</translation>
    </message>
    <message>
        <source>Your authority (used on every document)</source>
        <translation>Your authority (used on every document)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>Default time &amp;zone</source>
        <translation>Default time &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Doc&amp;ument language</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>&amp;Choose a logo…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Kept: leave empty to keep it</source>
        <translation>Kept: leave empty to keep it</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring (%1), never in the settings file.</source>
        <translation>The password is kept in the system keyring (%1), never in the settings file.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept only until coopdesk closes. To avoid typing it again, put it in PostgreSQL&apos;s password file (pgpass).</source>
        <translation>No system keyring is available: the password is kept only until coopdesk closes. To avoid typing it again, put it in PostgreSQL&apos;s password file (pgpass).</translation>
    </message>
    <message>
        <source>New logo chosen</source>
        <translation>New logo chosen</translation>
    </message>
    <message>
        <source>A logo is set</source>
        <translation>A logo is set</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Images (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Connection works.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <source>Someone else changed what you are changing in the meantime. For each field below, keep your version or theirs; your other changes are saved either way.</source>
        <translation>Someone else changed what you are changing in the meantime. For each field below, keep your version or theirs; your other changes are saved either way.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Keep their version</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Save my version</translation>
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
        <translation>&amp;Top table</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>N&amp;ame (optional)</source>
        <translation>N&amp;ame (optional)</translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation>&amp;Shape</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>S&amp;eats</translation>
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
        <translation>not a time</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Travel and stay of %1</source>
        <translation>Travel and stay of %1</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Arrival</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Arrival time &amp;zone</source>
        <translation>Arrival time &amp;zone</translation>
    </message>
    <message>
        <source>Arrival &amp;transport</source>
        <translation>Arrival &amp;transport</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>Arrival &amp;number</source>
        <translation>Arrival &amp;number</translation>
    </message>
    <message>
        <source>flight or train number</source>
        <translation>flight or train number</translation>
    </message>
    <message>
        <source>Arrival &amp;place</source>
        <translation>A&amp;rrival place</translation>
    </message>
    <message>
        <source>airport, station…</source>
        <translation>airport, station…</translation>
    </message>
    <message>
        <source>&amp;Departure</source>
        <translation>Depart&amp;ure</translation>
    </message>
    <message>
        <source>Departure time z&amp;one</source>
        <translation>Departure t&amp;ime zone</translation>
    </message>
    <message>
        <source>Departure t&amp;ransport</source>
        <translation>Departure tran&amp;sport</translation>
    </message>
    <message>
        <source>Departure n&amp;umber</source>
        <translation>Departure nu&amp;mber</translation>
    </message>
    <message>
        <source>Departure p&amp;lace</source>
        <translation>Departure pla&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Chec&amp;k-in</translation>
    </message>
    <message>
        <source>Chec&amp;k-out</source>
        <translation>Ch&amp;eck-out</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>R&amp;oom</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>time unknown</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Town hall — council chamber</source>
        <translation>e.g. Town hall — council chamber</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Co&amp;untry</translation>
    </message>
    <message>
        <source>two-letter code, e.g. FR, UA, JP</source>
        <translation>two-letter code, e.g. FR, UA, JP</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>seats, if known</source>
        <translation>seats, if known</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>access, contact on site, equipment…</source>
        <translation>access, contact on site, equipment…</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>New venue %1</source>
        <translation>New venue %1</translation>
    </message>
    <message>
        <source>Search venues by name, address or city</source>
        <translation>Search venues by name, address or city</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;New venue…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>Two records of the same place: keep one, its items move to it</source>
        <translation>Two records of the same place: keep one, its items move to it</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Choose a venue in the list.</source>
        <translation>Choose a venue in the list.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Double-click an item to open its event</source>
        <translation>Double-click an item to open its event</translation>
    </message>
    <message>
        <source>&amp;Calendar of this venue…</source>
        <translation>&amp;Calendar of this venue…</translation>
    </message>
    <message>
        <source>Every item held here, across events, for the venue&apos;s manager (.ics)</source>
        <translation>Every item held here, across events, for the venue&apos;s manager (.ics)</translation>
    </message>
    <message>
        <source>In the programmes</source>
        <translation>In the programmes</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation>Edit venue %1</translation>
    </message>
    <message>
        <source>Merge venues</source>
        <translation>Merge venues</translation>
    </message>
    <message>
        <source>There is no other venue to merge into.</source>
        <translation>There is no other venue to merge into.</translation>
    </message>
    <message>
        <source>Merge “%1” into the venue below: its agenda items move there, its details fill the blanks of the one kept, and “%1” is removed.</source>
        <translation>Merge “%1” into the venue below: its agenda items move there, its details fill the blanks of the one kept, and “%1” is removed.</translation>
    </message>
    <message>
        <source>Merge venue %1 into %2</source>
        <translation>Merge venue %1 into %2</translation>
    </message>
    <message>
        <source>“%1” is used by these agenda items; once it is deleted they have no venue:</source>
        <translation>“%1” is used by these agenda items; once it is deleted they have no venue:</translation>
    </message>
    <message>
        <source>To move them to another venue instead, use “Merge into…”.</source>
        <translation>To move them to another venue instead, use “Merge into…”.</translation>
    </message>
    <message>
        <source>Delete this venue anyway?</source>
        <translation>Delete this venue anyway?</translation>
    </message>
    <message>
        <source>Delete the venue “%1”?</source>
        <translation>Delete the venue “%1”?</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Delete venue</translation>
    </message>
    <message>
        <source>Delete venue %1</source>
        <translation>Delete venue %1</translation>
    </message>
    <message>
        <source>Save the calendar of this venue</source>
        <translation>Save the calendar of this venue</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Calendar of %1 saved: %2</source>
        <translation>Calendar of %1 saved: %2</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong and the action was not completed. The details are in the log file: %1</source>
        <translation>Something went wrong and the action was not completed. The details are in the log file: %1</translation>
    </message>
    <message>
        <source>coopdesk</source>
        <translation>coopdesk</translation>
    </message>
</context>
</TS>
