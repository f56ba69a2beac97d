"""Checks before travelling: passports that expire too soon after the return, and
journeys dated far from the event (a typing mistake in a list: 2023 for 2026)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from coopdesk.core.attendance import expected_in_sql
from coopdesk.core.db import Database
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import get_row
from coopdesk.core.timezones import to_local
from coopdesk.core.values import person_name

PASSPORT_MISSING = "passport_missing"
PASSPORT_EXPIRES_TOO_SOON = "passport_expires_too_soon"


@dataclass(frozen=True, slots=True)
class PassportProblem:
    participation_id: int
    person_id: int
    name: str
    kind: str
    expiry: date | None
    required_until: date


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def passport_problems(db: Database, event_id: int, months: int = 6) -> list[PassportProblem]:
    """Travellers whose passport is unknown or expires less than ``months`` after the
    event's last day (most countries ask for six months).

    Declined people are left out, and so are the hosts: people whose organisation is in
    the partner's country do not cross a border for this event.
    """
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        required = _add_months(event.end_date, months)
        host_country = event.partner.country if event.partner else None
        rows = session.execute(
            select(
                Participation.id,
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.passport_expiry,
                Organisation.country,
            )
            .join(Person, Participation.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(
                Participation.event_id == event_id,
                expected_in_sql(Participation.status),
            )
            .order_by(Person.sort_key, Person.id)
        ).all()
    problems = []
    for part_id, person_id, first, last, expiry, country in rows:
        if host_country is not None and country == host_country:
            continue
        name = person_name(first, last)
        if expiry is None:
            problems.append(
                PassportProblem(part_id, person_id, name, PASSPORT_MISSING, None, required)
            )
        elif expiry < required:
            problems.append(
                PassportProblem(
                    part_id, person_id, name, PASSPORT_EXPIRES_TOO_SOON, expiry, required
                )
            )
    return problems


ARRIVAL_FAR = "arrival_far"
DEPARTURE_FAR = "departure_far"


@dataclass(frozen=True, slots=True)
class JourneyProblem:
    """An arrival or a departure more than ``days`` days from the event's dates;
    ``at`` is local, in the zone the journey was given in."""

    participation_id: int
    person_id: int
    name: str
    kind: str
    at: datetime
    start: date
    end: date
    # False when only the day is known: ``at`` is then local midnight, show the day only.
    time_known: bool = True


def journey_problems(db: Database, event_id: int, days: int = 7) -> list[JourneyProblem]:
    """Participants whose arrival or departure falls more than ``days`` days before
    the event's first day or after its last: most often a wrong year or month."""
    with db.session() as session:
        event = get_row(session, Event, event_id, "event")
        start, end, zone = event.start_date, event.end_date, event.timezone
        rows = session.execute(
            select(
                Participation.id,
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.native_name,
                Participation.arrival_at,
                Participation.arrival_timezone,
                Participation.arrival_time_known,
                Participation.departure_at,
                Participation.departure_timezone,
                Participation.departure_time_known,
            )
            .join(Person, Participation.person_id == Person.id)
            .where(
                Participation.event_id == event_id,
                expected_in_sql(Participation.status),
            )
            .order_by(Person.sort_key, Person.id)
        ).all()
    earliest, latest = start - timedelta(days=days), end + timedelta(days=days)
    problems = []
    for part_id, person_id, first, last, native, *legs in rows:
        name = person_name(first, last, native)
        arrival, a_zone, a_known, departure, d_zone, d_known = legs
        for kind, at, at_zone, known in (
            (ARRIVAL_FAR, arrival, a_zone, a_known),
            (DEPARTURE_FAR, departure, d_zone, d_known),
        ):
            if at is None:
                continue
            local = to_local(at, at_zone or zone)
            if not earliest <= local.date() <= latest:
                problems.append(
                    JourneyProblem(part_id, person_id, name, kind, local, start, end, known)
                )
    return problems
