"""Calendar files as other programs write them, tried as a new user would: what the
preview says about each entry, and the instants that land in the agenda (checked
against a hand computation)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coopdesk.core.calendar.importer import apply_import, preview_import
from tests.factories import delegation


@pytest.fixture
def event(db):
    return delegation(db)


# An old Mac calendar program ends its lines with CR alone.
OLD_MAC = (
    "BEGIN:VCALENDAR\rVERSION:2.0\rPRODID:-//Apple Computer//iCal 1.5//EN\r"
    "BEGIN:VEVENT\rUID:mac-1\rSUMMARY:Réception à la mairie\r"
    "DTSTART;TZID=Europe/Paris:20230703T100000\rDTEND;TZID=Europe/Paris:20230703T113000\r"
    "END:VEVENT\rEND:VCALENDAR\r"
)


def test_a_file_with_cr_line_endings_is_read_without_a_false_note(db, event):
    preview = preview_import(db, event.id, OLD_MAC.encode())
    # The entry is inside its VCALENDAR: nothing to say about the file's shape.
    assert preview.notes == ()
    (item,) = preview.created
    assert item.title == "Réception à la mairie"
    assert item.starts_at == datetime(2023, 7, 3, 8, tzinfo=UTC)  # 10:00 summer time
    assert item.ends_at == datetime(2023, 7, 3, 9, 30, tzinfo=UTC)


def test_the_command_line_preview_shows_whole_days_and_cancellations(db_url, tmp_path, capsys):
    from coopdesk.cli import main
    from coopdesk.core.db import open_database

    db = open_database(db_url)
    delegation(db)
    db.dispose()
    path = tmp_path / "outlook.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
        b"BEGIN:VEVENT\r\nUID:expo\r\nSUMMARY:Exposition\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n"
        b"DTSTART;VALUE=DATE:20230702\r\nDTEND;VALUE=DATE:20230705\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:port\r\nSUMMARY:Visite du port\r\nSTATUS:CANCELLED\r\n"
        b"DTSTART;TZID=Romance Standard Time:20230703T100000\r\n"
        b"DTEND;TZID=Romance Standard Time:20230703T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    args = ["--database", db_url, "import", "ical", "--event", "Apostolove", "--dry-run"]
    assert main([*args, str(path)]) == 0
    out = capsys.readouterr().out
    assert "2023-07-02 → 2023-07-04 3 journées entières Europe/Paris  Exposition" in out
    assert "2023-07-03 10:00–11:00 Europe/Paris  Visite du port (annulé)" in out
    assert "00:00–00:00" not in out


def test_a_calendar_import_is_one_entry_of_the_history_naming_the_file(db, event):
    from coopdesk.core.services.history import describe_change, history

    data = OLD_MAC.encode()
    apply_import(db, event.id, data, source="/home/claire/Téléchargements/mairie.ics")
    entries = [c for c in history(db, event_id=event.id) if c.action == "import"]
    (entry,) = entries
    text = describe_change(entry, "fr")
    assert (text.action, text.record, text.what) == (
        "importation",
        "élément du programme",
        "mairie.ics",
    )
    assert text.detail == "1 élément créé, 0 mis à jour depuis mairie.ics"
    # Imported again with a changed title: one more entry, saying what was updated.
    apply_import(db, event.id, data.replace(b"la mairie", b"l'H\xc3\xb4tel de Ville"))
    latest = next(c for c in history(db, event_id=event.id) if c.action == "import")
    assert describe_change(latest, "en").detail == "0 items created, 1 updated"


# New Outlook sends a zone it does not name: New York's rules, under "Customized Time Zone".
CUSTOMIZED = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
PRODID:Microsoft Exchange Server 2010\r
VERSION:2.0\r
BEGIN:VTIMEZONE\r
TZID:Customized Time Zone\r
BEGIN:STANDARD\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
SUMMARY;LANGUAGE=en-US:Call with the New York office\r
DTSTART;TZID=Customized Time Zone:20230703T090000\r
DTEND;TZID=Customized Time Zone:20230703T100000\r
UID:custom-tz-ny-1\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_unnamed_zone_on_new_york_s_rules_is_read_as_new_york(db, event):
    preview = preview_import(db, event.id, CUSTOMIZED.encode())
    (item,) = preview.created
    assert item.timezone == "America/New_York"  # not America/Grand_Turk
    assert item.starts_at == datetime(2023, 7, 3, 13, tzinfo=UTC)  # 09:00 EDT
    assert item.ends_at == datetime(2023, 7, 3, 14, tzinfo=UTC)
    assert "America/New_York" in preview.notes[0].sentence("fr")


def _folded_inside_characters(line: str) -> bytes:
    """``line`` folded every 20 octets, as writers that count octets do: often in
    the middle of a character's UTF-8 bytes."""
    raw = line.encode()
    return b"\r\n ".join(raw[i : i + 20] for i in range(0, len(raw), 20))


def test_a_line_folded_inside_a_character_is_read_in_utf_8(db, event):
    title = "Réunion préparatoire – élus, équipe et interprètes d'Апостолове"
    description = "Ordre du jour : accueil à l'Hôtel de Ville, présentation, échanges"
    summary = _folded_inside_characters("SUMMARY:" + title)
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:fold\r\n"
        + summary
        + b"\r\n"
        + _folded_inside_characters("DESCRIPTION:" + description)
        + b"\r\nDTSTART:20230703T080000Z\r\nDTEND:20230703T090000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:no-title\r\nDTSTART:20230703T100000Z\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    # The file as it comes is not valid UTF-8: the cuts are inside characters.
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    preview = preview_import(db, event.id, data)
    assert preview.notes == ()  # no "read as ISO-8859-…" guess
    (item,) = preview.created
    assert item.title == title
    assert item.description == description
    # Line numbers still those of the file.
    (refused,) = preview.refused
    line = data.split(b"\r\n").index(b"UID:no-title")
    assert refused.line == line  # the BEGIN:VEVENT line before the UID, counted from 1


def test_a_windows_1252_file_is_still_read_as_such(db, event):
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 11.0//EN\r\n"
        "BEGIN:VEVENT\r\nUID:cp\r\nSUMMARY:Réception à l'Hôtel de Ville – présentation\r\n"
        "DTSTART:20230703T080000Z\r\nDTEND:20230703T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode("cp1252")
    preview = preview_import(db, event.id, data)
    assert preview.created[0].title == "Réception à l'Hôtel de Ville – présentation"
    assert "Windows-1252" in preview.notes[0].sentence("fr")
