"""braille and audio feedback formats

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 21:46:00

A person's format (and a letter's, and saved wording's) may now be braille or audio as well.
Only the CHECK constraints change. The lists are written out here, not read from the enums,
so this migration stays the same whatever later versions add.
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_OLD = ("standard", "large_print", "easy_read", "email", "phone")
_NEW = ("standard", "large_print", "easy_read", "braille", "audio", "email", "phone")
# (table, column, constraint name)
_CHECKS = (
    ("person", "feedback_format", "ck_person_known_feedback_format"),
    ("feedback", "format", "ck_feedback_known_format"),
    ("letter_template", "format", "ck_letter_template_known_format"),
)


def _condition(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _replace(values: tuple[str, ...]) -> None:
    for table, column, name in _CHECKS:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(name), type_="check")
            batch.create_check_constraint(op.f(name), _condition(column, values))


def upgrade() -> None:
    _replace(_NEW)


def downgrade() -> None:
    # Braille and audio did not exist before: such people go back to standard print, and
    # wording saved for those formats is removed (nothing sent is changed but its format).
    op.execute("UPDATE person SET feedback_format = 'standard' "
               "WHERE feedback_format IN ('braille', 'audio')")
    op.execute("UPDATE feedback SET format = 'standard' WHERE format IN ('braille', 'audio')")
    op.execute("DELETE FROM letter_template WHERE format IN ('braille', 'audio')")
    _replace(_OLD)
