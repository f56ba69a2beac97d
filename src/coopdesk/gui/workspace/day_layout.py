"""Which days an agenda item touches, and how the blocks of one day stand side by
side: the arithmetic of :mod:`coopdesk.gui.workspace.timeline`, apart from its drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from coopdesk.core.timezones import to_local, zone
from coopdesk.core.values import AgendaItemView


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The first instant (UTC) of ``day`` in ``zone_name`` and of the day after.

    They are 23 or 25 hours apart on the days the clocks change. Where the clocks jump
    at midnight, the day begins with its first existing minute.
    """
    tz = zone(zone_name)
    first = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    after = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return first, after


def item_days(item: AgendaItemView, zone_name: str) -> list[date]:
    """The days (in ``zone_name``) that ``item`` touches; an end at midnight is not one."""
    first = to_local(item.starts_at, zone_name).date()
    last = to_local(item.ends_at, zone_name).date()
    if last > first and day_bounds(last, zone_name)[0] >= item.ends_at:
        last -= timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass
class Block:
    item: AgendaItemView
    column: int
    start: datetime  # UTC: where the block begins on this day (the item's start or midnight)
    end: datetime
    before: bool  # the item began on an earlier day
    after: bool  # it goes on after this day
    lane: int = 0  # side by side with the blocks it overlaps in its column
    lanes: int = 1

    @property
    def minutes(self) -> float:
        return (self.item.ends_at - self.item.starts_at).total_seconds() / 60


def lay_out_lanes(blocks: list[Block], shortest: timedelta) -> None:
    """Put the blocks that overlap (as drawn, each at least ``shortest`` long) in one
    column side by side: each takes the first free lane, and a run of overlapping
    blocks shares the column's width."""
    for column in {b.column for b in blocks}:
        run: list[Block] = []
        lane_ends: list[datetime] = []
        for block in (b for b in blocks if b.column == column):
            end = max(block.end, block.start + shortest)
            if run and block.start >= max(lane_ends):
                for done in run:
                    done.lanes = len(lane_ends)
                run, lane_ends = [], []
            free = [n for n, busy_until in enumerate(lane_ends) if busy_until <= block.start]
            if free:
                block.lane = free[0]
                lane_ends[free[0]] = end
            else:
                block.lane = len(lane_ends)
                lane_ends.append(end)
            run.append(block)
        for done in run:
            done.lanes = len(lane_ends)
