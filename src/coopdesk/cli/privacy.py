"""``coopdesk privacy``: subject requests and retention, for IT and the data protection
officer — export everything held about a person, erase a person, purge past guests'
sensitive data; each says which of coopdesk's own copies still hold them, and cleans
those too with ``--copies``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.common import CommandGroups, json_default, open_db, text


def _find_person(db: Any, reference: str) -> int:
    """A person by number, e-mail or a unique part of the name."""
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.services import people

    if reference.strip().isdigit():
        return int(reference)
    found = people.list_people(db, search=reference, limit=20)
    exact = [p for p in found if p.email and p.email.casefold() == reference.strip().casefold()]
    if len(exact) == 1:
        return exact[0].id
    if len(found) == 1:
        return found[0].id
    if not found:
        raise ValidationError("privacy.person_unknown", None, text=reference)
    for p in found:
        print(f"  {p.id:>6}  {p.first_name} {p.last_name}  {p.email or ''}", file=sys.stderr)
    raise ValidationError("privacy.person_ambiguous", None, text=reference, count=len(found))


def _confirm(args: argparse.Namespace, question: str) -> bool:
    from coopdesk.core.errors import ValidationError

    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError("privacy.confirm", None)
    answer = input(text("common.confirm", question=question))
    return answer.strip().lower() in ("o", "oui", "y", "yes")


def _kind(kind: str) -> str:
    return {
        "upgrade": text("privacy.copy_kind.upgrade"),
        "restore": text("privacy.copy_kind.restore"),
    }.get(kind, text("privacy.copy_kind.backup"))


def _report(args: argparse.Namespace, outcome: Any, cleaned: list[Path], what: str) -> None:
    still = [c for c in outcome.copies if c.path not in cleaned]
    if args.json:
        data = {
            "action": what,
            "people": outcome.people,
            "person_ids": [t.person_id for t in outcome.traces],
            "compacted": outcome.compacted,
            "vacuum_advised": outcome.vacuum_advised,
            "copies_cleaned": [str(p) for p in cleaned],
            "copies_still_holding": [
                {"path": str(c.path), "kind": c.kind, "people": c.people, "readable": c.readable}
                for c in still
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))
        return
    if not outcome.compacted:
        print(text("privacy.journal_in_use"))
    if outcome.vacuum_advised:
        print(text("privacy.vacuum_advised"))
    for path in cleaned:
        print(text("privacy.copy_cleaned", path=path))
    if still:
        print(text("privacy.copies_still_holding", count=len(still)))
        for c in still:
            unread = text("privacy.copy_unreadable")
            print(f"  {c.path}  ({_kind(c.kind)}{'' if c.readable else unread})")
        print(text("privacy.copies_advice"))


def cmd_privacy(args: argparse.Namespace) -> int:
    from coopdesk.core.services import privacy

    db = open_db(args)
    try:
        if args.privacy_command == "export":
            person_id = _find_person(db, args.person)
            data = privacy.export_person(db, person_id)
            exported = json.dumps(data, ensure_ascii=False, indent=2, default=json_default)
            if args.output:
                from coopdesk.core.errors import DatabaseError
                from coopdesk.core.oserrors import os_reason

                try:
                    Path(args.output).write_text(exported + "\n", encoding="utf-8")
                except OSError as exc:
                    raise DatabaseError(
                        "privacy.write_failed", path=args.output, reason=os_reason(exc)
                    ) from exc
                print(text("privacy.data_written", output=args.output))
            else:
                print(exported)
            return 0
        if args.privacy_command == "erase":
            person_id = _find_person(db, args.person)
            trace = privacy.person_trace(db, person_id)
            held = privacy.copies_holding((trace,))
            if not args.json:
                print(
                    text(
                        "privacy.erase_summary",
                        name=trace.name,
                        person_id=person_id,
                    )
                )
                if held:
                    print(text("privacy.copies_holding_person", count=len(held)))
            if not _confirm(args, text("privacy.erase_question", name=trace.name)):
                print(text("privacy.nothing_was_erased"))
                return 1
            outcome = privacy.erase_person(db, person_id)
            _vacuum(args, db)
            cleaned = (
                privacy.erase_from_copies(outcome.traces, outcome.copies) if args.copies else []
            )
            if not args.json:
                print(text("privacy.erased", name=trace.name))
            _report(args, outcome, cleaned, "erase")
            return 0
        # purge
        cutoff = date.fromisoformat(args.before)
        traces = privacy.purge_candidates(db, cutoff)
        if not args.json:
            print(
                text(
                    "privacy.purge_candidates",
                    count=len(traces),
                    cutoff=cutoff.strftime(text("common.date_format")),
                )
            )
        if (traces or args.copies) and not _confirm(args, text("privacy.purge_question")):
            print(text("privacy.nothing_was_purged"))
            return 1
        outcome = privacy.purge(db, cutoff)
        _vacuum(args, db)
        cleaned = privacy.purge_copies(outcome.traces, outcome.copies) if args.copies else []
        _report(args, outcome, cleaned, "purge")
        return 0
    finally:
        db.dispose()


def _vacuum(args: argparse.Namespace, db: Any) -> None:
    from sqlalchemy.exc import DBAPIError

    from coopdesk.core.errors import DatabaseError
    from coopdesk.core.services import privacy

    if not args.vacuum or db.is_sqlite:
        return
    try:
        privacy.compact(db, vacuum_server=True)
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise DatabaseError("privacy.vacuum_failed", reason=reason) from exc


def _date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(text("privacy.not_a_date", value=value)) from None
    return value


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "privacy",
        help=text("privacy.command.privacy"),
    )
    sub = p.add_subparsers(dest="privacy_command", required=True)
    e = sub.add_parser(
        "export",
        help=text("privacy.command.export"),
    )
    e.add_argument("person", help=text("privacy.option.person"))
    e.add_argument("-o", "--output", metavar=text("common.file_metavar"))

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--yes", action="store_true", help=text("common.do_not_ask"))
        parser.add_argument(
            "--copies",
            action="store_true",
            help=text("privacy.option.copies"),
        )
        parser.add_argument(
            "--vacuum",
            action="store_true",
            help=text("privacy.option.vacuum"),
        )
        parser.add_argument("--json", action="store_true", help=text("common.json_output"))

    r = sub.add_parser("erase", help=text("privacy.command.erase"))
    r.add_argument("person", help=text("privacy.option.person"))
    common(r)
    g = sub.add_parser(
        "purge",
        help=text("privacy.command.purge"),
    )
    g.add_argument(
        "--before",
        required=True,
        type=_date,
        metavar=text("common.date_metavar"),
        help=text("privacy.option.before"),
    )
    common(g)
    p.set_defaults(func=cmd_privacy)
