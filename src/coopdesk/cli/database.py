"""Commands about the database itself: ``coopdesk demo`` and ``coopdesk db``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopdesk.cli.common import CommandGroups, open_db, text


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
        text(
            "database.demo_loaded",
            events=counts["events"],
            participants=counts["participants"],
            items=counts["agenda_items"],
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
            print(text("database.up_to_date", revision=SCHEMA_HEAD))
        else:
            print(
                text(
                    "database.upgraded",
                    before=before or text("database.no_revision"),
                    revision=SCHEMA_HEAD,
                )
            )
            if copy:
                print(text("database.safety_copy", copy=copy))
        return 0
    db = open_db(args)
    try:
        if args.db_command == "backup":
            path = archive.backup(db, Path(args.path))
            print(text("database.backup_written", path=path))
        elif args.db_command == "restore":
            if not args.yes and sys.stdin.isatty():
                answer = input(text("database.restore_question", url=db.url, path=args.path))
                if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                    print(text("database.restore_cancelled"))
                    return 1
            counts = archive.restore(db, Path(args.path))
            print(
                text(
                    "database.restored",
                    events=counts.get("event", 0),
                    people=counts.get("person", 0),
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
                or text("database.signed_in_as_administrator", user=me.user)
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
            print(text("database.role_granted", login=login, label=label, name=name))
            return 0
        if args.list:
            found = access.members(db, args.prefix)
            if not found:
                print(text("database.no_roles_yet"))
            for login, role in found:
                print(f"{login}\t{access.role_label(role, lang)}")
            return 0
        names = access.create_roles(db, args.prefix)
    finally:
        db.dispose()
    print(
        text(
            "database.roles_ready",
            reader=names.reader,
            editor=names.editor,
            admin=names.admin,
        )
    )
    return 0


def _add_roles_command(dbsub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    r = dbsub.add_parser(
        "roles",
        help=text("database.command.roles"),
    )
    what = r.add_mutually_exclusive_group()
    what.add_argument(
        "--grant",
        nargs=2,
        metavar=(text("database.login_metavar"), "reader|editor|admin"),
        help=text("database.option.grant"),
    )
    what.add_argument("--list", action="store_true", help=text("database.option.list"))
    what.add_argument("--me", action="store_true", help=text("database.option.me"))
    what.add_argument(
        "--sql",
        action="store_true",
        help=text("database.option.sql"),
    )
    r.add_argument(
        "--prefix",
        default="coopdesk",
        help=text("database.option.prefix"),
    )
    r.set_defaults(func=cmd_db_roles)


def add_commands(groups: CommandGroups) -> None:
    sub = groups.top
    p = sub.add_parser("demo", help=text("database.command.demo"))
    p.add_argument(
        "--force",
        action="store_true",
        help=text("database.option.force"),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("db", help=text("database.command.db"))
    dbsub = p.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help=text("database.command.upgrade"))
    b = dbsub.add_parser(
        "backup",
        help=text("database.command.backup"),
    )
    b.add_argument("path")
    r = dbsub.add_parser(
        "restore",
        help=text("database.command.restore"),
    )
    r.add_argument("path")
    r.add_argument("--yes", action="store_true", help=text("common.do_not_ask"))
    p.set_defaults(func=cmd_db)
    _add_roles_command(dbsub)
