"""``coopdesk export ical`` and ``coopdesk import ical``: calendar files (.ics).

Added to the ``coopdesk`` command through ``add_commands`` (see
``coopdesk.cli.COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.cli.common import CommandGroups, cli_language, counted, date_arg, fr_en, open_db

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
                agendas = counted(
                    len(written),
                    "agenda personnel écrit|agendas personnels écrits",
                    "personal agenda written|personal agendas written",
                )
                print(fr_en(f"{agendas} dans {folder}", f"{agendas} to {folder}"))
                if skipped:
                    nobody = counted(
                        len(skipped),
                        "participant n'assiste|participants n'assistent",
                        "participant attends|participants attend",
                    )
                    print(
                        fr_en(
                            f"{nobody} à aucun élément du programme : pas de fichier.",
                            f"{nobody} no item: no file.",
                        )
                    )
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
    print(fr_en(f"Calendrier écrit : {path}", f"Calendar written: {path}"))
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
    colon = " : " if lang == "fr" else ": "
    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        preview = importer.preview_import(db, event.id, data)
        print(event.title)
        for note in preview.notes:
            print(f"  {note.sentence(lang)}")
        for heading, items in (
            (fr_en("À créer", "To create"), preview.created),
            (fr_en("À mettre à jour", "To update"), preview.updated),
            (fr_en("Inchangés", "Unchanged"), preview.unchanged),
        ):
            print(f"{heading}{colon}{len(items)}")
            for item in items:
                print(f"  {_when(item)}  {_title(item)}")
        if preview.outside:
            print(
                fr_en(
                    "Hors des dates de l'événement, non importés",
                    "Outside the event's dates, not imported",
                )
                + f"{colon}{len(preview.outside)}"
            )
            for entry in preview.outside:
                days = f"{entry.first_day:%Y-%m-%d}"
                if entry.last_day != entry.first_day:
                    days += f" – {entry.last_day:%Y-%m-%d}"
                print(f"  {days}  {entry.summary or entry.uid or '?'}")
        if preview.refused:
            print(fr_en("Refusés", "Refused") + f"{colon}{len(preview.refused)}")
            for entry in preview.refused:
                print(f"  {entry.sentence(lang)}")
        if args.dry_run:
            empty = importer.nothing_to_import(preview)
            if empty is not None:
                print(describe(empty, lang))
            print(fr_en("Simulation : rien n'a été importé.", "Dry run: nothing was imported."))
            return 0
        if not args.yes and sys.stdin.isatty():
            answer = input(fr_en("Importer ? [o/N] ", "Import? [y/N] "))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(fr_en("Import abandonné.", "Import cancelled."))
                return 1
        done = importer.apply_import(db, event.id, data, seen=preview, source=args.path)
    finally:
        db.dispose()
    created = counted(
        len(done.created), "élément créé|éléments créés", "item created|items created"
    )
    updated = counted(len(done.updated), "mis à jour", "updated")
    print(fr_en(f"Import fait : {created}, {updated}.", f"Imported: {created}, {updated}."))
    return 0


def add_commands(groups: CommandGroups) -> None:
    """Add ``export ical`` and ``import ical``."""
    p = groups.export.add_parser(
        "ical",
        help=fr_en(
            "calendrier .ics (Outlook, Google, Apple, Thunderbird)",
            ".ics calendar (Outlook, Google, Apple, Thunderbird)",
        ),
    )
    p.add_argument(
        "--event",
        metavar="EVENT",
        help=fr_en("numéro ou partie du titre", "number or part of the title"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--participant",
        type=int,
        metavar="ID",
        help=fr_en(
            "agenda personnel d'un participant (n° de la liste)",
            "one participant's agenda (list no.)",
        ),
    )
    which.add_argument(
        "--all-participants",
        metavar="DIR",
        help=fr_en(
            "un fichier par participant dans ce dossier", "one file per participant in this folder"
        ),
    )
    which.add_argument(
        "--venue", type=int, metavar="ID", help=fr_en("agenda d'un lieu", "a venue's agenda")
    )
    p.add_argument(
        "--from",
        dest="first_day",
        type=date_arg,
        metavar=fr_en("AAAA-MM-JJ", "YYYY-MM-DD"),
        help=fr_en(
            "tous les événements de cette période (avec --to)",
            "every event of this period (with --to)",
        ),
    )
    p.add_argument(
        "--to", dest="last_day", type=date_arg, metavar=fr_en("AAAA-MM-JJ", "YYYY-MM-DD")
    )
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument(
        "--lang", choices=("fr", "en"), help=fr_en("langue des libellés", "language of the labels")
    )
    p.add_argument(
        "--organizer-email",
        metavar="EMAIL",
        help=fr_en("adresse de la collectivité (ORGANIZER)", "the authority's address (ORGANIZER)"),
    )
    p.set_defaults(func=cmd_export_ical)

    p = groups.import_.add_parser(
        "ical", help=fr_en("programme reçu d'un partenaire (.ics)", "a partner's programme (.ics)")
    )
    p.add_argument("--event", metavar="EVENT", required=True)
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=fr_en("montrer sans importer", "show without importing"),
    )
    p.add_argument("--yes", action="store_true", help=fr_en("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_import_ical)
