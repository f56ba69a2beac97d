"""``coopdesk venues``: the office's venues listed, added, corrected, merged, deleted."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli import CommandGroups, _lang, _open, _print_json, _t

_FIELDS = ("name", "address", "city", "country", "timezone", "capacity", "notes")


def _show(rows: list[Any]) -> None:
    from coopdesk.textable import render

    headers = (
        ["N°", "Lieu", "Ville", "Pays", "Fuseau", "Capacité"]
        if _lang() == "fr"
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

    db = _open(args)
    try:
        command = getattr(args, "venues_command", None)
        if command == "add":
            made = venues.create_venue(db, **_given(args))
            print(
                _t(
                    f"Lieu créé : n° {made.id}, {made.name}.",
                    f"Venue created: no. {made.id}, {made.name}.",
                )
            )
        elif command == "edit":
            seen = venues.get_venue(db, args.id)
            changes = {k: v for k, v in _given(args).items() if v != getattr(seen, k)}
            saved = venues.update_venue(db, args.id, changes, seen)
            print(_t(f"Lieu modifié : {saved.name}.", f"Venue changed: {saved.name}."))
        elif command == "delete":
            seen = venues.get_venue(db, args.id)
            removal = venues.delete_venue(db, args.id, seen=seen, detach=args.detach)
            print(_t(f"Lieu supprimé : {seen.name}.", f"Venue deleted: {seen.name}."))
            if removal.item_ids:
                count = len(removal.item_ids)
                print(
                    _t(
                        f"Éléments du programme désormais sans lieu : {count}.",
                        f"Agenda items now without a venue: {count}.",
                    )
                )
        elif command == "merge":
            merge = venues.merge_venues(db, args.keep, args.other)
            print(
                _t(
                    f"« {merge.removed.name} » fusionné dans « {merge.kept.name} » "
                    f"(éléments du programme déplacés : {len(merge.item_ids)}).",
                    f"“{merge.removed.name}” merged into “{merge.kept.name}” "
                    f"(agenda items moved: {len(merge.item_ids)}).",
                )
            )
        else:
            rows = venues.list_venues(db, search=getattr(args, "search", None))
            if getattr(args, "json", False):
                _print_json(rows)
            else:
                _show(rows)
    finally:
        db.dispose()
    return 0


def _venue_options(p: argparse.ArgumentParser, *, creating: bool) -> None:
    if creating:
        p.add_argument("name", help=_t("nom du lieu", "name of the venue"))
    else:
        p.add_argument("id", type=int, help=_t("numéro du lieu", "number of the venue"))
        p.add_argument("--name", help=_t("nouveau nom", "new name"))
    p.add_argument(
        "--timezone",
        required=creating,
        metavar="ZONE",
        help=_t("fuseau horaire (Europe/Paris…)", "time zone (Europe/Paris…)"),
    )
    p.add_argument("--address", help=_t("adresse", "address"))
    p.add_argument("--city", help=_t("ville", "city"))
    p.add_argument("--country", metavar="XX", help=_t("code pays (FR, UA…)", "country code"))
    p.add_argument("--capacity", help=_t("nombre de places", "number of seats"))
    p.add_argument("--notes", help=_t("notes (accès, contact…)", "notes (access, contact…)"))


def add_commands(groups: CommandGroups) -> None:
    p = groups.top.add_parser(
        "venues", help=_t("les lieux : lister, ajouter, modifier…", "venues: list, add, edit…")
    )
    p.add_argument("--search", metavar=_t("MOTS", "WORDS"), help=_t("chercher", "search"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_venues)
    sub = p.add_subparsers(dest="venues_command", metavar="ACTION")
    add = sub.add_parser("add", help=_t("ajouter un lieu", "add a venue"))
    _venue_options(add, creating=True)
    edit = sub.add_parser("edit", help=_t("modifier un lieu", "change a venue"))
    _venue_options(edit, creating=False)
    delete = sub.add_parser("delete", help=_t("supprimer un lieu", "delete a venue"))
    delete.add_argument("id", type=int)
    delete.add_argument(
        "--detach",
        action="store_true",
        help=_t(
            "même s'il sert au programme : ces éléments n'auront plus de lieu",
            "even when the programme uses it: those items keep no venue",
        ),
    )
    merge = sub.add_parser(
        "merge", help=_t("fusionner deux fiches du même lieu", "merge two records of one venue")
    )
    merge.add_argument("keep", type=int, help=_t("le lieu gardé", "the venue kept"))
    merge.add_argument("other", type=int, help=_t("le lieu fusionné", "the venue merged into it"))
