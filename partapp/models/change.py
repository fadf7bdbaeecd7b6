"""Changes the organisation made ("we did"); one change can answer several suggestions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Date, DateTime, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, one_of, utcnow, version_column
from .enums import CHANGE_STATUSES
from .lookups import Service
from .office import office_column
from .suggestion import Suggestion

change_suggestion = Table(
    "change_suggestion",
    Base.metadata,
    Column("change_id", ForeignKey("change.id", ondelete="CASCADE"), primary_key=True),
    Column("suggestion_id", ForeignKey("suggestion.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Change(Base):
    __tablename__ = "change"
    __table_args__ = (
        one_of("status", CHANGE_STATUSES, "known_status"),
        CheckConstraint("status <> 'done' OR done_on IS NOT NULL", name="done_has_date"),
        CheckConstraint("length(trim(description)) > 0", name="description_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str] = mapped_column(Text)
    # In Welsh, for Welsh letters (empty: none yet, so the letter prints the English).
    description_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Its easy read version, for easy read letters (empty: none, so they print the above).
    description_easy: Mapped[str] = mapped_column(Text, default="", server_default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    office_id: Mapped[int] = office_column()
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="RESTRICT"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    done_on: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy

    service: Mapped[Service | None] = relationship()
    suggestions: Mapped[list[Suggestion]] = relationship(secondary=change_suggestion)
