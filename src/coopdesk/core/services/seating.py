"""Table plans of official meals: making them, placing guests by precedence, moving them.

A meal is an agenda item with a table plan. Every change to a plan (its rules, its
tables, its seats) carries the plan version the user saw and makes it grow by one: a
colleague's change since then is refused with ``seating.plan_changed`` instead of
being overwritten. Reading a plan back (its views, guests and checks) is in
:mod:`coopdesk.core.services.seating_views`; its names are given here too, so that
the window, the command line and the documents use one module for table plans.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from coopdesk.core import seating as placement
from coopdesk.core.db import Database
from coopdesk.core.enums import (
    AgendaItemType,
)
from coopdesk.core.errors import NotFoundError, StaleEditError, ValidationError
from coopdesk.core.model import (
    AgendaItem,
    Event,
    Meal,
    MealSeat,
    MealTable,
)
from coopdesk.core.seating import Shape, Style
from coopdesk.core.services._base import get_row
from coopdesk.core.services.seating_views import (
    TEMPLATES,
    PlanView,
    PlanWarning,
    SeatView,
    TableView,
    checked_meal,
    default_hosts,
    get_plan,
    guest_facts,
    list_meals,
    meal_guests,
    meal_hosts_chosen,
    meal_of_item,
    placement_rules,
    plan_guests,
    plan_hosts,
    plan_view,
    table_specs,
    warning_sentence,
)
from coopdesk.core.values import ParticipantView

__all__ = [
    "TEMPLATES",
    "PlanView",
    "PlanWarning",
    "SeatView",
    "TableView",
    "add_table",
    "clear",
    "create_meal",
    "default_hosts",
    "delete_meal",
    "get_plan",
    "list_meals",
    "meal_guests",
    "meal_hosts_chosen",
    "meal_of_item",
    "move",
    "pin",
    "place",
    "remove_table",
    "set_rules",
    "set_seats",
    "unseat",
    "update_table",
    "warning_sentence",
]


# --- writing ----------------------------------------------------------------------------


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
    return plan_view(db, session, meal, known)


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
        return plan_view(db, session, meal)


def delete_meal(db: Database, meal_id: int, seen: int | None = None) -> None:
    with db.session() as session:
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
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
        return plan_view(db, session, meal)


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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
        table = get_row(session, MealTable, table_id, "meal_table")
        if table.meal_id != meal.id:
            raise NotFoundError("meal_table.not_found", None, id=table_id)
        session.delete(table)
        return _written(db, session, meal)


def place(db: Database, meal_id: int, seen: int | None = None) -> PlanView:
    """Seat everyone by precedence and the meal's rules; pinned seats stay."""
    with db.session() as session:
        meal = checked_meal(session, meal_id, seen)
        if not meal.tables:
            raise ValidationError("seating.no_tables", None)
        item = meal.agenda_item
        guests = meal_guests(session, item)
        facts, event = guest_facts(session, item.event_id)
        hosts = plan_hosts(meal, guests, facts, event)
        pinned = {
            pid: (t, s)
            for pid, t, s in session.execute(
                select(MealSeat.participation_id, MealSeat.table_id, MealSeat.seat).where(
                    MealSeat.meal_id == meal.id, MealSeat.pinned.is_(True)
                )
            )
        }
        result = placement.place(
            plan_guests(guests, facts, hosts),
            table_specs(meal),
            hosts,
            placement_rules(meal),
            pinned,
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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
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
        meal = checked_meal(session, meal_id, seen)
        query = delete(MealSeat).where(MealSeat.meal_id == meal.id)
        if keep_pinned:
            query = query.where(MealSeat.pinned.is_(False))
        session.execute(query)
        return _written(db, session, meal)
