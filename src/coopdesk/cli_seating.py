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

from coopdesk.cli import CommandGroups, _open, _t


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
    if w.code == "seating.declined_seated":
        return _t(
            f"{w.name} a décliné l'invitation mais a une place (table {w.table}).",
            f"{w.name} declined but has a seat (table {w.table}).",
        )
    if w.code == "seating.honour_away":
        return _t(
            f"L'invité d'honneur, {w.name}, n'est pas à côté de l'hôte.",
            f"The guest of honour, {w.name}, is not beside the host.",
        )
    return _t(
        f"Table {w.table} : la délégation {w.group} est toute du même côté.",
        f"Table {w.table}: the {w.group} delegation is all on one side.",
    )


def _show(plan: Any, as_json: bool) -> int:
    if as_json:
        print(json.dumps(_plan_json(plan), ensure_ascii=False, indent=2))
        return 0
    for t in plan.tables:
        print(_t(f"Table {t.label}", f"Table {t.label}") + (" *" if t.honour else ""))
        for s in plan.seats:
            if s.table_id == t.id:
                marks = ("H " if s.host else "") + ("📌" if s.pinned else "")
                print(f"  {s.seat:>3}  {s.display_name}  {marks}".rstrip())
    count = len(plan.unseated)
    if count:
        names = ", ".join(p.display_name for p in plan.unseated)
        print(
            _t(
                f"Sans place ({count}) : {names}" if count > 1 else f"Sans place : {names}",
                f"Not seated ({count}): {names}",
            )
        )
    for w in plan.warnings:
        print(_t("Attention : ", "Warning: ") + _warning_text(w), file=sys.stderr)
    return 0


def cmd_place(args: argparse.Namespace) -> int:
    from coopdesk.core.services import seating

    db = _open(args)
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

    db = _open(args)
    try:
        meal_id = seating.meal_of_item(db, _item_id(db, args))
        if meal_id is None:
            raise NotFoundError("seating.no_plan", None, item=args.item)
        return _show(seating.get_plan(db, meal_id), args.json)
    finally:
        db.dispose()


def cmd_print(args: argparse.Namespace) -> int:
    from coopdesk.cli_documents import _finish, _write
    from coopdesk.core.documents import seating as docs
    from coopdesk.core.documents.report import pdf_path
    from coopdesk.core.errors import NotFoundError
    from coopdesk.core.services import seating

    output = pdf_path(args.output)
    db = _open(args)
    try:
        meal_id = seating.meal_of_item(db, _item_id(db, args))
        if meal_id is None:
            raise NotFoundError("seating.no_plan", None, item=args.item)
        options: dict[str, Any] = {"language": args.lang}
        if args.kind == "plan":
            options["paper"] = args.paper
        report = _write(output, lambda out: docs.render(args.kind, db, meal_id, out, **options))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"path": output, "pages": report.pages, "items": report.items}))
        return 0
    return _finish(report, output)


def add_commands(groups: CommandGroups) -> None:
    seating = groups.top.add_parser(
        "seating", help=_t("plans de table des repas officiels", "table plans of official meals")
    )
    sub = seating.add_subparsers(dest="seating_command", required=True, metavar="ACTION")

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("event", help=_t("événement (mots du titre)", "event (title words)"))
        parser.add_argument("item", help=_t("repas (titre ou numéro)", "meal (title or number)"))
        parser.add_argument("--json", action="store_true", help=_t("sortie JSON", "JSON output"))

    place = sub.add_parser(
        "place", help=_t("placer les invités par préséance", "seat the guests by precedence")
    )
    common(place)
    place.add_argument(
        "--template",
        help=_t("tables d'une salle type (nouveau plan)", "tables of a usual room (new plan)"),
    )
    place.add_argument("--style", choices=["french", "english"])
    place.set_defaults(func=cmd_place)
    show = sub.add_parser("show", help=_t("qui est à quelle place", "who sits where"))
    common(show)
    show.set_defaults(func=cmd_show)
    printing = sub.add_parser("print", help=_t("imprimer en PDF", "print as PDF"))
    common(printing)
    printing.add_argument("--kind", choices=["plan", "list", "cards", "tents"], default="plan")
    printing.add_argument("--paper", choices=["A4", "A3"], default="A4")
    printing.add_argument("--lang", choices=["fr", "en"], default="fr")
    printing.add_argument("-o", "--output", required=True)
    printing.set_defaults(func=cmd_print)
