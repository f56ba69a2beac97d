"""Turning the data rows of a mapped sheet into validated person and participation
values, and every bad cell into a :class:`RowIssue` with its line and column.

Cells are read by the parsers of :mod:`coopdesk.core.io.cells`; the rules between
fields (departure after arrival, a name) are the services' rules. Local arrival and
departure times become UTC instants in the event's time zone, as the services store
them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from itertools import compress, count
from operator import not_
from typing import Any

from coopdesk.core.enums import Role
from coopdesk.core.errors import ValidationError
from coopdesk.core.io.cells import (
    COLUMN_CHECKS,
    FIELD_PARSERS,
    Parser,
    full_name,
    role_or_category,
)
from coopdesk.core.io.headers import ColumnMapping
from coopdesk.core.io.vocabularies import CATEGORY_OF_ROLE, ROLE_OF_CATEGORY
from coopdesk.core.messages import describe_cell
from coopdesk.core.services.participants import PARTICIPATION_FIELDS
from coopdesk.core.services.people import PERSON_FIELDS, validate_person
from coopdesk.core.timezones import to_local, to_utc

# Years an arrival or a departure may fall in (beyond them, a typing mistake).
_YEARS = (1900, 2200)
# A list's remarks ("Remarques", "Observations") are about this event's registration
# ("arrive plus tard"): they go with the participation, not into the directory record.
PERSON_KEYS = frozenset(PERSON_FIELDS) - {"organisation_id", "notes"}
PARTICIPATION_KEYS = frozenset(PARTICIPATION_FIELDS)
_EVENT_DATES = (
    "arrival_at",
    "arrival_date",
    "departure_at",
    "departure_date",
    "check_in",
    "check_out",
)


@dataclass(frozen=True)
class RowIssue:
    """A refused cell or row: its line as Excel shows it (1-based), the column's header,
    an error code with its values (see :mod:`coopdesk.core.messages`)."""

    line: int
    column: str | None
    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None

    def describe(self, language: str | None = None) -> str:
        """The sentence for this refusal, with its line and column."""
        return describe_cell(self.line, self.column, self.code, self.values, self.field, language)


class ParsedRows:
    """The accepted data rows of a sheet, column by column: ``columns`` holds a list
    per mapped field with an item per accepted row (``None`` where the cell is blank),
    ``lines`` each row's line. A long list is cheaper kept as a few columns than as
    a record per row; :meth:`person` and :meth:`participation` build one row's
    values when they are wanted."""

    def __init__(self, lines: list[int], columns: dict[str, list[Any]]) -> None:
        self.lines = lines
        self.columns = columns
        self.person_keys = tuple(k for k in columns if k in PERSON_KEYS)
        self.participation_keys = tuple(k for k in columns if k in PARTICIPATION_KEYS)

    def __len__(self) -> int:
        return len(self.lines)

    def column(self, name: str) -> list[Any]:
        """The values of a field, ``None`` in every row when it is not mapped."""
        found = self.columns.get(name)
        return found if found is not None else [None] * len(self.lines)

    def person(self, position: int) -> dict[str, Any]:
        """The person fields of one row, blank ones left out."""
        return _record(self.person_keys, self.columns, position)

    def participation(self, position: int) -> dict[str, Any]:
        """The participation fields of one row, blank ones left out."""
        return _record(self.participation_keys, self.columns, position)


def _record(
    keys: tuple[str, ...], columns: Mapping[str, list[Any]], position: int
) -> dict[str, Any]:
    record = {}
    for key in keys:
        value = columns[key][position]
        if value is not None:
            record[key] = value
    return record


def _blank(row: Sequence[Any]) -> bool:
    for cell in row:
        if cell is not None and (not isinstance(cell, str) or (cell and not cell.isspace())):
            return False
    return True


def _blanks(rows: Sequence[Sequence[Any]]) -> Iterable[bool]:
    """Whether each row is blank. Rows of text only (a CSV file) are tested in C: such
    a row is blank when its cells joined are empty or spaces."""
    try:
        joined = list(map("".join, rows))
    except TypeError:  # some cell is not text
        return map(_blank, rows)
    return map(not_, map(str.strip, joined))


class RowReader:
    """Reads the data rows under a mapping's header; the issues gather in ``issues``.
    Dates of the journey and the stay written without a year ("23/10") are read in
    the year that puts them nearest ``event_start``; the columns of ``month_first``
    are read month first.

    The work goes column by column, each distinct value parsed once (in a list of
    thousands of rows dates, categories and organisations repeat), and the rules
    between fields run over whole columns: a long list stays quick to preview.
    """

    def __init__(
        self,
        mapping: ColumnMapping,
        event_timezone: str,
        event_start: date | None = None,
        month_first: frozenset[int] = frozenset(),
    ) -> None:
        self.mapping = mapping
        self.timezone = event_timezone
        self.issues: list[RowIssue] = []
        parsers = dict(FIELD_PARSERS)
        for name in _EVENT_DATES:  # "23/10" is a day of the event's year
            parsers[name] = partial(parsers[name], around=event_start)
        self.columns = [
            (
                index,
                name,
                header,
                # An American list's dates: 10/5/2023 is 5 October (see io.dates).
                partial(parsers[name], mdy=True) if index in month_first else parsers[name],
            )
            for index, (header, name) in enumerate(
                zip(mapping.headers, mapping.fields, strict=True)
            )
            if name is not None
        ]
        self.columns = [
            (index, name, header, full_name(header) if name == "full_name" else parse)
            for index, name, header, parse in self.columns
        ]
        self.header_of = {name: header for _, name, header, _ in self.columns}
        mapped = {"role", "category"} & self.header_of.keys()
        if len(mapped) == 1:  # one column says both, as "Chef de délégation" or "Presse"
            self.columns = [
                (index, name, header, role_or_category(name) if name in mapped else parse)
                for index, name, header, parse in self.columns
            ]
        self._lines: list[int] = []
        self._refused: set[int] = set()

    def read(self, rows: Sequence[Sequence[Any]]) -> ParsedRows:
        """The rows below the header, blank ones skipped, refused ones left out."""
        first = self.mapping.header_line
        body = rows[first:]
        blank = set(compress(count(), _blanks(body)))
        if blank:
            self._lines = [i + first + 1 for i in range(len(body)) if i not in blank]
            body = [row for i, row in enumerate(body) if i not in blank]
        else:
            self._lines = list(range(first + 1, first + 1 + len(body)))
        self._refused = set()
        width = max(index for index, _, _, _ in self.columns) + 1
        if body and min(map(len, body)) < width:
            padding = (None,) * width
            body = [(*row, *padding[len(row) :]) if len(row) < width else row for row in body]
        cells = list(zip(*body, strict=False)) if body else [()] * width
        columns: dict[str, list[Any]] = {}
        for index, name, _, parse in self.columns:
            columns[name] = self._column(name, parse, list(cells[index]))
        self._role_and_category(columns)
        self._full_names(columns)
        for leg in ("arrival", "departure"):
            self._leg(leg, columns)
        self._order(
            "arrival_at",
            "departure_at",
            "participation.departure_before_arrival",
            columns,
            strict=False,
        )
        self._order(
            "check_in", "check_out", "participation.check_out_before_check_in", columns, strict=True
        )
        return self._rows(columns)

    def refuse(self, line: int, name: str | None, error: ValidationError) -> None:
        column = self.header_of.get(name) if name else None
        self.issues.append(RowIssue(line, column, error.code, dict(error.values), error.field))

    def _refuse_at(self, position: int, name: str, error: ValidationError) -> None:
        self.refuse(self._lines[position], name, error)
        self._refused.add(position)

    def _column(self, name: str, parse: Parser, cells: list[Any]) -> list[Any]:
        """The parsed values of one column (``None`` for blank or refused cells)."""
        check = COLUMN_CHECKS.get(name)
        if check is not None:
            clean = check(cells)
            if clean is not None:
                return clean
        results: dict[Any, Any] = {}
        bad = False
        for cell in dict.fromkeys(cells):
            if cell is None or cell == "":
                results[cell] = None
                continue
            try:
                value = parse(cell)
            except ValidationError as exc:
                value, bad = exc, True
            results[cell] = None if value == "" else value
        if bad:
            for position, cell in enumerate(cells):
                if isinstance(results[cell], ValidationError):
                    self._refuse_at(position, name, results[cell])
            results = {k: None if isinstance(v, ValidationError) else v for k, v in results.items()}
        return list(map(results.__getitem__, cells))

    def _full_names(self, columns: dict[str, list[Any]]) -> None:
        """Split a whole-name column into the name fields it gives, where the
        columns of those fields (if any) are blank."""
        whole = columns.pop("full_name", None)
        if whole is None:
            return
        for name in ("civility", "first_name", "last_name", "native_name"):
            if not any(name in parts for parts in whole if parts):
                continue
            given = columns.get(name) or [None] * len(whole)
            columns[name] = [
                mine if mine is not None else (parts or {}).get(name)
                for mine, parts in zip(given, whole, strict=True)
            ]
            self.header_of.setdefault(name, self.header_of["full_name"])

    def _role_and_category(self, columns: dict[str, list[Any]]) -> None:
        """Split a column that said both; fill the role from the category or back."""
        for name in ("role", "category"):
            both = columns.get(name)
            if both and any(type(v) is dict for v in both):
                columns["role"] = [v["role"] if v else None for v in both]
                columns["category"] = [v["category"] if v else None for v in both]
        role, category = columns.get("role"), columns.get("category")
        if role is None and category is None:
            return
        role = role or [None] * len(self._lines)
        category = category or [None] * len(self._lines)
        columns["role"] = [
            r if r is not None or c is None else ROLE_OF_CATEGORY.get(c, Role.GUEST)
            for r, c in zip(role, category, strict=True)
        ]
        columns["category"] = [
            c if c is not None or r is None else CATEGORY_OF_ROLE[r]
            for r, c in zip(role, category, strict=True)
        ]

    def _leg(self, leg: str, columns: dict[str, list[Any]]) -> None:
        """Join separate date and time columns; local times become UTC instants.

        A day given without a time (parsed as a plain :class:`date`) is stored as
        local midnight with ``{leg}_time_known`` false; that column is only added when
        some row needs it, blank elsewhere (a leg with a time: the default, true)."""
        day, moment = columns.pop(f"{leg}_date", None), columns.pop(f"{leg}_time", None)
        at = columns.get(f"{leg}_at")
        if day is not None or moment is not None:
            at = list(at) if at is not None else [None] * len(self._lines)
            for position in range(len(at)):
                d = day[position] if day is not None else None
                m = moment[position] if moment is not None else None
                if at[position] is not None or position in self._refused:
                    continue
                if d is not None:  # the day's own time, unless a time column gives one
                    if m is None:
                        at[position] = d
                    else:
                        at[position] = datetime.combine(d if type(d) is date else d.date(), m)
                elif m is not None:
                    error = ValidationError("import.time_without_date", None, value=f"{m:%H:%M}")
                    self._refuse_at(position, f"{leg}_time", error)
        if at is None:
            return
        instants: dict[Any, Any] = {None: None}
        day_only = False
        for local in dict.fromkeys(at):
            if local is not None:
                if type(local) is date:
                    day_only = True
                    instants[local] = self._instant(datetime.combine(local, time()))
                else:
                    instants[local] = self._instant(local)
        if any(isinstance(v, ValidationError) for v in instants.values()):
            for position, local in enumerate(at):
                if isinstance(instants[local], ValidationError) and position not in self._refused:
                    self._refuse_at(position, self._leg_column(leg), instants[local])
            instants = {
                k: None if isinstance(v, ValidationError) else v for k, v in instants.items()
            }
        columns[f"{leg}_at"] = list(map(instants.__getitem__, at))
        columns[f"{leg}_timezone"] = [None if v is None else self.timezone for v in at]
        if day_only:  # elsewhere blank: a leg with a time (see preview._matched_row)
            columns[f"{leg}_time_known"] = [False if type(v) is date else None for v in at]

    def _instant(self, local: datetime) -> datetime | ValidationError:
        try:
            if not _YEARS[0] <= local.year <= _YEARS[1]:
                raise ValidationError("import.date_out_of_range", None, value=f"{local:%d/%m/%Y}")
            return to_utc(local, self.timezone, "time")
        except ValidationError as exc:
            return exc

    def _order(
        self, start: str, end: str, code: str, columns: dict[str, list[Any]], *, strict: bool
    ) -> None:
        """Refuse the rows whose ``end`` comes before (or, if strict, at) their ``start``.
        A leg whose time is unknown counts by its day: a same-day departure passes."""
        if start not in columns or end not in columns:
            return
        nothing = [None] * len(self._lines)
        start_known = columns.get(f"{start.removesuffix('_at')}_time_known", nothing)
        end_known = columns.get(f"{end.removesuffix('_at')}_time_known", nothing)
        for position, (a, b) in enumerate(zip(columns[start], columns[end], strict=True)):
            if a is None or b is None or position in self._refused:
                continue
            if b < a or (strict and b == a):
                # Said in local time, as the list gives it (the instants are in UTC).
                shown = [
                    to_local(v, self.timezone) if isinstance(v, datetime) else v for v in (a, b)
                ]
                by_day = (start_known[position] is False, end_known[position] is False)
                if any(by_day):
                    if shown[1].date() >= shown[0].date():
                        continue
                    shown = [v.date() if d else v for v, d in zip(shown, by_day, strict=True)]
                values = {start.removesuffix("_at"): shown[0], end.removesuffix("_at"): shown[1]}
                name = self._leg_column("departure") if end == "departure_at" else end
                self._refuse_at(position, name, ValidationError(code, None, **values))

    def _leg_column(self, leg: str) -> str:
        for name in (f"{leg}_at", f"{leg}_date", f"{leg}_time"):
            if name in self.header_of:
                return name
        return f"{leg}_at"

    def _rows(self, columns: dict[str, list[Any]]) -> ParsedRows:
        """The accepted rows: the services' rules on a whole person are checked, and
        refused rows left out of every column."""
        self._person_rules(columns)
        lines = self._lines
        if self._refused:
            keep = [position not in self._refused for position in range(len(lines))]
            lines = list(compress(lines, keep))
            columns = {name: list(compress(values, keep)) for name, values in columns.items()}
        return ParsedRows(lines, columns)

    def _person_rules(self, columns: dict[str, list[Any]]) -> None:
        """Refuse the rows that break the rules on a whole person record
        (:func:`~coopdesk.core.services.people.validate_person`): a name, a passport
        that expires after the birth date. They concern a few fields only: the rows
        where those fields could break them are checked, the others pass as they are."""
        size = len(self._lines)
        nothing = [None] * size
        last, native = columns.get("last_name", nothing), columns.get("native_name", nothing)
        suspects: set[int] = set()
        if None in last:  # a row without a last name needs a name in its own script
            pairs = enumerate(zip(last, native, strict=True))
            suspects.update(p for p, (a, b) in pairs if a is None and b is None)
        if "birth_date" in columns and "passport_expiry" in columns:
            suspects.update(
                p
                for p, (a, b) in enumerate(
                    zip(columns["birth_date"], columns["passport_expiry"], strict=True)
                )
                if a is not None and b is not None
            )
        name_column = "last_name" if "last_name" in self.header_of else "native_name"
        keys = [k for k in columns if k in PERSON_KEYS]
        for position in sorted(suspects - self._refused):
            try:
                validate_person(None, {k: columns[k][position] for k in keys})
            except ValidationError as exc:
                field = exc.field if exc.field in self.header_of else name_column
                self._refuse_at(position, field, exc)
