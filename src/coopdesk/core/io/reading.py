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
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from openpyxl import load_workbook

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.bulk import few_collections
from coopdesk.core.io.headers import find_header_row
from coopdesk.core.oserrors import os_reason

# What French Excel writes ("CSV (séparateur : point-virgule)"): the fallback when a
# file is not UTF-8 and the detector only knows it is some Western single-byte text.
WINDOWS_FRENCH = "cp1252"
_DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_LINES = 60
# What a participant list never exceeds: past these, a file is refused in a sentence
# before it can take minutes or gigabytes (a "zip bomb" workbook, a one-line CSV).
MAX_FILE_MB = 64
MAX_UNPACKED_MB = 256
MAX_RATIO = 200  # a workbook's XML compresses 5 to 30 times; past this, it is built to burst
MAX_COLUMNS = 1000
_MB = 1024 * 1024
_DETECTOR_SAMPLE = 64 * 1024  # plenty for names and places, and quick to analyse
# Encodings charset-normalizer may propose that we trust as they are; any other
# single-byte Latin guess is read as Windows-1252, which is what offices use.
_TRUSTED = frozenset(
    {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "cp1251", "koi8_r", "koi8_u", "mac_cyrillic"}
    | {"shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "gb2312", "big5", "euc_kr"}
    | {"cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "iso8859_7"}
)


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook as its tab shows it: its name, whether it is hidden
    (a list of drop-down values, say) and how many rows hold something."""

    name: str
    hidden: bool
    rows: int


@dataclass(frozen=True)
class Table:
    """The rows of a sheet as read (cells as openpyxl or the csv module give them),
    with how a CSV was decoded so the user can correct the guess, or for a workbook
    which sheet was read among all of its ``sheets``."""

    source: str
    rows: Sequence[Sequence[Any]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[SheetInfo, ...] = ()
    mixed_lines: tuple[int, ...] = ()
    other_encoding: str | None = None


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
    if _is_blank(data):
        raise ValidationError("import.file_empty", None, path=path.name)
    if len(data) > MAX_FILE_MB * _MB:
        size = round(len(data) / _MB)
        raise ValidationError(
            "import.file_too_big", None, path=path.name, size=size, limit=MAX_FILE_MB
        )
    if data[:4] in _ZIP or (path.suffix.lower() in _EXCEL_SUFFIXES and not _is_text(data)):
        return read_xlsx(data, source=path.name, sheet=sheet)
    _refuse_other_kinds(data, path.name)
    return read_csv(data, source=path.name, encoding=encoding, delimiter=delimiter)


def list_sheets(path: Path) -> tuple[SheetInfo, ...]:
    """The sheets of the workbook ``path`` in the order of its tabs (none for a CSV)."""
    data = _read_bytes(path)
    if data[:4] not in _ZIP:
        _refuse_other_kinds(data, path.name)
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
        raise _not_a_workbook(data, source) from exc


def _scan(worksheet: Any, *, keep: bool) -> tuple[list[tuple[Any, ...]], int]:
    """The rows of a sheet (if ``keep``) and how many of them hold something."""
    # Some tools write a wrong "used range"; read the rows as they really are.
    worksheet.reset_dimensions()
    rows: list[tuple[Any, ...]] = []
    count = 0
    with few_collections():
        for row in worksheet.iter_rows(values_only=True):
            if len(row) > MAX_COLUMNS:
                row = _trimmed(row, count + 1, worksheet.title)
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


# --- files that are not lists we read ----------------------------------------------------------

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, or an encrypted .xlsx
_EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_BLANK = re.compile(rb"[\s\x00,;\xef\xbb\xbf\xff\xfe]*")
_MARKUP = (b"<html", b"<!doctype html", b"<table", b"<?xml", b"<head", b"<body", b"<meta")


def _is_blank(data: bytes) -> bool:
    """Nothing but spaces, byte-order marks and separators (an empty sheet saved as CSV)."""
    return _BLANK.fullmatch(data) is not None


def _is_text(data: bytes) -> bool:
    """Whether ``data`` starts like text (a byte-order mark, or no NUL byte)."""
    head = data[:4096]
    return head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        b"\x00" not in head
    )


def _refuse_other_kinds(data: bytes, source: str) -> None:
    """Refuse what is neither a workbook nor a CSV file, saying what it is."""
    if data.startswith(_OLE2):
        raise _not_a_workbook(data, source)
    if data[:1024].lstrip().startswith(b"%PDF-"):
        raise ValidationError("import.pdf", None, path=source)
    if data.startswith(_IMAGES):
        raise ValidationError("import.image", None, path=source)
    head = data[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith(b"<") and any(tag in head for tag in _MARKUP):
        raise ValidationError("import.web_page", None, path=source)


def _not_a_workbook(data: bytes, source: str) -> ValidationError:
    """The most helpful refusal for a file openpyxl cannot open."""
    code = "import.not_a_workbook"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        code = "import.pdf"
    elif data.startswith(_IMAGES):
        code = "import.image"
    elif data.startswith(_OLE2):
        # A compound file: its directory names its streams, in UTF-16.
        if "EncryptedPackage".encode("utf-16-le") in data:
            code = "import.encrypted"
        elif any(f"{n}\x00".encode("utf-16-le") in data for n in ("Workbook", "\x00Book")):
            code = "import.old_excel"
    elif data[:4] in _ZIP:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
                kind = package.read("mimetype")[:80] if "mimetype" in names else b""
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
            names, kind = set(), b""
        if kind.startswith(b"application/vnd.oasis.opendocument"):
            code = "import.opendocument"
        elif "xl/workbook.bin" in names:
            code = "import.binary_workbook"
        elif "word/document.xml" in names:
            code = "import.word"
    elif _is_text(data):
        _refuse_other_kinds(data, source)
    return ValidationError(code, None, path=source)


def _trimmed(row: tuple[Any, ...], line: int, source: str) -> tuple[Any, ...]:
    """A row of more than ``MAX_COLUMNS`` cells without its blank ones at the end, or
    refused: a list of people is never that wide."""
    end = len(row)
    while end and row[end - 1] in (None, ""):
        end -= 1
    if end > MAX_COLUMNS:
        raise ValidationError(
            "import.too_many_columns",
            None,
            path=source,
            line=line,
            count=f"{end:,}".replace(",", "\u202f"),
            limit=MAX_COLUMNS,
        )
    return row[:end]


def read_csv(
    data: bytes, *, source: str = "", encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """The rows of a CSV file, its encoding and delimiter guessed unless given. A
    UTF-8 file with a few lines in Windows-1252 (two exports pasted together) is read
    line by line, and those lines are named in the table."""
    mixed: tuple[int, ...] = ()
    other = None
    found = None if encoding is not None else decode_mixed(data)
    if found is not None:
        text, mixed = found
        encoding, other = "utf-8", WINDOWS_FRENCH
    else:
        text, encoding = decode(data, encoding)
    if delimiter is None:
        delimiter = guess_delimiter(text)
    elif len(delimiter) != 1:
        raise ValidationError("import.bad_delimiter", None, value=delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(map(tuple, reader))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ValidationError(
                "import.cell_too_long",
                None,
                path=source,
                limit=csv.field_size_limit(),
                line=reader.line_num,
            ) from exc
        raise ValidationError("import.csv_unreadable", None, path=source, reason=str(exc)) from exc
    if rows and max(map(len, rows)) > MAX_COLUMNS:
        rows = [
            _trimmed(row, line, source) if len(row) > MAX_COLUMNS else row
            for line, row in enumerate(rows, start=1)
        ]
    return Table(
        source=source,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        mixed_lines=mixed,
        other_encoding=other,
    )


def decode_mixed(data: bytes) -> tuple[str, tuple[int, ...]] | None:
    """The text of a file that is UTF-8 but for some lines in Windows-1252, each line
    decoded in its own encoding, and those lines' numbers; ``None`` when the file is
    all UTF-8, or has no line in UTF-8 beyond plain ASCII."""
    body = data.removeprefix(codecs.BOM_UTF8)
    if body.isascii():
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    parts: list[str] = []
    odd: list[int] = []
    utf8 = False
    for number, line in enumerate(body.split(b"\n"), start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            parts.append(line.decode(WINDOWS_FRENCH, errors="replace"))
            odd.append(number)
    if not utf8 or not odd:
        return None
    return "\n".join(parts), tuple(odd)


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
