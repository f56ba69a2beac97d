"""Lists: participants in protocol order, arrivals and departures, rooming, sign-in.

The lists of people keep the order of precedence of :func:`participants.list_participants`
inside their groups; groups of an organisation come in the order of their
highest-ranked member, so the guest delegation's head is still on top. Arrivals,
departures and rooming are those of :mod:`coopdesk.core.services.logistics`, in its
order (a driver's and a hotel's), as the window and the Excel lists show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, BinaryIO

from babel.dates import format_date
from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Spacer, Table, TableStyle  # type: ignore[import-untyped]

from coopdesk.core.attendance import expected
from coopdesk.core.db import Database
from coopdesk.core.documents.flow import Text, build_document, ruled_table
from coopdesk.core.documents.fonts import base_font
from coopdesk.core.documents.frame import GREY, MARGIN, DocumentContext, document_context
from coopdesk.core.documents.report import DocumentReport, WarningLog
from coopdesk.core.documents.words import word
from coopdesk.core.enums import ListKind
from coopdesk.core.errors import ValidationError
from coopdesk.core.labels import label
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services import agenda, participants
from coopdesk.core.services.categories import CategoryView, list_categories
from coopdesk.core.services.logistics import (
    Lodging,
    Logistics,
    Movement,
    read_logistics,
)
from coopdesk.core.timezones import to_local
from coopdesk.core.values import ParticipantView

_TITLES = {
    ListKind.PARTICIPANTS: "participants",
    ListKind.BY_ORGANISATION: "by_organisation",
    ListKind.BY_CATEGORY: "by_category",
    ListKind.ARRIVALS: "arrivals",
    ListKind.ROOMING: "rooming",
    ListKind.SIGN_IN: "sign_in",
}
_WIDTH = A4[0] - 2 * MARGIN


def _name(p: ParticipantView | Movement | Lodging, log: WarningLog) -> list[Any]:
    """The name as written in Latin letters, with the native form below; a guest named
    only in their own script has that name in its place."""
    native = (p.native_name or "").strip()
    latin = " ".join(x for x in (p.first_name, p.last_name) if x).strip()
    name = " ".join(x for x in (p.civility, latin or native) if x)
    cell: list[Any] = [Text(name, log, 9, bold=True)]
    if latin and native and native != latin:
        cell.append(Text(native, log, 8.5, colour=GREY))
    return cell


def _head(keys: Sequence[str], language: str, log: WarningLog) -> list[Any]:
    return [Text(word(k, language), log, 8.5, bold=True) for k in keys]


def _people_table(
    rows: Sequence[ParticipantView],
    ctx: DocumentContext,
    log: WarningLog,
    title: Any | None = None,
    names: Mapping[str, str] | None = None,
) -> Any:
    """``names`` are the office's names of the badge categories, by code."""
    language = ctx.language
    names = names or {}
    header = _head(("no", "name", "function", "organisation", "category"), language, log)
    body = [
        [
            Text(str(n), log, 9),
            _name(p, log),
            Text(p.function or "", log, 8.5),
            Text(p.organisation or "", log, 8.5),
            Text(names.get(p.category) or label(p.category, language), log, 8.5),
        ]
        for n, p in enumerate(rows, start=1)
    ]
    widths = [10 * mm, 52 * mm, 50 * mm, 44 * mm, _WIDTH - 156 * mm]
    return ruled_table(header, body, widths, title=title)


def _grouped(
    rows: Sequence[ParticipantView],
    key: Callable[[ParticipantView], str],
    ctx: DocumentContext,
    log: WarningLog,
    names: Mapping[str, str] | None = None,
) -> list[Any]:
    groups: dict[str, list[ParticipantView]] = {}
    for p in rows:  # dict keeps the order of each group's first (highest-ranked) member
        groups.setdefault(key(p), []).append(p)
    story: list[Any] = []
    for title, members in groups.items():
        heading = Text(f"{title} ({len(members)})", log, 11, bold=True)
        story += [Spacer(1, 2 * mm), _people_table(members, ctx, log, heading, names)]
    return story


def _by_category(
    rows: Sequence[ParticipantView],
    categories: Sequence[CategoryView],
    names: Mapping[str, str],
    ctx: DocumentContext,
    log: WarningLog,
) -> list[Any]:
    """The participants by badge category, in the office's order, each group headed by
    its name beside a square of its colour (the colour of its badges)."""
    order = {c.code: c.position for c in categories}
    colours = {c.code: c.colour for c in categories}
    groups: dict[str, list[ParticipantView]] = {}
    for p in sorted(rows, key=lambda p: order.get(p.category, len(order))):
        groups.setdefault(p.category, []).append(p)
    story: list[Any] = []
    for code, members in groups.items():
        title = names.get(code) or label(code, ctx.language)
        heading = Table(
            [["", Text(f"{title} ({len(members)})", log, 11, bold=True)]],
            colWidths=[5 * mm, _WIDTH - 5 * mm],
        )
        heading.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), base_font()),  # see ruled_table
                    ("BACKGROUND", (0, 0), (0, 0), HexColor(colours.get(code, "#8A8F98"))),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (1, 0), (1, 0), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        story += [Spacer(1, 2 * mm), _people_table(members, ctx, log, heading, names)]
    return story


def _movements(model: Logistics, ctx: DocumentContext, log: WarningLog) -> list[Any]:
    language = ctx.language
    story: list[Any] = []
    for key, legs in (("arrival", model.arrivals), ("departure", model.departures)):
        section = word(f"{key}s_section", language)
        if not legs:
            story += [
                Spacer(1, 3 * mm),
                Text(section, log, 12, bold=True),
                Text(word("nothing", language), log, 9),
            ]
        days: dict[date, list[Movement]] = {}
        for leg in legs:  # in the read model's order: by day, time, name
            days.setdefault(leg.day, []).append(leg)
        for day, day_legs in days.items():
            title = format_date(day, "EEEE d MMMM y", locale=language)
            sub = Text(f"{section} — {title}", log, 11, bold=True)
            header = _head(("time", "name", "transport", "place", "organisation"), language, log)
            body = []
            for m in day_legs:
                transport = " ".join(x for x in (label(m.transport, language), m.number) if x)
                body.append(
                    [
                        Text(f"{m.time:%H:%M}", log, 9, bold=True)
                        if m.time is not None
                        else Text(word("time_unknown", language), log, 7, colour=GREY),
                        _name(m, log),
                        Text(transport, log, 8.5),
                        Text(m.place or "", log, 8.5),
                        Text(m.organisation or "", log, 8.5),
                    ]
                )
            widths = [16 * mm, 52 * mm, 32 * mm, 40 * mm, _WIDTH - 140 * mm]
            story += [Spacer(1, 3 * mm), ruled_table(header, body, widths, title=sub)]
    return story


def _short_date(day: date | None, language: str) -> str:
    return format_date(day, "short", locale=language) if day is not None else ""


def _rooming(model: Logistics, ctx: DocumentContext, log: WarningLog) -> list[Any]:
    language = ctx.language
    story: list[Any] = []
    for hotel in model.hotels:
        name = hotel.name or word("no_hotel", language)
        heading = Text(f"{name} ({len(hotel.guests)})", log, 12, bold=True)
        header = _head(
            ("name", "room", "check_in", "check_out", "nights", "organisation"), language, log
        )
        body = [
            [
                _name(g, log),
                Text(g.room or "", log, 9),
                Text(_short_date(g.check_in, language), log, 9),
                Text(_short_date(g.check_out, language), log, 9),
                Text("" if g.nights is None else str(g.nights), log, 9),
                Text(g.organisation or "", log, 8.5),
            ]
            for g in hotel.guests
        ]
        widths = [55 * mm, 18 * mm, 22 * mm, 22 * mm, 14 * mm, _WIDTH - 131 * mm]
        story += [Spacer(1, 2 * mm), ruled_table(header, body, widths, title=heading)]
    return story


def _sign_in(
    db: Database,
    rows: Sequence[ParticipantView],
    item_id: int | None,
    ctx: DocumentContext,
    log: WarningLog,
) -> tuple[list[Any], int]:
    """The sheet of one agenda item, and how many people it lists."""
    language = ctx.language
    if item_id is None:
        raise ValidationError("documents.item_required", "item")
    item = agenda.get_agenda_item(db, item_id)
    if item.event_id != ctx.event.id:
        raise ValidationError("documents.item_not_in_event", "item", id=item_id)
    if not item.all_participants:
        wanted = set(item.attendee_ids)
        rows = [p for p in rows if p.id in wanted]
    start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
    when = (
        f"{format_date(start.date(), 'EEEE d MMMM y', locale=language)}, "
        f"{start:%H:%M} – {end:%H:%M}"
    )
    story: list[Any] = [
        Text(item.title, log, 13, bold=True),
        Text(" — ".join(x for x in (when, item.venue) if x), log, 9.5, space_after=3 * mm),
    ]
    header = _head(("no", "name", "organisation", "signature"), language, log)
    body = [
        [
            Text(str(n), log, 9),
            _name(p, log),
            Text(p.organisation or "", log, 8.5),
            Spacer(1, 9 * mm),
        ]
        for n, p in enumerate(rows, start=1)
    ]
    story.append(ruled_table(header, body, [10 * mm, 62 * mm, 50 * mm, _WIDTH - 122 * mm]))
    return story, len(rows)


def render_list(
    db: Database,
    event_id: int,
    out: str | BinaryIO,
    kind: str = ListKind.PARTICIPANTS,
    *,
    item_id: int | None = None,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """One of the event's lists (``ListKind``); a sign-in sheet needs ``item_id``."""
    try:
        which = ListKind(kind)
    except ValueError:
        raise ValidationError("documents.list_kind", "kind", kind=kind) from None
    log = WarningLog()
    ctx = document_context(db, event_id, language, log)
    everyone = participants.list_participants(db, event_id)
    rows = expected(everyone)
    model = read_logistics(ctx.event, everyone)
    listed = len(rows)  # the count is of the people this list shows
    categories = list_categories(db)
    names = {c.code: c.label(language) for c in categories}
    if which is ListKind.ARRIVALS:
        listed = model.travellers
    elif which is ListKind.ROOMING:
        listed = len(model.rooming)
    title = word(_TITLES[which], language)
    story: list[Any] = [
        Text(title, log, 16, bold=True, space_after=1.5 * mm),
        Text(f"{ctx.event.title} — {ctx.event_dates}", log, 10),
        Text(
            word("count", language, count=listed),
            log,
            9,
            colour=GREY,
            space_after=2 * mm,
        ),
    ]
    if which is ListKind.PARTICIPANTS:
        story.append(_people_table(rows, ctx, log, names=names))
    elif which is ListKind.BY_ORGANISATION:
        story += _grouped(
            rows, lambda p: p.organisation or word("no_organisation", language), ctx, log
        )
    elif which is ListKind.BY_CATEGORY:
        story += _by_category(rows, categories, names, ctx, log)
    elif which is ListKind.ARRIVALS:
        story += _movements(model, ctx, log)
    elif which is ListKind.ROOMING:
        story += _rooming(model, ctx, log)
    else:
        sheet, listed = _sign_in(db, rows, item_id, ctx, log)
        story = story[:1] + sheet
    pages = build_document(out, ctx, log, f"{title} — {ctx.event.title}", story, progress=progress)
    return DocumentReport(pages=pages, items=listed, warnings=log.as_tuple())
