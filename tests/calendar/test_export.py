"""Calendar exports as a protocol officer checks them: read back by libical and
icalendar, at the right instants across clock changes and hemispheres."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from coopdesk.core.calendar.export import (
    EmptyCalendar,
    ExportOptions,
    export_period,
    export_personal_agenda,
    export_personal_agendas,
    export_programme,
    export_venue_agenda,
    personal_file_names,
    personal_uid,
    safe_file_stem,
)
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda, events, organisations, participants, venues
from tests.factories import delegation, person

NOW = datetime(2023, 10, 1, 8, 0, tzinfo=UTC)


def _events(data: bytes) -> list[Calendar]:
    return Calendar.from_ical(data).walk("VEVENT")


@pytest.fixture
def crossing(db):
    """A Franco-Québec week when Paris has left summer time and Toronto not yet,
    with items in Makassar, Santiago and Sydney (southern summer time)."""
    organisations.set_authority(db, {"name": "Agglomération de La Rochelle"})
    event = delegation(
        db,
        kind="conference",
        title="Semaine franco-québécoise",
        start_date=date(2023, 10, 27),
        end_date=date(2023, 11, 6),
        languages=["fr", "en"],
    )
    hall = venues.create_venue(
        db,
        name="Espace Encan",
        address="Quai Louis Prunier\n17000 La Rochelle",
        timezone="Europe/Paris",
    )
    chair = participants.add_participant(
        db, event.id, person(db, email="olena@example.ua").id, status="confirmed"
    )
    other = participants.add_participant(
        db,
        event.id,
        person(db, first_name="Jean", last_name="Tremblay", native_name=None).id,
        status="invited",
    )
    items = {}
    for key, zone, start, end, who in [
        (
            "paris_summer",
            "Europe/Paris",
            datetime(2023, 10, 28, 10),
            datetime(2023, 10, 28, 11),
            None,
        ),
        (
            "paris_winter",
            "Europe/Paris",
            datetime(2023, 10, 30, 10),
            datetime(2023, 10, 30, 11),
            None,
        ),
        (
            "toronto_summer",
            "America/Toronto",
            datetime(2023, 10, 30, 10),
            datetime(2023, 10, 30, 11),
            [chair.id],
        ),
        (
            "toronto_winter",
            "America/Toronto",
            datetime(2023, 11, 6, 10),
            datetime(2023, 11, 6, 11),
            [other.id],
        ),
        ("makassar", "Asia/Makassar", datetime(2023, 11, 1, 9), datetime(2023, 11, 1, 10), None),
        (
            "santiago",
            "America/Santiago",
            datetime(2023, 11, 2, 10),
            datetime(2023, 11, 2, 11),
            None,
        ),
        ("sydney", "Australia/Sydney", datetime(2023, 11, 3, 10), datetime(2023, 11, 3, 11), None),
    ]:
        items[key] = agenda.create_agenda_item(
            db,
            event.id,
            title=key,
            type="meeting",
            starts_at=start,
            ends_at=end,
            timezone=zone,
            venue_id=hall.id if key == "paris_summer" else None,
            attendee_ids=who,
        )
    return event, items, chair, other


def test_programme_instants_match_libical_across_clock_changes(db, crossing, libical):
    event, items, _, _ = crossing
    rows = {r["uid"]: r for r in libical(export_programme(db, event.id))}
    assert set(rows) == {i.uid for i in items.values()}
    for item in items.values():
        assert rows[item.uid]["start"] == int(item.starts_at.timestamp()), item.title
        assert rows[item.uid]["end"] == int(item.ends_at.timestamp()), item.title
        assert rows[item.uid]["tzids"] == [item.timezone, item.timezone]
    # What the officer sees on the wall clocks: 10:00 local everywhere.
    assert items["paris_summer"].starts_at == datetime(2023, 10, 28, 8, tzinfo=UTC)
    assert items["paris_winter"].starts_at == datetime(2023, 10, 30, 9, tzinfo=UTC)
    assert items["toronto_summer"].starts_at == datetime(2023, 10, 30, 14, tzinfo=UTC)
    assert items["toronto_winter"].starts_at == datetime(2023, 11, 6, 15, tzinfo=UTC)
    assert items["santiago"].starts_at == datetime(2023, 11, 2, 13, tzinfo=UTC)
    assert items["sydney"].starts_at == datetime(2023, 11, 2, 23, tzinfo=UTC)


def test_far_future_dates_rely_on_the_yearly_rules(db, libical):
    event = delegation(db, start_date=date(2030, 1, 1), end_date=date(2030, 12, 31))
    made = [
        agenda.create_agenda_item(
            db,
            event.id,
            title=f"{zone} {month}",
            type="visit",
            timezone=zone,
            starts_at=datetime(2030, month, 15, 9),
            ends_at=datetime(2030, month, 15, 12),
        )
        for zone in ("Europe/Paris", "America/Toronto", "Australia/Sydney", "America/Santiago")
        for month in (1, 7)
    ]
    data = export_programme(db, event.id)
    assert b"RRULE:FREQ=YEARLY" in data
    assert b"RDATE" not in data
    rows = {r["uid"]: r for r in libical(data)}
    for item in made:
        assert rows[item.uid]["start"] == int(item.starts_at.timestamp()), item.title


def test_every_tzid_has_one_vtimezone_with_one_standard_and_daylight(db, crossing):
    event, _, _, _ = crossing
    calendar = Calendar.from_ical(export_programme(db, event.id))
    zones = {str(z["TZID"]): z for z in calendar.walk("VTIMEZONE")}
    used = {e["DTSTART"].params["TZID"] for e in calendar.walk("VEVENT")}
    assert set(zones) == used
    assert len(calendar.walk("VTIMEZONE")) == len(used)
    paris = zones["Europe/Paris"]
    assert [c.name for c in paris.subcomponents] == ["STANDARD", "DAYLIGHT"]
    assert [c.name for c in zones["Asia/Makassar"].subcomponents] == ["STANDARD"]
    for zone in zones.values():
        for part in zone.subcomponents:
            assert "RDATE" not in part


def test_programme_says_what_outlook_needs(db, crossing):
    event, items, _, _ = crossing
    agenda.cancel_agenda_item(db, items["makassar"].id)
    data = export_programme(
        db, event.id, ExportOptions(organizer_email="ri@agglo-larochelle.fr", now=NOW)
    )
    calendar = Calendar.from_ical(data)
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "Semaine franco-québécoise"
    by_title = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    cancelled = by_title["makassar"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] == 1
    assert by_title["paris_winter"]["STATUS"] == "CONFIRMED"
    assert by_title["paris_winter"]["DTSTAMP"].dt == NOW
    assert (
        by_title["paris_summer"]["LOCATION"]
        == "Espace Encan, Quai Louis Prunier, 17000 La Rochelle"
    )
    assert by_title["paris_summer"]["CATEGORIES"].cats == ["Réunion"]
    assert by_title["paris_summer"]["SUMMARY"].params["LANGUAGE"] == "fr"
    organizer = by_title["paris_summer"]["ORGANIZER"]
    assert organizer == "mailto:ri@agglo-larochelle.fr"
    assert organizer.params["CN"] == "Agglomération de La Rochelle"
    # Only the named attendees with a known address, never the whole event.
    assert "ATTENDEE" not in by_title["paris_summer"]
    attendee = by_title["toronto_summer"]["ATTENDEE"]
    assert attendee == "mailto:olena@example.ua"
    assert attendee.params["CN"] == "Olena Kovalenko"
    assert attendee.params["PARTSTAT"] == "ACCEPTED"
    assert "ATTENDEE" not in by_title["toronto_winter"]  # Jean Tremblay has no e-mail


def test_without_an_organiser_address_no_organizer_is_invented(db, crossing):
    event, _, _, _ = crossing
    assert b"ORGANIZER" not in export_programme(db, event.id)


def test_english_labels_on_request(db, crossing):
    event, _, _, _ = crossing
    calendar = Calendar.from_ical(export_programme(db, event.id, ExportOptions(language="en")))
    first = calendar.walk("VEVENT")[0]
    assert first["CATEGORIES"].cats == ["Meeting"]
    assert first["CATEGORIES"].params["LANGUAGE"] == "en"


def test_uids_and_sequence_are_stable_so_a_new_export_updates(db, crossing):
    event, items, _, _ = crossing
    before = {str(e["UID"]): e for e in _events(export_programme(db, event.id))}
    agenda.update_agenda_item(db, items["paris_winter"].id, {"title": "Plénière déplacée"})
    after = {str(e["UID"]): e for e in _events(export_programme(db, event.id))}
    assert set(before) == set(after) == {i.uid for i in items.values()}
    uid = items["paris_winter"].uid
    assert after[uid]["SEQUENCE"] == before[uid]["SEQUENCE"] + 1
    assert after[uid]["SUMMARY"] == "Plénière déplacée"


def test_personal_agenda_holds_only_what_the_person_attends(db, crossing, libical):
    _, _, chair, other = crossing
    data = export_personal_agenda(db, chair.id)
    rows = libical(data)
    expected = agenda.personal_agenda(db, chair.id)
    assert [r["summary"] for r in rows] == [i.title for i in expected]
    assert "toronto_winter" not in {r["summary"] for r in rows}
    assert {r["uid"] for r in rows} == {personal_uid(i.uid, chair.uid) for i in expected}
    # The same item in two people's files has two UIDs: both survive in a shared calendar.
    theirs = {r["uid"] for r in libical(export_personal_agenda(db, other.id))}
    assert not theirs & {r["uid"] for r in rows}
    assert export_personal_agenda(db, chair.id, ExportOptions(now=NOW)) == export_personal_agenda(
        db, chair.id, ExportOptions(now=NOW)
    )


def test_an_agenda_with_nothing_in_it_is_refused_with_the_reason(db, crossing):
    """RFC 5545 wants at least one component, and Outlook refuses a calendar without:
    no file, but a sentence saying why."""
    event, _, chair, _ = crossing
    participants.update_participation(db, chair.id, {"status": "declined"})
    with pytest.raises(EmptyCalendar) as declined:
        export_personal_agenda(db, chair.id)
    assert describe(declined.value, "fr") == (
        "Olena Kovalenko a décliné l'invitation à « Semaine franco-québécoise » : rien à exporter."
    )
    nobody = participants.add_participant(
        db, event.id, person(db, first_name="", last_name="", native_name="佐藤 健二").id
    )
    for item in agenda.list_agenda(db, event.id):  # named attendees only, none of them him
        if item.all_participants:
            agenda.update_agenda_item(db, item.id, {}, attendee_ids=[chair.id])
    with pytest.raises(EmptyCalendar) as empty:
        export_personal_agenda(db, nobody.id)
    assert describe(empty.value, "en") == (
        "佐藤 健二 attends no item of the programme of “Semaine franco-québécoise”: "
        "nothing to export."
    )


def test_an_empty_programme_is_refused_not_written_as_an_empty_calendar(db, tmp_path):
    event = delegation(db, title="Visite sans programme")
    p = participants.add_participant(db, event.id, person(db).id)
    for export in (
        lambda: export_programme(db, event.id),
        lambda: export_personal_agenda(db, p.id),
        lambda: export_personal_agendas(db, event.id, tmp_path / "agendas"),
    ):
        with pytest.raises(EmptyCalendar) as refused:
            export()
        assert describe(refused.value, "fr") == (
            "Le programme de « Visite sans programme » est vide : rien à exporter."
        )
    assert not (tmp_path / "agendas").exists()
    hall = venues.create_venue(db, name="Salle vide", address="1 rue", timezone="Europe/Paris")
    with pytest.raises(EmptyCalendar, match="empty_venue"):
        export_venue_agenda(db, hall.id)
    with pytest.raises(EmptyCalendar) as period:
        export_period(db, date(1990, 1, 1), date(1990, 1, 31))
    assert describe(period.value, "fr") == (
        "Aucun événement du 1 janvier 1990 au 31 janvier 1990 : rien à exporter."
    )


def test_people_who_attend_nothing_get_no_file_and_are_counted(db, crossing, tmp_path):
    event, items, chair, other = crossing
    for item in agenda.list_agenda(db, event.id):
        if item.all_participants:  # everything for the chair only, now
            agenda.update_agenda_item(db, item.id, {}, attendee_ids=[chair.id])
    agenda.delete_agenda_item(db, items["toronto_winter"].id)  # Tremblay's only item
    done = export_personal_agendas(db, event.id, tmp_path / "agendas")
    assert [w.participation_id for w in done.written] == [chair.id]
    assert done.skipped == (other.id,)
    assert sorted(p.name for p in (tmp_path / "agendas").iterdir()) == ["KOVALENKO Olena.ics"]
    assert len(_events(done.written[0].path.read_bytes())) == 6


def test_folder_of_personal_agendas_for_the_assises(demo_db, tmp_path, libical):
    db = demo_db  # the demo, loaded once per run
    event = events.find_event(db, "Assises")
    done = export_personal_agendas(db, event.id, tmp_path / "agendas")
    written = done.written
    people = participants.list_participants(db, event.id)
    expected = [p for p in people if p.status != "declined"]
    assert len(written) == len(expected) > 300 and done.skipped == ()
    names = [w.path.name for w in written]
    assert len({n.casefold() for n in names}) == len(names)
    assert all(not set(n) & set('<>:"/\\|?*') and not n.startswith(("-", " ")) for n in names)
    for sample in (written[0], written[len(written) // 2], written[-1]):
        mine = agenda.personal_agenda(db, sample.participation_id)
        rows = libical(sample.path.read_bytes())
        assert sample.item_count == len(mine)
        assert [r["start"] for r in rows] == [int(i.starts_at.timestamp()) for i in mine]


def test_file_names_keep_each_script_and_are_safe_on_windows_and_unique():
    names = personal_file_names(
        [
            (1, "Côté", "Hélène"),
            (2, "COTE", "helene"),
            (3, "Con", ""),
            (4, "Ли", "Ён"),
            (5, 'O"Brien: <Jr>?', "Séan."),
            (6, "Абдуллаева-Нурсултановна", "Aigerim"),
            (7, "", "佐藤 健二"),
            (8, "Παπαδόπουλος", "Σωκράτης"),
            (9, "-", "Noa"),
            (10, "côté", "hélène"),
            (11, "Co\u0302te\u0301", "He\u0301le\u0300ne"),  # accents as macOS sends them
            (12, "evil\u202egpj", "x"),
        ]
    )
    assert names == {
        1: "CÔTÉ Hélène.ics",
        2: "COTE helene.ics",
        3: "participant-3.ics",
        4: "ЛИ Ён.ics",
        5: "O BRIEN JR Séan.ics",
        6: "АБДУЛЛАЕВА-НУРСУЛТАНОВНА Aigerim.ics",
        7: "佐藤 健二.ics",
        8: "ΠΑΠΑΔΌΠΟΥΛΟΣ Σωκράτης.ics",
        9: "Noa.ics",
        10: "CÔTÉ hélène (2).ics",  # Windows and macOS do not tell case apart
        11: "CÔTÉ Hélène (3).ics",  # nor two encodings of one accent
        12: "EVIL GPJ x.ics",
    }
    assert safe_file_stem("x" * 300, "", "f").__len__() <= 80
    assert len(safe_file_stem("🎉" * 80, "", "f").encode()) <= 200  # 255 bytes per name


def test_personal_agenda_files_are_named_in_each_persons_script(db, crossing, tmp_path):
    event, *_ = crossing
    for first, last, native in [
        ("Aigerim", "Абдуллаева-Нурсултановна", None),
        ("", "", "佐藤 健二"),
        ("Σωκράτης", "Παπαδόπουλος", None),
    ]:
        someone = person(db, first_name=first, last_name=last, native_name=native)
        participants.add_participant(db, event.id, someone.id)
    done = export_personal_agendas(db, event.id, tmp_path / "agendas")
    names = {p.name for p in (tmp_path / "agendas").iterdir()}
    assert {
        "АБДУЛЛАЕВА-НУРСУЛТАНОВНА Aigerim.ics",
        "佐藤 健二.ics",
        "ΠΑΠΑΔΌΠΟΥΛΟΣ Σωκράτης.ics",
    } <= names
    assert not any(n.startswith(("-", " ", "participant-")) for n in names)
    sato = Calendar.from_ical((tmp_path / "agendas" / "佐藤 健二.ics").read_bytes())
    assert "佐藤 健二" in str(sato["X-WR-CALNAME"])
    assert len(done.written) == len(names)


def test_venue_agenda_across_events(demo_db, libical):
    db = demo_db  # the demo, loaded once per run
    hall = next(v for v in venues.list_venues(db) if v.name.startswith("Aquarium"))
    # the items the Venues page lists for it
    items = [agenda.get_agenda_item(db, use.item_id) for use in venues.venue_uses(db, hall.id)]
    rows = libical(export_venue_agenda(db, hall.id))
    assert len({i.event_id for i in items}) > 1
    assert sorted((r["uid"], r["start"]) for r in rows) == sorted(
        (i.uid, int(i.starts_at.timestamp())) for i in items
    )


def test_period_export_has_one_all_day_entry_per_event(demo_db, libical):
    db = demo_db  # the demo, loaded once per run
    data = export_period(db, date(2023, 1, 1), date(2023, 12, 31))
    assert b"VTIMEZONE" not in data
    rows = {r["summary"]: r for r in libical(data)}
    assises = rows["6es Assises franco-québécoises de la coopération décentralisée"]
    # 23–24 October: the exclusive end is the 25th.
    assert (assises["start_date"], assises["end_date"]) == ("2023-10-23", "2023-10-25")
    assert len(rows) == sum(
        1 for e in events.list_events(db) if e.start_date.year <= 2023 <= e.end_date.year
    )
    again = {r["uid"] for r in libical(export_period(db, date(2023, 7, 1), date(2023, 7, 31)))}
    assert again <= {r["uid"] for r in rows.values()}


def test_kendari_mission_in_makassar_time(demo_db, libical):
    db = demo_db  # the demo, loaded once per run
    event = events.find_event(db, "Kendari")
    items = agenda.list_agenda(db, event.id)
    rows = {r["uid"]: r for r in libical(export_programme(db, event.id))}
    assert {i.timezone for i in items} >= {"Asia/Makassar", "Asia/Jakarta", "Europe/Paris"}
    for item in items:
        assert rows[item.uid]["start"] == int(item.starts_at.timestamp())
        assert rows[item.uid]["status"] == (
            "CANCELLED" if item.status == "cancelled" else "CONFIRMED"
        )


def test_lines_fold_at_75_octets_without_splitting_characters(db, crossing):
    event, items, _, _ = crossing
    agenda.update_agenda_item(
        db,
        items["paris_summer"].id,
        {"title": "Séance, « plénière »; 🎉 Апостолове 岸和田市 " * 6, "description": "a\nb"},
    )
    data = export_programme(db, event.id)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_personal_agendas_are_all_written_or_none(db, crossing, tmp_path):
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.messages import describe

    event, _, _, _ = crossing
    names = sorted(
        w.path.name for w in export_personal_agendas(db, event.id, tmp_path / "first").written
    )
    assert len(names) == 2
    folder = tmp_path / "second"
    (folder / names[-1]).mkdir(parents=True)  # a folder where a file should go
    with pytest.raises(CoopdeskError) as error:
        export_personal_agendas(db, event.id, folder)
    assert "c'est un dossier, pas un fichier" in describe(error.value, "fr")
    assert [p.name for p in folder.iterdir()] == [names[-1]]  # nothing else written
    taken = tmp_path / "a-file.ics"
    taken.write_bytes(b"")
    with pytest.raises(CoopdeskError) as error:
        export_personal_agendas(db, event.id, taken)
    assert "un fichier de ce nom existe déjà" in describe(error.value, "fr")
