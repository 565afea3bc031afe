"""What HR does on the People screen to one person or the selection: add, edit, archive, privacy, bulk.

A mixin of `PeopleView` (which provides the table, the selection and `window_`).
Dialogs open with `open()`, not `exec()`. Texts keep the translation context
"PeopleView", where the catalogs hold them since the screen was one module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from mentordesk.errors import MentorDeskError
from mentordesk.services import people as people_service

from ...dialogs import privacy_dialogs as privacy
from ...dialogs.archive_warning import warn_still_paired
from ...dialogs.person_dialog import PersonDialog
from ...tasks import show_error


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class PersonActions:
    """Add…, Edit…, Archive/Restore (one or many), the person menu, personal data rights."""

    dialog: PersonDialog | None

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is not None and len(self.selected_people()) == 1:
            self.open_dialog(person.id)

    def open_dialog(self, person_id: str | None) -> PersonDialog | None:
        """Open the dialog window-modally (not exec()): the event loop keeps running."""
        if self.db is None or self.readonly:
            return None
        try:
            dialog = PersonDialog(self.db, person_id, self)
        except MentorDeskError as exc:
            show_error(self, exc)
            self.window_.reload_all()
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, person_id: str) -> None:
        self.window_.reload_all()
        if not self.select_person(person_id):
            # Saved but filtered out (search, filters or archive): clear them so it is visible.
            self.search.clear()
            self.filters.clear()
            self.select_person(person_id)

    def toggle_archived(self) -> None:
        """Archive the selection (restore it when everyone in it is archived already).

        One person: saved at once and, if a pair is left without a partner, the
        question to close it (archive_warning.py). Several: the bulk action, in the
        background with a backup first and Edit > Undo.
        """
        chosen = self.selected_people()
        if not chosen or self.db is None or self.readonly:
            return
        archive = any(not p.archived for p in chosen)
        if len(chosen) > 1:
            self.bulk.set_archived(chosen, archive)
            return
        person = chosen[0]
        affected = []
        try:
            affected = people_service.set_archived(self.db, person.id, not person.archived)
        except MentorDeskError as exc:
            show_error(self, exc)
        self.window_.reload_all()
        if affected:
            self.archive_warning = warn_still_paired(self, self.window_, person, affected)

    # -- the person menu (right-click) ---------------------------------------------------------
    def person_menu(self) -> QMenu:
        """Edit, Change role…, Enrol in program…, Export personal data…, Erase person…."""
        chosen, menu = self.selected_people(), QMenu(self)
        menu.setObjectName("personMenu")
        one = len(chosen) == 1 and self.db is not None
        some = bool(chosen) and self.db is not None and not self.readonly
        for text, slot, enabled in (
                (translate("PeopleView", "Edit…"), self.edit_selected, one and not self.readonly),
                (translate("PeopleView", "Change role…"), lambda: self.bulk.ask_role(self.selected_people()), some),
                (translate("PeopleView", "Enrol in program…"),
                 lambda: self.bulk.ask_enrol(self.selected_people()), some),
                (translate("PeopleView", "Export personal data…"), self.export_personal_data, one),
                (translate("PeopleView", "Erase person…"), self.erase_person, one and not self.readonly)):
            menu.addAction(text, slot).setEnabled(enabled)
        menu.addSeparator()
        menu.addAction(translate("PeopleView", "Erasure log and old backups…"),
                       self.show_erasure_log).setEnabled(self.db is not None)
        return menu

    # -- personal data rights (issue 14) ------------------------------------------------------
    def show_erasure_log(self) -> privacy.ErasureLogDialog | None:
        if self.db is None:
            return None
        dialog = privacy.ErasureLogDialog(self.db, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.erasure_log_dialog = dialog
        dialog.open()
        return dialog

    def export_personal_data(self) -> None:
        person = self.selected_person()
        if person is not None and self.db is not None:
            privacy.export_personal_data(self, self.db, person.id, person.employee_id)

    def erase_person(self) -> privacy.EraseDialog | None:
        person = self.selected_person()
        if person is None or self.db is None or self.readonly:
            return None
        try:
            dialog = privacy.EraseDialog(self.db, person.id, self)
        except MentorDeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.erased.connect(lambda _pid: self.window_.reload_all())
        self.erase_dialog = dialog
        dialog.open()
        return dialog

