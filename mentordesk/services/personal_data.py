"""Personal data rights, the use cases the window and the CLI share (GDPR Art. 15, 17, 20).

- `export_person_data`: one ZIP archive with everything that names a person:
  `personal-data.json` (for machines, Art. 20) and `personal-data.pdf` (for
  reading, Art. 15), written through `storage.outputs` (atomic, owner-only,
  never onto the company file or its backups).
- `erase_person`: clears the person from every table of this file and keeps an
  erasure record that every merge carries (`storage.erasure`,
  `storage.erasure_write`); `backups_older_than_erasures` / `purge_backups` deal
  with the copies that still hold them.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import ValidationError
from ..i18n import gettext as _
from ..i18n import ngettext
from ..site import installation_site
from ..storage import personal_data_repo as repo
from ..storage.backup import list_backups
from ..storage.database import Database
from ..storage.erasure import Erasure
from ..storage.erasure_write import ErasureOutcome, list_erasures
from ..storage.erasure_write import erase_person as _erase
from ..storage.outputs import atomic_output

FORMAT = "mentordesk-personal-data"
JSON_NAME = "personal-data.json"
PDF_NAME = "personal-data.pdf"


@dataclass
class ExportSummary:
    path: Path
    records: int
    mentions: int


def person_id_for(db: Database, employee_id: str) -> str:
    """The row id of the (not deleted) person with this employee ID, or NotFoundError in words."""
    return str(repo.person_by_employee_id(db, employee_id.strip())["id"])


def person_data(db: Database, person_id: str) -> dict[str, Any]:
    """The JSON document: every record naming the person, by table, plus merge-log lines and mentions."""
    found = repo.collect(db, person_id)
    records = {t: [{k: v for k, v in r.items() if k != "field_times"} for r in rows]
               for t, rows in found["records"].items()}
    return {"format": FORMAT, "version": 1, "exported_at": clock.now_iso(), "file": db.path.name,
            "records": records, "merge_log": found["merge_log"], "mentions": found["mentions"],
            "names": found["lookup"]}


def export_person_data(db: Database, person_id: str, dest: str | os.PathLike[str],
                       company_name: str = "") -> ExportSummary:
    """Write the archive; nothing is written under `dest` unless all of it was."""
    from ..reports.personal_data import render_personal_data

    document = person_data(db, person_id)
    found = {"records": document["records"], "merge_log": document["merge_log"], "mentions": document["mentions"],
             "lookup": document["names"]}
    pdf = io.BytesIO()
    render_personal_data(found, pdf, company_name=company_name, generated_on=clock.today())
    payload = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    with atomic_output(dest, db.path) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_NAME, payload)
        archive.writestr(PDF_NAME, pdf.getvalue())
    count = sum(len(rows) for rows in document["records"].values())
    return ExportSummary(Path(dest), count, len(document["mentions"]))


# -- erasure ------------------------------------------------------------------------------------


def operator() -> str:
    """Who erased: the computer account and MentorDesk installation (HR's own, not the person's)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "unknown user"
    return f"{user} on {installation_site()}"


def erase_person(db: Database, person_id: str, reason: str) -> ErasureOutcome:
    """Erase one person everywhere in this file; see `storage.erasure_write.erase_person`."""
    if not (reason or "").strip():
        raise ValidationError(_("Say why the person is erased (for example: their request, or the end of "
                                "retention). Nothing was changed."))
    return _erase(db, person_id, reason, operator())


def erasure_log(db: Database) -> list[Erasure]:
    return list_erasures(db)


def what_erasure_does(db: Database, person_id: str) -> str:
    """The confirmation's text: what will happen, in HR's words, with the numbers for this person."""
    found = repo.collect(db, person_id)["records"]
    person = found["people"][0]
    n = {table: len(found[table]) for table in ("relationships", "meetings", "checkins", "goals", "participants")}
    listed = ", ".join((
        ngettext("%(count)s relationship", "%(count)s relationships", n["relationships"])
        % {"count": n["relationships"]},
        ngettext("%(count)s meeting", "%(count)s meetings", n["meetings"]) % {"count": n["meetings"]},
        ngettext("%(count)s check-in", "%(count)s check-ins", n["checkins"]) % {"count": n["checkins"]},
        ngettext("%(count)s goal", "%(count)s goals", n["goals"]) % {"count": n["goals"]},
        ngettext("%(count)s enrolment", "%(count)s enrolments", n["participants"]) % {"count": n["participants"]},
    ))
    return _("%(name)s (%(id)s) will be erased from this file: their name, e-mail, employee ID and every free text "
             "about them (notes, goals, meeting notes, check-in comments; %(listed)s) are replaced or emptied. Dates "
             "and counts stay, so program reports keep adding up without naming them. The erasure log keeps when, "
             "by whom and your reason, nothing about the person. Every merge with a branch file carries the "
             "erasure, so an older copy cannot bring them back. Backups made before now still hold them (restoring "
             "one would bring them back): MentorDesk lists those afterwards so you can remove them. This cannot be "
             "undone.") % {"name": person["name"], "id": person["employee_id"], "listed": listed}


@dataclass(frozen=True)
class OldBackup:
    path: Path
    taken_at: datetime
    size: int


def backups_older_than_erasures(db_path: str | os.PathLike[str], erasures: list[Erasure]) -> list[OldBackup]:
    """Backups taken before the latest erasure: they may still hold an erased person."""
    if not erasures:
        return []
    latest = max(_when(e.erased_at) for e in erasures)
    return [OldBackup(b.path, b.taken_at, b.size) for b in list_backups(db_path) if b.taken_at <= latest]


def _when(stamp: str) -> datetime:
    try:
        return clock.parse_iso(stamp)
    except (ValueError, TypeError):
        return datetime.now(UTC)


def purge_backups(db_path: str | os.PathLike[str], backups: list[OldBackup]) -> int:
    """Remove the given backups (only ones `list_backups` still lists for this file); returns how many went."""
    own = {b.path.resolve() for b in list_backups(db_path)}
    removed = 0
    for b in backups:
        if b.path.resolve() in own:
            try:
                b.path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
    return removed
