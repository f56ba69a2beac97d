"""Conflicts in an event's agenda: double bookings and capacities exceeded."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus, ParticipationStatus
from coopdesk.core.folding import fold_name
from coopdesk.core.model import AgendaItem, Event, Participation, Person
from coopdesk.core.services._base import get_row
from coopdesk.core.values import (
    CONFLICT_ITEM_CAPACITY,
    CONFLICT_PERSON,
    CONFLICT_VENUE,
    CONFLICT_VENUE_CAPACITY,
    Conflict,
)

_ACTIVE = (ParticipationStatus.INVITED, ParticipationStatus.CONFIRMED, ParticipationStatus.ATTENDED)


def _overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def agenda_conflicts(db: Database, event_id: int) -> list[Conflict]:
    """Everything wrong with an event's agenda, cancelled items left out.

    A person is double-booked when two items they attend overlap, in this event or
    in another one they take part in; a venue when two items there overlap, whatever
    their event; an item is over capacity when more people attend than it or its
    venue can hold. A double booking is reported once per overlapping pair of items,
    with everyone it concerns (by name) and the time the two items share; conflicts
    come in the order of the items.
    """
    with db.session() as session:
        get_row(session, Event, event_id, "event")
        items = list(
            session.scalars(
                select(AgendaItem)
                .options(selectinload(AgendaItem.attendees), selectinload(AgendaItem.venue))
                .where(
                    AgendaItem.event_id == event_id,
                    AgendaItem.status == AgendaItemStatus.PLANNED,
                )
                .order_by(AgendaItem.starts_at, AgendaItem.id)
            )
        )
        if not items:
            return []
        first = min(i.starts_at for i in items)
        last = max(i.ends_at for i in items)
        # Items of any event in the same span: other events may book the same people or rooms.
        nearby = list(
            session.scalars(
                select(AgendaItem)
                .options(selectinload(AgendaItem.attendees), selectinload(AgendaItem.venue))
                .where(
                    AgendaItem.status == AgendaItemStatus.PLANNED,
                    AgendaItem.starts_at < last,
                    AgendaItem.ends_at > first,
                )
            )
        )
        event_ids = {i.event_id for i in nearby}
        parts = list(
            session.execute(
                select(
                    Participation.id,
                    Participation.event_id,
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                )
                .join(Person, Participation.person_id == Person.id)
                .where(
                    Participation.event_id.in_(event_ids),
                    Participation.status.in_(_ACTIVE),
                )
            )
        )
        everyone: dict[int, list[int]] = defaultdict(list)  # event -> person ids
        person_of: dict[int, int] = {}
        names: dict[int, str] = {}
        order: dict[int, tuple[str, str]] = {}  # by last name, then first name
        for part_id, part_event, person_id, first_name, last_name in parts:
            everyone[part_event].append(person_id)
            person_of[part_id] = person_id
            names[person_id] = f"{first_name} {last_name}".strip()
            order[person_id] = (fold_name(last_name), fold_name(first_name))

        def people(item: AgendaItem) -> set[int]:
            if item.all_participants:
                return set(everyone.get(item.event_id, ()))
            return {person_of[a.id] for a in item.attendees if a.id in person_of}

        attendance = {i.id: people(i) for i in nearby}
        conflicts: list[Conflict] = []
        mine = {i.id for i in items}
        ordered = sorted(nearby, key=lambda i: (i.starts_at, i.id))
        seen_pairs: set[tuple[int, int]] = set()
        for index, a in enumerate(ordered):
            for b in ordered[index + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                if a.id not in mine and b.id not in mine:
                    continue
                pair = (a.id, b.id)
                if pair in seen_pairs:
                    continue
                seen_pairs.add(pair)
                both = sorted(
                    attendance[a.id] & attendance[b.id],
                    key=lambda p: (order.get(p, ("", "")), p),
                )
                shared = (max(a.starts_at, b.starts_at), min(a.ends_at, b.ends_at))
                if both:
                    conflicts.append(
                        Conflict(
                            kind=CONFLICT_PERSON,
                            item_ids=pair,
                            person_ids=tuple(both),
                            people=tuple(names.get(p, "") for p in both),
                            starts_at=shared[0],
                            ends_at=shared[1],
                        )
                    )
                if a.venue_id is not None and a.venue_id == b.venue_id:
                    conflicts.append(
                        Conflict(
                            kind=CONFLICT_VENUE,
                            item_ids=pair,
                            venue_id=a.venue_id,
                            venue=a.venue.name if a.venue else None,
                            starts_at=shared[0],
                            ends_at=shared[1],
                        )
                    )
        for item in items:
            n = len(attendance[item.id])
            if item.capacity is not None and n > item.capacity:
                conflicts.append(
                    Conflict(
                        kind=CONFLICT_ITEM_CAPACITY,
                        item_ids=(item.id,),
                        count=n,
                        limit=item.capacity,
                    )
                )
            if (
                item.venue is not None
                and item.venue.capacity is not None
                and n > item.venue.capacity
            ):
                conflicts.append(
                    Conflict(
                        kind=CONFLICT_VENUE_CAPACITY,
                        item_ids=(item.id,),
                        venue_id=item.venue_id,
                        venue=item.venue.name,
                        count=n,
                        limit=item.venue.capacity,
                    )
                )
        return conflicts


def names_in_words(names: tuple[str, ...], language: str, shown: int = 6) -> str:
    """The people of a double booking as a sentence reads them ("A, B et C"), the
    first ``shown`` by name and the rest counted ("A, B, C et 4 autres")."""
    from babel.lists import format_list

    from coopdesk.core.wording import plural_form

    listed = list(names[:shown]) if len(names) > shown + 1 else list(names)
    rest = len(names) - len(listed)
    if rest:
        forms = "%n autre|%n autres" if language == "fr" else "%n other|%n others"
        listed.append(plural_form(rest, forms, language).replace("%n", str(rest)))
    return str(format_list(listed, locale="fr" if language == "fr" else "en"))
