"""What every command of ``coopdesk`` shares: the user's language and sentences, dates
and choices typed on the command line, JSON output, opening the database, writing a
document file whole, errors told as sentences, and the log file. Command modules
import from here, never from one another.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from coopdesk.cli.messages import CLI_MESSAGES

log = logging.getLogger("coopdesk")

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1


def text(key: str, /, **values: Any) -> str:
    """The command line's sentence ``key`` (see :mod:`coopdesk.cli.messages`) in the
    user's language, filled with ``values``."""
    from coopdesk.core.messages import user_language
    from coopdesk.core.wording import fill

    language = user_language()
    return fill(CLI_MESSAGES[language][key], language, values)


def headings(*names: str) -> list[str]:
    """The column headings ``heading.NAME`` of a table printed, in the user's language."""
    return [text(f"heading.{name}") for name in names]


def run_command(
    handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, logfile: Path | None
) -> int:
    """Run a command and give its exit status: a user error as one sentence in the
    user's language (2), Ctrl+C (130), an unexpected error told in one sentence with its
    detail in the log (1); never a traceback on the screen."""
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.messages import describe

    try:
        return int(handler(args))
    except CoopdeskError as exc:
        log.info("user error: %s", exc)
        print(describe(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:  # every change is one transaction: it was rolled back
        print(text("command.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (head)
        sys.stderr.close()
        return 0
    except Exception:
        log.exception("unexpected error")
        print(text("command.unexpected_error", logfile=logfile), file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def json_default(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value).__name__)


def print_json(rows: Sequence[Any]) -> None:
    data = [
        asdict(r)
        if hasattr(r, "__dataclass_fields__")
        else r._asdict()
        if hasattr(r, "_asdict")
        else r
        for r in rows
    ]
    print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))


def open_db(args: argparse.Namespace) -> Any:
    from coopdesk.core import access
    from coopdesk.core.credentials import with_password
    from coopdesk.core.db import open_database, resolve_url

    db = open_database(with_password(resolve_url(args.database)))  # password: the keyring
    access.detect(db)  # the user's role, named when the server refuses something
    return db


def cli_language() -> str:
    from coopdesk.core.messages import user_language

    return user_language()


def report_written(report: Any, path: str) -> int:
    from coopdesk.core.messages import describe

    print(text("common.document_written", path=path, pages=report.pages, items=report.items))
    for warning in report.warnings:
        print(text("common.warning", warning=describe(warning)), file=sys.stderr)
    return 0


def write_document(path: str, render: Any) -> Any:
    """Render into a temporary file beside ``path``, which takes that name only once
    whole: a refusal (no participants) leaves the file that was there untouched."""
    from coopdesk.core.errors import CoopdeskError
    from coopdesk.core.files import publish
    from coopdesk.core.oserrors import os_reason

    target = Path(path)
    partial: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".part", dir=target.parent
        )
        partial = Path(name)
        with os.fdopen(handle, "wb") as out:
            report = render(out)
        publish(partial, target)
    except OSError as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise CoopdeskError(
            "documents.write_failed", None, path=path, reason=os_reason(exc)
        ) from exc
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise
    return report


# --- parsing ------------------------------------------------------------------------------


def date_arg(value: str) -> date:
    """A date typed on the command line: ISO (2023-07-02) or French (02/07/2023)."""
    typed = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(typed, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(text("common.not_a_date", value=value))


def number_arg(value: str) -> int:
    """A whole number typed on the command line (a record's number, a count)."""
    try:
        return int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(text("common.not_a_number", value=value)) from None


def enum_arg(cls: Any) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        try:
            return cls(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                text("common.possible_values", values=", ".join(m.value for m in cls))
            ) from None

    return parse


@dataclass
class CommandGroups:
    """Where a feature module adds its subcommands: ``coopdesk X``, ``coopdesk export X``,
    ``coopdesk import X``. Each parser needs ``set_defaults(func=...)``."""

    top: Any
    export: Any
    import_: Any
