"""Checking suggestion rows before anything is written: one plan per row.

Each row becomes a SuggestionPlan (with its activity, decision, change and feedback, if any).
Rows that name the same activity and date share one activity; rows with the same change text
share one change. Every problem is raised as an ImportProblem naming the file, row and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import InvolvementLevel, Person
from ...models.enums import ACTIVITY_TYPES, CHANGE_STATUSES, CHANNELS, OUTCOMES, SUGGESTION_KINDS
from ..records.suggestions import DecisionData, validate_decision
from ..validation import not_in_future, required_text
from .import_read import SUGGESTIONS, Choices, Row, Table

DEFAULT_ACTIVITY_TYPE = "forum"
DEFAULT_LEVEL = "consultation"
# Field names used by validate_decision -> our column names.
DECISION_COLUMNS = {"outcome": "decision", "decided_on": "decided_on", "reason": "decision_reason",
                    "passed_to": "passed_to", "decided_by": "decided_by",
                    "reason_category": "decision", "reason_cy": "decision_reason_cy",
                    "passed_to_cy": "passed_to_cy"}
_TYPES = Choices(ACTIVITY_TYPES, "the type of activity")
_KINDS = Choices(SUGGESTION_KINDS, "the kind of suggestion")
_CHANNELS = Choices(CHANNELS, "how it reached us")
_STATUSES = Choices(CHANGE_STATUSES, "the status of the change")
_OUTCOMES = Choices(OUTCOMES, "the decision")


@dataclass
class ActivityPlan:
    """An activity named in the file (created unless one with its title and date exists)."""

    title: str
    held_on: date
    activity_type: str
    involvement_code: str
    first_row: Row
    type_given: bool
    services: set[str] = field(default_factory=set)   # service keys of its rows
    title_cy: str = ""  # in Welsh: the first row that gives it

    @property
    def key(self) -> tuple[str, date]:
        return activity_key(self.title, self.held_on)


@dataclass
class ChangePlan:
    """A change described in the file; rows with the same text (any case) share it."""

    description: str
    status: str
    done_on: date | None
    first_row: Row
    service: str | None = None   # service key of the first row that names one
    description_cy: str = ""  # in Welsh: the first row that gives it

    @property
    def key(self) -> str:
        return change_key(self.description)


@dataclass(frozen=True)
class SuggestionPlan:
    row: Row
    raised_on: date
    text: str
    kind: str
    channel: str
    service: str | None                 # service key, see service_key()
    activity: tuple[str, date] | None   # activity key
    raisers: tuple[str, ...]            # people refs
    decision: dict[str, Any] | None     # values for a Decision
    change: str | None                  # change key
    feedback_on: date | None


@dataclass
class SuggestionPlans:
    rows: list[SuggestionPlan] = field(default_factory=list)
    activities: dict[tuple[str, date], ActivityPlan] = field(default_factory=dict)
    changes: dict[str, ChangePlan] = field(default_factory=dict)
    services: dict[str, tuple[str, Row]] = field(default_factory=dict)  # key -> first (name, row)
    notes: list[str] = field(default_factory=list)


def activity_key(title: str, held_on: date) -> tuple[str, date]:
    return (" ".join(title.split()).casefold(), held_on)


def change_key(description: str) -> str:
    return " ".join(description.split()).casefold()


def service_key(name: str) -> str:
    return name.strip().lower()


class _Reader:
    """Reads the suggestion rows of one import, remembering activities, changes and services."""

    def __init__(self, session: Session, new_refs: set[str], today: date) -> None:
        self.today = today
        self.plans = SuggestionPlans()
        self.levels = Choices({lv.code: lv.label for lv in session.scalars(
            select(InvolvementLevel).order_by(InvolvementLevel.rank))},
            "how much people were involved")
        self.refs = {ref: erased is not None for ref, erased in
                     session.execute(select(Person.ref, Person.erased_at))}
        self.refs.update({ref: False for ref in new_refs})
        self.folded: dict[str, str] = {}
        for ref in sorted(self.refs, reverse=True):  # X001 wins over x001 if both are stored
            self.folded[ref.casefold()] = ref
        self.refolded: list[Row] = []

    def read(self, row: Row) -> SuggestionPlan:
        raised_on = row.date("date", "the date it was raised", required=True)
        with row.checking("date"):
            not_in_future(raised_on, "date", "the date it was raised", today=self.today)
        with row.checking("suggestion"):
            text = required_text(row.text("suggestion"), "suggestion", "what they said",
                                 max_length=20000)
        activity = self._activity(row, raised_on)
        channel = self._channel(row, activity)
        decision = self._decision(row, raised_on)
        feedback_on = self._feedback_date(row, raised_on)
        return SuggestionPlan(
            row=row, raised_on=raised_on, text=text,
            kind=_KINDS.code(row, "kind", default="idea"), channel=channel,
            service=self._service(row, activity), activity=activity,
            raisers=self._raisers(row), decision=decision, change=self._change(row),
            feedback_on=feedback_on)

    def _activity(self, row: Row, held_on: date) -> tuple[str, date] | None:
        title = row.limited_text("activity", "the activity's name")
        if not title:
            for column in ("activity_type", "involvement_level", "activity_cy"):
                if row.has(column):
                    raise row.problem(column, "This is only used for an activity, but no "
                                              "activity is named. Please fill in the activity "
                                              "column, or clear this cell.")
            return None
        plan = ActivityPlan(
            title=title, held_on=held_on,
            activity_type=_TYPES.code(row, "activity_type", default=DEFAULT_ACTIVITY_TYPE),
            involvement_code=self.levels.code(row, "involvement_level", default=DEFAULT_LEVEL),
            first_row=row, type_given=row.has("activity_type"),
            title_cy=row.limited_text("activity_cy", "the activity's name in Welsh"))
        earlier = self.plans.activities.setdefault(plan.key, plan)
        if earlier is not plan:
            self._same_activity(row, earlier, plan)
            earlier.title_cy = earlier.title_cy or plan.title_cy
        return plan.key

    def _same_activity(self, row: Row, earlier: ActivityPlan, plan: ActivityPlan) -> None:
        checks = (("activity_type", earlier.activity_type, plan.activity_type, ACTIVITY_TYPES),
                  ("involvement_level", earlier.involvement_code, plan.involvement_code,
                   self.levels.options))
        for column, first, this, labels in checks:
            if row.has(column) and first != this:
                said = ("says" if earlier.first_row.has(column) else "leaves this empty, so it "
                        "is")
                raise row.problem(column, f"Row {earlier.first_row.number} {said} "
                                          f"\u201c{labels[first]}\u201d for the same activity "
                                          f"({earlier.title}, {earlier.held_on.isoformat()}). "
                                          "Please make them the same, or leave this cell empty.")
        earlier.type_given = earlier.type_given or plan.type_given

    def _channel(self, row: Row, activity: tuple[str, date] | None) -> str:
        channel = _CHANNELS.code(row, "channel", default="activity" if activity else "in_person")
        if activity and channel != "activity":
            raise row.problem("channel", "This was said at an activity, so the channel is "
                                         "\u201cactivity\u201d. Please write activity here, or "
                                         "leave it empty.")
        if not activity and channel == "activity":
            raise row.problem("channel", "Please name the activity in the activity column, or "
                                         "choose another channel.")
        return channel

    def _service(self, row: Row, activity: tuple[str, date] | None) -> str | None:
        name = row.limited_text("service", "the service's name", max_length=120)
        if not name:
            return None
        key = service_key(name)
        self.plans.services.setdefault(key, (name, row))
        if activity is not None:
            self.plans.activities[activity].services.add(key)
        return key

    def _raisers(self, row: Row) -> tuple[str, ...]:
        refs: list[str] = []
        text = row.text("raised_by")
        for ref in text.split(";"):
            ref = ref.strip()
            if not ref or ref in refs:
                continue
            erased = self.refs.get(ref)
            if erased is None and ref.casefold() in self.folded:
                ref = self.folded[ref.casefold()]
                erased = self.refs[ref]
                if not self.refolded or self.refolded[-1] is not row:
                    self.refolded.append(row)
                if ref in refs:
                    continue
            if erased is None:
                hint = " Put ; between refs, not a comma." if "," in ref else ""
                raise row.problem("raised_by", f"Nobody has the ref \u201c{ref[:40]}\u201d, in "
                                               "this import or in the database. Please add "
                                               f"them to the people list, or check the ref.{hint}")
            if erased:
                raise row.problem("raised_by", f"The person with ref {ref[:40]} was erased, so "
                                               "new suggestions cannot be linked to them. Please "
                                               "leave raised_by empty for an anonymous "
                                               "suggestion.")
            refs.append(ref)
        return tuple(refs)

    def _decision(self, row: Row, raised_on: date) -> dict[str, Any] | None:
        if not row.has("decision"):
            for column in ("decision_reason", "decided_on", "decided_by", "passed_to",
                           "decision_reason_cy", "passed_to_cy"):
                if row.has(column):
                    raise row.problem(column, "This is only used with a decision, but the "
                                              "decision column is empty. Please fill in the "
                                              "decision, or clear this cell.")
            return None
        _OUTCOMES.code(row, "decision")  # an unknown outcome is the first thing to hear about
        decided_on = row.date("decided_on", "the decision date")
        if decided_on is None:
            raise row.problem("decided_on", "Please give the date of the decision, for example "
                                            "2025-04-01.")
        data = DecisionData(
            outcome=row.text("decision"), decided_on=decided_on,
            reason=row.text("decision_reason"), passed_to=row.text("passed_to"),
            decided_by=row.text("decided_by"), reason_cy=row.text("decision_reason_cy"),
            passed_to_cy=row.text("passed_to_cy"))
        with row.checking("decision", DECISION_COLUMNS):
            return validate_decision(data, raised_on=raised_on, today=self.today)

    def _change(self, row: Row) -> str | None:
        description = row.limited_text("change", "what changed", max_length=5000)
        if not description:
            for column in ("change_status", "change_done_on", "change_cy"):
                if row.has(column):
                    raise row.problem(column, "This is only used with a change, but the change "
                                              "column is empty. Please describe the change, or "
                                              "clear this cell.")
            return None
        done_on = row.date("change_done_on", "the date the change was done")
        with row.checking("change_done_on"):
            not_in_future(done_on, "change_done_on", "the date the change was done",
                          today=self.today)
        status = _STATUSES.code(row, "change_status", default="done" if done_on else "planned")
        if status == "done" and done_on is None:
            raise row.problem("change_done_on", "The change is Done. Please give the date it "
                                                "was done, for example 2025-04-01.")
        if status != "done" and done_on is not None:
            raise row.problem("change_done_on", "Only a change that is Done has a done date. "
                                                "Please set change_status to Done, or clear "
                                                "this date.")
        welsh = row.limited_text("change_cy", "what changed, in Welsh", max_length=5000)
        plan = ChangePlan(description, status, done_on, row, description_cy=welsh)
        earlier = self.plans.changes.setdefault(plan.key, plan)
        earlier.description_cy = earlier.description_cy or welsh
        if earlier is plan or (earlier.status, earlier.done_on) == (status, done_on):
            return plan.key
        given = ("change_status", "change_done_on")
        if not any(earlier.first_row.has(c) for c in given):
            earlier.status, earlier.done_on, earlier.first_row = status, done_on, row
        elif any(row.has(c) for c in given):
            raise row.problem("change_status" if earlier.status != status else "change_done_on",
                              f"Row {earlier.first_row.number} has the same change with another "
                              "status or date. Please make them the same, or leave "
                              "change_status and change_done_on empty here.")
        return plan.key

    def _feedback_date(self, row: Row, raised_on: date) -> date | None:
        sent_on = row.date("feedback_sent_on", "the date feedback was sent")
        if sent_on is None:
            return None
        with row.checking("feedback_sent_on"):
            not_in_future(sent_on, "feedback_sent_on", "the date feedback was sent",
                          today=self.today)
        if sent_on < raised_on:
            raise row.problem("feedback_sent_on", "Feedback was sent before the suggestion was "
                                                  f"raised ({raised_on.isoformat()}). Please "
                                                  "check the dates.")
        return sent_on


def read_suggestions(session: Session, tables: Sequence[Table], *, new_refs: set[str],
                     today: date) -> SuggestionPlans:
    """Check every suggestion row; ``new_refs`` are the refs of people in the same import."""
    reader = _Reader(session, new_refs, today)
    for table in tables:
        if table.kind != SUGGESTIONS:
            continue
        for row in table.rows:
            plan = reader.read(row)
            reader.plans.rows.append(plan)
            if plan.change is not None:
                change = reader.plans.changes[plan.change]
                change.service = change.service or plan.service
    plans = reader.plans
    _add_notes(plans)
    if reader.refolded:
        rows = reader.refolded
        listed = ", ".join(str(r.number) for r in rows[:10])
        more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
        plans.notes.append(f"{rows[0].source}: {len(rows)} "
                           f"{'row names' if len(rows) == 1 else 'rows name'} people in "
                           "raised_by with capital letters in other places than their ref, so "
                           f"we matched them ignoring case (row{'s' if len(rows) > 1 else ''} "
                           f"{listed}{more}).")
    return plans


def _add_notes(plans: SuggestionPlans) -> None:
    unsent = sum(1 for p in plans.rows if p.feedback_on and not p.raisers)
    if unsent:
        what = "suggestion has" if unsent == 1 else "suggestions have"
        plans.notes.append(f"{unsent} anonymous {what} a feedback_sent_on date. Nobody is named, "
                           "so no feedback was recorded for them.")
