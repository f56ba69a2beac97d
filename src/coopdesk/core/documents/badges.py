"""Badges: the name as the person wants it read, in every script, on any layout.

A badge shows the authority's logo and name and the event with its dates; then the
name (first name emphasised), the native-script name when it differs, function,
organisation and country; a colour band with the category written in it (colour is
never the only sign); and, if asked, a QR code holding only the participation's uid.
Pages are drawn one after another from an iterator, a few dozen on each reportlab
canvas, and every such part is written to the output as soon as it is done (see
``pdfjoin``): ten thousand badges need no more memory than one part of pages.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from math import ceil
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab.lib.colors import Color, HexColor, black, white  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from coopdesk.core.attendance import expected
from coopdesk.core.db import Database
from coopdesk.core.documents.fonts import country_hint
from coopdesk.core.documents.frame import (
    GREY,
    DocumentContext,
    country_name,
    document_context,
    draw_logo,
    finish_page,
    new_canvas,
)
from coopdesk.core.documents.layouts import BadgeLayout, get_layout
from coopdesk.core.documents.pdfjoin import PdfJoiner
from coopdesk.core.documents.qr import draw_qr
from coopdesk.core.documents.report import DocumentReport, WarningLog
from coopdesk.core.documents.typeset import Block, TextStyle, draw_block, fit
from coopdesk.core.documents.words import word
from coopdesk.core.enums import BadgeCategory
from coopdesk.core.errors import ValidationError
from coopdesk.core.labels import label
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services import participants
from coopdesk.core.services.categories import CategoryView, categories_by_code
from coopdesk.core.values import ParticipantView

# The colours of the categories coopdesk seeds (far apart for the colour-blind:
# Okabe–Ito and Tol), for a badge made without the office's own table; printed
# badges take their colour from the office's categories (services.categories).
CATEGORY_COLOURS: dict[str, Color] = {
    BadgeCategory.DELEGATE: HexColor("#0072B2"),
    BadgeCategory.ELECTED: HexColor("#D55E00"),
    BadgeCategory.OFFICER: HexColor("#009E73"),
    BadgeCategory.SPEAKER: HexColor("#882255"),
    BadgeCategory.ARTIST: HexColor("#E69F00"),
    BadgeCategory.GUEST: HexColor("#56B4E9"),
    BadgeCategory.PRESS: HexColor("#F0E442"),
    BadgeCategory.ORGANISATION: HexColor("#332288"),
    BadgeCategory.STAFF: HexColor("#5A5A5A"),
}
_GAP = 1.5 * mm
_NAME_LINES = 3  # a name wraps onto up to three lines...
_NAME_WRAP = 0.6  # ...once it would shrink below this part of its size on one line
_NAME_MIN = 9.0  # legible sizes (points) of the name and of the other lines
_TEXT_MIN = 5.5


@dataclass(frozen=True, slots=True)
class Badge:
    """What one badge prints (nothing else about the person reaches the page)."""

    uid: str
    first_name: str
    last_name: str
    native_name: str | None
    function: str | None
    organisation: str | None
    country: str | None
    category: str
    category_name: str | None = None  # the office's name for it (else the built-in word)
    colour: str | None = None  # "#RRGGBB" (else the built-in colour of the category)

    @classmethod
    def of(
        cls, p: ParticipantView, category: CategoryView | None = None, language: str = "fr"
    ) -> Badge:
        """The badge of ``p``; a guest named only in their own script has that name
        printed as the name, at the name's size. ``category`` is the office's record of
        the participant's category: its name and colour are printed."""
        named = bool(p.first_name.strip() or p.last_name.strip())
        return cls(
            p.uid,
            p.first_name,
            p.last_name if named else (p.native_name or ""),
            p.native_name if named else None,
            p.function,
            p.organisation,
            p.country,
            p.category,
            category.label(language) if category else None,
            category.colour if category else None,
        )

    @property
    def hint(self) -> str | None:
        return country_hint(self.country)


@dataclass(frozen=True, slots=True)
class BadgeOptions:
    layout: BadgeLayout
    back: bool = False
    cut_marks: bool = False
    qr: bool = True


def _text_colour(fill: Color) -> Color:
    luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
    return black if luminance > 0.5 else white


def _blocks(
    badge: Badge,
    ctx: DocumentContext,
    width: float,
    height: float,
    name_size: float,
    text_size: float,
) -> list[tuple[str, Block]]:
    """Each text of the badge and its setting, from the name down, the name at most
    ``name_size`` points and the other lines ``text_size``."""
    hint = badge.hint

    def name_style(bold: bool) -> TextStyle:
        # A long name shrinks a little on its line, then wraps: it stays the largest text.
        return TextStyle(
            name_size, min(name_size, _NAME_MIN), bold, _NAME_LINES, name_size * _NAME_WRAP
        )

    first = (
        fit(badge.first_name, width, height, name_style(True), hint)
        if badge.first_name.strip()
        else None
    )
    last = fit(badge.last_name, width, height, name_style(False), hint)
    if first is not None and first.size != last.size:  # both halves of the name at one size
        size = min(first.size, last.size)
        first = fit(badge.first_name, width, height, TextStyle(size, size, True, _NAME_LINES), hint)
        last = fit(badge.last_name, width, height, TextStyle(size, size, False, _NAME_LINES), hint)
    blocks = [(badge.last_name, last)]
    if first is not None:
        blocks.insert(0, (badge.first_name, first))
    display = " ".join(p for p in (badge.first_name, badge.last_name) if p.strip())
    small = TextStyle(text_size, min(text_size, _TEXT_MIN), max_lines=2)
    extra = []
    if badge.native_name and badge.native_name.strip() and badge.native_name != display:
        native = name_size * 0.6
        extra.append(
            (badge.native_name, TextStyle(native, min(native, 7), False, 2, native * _NAME_WRAP))
        )
    if badge.function:
        extra.append((badge.function, small))
    where = " · ".join(
        p for p in (badge.organisation, country_name(badge.country, ctx.language)) if p
    )
    if where:
        extra.append((where, TextStyle(text_size, min(text_size, _TEXT_MIN), True, 2)))
    blocks += [
        (text, fit(text, width, height, style, hint)) for text, style in extra if text.strip()
    ]
    return blocks


def _sizes(layout: BadgeLayout) -> Iterator[tuple[float, float]]:
    """The sizes of the name and of the other lines to try, largest first: both in
    proportion down to their legible sizes (texts wrap further rather than shrink
    below them), then both below, the name staying the largest."""
    name, text = layout.name_size, layout.text_size
    legible_name, legible_text = min(name, _NAME_MIN), min(text, _TEXT_MIN)
    scale = 1.0
    while name * scale > legible_name or text * scale > legible_text:
        yield max(name * scale, legible_name), max(text * scale, legible_text)
        scale *= 0.88
    scale = 1.0
    while scale > 0.5:
        yield legible_name * scale, legible_text * scale
        scale *= 0.92


def _fit_blocks(
    badge: Badge, ctx: DocumentContext, layout: BadgeLayout, width: float, height: float
) -> list[Block]:
    """The badge's text blocks, as large as they can be while all fitting in ``height``."""
    texts: list[tuple[str, Block]] = []
    total = 0.0
    for name_size, text_size in _sizes(layout):
        texts = _blocks(badge, ctx, width, height, name_size, text_size)
        total = sum(b.height for _, b in texts) + _GAP * 0.5 * (len(texts) - 1)
        if total <= height:
            return [b for _, b in texts]
    # An absurd text: each block gets its share of the height.
    share = (height - _GAP * 0.5 * (len(texts) - 1)) / max(total, 1e-6)
    return [
        fit(text, width, b.height * share, TextStyle(b.size, b.size), badge.hint)
        for text, b in texts
    ]


def draw_badge(
    canvas: Any,
    badge: Badge,
    x: float,
    y: float,
    options: BadgeOptions,
    ctx: DocumentContext,
    log: WarningLog,
) -> None:
    """One badge with its lower-left corner at (x, y), in points."""
    layout = options.layout
    pad = layout.padding * mm
    width, height = layout.badge_width * mm, layout.badge_height * mm
    left, right, top = x + pad, x + width - pad, y + height - pad
    # Header: logo, event and dates, authority.
    header = layout.header * mm
    text_left = left
    if ctx.logo is not None:
        text_left += draw_logo(canvas, ctx.logo, left, top - header, header * 2.2, header) + _GAP
    style = TextStyle(header * 0.36, 4, True, 1)
    line1 = fit(ctx.event.title, right - text_left, header / 2, style)
    second = min(header * 0.3, line1.size)
    line2 = fit(
        " · ".join(p for p in (ctx.event_dates, ctx.authority) if p),
        right - text_left,
        header / 2,
        TextStyle(second, min(second, 4), False, 1),
    )
    centred = layout.align == "center" and ctx.logo is None
    anchor, align = ((left + right) / 2, "center") if centred else (text_left, "left")
    draw_block(canvas, line1, anchor, top, align, black)
    draw_block(canvas, line2, anchor, top - header / 2, align, GREY)
    # Foot: the category band, written as well as coloured.
    band = layout.band * mm
    fill = HexColor(badge.colour) if badge.colour else CATEGORY_COLOURS.get(badge.category, GREY)
    canvas.setFillColor(fill)
    canvas.roundRect(left, y + pad, right - left, band, 1 * mm, stroke=0, fill=1)
    category = (badge.category_name or label(badge.category, ctx.language)).upper()
    block = fit(category, right - left - 2 * mm, band, TextStyle(band * 0.55, 5, True, 1))
    draw_block(
        canvas,
        block,
        (left + right) / 2,
        y + pad + (band + block.height) / 2,
        "center",
        _text_colour(fill),
    )
    # Middle: the QR code and the person.
    area_top, area_bottom = top - header - _GAP, y + pad + band + _GAP
    text_right, text_bottom = right, area_bottom
    qr = layout.qr_size * mm if options.qr and layout.qr_size else 0.0
    if qr and layout.qr_position == "right":
        draw_qr(canvas, badge.uid, right - qr, area_bottom, qr)
        text_right = right - qr - _GAP
    elif qr:
        draw_qr(canvas, badge.uid, (left + right - qr) / 2, area_bottom, qr)
        text_bottom = area_bottom + qr + _GAP
    blocks = _fit_blocks(badge, ctx, layout, text_right - left, area_top - text_bottom)
    total = sum(b.height for b in blocks) + _GAP * 0.5 * (len(blocks) - 1)
    cursor = area_top - max(0.0, (area_top - text_bottom - total) / 2)
    anchor = left if layout.align == "left" else (left + text_right) / 2
    for block in blocks:
        log.note_missing(" ".join(line.text for line in block.lines), block.missing)
        cursor = draw_block(canvas, block, anchor, cursor, layout.align, black) - _GAP * 0.5


def _cut_marks(canvas: Any, layout: BadgeLayout, slots: Sequence[tuple[float, float]]) -> None:
    """Marks in the page margins on the line of every badge edge, for a guillotine."""
    page_w, page_h = layout.page_size
    w, h = layout.badge_width * mm, layout.badge_height * mm
    xs = sorted({round(v, 2) for x, _ in slots for v in (x, x + w)})
    ys = sorted({round(v, 2) for _, y in slots for v in (y, y + h)})
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    length = 5 * mm
    for low, high, fixed, vertical in (
        (max(ys) + 1 * mm, page_h - 1 * mm, xs, True),
        (1 * mm, min(ys) - 1 * mm, xs, True),
        (1 * mm, min(xs) - 1 * mm, ys, False),
        (max(xs) + 1 * mm, page_w - 1 * mm, ys, False),
    ):
        if high - low < 1.5 * mm:
            continue  # no margin to mark in
        start, end = (
            (low, min(high, low + length)) if low > 2 * mm else (max(low, high - length), high)
        )
        for v in fixed:
            if vertical:
                canvas.line(v, start, v, end)
            else:
                canvas.line(start, v, end, v)
    canvas.restoreState()


def _sheet_footer(
    canvas: Any, layout: BadgeLayout, ctx: DocumentContext, page: int, pages: int, log: WarningLog
) -> None:
    if layout.per_page == 1 or layout.bottom_margin() < 6:
        return  # a card or a single badge has no margin to write in
    language = ctx.language
    text = " — ".join(
        (
            ctx.authority,
            ctx.event.title,
            word("badges", language),
            word("printed_on", language, date=ctx.printed_on),
            word("page", language, page=page, pages=pages),
        )
    )
    block = fit(text, layout.page_size[0] - 30 * mm, 9, TextStyle(6.5, 4, False, 1))
    log.note_missing(text, block.missing)
    draw_block(canvas, block, layout.page_size[0] / 2, 3 * mm + block.height, "center", GREY)


_T = TypeVar("_T")


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# Pages drawn on one reportlab canvas before it is saved and joined to the output:
# reportlab holds a canvas's pages until it saves, so this bounds the memory of a run.
PAGES_PER_PART = 50


def write_badges(
    out: str | BinaryIO,
    badges: Iterable[Badge],
    count: int,
    options: BadgeOptions,
    ctx: DocumentContext,
    log: WarningLog,
    *,
    pages_per_part: int = PAGES_PER_PART,
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """Draw ``count`` badges taken from ``badges`` onto pages of ``options.layout``.

    The pages are drawn ``pages_per_part`` at a time, each part on its own canvas,
    and written to ``out`` as soon as a part is done, so memory stays that of one
    part however many badges there are. ``progress`` counts the badges drawn, and
    stops the work between two sheets when the user cancels.
    """
    if isinstance(out, str):
        try:
            with open(out, "wb") as stream:
                return write_badges(
                    stream,
                    badges,
                    count,
                    options,
                    ctx,
                    log,
                    pages_per_part=pages_per_part,
                    progress=progress,
                )
        except BaseException:
            Path(out).unlink(missing_ok=True)
            raise
    layout = options.layout
    sides = 2 if options.back else 1
    sheets = ceil(count / layout.per_page)
    pages = sheets * sides
    title = f"{word('badges', ctx.language)} — {ctx.event.title}"
    joiner = PdfJoiner(out)
    page = 0
    progress.begin(count)
    for part in _chunks(_chunks(badges, layout.per_page), max(1, pages_per_part // sides)):
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, layout.page_size, title, ctx.authority)
        for chunk in part:
            for back in (False, True) if options.back else (False,):
                page += 1
                slots = layout.slots(back=back)
                for badge, (x, y) in zip(chunk, slots, strict=False):
                    draw_badge(canvas, badge, x, y, options, ctx, log)
                if options.cut_marks:
                    _cut_marks(canvas, layout, slots)
                _sheet_footer(canvas, layout, ctx, page, pages, log)
                finish_page(canvas)
            progress.advance(len(chunk))
        canvas.save()
        del canvas
        joiner.add(buffer.getvalue())
    if not page:  # no badges: an empty document, with its title all the same
        buffer = io.BytesIO()
        new_canvas(buffer, layout.page_size, title, ctx.authority).save()
        joiner.add(buffer.getvalue())
    joiner.close()
    return DocumentReport(pages=page, items=count, warnings=log.as_tuple())


def badge_participants(
    db: Database, event_id: int, participation_ids: Sequence[int] | None = None
) -> list[ParticipantView]:
    """Who gets a badge, in protocol order: the chosen ones, else all but the declined."""
    everyone = participants.list_participants(db, event_id)
    if participation_ids is None:
        return expected(everyone)
    by_id = {p.id: p for p in everyone}
    for wanted in participation_ids:
        if wanted not in by_id:
            raise ValidationError("participation.not_in_event", "participants", id=wanted)
    chosen = set(participation_ids)
    return [p for p in everyone if p.id in chosen]


def render_badges(
    db: Database,
    event_id: int,
    out: str | BinaryIO,
    *,
    layout: str = "a6",
    participation_ids: Sequence[int] | None = None,
    back: bool = False,
    cut_marks: bool = False,
    qr: bool = True,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """Badges of an event's participants (all, a selection, or one to reprint)."""
    log = WarningLog()
    ctx = document_context(db, event_id, language, log)
    options = BadgeOptions(get_layout(layout), back=back, cut_marks=cut_marks, qr=qr)
    people = badge_participants(db, event_id, participation_ids)
    if not people:
        raise ValidationError("documents.no_participants", None)
    categories = categories_by_code(db)
    badges = (Badge.of(p, categories.get(p.category), ctx.language) for p in people)
    return write_badges(out, badges, len(people), options, ctx, log, progress=progress)
