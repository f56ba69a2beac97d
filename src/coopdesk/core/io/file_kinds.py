"""Files people send that are not lists coopdesk reads (an Excel 97-2003 or an
encrypted workbook, an OpenDocument sheet, a picture, a web page named .xls, a blank
file), recognised by their first bytes and refused with what to do.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from coopdesk.core.errors import ValidationError

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, or an encrypted .xlsx
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_BLANK = re.compile(rb"[\s\x00,;\xef\xbb\xbf\xff\xfe]*")
_MARKUP = (b"<html", b"<!doctype html", b"<table", b"<?xml", b"<head", b"<body", b"<meta")


def is_blank(data: bytes) -> bool:
    """Nothing but spaces, byte-order marks and separators (an empty sheet saved as CSV)."""
    return _BLANK.fullmatch(data) is not None


def is_text(data: bytes) -> bool:
    """Whether ``data`` starts like text (a byte-order mark, or no NUL byte)."""
    head = data[:4096]
    return head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        b"\x00" not in head
    )


def refuse_other_kinds(data: bytes, source: str) -> None:
    """Refuse what is neither a workbook nor a CSV file, saying what it is."""
    if data.startswith(_OLE2):
        raise not_a_workbook_error(data, source)
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


def not_a_workbook_error(data: bytes, source: str) -> ValidationError:
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
    elif data[:4] in ZIP_SIGNATURES:
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
    elif is_text(data):
        refuse_other_kinds(data, source)
    return ValidationError(code, None, path=source)
