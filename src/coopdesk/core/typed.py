"""Dates, times and amounts as people type them into a field.

A date is read in the order the interface shows it (day first in French and British
English): ``12/10/2026``, ``12/10/26``, ``12.10.2026``, ``12 10 2026``, ``12/10`` (the
year of the reference date), ``12102026``, ``121026``, ``1210``, ``12 octobre 2026``,
and always ``2026-10-12``. A time: ``14h30``, ``14:30``, ``14.30``, ``14 h``, ``9h``,
``9``, ``1430``, ``midi``, ``minuit``, ``2:30 pm``. An amount as the French write it:
``12 500,50 €``, ``12500``, ``1 000,5``, ``12.500,50`` (and ``12,500.50``); never in
scientific notation. Each reader returns ``None`` for what it cannot read: the caller
says so beside the field rather than guessing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from decimal import Decimal, InvalidOperation

_SEPARATED = re.compile(r"^(\d{1,4})[/.\-\s]+(\d{1,2})(?:[/.\-\s]+(\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(?:[^\W\d]+\.?\s+)?(\d{1,2})(?:er)?\s+([^\W\d]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_MONTHS = {
    # French and English month names and their usual abbreviations, without accents
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
_TIME = re.compile(r"^(\d{1,2})\s*(?:[h:.]\s*(\d{2})?|heures?)?\s*(am|pm|a\.m\.|p\.m\.)?$")
_TIME_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")
_TIME_WORDS = {
    "midi": time(12, 0),
    "noon": time(12, 0),
    "minuit": time(0, 0),
    "midnight": time(0, 0),
}
_CURRENCY = re.compile(r"\s*(€|eur|euros?)\s*$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_PLAIN_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")


def _fold(text: str) -> str:
    """Lower case without accents: ``Février`` → ``fevrier``."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _year(text: str | None, reference: date) -> int:
    """A typed year; two digits are a year of ``reference``'s century, or of the one
    before when that would be more than 20 years ahead (``26`` is 2026 in 2026, ``58``
    is 1958: a date of birth, not a date in 2058)."""
    if text is None:
        return reference.year
    if len(text) == 4:
        return int(text)
    year = reference.year // 100 * 100 + int(text)
    return year - 100 if year > reference.year + 20 else year


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, reference: date, *, day_first: bool = True) -> date | None:
    """The date ``text`` says, or ``None``; a missing year is ``reference``'s."""
    raw = _fold(text)
    if not raw:
        return None
    if match := _ISO.match(raw):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if raw.isdigit() and len(raw) in (4, 6, 8):
        first, second, rest = raw[:2], raw[2:4], raw[4:] or None
        day, month = (first, second) if day_first else (second, first)
        return _date(_year(rest, reference), int(month), int(day))
    if match := _SEPARATED.match(raw):
        first, second, year = match[1], match[2], match[3]
        if len(first) > 2:
            return None
        day, month = (first, second) if day_first else (second, first)
        return _date(_year(year, reference), int(month), int(day))
    if match := _WORDS.match(raw):
        month_number = _MONTHS.get(match[2])
        if month_number is None:
            return None
        return _date(_year(match[3], reference), month_number, int(match[1]))
    return None


def parse_time(text: str) -> time | None:
    """The time of day ``text`` says, or ``None``."""
    raw = _fold(text).replace(" ", "")
    if not raw:
        return None
    if raw in _TIME_WORDS:
        return _TIME_WORDS[raw]
    if match := _TIME_DIGITS.match(raw):
        hour, minute, suffix = int(match[1]), int(match[2]), None
    elif match := _TIME.match(raw):
        hour, minute, suffix = int(match[1]), int(match[2] or 0), match[3]
    else:
        return None
    if suffix is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_amount(text: str) -> Decimal | None:
    """An amount of money as typed (``12 500,50 €``), or ``None``: digits, one
    decimal separator, groups of thousands; no exponent, no sign."""
    raw = _SPACES.sub("", _CURRENCY.sub("", text.strip()))
    if not raw:
        return None
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, cents = raw.rpartition(decimal_mark)
        if not re.fullmatch(r"\d{1,3}(" + re.escape(group_mark) + r"\d{3})*", whole):
            return None
        raw = whole.replace(group_mark, "") + "." + cents
    elif "," in raw:
        if raw.count(",") > 1:
            if not re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
                return None
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(",", ".")
    elif raw.count(".") > 1:
        if not _GROUPED.match(raw):
            return None
        raw = raw.replace(".", "")
    if not _PLAIN_NUMBER.match(raw):
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None
