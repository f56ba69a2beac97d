"""Join PDFs page after page into one file, holding only the part being added.

reportlab keeps every page of a canvas in memory until it saves, so a long document
is drawn as a series of small PDFs (a few dozen pages each) that are added here one
at a time: each part's objects are renumbered and written to the output at once,
and only the page tree, the cross-reference table and the trailer wait for the end.
Memory therefore depends on the size of a part, not on the length of the document.

Each part embeds its own font subsets; their six-letter subset tags are rewritten
so that two different subsets never share a name in the joined file.
"""

from __future__ import annotations

import hashlib
import io
import re
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

_CATALOG, _PAGES, _INFO = 1, 2, 3
_SUBSET = re.compile(r"^/([A-Z]{6})\+(.+)$")
_FONT_NAME_KEYS = {"/BaseFont", "/FontName"}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _tag(number: int) -> str:
    letters = []
    for _ in range(6):
        number, digit = divmod(number, 26)
        letters.append(_LETTERS[digit])
    return "".join(reversed(letters))


def _untag(tag: str) -> int:
    number = 0
    for letter in tag:
        number = number * 26 + _LETTERS.index(letter)
    return number


def _resolved(obj: PdfObject) -> PdfObject:
    found = obj.get_object()
    if found is None:
        raise ValueError(f"PDF object {obj!r} is missing")
    return found


class PdfJoiner:
    """Writes the pages of successive PDFs to ``out`` as one document.

    ``add`` each part (the bytes of a complete PDF) in order, then ``close``; the
    document information (title, author…) is taken from the first part.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._position = 0
        self._offsets: list[int | None] = [None, None, None]  # catalog, pages, info
        self._kids: list[int] = []
        self._parts = 0
        self._digest = hashlib.md5(usedforsecurity=False)
        self._emit(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    @property
    def pages(self) -> int:
        return len(self._kids)

    def _emit(self, data: bytes) -> None:
        self._out.write(data)
        self._position += len(data)
        self._digest.update(data)

    def _reserve(self) -> int:
        self._offsets.append(None)
        return len(self._offsets)

    def _write_object(self, number: int, body: bytes) -> None:
        self._offsets[number - 1] = self._position
        self._emit(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def add(self, pdf: bytes) -> None:
        """Append every page of ``pdf`` with all it uses (fonts, images, resources)."""
        reader = PdfReader(io.BytesIO(pdf))
        numbers: dict[int, int] = {}
        pending: list[tuple[int, IndirectObject]] = []
        retag = self._parts * 26**3

        def number_of(ref: IndirectObject) -> int:
            new = numbers.get(ref.idnum)
            if new is None:
                new = numbers[ref.idnum] = self._reserve()
                pending.append((new, ref))
            return new

        def write(obj: PdfObject, stream: io.BytesIO, key: str | None = None) -> None:
            if isinstance(obj, IndirectObject):
                stream.write(b"%d 0 R" % number_of(obj))
            elif isinstance(obj, DictionaryObject):
                stream.write(b"<<")
                for name, value in obj.items():
                    if name == "/Length" and isinstance(obj, StreamObject):
                        continue
                    NameObject(name).write_to_stream(stream)
                    stream.write(b" ")
                    write(value, stream, name)
                    stream.write(b"\n")
                if isinstance(obj, StreamObject):
                    data = obj._data
                    stream.write(b"/Length %d\n>>\nstream\n" % len(data))
                    stream.write(data)
                    stream.write(b"\nendstream")
                else:
                    stream.write(b">>")
            elif isinstance(obj, ArrayObject):
                stream.write(b"[")
                for item in obj:
                    stream.write(b" ")
                    write(item, stream)
                stream.write(b" ]")
            elif key in _FONT_NAME_KEYS and isinstance(obj, NameObject):
                match = _SUBSET.match(obj)
                if match is not None:
                    tag = _tag(retag + _untag(match.group(1)))
                    obj = NameObject(f"/{tag}+{match.group(2)}")
                obj.write_to_stream(stream)
            else:
                obj.write_to_stream(stream)

        def flush() -> None:
            while pending:
                new, ref = pending.pop()
                body = io.BytesIO()
                write(_resolved(ref), body)
                self._write_object(new, body.getvalue())

        if not self._parts and "/Info" in reader.trailer:
            body = io.BytesIO()
            write(_resolved(reader.trailer["/Info"]), body)
            self._write_object(_INFO, body.getvalue())
            flush()
        for page in reader.pages:
            new = self._reserve()
            self._kids.append(new)
            body = io.BytesIO()
            body.write(b"<<")
            for name, value in page.items():
                if name == "/Parent":
                    continue
                NameObject(name).write_to_stream(body)
                body.write(b" ")
                write(value, body, name)
                body.write(b"\n")
            body.write(b"/Parent %d 0 R\n>>" % _PAGES)
            self._write_object(new, body.getvalue())
            flush()
        self._parts += 1

    def close(self) -> None:
        """Write the page tree, the catalog, the cross-reference table and the trailer."""
        kids = b" ".join(b"%d 0 R" % kid for kid in self._kids)
        self._write_object(
            _PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self._kids), kids)
        )
        self._write_object(_CATALOG, b"<< /Type /Catalog /Pages %d 0 R >>" % _PAGES)
        if self._offsets[_INFO - 1] is None:
            self._write_object(_INFO, b"<< /Producer (coopdesk) >>")
        start = self._position
        size = len(self._offsets) + 1
        table = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        for offset in self._offsets:
            if offset is None:  # every reserved number is written before closing
                raise RuntimeError("PDF object reserved but never written")
            table.append(b"%010d 00000 n \n" % offset)
        uid = self._digest.hexdigest().encode()
        self._emit(b"".join(table))
        self._emit(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <%s> <%s> ] >>\n"
            % (size, _CATALOG, _INFO, uid, uid)
            + b"startxref\n%d\n%%%%EOF\n" % start
        )
