"""The closed vocabularies of the domain, stored by value in the database."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    FRENCH_AUTHORITY = "french_authority"
    FOREIGN_AUTHORITY = "foreign_authority"
    STATE = "state"
    ASSOCIATION = "association"
    COMPANY = "company"
    FUNDER = "funder"


class PartnershipKind(StrEnum):
    TWINNING = "twinning"
    DECENTRALISED_COOPERATION = "decentralised_cooperation"
    OTHER = "other"


class EventKind(StrEnum):
    DELEGATION_IN = "delegation_in"
    DELEGATION_OUT = "delegation_out"
    CONFERENCE = "conference"
    RESIDENCY = "residency"


class EventStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class Role(StrEnum):
    """What a person does in an event, in protocol order (head of delegation first)."""

    HEAD_OF_DELEGATION = "head_of_delegation"
    ELECTED = "elected"
    SPEAKER = "speaker"
    ARTIST = "artist"
    OFFICER = "officer"
    GUEST = "guest"
    INTERPRETER = "interpreter"
    PRESS = "press"
    ORGANISER = "organiser"
    STAFF = "staff"


class BadgeCategory(StrEnum):
    DELEGATE = "delegate"
    ELECTED = "elected"
    OFFICER = "officer"
    SPEAKER = "speaker"
    ARTIST = "artist"
    GUEST = "guest"
    PRESS = "press"
    ORGANISATION = "organisation"
    STAFF = "staff"


class ParticipationStatus(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    ATTENDED = "attended"


class Transport(StrEnum):
    PLANE = "plane"
    TRAIN = "train"
    CAR = "car"
    COACH = "coach"
    BOAT = "boat"
    OTHER = "other"


class AgendaItemType(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    MEAL = "meal"
    TRANSFER = "transfer"
    PLENARY = "plenary"
    WORKSHOP = "workshop"
    CEREMONY = "ceremony"
    PERFORMANCE = "performance"
    FREE_TIME = "free_time"


class AgendaItemStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class ElectedOffice(StrEnum):
    """French elected offices, in the order of decree 89-655 (public ceremonies).

    The decree ranks members of Parliament, then members of the European Parliament,
    the presidents of the regional and departmental councils, the mayor, then the
    regional and departmental councillors, the mayor's deputies in the order of their
    election, and the municipal councillors. Presidents and vice-presidents of an
    intercommunal authority are placed beside the mayor and the deputies, as protocol
    offices usually do since intercommunal authorities gained their own elected
    assemblies.
    """

    PARLIAMENT_MEMBER = "parliament_member"
    MEP = "mep"
    REGIONAL_PRESIDENT = "regional_president"
    DEPARTMENTAL_PRESIDENT = "departmental_president"
    MAYOR = "mayor"
    INTERCOMMUNAL_PRESIDENT = "intercommunal_president"
    REGIONAL_COUNCILLOR = "regional_councillor"
    DEPARTMENTAL_COUNCILLOR = "departmental_councillor"
    DEPUTY_MAYOR = "deputy_mayor"
    VICE_PRESIDENT = "vice_president"
    MUNICIPAL_COUNCILLOR = "municipal_councillor"
    COMMUNITY_COUNCILLOR = "community_councillor"


# Rank of each office in the order of precedence: its position in the enum.
ELECTED_OFFICE_RANK: dict[ElectedOffice, int] = {o: i for i, o in enumerate(ElectedOffice)}
ROLE_RANK: dict[Role, int] = {r: i for i, r in enumerate(Role)}


class ListKind(StrEnum):
    """The printed lists of an event (``coopdesk export list --kind``)."""

    PARTICIPANTS = "participants"
    BY_ORGANISATION = "by-organisation"
    BY_CATEGORY = "by-category"
    ARRIVALS = "arrivals"
    ROOMING = "rooming"
    SIGN_IN = "sign-in"
