"""The calendar import preview shows whole-day entries as days and cancellations as
such, as a user reading it before importing expects."""

from __future__ import annotations

from pathlib import Path

from coopdesk.gui.calendar_import import CalendarImportDialog
from tests.factories import delegation

# Google's exhibition over three days, an Outlook cancellation, a meeting past midnight.
FILE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "BEGIN:VEVENT\r\nUID:expo@google.com\r\nSUMMARY:Exposition\r\n"
    "DTSTART;VALUE=DATE:20230702\r\nDTEND;VALUE=DATE:20230705\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:free@google.com\r\nSUMMARY:Journée libre\r\n"
    "DTSTART;VALUE=DATE:20230703\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:visit@example.fr\r\nSUMMARY:Visite du port\r\nSTATUS:CANCELLED\r\n"
    "DTSTART;TZID=Europe/Paris:20230703T100000\r\nDTEND;TZID=Europe/Paris:20230703T110000\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:night@example.fr\r\nSUMMARY:Veille\r\n"
    "DTSTART;TZID=Europe/Paris:20230703T230000\r\nDTEND;TZID=Europe/Paris:20230704T010000\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_whole_days_and_cancellations_in_the_preview(qtbot, db, tmp_path: Path):  # type: ignore[no-untyped-def]
    event = delegation(db)
    path = tmp_path / "programme.ics"
    path.write_bytes(FILE.encode())
    dialog = CalendarImportDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(4)]
    by_title = {row[3]: row[1:3] for row in rows}
    assert by_title["Exposition"] == ["dimanche 2 juillet – mardi 4 juillet", "3 journées entières"]
    assert by_title["Journée libre"] == ["lundi 3 juillet", "journée entière"]
    assert by_title["Visite du port (annulé)"] == ["lundi 3 juillet", "10:00 – 11:00"]
    assert by_title["Veille"] == ["lundi 3 juillet", "23:00 – mardi 4 juillet 01:00"]


def test_an_entry_of_another_year_says_its_year(qtbot, db, tmp_path: Path):  # type: ignore[no-untyped-def]
    event = delegation(db)  # July 2023
    path = tmp_path / "last_year.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:old\r\nSUMMARY:Visite du port\r\n"
        b"DTSTART;TZID=Europe/Paris:20220703T100000\r\n"
        b"DTEND;TZID=Europe/Paris:20220703T110000\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:later\r\nSUMMARY:Bilan\r\n"
        b"DTSTART;TZID=Europe/Paris:20230910T100000\r\n"
        b"DTEND;TZID=Europe/Paris:20230910T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    dialog = CalendarImportDialog(db, event)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    rows = {dialog.model.index(r, 3).data(): dialog.model.index(r, 1).data() for r in range(2)}
    assert rows == {"Visite du port": "dimanche 3 juillet 2022", "Bilan": "dimanche 10 septembre"}
