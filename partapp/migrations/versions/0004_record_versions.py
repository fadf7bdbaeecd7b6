"""record versions: two people saving one record

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 19:30:00

A version number on each record people edit (person, activity, suggestion, decision, change,
organisation), 1 for every record there already, raised by one on every save. A save over a
newer version is refused, so two offices never overwrite each other's work unseen.
A downgrade drops the column again.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_TABLES = ("person", "activity", "suggestion", "decision", "change", "organisation")


def upgrade() -> None:
    for table in _TABLES:
        # NOT NULL with a constant default: SQLite adds it in place, without a table copy.
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
