"""The ``coopdesk`` command.

Plain ``coopdesk`` prepares the database (with the demo data on first run) and shows
the events; the subcommands list events and participants, manage the database and
load the demo data. User errors print one readable sentence and exit with status 2;
tracebacks go to the log file only.

Each command group is a module of this package that adds its subcommands through
``add_commands(groups)``; what they share is in :mod:`coopdesk.cli.common`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from coopdesk import __version__
from coopdesk.cli.common import (
    EXIT_INTERNAL_ERROR,
    EXIT_USER_ERROR,
    CommandGroups,
    date_arg,
    run_command,
    text,
)
from coopdesk.cli.parser import CommandParser, name_values_in_user_language
from coopdesk.core.logs import setup_logging

__all__ = [
    "COMMAND_MODULES",
    "CORE_COMMAND_MODULES",
    "EXIT_INTERNAL_ERROR",
    "EXIT_USER_ERROR",
    "build_parser",
    "date_arg",
    "main",
    "plain_start",
]

# Files that plain ``coopdesk FILE`` opens (the window offers to import them).
CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")


# Modules that add commands through ``add_commands(groups: CommandGroups)``: the
# core ones (always), then the features (export and import subcommands).
CORE_COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.cli.database",
    "coopdesk.cli.lists",
    "coopdesk.cli.privacy",
)
COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.cli.calendar",
    "coopdesk.cli.documents",
    "coopdesk.cli.io",
    "coopdesk.cli.venues",
    "coopdesk.cli.people",
    "coopdesk.cli.seating",
)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="coopdesk",
        description=text("command.description"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"coopdesk {__version__}",
        help=text("argparse.version"),  # not asked of gettext before Python 3.13
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=text("command.option.database"),
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help=text("command.option.text"),
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=text("command.option.home"),
    )
    sub = parser.add_subparsers(dest="command", metavar=text("command.command_metavar"))

    groups = CommandGroups(top=sub, export=None, import_=None)
    for name in CORE_COMMAND_MODULES:
        importlib.import_module(name).add_commands(groups)
    if COMMAND_MODULES:
        export = sub.add_parser(
            "export",
            help=text("command.command.export"),
        )
        import_ = sub.add_parser(
            "import",
            help=text("command.command.import"),
        )
        groups = CommandGroups(
            top=sub,
            export=export.add_subparsers(dest="export_command", required=True, metavar="TYPE"),
            import_=import_.add_subparsers(dest="import_command", required=True, metavar="TYPE"),
        )
        for name in COMMAND_MODULES:
            importlib.import_module(name).add_commands(groups)
    name_values_in_user_language(parser)
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

    if args.home:
        paths.set_home(args.home)
    logfile = setup_logging()
    handler = getattr(args, "func", None)
    if handler is None:
        from coopdesk.cli.start import cmd_start

        handler = cmd_start
    return run_command(handler, args, logfile)
