"""Reading a participant list from an .xlsx or a .csv file into rows of cells.

CSV files come as offices produce them: French Excel writes ``;``-separated
Windows-1252, other tools ``,``-separated UTF-8 with or without a byte-order mark, or
tab-separated text. The encoding and the delimiter are guessed and reported, and the
caller may impose either when the guess is wrong. An .xlsx is read once, in
openpyxl's read-only mode (large lists stay fast), cell values as Excel computed
them; workbooks often hold more than the list (instructions first, a hidden sheet
of drop-down values, an empty "Feuil2"), so the sheet read is the one named, else
the first visible one with a recognised header row, and every sheet is listed with
its row count for the user to pick another. Files of other kinds people send (.xls,
.ods, a password-protected workbook, a web page named .xls) are refused with what
to do; a CSV file named .xlsx is read as the CSV file it is.

Here: the limits, opening a file, and workbooks; CSV text is read by
:mod:`coopdesk.core.io.csv_text`, other kinds of file are recognised by
:mod:`coopdesk.core.io.file_kinds`, and both give a :class:`~coopdesk.core.io.sheet.Table`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.collector import few_collections
from coopdesk.core.io.csv_text import (
    WINDOWS_FRENCH,
    decode,
    decode_mixed,
    guess_delimiter,
    read_csv,
)
from coopdesk.core.io.file_kinds import (
    EXCEL_SUFFIXES,
    ZIP_SIGNATURES,
    is_blank,
    is_text,
    not_a_workbook_error,
    refuse_other_kinds,
)
from coopdesk.core.io.headers import find_header_row
from coopdesk.core.io.sheet import MAX_COLUMNS, SheetInfo, Table, trimmed_row
from coopdesk.core.oserrors import os_reason

__all__ = [
    "MAX_COLUMNS",
    "WINDOWS_FRENCH",
    "SheetInfo",
    "Table",
    "decode",
    "decode_mixed",
    "guess_delimiter",
    "list_sheets",
    "read_csv",
    "read_table",
    "read_xlsx",
]


# What a participant list never exceeds: past these, a file is refused in a sentence
# before it can take minutes or gigabytes (a "zip bomb" workbook, a one-line CSV).
MAX_FILE_MB = 64
MAX_UNPACKED_MB = 256
MAX_RATIO = 200  # a workbook's XML compresses 5 to 30 times; past this, it is built to burst


_MB = 1024 * 1024


def read_table(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """The rows of ``path``: an .xlsx (the named sheet, else the one holding the
    list, see :func:`read_xlsx`) or a CSV file. A file of another kind (an old .xls,
    an .ods, a password-protected workbook, a web page, an empty file) is refused
    with a sentence that says what to do."""
    data = _read_bytes(path)
    if is_blank(data):
        raise ValidationError("import.file_empty", None, path=path.name)
    if len(data) > MAX_FILE_MB * _MB:
        size = round(len(data) / _MB)
        raise ValidationError(
            "import.file_too_big", None, path=path.name, size=size, limit=MAX_FILE_MB
        )
    if data[:4] in ZIP_SIGNATURES or (path.suffix.lower() in EXCEL_SUFFIXES and not is_text(data)):
        return read_xlsx(data, source=path.name, sheet=sheet)
    refuse_other_kinds(data, path.name)
    return read_csv(data, source=path.name, encoding=encoding, delimiter=delimiter)


def list_sheets(path: Path) -> tuple[SheetInfo, ...]:
    """The sheets of the workbook ``path`` in the order of its tabs (none for a CSV)."""
    data = _read_bytes(path)
    if data[:4] not in ZIP_SIGNATURES:
        refuse_other_kinds(data, path.name)
        return ()
    book = _open_workbook(data, path.name)
    try:
        return tuple(
            SheetInfo(ws.title, ws.sheet_state != "visible", _scan(ws, keep=False)[1])
            for ws in book.worksheets
        )
    except Exception as exc:  # a damaged workbook: openpyxl raises many things
        raise ValidationError("import.not_a_workbook", None, path=path.name) from exc
    finally:
        book.close()


def read_xlsx(data: bytes, *, source: str = "", sheet: str | None = None) -> Table:
    """The rows of one sheet of a workbook, read once in read-only mode: the sheet
    named ``sheet`` (hidden or not; exact name, else the only one that differs just
    by case or spaces), else the first visible sheet whose header row is recognised,
    else the first visible sheet that holds anything. Every sheet's row count comes
    with the table, so the user can pick another."""
    book = _open_workbook(data, source)
    try:
        worksheets = book.worksheets
        names = [ws.title for ws in worksheets]
        wanted = None if sheet is None else _sheet_named(sheet, names)
        if sheet is not None and wanted is None:
            raise ValidationError(
                "import.sheet_unknown",
                None,
                sheet=sheet,
                sheets=tuple(names),
                choices=", ".join(names),
            )
        infos: list[SheetInfo] = []
        chosen: tuple[str, list[tuple[Any, ...]]] | None = None
        fallback: tuple[str, list[tuple[Any, ...]]] | None = None
        for ws in worksheets:
            hidden = ws.sheet_state != "visible"
            candidate = ws.title == wanted if wanted else not hidden and chosen is None
            rows, count = _scan(ws, keep=candidate)
            infos.append(SheetInfo(ws.title, hidden, count))
            if not candidate or not count:
                continue
            if wanted or _has_header(rows):
                chosen = (ws.title, rows)
            elif fallback is None:
                fallback = (ws.title, rows)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged workbook: openpyxl raises many things
        raise ValidationError("import.not_a_workbook", None, path=source) from exc
    finally:
        book.close()
    chosen = chosen or fallback
    if chosen is None:
        filled = tuple(i.name for i in infos if i.rows)
        if wanted is None or not filled:
            raise ValidationError(
                "import.workbook_empty",
                None,
                path=source,
                sheets=tuple(names),
                choices=", ".join(names),
            )
        raise ValidationError(
            "import.sheet_empty", None, sheet=wanted, sheets=filled, choices=", ".join(filled)
        )
    return Table(source=source, rows=chosen[1], sheet=chosen[0], sheets=tuple(infos))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "import.file_unreadable", None, path=str(path), reason=os_reason(exc)
        ) from exc


def _check_package(data: bytes, source: str) -> None:
    """Refuse a workbook that would unpack to more than a list ever needs, from the
    sizes its zip directory declares (reading never goes past them)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return  # openpyxl's refusal says what the file is
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _MB and ratio > MAX_RATIO:
            raise ValidationError("import.workbook_suspicious", None, path=source, ratio=int(ratio))
    if total > MAX_UNPACKED_MB * _MB or len(members) > 10_000:
        raise ValidationError("import.workbook_too_big", None, path=source, limit=MAX_UNPACKED_MB)


def _open_workbook(data: bytes, source: str) -> Any:
    _check_package(data, source)
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # not a zip, not an OOXML package, or a damaged one
        raise not_a_workbook_error(data, source) from exc


def _scan(worksheet: Any, *, keep: bool) -> tuple[list[tuple[Any, ...]], int]:
    """The rows of a sheet (if ``keep``) and how many of them hold something."""
    # Some tools write a wrong "used range"; read the rows as they really are.
    worksheet.reset_dimensions()
    rows: list[tuple[Any, ...]] = []
    count = 0
    with few_collections():
        for row in worksheet.iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS:
                row = trimmed_row(row, count + 1, worksheet.title)
            if keep:
                rows.append(row)
            for cell in row:
                if cell is not None and (not isinstance(cell, str) or cell.strip()):
                    count += 1
                    break
    return rows, count


def _has_header(rows: Sequence[Sequence[Any]]) -> bool:
    try:
        find_header_row(rows)
    except ValidationError:
        return False
    return True


def _sheet_named(name: str, names: Sequence[str]) -> str | None:
    """The sheet ``name`` designates: itself, else the only one equal to it but for
    case and spaces (typed on a command line: ``--sheet inscriptions``)."""
    if name in names:
        return name
    key = " ".join(name.split()).casefold()
    close = [n for n in names if " ".join(n.split()).casefold() == key]
    return close[0] if len(close) == 1 else None
