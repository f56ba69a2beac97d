"""The office's own records: notes on a venue, a person's nationality, a version on
agreements (two people may correct the same one).

Revision ID: 0005
Revises: 0004

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable columns without a default: SQLite adds them in place (a copied table
    # would cascade-delete the rows that refer to it).
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nationality", sa.String(length=2), nullable=True))
    # A constant default lets SQLite add the column in place.
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_column("version")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("nationality")
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.drop_column("notes")
