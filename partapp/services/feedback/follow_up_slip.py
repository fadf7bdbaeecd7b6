"""The tear-off reply slip that asks "Did it make a difference?", added to a person's next letter.

``add_slips`` puts the slip at the end of each letter whose person is due a follow-up
(services.feedback.follow_ups), in each of the letter's languages, and notes the changes it
asks about on the letter (``LetterContent.follow_up_change_ids``), so marking the letter as
sent marks them as asked. Printed letters (standard, large print, easy read) get a slip to
cut off and post back, with boxes to tick; easy read has a picture for each answer. Email,
braille, audio and phone letters ask the same question and say how to answer.

The wording is fixed here, in English and Welsh (plain English, easy read sentences of 15
words or fewer). Each slip is a run of ``LetterSection`` parts named ``slip_...``; the PDF
writer draws a dashed line above the first and keeps them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from ..records.organisation import OrganisationDetails, get_details
from .easy_read_texts import easy_read
from .follow_ups import DueFollowUp, follow_ups_due
from .letter_content import LetterContent, LetterSection, format_date, one_line
from .welsh_texts import WELSH, in_welsh, without_marks

PRINTED = ("standard", "large_print", "easy_read")
BOX = "\u2610"  # a ballot box to tick
ANSWER_PICTURES = {"yes": "yes", "a_bit": "some", "no": "no", "not_sure": "not_sure"}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "cut": "\u2702  Please cut here and send this part back to us.",
        "heading": "Did it make a difference?",
        "intro": "We would like to know what you think. Please tick one box for each change.",
        "intro_one": "We would like to know what you think. Please tick one box.",
        "intro_easy": "We want to know what you think.\nPlease tick one box.\n"
                      "Then send this page back to us.",
        "intro_other": "We would like to know what you think.",
        "question": "{n}On {done_on} we made this change: {change}\n"
                    "We did it because of what you told us. Did it make a difference to you?",
        "question_easy": "We made this change on {done_on}:\n{change}\n"
                         "Did it make a difference to you?",
        "yes": "Yes", "a_bit": "A bit", "no": "No", "not_sure": "Not sure",
        "yes_easy": "Yes, it helped.", "a_bit_easy": "It helped a bit.",
        "no_easy": "No, it did not help.", "not_sure_easy": "I am not sure.",
        "words": "Tell us more in your own words:",
        "words_easy": "You can tell us more here:",
        "from": "From: {name}",
        "send": "Please send this back to: {organisation}",
        "ring": "Or ring us on {phone}.",
        "answer_other": "Please tell us: yes, a bit, no, or not sure. You can say more "
                        "if you like.",
        "answer_email": "Please reply to this email to tell us.",
        "answer_phone": "Please ring us on {phone} to tell us.",
        "answer_post": "Please write back to us to tell us.",
    },
    "cy": {
        "cut": "\u2702  Torrwch yma ac anfonwch y rhan hon yn \u00f4l atom.",
        "heading": "A wnaeth wahaniaeth?",
        "intro": "Hoffem wybod beth yw eich barn. Ticiwch un blwch ar gyfer pob newid.",
        "intro_one": "Hoffem wybod beth yw eich barn. Ticiwch un blwch.",
        "intro_easy": "Rydyn ni eisiau gwybod beth rydych chi'n feddwl.\nTiciwch un blwch.\n"
                      "Yna anfonwch y dudalen hon yn \u00f4l atom.",
        "intro_other": "Hoffem wybod beth yw eich barn.",
        "question": "{n}Ar {done_on}, gwnaethom y newid hwn: {change}\n"
                    "Gwnaethom hyn oherwydd yr hyn a ddywedoch wrthym. A wnaeth wahaniaeth "
                    "i chi?",
        "question_easy": "Gwnaethom y newid hwn ar {done_on}:\n{change}\n"
                         "A wnaeth wahaniaeth i chi?",
        "yes": "Do", "a_bit": "Ychydig", "no": "Naddo", "not_sure": "Ddim yn si\u0175r",
        "yes_easy": "Do, fe wnaeth helpu.", "a_bit_easy": "Fe wnaeth helpu ychydig.",
        "no_easy": "Naddo, wnaeth e ddim helpu.", "not_sure_easy": "Dw i ddim yn si\u0175r.",
        "words": "Dywedwch fwy wrthym yn eich geiriau eich hun:",
        "words_easy": "Gallwch ddweud mwy wrthym yma:",
        "from": "Oddi wrth: {name}",
        "send": "Anfonwch hwn yn \u00f4l at: {organisation}",
        "ring": "Neu ffoniwch ni ar {phone}.",
        "answer_other": "Rhowch wybod i ni: do, ychydig, naddo, neu ddim yn si\u0175r. Gallwch "
                        "ddweud mwy os hoffech chi.",
        "answer_email": "Atebwch yr e-bost hwn i roi gwybod i ni.",
        "answer_phone": "Ffoniwch ni ar {phone} i roi gwybod i ni.",
        "answer_post": "Ysgrifennwch atom i roi gwybod i ni.",
    },
}
LINE = "\n\n" + "_" * 40
LINES = LINE * 2


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def slip_sections(letter: LetterContent, due: Sequence[DueFollowUp], language: str,
                  organisation: OrganisationDetails) -> list[LetterSection]:
    """The slip for ``due`` (one person's follow-ups) in one of the letter's languages."""
    w = _words(language)
    easy = letter.layout == "easy_read"
    printed = letter.format in PRINTED
    out: list[LetterSection] = []

    def add(part: str, text: str, *, heading: str = "", picture: str = "") -> None:
        out.append(LetterSection(part, text, heading, picture if easy else "", language))

    if printed and not easy:  # an easy read slip is a page of its own
        add("slip_cut", w["cut"])
    intro = (w["intro_easy"] if easy else w["intro_other"] if not printed
             else w["intro"] if len(due) > 1 else w["intro_one"])
    add("slip_heading", intro, heading=w["heading"], picture="reply")
    for n, item in enumerate(due, start=1):
        change = item.description.strip()
        if language == WELSH:
            change = in_welsh("change", f"Change {item.change_id}", change, item.description_cy)
        elif easy:
            change = easy_read(change, item.description_easy.strip())
        values = {"n": f"{n}. " if len(due) > 1 else "",
                  "done_on": format_date(item.done_on, language), "change": change}
        add("slip_question", w["question_easy" if easy else "question"].format(**values),
            picture="change")
        if not printed:
            continue
        if easy:
            for code, picture in ANSWER_PICTURES.items():
                add("slip_answer", f"{BOX}  {w[code + '_easy']}", picture=picture)
        else:
            add("slip_answer", "\n".join(f"{BOX} {w[code]}" for code in ANSWER_PICTURES))
    org = organisation
    if printed:
        add("slip_words", (w["words_easy"] + LINE) if easy else (w["words"] + LINES),
            picture="told_us")
        back = [w["from"].format(name=letter.person_name)]
        address = one_line(org.address)
        if language == WELSH:
            address = in_welsh("address", "Organisation details", address,
                               one_line(org.address_cy))
        back.append(w["send"].format(organisation=", ".join(x for x in (org.name, address)
                                                             if x)))
        if org.phone:
            back.append(w["ring"].format(phone=org.phone))
        add("slip_from", "\n".join(back), picture="letter")
    else:
        how = (w["answer_email"] if letter.format == "email" else
               w["answer_phone"].format(phone=org.phone) if org.phone else w["answer_post"])
        add("slip_from", f"{w['answer_other']} {how}", picture="phone")
    return out


def add_slips(letters: Sequence[LetterContent], due: Sequence[DueFollowUp],
              organisation: OrganisationDetails) -> list[LetterContent]:
    """Each letter with the slip for its person's follow-ups (letters with none unchanged)."""
    by_person: dict[int, list[DueFollowUp]] = {}
    for item in due:
        by_person.setdefault(item.person_id, []).append(item)
    result = []
    for letter in letters:
        mine = by_person.get(letter.person_id)
        if not mine:
            result.append(letter)
            continue
        slips = [s for language in letter.languages  # back to the person's office
                 for s in slip_sections(letter, mine, language,
                                        letter.letterhead or organisation)]
        slips, missing = without_marks(slips, letter.welsh_missing)
        new = missing[len(letter.welsh_missing):]
        warnings = (*letter.warnings, *(m.warning(len(letter.languages) > 1) for m in new))
        result.append(replace(letter, sections=(*letter.sections, *slips),
                              follow_up_change_ids=tuple(i.change_id for i in mine),
                              warnings=warnings, welsh_missing=missing))
    return result


def with_follow_ups(session: Session, letters: Sequence[LetterContent],
                    today: date) -> list[LetterContent]:
    """``letters`` with a reply slip for everyone among them who is due a follow-up today."""
    letters = list(letters)
    if not letters:
        return letters
    due = follow_ups_due(session, today=today,
                         person_ids=sorted({letter.person_id for letter in letters}))
    if not due:
        return letters
    return add_slips(letters, due, get_details(session))
