"""The base of MentorDesk's editing dialogs: asks before throwing typed work away, and fits the screen.

A dialog becomes one by deriving from `GuardedDialog` instead of `QDialog`;
nothing else changes in it:

- Escape, Cancel and the window's close button go through `reject()`. When the
  fields differ from what the dialog showed when it opened, HR is asked
  "Save / Discard / Cancel" (`widgets/unsaved.py`): Save runs the dialog's own
  `accept()` (which validates and may keep it open with the problems listed),
  Discard closes, Cancel goes back to the form. An unchanged dialog just closes.
- Before it is first shown it gets its remembered size on this screen and never
  exceeds the screen, with a scroll area when its fields are taller than the
  screen (`widgets/screen_fit.py`); its size is remembered when it closes.

The clean state is taken when the dialog is first shown, after its constructor
loaded the stored values; a dialog that loads later calls `mark_clean()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from .screen_fit import fit_dialog, keep_on_screen, refit, remember_size
from .unsaved import DISCARD, SAVE, UnsavedChanges, ask_save_discard


class GuardedDialog(QDialog):
    #: Dialogs whose changes are a choice rather than typed work may turn the question off.
    ask_before_discarding = True

    def __init__(self, parent: QWidget | None = None, *args, **kwargs) -> None:
        super().__init__(parent, *args, **kwargs)
        self.unsaved = UnsavedChanges(self)
        self.unsaved_box = None
        self._fitted = False

    def dialog_name(self) -> str:
        """The key its size is remembered under."""
        return type(self).__name__

    # -- showing ------------------------------------------------------------------------
    def setVisible(self, visible: bool) -> None:
        first = visible and not self._fitted
        if first:
            self._fitted = True
            fit_dialog(self, self.dialog_name())
        super().setVisible(visible)
        if first:
            keep_on_screen(self)
            QTimer.singleShot(0, self._after_first_show)
            self.mark_clean()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._fitted and self.isVisible():
            refit(self)  # contents grew while shown: stay on the screen
        return handled

    def _after_first_show(self) -> None:
        if self.isVisible():
            keep_on_screen(self)  # now that the window frame is known

    def mark_clean(self) -> None:
        self.unsaved.mark_clean()

    def has_unsaved_changes(self) -> bool:
        return self.ask_before_discarding and self.unsaved.is_dirty()

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Escape, the close button: ask first if something typed would be lost."""
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return
        if not self.isVisible() or not self.has_unsaved_changes():
            super().reject()
            return
        # A fixed context: self.tr() would look the text up under each subclass's name.
        what = QCoreApplication.translate("GuardedDialog", "Your changes in this window are not saved yet.")
        self.unsaved_box = ask_save_discard(self, self._answered, what=what)

    def _answered(self, answer: str) -> None:
        self.unsaved_box = None
        if answer == SAVE:
            self.accept()  # the dialog's own save: validates, and stays open listing what is wrong
        elif answer == DISCARD:
            super().reject()

    def done(self, result: int) -> None:
        if self.isVisible():
            remember_size(self, self.dialog_name())
        super().done(result)
