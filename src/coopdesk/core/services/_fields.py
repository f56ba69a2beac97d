"""Reading the values people type into typed, validated field values."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from coopdesk.core.errors import ValidationError
from coopdesk.core.timezones import check_timezone
from coopdesk.core.typed import parse_amount

E = TypeVar("E", bound=StrEnum)
Coercer = Callable[[Any, str], Any]

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# Invisible characters copied along with names from web pages and PDFs (zero-width
# space, word joiner, a stray byte-order mark); the joiners scripts need are kept.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EMAIL_LINES = re.compile(_EMAIL.pattern, re.MULTILINE)
_EMAIL_MAX = 320


def clean_text(value: Any) -> str:
    """Trim ordinary and non-breaking spaces and fold runs of them into one."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() and "  " not in text and text == text.strip():
        return text  # the common case: nothing to clean
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def text(max_len: int, *, required: bool = False) -> Coercer:
    def coerce(value: Any, field: str) -> str | None:
        out = clean_text(value) if value is not None else ""
        if out == "":
            if required:
                raise ValidationError("field.required", field)
            return None
        if len(out) > max_len:
            raise ValidationError("field.too_long", field, length=len(out), max=max_len)
        return out

    return coerce


def long_text(value: Any, field: str) -> str | None:
    if value is None:
        return None
    out = str(value).strip()
    return out or None


def enum(cls: type[E], *, required: bool = True) -> Coercer:
    def coerce(value: Any, field: str) -> E | None:
        if value is None or value == "":
            if required:
                raise ValidationError("field.required", field)
            return None
        try:
            return cls(value)
        except ValueError:
            raise ValidationError(
                "field.invalid_choice",
                field,
                value=value,
                choices=", ".join(m.value for m in cls),
            ) from None

    return coerce


def a_date(*, required: bool = False) -> Coercer:
    def coerce(value: Any, field: str) -> date | None:
        if value is None or value == "":
            if required:
                raise ValidationError("field.required", field)
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError("date.invalid", field, value=value) from None

    return coerce


def decimal(value: Any, field: str) -> Decimal | None:
    """An amount of money: a number, or text as the French type it (``12 500,50 €``);
    never in scientific notation (``1e6`` is refused, not read as a million)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError("amount.invalid", field, value=value)
    if isinstance(value, (int, Decimal, float)):
        out = Decimal(str(value))
        if not out.is_finite():
            raise ValidationError("amount.invalid", field, value=value)
    else:
        typed = str(value).strip()
        if typed == "":
            return None
        parsed = parse_amount(typed.lstrip("-−"))
        if parsed is not None and typed[0] in "-−":
            raise ValidationError("number.negative", field, value=value)
        if parsed is None:
            raise ValidationError("amount.invalid", field, value=value)
        out = parsed
    if out < 0:
        raise ValidationError("number.negative", field, value=value)
    if abs(out) >= Decimal("1e12"):
        raise ValidationError("number.too_large", field, value=value)
    if out != out.quantize(Decimal("0.01")):
        raise ValidationError("amount.cents", field, value=value)
    return out.quantize(Decimal("0.01"))


def count(value: Any, field: str) -> int | None:
    """A non-negative whole number (a capacity, a rank)."""
    if value is None or value == "":
        return None
    try:
        out = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError("number.invalid", field, value=value) from None
    if isinstance(value, bool) or out < 0:
        raise ValidationError("number.negative", field, value=value)
    if out > 2_000_000_000:
        raise ValidationError("number.too_large", field, value=value)
    return out


def capacity(value: Any, field: str) -> int | None:
    """A number of seats: empty when there is no limit, never 0 (a room for nobody)."""
    out = count(value, field)
    if out == 0:
        raise ValidationError("capacity.zero", field, value=value)
    return out


def timezone(*, required: bool = True) -> Coercer:
    def coerce(value: Any, field: str) -> str | None:
        if (value is None or value == "") and not required:
            return None
        return check_timezone(value, field)

    return coerce


def country(value: Any, field: str) -> str | None:
    out = clean_text(value).upper() if value is not None else ""
    if out == "":
        return None
    if not re.fullmatch(r"[A-Z]{2}", out):
        raise ValidationError("country.invalid", field, value=value)
    return out


def email(value: Any, field: str) -> str | None:
    out = clean_text(value) if value is not None else ""
    if out == "":
        return None
    if not _EMAIL.match(out) or len(out) > _EMAIL_MAX:
        raise ValidationError("email.invalid", field, value=value)
    return out


def all_emails(texts: list[str]) -> bool:
    """Whether :func:`email` accepts every one of ``texts`` (already clean) as it is,
    checked over the whole list at once: one address per line of the joined text."""
    if not texts:
        return True
    joined = "\n".join(texts)
    return (
        joined.count("\n") == len(texts) - 1
        and max(map(len, texts)) <= _EMAIL_MAX
        and len(_EMAIL_LINES.findall(joined)) == len(texts)
    )


def languages(value: Any, field: str) -> str:
    """Language codes as a comma-separated string: ``"fr,en"``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return _language_string(value, field)
    return _languages(value, field)


@lru_cache(maxsize=256)
def _language_string(value: str, field: str) -> str:
    return _languages(value.split(","), field)


def _languages(items: Iterable[Any], field: str) -> str:
    codes: list[str] = []
    for item in items:
        code = clean_text(item).lower()
        if not code:
            continue
        if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", code):
            raise ValidationError("language.invalid", field, value=item)
        if code not in codes:
            codes.append(code)
    return ",".join(codes)


def boolean(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError("field.invalid_choice", field, value=value, choices="true, false")


def coerce_all(
    changes: Mapping[str, Any], spec: Mapping[str, Coercer], entity: str
) -> dict[str, Any]:
    """Validate every field of ``changes`` against ``spec`` (unknown fields refused)."""
    for field in changes:
        if field not in spec:
            raise ValidationError("field.unknown", field, entity=entity)
    out: dict[str, Any] = {}
    refused: list[ValidationError] = []
    for field, value in changes.items():  # every refusal at once, for a form to show
        try:
            out[field] = spec[field](value, field)
        except ValidationError as error:
            refused.append(error)
    if refused:
        raise ValidationError.together(refused)
    return out
