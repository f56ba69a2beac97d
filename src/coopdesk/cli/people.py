"""``coopdesk people`` (the directory, its likely duplicates, merging two records of
one person) and ``coopdesk categories`` (the office's badge categories)."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import CommandGroups, cli_language, fr_en, open_db, print_json


def _show_people(rows: list[Any]) -> None:
    from coopdesk.textable import render

    headers = (
        ["N°", "Nom", "Nom d'origine", "Organisation", "Courriel"]
        if cli_language() == "fr"
        else ["No.", "Name", "Native name", "Organisation", "E-mail"]
    )
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
                fr_en(
                    f"Fiche n° {merge.removed.id} fusionnée dans la fiche n° {merge.kept.id} "
                    f"({merge.kept.display_name}) ; participations reprises : {moved}.",
                    f"Record no. {merge.removed.id} merged into record no. {merge.kept.id} "
                    f"({merge.kept.display_name}); participations moved: {moved}.",
                )
            )
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
                fr_en(
                    f"Catégorie créée : {made.label_fr} (code {made.code}, {made.colour}).",
                    f"Category created: {made.label_fr} (code {made.code}, {made.colour}).",
                )
            )
            return 0
        rows = categories.list_categories(db)
        if args.json:
            print_json(rows)
            return 0
        from coopdesk.textable import render

        lang = cli_language()
        headers = (
            ["Code", "Nom", "Anglais", "Couleur", "Retirée"]
            if lang == "fr"
            else ["Code", "Name", "English", "Colour", "Retired"]
        )
        retired = fr_en("oui", "yes")
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
        help=fr_en("l'annuaire : lister, doublons, fusion", "people: list, duplicates, merge"),
    )
    p.add_argument("--search", metavar=fr_en("MOTS", "WORDS"), help=fr_en("chercher", "search"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_people)
    sub = p.add_subparsers(dest="people_command", metavar="ACTION")
    dup = sub.add_parser(
        "duplicates",
        help=fr_en(
            "les fiches probablement de la même personne (même courriel, même nom)",
            "records probably of the same person (same e-mail, same name)",
        ),
    )
    dup.add_argument("id", type=int)
    dup.add_argument("--json", action="store_true")
    merge = sub.add_parser(
        "merge",
        help=fr_en(
            "fusionner deux fiches de la même personne", "merge two records of the same person"
        ),
    )
    merge.add_argument("keep", type=int, help=fr_en("la fiche gardée", "the record kept"))
    merge.add_argument("other", type=int, help=fr_en("la fiche fusionnée", "the record merged"))

    c = groups.top.add_parser(
        "categories", help=fr_en("les catégories de badge", "badge categories")
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_categories)
    csub = c.add_subparsers(dest="categories_command", metavar="ACTION")
    add = csub.add_parser("add", help=fr_en("créer une catégorie", "create a category"))
    add.add_argument("name", help=fr_en("nom en français", "name in French"))
    add.add_argument("--english", help=fr_en("nom en anglais", "name in English"))
    add.add_argument("--colour", metavar="#RRGGBB", help=fr_en("couleur", "colour"))
