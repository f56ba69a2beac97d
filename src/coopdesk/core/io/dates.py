"""Which comes first in a column's dates, the day or the month, decided from all of
its values and never guessed.

French lists write 05/10/2023 for 5 October; an American form (Google Forms in
English, Eventbrite in the United States) writes it for 10 May. A column is settled
by a value that fits one order only ("24/10/2023": the 24th day, "10/24/2023": the
24th of October); else by the user's choice; else by the other columns of the same
file (a form's timestamp column settles how the tool writes dates); else, for the
dates of the journey and the stay, by the one order that puts every date around the
event. A column still undecided is a question the preview asks, not a guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from coopdesk.core.io import platforms
from coopdesk.core.io.headers import ColumnMapping

DMY, MDY = "dmy", "mdy"
ORDERS = (DMY, MDY)
DATE_FIELDS = frozenset(
    {
        *("arrival_at", "arrival_date", "departure_at", "departure_date"),
        *("check_in", "check_out", "birth_date", "passport_expiry"),
    }
)
EVENT_FIELDS = frozenset(
    {"arrival_at", "arrival_date", "departure_at", "departure_date", "check_in", "check_out"}
)
# How far around the event a journey or a stay may fall.
AROUND_EVENT = timedelta(days=45)
_DISTINCT = 5000  # values looked at per column: plenty to find one that settles it

# Two numbers then a year (any separator), or two numbers joined by "/" (no year).
_PAIR = re.compile(r"(?:^|[\s,])(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/.\-])")

# Why a column's order is what it is.
VALUES, CHOICE, FILE, EVENT, AMBIGUOUS = "values", "choice", "file", "event", "ambiguous"


class DateOrder(NamedTuple):
    """How a column's dates are read: ``order`` is ``"dmy"`` or ``"mdy"``, or
    ``None`` while nothing settles it (the preview asks). ``field`` is ``None`` for
    a column read only as a clue (a form's timestamp). ``reason`` says what settled
    it: a value (``example``), the user's choice, another column (``other``) or the
    event's dates."""

    column: int
    header: str
    field: str | None
    order: str | None
    reason: str
    example: str | None = None
    other: str | None = None


class _Clues(NamedTuple):
    dmy: str | None  # a value only day-first reads
    mdy: str | None  # a value only month-first reads
    ambiguous: list[tuple[int, int, int | None, str]]  # (first, second, year, text)


def _clues(cells: Sequence[Any]) -> _Clues:
    dmy = mdy = None
    ambiguous: list[tuple[int, int, int | None, str]] = []
    seen = 0
    for cell in dict.fromkeys(cells):
        if type(cell) is not str or not cell:
            continue
        seen += 1
        if seen > _DISTINCT:
            break
        match = _PAIR.search(cell)
        if match is None or (match[4] is None and match[2] != "/"):  # "10.05": a time
            continue
        first, second = int(match[1]), int(match[3])
        if not (1 <= first <= 31 and 1 <= second <= 31):
            continue
        if first > 12 >= second:
            dmy = dmy or cell.strip()
        elif second > 12 >= first:
            mdy = mdy or cell.strip()
        elif first != second and first <= 12 and second <= 12:
            year = match[4]
            full_year = None
            if year:
                full_year = int(year) if len(year) == 4 else 2000 + int(year)
            ambiguous.append((first, second, full_year, cell.strip()))
    return _Clues(dmy, mdy, ambiguous)


def _fits_event(
    values: list[tuple[int, int, int | None, str]], order: str, start: date, end: date
) -> bool:
    low, high = start - AROUND_EVENT, end + AROUND_EVENT
    for first, second, year, _ in values:
        day, month = (first, second) if order == DMY else (second, first)
        years = [year] if year is not None else [start.year - 1, start.year, start.year + 1]
        fits = False
        for y in years:
            try:
                fits = fits or low <= date(y, month, day) <= high
            except ValueError:
                continue
        if not fits:
            return False
    return True


def decide_orders(
    rows: Sequence[Sequence[Any]],
    mapping: ColumnMapping,
    event_start: date | None = None,
    event_end: date | None = None,
    choice: str | None = None,
) -> tuple[DateOrder, ...]:
    """The order of every date column of ``rows`` whose values it matters for (and of
    the columns read as clues only); ``choice`` (``"dmy"`` or ``"mdy"``) answers the
    columns nothing else settles."""
    body = rows[mapping.header_line :]
    columns: list[tuple[int, str | None, _Clues]] = []
    for index, field in enumerate(mapping.fields):
        clue_only = field is None and mapping.reason(index).code == platforms.TIMESTAMP
        if field not in DATE_FIELDS and not clue_only:
            continue
        cells = [row[index] for row in body if index < len(row)]
        columns.append((index, field, _clues(cells)))
    settled: dict[int, tuple[str, str]] = {}  # column -> (order, example)
    for index, _field, clues in columns:
        if clues.dmy and not clues.mdy:
            settled[index] = (DMY, clues.dmy)
        elif clues.mdy and not clues.dmy:
            settled[index] = (MDY, clues.mdy)
    file_orders = {order for order, _ in settled.values()}
    file_order = next(iter(file_orders)) if len(file_orders) == 1 else None
    found: list[DateOrder] = []
    for index, field, clues in columns:
        header = mapping.headers[index]
        if index in settled:
            order, example = settled[index]
            found.append(DateOrder(index, header, field, order, VALUES, example))
            continue
        if clues.dmy and clues.mdy:  # both: most values tell; the others are refused
            found.append(DateOrder(index, header, field, DMY, VALUES, clues.dmy))
            continue
        if not clues.ambiguous or field is None:
            continue
        example = clues.ambiguous[0][3]
        if choice in ORDERS:
            found.append(DateOrder(index, header, field, choice, CHOICE, example))
        elif file_order is not None:
            other = next(mapping.headers[i] for i, (o, _) in settled.items() if o == file_order)
            found.append(DateOrder(index, header, field, file_order, FILE, example, other))
        elif field in EVENT_FIELDS and event_start is not None:
            end = event_end or event_start
            fits = [o for o in ORDERS if _fits_event(clues.ambiguous, o, event_start, end)]
            if len(fits) == 1:
                found.append(DateOrder(index, header, field, fits[0], EVENT, example))
            else:
                found.append(DateOrder(index, header, field, None, AMBIGUOUS, example))
        else:
            found.append(DateOrder(index, header, field, None, AMBIGUOUS, example))
    return tuple(found)


def month_first_columns(orders: Sequence[DateOrder]) -> frozenset[int]:
    """The columns to read month first."""
    return frozenset(o.column for o in orders if o.order == MDY and o.field is not None)


_TEXTS: Mapping[str, tuple[str, str]] = {
    VALUES: ("« {example} » le montre", "“{example}” shows it"),
    CHOICE: ("votre choix", "your choice"),
    FILE: (
        "comme la colonne « {other} » du même fichier",
        "as in the column “{other}” of the same file",
    ),
    EVENT: (
        "seul cet ordre place les dates autour de l'événement",
        "only this order puts the dates around the event",
    ),
    AMBIGUOUS: (
        "« {example} » peut se lire dans les deux ordres : choisissez jour/mois ou mois/jour",
        "“{example}” reads both ways: choose day/month or month/day",
    ),
}
_ORDER_NAMES = {
    DMY: ("jour/mois/année", "day/month/year"),
    MDY: ("mois/jour/année", "month/day/year"),
}


def describe_order(order: DateOrder, language: str = "fr") -> str:
    """ "Date d'arrivée : jour/mois/année (« 24/10/2023 » le montre)"."""
    english = language == "en"
    why = _TEXTS[order.reason][english].format(example=order.example or "", other=order.other or "")
    if order.order is None:
        return f"{order.header}: {why}" if english else f"{order.header} : {why}"
    name = _ORDER_NAMES[order.order][english]
    return f"{order.header}: {name} ({why})" if english else f"{order.header} : {name} ({why})"
