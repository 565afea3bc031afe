"""The Matching screen: run in the background, explain, lock, reject, swap, approve."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from mentordesk.services import matching, programs
from mentordesk.services import relationships as rel_service
from tests.test_matching_service import cohort  # noqa: F401 - the shared cohort fixture
from ui.models.proposals_model import ProposalsModel
from ui.views.matching import MatchingView


@pytest.fixture
def view(host_view, db, cohort, answer_questions):  # noqa: F811
    """The screen alone on the cohort's file; its "Start … now?" questions are answered Yes by a click."""
    return host_view(MatchingView, db, size=(1200, 820))


def run_match(qtbot, v: MatchingView) -> None:
    v.start_run()
    qtbot.waitUntil(lambda: v.task is None, timeout=30000)
    assert v.run is not None


def click_row(qtbot, v: MatchingView, row: int, double: bool = False) -> None:
    """Click (or double-click) a proposal's row as HR does."""
    index = v.model.index(row, 0)
    v.table.scrollTo(index)
    point = v.table.visualRect(index).center()
    qtbot.mouseClick(v.table.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    if double:  # a double-click is a click, then the second press (QTest's mouseDClick sends only that)
        qtbot.mouseDClick(v.table.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert v.current() is v.model.record(row)


def approve(qtbot, v: MatchingView, selected_only: bool) -> matching.Approval:
    """Approve on the worker thread and wait for the result and the automatic re-run."""
    task = v.approve(selected_only=selected_only)
    assert task is not None
    qtbot.waitUntil(lambda: v.last_approval is not None and v.task is None, timeout=30000)
    return v.last_approval


def test_run_in_background_shows_proposals_and_waiting_list(qtbot, view, cohort):  # noqa: F811
    assert view.program_combo.currentText() == "Leaders"
    assert not view.approve_all_button.isEnabled()
    run_match(qtbot, view)
    assert view.model.rowCount() == 4 and view.waiting_model.rowCount() == 1
    assert view.approve_all_button.isEnabled()
    row = view.model.record(0)
    assert view.model.index(0, ProposalsModel.MENTEE).data() == row.mentee
    # The first row is selected and explained in the side panel.
    assert view.current() is not None
    text = view.explanation.toPlainText()
    assert view.current().mentee in text and "Alternatives" in text
    for reason in view.current().reasons:
        assert reason.label in text
    assert "Every suitable mentor is full" in view.waiting_model.index(0, 1).data()


def test_lock_then_approve_creates_relationships(qtbot, view, db, cohort):  # noqa: F811
    run_match(qtbot, view)
    click_row(qtbot, view, 1)
    p = view.current()
    qtbot.mouseClick(view.lock_button, Qt.LeftButton)
    assert view.model.record(view.model.row_of(p.mentee_id)).locked
    assert view.lock_button.text() == "Unlock"
    assert [r.rule for r in matching.pair_rules(db, cohort["program"])] == ["locked"]
    result = approve(qtbot, view, selected_only=False)
    assert len(result) == 4 and result.skipped == []
    rels = rel_service.list_relationships(db, program_id=cohort["program"])
    assert (p.mentee_id, p.mentor_id) in {(r.mentee_id, r.mentor_id) for r in rels}
    assert len(rels) == 4
    assert view.model.rowCount() == 0 and view.waiting_model.rowCount() == 1
    waiting = [p for p in programs.participants(db, cohort["program"], "mentee") if p.status == "waitlisted"]
    assert len(waiting) == 1


def test_approve_selected_only_and_reject_reruns(qtbot, view, db, cohort):  # noqa: F811
    run_match(qtbot, view)
    click_row(qtbot, view, 0)
    rejected = view.current()
    qtbot.mouseClick(view.reject_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    again = view.run.proposal_for(rejected.mentee_id)
    assert again is None or again.mentor_id != rejected.mentor_id
    view.select_mentee(view.model.record(0).mentee_id)
    result = approve(qtbot, view, selected_only=True)
    assert len(result) == 1
    assert len(rel_service.list_relationships(db, program_id=cohort["program"])) == 1


def test_swap_exchanges_mentors(qtbot, view, cohort):  # noqa: F811
    run_match(qtbot, view)
    rows = view.model.rows()
    a, b = next((x, y) for x in rows for y in rows
                if x.mentor_id != y.mentor_id and cohort["ANA"] not in (x.mentee_id, y.mentee_id))
    view.select_mentee(a.mentee_id)
    assert view.swap_with(b.mentee_id)
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.run.proposal_for(a.mentee_id).mentor_id == b.mentor_id
    assert view.run.proposal_for(b.mentee_id).mentor_id == a.mentor_id
    assert view.run.proposal_for(a.mentee_id).locked


def test_cancel_keeps_the_screen_usable(qtbot, view):
    view.start_run()
    view.cancel_run()
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.run_button.isEnabled()


def test_weights_summary_and_save(qtbot, view, db, cohort):  # noqa: F811
    assert "Skill gaps covered 40" in view.weights_label.text()
    assert view.save_weights({"branch_preference": "none", "prefer_cross_department": True,
                              "weights": {"gaps": 60, "mutual": 20, "seniority": 10, "branch": 0,
                                          "department": 5, "language": 5}})
    assert "Skill gaps covered 60" in view.weights_label.text()
    s = matching.settings_for(programs.get_program(db, cohort["program"]))
    assert s.weights["gaps"] == 60 and s.branch_preference == "none" and s.prefer_cross_department


def test_readonly_disables_decisions(qtbot, host_view, db_path, cohort):  # noqa: F811
    from mentordesk.storage.database import Database

    ro = Database.open(db_path, readonly=True)
    try:
        v = host_view(MatchingView, ro, show=False)
        run_match(qtbot, v)
        v.table.selectRow(0)
        assert v.run_button.isEnabled()
        for b in (v.lock_button, v.reject_button, v.swap_button, v.approve_all_button,
                  v.approve_selected_button, v.weights_button):
            assert not b.isEnabled()
    finally:
        ro.close()


def test_proposals_model_passes_the_model_tester(qtbot, qtmodeltester, view):
    run_match(qtbot, view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.waiting_model)


def test_double_click_opens_the_explanation_dialog(qtbot, view):
    run_match(qtbot, view)
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.proposal_dialog import ProposalDialog

    click_row(qtbot, view, 0, double=True)
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProposalDialog) and w.isVisible()]
    qtbot.addWidget(dialog)
    assert view.model.record(0).mentor in dialog.explanation.toPlainText()


def test_screenshot_with_the_demo_company(qtbot, host_view, demo_db, screenshot):
    v = host_view(MatchingView, demo_db, size=(1280, 840))
    run_match(qtbot, v)
    assert v.model.rowCount() > 1
    click_row(qtbot, v, 1)
    screenshot(v, "matching.png")


def test_approve_runs_in_the_background_with_a_progress_bar(qtbot, view, db, cohort, answer_questions):  # noqa: F811
    run_match(qtbot, view)
    host = view.window_
    task = view.approve(selected_only=False)
    assert task is view.task and task is not None
    assert answer_questions == [
        "Start 4 relationships now and put 1 mentee on the waiting list with the reasons shown?"]
    # Until the worker answers, the screen shows the bar and refuses a second decision.
    assert not view.progress.isHidden() and not view.cancel_button.isHidden()
    assert "Starting relationships" in view.progress.format()
    words = view.progress.fontMetrics().horizontalAdvance(view.progress.format().replace("%p", "100"))
    assert view.progress.minimumWidth() > words  # on one line beside the buttons, not broken over two
    assert not view.approve_all_button.isEnabled() and not view.run_button.isEnabled()
    assert view.approve(selected_only=False) is None
    qtbot.waitUntil(lambda: view.last_approval is not None, timeout=30000)
    assert len(view.last_approval) == 4 and host.reloads == 1  # the main window refreshes every screen
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.progress.isHidden() and "Matching…" in view.progress.format()
    assert len(rel_service.list_relationships(db, program_id=cohort["program"])) == 4


def test_cancelled_approval_starts_nobody_and_keeps_the_proposals(qtbot, view, db, cohort, monkeypatch):  # noqa: F811
    run_match(qtbot, view)
    real = matching.approve
    pressed = threading.Event()

    def after_cancel(db_, pid, run, ids, **kw):
        """The real approval, started only once HR pressed Cancel (no race with a fast worker)."""
        assert pressed.wait(timeout=10) and kw["cancelled"]()
        return real(db_, pid, run, ids, **kw)

    monkeypatch.setattr(matching, "approve", after_cancel)
    assert view.approve(selected_only=False) is not None
    qtbot.mouseClick(view.cancel_button, Qt.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.last_approval is None
    assert rel_service.list_relationships(db, program_id=cohort["program"]) == []
    assert {p.status for p in programs.participants(db, cohort["program"], "mentee")} == {"applied"}
    assert view.model.rowCount() == 4 and view.approve_all_button.isEnabled()


def test_skipped_pairs_are_reported(qtbot, view, db, cohort):  # noqa: F811
    from mentordesk.services import people
    from tests.test_matching_service import person

    run_match(qtbot, view)
    outsider = people.add_person(db, person("OUT", "Otto Outside", hired=2024))
    rel_service.start_relationship(db, cohort["MIA"], outsider)  # Mia is full now
    result = approve(qtbot, view, selected_only=False)
    assert len(result) == 3 and [s.mentor_id for s in result.skipped] == [cohort["MIA"]]
    box = view._dialogs[-1]
    assert "3 relationships started. 1 pair was skipped" in box.text()
    assert "Mia Mentor is now full" in box.detailedText()


def test_locks_and_exclusions_dialog_lists_and_removes_rules(qtbot, view, db, cohort):  # noqa: F811
    run_match(qtbot, view)
    click_row(qtbot, view, 0)
    rejected = view.current()
    qtbot.mouseClick(view.reject_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.run.proposal_for(rejected.mentee_id) is None \
        or view.run.proposal_for(rejected.mentee_id).mentor_id != rejected.mentor_id
    matching.lock_pair(db, cohort["program"], cohort["BEN"], cohort["OMAR"], note="Asked for him")
    assert view.rules_button.isEnabled()
    dialog = view.open_rules_dialog()
    qtbot.addWidget(dialog)
    m = dialog.model
    assert m.rowCount() == 2 and dialog.empty.isHidden()
    shown = {(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 2).data(), m.index(r, 3).data())
             for r in range(2)}
    assert shown == {(rejected.mentee, rejected.mentor, "Excluded", ""),
                     ("Ben New", "Omar Mentor", "Locked", "Asked for him")}
    assert not dialog.remove_button.isEnabled()  # nothing selected yet
    row = next(r for r in range(2) if m.index(r, 2).data() == "Excluded")
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    assert dialog.remove_selected() == 1
    assert [r.rule for r in matching.pair_rules(db, cohort["program"])] == ["locked"]
    assert m.rowCount() == 1
    # Removed elsewhere meanwhile: HR is told, nothing breaks.
    dialog.table.selectRow(0)
    matching.clear_rule(db, m.record(0).id)
    assert dialog.remove_selected() == 0 and m.rowCount() == 0 and not dialog.empty.isHidden()
    # Closing after a removal runs the match again: the rejected pair may come back.
    dialog.reject()
    assert view.task is not None
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert matching.pair_rules(db, cohort["program"]) == []


def test_locks_dialog_is_read_only_on_a_read_only_file(qtbot, host_view, db, db_path, cohort):  # noqa: F811
    from mentordesk.storage.database import Database

    matching.exclude_pair(db, cohort["program"], cohort["BEN"], cohort["MIA"])
    ro = Database.open(db_path, readonly=True)
    try:
        v = host_view(MatchingView, ro, show=False)
        dialog = v.open_rules_dialog()
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        dialog.table.selectRow(0)
        assert not dialog.remove_button.isEnabled() and dialog.remove_selected() == 0
        dialog.reject()
    finally:
        ro.close()
    assert len(matching.pair_rules(db, cohort["program"])) == 1


def test_group_program_is_shown_by_mentor_and_approved_as_groups(qtbot, view, db, cohort):  # noqa: F811
    from mentordesk.models import Program

    pid = programs.create_program(db, Program(name="Circles", kind="group", relationship_months=6,
                                              group_size=2, sessions=6))
    for emp in ("MIA", "OMAR"):
        programs.enrol(db, pid, cohort[emp], "mentor", status="accepted")
    for emp in ("BEN", "CLO", "DAN"):
        programs.enrol(db, pid, cohort[emp], "mentee", status="applied")
    view.reload()
    view.program_combo.setCurrentIndex(view.program_combo.findData(pid))
    run_match(qtbot, view)
    mentors = [view.model.index(r, ProposalsModel.MENTOR).data() for r in range(view.model.rowCount())]
    # Groups of at most the program's group size (2), each mentor's group listed together.
    big = max(set(mentors), key=mentors.count)
    assert mentors == sorted(mentors) and sorted(mentors.count(m) for m in set(mentors)) == [1, 2]
    assert "2 groups with 3 mentees" in view.summary.text()
    view.select_mentee(next(p.mentee_id for p in view.model.rows() if p.mentor == big))
    big_group = sorted(p.mentee for p in view.model.rows() if p.mentor == big)
    text = view.explanation.toPlainText()
    assert f"Group led by {big} (2 mentees)" in text and all(n in text for n in big_group)
    result = approve(qtbot, view, selected_only=False)
    keys = {rel_service.get_relationship(db, r).group_key for r in result}
    assert keys == {cohort["MIA"], cohort["OMAR"]}
    # Back in a one-to-one program the best pairs come first again.
    view.program_combo.setCurrentIndex(view.program_combo.findData(cohort["program"]))
    run_match(qtbot, view)
    scores = [p.score for p in view.model.rows()]
    assert scores == sorted(scores, reverse=True)


def test_run_lock_and_approve_with_the_mouse(qtbot, view, db, cohort, answer_questions):  # noqa: F811
    """As HR does it: Run, click a proposal, Lock it, Approve all and answer Yes; four pairs start."""
    qtbot.mouseClick(view.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.task is None and view.run is not None, timeout=30000)
    row_rect = view.table.visualRect(view.model.index(1, ProposalsModel.MENTEE))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=row_rect.center())
    chosen = view.current()
    assert chosen is not None and chosen.mentee_id == view.model.record(1).mentee_id
    qtbot.mouseClick(view.lock_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert [(r.rule, r.mentee_id) for r in matching.pair_rules(db, cohort["program"])] == [("locked", chosen.mentee_id)]
    qtbot.mouseClick(view.approve_all_button, Qt.LeftButton)
    assert len(answer_questions) == 1 and answer_questions[0].startswith("Start 4 relationships")
    qtbot.waitUntil(lambda: view.last_approval is not None and view.task is None, timeout=30000)
    rels = rel_service.list_relationships(db, program_id=cohort["program"])
    assert len(rels) == 4 and (chosen.mentee_id, chosen.mentor_id) in {(r.mentee_id, r.mentor_id) for r in rels}
