"""argparse's own words (``usage:``, ``options``, ``error: unrecognized arguments``…) in
the user's language.

argparse asks ``gettext`` for each of its words through its module-level ``_`` and
``ngettext``. :func:`install` puts a look-up in front of them, once: while one of the
command line's parsers (:class:`CommandParser`) is being built, formatting its help or
reading the command, argparse's words come from the command line's catalogue
(``argparse.*`` in :mod:`coopdesk.cli.messages`, whose English side is argparse's own
words); any other parser in the process keeps argparse's behaviour untouched.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from coopdesk.cli.messages import CLI_MESSAGES

__all__ = ["ARGPARSE_PREFIX", "CommandHelpFormatter", "CommandParser", "argparse_word", "install"]

ARGPARSE_PREFIX = "argparse."

_speaking: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "coopdesk_argparse_words", default=False
)
# argparse's message -> the name of its sentence in the catalogue
_NAMES: dict[str, str] = {
    english: key.removeprefix(ARGPARSE_PREFIX)
    for key, english in CLI_MESSAGES["en"].items()
    if key.startswith(ARGPARSE_PREFIX)
}

F = TypeVar("F", bound=Callable[..., Any])


def argparse_word(message: str) -> str | None:
    """argparse's ``message`` in the user's language, or None when the catalogue lacks it."""
    from coopdesk.cli.common import text

    name = _NAMES.get(message) if isinstance(message, str) else None
    return None if name is None else text(f"argparse.{name}")


@contextmanager
def _in_user_language() -> Iterator[None]:
    token = _speaking.set(True)
    try:
        yield
    finally:
        _speaking.reset(token)


def install() -> None:
    """Put the catalogue in front of argparse's ``_`` and ``ngettext`` (once; idempotent).

    Outside a :class:`CommandParser` call, both give exactly what argparse's own
    functions give."""
    plain_gettext: Callable[[str], str] = getattr(argparse, "_")  # noqa: B009
    plain_ngettext: Callable[[str, str, int], str] = getattr(argparse, "ngettext")  # noqa: B009
    if getattr(plain_gettext, "coopdesk_words", False):
        return

    def gettext(message: str) -> str:
        if _speaking.get():
            said = argparse_word(message)
            if said is not None:
                return said
        return plain_gettext(message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        if _speaking.get():
            from coopdesk.cli.common import cli_language

            one = n == 1 or (n == 0 and cli_language() == "fr")
            said = argparse_word(singular if one else plural)
            if said is not None:
                return said
        return plain_ngettext(singular, plural, n)

    setattr(gettext, "coopdesk_words", True)  # noqa: B010
    setattr(argparse, "_", gettext)  # noqa: B010
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def _speaks(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _in_user_language():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class CommandHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with the French space before the colon of a section's
    heading ("options :"), which argparse writes itself after the heading."""

    def start_section(self, heading: str | None) -> None:
        from coopdesk.cli.common import cli_language

        if heading and cli_language() == "fr" and not heading.endswith(" "):
            heading += " "
        super().start_section(heading)


class CommandParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose help, usage and errors speak the user's language.

    Its subcommands' parsers are of the same class (argparse's default)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install()
        kwargs.setdefault("formatter_class", CommandHelpFormatter)
        with _in_user_language():
            super().__init__(*args, **kwargs)

    add_argument = _speaks(argparse.ArgumentParser.add_argument)
    add_argument_group = _speaks(argparse.ArgumentParser.add_argument_group)
    add_subparsers = _speaks(argparse.ArgumentParser.add_subparsers)
    parse_args = _speaks(argparse.ArgumentParser.parse_args)
    parse_known_args = _speaks(argparse.ArgumentParser.parse_known_args)
    parse_intermixed_args = _speaks(argparse.ArgumentParser.parse_intermixed_args)
    parse_known_intermixed_args = _speaks(argparse.ArgumentParser.parse_known_intermixed_args)
    format_usage = _speaks(argparse.ArgumentParser.format_usage)
    format_help = _speaks(argparse.ArgumentParser.format_help)
    print_usage = _speaks(argparse.ArgumentParser.print_usage)
    print_help = _speaks(argparse.ArgumentParser.print_help)
    error = _speaks(argparse.ArgumentParser.error)


def name_values_in_user_language(parser: argparse.ArgumentParser) -> None:
    """Name the values the commands take (``EVENT``, ``PATH``, a positional ``guest``) in
    the user's language, in ``parser`` and all its subcommands' parsers.

    The name shown is the ``metavar`` given, or argparse's default (the option's ``dest``
    in capitals, a positional's ``dest`` as is); ``metavar.NAME`` in the catalogue gives
    it in the user's language, keeping its case. Names the catalogue lacks stay as they
    are."""
    from coopdesk.cli.common import text

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                name_values_in_user_language(sub)
            continue
        if action.nargs == 0 or action.choices is not None or action.metavar is argparse.SUPPRESS:
            continue
        shown = action.metavar
        if shown is None:
            shown = action.dest.upper() if action.option_strings else action.dest
        if not isinstance(shown, str) or f"metavar.{shown.upper()}" not in _METAVARS:
            continue
        said = text(f"metavar.{shown.upper()}")
        action.metavar = said if shown.isupper() else said.lower()


_METAVARS = frozenset(k for k in CLI_MESSAGES["en"] if k.startswith("metavar."))
