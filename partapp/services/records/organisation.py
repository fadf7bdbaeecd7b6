"""The organisation's details: name, address, signatory, feedback promise and report settings."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from ...models import Organisation
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import ValidationError
from ..store.backup_rotation import get_setting, set_setting
from ..validation import non_negative_int, optional_text, required_text
from ..words import said
from . import versions

FEEDBACK_AIM_KEY = "feedback_on_time_aim_pct"
DEFAULT_FEEDBACK_AIM = 90
FOLLOW_UP_WEEKS_KEY = "follow_up_wait_weeks"
DEFAULT_FOLLOW_UP_WEEKS = 8


@dataclass(frozen=True)
class OrganisationDetails:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    charity_number: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    complaints_contact: str = ""
    # In Welsh, for Welsh letters (optional: a Welsh letter prints the English without them).
    address_cy: str = ""
    complaints_contact_cy: str = ""
    signatory_role_cy: str = ""
    # The easy read version, for easy read letters (optional: they print the above without it).
    complaints_contact_easy: str = ""
    promise_days: int = 28
    small_number_threshold: int = 5
    year_start_month: int = 4
    retention_years: int = 6
    # The share of people (for each suggestion) who should hear back within the promise; the
    # report warns when feedback on time is under it. Kept in app_setting (FEEDBACK_AIM_KEY).
    feedback_aim_pct: int = 90
    # How long after a change is done we ask the people behind it whether it made a
    # difference (services.feedback.follow_ups). Kept in app_setting (FOLLOW_UP_WEEKS_KEY).
    follow_up_weeks: int = DEFAULT_FOLLOW_UP_WEEKS
    has_logo: bool = False
    # The version the form was opened on (None: no form, as in an import), and whether the
    # person chose to save over a newer one (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False

    @property
    def is_set_up(self) -> bool:
        return bool(self.name.strip())


def _row(session: Session) -> Organisation:
    org = session.get(Organisation, 1)
    if org is None:
        org = Organisation(id=1, name="")
        session.add(org)
        session.flush()
    return org


def get_details(session: Session) -> OrganisationDetails:
    org = _row(session)
    values = {f.name: getattr(org, f.name) for f in fields(OrganisationDetails)
              if f.name not in ("has_logo", "feedback_aim_pct", "keep_mine", "version",
                                "follow_up_weeks")}
    return OrganisationDetails(**values, feedback_aim_pct=feedback_aim(session),
                               follow_up_weeks=follow_up_weeks(session),
                               has_logo=org.logo is not None)


def details_version(session: Session) -> int:
    """The version of the organisation's details now: a form that shows them hands it back as
    ``OrganisationDetails.version`` when it saves (``get_details`` leaves it out, so details
    read, changed and saved in code are never refused)."""
    return _row(session).version


def feedback_aim(session: Session) -> int:
    """The aim for feedback on time, in percent (1 to 100; 90 when never set)."""
    stored = get_setting(session, FEEDBACK_AIM_KEY).strip()
    return int(stored) if stored.isdigit() and 1 <= int(stored) <= 100 else DEFAULT_FEEDBACK_AIM


def follow_up_weeks(session: Session) -> int:
    """Weeks after a change is done before asking if it made a difference (1 to 52; 8 when
    never set)."""
    stored = get_setting(session, FOLLOW_UP_WEEKS_KEY).strip()
    return int(stored) if stored.isdigit() and 1 <= int(stored) <= 52 \
        else DEFAULT_FOLLOW_UP_WEEKS


def promise_days(session: Session) -> int:
    return _row(session).promise_days


@operation(Changed.ALL)
def save_details(session: Session, details: OrganisationDetails) -> OrganisationDetails:
    require(session, "administrator")
    org = _row(session)
    note = versions.check_version(session, org, "organisation", details.version,
                                  details.keep_mine)
    org.name = required_text(details.name, "name", "the organisation's name")
    org.address = optional_text(details.address, "address", "the address", max_length=500)
    org.phone = optional_text(details.phone, "phone", "the phone number", max_length=60)
    org.email = optional_text(details.email, "email", "the email address")
    org.website = optional_text(details.website, "website", "the website")
    org.charity_number = optional_text(details.charity_number, "charity_number",
                                       "the charity number", max_length=40)
    org.signatory_name = optional_text(details.signatory_name, "signatory_name",
                                       "the name letters are signed by", max_length=120)
    org.signatory_role = optional_text(details.signatory_role, "signatory_role",
                                       "the signatory's job title", max_length=120)
    org.complaints_contact = optional_text(details.complaints_contact, "complaints_contact",
                                           "who to contact if someone is not happy",
                                           max_length=1000)
    org.address_cy = optional_text(details.address_cy, "address_cy", "the address in Welsh",
                                   max_length=500)
    org.signatory_role_cy = optional_text(details.signatory_role_cy, "signatory_role_cy",
                                          "the signatory's job title in Welsh", max_length=120)
    org.complaints_contact_cy = optional_text(
        details.complaints_contact_cy, "complaints_contact_cy",
        "who to contact if someone is not happy, in Welsh", max_length=1000)
    org.complaints_contact_easy = optional_text(
        details.complaints_contact_easy, "complaints_contact_easy",
        "who to contact if someone is not happy, easy read version", max_length=1000)
    days = non_negative_int(details.promise_days, "promise_days", "the feedback promise")
    if not 1 <= days <= 365:
        raise ValidationError("promise_days", said("The feedback promise must be between 1 "
                                                   "and 365 days. Most organisations use 28."))
    org.promise_days = days
    threshold = non_negative_int(details.small_number_threshold, "small_number_threshold",
                                 "the small number limit")
    if threshold not in (5, 10):
        raise ValidationError("small_number_threshold", said("Small numbers can be hidden below 5 "
                                                             "or below 10. Please choose one of "
                                                             "those."))
    org.small_number_threshold = threshold
    month = non_negative_int(details.year_start_month, "year_start_month", "the first month")
    if not 1 <= month <= 12:
        raise ValidationError("year_start_month", said("The year must start in a month from 1 "
                                                       "to 12."))
    org.year_start_month = month
    years = non_negative_int(details.retention_years, "retention_years", "the years to keep")
    if not 1 <= years <= 50:
        raise ValidationError("retention_years", said("Please keep records for between 1 and "
                                                      "50 years."))
    org.retention_years = years
    aim = non_negative_int(details.feedback_aim_pct, "feedback_aim_pct",
                           "the aim for feedback on time")
    if not 1 <= aim <= 100:
        raise ValidationError("feedback_aim_pct", said("The aim for feedback on time must be "
                                                       "between 1% and 100%. Most "
                                                       "organisations use 90%."))
    set_setting(session, FEEDBACK_AIM_KEY, str(aim))
    weeks = non_negative_int(details.follow_up_weeks, "follow_up_weeks",
                             "the weeks to wait before asking if a change helped")
    if not 1 <= weeks <= 52:
        raise ValidationError("follow_up_weeks", said("The wait before asking if a change "
                                                      "made a difference must be between 1 "
                                                      "and 52 weeks. Most organisations use 8."))
    set_setting(session, FOLLOW_UP_WEEKS_KEY, str(weeks))
    versions.flush(session, "organisation")
    audit.record(session, "settings", "organisation", org.id, note)
    return get_details(session)


@operation(Changed.SETTINGS)
def set_logo(session: Session, data: bytes | None, filename: str = "") -> int:
    """Store the letterhead logo (PNG or JPEG), or remove it with ``None``. Returns the
    organisation details' new version (the logo is one of them)."""
    require(session, "administrator")
    org = _row(session)
    if data is not None:
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
            raise ValidationError("logo", said("The logo must be a PNG or JPEG picture."))
        if len(data) > 5_000_000:
            raise ValidationError("logo", said("The logo picture is too big. Please use one "
                                               "under 5 MB."))
    org.logo = data
    org.logo_filename = filename if data is not None else ""
    audit.record(session, "settings", "organisation", org.id, "logo")
    session.flush()
    return details_version(session)


def get_logo(session: Session) -> bytes | None:
    return _row(session).logo
