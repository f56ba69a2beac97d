"""Which column holds what: the header row of a sheet and the mapping guessed for it.

Headers are recognised whatever their accents, case and spacing (``"N° de
vol/train"``, ``"E-mail"``, ``"Tél."``; see :mod:`coopdesk.core.io.header_names`).
Lists often start with a merged title and blank lines: the header row is the first
of the top rows that names the most known fields. A header that names no known field
is left for the user to map, unless its values say what it holds
(:mod:`coopdesk.core.io.column_values`); the mapping they confirm
(:mod:`coopdesk.core.io.mapping`) is remembered for the next file with the same
headers (:mod:`coopdesk.core.io.remembered`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coopdesk.core.errors import ValidationError
from coopdesk.core.io import platforms
from coopdesk.core.io.column_values import VALUE_SAMPLE, guess_by_values
from coopdesk.core.io.header_names import BRACKETS, FIELD_HEADERS, classify, recognise
from coopdesk.core.io.mapping import ColumnMapping, ColumnReason, reason_text
from coopdesk.core.io.parsers import as_text, fold
from coopdesk.core.io.remembered import read_mapping_file, remember_mapping, remembered_fields

__all__ = [
    "FIELD_HEADERS",
    "ColumnMapping",
    "ColumnReason",
    "classify",
    "find_header_row",
    "guess_mapping",
    "read_mapping_file",
    "reason_text",
    "recognise",
    "remember_mapping",
    "remembered_fields",
]


_SCAN_ROWS = 30


def _score(row: Sequence[Any]) -> int:
    return len({recognise(text) for text in map(as_text, row) if text} - {None})


def find_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """The index of the header row: the first of the top rows that names the most
    known fields (at least two), below any merged title and blank lines."""
    best, best_score = -1, 1
    for index, row in enumerate(rows[:_SCAN_ROWS]):
        score = _score(row)
        if score > best_score:
            best, best_score = index, score
    if best < 0:
        raise ValidationError("import.no_header", None, rows=min(len(rows), _SCAN_ROWS))
    return best


def _first_row_of_titles(rows: Sequence[Sequence[Any]]) -> int | None:
    """The first of the top rows with at least two texts and nothing else: the header
    row of a list whose headers are none coopdesk knows (in Ukrainian, in Japanese)."""
    for index, row in enumerate(rows[:_SCAN_ROWS]):
        cells = [cell for cell in row if cell not in (None, "")]
        if len(cells) >= 2 and all(isinstance(cell, str) for cell in cells):
            return index
    return None


def guess_mapping(rows: Sequence[Sequence[Any]]) -> ColumnMapping:
    """The mapping of a sheet: a remembered one for its shape, else the recognised
    headers (the user maps or ignores the rest), each with why. When no header is
    recognised, the first row of titles is the header row, every column left for the
    user to map.

    Two headers naming one field: the attendee's rather than the buyer's or the form
    respondent's ("Attendee email" rather than the order's "Email"), then the more
    precise one ("Nom de famille" rather than "Nom"). The values then correct what
    headers cannot say: a "Titre" of job titles is a function, a column of names in
    another script beside the romanised ones is the name in its own script."""
    try:
        index = find_header_row(rows)
    except ValidationError:
        titles = _first_row_of_titles(rows)
        if titles is None:
            raise
        index = titles
    headers = tuple(as_text(cell) for cell in rows[index])
    while headers and not headers[-1]:
        headers = headers[:-1]
    platform = platforms.platform_of(headers)
    remembered = remembered_fields(headers)
    if remembered is not None:
        kept = tuple(ColumnReason(platforms.REMEMBERED, f) for f in remembered)
        return ColumnMapping(index + 1, headers, remembered, kept, platform)
    fields, reasons = _by_headers(headers)
    body = rows[index + 1 : index + 1 + VALUE_SAMPLE]
    guess_by_values(headers, fields, reasons, body)
    return ColumnMapping(index + 1, headers, tuple(fields), tuple(reasons), platform)


def _by_headers(headers: Sequence[str]) -> tuple[list[str | None], list[ColumnReason]]:
    """Each column's field and reason from its header alone."""
    respondents = platforms.respondent_columns(headers)
    fields: list[str | None] = []
    reasons: list[ColumnReason] = []
    for column, header in enumerate(headers):
        if not header:
            field, code = None, platforms.UNKNOWN
        else:
            field, code = classify(header, fields)
        if column in respondents and field is not None:
            code = platforms.RESPONDENT
        fields.append(field)
        reasons.append(ColumnReason(code, field))
    # One column per field: the attendee's first, then the most precise header. The
    # buyer's or respondent's columns only count when no other column names anyone:
    # then the buyer or respondent is the attendee.
    parties = (platforms.BUYER, platforms.RESPONDENT)
    names = {"full_name", "first_name", "last_name", "native_name"}
    named = any(
        field in names and reason.code not in parties
        for field, reason in zip(fields, reasons, strict=True)
    )
    by_field: dict[str, list[int]] = {}
    for column, field in enumerate(fields):
        if field is not None:
            by_field.setdefault(field, []).append(column)
    for field, columns in by_field.items():
        own = [c for c in columns if reasons[c].code not in parties]
        winner: int | None
        if own:
            weights = [len(fold(BRACKETS.sub(" ", headers[c])).split()) for c in own]
            winner = own[weights.index(max(weights))]
        elif not named:
            winner = columns[0]
            used = (
                platforms.BUYER_USED
                if reasons[winner].code == platforms.BUYER
                else platforms.RESPONDENT_USED
            )
            reasons[winner] = ColumnReason(used, field)
        else:
            winner = None
        for column in columns:
            if column == winner:
                continue
            fields[column] = None
            code = reasons[column].code
            if code not in parties:
                code = platforms.DUPLICATE
            other = headers[winner] if winner is not None else None
            reasons[column] = ColumnReason(code, field, other)
    return fields, reasons
