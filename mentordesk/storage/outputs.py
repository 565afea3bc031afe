"""Every file MentorDesk writes where the user said: never onto the company file, never half-written.

One mechanism for every writer (people export, reports, batches, backups, saved
previews), because the failures were one class: `export-people` given the open
company file by another spelling replaced the whole database with a CSV, and a
killed `backup --out` left a 189 MB file that was no backup.

* **Refused places.** The company file and SQLite's files beside it
  (``-journal``, ``-wal``, ``-shm``), its lock note, anything in its backups
  folder, any existing SQLite file, a name SQLite would take for another
  database's journal, a lock note's or a temporary file's name. Compared by
  every spelling: ``./`` and ``..``, symlinks (the real path), hard links and
  bind mounts (same inode), letter case and Unicode form (a case-insensitive
  share is the same file).
* **Atomic.** The content goes to a temporary file beside the target (owner-only,
  named by `leftovers.temp_name_for`), is fsynced, then renamed into place: after
  a kill -9 there is either no file under the chosen name or a complete one.
  A failure removes the temporary file; a crash leaves it for `leftovers` to
  clean at the next start.
* **Sentences.** Refusals are `OutputRefused` (a ValidationError: the choice was
  wrong), failures while writing `OutputError` (disk full, no permission,
  read-only disk); both say that nothing was written.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StorageError, ValidationError
from ..i18n import N_
from ..i18n import gettext as _
from . import leftovers
from .lock_place import LOCK_PREFIX, LOCK_SUFFIX, lock_path_for

SQLITE_HEADER = b"SQLite format 3\x00"
_NOTHING = N_("Nothing was written and the company file is unchanged.")  # said with _(_NOTHING)

PathLike = str | os.PathLike[str]


class OutputRefused(ValidationError):
    """The chosen place may not be written (the company file, a database, a folder…); nothing was written."""


class OutputError(StorageError):
    """Writing failed (disk full, no permission, read-only disk); nothing was written under the chosen name."""


# -- comparing places ------------------------------------------------------------------------

def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _real(path: PathLike) -> Path:
    return Path(os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path)))))


def _same_place(a: Path, b: Path) -> bool:
    """Whether `a` and `b` name one file or folder, by any spelling (real path, inode, case)."""
    if _fold(str(_real(a))) == _fold(str(_real(b))):
        return True
    try:
        if os.path.samefile(a, b):
            return True
    except (OSError, ValueError):
        pass
    try:
        return _fold(a.name) == _fold(b.name) and os.path.samefile(a.parent, b.parent)
    except (OSError, ValueError):
        return False


def _inside(path: Path, folder: Path) -> bool:
    return any(_same_place(p, folder) for p in (path, *path.parents))


def is_sqlite_file(path: PathLike) -> bool:
    """Whether `path` is an existing file starting with SQLite's 16-byte header (raises OSError if unreadable)."""
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


# -- what may not be written -----------------------------------------------------------------

def _company_places(company_file: PathLike) -> Iterator[tuple[Path, str]]:
    """The company file's own files, under the path as given and its real path, each with the
    sentence that says why it may not be written (`%(name)s`: the name chosen)."""
    given = Path(os.path.abspath(os.path.expanduser(os.fspath(company_file))))
    for base in dict.fromkeys((given, _real(given))):
        yield base, _("%(name)s is the company file that is open in MentorDesk; writing there would replace your "
                      "HR records.")
        for suffix in leftovers.SIDE_SUFFIXES:
            yield base.with_name(base.name + suffix), _(
                "%(name)s is the company file's save journal (%(kind)s), which SQLite uses to keep the file "
                "whole.").replace("%(kind)s", suffix[1:])
        yield lock_path_for(base), _("%(name)s is the note that says who is editing the company file.")


def _backups_folders(company_file: PathLike) -> list[Path]:
    from .backup_place import backups_dir_for

    given = Path(os.path.abspath(os.path.expanduser(os.fspath(company_file))))
    return list(dict.fromkeys(backups_dir_for(p) for p in (given, _real(given))))


def _refuse(message: str) -> OutputRefused:
    return OutputRefused(" ".join((message, _(_NOTHING), _("Choose another name or folder."))))


def _check_company(final: Path, company_file: PathLike) -> None:
    for place, why in _company_places(company_file):
        if _same_place(final, place):
            raise _refuse(why % {"name": final.name})
    for folder in _backups_folders(company_file):
        if _inside(final, folder):
            raise _refuse(_("%(path)s is in the company file's backups folder (%(folder)s), "
                            "which holds only MentorDesk's own backups.") % {"path": final, "folder": folder.name})


def _check_name(final: Path) -> None:
    """Names that belong to MentorDesk or SQLite, whichever file is open."""
    name = _fold(final.name)
    if name.startswith(LOCK_PREFIX) and name.endswith(LOCK_SUFFIX):
        raise _refuse(_("%(name)s is the name of a MentorDesk lock note.") % {"name": final.name})
    if leftovers.is_temp_name(final.name):
        raise _refuse(_("%(name)s is the name MentorDesk gives its temporary files, which are cleaned away.")
                      % {"name": final.name})
    for suffix in leftovers.SIDE_SUFFIXES:
        if name.endswith(suffix):
            owner = final.with_name(final.name[: -len(suffix)])
            try:
                taken = owner.is_file() and is_sqlite_file(owner)
            except OSError:
                taken = True  # cannot tell: SQLite might take it for that file's journal
            if taken:
                raise _refuse(_("%(name)s would be taken by SQLite for the journal of the database %(owner)s.")
                              % {"name": final.name, "owner": owner.name})


def _check_existing(final: Path, overwrite: bool) -> None:
    try:
        st = os.stat(final)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _refuse(_("%(path)s cannot be checked (%(error)s).") % {"path": final, "error": exc.strerror}) from exc
    if stat.S_ISDIR(st.st_mode):
        raise _refuse(_("%(path)s is a folder; give the name of the file to write.") % {"path": final})
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(_("%(path)s is not an ordinary file.") % {"path": final})
    try:
        sqlite = is_sqlite_file(final)
    except OSError as exc:
        raise _refuse(_("%(name)s already exists and MentorDesk cannot read it to make sure it is not a "
                        "database (%(error)s), so it was left alone.")
                      % {"name": final.name, "error": exc.strerror}) from exc
    if sqlite:
        raise _refuse(_("%(name)s is a database file (perhaps a MentorDesk file); MentorDesk never writes over one.")
                      % {"name": final.name})
    if not overwrite:
        raise _exists(final)
    if not os.access(final, os.W_OK):
        raise _refuse(_("%(path)s is read-only, so it was not replaced.") % {"path": final})


def _exists(final: Path) -> OutputRefused:
    return _refuse(_("%(path)s already exists, and this is never written over.") % {"path": final})


def _check_folder(folder: Path, create: bool) -> None:
    if folder.is_dir():
        return
    if folder.exists() or any(p.exists() and not p.is_dir() for p in folder.parents):
        raise _refuse(_("%(path)s is not a folder.") % {"path": folder})
    if not create:
        raise _refuse(_("The folder %(path)s does not exist.") % {"path": folder})


def check_target(dest: PathLike, company_file: PathLike | None = None, *, overwrite: bool = True,
                 create_folder: bool = False) -> Path:
    """The real path an output would be written to, or OutputRefused saying why not.

    `company_file` is the open file (None where a writer does not know it: then
    only the rules that hold for every database apply). Call it before slow work
    so a wrong choice is refused at once; the writers check again just before
    the rename.
    """
    try:
        final = _real(dest)
    except ValueError:  # a NUL in the name: no file system accepts it
        raise _refuse(_("%(name)s is not a valid file name.") % {"name": repr(os.fspath(dest))}) from None
    if _fold(final.name) in ("", ".", ".."):
        raise _refuse(_("%(path)s is a folder; give the name of the file to write.") % {"path": dest})
    if company_file is not None:
        _check_company(final, company_file)
    _check_name(final)
    _check_folder(final.parent, create_folder)
    _check_existing(final, overwrite)
    return final


def prepare_folder(folder: PathLike, company_file: PathLike | None = None) -> Path:
    """A folder for many outputs (a report batch): refused like a file, created owner-only if missing."""
    real = _real(folder)
    if company_file is not None:
        for place, why in _company_places(company_file):
            if _same_place(real, place):
                raise _refuse(why % {"name": real.name})
        for backups in _backups_folders(company_file):
            if _inside(real, backups):
                raise _refuse(_("%(path)s is the company file's backups folder or inside it; "
                                "it holds only MentorDesk's own backups.") % {"path": real})
    _check_folder(real, create=True)
    if real.exists():
        return real
    try:
        real.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        if not real.is_dir():
            raise _refuse(_("%(path)s is not a folder.") % {"path": real}) from None
    except OSError as exc:
        raise os_error(exc, real) from exc
    return real


# -- writing ---------------------------------------------------------------------------------

def os_error(exc: OSError, final: Path) -> OutputError:
    """A failure while writing `final`, in the HR manager's words."""
    folder = final.parent
    code = exc.errno
    values = {"name": final.name, "folder": folder, "nothing": _(_NOTHING), "error": exc.strerror or exc,
              "short": final.name[:80]}
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = _("The disk is full, so %(name)s could not be written. %(nothing)s Free some space and try again.")
    elif code in (errno.EACCES, errno.EPERM):
        text = _("MentorDesk is not allowed to write %(name)s in the folder %(folder)s. %(nothing)s "
                 "Choose a folder of your own, such as Documents.")
    elif code == errno.EROFS:
        text = _("The folder %(folder)s is on a read-only disk or share. %(nothing)s Choose another folder.")
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = _("The folder %(folder)s does not exist (any more). %(nothing)s Choose another folder.")
    elif code == errno.ENAMETOOLONG:
        text = _("The name %(short)s… is too long for this disk. %(nothing)s Choose a shorter name.")
    else:
        text = _("%(name)s could not be written (%(error)s). %(nothing)s")
    return OutputError(text % values)


def sqlite_error(exc: Exception, final: Path) -> OutputError:
    """SQLite failing while it filled a temporary copy (a backup): disk full, or else its words."""
    text = str(exc).lower()
    if "full" in text:
        return os_error(OSError(errno.ENOSPC, "disk full"), final)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return os_error(OSError(errno.EACCES, "not allowed"), final)
    return OutputError(_("%(name)s could not be written (%(error)s). %(nothing)s")
                       % {"name": final.name, "error": exc, "nothing": _(_NOTHING)})


def _create_private(tmp: Path) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask may have taken bits away, never added: make it exact
    finally:
        os.close(fd)


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name != "posix":
        return  # Windows cannot open a folder; its renames need no folder fsync
    fd = os.open(path, (os.O_RDONLY if directory else os.O_RDWR) | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _publish(tmp: Path, final: Path, overwrite: bool) -> None:
    """Rename into place; without `overwrite` the rename itself refuses an existing file (a hard link)."""
    if overwrite:
        os.replace(tmp, final)
        return
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise _exists(final) from None
    except (OSError, NotImplementedError):  # no hard links on this disk (FAT, some shares): check, then rename
        if os.path.lexists(final):
            raise _exists(final) from None
        os.replace(tmp, final)
        return
    os.unlink(tmp)


@contextmanager
def atomic_output(dest: PathLike, company_file: PathLike | None = None, *, overwrite: bool = True,
                  create_folder: bool = False) -> Iterator[Path]:
    """Yield a private temporary path to fill; on success it becomes `dest` whole, on failure nothing does.

        with atomic_output(out, db.path) as tmp:
            write_everything_to(tmp)
    """
    final = check_target(dest, company_file, overwrite=overwrite, create_folder=create_folder)
    leftovers.sweep_folder(final.parent)
    tmp = leftovers.temp_name_for(final)
    entry = leftovers.register(tmp)
    try:
        if create_folder and not final.parent.exists():
            prepare_folder(final.parent, company_file)
        _create_private(tmp)
        yield tmp
        _fsync(tmp)
        check_target(dest, company_file, overwrite=overwrite)  # nothing became a database meanwhile
        _publish(tmp, final, overwrite)
        _fsync(final.parent, directory=True)
    except OSError as exc:
        leftovers.remove_temp(tmp)
        raise os_error(exc, final) from exc
    except BaseException:
        leftovers.remove_temp(tmp)
        raise
    finally:
        leftovers.unregister(entry)


def write_bytes(dest: PathLike, data: bytes, company_file: PathLike | None = None, *,
                overwrite: bool = True, create_folder: bool = False) -> Path:
    """Write `data` to `dest` through `atomic_output`; returns `dest` as the caller spelled it."""
    with atomic_output(dest, company_file, overwrite=overwrite, create_folder=create_folder) as tmp:
        tmp.write_bytes(data)  # the file exists already, owner-only: truncating keeps its mode
    return Path(dest)
