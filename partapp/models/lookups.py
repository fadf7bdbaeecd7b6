"""Editable lists: groups, services, and the labels of the involvement ladder."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, one_of
from .enums import INVOLVEMENT_LEVELS


class Group(Base):
    """A user group a person can belong to (Older people, Carers...)."""

    __tablename__ = "user_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Service(Base):
    """A service area of the organisation (Day centre, Transport...)."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InvolvementLevel(Base):
    """One rung of the ladder. Codes and order are fixed; label and explanation are editable."""

    __tablename__ = "involvement_level"
    __table_args__ = (
        one_of("code", INVOLVEMENT_LEVELS, "known_code"),
        UniqueConstraint("rank", name="uq_involvement_level_rank"),
    )

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    rank: Mapped[int] = mapped_column()
    label: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
