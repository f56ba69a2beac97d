"""People sort by a stored, accent-free key (same order on SQLite and PostgreSQL).

Revision ID: 0003
Revises: 0002

"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(text: str | None) -> str:
    # Kept here as it was written, so this migration never changes with the model.
    text = (text or "").casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def upgrade() -> None:
    # Each step is skipped when already done (a database an older coopdesk began to
    # upgrade); the keys are computed again in any case.
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("person")}
    indexes = {ix["name"] for ix in inspector.get_indexes("person")}
    with op.batch_alter_table("person", schema=None) as batch_op:
        if "sort_key" not in columns:
            batch_op.add_column(
                sa.Column("sort_key", sa.String(length=400), nullable=False, server_default="")
            )
        if batch_op.f("ix_person_sort_key") not in indexes:
            batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)
    connection = op.get_bind()
    person = sa.table(
        "person",
        sa.column("id"),
        sa.column("last_name"),
        sa.column("first_name"),
        sa.column("sort_key"),
    )
    rows = connection.execute(sa.select(person.c.id, person.c.last_name, person.c.first_name))
    updates = [
        {"pid": pid, "key": f"{_fold(last)}\x01{_fold(first)}"[:400]} for pid, last, first in rows
    ]
    if updates:
        connection.execute(
            person.update()
            .where(person.c.id == sa.bindparam("pid"))
            .values(sort_key=sa.bindparam("key")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_key"))
        batch_op.drop_column("sort_key")
