"""Issue 16 (house splits): units exposed by splitting long functions, and the remembered
import column mappings travelling through merges as stamped file settings.

Real company files, real CSV exports, real merges through `services.files.merge_file`.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mentordesk.services import files, people_import
from mentordesk.storage.database import Database

#: An HR system's export whose headers MentorDesk cannot all guess: HR maps them once.
EXPORT_HEADER = "Staff No;Given;Family;Mail;Unit;Cost centre"
EXPORT_ROWS = ["7;Ana;Gómez Ruiz;ana@example.com;Ventas;C-1", "8;Piotr;Łaski;piotr@example.com;IT;C-2"]
FIRST = {"Staff No": "employee_id", "Given": "first_name", "Family": "last_name", "Mail": "email",
         "Unit": "department", "Cost centre": ""}
SECOND = {**FIRST, "Unit": "branch", "Cost centre": "notes"}


@contextmanager
def at_site(monkeypatch: pytest.MonkeyPatch, site: str) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setenv("MENTORDESK_SITE", site)
        yield


@contextmanager
def opened(path: Path, monkeypatch: pytest.MonkeyPatch, site: str) -> Iterator[Database]:
    with at_site(monkeypatch, site):
        db = Database.open(path)
        try:
            yield db
        finally:
            db.close()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "hr-export.csv"
    path.write_text(EXPORT_HEADER + "\n" + "\n".join(EXPORT_ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def laptops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Head office's file copied to two laptops before anyone mapped the export."""
    hq = tmp_path / "hq.db"
    with opened(hq, monkeypatch, "hq"):
        pass
    a, b = tmp_path / "anna.db", tmp_path / "bart.db"
    shutil.copy(hq, a)
    shutil.copy(hq, b)
    return a, b


def confirm_mapping(path: Path, export: Path, mapping: dict[str, str], monkeypatch, site: str) -> None:
    """What the import dialog does when HR confirms a mapping: import with it."""
    with opened(path, monkeypatch, site) as db:
        look = people_import.inspect_file(db, export)
        people_import.import_file(db, export, mapping=mapping, fingerprint=look.fingerprint)


def look_at(path: Path, export: Path, monkeypatch, site: str) -> people_import.FileLook:
    with opened(path, monkeypatch, site) as db:
        return people_import.inspect_file(db, export)


def merge(into: Path, other: Path, monkeypatch, site: str) -> None:
    with opened(into, monkeypatch, site) as db:
        files.merge_file(db, other)


def test_a_mapping_made_on_one_laptop_arrives_through_a_merge(laptops, export, monkeypatch) -> None:
    a, b = laptops
    assert not look_at(b, export, monkeypatch, "bart").remembered
    confirm_mapping(a, export, FIRST, monkeypatch, "anna")
    merge(b, a, monkeypatch, "bart")
    look = look_at(b, export, monkeypatch, "bart")
    assert look.remembered
    assert {h: look.mapping.get(h, "") for h in FIRST} == FIRST


def test_a_merge_from_a_copy_without_the_mapping_keeps_it(laptops, export, monkeypatch) -> None:
    a, b = laptops
    confirm_mapping(a, export, FIRST, monkeypatch, "anna")
    merge(a, b, monkeypatch, "anna")  # bart's copy never saw the export
    look = look_at(a, export, monkeypatch, "anna")
    assert look.remembered and {h: look.mapping.get(h, "") for h in FIRST} == FIRST


@pytest.mark.parametrize("newer_first", [True, False])
def test_when_both_laptops_change_a_mapping_the_newer_wins_both_ways(laptops, export, monkeypatch,
                                                                     newer_first: bool) -> None:
    a, b = laptops
    confirm_mapping(a, export, FIRST, monkeypatch, "anna")
    confirm_mapping(b, export, SECOND, monkeypatch, "bart")  # later: the newer change
    if newer_first:
        merge(a, b, monkeypatch, "anna")
        merge(b, a, monkeypatch, "bart")
    else:
        merge(b, a, monkeypatch, "bart")
        merge(a, b, monkeypatch, "anna")
    for path, site in ((a, "anna"), (b, "bart")):
        look = look_at(path, export, monkeypatch, site)
        assert {h: look.mapping.get(h, "") for h in SECOND} == SECOND, site


def test_a_mapping_kept_before_mappings_were_settings_is_still_read_then_replaced(tmp_path, export,
                                                                                  monkeypatch) -> None:
    path = tmp_path / "old.db"
    with opened(path, monkeypatch, "hq") as db:
        fingerprint = people_import.inspect_file(db, export).fingerprint
    conn = sqlite3.connect(path)  # as the previous version wrote it: a plain file_meta value
    with conn:
        conn.execute("INSERT INTO file_meta (key, value) VALUES (?, ?)",
                     ("people_columns:" + fingerprint, json.dumps(FIRST)))
    conn.close()
    look = look_at(path, export, monkeypatch, "hq")
    assert look.remembered and {h: look.mapping.get(h, "") for h in FIRST} == FIRST
    confirm_mapping(path, export, SECOND, monkeypatch, "hq")
    look = look_at(path, export, monkeypatch, "hq")
    assert {h: look.mapping.get(h, "") for h in SECOND} == SECOND
    conn = sqlite3.connect(path)
    keys = [k for (k,) in conn.execute("SELECT key FROM file_meta WHERE key LIKE '%people_columns:%'")]
    conn.close()
    assert keys == ["setting:people_columns:" + fingerprint]


# -- the demo, split into phases, still draws from its seed in one fixed order ----------------------

def _demo_fingerprint(path: Path, seed: int) -> dict[str, list[str]]:
    """Every row of the demo company with random ids replaced by employee IDs / goal titles."""
    from datetime import date

    from mentordesk.demo import fill_demo

    db = Database.open(path)
    try:
        fill_demo(db, seed=seed, today=date(2026, 11, 30))
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        names = dict(conn.execute("SELECT id, employee_id FROM people"))
        names.update(conn.execute("SELECT id, 'goal ' || title FROM goals"))
        names.update(conn.execute("SELECT id, 'program ' || name FROM programs"))
        out: dict[str, list[str]] = {}
        for table in ("people", "participants", "mentor_profiles", "relationships", "meetings", "goals",
                      "goal_history", "checkins", "person_competencies"):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                       if r[1] not in ("id", "updated_at", "created_at", "field_times", "relationship_id",
                                       "goal_id", "competency_id")]
            rows = []
            for row in conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}"'):
                text = json.dumps(row, default=str)
                for rid, name in names.items():
                    text = text.replace(str(rid), str(name))
                rows.append(text)
            out[table] = sorted(rows)
        return out
    finally:
        conn.close()


def test_the_demo_from_one_seed_is_the_same_company_every_time(tmp_path: Path) -> None:
    first = _demo_fingerprint(tmp_path / "a.db", 7)
    again = _demo_fingerprint(tmp_path / "b.db", 7)
    other = _demo_fingerprint(tmp_path / "c.db", 8)
    assert all(first[t] for t in ("people", "participants", "relationships", "meetings", "checkins"))
    assert first == again
    assert first["meetings"] != other["meetings"] and first["participants"] != other["participants"]


# -- the person dialog's manager field, now a unit of its own (ui/dialogs/person_manager.py) --------

@pytest.mark.parametrize(("typed", "expected"), [
    ("Íñigo Muñoz (E0001)", "E0001"),      # the entry as listed
    ("íñigo muñoz (e0001)", "E0001"),      # another case
    ("E0002", "E0002"),                    # just the employee ID
    ("  E0002  ", "E0002"),                # with stray spaces
    ("", None),                            # nothing typed: no manager
])
def test_a_manager_is_found_by_its_entry_or_its_employee_id(qtbot, typed: str, expected: str | None) -> None:
    from PySide6.QtWidgets import QWidget

    from mentordesk.models import Person
    from ui.dialogs import person_manager

    parent = QWidget()
    qtbot.addWidget(parent)
    people = [Person(employee_id="E0002", name="Zoë Ånström", email="z@example.com", id="p2"),
              Person(employee_id="E0001", name="Íñigo Muñoz", email="i@example.com", id="p1"),
              Person(employee_id="E0003", name="Self", email="s@example.com", id="me")]
    combo = person_manager.manager_combo(parent, people, "me")
    assert combo.itemData(0) is None
    assert sorted(combo.itemData(i) for i in range(1, combo.count())) == ["E0001", "E0002"]
    assert combo.findData("E0003") < 0  # nobody manages themself
    combo.setEditText(typed)
    assert person_manager.chosen_manager(combo) == (expected, [])


@pytest.mark.parametrize("typed", ["Nobody Here", "E9999", "Muñoz"])
def test_a_manager_typed_but_not_listed_is_a_problem_not_a_value(qtbot, typed: str) -> None:
    from PySide6.QtWidgets import QWidget

    from mentordesk.models import Person
    from ui.dialogs import person_manager

    parent = QWidget()
    qtbot.addWidget(parent)
    combo = person_manager.manager_combo(
        parent, [Person(employee_id="E0001", name="Íñigo Muñoz", email="i@example.com", id="p1")], None)
    combo.setEditText(typed)
    manager, problems = person_manager.chosen_manager(combo)
    assert manager is None and len(problems) == 1 and typed in problems[0]


def test_a_stored_manager_missing_from_the_list_stays_visible_by_id(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.dialogs import person_manager

    parent = QWidget()
    qtbot.addWidget(parent)
    combo = person_manager.manager_combo(parent, [], None)
    person_manager.select_manager(combo, "E0404")
    assert combo.currentText() == "E0404"
    assert person_manager.chosen_manager(combo) == ("E0404", [])
    person_manager.select_manager(combo, None)
    assert combo.currentIndex() == 0 and person_manager.chosen_manager(combo) == (None, [])
