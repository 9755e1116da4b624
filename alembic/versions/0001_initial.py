"""Initial schema: taxonomy, normalizer, modes, enforcement, batched normalization.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Applies the frozen 0001_initial.sql, rendered from sql/ by
`python -m stagenorm.install --freeze alembic/versions/0001_initial.sql`.
"""

from alembic import op
from stagenorm.migrations import run_frozen_sql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_frozen_sql(op, __file__, "0001_initial.sql")


def downgrade() -> None:
    run_frozen_sql(op, __file__, "0001_initial.down.sql")
