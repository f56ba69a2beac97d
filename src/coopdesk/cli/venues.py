"""``coopdesk venues``: the office's venues listed, added, corrected, merged, deleted."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.common import CommandGroups, cli_language, fr_en, open_db, print_json

_FIELDS = ("name", "address", "city", "country", "timezone", "capacity", "notes")


def _show(rows: list[Any]) -> None:
    from coopdesk.textable import render

    headers = (
        ["N°", "Lieu", "Ville", "Pays", "Fuseau", "Capacité"]
        if cli_language() == "fr"
        else ["No.", "Venue", "City", "Country", "Time zone", "Capacity"]
    )
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
            print(
                fr_en(
                    f"Lieu créé : n° {made.id}, {made.name}.",
                    f"Venue created: no. {made.id}, {made.name}.",
                )
            )
        elif command == "edit":
            seen = venues.get_venue(db, args.id)
            changes = {k: v for k, v in _given(args).items() if v != getattr(seen, k)}
            saved = venues.update_venue(db, args.id, changes, seen)
            print(fr_en(f"Lieu modifié : {saved.name}.", f"Venue changed: {saved.name}."))
        elif command == "delete":
            seen = venues.get_venue(db, args.id)
            removal = venues.delete_venue(db, args.id, seen=seen, detach=args.detach)
            print(fr_en(f"Lieu supprimé : {seen.name}.", f"Venue deleted: {seen.name}."))
            if removal.item_ids:
                count = len(removal.item_ids)
                print(
                    fr_en(
                        f"Éléments du programme désormais sans lieu : {count}.",
                        f"Agenda items now without a venue: {count}.",
                    )
                )
        elif command == "merge":
            merge = venues.merge_venues(db, args.keep, args.other)
            print(
                fr_en(
                    f"« {merge.removed.name} » fusionné dans « {merge.kept.name} » "
                    f"(éléments du programme déplacés : {len(merge.item_ids)}).",
                    f"“{merge.removed.name}” merged into “{merge.kept.name}” "
                    f"(agenda items moved: {len(merge.item_ids)}).",
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
        p.add_argument("name", help=fr_en("nom du lieu", "name of the venue"))
    else:
        p.add_argument("id", type=int, help=fr_en("numéro du lieu", "number of the venue"))
        p.add_argument("--name", help=fr_en("nouveau nom", "new name"))
    p.add_argument(
        "--timezone",
        required=creating,
        metavar="ZONE",
        help=fr_en("fuseau horaire (Europe/Paris…)", "time zone (Europe/Paris…)"),
    )
    p.add_argument("--address", help=fr_en("adresse", "address"))
    p.add_argument("--city", help=fr_en("ville", "city"))
    p.add_argument("--country", metavar="XX", help=fr_en("code pays (FR, UA…)", "country code"))
    p.add_argument("--capacity", help=fr_en("nombre de places", "number of seats"))
    p.add_argument("--notes", help=fr_en("notes (accès, contact…)", "notes (access, contact…)"))


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "venues", help=fr_en("les lieux : lister, ajouter, modifier…", "venues: list, add, edit…")
    )
    p.add_argument("--search", metavar=fr_en("MOTS", "WORDS"), help=fr_en("chercher", "search"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_venues)
    sub = p.add_subparsers(dest="venues_command", metavar="ACTION")
    add = sub.add_parser("add", help=fr_en("ajouter un lieu", "add a venue"))
    _venue_options(add, creating=True)
    edit = sub.add_parser("edit", help=fr_en("modifier un lieu", "change a venue"))
    _venue_options(edit, creating=False)
    delete = sub.add_parser("delete", help=fr_en("supprimer un lieu", "delete a venue"))
    delete.add_argument("id", type=int)
    delete.add_argument(
        "--detach",
        action="store_true",
        help=fr_en(
            "même s'il sert au programme : ces éléments n'auront plus de lieu",
            "even when the programme uses it: those items keep no venue",
        ),
    )
    merge = sub.add_parser(
        "merge", help=fr_en("fusionner deux fiches du même lieu", "merge two records of one venue")
    )
    merge.add_argument("keep", type=int, help=fr_en("le lieu gardé", "the venue kept"))
    merge.add_argument(
        "other", type=int, help=fr_en("le lieu fusionné", "the venue merged into it")
    )
