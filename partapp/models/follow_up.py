"""Follow-ups: after a change is done, asking the people behind it whether it made a difference.

One row per (person, change). ``asked_on`` is set when their letter with the reply slip goes
out (or on the day they were asked on the phone or at a meeting); ``answered_on``, ``answer``
and ``words`` when their answer is recorded. Who is due to be asked is worked out from the
changes, never stored (services.feedback.follow_ups).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, one_of, utcnow
from .enums import FOLLOW_UP_ANSWERS, FOLLOW_UP_METHODS


class FollowUp(Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("person_id", "change_id", name="uq_follow_up_person_change"),
        one_of("answer", FOLLOW_UP_ANSWERS, "known_answer", nullable=True),
        one_of("method", FOLLOW_UP_METHODS, "known_method", nullable=True),
        CheckConstraint("answer IS NULL OR answered_on IS NOT NULL", name="answer_has_date"),
        CheckConstraint("answered_on IS NULL OR answer IS NOT NULL", name="date_has_answer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    change_id: Mapped[int] = mapped_column(ForeignKey("change.id", ondelete="CASCADE"),
                                           index=True)
    asked_on: Mapped[date | None] = mapped_column(Date)
    # The letter that carried the reply slip, when it was asked in a letter.
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback.id", ondelete="SET NULL"), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date, index=True)
    answer: Mapped[str | None] = mapped_column(String(20))
    words: Mapped[str] = mapped_column(Text, default="")  # their own words
    method: Mapped[str | None] = mapped_column(String(20))  # how the answer came back
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
