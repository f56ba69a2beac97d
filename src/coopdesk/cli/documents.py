"""``coopdesk export badges|tents|programme|list``: printed material as PDF files.

Warnings (characters no shipped font holds, an unreadable logo) are printed after
the file is written, one sentence each, so the officer knows before printing.
"""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import (
    CommandGroups,
    number_arg,
    open_db,
    report_written,
    text,
    write_document,
)


def _ids(value: str) -> list[int]:
    try:
        return [int(v) for v in value.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(text("documents.not_numbers")) from None


def _run(args: argparse.Namespace, render: Any, **kwargs: Any) -> int:
    from coopdesk.core.documents.report import pdf_path
    from coopdesk.core.services import events

    output = pdf_path(args.output)
    db = open_db(args)
    try:
        event = events.find_event(db, args.event)
        report = write_document(
            output, lambda out: render(db, event.id, out, language=args.lang, **kwargs)
        )
    finally:
        db.dispose()
    return report_written(report, output)


def cmd_badges(args: argparse.Namespace) -> int:
    from coopdesk.core.documents.badges import render_badges

    return _run(
        args,
        render_badges,
        layout=args.layout,
        participation_ids=args.participants,
        back=args.back,
        cut_marks=args.cut_marks,
        qr=not args.no_qr,
    )


def cmd_tents(args: argparse.Namespace) -> int:
    from coopdesk.core.documents.tents import render_tents

    return _run(args, render_tents, participation_ids=args.participants)


def cmd_programme(args: argparse.Namespace) -> int:
    from coopdesk.core.documents.programme import render_programme

    return _run(args, render_programme, participation_id=args.participant)


def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.core.documents.lists import render_list

    return _run(args, render_list, kind=args.kind, item_id=args.item)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--event",
        required=True,
        metavar="EVENT",
        help=text("common.event_number_or_title"),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default="fr",
        help=text("documents.option.lang"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=text("documents.option.output"),
    )


def add_commands(groups: CommandGroups) -> None:
    from coopdesk.core.enums import ListKind

    p = groups.export.add_parser("badges", help=text("documents.command.badges"))
    _common(p)
    p.add_argument(
        "--layout",
        default="a6",
        help=text("documents.option.layout"),
    )
    p.add_argument(
        "--participants",
        type=_ids,
        metavar="IDS",
        help=text("documents.option.participants"),
    )
    p.add_argument(
        "--back",
        action="store_true",
        help=text("documents.option.back"),
    )
    p.add_argument("--cut-marks", action="store_true", help=text("documents.option.cut_marks"))
    p.add_argument("--no-qr", action="store_true", help=text("documents.option.no_qr"))
    p.set_defaults(func=cmd_badges)

    p = groups.export.add_parser("tents", help=text("documents.command.tents"))
    _common(p)
    p.add_argument("--participants", type=_ids, metavar="IDS")
    p.set_defaults(func=cmd_tents)

    p = groups.export.add_parser("programme", help=text("documents.command.programme"))
    _common(p)
    p.add_argument(
        "--participant",
        type=number_arg,
        metavar="ID",
        help=text("documents.option.participant"),
    )
    p.set_defaults(func=cmd_programme)

    p = groups.export.add_parser("list", help=text("documents.command.list"))
    _common(p)
    p.add_argument("--kind", choices=[k.value for k in ListKind], default="participants")
    p.add_argument(
        "--item",
        type=number_arg,
        metavar="ID",
        help=text("documents.option.item"),
    )
    p.set_defaults(func=cmd_list)
