"""What an import would do, row by row, before anything is written.

Each accepted row is matched against the directory and the event: a person with the
same e-mail (any case), or the same first and last name and organisation (accents
and case aside), is an *existing person* offered for merge, whose empty fields the
row may fill, instead of a duplicate; someone already in this event is an *update*
of their participation, or *skipped* when the row changes nothing. Organisations
are matched by name, or listed as new. Every refused row is listed with its line and
column. The preview is a plain value: :func:`coopdesk.core.io.apply.apply_import`
writes it, all or nothing.

Here: building the preview and its warnings; the values it is made of are in
:mod:`coopdesk.core.io.outcome`, the matching in :mod:`coopdesk.core.io.matching`.
"""

from __future__ import annotations

from typing import Any

from coopdesk.core.db import Database
from coopdesk.core.io.categories import resolve_categories
from coopdesk.core.io.collector import few_collections
from coopdesk.core.io.dates import decide_orders, month_first_columns
from coopdesk.core.io.headers import ColumnMapping, guess_mapping
from coopdesk.core.io.matching import Directory, Matcher
from coopdesk.core.io.outcome import (
    NEW_PARTICIPATION_DEFAULTS,
    Action,
    ImportPreview,
    PreviewRow,
    PreviewRows,
)
from coopdesk.core.io.reading import Table
from coopdesk.core.io.rows import ParsedRows, RowReader
from coopdesk.core.io.sanity import RowWarning, dates_far_from_event, not_people
from coopdesk.core.model import Event
from coopdesk.core.progress import NO_PROGRESS, Progress
from coopdesk.core.services._base import get_row

__all__ = [
    "NEW_PARTICIPATION_DEFAULTS",
    "Action",
    "ImportPreview",
    "PreviewRow",
    "PreviewRows",
    "preview_import",
]


def preview_import(
    db: Database,
    event_id: int,
    table: Table,
    mapping: ColumnMapping | None = None,
    *,
    date_order: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportPreview:
    """What importing ``table`` into the event would do (nothing is written).

    Without ``mapping`` the columns are guessed (or remembered from a file of the
    same shape). A mapping that fills a field twice or names nobody is refused
    with a :class:`ValidationError`; bad rows are listed in ``issues``, what looks
    wrong in ``warnings``. ``date_order`` (``"dmy"`` or ``"mdy"``) answers the date
    columns whose values read both ways (see :mod:`coopdesk.core.io.dates`).
    ``progress`` counts its five steps over the whole list (dates, cells, categories,
    directory, matching); a cancel stops it between two.
    """
    progress.begin(5)
    if mapping is None:
        mapping = guess_mapping(table.rows)
    mapping.check()
    with few_collections(), db.session() as session:
        event = get_row(session, Event, event_id, "event")
        start, end, timezone = event.start_date, event.end_date, event.timezone
        orders = decide_orders(table.rows, mapping, start, end, date_order)
        progress.advance()
        reader = RowReader(mapping, timezone, start, month_first_columns(orders))
        parsed = reader.read(table.rows)
        progress.advance()
        new_categories = resolve_categories(session, parsed, _raw(reader, table, parsed))
        progress.advance()
        directory = Directory.load(session, event_id)
        progress.advance()
        matcher = Matcher(parsed, directory)
        rows, new_organisations = matcher.rows(session)
        progress.advance()
    issues = sorted(reader.issues, key=lambda issue: issue.line)
    undecided = frozenset(
        f"{o.field.split('_')[0]}_at" if o.field.startswith(("arrival", "departure")) else o.field
        for o in orders
        if o.order is None and o.field is not None
    )
    warnings = (
        _warnings(table, mapping, parsed, reader, (start, end, timezone), undecided)
        + matcher.warnings
    )
    return ImportPreview(
        event_id,
        table.source,
        mapping,
        rows,
        tuple(issues),
        new_organisations,
        tuple(warnings),
        orders,
        new_categories,
    )


def _raw(reader: RowReader, table: Table, parsed: ParsedRows) -> list[Any] | None:
    """The category cells of the accepted rows as the file gives them."""
    index = next((i for i, name, _, _ in reader.columns if name == "category"), None)
    if index is None:
        return None
    rows = table.rows
    return [rows[line - 1][index] if index < len(rows[line - 1]) else None for line in parsed.lines]


def _warnings(
    table: Table,
    mapping: ColumnMapping,
    parsed: ParsedRows,
    reader: RowReader,
    event: tuple[Any, Any, str],
    undecided: frozenset[str],
) -> list[RowWarning]:
    """The sanity pass over the whole list (see :mod:`coopdesk.core.io.sanity`)."""
    found: list[RowWarning] = []
    if table.mixed_lines:
        found.append(
            RowWarning(
                "import.warn.mixed_encoding",
                table.mixed_lines,
                None,
                {"encoding": table.encoding or "", "other": table.other_encoding or ""},
            )
        )
    start, end, timezone = event
    found += dates_far_from_event(
        parsed.lines, parsed.columns, reader.header_of, start, end, timezone, undecided
    )
    fields = mapping.fields
    for name in ("full_name", "last_name"):
        if name in fields:
            column = fields.index(name)
            lone = name == "full_name" and "first_name" not in fields
            warning = not_people(
                table.rows, mapping.header_line, column, mapping.headers[column], lone
            )
            if warning is not None:
                found.append(warning)
            break
    return found
