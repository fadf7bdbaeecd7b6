"""Sample data, part three: asking people whether a change made a difference, and what they said.

Used by ``demo.fill_demo`` only, after the letters. Of everyone due a follow-up today, most were
asked some days after the wait ended (never after ``today``) and most of those answered, a few
weeks later, by reply slip, phone or at a meeting. The rest are still to ask, so the Home page
has follow-ups to show.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ...models import Person
from ..feedback.follow_ups import follow_ups_due, mark_asked, record_answer
from ..records.organisation import follow_up_weeks

_ANSWERS = (("yes", 50), ("a_bit", 25), ("no", 15), ("not_sure", 10))
_METHODS = ("reply_slip", "reply_slip", "reply_slip", "phone", "meeting")
WORDS = {
    "yes": ("It is much easier now.", "Yes, it has made my week better.",
            "I feel listened to.", "It works well for me.", "Much better than before.",
            "It makes things simpler for me."),
    "a_bit": ("It is better, but there is more to do.", "A little easier, thank you.",
              "Some days it works, some days it does not.", "It helps when staff remember."),
    "no": ("I have not noticed any difference.", "It is still hard for me.",
           "It did not change much for me."),
    "not_sure": ("I have not used it much yet.", "It is too early to say."),
}
# What a Welsh speaker said, in Welsh.
WORDS_CY = {
    "yes": ("Mae'n llawer haws nawr.", "Ydy, mae wedi gwneud fy wythnos yn well.",
            "Rydw i'n teimlo bod rhywun yn gwrando.", "Mae'n gweithio'n dda i mi.",
            "Llawer gwell nag o'r blaen.", "Mae'n gwneud pethau'n symlach i mi."),
    "a_bit": ("Mae'n well, ond mae mwy i'w wneud.", "Ychydig yn haws, diolch.",
              "Mae'n gweithio rhai dyddiau, ond nid bob dydd.",
              "Mae'n help pan fydd y staff yn cofio."),
    "no": ("Dw i ddim wedi sylwi ar unrhyw wahaniaeth.", "Mae'n dal yn anodd i mi.",
           "Wnaeth e ddim newid llawer i mi."),
    "not_sure": ("Dw i ddim wedi'i ddefnyddio llawer eto.", "Mae'n rhy gynnar i ddweud."),
}
WORDS_CY = {k: tuple(w.replace("'", "\u2019") for w in v) for k, v in WORDS_CY.items()}


def add_follow_ups(session: Session, rng: random.Random, *, today: date) -> int:
    """Ask and answer most of today's follow-ups; returns how many answers were recorded."""
    weeks = follow_up_weeks(session)
    answered = 0
    for item in follow_ups_due(session, today=today, weeks=weeks):
        asked_on = item.done_on + timedelta(weeks=weeks, days=rng.randint(0, 20))
        if asked_on > today or rng.random() < 0.15:
            continue  # still to ask
        mark_asked(session, item.person_id, [item.change_id], asked_on=asked_on)
        if rng.random() < 0.2:
            continue  # asked, no answer yet
        answer = rng.choices([a for a, _ in _ANSWERS], [w for _, w in _ANSWERS])[0]
        person = session.get(Person, item.person_id)
        said = WORDS_CY if person is not None and person.language == "cy" else WORDS
        words = rng.choice(said[answer]) if rng.random() < 0.6 else ""
        record_answer(session, person_id=item.person_id, change_id=item.change_id,
                      answer=answer, words=words, method=rng.choice(_METHODS),
                      answered_on=min(today, asked_on + timedelta(days=rng.randint(3, 28))),
                      recorded_by="Sample data", today=today)
        answered += 1
    return answered
