"""The organisation's own details and settings that travel with the data file."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, version_column


class Organisation(Base):
    """One row: who the organisation is, and its feedback promise."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("promise_days BETWEEN 1 AND 365", name="promise_days_range"),
        CheckConstraint("small_number_threshold IN (5, 10)", name="threshold_5_or_10"),
        CheckConstraint("year_start_month BETWEEN 1 AND 12", name="year_start_month_range"),
        CheckConstraint("retention_years BETWEEN 1 AND 50", name="retention_years_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    charity_number: Mapped[str] = mapped_column(String(40), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_filename: Mapped[str] = mapped_column(String(200), default="")
    signatory_name: Mapped[str] = mapped_column(String(120), default="")
    signatory_role: Mapped[str] = mapped_column(String(120), default="")
    complaints_contact: Mapped[str] = mapped_column(Text, default="")
    # Welsh versions for Welsh letters (empty: none yet, so the letter prints the English).
    address_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    complaints_contact_cy: Mapped[str] = mapped_column(Text, default="", server_default="")
    signatory_role_cy: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # The easy read version, for easy read letters (empty: none, so they print the above).
    complaints_contact_easy: Mapped[str] = mapped_column(Text, default="", server_default="")
    promise_days: Mapped[int] = mapped_column(default=28)
    small_number_threshold: Mapped[int] = mapped_column(default=5)
    # 1 = calendar year, 4 = UK financial year (April to March), for the report's default period.
    year_start_month: Mapped[int] = mapped_column(default=4)
    retention_years: Mapped[int] = mapped_column(default=6)
    # Raised on every save: a save over a newer one is refused (services/records/versions.py).
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once, by SQLAlchemy


class AppSetting(Base):
    """Other organisation-wide settings, one named value each (see services.settings)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
