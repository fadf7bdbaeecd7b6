"""Letters and Reports: their own pieces of work fill these pages in. Until then each page says,
in plain words, what it will do. No buttons that do nothing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..widgets.text import heading, paragraph
from .base import Page


class _PlannedPage(Page):
    intro = ""
    points: tuple[str, ...] = ()
    meanwhile = ""
    watches = ()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header(self.tr(self.intro))
        self.layout_.addWidget(heading(self.tr("What you will be able to do here"), 2))
        for point in self.points:
            self.layout_.addWidget(paragraph("\u2022 " + self.tr(point)))
        self.layout_.addWidget(heading(self.tr("For now"), 2))
        self.layout_.addWidget(paragraph(self.tr(self.meanwhile)))
        self.layout_.addStretch(1)


class LettersPage(_PlannedPage):
    key = "letters"
    title = QT_TRANSLATE_NOOP("LettersPage", "Letters")
    intro = QT_TRANSLATE_NOOP(
        "LettersPage", "This is where you will write back to the people who are waiting to "
        "hear from you. This part of the app is still being made.")
    points = (
        QT_TRANSLATE_NOOP("LettersPage", "See everyone who is owed a letter or a call, and "
                                         "how long they have waited."),
        QT_TRANSLATE_NOOP("LettersPage", "Print one letter per person about all their "
                                         "suggestions, in the format they need: standard, "
                                         "large print or easy read, and in their language."),
        QT_TRANSLATE_NOOP("LettersPage", "Mark letters as sent. The app keeps an exact copy "
                                         "of what each person was sent."),
        QT_TRANSLATE_NOOP("LettersPage", "Change the wording of the letters."),
    )
    meanwhile = QT_TRANSLATE_NOOP(
        "LettersPage", "To see who is waiting to hear back, go to the People page and tick "
                       "\u201cOnly people waiting to hear back\u201d. The Home page shows how "
                       "many there are.")


class ReportsPage(_PlannedPage):
    key = "reports"
    title = QT_TRANSLATE_NOOP("ReportsPage", "Reports")
    intro = QT_TRANSLATE_NOOP(
        "ReportsPage", "This is where you will make the change report for your trustees. "
        "This part of the app is still being made.")
    points = (
        QT_TRANSLATE_NOOP("ReportsPage", "Choose any period; a year is the usual."),
        QT_TRANSLATE_NOOP("ReportsPage", "\u201cYou said, we did\u201d: the changes made, "
                                         "with the suggestions behind them."),
        QT_TRANSLATE_NOOP("ReportsPage", "What you could not do, and why."),
        QT_TRANSLATE_NOOP("ReportsPage", "How people were involved, who took part, and "
                                         "whether they heard back in time."),
        QT_TRANSLATE_NOOP("ReportsPage", "Save the report as a PDF, and the figures as a "
                                         "spreadsheet."),
    )
    meanwhile = QT_TRANSLATE_NOOP(
        "ReportsPage", "The Home page shows what needs attention today. The Suggestions and "
                       "Changes pages can be filtered by date to count what happened in a "
                       "period.")
