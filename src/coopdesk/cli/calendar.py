"""``coopdesk export ical`` and ``coopdesk import ical``: calendar files (.ics).

Added to the ``coopdesk`` command through ``add_commands`` (see
``coopdesk.cli.COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.cli.common import CommandGroups, cli_language, date_arg, number_arg, open_db, text

if TYPE_CHECKING:
    from coopdesk.core.calendar.importer import ImportedItem


def _options(args: argparse.Namespace) -> Any:
    from coopdesk.core.calendar.export import ExportOptions

    return ExportOptions(language=args.lang, organizer_email=args.organizer_email)


def cmd_export_ical(args: argparse.Namespace) -> int:
    from coopdesk.core.calendar import export
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.services import events

    options = _options(args)
    if args.all_participants is None and args.output is None:
        raise ValidationError("field.required", "output")
    db = open_db(args)
    try:
        if args.venue is not None:
            data = export.export_venue_agenda(db, args.venue, options)
        elif args.first_day is not None or args.last_day is not None:
            if args.first_day is None or args.last_day is None:
                raise ValidationError(
                    "field.required", "start_date" if args.first_day is None else "end_date"
                )
            data = export.export_period(db, args.first_day, args.last_day, options)
        elif args.event is None:
            raise ValidationError("field.required", "event")
        else:
            event = events.find_event(db, args.event)
            if args.all_participants is not None:
                done = export.export_personal_agendas(
                    db, event.id, Path(args.all_participants), options
                )
                folder, written, skipped = args.all_participants, done.written, done.skipped
                agendas = text("calendar.agendas_written", count=len(written))
                print(text("calendar.agendas_in_folder", agendas=agendas, folder=folder))
                if skipped:
                    nobody = text("calendar.participants_without_items", count=len(skipped))
                    print(text("calendar.no_items_no_file", nobody=nobody))
                return 0
            if args.participant is not None:
                from coopdesk.core.services import participants

                part = participants.get_participant(db, args.participant)
                if part.event_id != event.id:
                    raise ValidationError("participation.not_in_event", None, id=args.participant)
                data = export.export_personal_agenda(db, args.participant, options)
            else:
                data = export.export_programme(db, event.id, options)
    finally:
        db.dispose()
    path = export.write_calendar(Path(args.output), data)
    print(text("calendar.written", path=path))
    return 0


def _when(item: ImportedItem) -> str:
    """``2024-12-10 10:00–11:30 Asia/Tokyo``: local time where the item takes place (the
    event's zone unless the file gives another), as ``coopdesk agenda`` shows it; whole
    days as days (``2024-12-09 → 2024-12-11 3 journées entières``)."""
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.messages import describe
    from coopdesk.core.timezones import to_local

    days = item.days()
    if days is not None:
        first, last = days
        count = (last - first).days + 1
        if count == 1:
            words = describe(ValidationError("calendar.all_day"), cli_language())
            return f"{first:%Y-%m-%d} {words} {item.timezone}"
        words = describe(ValidationError("calendar.all_days", None, count=count), cli_language())
        return f"{first:%Y-%m-%d} → {last:%Y-%m-%d} {words} {item.timezone}"
    start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
    days_later = (end.date() - start.date()).days
    later = f" (+{days_later})" if days_later else ""
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}{later} {item.timezone}"


def _title(item: ImportedItem) -> str:
    """The entry's title, marked when the file cancels it (Outlook's cancellations)."""
    if not item.cancelled():
        return item.title
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.messages import describe

    return f"{item.title} {describe(ValidationError('calendar.cancelled_mark'), cli_language())}"


def cmd_import_ical(args: argparse.Namespace) -> int:
    from coopdesk.core.calendar import importer
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.messages import describe
    from coopdesk.core.services import events

    try:
        data = Path(args.path).read_bytes()
    except OSError as exc:
        raise CoopdeskError(
            "calendar.unreadable", None, reason=f"{args.path}: {exc.strerror}"
        ) from exc
    lang = cli_language()
    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        preview = importer.preview_import(db, event.id, data)
        print(event.title)
        for note in preview.notes:
            print(f"  {note.sentence(lang)}")
        for heading, items in (
            (text("heading.to_create"), preview.created),
            (text("heading.to_update"), preview.updated),
            (text("heading.unchanged"), preview.unchanged),
        ):
            print(text("common.labelled", label=heading, value=len(items)))
            for item in items:
                print(f"  {_when(item)}  {_title(item)}")
        if preview.outside:
            print(
                text(
                    "common.labelled",
                    label=text("heading.outside_the_event_dates"),
                    value=len(preview.outside),
                )
            )
            for entry in preview.outside:
                days = f"{entry.first_day:%Y-%m-%d}"
                if entry.last_day != entry.first_day:
                    days += f" – {entry.last_day:%Y-%m-%d}"
                print(f"  {days}  {entry.summary or entry.uid or '?'}")
        if preview.refused:
            print(
                text("common.labelled", label=text("heading.refused"), value=len(preview.refused))
            )
            for refusal in preview.refused:
                print(f"  {refusal.sentence(lang)}")
        if args.dry_run:
            empty = importer.nothing_to_import(preview)
            if empty is not None:
                print(describe(empty, lang))
            print(text("calendar.dry_run"))
            return 0
        if not args.yes and sys.stdin.isatty():
            answer = input(text("calendar.import_question"))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(text("common.import_cancelled"))
                return 1
        done = importer.apply_import(db, event.id, data, seen=preview, source=args.path)
    finally:
        db.dispose()
    created = text("calendar.items_created", count=len(done.created))
    updated = text("calendar.items_updated", count=len(done.updated))
    print(text("calendar.imported", created=created, updated=updated))
    return 0


def add_commands(groups: CommandGroups) -> None:
    """Add ``export ical`` and ``import ical``."""
    p = groups.export.add_parser(
        "ical",
        help=text("calendar.command.export_ical"),
    )
    p.add_argument(
        "--event",
        metavar="EVENT",
        help=text("common.event_number_or_title"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--participant",
        type=number_arg,
        metavar="ID",
        help=text("calendar.option.participant"),
    )
    which.add_argument(
        "--all-participants",
        metavar="DIR",
        help=text("calendar.option.all_participants"),
    )
    which.add_argument("--venue", type=number_arg, metavar="ID", help=text("calendar.option.venue"))
    p.add_argument(
        "--from",
        dest="first_day",
        type=date_arg,
        metavar=text("common.date_metavar"),
        help=text("calendar.option.from"),
    )
    p.add_argument("--to", dest="last_day", type=date_arg, metavar=text("common.date_metavar"))
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument("--lang", choices=("fr", "en"), help=text("calendar.option.lang"))
    p.add_argument(
        "--organizer-email",
        metavar="EMAIL",
        help=text("calendar.option.organizer_email"),
    )
    p.set_defaults(func=cmd_export_ical)

    p = groups.import_.add_parser("ical", help=text("calendar.command.import_ical"))
    p.add_argument("--event", metavar="EVENT", required=True)
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=text("calendar.option.dry_run"),
    )
    p.add_argument("--yes", action="store_true", help=text("common.do_not_ask"))
    p.set_defaults(func=cmd_import_ical)
