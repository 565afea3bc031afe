"""Filtering People as HR types: the same people as the service's filter, in the table's order,
without sorting every keystroke's result again (typing more only narrows the last result)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from mentordesk.models import Person
from mentordesk.services import people as people_service
from mentordesk.storage.database import Database
from ui.models import people_model as pm
from ui.views.people import PeopleView

DEPTS = ["Finance", "Sales", "Operations", "Legal", ""]
BRANCHES = ["Madrid", "Kraków", "Lyon", "Porto"]
NAMES = ["Álvaro", "alicia", "Zoë", "Łukasz", "Anneke", "Joost", "María José", "ßimon"]


@pytest.fixture
def view(window, db: Database) -> PeopleView:
    rng = random.Random(11)
    for i in range(90):
        people_service.add_person(db, Person(
            employee_id=f"E{i:03d}", name=f"{rng.choice(NAMES)} {i}", email=f"p{i}@example.com",
            department=rng.choice(DEPTS), branch=rng.choice(BRANCHES), archived=i % 9 == 0))
    window.reload_all()
    v = window.show_view("PeopleView")
    assert isinstance(v, PeopleView)
    return v


def expected(view: PeopleView, text: str) -> list[str]:
    """What the screen must show: the service's filter over everyone read afresh, then the table's sort."""
    everyone = people_service.list_people(view.db, include_archived=True)
    base = [p for p in everyone if view.show_archived.isChecked() or not p.archived]
    found = people_service.filter_people(base, text)
    order = view.model.sorted_order(found)
    return [found[i].id for i in order]


def shown(view: PeopleView) -> list[str]:
    return [p.id for p in view.model.rows()]


KEYSTROKES = ["m", "ma", "mad", "madr", "mad", "ma", "", "a", "al", "al ", "al l", "al ly", "al lyo",
              "A", "Á", "álv", "ss", "ß", "zo", "ZOË", "fin", "fin madrid", "fin", "nobody", ""]


def test_every_keystroke_shows_the_services_matches_in_table_order(view: PeopleView) -> None:
    assert view.model.sort_state()[0] == pm.NAME
    for text in KEYSTROKES:
        view.search.setText(text)
        assert shown(view) == expected(view, text), text
    assert shown(view) and len(shown(view)) < 90  # archived people hidden by default


def test_sorting_and_archived_toggle_between_keystrokes(view: PeopleView) -> None:
    view.search.setText("a")
    for column, order in ((pm.DEPARTMENT, Qt.DescendingOrder), (pm.BRANCH, Qt.AscendingOrder),
                          (pm.NAME, Qt.DescendingOrder)):
        view.table.sortByColumn(column, order)
        # A header click sorts what is shown (ties keep the shown order); same people.
        assert sorted(shown(view)) == sorted(expected(view, "a"))
        for text in ("al", "ali", "al", "", "m"):
            view.search.setText(text)
            assert shown(view) == expected(view, text), (column, text)
        view.show_archived.setChecked(not view.show_archived.isChecked())
        assert shown(view) == expected(view, "m")
        view.search.setText("a")
    # Departments left empty stay at the bottom whichever way the column is sorted.
    view.search.setText("")
    view.table.sortByColumn(pm.DEPARTMENT, Qt.AscendingOrder)
    departments = [p.department for p in view.model.rows()]
    assert "" in departments and departments[departments.index(""):] == [""] * departments.count("")


def test_a_reload_is_ordered_again(view: PeopleView, window, db: Database) -> None:
    view.search.setText("zo")
    before = shown(view)
    people_service.add_person(db, Person(employee_id="E999", name="Zoë !", email="new@example.com"))
    window.reload_all()
    assert shown(view) == expected(view, "zo") and len(shown(view)) == len(before) + 1
    assert view.model.record(0).name == "Zoë !" or view.model.sort_state()[1] == Qt.DescendingOrder
