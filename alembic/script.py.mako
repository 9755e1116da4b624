"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

Apply frozen SQL: render the change with `python -m stagenorm.install` tooling into
alembic/versions/${up_revision}.sql and never edit that file after it ships.
"""

from alembic import op

from stagenorm.migrations import run_frozen_sql

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    run_frozen_sql(op, __file__, "${up_revision}.sql")


def downgrade() -> None:
    run_frozen_sql(op, __file__, "${up_revision}.down.sql")
