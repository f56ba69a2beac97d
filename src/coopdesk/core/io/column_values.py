"""What a column's values say when its header does not: job titles, names in another
script beside romanised ones, e-mail addresses, categories, the respondents of a
form rather than its buyer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coopdesk.core.errors import ValidationError
from coopdesk.core.io import platforms
from coopdesk.core.io.header_names import TICKET_HEADERS
from coopdesk.core.io.mapping import ColumnReason
from coopdesk.core.io.parsers import as_text, fold

VALUE_SAMPLE = 300


def _texts(body: Sequence[Sequence[Any]], column: int) -> list[str]:
    texts = [as_text(row[column]) for row in body if column < len(row)]
    return [text for text in texts if text]


def _other_script(text: str) -> bool:
    """Letters, none of them Latin: a name written in Cyrillic, Japanese, Arabic…"""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(ord(c) >= 0x370 for c in letters)


def _name_like(text: str) -> bool:
    return "@" not in text and not any(c.isdigit() for c in text) and len(text.split()) <= 6


def guess_by_values(
    headers: Sequence[str],
    fields: list[str | None],
    reasons: list[ColumnReason],
    body: Sequence[Sequence[Any]],
) -> None:
    """Correct the fields of ``headers`` from the values under them (in place)."""
    _romanised_beside_native(headers, fields, reasons, body)
    given = set(fields) - {None}
    for column, field in enumerate(fields):
        texts = _texts(body, column)
        if not texts:
            continue
        example = texts[0]
        if field == "civility":
            odd = [t for t in texts if not platforms.looks_like_civility(t)]
            if len(odd) * 2 > len(texts):  # "Conseiller municipal": a job title
                target = None if "function" in given else "function"
                fields[column] = target
                reasons[column] = ColumnReason(platforms.JOB_TITLES, "function", None, odd[0])
                given.discard("civility")
                given |= {target} - {None}
        elif field == "category" and fold(headers[column]) in TICKET_HEADERS:
            if not all(_is_category(t) for t in texts):
                bad = next(t for t in texts if not _is_category(t))
                fields[column] = None
                reasons[column] = ColumnReason(platforms.NOT_CATEGORIES, "category", None, bad)
                given.discard("category")
        elif _native_candidate(field, reasons[column], given) and not (
            field is None and _names_already_native(fields, body)
        ):
            native = [t for t in texts if _other_script(t) and _name_like(t)]
            # The same value on many rows is a city or a body ("岸和田市"), not people.
            repeated = len(set(native)) * 5 < len(native) * 4
            if len(native) * 2 > len(texts) and not repeated:
                fields[column] = "native_name"
                reasons[column] = ColumnReason(
                    platforms.NATIVE_SCRIPT, "native_name", None, native[0]
                )
                given.add("native_name")
                if field is not None:
                    given.discard(field)
        elif (
            field is None
            and reasons[column].code == platforms.UNKNOWN
            and "email" not in given
            and all(_EMAIL.fullmatch(t) for t in texts)
        ):
            fields[column] = "email"
            reasons[column] = ColumnReason(platforms.EMAILS, "email", None, example)
            given.add("email")
    if "email" not in given:
        _respondents_themselves(fields, reasons, body)


def _respondents_themselves(
    fields: list[str | None], reasons: list[ColumnReason], body: Sequence[Sequence[Any]]
) -> None:
    """A self-registration form: the e-mail a form tool collected from whoever filled
    it in is the participant's when no question asks for one, every row has its own
    address (a colleague registering several people repeats theirs) and, where the
    tool also gives the respondent's name (Microsoft Forms), it is the participant's
    on every row."""
    column = next(
        (
            c
            for c, reason in enumerate(reasons)
            if reason.code == platforms.RESPONDENT and reason.field == "email"
        ),
        None,
    )
    if column is None:
        return
    rows = [row for row in body if column < len(row) and as_text(row[column])]
    texts = [as_text(row[column]) for row in rows]
    if not texts or not all(_EMAIL.fullmatch(t) for t in texts):
        return
    if len({t.casefold() for t in texts}) != len(texts):
        return
    respondent_name = next(
        (
            c
            for c, reason in enumerate(reasons)
            if reason.code == platforms.RESPONDENT and reason.field == "full_name"
        ),
        None,
    )
    if respondent_name is not None:
        full = fields.index("full_name") if "full_name" in fields else None
        parts = [fields.index(f) for f in ("first_name", "last_name") if f in fields]

        def attendee(row: Sequence[Any]) -> str:
            columns = [full] if full is not None else parts
            return " ".join(as_text(row[c]) for c in columns if c is not None and c < len(row))

        def same(one: str, other: str) -> bool:
            return sorted(fold(one).split()) == sorted(fold(other).split())

        if not all(
            respondent_name < len(row) and same(as_text(row[respondent_name]), attendee(row))
            for row in rows
        ):
            return
    fields[column] = "email"
    reasons[column] = ColumnReason(platforms.RESPONDENT_SELF, "email", None, texts[0])


_NAMES = frozenset({"full_name", "last_name", "first_name"})


def _mostly(texts: list[str], test: Any) -> bool:
    return bool(texts) and sum(1 for t in texts if test(t)) * 2 > len(texts)


def _names_already_native(fields: list[str | None], body: Sequence[Sequence[Any]]) -> bool:
    """Whether the columns that give the names hold them in their own script already
    (a Japanese list's "氏名"): no other column is then the names in that script."""
    columns = [c for c, f in enumerate(fields) if f in _NAMES]
    return bool(columns) and all(_mostly(_texts(body, c), _other_script) for c in columns)


def _romanised_beside_native(
    headers: Sequence[str],
    fields: list[str | None],
    reasons: list[ColumnReason],
    body: Sequence[Sequence[Any]],
) -> None:
    """Two columns for the same name, one in its own script and one romanised ("氏名"
    and "ローマ字氏名", "Прізвище / Nom" and "Nom"): the romanised one gives the name;
    a whole name in its own script becomes the name in that script."""
    for field in ("full_name", "last_name", "first_name"):
        if field not in fields:
            continue
        winner = fields.index(field)
        second = next(
            (
                c
                for c, reason in enumerate(reasons)
                if reason.code == platforms.DUPLICATE and reason.field == field
            ),
            None,
        )
        if second is None:
            continue
        native, latin = _texts(body, winner), _texts(body, second)
        if not (_mostly(native, _other_script) and _mostly(latin, lambda t: not _other_script(t))):
            continue
        fields[second] = field
        reasons[second] = ColumnReason(platforms.HEADER, field)
        if field == "full_name" and "native_name" not in fields:
            example = next(t for t in native if _other_script(t))
            fields[winner] = "native_name"
            reasons[winner] = ColumnReason(platforms.NATIVE_SCRIPT, "native_name", None, example)
        else:
            fields[winner] = None
            reasons[winner] = ColumnReason(platforms.DUPLICATE, field, headers[second])


def _native_candidate(field: str | None, reason: ColumnReason, given: set[str | None]) -> bool:
    """Whether a column may be the names in their own script beside romanised ones:
    a whole-name column ("氏名") while another column gives the names, or a column
    left aside (unknown header, or a second name column)."""
    if "native_name" in given:
        return False
    if field == "full_name":
        return bool(given & {"last_name", "first_name"})
    if field is not None:
        return False
    if reason.code == platforms.UNKNOWN:
        return bool(given & _NAMES)
    return reason.code == platforms.DUPLICATE and reason.field in _NAMES


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _is_category(text: str) -> bool:
    from coopdesk.core.io.vocabularies import parse_word

    try:
        parse_word("category", text)
    except ValidationError:
        return False
    return True
