"""The question shown after archiving someone who is still in an active relationship.

Archiving is never refused (people leave whether or not a pairing runs), but the pair
must not carry on "On track" unnoticed: HR is told which relationships are left without
a partner and may close one straight away with an outcome, or keep going (health then
shows it at risk and the Attention page flags it until it is closed or replaced).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from mentordesk.models import Person
from mentordesk.relationship_models import RelationshipSummary


class ArchiveWarning(QObject):
    """Only the translation context of this module's texts: lupdate and PySide6's
    class-level `tr` both name it ArchiveWarning, whoever the parent widget is."""


def warn_still_paired(parent: QWidget, window, person: Person,
                      affected: list[RelationshipSummary]) -> QMessageBox:
    """Open (window-modal, not exec) the question; "Close relationship…" opens the first pair's Close dialog."""
    pairs = "\n".join(f"• {s.mentor_name} & {s.mentee_name}" + (f" ({s.program_name})" if s.program_name else "")
                      for s in affected)
    n = len(affected)
    text = ArchiveWarning.tr("{0} is archived but still in %n active relationship(s):\n\n{1}\n\n"
                             "Close it now with an outcome, or keep going: it shows as at risk and stays on "
                             "the Attention page until it is closed or re-paired.", "", n).format(person.name, pairs)
    box = QMessageBox(QMessageBox.Warning, ArchiveWarning.tr("Still in a relationship"), text, QMessageBox.NoButton,
                      parent)
    box.setObjectName("archivedStillPaired")
    close = box.addButton(ArchiveWarning.tr("Close relationship…"), QMessageBox.AcceptRole)
    close.setObjectName("closeRelationship")
    keep = box.addButton(ArchiveWarning.tr("Keep going"), QMessageBox.RejectRole)
    keep.setObjectName("keepGoing")
    box.setDefaultButton(keep)
    box.setAttribute(Qt.WA_DeleteOnClose)
    rel_id = affected[0].id

    def clicked(button: QAbstractButton) -> None:
        if button is close:
            _open_close_dialog(window, rel_id)

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def _open_close_dialog(window, rel_id: str) -> None:
    view = window.show_view("RelationshipsView")
    if view is not None and view.open_relationship(rel_id):
        view.open_close_dialog()
