"""The HR summary being typed survives a click on another relationship: HR is asked first.

The Relationships screen shows one relationship's summary in an editor that is
saved with "Save summary". Selecting another relationship used to replace the
typed text with the other pair's summary. Now, when the editor holds unsaved
text for pair A and the selection moves to pair B (a click, the arrow keys, the
Attention page opening B), the selection goes back to A and HR is asked
(`widgets/unsaved.py`): Save stores A's summary and then shows B, Discard
shows B, Cancel stays on A with the text as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.services import relationships as rel_service

from ...tasks import show_error
from ...widgets.unsaved import BOX_NAME, DISCARD, SAVE, ask_save_discard

if TYPE_CHECKING:
    from .view import RelationshipsView


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class SummaryGuard:
    def __init__(self, view: RelationshipsView) -> None:
        self.view = view
        self.box: QMessageBox | None = None
        self._moving = False  # the guard itself is moving the selection

    def dirty(self) -> bool:
        view = self.view
        # Typed and typed back to what is stored is no change: compare the text, not Qt's modified flag.
        return (view._summary_dirty() and not view.is_readonly()
                and view.hr_summary.toPlainText() != view._summary_base)

    def allow_switch(self, new_id: str | None) -> bool:
        """Called when the selection changed; False means "stay": the guard put it back and asks."""
        view = self.view
        old_id = view._summary_for
        if self._moving or new_id is None or new_id == old_id or not self.dirty():
            return True
        self._select(old_id)
        if self.box is None:
            name = self._pair_name()
            self.box = ask_save_discard(
                view, lambda answer: self._answered(answer, old_id, new_id),
                what=translate("SummaryGuard", "The summary you typed for {0} is not saved yet.").format(name) if name
                else translate("SummaryGuard", "The summary you typed is not saved yet."))
        return False

    def _pair_name(self) -> str:
        detail = self.view._detail
        if detail is None:
            return ""
        return translate("SummaryGuard", "{0} and {1}").format(detail.summary.mentor_name, detail.summary.mentee_name)

    def _select(self, rel_id: str | None) -> None:
        if rel_id is None:
            return
        self._moving = True
        try:
            if not self.view.select_relationship(rel_id):
                self.view.open_relationship(rel_id)
        finally:
            self._moving = False

    def _answered(self, answer: str, old_id: str, new_id: str) -> None:
        self.box = None
        view = self.view
        if answer == SAVE:
            if not self.save(old_id):
                return
        elif answer != DISCARD:
            return  # Cancel: stay on the pair being written about
        view.hr_summary.document().setModified(False)
        view.open_relationship(new_id)

    def save(self, rel_id: str) -> bool:
        """Store the typed summary for `rel_id`; False (with the reason shown) if it could not be saved."""
        view = self.view
        if view.db is None:
            return False
        try:
            rel_service.set_hr_summary(view.db, rel_id, view.hr_summary.toPlainText())
        except MentorDeskError as exc:
            show_error(view, exc)
            return False
        view.hr_summary.document().setModified(False)
        view.window_.reload_all()
        view.window_.statusBar().showMessage(translate("SummaryGuard", "Summary saved."), 5000)
        return True


def summary_guard(view: RelationshipsView) -> SummaryGuard:
    """The view's guard, made on first use (so the view needs no other change to have one)."""
    guard = getattr(view, "_summary_guard", None)
    if guard is None:
        guard = view._summary_guard = SummaryGuard(view)
    return guard


def keep_typed_summary(window) -> bool:
    """Before the window shows another file: HR saves or drops an unsaved summary first; False to stay.

    Blocking (the caller, `MainWindow.open_file`, answers at once whether it opened the file).
    """
    view = dict.get(window.views, "RelationshipsView") if isinstance(window.views, dict) else None
    if view is None or window.db is None:
        return True
    guard = summary_guard(view)
    if not guard.dirty() or guard.box is not None:
        return guard.box is None
    name = guard._pair_name()
    box = QMessageBox(QMessageBox.Question, translate("unsaved", "Unsaved changes"),
                      translate("SummaryGuard", "The summary you typed for {0} is not saved yet.").format(name)
                      if name else translate("SummaryGuard", "The summary you typed is not saved yet."),
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, window)
    box.setObjectName(BOX_NAME)
    box.setDefaultButton(QMessageBox.Save)
    box.setEscapeButton(QMessageBox.Cancel)
    answer = box.exec()
    box.deleteLater()
    if answer == QMessageBox.Save:
        return guard.save(view._summary_for)
    if answer == QMessageBox.Discard:
        view.hr_summary.document().setModified(False)
        return True
    return False
