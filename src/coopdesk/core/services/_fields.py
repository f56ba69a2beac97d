"""Reading the values people type into typed, validated field values."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from coopdesk.core.errors import StaleEditError, ValidationError
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


def _norm(value: Any) -> Any:
    return ",".join(value) if isinstance(value, tuple) else value


@dataclass(frozen=True, slots=True)
class Clash:
    """One field a colleague changed that the user changes too: both values."""

    entity: str
    id: int
    label: str
    field: str
    theirs: Any
    mine: Any

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.entity, self.id, self.field)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the user chose for clashes already shown to them: their own value
    (``mine``) or the colleague's (``theirs``), by (entity, id, field)."""

    mine: frozenset[tuple[str, int, str]] = frozenset()
    theirs: frozenset[tuple[str, int, str]] = frozenset()

    def choice(self, clash: Clash) -> str | None:
        if clash.key in self.mine:
            return "mine"
        if clash.key in self.theirs:
            return "theirs"
        return None

    def choose(self, clashes: Iterable[Clash], keep: str) -> Resolution:
        keys = frozenset(c.key for c in clashes)
        if keep == "mine":
            return Resolution(self.mine | keys, self.theirs - keys)
        return Resolution(self.mine - keys, self.theirs | keys)


_NO_CHOICE = Resolution()
_RESOLUTION: ContextVar[Resolution | None] = ContextVar("coopdesk_resolution", default=None)


def current_resolution() -> Resolution:
    return _RESOLUTION.get() or _NO_CHOICE


@contextmanager
def resolving(resolution: Resolution) -> Iterator[None]:
    """Run a write again with the user's choices for the clashes they were shown."""
    token = _RESOLUTION.set(resolution)
    try:
        yield
    finally:
        _RESOLUTION.reset(token)


def stale_error(clashes: Sequence[Clash]) -> StaleEditError:
    """The error that shows the user both values of each clash."""
    first = clashes[0]
    fields = {c.field: (c.theirs, c.mine) for c in clashes if c.id == first.id}
    return StaleEditError(
        "record.changed",
        None,
        entity=first.entity,
        id=first.id,
        fields=fields,
        clashes=tuple(clashes),
    )


def stale_clashes(
    entity: str,
    entity_id: int,
    seen: Any | None,
    row: Any,
    changes: dict[str, Any],
    label: str = "",
) -> list[Clash]:
    """The clashes of ``changes`` with what someone else changed since ``seen`` was
    read, less those the user already settled: a field where they kept the
    colleague's value is taken out of ``changes``."""
    if seen is None or seen.version == row.version:
        return []
    out = []
    resolution = current_resolution()
    for field, mine in list(changes.items()):
        theirs = getattr(row, field)
        before = _norm(getattr(seen, field, theirs))
        if theirs != before and mine == before:
            # Sent as the user saw it, not changed by them: the colleague's value stays.
            del changes[field]
        elif theirs != before and theirs != mine:
            clash = Clash(entity, entity_id, label, field, theirs, mine)
            choice = resolution.choice(clash)
            if choice == "theirs":
                del changes[field]
            elif choice is None:
                out.append(clash)
    return out


def deletion_clashes(
    entity: str,
    entity_id: int,
    seen: Any | None,
    row: Any,
    fields: Iterable[str],
    label: str = "",
) -> tuple[list[Clash], bool]:
    """What a colleague changed since ``seen`` in a record the user deletes: the
    clashes still to show, and whether the user chose to keep the colleague's record."""
    if seen is None or seen.version == row.version:
        return [], False
    out, kept = [], False
    resolution = current_resolution()
    for field in fields:
        theirs = getattr(row, field)
        if theirs != _norm(getattr(seen, field, theirs)):
            clash = Clash(entity, entity_id, label, field, theirs, None)
            choice = resolution.choice(clash)
            if choice is None:
                out.append(clash)
            kept = kept or choice == "theirs"
    return out, kept


def check_stale(
    entity: str, entity_id: int, seen: Any | None, row: Any, changes: Mapping[str, Any]
) -> None:
    """Refuse ``changes`` to fields someone else changed since ``seen`` was read.

    ``seen`` is the value the user started editing from, ``row`` the record as it is
    now. Changes to other fields go through: two people editing different fields of
    the same record both keep their work. A clash the user settled
    (:func:`resolving`) goes through with their choice: ``changes``, when it is a
    dict, loses the fields where they kept the colleague's value.
    """
    data = changes if isinstance(changes, dict) else dict(changes)
    clashes = stale_clashes(entity, entity_id, seen, row, data)
    if clashes:
        raise stale_error(clashes)
