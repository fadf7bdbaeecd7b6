"""welsh free texts: a Welsh version beside each free text that goes into a letter

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:20:00

Eight new columns, empty for every record there already (no Welsh version yet, so a Welsh
letter prints the English and says so): a decision's reason, what we can do instead and who
it was passed on to; a change's description; an activity's title; and the organisation's
address, complaints contact and signer's job title. A downgrade drops them (the Welsh goes).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_COLUMNS = (
    ("decision", "reason_cy", sa.Text()),
    ("decision", "instead_cy", sa.Text()),
    ("decision", "passed_to_cy", sa.String(length=200)),
    ("change", "description_cy", sa.Text()),
    ("activity", "title_cy", sa.String(length=200)),
    ("organisation", "address_cy", sa.Text()),
    ("organisation", "complaints_contact_cy", sa.Text()),
    ("organisation", "signatory_role_cy", sa.String(length=120)),
)


def upgrade() -> None:
    for table, column, kind in _COLUMNS:
        # NOT NULL with a constant default: SQLite adds it in place, without a table copy.
        op.add_column(table, sa.Column(column, kind, nullable=False, server_default=""))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35 and later): a batch copy of a table that other tables'
    # rows point at would fail the foreign key check.
    for table, column, _kind in _COLUMNS:
        op.drop_column(table, column)
