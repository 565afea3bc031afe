"""`person-data`, `erase-person`, `erasures`: personal data rights from the command line (issue 14).

`person-data` only reads. `erase-person` writes, so it holds the lock note like
every writing command (`open_db`); it prints what it cleared and the backups
that still hold the person, which `--purge-backups` (here or on `erasures`)
removes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..wording import count as count_words
from . import open_db

if TYPE_CHECKING:  # storage.erasure (hashlib, merge rules) loads when a command runs, not for --help
    from ..storage.erasure import Erasure


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person-data", help="export everything held about one person (JSON and PDF in a ZIP)")
    p.add_argument("employee_id", metavar="EMPLOYEE_ID")
    p.add_argument("--out", required=True, metavar="FILE.zip", help="the archive to write")
    p.set_defaults(func=_export)
    p = sub.add_parser("erase-person", help="erase one person everywhere in this file (cannot be undone)")
    p.add_argument("employee_id", metavar="EMPLOYEE_ID")
    p.add_argument("--reason", required=True, help="why (kept in the erasure log; must not name the person)")
    p.add_argument("--purge-backups", action="store_true", help="also remove the backups taken before the erasure")
    p.set_defaults(func=_erase)
    p = sub.add_parser("erasures", help="the erasure log, and the backups that may still hold erased people")
    p.add_argument("--purge-backups", action="store_true", help="remove the backups taken before the last erasure")
    p.set_defaults(func=_log)
    p = sub.add_parser("retention", help="how long personal data is kept; archived people inactive long enough")
    p.add_argument("--notes-months", type=int, metavar="N", help="keep notes of closed relationships N months")
    p.add_argument("--inactive-months", type=int, metavar="N", help="offer archived people inactive N months")
    p.add_argument("--backup-months", type=int, metavar="N", help="keep backups N months")
    p.add_argument("--program", action="append", default=[], metavar="NAME=N",
                   help="keep one program's notes N months (repeatable)")
    p.set_defaults(func=_retention)


def _export(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, readonly=True, create=False)
    try:
        summary = pd.export_person_data(db, pd.person_id_for(db, args.employee_id), args.out)
    finally:
        db.close()
    print(f"Wrote {summary.path}: {count_words(summary.records, 'record', 'records')} naming the person, "
          f"{count_words(summary.mentions, 'other mention', 'other mentions')} listed, "
          f"as {pd.JSON_NAME} and {pd.PDF_NAME}.")
    return 0


def _erase(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, create=False)
    try:
        outcome = pd.erase_person(db, pd.person_id_for(db, args.employee_id), args.reason)
        erasures = pd.erasure_log(db)
    finally:
        db.close()
    print(f"Erased: {count_words(outcome.total, 'record', 'records')} cleared; erasure {outcome.record.id[:8]} "
          "is in the erasure log and travels with every merge.")
    return _backups(db.path, erasures, args.purge_backups)


def _log(args: argparse.Namespace) -> int:
    from ..services import personal_data as pd

    db = open_db(args, readonly=not args.purge_backups, create=False)
    try:
        erasures = pd.erasure_log(db)
    finally:
        db.close()
    if not erasures:
        print("Nobody has been erased in this file.")
    for e in erasures:
        print(f"{e.erased_at[:19].replace('T', ' ')} UTC  by {e.erased_by}  reason: {e.reason}")
    return _backups(db.path, erasures, args.purge_backups)


def _backups(path: Path, erasures: list[Erasure], purge: bool) -> int:
    from ..services import personal_data as pd

    old = pd.backups_older_than_erasures(path, erasures)
    if not old:
        return 0
    if purge:
        removed = pd.purge_backups(path, old)
        print(f"Removed {count_words(removed, 'backup', 'backups')} taken before the erasure.")
        return 0
    print(f"Backups taken before the erasure that may still hold the person: {len(old)}; "
          "remove them with --purge-backups:")
    for b in old:
        print(f"  {b.taken_at.astimezone().strftime('%Y-%m-%d %H:%M')}  {b.path}")
    return 0


def _retention(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..errors import ValidationError
    from ..services import retention
    from ..services.reports import program_id_by_name

    changing = any(v is not None for v in (args.notes_months, args.inactive_months, args.backup_months)) or args.program
    db = open_db(args, readonly=not changing, create=False)
    try:
        policy = retention.get_policy(db)
        if changing:
            spans = {k: v for k, v in (("notes_months", args.notes_months), ("inactive_months", args.inactive_months),
                                       ("backup_months", args.backup_months)) if v is not None}
            programs = dict(policy.programs)
            for item in args.program:
                name, _, months = item.rpartition("=")
                if not name or not months.strip().isdigit():
                    raise ValidationError(f"Give a program as NAME=MONTHS, not {item!r}. Nothing was changed.")
                programs[program_id_by_name(db, name)] = int(months)
            policy = replace(policy, **spans, programs=programs)
            retention.set_policy(db, policy)
        inactive = retention.inactive_archived_people(db, policy=policy)
    finally:
        db.close()
    print(f"Confidential notes and check-in comments are removed {policy.notes_months} months after a relationship "
          f"closes ({count_words(len(policy.programs), 'program', 'programs')} with their own span); "
          f"backups are kept {policy.backup_months} months; archived people inactive for "
          f"{policy.inactive_months} months are offered for erasure.")
    for person in inactive:
        print(f"  {person.employee_id}  {person.name}  last active {person.last_activity}  "
              f"(mentordesk erase-person {person.employee_id} --reason ...)")
    return 0
