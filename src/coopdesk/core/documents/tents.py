"""Name tents (chevalets): an A4 sheet folded in the middle, one name readable both ways.

The lower half of the page faces the table across from the guest; the upper half is
drawn turned by 180° so that, folded, it faces the other way. The lower side shows
the name in Latin letters for the hosts; the upper side shows the native-script form
when the person has one (the Japanese form for the Kishiwada guests' own side), the
Latin form otherwise. A guest whose name is recorded only in their own script has
it on both sides. A form of address ("Madame la Présidente") heads both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.colors import HexColor, black  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from coopdesk.core.db import Database
from coopdesk.core.documents.badges import badge_participants
from coopdesk.core.documents.fonts import country_hint
from coopdesk.core.documents.frame import (
    GREY,
    DocumentContext,
    document_context,
    draw_logo,
    finish_page,
    new_canvas,
)
from coopdesk.core.documents.report import DocumentReport, WarningLog
from coopdesk.core.documents.typeset import TextStyle, draw_block, fit
from coopdesk.core.documents.words import word
from coopdesk.core.errors import ValidationError
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services import people

_SIDE_MARGIN = 15 * mm
# The name: on one line down to 40 pt, then on up to three lines rather than smaller.
_NAME = TextStyle(64, 24, True, 3, wrap_size=40)


@dataclass(frozen=True, slots=True)
class Tent:
    first_name: str
    last_name: str
    native_name: str | None
    form_of_address: str | None
    function: str | None
    organisation: str | None
    hint: str | None

    @property
    def latin(self) -> str:
        return " ".join(p.strip() for p in (self.first_name, self.last_name) if p.strip())


def _side(
    canvas: Any,
    tent: Tent,
    name: str,
    subtitle: str | None,
    ctx: DocumentContext,
    footer: str,
    log: WarningLog,
) -> None:
    """One half page (210 x 148.5 mm) with its lower edge at y = 0, upright."""
    width, height = A4[0], A4[1] / 2
    inner = width - 2 * _SIDE_MARGIN
    blocks = []
    if tent.form_of_address:
        blocks.append(
            (
                fit(tent.form_of_address, inner, 30 * mm, TextStyle(20, 10, False, 2), tent.hint),
                GREY,
            )
        )
    blocks.append((fit(name, inner, 60 * mm, _NAME, tent.hint), black))
    if subtitle:
        blocks.append((fit(subtitle, inner, 28 * mm, TextStyle(18, 9, False, 2), tent.hint), GREY))
    total = sum(b.height for b, _ in blocks) + 4 * mm * (len(blocks) - 1)
    cursor = 20 * mm + (height - 30 * mm + total) / 2
    for block, colour in blocks:
        log.note_missing(" ".join(line.text for line in block.lines), block.missing)
        cursor = draw_block(canvas, block, width / 2, cursor, "center", colour) - 4 * mm
    left = _SIDE_MARGIN
    if ctx.logo is not None:
        left += draw_logo(canvas, ctx.logo, _SIDE_MARGIN, 7 * mm, 25 * mm, 9 * mm) + 3 * mm
    # Beside the logo, as tall as its box: a long authority and title take up to three
    # lines rather than one line too small to read.
    small = fit(footer, width - left - _SIDE_MARGIN, 9 * mm, TextStyle(7, 5, False, 3))
    log.note_missing(footer, small.missing)
    draw_block(canvas, small, left, 7 * mm + 4.5 * mm + small.height / 2, "left", GREY)


def draw_tent(
    canvas: Any, tent: Tent, ctx: DocumentContext, page: int, pages: int, log: WarningLog
) -> None:
    """One A4 tent on ``canvas``: the hosts' side below the fold, the guest's turned above;
    ``ctx.printed_on`` is the small line in the footer."""
    width, height = A4
    footer = " — ".join(
        (
            ctx.authority,
            ctx.event.title,
            ctx.printed_on.replace(" ", "\u00a0"),
            word("page", ctx.language, page=page, pages=pages),
        )
    )
    where = " · ".join(p for p in (tent.function, tent.organisation) if p)
    native = (tent.native_name or "").strip()
    # A guest named only in their own script has that name on both sides.
    hosts = tent.latin or native
    _side(canvas, tent, hosts, where, ctx, footer, log)
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    if native and native != hosts:
        _side(canvas, tent, native, tent.latin, ctx, footer, log)
    else:
        _side(canvas, tent, hosts, where, ctx, footer, log)
    canvas.restoreState()
    canvas.setStrokeColor(HexColor("#BBBBBB"))
    canvas.setDash(4, 4)
    canvas.setLineWidth(0.4)
    canvas.line(0, height / 2, width, height / 2)


def render_tents(
    db: Database,
    event_id: int,
    out: str | BinaryIO,
    *,
    participation_ids: Sequence[int] | None = None,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """One folded name tent per participant, in protocol order."""
    log = WarningLog()
    ctx = document_context(db, event_id, language, log)
    chosen = badge_participants(db, event_id, participation_ids)
    if not chosen:
        raise ValidationError("documents.no_participants", None)
    progress.begin(len(chosen))
    canvas = new_canvas(out, A4, f"{word('tents', language)} — {ctx.event.title}", ctx.authority)
    for page, p in enumerate(chosen, start=1):
        person = people.get_person(db, p.person_id)
        tent = Tent(
            p.first_name,
            p.last_name,
            p.native_name,
            person.form_of_address,
            p.function,
            p.organisation,
            country_hint(p.country),
        )
        draw_tent(canvas, tent, ctx, page, len(chosen), log)
        finish_page(canvas)
        progress.advance()
    canvas.save()
    return DocumentReport(pages=len(chosen), items=len(chosen), warnings=log.as_tuple())
