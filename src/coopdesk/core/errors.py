"""Typed errors raised by the core.

Every error carries a stable ``code`` and the ``values`` involved, never a finished
sentence: the CLI and the GUI turn them into a message in the user's language
(see :mod:`coopdesk.core.messages`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

_PASSWORD_IN_URL = re.compile(r"(\w[\w+.-]*://[^:/@\s]*:)[^@\s]+@")


def _hide_password(text: str) -> str:
    """``postgresql://marie:secret@server/db`` as ``postgresql://marie:***@server/db``."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)


class CoopdeskError(Exception):
    """Base class of every error a user may cause or meet."""

    def __init__(self, code: str, field: str | None = None, **values: Any) -> None:
        self.code = code
        self.field = field
        # A database address never shows its password, in a sentence or in the log.
        values = {k: _hide_password(v) if isinstance(v, str) else v for k, v in values.items()}
        self.values: Mapping[str, Any] = values
        detail = ", ".join(f"{k}={v!r}" for k, v in values.items())
        super().__init__(
            f"{code}" + (f" [{field}]" if field else "") + (f": {detail}" if detail else "")
        )


class ValidationError(CoopdeskError):
    """Input that would make an impossible record (end before start, unknown zone...).

    When several fields are refused at once, the first error is raised and carries the
    others (:attr:`others`), so that a form can show every message at once.
    """

    def __init__(self, code: str, field: str | None = None, **values: Any) -> None:
        super().__init__(code, field, **values)
        self.others: tuple[ValidationError, ...] = ()

    @property
    def every(self) -> tuple[ValidationError, ...]:
        """This error and the others found with it."""
        return (self, *self.others)

    @staticmethod
    def together(errors: Sequence[ValidationError]) -> ValidationError:
        """One error to raise for ``errors`` (not empty): the first, carrying the rest."""
        first = errors[0]
        first.others = (*first.others, *errors[1:])
        return first


class NotFoundError(CoopdeskError):
    """A record that does not exist (any more)."""


class AmbiguousError(CoopdeskError):
    """A reference (such as part of a title) that matches more than one record."""


class StaleEditError(CoopdeskError):
    """Someone else changed the same fields of the record since it was read.

    ``values`` holds ``entity``, ``id`` and ``fields``: a mapping of field name to a
    pair ``(theirs, mine)`` so the user can see both versions.
    """


class DatabaseError(CoopdeskError):
    """The database cannot be opened, migrated, backed up or restored."""


class AccessDeniedError(CoopdeskError):
    """The user's role does not allow the action (a reader editing, an editor restoring,
    anyone but an administrator changing the change log); the server refused it."""
