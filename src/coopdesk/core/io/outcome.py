"""What importing a list would do, as plain values: each accepted row's action
(new person, existing person, updated participation, skipped) with its values, the
rows of a whole list, and the preview that holds them with the refused rows and the
warnings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple, overload

from coopdesk.core.enums import BadgeCategory, ParticipationStatus, Role
from coopdesk.core.io.dates import DateOrder
from coopdesk.core.io.headers import ColumnMapping
from coopdesk.core.io.rows import ParsedRows, RowIssue
from coopdesk.core.io.sanity import RowWarning
from coopdesk.core.values import person_name

NEW_PARTICIPATION_DEFAULTS: Mapping[str, Any] = {
    "role": Role.GUEST,
    "category": BadgeCategory.GUEST,
    "status": ParticipationStatus.INVITED,
}


_NOTHING: Mapping[str, Any] = MappingProxyType({})


class Action(StrEnum):
    NEW_PERSON = "new_person"
    EXISTING_PERSON = "existing_person"
    UPDATE = "update_participation"
    SKIP = "skipped"


class PreviewRow(NamedTuple):
    """What one accepted row will do.

    ``person`` and ``participation`` hold the row's validated values (instants in
    UTC). ``person_id`` is the directory person it matched (``matched_by`` says how),
    ``fills`` the fields of that person the row would fill because they are empty,
    ``changes`` the participation fields an update would change. A named tuple: a
    preview of ten thousand rows builds ten thousand of them.
    """

    line: int
    action: Action
    name: str
    person: Mapping[str, Any]
    participation: Mapping[str, Any]
    organisation: str | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    matched_by: str | None = None
    participation_id: int | None = None
    fills: Mapping[str, Any] = _NOTHING
    changes: Mapping[str, Any] = _NOTHING

    @property
    def new_organisation(self) -> bool:
        return self.organisation is not None and self.organisation_id is None


@dataclass(frozen=True)
class ImportPreview:
    """Every row of a file and what importing it would do; ``issues`` lists the
    refused rows and cells, ``warnings`` what looks wrong and must be accepted,
    ``date_orders`` how each date column is read (``date_questions``: the columns
    whose order the user must choose). Nothing is written until it is applied."""

    event_id: int
    source: str
    mapping: ColumnMapping
    rows: PreviewRows
    issues: tuple[RowIssue, ...]
    new_organisations: Mapping[str, str | None]
    warnings: tuple[RowWarning, ...] = ()
    date_orders: tuple[DateOrder, ...] = ()
    # Badge categories the file names that the office does not have: code → name.
    new_categories: Mapping[str, str] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        """No row refused (warnings and date questions aside)."""
        return not self.issues

    @property
    def date_questions(self) -> tuple[DateOrder, ...]:
        """The date columns read both ways: the user says which order they are in."""
        return tuple(o for o in self.date_orders if o.order is None and o.field is not None)

    @property
    def ready(self) -> bool:
        """Nothing refused and no date order left to choose (warnings to accept aside)."""
        return not self.issues and not self.date_questions

    @property
    def refused_lines(self) -> tuple[int, ...]:
        return tuple(sorted({issue.line for issue in self.issues}))

    def count(self, action: Action) -> int:
        return self.rows.count_action(action)


def row_name(person: Mapping[str, Any]) -> str:
    return person_name(person.get("first_name"), person.get("last_name"), person.get("native_name"))


class PreviewRows(Sequence[PreviewRow]):
    """The accepted rows of a preview, in file order. A row of a new person (most
    rows of a long list) is built when it is read, from the parsed columns; a list of
    ten thousand rows is not ten thousand records until someone walks through it."""

    def __init__(
        self,
        parsed: ParsedRows,
        positions: list[int],
        organisations: list[str | None],
        organisation_ids: list[int | None],
        matched: dict[int, PreviewRow],
    ) -> None:
        self._parsed = parsed
        self._positions = positions
        self._organisations = organisations
        self._organisation_ids = organisation_ids
        self._matched = matched

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> PreviewRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[PreviewRow]: ...

    def __getitem__(self, index: int | slice) -> PreviewRow | list[PreviewRow]:
        if isinstance(index, slice):
            return [self._row(p) for p in self._positions[index]]
        return self._row(self._positions[index])

    def __iter__(self) -> Iterator[PreviewRow]:
        return map(self._row, self._positions)

    def __repr__(self) -> str:
        return f"<PreviewRows: {len(self)} rows>"

    def count_action(self, action: Action) -> int:
        if action is Action.NEW_PERSON:  # every row but the matched ones
            return len(self._positions) - len(self._matched)
        return sum(1 for row in self._matched.values() if row.action is action)

    def _row(self, position: int) -> PreviewRow:
        found = self._matched.get(position)
        if found is not None:
            return found
        parsed = self._parsed
        person = parsed.person(position)
        return PreviewRow(
            parsed.lines[position],
            Action.NEW_PERSON,
            row_name(person),
            person,
            {**NEW_PARTICIPATION_DEFAULTS, **parsed.participation(position)},
            self._organisations[position],
            self._organisation_ids[position],
        )
