"""The ``coopdesk`` command.

Plain ``coopdesk`` prepares the database (with the demo data on first run) and shows
the events; the subcommands list events and participants, manage the database and
load the demo data. User errors print one readable sentence and exit with status 2;
tracebacks go to the log file only.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from coopdesk import __version__

log = logging.getLogger("coopdesk")

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1


def _t(fr: str, en: str) -> str:
    from coopdesk.core.messages import user_language

    return en if user_language() == "en" else fr


def _setup_logging() -> Path | None:
    from coopdesk.core import paths

    try:
        logfile = paths.log_dir() / "coopdesk.log"
        handler = logging.handlers.RotatingFileHandler(
            logfile, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return logfile


def _json_default(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def _print_json(rows: Sequence[Any]) -> None:
    data = [
        asdict(r)
        if hasattr(r, "__dataclass_fields__")
        else r._asdict()
        if hasattr(r, "_asdict")
        else r
        for r in rows
    ]
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _open(args: argparse.Namespace) -> Any:
    from coopdesk.core.db import open_database

    return open_database(args.database)


def _lang() -> str:
    from coopdesk.core.messages import user_language

    return user_language()


# --- commands ---------------------------------------------------------------------------


def _window_possible() -> bool:
    """Whether a window can open here: Qt importable and, on Linux, a display."""
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return False
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:
        log.warning("PySide6 cannot be imported: no window", exc_info=True)
        return False
    if (
        sys.platform.startswith("linux")
        and os.environ.get("DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        import ctypes.util

        # Qt's X11 plugin aborts the whole process without this library.
        if ctypes.util.find_library("xcb-cursor") is None:
            print(
                _t(
                    "Il manque la bibliothèque libxcb-cursor0 pour ouvrir la fenêtre "
                    "(sudo apt install libxcb-cursor0).",
                    "The libxcb-cursor0 library is missing to open the window "
                    "(sudo apt install libxcb-cursor0).",
                ),
                file=sys.stderr,
            )
            return False
    return True


def cmd_start(args: argparse.Namespace) -> int:
    """No subcommand: open the window, or where none can open (no display), prepare the
    database (demo data on first run) and list the events."""
    if not args.text and _window_possible():
        from coopdesk.gui.app import run

        return run(args.database, args.home)
    if not args.text:
        print(
            _t(
                "Pas d'écran disponible : voici les événements en mode texte.",
                "No display available: here are the events as text.",
            ),
            file=sys.stderr,
        )
    return cmd_overview(args)


def cmd_overview(args: argparse.Namespace) -> int:
    """The events as text, with the demo data loaded into a new database."""
    from coopdesk.core.demo import has_events, load_demo

    db = _open(args)
    try:
        if not has_events(db):
            print(
                _t(
                    "Première ouverture : chargement des données de démonstration…",
                    "First run: loading the demo data…",
                ),
                file=sys.stderr,
            )
            load_demo(db)
        print(_t(f"Base de données : {db.url}", f"Database: {db.url}"))
        print()
        _show_events(db, args)
        print()
        print(
            _t(
                "Ensuite : « coopdesk participants ASSISES » pour une liste de participants "
                "dans l'ordre protocolaire, « coopdesk --help » pour toutes les commandes.",
                "Next: “coopdesk participants ASSISES” for a participant list in protocol order, "
                "“coopdesk --help” for every command.",
            )
        )
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from coopdesk.core.demo import has_events, load_demo
    from coopdesk.core.errors import ValidationError

    db = _open(args)
    try:
        if has_events(db) and not args.force:
            raise ValidationError("demo.not_empty")
        counts = load_demo(db)
    finally:
        db.dispose()
    print(
        _t(
            f"Données de démonstration chargées : {counts['events']} événements, "
            f"{counts['participants']} participations, "
            f"{counts['agenda_items']} éléments de programme.",
            f"Demo data loaded: {counts['events']} events, "
            f"{counts['participants']} participations, {counts['agenda_items']} agenda items.",
        )
    )
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from coopdesk.core import archive
    from coopdesk.core.db import SCHEMA_HEAD, Database, make_engine, resolve_url

    if args.db_command == "upgrade":
        db = Database(make_engine(resolve_url(args.database)))
        try:
            before = db.current_revision()
            copy = db.upgrade()
        finally:
            db.dispose()
        if before == SCHEMA_HEAD:
            print(
                _t(
                    f"La base est à jour (révision {SCHEMA_HEAD}).",
                    f"The database is up to date (revision {SCHEMA_HEAD}).",
                )
            )
        else:
            print(
                _t(
                    f"Base mise à jour : {before or 'vide'} → {SCHEMA_HEAD}.",
                    f"Database upgraded: {before or 'empty'} → {SCHEMA_HEAD}.",
                )
            )
            if copy:
                print(_t(f"Copie de sécurité : {copy}", f"Safety copy: {copy}"))
        return 0
    db = _open(args)
    try:
        if args.db_command == "backup":
            path = archive.backup(db, Path(args.path))
            print(_t(f"Sauvegarde écrite : {path}", f"Backup written: {path}"))
        elif args.db_command == "restore":
            if not args.yes and sys.stdin.isatty():
                answer = input(
                    _t(
                        f"Remplacer tout le contenu de {db.url} par {args.path} ? [o/N] ",
                        f"Replace the whole content of {db.url} with {args.path}? [y/N] ",
                    )
                )
                if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                    print(_t("Restauration abandonnée.", "Restore cancelled."))
                    return 1
            counts = archive.restore(db, Path(args.path))
            print(
                _t(
                    f"Restauration faite : {counts.get('event', 0)} événements, "
                    f"{counts.get('person', 0)} personnes.",
                    f"Restored: {counts.get('event', 0)} events, {counts.get('person', 0)} people.",
                )
            )
    finally:
        db.dispose()
    return 0


def _show_events(db: Any, args: argparse.Namespace) -> None:
    from coopdesk.core.labels import label
    from coopdesk.core.services import events
    from coopdesk.textable import render

    rows = events.list_events(
        db,
        kind=getattr(args, "kind", None),
        status=getattr(args, "status", None),
        year=getattr(args, "year", None),
        search=getattr(args, "search", None),
    )
    if getattr(args, "json", False):
        _print_json(rows)
        return
    lang = _lang()
    headers = (
        ["N°", "Événement", "Type", "Partenaire", "Dates", "Statut", "Participants"]
        if lang == "fr"
        else ["No.", "Event", "Kind", "Partner", "Dates", "Status", "Participants"]
    )
    print(
        render(
            headers,
            [
                [
                    str(e.id),
                    e.title,
                    label(e.kind, lang),
                    e.partner or "",
                    f"{e.start_date.isoformat()} → {e.end_date.isoformat()}",
                    label(e.status, lang),
                    str(e.participant_count),
                ]
                for e in rows
            ],
        )
    )
    if not rows:
        print(_t("(aucun événement)", "(no events)"))


def cmd_events(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        _show_events(db, args)
    finally:
        db.dispose()
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    from coopdesk.core.labels import label
    from coopdesk.core.services import events, participants
    from coopdesk.textable import render

    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        rows = participants.list_participants(
            db, event.id, search=args.search, status=args.status, category=args.category
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(rows)
        return 0
    lang = _lang()
    print(f"{event.title} ({event.start_date.isoformat()} → {event.end_date.isoformat()})")
    headers = (
        [
            "N°",
            "Civ.",
            "Nom",
            "Nom d'origine",
            "Fonction",
            "Organisation",
            "Rôle",
            "Catégorie",
            "Statut",
        ]
        if lang == "fr"
        else [
            "No.",
            "Civ.",
            "Name",
            "Native name",
            "Function",
            "Organisation",
            "Role",
            "Category",
            "Status",
        ]
    )
    print(
        render(
            headers,
            [
                [
                    str(p.id),
                    p.civility or "",
                    f"{p.last_name.upper()} {p.first_name}".strip(),
                    p.native_name or "",
                    p.function or "",
                    p.organisation or "",
                    label(p.role, lang),
                    label(p.category, lang),
                    label(p.status, lang),
                ]
                for p in rows
            ],
            max_width=32,
        )
    )
    print(_t(f"{len(rows)} participant(s)", f"{len(rows)} participant(s)"))
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from coopdesk.core.labels import label
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import PARIS, to_local
    from coopdesk.textable import render

    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        items = agenda.list_agenda(db, event.id)
        found = conflicts.agenda_conflicts(db, event.id)
    finally:
        db.dispose()
    if args.json:
        _print_json(items)
        return 0
    lang = _lang()
    abroad = event.timezone != PARIS
    headers = ["Date", _t("Début", "Start"), _t("Fin", "End"), _t("Fuseau", "Zone")]
    if abroad:
        headers.append(_t("Heure de Paris", "Paris time"))
    headers += [_t("Élément", "Item"), "Type", _t("Lieu", "Venue"), "!"]
    flagged = {i for c in found for i in c.item_ids}
    rows = []
    for item in items:
        start, end = to_local(item.starts_at, item.timezone), to_local(item.ends_at, item.timezone)
        days_later = (end.date() - start.date()).days
        row = [
            start.date().isoformat(),
            start.strftime("%H:%M"),
            end.strftime("%H:%M") + (f" (+{days_later})" if days_later else ""),
            item.timezone,
        ]
        if abroad:
            row.append(to_local(item.starts_at, PARIS).strftime("%d/%m %H:%M"))
        title = item.title + (_t(" (annulé)", " (cancelled)") if item.status == "cancelled" else "")
        row += [title, label(item.type, lang), item.venue or "", "⚠" if item.id in flagged else ""]
        rows.append(row)
    print(f"{event.title}")
    print(render(headers, rows))
    if found:
        print()
        print(
            _t(
                f"{len(found)} conflit(s) — « coopdesk conflicts » pour le détail.",
                f"{len(found)} conflict(s) — “coopdesk conflicts” for details.",
            )
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from coopdesk.core.services import agenda, conflicts, events
    from coopdesk.core.timezones import to_local

    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        found = conflicts.agenda_conflicts(db, event.id)
        items = {i.id: i for i in agenda.list_agenda(db, event.id)}
        for c in found:
            for item_id in c.item_ids:
                if item_id not in items:
                    items[item_id] = agenda.get_agenda_item(db, item_id)
    finally:
        db.dispose()
    if args.json:
        _print_json(found)
        return 0

    def show(item_id: int) -> str:
        item = items[item_id]
        start = to_local(item.starts_at, item.timezone)
        return f"« {item.title} » ({start.strftime('%d/%m %H:%M')})"

    for c in found:
        if c.kind == "person_double_booked":
            print(
                _t(f"{c.person} est attendu(e) à deux endroits : ", f"{c.person} is booked twice: ")
                + " / ".join(show(i) for i in c.item_ids)
            )
        elif c.kind == "venue_double_booked":
            print(
                _t(f"{c.venue} est occupé deux fois : ", f"{c.venue} is booked twice: ")
                + " / ".join(show(i) for i in c.item_ids)
            )
        elif c.kind == "over_item_capacity":
            print(
                show(c.item_ids[0])
                + _t(
                    f" : {c.count} personnes pour {c.limit} places",
                    f": {c.count} people for {c.limit} seats",
                )
            )
        else:
            print(
                show(c.item_ids[0])
                + _t(
                    f" : {c.count} personnes, {c.venue} en accueille {c.limit}",
                    f": {c.count} people, {c.venue} holds {c.limit}",
                )
            )
    if not found:
        print(_t("Aucun conflit dans le programme.", "No conflicts in the agenda."))
    if event.kind == "delegation_out":
        from coopdesk.core.services.travel import PASSPORT_MISSING, passport_problems

        db = _open(args)
        try:
            problems = passport_problems(db, event.id)
        finally:
            db.dispose()
        for p in problems:
            if p.kind == PASSPORT_MISSING:
                print(_t(f"{p.name} : passeport non renseigné.", f"{p.name}: passport unknown."))
            else:
                assert p.expiry is not None
                print(
                    _t(
                        f"{p.name} : le passeport expire le {p.expiry.isoformat()}, il doit être "
                        f"valable jusqu'au {p.required_until.isoformat()} au moins.",
                        f"{p.name}: the passport expires on {p.expiry.isoformat()}; it must be "
                        f"valid until at least {p.required_until.isoformat()}.",
                    )
                )
    return 0


def _shown(value: Any) -> str:
    return "∅" if value is None else str(value)


def cmd_history(args: argparse.Namespace) -> int:
    from coopdesk.core.services import events
    from coopdesk.core.services.history import history
    from coopdesk.core.timezones import to_local
    from coopdesk.textable import render

    db = _open(args)
    try:
        event = events.find_event(db, args.event) if args.event else None
        changes = history(db, event_id=event.id if event else None, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        _print_json(changes)
        return 0
    actions = {
        "create": _t("création", "created"),
        "update": _t("modification", "changed"),
        "delete": _t("suppression", "deleted"),
        "import": _t("import", "imported"),
    }
    rows = []
    for c in changes:
        detail = (
            ", ".join(
                f"{field}: {_shown(before)} → {_shown(after)}"
                for field, (before, after) in c.changes.items()
            )
            if c.action == "update"
            else ""
        )
        rows.append(
            [
                to_local(c.at, "Europe/Paris").strftime("%Y-%m-%d %H:%M"),
                c.user,
                actions.get(c.action, c.action),
                c.entity.replace("_", " "),
                c.summary,
                detail,
            ]
        )
    headers = [
        "Date",
        _t("Qui", "Who"),
        _t("Action", "Action"),
        _t("Fiche", "Record"),
        _t("Quoi", "What"),
        _t("Détail", "Details"),
    ]
    print(render(headers, rows, max_width=60))
    return 0


# --- parsing ------------------------------------------------------------------------------


def date_arg(value: str) -> date:
    """A date typed on the command line: ISO (2023-07-02) or French (02/07/2023)."""
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _t(
            f"« {value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
            f"“{value}” is not a date (YYYY-MM-DD or DD/MM/YYYY)",
        )
    )


def _enum_arg(cls: Any) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        try:
            return cls(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _t("valeurs possibles : ", "possible values: ") + ", ".join(m.value for m in cls)
            ) from None

    return parse


@dataclass
class CommandGroups:
    """Where a feature module adds its subcommands: ``coopdesk X``, ``coopdesk export X``,
    ``coopdesk import X``. Each parser needs ``set_defaults(func=...)``."""

    top: Any
    export: Any
    import_: Any


# Feature modules that add commands through ``add_commands(groups: CommandGroups)``.
COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.cli_calendar",
    "coopdesk.cli_documents",
    "coopdesk.cli_io",
)


def build_parser() -> argparse.ArgumentParser:
    from coopdesk.core.enums import BadgeCategory, EventKind, EventStatus, ParticipationStatus

    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description=_t(
            "Délégations, conférences et résidences : le bureau des relations internationales.",
            "Delegations, conferences and residencies for an international-relations office.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help=_t(
            "base de données (URL SQLAlchemy ; défaut : COOPDESK_DATABASE_URL, sinon un "
            "fichier SQLite local)",
            "database (SQLAlchemy URL; default: COOPDESK_DATABASE_URL, else a local SQLite file)",
        ),
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help=_t(
            "sans fenêtre : lister les événements dans le terminal",
            "no window: list the events in the terminal",
        ),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=_t(
            "dossier pour toutes les données (installation portable)",
            "folder for all data (portable install)",
        ),
    )
    sub = parser.add_subparsers(
        dest="command", metavar="COMMANDE" if _lang() == "fr" else "COMMAND"
    )

    p = sub.add_parser("demo", help=_t("charger les données de démonstration", "load demo data"))
    p.add_argument(
        "--force",
        action="store_true",
        help=_t(
            "même si la base contient déjà des événements",
            "even if the database already holds events",
        ),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "db", help=_t("mise à jour, sauvegarde, restauration", "upgrade, backup, restore")
    )
    dbsub = p.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help=_t("mettre le schéma à jour", "upgrade the schema"))
    b = dbsub.add_parser(
        "backup",
        help=_t(
            "sauvegarder dans un fichier (.json, ou .sqlite3 pour une base SQLite)",
            "back up to a file (.json, or .sqlite3 from SQLite)",
        ),
    )
    b.add_argument("path")
    r = dbsub.add_parser(
        "restore",
        help=_t("remplacer le contenu par une sauvegarde", "replace the content with a backup"),
    )
    r.add_argument("path")
    r.add_argument("--yes", action="store_true", help=_t("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("events", help=_t("lister les événements", "list events"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--kind", type=_enum_arg(EventKind))
    p.add_argument("--status", type=_enum_arg(EventStatus))
    p.add_argument("--year", type=int)
    p.add_argument("--search")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "participants",
        help=_t(
            "participants d'un événement, dans l'ordre protocolaire",
            "an event's participants, in protocol order",
        ),
    )
    p.add_argument(
        "event",
        metavar="EVENT",
        help=_t("numéro ou partie du titre", "number or part of the title"),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--search")
    p.add_argument("--status", type=_enum_arg(ParticipationStatus))
    p.add_argument("--category", type=_enum_arg(BadgeCategory))
    p.set_defaults(func=cmd_participants)

    p = sub.add_parser("agenda", help=_t("programme d'un événement", "an event's agenda"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("conflicts", help=_t("conflits du programme", "agenda conflicts"))
    p.add_argument("event", metavar="EVENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("history", help=_t("qui a changé quoi", "who changed what"))
    p.add_argument(
        "event", metavar="EVENT", nargs="?", help=_t("limiter à un événement", "only one event")
    )
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    if COMMAND_MODULES:
        import importlib

        export = sub.add_parser(
            "export",
            help=_t(
                "exporter (calendriers, documents, listes)", "export (calendars, documents, lists)"
            ),
        )
        import_ = sub.add_parser(
            "import", help=_t("importer (participants, programme)", "import (participants, agenda)")
        )
        groups = CommandGroups(
            top=sub,
            export=export.add_subparsers(dest="export_command", required=True, metavar="TYPE"),
            import_=import_.add_subparsers(dest="import_command", required=True, metavar="TYPE"),
        )
        for name in COMMAND_MODULES:
            importlib.import_module(name).add_commands(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    from coopdesk.core import paths
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.messages import describe

    if args.home:
        paths.set_home(args.home)
    logfile = _setup_logging()
    handler = getattr(args, "func", cmd_start)
    try:
        return int(handler(args))
    except CoopdeskError as exc:
        log.info("user error: %s", exc)
        print(describe(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (head)
        sys.stderr.close()
        return 0
    except Exception:
        log.exception("unexpected error")
        print(
            _t(
                f"Erreur inattendue. Le détail est dans le journal : {logfile}",
                f"Unexpected error. Details are in the log: {logfile}",
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL_ERROR
