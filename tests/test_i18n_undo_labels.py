"""Edit > Undo says its label in the reader's language, not the language of whoever did the action
(issue 12): bulk actions and single edits keep their label as a template with values; words
(a role) and dates among the values are said and formatted by the reader, in the service and in
`mentordesk undo` as a real process."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from mentordesk import vocabulary
from mentordesk.i18n import translator, use_language
from mentordesk.models import Person
from mentordesk.services import edit_undo, meetings, people, people_bulk, undo
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def add(db: Database, emp: str, name: str, role: str = "mentee") -> str:
    return people.add_person(db, Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com",
                                        languages=("en",), role=role, mentor_capacity=2 if role == "mentor" else None))


def label_in(db: Database, lang: str) -> str:
    use_language(lang)
    point = edit_undo.last_action(db)
    assert point is not None
    return point.label


@pytest.mark.parametrize(("made_in", "read_in"), [("de", "pl"), ("pl", "es"), ("es", "en")])
def test_a_role_change_is_said_with_the_reader_s_role_word(db: Database, made_in: str, read_in: str) -> None:
    ids = [add(db, "E1", "Ana"), add(db, "E2", "Bo"), add(db, "E3", "Cy")]
    use_language(made_in)
    people_bulk.change_role(db, ids, "both")
    reader = translator(read_in)
    expected = reader.ngettext("role change of %(count)s person to %(role)s",
                               "role change of %(count)s people to %(role)s", 3) % {
        "count": 3, "role": vocabulary.said(vocabulary.ROLES_IN_TEXT, "both", reader)}
    assert label_in(db, read_in) == expected
    assert vocabulary.said(vocabulary.ROLES_IN_TEXT, "both", translator(made_in)) not in label_in(db, read_in)


@pytest.mark.parametrize(("made_in", "read_in"), [("es", "nl"), ("nl", "de")])
def test_an_archiving_is_said_in_the_reader_s_language(db: Database, made_in: str, read_in: str) -> None:
    ids = [add(db, "E1", "Ana"), add(db, "E2", "Bo")]
    use_language(made_in)
    people_bulk.set_archived(db, ids, True)
    reader = translator(read_in)
    assert label_in(db, read_in) == reader.ngettext(
        "archiving of %(count)s person", "archiving of %(count)s people", 2) % {"count": 2}


@pytest.mark.parametrize(("made_in", "read_in"), [("de", "pl"), ("pl", "es"), ("en", "de")])
def test_a_meeting_edit_is_said_with_the_reader_s_date(db: Database, made_in: str, read_in: str) -> None:
    pair = rel_service.start_relationship(db, add(db, "M1", "Mia", "mentor"), add(db, "E1", "Ben"),
                                          start=TODAY - dt.timedelta(days=60))
    held = TODAY - dt.timedelta(days=10)
    meeting = meetings.log_meeting(db, pair, held, 45, "held", today=TODAY)
    use_language(made_in)
    meetings.update_meeting(db, meeting, minutes=90, today=TODAY)
    reader = translator(read_in)
    expected = reader.gettext("edit of the meeting on %(what)s") % {"what": reader.date(held)}
    assert label_in(db, read_in) == expected
    assert held.isoformat() not in expected


def test_a_person_edit_made_in_spanish_is_read_in_german(db: Database) -> None:
    ana = add(db, "E1", "Ana")
    use_language("es")
    people.update_person(db, ana, replace(people.get_person(db, ana), name="Ana Ruiz"))
    de = translator("de")
    assert label_in(db, "de") == de.gettext("edit of %(what)s") % {"what": "Ana Ruiz"}
    assert label_in(db, "de") != translator("es").gettext("edit of %(what)s") % {"what": "Ana Ruiz"}


def test_an_unreadable_date_in_a_record_is_shown_as_kept(db: Database) -> None:
    """A damaged value keeps the way back: shown as written rather than dropping the undo."""
    point = undo._label({"said": {"singular": "edit of the meeting on %(what)s", "plural": None, "count": 0,
                                  "values": {"what": {"date": "not a date"}}}, "label": "x"})
    assert point == "edit of the meeting on not a date"


def test_cli_undo_says_the_bulk_label_in_the_reader_s_language(tmp_path: Path, db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        ids = [add(db, "E1", "Ana"), add(db, "E2", "Bo")]
        use_language("de")
        people_bulk.change_role(db, ids, "mentor")
    finally:
        db.close()
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"MENTORDESK_LANG": "pl", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT),
                "MENTORDESK_CONFIG_DIR": str(tmp_path / "config"), "MENTORDESK_DATA_DIR": str(tmp_path / "data")})
    done = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(db_path), "undo"], capture_output=True,
                          text=True, timeout=120, env=env, cwd=str(tmp_path), check=False)
    assert done.returncode == 0, done.stderr
    pl = translator("pl")
    said = pl.ngettext("role change of %(count)s person to %(role)s", "role change of %(count)s people to %(role)s",
                       2) % {"count": 2, "role": vocabulary.said(vocabulary.ROLES_IN_TEXT, "mentor", pl)}
    assert said in done.stdout, done.stdout
    db = Database.open(db_path, readonly=True)
    try:
        assert undo.last_undo(db) is not None  # only shown, not undone
    finally:
        db.close()
