"""A reload (opening a file, a write, a change elsewhere) reads the screen on show at once and
every hidden screen when it is next shown or asked for by name, never later than that.

Real window, real file; the file is changed behind the window's back with the services and
the window told to reload, as it is after a change elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mentordesk.models import Person
from mentordesk.services import people as people_service


@pytest.fixture
def window(qtbot, demo_file: Path, monkeypatch):
    """The real main window on a copy of the demo company, counting each screen's reloads."""
    from ui.app import MainWindow
    from ui.lazy_views import ScreenRegistry

    reloads: dict[str, int] = {}
    counting = False

    def register(registry, name, view) -> None:
        """Count every screen's reloads from the moment the window holds it (built at once or
        on first showing), but not the reads of opening the file below."""
        original = view.reload

        def counted() -> None:
            if counting:
                reloads[name] = reloads.get(name, 0) + 1
            original()

        view.reload = counted
        dict.__setitem__(registry, name, view)

    monkeypatch.setattr(ScreenRegistry, "__setitem__", register)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(demo_file)
    counting = True
    win.reloads = reloads
    win.show()
    yield win
    win.close()


def _add_someone(window, name: str) -> None:
    key = name.split()[0].lower()
    people_service.add_person(window.db, Person(employee_id=f"X-{key}", name=name, email=f"{key}@example.com"))


def _names(view) -> list[str]:
    return [view.model.record(r).name for r in range(view.model.rowCount())]


def test_only_the_shown_screen_is_read_at_once(window) -> None:
    assert window.current_view is None or type(window.stack.currentWidget()).__name__ == "AttentionView"
    window.reload_all()
    assert window.reloads == {"AttentionView": 1}


@pytest.mark.parametrize("how", ["navigation", "show_view", "by_name", "build"])
def test_a_hidden_screen_shows_the_change_however_it_is_reached(qtbot, window, how: str) -> None:
    _add_someone(window, "Zelda Newcomer")
    window.reload_all()
    if how == "navigation":
        window.nav.setCurrentRow(1)
        people = window.stack.currentWidget()
    elif how == "show_view":
        people = window.show_view("PeopleView")
    elif how == "by_name":
        people = window.views["PeopleView"]
    else:
        people = window.views.build("PeopleView")
    assert type(people).__name__ == "PeopleView"
    assert "Zelda Newcomer" in _names(people)
    assert window.reloads.get("PeopleView") == 1
    window.views["PeopleView"]  # already fresh: not read again
    assert window.reloads.get("PeopleView") == 1


def test_the_shown_screen_is_read_at_once_wherever_hr_is(qtbot, window) -> None:
    people = window.show_view("PeopleView")
    before = window.reloads.get("PeopleView", 0)
    _add_someone(window, "Yannick Later")
    window.reload_all()
    assert window.reloads["PeopleView"] == before + 1 and "Yannick Later" in _names(people)
    assert window.reloads.get("ProgramsView", 0) == 0  # never shown, never read
