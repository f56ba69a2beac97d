"""An arrival or departure may be known to the day only, without a time.

Revision ID: 0004
Revises: 0003

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing legs were all entered with a time: they keep it (server default true).
    # A constant default ('1', true on both databases) lets SQLite add the columns in
    # place: copying the table would cascade-delete the rows that refer to it.
    # A column already there (a database an older coopdesk began to upgrade) is kept.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("participation")}
    with op.batch_alter_table("participation", schema=None) as batch_op:
        for name in ("arrival_time_known", "departure_time_known"):
            if name not in columns:
                batch_op.add_column(
                    sa.Column(name, sa.Boolean(), nullable=False, server_default="1")
                )


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_column("departure_time_known")
        batch_op.drop_column("arrival_time_known")
