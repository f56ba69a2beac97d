"""The change log is append-only, and on PostgreSQL the server names the author.

SQLite: two triggers refuse any UPDATE or DELETE of the change log; coopdesk's
administrator path (an erasure, a restore) drops them inside its own transaction and
puts them back before committing.

PostgreSQL: a trigger writes the database user (``session_user``) as the author of
every entry, whatever the program sent, and refuses restore, erase and purge entries
(and so those actions) to whoever may not delete from the log, i.e. anyone but an
administrator. The grants themselves are made by ``coopdesk db roles``.

Revision ID: 0006
Revises: 0005

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE = {
    "change_log_no_update": "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'coopdesk: the change log is append-only'); END",
    "change_log_no_delete": "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'coopdesk: the change log is append-only'); END",
}

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION coopdesk_change_log_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    is_admin boolean := has_table_privilege(
        format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'DELETE');
BEGIN
    -- An administrator restoring a backup keeps the authors of the restored entries.
    IF is_admin AND current_setting('coopdesk.log_admin', true) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW."user" := left(session_user::text, 100);
    IF NEW.action IN ('restore', 'erase', 'purge') AND NOT is_admin THEN
        RAISE EXCEPTION 'coopdesk: % needs an administrator', NEW.action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE.values():
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER change_log_guard BEFORE INSERT ON change_log "
            "FOR EACH ROW EXECUTE FUNCTION coopdesk_change_log_guard()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_log_guard ON change_log")
        op.execute("DROP FUNCTION IF EXISTS coopdesk_change_log_guard()")
