"""``coopdesk export badges|tents|programme|list``: printed material as PDF files.

Warnings (characters no shipped font holds, an unreadable logo) are printed after
the file is written, one sentence each, so the officer knows before printing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from coopdesk.cli import CommandGroups, _count, _open, _t


def _ids(value: str) -> list[int]:
    try:
        return [int(v) for v in value.replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            _t("numéros séparés par des virgules", "numbers separated by commas")
        ) from None


def _finish(report: Any, path: str) -> int:
    from coopdesk.core.messages import describe

    print(
        _t(
            f"{path} écrit : "
            + _count(report.pages, "page|pages", "")
            + ", "
            + _count(report.items, "élément|éléments", "")
            + ".",
            f"{path} written: "
            + _count(report.pages, "", "page|pages")
            + ", "
            + _count(report.items, "", "item|items")
            + ".",
        )
    )
    for warning in report.warnings:
        print(_t("Attention : ", "Warning: ") + describe(warning), file=sys.stderr)
    return 0


def _write(path: str, render: Any) -> Any:
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


def _run(args: argparse.Namespace, render: Any, **kwargs: Any) -> int:
    from coopdesk.core.documents.report import pdf_path
    from coopdesk.core.services import events

    output = pdf_path(args.output)
    db = _open(args)
    try:
        event = events.find_event(db, args.event)
        report = _write(output, lambda out: render(db, event.id, out, language=args.lang, **kwargs))
    finally:
        db.dispose()
    return _finish(report, output)


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
        help=_t("numéro ou partie du titre", "number or part of the title"),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default="fr",
        help=_t("langue du document", "language of the document"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=_t("fichier PDF à écrire (.pdf)", "PDF file to write (.pdf)"),
    )


def add_commands(groups: CommandGroups) -> None:
    from coopdesk.core.enums import ListKind

    p = groups.export.add_parser("badges", help=_t("badges (PDF)", "badges (PDF)"))
    _common(p)
    p.add_argument(
        "--layout",
        default="a6",
        help=_t(
            "gabarit : a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 "
            "ou un gabarit personnel",
            "layout: a6, avery-l4785, cards-85x54-10, inserts-90x54-8, cr80 or one of your own",
        ),
    )
    p.add_argument(
        "--participants",
        type=_ids,
        metavar="IDS",
        help=_t("numéros de participation (ex. 12,15)", "participation numbers"),
    )
    p.add_argument(
        "--back",
        action="store_true",
        help=_t("imprimer aussi le verso (recto verso)", "print the back too (duplex)"),
    )
    p.add_argument("--cut-marks", action="store_true", help=_t("traits de coupe", "cut marks"))
    p.add_argument("--no-qr", action="store_true", help=_t("sans code QR", "without QR code"))
    p.set_defaults(func=cmd_badges)

    p = groups.export.add_parser("tents", help=_t("chevalets (PDF)", "name tents (PDF)"))
    _common(p)
    p.add_argument("--participants", type=_ids, metavar="IDS")
    p.set_defaults(func=cmd_tents)

    p = groups.export.add_parser("programme", help=_t("programme (PDF)", "programme (PDF)"))
    _common(p)
    p.add_argument(
        "--participant",
        type=int,
        metavar="ID",
        help=_t("programme personnel de ce participant", "this participant's agenda"),
    )
    p.set_defaults(func=cmd_programme)

    p = groups.export.add_parser("list", help=_t("listes (PDF)", "lists (PDF)"))
    _common(p)
    p.add_argument("--kind", choices=[k.value for k in ListKind], default="participants")
    p.add_argument(
        "--item",
        type=int,
        metavar="ID",
        help=_t("élément du programme (feuille d'émargement)", "agenda item (sign-in sheet)"),
    )
    p.set_defaults(func=cmd_list)
