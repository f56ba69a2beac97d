"""Commands about the database itself: ``coopdesk demo`` and ``coopdesk db``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopdesk.cli.common import CommandGroups, fr_en, open_db


def cmd_demo(args: argparse.Namespace) -> int:
    from coopdesk.core.demo import has_events, load_demo
    from coopdesk.core.errors import ValidationError

    db = open_db(args)
    try:
        if has_events(db) and not args.force:
            raise ValidationError("demo.not_empty")
        counts = load_demo(db)
    finally:
        db.dispose()
    print(
        fr_en(
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
                fr_en(
                    f"La base est à jour (révision {SCHEMA_HEAD}).",
                    f"The database is up to date (revision {SCHEMA_HEAD}).",
                )
            )
        else:
            print(
                fr_en(
                    f"Base mise à jour : {before or 'vide'} → {SCHEMA_HEAD}.",
                    f"Database upgraded: {before or 'empty'} → {SCHEMA_HEAD}.",
                )
            )
            if copy:
                print(fr_en(f"Copie de sécurité : {copy}", f"Safety copy: {copy}"))
        return 0
    db = open_db(args)
    try:
        if args.db_command == "backup":
            path = archive.backup(db, Path(args.path))
            print(fr_en(f"Sauvegarde écrite : {path}", f"Backup written: {path}"))
        elif args.db_command == "restore":
            if not args.yes and sys.stdin.isatty():
                answer = input(
                    fr_en(
                        f"Remplacer tout le contenu de {db.url} par {args.path} ? [o/N] ",
                        f"Replace the whole content of {db.url} with {args.path}? [y/N] ",
                    )
                )
                if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                    print(fr_en("Restauration abandonnée.", "Restore cancelled."))
                    return 1
            counts = archive.restore(db, Path(args.path))
            print(
                fr_en(
                    f"Restauration faite : {counts.get('event', 0)} événements, "
                    f"{counts.get('person', 0)} personnes.",
                    f"Restored: {counts.get('event', 0)} events, {counts.get('person', 0)} people.",
                )
            )
    finally:
        db.dispose()
    return 0


def cmd_db_roles(args: argparse.Namespace) -> int:
    """``coopdesk db roles``: the reader, editor and administrator roles of a server."""
    from coopdesk.core import access
    from coopdesk.core.errors import ValidationError
    from coopdesk.core.messages import user_language

    lang = user_language()
    if args.sql:
        print(access.roles_script(args.prefix), end="")
        return 0
    db = open_db(args)
    try:
        if args.me:
            me = access.detect(db)
            print(
                access.role_sentence(me, lang)
                or fr_en(
                    f"Connecté en tant que « {me.user} » (administrateur) : "
                    "toutes les actions sont permises.",
                    f"Signed in as “{me.user}” (administrator): every action is allowed.",
                )
            )
            return 0
        if args.grant:
            login, role = args.grant
            if role not in {r.value for r in access.Role}:
                raise ValidationError(
                    "field.invalid_choice", "role", value=role, choices="reader, editor, admin"
                )
            access.grant_role(db, login, access.Role(role), args.prefix)
            name = access.role_names(args.prefix).of(access.Role(role))
            label = access.role_label(role, lang)
            print(
                fr_en(
                    f"« {login} » est maintenant {label} ({name}).",
                    f"“{login}” is now {label} ({name}).",
                )
            )
            return 0
        if args.list:
            found = access.members(db, args.prefix)
            if not found:
                print(fr_en("Aucun utilisateur n'a encore de rôle.", "No user has a role yet."))
            for login, role in found:
                print(f"{login}\t{access.role_label(role, lang)}")
            return 0
        names = access.create_roles(db, args.prefix)
    finally:
        db.dispose()
    print(
        fr_en(
            f"Rôles prêts : {names.reader} (lecture seule), {names.editor} (modifications), "
            f"{names.admin} (restauration, effacement, purge, journal). Donnez-en un à chaque "
            "utilisateur : coopdesk db roles --grant NOM reader|editor|admin",
            f"Roles ready: {names.reader} (read only), {names.editor} (changes), "
            f"{names.admin} (restore, erase, purge, change log). Give each user one: "
            "coopdesk db roles --grant NAME reader|editor|admin",
        )
    )
    return 0


def _add_roles_command(dbsub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    r = dbsub.add_parser(
        "roles",
        help=fr_en(
            "rôles lecteur, rédacteur, administrateur (PostgreSQL)",
            "reader, editor and administrator roles (PostgreSQL)",
        ),
    )
    what = r.add_mutually_exclusive_group()
    what.add_argument(
        "--grant",
        nargs=2,
        metavar=(fr_en("UTILISATEUR", "LOGIN"), "reader|editor|admin"),
        help=fr_en("donner un rôle à un utilisateur du serveur", "give a server login a role"),
    )
    what.add_argument(
        "--list", action="store_true", help=fr_en("qui a quel rôle", "who has which role")
    )
    what.add_argument(
        "--me", action="store_true", help=fr_en("mon rôle et ses limites", "my role and its limits")
    )
    what.add_argument(
        "--sql",
        action="store_true",
        help=fr_en(
            "afficher le script SQL sans rien changer", "print the SQL script, change nothing"
        ),
    )
    r.add_argument(
        "--prefix",
        default="coopdesk",
        help=fr_en("préfixe des noms de rôles (coopdesk)", "prefix of the role names (coopdesk)"),
    )
    r.set_defaults(func=cmd_db_roles)


def add_commands(groups: CommandGroups) -> None:
    sub = groups.top
    p = sub.add_parser("demo", help=fr_en("charger les données de démonstration", "load demo data"))
    p.add_argument(
        "--force",
        action="store_true",
        help=fr_en(
            "même si la base contient déjà des événements",
            "even if the database already holds events",
        ),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "db", help=fr_en("mise à jour, sauvegarde, restauration", "upgrade, backup, restore")
    )
    dbsub = p.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help=fr_en("mettre le schéma à jour", "upgrade the schema"))
    b = dbsub.add_parser(
        "backup",
        help=fr_en(
            "sauvegarder dans un fichier (.json, ou .sqlite3 pour une base SQLite)",
            "back up to a file (.json, or .sqlite3 from SQLite)",
        ),
    )
    b.add_argument("path")
    r = dbsub.add_parser(
        "restore",
        help=fr_en("remplacer le contenu par une sauvegarde", "replace the content with a backup"),
    )
    r.add_argument("path")
    r.add_argument("--yes", action="store_true", help=fr_en("sans confirmation", "do not ask"))
    p.set_defaults(func=cmd_db)
    _add_roles_command(dbsub)
