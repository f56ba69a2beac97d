"""Checks before travelling: passports that expire too soon after the return."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.core.db import Database
from coopdesk.core.enums import ParticipationStatus
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import get_row

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
                Participation.status != ParticipationStatus.DECLINED,
            )
            .order_by(Person.sort_key, Person.id)
        ).all()
    problems = []
    for part_id, person_id, first, last, expiry, country in rows:
        if host_country is not None and country == host_country:
            continue
        name = f"{first} {last}".strip()
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
