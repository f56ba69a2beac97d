"""``coopdesk export ical`` and ``coopdesk import ical``: calendar files (.ics).

Added to the ``coopdesk`` command through ``add_commands`` (see
``coopdesk.cli.COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.cli import CommandGroups, _count, _lang, _open, _t, date_arg

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
    db = _open(args)
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
                print(
                    _t(
                        _count(len(written), "agenda personnel écrit|agendas personnels écrits", "")
                        + f" dans {folder}",
                        _count(len(written), "", "personal agenda|personal agendas")
                        + f" written to {folder}",
                    )
                )
                if skipped:
                    print(
                        _t(
                            _count(len(skipped), "participant|participants", "")
                            + " sans aucun élément au programme : pas de fichier.",
                            _count(len(skipped), "", "participant attends|participants attend")
                            + " no item: no file.",
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
    print(_t(f"Calendrier écrit : {path}", f"Calendar written: {path}"))
    return 0


def _when(item: ImportedItem) -> str:
    """``2024-12-10 10:00–11:30 Asia/Tokyo``: local time where the item takes place (the
    event's zone unless the file gives another), as ``coopdesk agenda`` shows it."""
    from coopdesk.core.timezones import to_local

    start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
    days_later = (end.date() - start.date()).days
    later = f" (+{days_later})" if days_later else ""
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}{later} {item.timezone}"


def cmd_import_ical(args: argparse.Namespace) -> int:
    from coopdesk.core.calendar import importer
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.services import events

    try:
        data = Path(args.path).read_bytes()
    except OSError as exc:
        raise CoopdeskError(
            "calendar.unreadable", None, reason=f"{args.path}: {exc.strerror}"
        ) from exc
    lang = _lang()
    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        preview = importer.preview_import(db, event.id, data)
        print(event.title)
        for heading, items in (
            (_t("À créer", "To create"), preview.created),
            (_t("À mettre à jour", "To update"), preview.updated),
            (_t("Inchangés", "Unchanged"), preview.unchanged),
        ):
            print(f"{heading} : {len(items)}" if lang == "fr" else f"{heading}: {len(items)}")
            for item in items:
                print(f"  {_when(item)}  {item.title}")
        if preview.refused:
            print(_t(f"Refusés : {len(preview.refused)}", f"Refused: {len(preview.refused)}"))
            for entry in preview.refused:
                print(f"  {entry.uid or '?'} « {entry.summary or ''} » : {entry.reason(lang)}")
        if args.dry_run:
            print(_t("Simulation : rien n'a été importé.", "Dry run: nothing was imported."))
            return 0
        if not args.yes and sys.stdin.isatty():
            answer = input(_t("Importer ? [o/N] ", "Import? [y/N] "))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(_t("Import abandonné.", "Import cancelled."))
                return 1
        done = importer.apply_import(db, event.id, data, seen=preview)
    finally:
        db.dispose()
    print(
        _t(
            "Import fait : "
            + _count(len(done.created), "élément créé|éléments créés", "")
            + f", {len(done.updated)} mis à jour.",
            f"Imported: {len(done.created)} created, {len(done.updated)} updated.",
        )
    )
    return 0


def add_commands(groups: CommandGroups) -> None:
    """Add ``export ical`` and ``import ical``."""
    p = groups.export.add_parser(
        "ical",
        help=_t(
            "calendrier .ics (Outlook, Google, Apple, Thunderbird)",
            ".ics calendar (Outlook, Google, Apple, Thunderbird)",
        ),
    )
    p.add_argument(
        "--event",
        metavar="EVENT",
        help=_t("numéro ou partie du titre", "number or part of the title"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--participant",
        type=int,
        metavar="ID",
        help=_t(
            "agenda personnel d'un participant (n° de la liste)",
            "one participant's agenda (list no.)",
        ),
    )
    which.add_argument(
        "--all-participants",
        metavar="DIR",
        help=_t(
            "un fichier par participant dans ce dossier", "one file per participant in this folder"
        ),
    )
    which.add_argument(
        "--venue", type=int, metavar="ID", help=_t("agenda d'un lieu", "a venue's agenda")
    )
    p.add_argument(
        "--from",
        dest="first_day",
        type=date_arg,
        metavar=_t("AAAA-MM-JJ", "YYYY-MM-DD"),
        help=_t(
            "tous les événements de cette période (avec --to)",
            "every event of this period (with --to)",
        ),
    )
    p.add_argument("--to", dest="last_day", type=date_arg, metavar=_t("AAAA-MM-JJ", "YYYY-MM-DD"))
    p.add_argument("-o", "--output", metavar="PATH")
    p.add_argument(
        "--lang", choices=("fr", "en"), help=_t("langue des libellés", "language of the labels")
    )
    p.add_argument(
        "--organizer-email",
        metavar="EMAIL",
        help=_t("adresse de la collectivité (ORGANIZER)", "the authority's address (ORGANIZER)"),
    )
    p.set_defaults(func=cmd_export_ical)

    p = groups.import_.add_parser(
        "ical", help=_t("programme reçu d'un partenaire (.ics)", "a partner's programme (.ics)")
    )
    p.add_argument("--event", metavar="EVENT", required=True)
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--dry-run", action="store_true", help=_t("montrer sans importer", "show without importing")
    )
    p.add_argument("--yes", action="store_true", help=_t("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_import_ical)
