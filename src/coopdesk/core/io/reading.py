"""Reading a participant list from an .xlsx or a .csv file into rows of cells.

CSV files come as offices produce them: French Excel writes ``;``-separated
Windows-1252, other tools ``,``-separated UTF-8 with or without a byte-order mark, or
tab-separated text. The encoding and the delimiter are guessed and reported, and the
caller may impose either when the guess is wrong. An .xlsx is read in openpyxl's
read-only mode (large lists stay fast), cell values as Excel computed them.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.bulk import few_collections

# What French Excel writes ("CSV (séparateur : point-virgule)"): the fallback when a
# file is not UTF-8 and the detector only knows it is some Western single-byte text.
WINDOWS_FRENCH = "cp1252"
_DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_LINES = 60
_DETECTOR_SAMPLE = 64 * 1024  # plenty for names and places, and quick to analyse
# Encodings charset-normalizer may propose that we trust as they are; any other
# single-byte Latin guess is read as Windows-1252, which is what offices use.
_TRUSTED = frozenset(
    {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "cp1251", "koi8_r", "koi8_u", "mac_cyrillic"}
    | {"shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "gb2312", "big5", "euc_kr"}
    | {"cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "iso8859_7"}
)


@dataclass(frozen=True)
class Table:
    """The rows of a sheet as read (cells as openpyxl or the csv module give them),
    with how a CSV was decoded so the user can correct the guess."""

    source: str
    rows: Sequence[Sequence[Any]]
    encoding: str | None = None
    delimiter: str | None = None


def read_table(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """The rows of ``path``: an .xlsx (its first or named sheet) or a CSV file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "import.file_unreadable", None, path=str(path), reason=str(exc)
        ) from exc
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(data, source=path.name, sheet=sheet)
    return read_csv(data, source=path.name, encoding=encoding, delimiter=delimiter)


def read_xlsx(data: bytes, *, source: str = "", sheet: str | None = None) -> Table:
    """The rows of a workbook's first (or named) sheet, in read-only mode."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError("import.not_a_workbook", None, path=source) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ValidationError("import.no_such_sheet", None, sheet=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        # Some tools write a wrong "used range"; read the rows as they really are.
        worksheet.reset_dimensions()
        with few_collections():
            rows = list(worksheet.iter_rows(values_only=True))
    except ValidationError:
        raise
    except Exception as exc:  # a damaged workbook: openpyxl raises many things
        raise ValidationError("import.not_a_workbook", None, path=source) from exc
    finally:
        book.close()
    return Table(source=source, rows=rows)


def read_csv(
    data: bytes, *, source: str = "", encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """The rows of a CSV file, its encoding and delimiter guessed unless given."""
    text, encoding = decode(data, encoding)
    if delimiter is None:
        delimiter = guess_delimiter(text)
    elif len(delimiter) != 1:
        raise ValidationError("import.bad_delimiter", None, value=delimiter)
    try:
        rows = list(map(tuple, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))
    except csv.Error as exc:
        raise ValidationError("import.csv_unreadable", None, path=source, reason=str(exc)) from exc
    return Table(source=source, rows=rows, encoding=encoding, delimiter=delimiter)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding used: the given one (strictly), a BOM's,
    UTF-8 if it decodes, else the detector's guess (Windows-1252 for Western text)."""
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValidationError("import.encoding_unknown", None, encoding=encoding) from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise ValidationError(
                "import.encoding_wrong", None, encoding=encoding, position=exc.start
            ) from None
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:_DETECTOR_SAMPLE]).best()
    name = codecs.lookup(best.encoding).name.replace("-", "_") if best is not None else ""
    guess = name if name in _TRUSTED else WINDOWS_FRENCH
    try:
        return data.decode(guess), guess
    except UnicodeDecodeError:
        # Bytes Windows-1252 leaves undefined: keep reading, show them as U+FFFD.
        return data.decode(WINDOWS_FRENCH, errors="replace"), WINDOWS_FRENCH


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the top lines into the most rows of one same width
    (wider rows first): robust to commas inside French text and to title lines."""
    sample = "\n".join(text[:_DETECTOR_SAMPLE].splitlines()[:_SAMPLE_LINES])
    best, best_score = _DELIMITERS[0], (0, 0)
    for candidate in _DELIMITERS:
        if candidate not in sample:
            continue
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=candidate) if r]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=lambda w: (wide.count(w), w))
        score = (wide.count(common), common)
        if score > best_score:
            best, best_score = candidate, score
    return best
