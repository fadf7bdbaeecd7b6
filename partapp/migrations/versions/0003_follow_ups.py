"""follow-ups: did a change make a difference?

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 19:20:00

One new table, follow_up: a person asked about a change some weeks after it was done, and
their answer. Nothing else changes, so a downgrade only drops the table (the answers go).
The lists are written out here, not read from the enums, so this migration stays the same
whatever later versions add.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=True),
    sa.Column('feedback_id', sa.Integer(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.String(length=20), nullable=True),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=True),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("answer IS NULL OR answer IN ('yes', 'a_bit', 'no', 'not_sure')",
                       name=op.f('ck_follow_up_known_answer')),
    sa.CheckConstraint("method IS NULL OR method IN ('reply_slip', 'phone', 'meeting')",
                       name=op.f('ck_follow_up_known_method')),
    sa.CheckConstraint('answer IS NULL OR answered_on IS NOT NULL',
                       name=op.f('ck_follow_up_answer_has_date')),
    sa.CheckConstraint('answered_on IS NULL OR answer IS NOT NULL',
                       name=op.f('ck_follow_up_date_has_answer')),
    sa.ForeignKeyConstraint(['change_id'], ['change.id'],
                            name=op.f('fk_follow_up_change_id_change'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'],
                            name=op.f('fk_follow_up_feedback_id_feedback'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                            name=op.f('fk_follow_up_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up')),
    sa.UniqueConstraint('person_id', 'change_id', name='uq_follow_up_person_change')
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_answered_on'), ['answered_on'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_change_id'), ['change_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_feedback_id'), ['feedback_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_feedback_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_change_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_answered_on'))
    op.drop_table('follow_up')
