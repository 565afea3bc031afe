"""What HR does to the selected pair on the Relationships screen: the dialogs and the deletions.

A mixin of `RelationshipsView` (which provides `selected()`, `_detail`, the
tabs and `window_`). Dialogs are opened with `open()`, not `exec()`, and kept
in `self.dialog`: the window keeps repainting and tests can drive a dialog with
the keyboard. After a save the whole window reloads, because the attention and
report screens show the same pairs. Texts keep the translation context
"RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.relationship_models import Goal, Meeting
from mentordesk.services import relationships as rel_service

from ...dialogs.checkin_dialog import CheckinDialog
from ...dialogs.goal_dialog import GoalDialog
from ...dialogs.meeting_dialog import MeetingDialog
from ...dialogs.relationship_dialogs import CloseDialog, ExtendDialog, NextStageDialog, PairDialog
from ...models.relationships_model import fmt_date, outcome_labels
from ...tasks import show_error


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class RelationshipActions:
    """Log meeting…, Check-in…, goals, stages, Extend…, Close…, Replace mentor…, summary, drafts, forms."""

    dialog: QDialog | QMessageBox | None

    def _open(self, make: Callable[[], QDialog]) -> QDialog | None:
        """Open a dialog window-modally; after a save, reload everything and keep the selection."""
        if self.db is None or self.is_readonly():
            return None
        try:
            dialog = make()
        except MentorDeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, _id: str = "") -> None:
        self.window_.reload_all()

    def prepare_introduction(self) -> list:
        """Write the selected pair's introduction draft and open it in the mail program (ui/widgets/drafts)."""
        rel = self.selected()
        if self.db is None or rel is None:
            return []
        from ...widgets.drafts import prepare_introductions

        return prepare_introductions(self, self.db, [(rel.id, ())])

    def save_checkin_forms(self, folder=None):
        """Check-in forms for the selected pair, or for the program shown (ui/checkin_forms_actions)."""
        from ...checkin_forms_actions import save_checkin_forms

        rel = self.selected()
        if rel is not None:
            return save_checkin_forms(self, self.db, relationship_id=rel.id, folder=folder)
        return save_checkin_forms(self, self.db, program=self.filter_bar.program_name(), folder=folder)

    def open_meeting_dialog(self, meeting=None) -> MeetingDialog | None:
        if self._detail is None or self.selected() is None:
            return None
        if meeting is None and not self._accepts_new_records():
            return None  # no form to fill in that could only be refused
        detail = self._detail
        return self._open(lambda: MeetingDialog(self.db, detail, self, meeting=meeting))

    def _meeting_double_clicked(self, index: QModelIndex) -> None:
        row = self.meetings_model.record(index.row())
        if row is not None and row.meeting is not None and not self.is_readonly():
            self.open_meeting_dialog(row.meeting)

    def selected_meeting(self) -> Meeting | None:
        """The logged meeting selected in the Meetings tab; None for a planned-but-not-logged row."""
        return self.detail_pane.meetings.selected()

    def confirm_delete_meeting(self) -> QMessageBox | None:
        """Ask first: a deleted meeting leaves attendance, hours and health, and notes may be confidential."""
        meeting = self.selected_meeting()
        if meeting is None or self.db is None or self.is_readonly():
            return None
        outcome = outcome_labels().get(meeting.outcome, meeting.outcome)
        box = QMessageBox(QMessageBox.Question, translate("RelationshipsView", "Delete meeting"),
                          translate("RelationshipsView", "Delete the meeting of {0} ({1})? It no longer counts "
                                    "towards attendance, hours or health, and its notes are removed.").format(
                              fmt_date(meeting.date, QLocale.LongFormat), outcome),
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmDeleteMeeting")
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(translate("RelationshipsView", "Delete"))
        box.setAttribute(Qt.WA_DeleteOnClose)
        meeting_id = meeting.id  # the list may reload while the question is open
        box.accepted.connect(lambda: self._delete_meeting(meeting_id))
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = box
        box.open()
        return box

    def _delete_meeting(self, meeting_id: str) -> None:
        try:
            rel_service.delete_meeting(self.db, meeting_id)
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.window_.reload_all()
        self.window_.statusBar().showMessage(translate("RelationshipsView", "Meeting deleted."), 5000)

    def open_checkin_dialog(self) -> CheckinDialog | None:
        rel = self.selected()
        if rel is None or not self._accepts_new_records():
            return None
        return self._open(lambda: CheckinDialog(self.db, rel, self))

    def open_goal_dialog(self, edit: bool) -> GoalDialog | None:
        rel = self.selected()
        if rel is None or not self._accepts_new_records():
            return None
        goal: Goal | None = None
        if edit:
            goal = self.selected_goal()
            if goal is None:
                return None
        return self._open(lambda: GoalDialog(self.db, rel, self, goal=goal))

    def open_pair_dialog(self) -> PairDialog | None:
        dialog = self._open(lambda: PairDialog(self.db, self))
        if dialog is not None:
            dialog.saved.connect(self._show_new)
        return dialog

    def open_stage_dialog(self) -> NextStageDialog | None:
        rel = self.selected()
        return self._open(lambda: NextStageDialog(self.db, rel, self)) if rel else None

    def open_extend_dialog(self) -> ExtendDialog | None:
        rel = self.selected()
        return self._open(lambda: ExtendDialog(self.db, rel, self)) if rel else None

    def open_close_dialog(self) -> CloseDialog | None:
        """After closing, the pair stays selected even if the list only shows active ones."""
        rel = self.selected()
        dialog = self._open(lambda: CloseDialog(self.db, rel, self)) if rel else None
        if dialog is not None:
            dialog.saved.connect(self.open_relationship)
        return dialog

    def open_replace_dialog(self):
        """Replace mentor…; afterwards the new relationship is shown, with its story."""
        from ...dialogs.replace_mentor_dialog import ReplaceMentorDialog

        rel = self.selected()
        dialog = self._open(lambda: ReplaceMentorDialog(self.db, rel, self)) if rel else None
        if dialog is not None:
            dialog.saved.connect(self._show_new)
        return dialog

    def _show_new(self, rel_id: str) -> None:
        """A new pair (paired, or the mentor replaced) is shown at once."""
        if rel_id:
            self.open_relationship(rel_id)

    def save_summary(self) -> None:
        if self._detail is None or self.db is None or self.is_readonly():
            return
        try:
            rel_service.set_hr_summary(self.db, self._detail.summary.id, self.hr_summary.toPlainText())
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.hr_summary.document().setModified(False)  # saved: the reload may show the stored text again
        self.window_.reload_all()
        self.window_.statusBar().showMessage(translate("RelationshipsView", "Summary saved."), 5000)
