"""The sample's stories: what someone said and everything that followed it, in one place.

Each story holds the words people used (English and Welsh), the one outcome that fits it, the
reason for that outcome, what we can do instead and the change that answered it, each in
English and Welsh. A sample decision, change or letter only ever takes its words from its own
suggestion's story, so no reason or change lands on the wrong suggestion.

The stories are written as blocks (``demo_stories_a`` and ``demo_stories_b``):

    idea not_now money          <- kind, outcome, and the reason's category (not for agreed)
    said: English wording ~ another way of saying it
    = Welsh wording ~ the other way, in Welsh
    why: the reason (for a question: the answer)
    = ...in Welsh
    instead: what we can do instead
    = ...
    did: the change, once done (for not_now: the change made if we say yes later)
    = ...
    plan: the same change, while it is still to do ("We will...")
    = ...
    to: who it was passed on to
    = ...

Every English line is followed by its Welsh. {day}, {place}, {food} and {staff} are filled in
the same way every time the same idea comes back.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models.enums import OUTCOMES, REASON_CATEGORIES, SUGGESTION_KINDS
from . import demo_stories_a, demo_stories_b


@dataclass(frozen=True)
class Words:
    """One text in English and in Welsh."""

    en: str = ""
    cy: str = ""

    def format(self, fill: dict[str, str], fill_cy: dict[str, str]) -> Words:
        return Words(self.en.format(**fill), self.cy.format(**fill_cy))


@dataclass(frozen=True)
class Story:
    service: str
    kind: str
    outcome: str
    category: str | None
    said: tuple[Words, ...]
    why: Words = Words()
    instead: Words = Words()
    did: Words = Words()
    plan: Words = Words()
    to: Words = Words()

    @property
    def result(self) -> str:
        """The change (or a question's answer): empty when nothing is ever done."""
        return self.did.en or (self.why.en if self.kind == "question" else "")


_FIELDS = ("said", "why", "instead", "did", "plan", "to")


def _welsh(text: str) -> str:
    return text.replace("'", "\u2019")


def parse(service: str, block: str) -> list[Story]:
    """The stories written in ``block`` (see the module's note). Raises ValueError on a slip."""
    stories = []
    for chunk in block.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        head = lines[0].split()
        kind, outcome, category = (head + [None])[:3]
        if kind not in SUGGESTION_KINDS or outcome not in OUTCOMES or (
                category is not None and category not in REASON_CATEGORIES):
            raise ValueError(f"Bad story heading: {lines[0]}")
        texts: dict[str, object] = {}
        body = lines[1:]
        if len(body) % 2:
            raise ValueError(f"A line without its Welsh in: {lines[0]}")
        for english, welsh in zip(body[::2], body[1::2]):
            name, _, words = english.partition(": ")
            if name not in _FIELDS or not welsh.startswith("= "):
                raise ValueError(f"Bad story line: {english}")
            if name == "said":
                en, cy = words.split(" ~ "), welsh[2:].split(" ~ ")
                if len(en) != len(cy):
                    raise ValueError(f"Each wording needs its Welsh: {english}")
                texts[name] = tuple(Words(e, _welsh(c)) for e, c in zip(en, cy))
            else:
                texts[name] = Words(words, _welsh(welsh[2:]))
        stories.append(Story(service, kind, outcome, category, **texts))  # type: ignore[arg-type]
    return stories


STORIES: tuple[Story, ...] = tuple(
    story for module in (demo_stories_a, demo_stories_b)
    for service, block in module.STORIES.items() for story in parse(service, block))

# Words for any story of a kind, when its own story gives none.
AGREED_REASONS = {
    "idea": (Words(), Words("This is a good idea and we can do it.",
                            "Mae hwn yn syniad da a gallwn ni ei wneud."),
             Words("Other people asked for this too, so we said yes.",
                   "Gofynnodd pobl eraill am hyn hefyd, felly dywedon ni ie.")),
    "concern": (Words(), Words("You were right to tell us. We will put this right.",
                               "Roeddech chi\u2019n iawn i ddweud wrthym ni. Byddwn ni\u2019n "
                               "cywiro hyn.")),
    "complaint": (Words("We are sorry this happened. You were right to complain.",
                        "Mae\u2019n ddrwg gennym ni fod hyn wedi digwydd. Roeddech chi\u2019n "
                        "iawn i gwyno."),
                  Words("We are sorry. We looked into it and we will put it right.",
                        "Mae\u2019n ddrwg gennym ni. Rydyn ni wedi edrych i mewn i\u2019r peth a "
                        "byddwn ni\u2019n ei gywiro.")),
}
COMPLIMENT_REPLIES = (
    Words("Thank you. We shared your kind words with the whole team.",
          "Diolch. Rydyn ni wedi rhannu eich geiriau caredig gyda\u2019r tîm i gyd."),
    Words("Thank you for telling us. We passed your message on to the staff involved.",
          "Diolch am ddweud wrthym ni. Rydyn ni wedi rhoi eich neges i\u2019r staff."),
)
# Why a "not now" became a yes later, by the first answer's reason.
LATER_AGREED = {
    "money": Words("We got a new grant, so we can now do this.",
                   "Rydyn ni wedi cael grant newydd, felly gallwn ni wneud hyn nawr."),
    "staff": Words("We now have more staff, so we can do this after all.",
                   "Mae gennym ni fwy o staff nawr, felly gallwn ni wneud hyn wedi\u2019r cyfan."),
    "other": Words("The work we were waiting for is done, so we can do this now.",
                   "Mae\u2019r gwaith roedden ni\u2019n aros amdano wedi\u2019i orffen, felly "
                   "gallwn ni wneud hyn nawr."),
}
OUTCOMES_CY = {"agreed": "Cytunwyd", "agreed_in_part": "Cytunwyd yn rhannol",
               "not_now": "Dim nawr", "not_possible": "Ddim yn bosibl",
               "passed_on": "Trosglwyddwyd"}
