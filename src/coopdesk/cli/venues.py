"""``coopdesk venues``: the office's venues listed, added, corrected, merged, deleted."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import CommandGroups, headings, number_arg, open_db, print_json, text

_FIELDS = ("name", "address", "city", "country", "timezone", "capacity", "notes")


def _show(rows: list[Any]) -> None:
    from coopdesk.textable import render

    headers = headings("number", "venue", "city", "country", "time_zone", "capacity")
    print(
        render(
            headers,
            [
                [
                    str(v.id),
                    v.name,
                    v.city or "",
                    v.country or "",
                    v.timezone,
                    "" if v.capacity is None else str(v.capacity),
                ]
                for v in rows
            ],
        )
    )


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in _FIELDS if getattr(args, k, None) is not None}


def cmd_venues(args: argparse.Namespace) -> int:
    from coopdesk.core.services import venues

    db = open_db(args)
    try:
        command = getattr(args, "venues_command", None)
        if command == "add":
            made = venues.create_venue(db, **_given(args))
            print(text("venues.venue_created_no", id=made.id, name=made.name))
        elif command == "edit":
            seen = venues.get_venue(db, args.id)
            changes = {k: v for k, v in _given(args).items() if v != getattr(seen, k)}
            saved = venues.update_venue(db, args.id, changes, seen)
            print(text("venues.venue_changed", name=saved.name))
        elif command == "delete":
            seen = venues.get_venue(db, args.id)
            removal = venues.delete_venue(db, args.id, seen=seen, detach=args.detach)
            print(text("venues.venue_deleted", name=seen.name))
            if removal.item_ids:
                count = len(removal.item_ids)
                print(text("venues.items_without_venue", count=count))
        elif command == "merge":
            merge = venues.merge_venues(db, args.keep, args.other)
            print(
                text(
                    "venues.merged",
                    removed=merge.removed.name,
                    kept=merge.kept.name,
                    count=len(merge.item_ids),
                )
            )
        else:
            rows = venues.list_venues(db, search=getattr(args, "search", None))
            if getattr(args, "json", False):
                print_json(rows)
            else:
                _show(rows)
    finally:
        db.dispose()
    return 0


def _venue_options(p: argparse.ArgumentParser, *, creating: bool) -> None:
    if creating:
        p.add_argument("name", help=text("venues.option.name"))
    else:
        p.add_argument("id", type=number_arg, help=text("venues.option.id"))
        p.add_argument("--name", help=text("venues.option.new_name"))
    p.add_argument(
        "--timezone",
        required=creating,
        metavar="ZONE",
        help=text("venues.option.timezone"),
    )
    p.add_argument("--address", help=text("venues.option.address"))
    p.add_argument("--city", help=text("venues.option.city"))
    p.add_argument("--country", metavar="XX", help=text("venues.option.country"))
    p.add_argument("--capacity", help=text("venues.option.capacity"))
    p.add_argument("--notes", help=text("venues.option.notes"))


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser("venues", help=text("venues.command.venues"))
    p.add_argument("--search", metavar=text("common.words_metavar"), help=text("common.search"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_venues)
    sub = p.add_subparsers(dest="venues_command", metavar="ACTION")
    add = sub.add_parser("add", help=text("venues.command.add"))
    _venue_options(add, creating=True)
    edit = sub.add_parser("edit", help=text("venues.command.edit"))
    _venue_options(edit, creating=False)
    delete = sub.add_parser("delete", help=text("venues.command.delete"))
    delete.add_argument("id", type=number_arg)
    delete.add_argument(
        "--detach",
        action="store_true",
        help=text("venues.option.detach"),
    )
    merge = sub.add_parser("merge", help=text("venues.command.merge"))
    merge.add_argument("keep", type=number_arg, help=text("venues.option.keep"))
    merge.add_argument("other", type=number_arg, help=text("venues.option.other"))
