"""Table plans of official meals: tables, placement by precedence, moves and checks.

A meal is an agenda item with a table plan. Every change to a plan (its rules, its
tables, its seats) carries the plan version the user saw and makes it grow by one: a
colleague's change since then is refused with ``seating.plan_changed`` instead of
being overwritten.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from coopdesk.core import seating as placement
from coopdesk.core.db import Database
from coopdesk.core.enums import (
    AgendaItemType,
    EventKind,
    OrganisationKind,
    ParticipationStatus,
    Role,
)
from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.model import (
    AgendaItem,
    Event,
    Meal,
    MealSeat,
    MealTable,
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


def _meal(session: Session, meal_id: int, seen: int | None = None) -> Meal:
    """The meal's plan; refused when ``seen`` (the version the user saw) is not the
    stored one: someone changed the plan meanwhile."""
    meal = get_row(session, Meal, meal_id, "meal")
    if seen is not None and seen != meal.version:
        raise StaleEditError("seating.plan_changed", None, entity="meal", id=meal.id, fields={})
    return meal


def _bump(session: Session, meal: Meal) -> None:
    """One more version of the plan, refused if someone else wrote one meanwhile."""
    done = session.execute(
        update(Meal)
        .where(Meal.id == meal.id, Meal.version == meal.version)
        .values(version=meal.version + 1)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise StaleEditError("seating.plan_changed", None, entity="meal", id=meal.id, fields={})
    session.expire(meal, ["version"])


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


def _guest_facts(
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


def _guests(
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


def _specs(meal: Meal) -> list[placement.TableSpec]:
    return [
        placement.TableSpec(t.id, t.number, Shape(t.shape), t.seats, t.honour) for t in meal.tables
    ]


def _rules(meal: Meal) -> placement.Rules:
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


def _hosts(meal: Meal, guests: Sequence[ParticipantView], facts: Any, event: Event) -> list[int]:
    chosen = _ids(meal.hosts)
    present = {p.id for p in guests}
    return [h for h in chosen if h in present] if chosen else default_hosts(guests, facts, event)


def _written(
    db: Database,
    session: Session,
    meal: Meal,
    known: tuple[list[ParticipantView], Any, Event] | None = None,
) -> PlanView:
    """The plan after a change: written, one version more (refused if someone else
    wrote one meanwhile), as it is now stored."""
    session.flush()
    _bump(session, meal)
    session.refresh(meal)
    return _view(db, session, meal, known)


def _view(
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
        facts, event = _guest_facts(session, item.event_id)
    else:
        guests, facts, event = known
    hosts = _hosts(meal, guests, facts, event)
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
    pguests = _guests(guests, facts, hosts) + [
        placement.Guest(p.id, len(guests) + i, declined=p.status == ParticipationStatus.DECLINED)
        for i, p in enumerate(extra.values())
    ]
    found = placement.check(pguests, _specs(meal), hosts, seated, Style(meal.style))
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
        return _view(db, session, _meal(session, meal_id))


def meal_of_item(db: Database, agenda_item_id: int) -> int | None:
    with db.session() as session:
        return session.scalar(select(Meal.id).where(Meal.agenda_item_id == agenda_item_id))


def meal_hosts_chosen(db: Database, meal_id: int) -> bool:
    """Whether the meal's hosts were chosen (rather than found from the event)."""
    with db.session() as session:
        return bool(_ids(_meal(session, meal_id).hosts))


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


# --- writing ----------------------------------------------------------------------------


def _shape(value: Any) -> Shape:
    try:
        return Shape(str(value).strip().lower())
    except ValueError:
        raise ValidationError("seating.unknown_shape", "shape", value=value) from None


def _check_seats(shape: Shape, seats: Any) -> int:
    try:
        count = int(seats)
    except (TypeError, ValueError):
        raise ValidationError("seating.bad_seat_count", "seats", value=seats) from None
    low, high = placement.MIN_SEATS[shape], placement.MAX_SEATS
    if not low <= count <= high:
        raise ValidationError("seating.bad_seat_count", "seats", value=count, low=low, high=high)
    return count


def _grid(index: int, count: int, shape: Shape, seats: int) -> tuple[float, float]:
    """Where the ``index``-th of ``count`` like tables stands: rows across the room,
    with room for the names around each table."""
    lay = placement.layout(shape, seats)
    cols = max(1, math.ceil(math.sqrt(count * 1.5)))
    return (index % cols) * (lay.width + 2.2), (index // cols) * (lay.height + 1.4)


def create_meal(
    db: Database,
    agenda_item_id: int,
    *,
    style: str = "french",
    template: str | None = None,
) -> PlanView:
    """Give an agenda item a table plan, with the tables of ``template`` if named."""
    try:
        chosen_style = Style(style)
    except ValueError:
        raise ValidationError("seating.unknown_style", "style", value=style) from None
    if template is not None and template not in TEMPLATES:
        raise ValidationError(
            "seating.unknown_template", "template", value=template, known=", ".join(TEMPLATES)
        )
    with db.session() as session:
        item = get_row(session, AgendaItem, agenda_item_id, "agenda_item")
        if item.type != AgendaItemType.MEAL:
            raise ValidationError("seating.not_a_meal", None, title=item.title)
        if session.scalar(select(Meal.id).where(Meal.agenda_item_id == agenda_item_id)):
            raise ValidationError("seating.already_planned", None, id=agenda_item_id)
        meal = Meal(agenda_item_id=agenda_item_id, style=chosen_style.value)
        session.add(meal)
        session.flush()
        chosen = TEMPLATES.get(template or "", ())
        for number, (shape, seats) in enumerate(chosen, start=1):
            x, y = _grid(number - 1, len(chosen), shape, seats)
            session.add(
                MealTable(
                    meal_id=meal.id,
                    number=number,
                    shape=shape.value,
                    seats=seats,
                    honour=number == 1,
                    x=x,
                    y=y,
                )
            )
        session.flush()
        session.refresh(meal)
        return _view(db, session, meal)


def delete_meal(db: Database, meal_id: int, seen: int | None = None) -> None:
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        session.delete(meal)


def _invited(session: Session, meal: Meal, ids: Any) -> list[int]:
    """``ids`` as participation ids of the meal's guests, or a refusal."""
    invited = {p.id for p in meal_guests(session, meal.agenda_item)}
    out = []
    for value in ids:
        try:
            pid = int(value)
        except (TypeError, ValueError):
            raise ValidationError("seating.not_a_guest", None, id=value) from None
        if pid not in invited:
            raise ValidationError("seating.not_a_guest", None, id=pid)
        out.append(pid)
    return out


def _number(value: Any, field: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValidationError("seating.not_a_number", field, value=value) from None


def set_rules(
    db: Database, meal_id: int, changes: Mapping[str, Any], seen: int | None = None
) -> PlanView:
    """Change the style, the rules, the hosts (participation ids in order) or the
    pairs to keep apart."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        for key, value in changes.items():
            if key == "style":
                try:
                    meal.style = Style(value).value
                except ValueError:
                    raise ValidationError("seating.unknown_style", "style", value=value) from None
            elif key in ("alternate_gender", "spread_delegations", "interpreters_beside"):
                setattr(meal, key, bool(value))
            elif key == "hosts":
                meal.hosts = json.dumps(_invited(session, meal, value))
            elif key == "apart":
                pairs = [_invited(session, meal, pair) for pair in value]
                if any(len(pair) != 2 or pair[0] == pair[1] for pair in pairs):
                    raise ValidationError("seating.bad_pair", "apart")
                meal.apart = json.dumps(pairs)
            else:
                raise ValidationError("seating.unknown_rule", key, value=key)
        session.flush()
        return _view(db, session, meal)


def add_table(
    db: Database,
    meal_id: int,
    *,
    shape: str,
    seats: int,
    number: int | None = None,
    name: str | None = None,
    honour: bool = False,
    x: float | None = None,
    y: float | None = None,
    seen: int | None = None,
) -> PlanView:
    kind = _shape(shape)
    count = _check_seats(kind, seats)
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        numbers = [t.number for t in meal.tables]
        if number is None:
            number = max(numbers, default=0) + 1
        elif number in numbers:
            raise ValidationError("seating.table_number_taken", "number", number=number)
        index = len(numbers)
        table = MealTable(
            meal_id=meal.id,
            number=number,
            name=(name or "").strip()[:100] or None,
            shape=kind.value,
            seats=count,
            honour=honour,
            x=x if x is not None else _grid(index, index + 1, kind, count)[0],
            y=y if y is not None else _grid(index, index + 1, kind, count)[1],
        )
        session.add(table)
        return _written(db, session, meal)


def update_table(
    db: Database,
    meal_id: int,
    table_id: int,
    changes: Mapping[str, Any],
    seen: int | None = None,
) -> PlanView:
    """Change a table's shape, seats, number, name, honour or place in the room. Guests
    whose seat no longer exists are unseated."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        table = get_row(session, MealTable, table_id, "meal_table")
        if table.meal_id != meal.id:
            raise NotFoundError("meal_table.not_found", None, id=table_id)
        shape = _shape(changes.get("shape", table.shape))
        seats = _check_seats(shape, changes.get("seats", table.seats))
        table.shape, table.seats = shape.value, seats
        if "number" in changes:
            number = int(_number(changes["number"], "number"))
            if any(t.number == number and t.id != table.id for t in meal.tables):
                raise ValidationError("seating.table_number_taken", "number", number=number)
            table.number = number
        if "name" in changes:
            table.name = (changes["name"] or "").strip()[:100] or None
        if "honour" in changes:
            table.honour = bool(changes["honour"])
        for key in ("x", "y"):
            if key in changes:
                setattr(table, key, _number(changes[key], key))
        session.execute(
            delete(MealSeat).where(MealSeat.table_id == table.id, MealSeat.seat > seats)
        )
        return _written(db, session, meal)


def remove_table(db: Database, meal_id: int, table_id: int, seen: int | None = None) -> PlanView:
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        table = get_row(session, MealTable, table_id, "meal_table")
        if table.meal_id != meal.id:
            raise NotFoundError("meal_table.not_found", None, id=table_id)
        session.delete(table)
        return _written(db, session, meal)


def place(db: Database, meal_id: int, seen: int | None = None) -> PlanView:
    """Seat everyone by precedence and the meal's rules; pinned seats stay."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        if not meal.tables:
            raise ValidationError("seating.no_tables", None)
        item = meal.agenda_item
        guests = meal_guests(session, item)
        facts, event = _guest_facts(session, item.event_id)
        hosts = _hosts(meal, guests, facts, event)
        pinned = {
            pid: (t, s)
            for pid, t, s in session.execute(
                select(MealSeat.participation_id, MealSeat.table_id, MealSeat.seat).where(
                    MealSeat.meal_id == meal.id, MealSeat.pinned.is_(True)
                )
            )
        }
        result = placement.place(
            _guests(guests, facts, hosts), _specs(meal), hosts, _rules(meal), pinned
        )
        session.execute(
            delete(MealSeat).where(MealSeat.meal_id == meal.id, MealSeat.pinned.is_(False))
        )
        rows = [
            {
                "meal_id": meal.id,
                "table_id": t,
                "seat": s,
                "participation_id": pid,
                "pinned": False,
                "version": 1,
            }
            for pid, (t, s) in result.seats.items()
            if pid not in pinned
        ]
        if rows:
            session.execute(insert(MealSeat), rows)
        return _written(db, session, meal, (guests, facts, event))


def _guest_in_meal(db: Database, session: Session, meal: Meal, participation_id: int) -> None:
    ids = {p.id for p in meal_guests(session, meal.agenda_item)}
    if participation_id not in ids:
        raise ValidationError("seating.not_a_guest", None, id=participation_id)


def move(
    db: Database,
    meal_id: int,
    participation_id: int,
    table_id: int,
    seat: int,
    seen: int | None = None,
    *,
    pinned: bool | None = None,
) -> PlanView:
    """Seat a guest at ``table_id``/``seat``. Whoever sat there takes the guest's old
    seat (a swap), or is unseated when the guest had none."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        _guest_in_meal(db, session, meal, participation_id)
        table = session.get(MealTable, table_id)
        if table is None or table.meal_id != meal.id:
            raise NotFoundError("meal_table.not_found", None, id=table_id)
        if not 1 <= seat <= table.seats:
            raise ValidationError("seating.no_such_seat", "seat", seat=seat, table=table.number)
        mine = session.scalar(
            select(MealSeat).where(
                MealSeat.meal_id == meal.id, MealSeat.participation_id == participation_id
            )
        )
        theirs = session.scalar(
            select(MealSeat).where(MealSeat.table_id == table_id, MealSeat.seat == seat)
        )
        if theirs is not None and theirs is mine:
            if pinned is not None:
                mine.pinned = pinned
        else:
            keep_pin = mine.pinned if mine is not None else False
            old = (mine.table_id, mine.seat) if mine is not None else None
            if mine is not None:
                session.delete(mine)
            if theirs is not None:
                their_pid, their_pin = theirs.participation_id, theirs.pinned
                session.delete(theirs)
            session.flush()
            session.add(
                MealSeat(
                    meal_id=meal.id,
                    table_id=table_id,
                    seat=seat,
                    participation_id=participation_id,
                    pinned=keep_pin if pinned is None else pinned,
                )
            )
            if theirs is not None and old is not None:
                session.add(
                    MealSeat(
                        meal_id=meal.id,
                        table_id=old[0],
                        seat=old[1],
                        participation_id=their_pid,
                        pinned=their_pin,
                    )
                )
        return _written(db, session, meal)


def unseat(db: Database, meal_id: int, participation_id: int, seen: int | None = None) -> PlanView:
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        done = session.execute(
            delete(MealSeat).where(
                MealSeat.meal_id == meal.id, MealSeat.participation_id == participation_id
            )
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            raise ValidationError("seating.not_seated", None, id=participation_id)
        return _written(db, session, meal)


def pin(
    db: Database, meal_id: int, participation_id: int, pinned: bool, seen: int | None = None
) -> PlanView:
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        row = session.scalar(
            select(MealSeat).where(
                MealSeat.meal_id == meal.id, MealSeat.participation_id == participation_id
            )
        )
        if row is None:
            raise ValidationError("seating.not_seated", None, id=participation_id)
        row.pinned = pinned
        return _written(db, session, meal)


def set_seats(
    db: Database,
    meal_id: int,
    seats: Mapping[int, tuple[int, int, bool]],
    seen: int | None = None,
    *,
    replace_all: bool = True,
) -> PlanView:
    """Seat these guests (participation id to table id, seat, pinned) in one step: an
    undo puts a whole plan, or a table's guests, back. With ``replace_all`` everybody
    else is unseated; otherwise only whoever holds one of these seats."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        tables = {t.id: t for t in meal.tables}
        invited = {p.id for p in meal_guests(session, meal.agenda_item)}
        for pid, (table_id, seat, _pinned) in seats.items():
            if pid not in invited:
                raise ValidationError("seating.not_a_guest", None, id=pid)
            if table_id not in tables:
                raise NotFoundError("meal_table.not_found", None, id=table_id)
            if not 1 <= seat <= tables[table_id].seats:
                raise ValidationError(
                    "seating.no_such_seat", "seat", seat=seat, table=tables[table_id].number
                )
        query = delete(MealSeat).where(MealSeat.meal_id == meal.id)
        if not replace_all:
            spots = {(t, n) for t, n, _ in seats.values()}
            taken = [
                row.id
                for row in session.scalars(select(MealSeat).where(MealSeat.meal_id == meal.id))
                if row.participation_id in seats or (row.table_id, row.seat) in spots
            ]
            query = query.where(MealSeat.id.in_(taken))
        session.execute(query)
        rows = [
            {
                "meal_id": meal.id,
                "table_id": t,
                "seat": n,
                "participation_id": pid,
                "pinned": pinned,
                "version": 1,
            }
            for pid, (t, n, pinned) in seats.items()
        ]
        if rows:
            session.execute(insert(MealSeat), rows)
        return _written(db, session, meal)


def clear(
    db: Database, meal_id: int, seen: int | None = None, *, keep_pinned: bool = True
) -> PlanView:
    """Unseat everyone (but the pinned guests, unless ``keep_pinned`` is false)."""
    with db.session() as session:
        meal = _meal(session, meal_id, seen)
        query = delete(MealSeat).where(MealSeat.meal_id == meal.id)
        if keep_pinned:
            query = query.where(MealSeat.pinned.is_(False))
        session.execute(query)
        return _written(db, session, meal)
