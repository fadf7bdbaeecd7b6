"""The report's SQL floor: its twelve figures and the count of people owed feedback, for one
period, by hand-written SQL straight through sqlite3 (no SQLAlchemy, no Python per row).

The report does more than this (the period before, themes, the lists behind the figures), so
the ratio of the two says how much the app adds on top of the counting any tool would need.
Dates are stored as ISO text, so they compare as text and julianday() gives days between.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta

# Each statement takes :start, :end and (where named) :promise_cutoff or :promise.
FIGURES = {
    "activities": "SELECT count(*) FROM activity WHERE held_on BETWEEN :start AND :end",
    "people_involved": """
        SELECT count(*) FROM (
          SELECT a.person_id FROM attendance a JOIN activity v ON v.id = a.activity_id
          WHERE v.held_on BETWEEN :start AND :end
          UNION
          SELECT r.person_id FROM suggestion_raiser r JOIN suggestion s ON s.id = r.suggestion_id
          WHERE s.raised_on BETWEEN :start AND :end)""",
    "suggestions": "SELECT count(*) FROM suggestion WHERE raised_on BETWEEN :start AND :end",
    # decided, agreed, agreed_in_part, not_now, not_possible, passed_on: six figures, one pass
    "outcomes": """
        SELECT outcome, count(*) FROM (
          SELECT d.outcome, row_number() OVER (PARTITION BY d.suggestion_id
                                               ORDER BY d.decided_on DESC, d.id DESC) AS rn
          FROM decision d JOIN suggestion s ON s.id = d.suggestion_id
          WHERE d.decided_on <= :end AND s.raised_on BETWEEN :start AND :end)
        WHERE rn = 1 GROUP BY outcome""",
    "changes_done": """SELECT count(*) FROM change
                       WHERE status = 'done' AND done_on BETWEEN :start AND :end""",
    "waiting_over_promise": """
        SELECT count(*) FROM suggestion s WHERE s.raised_on < :promise_cutoff
        AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.suggestion_id = s.id
                        AND d.decided_on <= :end)""",
    "feedback_on_time_pct": """
        SELECT count(*), sum(julianday(f.first) - julianday(s.raised_on) <= :promise)
        FROM suggestion_raiser r JOIN suggestion s ON s.id = r.suggestion_id
        LEFT JOIN (SELECT fb.person_id AS pid, fs.suggestion_id AS sid, min(fb.sent_on) AS first
                   FROM feedback fb JOIN feedback_suggestion fs ON fs.feedback_id = fb.id
                   JOIN suggestion x ON x.id = fs.suggestion_id
                   WHERE x.raised_on BETWEEN :start AND :end
                   GROUP BY fb.person_id, fs.suggestion_id) f
          ON f.pid = r.person_id AND f.sid = r.suggestion_id
        WHERE s.raised_on BETWEEN :start AND :end""",
    # The feedback rules (docs/design.md) at the period's end: people owed.
    "people_owed": """
        WITH pairs AS MATERIALIZED (
          SELECT r.person_id AS pid,
            (SELECT s.raised_on FROM suggestion s WHERE s.id = r.suggestion_id) AS raised,
            (SELECT d.decided_on FROM decision d WHERE d.suggestion_id = r.suggestion_id
             AND d.decided_on <= :end ORDER BY d.decided_on DESC LIMIT 1) AS decided,
            (SELECT (SELECT c.done_on FROM change c WHERE c.id = cs.change_id
                     AND c.status = 'done' AND c.done_on <= :end) AS x
             FROM change_suggestion cs WHERE cs.suggestion_id = r.suggestion_id
             ORDER BY x DESC NULLS LAST LIMIT 1) AS done,
            (SELECT (SELECT fb.sent_on FROM feedback fb WHERE fb.id = fs.feedback_id
                     AND fb.person_id = r.person_id AND fb.sent_on <= :end) AS x
             FROM feedback_suggestion fs WHERE fs.suggestion_id = r.suggestion_id
             ORDER BY x DESC NULLS LAST LIMIT 1) AS last
          FROM suggestion_raiser r
          WHERE r.suggestion_id NOT IN (SELECT id FROM suggestion WHERE raised_on > :end)
          AND r.person_id NOT IN (SELECT id FROM person WHERE erased_at IS NOT NULL))
        SELECT count(DISTINCT pid) FROM pairs
        WHERE (done IS NOT NULL AND (last IS NULL OR done > last))
           OR (decided IS NOT NULL AND (last IS NULL OR decided > last))
           OR (last IS NULL AND raised < :promise_cutoff)""",
}


def sql_floor(path: str, start: date, end: date, promise: int = 28) -> dict:
    """Run every statement once on the file at ``path``; returns the seconds and the answers."""
    params = {"start": start.isoformat(), "end": end.isoformat(), "promise": promise,
              "promise_cutoff": (end - timedelta(days=promise)).isoformat()}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        t0 = time.perf_counter()
        answers = {name: conn.execute(sql, params).fetchall() for name, sql in FIGURES.items()}
        seconds = time.perf_counter() - t0
    finally:
        conn.close()
    return {"seconds": seconds, "people_owed": answers["people_owed"][0][0],
            "suggestions": answers["suggestions"][0][0]}


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.sql_floor DB START END``: the floor as a whole process of its own, so
    it can be timed the way ``partapp report --csv`` is (Python's start and sqlite3's import
    included). Prints one JSON line: the in-process seconds and the answers."""
    import json
    import sys

    from .measure import peak_mb

    path, start, end = (argv if argv is not None else sys.argv[1:])[:3]
    result = sql_floor(path, date.fromisoformat(start), date.fromisoformat(end))
    print(json.dumps({**result, "peak_mb": peak_mb()}))


if __name__ == "__main__":
    main()
