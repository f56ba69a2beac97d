"""Every file of tests/calendar/corpus/ (calendar files as Outlook, Google, Apple,
Thunderbird, CalDAV servers, Lotus Notes and old exports write them) imported into
an event held 2–4 July 2023 in Paris: at the right instants, or refused in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from coopdesk.core.calendar.importer import ImportPreview, apply_import, preview_import
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.messages import describe
from coopdesk.core.services import agenda
from coopdesk.core.timezones import to_local
from tests.factories import delegation

CORPUS = Path(__file__).with_name("corpus")


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2023, 7, day, hour, minute, tzinfo=UTC)


def _items(preview: ImportPreview) -> dict[str, tuple[datetime, datetime, str]]:
    return {i.title: (i.starts_at, i.ends_at, i.timezone) for i in preview.created}


def _notes(preview: ImportPreview) -> list[str]:
    return [n.sentence("fr") for n in preview.notes]


def outlook_windows_zones(preview: ImportPreview) -> None:
    items = _items(preview)
    assert items["Réception officielle"] == (_at(3, 7, 30), _at(3, 9), "Europe/Paris")
    assert items["Visioconférence avec Montréal"] == (_at(3, 13), _at(3, 14), "America/New_York")
    assert "Les rappels (VALARM) d'un rendez-vous sont ignorés." in _notes(preview)


def outlook_customized_zone(preview: ImportPreview) -> None:
    ((start, end, zone),) = _items(preview).values()
    assert (start, end) == (_at(4, 7), _at(4, 8, 30))  # 10:00 at UTC+3
    assert to_local(start, zone).utcoffset() == timedelta(hours=3)
    assert any(n.startswith("Le fuseau « Customized Time Zone »") for n in _notes(preview))


def google_export(preview: ImportPreview) -> None:
    breakfasts = sorted(i.uid for i in preview.created if i.title == "Petit-déjeuner de travail")
    # Daily from the 2nd, the 3rd excluded (EXDATE): the 2nd and the 4th in the event.
    assert breakfasts == [
        "4k2mf1rbq8@google.com/20230702T070000Z",
        "4k2mf1rbq8@google.com/20230704T070000Z",
    ]
    day = _items(preview)["Journée culturelle"]
    assert day == (_at(3, 22), _at(4, 22), "Europe/Paris")  # midnight to midnight in Paris


def apple_calendar(preview: ImportPreview) -> None:
    dinner = next(i for i in preview.created if i.title == "Dîner d'accueil")
    assert (dinner.starts_at, dinner.ends_at) == (_at(2, 17, 30), _at(2, 19))
    assert dinner.sequence == 1
    assert dinner.description == "Lieu : Restaurant du port"


def thunderbird(preview: ImportPreview) -> None:
    assert _items(preview) == {"Visite du port": (_at(3, 12), _at(3, 14, 30), "Europe/Paris")}
    assert (
        "2 composants VTODO (tâches) sont ignorés : seuls les rendez-vous (VEVENT) sont importés."
        in _notes(preview)
    )


def caldav_series(preview: ImportPreview) -> None:
    got = sorted((i.starts_at, i.title, i.timezone) for i in preview.created)
    assert got == [  # 18:00 in Kyiv (UTC+3), the 3rd moved to 16:00
        (_at(2, 15), "Réunion quotidienne", "Europe/Kyiv"),
        (_at(3, 13), "Réunion quotidienne (avancée)", "Europe/Kyiv"),
        (_at(4, 15), "Réunion quotidienne", "Europe/Kyiv"),
    ]
    assert (
        "« Réunion quotidienne » se répète : 3 séances tombent dans les dates de "
        "l'événement, chacune devient un élément du programme." in _notes(preview)
    )


def no_vcalendar(preview: ImportPreview) -> None:
    assert _items(preview) == {
        "Rencontre avec les étudiants": (_at(3, 8), _at(3, 9), "Europe/Paris"),
        "Atelier jumelage": (_at(4, 8), _at(4, 10), "Europe/Paris"),
    }
    assert (
        "Les entrées de ce fichier ne sont pas dans un bloc VCALENDAR : elles ont été lues "
        "quand même." in _notes(preview)
    )


def windows1252(preview: ImportPreview) -> None:
    (item,) = preview.created
    assert item.title == "Déjeuner à l’Hôtel de Ville – délégation"
    assert item.description == "Prévoir l’interprète"
    assert (
        "Ce fichier n'est pas en UTF-8 : il a été lu en Windows-1252. Vérifiez les accents "
        "dans l'aperçu." in _notes(preview)
    )


def lotus_us_eastern(preview: ImportPreview) -> None:
    assert _items(preview) == {
        "Appel avec l'ambassade à Washington": (_at(2, 12), _at(2, 13), "America/New_York")
    }


def vcalendar10_quoted_printable(preview: ImportPreview) -> None:
    (item,) = preview.created
    assert (item.title, item.starts_at) == ("Réunion à la mairie", _at(3, 8))
    assert item.description == "Prévoir l’interprète et le traducteur\n\nLieu : Mairie"


def utf16_outlook(preview: ImportPreview) -> None:
    assert _items(preview) == {"岸和田市との会議": (_at(3, 9), _at(3, 10), "Asia/Tokyo")}


def tasks_and_journal_only(preview: ImportPreview) -> None:
    assert preview.created == preview.refused == ()
    notes = _notes(preview)
    assert (
        "Un composant VTODO (tâche) est ignoré : seuls les rendez-vous (VEVENT) sont "
        "importés." in notes
    )
    assert any("VJOURNAL (note de journal)" in n for n in notes)
    assert any("VAVAILABILITY (disponibilité)" in n for n in notes)


def duplicate_start(preview: ImportPreview) -> None:
    (refused,) = preview.refused
    assert refused.sentence("fr") == (
        "« Conférence de presse » (ligne 4) : la propriété DTSTART y figure plusieurs fois avec "
        "des valeurs différentes (20230703T080000Z / 20230703T090000Z) ; n'en gardez qu'une."
    )


def all_outside_event(preview: ImportPreview) -> None:
    (outside,) = preview.outside
    assert (outside.summary, str(outside.first_day)) == ("Réunion de rentrée", "2023-09-12")


CASES: dict[str, tuple[Callable[[ImportPreview], None] | None, str | None]] = {
    # file: (what the preview shows, the sentence that refuses the import or None)
    "outlook_windows_zones.ics": (outlook_windows_zones, None),
    "outlook_customized_zone.ics": (outlook_customized_zone, None),
    "google_export.ics": (google_export, None),
    "apple_calendar.ics": (apple_calendar, None),
    "thunderbird.ics": (thunderbird, None),
    "caldav_series.ics": (caldav_series, None),
    "no_vcalendar.ics": (no_vcalendar, None),
    "windows1252.ics": (windows1252, None),
    "lotus_us_eastern.ics": (lotus_us_eastern, None),
    "vcalendar10_quoted_printable.ics": (vcalendar10_quoted_printable, None),
    "utf16_outlook.ics": (utf16_outlook, None),
    "tasks_and_journal_only.ics": (
        tasks_and_journal_only,
        "Ce fichier ne contient aucun rendez-vous (VEVENT) : rien à importer.",
    ),
    "duplicate_start.ics": (
        duplicate_start,
        "« Conférence de presse » (ligne 4) : la propriété DTSTART y figure plusieurs fois",
    ),
    "all_outside_event.ics": (
        all_outside_event,
        "Le seul rendez-vous du fichier a lieu en dehors des dates de l'événement "
        "(2 juillet 2023 – 4 juillet 2023) : rien à importer.",
    ),
    "email_not_a_calendar.ics": (
        None,
        "Ce fichier ne contient aucun élément de calendrier (BEGIN:VEVENT) : vérifiez qu'il "
        "s'agit bien d'un fichier .ics.",
    ),
}


def test_every_file_of_the_corpus_has_its_expectation():
    assert sorted(p.name for p in CORPUS.glob("*.ics")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_corpus_file_is_imported_or_refused_in_words(db, name):
    event = delegation(db)
    data = (CORPUS / name).read_bytes()
    check, refusal = CASES[name]
    preview: Any = None
    try:
        preview = preview_import(db, event.id, data)
    except CoopdeskError as error:
        assert check is None, describe(error, "fr")
        assert refusal is not None and describe(error, "fr").startswith(refusal)
        return
    assert check is not None
    check(preview)
    if refusal is not None:
        with pytest.raises(CoopdeskError) as refused:
            apply_import(db, event.id, data, seen=preview)
        assert refusal in describe(refused.value, "fr")
        assert agenda.list_agenda(db, event.id) == []
        return
    apply_import(db, event.id, data, seen=preview)
    saved = agenda.list_agenda(db, event.id)
    assert sorted((i.uid, i.starts_at) for i in saved) == sorted(
        (i.uid, i.starts_at) for i in preview.created
    )
    # The same file again changes nothing and adds nothing.
    again = preview_import(db, event.id, data)
    assert (len(again.created), len(again.updated)) == (0, 0)
    assert len(again.unchanged) == len(saved)
