"""Plain ``coopdesk``: the window, or where none can open, the events as text."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from coopdesk.cli.common import EXIT_USER_ERROR, open_db, text

log = logging.getLogger("coopdesk")


def window_possible() -> bool:
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
                text("start.libxcb_cursor_missing"),
                file=sys.stderr,
            )
            return False
    return True


def cmd_start(args: argparse.Namespace) -> int:
    """No subcommand: open the window, or where none can open (no display), prepare the
    database (demo data on first run) and list the events."""
    calendar = getattr(args, "file", None)
    if not args.text and window_possible():
        # The window is loaded by name: the command's type check stays apart from Qt's.
        run = importlib.import_module("coopdesk.gui.app").run
        if calendar:
            return int(run(args.database, args.home, calendar))
        return int(run(args.database, args.home))
    if calendar:  # a calendar file opened where no window can: say how to import it
        print(
            text("start.import_without_window", calendar=calendar),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if not args.text:
        print(
            text("start.no_display"),
            file=sys.stderr,
        )
    return cmd_overview(args)


def cmd_overview(args: argparse.Namespace) -> int:
    """The events as text, with the demo data loaded into a new database."""
    from coopdesk.core.demo import has_events, load_demo

    db = open_db(args)
    try:
        if not has_events(db):
            print(
                text("start.loading_demo"),
                file=sys.stderr,
            )
            load_demo(db)
        print(text("start.database", url=db.url))
        print()
        from coopdesk.cli.lists import show_events

        show_events(db, args)
        print()
        print(text("start.next_steps"))
    finally:
        db.dispose()
    return 0
