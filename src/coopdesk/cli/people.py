"""``coopdesk people`` (the directory, its likely duplicates, merging two records of
one person, deleting the record of someone in no event) and ``coopdesk categories``
(the office's badge categories)."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import CommandGroups, headings, number_arg, open_db, print_json, text


def _show_people(rows: list[Any]) -> None:
    from coopdesk.textable import render

    headers = headings("number", "name", "native_name", "organisation", "email")
    print(
        render(
            headers,
            [
                [
                    str(p.id),
                    " ".join(x for x in (p.civility, p.display_name) if x),
                    p.native_name or "",
                    p.organisation or "",
                    p.email or "",
                ]
                for p in rows
            ],
        )
    )


def cmd_people(args: argparse.Namespace) -> int:
    from coopdesk.core.services import people
    from coopdesk.core.services.person_merge import likely_duplicates, merge_people

    db = open_db(args)
    try:
        command = getattr(args, "people_command", None)
        if command == "merge":
            merge = merge_people(
                db,
                args.keep,
                args.other,
                seen_keep=people.get_person(db, args.keep),
                seen_other=people.get_person(db, args.other),
            )
            moved = len(merge.participation_ids)
            print(
                text(
                    "people.merged",
                    id=merge.removed.id,
                    id2=merge.kept.id,
                    display_name=merge.kept.display_name,
                    moved=moved,
                )
            )
            return 0
        if command == "delete":
            seen = people.get_person(db, args.id)
            people.delete_person(db, args.id, only_if_in_no_event=True, seen=seen)
            print(text("people.deleted", id=seen.id, display_name=seen.display_name))
            return 0
        if command == "duplicates":
            rows = likely_duplicates(db, args.id)
        else:
            rows = people.list_people(db, search=getattr(args, "search", None))
        if args.json:
            print_json(rows)
        else:
            _show_people(rows)
    finally:
        db.dispose()
    return 0


def cmd_categories(args: argparse.Namespace) -> int:
    from coopdesk.core.services import categories

    db = open_db(args)
    try:
        if getattr(args, "categories_command", None) == "add":
            made = categories.create_category(
                db,
                **{
                    k: v
                    for k, v in (
                        ("label_fr", args.name),
                        ("label_en", args.english),
                        ("colour", args.colour),
                    )
                    if v
                },
            )
            print(
                text(
                    "people.category_created_code",
                    label_fr=made.label_fr,
                    code=made.code,
                    colour=made.colour,
                )
            )
            return 0
        rows = categories.list_categories(db)
        if args.json:
            print_json(rows)
            return 0
        from coopdesk.textable import render

        headers = headings("code", "name", "english", "colour", "retired")
        retired = text("people.yes")
        print(
            render(
                headers,
                [
                    [c.code, c.label_fr, c.label_en, c.colour, retired if c.retired else ""]
                    for c in rows
                ],
            )
        )
    finally:
        db.dispose()
    return 0


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "people",
        help=text("people.command.people"),
    )
    p.add_argument("--search", metavar=text("common.words_metavar"), help=text("common.search"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_people)
    sub = p.add_subparsers(dest="people_command", metavar="ACTION")
    dup = sub.add_parser(
        "duplicates",
        help=text("people.command.duplicates"),
    )
    dup.add_argument("id", type=number_arg)
    dup.add_argument("--json", action="store_true")
    merge = sub.add_parser(
        "merge",
        help=text("people.command.merge"),
    )
    merge.add_argument("keep", type=number_arg, help=text("people.option.keep"))
    merge.add_argument("other", type=number_arg, help=text("people.option.other"))
    delete = sub.add_parser("delete", help=text("people.command.delete"))
    delete.add_argument("id", type=number_arg)

    c = groups.top.add_parser("categories", help=text("people.command.categories"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_categories)
    csub = c.add_subparsers(dest="categories_command", metavar="ACTION")
    add = csub.add_parser("add", help=text("people.command.add"))
    add.add_argument("name", help=text("people.option.name_fr"))
    add.add_argument("--english", help=text("people.option.name_en"))
    add.add_argument("--colour", metavar="#RRGGBB", help=text("people.option.colour"))
