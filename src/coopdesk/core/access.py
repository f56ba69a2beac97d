"""Who may do what: reader, editor and administrator, enforced by the server.

On PostgreSQL the three roles are group roles of the server (``coopdesk_reader``,
``coopdesk_editor``, ``coopdesk_admin`` by default), made by :func:`create_roles`
(``coopdesk db roles``) or by the SQL script it prints; a login is given one of them
with :func:`grant_role`. The server refuses what a role may not do:

- a reader may read everything, and change nothing;
- an editor may create, change and delete records and add to the change log, but not
  change or delete its entries: so neither restore a backup (which replaces the log)
  nor erase a person (which removes their values from it); a purge is refused by the
  log's own trigger;
- an administrator may do everything, the change log included.

coopdesk reads the role from the privileges the server grants to the connected user
(:func:`detect`): the owner of the database and a superuser are administrators; a
login that belongs to none of the roles has whatever it was granted by hand. On
SQLite every user is an administrator (the file's permissions are the only guard).

A refusal by the server becomes an :class:`~coopdesk.core.errors.AccessDeniedError`
whose sentence says what the role may not do, never an "unexpected error".
"""

from __future__ import annotations

import getpass
import os
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import ExceptionContext

from coopdesk.core.errors import AccessDeniedError, ValidationError

if TYPE_CHECKING:
    from coopdesk.core.db import Database

DEFAULT_PREFIX = "coopdesk"
USER_ENV = "COOPDESK_USER"


def current_user() -> str:
    """Who the change log names on SQLite: ``COOPDESK_USER``, else the system login."""
    name = os.environ.get(USER_ENV)
    if name:
        return name[:100]
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError, ImportError):
        return "?"


class Role(StrEnum):
    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"


class Action(StrEnum):
    """What a role may be refused."""

    EDIT = "edit"
    RESTORE = "restore"
    ERASE = "erase"
    PURGE = "purge"
    CHANGE_LOG = "change_log"


_NEEDS: dict[Action, Role] = {
    Action.EDIT: Role.EDITOR,
    Action.RESTORE: Role.ADMIN,
    Action.ERASE: Role.ADMIN,
    Action.PURGE: Role.ADMIN,
    Action.CHANGE_LOG: Role.ADMIN,
}
_RANK = {Role.READER: 0, Role.EDITOR: 1, Role.ADMIN: 2}


@dataclass(frozen=True, slots=True)
class Access:
    """The connected user and their role."""

    user: str
    role: Role

    def may(self, action: Action) -> bool:
        return _RANK[self.role] >= _RANK[_NEEDS[action]]

    def refusal(self, action: Action) -> AccessDeniedError:
        """The error that says why this role may not do ``action``."""
        code = "access.read_only" if action is Action.EDIT else f"access.admin_only.{action}"
        return AccessDeniedError(code, user=self.user, role=self.role.value)

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise self.refusal(action)


# The access found for each engine at connection, for the sentences of refusals.
_KNOWN: weakref.WeakKeyDictionary[Engine, Access] = weakref.WeakKeyDictionary()

_PRIVILEGES = text(
    "SELECT session_user, "
    "has_table_privilege('change_log', 'DELETE'), "
    "has_table_privilege('event', 'INSERT') AND has_table_privilege('person', 'UPDATE')"
)


def detect(db: Database) -> Access:
    """The connected user's role, from what the server lets them do (asked once per
    database opened; SQLite: the system user, administrator)."""
    known = _KNOWN.get(db.engine)
    if known is not None:
        return known
    if db.engine.dialect.name != "postgresql":
        # The user named when the database was opened, else the system's (without
        # Database.user, which would load the ORM before the window is shown).
        found = Access(user=db._user or current_user(), role=Role.ADMIN)
    else:
        with db.connection() as conn:
            row = conn.execute(_PRIVILEGES).one()
        user, admin, editor = str(row[0]), bool(row[1]), bool(row[2])
        role = Role.ADMIN if admin and editor else Role.EDITOR if editor else Role.READER
        found = Access(user=user, role=role)
    _KNOWN[db.engine] = found
    return found


def forget(db: Database) -> None:
    """Ask the server again at the next :func:`detect` (after roles changed)."""
    _KNOWN.pop(db.engine, None)


# --- refusals by the server ------------------------------------------------------------

_LOG_TRIGGER = re.compile(r"coopdesk: (\w+) needs an administrator")


def _refusal(context: ExceptionContext) -> AccessDeniedError | None:
    original = context.original_exception
    message = str(original)
    sqlstate = getattr(original, "sqlstate", None) or getattr(
        getattr(original, "diag", None), "sqlstate", None
    )
    engine = context.engine
    known = _KNOWN.get(engine) if engine is not None else None
    user = known.user if known else (engine.url.username if engine is not None else None) or "?"
    role = known.role if known else None
    if "coopdesk: the change log is append-only" in message:
        return AccessDeniedError("access.log_append_only", user=user)
    if sqlstate != "42501":  # insufficient_privilege
        return None
    match = _LOG_TRIGGER.search(message)
    if match and match.group(1) in ("restore", "erase", "purge"):
        return AccessDeniedError(
            f"access.admin_only.{match.group(1)}", user=user, role=(role or Role.EDITOR).value
        )
    statement = (context.statement or "").lower()
    if statement.lstrip().startswith(("create ", "alter ", "drop ")):  # an upgrade
        return AccessDeniedError("access.upgrade_needs_owner", user=user)
    if role is Role.READER:
        return AccessDeniedError("access.read_only", user=user, role=role.value)
    if "change_log" in statement and statement.lstrip().startswith(
        ("update", "delete", "truncate")
    ):
        return AccessDeniedError(
            "access.admin_only.change_log", user=user, role=(role or Role.EDITOR).value
        )
    return AccessDeniedError("access.denied", user=user)


@event.listens_for(Engine, "handle_error")
def _on_error(context: ExceptionContext) -> None:
    refusal = _refusal(context)
    if refusal is not None:
        raise refusal from context.original_exception


# --- the roles on the server -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleNames:
    reader: str
    editor: str
    admin: str

    def of(self, role: Role) -> str:
        return {Role.READER: self.reader, Role.EDITOR: self.editor, Role.ADMIN: self.admin}[role]


_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


def role_names(prefix: str = DEFAULT_PREFIX) -> RoleNames:
    if not _NAME.match(prefix):
        raise ValidationError("access.bad_prefix", value=prefix)
    return RoleNames(f"{prefix}_reader", f"{prefix}_editor", f"{prefix}_admin")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def roles_script(prefix: str = DEFAULT_PREFIX, schema: str = "public") -> str:
    """The SQL that makes the three group roles and their grants, on the database it is
    run in (by its owner). Running it again is harmless; run it again after an upgrade
    that adds tables made by someone else than the owner."""
    names = role_names(prefix)
    reader, editor, admin = (_quote(n) for n in (names.reader, names.editor, names.admin))
    s = _quote(schema)
    create = "\n".join(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {_quote(name)} NOLOGIN; END IF; END $$;"
        for name in (names.reader, names.editor, names.admin)
    )
    return f"""-- coopdesk: reader, editor and administrator roles ({prefix}_*).
-- Run by the owner of the coopdesk database, connected to it:
--   psql -d coopdesk -f coopdesk-roles.sql
-- then give each login one role:  GRANT {names.editor} TO marie;
{create}
-- An editor is also a reader, an administrator also an editor.
GRANT {reader} TO {editor};
GRANT {editor} TO {admin};
DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {reader}', current_database());
END $$;
GRANT USAGE ON SCHEMA {s} TO {reader};
-- A reader reads everything.
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {reader};
-- An editor writes the records and adds to the change log, never changes it.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {editor};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {editor};
REVOKE UPDATE, DELETE ON {s}.change_log FROM {editor};
REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {editor};
-- An administrator may also change or empty the change log (erasure, restore) and
-- set where numbering goes on after a restore.
GRANT UPDATE, DELETE, TRUNCATE ON {s}.change_log TO {admin};
GRANT UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {admin};
-- Tables that later upgrades add (made by the owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {reader};
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT INSERT, UPDATE, DELETE ON TABLES TO {editor};
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {editor};
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT UPDATE ON SEQUENCES TO {admin};
"""


def _require_postgresql(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise ValidationError("access.sqlite_no_roles")


def _require_role_maker(db: Database) -> None:
    """Roles are made and given by a superuser, or a login that may create roles."""
    with db.connection() as conn:
        user, allowed = conn.execute(
            text(
                "SELECT session_user, rolsuper OR rolcreaterole FROM pg_roles "
                "WHERE rolname = session_user"
            )
        ).one()
    if not allowed:
        raise AccessDeniedError("access.roles_need_owner", user=user)


def create_roles(db: Database, prefix: str = DEFAULT_PREFIX) -> RoleNames:
    """Make (or bring up to date) the three roles and their grants on ``db``."""
    _require_postgresql(db)
    _require_role_maker(db)
    with db.connection() as conn:
        schema = str(conn.scalar(text("SELECT current_schema()")))
    script = roles_script(prefix, schema)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(script.replace("%", "%%"))  # the driver's own placeholders
    forget(db)
    return role_names(prefix)


def grant_role(db: Database, login: str, role: Role, prefix: str = DEFAULT_PREFIX) -> None:
    """Give ``login`` (an existing server login) exactly ``role``: the other two coopdesk
    roles are taken back."""
    _require_postgresql(db)
    _require_role_maker(db)
    names = role_names(prefix)
    with db.engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
        if not exists:
            raise ValidationError("access.no_such_login", login=login)
        groups = conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": [names.of(r) for r in Role]},
        ).all()
        if len(groups) < len(Role):
            raise ValidationError("access.no_roles", prefix=prefix)
        for other in Role:
            if other is not role:
                conn.exec_driver_sql(f"REVOKE {_quote(names.of(other))} FROM {_quote(login)}")
        conn.exec_driver_sql(f"GRANT {_quote(names.of(role))} TO {_quote(login)}")
    forget(db)


def members(db: Database, prefix: str = DEFAULT_PREFIX) -> list[tuple[str, Role]]:
    """The logins given one of the roles (directly), with the highest one."""
    _require_postgresql(db)
    names = role_names(prefix)
    by_name = {names.of(role): role for role in Role}
    found: dict[str, Role] = {}
    with db.connection() as conn:
        rows: Sequence[Any] = conn.execute(
            text(
                "SELECT m.rolname, g.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = ANY(:groups) ORDER BY m.rolname"
            ),
            {"groups": list(by_name)},
        ).all()
    for member, group in rows:
        if member in by_name:
            continue
        role = by_name[group]
        if member not in found or _RANK[role] > _RANK[found[member]]:
            found[member] = role
    return sorted(found.items())


ROLE_LABELS = {
    "fr": {Role.READER: "lecteur", Role.EDITOR: "rédacteur", Role.ADMIN: "administrateur"},
    "en": {Role.READER: "reader", Role.EDITOR: "editor", Role.ADMIN: "administrator"},
}


def role_label(role: Role | str, language: str) -> str:
    return ROLE_LABELS.get(language, ROLE_LABELS["fr"])[Role(role)]


def role_sentence(access: Access, language: str) -> str:
    """What the connected user's role may not do, in one sentence ("" for an
    administrator)."""
    label = role_label(access.role, language)
    if access.role is Role.READER:
        return (
            f"Connecté en tant que « {access.user} » ({label}) : vous pouvez consulter et "
            "exporter, mais pas créer, modifier ni supprimer."
            if language == "fr"
            else f"Signed in as “{access.user}” ({label}): you may look and export, but not "
            "create, change or delete."
        )
    if access.role is Role.EDITOR:
        return (
            f"Connecté en tant que « {access.user} » ({label}) : restaurer une sauvegarde, "
            "effacer une personne et purger les données personnelles sont réservés aux "
            "administrateurs."
            if language == "fr"
            else f"Signed in as “{access.user}” ({label}): restoring a backup, erasing a "
            "person and purging personal data are for administrators."
        )
    return ""
