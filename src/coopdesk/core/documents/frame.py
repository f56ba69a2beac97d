"""What every document shares: the authority, the event, the date and page numbers.

Each page of a programme or a list carries the authority's logo and name at the
top, and at the foot the date it was printed, the event and "page 1 / 3" — so a
loose sheet found on a table still says what it is and how current it is.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, BinaryIO

from babel import Locale
from babel.dates import format_date
from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader, asBytes  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    PDFDictionary,
    PDFName,
    PDFStream,
)
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from coopdesk.core.db import Database
from coopdesk.core.documents.fonts import base_font
from coopdesk.core.documents.report import DocumentWarning, WarningLog
from coopdesk.core.documents.typeset import LEADING, Block, TextStyle, draw_block, fit
from coopdesk.core.documents.words import check_language, word
from coopdesk.core.services import events, organisations
from coopdesk.core.values import EventView

GREY = HexColor("#555555")
RULE = HexColor("#999999")
MARGIN = 15 * mm


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """The authority and the event as every page of a document shows them."""

    language: str
    authority: str
    logo: Any | None  # a reportlab ImageReader
    event: EventView
    event_dates: str
    printed_on: str


def event_dates(start: date, end: date, language: str) -> str:
    """``23–24 octobre 2023`` style dates of an event, in ``language``."""
    if start == end:
        return format_date(start, "d MMMM y", locale=language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, 'd MMMM y', locale=language)}"
    first = "d MMMM" if start.year == end.year else "d MMMM y"
    return f"{format_date(start, first, locale=language)} – " + format_date(
        end, "d MMMM y", locale=language
    )


def country_name(code: str | None, language: str) -> str:
    """The country of an ISO code in ``language`` (the code itself if unknown)."""
    if not code:
        return ""
    name = Locale.parse(language).territories.get(code.upper())
    return str(name) if name else code


def _logo(db: Database, log: WarningLog) -> Any | None:
    found = organisations.get_authority_logo(db)
    if found is None:
        return None
    try:
        reader = ImageReader(io.BytesIO(found[0]))
        reader.getSize()
    except Exception:  # reportlab and Pillow raise many kinds for a bad image
        log.add(DocumentWarning("documents.logo_unreadable"))
        return None
    return reader


def document_context(
    db: Database, event_id: int, language: str, log: WarningLog, today: date | None = None
) -> DocumentContext:
    """Read once what every page of a document about ``event_id`` needs."""
    check_language(language)
    event = events.get_event(db, event_id)
    authority = organisations.get_authority(db)
    return DocumentContext(
        language=language,
        authority=authority.name if authority else "",
        logo=_logo(db, log),
        event=event,
        event_dates=event_dates(event.start_date, event.end_date, language),
        printed_on=format_date(today or date.today(), "long", locale=language),
    )


def draw_logo(canvas: Any, logo: Any, x: float, y: float, width: float, height: float) -> float:
    """Draw ``logo`` in the box at (x, y) keeping its proportions; returns the width used."""
    w, h = logo.getSize()
    scale = min(width / w, height / h)
    canvas.drawImage(logo, x, y + (height - h * scale) / 2, w * scale, h * scale, mask="auto")
    return float(w * scale)


def _one_line(
    canvas: Any,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    log: WarningLog,
    *,
    bold: bool = False,
    align: str = "left",
    colour: Color = GREY,
    lines: int = 1,
) -> None:
    block = fit(
        text, width, size * LEADING * lines + 0.1, TextStyle(size, size * 0.75, bold, lines)
    )
    log.note_missing(text, block.missing)
    anchor = {"left": x, "center": x + width / 2, "right": x + width}[align]
    draw_block(canvas, block, anchor, top, align, colour)


# The header strip: the logo in a box at most this size, then the authority's name
# and the event side by side, each on at most two lines.
LOGO_BOX = (35 * mm, 12 * mm)
_HEADER_GAP = 6 * mm
_AUTHORITY_SIZE, _EVENT_SIZE = 9.0, 8.0


@lru_cache(maxsize=32)
def _header_blocks(authority: str, event: str, room: float, height: float) -> tuple[Block, Block]:
    """The authority's name and the event set side by side in ``room`` x ``height``.

    The room is shared at the point, from a third to two thirds, where the smaller of
    the two texts is largest, then where they take the fewest lines: a short name keeps
    its one line and leaves the rest to a long title, two long texts share it evenly.
    """
    styles = (
        TextStyle(_AUTHORITY_SIZE, _AUTHORITY_SIZE * 0.75, True, 2),
        TextStyle(_EVENT_SIZE, _EVENT_SIZE * 0.75, False, 2),
    )
    best: tuple[tuple[float, int, float], tuple[Block, Block]] | None = None
    for step in range(8, 17):
        share = room * step / 24
        first = fit(authority, share, height, styles[0]) if authority else Block((), 0)
        second = fit(event, room - share, height, styles[1])
        scale = min(first.size / styles[0].size if authority else 1.0, second.size / styles[1].size)
        # Ties go to the split nearest the middle.
        score = (scale, -(len(first.lines) + len(second.lines)), -abs(step - 12))
        if best is None or score > best[0]:
            best = (score, (first, second))
    assert best is not None
    return best[1]


def draw_header(canvas: Any, ctx: DocumentContext, log: WarningLog) -> float:
    """The logo, the authority's name and the event with its dates at the top of the
    page, side by side and never over each other; returns the y of the strip's bottom."""
    width, height = canvas._pagesize
    top = height - 10 * mm
    strip = LOGO_BOX[1]
    left = MARGIN
    if ctx.logo is not None:
        left += draw_logo(canvas, ctx.logo, MARGIN, top - strip, *LOGO_BOX) + 4 * mm
    # The dates stay whole on one line (no-break spaces between day, month and year).
    dates = ctx.event_dates.replace(" ", "\u00a0")
    event = f"{ctx.event.title}\u00a0— {dates}"  # the dash never starts a line
    room = width - MARGIN - left - _HEADER_GAP
    blocks = _header_blocks(ctx.authority, event, room, strip)
    log.note_missing(ctx.authority, blocks[0].missing)
    log.note_missing(event, blocks[1].missing)
    # Both texts start on the same line, the taller one centred in the strip.
    first = top - (strip - max(b.height for b in blocks)) / 2
    draw_block(canvas, blocks[0], left, first, "left", Color(0, 0, 0))
    draw_block(canvas, blocks[1], width - MARGIN, first, "right", GREY)
    return float(top - strip)


def draw_frame(canvas: Any, ctx: DocumentContext, page: int, pages: int, log: WarningLog) -> None:
    """Header (logo, authority, event) and footer (date, page x / n) of a page."""
    width, _ = canvas._pagesize
    inner = width - 2 * MARGIN
    canvas.saveState()
    rule = draw_header(canvas, ctx, log) - 2 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    canvas.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
    foot = 11.5 * mm
    language = ctx.language
    side = 45 * mm  # date and page number are short; the event gets the middle
    _one_line(
        canvas, word("printed_on", language, date=ctx.printed_on), MARGIN, foot, side, 7.5, log
    )
    # A long title takes a second line rather than shrinking out of sight.
    _one_line(
        canvas,
        ctx.event.title,
        MARGIN + side + 2 * mm,
        foot,
        inner - 2 * side - 4 * mm,
        7.5,
        log,
        align="center",
        lines=2,
    )
    _one_line(
        canvas,
        word("page", language, page=page, pages=pages),
        width - MARGIN - side,
        foot,
        side,
        7.5,
        log,
        align="right",
    )
    canvas.restoreState()


def new_canvas(out: str | BinaryIO, pagesize: tuple[float, float], title: str, author: str) -> Any:
    """A reportlab canvas whose only fonts are the shipped, embedded ones."""
    canvas = Canvas(
        out,
        pagesize=pagesize,
        initialFontName=base_font(),
        initialFontSize=10,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("coopdesk")
    return canvas


def numbered_canvas(ctx: DocumentContext, log: WarningLog) -> type:
    """A canvas class for platypus that draws the frame once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or base_font()
            kwargs.setdefault("pageCompression", 1)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_frame(self, ctx, number, total, log)
                super().showPage()
            super().save()

    return NumberedCanvas


def finish_page(canvas: Any) -> None:
    """End the page and compress its content now rather than when the file is saved.

    reportlab keeps every page's drawing operators as text until ``save``; badge
    sheets are thousands of QR rectangles a page, so holding them compressed keeps
    a 10,000-badge run in a fraction of the memory.
    """
    canvas.showPage()
    page = canvas._doc.Pages.pages[-1]
    stream = PDFStream(
        PDFDictionary({"Filter": PDFName("FlateDecode")}),
        zlib.compress(asBytes(page.stream)),
    )
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None
