"""A small dataset whose report figures and feedback owed were worked out by hand.

Period 2025-01-01 to 2025-12-31, promise 28 days. People A, B, C, D.

  act1 2025-03-10 attended by A, B        act2 2024-12-20 by D (before the period)
  act3 2025-06-01 attended by C (+3 anonymous)
  s1 2025-03-10 A      agreed 03-20; change ch1 done 04-15; feedback to A 03-25 (15 days)
  s2 2025-03-10 A, B   not possible 05-01; feedback to A 05-02 (53 days, late); B never
  s3 2025-05-05 anon   not now 06-01, then agreed 2026-01-10 (after the period)
  s4 2025-11-20 C      no decision (41 days at the period end: over the promise)
  s5 2025-12-20 D      no decision (11 days: within the promise)
  s6 2024-11-01 D      no decision (before the period, still waiting at its end)
  s7 2025-07-01 B      passed on 07-10, then agreed in part 08-01; feedback to B 07-20 (19 days)
  s8 2025-02-01 C      agreed 2026-02-01 (after the period: undecided at its end)
  ch1 done 2025-04-15 (s1); ch2 done 2024-12-01 (s6); ch3 in progress (s7); ch4 done 2026-01-05 (s3)

Figures: activities 2 (act1, act3); people_involved 4 (A, B, C, D); suggestions 7 (s1-s5, s7, s8);
decided 4: agreed 1 (s1), agreed_in_part 1 (s7), not_now 1 (s3), not_possible 1 (s2),
passed_on 0; changes_done 1 (ch1); waiting_over_promise 3 (s4, s6, s8);
feedback pairs 7: (A,s1) (A,s2) (B,s2) (C,s4) (D,s5) (B,s7) (C,s8), on time 2 -> 28.6.

Owed on 2025-12-31: A change_made s1 (since 04-15); B decision s2 (05-01) and s7 (08-01);
C update s4 (11-20) and s8 (02-01); D change_made s6 (ch2, 2024-12-01). Nobody for s3 (anonymous).
"""

from __future__ import annotations

from datetime import date

from partapp.services.feedback import owed as feedback
from partapp.services.records import activities, changes, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

D = date.fromisoformat
TODAY = D("2026-03-01")  # after every date above, so nothing is "in the future"
EXPECTED = {
    "activities": "2", "people_involved": "4", "suggestions": "7", "decided": "4", "agreed": "1",
    "agreed_in_part": "1", "not_now": "1", "not_possible": "1", "passed_on": "0",
    "changes_done": "1", "waiting_over_promise": "3", "feedback_on_time_pct": "28.6",
}


def build(session) -> dict[str, int]:
    ids: dict[str, int] = {}
    for key, first, last in (("A", "Siân", "Llŷr"), ("B", "Zoë", "Adams"),
                             ("C", "Łukasz", "Nowak"), ("D", "Nguyễn", "Lan")):
        ids[key] = people.save_person(session, PersonData(first_name=first, last_name=last,
                                                          ref=f"R{key}")).id

    def activity(title, when, attendees, anonymous=0):
        return activities.save_activity(session, ActivityData(
            title=title, held_on=D(when), activity_type="forum", involvement_code="consultation",
            attendee_ids=tuple(ids[a] for a in attendees), anonymous_attendees=anonymous)).id

    ids["act1"] = activity("Spring forum", "2025-03-10", "AB")
    ids["act2"] = activity("Winter forum", "2024-12-20", "D")
    ids["act3"] = activity("Summer forum", "2025-06-01", "C", anonymous=3)

    def suggestion(key, when, raisers, activity_key=None, channel="phone"):
        ids[key] = suggestions.save_suggestion(session, SuggestionData(
            text=f"Suggestion {key}", raised_on=D(when), kind="idea", channel=channel,
            activity_id=ids[activity_key] if activity_key else None,
            raiser_ids=tuple(ids[r] for r in raisers)), today=TODAY).id

    def decide(key, outcome, when, reason="Plain reason.", passed_to=""):
        suggestions.record_decision(session, ids[key], DecisionData(
            outcome=outcome, decided_on=D(when), reason=reason, passed_to=passed_to), today=TODAY)

    def change(key, status, done_on, answers):
        ids[key] = changes.save_change(session, ChangeData(
            description=f"Change {key}", status=status, done_on=D(done_on) if done_on else None,
            suggestion_ids=tuple(ids[s] for s in answers)), today=TODAY).id

    def sent(person, keys, when, kind="decision"):
        feedback.record_feedback(session, person_id=ids[person], kind=kind,
                                 suggestion_ids=[ids[k] for k in keys], sent_on=D(when),
                                 today=TODAY)

    suggestion("s1", "2025-03-10", "A", "act1")
    suggestion("s2", "2025-03-10", "AB", "act1")
    suggestion("s3", "2025-05-05", "", channel="suggestion_box")
    suggestion("s4", "2025-11-20", "C")
    suggestion("s5", "2025-12-20", "D")
    suggestion("s6", "2024-11-01", "D")
    suggestion("s7", "2025-07-01", "B")
    suggestion("s8", "2025-02-01", "C")
    decide("s1", "agreed", "2025-03-20", reason="")
    decide("s2", "not_possible", "2025-05-01")
    decide("s3", "not_now", "2025-06-01")
    decide("s3", "agreed", "2026-01-10")
    decide("s7", "passed_on", "2025-07-10", passed_to="The council")
    decide("s7", "agreed_in_part", "2025-08-01")
    decide("s8", "agreed", "2026-02-01")
    change("ch1", "done", "2025-04-15", ["s1"])
    change("ch2", "done", "2024-12-01", ["s6"])
    change("ch3", "in_progress", None, ["s7"])
    change("ch4", "done", "2026-01-05", ["s3"])
    sent("A", ["s1"], "2025-03-25")
    sent("A", ["s2"], "2025-05-02")
    sent("B", ["s7"], "2025-07-20")
    session.flush()
    return ids
