"""Writing lists as .xlsx workbooks or as CSV files that French Excel opens.

A workbook gets what people expect of a list they will print, sort and forward:
bold headers on a frozen first row, an auto-filter, column widths that fit the
content (East Asian characters count double), dates and times as real Excel
values (so they sort and filter), one sheet per part (one per hotel for a rooming
list). A CSV is ``;``-separated UTF-8 with a byte-order mark, dates written the
French way; several parts become one table with the part's name in a first column.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from coopdesk.core.errors import ValidationError
from coopdesk.core.files import publish
from coopdesk.core.oserrors import os_reason
from coopdesk.core.progress import NO_PROGRESS, Progress

_FORMATS = {datetime: "DD/MM/YYYY HH:MM", date: "DD/MM/YYYY", time: "HH:MM"}
_CSV_FORMATS = {datetime: "%d/%m/%Y %H:%M", date: "%d/%m/%Y", time: "%H:%M"}
_MAX_WIDTH = 60
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Sheet:
    """One part of a list: a title, column headers and rows of plain values
    (``str``, numbers, ``date``, naive local ``datetime``, ``time`` or ``None``)."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]


def _kind(value: Any) -> type | None:
    for kind in (datetime, date, time):
        if isinstance(value, kind):
            return kind
    return None


def _width(value: Any) -> int:
    kind = _kind(value)
    if kind is not None:
        return len(_CSV_FORMATS[kind]) + 4
    text = "" if value is None else str(value)
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_TITLE_BAD.sub(" ", title).strip() or "Liste"
    base = base[:31]
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate


def write_xlsx(
    sheets: Sequence[Sheet], path: Path, part_header: str = "", progress: Progress = NO_PROGRESS
) -> Path:
    """Write ``sheets`` as a workbook (one worksheet each, at least one); with a
    ``part_header``, a first column under it names each row's part in full (a sheet's
    name is cut at 31 characters: two long hotel names could read alike)."""
    if part_header:
        sheets = [
            Sheet(s.title, (part_header, *s.headers), [(s.title, *row) for row in s.rows])
            for s in sheets
        ]
    progress.begin(sum(len(s.rows) for s in sheets))
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    used: set[str] = set()
    bold = Font(bold=True)
    for part in sheets or [Sheet("Liste", (), [])]:
        ws = book.create_sheet(_sheet_title(part.title, used))
        ws.append(list(part.headers))
        for cell in ws[1]:
            cell.font = bold
        widths = [_width(h) for h in part.headers]
        for row in part.rows:
            ws.append(list(row))
            for index, value in enumerate(row):
                widths[index] = max(widths[index], _width(value))
            progress.advance()
        for column in ws.iter_cols(min_row=2):
            for cell in column:
                value = cell.value
                if type(value) is str:
                    if value.startswith("="):  # text someone typed, never a formula
                        cell.data_type = "s"
                    continue
                kind = _kind(value)
                if kind is not None:
                    cell.number_format = _FORMATS[kind]
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = min(width + 2, _MAX_WIDTH)
        ws.freeze_panes = "A2"
        if part.headers:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(part.headers))}{len(part.rows) + 1}"
    return _save(book.save, path)


# Text a spreadsheet would take for a formula when it opens the CSV file: it gets an
# apostrophe first, as Excel shows text typed that way (the import takes it off).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_value(value: Any) -> Any:
    if type(value) is str:
        return f"'{value}" if value.startswith(FORMULA_STARTS) else value
    kind = _kind(value)
    return value.strftime(_CSV_FORMATS[kind]) if kind is not None else value


def write_csv(
    sheets: Sequence[Sheet], path: Path, part_header: str = "", progress: Progress = NO_PROGRESS
) -> Path:
    """Write ``sheets`` as one ``;``-separated UTF-8 (BOM) table; with a
    ``part_header``, a first column under it holds each row's part title (the hotel
    of a rooming list)."""
    several = bool(part_header)
    progress.begin(sum(len(s.rows) for s in sheets))

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            headers = sheets[0].headers if sheets else ()
            first = ((part_header,) if several else ()) + tuple(headers)
            writer.writerow(tuple(map(_csv_value, first)))
            for part in sheets:
                # Every column is guarded, the part's title too (a hotel named "=…").
                prefix = (_csv_value(part.title),) if several else ()
                for row in part.rows:
                    writer.writerow(prefix + tuple(map(_csv_value, row)))
                    progress.advance()

    return _save(write, path)


def _save(write: Callable[[Path], object], path: Path) -> Path:
    """Write through ``write`` into a temporary file beside ``path``, renamed to it
    once whole: a failure (a full disk, the file open in Excel) leaves the file that
    was there as it was, and no half-written one."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent
        )
        os.close(handle)
        partial = Path(name)
        try:
            write(partial)
            publish(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    except OSError as exc:
        raise ValidationError(
            "export.write_failed", None, path=str(path), reason=os_reason(exc)
        ) from exc
    return path


def write_document(
    sheets: Sequence[Sheet], path: Path, part_header: str = "", progress: Progress = NO_PROGRESS
) -> Path:
    """Write ``sheets`` in the format the file name asks for (.xlsx or .csv); a CSV
    names each row's part in a first column headed ``part_header``, if given."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(sheets, path, part_header, progress)
    if suffix == ".csv":
        return write_csv(sheets, path, part_header, progress)
    raise ValidationError("export.unknown_format", None, path=str(path))
