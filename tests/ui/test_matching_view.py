"""The Matching screen: run in the background, explain, lock, reject, swap, approve."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QWidget  # noqa: E402

from mentordesk.services import matching, programs  # noqa: E402
from mentordesk.services import relationships as rel_service  # noqa: E402
from tests.test_matching_service import cohort  # noqa: E402,F401 - the shared cohort fixture
from ui.models.proposals_model import ProposalsModel  # noqa: E402
from ui.views.matching import MatchingView  # noqa: E402


class Host(QWidget):
    """Stands in for the main window: the view only needs `db` (and an optional status bar)."""

    def __init__(self, db) -> None:
        super().__init__()
        self.db = db


@pytest.fixture
def view(qtbot, db, cohort):  # noqa: F811
    host = Host(db)
    qtbot.addWidget(host)
    v = MatchingView(host)
    v.resize(1200, 820)
    v.reload()
    v.confirm = lambda title, text: True
    return v


def run_match(qtbot, v: MatchingView) -> None:
    v.start_run()
    qtbot.waitUntil(lambda: v.task is None, timeout=30000)
    assert v.run is not None


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
    view.table.selectRow(1)
    p = view.current()
    view.toggle_lock()
    assert view.model.record(view.model.row_of(p.mentee_id)).locked
    assert view.lock_button.text() == "Unlock"
    assert [r.rule for r in matching.pair_rules(db, cohort["program"])] == ["locked"]
    result = view.approve(selected_only=False)
    assert result is not None and len(result) == 4
    rels = rel_service.list_relationships(db, program_id=cohort["program"])
    assert (p.mentee_id, p.mentor_id) in {(r.mentee_id, r.mentor_id) for r in rels}
    assert len(rels) == 4
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)  # the automatic re-run
    assert view.model.rowCount() == 0 and view.waiting_model.rowCount() == 1
    waiting = [p for p in programs.participants(db, cohort["program"], "mentee") if p.status == "waitlisted"]
    assert len(waiting) == 1


def test_approve_selected_only_and_reject_reruns(qtbot, view, db, cohort):  # noqa: F811
    run_match(qtbot, view)
    view.table.selectRow(0)
    rejected = view.current()
    view.reject_selected()
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    again = view.run.proposal_for(rejected.mentee_id)
    assert again is None or again.mentor_id != rejected.mentor_id
    view.select_mentee(view.model.record(0).mentee_id)
    result = view.approve(selected_only=True)
    assert result is not None and len(result) == 1
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
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


def test_readonly_disables_decisions(qtbot, db_path, cohort):  # noqa: F811
    from mentordesk.storage.database import Database

    ro = Database.open(db_path, readonly=True)
    try:
        host = Host(ro)
        qtbot.addWidget(host)
        v = MatchingView(host)
        v.reload()
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
    dialog = view.open_dialog(view.model.index(0, 0))
    qtbot.addWidget(dialog)
    assert view.model.record(0).mentor in dialog.explanation.toPlainText()


def test_screenshot_with_the_demo_company(qtbot, tmp_path):
    from mentordesk.demo import fill_demo
    from mentordesk.storage.database import Database

    db = Database.open(tmp_path / "demo.db")
    try:
        fill_demo(db)
        host = Host(db)
        qtbot.addWidget(host)
        v = MatchingView(host)
        v.resize(1280, 840)
        v.reload()
        v.show()
        run_match(qtbot, v)
        v.table.selectRow(1)
        assert v.model.rowCount() > 0
        assert v.grab().save("/tmp/matching.png")
    finally:
        db.close()
