"""Under a letter's warnings on the Letters page: a button for each of our texts to put right
there and then, before anything prints.

- A text that speaks of time and may be out of date (services/feedback/stale_texts.py): a
  decision's words are changed by recording the decision again (its history is kept), with the
  form filled in from the latest one and dated today; a change's words in the change's form.
- A text a Welsh part printed in English (services/feedback/welsh_texts.py): the form where its
  Welsh goes (the decision in Welsh, the change, the activity, or Settings).
- A text an easy read letter prints that breaks the easy read rules
  (services/feedback/easy_read_texts.py): the form where its easy read version goes (the
  decision in easy read, the change, the activity, or Settings).

Either way the page makes the letter again when it is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ...services.errors import NotFoundError, PartappError
from ...services.feedback.welsh_texts import ORGANISATION
from ...services.records.suggestions import DecisionView, get_suggestion
from .. import messages
from ..errors import report_error
from ..widgets.forms import set_name

if TYPE_CHECKING:
    from ...services.feedback.letter_content import LetterContent
    from ...services.feedback.stale_texts import DatedText
    from ..context import AppContext

MOST_BUTTONS = 4  # more than this: the warnings above still name every one


class StaleTextButtons(QWidget):
    """One button for each record whose words may be out of date in the letter shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.row = QVBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_for(self, letter: LetterContent | None) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.hide()  # gone from the page now, not when Qt next tidies up
            button.deleteLater()
        self.buttons = []
        seen: dict[tuple[int, int | None], DatedText] = {}
        for stale in letter.stale if letter is not None else ():
            seen.setdefault((stale.dated.suggestion_id, stale.dated.change_id), stale.dated)
        for dated in seen.values():
            if dated.change_id is not None:
                text = self.tr("Change the words of change {number}\u2026").format(
                    number=dated.change_id)
                about = self.tr("Opens the change, to put its words right")
            else:
                text = self.tr("Record the decision on suggestion {number} again\u2026").format(
                    number=dated.suggestion_id)
                about = self.tr("Opens the decision filled in as it is now, dated today, to "
                                "put its words right")
            self._button(text, about, partial(self.change, dated))
        records = dict.fromkeys(m.record for m in (letter.welsh_missing if letter else ()))
        for record in records:
            self._welsh_button(record)
        for record in dict.fromkeys(h.record for h in (letter.hard_to_read if letter else ())):
            self._easy_read_button(record)
        self.setVisible(bool(self.buttons))

    def _button(self, text: str, about: str, action: Callable[[], None]) -> None:
        if len(self.buttons) >= MOST_BUTTONS:
            return
        button = QPushButton(text)
        set_name(button, text.rstrip("\u2026"), about)
        button.clicked.connect(lambda _checked=False: action())
        self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)

    def _welsh_button(self, record: str) -> None:
        """A text the Welsh part printed in English (welsh_texts.py): where its Welsh goes."""
        about = self.tr("Opens the form where its Welsh goes")
        kind, _space, number = record.rpartition(" ")
        if record == ORGANISATION:
            self._button(self.tr("Add your Welsh details in Settings\u2026"),
                         self.tr("Opens Settings, where your address, job title and "
                                 "complaints contact have a Welsh field"), self._settings)
        elif not number.isdigit():
            return
        elif kind == "Decision on suggestion":
            self._button(self.tr("Add the Welsh for the decision on suggestion {number}"
                                 "\u2026").format(number=number), about,
                         lambda: self._open(lambda: self._welsh_form(int(number))))
        elif kind == "Change":
            self._button(self.tr("Add the Welsh for change {number}\u2026").format(
                number=number), about,
                lambda: self._open(lambda: self._change_form(int(number))))
        elif kind == "Activity":
            self._button(self.tr("Add the Welsh for activity {number}\u2026").format(
                number=number), about,
                lambda: self._open(lambda: self._activity_form(int(number))))

    def _easy_read_button(self, record: str) -> None:
        """A text too hard for an easy read letter (easy_read_texts.py): where its easy read
        version goes. The complaints contact is the organisation's own ("")."""
        about = self.tr("Opens the form where its easy read version goes")
        kind, _space, number = record.rpartition(" ")
        if not record:
            self._button(self.tr("Write the easy read complaints contact in Settings\u2026"),
                         self.tr("Opens Settings, where the complaints contact has an easy "
                                 "read field"), self._settings)
        elif not number.isdigit():
            return
        elif kind == "Decision on suggestion":
            self._button(self.tr("Write the easy read version of the decision on suggestion "
                                 "{number}\u2026").format(number=number), about,
                         lambda: self._open(lambda: self._easy_read_form(int(number))))
        elif kind == "Change":
            self._button(self.tr("Write the easy read version of change {number}\u2026").format(
                number=number), about,
                lambda: self._open(lambda: self._change_form(int(number))))
        elif kind == "Activity":
            self._button(self.tr("Write the easy read title of activity {number}\u2026").format(
                number=number), about,
                lambda: self._open(lambda: self._activity_form(int(number))))

    def _easy_read_form(self, suggestion_id: int) -> QDialog:
        from ..dialogs.decision_easy_read import DecisionEasyReadDialog

        return DecisionEasyReadDialog(self.context, self._latest(suggestion_id), self.window())

    def _settings(self) -> None:
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            show_page("settings")

    def _open(self, make: Callable[[], QDialog]) -> None:
        try:
            dialog = make()
        except PartappError as error:  # gone meanwhile: said plainly
            report_error(error, self.window())
            return
        self.dialog = dialog
        dialog.open()

    def _welsh_form(self, suggestion_id: int) -> QDialog:
        from ..dialogs.decision_welsh import DecisionWelshDialog

        return DecisionWelshDialog(self.context, self._latest(suggestion_id), self.window())

    def _latest(self, suggestion_id: int) -> DecisionView:
        with self.context.db.session_scope() as session:
            latest = get_suggestion(session, suggestion_id).latest_decision
        if latest is None:
            raise NotFoundError("That decision is no longer in the database.")
        return latest

    def _activity_form(self, activity_id: int) -> QDialog:
        from ..dialogs.activity_dialog import ActivityDialog

        return ActivityDialog(self.context, activity_id, self.window())

    def confirm_print(self, letters: Sequence[LetterContent], action: str) -> bool:
        """Before printing or saving several letters: those with words out of date are named,
        and nothing goes until a yes."""
        dated = [letter for letter in letters if letter.stale]
        if not dated or action == "preview":
            return True
        shown = "\n".join(
            "\u2022 " + self.tr("{name}: \u201c{words}\u201d ({record})").format(
                name=letter.person_name, words=letter.stale[0].time_words,
                record=letter.stale[0].dated.record)
            for letter in dated[:5])
        if len(dated) > 5:
            shown += "\n" + self.tr("\u2026and more: see each letter's warnings.")
        text = (self.tr("These letters have words about time that may be out of date now:")
                + "\n" + shown + "\n\n"
                + self.tr("You can choose each person to see their letter, and change the "
                          "words there."))
        yes = self.tr("Save them anyway") if action == "save" else self.tr("Print them anyway")
        return messages.confirm(self.window(), self.tr("Some words may be out of date"), text,
                                yes=yes, no=self.tr("Go back"))

    def change(self, dated: DatedText) -> None:
        change_id = dated.change_id
        self._open(lambda: self._change_form(change_id) if change_id is not None
                   else self._decision_form(dated.suggestion_id))

    def _change_form(self, change_id: int) -> QDialog:
        from ..dialogs.change_dialog import ChangeDialog

        return ChangeDialog(self.context, change_id, self.window())

    def _decision_form(self, suggestion_id: int) -> QDialog:
        from ..dialogs.decision_dialog import DecisionDialog

        with self.context.db.session_scope() as session:
            suggestion = get_suggestion(session, suggestion_id)
        dialog = DecisionDialog(self.context, suggestion, self.window())
        latest = suggestion.latest_decision
        if latest is not None:  # as it is now: only the words need changing
            dialog.choose(latest.outcome)
            dialog.reason.setPlainText(latest.reason)
            dialog.instead.setPlainText(latest.instead)
            dialog.passed_to.setText(latest.passed_to)
            dialog.reason_cy.setPlainText(latest.reason_cy)
            dialog.instead_cy.setPlainText(latest.instead_cy)
            dialog.passed_to_cy.setText(latest.passed_to_cy)
            dialog.reason_easy.setPlainText(latest.reason_easy)
            dialog.instead_easy.setPlainText(latest.instead_easy)
            dialog.passed_to_easy.setText(latest.passed_to_easy)
            dialog.decided_by.setText(latest.decided_by)
            dialog.users_took_part.setChecked(latest.users_took_part)
        return dialog
