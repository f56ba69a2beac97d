"""iCalendar export and import of agendas (Outlook, Google, Apple, Thunderbird).

``export`` writes an event's programme, personal agendas, a venue's agenda and the
events of a period; ``importer`` previews then applies a partner's programme;
``vtimezone`` describes time zones the way every calendar program reads them.
"""
