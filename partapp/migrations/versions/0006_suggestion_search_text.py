"""suggestion search text: each suggestion's words as searches compare them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 22:15:00

A new column, ``suggestion.text_folded``: the text with accents off and in lower case
("Siân's café" -> "sian's cafe"), so the Suggestions search finds "cafe" in "Café" as fast as
it finds plain words. Filled here for every suggestion already recorded, a thousand at a time.
A downgrade drops it (it is made again from the text).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from partapp.models.folding import fold

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    # NOT NULL with a constant default: SQLite adds it in place, without a table copy.
    op.add_column("suggestion", sa.Column("text_folded", sa.Text(), nullable=False,
                                          server_default=""))
    bind = op.get_bind()
    suggestion = sa.table("suggestion", sa.column("id", sa.Integer),
                          sa.column("text", sa.Text), sa.column("text_folded", sa.Text))
    last = 0
    while True:
        rows = bind.execute(sa.select(suggestion.c.id, suggestion.c.text)
                            .where(suggestion.c.id > last).order_by(suggestion.c.id)
                            .limit(_BATCH)).all()
        if not rows:
            break
        bind.execute(sa.update(suggestion).where(suggestion.c.id == sa.bindparam("key"))
                     .values(text_folded=sa.bindparam("folded")),
                     [{"key": row.id, "folded": fold(row.text)} for row in rows])
        last = rows[-1].id


def downgrade() -> None:
    op.drop_column("suggestion", "text_folded")
