"""Reading cells as people type them: text, dates and times.

Offices fill lists by hand in French Excel, guests' offices in their own: dates come
as ``31/12/2023``, ``31.12.23``, ``3 juillet 2023``, ISO text, Excel date cells or bare
Excel serial numbers; phone numbers come as floats Excel made of them. Each parser
returns the typed value or raises a :class:`ValidationError` whose code says what is
wrong (``import.date_impossible`` for 31/06/2023, not a generic "invalid"), so the
preview can point at the cell. Dates in text are cached: a list repeats them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from coopdesk.core.errors import ValidationError
from coopdesk.core.services._fields import clean_text

_EXCEL_EPOCH = datetime(1899, 12, 30)
# Serial numbers of 1 January 1900 and 31 December 9999 in Excel's 1900 date system.
_SERIAL_MIN, _SERIAL_MAX = 1, 2_958_465

_NON_WORD = re.compile(r"[^0-9a-z]+")
_NON_WORD_ANY = re.compile(r"[\W_]+")
# Combining marks: accents, and the voicing marks of Japanese kana once decomposed.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]")


def fold(value: str) -> str:
    """Lower case, accents removed, runs of spaces and punctuation as one space.

    ``"Côte d’Ivoire"``, ``"COTE D'IVOIRE "`` and ``"cote-d-ivoire"`` all fold to
    ``"cote d ivoire"``; scripts other than Latin are kept as they are.
    """
    if value.isascii():
        lowered = value.lower()
        return lowered if lowered.isalnum() else _NON_WORD.sub(" ", lowered).strip()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", value)).casefold()
    # Letters and digits only (``\w`` is ``str.isalnum`` or ``_``): nothing to replace.
    return stripped if stripped.isalnum() else _NON_WORD_ANY.sub(" ", stripped).strip()


def fold_all(values: list[str]) -> list[str]:
    """:func:`fold` of every value, the Unicode work done once over the joined list
    (decomposition, accents and case never reach across a line break)."""
    joined = "\n".join(values)
    if joined.count("\n") != len(values) - 1:  # a value with a line break of its own
        return list(map(fold, values))
    if not joined.isascii():
        joined = _COMBINING.sub("", unicodedata.normalize("NFKD", joined)).casefold()
    else:
        joined = joined.lower()
    return (
        [
            value if value.isalnum() else _NON_WORD_ANY.sub(" ", value).strip()
            for value in joined.split("\n")
        ]
        if values
        else []
    )


_FORMULA_MARKS = frozenset("=+-@")


def as_text(cell: Any) -> str:
    """A cell as the text a person typed: ``33612345678.0`` becomes ``"33612345678"``.

    Excel stores numbers typed in a text column (phones, passport numbers, rooms) as
    floats; an integral float is shown without its ``.0``. Text keeps its leading
    ``+`` and zeros; ordinary and non-breaking spaces are trimmed.
    """
    if cell is None:
        return ""
    if isinstance(cell, str):
        # NUL never belongs in a list (and PostgreSQL refuses it in text).
        text = clean_text(cell.replace("\x00", "") if "\x00" in cell else cell)
        # An apostrophe before =, +, -, @ keeps a CSV cell from being read as a formula
        # (coopdesk's exports write it, as people type it in Excel): it is not the text.
        return text[1:] if text[:1] == "'" and text[1:2] in _FORMULA_MARKS else text
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e16:
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y %H:%M") if cell.time() != time() else f"{cell:%d/%m/%Y}"
    if isinstance(cell, date):
        return f"{cell:%d/%m/%Y}"
    return clean_text(str(cell))


# --- dates and times ----------------------------------------------------------------------

_MONTHS: Mapping[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("janvier", "janv", "january", "jan"),
            ("fevrier", "fevr", "fev", "february", "feb"),
            ("mars", "march", "mar"),
            ("avril", "avr", "april", "apr"),
            ("mai", "may"),
            ("juin", "june", "jun"),
            ("juillet", "juil", "july", "jul"),
            ("aout", "august", "aug"),
            ("septembre", "sept", "september", "sep"),
            ("octobre", "oct", "october"),
            ("novembre", "nov", "november"),
            ("decembre", "dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = frozenset(
    [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)

_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[/.](\d{1,2})")
_TIME = re.compile(
    r"(\d{1,2})\s*(?:(?:[:h]|(?<=\d)\.(?=\d{2}))\s*(\d{2})?)(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(?:(am|a\.m\.|pm|p\.m\.))?"
    r"|(\d{1,2})\s*(am|a\.m\.|pm|p\.m\.)"
)
_NAMED_TIMES: Mapping[str, time] = {
    "midi": time(12),
    "noon": time(12),
    "minuit": time(0),
    "midnight": time(0),
}
# Words around a date or a time that say nothing more: "le", "vers", "at", "env.".
_FILLERS = frozenset(
    ["le", "the", "on", "vers", "environ", "env", "around", "about", "approx", "a", "at", "h"]
)


def _year(text: str) -> int:
    """A two-digit year is the latest such year at most 20 years ahead: ``23`` is
    2023, a birth year ``75`` is 1975, a passport expiring in ``35`` expires in 2035."""
    year = int(text)
    if len(text) == 2:
        limit = date.today().year + 20
        year += (limit // 100) * 100
        if year > limit:
            year -= 100
    return year


def _make_date(year: int, month: int, day: int, value: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("import.date_impossible", None, value=value) from None


def _near(day: int, month: int, around: date | None, value: object) -> date:
    """A day and month without a year, in the year that puts it nearest ``around`` (an
    event's first day: "23/10" in a list for an event of 23 October 2023)."""
    if around is None:
        raise ValidationError("import.date_without_year", None, value=value)
    candidates = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValidationError("import.date_impossible", None, value=value)
    return min(candidates, key=lambda found: abs((found - around).days))


def _date_in_words(words: list[str], value: object, around: date | None) -> date | None:
    """``3 juillet 2023``, ``lundi 3 juillet 2023``, ``1er juillet 2023``, ``July 3, 2023``,
    ``3 juillet`` (the year of the event)."""
    words = [w for w in words if w not in _WEEKDAYS and w not in _FILLERS]
    if len(words) not in (2, 3):
        return None
    if words[0] in _MONTHS:  # English order: July 3 2023
        words = [words[1], words[0], *words[2:]]
    day, month = words[0].removesuffix("er").removesuffix("st").removesuffix("th"), words[1]
    day = day.removesuffix("nd").removesuffix("rd")
    if not (day.isdigit() and month in _MONTHS):
        return None
    if len(words) == 2:
        return _near(int(day), _MONTHS[month], around, value)
    year = words[2]
    if not (year.isdigit() and len(year) in (2, 4)):
        return None
    return _make_date(_year(year), _MONTHS[month], int(day), value)


def _serial(number: float, value: object) -> datetime:
    if not _SERIAL_MIN <= number <= _SERIAL_MAX:
        raise ValidationError("import.date_unreadable", None, value=value)
    return _EXCEL_EPOCH + timedelta(days=number)


@lru_cache(maxsize=4096)
def _date_from_text(text: str, around: date | None = None, mdy: bool = False) -> date:
    match = _NUMERIC_DATE.fullmatch(text)
    if match:
        day, month, year = match.groups()
        if mdy:
            day, month = month, day
        return _make_date(_year(year), int(month), int(day), text)
    match = _ISO_DATE.fullmatch(text)
    if match:
        year, month, day = match.groups()
        return _make_date(int(year), int(month), int(day), text)
    pieces = text.split()
    kept = [w for w in pieces if fold(w) not in _WEEKDAYS and fold(w) not in _FILLERS]
    if len(kept) == 1 and len(pieces) > 1:  # "lundi 23/10/2023", "le 23/10/2023"
        try:
            return _date_from_text(kept[0].rstrip(","), around, mdy)
        except ValidationError as exc:  # quote the cell as it is written
            raise ValidationError(exc.code, None, **{**exc.values, "value": text}) from None
    words = fold(text).split()
    match = _DAY_MONTH.fullmatch(text)
    if match:
        day, month = (match[2], match[1]) if mdy else (match[1], match[2])
        return _near(int(day), int(month), around, text)
    found = _date_in_words(words, text, around)
    if found is None:
        raise ValidationError("import.date_unreadable", None, value=text)
    return found


def parse_date(cell: Any, around: date | None = None, mdy: bool = False) -> date | None:
    """A calendar date from a date cell, an Excel serial number or French/ISO text.

    Day first, as in France: ``02/07/2023`` is 2 July (``mdy``: month first, as an
    American form writes it: 7 February). An impossible date such as
    ``31/06/2023`` is refused with ``import.date_impossible``. A day and month without
    a year (``23/10``, ``23 octobre``) take the year that puts them nearest ``around``,
    and are refused without it.
    """
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _serial(cell, cell).date()
    text = clean_text(str(cell))
    return _date_from_text(text, around, mdy) if text else None


def _time_from_text(text: str, value: object) -> time:
    """``10:35``, ``10h35``, ``10 h``, ``10.35``, ``2:30 pm``, ``2pm``, ``midi``."""
    text = " ".join(w for w in text.split() if w not in _FILLERS or w == "h")
    if text in _NAMED_TIMES:
        return _NAMED_TIMES[text]
    match = _TIME.fullmatch(text)
    if not match:
        raise ValidationError("import.datetime_unreadable", None, value=value)
    hour_text, minute, second, half, bare_hour, bare_half = match.groups()
    hour = int(hour_text or bare_hour)
    half = half or bare_half
    if half:
        if not 1 <= hour <= 12:
            raise ValidationError("import.time_impossible", None, value=value)
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    try:
        return time(hour, int(minute or 0), int(second or 0))
    except ValueError:
        raise ValidationError("import.time_impossible", None, value=value) from None


def parse_time(cell: Any) -> time | None:
    """A time of day: a time cell, a fraction of a day, ``10:35``, ``10h35``, ``10h``."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.time()
    if isinstance(cell, time):
        return cell
    if isinstance(cell, timedelta):
        cell = cell.total_seconds() / 86400
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if not 0 <= cell < 1:
            raise ValidationError("import.time_impossible", None, value=cell)
        return (datetime.min + timedelta(seconds=round(cell * 86400))).time()
    return _time_from_text(clean_text(str(cell)).lower(), cell)


# Where the time starts after a date: "à 10h35", " - 10:35", "T10:35", ", 2 pm", "midi".
_SPLIT_TIME = re.compile(
    r"(?:\s*[,\-–]\s*|\s+(?:a|à|at|vers|around)\s+|[ T]+)+"
    r"(?=(?:\d{1,2}\s*(?:[:h.]\d|h|am|pm|a\.m|p\.m)|midi|minuit|noon|midnight))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _datetime_from_text(text: str, around: date | None = None, mdy: bool = False) -> datetime:
    parts = _SPLIT_TIME.split(text, maxsplit=1)
    day = _date_from_text(parts[0].strip().rstrip(",").strip(), around, mdy)
    moment = _time_from_text(parts[1].strip().lower(), text) if len(parts) == 2 else time()
    return datetime.combine(day, moment)


def parse_datetime(cell: Any, around: date | None = None, mdy: bool = False) -> datetime | None:
    """A local date and time (naive): ``02/07/2023 10:35``, ``2023-07-02T10:35``,
    ``3 juillet 2023 à 10h35``, an Excel date-time cell or serial number.

    A date alone is read as midnight: lists often give the day of arrival before the
    flight is known.
    """
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.replace(tzinfo=None) if cell.tzinfo else cell
    if isinstance(cell, date):
        return datetime.combine(cell, time())
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _serial(cell, cell).replace(microsecond=0)
    text = clean_text(str(cell))
    return _datetime_from_text(text, around, mdy) if text else None


@lru_cache(maxsize=4096)
def _day_or_datetime_from_text(
    text: str, around: date | None = None, mdy: bool = False
) -> date | datetime:
    parts = _SPLIT_TIME.split(text, maxsplit=1)
    if len(parts) == 1:
        return _date_from_text(text, around, mdy)
    return _datetime_from_text(text, around, mdy)


def parse_day_or_datetime(
    cell: Any, around: date | None = None, mdy: bool = False
) -> date | datetime | None:
    """As :func:`parse_datetime`, but a day given without a time stays a :class:`date`
    (test it with ``type(value) is date``): "28/03/2026", a date cell, a whole Excel
    serial number. A time written out, even "00:00", gives a :class:`datetime`; an
    Excel date-time cell at exactly midnight is taken for a date cell."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        value = cell.replace(tzinfo=None) if cell.tzinfo else cell
        return value.date() if value.time() == time() else value
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        moment = _serial(cell, cell).replace(microsecond=0)
        return moment.date() if float(cell).is_integer() else moment
    text = clean_text(str(cell))
    return _day_or_datetime_from_text(text, around, mdy) if text else None
