"""An event's logistics, read once for every output: who arrives and leaves when, and
who sleeps where.

The window's Logistics tab, the printed lists (:mod:`coopdesk.core.documents.lists`)
and the Excel/CSV lists (:mod:`coopdesk.core.io.export`) all show :func:`logistics`,
so they list the same people in the same order.

Who is listed
    Everyone invited, confirmed or attended: people who declined get no printed
    material, no transfer and no room (:mod:`coopdesk.core.attendance`, the one rule).
    A movement is listed for each arrival or departure with at least its day. A guest
    is on the rooming list when a hotel *or* a hotel date is recorded: a guest with a
    check-in date but no hotel yet is under "hotel to be confirmed" (the office still
    owes them a room), and a hotel without dates shows the travel dates, or nothing.
    A guest with travel dates only (staying with family, a day visit) is not.

In which order
    Movements, as a driver works through them: by local day where the leg happens,
    then the legs known to the day only ("time to be confirmed", first, as they must
    be chased), then by local time; at the same time, in protocol order (the head of
    the delegation is greeted first), the arrival before the departure.
    Rooming, as a hotel files its guests: hotels by name (accents and case aside: a
    hotel typed two ways is one), the guests whose hotel is to be confirmed last; in a
    hotel, guests by last name then first name, accents aside, a guest named only in
    their own script by that name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from coopdesk.core.attendance import expected
from coopdesk.core.db import Database
from coopdesk.core.enums import Transport
from coopdesk.core.folding import fold_name
from coopdesk.core.services.events import get_event
from coopdesk.core.services.participants import list_participants
from coopdesk.core.timezones import to_local
from coopdesk.core.values import EventView, ParticipantView, person_name


class Leg(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


def _name(p: ParticipantView) -> str:
    return person_name(p.first_name, p.last_name, p.native_name)


def _name_key(p: ParticipantView) -> tuple[str, str, str]:
    last = fold_name(p.last_name) or fold_name(p.native_name)
    return (last, fold_name(p.first_name), fold_name(p.native_name))


@dataclass(frozen=True, slots=True)
class Movement:
    """One arrival or departure, at local time where it happens."""

    participation_id: int
    person_id: int
    leg: Leg
    local: datetime  # naive, local to the leg's zone (else the event's)
    time_known: bool  # False: only the day is known ("time to be confirmed")
    name: str
    civility: str | None
    last_name: str
    first_name: str
    native_name: str | None
    organisation: str | None
    transport: Transport | None
    number: str | None
    place: str | None
    hotel: str | None

    @property
    def day(self) -> date:
        return self.local.date()

    @property
    def time(self) -> time | None:
        """The local time, or None when only the day is known (never a false 00:00)."""
        return self.local.time() if self.time_known else None


@dataclass(frozen=True, slots=True)
class Lodging:
    """One guest of a rooming list: the hotel dates, else the travel dates."""

    participation_id: int
    person_id: int
    hotel: str | None  # None: a hotel date is known, the hotel is not
    name: str
    civility: str | None
    last_name: str
    first_name: str
    native_name: str | None
    organisation: str | None
    room: str | None
    check_in: date | None
    check_out: date | None
    notes: str | None

    @property
    def nights(self) -> int | None:
        if self.check_in is None or self.check_out is None:
            return None
        return (self.check_out - self.check_in).days


@dataclass(frozen=True, slots=True)
class Hotel:
    name: str | None  # None: the guests whose hotel is to be confirmed
    guests: tuple[Lodging, ...]


@dataclass(frozen=True, slots=True)
class Logistics:
    event: EventView
    movements: tuple[Movement, ...]  # arrivals and departures, in order
    hotels: tuple[Hotel, ...]

    @property
    def arrivals(self) -> tuple[Movement, ...]:
        return tuple(m for m in self.movements if m.leg is Leg.ARRIVAL)

    @property
    def departures(self) -> tuple[Movement, ...]:
        return tuple(m for m in self.movements if m.leg is Leg.DEPARTURE)

    @property
    def rooming(self) -> tuple[Lodging, ...]:
        """Every guest of the rooming list, hotel after hotel."""
        return tuple(guest for hotel in self.hotels for guest in hotel.guests)

    @property
    def travellers(self) -> int:
        """How many people arrive or leave."""
        return len({m.participation_id for m in self.movements})


def _movement(p: ParticipantView, leg: Leg, event_zone: str) -> Movement | None:
    instant: datetime | None = getattr(p, f"{leg}_at")
    if instant is None:
        return None
    local = to_local(instant, getattr(p, f"{leg}_timezone") or event_zone)
    return Movement(
        participation_id=p.id,
        person_id=p.person_id,
        leg=leg,
        local=local.replace(tzinfo=None),
        time_known=bool(getattr(p, f"{leg}_time_known")),
        name=_name(p),
        civility=p.civility,
        last_name=p.last_name,
        first_name=p.first_name,
        native_name=p.native_name,
        organisation=p.organisation,
        transport=getattr(p, f"{leg}_transport"),
        number=getattr(p, f"{leg}_number"),
        place=getattr(p, f"{leg}_place"),
        hotel=p.hotel,
    )


def _local_day(moment: datetime | None, zone: str | None, event_zone: str) -> date | None:
    return to_local(moment, zone or event_zone).date() if moment is not None else None


def _lodging(p: ParticipantView, event_zone: str) -> Lodging:
    """``p``'s stay: each hotel date recorded, else the local day of the arrival (or
    the departure), in the leg's own zone or else the event's: a guest whose check-in
    and check-out are not recorded yet still shows the nights of their journey."""
    arrival = _local_day(p.arrival_at, p.arrival_timezone, event_zone)
    departure = _local_day(p.departure_at, p.departure_timezone, event_zone)
    return Lodging(
        participation_id=p.id,
        person_id=p.person_id,
        hotel=(p.hotel or "").strip() or None,
        name=_name(p),
        civility=p.civility,
        last_name=p.last_name,
        first_name=p.first_name,
        native_name=p.native_name,
        organisation=p.organisation,
        room=p.room,
        check_in=p.check_in or arrival,
        check_out=p.check_out or departure,
        notes=p.notes,
    )


def _lodged(p: ParticipantView) -> bool:
    return bool((p.hotel or "").strip()) or p.check_in is not None or p.check_out is not None


def read_logistics(event: EventView, people: Iterable[ParticipantView]) -> Logistics:
    """The logistics of ``event`` for ``people`` (in protocol order, as
    :func:`participants.list_participants` gives them; see the module's rules)."""
    present = expected(people)
    names = {p.id: _name_key(p) for p in present}
    rank = {p.id: n for n, p in enumerate(present)}  # protocol order
    movements = [
        m for p in present for leg in Leg if (m := _movement(p, leg, event.timezone)) is not None
    ]
    movements.sort(
        key=lambda m: (
            m.day,
            m.time_known,
            m.local,
            rank[m.participation_id],
            list(Leg).index(m.leg),
        )
    )
    # A hotel typed "Hôtel Mercure" here and "hotel mercure" there is one hotel,
    # named as most often typed (at a tie, as first typed in protocol order).
    hotels: dict[str | None, list[Lodging]] = {}
    for p in present:
        if _lodged(p):
            lodging = _lodging(p, event.timezone)
            key = fold_name(lodging.hotel) if lodging.hotel else None
            hotels.setdefault(key, []).append(lodging)
    shown = {
        key: Counter(g.hotel for g in guests).most_common(1)[0][0] for key, guests in hotels.items()
    }
    ordered = sorted(hotels, key=lambda h: (h is None, h or ""))
    return Logistics(
        event=event,
        movements=tuple(movements),
        hotels=tuple(
            Hotel(
                shown[key],
                tuple(
                    sorted(
                        hotels[key],
                        key=lambda g: (names[g.participation_id], g.participation_id),
                    )
                ),
            )
            for key in ordered
        ),
    )


def logistics(db: Database, event_id: int) -> Logistics:
    """The event's arrivals, departures and rooming, as every output shows them."""
    event = get_event(db, event_id)
    return read_logistics(event, list_participants(db, event_id))
