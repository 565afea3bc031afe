"""Replace mentor… in the Relationships view: proposals with scores and rules, and the story afterwards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentordesk import clock
from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.dialogs.replace_mentor_dialog import MENTOR, SCORE, WHY, ReplaceMentorDialog
from ui.views.relationships import RelationshipsView

TODAY = clock.today()
START = TODAY - timedelta(days=60)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    ids = {}
    for eid, name, role, manager in (("E1", "Anna Berg", "mentor", None), ("E5", "Erik Fox", "mentor", None),
                                     ("E2", "Bram Claes", "mentee", "E5"), ("E4", "Daan Eck", "mentor", None)):
        ids[name.split()[0]] = people_service.add_person(
            db, Person(employee_id=eid, name=name, email=f"{eid.lower()}@example.com", role=role,
                       manager_employee_id=manager))
    return ids


@pytest.fixture
def rel_id(db: Database, people: dict[str, str]) -> str:
    rel = rel_service.start_relationship(db, people["Anna"], people["Bram"], start=START)
    rel_service.add_goal(db, rel, "Lead the stand-up")
    return rel


@pytest.fixture
def view(open_window, db_path: Path, rel_id: str) -> RelationshipsView:
    v = open_window(db_path).show_view("RelationshipsView")
    assert isinstance(v, RelationshipsView)
    return v


def test_replace_mentor_lists_proposals_and_shows_the_whole_story(qtbot, view, db, people, rel_id):
    assert view.open_relationship(rel_id)
    assert view.replace_button.isEnabled()
    qtbot.mouseClick(view.replace_button, Qt.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ReplaceMentorDialog)
    rows = {dialog.table.item(r, MENTOR).data(Qt.UserRole): r for r in range(dialog.table.rowCount())}
    assert set(rows) == {people["Daan"], people["Erik"]}  # not Anna (leaving), not the mentee
    daan, erik = rows[people["Daan"]], rows[people["Erik"]]
    assert dialog.table.item(daan, SCORE).text().isdigit()
    assert "manager" in dialog.table.item(erik, WHY).text()  # the rule, in words
    assert not dialog.choose(people["Erik"])
    assert dialog.chosen_mentor_id() == people["Daan"]  # the best allowed one is preselected
    qtbot.keyClicks(dialog.reason, "Anna moved to Lisbon")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: view.dialog is None)

    new = view.selected()
    assert new is not None and new.id != rel_id and new.mentor_id == people["Daan"]
    assert "Continues the relationship with Anna Berg" in view.history.text()
    assert [g.title for g in rel_service.get_relationship(db, new.id).goals] == ["Lead the stand-up"]
    old = rel_service.get_relationship(db, rel_id)
    assert old.summary.closure_outcome == "mentor_replaced" and old.closure_reason == "Anna moved to Lisbon"
    view.status_filter.setCurrentIndex(view.status_filter.findData(None))
    assert view.open_relationship(rel_id)
    assert not view.replace_button.isEnabled()  # a closed relationship's record is final
    assert "Mentor replaced" in view.history.text() and "Continued with Daan Eck" in view.history.text()


def test_replace_mentor_cannot_be_pressed_on_a_read_only_file(view, rel_id):
    assert view.open_relationship(rel_id)
    view.set_readonly(True)
    assert not view.replace_button.isEnabled()
    assert view.open_replace_dialog() is None
