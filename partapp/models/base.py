"""Declarative base, naming convention and shared column helpers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, MetaData, text
from sqlalchemy.orm import DeclarativeBase, MappedColumn, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Timezone-naive UTC now (stored the same way on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


def one_of(column: str, values: Iterable[str], name: str, *, nullable: bool = False) -> CheckConstraint:
    """A CHECK constraint that keeps ``column`` to a fixed list of codes."""
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    condition = f"{column} IN ({quoted})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=name)


def version_column() -> MappedColumn[int]:
    """A record's version: 1 when it is made, raised by one on every save. The model names it
    as its ``version_id_col``, so a save over a version someone else has replaced is refused
    (see services/records/versions.py)."""
    return mapped_column(default=1, server_default=text("1"))
