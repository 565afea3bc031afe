"""Recognise cloud-synced folders and the conflict copies they leave behind.

Sync services copy whole files after they change and cannot merge two SQLite
files: when two laptops change the same file, one change is kept under the
real name and the other becomes a "conflicted copy" beside it, and the HR
manager may never notice that half a week of work sits in that copy. We name
the service so the advice can be specific, and find those copies so the app
can offer to merge them instead of letting them rot.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mentordesk.i18n import N_
from mentordesk.storage.filecheck import SQLITE_HEADER
from mentordesk.storage.lock_place import lock_path_for

__all__ = ["SYNC_ADVICE", "sync_service_for", "find_conflict_copies"]

#: English source; say it with `_(SYNC_ADVICE)`.
SYNC_ADVICE = N_(
    "This file is in a folder that a sync service copies between computers. That is fine "
    "if you follow a few rules, because the service cannot combine changes made on two "
    "computers; it keeps one and puts the other aside as a \"conflicted copy\".\n"
    "\n"
    "• Only one person edits the file at a time.\n"
    "• Never have the same file open on two laptops at once, even if one is just sitting there.\n"
    "• Before opening the file, wait until the sync icon shows everything is up to date.\n"
    "• After closing MentorDesk, wait for the sync to finish before shutting the laptop.\n"
    "• Better still: give each site its own file, and have head office merge the site files "
    "into its own (File > Merge) instead of everyone sharing one.\n"
    "\n"
    "If MentorDesk finds a conflicted copy beside your file, it will offer to merge it so "
    "no work is lost."
)

# Folder names, compared case-insensitively, as each service creates them on Windows and macOS.
_EXACT_NAMES: dict[str, str] = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "shared drives": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "syncthing": "Syncthing",
    "box": "Box",
    "box sync": "Box",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
}

# Prefixes for names carrying an account or company: "OneDrive - Acme Ltd",
# "Dropbox (Acme)", macOS File Provider "OneDrive-Personal", "GoogleDrive-anna@x.com".
_PREFIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^dropbox[ \-(]", re.IGNORECASE), "Dropbox"),
    (re.compile(r"^onedrive[ \-]", re.IGNORECASE), "OneDrive"),
    (re.compile(r"^googledrive-", re.IGNORECASE), "Google Drive"),
    (re.compile(r"^google drive[ \-(]", re.IGNORECASE), "Google Drive"),
    (re.compile(r"^nextcloud[ \-(]", re.IGNORECASE), "Nextcloud"),
)

# Files or folders a service keeps in the root of what it syncs.
_MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".owncloudsync.log", "Nextcloud"),
    (".nextcloudsync.log", "Nextcloud"),
)
_MARKER_GLOBS: tuple[tuple[str, str], ...] = ((".sync_*.db", "Nextcloud"),)


def _components(path: str | os.PathLike[str]) -> list[str]:
    # Split on both separators so a Windows path is understood on any OS (and in tests).
    return [c for c in re.split(r"[\\/]+", os.fspath(path)) if c]


def _by_name(name: str) -> str | None:
    key = name.casefold()
    if key in _EXACT_NAMES:
        return _EXACT_NAMES[key]
    for pattern, service in _PREFIXES:
        if pattern.match(name):
            return service
    return None


def _by_marker(folder: Path) -> str | None:
    for marker, service in _MARKERS:
        try:
            if (folder / marker).exists():
                return service
        except OSError:
            continue
    for glob, service in _MARKER_GLOBS:
        try:
            if any(True for _ in folder.glob(glob)):
                return service
        except OSError:
            continue
    return None


def sync_service_for(path: str | os.PathLike[str]) -> str | None:
    """The sync service whose folder holds `path`, or None.

    Looks at folder names first (works even when the path does not exist yet),
    then for the marker files services leave in their root, nearest folder
    first. Symlinks are followed too: `~/Dropbox` is often a link elsewhere.
    """
    candidates = [os.fspath(path)]
    try:
        resolved = str(Path(path).resolve())
        if resolved != candidates[0]:
            candidates.append(resolved)
    except (OSError, RuntimeError):
        pass
    for candidate in candidates:
        parts = _components(candidate)
        if parts and "." in parts[-1].lstrip("."):
            parts = parts[:-1]  # a file name such as "Dropbox.db" says nothing about the folder
        for name in reversed(parts):
            service = _by_name(name)
            if service:
                return service
    for candidate in candidates:
        start = Path(candidate)
        for folder in [start, *start.parents]:
            try:
                if not folder.is_dir():
                    continue
            except OSError:
                continue
            service = _by_marker(folder)
            if service:
                return service
    return None


def _conflict_patterns(stem: str, suffix: str) -> list[re.Pattern[str]]:
    s, x = re.escape(stem), re.escape(suffix)
    return [
        # Dropbox "(conflicted copy 2026-11-02)", "(Anna's conflicted copy 2026-11-02)", "(... (1))";
        # Nextcloud/ownCloud "(conflicted copy 2026-11-02 101010)".
        re.compile(rf"^{s} \((?:[^()]+['’]s )?conflicted copy(?: [^()]*?)?(?: \(\d+\))?\){x}$", re.IGNORECASE),
        # Dropbox "(Case Conflict)" and "(Selective Sync Conflict)".
        re.compile(rf"^{s} \((?:case|selective sync) conflict(?: \d+)?\){x}$", re.IGNORECASE),
        # Older ownCloud: "name_conflict-20261102-101010.db".
        re.compile(rf"^{s}_conflict-\d{{8}}-\d{{6}}{x}$", re.IGNORECASE),
        # Syncthing: "name.sync-conflict-20261102-101010-ABCDEFG.db".
        re.compile(rf"^{s}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{x}$", re.IGNORECASE),
        # Google Drive: "name (1).db".
        re.compile(rf"^{s} \(\d{{1,3}}\){x}$"),
        # iCloud Drive: "name 2.db".
        re.compile(rf"^{s} [2-9]{x}$|^{s} [1-9]\d{x}$"),
        # OneDrive keeps the other laptop's copy as "name-LAPTOP7.db" or "name-LAPTOP7-1.db".
        re.compile(rf"^{s}-(?P<machine>[A-Za-z0-9][A-Za-z0-9-]{{0,62}}?)(?:-\d+)?{x}$"),
    ]


def _plausible_machine(match: re.Match[str]) -> bool:
    # Windows forbids all-digit computer names; "name-2025.db" or "name-old-2.db" are
    # far more likely a person's own copies than a sync conflict.
    machine = match.groupdict().get("machine")
    if machine is None:
        return True
    if machine.isdigit() or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", machine):
        return False
    return machine.casefold() not in {"old", "copy", "backup", "new", "test", "archive", "kopie"}


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def find_conflict_copies(db_path: str | os.PathLike[str]) -> list[Path]:
    """Conflict copies of `db_path` that sync services left in its folder, sorted by name.

    Only real SQLite files count; the file itself, its lock note, its journal
    files and its backups are never reported. OneDrive's "name-MACHINE.db"
    form is ambiguous by nature, so the UI should ask before merging.
    """
    db = Path(db_path)
    folder = db.parent
    own = {
        db.name.casefold(),
        lock_path_for(db).name.casefold(),
        *(f"{db.name}{s}".casefold() for s in ("-journal", "-wal", "-shm")),
    }
    patterns = _conflict_patterns(db.stem, db.suffix)
    backup_name = re.compile(rf"^{re.escape(db.stem)} \d{{4}}-\d{{2}}-\d{{2}}T\d{{6}}\.\d{{3}}Z [a-z-]+\.db$")
    found: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if name.casefold() in own or name.startswith(".") or backup_name.match(name):
            continue
        for pattern in patterns:
            m = pattern.match(name)
            if m and _plausible_machine(m):
                break
        else:
            continue
        try:
            if not entry.is_file():
                continue
        except OSError:
            continue
        if _is_sqlite(entry):
            found.append(entry)
    return sorted(found, key=lambda p: p.name)
