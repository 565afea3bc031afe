"""Undo the last big action (an import, a merge, a bulk action) by restoring the backup taken before it.

Why a backup and not an inverse operation: an import of 10,000 rows or a merge
touches rows everywhere; the only inverse that is surely right is the file as
it was. So every such action first takes a verified backup (`before-import`,
`merge`, `before-bulk`, see `storage/backup_catalog.py`) and, once it has
succeeded, records itself here as the last undoable action. Undo restores that
backup through the ordinary restore (same-company check, the file as it is kept
as a `before-restore` backup), so an undo can itself be taken back with
File > Restore Backup.

Where the record lives: beside the file's backups, in the file's own backups
folder (`acme.db backups/acme.db undo.json`, owner-only). It survives a restart
and moves with the backups it points to; it is not inside the file because the
restored backup would not contain it. It names the file and its company id, and
the backup it points to must carry the same company id, so a record can never
offer to undo another file's action (a copy of the file has its own backups
folder; a file put in this one's place is another company or has no record).

"What will be lost" is counted from change stamps: the record keeps the file's
clock high-water mark (`file_meta.hlc`) right after the action; rows stamped
later are the changes made since, which the undo throws away too.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..errors import MentorDeskError
from ..i18n import Message, Np_, Term, current, ngettext, say, say_n, term, translator
from ..i18n import gettext as _
from ..storage import file_meta, undo_repo
from ..storage.backup import backups_dir_for, list_backups, make_backup
from ..storage.backup_catalog import owner_path, read_company_id
from ..storage.database import Database

__all__ = [
    "NothingToUndo",
    "UndoPoint",
    "changes_since",
    "checkpoint",
    "forget",
    "last_undo",
    "loss_sentence",
    "record",
    "record_latest",
    "record_path",
    "undo",
    "undoable",
]

#: The backup reason taken before each kind of action.
REASON_FOR = {"import": "before-import", "merge": "merge", "bulk": "before-bulk"}

#: How the changes made since read, per table: (one, many). Tables not named count as "other changes".
_WORDS = {
    "people": Np_("%(count)s person", "%(count)s people"),
    "programs": Np_("%(count)s program", "%(count)s programs"),
    "participants": Np_("%(count)s enrolment", "%(count)s enrolments"),
    "relationships": Np_("%(count)s relationship", "%(count)s relationships"),
    "meetings": Np_("%(count)s meeting", "%(count)s meetings"),
    "goals": Np_("%(count)s goal", "%(count)s goals"),
    "checkins": Np_("%(count)s check-in", "%(count)s check-ins"),
}


def import_label(file_name: str) -> Message:
    """The Undo menu's words for an import ("Undo import of people.csv"), said in the reader's language."""
    return say("import of %(file)s", file=file_name)


def merge_label(file_name: str) -> Message:
    return say("merge of %(file)s", file=file_name)


def approval_label(pairs: int, program: str | None = None) -> Message:
    if program is not None:
        return say("approval of all pairs in %(program)s", program=program)
    return _with_count(say_n("approval of %(count)s pair", "approval of %(count)s pairs", pairs))


def enrolment_label(people: int, program: str) -> Message:
    return _with_count(say_n("enrolment of %(count)s person in %(program)s",
                             "enrolment of %(count)s people in %(program)s", people, program=program))


def _with_count(message: Message) -> Message:
    """The count is also a placeholder of these texts: say_n's `count` only chooses the plural
    form, so it goes into the values too (else rendering fails on %(count)s)."""
    return Message(message.singular, (("count", message.count), *message.values), message.plural, message.count)


def _said(label: str | Message) -> dict | None:
    """A label kept as its template and values, so the menu says it in whoever's language reads it."""
    if not isinstance(label, Message):
        return None
    return {"singular": label.singular, "plural": label.plural, "count": label.count,
            "values": {key: _kept(value) for key, value in label.values}}


def _kept(value: object) -> object:
    """A value as JSON keeps it: a word to translate (Term) and a date are tagged, so the reader's
    language says the word and formats the date, instead of the creator's frozen in."""
    if isinstance(value, Term):
        return {"term": str(value), "context": value.context} if value.context else {"term": str(value)}
    if isinstance(value, date) and not isinstance(value, datetime):
        return {"date": value.isoformat()}
    return value


def _read_back(value: object) -> object:
    """`_kept` undone; a damaged value is shown as it is rather than losing the way back."""
    if isinstance(value, dict) and set(value) in ({"term"}, {"term", "context"}):
        return term(str(value["term"]), str(value.get("context") or "") or None)
    if isinstance(value, dict) and set(value) == {"date"}:
        try:
            return date.fromisoformat(str(value["date"]))
        except ValueError:
            return str(value["date"])
    return value


def _label(data: dict) -> str:
    said = data.get("said")
    if isinstance(said, dict):
        values = {key: _read_back(value) for key, value in dict(said.get("values") or {}).items()}
        message = Message(str(said["singular"]), tuple(values.items()), said.get("plural"),
                          int(said.get("count") or 0))
        return message.render(current())
    return str(data["label"])


class NothingToUndo(MentorDeskError):
    """There is no action of this file that can be undone (none yet, or its backup is gone)."""


@dataclass(frozen=True)
class UndoPoint:
    """The last undoable action of one file."""

    kind: str
    #: The action in words, e.g. "import of people.csv"; the menu reads "Undo import of people.csv".
    label: str
    backup: Path
    done_at: datetime
    #: The file's clock high-water mark right after the action (None: the file had none).
    after_hlc: str | None


def record_path(db_path: str | os.PathLike[str]) -> Path:
    db = owner_path(db_path)
    return backups_dir_for(db) / f"{db.name} undo.json"


def _company(db: Database) -> str | None:
    return file_meta.company_id(db.conn) if file_meta.has_table(db.conn) else None


def _hlc(db: Database) -> str | None:
    return file_meta.hlc(db.conn) if file_meta.has_table(db.conn) else None


@contextlib.contextmanager
def undoable(db: Database, kind: str, label: str | Message) -> Iterator[Path]:
    """Back the file up, run the action, and record it as undoable only if it succeeded.

    A failed or cancelled action leaves the previous record as it was: there is
    nothing new to undo, and the backup stays an ordinary backup.
    """
    backup = make_backup(db.path, REASON_FOR[kind])
    yield backup
    record(db, kind, label, backup)


def checkpoint(db: Database, kind: str) -> Path:
    """The backup before an action made of several saves; `record` it once some of them succeeded."""
    return make_backup(db.path, REASON_FOR[kind])


def record(db: Database, kind: str, label: str | Message, backup: Path) -> UndoPoint:
    """Remember `backup` as the way back from the action just done (replacing the previous record).
    A `Message` label (`import_label`…) is kept as its template too, so it is said in the language
    of whoever reads the menu later; `label` holds it in English for older versions."""
    said = _said(label)
    english = label.render(translator("en")) if isinstance(label, Message) else label
    point = UndoPoint(kind, label.render(current()) if isinstance(label, Message) else label, Path(backup),
                      datetime.now(UTC), _hlc(db))
    data = {"file": owner_path(db.path).name, "company_id": _company(db), "kind": kind, "label": english,
            "said": said,
            "backup": point.backup.name, "done_at": point.done_at.isoformat(), "after_hlc": point.after_hlc}
    _write_private(record_path(db.path), json.dumps(data, indent=1))
    return point


def record_latest(db: Database, kind: str, label: str | Message, since: datetime) -> UndoPoint | None:
    """Record the newest backup of `kind`'s reason taken at or after `since` (a merge takes its own)."""
    reason = REASON_FOR[kind]
    taken = [b for b in list_backups(db.path) if b.reason == reason and b.taken_at >= since.replace(microsecond=0)]
    if not taken:
        return None
    return record(db, kind, label, max(taken, key=lambda b: b.taken_at).path)


def last_undo(db: Database) -> UndoPoint | None:
    """The action that Undo would take back, or None: never another file's, never one whose backup is gone."""
    try:
        data = json.loads(record_path(db.path).read_text(encoding="utf-8"))
        backup = record_path(db.path).parent / str(data["backup"])
        point = UndoPoint(str(data["kind"]), _label(data), backup,
                          datetime.fromisoformat(data["done_at"]), data.get("after_hlc"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if data.get("file") != owner_path(db.path).name or Path(data["backup"]).name != data["backup"]:
        return None
    company = _company(db)
    if data.get("company_id") != company or not backup.is_file() or read_company_id(backup) != company:
        return None
    current = _hlc(db)
    if point.after_hlc and current and current < point.after_hlc:
        return None  # the file holds less than it did right after the action
    if any(b.reason == "before-restore" and b.taken_at > point.done_at for b in list_backups(db.path)):
        return None  # a backup was restored since (File > Restore Backup): the action is not the last change
    return point


def changes_since(db: Database, point: UndoPoint) -> dict[str, int]:
    """Rows changed after the action, per table; these would be lost by the undo."""
    return undo_repo.changes_since(db, point.after_hlc) if point.after_hlc else {}


def loss_sentence(changes: dict[str, int]) -> str:
    """The changes made since, in words: "2 people and 1 meeting were changed since then"."""
    if not changes:
        return _("Nothing was changed since then.")
    parts: list[str] = []
    other = 0
    for table, n in changes.items():
        if table in _WORDS:
            one, many = _WORDS[table]
            parts.append(ngettext(one, many, n) % {"count": n})
        else:
            other += n
    if other:
        parts.append(ngettext("%(count)s other change", "%(count)s other changes", other) % {"count": other})
    if len(parts) == 1:
        return _("Changes made since then are lost too: %(changes)s.") % {"changes": parts[0]}
    return _("Changes made since then are lost too: %(changes)s and %(last)s.") % {
        "changes": ", ".join(parts[:-1]), "last": parts[-1]}


def undo(db_path: str | os.PathLike[str], point: UndoPoint):
    """Put the backup taken before the action back (the caller holds the lock note and has closed the file).

    Returns the restore's `RestoreResult`; the record is removed, so the same
    action is never undone twice.
    """
    from ..storage.backup_restore import restore_backup

    result = restore_backup(point.backup, db_path)
    forget(db_path)
    return result


def forget(db_path: str | os.PathLike[str]) -> None:
    with contextlib.suppress(FileNotFoundError):
        record_path(db_path).unlink()


def _write_private(path: Path, text: str) -> None:
    """Owner-only, written whole under a temporary name, so a crash never leaves half a record."""
    import tempfile  # here: only a change that records an undo writes one

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".undo-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
