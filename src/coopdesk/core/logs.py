"""The log file: ``coopdesk.log`` in the log folder, turned over at 2 MB with three old
ones kept, set up in this one place for whichever front end runs, so that a support
call finds one file, written the same way."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from coopdesk.core import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging() -> Path | None:
    """Send log records at INFO and above to the log file, once however often called;
    its path, or None when the log folder cannot be written (nothing is logged then,
    and nothing fails)."""
    try:
        logfile = paths.log_dir() / "coopdesk.log"
    except OSError:
        return None
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(logfile) for h in root.handlers):
        try:
            handler = logging.handlers.RotatingFileHandler(
                logfile, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return logfile
