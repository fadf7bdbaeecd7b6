"""A person's subject access copy holds the Welsh versions of our texts about them too (what
their Welsh letters printed), beside the English (issue 13)."""

from __future__ import annotations

import csv
from datetime import date

from pypdf import PdfReader

from partapp.reports.person_export import export_person
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.people import PersonData, save_person
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    record_decision,
    save_suggestion,
)


def test_the_copy_shows_the_welsh_beside_the_english(session, tmp_path):
    person = save_person(session, PersonData(ref="P0042", first_name="Gwen", last_name="Hughes",
                                             language="cy", consent_date="2024-01-10"))
    activity = save_activity(session, ActivityData(
        title="Spring forum", title_cy="Fforwm y gwanwyn", held_on="2024-03-01",
        activity_type="forum", involvement_code="consultation", attendee_ids=(person.id,)))
    suggestion = save_suggestion(session, SuggestionData(
        text="Agorwch y caffi ar ddydd Sadwrn.", raised_on="2024-03-01",
        activity_id=activity.id, raiser_ids=(person.id,)))
    record_decision(session, suggestion.id, DecisionData(
        outcome="agreed_in_part", decided_on="2024-04-01", reason="We have staff for one day.",
        reason_cy="Mae gennym ni staff am un diwrnod.", instead="Come on Fridays.",
        instead_cy="Dewch ar ddydd Gwener."))
    save_change(session, ChangeData(description="We open on Saturday mornings",
                                    description_cy="Rydyn ni ar agor ar fore Sadwrn",
                                    status="done", done_on="2024-05-01",
                                    suggestion_ids=(suggestion.id,)))
    export_person(session, "P0042", tmp_path / "sar", today=date(2025, 6, 1))
    with (tmp_path / "sar" / "P0042-suggestions.csv").open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle))
    assert row["Why"] == "We have staff for one day. (in Welsh: Mae gennym ni staff am un " \
                         "diwrnod.)"
    assert row["What we can do instead"] == "Come on Fridays. (in Welsh: Dewch ar ddydd Gwener.)"
    assert row["What we changed"].startswith(
        "We open on Saturday mornings (in Welsh: Rydyn ni ar agor ar fore Sadwrn)")
    with (tmp_path / "sar" / "P0042-activities.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.DictReader(handle))["Activity"] == \
            "Spring forum (in Welsh: Fforwm y gwanwyn)"
    pdf = PdfReader(str(tmp_path / "sar" / "P0042-information-we-hold.pdf"))
    words = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Mae gennym ni staff am un diwrnod." in words
