"""iCalendar export and import of agendas (Outlook, Google, Apple, Thunderbird).

``export`` writes an event's programme, personal agendas, a venue's agenda and the
events of a period (``writer`` builds the entries); ``importer`` previews then
applies a partner's programme, with ``parsing`` (the file's bytes to components),
``zones`` (the zone of each time) and ``outcome`` (what the import would do, as the
user reads it); ``vtimezone`` describes time zones the way every calendar program
reads them.
"""
