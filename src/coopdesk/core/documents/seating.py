"""Printed table plans: the plan drawn to scale (A4 or A3 landscape), the alphabetical
"who sits where" list for the entrance, table cards, and the name tents in seat order.

Names are set with the badges' typesetting, so every script prints in its own face.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, BinaryIO

from reportlab.lib.colors import HexColor, black  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A3, A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from coopdesk.core import seating as geometry
from coopdesk.core.db import Database
from coopdesk.core.documents.fonts import country_hint
from coopdesk.core.documents.frame import GREY, document_context, finish_page, new_canvas
from coopdesk.core.documents.report import DocumentReport, WarningLog
from coopdesk.core.documents.tents import Tent, draw_tent
from coopdesk.core.documents.typeset import TextStyle, draw_block, fit
from coopdesk.core.errors import ValidationError
from coopdesk.core.model import fold_name
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services import people
from coopdesk.core.services import seating as service

_WORDS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "plan": "Plan de table",
        "list": "Qui est à quelle table",
        "cards": "Cartons de table",
        "table": "Table {label}",
        "honour": "Table d'honneur",
        "seat": "place {seat}",
        "name": "Nom",
        "at": "Table",
        "place": "Place",
        "page": "page {page} / {pages}",
    },
    "en": {
        "plan": "Table plan",
        "list": "Who sits where",
        "cards": "Table cards",
        "table": "Table {label}",
        "honour": "Top table",
        "seat": "seat {seat}",
        "name": "Name",
        "at": "Table",
        "place": "Seat",
        "page": "page {page} / {pages}",
    },
}

PAPERS = {"A4": A4, "A3": A3}


def _w(key: str, language: str, **values: object) -> str:
    return _WORDS[language if language in _WORDS else "fr"][key].format(**values)


def _plan(db: Database, meal_id: int) -> service.PlanView:
    plan = service.get_plan(db, meal_id)
    if not plan.seats:
        raise ValidationError("seating.nobody_seated", None, title=plan.title)
    return plan


def _hint(seat: service.SeatView) -> str | None:
    return country_hint(seat.country)


def _placed_tables(plan: service.PlanView) -> list[tuple[service.TableView, geometry.Layout]]:
    return [(t, geometry.layout(t.shape, t.seats, plan.style)) for t in plan.tables]


def render_plan(
    db: Database,
    meal_id: int,
    out: str | BinaryIO,
    *,
    paper: str = "A4",
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """The room on one landscape page, every table and seat drawn to scale."""
    if paper not in PAPERS:
        raise ValidationError("seating.unknown_paper", "paper", value=paper)
    plan = _plan(db, meal_id)
    log = WarningLog()
    ctx = document_context(db, plan.event_id, language, log)
    width, height = landscape(PAPERS[paper])
    canvas = new_canvas(
        out, (width, height), f"{_w('plan', language)} — {plan.title}", ctx.authority
    )
    tables = _placed_tables(plan)
    # The room's extent in metres (y grows downward in the room, upward on paper).
    boxes = []
    for t, lay in tables:
        left, bottom, right, top = lay.bounds()
        # Room y grows downward: the table's top is its smallest room y. Names take
        # about a metre beyond the seats.
        boxes.append((t.x + left - 0.6, t.y - top - 0.4, t.x + right + 0.6, t.y - bottom + 0.4))
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    margin, top_band = 12 * mm, 22 * mm
    scale = min((width - 2 * margin) / (x1 - x0), (height - margin - top_band) / (y1 - y0))
    name_size = max(4.0, min(9.0, scale * 0.12))

    def to_page(x: float, y: float) -> tuple[float, float]:
        return margin + (x - x0) * scale, height - top_band - (y - y0) * scale

    title = fit(
        f"{_w('plan', language)} — {plan.title} — {ctx.event.title}",
        width - 2 * margin,
        12 * mm,
        TextStyle(14, 8, True, 1),
    )
    draw_block(canvas, title, margin, height - 8 * mm)
    seated = {(s.table_id, s.seat): s for s in plan.seats}
    progress.begin(len(tables))
    for t, lay in tables:
        progress.advance()
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.8)
        canvas.setFillColor(HexColor("#F4EFE6") if t.honour else HexColor("#FFFFFF"))
        for rx, ry, rw, rh in lay.outline.rects:
            # Table-local y grows upward (seat 1 at the bottom): flip it into the room.
            px, py = to_page(t.x + rx, t.y - (ry + rh))
            if lay.outline.ellipse_ends:
                canvas.roundRect(
                    px, py - rh * scale, rw * scale, rh * scale, rh * scale / 2, fill=1
                )
            else:
                canvas.rect(px, py - rh * scale, rw * scale, rh * scale, fill=1)
        for cx, cy, r in lay.outline.circles:
            px, py = to_page(t.x + cx, t.y - cy)
            canvas.circle(px, py, r * scale, fill=1)
        label = _w("table", language, label=t.label) + (
            f" — {_w('honour', language)}" if t.honour else ""
        )
        if lay.outline.rects:
            rx, ry, rw, rh = lay.outline.rects[0]
            cx, cy = to_page(t.x + rx + rw / 2, t.y - (ry + rh / 2))
            room = rw * scale * 0.9
        else:
            cx, cy = to_page(t.x, t.y)
            room = scale * 1.4
        block = fit(label, room, 20, TextStyle(name_size + 1, 4, True, 2))
        draw_block(canvas, block, cx, cy + block.height / 2, "center", GREY)
        for place in lay.seats:
            px, py = to_page(t.x + place.x, t.y - place.y)
            canvas.setFillColor(HexColor("#DDDDDD"))
            canvas.circle(px, py, max(1.5, 0.12 * scale), fill=1, stroke=0)
            seat = seated.get((t.id, place.number))
            number = fit(str(place.number), 20, 10, TextStyle(max(4.0, name_size - 2), 3, False, 1))
            draw_block(canvas, number, px, py + number.height / 2, "center", GREY)
            if seat is None:
                continue
            text = seat.display_name or (seat.native_name or "")
            # Along a side a name has one place's width (on two lines); at an end or
            # around a round table, more.
            along = abs(place.fy) > 0.9 and lay.shape is not geometry.Shape.ROUND
            name_width = scale * geometry.PITCH * (0.95 if along else 1.5)
            block = fit(
                text,
                name_width,
                name_size * 3,
                TextStyle(name_size, 3.5, seat.host, 2),
                _hint(seat),
            )
            log.note_missing(text, block.missing)
            # Outside the table, beyond the seat's dot (a seat faces the table).
            gap = 0.18 * scale
            block_w = max(line.width(block.size) for line in block.lines)
            ox = px - place.fx * (gap + block_w / 2)
            oy = py - place.fy * (gap + block.height / 2)
            draw_block(canvas, block, ox, oy + block.height / 2, "center", black)
    footer = fit(
        f"{ctx.authority} — {ctx.printed_on} — {len(plan.seats)}",
        width - 2 * margin,
        10,
        TextStyle(7, 5, False, 1),
    )
    draw_block(canvas, footer, margin, 8 * mm, "left", GREY)
    finish_page(canvas)
    canvas.save()
    return DocumentReport(pages=1, items=len(plan.seats), warnings=log.as_tuple())


def _sort_key(seat: service.SeatView) -> str:
    return f"{fold_name(seat.last_name or seat.native_name)}\x01{fold_name(seat.first_name)}"


def render_seat_list(
    db: Database,
    meal_id: int,
    out: str | BinaryIO,
    *,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """Every seated guest in alphabetical order with their table and seat (A4 portrait)."""
    plan = _plan(db, meal_id)
    log = WarningLog()
    ctx = document_context(db, plan.event_id, language, log)
    width, height = A4
    canvas = new_canvas(out, A4, f"{_w('list', language)} — {plan.title}", ctx.authority)
    rows = sorted(plan.seats, key=_sort_key)
    line_h = 6.2 * mm
    head = fit(
        f"{_w('list', language)} — {plan.title} — {ctx.event.title}",
        width - 30 * mm,
        14 * mm,
        TextStyle(13, 8, True, 2),
    )
    # The column names a line below the heading, the first name a line below them.
    top = height - 12 * mm - head.height - 2 * line_h
    per_page = int((top - 18 * mm) // line_h)
    pages = max(1, -(-len(rows) // per_page))
    col_table, col_seat = width - 60 * mm, width - 28 * mm
    progress.begin(len(rows))
    for page in range(pages):
        draw_block(canvas, head, 15 * mm, height - 12 * mm)
        y = top
        for text, x, align in (
            (_w("name", language), 15 * mm, "left"),
            (_w("at", language), col_table, "center"),
            (_w("place", language), col_seat, "center"),
        ):
            draw_block(
                canvas,
                fit(text, 60 * mm, 8 * mm, TextStyle(9, 6, True, 1)),
                x,
                y + line_h,
                align,
                GREY,
            )
        for seat in rows[page * per_page : (page + 1) * per_page]:
            name = seat.last_name.upper() + (f" {seat.first_name}" if seat.first_name else "")
            if seat.native_name and seat.native_name not in name:
                name += f" ({seat.native_name})"
            block = fit(name, col_table - 40 * mm, line_h, TextStyle(10, 6, False, 1), _hint(seat))
            log.note_missing(name, block.missing)
            draw_block(canvas, block, 15 * mm, y, "left")
            for text, x in ((seat.table_label, col_table), (str(seat.seat), col_seat)):
                draw_block(
                    canvas, fit(text, 30 * mm, line_h, TextStyle(10, 6, True, 1)), x, y, "center"
                )
            canvas.setStrokeColor(HexColor("#DDDDDD"))
            canvas.setLineWidth(0.3)
            canvas.line(15 * mm, y - line_h + 1 * mm, width - 15 * mm, y - line_h + 1 * mm)
            y -= line_h
            progress.advance()
        numbered = _w("page", language, page=page + 1, pages=pages)
        footer = f"{ctx.authority} — {ctx.printed_on} — {numbered}"
        draw_block(
            canvas,
            fit(footer, width - 30 * mm, 10, TextStyle(7, 5, False, 1)),
            15 * mm,
            10 * mm,
            "left",
            GREY,
        )
        finish_page(canvas)
    canvas.save()
    return DocumentReport(pages=pages, items=len(rows), warnings=log.as_tuple())


def render_table_cards(
    db: Database,
    meal_id: int,
    out: str | BinaryIO,
    *,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """One folded card per table (A4 landscape, the number readable from both sides)."""
    plan = service.get_plan(db, meal_id)
    if not plan.tables:
        raise ValidationError("seating.no_tables", None)
    log = WarningLog()
    ctx = document_context(db, plan.event_id, language, log)
    width, height = landscape(A4)
    canvas = new_canvas(
        out, (width, height), f"{_w('cards', language)} — {plan.title}", ctx.authority
    )
    progress.begin(len(plan.tables))
    for t in plan.tables:
        for flip in (False, True):
            canvas.saveState()
            if flip:
                canvas.translate(width, height)
                canvas.rotate(180)
            block = fit(
                _w("table", language, label=t.label),
                width - 30 * mm,
                height / 2 - 40 * mm,
                TextStyle(110, 30, True, 2),
            )
            draw_block(canvas, block, width / 2, height / 4 + block.height / 2, "center")
            sub = fit(
                f"{plan.title} — {ctx.event.title}",
                width - 30 * mm,
                12 * mm,
                TextStyle(12, 6, False, 1),
            )
            draw_block(canvas, sub, width / 2, 18 * mm, "center", GREY)
            canvas.restoreState()
        canvas.setDash(4, 4)
        canvas.setStrokeColor(HexColor("#BBBBBB"))
        canvas.line(0, height / 2, width, height / 2)
        finish_page(canvas)
        progress.advance()
    canvas.save()
    return DocumentReport(pages=len(plan.tables), items=len(plan.tables), warnings=log.as_tuple())


def render_seat_tents(
    db: Database,
    meal_id: int,
    out: str | BinaryIO,
    *,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """The name tents of the badges, table by table in seat order."""
    plan = _plan(db, meal_id)
    log = WarningLog()
    ctx = document_context(db, plan.event_id, language, log)
    canvas = new_canvas(out, A4, f"{_w('plan', language)} — {plan.title}", ctx.authority)
    total = len(plan.seats)
    progress.begin(total)
    for page, seat in enumerate(plan.seats, start=1):
        person = people.get_person(db, seat.person_id)
        tent = Tent(
            seat.first_name,
            seat.last_name,
            seat.native_name,
            person.form_of_address,
            seat.function,
            seat.organisation,
            _hint(seat),
        )
        # The small line at the foot tells the staff where the tent goes.
        where = (
            _w("table", language, label=seat.table_label)
            + " · "
            + _w("seat", language, seat=seat.seat)
        )
        here = dataclasses.replace(ctx, printed_on=where)
        draw_tent(canvas, tent, here, page, total, log)
        finish_page(canvas)
        progress.advance()
    canvas.save()
    return DocumentReport(pages=total, items=total, warnings=log.as_tuple())


def render(kind: str, db: Database, meal_id: int, out: Any, **options: Any) -> DocumentReport:
    renderers: dict[str, Any] = {
        "plan": render_plan,
        "list": render_seat_list,
        "cards": render_table_cards,
        "tents": render_seat_tents,
    }
    report: DocumentReport = renderers[kind](db, meal_id, out, **options)
    return report
