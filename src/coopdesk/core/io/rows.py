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
from datetime import datetime, time
from itertools import compress, count, repeat
from operator import not_
from typing import Any, NamedTuple

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.cells import FIELD_PARSERS, TEXT_LIMITS, Parser, clean_texts, role_or_category
from coopdesk.core.io.headers import ColumnMapping
from coopdesk.core.io.words import CATEGORY_OF_ROLE, ROLE_OF_CATEGORY
from coopdesk.core.services.participants import PARTICIPATION_FIELDS
from coopdesk.core.services.people import PERSON_FIELDS, validate_person
from coopdesk.core.timezones import to_utc

# Years an arrival or a departure may fall in (beyond them, a typing mistake).
_YEARS = (1900, 2200)
PERSON_KEYS = frozenset(PERSON_FIELDS) - {"organisation_id"}
PARTICIPATION_KEYS = frozenset(PARTICIPATION_FIELDS)


@dataclass(frozen=True)
class RowIssue:
    """A refused cell or row: its line as Excel shows it (1-based), the column's header,
    an error code with its values (see :mod:`coopdesk.core.io.messages`)."""

    line: int
    column: str | None
    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None

    def describe(self, language: str | None = None) -> str:
        from coopdesk.core.io.messages import describe_cell

        return describe_cell(self.line, self.column, self.code, self.values, self.field, language)


class ParsedRow(NamedTuple):
    """One data row's validated values, before it is matched against the directory."""

    line: int
    person: dict[str, Any]
    participation: dict[str, Any]
    organisation: str | None
    country: str | None


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

    The work goes column by column, each distinct value parsed once (in a list of
    thousands of rows dates, categories and organisations repeat), and the rules
    between fields run over whole columns: a long list stays quick to preview.
    """

    def __init__(self, mapping: ColumnMapping, event_timezone: str) -> None:
        self.mapping = mapping
        self.timezone = event_timezone
        self.issues: list[RowIssue] = []
        self.columns = [
            (index, name, header, FIELD_PARSERS[name])
            for index, (header, name) in enumerate(
                zip(mapping.headers, mapping.fields, strict=True)
            )
            if name is not None
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

    def read(self, rows: Sequence[Sequence[Any]]) -> list[ParsedRow]:
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
        if name in TEXT_LIMITS:
            clean = clean_texts(cells, TEXT_LIMITS[name])
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
            r if r is not None or c is None else ROLE_OF_CATEGORY[c]
            for r, c in zip(role, category, strict=True)
        ]
        columns["category"] = [
            c if c is not None or r is None else CATEGORY_OF_ROLE[r]
            for r, c in zip(role, category, strict=True)
        ]

    def _leg(self, leg: str, columns: dict[str, list[Any]]) -> None:
        """Join separate date and time columns; local times become UTC instants."""
        day, moment = columns.pop(f"{leg}_date", None), columns.pop(f"{leg}_time", None)
        at = columns.get(f"{leg}_at")
        if day is not None or moment is not None:
            at = list(at) if at is not None else [None] * len(self._lines)
            for position in range(len(at)):
                d = day[position] if day is not None else None
                m = moment[position] if moment is not None else None
                if at[position] is not None or position in self._refused:
                    continue
                if d is not None:
                    at[position] = datetime.combine(d, m or time())
                elif m is not None:
                    error = ValidationError("import.time_without_date", None, value=f"{m:%H:%M}")
                    self._refuse_at(position, f"{leg}_time", error)
        if at is None:
            return
        instants: dict[Any, Any] = {None: None}
        for local in dict.fromkeys(at):
            if local is not None:
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
        """Refuse the rows whose ``end`` comes before (or, if strict, at) their ``start``."""
        if start not in columns or end not in columns:
            return
        for position, (a, b) in enumerate(zip(columns[start], columns[end], strict=True)):
            if a is None or b is None or position in self._refused:
                continue
            if b < a or (strict and b == a):
                values = {start.removesuffix("_at"): a, end.removesuffix("_at"): b}
                name = self._leg_column("departure") if end == "departure_at" else end
                self._refuse_at(position, name, ValidationError(code, None, **values))

    def _leg_column(self, leg: str) -> str:
        for name in (f"{leg}_at", f"{leg}_date", f"{leg}_time"):
            if name in self.header_of:
                return name
        return f"{leg}_at"

    def _rows(self, columns: dict[str, list[Any]]) -> list[ParsedRow]:
        size = len(self._lines)
        people = _records([k for k in columns if k in PERSON_KEYS], columns, size)
        participations = _records([k for k in columns if k in PARTICIPATION_KEYS], columns, size)
        nothing = repeat(None)
        rows = zip(
            self._lines,
            people,
            participations,
            columns.get("organisation", nothing),
            columns.get("country", nothing),
            strict=False,
        )
        name_column = "last_name" if "last_name" in self.header_of else "native_name"
        refused = self._refused
        out: list[ParsedRow] = []
        for position, row in enumerate(rows):
            if position in refused:
                continue
            try:
                validate_person(None, row[1])
            except ValidationError as exc:
                self.refuse(row[0], name_column, exc)
                continue
            out.append(ParsedRow._make(row))
        return out


def _records(keys: list[str], columns: Mapping[str, list[Any]], size: int) -> list[dict[str, Any]]:
    """One dict per row (``size`` rows) of the ``keys`` columns, blank (``None``)
    values left out."""
    if not keys:
        return [{} for _ in range(size)]
    return [
        {k: v for k, v in zip(keys, values, strict=True) if v is not None}
        for values in zip(*(columns[k] for k in keys), strict=True)
    ]
