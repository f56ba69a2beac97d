"""Whatever an officer or a partner types, the file parses and gives the text back."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from coopdesk.core.calendar.writer import CalendarHeader, TimedEntry, clean_text, render
from tests.calendar.conftest import read_with_libical

# Any Unicode text (accents, Cyrillic, Japanese, emoji, quotes, commas, newlines...).
TEXT = st.text(min_size=1, max_size=200).filter(lambda t: clean_text(t).strip())


def _file(texts: list[tuple[str, str]]) -> bytes:
    start = datetime(2023, 10, 28, 8, tzinfo=UTC)
    return render(
        CalendarHeader(name="Programme", language="fr", stamp=start),
        [
            TimedEntry(
                uid=f"item-{n}",
                title=title,
                starts_at=start + timedelta(hours=n),
                ends_at=start + timedelta(hours=n + 1),
                timezone="Europe/Paris",
                sequence=0,
                cancelled=False,
                category="Réunion",
                language="fr",
                description=description,
            )
            for n, (title, description) in enumerate(texts)
        ],
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=8))
def test_any_text_round_trips_through_icalendar_and_libical(tmp_path, texts):
    data = _file(texts)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    expected = [(clean_text(t), clean_text(d)) for t, d in texts]
    parsed = Calendar.from_ical(data).walk("VEVENT")
    assert [(str(e["SUMMARY"]), str(e["DESCRIPTION"])) for e in parsed] == expected
    path = tmp_path / "property.ics"
    path.write_bytes(data)
    rows = read_with_libical(path)
    assert [(r["summary"], r["description"]) for r in rows] == expected


@given(text=st.text(max_size=100))
def test_clean_text_keeps_everything_but_controls_and_blanks_at_the_ends(text):
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    assert cleaned == cleaned.strip(" \t")
    assert all(c in "\t\n" or (ord(c) >= 0x20 and c != "\x7f") for c in cleaned)
    assert clean_text(cleaned) == cleaned


@pytest.mark.heavy
def test_every_zone_of_the_database_matches_zoneinfo_for_decades():
    """The VTIMEZONE of every IANA zone, read back by icalendar, gives the same offsets
    as Python's zoneinfo from 2018 to 2040."""
    from coopdesk.core.calendar.vtimezone import vtimezone

    for name in sorted(zoneinfo.available_timezones() - {"localtime"}):
        component = vtimezone(name, 2000, 2040)
        calendar = Calendar.from_ical(
            b"BEGIN:VCALENDAR\r\n" + component.to_ical() + b"END:VCALENDAR\r\n"
        )
        theirs = calendar.walk("VTIMEZONE")[0].to_tz()
        ours = zoneinfo.ZoneInfo(name)
        at = datetime(2018, 1, 1, tzinfo=UTC)
        while at < datetime(2040, 1, 1, tzinfo=UTC):
            assert at.astimezone(theirs).utcoffset() == at.astimezone(ours).utcoffset(), (name, at)
            at += timedelta(hours=29, minutes=13)
