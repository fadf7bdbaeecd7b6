"""The plain English check: reading ease, sentence length and jargon, in plain words.

Shown while people type decisions, changes and letter wording, and before letters print.
Flesch reading ease comes from textstat 0.7.8, which works offline (newer versions download a
dictionary at first use, and the app must never touch the network). textstat is imported on
first use so that starting the app stays quick.
"""

from __future__ import annotations

import csv
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from ..files.paths import resources_dir

# Aims from docs/design.md: reading ease 60 or more, no sentence over 25 words.
PASS_SCORE = 60
LONG_SENTENCE_WORDS = 25
# Below this many words a reading ease score says little, so it is shown but not judged.
MIN_WORDS_TO_JUDGE = 20

_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
# A sentence ends at . ! or ? (possibly followed by quotes or brackets) and then a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+")
# Full stops that do not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|approx|tel)\.", re.IGNORECASE)


@dataclass(frozen=True)
class PlainEnglishResult:
    """What the check found. ``passes`` is what the letter preview and print warning use."""

    words: int
    sentences: int
    flesch: float | None
    average_sentence_words: float
    longest_sentence_words: int
    long_sentences: tuple[str, ...]
    jargon: tuple[tuple[str, str], ...]
    too_short: bool
    judged_score: bool = True

    @property
    def score_ok(self) -> bool:
        return (self.too_short or not self.judged_score or self.flesch is None
                or self.flesch >= PASS_SCORE)

    @property
    def passes(self) -> bool:
        return self.score_ok and not self.long_sentences and not self.jargon

    def problems(self) -> tuple[str, ...]:
        """Each thing to fix, as a short plain sentence (empty when the text passes)."""
        found: list[str] = []
        if not self.score_ok:
            found.append(f"It may be hard to read (score {self.flesch:.0f}, aim for "
                         f"{PASS_SCORE} or more). Try shorter sentences and everyday words.")
        if self.long_sentences:
            count = len(self.long_sentences)
            which = "One sentence is" if count == 1 else f"{count} sentences are"
            found.append(f"{which} longer than {LONG_SENTENCE_WORDS} words. "
                         "Try splitting them.")
        if self.jargon:
            pairs = ", ".join(f"\u201c{plain}\u201d instead of \u201c{word}\u201d"
                              for word, plain in self.jargon[:6])
            found.append(f"Try everyday words: {pairs}.")
        return tuple(found)

    def summary(self) -> str:
        """One or two plain lines, e.g. "Easy to read (score 72). Longest sentence: 14 words."."""
        if self.words == 0:
            return "Nothing to check yet."
        longest = (f"Longest sentence: {self.longest_sentence_words} "
                   f"word{'s' if self.longest_sentence_words != 1 else ''}.")
        if self.flesch is None or not self.judged_score:
            head = "The reading score is only worked out for English."
        elif self.too_short:
            head = f"Too short to score fairly (score {self.flesch:.0f})."
        else:
            head = f"{_band(self.flesch)} (score {self.flesch:.0f})."
        problems = list(self.problems())
        if not self.score_ok:
            head = f"{head} Aim for {PASS_SCORE} or more."
            problems = problems[1:]
        return " ".join([head, longest, *problems])


def _band(score: float) -> str:
    if score >= 80:
        return "Very easy to read"
    if score >= 70:
        return "Easy to read"
    if score >= PASS_SCORE:
        return "Fairly easy to read"
    if score >= 50:
        return "Quite hard to read"
    return "Hard to read"


def split_sentences(text: str) -> list[str]:
    """Sentences in ``text``. A line break also ends a sentence (headings, lists, addresses)."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), line)
        for piece in _SENTENCE_END.split(protected):
            piece = piece.strip().replace("\u2024", ".")
            if count_words(piece):
                sentences.append(piece)
    return sentences


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def check_text(text: str, *, language: str = "en") -> PlainEnglishResult:
    """Check ``text`` for reading ease, sentence length and jargon.

    For languages other than English only sentence length is judged: the reading score and the
    jargon list are for English.
    """
    sentences = split_sentences(text or "")
    lengths = [count_words(s) for s in sentences]
    words = sum(lengths)
    english = language.lower().startswith("en")
    if words == 0:
        return PlainEnglishResult(0, 0, None, 0.0, 0, (), (), True, english)
    flesch: float | None = None
    if english:
        import textstat  # lazy: loading its dictionary takes a moment

        # Give textstat the same sentences we counted, each ending with a full stop.
        joined = " ".join(s if s[-1] in ".!?" else s + "." for s in sentences)
        flesch = round(float(textstat.flesch_reading_ease(joined)), 1)
        _warm.set()
    return PlainEnglishResult(
        words=words,
        sentences=len(sentences),
        flesch=flesch,
        average_sentence_words=round(words / len(sentences), 1),
        longest_sentence_words=max(lengths),
        long_sentences=tuple(s for s, n in zip(sentences, lengths) if n > LONG_SENTENCE_WORDS),
        jargon=find_jargon(text) if english else (),
        too_short=words < MIN_WORDS_TO_JUDGE,
        judged_score=english,
    )


def find_jargon(text: str) -> tuple[tuple[str, str], ...]:
    """(word, plain alternative) for each jargon word or phrase in ``text``, first seen first."""
    pattern, plain = _jargon()
    found: dict[str, str] = {}
    for match in pattern.finditer(text or ""):
        key = _jargon_key(match.group(0))
        word = key if key in plain else key[:-1] if key[:-1] in plain else None
        if word is not None and word not in found:
            found[word] = plain[word]
    originals = _jargon_originals()
    return tuple((originals[w], found[w]) for w in found)


def _jargon_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("\u2019", "'"))


@lru_cache(maxsize=1)
def _jargon_table() -> tuple[tuple[str, str], ...]:
    path = resources_dir() / "jargon.csv"
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            word, alternative = (row.get("word") or "").strip(), (row.get("plain") or "").strip()
            if word and alternative:
                rows.append((word, alternative))
    return tuple(rows)


def jargon_list() -> tuple[tuple[str, str], ...]:
    """The shipped jargon list: (word or phrase, plain alternative)."""
    return _jargon_table()


@lru_cache(maxsize=1)
def _jargon_originals() -> dict[str, str]:
    return {_jargon_key(w): w for w, _ in _jargon_table()}


@lru_cache(maxsize=1)
def _jargon() -> tuple[re.Pattern[str], dict[str, str]]:
    plain = {_jargon_key(w): p for w, p in _jargon_table()}
    # Longest first, so "in order to" wins over "order"; spaces match any run of white space.
    alternatives = []
    for word in sorted(plain, key=len, reverse=True):
        body = r"\s+".join(re.escape(part) for part in word.split(" "))
        plural = "s?" if word[-1].isalpha() else ""
        alternatives.append(body + plural)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])",
                         re.IGNORECASE)
    return pattern, plain


# textstat's first reading-ease score loads its word lists, which takes about a second. The
# desktop loads them in the background at start, so typing never waits for them.
_warm = threading.Event()
_warming = threading.Lock()


def is_warm() -> bool:
    """True once the first reading-ease score has been worked out (the next ones are quick)."""
    return _warm.is_set()


def warm_up() -> None:
    """Load the word lists now (about a second, the first time). The garbage collector waits
    meanwhile: its sweeps over the 135,000 new entries held up the window for a quarter of a
    second at a time."""
    from ..collector import collector_paused

    if not _warm.is_set():
        with collector_paused():
            check_text("A short line to load the word lists.")


def warm_up_in_background() -> None:
    """Start warm_up() on a thread of its own, once."""
    if _warm.is_set() or not _warming.acquire(blocking=False):
        return
    threading.Thread(target=warm_up, name="plain-english-warm-up", daemon=True).start()
