"""People search ignores accents and case: "Jose Nunez" finds "María José Núñez" (issue 13).

Typed in the real People screen: ASCII with keyClicks, accented text with setText (keyClicks
cannot type non-ASCII). Letters without a Unicode decomposition (ł, ø, đ, æ…) fold through a
table; the fold is per character, so typing on only narrows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.models import Person
from mentordesk.search_fold import fold
from mentordesk.services import people as people_service
from mentordesk.storage.database import Database
from ui.views.people import PeopleView

PEOPLE = {
    "E1": ("María José Núñez", "Finance", "Málaga"),
    "E2": ("Łukasz Wójcik", "Operations", "Kraków"),
    "E3": ("Søren Ørsted", "Logistics", "København"),
    "E4": ("Hans Straße", "Legal", "Zürich"),
    "E5": ("Đorđe Ćosić", "Sales", "Niš"),
    "E6": ("Æsa Œuvre", "Marketing", "Lyon"),
    "E7": ("Jose Nunez", "IT", "Madrid"),           # the plain spelling is found by the accented one
    "E8": ("ÇAĞLA İNCE", "HR", "İstanbul"),
    "E9": ("Zoë Ørn", "Finance", "Þórshöfn"),
    "E10": ("Nobody Else", "Finance", "Porto"),
}


@pytest.fixture
def view(window, db: Database) -> PeopleView:
    for emp, (name, dept, branch) in PEOPLE.items():
        people_service.add_person(db, Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com",
                                             department=dept, branch=branch))
    window.reload_all()
    v = window.show_view("PeopleView")
    assert isinstance(v, PeopleView)
    return v


def shown(view: PeopleView) -> set[str]:
    return {p.employee_id for p in view.model.rows()}


def type_ascii(qtbot: QtBot, view: PeopleView, text: str) -> None:
    view.search.clear()
    view.search.setFocus()
    qtbot.keyClicks(view.search, text)
    assert view.search.text() == text


@pytest.mark.parametrize("typed,found", [
    ("Jose Nunez", {"E1", "E7"}),
    ("jose nunez", {"E1", "E7"}),
    ("JOSE NUÑEZ", {"E1", "E7"}),
    ("lukasz wojcik", {"E2"}),
    ("krakow", {"E2"}),
    ("soren orsted", {"E3"}),
    ("kobenhavn", {"E3"}),
    ("strasse", {"E4"}),
    ("zurich", {"E4"}),
    ("dorde cosic", {"E5"}),
    ("nis", {"E5"}),
    ("aesa oeuvre", {"E6"}),
    ("cagla ince", {"E8"}),
    ("istanbul", {"E8"}),
    ("zoe orn", {"E9"}),
    ("thorshofn", {"E9"}),
    ("malaga finance", {"E1"}),
    ("nunez porto", set()),
])
def test_ascii_typing_finds_accented_people(view: PeopleView, qtbot: QtBot, typed: str, found: set[str]) -> None:
    if typed.isascii():
        type_ascii(qtbot, view, typed)
    else:
        view.search.setText(typed)
    assert shown(view) == found


@pytest.mark.parametrize("typed,found", [
    ("María José Núñez", {"E1"}),
    ("José Núñez", {"E1", "E7"}),
    ("Jósé", {"E1", "E7"}),
    ("ŁUKASZ", {"E2"}),
    ("Straße", {"E4"}),
    ("STRASSE", {"E4"}),
    ("ørsted", {"E3"}),
    ("ØRN", {"E9"}),
    ("đorđe", {"E5"}),
    ("Ｊｏｓｅ", {"E1", "E7"}),          # full-width letters from an Asian keyboard
    ("Jose\u0301", {"E1", "E7"}),       # a decomposed accent typed as a separate mark
    ("þórs", {"E9"}),
])
def test_accented_typing_finds_plain_and_accented(view: PeopleView, typed: str, found: set[str]) -> None:
    view.search.setText(typed)
    assert shown(view) == found


def test_typing_on_narrows_letter_by_letter(view: PeopleView, qtbot: QtBot) -> None:
    view.search.clear()
    view.search.setFocus()
    for ch in "nunez":
        qtbot.keyClick(view.search, ch)
        typed = view.search.text()
        assert shown(view) == {e for e, (n, d, b) in PEOPLE.items()
                               if all(w in fold(f"{n} e{e[1:]}@example.com {d} {b} {e}") for w in fold(typed).split())}
    assert shown(view) == {"E1", "E7"}
    qtbot.keyClick(view.search, Qt.Key_Backspace)
    assert view.search.text() == "nune" and shown(view) == {"E1", "E7"}


def test_cli_and_screen_share_the_fold() -> None:
    people = [Person(employee_id=e, name=n, email=f"{e}@x.org", department=d, branch=b)
              for e, (n, d, b) in PEOPLE.items()]
    assert {p.employee_id for p in people_service.filter_people(people, "jose nunez")} == {"E1", "E7"}
    assert {p.employee_id for p in people_service.filter_people(people, "ørsted")} == {"E3"}
    assert fold("Straße") == fold("STRASSE") == "strasse"
    assert fold("Łódź") == "lodz" and fold("Øre") == "ore" and fold("ﬁnance") == "finance"
