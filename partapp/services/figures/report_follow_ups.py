"""The report's "Did it make a difference?": what people said when asked about a change.

Counted over the period: a follow-up is **asked** in it when it was asked on a day in it, and
**answered** in it when the answer is dated in it (an answer from a phone call or a meeting is
asked and answered on the same day). The answers are counted for the whole period, for each
change and for each theme (the change's service), each with the report's small-number rule
(services.figures.report_equality.suppress): a count under the threshold shows as "fewer than
5", another is hidden with it, and a breakdown of fewer answers than the threshold shows only
its total. Their words are quoted without names: never who said them, and never a quote that
may hold a name (report_themes.may_name_someone).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Change, FollowUp, Service
from ...models.enums import FOLLOW_UP_ANSWERS
from .report_equality import Breakdown, suppress
from .report_grouping import group_similar
from .report_themes import (
    _WORD,
    NOT_ONE_SERVICE,
    _known_names,
    lower_case_words,
    may_name_someone,
)

MAX_WORDS = 3  # quotes under one change
# The figures report_csv writes, each the text of one cell of the whole period's answers.
CSV_ANSWERS = {"yes": "made_a_difference_yes", "a_bit": "made_a_difference_a_bit",
               "no": "made_a_difference_no"}


@dataclass(frozen=True)
class Said:
    text: str
    times: int


@dataclass(frozen=True)
class ChangeAnswers:
    change_id: int
    description: str
    service_name: str  # "" when not about one service
    done_on: date | None
    answers: Breakdown  # by FOLLOW_UP_ANSWERS, suppressed
    words: tuple[Said, ...]


@dataclass(frozen=True)
class ThemeAnswers:
    title: str
    changes: int
    answers: Breakdown


@dataclass(frozen=True)
class FollowUpReport:
    weeks: int  # the wait after a change is done
    threshold: int
    asked: int  # follow-ups asked in the period
    answered: int  # answers dated in the period
    overall: Breakdown
    by_change: tuple[ChangeAnswers, ...]  # most answers first
    by_theme: tuple[ThemeAnswers, ...]  # most answers first

    def csv_rows(self) -> list[tuple[str, object]]:
        rows: list[tuple[str, object]] = [("follow_ups_asked", self.asked),
                                          ("follow_ups_answered", self.answered)]
        rows += [(name, self.overall.cell(code).text) for code, name in CSV_ANSWERS.items()]
        return rows


def _breakdown(counts: dict[str, int], threshold: int, key: str, title: str) -> Breakdown:
    cells = [(code, label, counts.get(code, 0)) for code, label in FOLLOW_UP_ANSWERS.items()]
    return suppress(cells, threshold, key=key, title=title)


def follow_up_report(session: Session, start: date, end: date, *, threshold: int,
                     weeks: int) -> FollowUpReport:
    asked = session.scalar(select(func.count()).select_from(FollowUp)
                           .where(FollowUp.asked_on.between(start, end))) or 0
    rows = session.execute(
        select(FollowUp.change_id, FollowUp.answer, FollowUp.words, FollowUp.answered_on,
               Change.description, Change.done_on, Service.name)
        .join(Change, Change.id == FollowUp.change_id)
        .outerjoin(Service, Service.id == Change.service_id)
        .where(FollowUp.answered_on.between(start, end), FollowUp.answer.is_not(None))
        .order_by(FollowUp.answered_on, FollowUp.id)).all()
    overall: dict[str, int] = defaultdict(int)
    per_change: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_theme: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    theme_changes: dict[str, set[int]] = defaultdict(set)
    about: dict[int, tuple[str, str, date | None]] = {}
    words: dict[int, list[str]] = defaultdict(list)
    for change_id, answer, text, _day, description, done_on, service in rows:
        if answer is None:  # not in the rows (the query asks for answers only)
            continue
        overall[answer] += 1
        per_change[change_id][answer] += 1
        theme = service or NOT_ONE_SERVICE
        per_theme[theme][answer] += 1
        theme_changes[theme].add(change_id)
        about[change_id] = (description, service or "", done_on)
        if (text or "").strip():
            words[change_id].append(text.strip())
    names = _known_names(session) if words else frozenset()
    allowed = frozenset(w.casefold() for name in session.scalars(select(Service.name))
                        for w in _WORD.findall(name)) if words else frozenset()
    common = lower_case_words([t for texts in words.values() for t in texts])
    # The same change recorded twice (about one service) is counted once, as in "You said,
    # we did": its answers are added together.
    same = group_similar(sorted(per_change, key=lambda cid: (about[cid][2] or date.min, cid)),
                         lambda cid: about[cid][0], lambda cid: about[cid][1])
    changes = []
    for group in same:
        change_id = group.first
        description, service, done_on = about[change_id]
        counts: dict[str, int] = defaultdict(int)
        said: list[str] = []
        for cid in group.items:
            for code, n in per_change[cid].items():
                counts[code] += n
            said += words.get(cid, [])
        groups = group_similar(said, str)
        clean = [g for g in groups if not may_name_someone(g.first, names, allowed, common)]
        top = sorted(clean, key=lambda g: -g.count)[:MAX_WORDS]
        changes.append(ChangeAnswers(change_id, description, service, done_on,
                                     _breakdown(counts, threshold, f"change_{change_id}",
                                                description),
                                     tuple(Said(g.first, g.count) for g in top)))
    changes.sort(key=lambda c: (-c.answers.total, c.done_on or date.min, c.change_id))
    themes = [ThemeAnswers(title, len(theme_changes[title]),
                           _breakdown(counts, threshold, f"theme_{title}", title))
              for title, counts in per_theme.items()]
    themes.sort(key=lambda t: (-t.answers.total, t.title == NOT_ONE_SERVICE, t.title))
    return FollowUpReport(weeks, threshold, asked, len(rows),
                          _breakdown(overall, threshold, "follow_ups", "All answers"),
                          tuple(changes), tuple(themes))
