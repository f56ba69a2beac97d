"""A list as read from a file, before anything is understood of it: the rows of cells
of one sheet (never wider than a list of people can be), and the sheets of a workbook
with their row counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coopdesk.core.errors import ValidationError

MAX_COLUMNS = 1000


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook as its tab shows it: its name, whether it is hidden
    (a list of drop-down values, say) and how many rows hold something."""

    name: str
    hidden: bool
    rows: int


@dataclass(frozen=True)
class Table:
    """The rows of a sheet as read (cells as openpyxl or the csv module give them),
    with how a CSV was decoded so the user can correct the guess, or for a workbook
    which sheet was read among all of its ``sheets``."""

    source: str
    rows: Sequence[Sequence[Any]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[SheetInfo, ...] = ()
    mixed_lines: tuple[int, ...] = ()
    other_encoding: str | None = None


def trimmed_row(row: tuple[Any, ...], line: int, source: str) -> tuple[Any, ...]:
    """A row of more than ``MAX_COLUMNS`` cells without its blank ones at the end, or
    refused: a list of people is never that wide."""
    end = len(row)
    while end and row[end - 1] in (None, ""):
        end -= 1
    if end > MAX_COLUMNS:
        raise ValidationError(
            "import.too_many_columns",
            None,
            path=source,
            line=line,
            count=f"{end:,}".replace(",", "\u202f"),
            limit=MAX_COLUMNS,
        )
    return row[:end]
