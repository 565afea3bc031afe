"""Issue 14 follow-ups: restores, branch erasures, check-in forms imported twice, retention in Preferences.

1. A restore (File > Restore Backup, `mentordesk restore`, Undo) of a backup
   taken before an erasure re-applies every erasure the file knows in the same
   operation: the person's bytes are not in the restored file, the erasure log
   is complete, and the restore says so. Forms: the CLI restore as a real
   process, Undo of a merge made before the erasure, a damaged current file
   whose erasures only its later backups know, a backup that already knew one
   of two erasures (the count says 1).
2. Erasure records arriving from a branch file are listed by the dry run and
   applied only when HR confirms; erasures made here always apply.
3. The same check-in form imported on two laptops is one check-in after a merge.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentordesk.services import files, undo
from mentordesk.services import personal_data as pd
from mentordesk.storage import rows
from mentordesk.storage.backup import list_backups, make_backup
from mentordesk.storage.database import Database
from tests.privacy_setup import EID, EMAIL, NAME, Subject, make_demo, name_everywhere

from .conftest import run_cli


@pytest.fixture
def hq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "hq.db"
    make_demo(path)
    return name_everywhere(path)


def _erase(path: Path, person_id: str, reason: str = "Their written request") -> None:
    db = Database.open(path)
    try:
        pd.erase_person(db, person_id, reason)
    finally:
        db.close()


def _clean(path: Path, s: Subject) -> None:
    data = path.read_bytes()
    leaked = [x for x in (*s.secrets, NAME.upper()) if x.encode() in data]
    assert not leaked, f"{path.name} still holds {leaked}"


def _holds_person(path: Path) -> bool:
    data = path.read_bytes()
    return NAME.encode() in data or EMAIL.encode() in data


def _erasure_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM erasures ORDER BY id")]
    finally:
        conn.close()


def _person(path: Path, person_id: str) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM people WHERE id = ?", [person_id]).fetchone())
    finally:
        conn.close()


# -- 1. restores -------------------------------------------------------------------------------


def test_the_restore_command_re_applies_the_erasure(hq: Subject, home: Path):
    old = make_backup(hq.path, "manual")
    assert _holds_person(old)  # the backup really holds the person: the restore must not bring them back
    _erase(hq.path, hq.person_id)
    log = _erasure_ids(hq.path)
    assert len(log) == 1
    done = run_cli(home, "--db", str(hq.path), "restore", str(old))
    assert done.returncode == 0, done.stderr
    assert "1 erasure made after this backup was applied again" in done.stdout
    _clean(hq.path, hq)
    assert _erasure_ids(hq.path) == log
    assert _person(hq.path, hq.person_id)["name"] == "Erased person"
    assert oct(os.stat(hq.path).st_mode & 0o777) == "0o600"
    check = run_cli(home, "--db", str(hq.path), "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_undo_of_a_merge_made_before_the_erasure_keeps_the_person_erased(hq: Subject, tmp_path: Path):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    db = Database.open(branch)
    try:
        with db.transaction() as conn:
            rows.update(conn, "programs", hq.program_id, {"name": "Branch edit QX90"})
    finally:
        db.close()
    db = Database.open(hq.path)
    try:
        with undo.undoable(db, "merge", "merge of madrid.db"):
            files.merge_file(db, branch)
        point = undo.last_undo(db)
    finally:
        db.close()
    assert point is not None and _holds_person(point.backup)
    _erase(hq.path, hq.person_id)
    result = undo.undo(hq.path, point)
    assert result.erasures_reapplied == 1
    assert "1 erasure made after this backup was applied again" in result.note
    _clean(hq.path, hq)
    assert len(_erasure_ids(hq.path)) == 1
    db = Database.open(hq.path)  # the restored file opens and the merge is gone
    try:
        assert db.scalar("SELECT name FROM programs WHERE id = ?", [hq.program_id]) != "Branch edit QX90"
    finally:
        db.close()


def test_a_damaged_file_s_erasures_are_known_from_its_later_backups(hq: Subject):
    old = make_backup(hq.path, "manual")
    _erase(hq.path, hq.person_id)
    make_backup(hq.path, "manual")  # taken after the erasure: carries the record
    with open(hq.path, "r+b") as fh:  # the file itself is damaged now
        fh.seek(0)
        fh.write(b"\0" * 4096)
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(old, hq.path)
    assert result.erasures_reapplied == 1
    _clean(hq.path, hq)
    assert len(_erasure_ids(hq.path)) == 1


def test_a_backup_that_knew_one_of_two_erasures_counts_one(hq: Subject):
    _erase(hq.path, hq.person_id)
    middle = make_backup(hq.path, "manual")
    _erase(hq.path, hq.other_person_id, "End of retention")
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(middle, hq.path)
    assert result.erasures_reapplied == 1
    assert "1 erasure made after this backup was applied again" in result.note
    assert len(_erasure_ids(hq.path)) == 2
    assert _person(hq.path, hq.other_person_id)["name"] == "Erased person"
    _clean(hq.path, hq)


def test_a_backup_after_every_erasure_says_nothing_about_them(hq: Subject):
    _erase(hq.path, hq.person_id)
    late = make_backup(hq.path, "manual")
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(late, hq.path)
    assert result.erasures_reapplied == 0 and "erasure" not in result.note
    assert len(list_backups(hq.path)) >= 2


# -- 3. the same check-in form imported on two laptops ------------------------------------------


def _synced_dump(path: Path) -> dict[str, list[tuple]]:
    from mentordesk.storage.schema import SYNCED_TABLES

    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in SYNCED_TABLES}
    finally:
        conn.close()


def _live_form_checkins(path: Path, form_id: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, scores FROM checkins WHERE form_id = ? AND deleted_at IS NULL",
                            [form_id]).fetchall()
    finally:
        conn.close()


def _import(path: Path, pdf: Path, site: str, monkeypatch: pytest.MonkeyPatch) -> str:
    from mentordesk.services import checkin_forms as svc

    monkeypatch.setenv("MENTORDESK_SITE", site)
    db = Database.open(path)
    try:
        [outcome] = svc.import_forms(db, [pdf])
        assert outcome.status == svc.IMPORTED, outcome.message
        return db.scalar("SELECT form_id FROM checkins WHERE id = ?", [outcome.checkin_id])
    finally:
        db.close()


@pytest.mark.parametrize("first", ["madrid", "krakow"])
def test_one_form_imported_on_two_laptops_is_one_check_in_after_merging_both_ways(
        tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch, first: str):
    from tests.checkin_form_tools import active_rel, all_answers, fill_pypdf, forms_for

    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    db = Database.open(demo_file)
    try:
        rel_id = active_rel(db, 1)
        forms = forms_for(db, rel_id, tmp_path / "out")
        path = db.path
    finally:
        db.close()
    filled = fill_pypdf(forms["mentee"], tmp_path / "back.pdf", all_answers(4), "2", {"trust_respect": "Fine"})
    a, b = tmp_path / "madrid.db", tmp_path / "krakow.db"
    shutil.copy(path, a)
    shutil.copy(path, b)
    form_a, form_b = _import(a, filled, "madrid", monkeypatch), _import(b, filled, "krakow", monkeypatch)
    assert form_a == form_b and form_a
    assert _live_form_checkins(a, form_a)[0][0] != _live_form_checkins(b, form_b)[0][0]  # two ids: the attack
    into, other = (a, b) if first == "madrid" else (b, a)
    for target, source in ((into, other), (other, into), (into, other)):
        db = Database.open(target)
        try:
            result = files.merge_file(db, source)
        finally:
            db.close()
        assert not result.conflicts
    assert len(_live_form_checkins(a, form_a)) == 1
    assert _live_form_checkins(a, form_a) == _live_form_checkins(b, form_a)
    assert _synced_dump(a) == _synced_dump(b)


def test_check_ins_typed_in_without_a_form_are_never_folded(tmp_path: Path, demo_file: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    """Two check-ins without a form (form_id NULL) of the same relationship stay two."""
    from tests.checkin_form_tools import active_rel

    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    db = Database.open(demo_file)
    try:
        rel_id = active_rel(db, 1)
        path = db.path
    finally:
        db.close()
    a, b = tmp_path / "madrid.db", tmp_path / "krakow.db"
    shutil.copy(path, a)
    shutil.copy(path, b)
    for target, site in ((a, "madrid"), (b, "krakow")):
        monkeypatch.setenv("MENTORDESK_SITE", site)
        db = Database.open(target)
        try:
            with db.transaction() as conn:
                rows.insert(conn, "checkins", {"relationship_id": rel_id, "role": "mentee", "date": "2026-11-02",
                                               "scores": "{}", "comments": "{}"})
        finally:
            db.close()

    def count(p: Path) -> int:
        conn = sqlite3.connect(p)
        try:
            return conn.execute("SELECT count(*) FROM checkins WHERE relationship_id = ? AND date = '2026-11-02' "
                                "AND deleted_at IS NULL", [rel_id]).fetchone()[0]
        finally:
            conn.close()

    db = Database.open(a)
    try:
        files.merge_file(db, b)
    finally:
        db.close()
    assert count(a) == 2


# -- 2. erasures arriving with a branch file are confirmed by HR --------------------------------


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _forge(path: Path, employee_ids: list[str], reason: str = "Forged at a branch", names: tuple = ()) -> None:
    """An erasure record written straight into a file, as anyone with a SQLite tool could."""
    import uuid

    from mentordesk.storage.erasure import Erasure, fingerprint, write_erasure
    from mentordesk.storage.erasure_text import text_prints

    salt = uuid.uuid4().hex
    record = Erasure(id=str(uuid.uuid4()), erased_at="2026-11-30T10:00:00.000000Z", erased_by="someone",
                     site="rotterdam", reason=reason, person_ids=(str(uuid.uuid4()),), salt=salt,
                     fingerprints=frozenset({fingerprint(salt, "employee_id", e) for e in employee_ids}
                                            | text_prints(salt, names)))
    conn = sqlite3.connect(path)
    try:
        with conn:
            write_erasure(conn, record)
    finally:
        conn.close()


def _merge_into(into: Path, other: Path, **kw) -> files.MergeResult:
    db = Database.open(into)
    try:
        return files.merge_file(db, other, **kw)
    finally:
        db.close()


def _eid_of(path: Path, person_id: str) -> str:
    return _person(path, person_id)["employee_id"]


@pytest.mark.parametrize("how", ["erased-at-branch", "forged-record"])
def test_a_branch_erasure_is_listed_and_refused_until_hr_confirms(hq: Subject, tmp_path: Path, how: str):
    branch = tmp_path / "rotterdam.db"
    shutil.copy(hq.path, branch)
    if how == "erased-at-branch":
        _erase(branch, hq.person_id)
    else:
        _forge(branch, [EID], names=(NAME,))
    before = _sha(hq.path)
    dry = _merge_into(hq.path, branch, dry_run=True)
    assert [e.employee_ids for e in dry.incoming_erasures] == [(EID,)]
    assert "carries 1 erasure" in dry.summary_text() and EID in dry.summary_text()
    with pytest.raises(files.ErasuresNotConfirmed, match="carries 1 erasure"):
        _merge_into(hq.path, branch)
    assert _sha(hq.path) == before  # refused: not one byte changed, the person is still here
    assert _person(hq.path, hq.person_id)["name"] == NAME
    result = _merge_into(hq.path, branch, apply_erasures=True)
    assert "Erasures applied" in result.erasure_note and EID not in result.summary_text()
    assert _person(hq.path, hq.person_id)["name"] == "Erased person"
    _clean(hq.path, hq)
    again = _merge_into(branch, hq.path)  # the other way: nothing new to confirm any more
    assert not again.incoming_erasures


def test_several_erasures_and_one_for_nobody_here_are_listed(hq: Subject, tmp_path: Path):
    branch = tmp_path / "krakow.db"
    shutil.copy(hq.path, branch)
    other_eid = _eid_of(hq.path, hq.other_person_id)
    _forge(branch, [other_eid], "Second forged record")
    _forge(branch, ["NOBODY-HERE-991"], "Third forged record")
    _erase(branch, hq.person_id)
    dry = _merge_into(hq.path, branch, dry_run=True)
    listed = sorted(e.employee_ids for e in dry.incoming_erasures)
    assert listed == sorted([(), (other_eid,), (EID,)])
    assert "a person no longer in this file" in dry.summary_text()
    with pytest.raises(files.ErasuresNotConfirmed, match="carries 3 erasures"):
        _merge_into(hq.path, branch)
    assert _person(hq.path, hq.other_person_id)["employee_id"] == other_eid


def test_erasures_made_here_always_apply_to_the_branch_rows(hq: Subject, tmp_path: Path):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)  # an old copy that still holds the person
    _erase(hq.path, hq.person_id)
    db = Database.open(branch)  # the branch goes on editing the person after its copy was made
    try:
        with db.transaction() as conn:
            rows.update(conn, "people", hq.person_id, {"notes": f"Branch note about {NAME} QX91-BRANCH"})
            rows.insert(conn, "meetings", {"relationship_id": hq.rel_id, "date": "2026-11-20", "minutes": 40,
                                           "outcome": "held", "topics": f"Career plan of {NAME}",
                                           "notes": "QX92-BRANCH"})
    finally:
        db.close()
    assert b"QX91-BRANCH" in branch.read_bytes()
    result = _merge_into(hq.path, branch)  # no confirmation: the erasure is this file's own
    assert not result.incoming_erasures and "Erasures applied" in result.erasure_note
    _clean(hq.path, hq)
    data = hq.path.read_bytes()
    assert b"QX91-BRANCH" not in data and b"QX92-BRANCH" not in data


def test_the_merge_command_refuses_and_names_the_count_and_the_flag(hq: Subject, tmp_path: Path, home: Path):
    branch = tmp_path / "rotterdam.db"
    shutil.copy(hq.path, branch)
    _forge(branch, [EID], names=(NAME,))
    _forge(branch, [_eid_of(hq.path, hq.other_person_id)])
    before = _sha(hq.path)
    refused = run_cli(home, "--db", str(hq.path), "merge", str(branch))
    assert refused.returncode == 1
    assert "carries 2 erasures" in refused.stderr and "--apply-erasures" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _sha(hq.path) == before
    dry = run_cli(home, "--db", str(hq.path), "merge", str(branch), "--dry-run")
    assert dry.returncode == 0 and EID in dry.stdout and "2 erasures not made in this file" in dry.stdout
    done = run_cli(home, "--db", str(hq.path), "merge", str(branch), "--apply-erasures")
    assert done.returncode == 0, done.stderr
    _clean(hq.path, hq)


# -- 2b. the window's merge asks before applying another file's erasures -------------------------


def _click_when_shown(qtbot, button_text: str, seen: list[str]) -> None:
    """Click a button of the erasures question once it is up (a real click on the modal box)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "incomingErasuresBox" and widget.isVisible():
                seen.append(widget.text() + "\n" + widget.informativeText())
                button = next(b for b in widget.buttons() if b.text().replace("&", "") == button_text)
                qtbot.mouseClick(button, Qt.LeftButton)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


@pytest.mark.parametrize("answer", ["Cancel", "Apply the erasures and merge"])
def test_the_window_asks_before_a_branch_file_s_erasures_apply(open_window, qtbot, hq: Subject, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, answer: str):
    from ui import file_actions

    branch = tmp_path / "rotterdam.db"
    shutil.copy(hq.path, branch)
    _erase(branch, hq.person_id)
    finished: list[str] = []
    monkeypatch.setattr(file_actions.QMessageBox, "information", lambda parent, title, text: finished.append(text))
    w = open_window(hq.path, show=False)
    seen: list[str] = []
    _click_when_shown(qtbot, answer, seen)
    w.merge_files([branch])
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "1 erasure(s)" in seen[0] and EID in seen[0] and NAME not in seen[0]
    if answer == "Cancel":
        from ui import tasks

        assert tasks.wait_for_all(20000)  # a merge started after the answer would have finished by now
        assert getattr(w, "last_merge_result", None) is None
        assert _person(hq.path, hq.person_id)["name"] == NAME  # nothing was merged
        assert not file_actions.files_service.merge_log(w.db)
    else:
        qtbot.waitUntil(lambda: getattr(w, "last_merge_result", None) is not None, timeout=20000)
        assert _person(hq.path, hq.person_id)["name"] == "Erased person"
        assert finished and "Erasures applied" in finished[-1]
    w.close()


# -- 4. retention spans in Preferences ----------------------------------------------------------


def _policy(path: Path):
    from mentordesk.services import retention

    db = Database.open(path, readonly=True)
    try:
        return retention.get_policy(db)
    finally:
        db.close()


def _type_into(qtbot, spin, value: int) -> None:
    from PySide6.QtCore import Qt

    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin, Qt.Key_Tab)


def test_preferences_set_the_file_s_retention_spans_by_typing(open_window, qtbot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

    from mentordesk.services import retention

    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "acme.db"
    make_demo(path)
    db = Database.open(path)
    try:
        program = db.scalar("SELECT id FROM programs ORDER BY id LIMIT 1")
        retention.set_policy(db, retention.RetentionPolicy(programs={program: 6}))  # a program's own span
    finally:
        db.close()
    w = open_window(path, show=False)
    dialog = w.show_preferences()
    spins = {s.objectName(): s for s in dialog.findChildren(QSpinBox)}
    assert [spins[n].value() for n in ("notesMonths", "inactiveMonths", "backupMonths")] == [24, 36, 24]
    _type_into(qtbot, spins["notesMonths"], 7)
    _type_into(qtbot, spins["inactiveMonths"], 999)  # more than allowed: the box keeps it in range
    _type_into(qtbot, spins["backupMonths"], 13)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    policy = _policy(path)
    assert (policy.notes_months, policy.backup_months) == (7, 13)
    assert retention.MIN_MONTHS <= policy.inactive_months <= retention.MAX_MONTHS
    assert policy.programs == {program: 6}  # the program's own span is left alone
    again = w.show_preferences()  # shown as stored
    assert {s.objectName(): s.value() for s in again.findChildren(QSpinBox)}["notesMonths"] == 7
    again.reject()
    w.close()


def test_preferences_without_a_writable_file_change_no_retention(empty_window, qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QSpinBox

    w = empty_window
    dialog = w.show_preferences()  # no file open: a sentence, no boxes
    assert not dialog.findChildren(QSpinBox, "notesMonths")
    assert dialog.retention_box.chosen() is None and dialog.retention_box.save()
    dialog.reject()
    path = tmp_path / "acme.db"
    make_demo(path)
    db = Database.open(path, readonly=True)
    try:
        from ui.dialogs.retention_box import RetentionBox

        box = RetentionBox(db)
        qtbot.addWidget(box)
        assert all(not s.isEnabled() for s in box.findChildren(QSpinBox))
        box.spins["notes_months"].setValue(3)
        assert box.save()  # nothing written to a read-only file
    finally:
        db.close()
    assert _policy(path).notes_months == 24
    w.close()
