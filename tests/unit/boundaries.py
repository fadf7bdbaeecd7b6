"""A hand-worked data set with an event on every boundary of the figures and feedback rules.

Period 2025-04-01 to 2026-03-31 (a financial year), promise 28 days. People E1 to E10.
Every line below sits on the edge of one rule, so moving a comparison by one day (or flipping
a tie-break) changes an answer.

  Activities: a_first 2025-04-01 (E9) and a_last 2026-03-31 (E10) count; a_before 2025-03-31 (E3)
  and a_after 2026-04-01 (E4) do not. E9 and E10 raise nothing: they take part only by coming.

  b1  2025-04-01 E1  first day. Agreed 04-20. Letter 04-29: day 28, on time. Change c1 done 04-29,
                     the same day as the letter, so nothing is owed after it.
  b2  2025-04-02 E2  not possible 04-30. Letter 05-01: day 29, late.
  b3  2026-03-31 E5  last day, nothing yet (0 days old: not owed, not waiting).
  b4  2025-03-31 E3  day before the period: not in it. No decision, so still waiting at its end.
                     Change c_before done 2025-03-31 answers it: owed a Change made letter.
  b5  2026-03-03 E6  exactly 28 days before the end: not over the promise, not owed.
  b6  2026-03-02 E6  29 days before the end: over the promise, owed an Update.
  b7  2025-06-01 E7  two decisions on 06-10: not now, then agreed (recorded later): agreed.
  b8  2025-07-01 E8  agreed 07-05, then passed on 07-20: Passed on is the final outcome.
  b9  2025-08-01 E1  agreed on the last day; change c_last done on the last day: Change made.
  b10 2025-08-01 E2  agreed 2026-04-01, the day after: undecided, waiting, owed an Update.
  b11 2025-09-01 E7  not now 09-15, letter 09-15 (the same day): on time, nothing owed.
  b12 2026-04-05 E4  raised after the period, answered by c_first (done 2025-04-01): left out
                     of everything on the period's last day.
  b13 2026-03-20 E8  not possible on the last day (11 days old): owed a Decision letter.

  Changes done: c_first 2025-04-01, c1 2025-04-29, c_last 2026-03-31 count; c_before 2025-03-31
  and c_after 2026-04-01 (answers b10) do not.

Figures: activities 2; people_involved 8 (E1, E2, E5-E10); suggestions 11 (b1-b3, b5-b11, b13);
decided 7: agreed 3 (b1, b7, b9), not_now 1 (b11), not_possible 2 (b2, b13), passed_on 1 (b8);
changes_done 3; waiting_over_promise 3 (b4, b6, b10); pairs 11, on time 2 (b1, b11) -> 18.2.

Owed on 2026-03-31: E3 change_made b4 (2025-03-31); E7 decision b7 (2025-06-10); E8 decision b8
(2025-07-20); E2 update b10 (2025-08-01); E6 update b6 (2026-03-02); E1 change_made b9
(2026-03-31); E8 decision b13 (2026-03-31).
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
START, END = D("2025-04-01"), D("2026-03-31")
BUILT_ON = D("2026-06-01")  # after every date above, so nothing is "in the future"
EXPECTED = {
    "activities": "2", "people_involved": "8", "suggestions": "11", "decided": "7",
    "agreed": "3", "agreed_in_part": "0", "not_now": "1", "not_possible": "2", "passed_on": "1",
    "changes_done": "3", "waiting_over_promise": "3", "feedback_on_time_pct": "18.2",
}
OWED_ON_END = {
    ("E3", "b4"): ("change_made", D("2025-03-31")),
    ("E7", "b7"): ("decision", D("2025-06-10")),
    ("E8", "b8"): ("decision", D("2025-07-20")),
    ("E2", "b10"): ("update", D("2025-08-01")),
    ("E6", "b6"): ("update", D("2026-03-02")),
    ("E1", "b9"): ("change_made", D("2026-03-31")),
    ("E8", "b13"): ("decision", D("2026-03-31")),
}


def build(session) -> dict[str, int]:
    ids: dict[str, int] = {}
    for n in range(1, 11):
        ids[f"E{n}"] = people.save_person(session, PersonData(
            first_name=f"Edge{n}", last_name="Case", ref=f"E{n}")).id

    for key, when, who in (("a_first", "2025-04-01", "E9"), ("a_last", "2026-03-31", "E10"),
                           ("a_before", "2025-03-31", "E3"), ("a_after", "2026-04-01", "E4")):
        ids[key] = activities.save_activity(session, ActivityData(
            title=key, held_on=D(when), activity_type="forum", involvement_code="consultation",
            attendee_ids=(ids[who],))).id

    for key, when, who in (("b1", "2025-04-01", "E1"), ("b2", "2025-04-02", "E2"),
                           ("b3", "2026-03-31", "E5"), ("b4", "2025-03-31", "E3"),
                           ("b5", "2026-03-03", "E6"), ("b6", "2026-03-02", "E6"),
                           ("b7", "2025-06-01", "E7"), ("b8", "2025-07-01", "E8"),
                           ("b9", "2025-08-01", "E1"), ("b10", "2025-08-01", "E2"),
                           ("b11", "2025-09-01", "E7"), ("b12", "2026-04-05", "E4"),
                           ("b13", "2026-03-20", "E8")):
        ids[key] = suggestions.save_suggestion(session, SuggestionData(
            text=f"Suggestion {key}", raised_on=D(when), kind="idea", channel="phone",
            raiser_ids=(ids[who],)), today=BUILT_ON).id

    for key, outcome, when in (("b1", "agreed", "2025-04-20"), ("b2", "not_possible", "2025-04-30"),
                               ("b7", "not_now", "2025-06-10"), ("b7", "agreed", "2025-06-10"),
                               ("b8", "agreed", "2025-07-05"), ("b8", "passed_on", "2025-07-20"),
                               ("b9", "agreed", "2026-03-31"), ("b10", "agreed", "2026-04-01"),
                               ("b11", "not_now", "2025-09-15"),
                               ("b13", "not_possible", "2026-03-31")):
        suggestions.record_decision(session, ids[key], DecisionData(
            outcome=outcome, decided_on=D(when),
            reason="" if outcome == "agreed" else "A plain reason.",
            passed_to="The council" if outcome == "passed_on" else ""), today=BUILT_ON)

    for key, done_on, answers in (("c_first", "2025-04-01", ("b12",)), ("c1", "2025-04-29", ("b1",)),
                                  ("c_last", "2026-03-31", ("b9",)),
                                  ("c_before", "2025-03-31", ("b4",)),
                                  ("c_after", "2026-04-01", ("b10",))):
        ids[key] = changes.save_change(session, ChangeData(
            description=f"Change {key}", status="done", done_on=D(done_on),
            suggestion_ids=tuple(ids[s] for s in answers)), today=BUILT_ON).id

    for who, keys, when in (("E1", ("b1",), "2025-04-29"), ("E2", ("b2",), "2025-05-01"),
                            ("E7", ("b11",), "2025-09-15")):
        feedback.record_feedback(session, person_id=ids[who], kind="decision",
                                 suggestion_ids=[ids[k] for k in keys], sent_on=D(when),
                                 today=BUILT_ON)
    session.flush()
    return ids
