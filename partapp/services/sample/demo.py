"""Sample data for trying the app out (``partapp demo`` and the first-run screen).

Two years of believable history for a small charity, ending at ``today``. Every record goes
through the same services as user input, so it passes the same checks. The same seed and day
always give the same data: all chance comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import random
import unicodedata
from calendar import monthrange
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import EqualityProfile, Person, Suggestion
from ...models.enums import ACTIVITY_TYPES, DEFAULT_GROUPS, INVOLVEMENT_LEVELS, PREFER_NOT_TO_SAY
from .. import words
from ..access import permissions
from ..changed import Changed, operation
from ..errors import PartappError
from ..feedback import owed as feedback
from ..records import activities, lists, organisation, people, suggestions
from . import demo_text as text
from .demo_answers import add_follow_ups
from .demo_follow_up import FollowUp, Said, Who, weighted
from .demo_stories import STORIES, Story

HISTORY_DAYS = 730
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_GROUP_LETTERS = "OCLDMK"  # the order of DEFAULT_GROUPS
_KIND_WEIGHTS = {"idea": 30, "concern": 22, "complaint": 10, "compliment": 20, "question": 18}
_CHANNEL_WEIGHTS = {"phone": 20, "letter": 10, "email": 15, "suggestion_box": 20,
                    "in_person": 25}
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
_SIZES = {"forum": ((6, 14), 2, (1, 4)), "consultation_event": ((8, 18), 2.5, (1, 4)),
          "focus_group": ((4, 8), 1.5, (1, 3)), "survey": ((0, 3), 0.25, (1, 4)),
          "one_to_one": ((1, 1), 1, (0, 1)), "visit": ((3, 7), 4, (0, 2)),
          "online": ((3, 8), 1, (0, 2))}


class _Held(NamedTuple):
    """An activity that was held, as the generator remembers it."""

    activity_id: int
    kind: str
    level: str
    service: str
    came: list[Who]
    anonymous: int


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
        return words.said(
            "Added sample data: {people} people, {activities} activities, {suggestions} "
            "suggestions, {decisions} decisions, {changes} changes and {feedback} letters or "
            "calls. {owed} people are waiting to hear back.", people=self.people,
            activities=self.activities, suggestions=self.suggestions, decisions=self.decisions,
            changes=self.changes, feedback=self.feedback, owed=self.people_owed_feedback)


DEMO_STEPS = ("Adding people", "Adding activities", "Adding suggestions",
              "Adding decisions and changes", "Writing letters", "Counting who is waiting")
"""What fill_demo() says it is doing, step by step (the screens translate these)."""


@operation(Changed.ALL)
def fill_demo(session: Session, *, seed: int = 7, today: date | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> DemoSummary:
    """Fill an empty data file with two years of sample data, ending at ``today``.

    Never commits. Refuses a file that already holds people or suggestions. Organisation
    details someone has already typed in are kept; otherwise a sample organisation is added.
    ``progress(step, steps, message)`` is called as each step starts (it may raise to stop).
    """
    permissions.check(session, "demo")
    has_people = session.scalar(select(func.count()).select_from(Person))
    if has_people or session.scalar(select(func.count()).select_from(Suggestion)):
        raise PartappError(words.said("This data file already has records. Sample data can only go "
                                      "into an empty file."))
    return _Builder(session, random.Random(seed), today or date.today(), progress).build()


class _Builder:
    def __init__(self, session: Session, rng: random.Random, today: date,
                 progress: Callable[[int, int, str], None] | None = None) -> None:
        self.session, self.rng, self.today = session, rng, today
        self.progress = progress
        self.start = today - timedelta(days=HISTORY_DAYS)
        self.people: list[Who] = []
        self.said: list[Said] = []
        self.activity_count = 0
        self.uses: Counter[object] = Counter()  # how often each topic, and each idea, was used

    def build(self) -> DemoSummary:
        if not organisation.get_details(self.session).is_set_up:
            organisation.save_details(self.session,
                                      organisation.OrganisationDetails(**text.ORGANISATION))
        details = organisation.get_details(self.session)
        self.service_ids: dict[str, int | None] = {"": None}
        for name in text.SERVICES:
            self.service_ids[name] = (lists.service_id_by_name(self.session, name)
                                      or lists.save_service(self.session, name).id)
        self._step(0)
        self._people()
        self._topics()
        self._step(1)
        occasions = self._activities()
        self._step(2)
        self._suggestions(list(occasions))
        self._step(3)
        after = FollowUp(self.session, self.rng, today=self.today, start=self.start,
                         promise=details.promise_days, service_ids=self.service_ids,
                         signature=[details.signatory_name, details.signatory_role,
                                    details.signatory_role_cy or details.signatory_role])
        after.decide(self.said)
        after.change(self.said)
        self._step(4)
        after.write(self.said, [(held.activity_id, when, held.came) for when, held in occasions
                                if held.level == "co_production"])
        add_follow_ups(self.session, self.rng, today=self.today)  # did it make a difference?
        self._step(5)
        c = after.counts
        return DemoSummary(
            people=len(self.people),
            equality_profiles=self.session.scalar(select(func.count())
                                                  .select_from(EqualityProfile)) or 0,
            services=len(text.SERVICES), activities=self.activity_count,
            suggestions=len(self.said), decisions=c["decisions"], changes=c["changes"],
            feedback=c["feedback"],
            people_owed_feedback=len(feedback.owed_people(self.session, today=self.today)))

    def _step(self, number: int) -> None:
        if self.progress is not None:
            self.progress(number + 1, len(DEMO_STEPS), DEMO_STEPS[number])

    # People ---------------------------------------------------------------------------------
    def _people(self) -> None:
        rng = self.rng
        names = [g.name for g in lists.groups(self.session)]
        by_letter = {letter: default if default in names else names[i]
                     for i, (letter, default) in enumerate(zip(_GROUP_LETTERS, DEFAULT_GROUPS))
                     if default in names or i < len(names)}
        rows = [line.split("|") for line in text.PEOPLE.strip().splitlines()]
        with_profile = set(rng.sample(range(len(rows)), round(len(rows) * 0.6)))
        for i, (first, last, letters, ethnicity, needs) in enumerate(rows):
            flags = dict((f.split("=") + [""])[:2] for f in needs.split(",") if f)
            joined = (self.start - timedelta(days=rng.randint(20, 900)) if rng.random() < 0.65
                      else self.start + timedelta(days=rng.randint(0, HISTORY_DAYS - 45)))
            welsh = "cy" in flags  # a Welsh speaker lives in Welsh-speaking Powys or Gwynedd
            town, district = rng.choice(text.WELSH_TOWNS if welsh else text.TOWNS)
            street = rng.choice(text.WELSH_STREETS if welsh else text.STREETS)
            flat = (rng.choice(text.WELSH_FLATS if welsh else text.FLATS) if rng.random() < 0.15
                    else "")
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
                feedback_format=fmt, language="cy" if welsh else "en",
                bilingual=welsh and "bi" in flags,
                interpreter="British Sign Language" if "bsl" in flags else flags.get("int", ""),
                supporter_name=supporter[0], supporter_address=supporter[1],
                send_via_supporter=bool(supporter[0]),
                other_needs=text.BSL_NEEDS if "bsl" in flags else "", consent_date=joined)
            view = people.save_person(self.session, data)
            method = ("via_supporter" if supporter[0] else
                      {"email": "email", "phone": "phone"}.get(fmt, "post"))
            support = {"bsl" if "bsl" in flags else "interpreter" if "int" in flags else "",
                       fmt if fmt in ("easy_read", "large_print") else ""} - {""}
            self.people.append(Who(view.id, view.display_name.split()[0], letters, joined,
                                    rng.choice((1, 1, 2, 3, 5)), method, bool(email),
                                    frozenset(support), welsh, welsh and "bi" in flags))
            if i in with_profile:
                answers = _equality_answers(rng, letters, ethnicity)
                people.save_equality(self.session, view.id,
                                     people.EqualityAnswers(consent_date=joined, answers=answers))

    # Activities -----------------------------------------------------------------------------
    def _activities(self) -> list[tuple[date, _Held]]:
        rng, dates = self.rng, []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.today.year, self.today.month):
            days = [date(y, m, d) for d in range(1, monthrange(y, m)[1] + 1)]
            days = [d for d in days if self.start <= d <= self.today and d.weekday() < 5]
            dates += sorted(rng.sample(days, min(len(days), rng.randint(2, 4))))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        specs = [(t, weighted(rng, _LEVELS_BY_TYPE[t])) for t in ACTIVITY_TYPES]
        for level in INVOLVEMENT_LEVELS:
            if level not in {lv for _, lv in specs}:
                specs.append((rng.choice([t for t, lvs in _LEVELS_BY_TYPE.items()
                                          if level in lvs]), level))
        while len(specs) < len(dates):
            kind = weighted(rng, _TYPE_WEIGHTS)
            specs.append((kind, weighted(rng, _LEVELS_BY_TYPE[kind])))
        rng.shuffle(specs)
        occasions: list[tuple[date, _Held]] = []
        for held_on, (kind, level) in zip(dates, specs):
            title, service, liked, title_cy = rng.choice(text.ACTIVITIES[kind]).split("|")
            (low, high), hours_each, _ = _SIZES[kind]
            pool = [p for p in self.people if p.joined <= held_on]
            came = _pick(rng, pool, [p.weight * (4 if set(liked) & set(p.groups) else 1)
                                     for p in pool], rng.randint(low, high))
            anonymous = {"survey": rng.randint(15, 45), "consultation_event": rng.randint(3, 12),
                         "forum": rng.randint(0, 4), "online": rng.randint(0, 2)}.get(kind, 0)
            view = activities.save_activity(self.session, activities.ActivityData(
                title=title, title_cy=title_cy, held_on=held_on, activity_type=kind, involvement_code=level,
                service_id=self.service_ids[service],
                facilitator=text.OWNERS[service] if service else rng.choice(text.FACILITATORS),
                hours=Decimal(str(hours_each)) * (len(came) + anonymous),
                expenses_paid=self._expenses(kind, level, len(came)),
                anonymous_attendees=anonymous, access_support=self._support(kind, came),
                attendee_ids=tuple(p.id for p in came)))
            self.activity_count += 1
            occasions.append((held_on, _Held(view.id, kind, level, service, came, anonymous)))
        return occasions

    def _expenses(self, kind: str, level: str, count: int) -> Decimal:
        rng = self.rng
        pounds: float
        if level in ("co_design", "co_production"):
            pounds = count * rng.choice((10, 15, 20))
        elif kind == "visit":
            pounds = rng.randint(60, 150) + count * 6
        elif kind in ("forum", "consultation_event", "focus_group"):
            pounds = sum(rng.choice((0, 0, 3.5, 6, 8.2, 12)) for _ in range(count))
        else:
            pounds = rng.choice((0, 0, 5, 25))
        return Decimal(str(pounds)).quantize(Decimal("0.01"))

    def _support(self, kind: str, came: list[Who]) -> tuple[str, ...]:
        given = sorted(set().union(*(p.needs for p in came)))
        if any("L" in p.groups for p in came) and self.rng.random() < 0.4:
            given.append("personal_assistant")
        if kind in ("forum", "consultation_event", "focus_group", "visit"):
            given += [c for c, chance in (("transport", 0.6), ("hearing_loop", 0.3),
                                          ("other", 0.05)) if self.rng.random() < chance]
        return tuple(given)

    # Suggestions ----------------------------------------------------------------------------
    def _topics(self) -> None:
        self.topics: dict[tuple[str, str], list[Story]] = {}
        for story in STORIES:
            self.topics.setdefault((story.service, story.kind), []).append(story)

    def _suggestions(self, occasions: list[tuple[date, _Held | None]]) -> None:
        rng, day = self.rng, self.start
        while day <= self.today:  # suggestions that reached us outside activities
            last = min(self.today, day + timedelta(days=monthrange(day.year, day.month)[1] - 1))
            span = (last - day).days
            occasions += [(day + timedelta(days=rng.randint(0, span)), None)
                          for _ in range(rng.randint(5, 9))]
            day = last + timedelta(days=1)
        occasions.sort(key=lambda o: (o[0], o[1] is None))
        for when, held in occasions:
            if held is None:
                self._say(when, weighted(rng, _CHANNEL_WEIGHTS), None, [], 0, "")
                continue
            for _ in range(rng.randint(*_SIZES[held.kind][2])):
                self._say(when, "activity", held.activity_id, held.came, held.anonymous,
                          held.service)
        for said in self.said:
            said.id = suggestions.save_suggestion(self.session, suggestions.SuggestionData(
                text=said.text, raised_on=said.raised_on, kind=said.topic.kind,
                channel=said.channel, service_id=self.service_ids[said.topic.service],
                activity_id=said.activity_id, raiser_ids=tuple(p.id for p in said.raisers)),
                today=self.today).id

    def _say(self, when: date, channel: str, activity_id: int | None, came: list[Who],
             anonymous: int, service: str) -> None:
        rng = self.rng
        pool = [p for p in self.people if p.joined <= when
                and (channel != "email" or p.has_email)]
        if activity_id is not None:
            alone = not came or (anonymous > len(came) and rng.random() < 0.7)
            count = 0 if alone or rng.random() < 0.1 else weighted(rng, {1: 7, 2: 2, 3: 1})
            raisers = _pick(rng, came, [p.weight for p in came], count)
        else:
            nobody = rng.random() < (0.8 if channel == "suggestion_box" else 0.05)
            count = 0 if nobody else (2 if channel == "in_person" and rng.random() < 0.1 else 1)
            raisers = _pick(rng, pool, [p.weight for p in pool], count)
        recent = [s for s in self.said[-40:] if 0 < (when - s.raised_on).days <= 75
                  and s.topic.result and s.topic.kind != "question" and self.uses[s.key] < 3
                  and not {p.id for p in s.raisers} & {p.id for p in raisers}]
        if recent and rng.random() < 0.2:  # someone else says the same thing
            again = rng.choice(recent)
            topic, fill, fill_cy = again.topic, again.fill, again.fill_cy
        else:
            kind = weighted(rng, _KIND_WEIGHTS)
            service = service or weighted(rng, {s: 6 for s in text.SERVICES} | {"": 2})
            options = self.topics.get((service, kind)) or [
                t for (_, k), ts in sorted(self.topics.items()) if k == kind for t in ts]
            topic = options[rng.choices(range(len(options)), [
                1 / (1 + self.uses[id(t)]) ** 2 for t in options])[0]]
            picked = {slot: rng.randrange(len(values)) for slot, values in text.SLOTS.items()}
            fill = {slot: text.SLOTS[slot][i] for slot, i in picked.items()}
            fill_cy = {slot: text.SLOTS_CY[slot][i] for slot, i in picked.items()}
            fill_cy["to_place"] = fill_cy.pop("place")
            fill["staff"] = fill_cy["staff"] = rng.choice(text.STAFF_BY_SERVICE[topic.service])
        wording = rng.choice(topic.said)  # in Welsh when everyone who said it speaks Welsh
        in_welsh = bool(raisers) and all(p.welsh for p in raisers)
        said = Said(topic, fill, fill_cy, when, channel, raisers,
                    wording.cy.format(**fill_cy) if in_welsh else wording.en.format(**fill),
                    activity_id)
        self.uses.update((id(topic), said.key))
        self.said.append(said)


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
        "sex": weighted(rng, {"female": 55, "male": 43, "other": 2}),
        "trans": weighted(rng, {"yes": 48, "no": 1}),
        "ethnicity": {"a": "asian", "b": "black", "m": "mixed", "w": "white"}.get(ethnicity,
                                                                                  "other"),
        "disability": "yes" if set(letters) & set("LD") else weighted(rng, {"yes": 2, "no": 3}),
        "religion": weighted(rng, religions),
        "sexual_orientation": None if age == "under_18" else weighted(
            rng, {"straight": 85, "gay_lesbian": 5, "bisexual": 4, "other": 1}),
    }
    for question, value in answers.items():  # some skip a question or prefer not to say
        roll = rng.random()
        if value is not None:
            answers[question] = (PREFER_NOT_TO_SAY if roll < 0.08 else None if roll < 0.12
                                 else value)
    return answers


def _pick(rng: random.Random, pool: list[Who], weights: list[float], count: int) -> list[Who]:
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
