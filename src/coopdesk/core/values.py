"""Plain, immutable values that services hand out (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from coopdesk.core.enums import (
    AgendaItemStatus,
    AgendaItemType,
    ElectedOffice,
    EventKind,
    EventStatus,
    OrganisationKind,
    ParticipationStatus,
    PartnershipKind,
    Role,
    Transport,
)


def value_fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def person_name(first: str | None, last: str | None, native: str | None = None) -> str:
    """A person's name as every list and sentence reads it: first and last names,
    else (a guest named only in their own script) ``native``."""
    latin = " ".join(p.strip() for p in (first, last) if p and p.strip())
    return latin or (native or "").strip()


@dataclass(frozen=True, slots=True)
class AuthorityView:
    name: str
    address: str
    default_timezone: str
    document_language: str
    has_logo: bool
    version: int


@dataclass(frozen=True, slots=True)
class OrganisationView:
    id: int
    name: str
    kind: OrganisationKind
    country: str | None
    city: str | None
    timezone: str | None
    version: int


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    civility: str | None
    first_name: str
    last_name: str
    native_name: str | None
    function: str | None
    organisation_id: int | None
    organisation: str | None
    email: str | None
    phone: str | None
    languages: tuple[str, ...]
    form_of_address: str | None
    precedence: int | None
    elected_office: ElectedOffice | None
    office_rank: int | None
    notes: str | None
    passport_number: str | None
    passport_expiry: date | None
    birth_date: date | None
    dietary_needs: str | None
    accessibility_needs: str | None
    version: int
    nationality: str | None = None

    @property
    def display_name(self) -> str:
        return person_name(self.first_name, self.last_name)


@dataclass(frozen=True, slots=True)
class AgreementView:
    id: int
    title: str
    purpose: str
    forecast_amount: Decimal | None
    signature_date: date | None
    end_date: date | None
    version: int = 0


@dataclass(frozen=True, slots=True)
class PartnershipView:
    id: int
    partner_id: int
    partner: str
    partner_country: str | None
    kind: PartnershipKind
    since: date | None
    themes: str
    cofunder_ids: tuple[int, ...]
    cofunders: tuple[str, ...]
    agreements: tuple[AgreementView, ...]
    version: int


@dataclass(frozen=True, slots=True)
class VenueView:
    id: int
    name: str
    address: str
    city: str | None
    country: str | None
    timezone: str
    capacity: int | None
    version: int
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    kind: EventKind
    title: str
    partner_id: int | None
    partner: str | None
    start_date: date
    end_date: date
    status: EventStatus
    timezone: str
    languages: tuple[str, ...]
    budget: Decimal | None
    notes: str | None
    artist_id: int | None
    host_structure: str | None
    grant_amount: Decimal | None
    grant_terms: str | None
    deliverables: str | None
    participant_count: int
    version: int


class ParticipantView(NamedTuple):
    """One line of an event's participant list: the participation and its person.

    A named tuple rather than a dataclass: lists of tens of thousands are built from
    database rows, and a tuple is built several times faster.
    """

    id: int
    uid: str
    event_id: int
    person_id: int
    civility: str | None
    first_name: str
    last_name: str
    native_name: str | None
    function: str | None
    organisation: str | None
    country: str | None
    email: str | None
    role: Role
    category: str  # the code of one of the office's badge categories
    status: ParticipationStatus
    precedence_override: int | None
    arrival_at: datetime | None
    arrival_timezone: str | None
    arrival_transport: Transport | None
    arrival_number: str | None
    arrival_place: str | None
    departure_at: datetime | None
    departure_timezone: str | None
    departure_transport: Transport | None
    departure_number: str | None
    departure_place: str | None
    hotel: str | None
    check_in: date | None
    check_out: date | None
    room: str | None
    notes: str | None
    version: int
    # False when only the day of the leg is known (its instant is then local midnight).
    arrival_time_known: bool = True
    departure_time_known: bool = True

    @property
    def display_name(self) -> str:
        return person_name(self.first_name, self.last_name)


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    id: int
    uid: str
    event_id: int
    title: str
    type: AgendaItemType
    status: AgendaItemStatus
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int | None
    venue: str | None
    capacity: int | None
    description: str | None
    all_participants: bool
    attendee_ids: tuple[int, ...]
    sequence: int
    version: int


@dataclass(frozen=True, slots=True)
class Conflict:
    """A problem in an agenda: ``kind`` is one of the ``CONFLICT_*`` codes.

    A double booking is one conflict per overlap of two items: ``item_ids`` are the
    two items, ``starts_at`` and ``ends_at`` (UTC) the time they share, and for
    people ``person_ids`` and ``people`` (names, in the same order) everyone expected
    at both: one line for one double booking however many people it concerns.
    """

    kind: str
    item_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = ()
    people: tuple[str, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    venue_id: int | None = None
    venue: str | None = None
    count: int | None = None
    limit: int | None = None


CONFLICT_PERSON = "person_double_booked"
CONFLICT_VENUE = "venue_double_booked"
CONFLICT_VENUE_CAPACITY = "over_venue_capacity"
CONFLICT_ITEM_CAPACITY = "over_item_capacity"


class DirectoryRow(NamedTuple):
    """One line of the people directory: who, from where, how to reach them."""

    id: int
    civility: str | None
    first_name: str
    last_name: str
    native_name: str | None
    function: str | None
    organisation: str | None
    country: str | None
    email: str | None


class PersonEventRow(NamedTuple):
    """One event a person took part in, and how."""

    participation_id: int
    event_id: int
    title: str
    kind: EventKind
    start_date: date
    end_date: date
    role: Role
    status: ParticipationStatus
