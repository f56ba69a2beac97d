"""Reading a CSV file: its encoding (UTF-8 with or without a byte-order mark,
Windows-1252 as French Excel writes it, or what a detector finds, lines of mixed
encodings), its delimiter, and its rows.
"""

from __future__ import annotations

import codecs
import csv
import io

from charset_normalizer import from_bytes

from coopdesk.core.errors import ValidationError
from coopdesk.core.io.sheet import MAX_COLUMNS, Table, trimmed_row

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
            trimmed_row(row, line, source) if len(row) > MAX_COLUMNS else row
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
