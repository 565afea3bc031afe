"""Two active people with one name are told apart in the pair picker and the Reports list."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.services import relationships as rel_service
from mentordesk.storage import rows
from ui.dialogs.relationship_dialogs import PairDialog
from ui.views.reports import ReportsView

pytestmark = pytest.mark.usefixtures("no_task_left_running")


@pytest.fixture
def company(db):
    ids = {}
    for emp, name, dept, role in (("E1", "Anna Kowalska", "Finance", "mentor"),
                                  ("E2", "Anna Kowalska", "Sales", "mentor"),
                                  ("E3", "Bob Stone", "IT", "mentee"),
                                  ("E4", "Cleo Nu", "IT", "mentee"),
                                  ("E5", "Bob Stone", "Legal", "none")):
        ids[emp] = people_service.add_person(db, Person(employee_id=emp, name=name, email=f"{emp}@example.com",
                                                        department=dept, role=role))
    people_service.set_archived(db, ids["E5"], True)  # the second Bob is archived: no namesake
    with db.transaction() as conn:
        pid = rows.insert(conn, "programs", {"name": "P", "relationship_months": 6, "cadence": "monthly"})
    rel_service.start_relationship(db, ids["E1"], ids["E3"], program_id=pid, start=dt.date(2026, 1, 5))
    rel_service.start_relationship(db, ids["E2"], ids["E4"], program_id=pid, start=dt.date(2026, 1, 5))
    return ids


def _texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_pair_picker_shows_employee_id_only_for_namesakes(qtbot, db, company) -> None:
    dialog = PairDialog(db)
    qtbot.addWidget(dialog)
    mentors = _texts(dialog.mentor)
    assert "Anna Kowalska (E1 · Finance)" in mentors and "Anna Kowalska (E2 · Sales)" in mentors
    assert "Bob Stone (IT)" in _texts(dialog.mentee)  # his namesake is archived
    dialog.mentor.setCurrentIndex(dialog.mentor.findText("Anna Kowalska (E2 · Sales)"))
    assert dialog.mentor.person_id() == company["E2"]


def test_reports_list_tells_namesakes_apart(host_view, db, company) -> None:
    view = host_view(ReportsView, db, size=(1200, 800))
    lines = [view.item_list.item(i).text().split("\n")[0] for i in range(1, view.item_list.count())]
    assert sorted(lines) == ["Anna Kowalska (E1, Finance) → Bob Stone", "Anna Kowalska (E2, Sales) → Cleo Nu"]
