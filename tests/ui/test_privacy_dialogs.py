"""Issue 14 in the window: the person's menu exports personal data and erases a person, with a confirmation."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mentordesk.services import personal_data as pd
from mentordesk.storage.backup import make_backup
from tests.privacy_setup import EID, NAME, Subject, make_demo, name_everywhere
from ui.dialogs.privacy_dialogs import EraseDialog, export_to
from ui.views.people import PeopleView


@pytest.fixture
def subject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setenv("MENTORDESK_SITE", "window")
    path = tmp_path / "acme.db"
    make_demo(path)
    return name_everywhere(path)


@pytest.fixture
def view(open_window, subject: Subject) -> PeopleView:
    w = open_window(subject.path)
    v = w.show_view("PeopleView")
    assert isinstance(v, PeopleView) and v.select_person(subject.person_id)
    return v


def _actions(view: PeopleView) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in view.person_menu().actions() if not a.isSeparator()}


def test_the_person_menu_offers_both_rights(view: PeopleView):
    actions = _actions(view)
    assert actions["Export personal data…"] and actions["Erase person…"]
    view.table.clearSelection()
    left = _actions(view)
    assert left.pop("Erasure log and old backups…") and not any(left.values())  # nobody selected: nothing to act on


def test_export_from_the_window_writes_the_archive(view: PeopleView, subject: Subject, tmp_path: Path):
    out = export_to(view, view.db, subject.person_id, tmp_path / "export.zip")
    assert out is not None
    with zipfile.ZipFile(out) as z:
        assert NAME in z.read(pd.JSON_NAME).decode()
    assert export_to(view, view.db, subject.person_id, subject.path) is None  # refused, said in a box
    assert view.findChild(object, "errorBox") is not None


def test_erase_states_what_happens_needs_a_reason_and_offers_the_backups(qtbot, view: PeopleView, subject: Subject):
    old = make_backup(subject.path, "manual")
    dialog = view.erase_person()
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    text = dialog.explanation.text()
    assert NAME in text and EID in text and "cannot be undone" in text and "merge" in text
    assert not dialog.erase_button.isEnabled()
    assert NAME.encode() in subject.path.read_bytes()
    dialog.reason.setText("Their request by letter")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.LeftButton)
    assert not any(s.encode() in subject.path.read_bytes() for s in subject.secrets)
    assert dialog.purge_button.isVisible() and dialog.backups.count() >= 1
    assert old.exists()
    qtbot.mouseClick(dialog.purge_button, Qt.LeftButton)
    assert not old.exists() and not dialog.purge_button.isVisible()
    names = [view.model.data(view.model.index(r, 0), Qt.DisplayRole) for r in range(view.model.rowCount())]
    assert NAME not in names


def test_a_reason_naming_the_person_is_refused_in_the_window(qtbot, view: PeopleView, subject: Subject):
    dialog = view.erase_person()
    dialog.reason.setText(f"{NAME} asked")
    qtbot.mouseClick(dialog.erase_button, Qt.LeftButton)
    assert dialog.erase_button.isVisible() and NAME.encode() in subject.path.read_bytes()
    assert dialog.findChild(object, "errorBox") is not None


def test_the_erasure_log_lists_erasures_and_offers_old_backups_later(qtbot, view: PeopleView, subject: Subject):
    empty = view.show_erasure_log()
    assert empty.log.item(0).text() == "Nobody has been erased in this file." and not empty.purge_button.isVisible()
    empty.close()
    old = make_backup(subject.path, "manual")
    pd.erase_person(view.db, subject.person_id, "Retention ended")
    dialog = view.show_erasure_log()
    assert "Retention ended" in dialog.log.item(0).text()
    listed = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    assert dialog.purge_button.isVisible() and any(line.endswith(old.name) for line in listed)
    qtbot.mouseClick(dialog.purge_button, Qt.LeftButton)
    assert not old.exists() and not dialog.purge_button.isVisible()
