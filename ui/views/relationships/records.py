"""Deleting goals and check-ins from the Relationships screen, asking first like Delete meeting.

A mixin for `RelationshipsView` (the buttons are in `goals_tab.py` and `checkins_tab.py`):
it asks before each deletion because a deleted goal or check-in leaves health, the
attention list and the reports.
Deletion is a tombstone in the service (`delete_goal`, `delete_checkin`), so it also
reaches other copies of the file when they are merged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.relationship_models import Checkin, Goal
from mentordesk.services import relationships as rel_service

from ...models.relationships_model import fmt_date
from ...tasks import show_error


class RecordDeletions:
    """Delete goal… / Delete check-in… for the selected pair; expects the RelationshipsView attributes."""

    def _update_delete_buttons(self, writable: bool, rel_selected: bool) -> None:
        """Deleting stays possible on a closed relationship: it corrects the record, it adds nothing."""
        self.delete_goal_button.setEnabled(writable and rel_selected and self.selected_goal() is not None)
        self.delete_checkin_button.setEnabled(writable and rel_selected and self.selected_checkin() is not None)

    def _accepts_new_records(self) -> bool:
        """A closed relationship's record is final: say so instead of opening a form the service refuses."""
        rel = self.selected()
        if rel is None or rel.status == "active":
            return True
        self.window_.statusBar().showMessage(
            self.tr("This relationship is closed: nothing can be added to it, only mistakes deleted."), 8000)
        return False

    def selected_goal(self) -> Goal | None:
        return self.detail_pane.goals.selected()

    def selected_checkin(self) -> Checkin | None:
        return self.detail_pane.checkins.selected()

    def confirm_delete_goal(self) -> QMessageBox | None:
        goal = self.selected_goal()
        if goal is None or self.db is None or self.is_readonly():
            return None
        text = self.tr("Delete the goal “{0}”? Its progress history goes with it, and it no longer shows in "
                       "the attention list or reports.").format(goal.title)
        return self._ask_delete(self.tr("Delete goal"), text, "confirmDeleteGoal",
                                lambda: rel_service.delete_goal(self.db, goal.id), self.tr("Goal deleted."))

    def confirm_delete_checkin(self) -> QMessageBox | None:
        checkin = self.selected_checkin()
        if checkin is None or self.db is None or self.is_readonly():
            return None
        role = self.tr("mentor") if checkin.role == "mentor" else self.tr("mentee")
        text = self.tr("Delete the {0}'s check-in of {1}? It no longer counts towards health or reports, "
                       "and its comments are removed.").format(role, fmt_date(checkin.date, QLocale.LongFormat))
        return self._ask_delete(self.tr("Delete check-in"), text, "confirmDeleteCheckin",
                                lambda: rel_service.delete_checkin(self.db, checkin.id),
                                self.tr("Check-in deleted."))

    def _ask_delete(self, title: str, text: str, name: str, delete: Callable[[], object],
                    done: str) -> QMessageBox:
        """Cancel is the default: Enter on a stray key press must not delete anything."""
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName(name)
        box.setDefaultButton(QMessageBox.Cancel)
        box.button(QMessageBox.Yes).setText(self.tr("Delete"))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete_record(delete, done))
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = box
        box.open()
        return box

    def _delete_record(self, delete: Callable[[], object], done: str) -> None:
        try:
            delete()
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self.window_.reload_all()
        self.window_.statusBar().showMessage(done, 5000)
