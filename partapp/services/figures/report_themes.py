"""The year in themes, for the report's front pages: what people raised, by service and by kind
(idea, concern, complaint...), with counts for this period and the one before, the changes made,
and the one or two things said most often (grouped by services.figures.report_grouping). No names: only
the words of suggestions, and counts. Also the changes still to come, with their due dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Change, Person, Service, StaffUser, Suggestion, change_suggestion
from ...models.enums import CHANGE_STATUSES, SUGGESTION_KINDS
from .report_grouping import Seen, group_similar
from .report_queries import ChangeDone, latest_decisions

QUOTES = 2  # the things said most often, per theme
NOT_ONE_SERVICE = "Not about one service"


@dataclass(frozen=True)
class Said:
    text: str  # the earliest wording of the group
    times: int  # how many suggestions said it


@dataclass(frozen=True)
class Theme:
    title: str
    suggestions: int  # raised in this period
    previous: int  # raised in the period before
    changes: int  # changes done in the period (by service); agreed in full or part (by kind)
    said: tuple[Said, ...]


@dataclass(frozen=True)
class Themes:
    by_service: tuple[Theme, ...]  # most suggestions first
    by_kind: tuple[Theme, ...]  # in the order of SUGGESTION_KINDS; kinds with none left out


@dataclass(frozen=True)
class NextChange:
    description: str
    service_name: str  # "" when not about one service
    status: str  # the status's label: Planned or In progress
    due_on: date | None
    suggestions: int  # how many suggestions are behind it


# Words with a capital letter that are not names. Any other capitalised word inside a sentence
# (Bev, Mrs Jones, Dr Patel), or starting one and not a common opening word (Bev is a star), may
# be a name, so a quote holding one is never chosen for a theme: a theme may go without a quote.
_NOT_NAMES = frozenset([
    "i", "i'm", "i've", "i'd", "i'll", "mum", "dad", "nan", "gran", "grandad", "ok", "tv", "bsl",
    "nhs", "gp", "dvd", "welsh", "english", "cymraeg", "christmas", "easter", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
    "thursdays", "fridays", "saturdays", "sundays", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december"])
_OPENERS = frozenset([
    "the", "a", "an", "it", "it's", "its", "we", "we're", "our", "my", "me", "you", "your",
    "they", "their", "there", "there's", "this", "that", "these", "those", "he", "she", "his",
    "her", "is", "are", "was", "were", "can", "could", "would", "will", "should", "do", "does",
    "did", "don't", "please", "thank", "thanks", "nobody", "no", "not", "everyone", "everything",
    "everybody", "someone", "somebody", "some", "all", "any", "more", "most", "many", "much",
    "if", "when", "where", "why", "how", "what", "who", "which", "while", "since", "because",
    "but", "and", "or", "so", "also", "just", "only", "very", "too", "again", "then", "now",
    "after", "before", "as", "at", "in", "on", "for", "from", "of", "to", "with", "without",
    "about", "here", "yes", "sorry", "lots", "great", "good", "nice", "lovely", "well", "one",
    "two", "each", "every", "other", "sometimes", "often", "last", "next", "once", "still"])
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_ENDS_SENTENCE = re.compile(r"\s*[.!?:]")


def may_name_someone(text: str, names: frozenset[str] = frozenset(),
                     allowed: frozenset[str] = frozenset(),
                     common: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` may hold a person's name: one of ``names`` (in lower case); a
    capitalised word inside a sentence that is not in _NOT_NAMES or ``allowed``; or one that
    starts a sentence and is neither a usual opening word (_OPENERS) nor in ``common`` (words
    people wrote in lower case elsewhere: "Fish on Fridays" is fine when someone wrote "fish")."""
    start = True
    for match in _WORD.finditer(text):
        word = match.group(0)
        folded = word.casefold().replace("\u2019", "'")
        if folded in names:
            return True
        if word[:1].isupper() and folded not in _NOT_NAMES and folded not in allowed:
            if not start:
                return True
            if folded not in _OPENERS and folded not in common and (
                    folded.removesuffix("s") not in common):
                return True
        start = bool(_ENDS_SENTENCE.match(text, match.end()))
    return False


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word written starting with a small letter somewhere in ``texts``."""
    # One pass over all the texts, one to a line: a line break ends a word. ’ becomes '
    # first: neither can start a word and both can go on one, so the words are the same.
    words = set(_WORD.findall("\n".join(texts).replace("\u2019", "'")))
    return frozenset(w for w in words if w[:1].islower())


def _most_said(texts: list[tuple[date, int, str]], names: frozenset[str],
               allowed: frozenset[str], common: frozenset[str], seen: Seen) -> tuple[Said, ...]:
    groups = group_similar(sorted(texts), lambda t: t[2], seen=seen)
    clean = [g for g in groups if not may_name_someone(g.first[2], names, allowed, common)]
    top = sorted(clean, key=lambda g: -g.count)[:QUOTES]  # stable: earliest first on a tie
    return tuple(Said(g.first[2], g.count) for g in top)


def _known_names(session: Session) -> frozenset[str]:
    """Every person's and staff user's names (each word of 3 letters or more), in lower case."""
    names: set[str] = set()
    rows = [*session.execute(select(Person.first_name, Person.last_name, Person.preferred_name)),
            *session.execute(select(StaffUser.display_name))]
    for row in rows:
        for part in row:
            names.update(w.casefold() for w in _WORD.findall(part or "") if len(w) >= 3)
    return frozenset(names)


def year_themes(session: Session, start: date, end: date, prev_start: date, prev_end: date,
                changes: tuple[ChangeDone, ...]) -> Themes:
    """Themes for ``start``..``end``, compared with ``prev_start``..``prev_end``."""
    rows = session.execute(
        select(Suggestion.id, Suggestion.raised_on, Suggestion.kind, Service.name,
               Suggestion.text)
        .outerjoin(Service, Service.id == Suggestion.service_id)
        .where(Suggestion.raised_on.between(start, end))).all()
    before_service = Counter({name or "": n for name, n in session.execute(
        select(Service.name, func.count()).select_from(Suggestion)
        .outerjoin(Service, Service.id == Suggestion.service_id)
        .where(Suggestion.raised_on.between(prev_start, prev_end)).group_by(Service.name))})
    before_kind = Counter(dict(session.execute(
        select(Suggestion.kind, func.count())
        .where(Suggestion.raised_on.between(prev_start, prev_end))
        .group_by(Suggestion.kind)).all()))
    latest = latest_decisions(start, end)
    agreed_kind = Counter(dict(session.execute(
        select(Suggestion.kind, func.count()).join(latest, latest.c.suggestion_id == Suggestion.id)
        .where(latest.c.outcome.in_(("agreed", "agreed_in_part"))).group_by(Suggestion.kind))
        .all()))
    done_service = Counter(c.service_name for c in changes)
    names = _known_names(session)
    allowed = frozenset(w.casefold() for name in session.scalars(select(Service.name))
                        for w in _WORD.findall(name))
    common = lower_case_words([*(text for *_rest, text in rows),
                               *session.scalars(select(Change.description))])

    by_service: dict[str, list[tuple[date, int, str]]] = {}
    by_kind: dict[str, list[tuple[date, int, str]]] = {}
    for sid, raised_on, kind, service, text in rows:
        by_service.setdefault(service or "", []).append((raised_on, sid, text))
        by_kind.setdefault(kind, []).append((raised_on, sid, text))
    services = set(by_service) | set(done_service)
    seen = Seen()  # each suggestion is grouped twice, by service and by kind
    service_themes = [Theme(name or NOT_ONE_SERVICE, len(by_service.get(name, [])),
                            before_service.get(name, 0), done_service.get(name, 0),
                            _most_said(by_service.get(name, []), names, allowed, common, seen))
                      for name in services]
    service_themes.sort(key=lambda t: (-t.suggestions, -t.changes, t.title == NOT_ONE_SERVICE,
                                       t.title))
    kind_themes = [Theme(label, len(by_kind.get(code, [])), before_kind.get(code, 0),
                         agreed_kind.get(code, 0),
                         _most_said(by_kind.get(code, []), names, allowed, common, seen))
                   for code, label in SUGGESTION_KINDS.items()
                   if by_kind.get(code) or before_kind.get(code)]
    return Themes(tuple(service_themes), tuple(kind_themes))


def next_changes(session: Session) -> list[NextChange]:
    """Changes planned or in progress now, soonest due first (no due date last)."""
    behind = (select(func.count()).select_from(change_suggestion)
              .where(change_suggestion.c.change_id == Change.id)
              .correlate(Change).scalar_subquery())
    rows = session.execute(
        select(Change.description, Service.name, Change.status, Change.due_on, behind)
        .outerjoin(Service, Service.id == Change.service_id)
        .where(Change.status.in_(("planned", "in_progress")))
        .order_by(Change.due_on.is_(None), Change.due_on, Change.id))
    return [NextChange(description, service or "", CHANGE_STATUSES[status], due_on, n or 0)
            for description, service, status, due_on, n in rows]
