"""Calendar files (.ics) of an event's programme, personal agendas, a venue, a period.

Each export reads what it needs in one transaction, turns the rows into plain
entries and hands them to :mod:`coopdesk.core.calendar.writer`.

UIDs are stable, so importing a newer export again updates the entries instead of
adding copies: the programme and a venue's agenda use the agenda item's own UID.
A personal agenda uses a UID derived from the item's and the participation's UIDs:
an assistant who imports the agendas of the mayor and of a deputy into one shared
calendar must see both entries, which the same UID in both files would merge into
one (Google even drops the second silently). Every re-export of that person's agenda
derives the same UID, so their own calendar still updates in place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from coopdesk.core.attendance import expected_in_sql, gets_printed_material
from coopdesk.core.calendar.writer import CalendarHeader, DayEntry, Person, TimedEntry, render
from coopdesk.core.db import Database
from coopdesk.core.enums import AgendaItemStatus, EventStatus, ParticipationStatus
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.filenames import safe_stem
from coopdesk.core.files import publish
from coopdesk.core.labels import label
from coopdesk.core.model import AgendaItem, Authority, Event, Participation, Venue
from coopdesk.core.model import Person as PersonRow
from coopdesk.core.oserrors import os_reason
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services._base import get_row
from coopdesk.core.timezones import now_utc
from coopdesk.core.values import person_name

# Namespace of the UIDs coopdesk derives (personal entries, events of a period).
UID_NAMESPACE = uuid.UUID("6f1d2c3e-8a4b-5c6d-9e7f-0a1b2c3d4e5f")

_ANSWERED = (ParticipationStatus.CONFIRMED, ParticipationStatus.ATTENDED)
_EVENT_STATUS = {
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.DONE: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def personal_uid(item_uid: str, participation_uid: str) -> str:
    """The UID of an item in one participant's agenda (see the module's docstring)."""
    return str(uuid.uuid5(UID_NAMESPACE, f"{item_uid}/{participation_uid}"))


def period_uid(event_id: int, authority: str) -> str:
    """The UID of an event in a calendar of the period: one per event and authority."""
    return str(uuid.uuid5(UID_NAMESPACE, f"event/{event_id}/{authority}"))


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices shared by every export.

    ``language`` is the language of the labels (fr or en; default: the authority's
    document language). ``organizer_email`` names the office as ORGANIZER; without
    it no ORGANIZER is written rather than an invented address. ``now`` is the
    DTSTAMP (the time of the export by default).
    """

    language: str | None = None
    organizer_email: str | None = None
    now: datetime | None = None


def _header(
    session: Session, name: str, timezone: str | None, options: ExportOptions
) -> CalendarHeader:
    authority = session.get(Authority, 1)
    language = options.language or (authority.document_language if authority else "fr")
    organizer = None
    if options.organizer_email and authority is not None:
        organizer = Person(authority.name, options.organizer_email)
    return CalendarHeader(
        name=name,
        language=language,
        stamp=options.now or now_utc(),
        timezone=timezone,
        organizer=organizer,
    )


def _items(session: Session, where: ColumnElement[bool]) -> list[AgendaItem]:
    query = (
        select(AgendaItem)
        .options(
            selectinload(AgendaItem.venue),
            selectinload(AgendaItem.attendees).selectinload(Participation.person),
        )
        .where(where)
        .order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)
    )
    return list(session.scalars(query))


def _location(venue: Venue | None) -> str | None:
    if venue is None:
        return None
    lines = [venue.name, *(line.strip() for line in venue.address.splitlines())]
    return ", ".join(line for line in lines if line)


def _name(person: PersonRow) -> str:
    return person_name(person.first_name, person.last_name, person.native_name)


def _attendees(item: AgendaItem) -> tuple[Person, ...]:
    """The named attendees with an address. An item for the whole event lists nobody:
    hundreds of ATTENDEE lines would make it a mass meeting in Outlook."""
    if item.all_participants:
        return ()
    return tuple(
        Person(_name(p.person), p.person.email, p.status in _ANSWERED)
        for p in sorted(item.attendees, key=lambda p: p.id)
        if p.person.email and gets_printed_material(p.status)
    )


def _event_language(event: Event, fallback: str) -> str:
    return next((x for x in event.languages.split(",") if x), fallback)


def _entry(item: AgendaItem, language: str, header: CalendarHeader, uid: str) -> TimedEntry:
    return TimedEntry(
        uid=uid,
        title=item.title,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        timezone=item.timezone,
        sequence=item.sequence,
        cancelled=item.status == AgendaItemStatus.CANCELLED,
        category=label(item.type, header.language),
        language=language,
        location=_location(item.venue),
        description=item.description,
        attendees=_attendees(item),
        item_uid=item.uid,
    )


class EmptyCalendar(CoopdeskError):
    """A calendar would hold no entry. RFC 5545 asks for at least one, and Outlook
    refuses a file without: nothing is written, the user is told why."""


def _programme(
    session: Session, event_id: int, options: ExportOptions
) -> tuple[Event, CalendarHeader, str, list[AgendaItem]]:
    """An event's programme as its calendars show it: the event, the file's header, the
    entries' language and the items; an empty programme is refused."""
    event = get_row(session, Event, event_id, "event")
    header = _header(session, event.title, event.timezone, options)
    language = _event_language(event, header.language)
    items = _items(session, AgendaItem.event_id == event_id)
    if not items:
        raise EmptyCalendar("calendar.empty_programme", None, event=event.title)
    return event, header, language, items


def export_programme(db: Database, event_id: int, options: ExportOptions | None = None) -> bytes:
    """The whole programme of an event, cancelled items included (as cancelled)."""
    options = options or ExportOptions()
    with db.session() as session:
        _event, header, language, items = _programme(session, event_id, options)
        return render(header, [_entry(i, language, header, i.uid) for i in items])


def _attends(item: AgendaItem, participation_id: int) -> bool:
    """Whether the participant is expected at ``item`` (as services.agenda decides)."""
    return item.all_participants or any(a.id == participation_id for a in item.attendees)


def _personal(
    items: Sequence[AgendaItem], part: Participation, language: str, header: CalendarHeader
) -> list[TimedEntry]:
    if not gets_printed_material(part.status):
        return []
    return [
        _entry(i, language, header, personal_uid(i.uid, part.uid))
        for i in items
        if _attends(i, part.id)
    ]


def _personal_header(header: CalendarHeader, event: Event, part: Participation) -> CalendarHeader:
    return CalendarHeader(
        name=f"{event.title} – {_name(part.person)}",
        language=header.language,
        stamp=header.stamp,
        timezone=header.timezone,
        organizer=header.organizer,
    )


def export_personal_agenda(
    db: Database, participation_id: int, options: ExportOptions | None = None
) -> bytes:
    """One participant's agenda: only the items they attend (none once they declined)."""
    options = options or ExportOptions()
    with db.session() as session:
        part = get_row(session, Participation, participation_id, "participation")
        event = part.event
        header = _personal_header(
            _header(session, event.title, event.timezone, options), event, part
        )
        items = _items(session, AgendaItem.event_id == event.id)
        entries = _personal(items, part, _event_language(event, header.language), header)
        if not entries:
            raise _empty_agenda(event, part, items)
        return render(header, entries)


def _empty_agenda(event: Event, part: Participation, items: Sequence[AgendaItem]) -> EmptyCalendar:
    """Why ``part`` has no agenda: the programme is empty, they declined, or they
    attend none of its items."""
    if not items:
        return EmptyCalendar("calendar.empty_programme", None, event=event.title)
    code = (
        "calendar.declined"
        if part.status == ParticipationStatus.DECLINED
        else "calendar.empty_agenda"
    )
    return EmptyCalendar(code, None, name=_name(part.person), event=event.title)


@dataclass(frozen=True, slots=True)
class WrittenFile:
    """One personal agenda written into a folder."""

    participation_id: int
    path: Path
    item_count: int


_MAX_STEM = 80  # characters
_MAX_BYTES = 200  # in UTF-8: file systems allow 255 bytes for the whole name


def safe_file_stem(last_name: str, first_name: str, fallback: str) -> str:
    """A file name stem from a name, in its own script, that every system accepts:
    ``KOVALENKO Olena``, ``АБДУЛЛАЕВА-НУРСУЛТАНОВНА Aigerim``, ``佐藤 健二``
    (see :func:`coopdesk.core.filenames.safe_stem`); ``fallback`` for a name that
    leaves nothing, or a reserved device name (``CON``, ``NUL``...)."""
    return safe_stem(
        f"{last_name.upper()} {first_name}", fallback, max_chars=_MAX_STEM, max_bytes=_MAX_BYTES
    )


def personal_file_names(people: Iterable[tuple[int, str, str]]) -> dict[int, str]:
    """Unique file names (``NAME First.ics``, then ``NAME First (2).ics``...) for
    ``(participation id, last name, first name)``, unique even on Windows and macOS,
    where neither case nor the way accents are encoded counts."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for participation_id, last_name, first_name in people:
        stem = safe_file_stem(last_name, first_name, f"participant-{participation_id}")
        candidate, n = stem, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n})"
        taken.add(candidate.casefold())
        names[participation_id] = f"{candidate}.ics"
    return names


def _file_name_parts(part: Participation) -> tuple[int, str, str]:
    """What names ``part``'s file: the Latin name, else the name in its own script."""
    person = part.person
    if person.first_name.strip() or person.last_name.strip():
        return part.id, person.last_name, person.first_name
    return part.id, "", person.native_name or ""


def write_calendar(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a temporary file, then renamed)."""
    write_calendars([(path, data)])
    return path


def write_calendars(files: Iterable[tuple[Path, bytes]], progress: Progress = NO_PROGRESS) -> None:
    """Write every file whole, or none: each is first written to a temporary file
    beside it, and they take their names only once all are written. A failure (a
    full disk, a folder where a file should go) is a sentence in the user's language;
    a cancel (``progress``, advanced after each file) leaves no file either, nor the
    folders made for them."""
    written: list[tuple[Path, Path]] = []
    made: list[Path] = []
    current = Path()
    published = False
    try:
        for path, data in files:
            current = path
            made += [p for p in reversed(path.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=".coopdesk-", suffix=".ics")
            written.append((Path(name), path))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            progress.advance()
        progress.check()
        for partial, path in written:
            current = path
            publish(partial, path)
        published = True
    except OSError as exc:
        raise CoopdeskError(
            "calendar.write_failed", None, path=str(current), reason=os_reason(exc)
        ) from exc
    finally:
        for partial, _ in written:
            partial.unlink(missing_ok=True)
        if not published:
            for folder in reversed(made):
                with contextlib.suppress(OSError):  # not empty: something else is there
                    folder.rmdir()


@dataclass(frozen=True, slots=True)
class PersonalAgendas:
    """The files written, and the participations left without one: they attend no
    item, and an empty calendar is no file to send."""

    written: tuple[WrittenFile, ...]
    skipped: tuple[int, ...]


def export_personal_agendas(
    db: Database,
    event_id: int,
    folder: Path,
    options: ExportOptions | None = None,
    progress: Progress = NO_PROGRESS,
) -> PersonalAgendas:
    """A file per participant of the event in ``folder``, except those who declined
    and those who attend no item; an empty programme is refused.

    The agenda is read once for everyone, and each zone's VTIMEZONE built once.
    """
    options = options or ExportOptions()
    with db.session() as session:
        event, header, language, items = _programme(session, event_id, options)
        parts = list(
            session.scalars(
                select(Participation)
                .options(selectinload(Participation.person))
                .where(
                    Participation.event_id == event_id,
                    expected_in_sql(Participation.status),
                )
                .order_by(Participation.id)
            )
        )
        agendas = [(p, _personal(items, p, language, header)) for p in parts]
        skipped = tuple(p.id for p, entries in agendas if not entries)
        agendas = [(p, entries) for p, entries in agendas if entries]
        names = personal_file_names(_file_name_parts(p) for p, _ in agendas)
        files = [
            (p.id, names[p.id], _personal_header(header, event, p), entries)
            for p, entries in agendas
        ]
    if folder.exists() and not folder.is_dir():
        raise CoopdeskError(
            "calendar.write_failed",
            None,
            path=str(folder),
            reason=os_reason(FileExistsError(errno.EEXIST, "", str(folder))),
        )
    progress.begin(len(files))
    write_calendars(
        ((folder / name, render(head, entries)) for _, name, head, entries in files), progress
    )
    written = tuple(
        WrittenFile(pid, folder / name, len(entries)) for pid, name, _, entries in files
    )
    return PersonalAgendas(written, skipped)


def export_venue_agenda(db: Database, venue_id: int, options: ExportOptions | None = None) -> bytes:
    """Every item held at a venue, across events (for the venue's manager)."""
    options = options or ExportOptions()
    with db.session() as session:
        venue = get_row(session, Venue, venue_id, "venue")
        header = _header(session, venue.name, venue.timezone, options)
        items = _items(session, AgendaItem.venue_id == venue_id)
        if not items:
            raise EmptyCalendar("calendar.empty_venue", None, venue=venue.name)
        events: Mapping[int, Event] = {
            e.id: e
            for e in session.scalars(select(Event).where(Event.id.in_({i.event_id for i in items})))
        }
        return render(
            header,
            [
                _entry(i, _event_language(events[i.event_id], header.language), header, i.uid)
                for i in items
            ],
        )


def export_period(
    db: Database, first_day: date, last_day: date, options: ExportOptions | None = None
) -> bytes:
    """One all-day entry per event that overlaps ``first_day``–``last_day``."""
    if last_day < first_day:
        raise ValidationError("dates.end_before_start", "end_date", start=first_day, end=last_day)
    options = options or ExportOptions()
    with db.session() as session:
        authority = session.get(Authority, 1)
        header = _header(
            session, f"{first_day.isoformat()} – {last_day.isoformat()}", None, options
        )
        rows = session.execute(
            select(Event)
            .where(Event.start_date <= last_day, Event.end_date >= first_day)
            .order_by(Event.start_date, Event.id)
        ).scalars()
        days = [
            DayEntry(
                uid=period_uid(e.id, authority.name if authority else ""),
                title=e.title,
                first_day=e.start_date,
                last_day=e.end_date,
                status=_EVENT_STATUS[e.status],
                category=label(e.kind, header.language),
                language=_event_language(e, header.language),
                description=e.notes,
            )
            for e in rows
        ]
        if not days:
            raise EmptyCalendar(
                "calendar.empty_period", None, first_day=first_day, last_day=last_day
            )
        return render(header, days=days)
