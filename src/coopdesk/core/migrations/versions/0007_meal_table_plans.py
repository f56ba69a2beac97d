"""Table plans of official meals: meals, their tables and who sits at which seat.

Revision ID: 0007
Revises: 0006

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("style", sa.String(length=20), nullable=False),
        sa.Column("alternate_gender", sa.Boolean(), nullable=False),
        sa.Column("spread_delegations", sa.Boolean(), nullable=False),
        sa.Column("interpreters_beside", sa.Boolean(), nullable=False),
        sa.Column("hosts", sa.Text(), nullable=False),
        sa.Column("apart", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_meal_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meal")),
        sa.UniqueConstraint("agenda_item_id", name=op.f("uq_meal_agenda_item_id")),
    )
    op.create_table(
        "meal_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meal_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.Column("shape", sa.String(length=20), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("honour", sa.Boolean(), nullable=False),
        sa.Column("x", sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=False),
        sa.Column("y", sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meal_id"], ["meal.id"], name=op.f("fk_meal_table_meal_id_meal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meal_table")),
        sa.UniqueConstraint("meal_id", "number", name=op.f("uq_meal_table_meal_id")),
    )
    with op.batch_alter_table("meal_table", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meal_table_meal_id"), ["meal_id"], unique=False)

    op.create_table(
        "meal_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meal_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meal_id"], ["meal.id"], name=op.f("fk_meal_seat_meal_id_meal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_meal_seat_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["meal_table.id"],
            name=op.f("fk_meal_seat_table_id_meal_table"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meal_seat")),
        sa.UniqueConstraint("meal_id", "participation_id", name=op.f("uq_meal_seat_meal_id")),
        sa.UniqueConstraint("table_id", "seat", name=op.f("uq_meal_seat_table_id")),
    )
    with op.batch_alter_table("meal_seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meal_seat_meal_id"), ["meal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meal_seat_participation_id"), ["participation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meal_seat_table_id"), ["table_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meal_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meal_seat_table_id"))
        batch_op.drop_index(batch_op.f("ix_meal_seat_participation_id"))
        batch_op.drop_index(batch_op.f("ix_meal_seat_meal_id"))

    op.drop_table("meal_seat")
    with op.batch_alter_table("meal_table", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meal_table_meal_id"))

    op.drop_table("meal_table")
    op.drop_table("meal")
