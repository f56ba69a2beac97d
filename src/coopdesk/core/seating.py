"""Table plans of official meals: the geometry of tables and placement by precedence.

Pure functions on plain values, without a database: the seating service feeds them the
event's protocol order and stores what they return.

Every table is drawn to scale in metres, centred on its own origin, long side along x.
Each seat has a position, the direction its guest faces, and the table side it is on.
The honour of a seat follows the French custom: the nearer a seat is to a host (in
seats), the higher; at equal distance the host's lane comes before the co-host's, and
the right before the left. So with the host in the middle of a long side and the
co-host facing ("à la française"), the guest of honour sits at the host's right, the
second at the co-host's right, the third at the host's left, the fourth at the
co-host's left, then outward by rank; with the hosts at the two ends ("à l'anglaise")
the same rule reads from the ends.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Shape(StrEnum):
    RECTANGULAR = "rectangular"
    ROUND = "round"
    U = "u"
    T = "t"
    IMPERIAL = "imperial"


class Style(StrEnum):
    FRENCH = "french"
    ENGLISH = "english"


# The room a guest needs along a table (metres), and the depth of a place.
PITCH = 0.65
TABLE_WIDTH = 0.9
SEAT_OFFSET = 0.35
MIN_SEATS = {
    Shape.RECTANGULAR: 2,
    Shape.ROUND: 2,
    Shape.U: 3,
    Shape.T: 3,
    Shape.IMPERIAL: 4,
}
MAX_SEATS = 80


@dataclass(frozen=True)
class SeatPlace:
    """Where one seat is: ``number`` from 1, position and facing direction in metres."""

    number: int
    x: float
    y: float
    fx: float
    fy: float
    side: str


@dataclass(frozen=True)
class Outline:
    """What to draw for a table: rectangles (x, y, w, h) and circles (x, y, r)."""

    rects: tuple[tuple[float, float, float, float], ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()
    ellipse_ends: bool = False


@dataclass(frozen=True)
class Layout:
    """A table's seats and outline, and which seats the hosts take."""

    shape: Shape
    seats: tuple[SeatPlace, ...]
    outline: Outline
    host_seat: int
    cohost_seat: int | None

    def seat(self, number: int) -> SeatPlace:
        return self.seats[number - 1]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the table and its seats, in metres."""
        xs = [s.x for s in self.seats]
        ys = [s.y for s in self.seats]
        for x, y, w, h in self.outline.rects:
            xs += [x, x + w]
            ys += [y, y + h]
        for x, y, r in self.outline.circles:
            xs += [x - r, x + r]
            ys += [y - r, y + r]
        m = SEAT_OFFSET
        return min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m

    @property
    def width(self) -> float:
        left, _, right, _ = self.bounds()
        return right - left

    @property
    def height(self) -> float:
        _, bottom, _, top = self.bounds()
        return top - bottom

    def neighbours(self, number: int) -> tuple[int, ...]:
        """The seats beside ``number``: the next and previous numbers, when they are
        close and not across the table."""
        me = self.seat(number)
        count = len(self.seats)
        around = self.shape in (Shape.ROUND, Shape.RECTANGULAR, Shape.IMPERIAL)
        out = []
        for other in (number - 1, number + 1):
            if around:
                other = (other - 1) % count + 1
            if other == number or not 1 <= other <= count or other in out:
                continue
            s = self.seat(other)
            if math.hypot(s.x - me.x, s.y - me.y) <= 1.3 and me.fx * s.fx + me.fy * s.fy > -0.5:
                out.append(other)
        return tuple(out)


def _side_seats(
    count: int, y: float, facing: tuple[float, float], side: str, reverse: bool
) -> list[tuple[float, float, float, float, str]]:
    start = -(count - 1) * PITCH / 2
    xs = [start + i * PITCH for i in range(count)]
    if reverse:
        xs.reverse()
    return [(x, y, facing[0], facing[1], side) for x in xs]


@functools.lru_cache(maxsize=256)
def layout(shape: Shape, seats: int, style: Style = Style.FRENCH) -> Layout:
    """The seats of a table of ``shape`` with ``seats`` places, numbered
    counter-clockwise seen from above (each guest's right-hand neighbour is the next
    number), and the host's and co-host's seats for ``style``."""
    if not MIN_SEATS[shape] <= seats <= MAX_SEATS:
        raise ValueError(f"{shape} table with {seats} seats")
    raw: list[tuple[float, float, float, float, str]] = []
    rects: list[tuple[float, float, float, float]] = []
    circles: list[tuple[float, float, float]] = []
    host = cohost = None
    ellipse = False
    if shape is Shape.ROUND:
        radius = max(0.45, seats * PITCH / (2 * math.pi))
        circles.append((0.0, 0.0, radius))
        for i in range(seats):
            # Seat 1 at the bottom, facing up; numbers grow counter-clockwise.
            angle = -math.pi / 2 + 2 * math.pi * i / seats
            r = radius + SEAT_OFFSET
            raw.append(
                (
                    r * math.cos(angle),
                    r * math.sin(angle),
                    -math.cos(angle),
                    -math.sin(angle),
                    "round",
                )
            )
        host = 0
        cohost = seats // 2 if seats >= 2 else None
    elif shape in (Shape.RECTANGULAR, Shape.IMPERIAL):
        ends = 2 if (shape is Shape.IMPERIAL or style is Style.ENGLISH) and seats >= 4 else 0
        per_a = (seats - ends + 1) // 2
        per_b = seats - ends - per_a
        length = max(per_a, per_b, 1) * PITCH + (0.2 if ends else 0.0)
        half_w = TABLE_WIDTH / 2
        rects.append((-length / 2, -half_w, length, TABLE_WIDTH))
        ellipse = shape is Shape.IMPERIAL
        # Counter-clockwise: side A (bottom) left to right, right end, side B right to
        # left, left end.
        raw += _side_seats(per_a, -half_w - SEAT_OFFSET, (0.0, 1.0), "A", False)
        if ends:
            raw.append((length / 2 + SEAT_OFFSET, 0.0, -1.0, 0.0, "end"))
        raw += _side_seats(per_b, half_w + SEAT_OFFSET, (0.0, -1.0), "B", True)
        if ends:
            raw.append((-length / 2 - SEAT_OFFSET, 0.0, 1.0, 0.0, "end"))
        if ends and style is Style.ENGLISH:
            host = len(raw) - 1
            cohost = per_a
        else:
            host = (per_a - 1) // 2 if per_a % 2 else per_a // 2
            # Facing the host: the seat of side B nearest the host's x.
            hx = raw[host][0]
            b_seats = [i for i, s in enumerate(raw) if s[4] == "B"]
            cohost = min(b_seats, key=lambda i: abs(raw[i][0] - hx)) if b_seats else None
    elif shape is Shape.U:
        # Guests sit outside the U only: the base at the top, arms going down.
        base = max(3, (seats + 2) // 3)
        if (seats - base) % 2:
            base += 1
        arm = (seats - base) // 2
        base_len = base * PITCH
        arm_len = max(arm, 1) * PITCH + TABLE_WIDTH
        x0 = base_len / 2
        rects.append((-x0, 0.0, base_len, TABLE_WIDTH))
        rects.append((-x0, -arm_len + TABLE_WIDTH, TABLE_WIDTH, arm_len - TABLE_WIDTH))
        rects.append((x0 - TABLE_WIDTH, -arm_len + TABLE_WIDTH, TABLE_WIDTH, arm_len - TABLE_WIDTH))
        top = TABLE_WIDTH + SEAT_OFFSET
        # Counter-clockwise seen from above, everyone facing inward: right arm going up,
        # base right to left, left arm going down.
        for i in range(arm):
            y = -arm_len + TABLE_WIDTH + (i + 0.5) * PITCH
            raw.append((x0 + SEAT_OFFSET, y, -1.0, 0.0, "right"))
        raw += _side_seats(base, top, (0.0, -1.0), "base", True)
        for i in range(arm):
            y = TABLE_WIDTH - (i + 0.5) * PITCH - TABLE_WIDTH
            raw.append((-x0 - SEAT_OFFSET, y, 1.0, 0.0, "left"))
        host = arm + base // 2
    else:  # T
        # The head table (the bar of the T) seats one side, facing the stem; the stem
        # seats both sides.
        bar = max(3, (seats // 3) | 1)
        stem = seats - bar
        per_left = stem // 2
        per_right = stem - per_left
        bar_len = max(bar * PITCH, TABLE_WIDTH * 2)
        stem_len = max(per_right, 1) * PITCH + 0.2
        rects.append((-bar_len / 2, 0.0, bar_len, TABLE_WIDTH))
        rects.append((-TABLE_WIDTH / 2, -stem_len, TABLE_WIDTH, stem_len))
        top = TABLE_WIDTH + SEAT_OFFSET
        sx = TABLE_WIDTH / 2 + SEAT_OFFSET
        for i in range(per_right):  # right of the stem, going up (toward the bar)
            y = -stem_len + 0.1 + (i + 0.5) * PITCH
            raw.append((sx, y, -1.0, 0.0, "right"))
        raw += _side_seats(bar, top, (0.0, -1.0), "head", True)
        for i in range(per_left):  # left of the stem, going down
            y = -0.1 - (i + 0.5) * PITCH
            raw.append((-sx, y, 1.0, 0.0, "left"))
        host = per_right + bar // 2
    places = tuple(
        SeatPlace(i + 1, round(x, 4), round(y, 4), fx, fy, side)
        for i, (x, y, fx, fy, side) in enumerate(raw)
    )
    return Layout(
        shape=shape,
        seats=places,
        outline=Outline(tuple(rects), tuple(circles), ellipse),
        host_seat=host + 1,
        cohost_seat=None if cohost is None else cohost + 1,
    )


@functools.lru_cache(maxsize=256)
def honour_order(table: Layout) -> tuple[int, ...]:
    """The seats from the most to the least honourable, hosts' seats first."""
    hosts = [table.host_seat] + ([table.cohost_seat] if table.cohost_seat else [])
    keyed = []
    for s in table.seats:
        if s.number in hosts:
            continue
        best: tuple[float, int, int] | None = None
        for lane, number in enumerate(hosts):
            h = table.seat(number)
            d = round(math.hypot(s.x - h.x, s.y - h.y) / PITCH, 1)
            right = (s.x - h.x) * h.fy - (s.y - h.y) * h.fx
            key = (d, 0 if right > 1e-6 else 1, lane)
            if best is None or key < best:
                best = key
        assert best is not None
        keyed.append((best, s.number))
    keyed.sort()
    return tuple(hosts) + tuple(n for _, n in keyed)


def lane_of(table: Layout, number: int) -> int:
    """0 when a seat is nearer the host, 1 when nearer the co-host."""
    if table.cohost_seat is None:
        return 0
    s, h, c = table.seat(number), table.seat(table.host_seat), table.seat(table.cohost_seat)
    dh = math.hypot(s.x - h.x, s.y - h.y)
    dc = math.hypot(s.x - c.x, s.y - c.y)
    return 0 if dh <= dc + 1e-9 else 1


# --- guests and placement -------------------------------------------------------------


def gender_of(civility: str | None) -> str | None:
    """``"f"`` or ``"m"`` from a civility, ``None`` when it does not say (Dr, Pr...)."""
    word = (civility or "").strip().casefold().rstrip(".")
    if word in {
        "mme",
        "madame",
        "mlle",
        "mademoiselle",
        "mrs",
        "ms",
        "miss",
        "sra",
        "frau",
        "mevr",
    }:
        return "f"
    if word in {"m", "monsieur", "mr", "sr", "herr", "dhr", "mister"}:
        return "m"
    return None


@dataclass(frozen=True)
class Guest:
    """One participant as placement sees them; ``rank`` 0 is the first in protocol order."""

    id: int
    rank: int
    gender: str | None = None
    group: str | None = None
    interpreter_for: int | None = None
    declined: bool = False


@dataclass(frozen=True)
class TableSpec:
    id: int
    number: int
    shape: Shape
    seats: int
    honour: bool = False


@dataclass(frozen=True)
class Rules:
    style: Style = Style.FRENCH
    alternate_gender: bool = True
    spread_delegations: bool = True
    interpreters_beside: bool = True
    apart: frozenset[frozenset[int]] = frozenset()


@dataclass(frozen=True)
class Placement:
    """Who sits where: guest id to (table id, seat number); who found no seat."""

    seats: Mapping[int, tuple[int, int]]
    unseated: tuple[int, ...]


@dataclass
class _State:
    layouts: dict[int, Layout]
    groups: Mapping[int, str | None]
    taken: dict[tuple[int, int], int] = field(default_factory=dict)
    # Seat numbers taken by each delegation at each table.
    by_group: dict[tuple[int, str], list[int]] = field(default_factory=dict)

    def sit(self, spot: tuple[int, int], guest_id: int) -> None:
        self.taken[spot] = guest_id
        group = self.groups.get(guest_id)
        if group:
            self.by_group.setdefault((spot[0], group), []).append(spot[1])


def ordered_tables(tables: Iterable[TableSpec]) -> list[TableSpec]:
    """Tables of honour first, then by number."""
    return sorted(tables, key=lambda t: (not t.honour, t.number, t.id))


def place(
    guests: Sequence[Guest],
    tables: Sequence[TableSpec],
    hosts: Sequence[int],
    rules: Rules = Rules(),
    pinned: Mapping[int, tuple[int, int]] | None = None,
    window: int = 3,
) -> Placement:
    """Seat ``guests`` (in protocol order: their ``rank``) at ``tables``.

    ``hosts`` are guest ids in their own order: the first two preside the table of
    honour (host and co-host), then one per other table in order, then a second per
    table; hosts left over are placed as guests. ``pinned`` seats stay as they are.
    A table without a host is presided over by its highest-ranked guest.

    Seats are filled in honour order, table after table (the first tables for the
    highest ranks). The seats beside the hosts (four at the table of honour, two at
    the others) go strictly by rank. For each other seat, the first guest in protocol
    order that breaks no switched-on rule is taken, looking at most ``window`` guests
    ahead; when every one of them breaks a rule, the one that breaks the fewest.
    """
    pinned = dict(pinned or {})
    order = ordered_tables(tables)
    by_id = {g.id: g for g in guests}
    state = _State(
        {t.id: layout(t.shape, t.seats, rules.style) for t in order},
        {g.id: g.group for g in guests},
    )
    seats: dict[int, tuple[int, int]] = {}
    for gid, spot in pinned.items():
        known = gid in by_id and spot[0] in state.layouts and spot not in state.taken
        if known and 1 <= spot[1] <= len(state.layouts[spot[0]].seats):
            state.sit(spot, gid)
            seats[gid] = spot
    present = [g for g in sorted(guests, key=lambda g: g.rank) if not g.declined]
    host_ids = [h for h in dict.fromkeys(hosts) if h in by_id and not by_id[h].declined]
    free_hosts = [h for h in host_ids if h not in seats]
    interpreters: dict[int, int] = {}
    if rules.interpreters_beside:
        served = {g.id for g in present}
        interpreters = {
            g.id: g.interpreter_for
            for g in present
            if g.interpreter_for in served and g.id not in seats and g.id not in host_ids
        }
    # Hosts take the hosts' seats.
    host_slots: list[tuple[int, int]] = []
    if order:
        first = state.layouts[order[0].id]
        host_slots.append((order[0].id, first.host_seat))
        if first.cohost_seat:
            host_slots.append((order[0].id, first.cohost_seat))
        for t in order[1:]:
            host_slots.append((t.id, state.layouts[t.id].host_seat))
        for t in order[1:]:
            cohost = state.layouts[t.id].cohost_seat
            if cohost:
                host_slots.append((t.id, cohost))
    queue_hosts = list(free_hosts)
    for slot in host_slots:
        if not queue_hosts:
            break
        if slot in state.taken:
            continue
        gid = queue_hosts.pop(0)
        state.sit(slot, gid)
        seats[gid] = slot
    queue = [g for g in present if g.id not in seats and g.id not in interpreters]
    group_size: dict[str, int] = {}
    for g in present:
        if g.group:
            group_size[g.group] = group_size.get(g.group, 0) + 1
    n_tables = max(1, len(order))
    for t_index, t in enumerate(order):
        lay = state.layouts[t.id]
        # The seats beside the hosts go strictly by rank: precedence before the rules.
        strict = 4 if t_index == 0 else 2
        for index, number in enumerate(honour_order(lay)):
            spot = (t.id, number)
            if spot in state.taken:
                continue
            if not queue:
                break
            look = 1 if index < strict + (2 if lay.cohost_seat else 1) else max(1, window)
            best_i, best_cost = 0, None
            for i, g in enumerate(queue[:look]):
                cost = _cost(g, spot, lay, state, by_id, rules, group_size, n_tables)
                if best_cost is None or cost < best_cost:
                    best_i, best_cost = i, cost
                if cost == 0:
                    break
            if best_cost is not None and best_cost >= 100:
                # An "apart" pair: look further down the list for anyone who fits.
                for i, g in enumerate(queue[window:], start=window):
                    if _cost(g, spot, lay, state, by_id, rules, group_size, n_tables) < 100:
                        best_i = i
                        break
            g = queue.pop(best_i)
            state.sit(spot, g.id)
            seats[g.id] = spot
            for interp, served_id in interpreters.items():
                if served_id == g.id and interp not in seats:
                    beside = _free_beside(lay, t.id, number, state)
                    if beside is not None:
                        state.sit((t.id, beside), interp)
                        seats[interp] = (t.id, beside)
    # Interpreters whose guest found no seat, or no free seat beside, go where is left.
    leftover = [by_id[i] for i in interpreters if i not in seats] + queue
    leftover.sort(key=lambda g: g.rank)
    for t in order:
        lay = state.layouts[t.id]
        for number in honour_order(lay):
            if not leftover:
                break
            if (t.id, number) not in state.taken:
                g = leftover.pop(0)
                state.sit((t.id, number), g.id)
                seats[g.id] = (t.id, number)
    return Placement(seats, tuple(g.id for g in leftover))


def _free_beside(lay: Layout, table_id: int, number: int, state: _State) -> int | None:
    """A free seat beside ``number``, the one farther from the host first."""
    host = lay.seat(lay.host_seat)
    candidates = [n for n in lay.neighbours(number) if (table_id, n) not in state.taken]
    candidates.sort(key=lambda n: -math.hypot(lay.seat(n).x - host.x, lay.seat(n).y - host.y))
    return candidates[0] if candidates else None


def _cost(
    g: Guest,
    spot: tuple[int, int],
    lay: Layout,
    state: _State,
    by_id: Mapping[int, Guest],
    rules: Rules,
    group_size: Mapping[str, int],
    n_tables: int,
) -> int:
    table_id, number = spot
    cost = 0
    for n in lay.neighbours(number):
        other_id = state.taken.get((table_id, n))
        if other_id is None:
            continue
        if frozenset((g.id, other_id)) in rules.apart:
            cost += 100
        other = by_id.get(other_id)
        if rules.alternate_gender and other and g.gender and other.gender == g.gender:
            cost += 1
    if rules.spread_delegations and g.group and group_size.get(g.group, 0) > 1:
        same = state.by_group.get((table_id, g.group), [])
        if n_tables > 1 and len(same) >= math.ceil(group_size[g.group] / n_tables):
            cost += 2
        lane = lane_of(lay, number)
        in_lane = sum(1 for n in same if lane_of(lay, n) == lane)
        if lay.cohost_seat is not None and in_lane > len(same) - in_lane:
            cost += 1
    return cost


# --- checks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeatingWarning:
    code: str
    guest_id: int | None = None
    table_id: int | None = None
    group: str | None = None


def check(
    guests: Sequence[Guest],
    tables: Sequence[TableSpec],
    hosts: Sequence[int],
    seats: Mapping[int, tuple[int, int]],
    style: Style = Style.FRENCH,
) -> list[SeatingWarning]:
    """What an officer should look at in a plan: a declined guest seated, the guest
    of honour away from the host, a delegation all on one side of its table."""
    out: list[SeatingWarning] = []
    by_id = {g.id: g for g in guests}
    layouts = {t.id: layout(t.shape, t.seats, style) for t in tables}
    for gid, (table_id, _number) in sorted(
        seats.items(), key=lambda kv: by_id[kv[0]].rank if kv[0] in by_id else 0
    ):
        if gid in by_id and by_id[gid].declined:
            out.append(SeatingWarning("seating.declined_seated", gid, table_id))
    host_ids = [h for h in hosts if h in seats]
    if host_ids:
        host = host_ids[0]
        others = [
            g for g in sorted(guests, key=lambda g: g.rank) if g.id not in hosts and not g.declined
        ]
        others = [g for g in others if g.interpreter_for is None]
        if others:
            honoured = others[0]
            ht, hn = seats[host]
            spot = seats.get(honoured.id)
            if spot is None or spot[0] != ht or spot[1] not in layouts[ht].neighbours(hn):
                out.append(SeatingWarning("seating.honour_away", honoured.id, ht))
    host_set = set(hosts)
    at_table: dict[int, dict[str, list[int]]] = {}
    for gid, (table_id, number) in seats.items():
        g = by_id.get(gid)
        if g and g.group and gid not in host_set:
            at_table.setdefault(table_id, {}).setdefault(g.group, []).append(number)
    for t in tables:
        lay = layouts[t.id]
        if lay.cohost_seat is None:
            continue
        for group, numbers in sorted(at_table.get(t.id, {}).items()):
            if len(numbers) >= 3 and len({lane_of(lay, n) for n in numbers}) == 1:
                out.append(SeatingWarning("seating.delegation_one_side", None, t.id, group))
    return out
