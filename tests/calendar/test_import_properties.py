"""Whatever a calendar file holds, the import ends in a preview or a refusal in
words: arbitrary components, properties given twice, values of the wrong type,
broken zones, files in other charsets."""

from __future__ import annotations

from string import Formatter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.core.calendar.importer import ImportPreview, apply_import, preview_import
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.messages import MESSAGES, describe
from coopdesk.core.services import events
from tests.factories import delegation

COMPONENTS = ["VEVENT", "VEVENT", "VEVENT", "VTODO", "VJOURNAL", "VAVAILABILITY", "VALARM", "X-ODD"]
NAMES = [
    "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
    "RECURRENCE-ID", "STATUS", "SEQUENCE", "CATEGORIES", "LOCATION", "DESCRIPTION",
    "X-COOPDESK-TZID", "X-COOPDESK-ITEM-UID", "X-WR-TIMEZONE",
]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(
        [
            "20230703T090000Z",
            "20230703T090000",
            "20230704T100000",
            "20230703",
            "20231029T023000",
            "20230326T023000",
            "20230910T090000Z",
            "19000101T000000",
            "99991231T235959Z",
            "PT1H",
            "PT0S",
            "-PT1H",
            "P1D",
            "PTXX",
            "FREQ=DAILY;COUNT=3",
            "FREQ=WEEKLY",
            "FREQ=HOURLY;INTERVAL=7",
            "FREQ=SECONDLY",
            "FREQ=BOGUS",
            "CANCELLED",
            "abc",
            "",
            "Europe/Paris",
            "Mars/Olympus",
            "meal,Réunion",
            "-5",
        ]
    ),
    st.text(max_size=40).map(lambda t: t.replace("\r", " ").replace("\n", " ")),
)
PARAMS = st.sampled_from(
    [
        "", ";TZID=Europe/Paris", ";TZID=Romance Standard Time", ";TZID=Customized Time Zone",
        ";TZID=\"(UTC-05:00) Eastern Time (US & Canada)\"", ";VALUE=DATE", ";TZID=Nowhere",
        ";VALUE=PERIOD", ";TZID=/mozilla.org/20070129_1/Asia/Tokyo", ";LANGUAGE=fr",
    ]
)  # fmt: skip
VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
    "DTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
    "DTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)
PROPERTY = st.tuples(st.sampled_from(NAMES), PARAMS, VALUES).map(lambda p: f"{p[0]}{p[1]}:{p[2]}")
# Most appointments start readable (the event lasts 2-4 July 2023), then get
# random properties: duplicates, wrong types, unknown zones.
BASE = st.tuples(st.integers(0, 5), st.sampled_from(["", ";TZID=Europe/Paris", ";VALUE=DATE"])).map(
    lambda b: [
        f"UID:entry-{b[0]}",
        f"SUMMARY:Séance {b[0]}",
        f"DTSTART{b[1]}:2023070{2 + b[0] % 3}" + ("" if b[1] == ";VALUE=DATE" else f"T09{b[0]}000"),
    ]
)
COMPONENT = st.tuples(
    st.sampled_from(COMPONENTS),
    st.lists(PROPERTY, max_size=4),
    st.booleans(),
    st.one_of(st.just([]), BASE, BASE),
).map(
    lambda c: (
        f"BEGIN:{c[0]}\r\n"
        + "".join(f"{p}\r\n" for p in c[3] + c[1])
        + ("BEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n" if c[2] else "")
        + f"END:{c[0]}\r\n"
    )
)
FILES = st.tuples(
    st.lists(COMPONENT, max_size=6),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1", "shift_jis"]),
).map(
    lambda f: (
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" if f[1] else "")
        + (VTIMEZONE if f[2] else "")
        + "".join(f[0])
        + ("END:VCALENDAR\r\n" if f[1] else "")
    ).encode(f[3], "replace")
)


def _finished(code: str, values: dict[str, object]) -> None:
    """The sentence of ``code`` exists in both languages and has all its values."""
    for language in ("fr", "en"):
        template = MESSAGES[language][code]
        wanted = {name for _, name, _, _ in Formatter().parse(template) if name}
        assert wanted <= set(values) | {"field", "code"}, (code, wanted - set(values))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=FILES)
def test_nothing_escapes_but_a_refusal_in_words(db, data):
    event = _event(db)
    try:
        preview = preview_import(db, event, data)
    except CoopdeskError as error:
        _finished(error.code, dict(error.values))
        assert describe(error, "fr")
        return
    assert isinstance(preview, ImportPreview)
    for entry in preview.refused:
        _finished(entry.code, dict(entry.values))
        assert entry.sentence("fr") and entry.sentence("en")
    for note in preview.notes:
        _finished(note.code, dict(note.values))
    try:
        apply_import(db, event, data, seen=preview)
    except CoopdeskError as error:
        _finished(error.code, dict(error.values))


def _event(db) -> int:
    """One event for every example (the database fixture is shared by them)."""
    found = events.list_events(db)
    return found[0].id if found else delegation(db).id
