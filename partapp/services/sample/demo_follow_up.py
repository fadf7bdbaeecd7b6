"""Sample data, part two: what happened after people spoke up (decisions, changes, letters).

Used by ``demo.fill_demo`` only. Dates always run forward: a decision comes on or after the day
a suggestion was raised, a change is done on or after its decision, and a letter is sent on or
after everything it reports, never after ``today``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ...models.enums import OUTCOMES
from ..feedback import owed as feedback
from ..records import changes, suggestions
from . import demo_text as text
from .demo_stories import (
    AGREED_REASONS,
    COMPLIMENT_REPLIES,
    LATER_AGREED,
    OUTCOMES_CY,
    Story,
    Words,
)

T = TypeVar("T")
_LETTER_KINDS = ("change_made", "decision", "thank_you", "update")  # most telling first


@dataclass
class Who:
    """A sample person, as the generator remembers them."""

    id: int
    name: str
    groups: str
    joined: date
    weight: float
    method: str
    has_email: bool
    needs: frozenset[str]
    welsh: bool = False
    bilingual: bool = False


@dataclass
class Said:
    """A sample suggestion and what later happened to it (all its words from its story)."""

    topic: Story
    fill: dict[str, str]
    fill_cy: dict[str, str]
    raised_on: date
    channel: str
    raisers: list[Who]
    text: str
    activity_id: int | None = None
    id: int = 0
    decisions: list[tuple[date, str, Words]] = field(default_factory=list)
    change: Words = field(default_factory=Words)
    done_on: date | None = None
    neglected: bool = False

    @property
    def key(self) -> tuple[int, str]:
        """The same topic with the same details (day, place...): one idea, said again."""
        return id(self.topic), self.topic.said[0].en.format(**self.fill)

    def words(self, story_words: Words) -> Words:
        """One of the story's texts, with this suggestion's day, place and food filled in."""
        return story_words.format(self.fill, self.fill_cy)


def weighted(rng: random.Random, weights: Mapping[T, float]) -> T:
    """One of the keys, likelier the heavier its weight."""
    options = list(weights)
    return options[rng.choices(range(len(options)), [weights[o] for o in options])[0]]


class FollowUp:
    def __init__(self, session: Session, rng: random.Random, *, today: date, start: date,
                 promise: int, service_ids: dict[str, int | None], signature: list[str]) -> None:
        self.session, self.rng, self.today, self.start = session, rng, today, start
        self.promise, self.service_ids, self.signature = promise, service_ids, signature
        self.counts = {"decisions": 0, "changes": 0, "feedback": 0}

    # Decisions ------------------------------------------------------------------------------
    def decide(self, said: list[Said]) -> None:
        rng = self.rng
        for s in said:
            age = (self.today - s.raised_on).days
            if (age <= 35 and rng.random() < 0.5) or (35 < age <= 200 and rng.random() < 0.05):
                s.neglected = age > self.promise  # still waiting, nobody has written
                continue
            delay = weighted(rng, {(2, 20): 6, (21, 45): 3, (46, 100): 1})
            decided = s.raised_on + timedelta(days=rng.randint(*delay))
            if decided > self.today:
                continue
            story = s.topic
            self._record(s, decided, story.outcome)
            later_why = LATER_AGREED.get(story.category or "")
            if story.outcome == "not_now" and story.did.en and later_why and rng.random() < 0.3:
                later = decided + timedelta(days=rng.randint(60, 220))
                if later <= self.today:  # what held us back has gone: the answer is now yes
                    self._record(s, later, "agreed", later_why)

    def _record(self, s: Said, decided: date, outcome: str, reason: Words | None = None) -> None:
        """The story's own answer: its outcome, its reason, and what we can do instead."""
        rng, story = self.rng, s.topic
        instead, to, category = Words(), Words(), None
        if reason is None:
            if story.why.en:
                reason = s.words(story.why)
            elif story.kind == "compliment":
                reason = rng.choice(COMPLIMENT_REPLIES)
            else:
                reason = rng.choice(AGREED_REASONS.get(story.kind, (Words(),)))
        if outcome != "agreed":
            category = story.category
            to = story.to if outcome == "passed_on" else Words()
            if outcome != "passed_on" and story.instead.en and rng.random() < 0.8:
                instead = s.words(story.instead)
        by, users = rng.choice(text.DECIDERS)
        suggestions.record_decision(self.session, s.id, suggestions.DecisionData(
            outcome=outcome, decided_on=decided, reason=reason.en, reason_category=category,
            instead=instead.en, passed_to=to.en, reason_cy=reason.cy, instead_cy=instead.cy,
            passed_to_cy=to.cy, decided_by=by, users_took_part=users), today=self.today)
        s.decisions.append((decided, outcome, reason))
        self.counts["decisions"] += 1

    # Changes --------------------------------------------------------------------------------
    def change(self, said: list[Said]) -> None:
        """One change per idea; the same idea said again within two months joins it."""
        rng = self.rng
        runs_by_key: dict[tuple[int, str], list[list[Said]]] = {}
        agreed = [s for s in said if s.decisions and s.topic.result
                  and s.topic.kind in ("idea", "concern", "complaint")
                  and s.decisions[-1][1] in ("agreed", "agreed_in_part")]
        for s in sorted(agreed, key=lambda s: s.decisions[-1][0]):
            runs = runs_by_key.setdefault(s.key, [])
            if runs and (s.decisions[-1][0] - runs[-1][0].decisions[-1][0]).days <= 60:
                runs[-1].append(s)
            else:
                runs.append([s])
        plans: list[list[Any]] = []
        for group in (g for runs in runs_by_key.values() for g in runs):
            if rng.random() < 0.08:
                continue  # agreed, but nobody has started on it yet
            begun = max(s.decisions[-1][0] for s in group)
            age = (self.today - begun).days
            status = weighted(rng, {"planned": 7, "in_progress": 3} if age < 14 else
                              {"planned": 3, "in_progress": 8, "done": 9} if age < 60 else
                              {"planned": 1, "in_progress": 3, "done": 20, "stopped": 2})
            done = (begun + timedelta(days=rng.randint(3, min(age, 30 if age < 60 else 120)))
                    if status == "done" else None)
            plans.append([group, begun, status, done])
        plans.sort(key=lambda p: p[1])
        self._every_status(plans)
        for group, begun, status, done in plans:
            topic = group[0].topic
            # what was done, or while it is still to do (or was stopped), what we will do
            description = group[0].words(topic.did if status == "done" else topic.plan)
            changes.save_change(self.session, changes.ChangeData(
                description=description.en, description_cy=description.cy, status=status,
                owner=text.OWNERS[topic.service],
                service_id=self.service_ids[topic.service],
                due_on=begun + timedelta(days=rng.randint(14, 90)), done_on=done,
                suggestion_ids=tuple(s.id for s in group)), today=self.today)
            for s in group:
                s.change, s.done_on = description, done
            self.counts["changes"] += 1

    def _every_status(self, plans: list[list[Any]]) -> None:
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
    def write(self, said: list[Said], thanked: list[tuple[int, date, list[Who]]]) -> None:
        """Letters go out in a batch every two weeks; a few people are missed or forgotten."""
        rng, batches = self.rng, list[date]()
        batch = self.today - timedelta(days=rng.randint(9, 13))
        while batch > self.start:
            batches.insert(0, batch)
            batch -= timedelta(days=14)
        pairs = [(p, s) for s in said for p in s.raisers if rng.random() > 0.03]
        who = {p.id: p for p, _ in pairs}
        last: dict[tuple[int, int], date] = {}
        for batch in batches:
            letters: dict[int, list[tuple[Said, str]]] = {}
            for p, s in pairs:
                if s.raised_on > batch:
                    continue
                sent = last.get((p.id, s.id))
                events = [(d, "thank_you" if s.topic.kind == "compliment" else "decision")
                          for d, _, _ in s.decisions] + [(s.done_on, "change_made")]
                due = [k for d, k in events if d and d <= batch and (sent is None or d > sent)]
                if (not due and sent is None and not s.neglected
                        and not any(d <= batch for d, _, _ in s.decisions)
                        and (batch - s.raised_on).days >= 14 and rng.random() < 0.5):
                    due = ["update"]
                if due and rng.random() < 0.85:
                    kind = next(k for k in _LETTER_KINDS if k in due)
                    letters.setdefault(p.id, []).append((s, kind))
                    last[(p.id, s.id)] = batch
            for person_id, items in letters.items():
                self._send(who[person_id], batch, items)
        for activity_id, held_on, came in thanked:
            sent_on = held_on + timedelta(days=3)
            if sent_on <= self.today:
                for p in came:
                    feedback.record_feedback(
                        self.session, person_id=p.id, kind="thank_you", activity_id=activity_id,
                        sent_on=sent_on, method=p.method, sent_by=text.SENDERS[0],
                        snapshot="\n\n\n".join(_thanks(p, lang) for lang in _languages(p)),
                        today=self.today)
                    self.counts["feedback"] += 1

    def _send(self, p: Who, sent_on: date, items: list[tuple[Said, str]]) -> None:
        kind = min((k for _, k in items), key=_LETTER_KINDS.index)
        snapshot = "\n\n\n".join(self._letter(p, sent_on, items, lang) for lang in _languages(p))
        feedback.record_feedback(
            self.session, person_id=p.id, kind=kind, suggestion_ids=[s.id for s, _ in items],
            sent_on=sent_on, method=p.method, snapshot=snapshot.strip(),
            sent_by=self.rng.choice(text.SENDERS), batch=sent_on.isoformat(), today=self.today)
        self.counts["feedback"] += 1

    def _letter(self, p: Who, sent_on: date, items: list[tuple[Said, str]], lang: str) -> str:
        """The copy of what was sent, in one language: Welsh for a Welsh speaker."""
        cy = lang == "cy"
        words = _WORDS[lang]
        lines = [words["dear"].format(name=p.name), "", words["thanks"]]
        for s, item_kind in items:
            lines += ["", words["told"].format(text=s.text)]
            if item_kind == "update":
                lines.append(words["waiting"])
            elif item_kind == "change_made":
                change = s.change.cy if cy else s.change.en
                lines.append(words["did"].format(change=change))
            else:
                _, outcome, why = [d for d in s.decisions if d[0] <= sent_on][-1]
                reason = why.cy if cy else why.en
                label = OUTCOMES_CY[outcome] if cy else OUTCOMES[outcome]
                lines.append(words["answer"].format(reason=reason) if s.topic.kind == "question"
                             else reason if s.topic.kind == "compliment" else
                             words["decided"].format(outcome=label, reason=reason).strip())
        lines += ["", self.signature[0], self.signature[1 if not cy else 2]]
        return "\n".join(lines).strip()


_WORDS = {
    "en": {"dear": "Dear {name},", "thanks": "Thank you for telling us what you think.",
           "told": "You told us: \u201c{text}\u201d",
           "waiting": "We are still looking at this. We will write again when we have decided.",
           "did": "What we did: {change}", "answer": "Our answer: {reason}",
           "decided": "What we decided: {outcome}. {reason}",
           "thank_you": "Thank you for your time and ideas. You made a real difference."},
    "cy": {"dear": "Annwyl {name},", "thanks": "Diolch am ddweud wrthym ni beth yw eich barn.",
           "told": "Dywedoch chi wrthym ni: \u201c{text}\u201d",
           "waiting": "Rydyn ni\u2019n dal i edrych ar hyn. Byddwn ni\u2019n ysgrifennu eto pan "
                      "fyddwn ni wedi penderfynu.",
           "did": "Beth rydyn ni wedi\u2019i wneud: {change}", "answer": "Ein hateb: {reason}",
           "decided": "Beth wnaethon ni benderfynu: {outcome}. {reason}",
           "thank_you": "Diolch am eich amser a\u2019ch syniadau. Rydych chi wedi gwneud "
                        "gwahaniaeth go iawn."},
}


def _languages(p: Who) -> tuple[str, ...]:
    """The languages of a person's letters, in order: Welsh first for a bilingual reader."""
    return ("cy", "en") if p.bilingual else ("cy",) if p.welsh else ("en",)


def _thanks(p: Who, lang: str) -> str:
    words = _WORDS[lang]
    return f"{words['dear'].format(name=p.name)}\n\n{words['thank_you']}"
