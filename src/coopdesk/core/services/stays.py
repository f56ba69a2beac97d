"""A guest's hotel stay as rooming lists give it: the hotel dates, else the travel dates.

The Excel rooming list, the printed one and the window's all read a stay here, so a
guest whose check-in and check-out are not recorded yet still shows the nights of
their journey (arrival day to departure day, at local time where they travel).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coopdesk.core.timezones import to_local
from coopdesk.core.values import ParticipantView


@dataclass(frozen=True, slots=True)
class Stay:
    check_in: date | None
    check_out: date | None

    @property
    def nights(self) -> int | None:
        if self.check_in is None or self.check_out is None:
            return None
        return (self.check_out - self.check_in).days


def _local_day(moment: datetime | None, zone: str | None, event_zone: str) -> date | None:
    return to_local(moment, zone or event_zone).date() if moment is not None else None


def hotel_stay(p: ParticipantView, event_zone: str) -> Stay:
    """``p``'s stay: each hotel date recorded, else the local day of the arrival (or
    the departure), in the leg's own zone or else the event's (``event_zone``)."""
    arrival = _local_day(p.arrival_at, p.arrival_timezone, event_zone)
    departure = _local_day(p.departure_at, p.departure_timezone, event_zone)
    return Stay(p.check_in or arrival, p.check_out or departure)
