"""Importing a partner's programme: Outlook and Google files, duplicates, refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coopdesk.core.calendar.export import export_programme
from coopdesk.core.calendar.importer import apply_import, iana_zone, preview_import
from coopdesk.core.errors import ValidationError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, venues
from tests.factories import delegation

# What classic Outlook writes: Windows zone names with their own VTIMEZONE.
OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
X-MS-OLK-FORCEINSPECTOROPEN:TRUE\r
BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
CLASS:PUBLIC\r
DESCRIPTION:Accueil par le maire\\, puis visite.\\nPrévoir interprète.\r
DTEND;TZID="Romance Standard Time":20230703T110000\r
DTSTAMP:20230601T090000Z\r
DTSTART;TZID="Romance Standard Time":20230703T093000\r
LOCATION:Hôtel de Ville\r
SEQUENCE:2\r
SUMMARY;LANGUAGE=fr:Réception à l'Hôtel de Ville\r
UID:040000008200E00074C5B7101A82E00800000000D0E6F3A1B2C3D401000000000000000010000000A1B2C3D4E5F6\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=FLE Standard Time:20230704T100000\r
DTEND;TZID=FLE Standard Time:20230704T120000\r
SUMMARY:Visioconférence avec Apostolove\r
CATEGORIES:Réunion\r
UID:outlook-2@example.ua\r
END:VEVENT\r
END:VCALENDAR\r
"""

# What Google Calendar exports: UTC times.
GOOGLE = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:PUBLISH\r
X-WR-TIMEZONE:Europe/Kyiv\r
BEGIN:VEVENT\r
DTSTART:20230702T134000Z\r
DTEND:20230702T143000Z\r
DTSTAMP:20230601T090000Z\r
UID:7kq3l0m2p@google.com\r
SUMMARY:Arrivée de la délégation\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20230703T120000Z\r
DURATION:PT1H30M\r
UID:8abc@google.com\r
SUMMARY:Déjeuner\r
CATEGORIES:meal\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _with(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


@pytest.fixture
def event(db):
    return delegation(db)


def test_outlook_file_with_windows_zone_names(db, event):
    venues.create_venue(db, name="Hôtel de Ville", timezone="Europe/Paris")
    preview = preview_import(db, event.id, OUTLOOK.encode())
    assert preview.refused == ()
    reception, visio = preview.created
    assert reception.timezone == "Europe/Paris"
    assert reception.starts_at == datetime(2023, 7, 3, 7, 30, tzinfo=UTC)  # 09:30 summer time
    assert reception.description == "Accueil par le maire, puis visite.\nPrévoir interprète."
    assert reception.venue_id is not None
    assert reception.sequence == 2
    # CLDR still says Europe/Kiev, a link to Europe/Kyiv in the time-zone database.
    assert visio.timezone in ("Europe/Kyiv", "Europe/Kiev")
    assert visio.starts_at == datetime(2023, 7, 4, 7, tzinfo=UTC)
    assert agenda.list_agenda(db, event.id) == []  # a preview writes nothing
    apply_import(db, event.id, OUTLOOK.encode(), seen=preview)
    saved = {i.uid: i for i in agenda.list_agenda(db, event.id)}
    assert saved[reception.uid].title == "Réception à l'Hôtel de Ville"
    assert saved[reception.uid].venue == "Hôtel de Ville"
    assert saved["outlook-2@example.ua"].type == "meeting"


def test_google_file_in_utc_keeps_the_instants(db, event):
    preview = preview_import(db, event.id, GOOGLE.encode())
    arrival, lunch = preview.created
    assert arrival.starts_at == datetime(2023, 7, 2, 13, 40, tzinfo=UTC)
    assert arrival.timezone == "Europe/Paris"  # shown in the event's zone
    assert lunch.ends_at == datetime(2023, 7, 3, 13, 30, tzinfo=UTC)  # from DURATION
    assert lunch.type == "meal"
    apply_import(db, event.id, GOOGLE.encode())
    assert len(agenda.list_agenda(db, event.id)) == 2


def test_importing_again_updates_instead_of_duplicating(db, event):
    apply_import(db, event.id, GOOGLE.encode())
    again = preview_import(db, event.id, GOOGLE.encode())
    assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 2)
    moved = (
        GOOGLE.replace("20230702T134000Z", "20230702T150000Z")
        .replace("20230702T143000Z", "20230702T160000Z")
        .replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
    )
    preview = preview_import(db, event.id, moved.encode())
    assert [i.uid for i in preview.updated] == ["7kq3l0m2p@google.com"]
    apply_import(db, event.id, moved.encode(), seen=preview)
    items = {i.uid: i for i in agenda.list_agenda(db, event.id)}
    assert len(items) == 2
    arrival = items["7kq3l0m2p@google.com"]
    assert arrival.starts_at == datetime(2023, 7, 2, 15, tzinfo=UTC)
    assert arrival.status == "cancelled"
    assert arrival.sequence == 1


def test_our_own_export_reimports_as_unchanged(db, event):
    agenda.create_agenda_item(
        db,
        event.id,
        title="Dîner officiel",
        type="meal",
        starts_at=datetime(2023, 7, 3, 20),
        ends_at=datetime(2023, 7, 3, 22),
    )
    preview = preview_import(db, event.id, export_programme(db, event.id))
    assert (len(preview.created), len(preview.updated), len(preview.unchanged)) == (0, 0, 1)


def test_each_entry_is_imported_listed_or_refused_in_words(db, event):
    data = _with(
        "UID:weekly\nSUMMARY:Atelier hebdo\nDTSTART;TZID=Europe/Paris:20230703T090000\n"
        "DTEND;TZID=Europe/Paris:20230703T100000\nRRULE:FREQ=DAILY;COUNT=30",
        "UID:floating\nSUMMARY:Flottant\nDTSTART:20230703T090000\nDTEND:20230703T100000",
        "UID:later\nSUMMARY:Après l'événement\nDTSTART:20230910T090000Z\nDTEND:20230910T100000Z",
        "UID:noend\nSUMMARY:Sans fin\nDTSTART:20230703T090000Z",
        "UID:zero\nSUMMARY:Photo officielle\nDTSTART:20230703T100000Z\nDTEND:20230703T100000Z",
        "SUMMARY:Sans UID\nDTSTART:20230703T090000Z\nDTEND:20230703T100000Z",
        "UID:good\nSUMMARY:Bon\nDTSTART:20230703T090000Z\nDTEND:20230703T100000Z",
    )
    preview = preview_import(db, event.id, data)
    assert preview.refused == ()
    created = {i.uid: i for i in preview.created}
    # The event lasts 2-4 July: the daily workshop's sessions of 3 and 4 July are
    # kept, one item each, and the count is said.
    weekly = sorted(u for u in created if u.startswith("weekly/"))
    assert weekly == ["weekly/20230703T070000Z", "weekly/20230704T070000Z"]
    notes = [n.sentence("fr") for n in preview.notes]
    assert (
        "« Atelier hebdo » se répète : 2 séances tombent dans les dates de l'événement, "
        "chacune devient un élément du programme." in notes
    )
    # A floating time is the event's local time (Paris, summer: UTC+2).
    assert created["floating"].starts_at == datetime(2023, 7, 3, 7, tzinfo=UTC)
    assert any("sans fuseau horaire" in n and "Europe/Paris" in n for n in notes)
    # A start alone and a zero duration are instants (a photo call).
    assert created["noend"].ends_at == created["noend"].starts_at
    assert created["zero"].ends_at == created["zero"].starts_at
    # An entry after the event is listed by title and date, not imported.
    (later,) = preview.outside
    assert (later.summary, later.first_day) == ("Après l'événement", date(2023, 9, 10))
    assert "good" in created and len(created) == 7
    apply_import(db, event.id, data, seen=preview)
    assert len(agenda.list_agenda(db, event.id)) == 7
    again = preview_import(db, event.id, data)
    assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 7)


def test_refusals_name_the_entry_and_say_what_to_do(db, event):
    data = _with(
        "UID:zone\nSUMMARY:Zone inconnue\nDTSTART;TZID=Customized Time Zone:20230703T090000\n"
        "DTEND;TZID=Customized Time Zone:20230703T100000",
        "UID:notitle\nDTSTART:20230703T090000Z\nDTEND:20230703T100000Z",
        "UID:long\nSUMMARY:" + "Très long titre " * 30 + "\nDTSTART:20230703T090000Z",
        "UID:twice\nSUMMARY:Deux débuts\nDTSTART:20230703T090000Z\nDTSTART:20230703T100000Z",
        "UID:dur\nSUMMARY:Durée\nDTSTART:20230703T090000Z\nDURATION:PT1X",
        "UID:good\nSUMMARY:Bon\nDTSTART:20230703T090000Z\nDTEND:20230703T100000Z",
    )
    preview = preview_import(db, event.id, data)
    assert [i.uid for i in preview.created] == ["good"]
    sentences = {r.uid: r.sentence("fr") for r in preview.refused}
    assert sentences["zone"] == (
        "« Zone inconnue » (ligne 4) : le fuseau horaire « Customized Time Zone » n'est défini "
        "ni dans le fichier (VTIMEZONE) ni dans la base des fuseaux ; demandez un fichier "
        "exporté avec ses fuseaux, ou en heure UTC."
    )
    assert sentences["notitle"].startswith(
        "L'entrée de la ligne 10 : cette entrée n'a pas de titre"
    )
    assert "compte 479 caractères, au-delà des 300 permis" in sentences["long"]
    assert sentences["twice"].startswith("« Deux débuts » (ligne 20) : la propriété DTSTART")
    assert "PT1X" in sentences["dur"] and "PT1H30M" in sentences["dur"]
    assert {r.reason("en") for r in preview.refused} >= {
        "this entry has no title (SUMMARY); give it one in the program it comes from, then "
        "export the file again."
    }
    with pytest.raises(ValidationError) as refused:
        apply_import(db, event.id, data)
    text = describe(refused.value, "fr")
    assert text.startswith("5 entrées ne peuvent pas être importées, dont celle-ci. « Zone")
    assert text.endswith(
        "Rien n'a été importé : corrigez ces entrées dans le fichier, ou "
        "demandez-en un autre à l'expéditeur."
    )
    assert agenda.list_agenda(db, event.id) == []


def test_uid_of_another_event_is_refused(db, event):
    other = delegation(db, title="Autre", start_date=date(2023, 7, 1), end_date=date(2023, 7, 5))
    apply_import(db, other.id, GOOGLE.encode())
    preview = preview_import(db, event.id, GOOGLE.encode())
    assert {r.code for r in preview.refused} == {"calendar.uid_in_other_event"}


def test_apply_refuses_when_the_agenda_changed_since_the_preview(db, event):
    preview = preview_import(db, event.id, GOOGLE.encode())
    apply_import(
        db,
        event.id,
        _with(
            "UID:8abc@google.com\nSUMMARY:Déjeuner\nDTSTART:20230703T120000Z\nDTEND:20230703T130000Z"
        ),
    )
    with pytest.raises(ValidationError) as changed:
        apply_import(db, event.id, GOOGLE.encode(), seen=preview)
    assert changed.value.code == "calendar.import_changed"
    assert len(agenda.list_agenda(db, event.id)) == 1


def test_unreadable_file(db, event):
    with pytest.raises(ValidationError) as bad:
        preview_import(db, event.id, b"this is not a calendar")
    assert describe(bad.value, "fr") == (
        "Ce fichier ne contient aucun élément de calendrier (BEGIN:VEVENT) : vérifiez qu'il "
        "s'agit bien d'un fichier .ics."
    )


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("Europe/Paris", "Europe/Paris"),
        ("Romance Standard Time", "Europe/Paris"),
        ("Eastern Standard Time", "America/New_York"),
        ("SE Asia Standard Time", "Asia/Bangkok"),
        (
            "/mozilla.org/20070129_1/America/Argentina/Buenos_Aires",
            "America/Argentina/Buenos_Aires",
        ),
        ("Customized Time Zone", None),
    ],
)
def test_tzid_names_of_every_calendar_program(tzid, zone):
    assert iana_zone(tzid) == zone


def test_an_all_day_entry_lasts_its_day_in_the_event_s_zone(db, event):
    data = _with(
        "UID:allday\nSUMMARY:Journée à Kishiwada\nDTSTART;VALUE=DATE:20230703\n"
        "DTEND;VALUE=DATE:20230704",
        "UID:lastday\nSUMMARY:Dernier jour\nDTSTART;VALUE=DATE:20230704",
    )
    preview = preview_import(db, event.id, data)
    assert preview.refused == ()
    apply_import(db, event.id, data)
    items = {i.title: i for i in agenda.list_agenda(db, event.id)}
    day = items["Journée à Kishiwada"]
    assert (day.starts_at, day.ends_at) == (  # midnight to midnight, Paris summer time
        datetime(2023, 7, 2, 22, tzinfo=UTC),
        datetime(2023, 7, 3, 22, tzinfo=UTC),
    )
    assert items["Dernier jour"].ends_at == datetime(2023, 7, 4, 22, tzinfo=UTC)


def test_a_location_no_venue_has_becomes_a_new_venue_when_asked(db, event):
    text = OUTLOOK.replace(
        "LOCATION:Hôtel de Ville\r", "LOCATION:Hôtel de Ville\\, 1 place de la Mairie\r"
    )
    kept = preview_import(db, event.id, text.encode())
    assert kept.new_venues == ()  # not asked: the place stays in the description
    assert kept.created[0].description.endswith("Lieu : Hôtel de Ville, 1 place de la Mairie")
    preview = preview_import(db, event.id, text.encode(), make_venues=True)
    assert preview.new_venues == ("Hôtel de Ville, 1 place de la Mairie",)
    assert preview.created[0].description == (
        "Accueil par le maire, puis visite.\nPrévoir interprète."
    )
    assert venues.list_venues(db) == []  # a preview writes nothing
    apply_import(db, event.id, text.encode(), seen=preview, make_venues=True)
    (made,) = venues.list_venues(db)
    assert (made.name, made.address, made.timezone) == (
        "Hôtel de Ville",
        "1 place de la Mairie",
        "Europe/Paris",
    )
    saved = {i.uid: i for i in agenda.list_agenda(db, event.id)}
    reception = preview.created[0].uid
    assert saved[reception].venue_id == made.id
    # The same file again: the place is a venue now, nothing new.
    assert preview_import(db, event.id, text.encode(), make_venues=True).new_venues == ()
