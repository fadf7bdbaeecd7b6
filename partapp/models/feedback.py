"""Feedback sent to people (with a snapshot of exactly what was sent) and letter templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, one_of, utcnow
from .enums import FEEDBACK_FORMATS, FEEDBACK_KINDS, FEEDBACK_METHODS
from .person import Person
from .suggestion import Suggestion

feedback_suggestion = Table(
    "feedback_suggestion",
    Base.metadata,
    Column("feedback_id", ForeignKey("feedback.id", ondelete="CASCADE"), primary_key=True),
    Column("suggestion_id", ForeignKey("suggestion.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Feedback(Base):
    """A letter, email or call to one person about one or more suggestions. Never edited once sent."""

    __tablename__ = "feedback"
    __table_args__ = (
        one_of("kind", FEEDBACK_KINDS, "known_kind"),
        one_of("format", FEEDBACK_FORMATS, "known_format"),
        one_of("method", FEEDBACK_METHODS, "known_method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(20), default="standard")
    language: Mapped[str] = mapped_column(String(10), default="en")
    method: Mapped[str] = mapped_column(String(20), default="post")
    sent_on: Mapped[date] = mapped_column(Date, index=True)
    snapshot: Mapped[str] = mapped_column(Text, default="")
    sent_by: Mapped[str] = mapped_column(String(200), default="")
    batch: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship()
    suggestions: Mapped[list[Suggestion]] = relationship(secondary=feedback_suggestion)


class LetterTemplate(Base):
    """Editable wording for one kind x format x language of letter, with named {fields}."""

    __tablename__ = "letter_template"
    __table_args__ = (
        one_of("kind", FEEDBACK_KINDS, "known_kind"),
        one_of("format", FEEDBACK_FORMATS, "known_format"),
        UniqueConstraint("kind", "format", "language", "part", name="uq_letter_template_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10), default="en")
    # Which piece of the letter this wording is for (opening, item, closing...).
    part: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
