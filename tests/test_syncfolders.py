"""Sync-folder recognition and conflict-copy discovery."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentordesk.storage.backup import make_backup
from mentordesk.storage.lockfile import acquire, lock_path_for
from mentordesk.storage.syncfolders import SYNC_ADVICE, find_conflict_copies, sync_service_for


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("C:/Users/anna/Dropbox/HR/Mentoring.db", "Dropbox"),
        (r"C:\Users\anna\Dropbox (Acme)\HR\Mentoring.db", "Dropbox"),
        ("/Users/anna/Library/CloudStorage/Dropbox-Acme/HR/Mentoring.db", "Dropbox"),
        (r"C:\Users\anna\OneDrive\Documents\Mentoring.db", "OneDrive"),
        (r"C:\Users\anna\OneDrive - Acme Ltd\HR\Mentoring.db", "OneDrive"),
        ("/Users/anna/Library/CloudStorage/OneDrive-Personal/Mentoring.db", "OneDrive"),
        ("/Users/anna/Google Drive/HR/Mentoring.db", "Google Drive"),
        ("/Users/anna/GoogleDrive/HR/Mentoring.db", "Google Drive"),
        ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@acme.com/My Drive/Mentoring.db", "Google Drive"),
        (r"G:\My Drive\HR\Mentoring.db", "Google Drive"),
        ("/Users/anna/iCloud Drive/Mentoring.db", "iCloud Drive"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/HR/Mentoring.db", "iCloud Drive"),
        (r"C:\Users\anna\iCloudDrive\Mentoring.db", "iCloud Drive"),
        ("/home/anna/Nextcloud/HR/Mentoring.db", "Nextcloud"),
        ("/home/anna/Syncthing/Mentoring.db", "Syncthing"),
    ],
)
def test_service_by_folder_name(path: str, service: str) -> None:
    assert sync_service_for(path) == service


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\hr\Mentoring.db",
        "/home/anna/Documents/Mentoring.db",
        "/home/anna/Documents/Dropbox.db",  # a file named like a service is not a folder
        "/home/anna/Dropboxes/Mentoring.db",
        "/home/anna/NotOneDrive/Mentoring.db",
    ],
)
def test_no_service(path: str) -> None:
    assert sync_service_for(path) is None


@pytest.mark.parametrize(("marker", "service", "is_dir"),
                         [(".dropbox", "Dropbox", False), (".stfolder", "Syncthing", True)])
def test_service_by_marker_in_ancestor(tmp_path: Path, marker: str, service: str, is_dir: bool) -> None:
    root = tmp_path / "Shared"
    deep = root / "HR" / "2026"
    deep.mkdir(parents=True)
    db = deep / "Mentoring.db"
    db.write_bytes(b"")
    assert sync_service_for(db) is None
    if is_dir:
        (root / marker).mkdir()
    else:
        (root / marker).write_text("{}")
    assert sync_service_for(db) == service


def test_service_through_symlink(tmp_path: Path) -> None:
    real = tmp_path / "Dropbox" / "HR"
    real.mkdir(parents=True)
    link = tmp_path / "work"
    link.symlink_to(real)
    assert sync_service_for(link / "Mentoring.db") == "Dropbox"


def test_advice_covers_the_rules() -> None:
    text = SYNC_ADVICE.lower()
    assert "one person" in text
    assert "two laptops" in text
    assert "up to date" in text
    assert "each site its own file" in text and "merge" in text


# --------------------------------------------------------------------------- conflict copies


def sqlite_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    sqlite_file(tmp_path / "Mentoring.db")
    return tmp_path


CONFLICT_NAMES = [
    "Mentoring (conflicted copy 2026-11-02).db",  # Dropbox
    "Mentoring (Anna's conflicted copy 2026-11-02).db",  # Dropbox, named
    "Mentoring (Anna's conflicted copy 2026-11-02 (1)).db",  # Dropbox, second one
    "Mentoring (Case Conflict).db",  # Dropbox
    "Mentoring-LAPTOP7.db",  # OneDrive
    "Mentoring-LAPTOP7-1.db",  # OneDrive, second
    "Mentoring-Annas-MacBook-Pro.db",  # OneDrive on a Mac
    "Mentoring (1).db",  # Google Drive
    "Mentoring (conflicted copy 2026-11-02 101010).db",  # Nextcloud
    "Mentoring_conflict-20261102-101010.db",  # old ownCloud
    "Mentoring.sync-conflict-20261102-101010-ABCDEFG.db",  # Syncthing
    "Mentoring 2.db",  # iCloud
]


@pytest.mark.parametrize("name", CONFLICT_NAMES)
def test_each_conflict_pattern_is_found(folder: Path, name: str) -> None:
    copy = sqlite_file(folder / name)
    assert find_conflict_copies(folder / "Mentoring.db") == [copy]


def test_all_conflicts_together_sorted(folder: Path) -> None:
    copies = [sqlite_file(folder / n) for n in CONFLICT_NAMES]
    assert find_conflict_copies(folder / "Mentoring.db") == sorted(copies, key=lambda p: p.name)


@pytest.mark.parametrize("name", CONFLICT_NAMES[:3] + ["Mentoring-LAPTOP7.db", "Mentoring (1).db"])
def test_conflict_named_file_that_is_not_sqlite_is_ignored(folder: Path, name: str) -> None:
    (folder / name).write_text("a text file, or a copy still downloading")
    (folder / ("x" + name)).write_bytes(b"")
    assert find_conflict_copies(folder / "Mentoring.db") == []


@pytest.mark.parametrize(
    "name",
    [
        "Mentoring-2025.db",  # the user's own yearly copy
        "Mentoring-2025-11.db",
        "Mentoring-old.db",
        "Mentoring copy.db",
        "Mentoring 2026.db",
        "Mentoring (conflicted copy 2026-11-02).txt",
        "Mentoring (conflicted copy 2026-11-02).db-journal",
        "Mentoring.db.corrupt-20261102-101010",
        "Other (conflicted copy 2026-11-02).db",
        "Other-LAPTOP7.db",
        "Mentoringx (1).db",
        "Mentoring.sync-conflict-20261102-101010-ABC.db",
    ],
)
def test_non_matches(folder: Path, name: str) -> None:
    sqlite_file(folder / name)
    assert find_conflict_copies(folder / "Mentoring.db") == []


def test_never_the_file_itself_its_lock_journal_or_backups(folder: Path) -> None:
    db = folder / "Mentoring.db"
    assert acquire(db).acquired
    assert lock_path_for(db).exists()
    make_backup(db, "manual", backups_dir=folder)  # backups kept in the same folder
    make_backup(db, "open")  # and in the default subfolder
    sqlite_file(folder / "Mentoring.db-journal")  # SQLite header, but it's ours
    sqlite_file(folder / "Mentoring.db-wal")
    assert find_conflict_copies(db) == []


def test_missing_folder_gives_empty_list(tmp_path: Path) -> None:
    assert find_conflict_copies(tmp_path / "gone" / "Mentoring.db") == []


def test_conflict_copy_case_of_windows_names(folder: Path) -> None:
    copy = sqlite_file(folder / "Mentoring (Anna's Conflicted Copy 2026-11-02).DB")
    assert find_conflict_copies(folder / "Mentoring.db") == [copy]
