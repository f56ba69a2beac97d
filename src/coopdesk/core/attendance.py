"""Who is expected at an event: the one rule behind every printed or sent document.

Everyone invited, confirmed or attended gets a badge, a name tent, a line in the
lists, a transfer, a room, an invitation and a personal agenda; people who declined
get none of them (they stay in the full participant list, with their status).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

from coopdesk.core.enums import ParticipationStatus


class _Participation(Protocol):
    @property
    def status(self) -> ParticipationStatus: ...


P = TypeVar("P", bound=_Participation)


def gets_printed_material(status: ParticipationStatus) -> bool:
    """Whether a participant with ``status`` gets badges, lists, transfers, a room and
    agendas: all but those who declined."""
    return status is not ParticipationStatus.DECLINED


def expected(people: Iterable[P]) -> list[P]:
    """``people`` (participations of any shape) but those who declined, in their order."""
    return [p for p in people if gets_printed_material(p.status)]


def expected_in_sql(status: Any) -> Any:
    """The same rule as a WHERE clause on a participation's ``status`` column."""
    return status != ParticipationStatus.DECLINED
