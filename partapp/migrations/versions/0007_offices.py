"""offices: the sites or teams records and staff belong to

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 15:20:00

A new table of offices, with one office (id 1) for everything already recorded, named after
nothing yet (the app asks for its name when a second office is added). People, activities,
suggestions and changes each get ``office_id``, 1 for every row already there; staff users
get ``staff_office``, the offices they work in (none: every office).

A downgrade drops them on a server. SQLite cannot drop a column that a foreign key is on (and
copying a table that other rows point at fails their check), so on a file the downgrade drops
``staff_office`` and leaves the office table and the ``office_id`` columns, which an older
version never reads and fills with their default; upgrading again finds them there.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_TABLES = ("person", "activity", "suggestion", "change")


def upgrade() -> None:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("office"):  # else left by a downgrade on SQLite
        _offices(sqlite=bind.dialect.name == "sqlite")
    op.create_table(
        'staff_office',
        sa.Column('staff_user_id', sa.Integer(), nullable=False),
        sa.Column('office_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['office_id'], ['office.id'],
                                name=op.f('fk_staff_office_office_id_office'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['staff_user_id'], ['staff_user.id'],
                                name=op.f('fk_staff_office_staff_user_id_staff_user'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('staff_user_id', 'office_id', name=op.f('pk_staff_office')),
    )
    op.create_index(op.f('ix_staff_office_office_id'), 'staff_office', ['office_id'],
                    unique=False)


def _offices(*, sqlite: bool) -> None:
    op.create_table(
        'office',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('name_cy', sa.String(length=120), server_default='', nullable=False),
        sa.Column('address', sa.Text(), server_default='', nullable=False),
        sa.Column('address_cy', sa.Text(), server_default='', nullable=False),
        sa.Column('phone', sa.String(length=60), server_default='', nullable=False),
        sa.Column('email', sa.String(length=200), server_default='', nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
        sa.UniqueConstraint('name', name=op.f('uq_office_name')),
    )
    office = sa.table("office", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("active", sa.Boolean))
    op.bulk_insert(office, [{"id": 1, "name": "", "active": True}])
    for table in _TABLES:
        # The first office for every row already there, added in place. Alembic cannot add a
        # foreign key to an SQLite table without copying it, but SQLite itself can, in the
        # new column's own REFERENCES clause.
        if sqlite:
            op.execute(f'ALTER TABLE "{table}" ADD COLUMN office_id INTEGER NOT NULL DEFAULT 1 '
                       f'CONSTRAINT fk_{table}_office_id_office REFERENCES office (id)')
        else:
            op.add_column(table, sa.Column('office_id', sa.Integer(), nullable=False,
                                           server_default=sa.text('1')))
            op.create_foreign_key(op.f(f'fk_{table}_office_id_office'), table, 'office',
                                  ['office_id'], ['id'])
        op.create_index(op.f(f'ix_{table}_office_id'), table, ['office_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_staff_office_office_id'), table_name='staff_office')
    op.drop_table('staff_office')
    if op.get_bind().dialect.name == "sqlite":
        return
    for table in _TABLES:
        op.drop_index(op.f(f'ix_{table}_office_id'), table_name=table)
        op.drop_column(table, 'office_id')
    op.drop_table('office')
