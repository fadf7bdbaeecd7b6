"""Offices: the sites or teams of a larger organisation. Records and staff belong to them.

Every data file has at least one office (id 1, made with the file). While it is the only one
the app shows nothing about offices at all; a second office brings the office choices in.
An office's contact details head its letters; any left empty are the organisation's.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, String, Table, Text, text
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from .base import Base, version_column

FIRST_OFFICE = 1

staff_office = Table(
    "staff_office",
    Base.metadata,
    Column("staff_user_id", ForeignKey("staff_user.id", ondelete="CASCADE"), primary_key=True),
    Column("office_id", ForeignKey("office.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Office(Base):
    """One site or team, with the contact details its letters carry."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Empty only for the first office of a file that has never had a second one.
    name: Mapped[str] = mapped_column(String(120), default="", unique=True)
    name_cy: Mapped[str] = mapped_column(String(120), default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    address_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy


def office_column() -> MappedColumn[int]:
    """The office a record belongs to: the first office unless another is chosen."""
    # No ON DELETE rule: an office with records cannot be removed (the default, NO ACTION).
    return mapped_column(ForeignKey("office.id"), index=True,
                         default=FIRST_OFFICE, server_default=text(str(FIRST_OFFICE)))
