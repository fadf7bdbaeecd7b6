"""What goes in a feedback letter, as plain data: no database, no reportlab.

``compose`` turns one person, their suggestions and the organisation's wording into a
``LetterContent``: a list of sections of plain text (each with an optional bold heading and,
for easy read, a picture). The PDF writer lays these out; ``as_text`` is the exact text kept
as the snapshot when a letter is marked as sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..records.organisation import OrganisationDetails
from ..words import said, term
from .easy_read_texts import HardText, easy_read, hard_in_letter
from .letter_heading import with_heading
from .letter_templates import Wording, render_template, template_format
from .plain_english import PlainEnglishResult, check_text
from .stale_texts import DatedText, StaleText, day_words, stale_texts
from .welsh_texts import WELSH, MissingWelsh, in_welsh, welsh_item_texts, without_marks

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
}
# The few fixed words a letter prints outside its wording, in each language it ships in.
PAGE_OF = {"en": "Page {number} of {total}", "cy": "Tudalen {number} o {total}"}
CARE_OF = {"en": "c/o", "cy": "d/o"}  # Welsh: "drwy law"
CHARITY = {"en": "Registered charity {number}", "cy": "Elusen gofrestredig {number}"}


def charity_line(number: str, language: str) -> str:
    """The letterhead's charity line in the letter's (first) language."""
    return CHARITY.get(language.split("-")[0], CHARITY["en"]).format(number=number)


def page_of(number: int, total: int, languages: Sequence[str]) -> str:
    """The page footer in the letter's languages, its first language first."""
    words = dict.fromkeys(PAGE_OF.get(lang.split("-")[0], PAGE_OF["en"]) for lang in languages)
    return " / ".join(w.format(number=number, total=total) for w in words or [PAGE_OF["en"]])


# Which picture goes beside each point of an easy read letter (resources/easyread/<name>.png).
OUTCOME_PICTURES = {"agreed": "yes", "agreed_in_part": "some", "not_now": "not_now",
                    "not_possible": "no", "passed_on": "passed_on"}
_PART_PICTURES = {"opening": "letter", "told_us": "told_us", "reason": "why", "reply": "reply",
                  "instead": "instead", "change": "change", "closing": "phone",
                  "not_happy": "not_happy", "thanks": "thank_you"}
_NEXT_PICTURES = {"next_waiting": "waiting", "next_planned": "calendar"}
KIND_ORDER = ("change_made", "decision", "update")


def format_date(value: date | None, language: str = "en") -> str:
    """A date as people write it: 3 March 2025 (Welsh: 3 Mawrth 2025)."""
    if value is None:
        return ""
    months = _MONTHS.get(language.split("-")[0].lower())
    if months is None:
        return f"{value.day}/{value.month}/{value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class LetterItem:
    """One suggestion as a letter talks about it (the latest decision and changes by today)."""

    suggestion_id: int
    text: str
    raised_on: date
    kind: str
    channel: str
    activity: str = ""
    service: str = ""
    outcome: str | None = None
    reason: str = ""
    instead: str = ""
    passed_to: str = ""
    change: str = ""
    done_on: date | None = None
    plan: str = ""
    due_on: date | None = None
    # The Welsh versions (empty: none). change_cy and plan_cy, from letter_rows, are already
    # what a Welsh letter prints: each change's Welsh, or its English marked (welsh_texts).
    reason_cy: str = ""
    instead_cy: str = ""
    passed_to_cy: str = ""
    activity_cy: str = ""
    activity_id: int | None = None
    change_cy: str = ""
    plan_cy: str = ""
    # Easy read versions (empty: none). change_easy and plan_easy are as for Welsh, above.
    reason_easy: str = ""
    instead_easy: str = ""
    passed_to_easy: str = ""
    activity_easy: str = ""
    change_easy: str = ""
    plan_easy: str = ""
    # Our texts above with the day each was written, to find those that speak of a time gone.
    dated: tuple[DatedText, ...] = ()

    @property
    def letter_kind(self) -> str:
        """The kind of letter this suggestion alone would need."""
        if self.done_on is not None:
            return "change_made"
        return "decision" if self.outcome else "update"


@dataclass(frozen=True)
class LetterSection:
    """One piece of a letter: plain text (line breaks kept), a bold heading above it if any,
    and for easy read the picture that goes on its left."""

    part: str
    text: str
    heading: str = ""
    picture: str = ""
    language: str = "en"
    suggestion_id: int | None = None


@dataclass(frozen=True)
class LetterContent:
    """Everything one person is sent, in plain text. Frozen: what is printed is what is kept."""

    person_id: int
    person_name: str
    address_lines: tuple[str, ...]
    format: str
    languages: tuple[str, ...]
    kind: str
    letter_date: date
    sections: tuple[LetterSection, ...]
    suggestion_ids: tuple[int, ...]
    activity_id: int | None = None
    warnings: tuple[str, ...] = ()
    # The changes its reply slip asks about ("Did it make a difference?", follow_up_slip.py):
    # marking the letter as sent marks the person as asked about them.
    follow_up_change_ids: tuple[int, ...] = ()
    # The organisation's free texts a Welsh part printed in English, having no Welsh version.
    welsh_missing: tuple[MissingWelsh, ...] = ()
    # Our texts that speak of time and were written before the letter's time (stale_texts).
    stale: tuple[StaleText, ...] = ()
    # Our texts an easy read letter prints that break the easy read rules (easy_read_texts).
    hard_to_read: tuple[HardText, ...] = ()
    # The details at the top when the person's office has its own (records/offices.py);
    # None: the organisation's.
    letterhead: OrganisationDetails | None = None

    @property
    def language(self) -> str:
        return self.languages[0]

    @property
    def layout(self) -> str:
        """standard, large_print or easy_read (email and phone letters look like standard)."""
        return template_format(self.format)

    @property
    def date_text(self) -> str:
        return format_date(self.letter_date, self.language)

    def sections_in(self, language: str) -> tuple[LetterSection, ...]:
        return tuple(s for s in self.sections if s.language == language)

    def body_text(self, language: str | None = None) -> str:
        """The letter's words without the date and address."""
        blocks = []
        for lang in ([language] if language else self.languages):
            blocks.append("\n\n".join(_section_text(s) for s in self.sections_in(lang)))
        return "\n\n* * *\n\n".join(blocks)

    def as_text(self) -> str:
        """The whole letter as plain text: what the snapshot keeps when it is marked as sent."""
        head = "\n".join([self.date_text, "", *self.address_lines])
        return f"{head}\n\n{self.body_text()}"

    def wording_text(self, language: str | None = None) -> str:
        """The organisation's words only (not the person's own words), for the plain check."""
        lang = language or self.language
        return "\n\n".join(_section_text(s) for s in self.sections_in(lang)
                           if s.part not in _NOT_CHECKED)

    def check(self) -> PlainEnglishResult:
        """The plain English check of our words (English if the letter has it)."""
        lang = "en" if "en" in self.languages else self.language
        return check_text(self.wording_text(lang), language=lang)


# Not our wording: their own words, and the reply slip's boxes, lines and return address.
_NOT_CHECKED = frozenset(("told_us", "slip_answer", "slip_words", "slip_from"))


def _section_text(section: LetterSection) -> str:
    return f"{section.heading}\n{section.text}" if section.heading else section.text


@dataclass
class LetterPerson:
    """What a letter needs to know about the person it goes to."""

    person_id: int
    first_name: str
    full_name: str
    address_lines: tuple[str, ...]
    supporter_name: str = ""
    supporter_address: str = ""
    send_via_supporter: bool = False
    feedback_format: str = "standard"
    language: str = "en"
    bilingual: bool = False
    consent_withdrawn_on: date | None = None
    extra_warnings: list[str] = field(default_factory=list)
    heard_about: frozenset[int] = frozenset()  # suggestions they have had a letter or call about

    def envelope_lines(self) -> tuple[str, ...]:
        """Name and address for the envelope window; "c/o" the supporter when they want that."""
        if self.send_via_supporter and self.supporter_name:
            lines = [line.strip() for line in self.supporter_address.splitlines() if line.strip()]
            if len(lines) == 1 and "," in lines[0]:
                lines = [part.strip() for part in lines[0].split(",") if part.strip()]
            # "c/o Bryn Care Home" once: not again as the first line of the address
            if lines and lines[0].casefold() == self.supporter_name.strip().casefold():
                lines = lines[1:]
            care_of = CARE_OF.get(self.letter_languages()[0], CARE_OF["en"])
            return (f"{self.full_name}, {care_of} {self.supporter_name}", *lines)
        return (self.full_name, *self.address_lines)

    def letter_languages(self) -> tuple[str, ...]:
        """The person's language, then English for a bilingual letter (Welsh first)."""
        lang = (self.language or "en").lower()
        if self.bilingual and lang != "en":
            return (lang, "en")
        return (lang,)


def compose(person: LetterPerson, items: list[LetterItem], *, kind: str, wording: Wording,
            organisation: OrganisationDetails, today: date, activity: str = "",
            activity_on: date | None = None, activity_id: int | None = None,
            activity_cy: str = "", activity_easy: str = "",
            fit_heading: bool = True) -> LetterContent:
    """Build one letter. Languages without wording for this letter fall back to English. A
    Welsh part prints the Welsh version of each free text, or the English with a warning.
    Its heading and opening fit what the items say (letter_heading), unless ``fit_heading``
    is off (the wording editor's preview shows the kind's own). An easy read letter prints the
    easy read version of each free text in its English part, when there is one."""
    warnings = list(person.extra_warnings)
    easy = template_format(person.feedback_format) == "easy_read"
    languages: list[str] = []
    for lang in person.letter_languages():
        if wording.parts(kind, person.feedback_format, lang) is None:
            from ...models.enums import LANGUAGES

            name = LANGUAGES.get(lang, lang)
            warnings.append(said("There is no {name} wording for this letter yet, so it is in "
                                 "English. You can add {name} wording in Settings.",
                                 name=term(name)))
            lang = "en"
        if lang not in languages:
            languages.append(lang)
    sections: list[LetterSection] = []
    for lang in languages:
        parts = wording.parts(kind, person.feedback_format, lang) or {}
        if fit_heading:
            parts = with_heading(parts, kind, items, wording, person.feedback_format, lang)
        named = (in_welsh("activity", f"Activity {activity_id}", activity, activity_cy)
                 if lang == WELSH else easy_read(activity, activity_easy) if easy else activity)
        sections.extend(_sections(parts, lang, person, items, kind=kind,
                                  organisation=organisation, today=today, activity=named,
                                  activity_on=activity_on))
    sections, missing = without_marks(sections)
    warnings += [m.warning(len(languages) > 1) for m in missing]
    stale = stale_texts((d for item in items for d in item.dated), languages, today)
    warnings += [s.warning() for s in stale]
    hard = hard_in_letter(items, organisation, languages,
                          "\n".join(s.text for s in sections if s.language == "en"),
                          activity_id, easy_read(activity, activity_easy)) if easy else ()
    warnings += [h.warning() for h in hard]
    envelope = person.envelope_lines()
    if len(envelope) < 2 and template_format(person.feedback_format) == person.feedback_format:
        warnings.append(said("There is no address for this person. Please add one before "
                             "posting."))
    if person.consent_withdrawn_on is not None:
        warnings.append(said("This person withdrew their consent on {day}. Please check "
                             "before sending.", day=day_words(person.consent_withdrawn_on)))
    return LetterContent(
        person_id=person.person_id, person_name=person.full_name, address_lines=envelope,
        format=person.feedback_format, languages=tuple(languages), kind=kind, letter_date=today,
        sections=tuple(sections), suggestion_ids=tuple(i.suggestion_id for i in items),
        activity_id=activity_id, warnings=tuple(warnings), welsh_missing=tuple(missing),
        stale=stale, hard_to_read=hard)


def _sections(parts: dict[str, str], lang: str, person: LetterPerson, items: list[LetterItem],
              *, kind: str, organisation: OrganisationDetails, today: date, activity: str,
              activity_on: date | None) -> list[LetterSection]:
    org = organisation
    easy = template_format(person.feedback_format) == "easy_read" and lang != WELSH
    own = {"signatory_role": (org.signatory_role, org.signatory_role_cy),
           "complaints_contact": (easy_read(org.complaints_contact, org.complaints_contact_easy)
                                  if easy else org.complaints_contact, org.complaints_contact_cy),
           "address": (one_line(org.address), one_line(org.address_cy))}
    texts = {name: in_welsh(name, "Organisation details", english, welsh) if lang == WELSH
             else english for name, (english, welsh) in own.items()}
    base = {
        "first_name": person.first_name, "full_name": person.full_name,
        "organisation": org.name, "signatory": org.signatory_name,
        "contact": org.signatory_name or org.name, "phone": org.phone, "email": org.email,
        **texts,
        "promise_days": str(org.promise_days), "today": format_date(today, lang),
        "activity": activity, "activity_on": format_date(activity_on, lang),
    }
    out: list[LetterSection] = []

    def add(part: str, values: dict[str, str], *, heading_part: str = "", picture: str = "",
            suggestion_id: int | None = None) -> None:
        text = render_template(parts[part], values)
        if not text.strip():
            return
        heading = render_template(parts[heading_part], values) if heading_part else ""
        out.append(LetterSection(part, text, heading, picture, lang, suggestion_id))

    add("heading", base)
    add("greeting", base)
    add("opening", base, picture="meeting" if kind == "thank_you" else "letter")
    if "sorry_late" in parts and kind != "thank_you" \
            and any(_answered_late(item, person, org, today) for item in items):
        add("sorry_late", base)  # with the opening: no picture of its own
    # The same next step after each of several items would repeat itself ("We hope this
    # helps...", "We will write to you again when it is done."): it is said once, after the
    # last item it is for. A next step with the item's own details (a plan, a date) differs.
    every = [_item_values(parts, base, item, lang, today, easy) for item in items]
    last = {values["next_step"]: index for index, values in enumerate(every)}
    for index, (item, values) in enumerate(zip(items, every, strict=True)):
        sid = item.suggestion_id
        add("told_us", values, heading_part="told_us_heading", picture="told_us",
            suggestion_id=sid)
        if values["reply"]:
            add("reply", values, heading_part="reply_heading", picture="reply", suggestion_id=sid)
        elif item.outcome:
            add("decided", values, heading_part="decided_heading",
                picture=OUTCOME_PICTURES[item.outcome], suggestion_id=sid)
            add("reason", values, heading_part="reason_heading", picture="why", suggestion_id=sid)
        add("instead", values, heading_part="instead_heading", picture="instead",
            suggestion_id=sid)
        add("change", values, heading_part="change_heading", picture="change", suggestion_id=sid)
        next_part = _next_phrase(item, bool(values["reply"]))
        if next_part and last[values["next_step"]] == index:
            add("next", values, heading_part="next_heading",
                picture=_NEXT_PICTURES.get(next_part, "next"), suggestion_id=sid)
    add("closing", base, picture="phone")
    add("not_happy", base, heading_part="not_happy_heading", picture="not_happy")
    add("thanks", base, picture="thank_you")
    add("sign_off", base)
    return out


def _item_values(parts: dict[str, str], base: dict[str, str], item: LetterItem,
                 lang: str, today: date, easy: bool) -> dict[str, str]:
    values = dict(base)
    texts = {"reason": item.reason, "instead": item.instead, "passed_to": item.passed_to,
             "activity": item.activity, "change": item.change, "plan": item.plan}
    if lang == WELSH:
        texts = welsh_item_texts(item)
    elif easy:  # each text's easy read version, when it has one
        texts = {name: easy_read(text, getattr(item, f"{name}_easy"))
                 for name, text in texts.items()}
    values.update({
        "suggestion": item.text, "raised_on": format_date(item.raised_on, lang),
        "service": item.service, "activity": texts["activity"] or base["activity"],
        "done_on": format_date(item.done_on, lang), **texts,
        # A due date already gone by is left out rather than printed as a promise.
        "due_on": format_date(item.due_on, lang) if item.due_on and item.due_on >= today else "",
        "reply": "",
    })
    channel = item.channel if f"where_{item.channel}" in parts else "in_person"
    values["where"] = render_template(parts[f"where_{channel}"],
                                      {**values, "activity": texts["activity"]})
    values["decision"] = (render_template(parts[f"outcome_{item.outcome}"], values)
                          if item.outcome else "")
    if item.kind in ("compliment", "question") and item.outcome == "agreed":
        values["reply"] = texts["reason"] or (
            render_template(parts["reply_compliment"], values) if item.kind == "compliment"
            else "")
    next_part = _next_phrase(item, bool(values["reply"]))
    values["next_step"] = render_template(parts[next_part], values) if next_part else ""
    return values


def one_line(address: str) -> str:
    """An address on one line, its lines joined with commas."""
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


def _answered_late(item: LetterItem, person: LetterPerson, org: OrganisationDetails,
                   today: date) -> bool:
    """This is the first answer about ``item``, and it comes after the feedback promise (the
    promise day itself is on time)."""
    return (item.suggestion_id not in person.heard_about
            and (today - item.raised_on).days > org.promise_days)


def _next_phrase(item: LetterItem, replied: bool) -> str:
    if item.done_on is not None:
        return "next_done"
    if item.outcome is None:
        return "next_waiting"
    if item.outcome in ("agreed", "agreed_in_part"):
        if item.plan:
            return "next_planned"
        return "" if replied else "next_agreed"
    return f"next_{item.outcome}"
