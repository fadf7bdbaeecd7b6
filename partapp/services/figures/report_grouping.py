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
from collections import Counter
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


class _Marks(dict[int, str]):
    """str.translate's table for :func:`normalise`, filled in as characters are first seen:
    punctuation and symbols become a space (apostrophes nothing), anything else stays."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = ("" if ch in "'\u2019" else " ") if unicodedata.category(ch)[0] in "PS" else ch
        self[code] = value
        return value


_MARKS = _Marks()


def normalise(text: str) -> str:
    """``text`` in lower case, without punctuation or symbols, with single spaces.

    "Please, a gentler RAMP!" and "please a gentler ramp" give the same result. Apostrophes
    inside words go (don't -> dont) so "dont" and "don't" match too.
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_MARKS).split())


def similar(a: str, b: str) -> bool:
    """Whether two normalised texts are the same or nearly the same.

    Nearly the same: difflib's ratio is at least SIMILAR, the numbers in them are the same,
    and every word swapped for another is a slip or another form of it (gentle, gentler), not
    a different word (front, back): "a ramp at the front door" is not "at the back door".
    """
    return _Said(a).like(_Said(b))


# The characters counted one by one for the quick bound in _Said.like; any other character is
# counted in one heap with the rest.
_COUNTED = tuple(" etaoinsrhldc")


class _Said:
    """A normalised text with what comparing it needs worked out once (its numbers, its
    words, its letters counted, and difflib's index of its characters, built when first
    compared with)."""

    __slots__ = ("_matcher", "counts", "digits", "letters", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.digits = _DIGITS.findall(text)
        self.words = text.split()
        self.letters = Counter(text)
        counts = tuple(map(text.count, _COUNTED))
        self.counts = (*counts, len(text) - sum(counts))  # and every other character
        self._matcher: SequenceMatcher[str] | None = None

    def like(self, other: _Said) -> bool:
        """``similar(self.text, other.text)``. The cheap tests that can only say no come first
        (lengths and difflib's quick_ratio, its two upper bounds of the ratio, then the
        numbers); each is one of the conditions the answer needs, so their order does not
        change it."""
        a, b = self.text, other.text
        if a == b:
            return True
        if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < SIMILAR:
            return False  # the lengths alone rule it out
        # difflib's quick_ratio (characters in common, in any order): first a bound of it
        # that is quick to count (the other characters taken as all in common), then itself
        if 2.0 * sum(map(min, self.counts, other.counts)) / (len(a) + len(b)) < SIMILAR:
            return False
        if 2.0 * (self.letters & other.letters).total() / (len(a) + len(b)) < SIMILAR:
            return False
        if self.digits != other.digits:
            return False
        words_a, words_b = self.words, other.words
        for op, i1, i2, j1, j2 in SequenceMatcher(None, words_a, words_b,
                                                  autojunk=False).get_opcodes():
            if op == "replace" and SequenceMatcher(None, " ".join(words_a[i1:i2]),
                                                   " ".join(words_b[j1:j2])).ratio() < SAME_WORD:
                return False
            if op in ("insert", "delete") and not set(words_a[i1:i2] + words_b[j1:j2]) <= _FILLER:
                return False  # a word of substance added or left out
        matcher = other._matcher
        if matcher is None:  # b's index of characters, built once for every comparison
            matcher = other._matcher = SequenceMatcher(None, "", b, autojunk=False)
        matcher.set_seq1(a)
        return matcher.ratio() >= SIMILAR


class Seen:
    """What :func:`group_similar` works out about texts, kept across several calls over the
    same texts (the year's themes group each suggestion by service and again by kind, and
    the same words come up under many services): each text's normalised form and details,
    and each pair's answer. Only saves time: every answer is the one worked out afresh."""

    def __init__(self) -> None:
        self._normal: dict[str, str] = {}
        self._said: dict[str, _Said] = {}
        self._alike: dict[tuple[str, str], bool] = {}

    def normalise(self, text: str) -> str:
        found = self._normal.get(text)
        if found is None:
            found = self._normal[text] = normalise(text)
        return found

    def said(self, normalised: str) -> _Said:
        found = self._said.get(normalised)
        if found is None:
            found = self._said[normalised] = _Said(normalised)
        return found

    def alike(self, this: _Said, first: _Said) -> bool:
        key = (this.text, first.text)
        found = self._alike.get(key)
        if found is None:
            found = self._alike[key] = this.like(first)
        return found


def group_similar(items: Iterable[T], text: Callable[[T], str],
                  scope: Callable[[T], Hashable] = lambda _item: None, *,
                  seen: Seen | None = None) -> list[Group[T]]:
    """``items`` grouped by what ``text`` says, within each ``scope``; groups in the order of
    their first item, items in each group in the order given. ``seen``: what earlier calls
    over the same texts worked out (see :class:`Seen`)."""
    if seen is None:
        seen = Seen()
    groups: list[list[T]] = []
    exact: dict[tuple[Hashable, str], int] = {}  # (scope, normalised text) -> group index
    in_scope: dict[Hashable, list[tuple[_Said, int]]] = {}  # scope -> (first's text, index)
    budget = MAX_COMPARISONS
    for item in items:
        where, said = scope(item), seen.normalise(text(item))
        index = exact.get((where, said))
        if index is None:
            known = in_scope.setdefault(where, [])
            this = seen.said(said)
            if len(known) <= MAX_FUZZY and budget >= len(known):
                budget -= len(known)
                index = next((i for first, i in known if seen.alike(this, first)), None)
            if index is None:
                index = len(groups)
                groups.append([])
                known.append((this, index))
            exact[(where, said)] = index
        groups[index].append(item)
    return [Group(tuple(members)) for members in groups]
