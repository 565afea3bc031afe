"""Writing an e-mail draft from the window and handing it to the mail program.

The service writes the `.eml` (and `.ics`) into MentorDesk's drafts folder; this
module opens it with the system's handler for .eml files (Outlook, Apple Mail,
Thunderbird open it as a new message, ready to send) and tells HR in the
status bar what was written and anything to fix before sending. Writing a
draft only reads the company file, so it works on a read-only file too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from mentordesk.errors import MentorDeskError
from mentordesk.services import invitations

from ..tasks import show_error


def _notify(parent: QWidget, text: str) -> None:
    window = parent.window()
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 15000)


def open_path(path: Path) -> bool:
    """Hand a file or folder to the system (the mail program for .eml); False if nothing took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _hand_over(parent: QWidget, drafts: Sequence[invitations.Draft]) -> None:
    if not drafts:
        return
    target = drafts[0].eml if len(drafts) == 1 else drafts[0].eml.parent
    notes = " ".join(n for d in drafts for n in d.notes)
    if open_path(target):
        text = QCoreApplication.translate("drafts", "Draft written to {0}; your mail program opens it.").format(target)
    else:
        text = QCoreApplication.translate(
            "drafts", "Your mail program could not be started. The draft is in {0}; open it from there.").format(target)
    _notify(parent, f"{text} {notes}".strip())


def _run(parent: QWidget, title: str, make: Callable[[], list[invitations.Draft]]) -> list[invitations.Draft]:
    try:
        drafts = make()
    except MentorDeskError as exc:
        show_error(parent, exc, title)
        return []
    _hand_over(parent, drafts)
    return drafts


def prepare_introductions(parent: QWidget, db, pairs: Sequence[tuple[str, Sequence[str]]]
                          ) -> list[invitations.Draft]:
    """Introductions for (relationship id, match reasons) pairs; one opens in the mail program,
    many show their folder."""
    folder = invitations.drafts_folder()
    return _run(parent, QCoreApplication.translate("drafts", "No introduction was written"),
                lambda: [invitations.write_introduction(db, rel_id, folder, reasons=reasons)
                         for rel_id, reasons in pairs])


def prepare_reminders(parent: QWidget, db, rel_id: str, kind: str, role: str | None = None
                      ) -> list[invitations.Draft]:
    """Reminder drafts for an attention item of `kind` on this relationship."""
    return _run(parent, QCoreApplication.translate("drafts", "No reminder was written"),
                lambda: invitations.write_reminders(db, rel_id, kind, invitations.drafts_folder(), role=role))


def can_remind(kind: str | None) -> bool:
    return kind in invitations.REMINDER_KINDS
