"""The office's own records: venue notes, nationality, agreement versions, categories.

Notes on a venue, a person's nationality, a version on agreements (two people may
correct the same one), and the office's badge categories in a table of their own,
seeded with the categories every database had so far.

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


# The categories coopdesk had built in, with their names and printed colours: the codes
# already stored on participations keep working.
SEEDED = [
    ("delegate", "Délégué", "Delegate", "#0072B2"),
    ("elected", "Élu", "Elected official", "#D55E00"),
    ("officer", "Technicien", "Officer", "#009E73"),
    ("speaker", "Intervenant", "Speaker", "#882255"),
    ("artist", "Artiste", "Artist", "#E69F00"),
    ("guest", "Invité", "Guest", "#56B4E9"),
    ("press", "Presse", "Press", "#F0E442"),
    ("organisation", "Organisation", "Organisation", "#332288"),
    ("staff", "Équipe", "Staff", "#5A5A5A"),
]


def upgrade() -> None:
    table = op.create_table(
        "badge_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label_fr", sa.String(length=100), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge_category")),
        sa.UniqueConstraint("code", name=op.f("uq_badge_category_code")),
    )
    op.bulk_insert(
        table,
        [
            {
                "code": code,
                "label_fr": fr,
                "label_en": en,
                "colour": colour,
                "position": position,
                "retired": False,
                "version": 1,
            }
            for position, (code, fr, en, colour) in enumerate(SEEDED)
        ],
    )
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
    op.drop_table("badge_category")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_column("version")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("nationality")
    with op.batch_alter_table("venue", schema=None) as batch_op:
        batch_op.drop_column("notes")
