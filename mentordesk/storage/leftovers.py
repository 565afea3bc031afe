"""Temporary files of MentorDesk's outputs: one recognisable name, and cleaning up after a crash.

Every file MentorDesk writes where the user said (an export, a report, a backup)
is first written under a temporary name beside it and renamed into place when
complete (`storage.outputs`). A crash or kill -9 in between leaves that
temporary file behind; it holds HR data, so it must not linger. Only files that
are provably ours are removed, never a user's file:

* the name has exactly the pattern ``.<name>.<host>-<pid>-<random>.mentordesk-tmp``
  (plus SQLite's ``-journal``/``-wal``/``-shm`` beside it), is a regular file of
  this user; and
* it is old: the process that wrote it (``pid`` on this machine, ``host``) has
  ended, or -- for a writer on another laptop sharing the folder, whose process
  we cannot see -- it has not changed for `STALE_AFTER`.

Each temporary file is also noted in a small registry in the user's config
folder while it exists, so the next start cleans it wherever it was written,
not only in the folders MentorDesk happens to look at. Older MentorDesk versions
used other names (`.export-*.csv`, `.<name>.*.part`), and backups and restores
use their own (``.partial``, ``.restore-*``); those are cleaned by age alone.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import time
from pathlib import Path

TEMP_SUFFIX = ".mentordesk-tmp"
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
#: A temporary file of another machine's writer is only removed once unchanged this long (seconds).
STALE_AFTER = 24 * 3600
#: Longest part of the final name kept in the temporary name (file names are limited to 255 bytes).
_NAME_KEEP = 60

_SIDE = r"(?:-journal|-wal|-shm)?"
_TEMP_RE = re.compile(
    r"^\.(?P<name>.*)\.(?P<host>[0-9a-f]{6})-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}"
    + re.escape(TEMP_SUFFIX) + _SIDE + r"$", re.DOTALL)
_LEGACY_RES = (
    re.compile(r"^\..+\.[0-9a-f]{32}\.partial" + _SIDE + r"$", re.DOTALL),  # storage.backup copies
    re.compile(r"^\.export-[a-z0-9_]{8}\.csv$"),  # export-people before storage.outputs
    re.compile(r"^\..+\.[a-z0-9_]{8}\.part$", re.DOTALL),  # report PDFs before storage.outputs
    re.compile(r"^\..+\.restore-[0-9a-f]{32}" + _SIDE + r"$", re.DOTALL),  # a restore's staged copy
)
_PREVIEW_PREFIX = "mentordesk-preview-"
_PREVIEW_RE = re.compile(r"^mentordesk-preview-(?:(?P<host>[0-9a-f]{6})-(?P<pid>[0-9]{1,10})-)?[a-z0-9_]{8}$")


def host_tag() -> str:
    """Six hex digits naming this machine, so a pid is only judged on the machine it belongs to.

    POSIX's uname names the machine as gethostname does, without importing `socket` (and
    `selectors`) into every report and export (issue 15); Windows asks `socket`."""
    if hasattr(os, "uname"):
        name = os.uname().nodename
    else:
        import socket

        name = socket.gethostname()
    import hashlib  # here, like tempfile and shutil below: every open imports this module

    return hashlib.sha1(name.encode("utf-8", "replace")).hexdigest()[:6]


def temp_name_for(final: Path) -> Path:
    """The temporary name beside `final`: hidden, recognisable, unique per process and call."""
    keep = final.name[:_NAME_KEEP]
    return final.with_name(f".{keep}.{host_tag()}-{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}")


def is_temp_name(name: str) -> bool:
    return _TEMP_RE.match(name) is not None


def _pid_alive(pid: int) -> bool | None:
    """True/False on this machine; None when it cannot be told (then only age decides)."""
    if sys.platform == "win32" or pid <= 0 or pid > 2**31 - 1:
        return None  # os.kill(pid, 0) would *signal* a process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True  # exists but belongs to someone else, or unknown: keep the file
    return True


def _ours(st: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or st.st_uid == os.geteuid()


def _writer_gone(host: str | None, pid: str | None) -> bool:
    return host == host_tag() and pid is not None and _pid_alive(int(pid)) is False


def _removable(name: str, st: os.stat_result, now: float) -> bool:
    old = now - st.st_mtime > STALE_AFTER
    match = _TEMP_RE.match(name)
    if match is not None:
        return old or _writer_gone(match["host"], match["pid"])
    return old and any(r.match(name) for r in _LEGACY_RES)


def remove_temp(tmp: Path) -> None:
    """Remove one temporary file and SQLite's files beside it; missing ones are fine."""
    for path in (tmp, *(tmp.with_name(tmp.name + s) for s in SIDE_SUFFIXES)):
        try:
            path.unlink()
        except OSError:
            pass


def sweep_folder(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove our stale temporary files in one folder (not below it); returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # missing or unreadable: nothing of ours can be cleaned there
    for entry in entries:
        if not entry.name.startswith("."):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not entry.is_file(follow_symlinks=False) or not _ours(st) or not _removable(entry.name, st, now):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


# -- the registry: where temporary files are right now ---------------------------------------

def _registry() -> Path:
    from ..site import config_dir

    return config_dir() / "pending-outputs"


def register(tmp: Path) -> Path | None:
    """Note `tmp` so the next start finds it even in a folder it never looks at; None if that failed."""
    folder = _registry()
    entry = folder / f"{os.getpid()}-{os.urandom(6).hex()}"  # as secrets.token_hex(6)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, os.fsencode(str(tmp)))
        finally:
            os.close(fd)
    except OSError:
        return None  # a read-only home still writes outputs; the folder sweep remains
    return entry


def unregister(entry: Path | None) -> None:
    if entry is not None:
        try:
            entry.unlink()
        except OSError:
            pass


def sweep_registry() -> list[Path]:
    """Remove the temporary files of processes that ended without finishing; returns them."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(_registry()))
    except OSError:
        return removed
    for entry in entries:
        pid, _, _ = entry.name.partition("-")
        try:
            st = entry.stat(follow_symlinks=False)
            gone = pid.isdigit() and _pid_alive(int(pid)) is False
            if not entry.is_file(follow_symlinks=False) or not (gone or now - st.st_mtime > STALE_AFTER):
                continue
            with open(entry.path, "rb") as fh:
                tmp = Path(os.fsdecode(fh.read(8192)))
            if is_temp_name(tmp.name) and tmp.is_absolute() and _temp_removable(tmp, gone, now):
                remove_temp(tmp)
                removed.append(tmp)
            os.unlink(entry.path)
        except OSError:
            continue
    return removed


def _temp_removable(tmp: Path, writer_gone: bool, now: float) -> bool:
    try:
        st = tmp.lstat()
    except FileNotFoundError:
        return True  # only its side files may be left
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and _ours(st) and (writer_gone or now - st.st_mtime > STALE_AFTER)


# -- preview folders ---------------------------------------------------------------------

def private_temp_folder() -> Path:
    """A folder for report previews only this user can read, named so a later start can clean it."""
    sweep_preview_folders()
    import tempfile

    path = Path(tempfile.mkdtemp(prefix=f"{_PREVIEW_PREFIX}{host_tag()}-{os.getpid()}-"))
    os.chmod(path, 0o700)
    return path


def sweep_preview_folders(parent: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove preview folders of windows that ended (crash, kill -9) or are a day old and unused."""
    import shutil
    import tempfile

    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(parent or tempfile.gettempdir()))
    except OSError:
        return removed
    for entry in entries:
        match = _PREVIEW_RE.match(entry.name)
        if match is None:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not entry.is_dir(follow_symlinks=False) or not _ours(st):
                continue
            if _writer_gone(match["host"], match["pid"]) or now - st.st_mtime > STALE_AFTER:
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def clean_after_crash(db_path: str | os.PathLike[str]) -> list[Path]:
    """At start: leftovers noted in the registry, beside the company file and in its backups folder."""
    from .backup_place import backups_dir_for  # not the backup machinery: a read-only open runs this too

    removed: list[Path] = []
    try:
        db = Path(db_path).expanduser().absolute()
        removed += sweep_registry()
        removed += sweep_folder(db.parent)
        removed += sweep_folder(backups_dir_for(db))
    except (OSError, ValueError):
        pass  # cleaning up must never stop the file from opening
    return removed
