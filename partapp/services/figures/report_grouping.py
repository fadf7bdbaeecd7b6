"""Identical or nearly identical items grouped once, with how many there were.

The annual report lists changes, suggestions and "no" answers. When five people asked for the
same ramp, a trustee should read it once with "raised 5 times", not five rows. Two texts are the
same when they match after :func:`normalise` (case, spaces and punctuation ignored), or nearly
the same when difflib's ratio of the normalised texts is at least SIMILAR. Items are only
grouped within one scope (such as a service), so the same words about two services stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Generic, TypeVar

T = TypeVar("T")
SIMILAR = 0.9  # difflib ratio at or above which two normalised texts count as the same
SAME_WORD = 0.7  # a word swapped for one at least this like it is a slip, not another word
_DIGITS = re.compile(r"\d+")
# Words that can be added or left out without changing what is asked for.
_FILLER = frozenset(["a", "an", "the", "and", "or", "please", "pls", "can", "could", "would",
                     "will", "we", "you", "i", "it", "is", "are", "be", "to", "of", "for", "so",
                     "very", "really", "just", "also", "too", "thank", "thanks"])
# With more different texts than this in one scope, or after this many comparisons in one
# call, only exact (normalised) matches are grouped: comparing every pair would take too long
# on a very large year (a comparison takes up to about 50 microseconds).
MAX_FUZZY = 200
MAX_COMPARISONS = 5000


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items that say the same thing; ``first`` is the first of them in the order given."""

    items: tuple[T, ...]

    @property
    def first(self) -> T:
        return self.items[0]

    @property
    def count(self) -> int:
        return len(self.items)


def normalise(text: str) -> str:
    """``text`` in lower case, without punctuation or symbols, with single spaces.

    "Please, a gentler RAMP!" and "please a gentler ramp" give the same result. Apostrophes
    inside words go (don't -> dont) so "dont" and "don't" match too.
    """
    kept = []
    for ch in unicodedata.normalize("NFKC", text).casefold():
        category = unicodedata.category(ch)
        if category[0] in "PS":
            kept.append("" if ch in "'\u2019" else " ")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def similar(a: str, b: str) -> bool:
    """Whether two normalised texts are the same or nearly the same.

    Nearly the same: difflib's ratio is at least SIMILAR, the numbers in them are the same,
    and every word swapped for another is a slip or another form of it (gentle, gentler), not
    a different word (front, back): "a ramp at the front door" is not "at the back door".
    """
    if a == b:
        return True
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILAR:
        return False  # the lengths alone rule it out
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False
    words_a, words_b = a.split(), b.split()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, words_a, words_b,
                                              autojunk=False).get_opcodes():
        if op == "replace" and SequenceMatcher(None, " ".join(words_a[i1:i2]),
                                               " ".join(words_b[j1:j2])).ratio() < SAME_WORD:
            return False
        if op in ("insert", "delete") and not set(words_a[i1:i2] + words_b[j1:j2]) <= _FILLER:
            return False  # a word of substance added or left out
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR
            and matcher.ratio() >= SIMILAR)


def group_similar(items: Iterable[T], text: Callable[[T], str],
                  scope: Callable[[T], Hashable] = lambda _item: None) -> list[Group[T]]:
    """``items`` grouped by what ``text`` says, within each ``scope``; groups in the order of
    their first item, items in each group in the order given."""
    groups: list[list[T]] = []
    exact: dict[tuple[Hashable, str], int] = {}  # (scope, normalised text) -> group index
    in_scope: dict[Hashable, list[tuple[str, int]]] = {}  # scope -> (first's text, index)
    budget = MAX_COMPARISONS
    for item in items:
        where, said = scope(item), normalise(text(item))
        index = exact.get((where, said))
        if index is None:
            known = in_scope.setdefault(where, [])
            if len(known) <= MAX_FUZZY and budget >= len(known):
                budget -= len(known)
                index = next((i for first, i in known if similar(said, first)), None)
            if index is None:
                index = len(groups)
                groups.append([])
                known.append((said, index))
            exact[(where, said)] = index
        groups[index].append(item)
    return [Group(tuple(members)) for members in groups]
