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
