"""Sample data for trying the app out (``partapp demo`` and the first-run screen).

Two years of believable history for a small charity, ending at ``today``. Every record goes
through the same services as user input, so it passes the same checks. The same seed and day
always give the same data: all chance comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import EqualityProfile, Person, Suggestion
from ..models.enums import ACTIVITY_TYPES, INVOLVEMENT_LEVELS, OUTCOMES, PREFER_NOT_TO_SAY
from . import activities, changes, feedback, lists, organisation, people, suggestions
from . import demo_text as text
from .errors import PartappError

HISTORY_DAYS = 730
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_GROUP_LETTERS = "OCLDMK"  # the order of DEFAULT_GROUPS
_KIND_WEIGHTS = {"idea": 30, "concern": 22, "complaint": 10, "compliment": 20, "question": 18}
_CHANNEL_WEIGHTS = {"phone": 20, "letter": 10, "email": 15, "suggestion_box": 20,
                    "in_person": 25}
_OUTCOME_WEIGHTS = {
    "idea": {"agreed": 40, "agreed_in_part": 15, "not_now": 25, "not_possible": 20},
    "concern": {"agreed": 50, "agreed_in_part": 25, "not_now": 15, "not_possible": 10},
    "complaint": {"agreed": 65, "agreed_in_part": 35},
}
_TYPE_WEIGHTS = {"forum": 4, "consultation_event": 2, "focus_group": 2, "survey": 1,
                 "one_to_one": 2, "visit": 1, "online": 2}
_LEVELS_BY_TYPE = {
    "forum": {"informing": 2, "consultation": 3, "engagement": 3, "co_design": 1,
              "co_production": 1},
    "consultation_event": {"informing": 3, "consultation": 5, "engagement": 1},
    "focus_group": {"consultation": 3, "engagement": 3, "co_design": 3, "co_production": 2},
    "survey": {"consultation": 6, "informing": 1},
    "one_to_one": {"consultation": 4, "engagement": 2},
    "visit": {"informing": 1, "engagement": 2, "co_design": 1, "co_production": 2},
    "online": {"informing": 2, "consultation": 2, "co_design": 1},
}
# type: (fewest, most) named people; hours each; suggestions raised (fewest, most)
_SIZES = {"forum": ((6, 14), 2, (2, 5)), "consultation_event": ((8, 18), 2.5, (2, 5)),
          "focus_group": ((4, 8), 1.5, (1, 4)), "survey": ((0, 3), 0.25, (2, 6)),
          "one_to_one": ((1, 1), 1, (0, 2)), "visit": ((3, 7), 4, (1, 3)),
          "online": ((3, 8), 1, (1, 3))}


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` added."""

    people: int
    equality_profiles: int
    services: int
    activities: int
    suggestions: int
    decisions: int
    changes: int
    feedback: int
    people_owed_feedback: int

    def describe(self) -> str:
        return (f"Added sample data: {self.people} people, {self.activities} activities, "
                f"{self.suggestions} suggestions, {self.decisions} decisions, {self.changes} "
                f"changes and {self.feedback} letters or calls. {self.people_owed_feedback} "
                "people are waiting to hear back.")


@dataclass
class _Who:
    id: int
    name: str
    groups: str
    joined: date
    weight: float
    method: str
    has_email: bool
    needs: frozenset[str]


@dataclass
class _Topic:
    service: str
    kind: str
    variants: tuple[str, ...]
    result: str
    pass_to: str


@dataclass
class _Said:
    topic: _Topic
    fill: dict[str, str]
    raised_on: date
    channel: str
    raisers: list[_Who]
    text: str
    activity_id: int | None = None
    id: int = 0
    decisions: list[tuple[date, str, str]] = field(default_factory=list)
    change: str = ""
    done_on: date | None = None
    neglected: bool = False

    @property
    def key(self) -> tuple[int, str]:
        return id(self.topic), self.topic.variants[0].format(**self.fill)


def fill_demo(session: Session, *, seed: int = 7, today: date | None = None) -> DemoSummary:
    """Fill an empty data file with sample data. Never commits; refuses a file with records."""
    has_people = session.scalar(select(func.count()).select_from(Person))
    if has_people or session.scalar(select(func.count()).select_from(Suggestion)):
        raise PartappError("This data file already has records. Sample data can only go into "
                           "an empty file.")
    return _Builder(session, random.Random(seed), today or date.today()).build()


class _Builder:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session, self.rng, self.today = session, rng, today
        self.start = today - timedelta(days=HISTORY_DAYS)
        self.people: list[_Who] = []
        self.said: list[_Said] = []
        self.counts = {"activities": 0, "decisions": 0, "changes": 0,
                       "feedback": 0}

    def build(self) -> DemoSummary:
        if not organisation.get_details(self.session).is_set_up:
            organisation.save_details(self.session,
                                      organisation.OrganisationDetails(**text.ORGANISATION))
        self.details = organisation.get_details(self.session)
        self.promise = self.details.promise_days
        self.service_ids: dict[str, int | None] = {"": None}
        for name in text.SERVICES:
            self.service_ids[name] = (lists.service_id_by_name(self.session, name)
                                      or lists.save_service(self.session, name).id)
        self._people()
        self._topics()
        occasions = self._activities()
        self._suggestions(list(occasions))
        self._decisions()
        self._changes()
        self._feedback(occasions)
        c = self.counts
        return DemoSummary(
            people=len(self.people),
            equality_profiles=self.session.scalar(select(func.count())
                                                  .select_from(EqualityProfile)) or 0,
            services=len(text.SERVICES), activities=c["activities"],
            suggestions=len(self.said), decisions=c["decisions"], changes=c["changes"],
            feedback=c["feedback"],
            people_owed_feedback=len(feedback.owed_people(self.session, today=self.today)))

    # People ---------------------------------------------------------------------------------
    def _people(self) -> None:
        rng = self.rng
        names = [g.name for g in lists.groups(self.session)]
        by_letter = dict(zip(_GROUP_LETTERS, names))
        rows = [line.split("|") for line in text.PEOPLE.strip().splitlines()]
        with_profile = set(rng.sample(range(len(rows)), round(len(rows) * 0.6)))
        for i, (first, last, letters, ethnicity, needs) in enumerate(rows):
            flags = dict((f.split("=") + [""])[:2] for f in needs.split(",") if f)
            joined = (self.start - timedelta(days=rng.randint(20, 900)) if rng.random() < 0.65
                      else self.start + timedelta(days=rng.randint(0, HISTORY_DAYS - 45)))
            town, district = rng.choice(text.TOWNS)
            street = rng.choice(text.STREETS)
            flat = rng.choice(text.FLATS) if rng.random() < 0.15 else ""
            fmt = next((code for flag, code in (("lp", "large_print"), ("er", "easy_read"),
                                                ("em", "email"), ("ph", "phone"))
                        if flag in flags), "standard")
            email = ("em" in flags or rng.random() < 0.2)
            supporter = text.SUPPORTERS.get(first, ("", "")) if "sup" in flags else ("", "")
            data = people.PersonData(
                first_name=first, last_name=last, preferred_name=flags.get("pref", ""),
                address_1=flat or f"{rng.randint(1, 80)} {street}",
                address_2=street if flat else "", town=town,
                postcode=f"{district} {rng.randint(1, 9)}{rng.choice(_LETTERS)}"
                         f"{rng.choice(_LETTERS)}",
                email=f"{_ascii(first)}.{_ascii(last)}{i % 7 or ''}@example.org" if email else "",
                phone=(f"07700 900{(i * 37 + 11) % 1000:03d}" if rng.random() < 0.5
                       else f"01632 960{(i * 53 + 200) % 1000:03d}")
                if fmt == "phone" or rng.random() < 0.6 else "",
                groups=tuple(by_letter[x] for x in letters if x in by_letter),
                feedback_format=fmt, language="cy" if "cy" in flags else "en",
                bilingual="cy" in flags,
                interpreter="British Sign Language" if "bsl" in flags else flags.get("int", ""),
                supporter_name=supporter[0], supporter_address=supporter[1],
                send_via_supporter=bool(supporter[0]),
                other_needs=text.BSL_NEEDS if "bsl" in flags else "", consent_date=joined)
            view = people.save_person(self.session, data)
            method = ("via_supporter" if supporter[0] else
                      {"email": "email", "phone": "phone"}.get(fmt, "post"))
            support = {"bsl" if "bsl" in flags else "interpreter" if "int" in flags else "",
                       fmt if fmt in ("easy_read", "large_print") else ""} - {""}
            self.people.append(_Who(view.id, view.display_name.split()[0], letters, joined,
                                    rng.choice((1, 1, 2, 3, 5)), method, bool(email),
                                    frozenset(support)))
            if i in with_profile:
                answers = _equality_answers(rng, letters, ethnicity)
                people.save_equality(self.session, view.id,
                                     people.EqualityAnswers(consent_date=joined, answers=answers))

    # Activities -----------------------------------------------------------------------------
    def _activities(self) -> list[tuple[date, object]]:
        rng, dates = self.rng, []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.today.year, self.today.month):
            days = [date(y, m, d) for d in range(1, monthrange(y, m)[1] + 1)]
            days = [d for d in days if self.start <= d <= self.today and d.weekday() < 5]
            dates += sorted(rng.sample(days, min(len(days), rng.randint(2, 4))))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        specs = [(t, _weighted(rng, _LEVELS_BY_TYPE[t])) for t in ACTIVITY_TYPES]
        for level in INVOLVEMENT_LEVELS:
            if level not in {lv for _, lv in specs}:
                specs.append((rng.choice([t for t, lvs in _LEVELS_BY_TYPE.items()
                                          if level in lvs]), level))
        while len(specs) < len(dates):
            kind = _weighted(rng, _TYPE_WEIGHTS)
            specs.append((kind, _weighted(rng, _LEVELS_BY_TYPE[kind])))
        rng.shuffle(specs)
        occasions: list[tuple[date, object]] = []
        for held_on, (kind, level) in zip(dates, specs):
            title, service, liked = rng.choice(text.ACTIVITIES[kind]).split("|")
            (low, high), hours_each, _ = _SIZES[kind]
            pool = [p for p in self.people if p.joined <= held_on]
            came = _pick(rng, pool, [p.weight * (4 if set(liked) & set(p.groups) else 1)
                                     for p in pool], rng.randint(low, high))
            anonymous = {"survey": rng.randint(15, 45), "consultation_event": rng.randint(3, 12),
                         "forum": rng.randint(0, 4), "online": rng.randint(0, 2)}.get(kind, 0)
            view = activities.save_activity(self.session, activities.ActivityData(
                title=title, held_on=held_on, activity_type=kind, involvement_code=level,
                service_id=self.service_ids[service],
                facilitator=text.OWNERS[service] if service else rng.choice(text.FACILITATORS),
                hours=Decimal(str(hours_each)) * (len(came) + anonymous),
                expenses_paid=self._expenses(kind, level, len(came)),
                anonymous_attendees=anonymous, access_support=self._support(kind, came),
                attendee_ids=tuple(p.id for p in came)))
            self.counts["activities"] += 1
            occasions.append((held_on, (view.id, kind, level, service, came, anonymous)))
        return occasions

    def _expenses(self, kind: str, level: str, count: int) -> Decimal:
        rng = self.rng
        if level in ("co_design", "co_production"):
            pounds = count * rng.choice((10, 15, 20))
        elif kind == "visit":
            pounds = rng.randint(60, 150) + count * 6
        elif kind in ("forum", "consultation_event", "focus_group"):
            pounds = sum(rng.choice((0, 0, 3.5, 6, 8.2, 12)) for _ in range(count))
        else:
            pounds = rng.choice((0, 0, 5, 25))
        return Decimal(str(pounds)).quantize(Decimal("0.01"))

    def _support(self, kind: str, came: list[_Who]) -> tuple[str, ...]:
        given = sorted(set().union(*(p.needs for p in came)))
        if any("L" in p.groups for p in came) and self.rng.random() < 0.4:
            given.append("personal_assistant")
        if kind in ("forum", "consultation_event", "focus_group", "visit"):
            given += [c for c, chance in (("transport", 0.6), ("hearing_loop", 0.3),
                                          ("other", 0.05)) if self.rng.random() < chance]
        return tuple(given)

    # Suggestions ----------------------------------------------------------------------------
    def _topics(self) -> None:
        self.topics: dict[tuple[str, str], list[_Topic]] = {}
        for service, block in text.TOPICS.items():
            for line in block.strip().splitlines():
                kind, said, result, pass_to = (line.split("|") + [""])[:4]
                topic = _Topic(service, kind, tuple(said.split(" ~ ")), result, pass_to)
                self.topics.setdefault((service, kind), []).append(topic)

    def _suggestions(self, occasions: list[tuple[date, object]]) -> None:
        rng, day = self.rng, self.start
        while day <= self.today:  # suggestions that reached us outside activities
            last = min(self.today, day + timedelta(days=monthrange(day.year, day.month)[1] - 1))
            span = (last - day).days
            occasions += [(day + timedelta(days=rng.randint(0, span)), None)
                          for _ in range(rng.randint(4, 8))]
            day = last + timedelta(days=1)
        occasions.sort(key=lambda o: (o[0], o[1] is None))
        for when, event in occasions:
            if event is None:
                self._say(when, _weighted(rng, _CHANNEL_WEIGHTS), None, [], 0, "")
                continue
            activity_id, kind, _level, service, came, anonymous = event
            for _ in range(rng.randint(*_SIZES[kind][2])):
                self._say(when, "activity", activity_id, came, anonymous, service)
        for said in self.said:
            said.id = suggestions.save_suggestion(self.session, suggestions.SuggestionData(
                text=said.text, raised_on=said.raised_on, kind=said.topic.kind,
                channel=said.channel, service_id=self.service_ids[said.topic.service],
                activity_id=said.activity_id, raiser_ids=tuple(p.id for p in said.raisers)),
                today=self.today).id

    def _say(self, when: date, channel: str, activity_id: int | None, came: list[_Who],
             anonymous: int, service: str) -> None:
        rng = self.rng
        pool = [p for p in self.people if p.joined <= when
                and (channel != "email" or p.has_email)]
        if activity_id is not None:
            alone = not came or (anonymous > len(came) and rng.random() < 0.7)
            count = 0 if alone or rng.random() < 0.1 else _weighted(rng, {1: 7, 2: 2, 3: 1})
            raisers = _pick(rng, came, [p.weight for p in came], count)
        else:
            nobody = rng.random() < (0.8 if channel == "suggestion_box" else 0.05)
            count = 0 if nobody else (2 if channel == "in_person" and rng.random() < 0.1 else 1)
            raisers = _pick(rng, pool, [p.weight for p in pool], count)
        recent = [s for s in self.said[-40:] if 0 < (when - s.raised_on).days <= 75
                  and s.topic.result and s.topic.kind != "question"
                  and not set(map(id, s.raisers)) & set(map(id, raisers))]
        if recent and rng.random() < 0.2:
            again = rng.choice(recent)
            topic, fill = again.topic, again.fill
        else:
            kind = _weighted(rng, _KIND_WEIGHTS)
            service = service or _weighted(rng, {s: 6 for s in text.SERVICES} | {"": 2})
            options = self.topics.get((service, kind)) or [
                t for (_, k), ts in sorted(self.topics.items()) if k == kind for t in ts]
            topic = rng.choice(options)
            fill = {slot: rng.choice(values) for slot, values in text.SLOTS.items()}
            fill["staff"] = rng.choice(text.STAFF_BY_SERVICE[topic.service])
        self.said.append(_Said(topic, fill, when, channel, raisers,
                               rng.choice(topic.variants).format(**fill), activity_id))

    # Decisions and changes ------------------------------------------------------------------
    def _decisions(self) -> None:
        rng, earlier = self.rng, {}
        for s in self.said:
            age = (self.today - s.raised_on).days
            if (age <= 35 and rng.random() < 0.5) or (35 < age <= 200 and rng.random() < 0.05):
                s.neglected = age > self.promise
                continue
            delay = _weighted(rng, {(2, 20): 6, (21, 45): 3, (46, 100): 1})
            decided = s.raised_on + timedelta(days=rng.randint(*delay))
            if decided > self.today:
                continue
            outcome = self._outcome(s, earlier.get(s.key), decided)
            earlier[s.key] = (decided, outcome)
            self._decide(s, decided, outcome)
            if outcome in ("not_now", "agreed_in_part") and rng.random() < (
                    0.3 if outcome == "not_now" else 0.15):
                later = decided + timedelta(days=rng.randint(60, 220))
                if later <= self.today:
                    self._decide(s, later, "agreed", rng.choice(text.LATER_AGREED))

    def _outcome(self, s: _Said, before: tuple[date, str] | None, decided: date) -> str:
        if s.topic.pass_to:
            return "passed_on"
        if s.topic.kind in ("compliment", "question"):
            return "agreed"
        if before is not None and (decided - before[0]).days <= 120:
            return before[1]  # the same idea again gets the same answer
        return _weighted(self.rng, _OUTCOME_WEIGHTS[s.topic.kind])

    def _decide(self, s: _Said, decided: date, outcome: str, reason: str = "") -> None:
        rng, topic = self.rng, s.topic
        category, instead = None, ""
        if outcome == "agreed" and not reason:
            reason = (topic.result if topic.kind == "question" else
                      rng.choice(text.COMPLIMENT_REPLIES) if topic.kind == "compliment" else
                      rng.choice(text.AGREED_REASONS))
        elif outcome != "agreed":
            category, reason = rng.choice(text.REASONS[outcome])
            reason = reason.format(to=topic.pass_to)
            if outcome != "passed_on" and rng.random() < 0.7:
                instead = rng.choice(text.INSTEAD[topic.service])
        by, users = rng.choice(text.DECIDERS)
        suggestions.record_decision(self.session, s.id, suggestions.DecisionData(
            outcome=outcome, decided_on=decided, reason=reason, reason_category=category,
            instead=instead, passed_to=topic.pass_to if outcome == "passed_on" else "",
            decided_by=by, users_took_part=users), today=self.today)
        s.decisions.append((decided, outcome, reason))
        self.counts["decisions"] += 1

    def _changes(self) -> None:
        rng, clusters = self.rng, {}
        agreed = [s for s in self.said if s.decisions and s.topic.result
                  and s.topic.kind in ("idea", "concern", "complaint")
                  and s.decisions[-1][1] in ("agreed", "agreed_in_part")]
        for s in sorted(agreed, key=lambda s: s.decisions[-1][0]):
            runs = clusters.setdefault(s.key, [])
            if runs and (s.decisions[-1][0] - runs[-1][0].decisions[-1][0]).days <= 60:
                runs[-1].append(s)
            else:
                runs.append([s])
        plans = []
        for group in (g for runs in clusters.values() for g in runs):
            if rng.random() < 0.08:
                continue  # agreed, but nobody has started on it yet
            begun = max(s.decisions[-1][0] for s in group)
            age = (self.today - begun).days
            status = _weighted(rng, {"planned": 7, "in_progress": 3} if age < 14 else
                               {"planned": 3, "in_progress": 8, "done": 9} if age < 60 else
                               {"planned": 1, "in_progress": 3, "done": 20, "stopped": 2})
            done = (begun + timedelta(days=rng.randint(min(3, age), min(age, 30 if age < 60
                                                                         else 120)))
                    if status == "done" else None)
            plans.append([group, begun, status, done])
        plans.sort(key=lambda p: p[1])
        self._make_sure_every_status(plans)
        for group, begun, status, done in plans:
            topic = group[0].topic
            description = topic.result.format(**group[0].fill)
            changes.save_change(self.session, changes.ChangeData(
                description=description, status=status, owner=text.OWNERS[topic.service],
                service_id=self.service_ids[topic.service],
                due_on=begun + timedelta(days=rng.randint(14, 90)), done_on=done,
                suggestion_ids=tuple(s.id for s in group)), today=self.today)
            for s in group:
                s.change, s.done_on = description, done
            self.counts["changes"] += 1

    def _make_sure_every_status(self, plans: list[list]) -> None:
        """Every status shows up, and one change was finished in the last few days."""
        ready = [p for p in plans if p[2] == "in_progress" and (self.today - p[1]).days >= 10
                 and any(s.raisers for s in p[0])]
        if ready:
            ready[0][2:] = ["done", self.today - timedelta(days=self.rng.randint(1, 5))]
        spare = [p for p in reversed(plans) if p not in ready[:1]]
        old = [p for p in plans if p[2] == "done" and (self.today - p[1]).days > 90]
        for status, plan in (("stopped", old[:1]), ("planned", spare[:1]),
                             ("in_progress", spare[1:2])):
            if plan and status not in {p[2] for p in plans}:
                plan[0][2:] = [status, None]

    # Feedback -------------------------------------------------------------------------------
    def _feedback(self, occasions: list[tuple[date, object]]) -> None:
        rng, batches = self.rng, []
        batch = self.today - timedelta(days=rng.randint(9, 13))
        while batch > self.start:
            batches.insert(0, batch)
            batch -= timedelta(days=14)
        pairs = [(p, s) for s in self.said for p in s.raisers if rng.random() > 0.03]
        last: dict[tuple[int, int], date] = {}
        for batch in batches:
            letters: dict[int, list[tuple[_Said, str]]] = {}
            for p, s in pairs:
                if s.raised_on > batch:
                    continue
                sent = last.get((p.id, id(s)))
                events = [(d, "thank_you" if s.topic.kind == "compliment" else "decision")
                          for d, _, _ in s.decisions] + [(s.done_on, "change_made")]
                due = [k for d, k in events if d and d <= batch and (sent is None or d > sent)]
                if (not due and sent is None and not s.neglected
                        and not any(d <= batch for d, _, _ in s.decisions)
                        and (batch - s.raised_on).days >= 14 and rng.random() < 0.5):
                    due = ["update"]
                if due and rng.random() < 0.85:
                    kind = next(k for k in ("change_made", "decision", "thank_you", "update")
                                if k in due)
                    letters.setdefault(p.id, []).append((s, kind))
                    last[(p.id, id(s))] = batch
            who = {p.id: p for p, _ in pairs}
            for person_id, items in letters.items():
                self._send(who[person_id], batch, items)
        for held_on, event in occasions:  # thank-you notes after co-production work
            if event and event[2] == "co_production" and held_on + timedelta(days=3) <= self.today:
                for p in event[4]:
                    feedback.record_feedback(
                        self.session, person_id=p.id, kind="thank_you", activity_id=event[0],
                        sent_on=held_on + timedelta(days=3), method=p.method,
                        snapshot=f"Dear {p.name},\n\nThank you for your time and ideas. "
                                 "You made a real difference.", sent_by="Rhian Morgan",
                        today=self.today)
                    self.counts["feedback"] += 1

    def _send(self, p: _Who, sent_on: date, items: list[tuple[_Said, str]]) -> None:
        order = ("change_made", "decision", "thank_you", "update")
        kind = min((k for _, k in items), key=order.index)
        lines = [f"Dear {p.name},", "", "Thank you for telling us what you think."]
        for s, item_kind in items:
            lines += ["", f"You told us: \u201c{s.text}\u201d"]
            if item_kind == "update":
                lines.append("We are still looking at this. We will write again when we "
                             "have decided.")
            elif item_kind == "change_made":
                lines.append(f"What we did: {s.change}")
            else:
                _, outcome, reason = [d for d in s.decisions if d[0] <= sent_on][-1]
                lines.append(f"What we decided: {OUTCOMES[outcome]}. {reason}".strip())
        lines += ["", self.details.signatory_name, self.details.signatory_role]
        feedback.record_feedback(
            self.session, person_id=p.id, kind=kind, suggestion_ids=[s.id for s, _ in items],
            sent_on=sent_on, method=p.method, snapshot="\n".join(lines).strip(),
            sent_by=self.rng.choice(text.SENDERS), batch=sent_on.isoformat(), today=self.today)
        self.counts["feedback"] += 1


def _equality_answers(rng: random.Random, letters: str, ethnicity: str) -> dict[str, str | None]:
    first = letters[0]
    age = rng.choice({"O": ("65_74", "75_84", "75_84", "85_plus"),
                      "C": ("under_18", "under_18", "18_24"),
                      "K": ("35_49", "50_64", "65_74")}.get(first, ("18_24", "25_34", "35_49",
                                                                   "50_64")))
    religions = {"w": {"none": 10, "christian": 10, "jewish": 1, "buddhist": 1, "other": 1},
                 "a": {"muslim": 4, "hindu": 2, "sikh": 2, "buddhist": 1, "christian": 1,
                       "none": 1},
                 "b": {"christian": 5, "muslim": 3, "none": 1}}.get(
        ethnicity, {"none": 2, "christian": 2, "muslim": 2})
    answers = {
        "age_band": age,
        "sex": _weighted(rng, {"female": 55, "male": 43, "other": 2}),
        "trans": _weighted(rng, {"yes": 48, "no": 1}),
        "ethnicity": {"a": "asian", "b": "black", "m": "mixed", "w": "white"}.get(ethnicity,
                                                                                  "other"),
        "disability": "yes" if set(letters) & set("LD") else _weighted(rng, {"yes": 2, "no": 3}),
        "religion": _weighted(rng, religions),
        "sexual_orientation": None if age == "under_18" else _weighted(
            rng, {"straight": 85, "gay_lesbian": 5, "bisexual": 4, "other": 1}),
    }
    for question, value in answers.items():  # some skip a question or prefer not to say
        roll = rng.random()
        answers[question] = PREFER_NOT_TO_SAY if roll < 0.08 else None if roll < 0.12 else value
    return answers


def _weighted(rng: random.Random, weights: dict):
    options = list(weights)
    return options[rng.choices(range(len(options)), [weights[o] for o in options])[0]]


def _pick(rng: random.Random, pool: list[_Who], weights: list[float], count: int) -> list[_Who]:
    """Up to ``count`` different people, likelier the heavier their weight."""
    pool, weights, chosen = list(pool), list(weights), []
    for _ in range(min(count, len(pool))):
        index = rng.choices(range(len(pool)), weights)[0]
        chosen.append(pool.pop(index))
        weights.pop(index)
    return chosen


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum()).lower()
