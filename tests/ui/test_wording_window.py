"""Counts in the window's questions read as a person says them (issue 13, "Wording")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.mark.parametrize(("n", "said"), [(1, "carries 1 erasure of a person"), (2, "carries 2 erasures of people"),
                                         (5, "carries 5 erasures of people")])
def test_the_erasure_question_counts_in_words(qtbot, answer_box, n: int, said: str) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.file_actions import confirm_incoming_erasures

    parent = QWidget()
    qtbot.addWidget(parent)
    asked = answer_box("Cancel")
    erasures = [SimpleNamespace(text=lambda i=i: f"erasure {i}") for i in range(n)]
    assert confirm_incoming_erasures(parent, "branch.db", erasures) is False
    assert len(asked) == 1 and asked[0].startswith(f"branch.db {said} not made in this file"), asked
    assert "(s)" not in asked[0]


@pytest.mark.parametrize(("held", "missed", "said"), [(1, 0, "held 1 of 1 meeting<"), (2, 1, "held 2 of 3 meetings<"),
                                                      (0, 1, "held 0 of 1 meeting<")])
def test_mentor_attendance_counts_meetings_in_words(qtbot, held: int, missed: int, said: str) -> None:
    from mentordesk.services.mentor_pool import MentorEvidence
    from ui.views.programs.participants_tab import evidence_html

    m = MentorEvidence("p", "q", "Anna", "Sales", "HQ", "Lead", True, "", "", "", 3.0, (), 2, 0, held, missed,
                       "accepted", "")
    assert said in evidence_html(m)


def test_capacity_reads_1_mentee_and_3_mentees(qtbot, db) -> None:
    from ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(db)
    qtbot.addWidget(dialog)
    dialog.capacity.setValue(1)
    assert dialog.capacity.text() == "1 mentee"
    dialog.capacity.setValue(3)
    assert dialog.capacity.text() == "3 mentees"
