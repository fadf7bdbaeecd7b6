"""Suggestions in people's own words, and the decisions taken on them (history kept)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .activity import Activity
from .base import Base, one_of, utcnow, version_column
from .enums import CHANNELS, OUTCOMES, OUTCOMES_NEEDING_REASON, REASON_CATEGORIES, SUGGESTION_KINDS
from .lookups import Service
from .office import office_column
from .person import Person

suggestion_raiser = Table(
    "suggestion_raiser",
    Base.metadata,
    Column("suggestion_id", ForeignKey("suggestion.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
)


class Suggestion(Base):
    """What someone said. No raisers means it was made anonymously."""

    __tablename__ = "suggestion"
    __table_args__ = (
        one_of("kind", SUGGESTION_KINDS, "known_kind"),
        one_of("channel", CHANNELS, "known_channel"),
        CheckConstraint("channel <> 'activity' OR activity_id IS NOT NULL",
                        name="activity_channel_has_activity"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="RESTRICT"), index=True)
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="RESTRICT"), index=True)
    text: Mapped[str] = mapped_column(Text)
    office_id: Mapped[int] = office_column()
    # The text as searches compare it (accents off, lower case: "Café" -> "cafe"), written with
    # the text by services/records/suggestions.py, the importer and erasure, so a search of
    # every suggestion is a plain LIKE (services/text_fold.py).
    text_folded: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy

    activity: Mapped[Activity | None] = relationship()
    service: Mapped[Service | None] = relationship()
    raisers: Mapped[list[Person]] = relationship(secondary=suggestion_raiser)
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="suggestion", cascade="all, delete-orphan",
        order_by="(Decision.decided_on, Decision.id)")


class Decision(Base):
    """One answer to a suggestion. A later decision supersedes an earlier one; both are kept."""

    __tablename__ = "decision"
    __table_args__ = (
        one_of("outcome", OUTCOMES, "known_outcome"),
        one_of("reason_category", REASON_CATEGORIES, "known_reason_category", nullable=True),
        CheckConstraint(
            "outcome NOT IN (" + ", ".join(f"'{o}'" for o in OUTCOMES_NEEDING_REASON) + ")"
            " OR length(trim(reason)) > 0", name="reason_given"),
        # "The latest decision on or before a date" is asked everywhere (status, figures).
        Index("ix_decision_suggestion_latest", "suggestion_id", "decided_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestion.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_category: Mapped[str | None] = mapped_column(String(30))
    instead: Mapped[str] = mapped_column(Text, default="")
    passed_to: Mapped[str] = mapped_column(String(200), default="")
    # Welsh versions for Welsh letters (empty: none yet, so the letter prints the English).
    reason_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    instead_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    passed_to_cy: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Easy read versions for easy read letters (empty: none, so they print the English above).
    reason_easy: Mapped[str] = mapped_column(Text, default="", server_default="")
    instead_easy: Mapped[str] = mapped_column(Text, default="", server_default="")
    passed_to_easy: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decided_on: Mapped[date] = mapped_column(Date, index=True)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    users_took_part: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy

    suggestion: Mapped[Suggestion] = relationship(back_populates="decisions")
