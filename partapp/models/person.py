"""People who take part, their groups, and their separate equality profile."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, one_of, utcnow, version_column
from .enums import EQUALITY_QUESTIONS, FEEDBACK_FORMATS, PREFER_NOT_TO_SAY
from .lookups import Group
from .office import office_column

person_group = Table(
    "person_group",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("user_group.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
)


class Person(Base):
    """A service user or carer who takes part, with their communication needs."""

    __tablename__ = "person"
    __table_args__ = (one_of("feedback_format", FEEDBACK_FORMATS, "known_feedback_format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    address_1: Mapped[str] = mapped_column(String(200), default="")
    address_2: Mapped[str] = mapped_column(String(200), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    # Communication needs (Accessible Information Standard).
    feedback_format: Mapped[str] = mapped_column(String(20), default="standard")
    language: Mapped[str] = mapped_column(String(10), default="en")
    bilingual: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter: Mapped[str] = mapped_column(String(100), default="")
    supporter_name: Mapped[str] = mapped_column(String(200), default="")
    supporter_address: Mapped[str] = mapped_column(Text, default="")
    send_via_supporter: Mapped[bool] = mapped_column(Boolean, default=False)
    other_needs: Mapped[str] = mapped_column(Text, default="")
    # Consent.
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_withdrawn_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    office_id: Mapped[int] = office_column()
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy

    groups: Mapped[list[Group]] = relationship(secondary=person_group, order_by=Group.position)
    equality: Mapped[EqualityProfile | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False)

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}".strip()


def _equality_checks() -> tuple[Any, ...]:
    checks = []
    for question, (_label, options) in EQUALITY_QUESTIONS.items():
        checks.append(one_of(question, [*options, PREFER_NOT_TO_SAY], f"known_{question}",
                             nullable=True))
    return tuple(checks)


class EqualityProfile(Base):
    """Optional equality monitoring answers, kept apart from the rest of a person's record.

    NULL means "not asked or not answered"; "prefer_not_to_say" is a real answer.
    Only ever reported in aggregate, with small numbers suppressed.
    """

    __tablename__ = "equality_profile"
    __table_args__ = _equality_checks()

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    consent_date: Mapped[date | None] = mapped_column(Date)
    age_band: Mapped[str | None] = mapped_column(String(30))
    sex: Mapped[str | None] = mapped_column(String(30))
    trans: Mapped[str | None] = mapped_column(String(30))
    ethnicity: Mapped[str | None] = mapped_column(String(30))
    disability: Mapped[str | None] = mapped_column(String(30))
    religion: Mapped[str | None] = mapped_column(String(30))
    sexual_orientation: Mapped[str | None] = mapped_column(String(30))

    person: Mapped[Person] = relationship(back_populates="equality")
