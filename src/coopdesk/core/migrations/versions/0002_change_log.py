"""Change log: who changed what and when.

Revision ID: 0002
Revises: 0001

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Each step is skipped when already done: a database that an older coopdesk began
    # to upgrade (each statement then committed on its own) is finished, not refused.
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table("change_log"):
        indexes = {ix["name"] for ix in inspector.get_indexes("change_log")}
        with op.batch_alter_table("change_log", schema=None) as batch_op:
            for column in ("at", "event_id"):
                name = batch_op.f(f"ix_change_log_{column}")
                if name not in indexes:
                    batch_op.create_index(name, [column], unique=False)
        return
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_event_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_at"))
    op.drop_table("change_log")
