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
