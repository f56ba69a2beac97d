"""``coopdesk import participants`` and ``coopdesk export participants|arrivals|rooming|
organisations``: participant lists in and out from the command line.

The import prints its preview (how each column is read, what each row will do, every
refused row with its line and column) and writes nothing when a row is refused: it
exits with status 2 so a script notices. On a terminal it asks before writing,
unless ``--yes``; ``--dry-run`` only shows the preview.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coopdesk.cli.common import EXIT_USER_ERROR, CommandGroups, open_db, text


def _counted(count: int, action: str) -> str:
    """``count`` rows of ``action``, the words agreeing with the count."""
    return text(f"io.action_counted.{action}", count=count)


def _delimiter(value: str) -> str:
    return "\t" if value.lower() in ("tab", "\\t", "tabulation") else value


def _describe_row(row: Any, lang: str) -> str:
    from coopdesk.core.io.headers import FIELD_HEADERS

    parts = []
    if row.matched_by:
        parts.append(text("io.same_e_mail") if row.matched_by == "email" else text("io.same_name"))
    changed = [*row.fills, *row.changes]
    if changed:
        names = ", ".join(FIELD_HEADERS[k][lang == "en"] for k in changed if k in FIELD_HEADERS)
        parts.append(text("io.fills", fields=names) if names else "")
    return " ; ".join(p for p in parts if p)


def _rows_words(count: int) -> str:
    if count == 0:
        return text("io.empty")
    return text("io.rows_counted", count=count)


def _print_sheets(table: Any) -> None:
    """Which sheet of a workbook of several was read, among all of them."""
    if len(table.sheets) < 2:
        return
    print(text("io.sheet_read", source=table.source, sheet=table.sheet))
    for info in table.sheets:
        hidden = text("io.hidden") if info.hidden else ""
        mark = text("io.read") if info.name == table.sheet else ""
        print(f"  {info.name} ({_rows_words(info.rows)}{hidden}){mark}")


def _print_preview(preview: Any, table: Any, lang: str) -> None:
    from coopdesk.core.io.dates import describe_order
    from coopdesk.core.io.headers import FIELD_HEADERS, reason_text
    from coopdesk.textable import render

    _print_sheets(table)
    if table.encoding:
        shown = "tab" if table.delimiter == "\t" else table.delimiter
        encoding = table.encoding
        if table.mixed_lines:
            encoding = f"{table.encoding} + {table.other_encoding}"
        print(
            text(
                "io.encoding_and_delimiter",
                source=table.source,
                encoding=encoding,
                shown=shown,
            )
        )
    mapping = preview.mapping
    if mapping.platform:
        print(text("io.export_recognised", platform=mapping.platform))
    print(text("io.headers_on_row", header_line=mapping.header_line))
    for index, (header, field) in enumerate(zip(mapping.headers, mapping.fields, strict=True)):
        target = FIELD_HEADERS[field][lang == "en"] if field else text("io.ignored")
        why = reason_text(mapping.reason(index), lang)
        print(f"  {header or '—'} → {target} — {why}")
    shown_orders = [o for o in preview.date_orders if o.field is not None]
    if shown_orders:
        print(text("io.date_order"))
        for order in shown_orders:
            print(f"  {describe_order(order, lang)}")
    print()
    rows = [
        [
            str(row.line),
            text(f"io.action.{row.action.value}"),
            row.name,
            (row.organisation or "") + (text("io.new") if row.new_organisation else ""),
            _describe_row(row, lang),
        ]
        for row in preview.rows
    ]
    headers = [
        text("heading.row"),
        text("heading.action"),
        text("heading.name"),
        text("heading.organisation"),
        text("heading.details"),
    ]
    print(render(headers, rows, max_width=36))
    for name in preview.new_organisations:
        print(text("io.new_organisation", name=name))
    if preview.warnings:
        print()
        print(text("io.please_check"))
        for warning in preview.warnings:
            print(f"  {warning.describe(lang)}")
    for name in preview.new_categories.values():
        print(text("io.new_category", name=name))
    if preview.issues:
        print()
        for issue in preview.issues:
            print(issue.describe(lang), file=sys.stderr)


def cmd_import_participants(args: argparse.Namespace) -> int:
    from coopdesk.core.io.apply import apply_import
    from coopdesk.core.io.headers import guess_mapping, read_mapping_file, remember_mapping
    from coopdesk.core.io.preview import Action, preview_import
    from coopdesk.core.io.reading import read_table
    from coopdesk.core.messages import user_language
    from coopdesk.core.services.events import find_event

    lang = user_language()
    table = read_table(
        Path(args.path),
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter) if args.delimiter else None,
        sheet=args.sheet,
    )
    mapping = guess_mapping(table.rows)
    if args.mapping:
        mapping = read_mapping_file(Path(args.mapping), mapping)
    db = open_db(args)
    try:
        event = find_event(db, args.event)
        preview = preview_import(db, event.id, table, mapping, date_order=args.date_order)
        _print_preview(preview, table, lang)
        counts = ", ".join(_counted(preview.count(action), action.value) for action in Action)
        print(counts)
        if preview.issues:
            refused = len(preview.refused_lines)
            print(
                text("io.rows_refused", count=refused),
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        if preview.date_questions:
            columns = ", ".join(
                text("io.header_quoted", header=o.header) for o in preview.date_questions
            )
            print(
                text("io.date_order_ambiguous", columns=columns),
                file=sys.stderr,
            )
            return 0 if args.dry_run else EXIT_USER_ERROR
        if args.dry_run:
            print(text("io.dry_run"))
            return 0
        accepted = args.accept_warnings
        if preview.warnings and not accepted:
            if args.yes or not sys.stdin.isatty():
                print(
                    text("io.warnings_refused"),
                    file=sys.stderr,
                )
                return EXIT_USER_ERROR
            answer = input(text("io.import_anyway_question"))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(text("common.import_cancelled"))
                return 1
            accepted = True
        elif not args.yes and sys.stdin.isatty():
            answer = input(text("io.import_question", title=event.title))
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print(text("common.import_cancelled"))
                return 1
        result = apply_import(db, preview, accept_warnings=accepted)
    finally:
        db.dispose()
    remember_mapping(preview.mapping)
    added = len(result.participation_ids)
    print(
        text(
            "io.imported",
            added=added,
            created=result.people_created,
            updated=result.participations_updated,
            skipped=result.skipped,
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.core.io.export import export_list
    from coopdesk.core.messages import user_language
    from coopdesk.core.services.events import find_event
    from coopdesk.core.services.organisations import get_authority

    db = open_db(args)
    try:
        event = find_event(db, args.event)
        language = args.language
        if language is None:
            authority = get_authority(db)
            language = authority.document_language if authority else user_language()
        path = export_list(db, event.id, args.list_kind, Path(args.output), language)
    finally:
        db.dispose()
    print(text("io.list_written", path=path))
    return 0


def add_commands(groups: CommandGroups) -> None:
    """Add ``import participants`` and the ``export`` of the four participant lists."""
    p = groups.import_.add_parser(
        "participants",
        help=text("io.command.participants"),
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("--event", required=True, help=text("io.option.event"))
    p.add_argument(
        "--mapping",
        metavar="FILE",
        help=text("io.option.mapping"),
    )
    p.add_argument("--encoding", help=text("io.option.encoding"))
    p.add_argument("--delimiter", help=text("io.option.delimiter"))
    p.add_argument(
        "--sheet",
        metavar=text("io.metavar.sheet"),
        help=text("io.option.sheet"),
    )
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=text("io.option.date_order"),
    )
    p.add_argument(
        "--accept-warnings",
        action="store_true",
        help=text("io.option.accept_warnings"),
    )
    p.add_argument("--dry-run", action="store_true", help=text("io.option.dry_run"))
    p.add_argument("--yes", action="store_true", help=text("common.do_not_ask"))
    p.set_defaults(func=cmd_import_participants)

    for kind in ("participants", "arrivals", "rooming", "organisations"):
        e = groups.export.add_parser(kind, help=text(f"io.export_help.{kind}"))
        e.add_argument("--event", required=True)
        e.add_argument("-o", "--output", required=True, metavar="PATH.xlsx|PATH.csv")
        e.add_argument("--language", choices=("fr", "en"))
        e.set_defaults(func=cmd_export, list_kind=kind)
