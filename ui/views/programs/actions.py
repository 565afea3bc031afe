"""What HR does on the Programs screen: programs, enrolments, decisions, preferences, removals.

A mixin of `ProgramsView` (which provides `current_program()`, the tabs and
`window_`). Dialogs are opened with `open()`, not `exec()`: the window keeps
repainting, and tests can fill a dialog in while the view waits for its
`accepted` signal (the open dialog is `self.dialog`). Every decision is saved
through `services.programs` and then the whole window reloads, because the
matching and report screens show the same participants. Texts keep the
translation context "ProgramsView", where the catalogs hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.models import Program
from mentordesk.services import people, programs

from ...dialogs.enrol_dialog import EnrolDialog, PreferencesDialog, ReasonDialog
from ...dialogs.program_dialog import ProgramDialog
from ...models.participants_model import status_labels
from ...tasks import show_error
from .participants_tab import ParticipantsTab


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ProgramActions:
    """New…, Edit…, E-mail texts…, Enrol people…, Accept / Decline… / Waitlist…, Preferences…, Remove."""

    dialog: QDialog | QMessageBox | None

    def new_program(self) -> None:
        if self.db is None or self._readonly:
            return
        self._open_program_dialog(None)

    def edit_program(self) -> None:
        program = self.current_program()
        if self.db is None or self._readonly or program is None or program.archived:
            return  # an archived program is read-only (Unarchive first)
        self._open_program_dialog(program)

    def edit_message_texts(self):
        """The program's introduction and reminder texts (ui/dialogs/message_text_dialog)."""
        program = self.current_program()
        if self.db is None or self._readonly or program is None or program.archived:
            return None
        from ...dialogs.message_text_dialog import MessageTextDialog

        dialog = MessageTextDialog(self.db, program, self)
        self._open(dialog)
        return dialog

    def _open_program_dialog(self, program: Program | None) -> None:
        dialog = ProgramDialog(self.db, program, self)
        dialog.accepted.connect(lambda: self._save_program(dialog))
        self._open(dialog)

    def _save_program(self, dialog: ProgramDialog) -> None:
        edited = dialog.program()
        try:
            if dialog.original is None:
                program_id = programs.create_program(self.db, edited)
            else:
                program_id = dialog.original.id
                programs.update_program(self.db, program_id, edited, expected_updated_at=dialog.original.updated_at)
        except MentorDeskError as exc:
            show_error(self, exc, translate("ProgramsView", "The program was not saved"))
            return
        self._reload_window()
        self.select_program(program_id)
        self._notify(translate("ProgramsView", "Saved {0}.").format(edited.name))

    # -- participants ------------------------------------------------------------------
    def _tab(self, role: str) -> ParticipantsTab:
        return self.mentors if role == "mentor" else self.mentees

    def enrol(self, role: str) -> None:
        program = self.current_program()
        if self.db is None or self._readonly or program is None:
            return
        enrolled: dict[str, list[str]] = {}
        for part in programs.participants(self.db, program.id):
            label = (translate("ProgramsView", "Mentor") if part.role == "mentor"
                     else translate("ProgramsView", "Mentee"))
            enrolled.setdefault(part.person_id, []).append(
                f"{label} ({status_labels().get(part.status, part.status)})")
        dialog = EnrolDialog(people.list_people(self.db, include_archived=False),
                             {k: ", ".join(v) for k, v in enrolled.items()}, self)
        dialog.role.setCurrentIndex(max(0, dialog.role.findData(role)))
        dialog.accepted.connect(lambda: self._save_enrolment(program, dialog))
        self._open(dialog)

    def _save_enrolment(self, program: Program, dialog: EnrolDialog) -> None:
        """Enrol everyone chosen off the window's thread: one undoable transaction, progress and Cancel
        (`enrol_in_background`); enrolling 418 people one by one used to freeze the window for 55 s."""
        from ...dialogs.enrol_dialog import enrol_in_background

        role, chosen = dialog.chosen_role(), dialog.selected_people()
        if not chosen or self.db is None:
            return
        self.enrol_task = enrol_in_background(self, self.db.path, program.id, [p.id for p in chosen], role,
                                              dialog.chosen_status(),
                                              on_done=lambda result: self._enrolled(role, len(chosen), result))

    def _enrolled(self, role: str, count: int, result) -> None:
        self.tabs.setCurrentWidget(self._tab(role))
        self._reload_window()
        people_word = (translate("ProgramsView", "mentors") if role == "mentor"
                       else translate("ProgramsView", "mentees"))
        self._notify(translate("ProgramsView", "Enrolled {0} as {1}.").format(QLocale().toString(count),
                                                                               people_word))
        if result.waitlisted:
            self._notify(translate("ProgramsView", "The program is full: {0} went on the waiting list.").format(
                QLocale().toString(result.waitlisted)))

    def decide(self, role: str, status: str) -> None:
        """Accept at once; decline or waitlist only with a reason the person can be told."""
        tab = self._tab(role)
        chosen = tab.selected()
        if self.db is None or self._readonly or not chosen:
            return
        if status == "accepted":
            self._apply_status(role, [r.participant_id for r in chosen], status, "")
            return
        names = ", ".join(r.name for r in chosen[:3]) + ("…" if len(chosen) > 3 else "")
        if status == "declined":
            title = translate("ProgramsView", "Decline")
            prompt = translate("ProgramsView",
                               "Why is {0} declined? The reason is kept with the application.").format(names)
        else:
            title = translate("ProgramsView", "Waiting list")
            prompt = translate("ProgramsView", "Why does {0} go on the waiting list?").format(names)
        dialog = ReasonDialog(title, prompt, required=True, parent=self)
        ids = [r.participant_id for r in chosen]
        dialog.accepted.connect(lambda: self._apply_status(role, ids, status, dialog.text()))
        self._open(dialog)

    def _apply_status(self, role: str, ids: list[str], status: str, reason: str) -> None:
        program = self.current_program()
        if program is None:
            return
        full = 0
        try:
            # The service puts a mentee accepted into a full program on the waiting list.
            for pid in ids:
                full += programs.set_status(self.db, pid, status, reason) != status
        except MentorDeskError as exc:
            show_error(self, exc, translate("ProgramsView", "Not every decision was saved"))
        self._reload_window()
        if full:
            self._notify(translate("ProgramsView", "The program is full: {0} went on the waiting list.").format(
                QLocale().toString(full)))

    def edit_preferences(self) -> None:
        chosen = self.mentees.selected()
        if self.db is None or self._readonly or len(chosen) != 1:
            return
        mentee = chosen[0]
        # Department and branch tell apart two mentors with the same name; namesakes get their employee ID.
        from mentordesk.services.namesakes import namesake_labels
        shown = namesake_labels(self.db)
        mentors = [(m.person_id, " — ".join(x for x in (shown.get(m.person_id, m.name),
                                                        ", ".join(y for y in (m.department, m.branch) if y)) if x))
                   for m in self.mentor_model.rows()
                   if m.status not in ("declined", "withdrawn") or m.person_id in mentee.preferred_ids]
        mentors.sort(key=lambda m: m[1].casefold())
        dialog = PreferencesDialog(mentee.name, mentors, list(mentee.preferred_ids), self)
        dialog.accepted.connect(lambda: self._save_preferences(mentee.participant_id, dialog.chosen_ids()))
        self._open(dialog)

    def edit_mentor_wishes(self) -> None:
        """Mentors may mark mentees they would like to take: with the mentee's own wish, the strongest signal."""
        chosen = self.mentors.selected()
        if self.db is None or self._readonly or len(chosen) != 1:
            return
        mentor, program = chosen[0], self.current_program()
        if program is None:
            return
        current = next((p.preferred for p in programs.participants(self.db, program.id, "mentor")
                        if p.id == mentor.participant_id), ())
        from mentordesk.services.namesakes import namesake_labels
        shown = namesake_labels(self.db)  # "Name (E0412, Finance)" where two active people share a name
        mentees = sorted(((m.person_id, shown.get(m.person_id, m.name)) for m in self.mentee_model.rows()
                          if m.status not in ("declined", "withdrawn")), key=lambda m: m[1].casefold())
        dialog = PreferencesDialog(mentor.name, mentees, list(current), self, limit=None)
        dialog.accepted.connect(lambda: self._save_preferences(mentor.participant_id, dialog.chosen_ids()))
        self._open(dialog)

    def _save_preferences(self, participant_id: str, chosen: list[str]) -> None:
        try:
            programs.set_preferences(self.db, participant_id, chosen)
        except MentorDeskError as exc:
            show_error(self, exc, translate("ProgramsView", "The preferences were not saved"))
        self._reload_window()

    def remove(self, role: str) -> None:
        chosen = self._tab(role).selected()
        if self.db is None or self._readonly or not chosen:
            return
        text = translate("ProgramsView", "Remove {0} from this program? Their application and status are "
                                         "removed; the people themselves stay.").format(
            ", ".join(r.name for r in chosen))
        box = QMessageBox(QMessageBox.Question, translate("ProgramsView", "Remove from program"), text,
                          QMessageBox.Yes | QMessageBox.Cancel, self)
        box.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.Cancel)
        ids = [r.participant_id for r in chosen]
        box.accepted.connect(lambda: self._remove(ids))
        self._open(box)

    def _remove(self, ids: list[str]) -> None:
        try:
            for pid in ids:
                programs.remove(self.db, pid)
        except MentorDeskError as exc:
            show_error(self, exc)
        self._reload_window()

    def _open(self, dialog: QDialog | QMessageBox) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _reload_window(self) -> None:
        reload_all = getattr(self.window_, "reload_all", None)
        if callable(reload_all):
            reload_all()
        else:
            self.reload()

    def _notify(self, text: str) -> None:
        status_bar = getattr(self.window_, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)
