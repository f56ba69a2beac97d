"""The lists a protocol office sends out, as .xlsx or CSV, in French or English.

- ``participants``: the full list in protocol order, every column an import reads,
  so a list sent out, completed by a partner and sent back imports again as is;
- ``arrivals``: arrivals and departures by day at local time, for drivers and hosts;
- ``rooming``: one list per hotel as hotels expect it (name, arrival, departure,
  nights, room, notes), from the hotel dates or else the travel dates;
- ``organisations``: participants grouped by organisation.

Times are local to where they happen (the leg's time zone, else the event's) and are
written as Excel dates and times, not text. Arrivals, departures and rooming are
those of :mod:`coopdesk.core.services.logistics` (who is listed, in which order), as
the window and the printed lists show them; declined participants appear only in
the full list, with their status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel import Locale
from sqlalchemy import select

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.headers import FIELD_HEADERS
from coopdesk.core.io.workbook import Sheet, write_document
from coopdesk.core.labels import label
from coopdesk.core.model import Person
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services.categories import category_names
from coopdesk.core.services.events import get_event
from coopdesk.core.services.logistics import logistics
from coopdesk.core.services.participants import list_participants
from coopdesk.core.timezones import to_local
from coopdesk.core.values import EventView, ParticipantView

_WORDS: Mapping[str, tuple[str, str]] = {
    "number": ("N°", "No."),
    "name": ("Nom", "Name"),
    "date": ("Date", "Date"),
    "time": ("Heure", "Time"),
    "movement": ("Mouvement", "Movement"),
    "transport": ("Transport", "Transport"),
    "flight": ("N° de vol/train", "Flight/train"),
    "place": ("Lieu", "Place"),
    "nights": ("Nuits", "Nights"),
    "arrival": ("Arrivée", "Arrival"),
    "departure": ("Départ", "Departure"),
    "hotel": ("Hôtel", "Hotel"),
    "no_hotel": ("Hôtel à confirmer", "Hotel to be confirmed"),
    "no_organisation": ("Sans organisation", "No organisation"),
    "participants": ("Participants", "Participants"),
    "movements": ("Arrivées et départs", "Arrivals and departures"),
    "organisations": ("Par organisation", "By organisation"),
}


def _word(key: str, language: str) -> str:
    fr, en = _WORDS[key]
    return en if language == "en" else fr


def _header(field: str, language: str) -> str:
    fr, en = FIELD_HEADERS[field]
    return en if language == "en" else fr


def _country(code: str | None, language: str) -> str:
    if not code:
        return ""
    return str(Locale(language).territories.get(code, code))


def _local(value: datetime | None, timezone: str | None, event: EventView) -> datetime | None:
    if value is None:
        return None
    return to_local(value, timezone or event.timezone).replace(tzinfo=None)


def _leg_cell(p: ParticipantView, leg: str, event: EventView) -> datetime | date | None:
    """A leg's local date and time, or its day alone when the time is not known (a
    list read back by the import gives the same leg)."""
    local = _local(getattr(p, f"{leg}_at"), getattr(p, f"{leg}_timezone"), event)
    if local is None or getattr(p, f"{leg}_time_known"):
        return local
    return local.date()


def _contacts(db: Database, people: Sequence[int]) -> dict[int, tuple[str | None, str]]:
    """Phone and languages of these people (not part of a participant line)."""
    found: dict[int, tuple[str | None, str]] = {}
    wanted = sorted(set(people))
    with db.session() as session:
        for start in range(0, len(wanted), 500):
            query = select(Person.id, Person.phone, Person.languages).where(
                Person.id.in_(wanted[start : start + 500])
            )
            for person_id, phone, languages in session.execute(query):
                found[person_id] = (phone, languages)
    return found


_LIST_FIELDS = (
    "civility",
    "last_name",
    "first_name",
    "native_name",
    "function",
    "organisation",
    "country",
    "email",
    "phone",
    "languages",
    "category",
    "role",
    "status",
    "arrival_at",
    "arrival_transport",
    "arrival_number",
    "arrival_place",
    "departure_at",
    "departure_transport",
    "departure_number",
    "departure_place",
    "hotel",
    "check_in",
    "check_out",
    "room",
    "notes",
)


def participant_list(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """Every participant in protocol order, with every column an import reads back."""
    event = get_event(db, event_id)
    people = list_participants(db, event_id)
    contacts = _contacts(db, [p.person_id for p in people])
    rows = []
    for rank, p in enumerate(people, start=1):
        phone, languages = contacts.get(p.person_id, (None, ""))
        values: dict[str, Any] = p._asdict() | {
            "country": _country(p.country, language),
            "phone": phone,
            "languages": ", ".join(languages.split(",")) if languages else None,
            "arrival_at": _leg_cell(p, "arrival", event),
            "departure_at": _leg_cell(p, "departure", event),
        }
        for key in ("category", "role", "status", "arrival_transport", "departure_transport"):
            values[key] = label(values[key], language) or None
        rows.append((rank, *(values[key] for key in _LIST_FIELDS)))
    headers = (_word("number", language), *(_header(f, language) for f in _LIST_FIELDS))
    return [Sheet(_word("participants", language), headers, rows)]


def movements(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """Arrivals and departures, one line per movement, at local time, in the order of
    :mod:`coopdesk.core.services.logistics` (by day, time, name)."""
    rows = [
        (
            m.day,
            m.time,  # None when only the day is known, not 00:00
            _word(m.leg, language),
            m.last_name,
            m.first_name,
            m.native_name,
            m.organisation,
            label(m.transport, language) or None,
            m.number,
            m.place,
            m.hotel,
        )
        for m in logistics(db, event_id).movements
    ]
    headers = (
        _word("date", language),
        _word("time", language),
        _word("movement", language),
        *(_header(f, language) for f in ("last_name", "first_name", "native_name")),
        _header("organisation", language),
        _word("transport", language),
        _word("flight", language),
        _word("place", language),
        _header("hotel", language),
    )
    return [Sheet(_word("movements", language), headers, rows)]


def rooming_list(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """One sheet per hotel, in the order of :mod:`coopdesk.core.services.logistics`;
    the guests whose hotel is not known yet on a last sheet."""
    headers = (
        _header("civility", language),
        _word("name", language),
        _header("native_name", language),
        _word("arrival", language),
        _word("departure", language),
        _word("nights", language),
        _header("room", language),
        _header("notes", language),
    )
    sheets = []
    for hotel in logistics(db, event_id).hotels:
        rows = []
        for g in hotel.guests:
            name = " ".join(x for x in (g.last_name.upper(), g.first_name) if x) or g.native_name
            row = (g.civility, name, g.native_name, g.check_in, g.check_out, g.nights, g.room)
            rows.append((*row, g.notes))
        sheets.append(Sheet(hotel.name or _word("no_hotel", language), headers, rows))
    if not sheets:  # nobody lodged yet: the empty list still has its headers
        return [Sheet(_word("hotel", language), headers, [])]
    return sheets


def by_organisation(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """Participants grouped by organisation (alphabetical), in protocol order within."""
    people = list_participants(db, event_id)
    names = category_names(db, language)
    none = _word("no_organisation", language)
    order = sorted(
        range(len(people)),
        key=lambda i: (people[i].organisation is None, (people[i].organisation or "").casefold()),
    )
    fields = ("civility", "last_name", "first_name", "native_name", "function", "email")
    rows = [
        (
            people[i].organisation or none,
            _country(people[i].country, language),
            *(getattr(people[i], f) for f in fields),
            names.get(people[i].category) or label(people[i].category, language),
            label(people[i].status, language),
        )
        for i in order
    ]
    headers = (
        _header("organisation", language),
        _header("country", language),
        *(_header(f, language) for f in fields),
        _header("category", language),
        _header("status", language),
    )
    return [Sheet(_word("organisations", language), headers, rows)]


LISTS: Mapping[str, Callable[[Database, int, str], list[Sheet]]] = {
    "participants": participant_list,
    "arrivals": movements,
    "rooming": rooming_list,
    "organisations": by_organisation,
}


def export_list(
    db: Database,
    event_id: int,
    kind: str,
    path: Path,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write the list ``kind`` (a key of :data:`LISTS`) of the event to ``path``
    (.xlsx or .csv), headers in ``language`` (``fr`` or ``en``)."""
    if kind not in LISTS:
        raise ValidationError("export.unknown_list", None, value=kind)
    if language not in ("fr", "en"):
        raise ValidationError("language.unsupported", "language", value=language)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError("export.unknown_format", None, path=str(path))
    part_header = _word("hotel", language) if kind == "rooming" else ""
    return write_document(LISTS[kind](db, event_id, language), path, part_header, progress)
