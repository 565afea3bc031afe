"""Issue 9 §2, clocks lie: a branch laptop one day fast must not undo head office's later edits.

Every step is a real process; the branch's processes run under libfaketime one day
ahead. Merges order changes by what each side had seen (hybrid logical clock), flag
stamps from the future, keep true conflicts for HR, and never say "Nothing to change"
when the files differ.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

from mentordesk.clock import parse_iso
from mentordesk.storage import file_meta
from mentordesk.storage.backup import list_backups
from mentordesk.storage.database import Database

from .merge_helpers import (
    DAY_AHEAD,
    dump,
    edit_person,
    merge_cli,
    need_faketime,
    person,
)

EID = "E0005"
NOTHING = "Nothing to change"


def _branch(demo_file, tmp_path):
    hq, branch = demo_file, tmp_path / "branch.db"
    shutil.copy(hq, branch)
    return hq, branch


def test_head_office_edit_after_merging_a_fast_branch_wins_everywhere(demo_file, tmp_path, home):
    need_faketime()
    hq, branch = _branch(demo_file, tmp_path)

    edit_person(home, branch, EID, "branch", prefix=DAY_AHEAD, department="Set at the branch")
    branch_stamp = person(branch, EID)["field_times"]["department"]
    assert (parse_iso(branch_stamp) - datetime.now(UTC)).total_seconds() > 20 * 3600  # the clock lies

    first = merge_cli(home, hq, branch, "hq")
    assert first.returncode == 0, first.stderr
    assert person(hq, EID)["department"] == "Set at the branch"
    assert "ahead of this computer's clock" in first.stdout and "branch" in first.stdout

    edit_person(home, hq, EID, "hq", department="Set later at head office")  # real clock: "yesterday" for the branch
    hq_stamp = person(hq, EID)["field_times"]["department"]
    assert hq_stamp > branch_stamp  # ordered after what head office had seen

    back = merge_cli(home, branch, hq, "branch", prefix=DAY_AHEAD)
    assert back.returncode == 0, back.stderr
    assert person(branch, EID)["department"] == "Set later at head office"
    assert NOTHING not in back.stdout and "conflicting" not in back.stdout

    again = merge_cli(home, hq, branch, "hq")
    assert again.returncode == 0, again.stderr
    assert person(hq, EID)["department"] == "Set later at head office"
    assert "conflicting" not in again.stdout
    assert dump(hq)["people"] == dump(branch)["people"]


def test_a_merge_raises_the_files_clock_so_the_next_edit_orders_after_it(demo_file, tmp_path, home):
    need_faketime()
    hq, branch = _branch(demo_file, tmp_path)
    edit_person(home, branch, "E0002", "branch", prefix=DAY_AHEAD, title="Branch title")
    newest_incoming = person(branch, "E0002")["updated_at"]

    assert merge_cli(home, hq, branch, "hq").returncode == 0
    db = Database.open(hq, readonly=True)
    assert (file_meta.hlc(db.conn) or "") >= newest_incoming
    db.close()
    # A different person, edited later by a new process on the real clock, still orders after.
    edit_person(home, hq, "E0003", "hq", notes="after the merge")
    assert person(hq, "E0003")["updated_at"] > newest_incoming


def test_fast_branch_edit_without_seeing_head_office_is_a_conflict_both_ways(demo_file, tmp_path, home):
    need_faketime()
    hq, branch = _branch(demo_file, tmp_path)
    edit_person(home, hq, EID, "hq", department="Head office's edit")
    edit_person(home, branch, EID, "branch", prefix=DAY_AHEAD, department="Branch's blind edit")

    into_hq = merge_cli(home, hq, branch, "hq", "--prefer", "local")
    assert into_hq.returncode == 0, into_hq.stderr
    assert "1 conflicting change:" in into_hq.stdout and "department" in into_hq.stdout
    assert person(hq, EID)["department"] == "Head office's edit"  # HR's choice, not the lying clock's

    into_branch = merge_cli(home, branch, hq, "branch", prefix=DAY_AHEAD)
    assert into_branch.returncode == 0, into_branch.stderr
    assert NOTHING not in into_branch.stdout
    assert person(branch, EID)["department"] == "Head office's edit"  # HR's choice travelled


def test_unseen_edit_is_reported_not_silently_resolved_by_the_default(demo_file, tmp_path, home):
    """The branch's stamp is newer only because its clock is wrong: the default keeps it but says so."""
    need_faketime()
    hq, branch = _branch(demo_file, tmp_path)
    edit_person(home, hq, EID, "hq", title="HQ title")
    edit_person(home, branch, EID, "branch", prefix=DAY_AHEAD, title="Branch title")
    dump_before = dump(branch)["people"]

    out = merge_cli(home, branch, hq, "branch", prefix=DAY_AHEAD)  # the branch keeps its (future) value
    assert out.returncode == 0, out.stderr
    assert person(branch, EID)["title"] == "Branch title"
    assert NOTHING not in out.stdout
    assert "conflicting change" in out.stdout and "HQ title" in out.stdout
    assert "No entry in this file had to change" in out.stdout
    assert dump(branch)["people"] == dump_before


def test_older_incoming_values_are_never_called_nothing_to_change(demo_file, tmp_path, home):
    hq, branch = _branch(demo_file, tmp_path)
    edit_person(home, hq, EID, "hq", title="First")
    assert merge_cli(home, branch, hq, "branch").returncode == 0
    edit_person(home, branch, EID, "branch", title="Second, after seeing the first")

    out = merge_cli(home, branch, hq, "branch")
    assert out.returncode == 0, out.stderr
    assert NOTHING not in out.stdout
    assert "Older values in the other file, not taken: " in out.stdout
    assert person(branch, EID)["title"] == "Second, after seeing the first"

    same = tmp_path / "same.db"
    shutil.copy(branch, same)
    identical = merge_cli(home, branch, same, "branch")
    assert NOTHING in identical.stdout  # and when they really are the same, it says so


def test_a_merge_that_changes_nothing_makes_no_backup(demo_file, tmp_path, home):
    hq, branch = _branch(demo_file, tmp_path)
    def merge_backups() -> list:
        return [b.path for b in list_backups(hq) if b.reason == "merge"]

    for _ in range(3):
        out = merge_cli(home, hq, branch, "hq")
        assert out.returncode == 0 and NOTHING in out.stdout
    assert merge_backups() == []
    edit_person(home, branch, EID, "branch", notes="something new")
    out = merge_cli(home, hq, branch, "hq")
    assert out.returncode == 0, out.stderr
    assert len(merge_backups()) == 1, (out.stdout, list_backups(hq))


def test_a_slow_branch_edit_made_after_seeing_head_office_still_wins(demo_file, tmp_path, home):
    """The same class the other way round: a laptop one day slow, which has merged head office's edit."""
    need_faketime()
    slow = ["faketime", "-f", "-1d"]
    hq, branch = _branch(demo_file, tmp_path)
    edit_person(home, hq, EID, "hq", title="Head office's title")
    assert merge_cli(home, branch, hq, "branch", prefix=slow).returncode == 0
    edit_person(home, branch, EID, "branch", prefix=slow, title="Branch title, after seeing head office's")
    assert person(branch, EID)["field_times"]["title"] > person(hq, EID)["field_times"]["title"]

    out = merge_cli(home, hq, branch, "hq")
    assert out.returncode == 0, out.stderr
    assert person(hq, EID)["title"] == "Branch title, after seeing head office's"
    assert "conflicting" not in out.stdout
