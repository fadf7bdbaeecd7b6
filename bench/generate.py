"""Build a large, realistic database quickly (bulk Core inserts), for the benchmark.

Default size: ten years of a county-wide charity: 20,000 people, 5,000 activities and
100,000 suggestions, with decisions, changes and feedback in realistic proportions.

Shapes (``SHAPES``, ``python -m bench.generate FILE --shape medium``): the same rules with other
proportions, because a cost can hide in one shape of data and not another (issue 17: where most
pairs already had a letter, the feedback rules looked fast). "medium" is a medium organisation
two years in: 4,000 people raising five suggestions each, three quarters decided, few letters
sent yet, left as the app leaves a file (no ANALYZE statistics).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from partapp.models import (
    Activity,
    Change,
    Decision,
    Feedback,
    Group,
    Person,
    Service,
    Suggestion,
    attendance,
    change_suggestion,
    feedback_suggestion,
    person_group,
    suggestion_raiser,
)
from partapp.models.enums import (
    ACTIVITY_TYPES,
    CHANNELS,
    FEEDBACK_FORMATS,
    INVOLVEMENT_LEVELS,
    SUGGESTION_KINDS,
)
from partapp.models.folding import fold
from partapp.services.records import organisation
from partapp.services.store.database import open_database

FIRST = ["Siân", "Llŷr", "Zoë", "Łukasz", "Nguyễn", "Aoife", "José", "Priya", "Mohammed", "Ann",
         "David", "Gwen", "Chiamaka", "Bartosz", "Fatima", "Tom", "Mary", "Owen", "Leah", "Sam"]
LAST = ["Jones", "Davies", "Evans", "Nowak", "Thi Lan", "Murphy", "García", "Patel", "Khan",
        "Smith", "Williams", "Okafor", "Kowalski", "Ahmed", "Brown", "Taylor", "Hughes", "Price"]
SERVICES = ["Day centre", "Transport", "Meals", "Home support", "Activities and outings",
            "Advice line", "Respite care", "Carers' support"]
PHRASES = ["The minibus comes too early on {day}s.", "Could we have more {thing} at the {place}?",
           "I would like the {place} to open on {day}s.", "Thank you for the {thing}.",
           "Why did the {thing} stop?", "The {place} is too cold in the mornings.",
           "Please tell us sooner when the {thing} changes."]
WORDS = {"day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
         "thing": ["art group", "hot meals", "trips out", "exercise class", "quiz", "newsletter"],
         "place": ["day centre", "hall", "garden", "café", "office"]}
REASONS = ["We do not have the money this year.", "We do not have enough staff to do this.",
           "The law does not let us do this.", "This is run by the council, not by us."]


@dataclass(frozen=True)
class Size:
    people: int = 20_000
    activities: int = 5_000
    suggestions: int = 100_000
    years: int = 10


@dataclass(frozen=True)
class Shape:
    """How the suggestions are answered: the share made anonymously, the share decided once
    old enough, the share of raisers sent a letter after the last event, and whether the file
    gets ANALYZE statistics (the app itself never runs ANALYZE, so a user's file has none)."""

    anonymous: float = 0.3
    decided: float = 0.9
    letters: float = 0.75
    analyze: bool = True


SHAPES = {"default": (Size(), Shape()),
          "medium": (Size(people=4_000, activities=400, suggestions=20_000, years=2),
                     Shape(anonymous=0.0, decided=0.75, letters=0.05, analyze=False))}


def scaled(size: Size, factor: float) -> Size:
    """``size`` with people, activities and suggestions times ``factor`` (same years)."""
    return Size(people=max(1, round(size.people * factor)),
                activities=max(1, round(size.activities * factor)),
                suggestions=max(1, round(size.suggestions * factor)), years=size.years)


def _text(rng: random.Random) -> str:
    phrase = rng.choice(PHRASES)
    return phrase.format(**{k: rng.choice(v) for k, v in WORDS.items()})


def generate(path: Path, size: Size = Size(), *, seed: int = 1, today: date | None = None,
             shape: Shape = Shape()) -> dict:
    """Create ``path`` (replacing it) and fill it. Returns row counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=365 * size.years)
    span = (today - start).days
    db = open_database(str(path))
    counts: dict[str, int] = {}
    with db.session_scope() as s:
        details = organisation.get_details(s)
        organisation.save_details(s, details.__class__(**{**details.__dict__,
                                                          "name": "Countywide Care",
                                                          "has_logo": False}))
        s.execute(insert(Service), [{"name": n, "active": True} for n in SERVICES])
        service_ids = list(s.scalars(select(Service.id)))
        group_ids = list(s.scalars(select(Group.id)))
        formats = list(FEEDBACK_FORMATS)
        people = [{
            "id": i, "ref": f"P{i:06d}", "first_name": rng.choice(FIRST),
            "last_name": rng.choice(LAST), "town": "Abergavenny", "postcode": "NP7 5AA",
            "feedback_format": formats[0] if rng.random() < 0.8 else rng.choice(formats),
            "language": "cy" if rng.random() < 0.05 else "en",
        } for i in range(1, size.people + 1)]
        s.execute(insert(Person), people)
        s.execute(insert(person_group), [{"person_id": i, "group_id": g}
                                         for i in range(1, size.people + 1)
                                         for g in rng.sample(group_ids, rng.choice((1, 1, 2)))])
        levels, types = list(INVOLVEMENT_LEVELS), list(ACTIVITY_TYPES)
        acts = [{
            "id": i, "title": f"{rng.choice(SERVICES)} forum {i}",
            "held_on": start + timedelta(days=rng.randrange(span)),
            "activity_type": rng.choice(types), "involvement_code": rng.choice(levels),
            "service_id": rng.choice(service_ids), "anonymous_attendees": rng.randrange(4),
            "hours": Decimal(rng.randrange(2, 40)), "expenses_paid": Decimal(rng.randrange(0, 80)),
        } for i in range(1, size.activities + 1)]
        s.execute(insert(Activity), acts)
        attendees = {a["id"]: rng.sample(range(1, size.people + 1), rng.randrange(3, 14))
                     for a in acts}
        s.execute(insert(attendance), [{"activity_id": a, "person_id": p}
                                       for a, ps in attendees.items() for p in ps])
        kinds, channels = list(SUGGESTION_KINDS), [c for c in CHANNELS if c != "activity"]
        suggestions, raisers, decisions, links, feedback, fb_links = [], [], [], [], [], []
        changes: list[dict] = []
        decision_id = feedback_id = 0
        for sid in range(1, size.suggestions + 1):
            at_activity = rng.random() < 0.6
            act = acts[rng.randrange(len(acts))] if at_activity else None
            raised = act["held_on"] if act else start + timedelta(days=rng.randrange(span))
            suggestions.append({
                "id": sid, "raised_on": raised, "kind": rng.choice(kinds),
                "channel": "activity" if act else rng.choice(channels),
                "activity_id": act["id"] if act else None,
                "service_id": act["service_id"] if act else rng.choice(service_ids),
                "text": (text := _text(rng)), "text_folded": fold(text)})
            who = [] if rng.random() < shape.anonymous else (
                rng.sample(attendees[act["id"]], 1) if act else [rng.randrange(1, size.people + 1)])
            raisers += [{"suggestion_id": sid, "person_id": p} for p in who]
            age = (today - raised).days
            if age < 20 or rng.random() > shape.decided:
                continue
            decided = raised + timedelta(days=rng.randrange(1, min(age, 90)))
            outcome = rng.choices(["agreed", "agreed_in_part", "not_now", "not_possible",
                                   "passed_on"], weights=[45, 15, 15, 15, 10])[0]
            decision_id += 1
            decisions.append({"id": decision_id, "suggestion_id": sid, "outcome": outcome,
                              "reason": "" if outcome == "agreed" else rng.choice(REASONS),
                              "passed_to": "The council" if outcome == "passed_on" else "",
                              "decided_on": decided, "decided_by": "Coordinator"})
            last_event = decided
            if outcome in ("agreed", "agreed_in_part") and rng.random() < 0.7:
                if changes and rng.random() < 0.3 and changes[-1]["status"] != "done":
                    change = changes[-1]
                else:
                    done = decided + timedelta(days=rng.randrange(5, 200))
                    status = "done" if done < today else rng.choice(["planned", "in_progress"])
                    change = {"id": len(changes) + 1, "description": "We did it: " + _text(rng),
                              "status": status, "done_on": done if status == "done" else None,
                              "due_on": done, "service_id": suggestions[-1]["service_id"]}
                    changes.append(change)
                    if change["done_on"]:
                        last_event = change["done_on"]
                links.append({"change_id": change["id"], "suggestion_id": sid})
            for person in who:
                if rng.random() < shape.letters:
                    sent = min(today, last_event + timedelta(days=rng.randrange(2, 40)))
                    feedback_id += 1
                    feedback.append({"id": feedback_id, "person_id": person,
                                     "kind": "decision", "format": "standard",
                                     "language": "en", "method": "post", "sent_on": sent,
                                     "snapshot": "Letter text", "sent_by": "bench"})
                    fb_links.append({"feedback_id": feedback_id, "suggestion_id": sid})
        for model, rows in ((Suggestion, suggestions), (suggestion_raiser, raisers),
                            (Decision, decisions), (Change, changes),
                            (change_suggestion, links), (Feedback, feedback),
                            (feedback_suggestion, fb_links)):
            for i in range(0, len(rows), 20_000):
                s.execute(insert(model), rows[i:i + 20_000])
        counts = {"people": len(people), "activities": len(acts),
                  "suggestions": len(suggestions), "decisions": len(decisions),
                  "changes": len(changes), "feedback": len(feedback)}
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        if shape.analyze:
            conn.exec_driver_sql("ANALYZE")
    db.dispose()
    return counts


if __name__ == "__main__":
    import argparse
    import time

    parser = argparse.ArgumentParser(description="Build a benchmark database.")
    parser.add_argument("path", nargs="?", default="bench-large.db", type=Path)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="default")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="people, activities and suggestions times this")
    args = parser.parse_args()
    size, shape = SHAPES[args.shape]
    t0 = time.perf_counter()
    print(generate(args.path, scaled(size, args.scale), shape=shape),
          f"{time.perf_counter() - t0:.1f} s")


def write_import_csv(folder: Path, *, people: int = 3_000, suggestions: int = 100_000,
                     seed: int = 2, today: date | None = None) -> tuple[Path, Path]:
    """People and suggestions files in the import format (format 1), for the import timing."""
    import csv

    from partapp.services.importing.importer import PEOPLE_COLUMNS, SUGGESTION_COLUMNS

    rng = random.Random(seed)
    today = today or date.today()
    folder.mkdir(parents=True, exist_ok=True)
    people_path, suggestions_path = folder / "bench-people.csv", folder / "bench-suggestions.csv"
    with people_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=PEOPLE_COLUMNS)
        writer.writeheader()
        for i in range(1, people + 1):
            writer.writerow({"ref": f"B{i:05d}", "first_name": rng.choice(FIRST),
                             "last_name": rng.choice(LAST), "town": "Knighton",
                             "groups": "Older people", "feedback_format": "standard",
                             "language": "en"})
    outcomes = ["Agreed", "Agreed in part", "Not now", "Not possible", "Passed on", ""]
    with suggestions_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=SUGGESTION_COLUMNS)
        writer.writeheader()
        for i in range(suggestions):
            raised = today - timedelta(days=rng.randrange(30, 3650))
            outcome = rng.choice(outcomes)
            at_meeting = rng.random() < 0.5
            writer.writerow({
                "date": raised.isoformat(),
                "activity": f"Forum {raised.isoformat()}" if at_meeting else "",
                "activity_type": "forum" if at_meeting else "",
                "service": rng.choice(SERVICES),
                "raised_by": "" if rng.random() < 0.3 else f"B{rng.randrange(1, people + 1):05d}",
                "kind": "idea", "channel": "" if at_meeting else "phone",
                "suggestion": f"{_text(rng)} (number {i})",
                "decision": outcome,
                "decision_reason": rng.choice(REASONS) if outcome not in ("", "Agreed") else "",
                "decided_on": (raised + timedelta(days=10)).isoformat() if outcome else "",
            })
    return people_path, suggestions_path
