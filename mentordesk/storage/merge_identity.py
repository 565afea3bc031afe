"""Whose file is this? The company identity check, and when two rows are one person.

**Another company's file.** Every file carries `file_meta.company_id`, set when
the file is created and shared by its copies (branch copies, sync conflict
copies, backups). The rule, decided before anything is computed:

1. Same company id: the same company.
2. Different ids and both files `created` (made with identities): another
   company. Refused (`OtherCompanyError`) unless HR confirms explicitly (the
   dialog asks; the CLI needs `--other-company`). Confirmed, the merge runs in
   *strict* mode (below) and this file keeps its own identity.
3. Otherwise one side cannot vouch for its id: it was `migrated` (a file from
   before identities got a random id when upgraded, so two copies upgraded
   separately differ) or it is older than schema 5 (merged as it is, so it has
   no id at all). Then the data decides, so existing customers are not locked out:
   - the files share any row id (ids are random UUIDs, so a shared one means a
     common ancestor): the same company;
   - or people share employee ids and at least 80 % of those also share a
     name or an e-mail: the same company;
   - or either file holds no people at all: nobody can be mistaken for anyone,
     so the merge goes ahead;
   - otherwise: treated as another company, as in 2.
   When judged the same, this file keeps its own id. Adopting the other's would
   make every backup taken before (the merge's own backup included) look like
   another company's file to Restore, which accepts only the same company id;
   and after one merge the files share rows, so the next check is certain anyway.
4. A file with no rows at all (just made with File > New) takes in any file
   without asking and adopts its identity: nothing in it can be re-identified,
   and that is how HR starts a copy of the company's file.

**One employee ID, two people.** Rows entered separately under one employee id
are normally one person entered twice and are joined. When their name *and*
e-mail both differ (strict mode: when either differs) they are two people: both
are kept, the one entered later gets the provisional employee ID
`<id>-CONFLICT-<8 characters of its row id>`, and the report asks HR to give
the right one. The choice depends only on the two rows, so merges in both
directions give the same result and nothing is erased. In strict mode the people
who are joined (same employee ID, name and e-mail) join into this file's row, so
this company's ids never change because of another company's file.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import gettext as _
from ..i18n import ngettext
from . import file_meta
from .merge_result import OtherCompanyError
from .merge_rows import Snapshot

CREATED, MIGRATED = "created", "migrated"
SAME_SHARE = 0.8


@dataclass(frozen=True)
class Identity:
    company_id: str | None
    origin: str | None  # None: a file from before schema 5


def read_identity(conn: sqlite3.Connection) -> Identity:
    return Identity(file_meta.company_id(conn), file_meta.identity_origin(conn))


@dataclass(frozen=True)
class CompanyVerdict:
    strict: bool                 # another company, confirmed: join only identical people
    adopt: Identity | None       # the identity this file takes after the merge
    note: str                    # a line for the report ("" when nothing worth saying)


def _norm_name(value: Any) -> str:
    return " ".join(unicodedata.normalize("NFC", str(value or "")).casefold().split())


def _norm_email(value: Any) -> str:
    return str(value or "").strip().casefold()


def same_person(a: Mapping[str, Any], b: Mapping[str, Any], *, strict: bool) -> bool:
    """Two rows under one employee id: one person (join them) or two (keep both)?"""
    name = _norm_name(a.get("name")) == _norm_name(b.get("name"))
    email = _norm_email(a.get("email")) == _norm_email(b.get("email"))
    return (name and email) if strict else (name or email)


def provisional_id(employee_id: str, row_id: str) -> str:
    return f"{employee_id}-CONFLICT-{row_id[:8]}"


def _live_people(snap: Snapshot) -> dict[str, Mapping[str, Any]]:
    return {str(p["employee_id"]): p for p in snap.rows.get("people", {}).values()
            if not p.get("deleted_at") and p.get("employee_id") is not None}


def _evidence(local: Snapshot, other: Snapshot) -> tuple[bool, str]:
    """(same company?, why) from the data itself, for files whose ids cannot be trusted."""
    for table, rows in other.rows.items():
        mine = local.rows.get(table, {})
        if any(rid in mine for rid in rows):
            return True, _("the files share entries, so they are copies of one file")
    here, there = _live_people(local), _live_people(other)
    common = [eid for eid in here if eid in there]
    agree = sum(same_person(here[e], there[e], strict=False) for e in common)
    if common and agree >= SAME_SHARE * len(common):
        return True, ngettext("%(agree)s of the %(count)s employee ID in both files names the same person",
                              "%(agree)s of the %(count)s employee IDs in both files name the same people",
                              len(common)) % {"agree": agree, "count": len(common)}
    if not local.rows.get("people") or not other.rows.get("people"):
        return True, _("one of the files holds no people, so nobody can be mistaken for anyone")
    if not common:
        return False, _("no employee ID, entry or person is in both files")
    return False, ngettext("only %(agree)s of the %(count)s employee ID in both files names the same person",
                           "only %(agree)s of the %(count)s employee IDs in both files name the same people",
                           len(common)) % {"agree": agree, "count": len(common)}


def decide(local_id: Identity, other_id: Identity, local: Snapshot, other: Snapshot, *,
           source_name: str, other_company: bool) -> CompanyVerdict:
    """Apply the rule in the module docstring; raises OtherCompanyError when HR must confirm."""
    if local_id.company_id and local_id.company_id == other_id.company_id:
        return CompanyVerdict(strict=False, adopt=None, note="")
    if not any(local.rows.values()):
        adopt = other_id if other_id.company_id else None
        return CompanyVerdict(strict=False, adopt=adopt, note="")
    certain = local_id.origin == CREATED and other_id.origin == CREATED
    same, why = (False, _("it was created as another company's file")) if certain else _evidence(local, other)
    if same:
        return CompanyVerdict(strict=False, adopt=None,
                              note=_("The other file has no certain company identity; treated as this "
                                     "company's file because %(why)s.") % {"why": why})
    if not other_company:
        raise OtherCompanyError(_(
            "%(file)s seems to be another company's file (%(why)s). Nothing was changed. Merge it only "
            "if you are sure it belongs here: people who share an employee ID but not their name and "
            "e-mail will then be kept apart, never joined.") % {"file": source_name, "why": why})
    return CompanyVerdict(strict=True, adopt=None,
                          note=_("%(file)s is another company's file (%(why)s); merged because you confirmed "
                                 "it. Only people with the same employee ID, name and e-mail were joined.")
                          % {"file": source_name, "why": why})


def adopt_identity(conn: sqlite3.Connection, identity: Identity) -> None:
    """Take the other file's identity (inside the merge's transaction)."""
    if identity.company_id and file_meta.has_table(conn):
        file_meta.set_value(conn, file_meta.COMPANY_ID, identity.company_id)
        file_meta.set_value(conn, file_meta.IDENTITY_ORIGIN, identity.origin or MIGRATED)
