"""iCalendar export and import of agendas (Outlook, Google, Apple, Thunderbird)."""
