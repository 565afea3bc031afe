"""The People screen's fast filter path (issue 15) shows exactly what a fresh, slow filter would.

Typing narrows the last result and only tests the words not tested yet; the table's model
answers the roles a paint asks for on a fast path. Each is checked here against a plain
reference computed from the file itself: the service's filter over everyone, the chosen
filters, then the table's sort. Random walks of real keys (type, backspace, paste, clear)
mixed with filter choices, header clicks and the archived toggle, over people whose names,
departments and branches carry accents, capitals and letters like ``ł`` and ``ß``.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import people as people_service
from mentordesk.services import people_filters, programs
from mentordesk.storage.database import Database
from ui.models import people_model as pm
from ui.models.table import RecordRole, RecordTableModel, SortRole
from ui.views.people import PeopleView

FIRST = ["Álvaro", "alicia", "Zoë", "Łukasz", "Anneke", "Joost", "María José", "ßimon", "Íñigo", "Øyvind"]
LAST = ["Núñez", "de Vries", "Wójcik", "Muñoz", "van Dijk", "Straße", "Ibáñez"]
DEPTS = ["Finance", "Sales", "Operaciones", "Łączność", ""]
BRANCHES = ["Madrid", "Kraków", "Lyon", "Porto", ""]
ROLES = ["mentor", "mentee", "both", "none"]
QUERIES = ["m", "ma", "mad", "madr", "madrid", "madrid s", "madrid sa", "madrid sal", "sales madrid",
           "Á", "álv", "ALV", "alv núñez", "nunez alv", "lu", "łu", "lukasz", "ss", "ß", "strasse", "zoe",
           "ZOË", "ø", "oy", "  vries  ", "de de", "e0", "E01", "@example", "p1@", "kraków", "krakow",
           "łącz", "lacznosc", "fin", "fin fin", "x", "nobody at all", "a b c", "", "i", "in", "ini"]


@pytest.fixture
def company(db_path: Path) -> str:
    """120 people with varied names, departments, branches, roles; a tenth archived; one program."""
    rng = random.Random(15)
    db = Database.open(db_path)
    try:
        program_id = programs.create_program(db, Program(name="Spring cohort"))
        for i in range(120):
            pid = people_service.add_person(db, Person(
                employee_id=f"E{i:03d}", name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", email=f"p{i}@example.com",
                department=rng.choice(DEPTS), branch=rng.choice(BRANCHES), role=rng.choice(ROLES),
                title=rng.choice(["", "Analyst", "Jefa de ventas"]), archived=i % 10 == 3))
            if i % 4 == 1:
                programs.enrol(db, program_id, pid, "mentee")
        return program_id
    finally:
        db.close()


@pytest.fixture
def view(open_window, db_path: Path, company) -> PeopleView:
    window = open_window(db_path, size=(1280, 720))
    v = window.show_view("PeopleView")
    assert isinstance(v, PeopleView)
    return v


def expected(view: PeopleView, db_path: Path) -> list[str]:
    """A fresh filter from the file: everyone (or the active), the chosen filters, the typed words,
    then the table's order. Nothing here reuses the screen's caches or last result."""
    db = Database.open(db_path)
    try:
        everyone = people_service.list_people(db, include_archived=True)
        members = people_filters.program_members(db)
    finally:
        db.close()
    chosen = view.filters.current()
    base = [p for p in everyone if view.show_archived.isChecked() or not p.archived]
    kept = [p for p in base
            if (chosen.department is None or p.department == chosen.department)
            and (chosen.branch is None or p.branch == chosen.branch)
            and (chosen.role is None or p.role == chosen.role)
            and (chosen.program_id is None or p.id in members.get(chosen.program_id, frozenset()))]
    found = people_service.filter_people(kept, view.search.text())
    return [found[i].id for i in view.model.sorted_order(found)]


def shown(view: PeopleView) -> list[str]:
    return [p.id for p in view.model.rows()]


def type_text(qtbot, view: PeopleView, text: str) -> None:
    """Real keys for ASCII; setText (a paste) for the rest, which offscreen key events can't carry."""
    if text.isascii():
        qtbot.keyClicks(view.search, text)
    else:
        view.search.setText(view.search.text() + text)


def test_typing_each_query_letter_by_letter_matches_a_fresh_filter(qtbot, view, db_path) -> None:
    """Every prefix of every query, typed on top of the previous one, then erased with backspace."""
    seen_empty = seen_some = False
    for query in QUERIES:
        view.search.clear()
        for ch in query:
            type_text(qtbot, view, ch)
            assert shown(view) == expected(view, db_path), repr(view.search.text())
            seen_empty |= not shown(view)
            seen_some |= 0 < len(shown(view)) < len(view._active)
        while view.search.text():
            qtbot.keyClick(view.search, Qt.Key_Backspace)
            assert shown(view) == expected(view, db_path), repr(view.search.text())
    assert seen_empty and seen_some  # the queries both narrow and empty the list


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_filters_sorts_and_archived_match_a_fresh_filter(qtbot, view, db_path, seed) -> None:
    """A random mix of what HR does; after each step the screen equals the fresh filter."""
    rng = random.Random(seed)
    combos = [view.filters.department, view.filters.branch, view.filters.role, view.filters.program]
    clicked_sort = False
    for step in range(70):
        before = (view.search.text(), view.filters.current(), view.show_archived.isChecked())
        action = rng.choice(["type", "type", "type", "backspace", "paste", "clear", "combo", "sort", "archived"])
        if action == "type":
            type_text(qtbot, view, rng.choice("madrilsaeknz ñłßÁ"))
        elif action == "backspace":
            qtbot.keyClick(view.search, Qt.Key_Backspace)
        elif action == "paste":
            view.search.setText(rng.choice(QUERIES))
        elif action == "clear":
            view.search.clear()
        elif action == "combo":
            combo = rng.choice(combos)
            combo.setCurrentIndex(rng.randrange(combo.count()))
        elif action == "sort":
            view.table.sortByColumn(rng.choice([pm.NAME, pm.DEPARTMENT, pm.BRANCH, pm.HIRE_DATE]),
                                    rng.choice([Qt.AscendingOrder, Qt.DescendingOrder]))
            # A header click sorts what is shown (ties keep their shown order): the same people.
            assert sorted(shown(view)) == sorted(expected(view, db_path)), step
            clicked_sort = True
            continue
        else:
            qtbot.mouseClick(view.show_archived, Qt.LeftButton)
        if clicked_sort and before == (view.search.text(), view.filters.current(), view.show_archived.isChecked()):
            # Nothing changed (backspace in an empty box, the same choice again): the rows keep
            # the header click's order, whose ties follow what was shown then.
            assert sorted(shown(view)) == sorted(expected(view, db_path)), step
            continue
        clicked_sort = False
        assert shown(view) == expected(view, db_path), (step, action, view.search.text(), view.filters.current())


def test_narrowing_and_a_fresh_screen_agree(qtbot, view, open_window, db_path) -> None:
    """The same text typed letter by letter in one window and pasted at once into another."""
    other = open_window(db_path, size=(1280, 720)).show_view("PeopleView")
    for query in ["madrid sal", "alv núñez", "de de", "fin fin", "łącz", "e01"]:
        view.search.clear()
        for ch in query:
            type_text(qtbot, view, ch)
        other.search.setText(query)
        assert shown(view) == shown(other) == expected(view, db_path), query


def test_the_fast_data_path_answers_as_the_base_model(qtbot, view) -> None:
    """Every cell, every role a view or a caller asks for: the same answer as the generic model."""
    view.show_archived.setChecked(True)
    model = view.model
    assert model.rowCount() == 120
    roles = [*range(0, 15), SortRole, RecordRole]
    archived = 0
    for row in range(model.rowCount()):
        person = model.record(row)
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                if role == Qt.ForegroundRole:
                    colour = model.data(index, role)
                    assert (colour is not None) == person.archived
                    archived += colour is not None
                    continue
                assert model.data(index, role) == RecordTableModel.data(model, index, role), (row, column, role)
    assert archived == 12 * model.columnCount()
    assert model.data(model.index(-1, 0), Qt.DisplayRole) is None
    assert model.data(model.index(0, pm.HIRE_DATE), Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)


def test_typing_before_the_keys_are_made_finds_the_same_people(qtbot, view, db_path) -> None:
    """The keys are made just after a reload (issue 15); a search typed before that makes them at
    once: the same people as a fresh filter, competency names included."""
    db = Database.open(db_path)
    try:
        person = [p for p in people_service.list_people(db) if not p.archived][5]
        people_service.update_person(db, person.id, replace(people_service.get_person(db, person.id),
                                                             portrait=(PortraitEntry("Négociation", 1, 3),)))
    finally:
        db.close()
    for query in ["negoc", "álv núñez", "madrid sa", "nobody at all"]:
        view.search.clear()
        view.window_.reload_all()
        assert not view.search_ready()  # (a search in the box would have made them with the reload)
        view.search.setText(query)  # before the zero timer ran
        assert view.search_ready()
        assert shown(view) == expected(view, db_path), query
    view.search.setText("negociation")
    assert shown(view) == [person.id]


def test_the_keys_are_made_after_the_list_is_shown(qtbot, view, db_path) -> None:
    view.search.clear()
    view.window_.reload_all()
    assert not view.search_ready() and shown(view) == expected(view, db_path)  # shown without keys
    qtbot.waitUntil(view.search_ready, timeout=10_000)  # nobody typed: made once the loop runs
    for query in ["m", "ma", "mad", "zoë", "E01"]:
        view.search.setText(query)
        assert shown(view) == expected(view, db_path), query


def test_a_hidden_screen_makes_its_keys_when_searched(qtbot, view, db_path) -> None:
    view.window_.show_view("AttentionView")
    view.reload()
    view._make_keys()  # what the timer after a reload calls: a hidden screen leaves them for later
    assert not view.search_ready()
    view.search.setText("lyon")
    assert view.search_ready() and shown(view) == expected(view, db_path)
