"""Table plans as the user sees them: a meal's plan read back with its tables, seats,
guests and hosts, and the checks shown beside it (a declined guest still seated, the
first in protocol order away from the host, a delegation all on one side, a seat for
someone no longer invited).

The changes to a plan are in :mod:`coopdesk.core.services.seating`, which also gives
these names to its callers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import seating as placement
from coopdesk.core.db import Database
from coopdesk.core.enums import (
    EventKind,
    OrganisationKind,
    ParticipationStatus,
    Role,
)
from coopdesk.core.errors import StaleEditError
from coopdesk.core.model import (
    AgendaItem,
    Event,
    Meal,
    MealSeat,
    Organisation,
    Participation,
    Person,
)
from coopdesk.core.seating import Shape, Style
from coopdesk.core.services._base import get_row
from coopdesk.core.services.participants import participants_query
from coopdesk.core.values import ParticipantView, person_name

# The usual rooms: (shape, seats) of each table, the first one being the table of honour.
TEMPLATES: Mapping[str, tuple[tuple[Shape, int], ...]] = {
    "table-12": ((Shape.RECTANGULAR, 12),),
    "table-20": ((Shape.RECTANGULAR, 20),),
    "imperiale-24": ((Shape.IMPERIAL, 24),),
    "u-30": ((Shape.U, 30),),
    "t-24": ((Shape.T, 24),),
    "rondes-10x10": tuple((Shape.ROUND, 10) for _ in range(10)),
    "rondes-30x10": tuple((Shape.ROUND, 10) for _ in range(30)),
}


@dataclass(frozen=True)
class TableView:
    id: int
    number: int
    name: str | None
    shape: Shape
    seats: int
    honour: bool
    x: float
    y: float

    @property
    def label(self) -> str:
        return self.name or str(self.number)


@dataclass(frozen=True)
class SeatView:
    """One seated guest."""

    table_id: int
    table_number: int
    table_label: str
    seat: int
    participation_id: int
    person_id: int
    first_name: str
    last_name: str
    native_name: str | None
    civility: str | None
    function: str | None
    organisation: str | None
    country: str | None
    pinned: bool
    declined: bool
    host: bool

    @property
    def display_name(self) -> str:
        return person_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class PlanWarning:
    code: str
    participation_id: int | None
    name: str | None
    table: str | None
    group: str | None


@dataclass(frozen=True)
class PlanView:
    meal_id: int
    agenda_item_id: int
    event_id: int
    title: str
    event_title: str
    style: Style
    alternate_gender: bool
    spread_delegations: bool
    interpreters_beside: bool
    host_ids: tuple[int, ...]
    apart: tuple[tuple[int, int], ...]
    version: int
    tables: tuple[TableView, ...]
    seats: tuple[SeatView, ...]
    unseated: tuple[ParticipantView, ...]
    warnings: tuple[PlanWarning, ...]
    # Everyone invited to the meal who has not declined, in protocol order.
    guests: tuple[ParticipantView, ...] = ()

    def table(self, table_id: int) -> TableView:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(table_id)

    def seat_of(self, participation_id: int) -> SeatView | None:
        for s in self.seats:
            if s.participation_id == participation_id:
                return s
        return None


# --- reading ----------------------------------------------------------------------------


def checked_meal(session: Session, meal_id: int, seen: int | None = None) -> Meal:
    """The meal's plan; refused when ``seen`` (the version the user saw) is not the
    stored one: someone changed the plan meanwhile."""
    meal = get_row(session, Meal, meal_id, "meal")
    if seen is not None and seen != meal.version:
        raise StaleEditError("seating.plan_changed", None, entity="meal", id=meal.id, fields={})
    return meal


def _everyone(session: Session, event_id: int) -> list[ParticipantView]:
    query = participants_query(event_id)
    return [ParticipantView(*row) for row in session.connection().execute(query)]


def meal_guests(session: Session, item: AgendaItem) -> list[ParticipantView]:
    """The meal's guests in protocol order: the item's attendees, or the whole event."""
    everyone = _everyone(session, item.event_id)
    if item.all_participants:
        return everyone
    chosen = {a.id for a in item.attendees}
    return [p for p in everyone if p.id in chosen]


def guest_facts(
    session: Session, event_id: int
) -> tuple[dict[int, tuple[list[str], int | None, OrganisationKind | None, bool]], Event]:
    """Per participation: languages, organisation id and kind, elected office set."""
    event = get_row(session, Event, event_id, "event")
    rows = session.execute(
        select(
            Participation.id,
            Person.languages,
            Person.organisation_id,
            Organisation.kind,
            Person.elected_office,
        )
        .join(Person, Participation.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Participation.event_id == event_id)
    )
    facts: dict[int, tuple[list[str], int | None, OrganisationKind | None, bool]] = {}
    for pid, langs, org_id, kind, office in rows:
        facts[pid] = (_languages(langs), org_id, kind, office is not None)
    return facts, event


def _languages(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    text = str(value or "").strip()
    if text.startswith("["):
        try:
            return [str(v) for v in json.loads(text)]
        except ValueError:
            return []
    return [v.strip() for v in text.replace(";", ",").split(",") if v.strip()]


_HOST_ROLES = {Role.ELECTED, Role.ORGANISER, Role.HEAD_OF_DELEGATION}


def default_hosts(
    guests: Sequence[ParticipantView],
    facts: Mapping[int, tuple[list[str], int | None, OrganisationKind | None, bool]],
    event: Event,
) -> list[int]:
    """Who receives, in protocol order: on a mission abroad, the partner's people; at
    home, the French authorities' elected members and organisers."""
    out = []
    for p in guests:
        if p.status == ParticipationStatus.DECLINED or p.role == Role.INTERPRETER:
            continue
        _langs, org_id, kind, elected = facts.get(p.id, ([], None, None, False))
        if event.kind == EventKind.DELEGATION_OUT:
            if event.partner_id is not None and org_id == event.partner_id:
                out.append(p.id)
        elif kind == OrganisationKind.FRENCH_AUTHORITY and (elected or p.role in _HOST_ROLES):
            out.append(p.id)
    return out


def _interpreted(
    guests: Sequence[ParticipantView],
    facts: Mapping[int, tuple[list[str], int | None, OrganisationKind | None, bool]],
    hosts: Sequence[int],
) -> dict[int, int]:
    """Interpreter to the guest they serve: the highest-ranked guest whose first
    language the interpreter speaks and the first host does not have as theirs."""
    host_first = None
    if hosts and facts.get(hosts[0], ([],))[0]:
        host_first = facts[hosts[0]][0][0]
    served: set[int] = set()
    out = {}
    for interp in guests:
        if interp.role != Role.INTERPRETER:
            continue
        speaks = set(facts.get(interp.id, ([],))[0])
        for g in guests:
            if g.role == Role.INTERPRETER or g.id in served or g.id in hosts:
                continue
            langs = facts.get(g.id, ([],))[0]
            if langs and langs[0] in speaks and langs[0] != host_first:
                out[interp.id] = g.id
                served.add(g.id)
                break
    return out


def plan_guests(
    guests: Sequence[ParticipantView],
    facts: Mapping[int, tuple[list[str], int | None, OrganisationKind | None, bool]],
    hosts: Sequence[int],
) -> list[placement.Guest]:
    interp = _interpreted(guests, facts, hosts)
    out = []
    for rank, p in enumerate(guests):
        org_id = facts.get(p.id, ([], None, None, False))[1]
        out.append(
            placement.Guest(
                id=p.id,
                rank=rank,
                gender=placement.gender_of(p.civility),
                group=None if org_id is None else str(org_id),
                interpreter_for=interp.get(p.id),
                declined=p.status == ParticipationStatus.DECLINED,
            )
        )
    return out


def table_specs(meal: Meal) -> list[placement.TableSpec]:
    return [
        placement.TableSpec(t.id, t.number, Shape(t.shape), t.seats, t.honour) for t in meal.tables
    ]


def placement_rules(meal: Meal) -> placement.Rules:
    return placement.Rules(
        style=Style(meal.style),
        alternate_gender=meal.alternate_gender,
        spread_delegations=meal.spread_delegations,
        interpreters_beside=meal.interpreters_beside,
        apart=frozenset(frozenset(pair) for pair in _pairs(meal.apart)),
    )


def _pairs(text: str) -> list[tuple[int, int]]:
    try:
        data = json.loads(text or "[]")
        return [(int(a), int(b)) for a, b in data]
    except (ValueError, TypeError):
        return []


def _ids(text: str) -> list[int]:
    try:
        return [int(v) for v in json.loads(text or "[]")]
    except (ValueError, TypeError):
        return []


def plan_hosts(
    meal: Meal, guests: Sequence[ParticipantView], facts: Any, event: Event
) -> list[int]:
    chosen = _ids(meal.hosts)
    present = {p.id for p in guests}
    return [h for h in chosen if h in present] if chosen else default_hosts(guests, facts, event)


def plan_view(
    db: Database,
    session: Session,
    meal: Meal,
    known: tuple[list[ParticipantView], Any, Event] | None = None,
) -> PlanView:
    """The plan as it is stored; ``known``: the guests, their facts and the event,
    when the caller has just read them."""
    item = meal.agenda_item
    if known is None:
        guests = meal_guests(session, item)
        facts, event = guest_facts(session, item.event_id)
    else:
        guests, facts, event = known
    hosts = plan_hosts(meal, guests, facts, event)
    by_id = {p.id: p for p in guests}
    tables = [
        TableView(t.id, t.number, t.name, Shape(t.shape), t.seats, t.honour, t.x, t.y)
        for t in meal.tables
    ]
    table_of = {t.id: t for t in tables}
    rows = session.execute(
        select(MealSeat.table_id, MealSeat.seat, MealSeat.participation_id, MealSeat.pinned).where(
            MealSeat.meal_id == meal.id
        )
    ).all()
    host_seats = set()
    for t in tables:
        lay = placement.layout(t.shape, t.seats, Style(meal.style))
        host_seats.add((t.id, lay.host_seat))
        if lay.cohost_seat:
            host_seats.add((t.id, lay.cohost_seat))
    seats = []
    seated: dict[int, tuple[int, int]] = {}
    missing = [pid for _, _, pid, _ in rows if pid not in by_id]
    extra = (
        {p.id: p for p in _everyone(session, item.event_id) if p.id in set(missing)}
        if missing
        else {}
    )
    for table_id, number, pid, pinned in rows:
        p = by_id.get(pid) or extra.get(pid)
        if p is None:
            continue
        t = table_of[table_id]
        seated[pid] = (table_id, number)
        seats.append(
            SeatView(
                table_id,
                t.number,
                t.label,
                number,
                pid,
                p.person_id,
                p.first_name,
                p.last_name,
                p.native_name,
                p.civility,
                p.function,
                p.organisation,
                p.country,
                pinned,
                p.status == ParticipationStatus.DECLINED,
                pid in hosts and (table_id, number) in host_seats,
            )
        )
    seats.sort(key=lambda s: (not table_of[s.table_id].honour, s.table_number, s.seat))
    unseated = tuple(
        p for p in guests if p.id not in seated and p.status != ParticipationStatus.DECLINED
    )
    pguests = plan_guests(guests, facts, hosts) + [
        placement.Guest(p.id, len(guests) + i, declined=p.status == ParticipationStatus.DECLINED)
        for i, p in enumerate(extra.values())
    ]
    found = placement.check(pguests, table_specs(meal), hosts, seated, Style(meal.style))
    names = {p.id: p.display_name for p in list(guests) + list(extra.values())}
    org_names = {
        str(facts[p.id][1]): p.organisation for p in guests if p.id in facts and p.organisation
    }
    warnings = tuple(
        PlanWarning(
            w.code,
            w.guest_id,
            names.get(w.guest_id) if w.guest_id is not None else None,
            table_of[w.table_id].label if w.table_id in table_of else None,
            org_names.get(w.group or "", w.group),
        )
        for w in found
    ) + tuple(
        PlanWarning(
            "seating.not_invited", pid, p.display_name, table_of[seated[pid][0]].label, None
        )
        for pid, p in extra.items()
        if pid in seated
    )
    return PlanView(
        meal.id,
        item.id,
        item.event_id,
        item.title,
        event.title,
        Style(meal.style),
        meal.alternate_gender,
        meal.spread_delegations,
        meal.interpreters_beside,
        tuple(hosts),
        tuple(_pairs(meal.apart)),
        meal.version,
        tuple(tables),
        tuple(seats),
        unseated,
        warnings,
        tuple(p for p in guests if p.status != ParticipationStatus.DECLINED),
    )


_WARNINGS = {
    "fr": {
        "seating.declined_seated": "{name} a décliné l'invitation mais a une place "
        "(table {table}).",
        "seating.honour_away": "{name} vient en tête de l'ordre protocolaire mais n'est pas "
        "à côté de l'hôte.",
        "seating.delegation_one_side": "Table {table} : la délégation « {group} » est toute "
        "du même côté.",
        "seating.not_invited": "{name} a une place (table {table}) mais ne figure plus parmi "
        "les invités de ce repas.",
    },
    "en": {
        "seating.declined_seated": "{name} declined but has a seat (table {table}).",
        "seating.honour_away": "{name} comes first in protocol order but is not beside the host.",
        "seating.delegation_one_side": "Table {table}: the '{group}' delegation is all on "
        "one side.",
        "seating.not_invited": "{name} has a seat (table {table}) but is no longer invited "
        "to this meal.",
    },
}


def warning_sentence(warning: PlanWarning, language: str = "fr") -> str:
    """What a warning of a plan says, in French or English."""
    table = _WARNINGS.get(language, _WARNINGS["fr"])
    return table[warning.code].format(
        name=warning.name or "", table=warning.table or "", group=warning.group or ""
    )


def get_plan(db: Database, meal_id: int) -> PlanView:
    with db.session() as session:
        return plan_view(db, session, checked_meal(session, meal_id))


def meal_of_item(db: Database, agenda_item_id: int) -> int | None:
    with db.session() as session:
        return session.scalar(select(Meal.id).where(Meal.agenda_item_id == agenda_item_id))


def meal_hosts_chosen(db: Database, meal_id: int) -> bool:
    """Whether the meal's hosts were chosen (rather than found from the event)."""
    with db.session() as session:
        return bool(_ids(checked_meal(session, meal_id).hosts))


def list_meals(db: Database, event_id: int) -> list[tuple[int, int, str]]:
    """(meal id, agenda item id, title) of the event's meals with a table plan."""
    with db.session() as session:
        rows = session.execute(
            select(Meal.id, AgendaItem.id, AgendaItem.title)
            .join(AgendaItem, Meal.agenda_item_id == AgendaItem.id)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.starts_at)
        )
        return [(a, b, c) for a, b, c in rows]
