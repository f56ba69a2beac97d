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
# Files that plain ``coopdesk FILE`` opens (the window offers to import them).
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")


def _t(fr: str, en: str) -> str:
    from coopdesk.core.messages import user_language

    return en if user_language() == "en" else fr


def _count(count: int, fr: str, en: str) -> str:
    """``count`` and the words that agree with it, ``fr`` and ``en`` each given as
    ``"one|many"`` (``_count(2, "page écrite|pages écrites", "page|pages")``)."""
    from coopdesk.core.messages import user_language
    from coopdesk.core.wording import plural_form

    language = user_language()
    return f"{count} " + plural_form(count, en if language == "en" else fr, language)


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
    from coopdesk.core import access
    from coopdesk.core.credentials import with_password
    from coopdesk.core.db import open_database, resolve_url

    db = open_database(with_password(resolve_url(args.database)))  # password: the keyring
    access.detect(db)  # the user's role, named when the server refuses something
    return db


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
    calendar = getattr(args, "file", None)
    if not args.text and _window_possible():
        from coopdesk.gui.app import run

        if calendar:
            return run(args.database, args.home, calendar)
        return run(args.database, args.home)
    if calendar:  # a calendar file opened where no window can: say how to import it
        print(
            _t(
                f"Pour importer {calendar} sans fenêtre : "
                f"coopdesk import ical --event ÉVÉNEMENT {calendar}",
                f"To import {calendar} without a window: "
                f"coopdesk import ical --event EVENT {calendar}",
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
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
        from coopdesk.cli_lists import show_events

        show_events(db, args)
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


def enum_arg(cls: Any) -> Callable[[str], Any]:
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


# Modules that add commands through ``add_commands(groups: CommandGroups)``: the
# core ones (always), then the features (export and import subcommands).
CORE_COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.cli_database",
    "coopdesk.cli_lists",
    "coopdesk.cli_privacy",
)
COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.cli_calendar",
    "coopdesk.cli_documents",
    "coopdesk.cli_io",
    "coopdesk.cli_venues",
    "coopdesk.cli_people",
    "coopdesk.cli_seating",
)


def build_parser() -> argparse.ArgumentParser:
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

    import importlib

    groups = CommandGroups(top=sub, export=None, import_=None)
    for name in CORE_COMMAND_MODULES:
        importlib.import_module(name).add_commands(groups)
    if COMMAND_MODULES:
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


def plain_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of plain ``coopdesk`` (the window), if ``argv`` holds nothing else.

    Read without building every subcommand's parser, which imports features (the PDF
    lists, for one) that opening the window does not need. Anything else (a command,
    ``--help``, a mistake) is left to :func:`build_parser`, as before. A calendar file
    alone (``coopdesk programme.ics``, as the desktop opens a file) is kept in ``file``:
    the window offers to import it.
    """
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--database")
    parser.add_argument("--text", action="store_true")
    parser.add_argument("--home")
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    # A calendar file (opened with coopdesk from the desktop): the window imports it.
    args.file = None
    if len(rest) == 1 and rest[0].lower().endswith(CALENDAR_SUFFIXES):
        args.file = rest.pop()
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    args = plain_start(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
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
    except KeyboardInterrupt:  # every change is one transaction: it was rolled back
        print(
            _t(
                "\nInterrompu : l'action en cours est annulée, rien n'en est enregistré.",
                "\nInterrupted: the action in progress is cancelled, none of it is saved.",
            ),
            file=sys.stderr,
        )
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
