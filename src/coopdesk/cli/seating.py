"""``coopdesk seating place|show|print``: the table plans of official meals.

``place`` gives a meal (an agenda item) a plan if it has none (``--template``), then
seats everyone by precedence, pinned seats kept; ``show`` prints who sits where;
``print`` writes the plan, the list, the table cards or the name tents as PDF.
``--json`` writes the plan for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from coopdesk.cli.common import (
    CommandGroups,
    number_arg,
    open_db,
    report_written,
    text,
    write_document,
)


def _item_id(db: Any, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from coopdesk.core.errors import AmbiguousError, NotFoundError
    from coopdesk.core.model import AgendaItem
    from coopdesk.core.services import events

    event = events.find_event(db, args.event)
    with db.session() as session:
        rows = session.execute(
            select(AgendaItem.id, AgendaItem.title).where(
                AgendaItem.event_id == event.id, AgendaItem.type == "meal"
            )
        ).all()
    if args.item.isdigit() and any(r[0] == int(args.item) for r in rows):
        return int(args.item)
    exact = [r for r in rows if r[1].casefold() == args.item.casefold()]
    found = exact or [r for r in rows if args.item.casefold() in r[1].casefold()]
    if not found:
        raise NotFoundError("seating.meal_not_found", None, item=args.item, event=event.title)
    if len(found) > 1:
        raise AmbiguousError(
            "seating.meal_ambiguous",
            None,
            item=args.item,
            titles=", ".join(f"{r[1]} (n° {r[0]})" for r in found),
        )
    return int(found[0][0])


def _plan_json(plan: Any) -> dict[str, Any]:
    return {
        "meal_id": plan.meal_id,
        "agenda_item_id": plan.agenda_item_id,
        "title": plan.title,
        "event": plan.event_title,
        "style": plan.style.value,
        "version": plan.version,
        "tables": [
            {
                "id": t.id,
                "number": t.number,
                "name": t.name,
                "shape": t.shape.value,
                "seats": t.seats,
                "honour": t.honour,
            }
            for t in plan.tables
        ],
        "seats": [
            {
                "table": s.table_label,
                "seat": s.seat,
                "participation_id": s.participation_id,
                "name": s.display_name,
                "native_name": s.native_name,
                "organisation": s.organisation,
                "host": s.host,
                "pinned": s.pinned,
            }
            for s in plan.seats
        ],
        "unseated": [{"participation_id": p.id, "name": p.display_name} for p in plan.unseated],
        "warnings": [
            {"code": w.code, "name": w.name, "table": w.table, "group": w.group}
            for w in plan.warnings
        ],
    }


def _warning_text(w: Any) -> str:
    from coopdesk.core.messages import user_language
    from coopdesk.core.services.seating import warning_sentence

    return warning_sentence(w, user_language())


def _show(plan: Any, as_json: bool) -> int:
    if as_json:
        print(json.dumps(_plan_json(plan), ensure_ascii=False, indent=2))
        return 0
    for t in plan.tables:
        print(text("seating.table_label", label=t.label) + (" *" if t.honour else ""))
        for s in plan.seats:
            if s.table_id == t.id:
                marks = ("H " if s.host else "") + ("📌" if s.pinned else "")
                print(f"  {s.seat:>3}  {s.display_name}  {marks}".rstrip())
    count = len(plan.unseated)
    if count:
        names = ", ".join(p.display_name for p in plan.unseated)
        print(
            text(
                "seating.unseated_many" if count > 1 else "seating.unseated_one",
                count=count,
                names=names,
            )
        )
    for w in plan.warnings:
        print(text("common.warning", warning=_warning_text(w)), file=sys.stderr)
    return 0


def cmd_place(args: argparse.Namespace) -> int:
    from coopdesk.core.services import seating

    db = open_db(args)
    try:
        item = _item_id(db, args)
        meal_id = seating.meal_of_item(db, item)
        if meal_id is None:
            meal_id = seating.create_meal(
                db, item, style=args.style or "french", template=args.template
            ).meal_id
        elif args.style:
            seating.set_rules(db, meal_id, {"style": args.style})
        plan = seating.place(db, meal_id)
        return _show(plan, args.json)
    finally:
        db.dispose()


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.core.errors import NotFoundError
    from coopdesk.core.services import seating

    db = open_db(args)
    try:
        meal_id = seating.meal_of_item(db, _item_id(db, args))
        if meal_id is None:
            raise NotFoundError("seating.no_plan", None, item=args.item)
        return _show(seating.get_plan(db, meal_id), args.json)
    finally:
        db.dispose()


def cmd_print(args: argparse.Namespace) -> int:
    from coopdesk.core.documents import seating as docs
    from coopdesk.core.documents.report import pdf_path
    from coopdesk.core.errors import NotFoundError
    from coopdesk.core.services import seating

    output = pdf_path(args.output)
    db = open_db(args)
    try:
        meal_id = seating.meal_of_item(db, _item_id(db, args))
        if meal_id is None:
            raise NotFoundError("seating.no_plan", None, item=args.item)
        options: dict[str, Any] = {"language": args.lang}
        if args.kind == "plan":
            options["paper"] = args.paper
        report = write_document(
            output, lambda out: docs.render(args.kind, db, meal_id, out, **options)
        )
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"path": output, "pages": report.pages, "items": report.items}))
        return 0
    return report_written(report, output)


def _meal(db: Any, args: argparse.Namespace) -> int:
    from coopdesk.core.errors import NotFoundError
    from coopdesk.core.services import seating

    meal_id = seating.meal_of_item(db, _item_id(db, args))
    if meal_id is None:
        raise NotFoundError("seating.no_plan", None, item=args.item)
    return meal_id


def _guest(plan: Any, name: str) -> int:
    """A guest of the meal by name (words of it, accents aside) or participation id."""
    from coopdesk.core.errors import AmbiguousError, NotFoundError
    from coopdesk.core.model import fold_name

    if name.isdigit() and any(p.id == int(name) for p in plan.guests):
        return int(name)
    words = fold_name(name).split()
    found = [
        p
        for p in plan.guests
        if all(w in fold_name(f"{p.first_name} {p.last_name} {p.native_name or ''}") for w in words)
    ]
    if not found:
        raise NotFoundError("seating.guest_not_found", None, name=name, title=plan.title)
    if len(found) > 1:
        raise AmbiguousError(
            "seating.guest_ambiguous",
            None,
            name=name,
            names=", ".join(p.display_name for p in found),
        )
    return int(found[0].id)


def _table(plan: Any, label: str) -> int:
    from coopdesk.core.errors import NotFoundError

    for t in plan.tables:
        if str(t.number) == label or (t.name or "").casefold() == label.casefold():
            return int(t.id)
    raise NotFoundError("seating.table_not_found", None, table=label)


def cmd_table(args: argparse.Namespace) -> int:
    from coopdesk.core.services import seating

    db = open_db(args)
    try:
        meal_id = _meal(db, args)
        plan = seating.get_plan(db, meal_id)
        if args.table_action == "add":
            plan = seating.add_table(
                db,
                meal_id,
                shape=args.shape,
                seats=args.seats,
                number=args.number,
                name=args.name,
                honour=args.honour,
            )
        elif args.table_action == "remove":
            plan = seating.remove_table(db, meal_id, _table(plan, args.table), plan.version)
        else:
            changes: dict[str, Any] = {}
            for key in ("shape", "seats", "name", "number"):
                if getattr(args, key) is not None:
                    changes[key] = getattr(args, key)
            if args.honour is not None:
                changes["honour"] = args.honour
            plan = seating.update_table(
                db, meal_id, _table(plan, args.table), changes, plan.version
            )
        return _show(plan, args.json)
    finally:
        db.dispose()


def cmd_seat(args: argparse.Namespace) -> int:
    """Move, unseat, pin or unpin a guest; choose hosts; keep two guests apart."""
    from coopdesk.core.services import seating

    db = open_db(args)
    try:
        meal_id = _meal(db, args)
        plan = seating.get_plan(db, meal_id)
        action = args.seating_command
        if action == "move":
            plan = seating.move(
                db,
                meal_id,
                _guest(plan, args.guest),
                _table(plan, args.table),
                args.seat,
                plan.version,
                pinned=True if args.pin else None,
            )
        elif action == "unseat":
            plan = seating.unseat(db, meal_id, _guest(plan, args.guest), plan.version)
        elif action in ("pin", "unpin"):
            plan = seating.pin(db, meal_id, _guest(plan, args.guest), action == "pin", plan.version)
        elif action == "hosts":
            hosts = [_guest(plan, name) for name in args.guests]
            plan = seating.set_rules(db, meal_id, {"hosts": hosts}, plan.version)
        elif action == "apart":
            pair = (_guest(plan, args.guests[0]), _guest(plan, args.guests[1]))
            pairs = [] if args.clear else [*plan.apart, pair]
            plan = seating.set_rules(db, meal_id, {"apart": pairs}, plan.version)
        elif action == "rules":
            changes: dict[str, Any] = {}
            for key in ("alternate_gender", "spread_delegations", "interpreters_beside"):
                if getattr(args, key) is not None:
                    changes[key] = getattr(args, key) == "on"
            if args.style:
                changes["style"] = args.style
            plan = seating.set_rules(db, meal_id, changes, plan.version)
        return _show(plan, args.json)
    finally:
        db.dispose()


def add_commands(groups: CommandGroups) -> None:
    seating = groups.top.add_parser("seating", help=text("seating.command.seating"))
    sub = seating.add_subparsers(dest="seating_command", required=True, metavar="ACTION")

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("event", help=text("seating.option.event"))
        parser.add_argument("item", help=text("seating.option.item"))
        parser.add_argument("--json", action="store_true", help=text("common.json_output"))

    place = sub.add_parser("place", help=text("seating.command.place"))
    common(place)
    place.add_argument(
        "--template",
        help=text(
            "seating.option.template",
            templates="table-12, table-20, imperiale-24, u-30, t-24, rondes-10x10, rondes-30x10",
        ),
    )
    place.add_argument("--style", choices=["french", "english"])
    place.set_defaults(func=cmd_place)
    show = sub.add_parser("show", help=text("seating.command.show"))
    common(show)
    show.set_defaults(func=cmd_show)
    printing = sub.add_parser("print", help=text("seating.command.print"))
    common(printing)
    printing.add_argument("--kind", choices=["plan", "list", "cards", "tents"], default="plan")
    printing.add_argument("--paper", choices=["A4", "A3"], default="A4")
    printing.add_argument("--lang", choices=["fr", "en"], default="fr")
    printing.add_argument("-o", "--output", required=True)
    printing.set_defaults(func=cmd_print)

    table = sub.add_parser("table", help=text("seating.command.table"))
    table_sub = table.add_subparsers(dest="table_action", required=True, metavar="ACTION")
    shapes = ["round", "rectangular", "imperial", "u", "t"]
    add = table_sub.add_parser("add", help=text("seating.command.add"))
    common(add)
    add.add_argument("--shape", choices=shapes, default="round")
    add.add_argument("--seats", type=number_arg, default=10)
    add.add_argument("--number", type=number_arg)
    add.add_argument("--name")
    add.add_argument("--honour", action="store_true", help=text("seating.option.honour"))
    add.set_defaults(func=cmd_table)
    change = table_sub.add_parser("change", help=text("seating.command.change"))
    common(change)
    change.add_argument("table", help=text("seating.option.table"))
    change.add_argument("--shape", choices=shapes)
    change.add_argument("--seats", type=number_arg)
    change.add_argument("--number", type=number_arg)
    change.add_argument("--name")
    change.add_argument("--honour", action=argparse.BooleanOptionalAction, default=None)
    change.set_defaults(func=cmd_table)
    remove = table_sub.add_parser("remove", help=text("seating.command.remove"))
    common(remove)
    remove.add_argument("table", help=text("seating.option.table"))
    remove.set_defaults(func=cmd_table)

    move = sub.add_parser(
        "move",
        help=text("seating.command.move"),
    )
    common(move)
    move.add_argument("guest", help=text("seating.option.guest"))
    move.add_argument("table", help=text("seating.option.table"))
    move.add_argument("seat", type=number_arg)
    move.add_argument("--pin", action="store_true", help=text("seating.option.pin"))
    move.set_defaults(func=cmd_seat)
    for action in ("unseat", "pin", "unpin"):
        parser = sub.add_parser(action, help=text(f"seating.help.{action}"))
        common(parser)
        parser.add_argument("guest", help=text("seating.option.guest"))
        parser.set_defaults(func=cmd_seat)
    hosts = sub.add_parser("hosts", help=text("seating.command.hosts"))
    common(hosts)
    hosts.add_argument(
        "guests",
        nargs="*",
        help=text("seating.option.guests"),
    )
    hosts.set_defaults(func=cmd_seat)
    apart = sub.add_parser("apart", help=text("seating.command.apart"))
    common(apart)
    apart.add_argument("guests", nargs=2)
    apart.add_argument("--clear", action="store_true", help=text("seating.option.clear"))
    apart.set_defaults(func=cmd_seat)
    rules = sub.add_parser("rules", help=text("seating.command.rules"))
    common(rules)
    for key in ("alternate-gender", "spread-delegations", "interpreters-beside"):
        rules.add_argument(f"--{key}", dest=key.replace("-", "_"), choices=["on", "off"])
    rules.add_argument("--style", choices=["french", "english"])
    rules.set_defaults(func=cmd_seat)
