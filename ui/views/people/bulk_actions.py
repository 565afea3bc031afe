"""Acting on the selected people at once: archive or restore, change role, enrol in a program.

The work is `services.people_bulk` (one transaction, a backup first, Edit > Undo
afterwards) run through `ui/tasks.py`: off the window's thread, with a progress
bar and Cancel once it takes more than a moment, so enrolling four hundred people
never freezes the window. The choices (which role, which program) are asked in a
small dialog opened with `open()`, never `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from mentordesk.errors import MentorDeskError
from mentordesk.models import ROLES, Person
from mentordesk.services import people_bulk
from mentordesk.services import programs as programs_service

from ...dialogs.enrol_dialog import enrol_in_background, enrol_status_items
from ...models.people_model import role_label
from ...tasks import Task, TaskContext, run_in_background, show_error
from ...widgets.guarded_dialog import GuardedDialog


class BulkChoiceDialog(GuardedDialog):
    """"Change role" and "Enrol in program": a sentence, one to three choices, OK and Cancel."""

    #: Choosing in combo boxes is not typed work: Escape just closes.
    ask_before_discarding = False

    def __init__(self, title: str, text: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("bulkChoiceDialog")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    def add_choice(self, key: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(key)
        for value, text in items:
            combo.addItem(text, value)
        self.combos[key] = combo
        self.form.addRow(label, combo)
        return combo

    def choice(self, key: str) -> Any:
        return self.combos[key].currentData()


class BulkActions(QObject):
    """The People screen's bulk commands; `view` is the `PeopleView` whose selection they act on."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: BulkChoiceDialog | None = None
        self.task: Task | None = None
        self.paired_box: QMessageBox | None = None

    # -- archive / restore ------------------------------------------------------------------
    def set_archived(self, people: list[Person], archived: bool) -> Task | None:
        ids = [p.id for p in people]
        label = self.tr("Archiving people…") if archived else self.tr("Restoring people…")
        return self._run(lambda ctx: people_bulk.set_archived(
            ctx.db, ids, archived, progress=ctx.progress, cancelled=ctx.cancelled), label)

    # -- role -------------------------------------------------------------------------------
    def ask_role(self, people: list[Person]) -> BulkChoiceDialog | None:
        if not self._can_write(people):
            return None
        dialog = BulkChoiceDialog(self.tr("Change role"),
                                  self.tr("Give the %n selected people this role:", "", len(people)),
                                  self.tr("Change role"), self.view)
        dialog.add_choice("role", self.tr("Role:"), [(r, role_label(r)) for r in ROLES])
        ids = [p.id for p in people]
        dialog.accepted.connect(lambda: self.change_role(ids, dialog.choice("role")))
        return self._open(dialog)

    def change_role(self, ids: list[str], role: str) -> Task | None:
        return self._run(lambda ctx: people_bulk.change_role(
            ctx.db, ids, role, progress=ctx.progress, cancelled=ctx.cancelled), self.tr("Changing roles…"))

    # -- enrol ------------------------------------------------------------------------------
    def ask_enrol(self, people: list[Person]) -> BulkChoiceDialog | None:
        if not self._can_write(people):
            return None
        try:
            programs = [p for p in programs_service.list_programs(self.view.db) if not p.archived]
        except MentorDeskError as exc:
            show_error(self.view, exc)
            return None
        if not programs:
            self._say(self.tr("There is no program to enrol people in yet: create one on the Programs screen."))
            return None
        dialog = BulkChoiceDialog(self.tr("Enrol in a program"),
                                  self.tr("Enrol the %n selected people in:", "", len(people)),
                                  self.tr("Enrol"), self.view)
        dialog.add_choice("program", self.tr("Program:"), [(p.id, p.name) for p in programs])
        dialog.add_choice("role", self.tr("Enrol as:"), [("mentee", role_label("mentee")),
                                                         ("mentor", role_label("mentor"))])
        dialog.add_choice("status", self.tr("Status:"), enrol_status_items())
        ids = [p.id for p in people]
        dialog.accepted.connect(lambda: self.enrol(dialog.choice("program"), ids, dialog.choice("role"),
                                                   dialog.choice("status")))
        return self._open(dialog)

    def enrol(self, program_id: str, ids: list[str], role: str, status: str) -> Task | None:
        if self.view.db is None:
            return None
        self.task = enrol_in_background(self.view, self.view.db.path, program_id, ids, role, status,
                                        on_done=self._done)
        return self.task

    # -- running ----------------------------------------------------------------------------
    def _can_write(self, people: list[Person]) -> bool:
        return bool(people) and self.view.db is not None and not self.view.readonly

    def _open(self, dialog: BulkChoiceDialog) -> BulkChoiceDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _run(self, work: Callable[[TaskContext], people_bulk.BulkResult], label: str) -> Task | None:
        if self.view.db is None or self.view.readonly:
            return None
        self.task = run_in_background(self.view, work, label=label, db_path=self.view.db.path,
                                      on_success=self._done, on_cancel=self._cancelled,
                                      on_failure=self._failed)
        return self.task

    def _done(self, result: people_bulk.BulkResult) -> None:
        window = self.view.window_
        window.reload_all()
        if result.changed:
            self._say(self.tr("Done: {0}. Edit > Undo takes it back.").format(result.label))
        else:
            self._say(self.tr("Nothing to change: everyone selected was already so."))
        if result.still_paired:
            self.paired_box = warn_still_paired_many(self.view, result)

    def _cancelled(self) -> None:
        self._say(self.tr("Cancelled. Nobody was changed."))

    def _failed(self, error: BaseException) -> None:
        show_error(self.view, error, self.tr("Nobody was changed"))
        self.view.window_.reload_all()  # someone may have been removed elsewhere: show the file as it is

    def _say(self, text: str) -> None:
        bar = getattr(self.view.window_, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 10000)


def warn_still_paired_many(parent: QWidget, result: people_bulk.BulkResult) -> QMessageBox:
    """After archiving several people: the running relationships they leave without a partner."""
    pairs = result.still_paired
    shown = "\n".join(f"• {s.mentor_name} & {s.mentee_name}" + (f" ({s.program_name})" if s.program_name else "")
                      for s in pairs[:12])
    if len(pairs) > 12:
        shown += "\n…"
    text = BulkActions.tr("%n relationship(s) still run with someone just archived:", "", len(pairs))
    box = QMessageBox(QMessageBox.Warning, BulkActions.tr("Still in a relationship"), text, QMessageBox.Ok, parent)
    box.setObjectName("bulkStillPaired")
    box.setInformativeText(shown + "\n\n" + BulkActions.tr(
        "Close each one with an outcome or replace the mentor on the Relationships screen. Until then they "
        "show as at risk and stay on the Attention page."))
    box.open()
    return box
