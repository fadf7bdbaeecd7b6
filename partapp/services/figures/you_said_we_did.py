"""'You said, we did' for service users: the period's changes and the reasons we could not do
some things, picked for an easy read summary and a poster (reports/you_said_we_did.py).

Only the words of changes, suggestions and reasons, and how many asked: never a name, never
equality data. Near-identical items are grouped once, the way the annual report groups them
(services.figures.report_grouping): changes within a service, "no" answers within their outcome and
service. The most-asked come first (how many suggestions were behind each), then the latest.
A change, a quote or a reason that may name someone (services.figures.report_themes.may_name_someone,
as the report's front pages use it) is left out: a change with no quote left keeps its change;
a "could not" item without a clean request and reason is left out whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Change, Service, Suggestion
from ..access.auth import require
from ..office_filter import offices_of, report_for
from ..records.organisation import get_details, get_logo
from .period import check_period
from .report_grouping import Group, group_similar
from .report_queries import ChangeDone, NoAnswer, Quote, changes_done, no_answers
from .report_themes import _WORD, _known_names, lower_case_words, may_name_someone

_OPENER = re.compile(r"(?:^|[.!?:]\s+)[^\w]*([^\W\d_][\w'\u2019-]*)")
MAX_CHANGES = 8  # "We did" pairs in the summary
MAX_COULD_NOT = 3  # "We could not, because" items in the summary
MAX_POSTER = 6  # pairs on the poster (at least 3 when there are 3)


@dataclass(frozen=True)
class Pair:
    """One change, with what people said that led to it."""

    did: str  # the change, as recorded (the earliest of a group)
    said: str  # the suggestion said most often behind it; "" when none can be shown
    asked: int  # how many suggestions were behind it (0: not linked to one)
    service: str  # "" when not about one service
    done_on: date  # the latest it was done


@dataclass(frozen=True)
class CouldNot:
    """Something asked for that we could not do, and why."""

    said: str
    because: str
    instead: str  # what we offered instead, or ""
    asked: int
    outcome: str  # not_now, not_possible or passed_on


@dataclass(frozen=True)
class Summary:
    organisation: str
    phone: str
    email: str
    website: str
    address: str
    start: date
    end: date
    pairs: tuple[Pair, ...]  # at most MAX_CHANGES, most asked first
    could_not: tuple[CouldNot, ...]  # at most MAX_COULD_NOT, most asked first
    changes: int  # different changes made in the period (after grouping, none left out)
    logo: bytes | None = None


class _Names:
    """Whether a text may name someone, with what the data file knows (names of people and
    staff, services' names, words people wrote in small letters).

    Changes and reasons are written by staff as short sentences that start with a capital
    ("Hot boxes for dinners"), so the word that starts a sentence only counts when it is a
    known person's or staff user's name; any other capitalised word counts as in the report.
    """

    def __init__(self, session: Session) -> None:
        self.names = _known_names(session)
        self.allowed = frozenset(w.casefold() for name in session.scalars(select(Service.name))
                                 for w in _WORD.findall(name))
        self.common = lower_case_words([*session.scalars(select(Suggestion.text)),
                                        *session.scalars(select(Change.description))])

    def __call__(self, text: str) -> bool:
        openers = frozenset(m.group(1).casefold().replace("\u2019", "'")
                            for m in _OPENER.finditer(text))
        return may_name_someone(text, self.names, self.allowed, self.common | openers)


def suggestions_behind(changes: Iterable[ChangeDone]) -> list[Quote]:
    """Each suggestion behind ``changes`` once (a suggestion can lead to two of them), oldest
    first."""
    unique: dict[int, Quote] = {}
    for change in changes:
        for quote in change.suggestions:
            unique.setdefault(quote.suggestion_id, quote)
    return sorted(unique.values(), key=lambda q: (q.raised_on, q.suggestion_id))


def _pair(group: Group[ChangeDone], names: _Names) -> Pair:
    behind = suggestions_behind(group.items)
    quotes = [g for g in group_similar(behind, lambda q: q.text)
              if g.first.text.strip() and not names(g.first.text)]
    best = max(quotes, key=lambda g: g.count, default=None)  # the earliest on a tie
    return Pair(did=group.first.description.strip(), said=best.first.text.strip() if best else "",
                asked=len(behind), service=group.first.service_name,
                done_on=max(c.done_on for c in group.items))


def _could_not(group: Group[NoAnswer], names: _Names) -> CouldNot | None:
    said = group.first.text.strip()
    if not said or names(said):
        return None
    because = next((a.reason.strip() for a in group.items
                    if a.reason.strip() and not names(a.reason)), "")
    if not because:
        return None
    instead = next((a.instead.strip() for a in group.items
                    if a.instead.strip() and not names(a.instead)), "")
    return CouldNot(said=said, because=because, instead=instead, asked=group.count,
                    outcome=group.first.outcome)


def build_summary(session: Session, start: date, end: date) -> Summary:
    """What the summary and poster for ``start``..``end`` say (a coordinator's task, like the
    report)."""
    require(session, "coordinator")
    check_period(start, end)
    with report_for(session, offices_of(session)):  # the offices shown, as the report
        return _summary(session, start, end)


def _summary(session: Session, start: date, end: date) -> Summary:
    names = _Names(session)
    changes = changes_done(session, start, end)
    groups = group_similar(changes, lambda c: c.description, lambda c: c.service_name)
    pairs = [_pair(g, names) for g in groups if not names(g.first.description)]
    pairs.sort(key=lambda p: (-p.asked, -p.done_on.toordinal()))
    answers = no_answers(session, start, end)
    refused = group_similar(answers, lambda a: a.text, lambda a: (a.outcome, a.service_name))
    could_not = [item for g in refused if (item := _could_not(g, names)) is not None]
    could_not.sort(key=lambda c: -c.asked)  # stable: the report's order on a tie
    details = get_details(session)
    return Summary(organisation=details.name.strip(), phone=details.phone.strip(),
                   email=details.email.strip(), website=details.website.strip(),
                   address=details.address.strip(), start=start, end=end,
                   pairs=tuple(pairs[:MAX_CHANGES]), could_not=tuple(could_not[:MAX_COULD_NOT]),
                   changes=len(groups), logo=get_logo(session))
