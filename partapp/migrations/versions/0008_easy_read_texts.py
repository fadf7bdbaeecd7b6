"""easy read texts: an easy read version beside each of our texts an easy read letter prints

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 15:30:00

Six new columns, empty for every record there already (no easy read version yet, so an easy
read letter prints the ordinary text, and warns when it breaks the easy read rules): a
decision's reason, what we can do instead and who it was passed on to; a change's
description; an activity's title; and the organisation's complaints contact. A downgrade drops
them (the easy read versions go).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_COLUMNS = (
    ("decision", "reason_easy", sa.Text()),
    ("decision", "instead_easy", sa.Text()),
    ("decision", "passed_to_easy", sa.String(length=200)),
    ("change", "description_easy", sa.Text()),
    ("activity", "title_easy", sa.String(length=200)),
    ("organisation", "complaints_contact_easy", sa.Text()),
)


def upgrade() -> None:
    for table, column, kind in _COLUMNS:
        # NOT NULL with a constant default: SQLite adds it in place, without a table copy.
        op.add_column(table, sa.Column(column, kind, nullable=False, server_default=""))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35 and later), as in 0005.
    for table, column, _kind in _COLUMNS:
        op.drop_column(table, column)
