"""What looks wrong in a list that reads without error: warnings the preview shows
with their rows, that the user reads and accepts before anything is written.

- dates of the journey or the stay far from the event (a date read in the wrong
  order, a year typed wrong), a birth date to come, a passport expired by the event;
- one e-mail given to several people (the colleague who registered a delegation);
- the same person twice in the file (only the first row is imported);
- a name column that holds no person's names (countries, products, numbers);
- lines of a CSV file decoded otherwise than the rest (a Windows-1252 line in a
  UTF-8 file).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.dates import AROUND_EVENT
from coopdesk.core.io.parsers import as_text
from coopdesk.core.messages import describe, user_language
from coopdesk.core.timezones import to_local

_LINES_SHOWN = 12


# How many of what a warning counts: French one and many, English one and many.
_NOUNS = {
    "import.warn.date_far": ("date", "dates", "date", "dates"),
    "import.warn.birth_date": (
        "date de naissance improbable",
        "dates de naissance improbables",
        "unlikely date of birth",
        "unlikely dates of birth",
    ),
    "import.warn.passport_expires": (
        "date d'expiration de passeport avant la fin de l'événement",
        "dates d'expiration de passeport avant la fin de l'événement",
        "passport expiry date before the end of the event",
        "passport expiry dates before the end of the event",
    ),
}


@dataclass(frozen=True)
class RowWarning:
    """Something that looks wrong: its code (``import.warn.…``), the lines concerned
    (as Excel shows them; none for a whole column), the column's header."""

    code: str
    lines: tuple[int, ...]
    column: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def describe(self, language: str | None = None) -> str:
        """ "Lignes 4, 9 — colonne « Arrivée » : 2 dates loin de l'événement…"."""
        lang = language or user_language()
        english = lang == "en"
        values = dict(self.values)
        count = int(values.get("count", len(self.lines)))
        noun = _NOUNS.get(self.code)
        if noun is not None:
            one = count == 1
            values["count_text"] = (
                f"{count} {noun[2] if one else noun[3]}"
                if english
                else f"{count} {noun[0] if one else noun[1]}"
            )
        if isinstance(values.get("examples"), tuple):
            quote = "“{}”" if english else "« {} »"
            values["examples"] = ", ".join(quote.format(t) for t in values["examples"])
        if isinstance(values.get("names"), tuple):
            names = [str(n) for n in values["names"]]
            last = names.pop()
            values["names"] = ", ".join(names) + (" and " if english else " et ") + last
        if "how" in values:
            values["how"] = {
                "email": ("même courriel", "same e-mail"),
                "name": ("même nom et même organisation", "same name and organisation"),
                "directory": ("la même personne de l'annuaire", "the same person in the directory"),
            }[values["how"]][english]
        text = describe(ValidationError(self.code, None, **values), lang)
        where = _lines_text(self.lines, english)
        if self.column:
            column = f"column “{self.column}”" if english else f"colonne « {self.column} »"
            where = f"{where}, {column}" if where else column[0].upper() + column[1:]
        if not where:
            return text
        return f"{where}: {text}" if english else f"{where} : {text}"


def _lines_text(lines: Sequence[int], english: bool) -> str:
    if not lines:
        return ""
    shown = [str(n) for n in lines[:_LINES_SHOWN]]
    more = len(lines) - len(shown)
    if len(shown) == 1:
        return f"Row {shown[0]}" if english else f"Ligne {shown[0]}"
    if more:
        tail = f" and {more} more" if english else f" et {more} autres"
        return ("Rows " if english else "Lignes ") + ", ".join(shown) + tail
    joined = ", ".join(shown[:-1]) + (" and " if english else " et ") + shown[-1]
    return ("Rows " if english else "Lignes ") + joined


def _local_day(value: Any, timezone: str) -> date | None:
    """The day of a stored UTC instant in the event's time zone, or a plain day."""
    if isinstance(value, datetime):
        return to_local(value, timezone).date()
    if isinstance(value, date):
        return value
    return None


def dates_far_from_event(
    lines: Sequence[int],
    columns: Mapping[str, list[Any]],
    headers: Mapping[str, str],
    start: date,
    end: date,
    timezone: str,
    undecided: frozenset[str] = frozenset(),
) -> list[RowWarning]:
    """The dates of the journey and the stay far from the event, a column at a time
    (instants seen in the event's ``timezone``); the ``undecided`` fields, whose date
    order is still to choose, are left until it is."""
    low, high = start - AROUND_EVENT, end + AROUND_EVENT
    found: list[RowWarning] = []
    for name in ("arrival_at", "departure_at", "check_in", "check_out"):
        values = columns.get(name)
        if values is None or name in undecided:
            continue
        # The instants of a long list repeat: each day is looked at once.
        days = {v: _local_day(v, timezone) for v in dict.fromkeys(values) if v is not None}
        far = {v for v, d in days.items() if d is not None and not low <= d <= high}
        if not far:
            continue
        positions = [p for p, v in enumerate(values) if v in far]
        example = days[values[positions[0]]]
        found.append(
            RowWarning(
                "import.warn.date_far",
                tuple(lines[p] for p in positions),
                headers.get(name) or headers.get(name.replace("_at", "_date")),
                {
                    "count": len(positions),
                    "start": f"{start:%d/%m/%Y}",
                    "end": f"{end:%d/%m/%Y}",
                    "example": f"{example:%d/%m/%Y}" if example else "",
                },
            )
        )
    births = columns.get("birth_date")
    if births is not None:
        today = date.today()
        odd = [p for p, d in enumerate(births) if d is not None and (d > today or d.year < 1900)]
        if odd:
            found.append(
                RowWarning(
                    "import.warn.birth_date",
                    tuple(lines[p] for p in odd),
                    headers.get("birth_date"),
                    {"count": len(odd), "example": f"{births[odd[0]]:%d/%m/%Y}"},
                )
            )
    expiries = columns.get("passport_expiry")
    if expiries is not None:
        expired = [p for p, d in enumerate(expiries) if d is not None and d < end]
        if expired:
            found.append(
                RowWarning(
                    "import.warn.passport_expires",
                    tuple(lines[p] for p in expired),
                    headers.get("passport_expiry"),
                    {
                        "count": len(expired),
                        "end": f"{end:%d/%m/%Y}",
                        "example": f"{expiries[expired[0]]:%d/%m/%Y}",
                    },
                )
            )
    return found


_SAMPLE = 300


def _not_a_person(text: str, lone_words: bool) -> bool:
    from coopdesk.core.io.vocabularies import parse_country

    if "@" in text or any(c.isdigit() for c in text):
        return True
    letters = [c for c in text if c.isalpha()]
    cased = any(c.isupper() or c.islower() for c in letters)
    if lone_words and cased and len(text.split()) == 1:
        return True
    try:
        return parse_country(text) is not None
    except ValidationError:
        return False


def not_people(
    rows: Sequence[Sequence[Any]], first: int, column: int, header: str, lone_words: bool
) -> RowWarning | None:
    """A warning when most names of the column do not look like people's: countries,
    numbers, e-mails, or (``lone_words``: a single whole-name column) single words."""
    texts: list[str] = []
    for row in rows[first:]:
        if column < len(row):
            text = as_text(row[column])
            if text:
                texts.append(text)
        if len(texts) >= _SAMPLE * 4:
            break
    distinct = list(dict.fromkeys(texts))[:_SAMPLE]
    if not distinct:
        return None
    odd = [t for t in distinct if _not_a_person(t, lone_words)]
    if len(odd) * 2 < len(distinct) or (len(distinct) < 2 and len(texts) < 2):
        return None
    return RowWarning("import.warn.not_people", (), header, {"examples": tuple(odd[:3])})
