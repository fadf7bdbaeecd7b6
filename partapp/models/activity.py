"""Activities: meetings and other participation events, with who came and what support was given."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, one_of, utcnow, version_column
from .enums import ACCESS_SUPPORT, ACTIVITY_TYPES
from .lookups import InvolvementLevel, Service
from .office import office_column
from .person import Person

attendance = Table(
    "attendance",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
)


class Activity(Base):
    __tablename__ = "activity"
    __table_args__ = (
        one_of("activity_type", ACTIVITY_TYPES, "known_activity_type"),
        CheckConstraint("anonymous_attendees >= 0", name="anonymous_attendees_not_negative"),
        CheckConstraint("hours >= 0", name="hours_not_negative"),
        CheckConstraint("expenses_paid >= 0", name="expenses_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # In Welsh, for Welsh letters (empty: none yet, so the letter prints the English).
    title_cy: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Its easy read version, for easy read letters (empty: none, so they print the title).
    title_easy: Mapped[str] = mapped_column(String(200), default="", server_default="")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    activity_type: Mapped[str] = mapped_column(String(30))
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="RESTRICT"), index=True)
    involvement_code: Mapped[str] = mapped_column(
        ForeignKey("involvement_level.code", ondelete="RESTRICT"), index=True)
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    anonymous_attendees: Mapped[int] = mapped_column(default=0)
    # Time given by the people who took part, in hours.
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))
    # Expenses paid to people who took part (travel, fees, vouchers), in pounds.
    expenses_paid: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")
    office_id: Mapped[int] = office_column()
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy

    service: Mapped[Service | None] = relationship()
    involvement: Mapped[InvolvementLevel] = relationship()
    attendees: Mapped[list[Person]] = relationship(secondary=attendance)
    access_support: Mapped[list[ActivitySupport]] = relationship(
        cascade="all, delete-orphan", order_by="ActivitySupport.support")


class ActivitySupport(Base):
    """One kind of access support given at an activity."""

    __tablename__ = "activity_support"
    __table_args__ = (one_of("support", ACCESS_SUPPORT, "known_support"),)

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"),
                                             primary_key=True)
    support: Mapped[str] = mapped_column(String(30), primary_key=True)
