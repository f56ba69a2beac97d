"""Two records of the same person: found (same e-mail, same name) and merged into one.

A merge keeps every participation (the same participation ids and uids, so calendars
and badges keep their references), fills the blanks of the record kept with the
other's values, and removes the other. It is refused when both records take part in
the same event: the office first decides which participation stays. Undone from the
window (a core operation), the other record comes back under its id with its
participations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.core.db import Database
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import Event, Organisation, Participation, Person
from coopdesk.core.services._base import assign, get_row
from coopdesk.core.services.clashes import deletion_clashes, stale_error
from coopdesk.core.services.people import PERSON_FIELDS, person_view
from coopdesk.core.values import PersonView, person_name


@dataclass(frozen=True, slots=True)
class PersonMerge:
    """``removed`` was merged into ``kept``: its participations moved, blanks filled."""

    kept: PersonView
    removed: PersonView
    participation_ids: tuple[int, ...]
    artist_of: tuple[int, ...]


def _name(person: Person) -> str:
    return person_name(person.first_name, person.last_name, person.native_name)


def _values(view: PersonView) -> dict[str, Any]:
    out = {k: getattr(view, k) for k in PERSON_FIELDS}
    out["languages"] = ",".join(view.languages)
    return out


def likely_duplicates(db: Database, person_id: int) -> list[PersonView]:
    """Other records that are probably the same person: the same e-mail address (case
    aside), or the same name once accents, case and ligatures are set aside."""
    with db.session() as session:
        person = get_row(session, Person, person_id, "person")
        clauses = []
        if person.email:
            clauses.append(func.lower(Person.email) == person.email.lower())
        if person.last_name:
            clauses.append(Person.sort_key == person.sort_key)
        elif person.native_name:
            clauses.append(Person.native_name == person.native_name)
        if not clauses:
            return []
        query = (
            select(Person, Organisation.name)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id != person_id, or_(*clauses))
            .order_by(Person.id)
        )
        return [person_view(p, org) for p, org in session.execute(query)]


def _shared_events(session: Session, keep_id: int, other_id: int) -> list[str]:
    mine = select(Participation.event_id).where(Participation.person_id == keep_id)
    query = (
        select(Event.title)
        .join(Participation, Participation.event_id == Event.id)
        .where(Participation.person_id == other_id, Participation.event_id.in_(mine))
        .order_by(Event.start_date)
    )
    return list(session.scalars(query))


def merge_people(
    db: Database,
    keep_id: int,
    other_id: int,
    *,
    seen_keep: PersonView | None = None,
    seen_other: PersonView | None = None,
) -> PersonMerge:
    """Merge ``other_id`` into ``keep_id`` (see the module's description)."""
    if keep_id == other_id:
        raise ValidationError("person.merge_itself", None)
    with db.session() as session:
        kept = get_row(session, Person, keep_id, "person")
        other = get_row(session, Person, other_id, "person")
        clashes, keep_theirs = deletion_clashes(
            "person", keep_id, seen_keep, kept, PERSON_FIELDS, _name(kept)
        )
        more, other_theirs = deletion_clashes(
            "person", other_id, seen_other, other, PERSON_FIELDS, _name(other)
        )
        if clashes or more:
            raise stale_error(clashes + more)
        shared = _shared_events(session, keep_id, other_id)
        if shared:
            raise ValidationError(
                "person.merge_same_event",
                None,
                kept=_name(kept),
                other=_name(other),
                events=", ".join(f"« {t} »" for t in shared),
            )
        removed = person_view(other)
        if keep_theirs or other_theirs:  # the user kept a colleague's change: no merge
            return PersonMerge(
                kept=person_view(kept), removed=removed, participation_ids=(), artist_of=()
            )
        moved = list(
            session.scalars(
                select(Participation)
                .where(Participation.person_id == other_id)
                .order_by(Participation.id)
            )
        )
        for participation in moved:
            participation.person_id = keep_id
        artist_of = list(session.scalars(select(Event).where(Event.artist_id == other_id)))
        for event in artist_of:
            event.artist_id = keep_id
        filled = {
            k: getattr(other, k)
            for k in PERSON_FIELDS
            if getattr(kept, k) in (None, "") and getattr(other, k) not in (None, "")
        }
        assign(kept, filled)
        session.flush()
        session.delete(other)
        session.flush()
        return PersonMerge(
            kept=person_view(kept),
            removed=removed,
            participation_ids=tuple(p.id for p in moved),
            artist_of=tuple(e.id for e in artist_of),
        )
