"""The Matching screen's waiting list, double roles, wishes and swap offers, driven by real clicks
(issue 13): what the screen shows before a run, that a waitlisted mentee is never proposed nor
started, and that the Swap dialog lists only swaps the service accepts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from mentordesk.services import matching, programs
from mentordesk.services import relationships as rel_service
from tests.test_matching_waitlist import (
    _participant,
    _waitlist,
    _wish,
    cohort,  # noqa: F401 - the shared cohort fixture
)
from ui.models.proposals_model import ProposalsModel
from ui.views.matching import MatchingView


@pytest.fixture
def view(host_view, db, cohort, answer_questions):  # noqa: F811
    return host_view(MatchingView, db, size=(1280, 720))


def click_run(qtbot, v: MatchingView) -> None:
    qtbot.mouseClick(v.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: v.task is None and v.run is not None, timeout=30000)


def click_row_of(qtbot, v: MatchingView, mentee_id: str) -> None:
    index = v.model.index(v.model.row_of(mentee_id), ProposalsModel.MENTEE)
    v.table.scrollTo(index)
    qtbot.mouseClick(v.table.viewport(), Qt.LeftButton, pos=v.table.visualRect(index).center())
    assert v.current() is not None and v.current().mentee_id == mentee_id


def waiting_rows(v: MatchingView) -> list[tuple[str, str]]:
    m = v.waiting_model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def test_the_waiting_list_shows_before_a_run_and_a_waitlisted_mentee_is_never_started(
        qtbot, host_view, db, cohort, answer_questions):  # noqa: F811
    pid = cohort["program"]
    _waitlist(db, pid, cohort["EVA"], "Starts after parental leave")
    v = host_view(MatchingView, db, size=(1280, 720))
    rows = waiting_rows(v)
    assert len(rows) == 5 and v.model.rowCount() == 0
    assert ("Eva New", "On the waiting list: Starts after parental leave") in rows
    assert all("Not matched yet" in reason for name, reason in rows if name != "Eva New")
    assert v.waiting.hint.isVisible() and "never matched" in v.waiting.hint.text()
    assert v.waiting_title.text() == "Waiting list before the match (5)"
    click_run(qtbot, v)
    assert "Eva New" not in {v.model.index(r, ProposalsModel.MENTEE).data() for r in range(v.model.rowCount())}
    assert v.model.rowCount() == 4
    assert waiting_rows(v) == [("Eva New", "On the waiting list: Starts after parental leave")]
    qtbot.mouseClick(v.approve_all_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: v.last_approval is not None and v.task is None, timeout=30000)
    assert answered_questions(answer_questions) and len(v.last_approval) == 4
    assert cohort["EVA"] not in {r.mentee_id for r in rel_service.list_relationships(db, program_id=pid)}
    eva = _participant(db, pid, cohort["EVA"])
    assert eva.status == "waitlisted" and eva.reason == "Starts after parental leave"


def answered_questions(asked: list[str]) -> list[str]:
    """The "Start … now?" questions clicked Yes on, as HR saw them."""
    return [text for text in asked if text.startswith("Start ")]


def test_a_person_in_both_roles_is_warned_about_before_and_after_a_run(qtbot, host_view, db, cohort):  # noqa: F811
    pid = cohort["program"]
    programs.enrol(db, pid, cohort["MIA"], "mentee", status="applied")
    v = host_view(MatchingView, db, size=(1280, 720))
    warning = "Mia Mentor is both a mentor and a mentee in this program"
    assert v.notes.isVisible() and warning in v.notes.text()
    click_run(qtbot, v)
    assert v.notes.isVisible() and warning in v.notes.text()
    assert all(p.mentee_id != p.mentor_id for p in v.run.proposals)
    programs.set_status(db, _participant(db, pid, cohort["MIA"]).id, "withdrawn", "Mentors only")
    v.program_combo.setCurrentIndex(-1)
    v.program_combo.setCurrentIndex(v.program_combo.findData(pid))
    assert not v.notes.isVisible()


def test_the_explanation_says_why_a_wished_for_mentor_was_not_used(qtbot, view, db, cohort):  # noqa: F811
    _wish(db, cohort["program"], cohort["BEN"], cohort["ANA"])
    click_run(qtbot, view)
    click_row_of(qtbot, view, cohort["BEN"])
    assert view.proposals.wishes.isVisible()
    assert view.proposals.wishes.text() == "Asked for Ana Ruiz, who is their own manager."
    other = next(p for p in view.run.proposals if p.mentee_id != cohort["BEN"])
    click_row_of(qtbot, view, other.mentee_id)
    assert not view.proposals.wishes.isVisible()


def _swap_dialog(qtbot, v: MatchingView, choose_last: bool = True) -> list[str]:
    """Click Swap…, read the choices the dialog offers, pick one with a click on OK."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible() or seen:
            return
        seen.extend(dialog.comboBoxItems())
        dialog.setTextValue(seen[-1] if choose_last else seen[0])
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton)

    timer = QTimer(v)
    timer.timeout.connect(answer)
    timer.start(20)
    qtbot.mouseClick(v.swap_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    timer.stop()
    return seen


def test_swap_offers_only_swaps_the_service_accepts_and_the_chosen_one_succeeds(qtbot, view, db, cohort):  # noqa: F811
    pid = cohort["program"]
    click_run(qtbot, view)
    ben = view.run.proposal_for(cohort["BEN"])
    assert ben is not None and ben.mentor_id != cohort["ANA"]
    click_row_of(qtbot, view, cohort["BEN"])
    allowed = matching.swap_options(db, pid, cohort["BEN"], view.run)
    offered = _swap_dialog(qtbot, view)
    assert offered == [f"{q.mentee} (with {q.mentor})" for q in view.model.rows()
                       if q.mentee_id in {a.mentee_id for a in allowed}]
    # Ana is Ben's own manager: the proposal she mentors is not offered to Ben.
    assert not any("(with Ana Ruiz)" in item for item in offered)
    chosen = next(q for q in allowed if f"{q.mentee} (with {q.mentor})" == offered[-1])
    qtbot.waitUntil(lambda: view.task is None and view.run.proposal_for(cohort["BEN"]).mentor_id == chosen.mentor_id,
                    timeout=30000)
    assert view.run.proposal_for(chosen.mentee_id).mentor_id == ben.mentor_id
    locks = {(r.mentee_id, r.mentor_id) for r in matching.pair_rules(db, pid) if r.rule == "locked"}
    assert locks == {(cohort["BEN"], chosen.mentor_id), (chosen.mentee_id, ben.mentor_id)}
