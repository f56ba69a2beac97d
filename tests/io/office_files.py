"""Files people really send instead of an .xlsx list, built as the programs that
write them do: an Excel 97-2003 workbook and a password-protected .xlsx (both OLE2
compound files), an OpenDocument spreadsheet, a binary .xlsb workbook; and
workbooks of several sheets as partner authorities and hotels fill them."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

_SECTOR = 512
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)  # name length, type, black
        + struct.pack("<III", _FREE, right, child)  # left, right sibling, child
        + b"\x00" * 36  # CLSID, state bits, creation and modification times
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: Sequence[tuple[str, bytes]]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) holding ``streams`` at its
    root, each padded to 4096 bytes so it lives in ordinary sectors."""
    datas = [data.ljust(4096, b"\x00") for _, data in streams]
    fat = [_FAT, _END]  # sector 0: this FAT, sector 1: the directory
    starts = []
    for data in datas:
        count = len(data) // _SECTOR
        first = len(fat)
        starts.append(first)
        fat += [*range(first + 1, first + count), _END]
    assert len(fat) <= _SECTOR // 4
    entries = [_entry("Root Entry", 5, 1 if streams else _FREE, _FREE, _END, 0)]
    for index, ((name, _), data) in enumerate(zip(streams, datas, strict=True), start=1):
        right = index + 1 if index < len(streams) else _FREE
        entries.append(_entry(name, 2, _FREE, right, starts[index - 1], len(data)))
    directory = b"".join(entries).ljust(_SECTOR, b"\x00")
    assert len(directory) == _SECTOR
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", 0, *([_FREE] * 108))
    )
    assert len(header) == _SECTOR
    fat_sector = struct.pack(f"<{_SECTOR // 4}I", *fat, *([_FREE] * (_SECTOR // 4 - len(fat))))
    return header + fat_sector + directory + b"".join(datas)


def old_excel_workbook() -> bytes:
    """An Excel 97-2003 (.xls) workbook: a BIFF8 "Workbook" stream in a compound file."""
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0x0DBB, 1996, 0, 0x06)
    eof = struct.pack("<HH", 0x000A, 0)
    return compound_file([("Workbook", bof + eof)])


def encrypted_workbook() -> bytes:
    """An .xlsx saved with a password: Excel wraps the encrypted package in a compound
    file beside its encryption information."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version='1.0'?><encryption/>"
    return compound_file([("EncryptionInfo", info), ("EncryptedPackage", b"\x93" * 600)])


def opendocument_spreadsheet(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    """An .ods as LibreOffice Calc writes it: its mimetype first and stored."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
        f"{cells}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        package.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def binary_workbook(path: Path) -> Path:
    """An Excel binary workbook (.xlsb): an OOXML package of .bin parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="'
            'application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
        )
        package.writestr("xl/workbook.bin", b"\x83\x01\x00\x84\x01\x00")
    return path


def workbook(path: Path, sheets: Sequence[tuple[str, str, Sequence[Sequence[Any]]]]) -> Path:
    """A workbook of ``(name, state, rows)`` sheets, state ``visible``, ``hidden`` or
    ``veryHidden``; the first one is the active tab, as when it was last saved."""
    book = Workbook()
    book.remove(book.worksheets[0])
    for name, state, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.sheet_state = state  # type: ignore[assignment]
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


INSTRUCTIONS = [
    ["Assises franco-québécoises — fiche d'inscription"],
    [],
    ["1. Remplissez la feuille « Inscriptions » : une ligne par personne."],
    ["2. Nom, prénom et courriel sont obligatoires ; la catégorie se choisit dans la liste."],
    ["Contact : relations internationales, ri@ville-exemple.fr"],
]
HEADER = ["Civilité", "Prénom", "Nom", "Nom en écriture d'origine", "Organisation", "Pays"]
INSCRIPTIONS = [
    ["Inscriptions — 6es Assises"],
    [],
    HEADER,
    ["Mme", "Hélène", "Lefèvre", None, "Ville de Poitiers", "France"],
    ["M.", "François", "Côté", None, "Ville de Québec", "Canada"],
]
KISHIWADA = [
    HEADER,
    ["M.", "Hiroshi", "Tanaka", "田中 博", "Ville de Kishiwada", "Japon"],
    ["Mme", "Yuki", "Sato", "佐藤 由紀", "Ville de Kishiwada", "Japon"],
    ["M.", "Kenji", "Mori", "森 健二", "Conservatoire de Kishiwada", "Japon"],
]
APOSTOLOVE = [
    HEADER,
    ["Mme", "Olena", "Kovalenko", "Олена Коваленко", "Apostolove, conseil municipal", "Ukraine"],
]
LOOKUPS = [
    ["Civilité", "Pays", "Catégorie"],
    ["M.", "France", "Élu"],
    ["Mme", "Japon", "Technicien"],
]


def partner_workbook(path: Path) -> Path:
    """What a partner authority sends back: instructions first, the registrations,
    one sheet per delegation, the hidden drop-down values and an empty "Feuil2"."""
    return workbook(
        path,
        [
            ("Lisez-moi", "visible", INSTRUCTIONS),
            ("Listes", "hidden", LOOKUPS),
            ("Inscriptions", "visible", INSCRIPTIONS),
            ("Délégation Kishiwada", "visible", KISHIWADA),
            ("Делегація Апостолове", "visible", APOSTOLOVE),
            ("Feuil2", "visible", []),
        ],
    )
