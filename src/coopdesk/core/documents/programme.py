"""The programme: the agenda day by day, in local time at each venue.

Times are those of the item's own zone, as guests live them. For a mission abroad
(an event whose zone is not Paris) each time has the Paris time beside it, so the
mayor's office knows when to call. A time in another zone than the one the header
states says which (``Paris, UTC+01:00`` under a flight out of Paris), and an end on a
later day than its start gives that day, in both columns. Days are those of the
local dates of the items.
A personal version keeps only the items one participant attends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from itertools import groupby
from typing import Any, BinaryIO

from babel.dates import format_date
from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Spacer  # type: ignore[import-untyped]

from coopdesk.core.db import Database
from coopdesk.core.documents.flow import Text, build_document, ruled_table
from coopdesk.core.documents.frame import GREY, MARGIN, DocumentContext, document_context
from coopdesk.core.documents.report import DocumentReport, WarningLog
from coopdesk.core.documents.words import word
from coopdesk.core.enums import AgendaItemStatus
from coopdesk.core.errors import ValidationError
from coopdesk.core.labels import label
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services import agenda, participants, venues
from coopdesk.core.timezones import PARIS, to_local, utc_offset_label
from coopdesk.core.values import AgendaItemView, VenueView

CANCELLED = HexColor("#A00000")


def _day(moment: datetime, language: str) -> str:
    # A no-break space keeps "4 mars" on one line in a narrow column.
    return f"({format_date(moment.date(), 'd MMM', locale=language)})".replace(" ", "\u00a0")


def _span(start: datetime, end: datetime, day: date, language: str) -> str:
    """``start – end`` on the clock of their zone; a start on another day than the
    row's ``day``, and an end on another day than its start, give their date."""
    text = f"{start:%H:%M}"
    if start.date() != day:
        text += f" {_day(start, language)}"
    text += f" – {end:%H:%M}"
    if end.date() != start.date():
        text += f" {_day(end, language)}"
    return text


def _zone(moment: datetime, zone: str) -> str:
    """``Paris, UTC+01:00``: the zone's place as its IANA name gives it, and its offset."""
    offset = utc_offset_label(moment, zone)
    if "/" not in zone or zone.startswith("Etc/"):
        return offset  # "UTC", "Etc/GMT-8": no place to name
    return f"{zone.rsplit('/', 1)[-1].replace('_', ' ')}, {offset}"


def _times(item: AgendaItemView, event_zone: str, language: str) -> tuple[str, str | None]:
    """The item's local time (and, for an event abroad, Paris time).

    A time not in the zone the programme's header states (the event's zone abroad,
    Paris at home) names its zone and offset on a line of its own; a time abroad in
    the header's zone gives its offset.
    """
    start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
    day = start.date()
    local = _span(start, end, day, language)
    if item.timezone != event_zone:
        local += f"\n{_zone(item.starts_at, item.timezone)}"
    elif item.timezone != PARIS:
        local += f"\n{utc_offset_label(item.starts_at, item.timezone)}"
    if event_zone == PARIS:
        return local, None
    paris = _span(to_local(item.starts_at, PARIS), to_local(item.ends_at, PARIS), day, language)
    return local, paris


def _lines(text: str, log: WarningLog, size: float = 9, **kwargs: Any) -> list[Any]:
    return [Text(line, log, size, **kwargs) for line in text.split("\n") if line.strip()]


def _row(
    item: AgendaItemView,
    venue: VenueView | None,
    abroad: bool,
    ctx: DocumentContext,
    log: WarningLog,
) -> list[Any]:
    language = ctx.language
    local, paris = _times(item, ctx.event.timezone, language)
    what: list[Any] = _lines(item.title, log, 9.5, bold=True)
    kind = label(item.type, language)
    if item.status == AgendaItemStatus.CANCELLED:
        kind += f" — {word('cancelled', language).upper()}"
    what += _lines(kind, log, 8, colour=CANCELLED if "—" in kind else GREY)
    if item.description:
        what += _lines(item.description, log, 8)
    where: list[Any] = []
    if venue is not None:
        where += _lines(venue.name, log, 8.5, bold=True) + _lines(venue.address, log, 8)
        if venue.city and venue.city not in venue.address:
            where += _lines(venue.city, log, 8)
    first, *zone = local.split("\n")
    row = [[Text(first, log, 9), *_lines("\n".join(zone), log, 8, colour=GREY)]]
    if abroad:
        row.append(_lines(paris or "", log, 9, colour=GREY))
    return [*row, what, where]


def _story(
    items: Sequence[AgendaItemView], ctx: DocumentContext, title: str, db: Database, log: WarningLog
) -> list[Any]:
    language = ctx.language
    abroad = ctx.event.timezone != PARIS
    story: list[Any] = [
        Text(title, log, 16, bold=True, space_after=2 * mm),
        Text(f"{ctx.event.title} — {ctx.event_dates}", log, 10, space_after=2 * mm),
    ]
    if abroad:
        story.append(
            Text(
                word("times_in", language, zone=ctx.event.timezone),
                log,
                8.5,
                colour=GREY,
                space_after=3 * mm,
            )
        )
    if not items:
        story.append(Text(word("nothing", language), log, 10))
    venue_cache: dict[int, VenueView] = {}
    width = A4[0] - 2 * MARGIN
    header = [Text(word("local_time", language), log, 8.5, bold=True)]
    widths = [30 * mm]
    if abroad:
        header.append(Text(word("paris_time", language), log, 8.5, bold=True))
        widths.append(28 * mm)
    header += [
        Text(word("programme", language), log, 8.5, bold=True),
        Text(word("venue", language), log, 8.5, bold=True),
    ]
    rest = width - sum(widths)
    widths += [rest * 0.58, rest * 0.42]

    def local_day(item: AgendaItemView) -> Any:
        return to_local(item.starts_at, item.timezone).date()

    for day, day_items in groupby(items, key=local_day):
        rows = []
        for item in day_items:
            venue = None
            if item.venue_id is not None:
                if item.venue_id not in venue_cache:
                    venue_cache[item.venue_id] = venues.get_venue(db, item.venue_id)
                venue = venue_cache[item.venue_id]
            rows.append(_row(item, venue, abroad, ctx, log))
        heading = format_date(day, "EEEE d MMMM y", locale=language)
        day_title = Text(heading[:1].upper() + heading[1:], log, 12, bold=True)
        story += [Spacer(1, 2 * mm), ruled_table(header, rows, widths, title=day_title)]
    return story


def render_programme(
    db: Database,
    event_id: int,
    out: str | BinaryIO,
    *,
    participation_id: int | None = None,
    language: str = "fr",
    progress: Progress = NO_PROGRESS,
) -> DocumentReport:
    """The event's programme, or one participant's personal programme."""
    log = WarningLog()
    ctx = document_context(db, event_id, language, log)
    if participation_id is None:
        items = agenda.list_agenda(db, event_id)
        title = word("programme", language)
    else:
        person = participants.get_participant(db, participation_id)
        if person.event_id != event_id:
            raise ValidationError("participation.not_in_event", "participant", id=participation_id)
        items = agenda.personal_agenda(db, participation_id)
        name = person.display_name.strip() or (person.native_name or "").strip()
        title = word("personal_programme", language, name=name)
    story = _story(items, ctx, title, db, log)
    pages = build_document(out, ctx, log, f"{title} — {ctx.event.title}", story, progress=progress)
    return DocumentReport(pages=pages, items=len(items), warnings=log.as_tuple())
