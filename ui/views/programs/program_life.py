"""A program's life beyond one run, on the Programs screen: Run again… and Archive / Unarchive.

A mixin of `ProgramsView`, like `actions.py` (which provides `_open`, `_reload_window`
and `_notify`). Everything is saved through `services.programs`; texts keep the
translation context "ProgramsView".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.models import Program
from mentordesk.services import programs

from ...dialogs.run_again_dialog import RunAgainDialog
from ...tasks import show_error


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ProgramLife:
    """Run again… (a copy without its people) and Archive… / Unarchive of the selected program."""

    def run_again(self) -> None:
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return
        dialog = RunAgainDialog(self.db, program, self)
        dialog.accepted.connect(lambda: self._save_copy(program, dialog))
        self._open(dialog)

    def _save_copy(self, program: Program, dialog: RunAgainDialog) -> None:
        name, start, end = dialog.values()
        try:
            new_id = programs.duplicate_program(self.db, program.id, name, start, end)
        except MentorDeskError as exc:
            show_error(self, exc, translate("ProgramsView", "The program was not created"))
            return
        self._reload_window()
        self.select_program(new_id)
        self._notify(translate("ProgramsView", "Created {0} from {1}: enrol its people next.").format(
            name, program.name))

    def toggle_archive(self) -> None:
        """Archive after a question (it disappears from the list); unarchive at once."""
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return
        if program.archived:
            self._set_archived(program, False)
            return
        text = translate("ProgramsView", "Archive {0}? It is hidden from the lists and read-only; its "
                                         "relationships and reports stay. Unarchive brings it back "
                                         "(tick Show archived to see it).").format(program.name)
        box = QMessageBox(QMessageBox.Question, translate("ProgramsView", "Archive program"), text,
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmArchive")
        box.setDefaultButton(QMessageBox.Cancel)
        box.accepted.connect(lambda: self._set_archived(program, True))
        self._open(box)

    def _set_archived(self, program: Program, archived: bool) -> None:
        try:
            if archived:
                programs.archive_program(self.db, program.id)
            else:
                programs.unarchive_program(self.db, program.id)
        except MentorDeskError as exc:
            show_error(self, exc)
            return
        self._reload_window()
        self.select_program(program.id)
        done = (translate("ProgramsView", "Archived {0}.") if archived
                else translate("ProgramsView", "{0} is no longer archived."))
        self._notify(done.format(program.name))
