"""The lists a protocol office sends out, as .xlsx or CSV, in French or English.

- ``participants``: the full list in protocol order, every column an import reads,
  so a list sent out, completed by a partner and sent back imports again as is;
- ``arrivals``: arrivals and departures by day at local time, for drivers and hosts;
- ``rooming``: one list per hotel as hotels expect it (name, arrival, departure,
  nights, room, notes), from the hotel dates or else the travel dates;
- ``organisations``: participants grouped by organisation.

Times are local to where they happen (the leg's time zone, else the event's) and are
written as Excel dates and times, not text. Declined participants appear only in the
full list, with their status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from babel import Locale
from sqlalchemy import select

from coopdesk.core.db import Database
from coopdesk.core.enums import ParticipationStatus
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.headers import FIELD_HEADERS
from coopdesk.core.io.workbook import Sheet, write_document
from coopdesk.core.labels import label
from coopdesk.core.model import Person
from coopdesk.core.services.categories import category_names
from coopdesk.core.services.events import get_event
from coopdesk.core.services.participants import list_participants
from coopdesk.core.services.stays import hotel_stay
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
    "no_hotel": ("Sans hôtel", "No hotel"),
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


def _present(db: Database, event_id: int) -> list[ParticipantView]:
    return [p for p in list_participants(db, event_id) if p.status != ParticipationStatus.DECLINED]


def movements(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """Arrivals and departures in time order, at local time, one line per movement."""
    event = get_event(db, event_id)
    found: list[tuple[datetime, tuple[Any, ...]]] = []
    for p in _present(db, event_id):
        for leg in ("arrival", "departure"):
            instant: datetime | None = getattr(p, f"{leg}_at")
            local = _local(instant, getattr(p, f"{leg}_timezone"), event)
            if instant is None or local is None:
                continue
            row = (
                local.date(),
                local.time() if getattr(p, f"{leg}_time_known") else None,  # not 00:00
                _word(leg, language),
                p.last_name,
                p.first_name,
                p.native_name,
                p.organisation,
                label(getattr(p, f"{leg}_transport"), language) or None,
                getattr(p, f"{leg}_number"),
                getattr(p, f"{leg}_place"),
                p.hotel,
            )
            found.append((instant, row))
    # At the same instant, a leg known to the day only (no time shown) comes first.
    found.sort(key=lambda item: (item[0], item[1][1] is not None))
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
    return [Sheet(_word("movements", language), headers, [row for _, row in found])]


def rooming_list(db: Database, event_id: int, language: str = "fr") -> list[Sheet]:
    """One list per hotel, people by name, with their nights."""
    event = get_event(db, event_id)
    hotels: dict[str, list[tuple[Any, ...]]] = {}
    for p in sorted(
        (p for p in _present(db, event_id) if p.hotel),
        key=lambda p: (p.last_name.casefold(), p.first_name.casefold()),
    ):
        stay = hotel_stay(p, event.timezone)
        check_in, check_out, nights = stay.check_in, stay.check_out, stay.nights
        name = " ".join(x for x in (p.last_name.upper(), p.first_name) if x) or p.native_name
        row = (p.civility, name, p.native_name, check_in, check_out, nights, p.room, p.notes)
        hotels.setdefault(p.hotel or "", []).append(row)
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
    if not hotels:  # nobody lodged yet: the empty list still has its headers
        return [Sheet(_word("hotel", language), headers, [])]
    return [Sheet(hotel, headers, rows) for hotel, rows in sorted(hotels.items())]


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


def export_list(db: Database, event_id: int, kind: str, path: Path, language: str = "fr") -> Path:
    """Write the list ``kind`` (a key of :data:`LISTS`) of the event to ``path``
    (.xlsx or .csv), headers in ``language`` (``fr`` or ``en``)."""
    if kind not in LISTS:
        raise ValidationError("export.unknown_list", None, value=kind)
    if language not in ("fr", "en"):
        raise ValidationError("language.unsupported", "language", value=language)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError("export.unknown_format", None, path=str(path))
    part_header = _word("hotel", language) if kind == "rooming" else ""
    return write_document(LISTS[kind](db, event_id, language), path, part_header)
