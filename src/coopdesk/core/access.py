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
from coopdesk.core.messages import register_messages

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


register_messages(
    {
        "fr": {
            "access.read_only": "Votre compte « {user} » est en lecture seule : il peut "
            "consulter et exporter, mais ne peut rien créer, modifier ni supprimer. "
            "Demandez le rôle de rédacteur à l'administrateur de la base.",
            "access.admin_only.restore": "Seul un administrateur peut restaurer une "
            "sauvegarde (elle remplace tout le contenu de la base) : votre compte "
            "« {user} » ne le peut pas. Rien n'a été modifié.",
            "access.admin_only.erase": "Seul un administrateur peut effacer une personne : "
            "votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
            "access.admin_only.purge": "Seul un administrateur peut purger les données "
            "personnelles : votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
            "access.admin_only.change_log": "Seul un administrateur peut modifier ou "
            "supprimer des entrées du journal des modifications : votre compte « {user} » "
            "ne le peut pas. Rien n'a été modifié.",
            "access.log_append_only": "Le journal des modifications ne peut qu'être "
            "complété : ses entrées ne se modifient ni ne se suppriment. Rien n'a été "
            "modifié.",
            "access.denied": "Le serveur a refusé cette action à votre compte « {user} » : "
            "son rôle ne le permet pas. Rien n'a été modifié.",
            "access.roles_need_owner": "Seul un superutilisateur du serveur, ou un compte "
            "qui peut créer des rôles (CREATEROLE), peut créer ou donner les rôles de "
            "coopdesk : votre compte « {user} » ne le peut pas. Rien n'a été modifié.",
            "access.upgrade_needs_owner": "Cette base doit être mise à jour pour cette "
            "version de coopdesk, et seul son propriétaire peut le faire : votre compte "
            "« {user} » ne le peut pas. Demandez-lui de lancer « coopdesk db upgrade ».",
            "access.bad_prefix": "« {value} » ne peut pas servir de préfixe de rôle "
            "(lettres minuscules, chiffres et _, 40 caractères au plus).",
            "access.sqlite_no_roles": "Une base SQLite n'a pas de rôles : chacun de ses "
            "utilisateurs en est administrateur. Les rôles existent sur un serveur "
            "PostgreSQL.",
            "access.no_roles": "Les rôles {prefix}_reader, {prefix}_editor et "
            "{prefix}_admin n'existent pas encore sur ce serveur : créez-les avec "
            "« coopdesk db roles ».",
            "access.no_such_login": "Le serveur ne connaît pas l'utilisateur « {login} » : "
            "créez-le d'abord (CREATE ROLE {login} LOGIN PASSWORD '…').",
        },
        "en": {
            "access.read_only": "Your account “{user}” is read-only: it may look and export, "
            "but not create, change or delete anything. Ask the database's administrator "
            "for the editor role.",
            "access.admin_only.restore": "Only an administrator may restore a backup (it "
            "replaces the whole content of the database): your account “{user}” may not. "
            "Nothing was changed.",
            "access.admin_only.erase": "Only an administrator may erase a person: your "
            "account “{user}” may not. Nothing was changed.",
            "access.admin_only.purge": "Only an administrator may purge personal data: your "
            "account “{user}” may not. Nothing was changed.",
            "access.admin_only.change_log": "Only an administrator may change or delete "
            "entries of the change log: your account “{user}” may not. Nothing was changed.",
            "access.log_append_only": "The change log can only grow: its entries are "
            "neither changed nor deleted. Nothing was changed.",
            "access.denied": "The server refused this action to your account “{user}”: its "
            "role does not allow it. Nothing was changed.",
            "access.roles_need_owner": "Only a superuser of the server, or an account that "
            "may create roles (CREATEROLE), may create or give coopdesk's roles: your "
            "account “{user}” may not. Nothing was changed.",
            "access.upgrade_needs_owner": "This database needs upgrading for this version of "
            "coopdesk, which only its owner may do: your account “{user}” may not. Ask them "
            "to run “coopdesk db upgrade”.",
            "access.bad_prefix": "“{value}” cannot be a role prefix (lower-case letters, "
            "digits and _, at most 40 characters).",
            "access.sqlite_no_roles": "A SQLite database has no roles: each of its users is "
            "its administrator. Roles exist on a PostgreSQL server.",
            "access.no_roles": "The roles {prefix}_reader, {prefix}_editor and {prefix}_admin "
            "do not exist on this server yet: create them with “coopdesk db roles”.",
            "access.no_such_login": "The server has no user “{login}”: create it first "
            "(CREATE ROLE {login} LOGIN PASSWORD '…').",
        },
    }
)


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
