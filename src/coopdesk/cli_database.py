"""Commands about the database itself: ``coopdesk demo`` and ``coopdesk db``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopdesk.cli import CommandGroups, _open, _t


def cmd_demo(args: argparse.Namespace) -> int:
    from coopdesk.core.demo import has_events, load_demo
    from coopdesk.core.errors import ValidationError

    db = _open(args)
    try:
        if has_events(db) and not args.force:
            raise ValidationError("demo.not_empty")
        counts = load_demo(db)
    finally:
        db.dispose()
    print(
        _t(
            f"Données de démonstration chargées : {counts['events']} événements, "
            f"{counts['participants']} participations, "
            f"{counts['agenda_items']} éléments de programme.",
            f"Demo data loaded: {counts['events']} events, "
            f"{counts['participants']} participations, {counts['agenda_items']} agenda items.",
        )
    )
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from coopdesk.core import archive
    from coopdesk.core.db import SCHEMA_HEAD, Database, make_engine, resolve_url

    if args.db_command == "upgrade":
        db = Database(make_engine(resolve_url(args.database)))
        try:
            before = db.current_revision()
            copy = db.upgrade()
        finally:
            db.dispose()
        if before == SCHEMA_HEAD:
            print(
                _t(
                    f"La base est à jour (révision {SCHEMA_HEAD}).",
                    f"The database is up to date (revision {SCHEMA_HEAD}).",
                )
            )
        else:
            print(
                _t(
                    f"Base mise à jour : {before or 'vide'} → {SCHEMA_HEAD}.",
                    f"Database upgraded: {before or 'empty'} → {SCHEMA_HEAD}.",
                )
            )
            if copy:
                print(_t(f"Copie de sécurité : {copy}", f"Safety copy: {copy}"))
        return 0
    db = _open(args)
    try:
        if args.db_command == "backup":
            path = archive.backup(db, Path(args.path))
            print(_t(f"Sauvegarde écrite : {path}", f"Backup written: {path}"))
        elif args.db_command == "restore":
            if not args.yes and sys.stdin.isatty():
                answer = input(
                    _t(
                        f"Remplacer tout le contenu de {db.url} par {args.path} ? [o/N] ",
                        f"Replace the whole content of {db.url} with {args.path}? [y/N] ",
                    )
                )
                if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                    print(_t("Restauration abandonnée.", "Restore cancelled."))
                    return 1
            counts = archive.restore(db, Path(args.path))
            print(
                _t(
                    f"Restauration faite : {counts.get('event', 0)} événements, "
                    f"{counts.get('person', 0)} personnes.",
                    f"Restored: {counts.get('event', 0)} events, {counts.get('person', 0)} people.",
                )
            )
    finally:
        db.dispose()
    return 0


def add_commands(groups: CommandGroups) -> None:
    sub = groups.top
    p = sub.add_parser("demo", help=_t("charger les données de démonstration", "load demo data"))
    p.add_argument(
        "--force",
        action="store_true",
        help=_t(
            "même si la base contient déjà des événements",
            "even if the database already holds events",
        ),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "db", help=_t("mise à jour, sauvegarde, restauration", "upgrade, backup, restore")
    )
    dbsub = p.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help=_t("mettre le schéma à jour", "upgrade the schema"))
    b = dbsub.add_parser(
        "backup",
        help=_t(
            "sauvegarder dans un fichier (.json, ou .sqlite3 pour une base SQLite)",
            "back up to a file (.json, or .sqlite3 from SQLite)",
        ),
    )
    b.add_argument("path")
    r = dbsub.add_parser(
        "restore",
        help=_t("remplacer le contenu par une sauvegarde", "replace the content with a backup"),
    )
    r.add_argument("path")
    r.add_argument("--yes", action="store_true", help=_t("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_db)
